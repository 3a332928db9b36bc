"""Tabbed pages whose row of tabs is laid out apart from the pages.

A :class:`~PySide6.QtWidgets.QTabWidget` keeps its tab row above its own pages,
so the row is never wider than they are: beside the sentence or article pane, at
a large text size on a small window, the row would take the width the reading
pane needs, or scroll. Here the row (:meth:`TabPages.tabBar`) goes where the
window puts it (across the whole window, over the pages and the reading pane
beside them), while the pages stay where this widget is. The calls are those of
a tab widget that the window uses.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget


class TabPages(QWidget):
    """Pages shown one at a time, chosen on a tab row (:meth:`tabBar`) placed elsewhere."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QTabBar()
        self._bar.setObjectName("pageTabs")
        # Read out as what the row chooses between, not as a nameless tab list.
        self._bar.setAccessibleName("Views of the story")
        self._bar.setDocumentMode(True)
        self._bar.setDrawBase(True)
        self._bar.setExpanding(False)
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._bar.currentChanged.connect(self._on_bar)
        # Ctrl+Tab and Ctrl+Page Down to the next tab, with Shift or Page Up to the one
        # before, from anywhere in the window, as in a tab widget (whose own keys would
        # reach it only from a widget that does not take Page Down for itself).
        for keys, by in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1),
                         ("Ctrl+PgUp", -1)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(partial(self.step, by))

    def tabBar(self) -> QTabBar:
        return self._bar

    def _on_bar(self, index: int) -> None:
        self._stack.setCurrentIndex(index)
        self.currentChanged.emit(index)

    def addTab(self, page: QWidget, text: str) -> int:
        index = self._stack.addWidget(page)
        self._bar.addTab(text)
        return index

    def count(self) -> int:
        return self._stack.count()

    def indexOf(self, page: QWidget) -> int:
        return self._stack.indexOf(page)

    def widget(self, index: int) -> QWidget | None:
        return self._stack.widget(index)

    def currentIndex(self) -> int:
        return self._bar.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        self._bar.setCurrentIndex(index)

    def currentWidget(self) -> QWidget | None:
        return self._stack.currentWidget()

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))

    def tabText(self, index: int) -> str:
        return self._bar.tabText(index)

    def setTabText(self, index: int, text: str) -> None:
        self._bar.setTabText(index, text)

    def tabToolTip(self, index: int) -> str:
        return self._bar.tabToolTip(index)

    def setTabToolTip(self, index: int, tip: str) -> None:
        self._bar.setTabToolTip(index, tip)

    def isTabVisible(self, index: int) -> bool:
        return self._bar.isTabVisible(index)

    def setTabVisible(self, index: int, visible: bool) -> None:
        # Only a change is passed on: QTabBar clears the mark that its row must be laid
        # out again on a call that changes nothing, so a tab shown again (Articles, after
        # the tabs before it were hidden) kept its old place, a gap before it.
        if self._bar.isTabVisible(index) != visible:
            self._bar.setTabVisible(index, visible)

    def step(self, by: int) -> None:
        """To the tab shown ``by`` places on (back when negative), round the row."""
        shown = [i for i in range(self.count()) if self.isTabVisible(i)]
        if not shown:
            return
        at = shown.index(self.currentIndex()) if self.currentIndex() in shown else 0
        self.setCurrentIndex(shown[(at + by) % len(shown)])
