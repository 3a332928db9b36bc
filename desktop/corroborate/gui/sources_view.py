"""Every article of the story: outlet, title, how much of it others corroborate.

Copies of one story are listed under their original (they count as one
source). Unticking an article leaves it out; after a short pause the view asks
for a re-run with the new exclusion list, so several clicks cost one analysis.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine.models import Analysis

from .evidence import articles_by_id, corroborated_counts, sentence_counts

FileRole = Qt.ItemDataRole.UserRole + 1
ArticleRole = Qt.ItemDataRole.UserRole + 2
_COLUMNS = ("Outlet", "Title", "Sentences", "Corroborated")
_DEBOUNCE_MS = 700


class SourcesView(QWidget):
    exclusion_changed = Signal(frozenset)  # file names to leave out
    article_selected = Signal(int)  # article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sources")
        self.tree.setAccessibleName("Sources: articles in this story")
        self.tree.setAccessibleDescription("Untick an article to leave it out of the summary")
        self.tree.setHeaderLabels(list(_COLUMNS))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 210)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current)
        hint = QLabel(
            "Untick an article to leave it out (off-topic, a duplicate); the story is read again. "
            "Copies of one story are listed under their original and count as one source."
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.tree)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_exclusion)
        self._filling = False

    def set_analysis(
        self, analysis: Analysis | None, excluded: frozenset[str] = frozenset()
    ) -> None:
        self._timer.stop()
        self._filling = True
        self.tree.clear()
        if analysis is not None:
            self._fill(analysis, excluded)
        self._filling = False

    def _row(self, parent: QTreeWidget | QTreeWidgetItem, values: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, values)
        for col in (2, 3):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill(self, analysis: Analysis, excluded: frozenset[str]) -> None:
        articles = articles_by_id(analysis)
        sentences = sentence_counts(analysis)
        backed = corroborated_counts(analysis)

        def add(parent: QTreeWidget | QTreeWidgetItem, article_id: int, copy_of: str = "") -> None:
            a = articles[article_id]
            title = f"Copy · {a.title}" if copy_of else a.title
            item = self._row(parent, [a.outlet, title, str(sentences[a.id]), str(backed[a.id])])
            item.setData(0, FileRole, a.file)
            item.setData(0, ArticleRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            tip = (
                f"{a.file}\nCopy of {copy_of}: counts as one source with it" if copy_of else a.file
            )
            item.setToolTip(0, tip)
            item.setToolTip(1, a.title)

        groups = sorted(analysis.groups, key=lambda g: articles[g.original].outlet.lower())
        for group in groups:
            add(self.tree, group.original)
            top = self.tree.topLevelItem(self.tree.topLevelItemCount() - 1)
            for copy in sorted(set(group.articles) - {group.original}):
                add(top, copy, copy_of=articles[group.original].outlet)
            top.setExpanded(True)
        for name in sorted(excluded):
            item = self._row(self.tree, [name, "Left out", "", ""])
            item.setData(0, FileRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, f"{name} is left out; tick it to include it again")
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in analysis.problems:
            item = self._row(self.tree, [problem.file, f"Not read: {problem.reason}", "", ""])
            item.setIcon(0, warn)
            item.setToolTip(1, problem.reason)

    def excluded(self) -> frozenset[str]:
        """Files currently unticked."""
        out = set()
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            stack.extend(item.child(i) for i in range(item.childCount()))
            name = item.data(0, FileRole)
            if name and item.checkState(0) == Qt.CheckState.Unchecked:
                out.add(name)
        return frozenset(out)

    def apply_now(self) -> None:
        """Skip the pause (used by tests and when the window closes)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit_exclusion()

    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and not self._filling:
            self._timer.start()

    def _emit_exclusion(self) -> None:
        self.exclusion_changed.emit(self.excluded())

    def _on_current(self, current: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, ArticleRole) is not None:
            self.article_selected.emit(int(current.data(0, ArticleRole)))
