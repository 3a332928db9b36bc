"""Find in the current pane (Ctrl+F): a bar under the panes, like a browser's.

The window tells the bar which pane to search; each kind of pane is searched
its own way: text views with their own ``find``, lists and trees row by row
(the match becomes the current row, so the right pane follows it).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from .evidence import LINE_BREAK_CHANCE

#: what the find bar says when the pane holds no match
NO_MATCHES = "No matches"


class _Field(QLineEdit):
    """The search box: Enter finds the next match, Shift+Enter the previous, Esc closes."""

    next_wanted = Signal(bool)  # backwards
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_wanted.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)


def tree_items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    """Every item of ``tree``, children too (folded or not), in the order they are shown."""
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        yield item
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))


#: where Find stands: the match made current (from 1; 0 when none) and how many there are
Found = tuple[int, int]


def find_in_text(
    browser: QTextBrowser, text: str, backwards: bool = False, here: bool = False
) -> Found:
    """Select the next match in a text view, wrapping round at the end (``here``: the
    match at the selection stays found while it still matches, as one types on)."""
    pattern = as_typed(text)
    if pattern is None:
        return 0, 0
    flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
    if here and not backwards:
        cursor = browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        browser.setTextCursor(cursor)
    if not browser.find(pattern, flags):
        cursor = browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backwards else cursor.MoveOperation.Start)
        browser.setTextCursor(cursor)
        if not browser.find(pattern, flags):
            return 0, 0
    starts = _text_matches(browser.document(), pattern)
    at = browser.textCursor().selectionStart()
    return (starts.index(at) + 1 if at in starts else 1), len(starts)


#: quotation marks a keyboard types one way and a page prints another: Find takes each mark
#: of a set for any other of it (a typed "bridge's" finds the printed "bridge’s")
QUOTE_MARKS = ("'‘’‛ʼ", '"“”„‟')
_AS_PLAIN_MARK = str.maketrans({mark: marks[0] for marks in QUOTE_MARKS for mark in marks[1:]})


def searched_as(text: str) -> str:
    """``text`` as Find compares it, in a list, a tree or the evidence: in any case, each
    quotation mark as its plain one (:data:`QUOTE_MARKS`), without the invisible places to
    break a long file's name is shown with."""
    return text.replace(LINE_BREAK_CHANCE, "").casefold().translate(_AS_PLAIN_MARK)


def _typed_char(char: str) -> str:
    """One character typed, as a pattern: itself, or any mark of its set of quotation marks."""
    marks = next((marks for marks in QUOTE_MARKS if char in marks), char)
    return (
        f"[{QRegularExpression.escape(marks)}]"
        if len(marks) > 1
        else QRegularExpression.escape(char)
    )


def as_typed(text: str) -> QRegularExpression | None:
    """What the user typed, as a page is searched for it: any case, any quotation mark of
    the one typed (:data:`QUOTE_MARKS`), and across the invisible places to break
    (:data:`~corroborate.gui.evidence.LINE_BREAK_CHANCE`) a long file's name is shown
    with, so that the name is found as it is typed; ``None`` for nothing to find."""
    typed = text.replace(LINE_BREAK_CHANCE, "")
    if not typed:
        return None
    between = f"{LINE_BREAK_CHANCE}*"
    pattern = between.join(_typed_char(char) for char in typed)
    return QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)


def _text_matches(document: QTextDocument, pattern: QRegularExpression) -> list[int]:
    """Where each match of ``pattern`` begins, in document order."""
    starts: list[int] = []
    cursor = document.find(pattern, 0)
    while not cursor.isNull():
        starts.append(cursor.selectionStart())
        cursor = document.find(pattern, cursor.selectionEnd())
    return starts


def find_in_tree(
    tree: QTreeWidget, text: str, backwards: bool = False, here: bool = False
) -> Found:
    """Make the next row containing ``text`` (any column) the current one (``here``: the
    current row stays while it matches)."""
    needle = searched_as(text)
    items = list(tree_items(tree))
    hits = [
        item for item in items
        if any(needle in searched_as(item.text(c)) for c in range(tree.columnCount()))
    ]  # fmt: skip
    if not hits:
        return 0, 0
    order = items[::-1] if backwards else items
    current = tree.currentItem()
    start = order.index(current) + (0 if here else 1) if current in order else 0
    found = next(item for item in order[start:] + order[:start] if item in hits)
    tree.setCurrentItem(found)
    tree.scrollToItem(found)
    return hits.index(found) + 1, len(hits)


#: A row's text for Find when the row holds more than it displays in full (a summary row
#: names a few of its outlets and counts the rest; Find looks through every one).
FIND_TEXT_ROLE = Qt.ItemDataRole.UserRole + 64


def find_in_list(
    view: QAbstractItemView, text: str, backwards: bool = False, here: bool = False
) -> Found:
    """Make the next row whose text (:data:`FIND_TEXT_ROLE`, else what it displays)
    contains ``text`` the current one (``here``: the current row stays while it matches)."""
    model = view.model()
    rows = model.rowCount()
    needle = searched_as(text)

    def matches(row: int) -> bool:
        index = model.index(row, 0)
        searched = index.data(FIND_TEXT_ROLE) or index.data(Qt.ItemDataRole.DisplayRole)
        return needle in searched_as(str(searched or ""))

    hits = [row for row in range(rows) if matches(row)]
    if not hits:
        return 0, 0
    current = view.currentIndex().row()
    step = -1 if backwards else 1
    row = next(
        r
        for offset in range(0 if here else 1, rows + 1)
        if (r := (current + step * offset) % rows) in hits
    )
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)
    return hits.index(row) + 1, len(hits)


class FindBar(QWidget):
    """The search box with Previous, Next and Close; emits what to find."""

    find_requested = Signal(str, bool)  # text, backwards
    typed = Signal(str)  # what is typed so far, searched for from the match in hand
    closed = Signal()

    #: how long typing pauses before the search runs (the latest text wins)
    TYPING_PAUSE_MS = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = _Field(self)
        self.field.setPlaceholderText("Find in this pane")
        self.field.setAccessibleName("Find in the current pane")
        self.field.setClearButtonEnabled(True)
        self.field.next_wanted.connect(self._find)
        self.field.closed.connect(self.close_bar)
        self.where = QLabel(self)
        self.where.setObjectName("muted")
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        # As wide as a count of hundreds, so the bar does not shift as the count changes
        # ("No matches" is in bold: said plainly, not muted like a count).
        bold = QFont(self.status.font())
        bold.setBold(True)
        widest = max(
            self.status.fontMetrics().horizontalAdvance("888 of 888"),
            QFontMetrics(bold).horizontalAdvance(NO_MATCHES),
        )
        self.status.setMinimumWidth(widest + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A count of what was searched for before is not this text's: cleared as one types.
        self.field.textChanged.connect(self.status.clear)
        # Searched as one types, once the typing pauses: the last text typed is searched.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(self.TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._find_typed)
        self.field.textEdited.connect(lambda _text: self._typing.start())
        previous, following, close = QToolButton(self), QToolButton(self), QToolButton(self)
        previous.setArrowType(Qt.ArrowType.UpArrow)
        previous.setToolTip("Previous match (Shift+Enter)")
        previous.setAccessibleName("Previous match")
        following.setArrowType(Qt.ArrowType.DownArrow)
        following.setToolTip("Next match (Enter)")
        following.setAccessibleName("Next match")
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.setAccessibleName("Close find")
        previous.clicked.connect(lambda: self._find(True))
        following.clicked.connect(lambda: self._find(False))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where)
        layout.addWidget(self.field, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.hide()

    def open_for(self, pane: str) -> None:
        self.show_for(pane)
        self.field.setFocus()
        self.field.selectAll()

    def show_for(self, pane: str) -> None:
        """In sight, saying which pane it searches, the keyboard focus left where it is."""
        self.where.setText(f"Find in {pane}:")
        self.show()

    def follow(self, pane: str) -> None:
        """Another pane came in front while the bar is open: it says that pane, and a
        count of the pane it searched before is cleared (it is not this pane's)."""
        if self.isVisible() and self.where.text() != f"Find in {pane}:":
            self.where.setText(f"Find in {pane}:")
            self.status.clear()

    def forget_result(self) -> None:
        """The story was read or ranked again: a count of the matches in what was shown
        before ("3 of 8") is not this one's (Enter, or typing, counts again)."""
        self.status.clear()

    def close_bar(self) -> None:
        self._typing.stop()
        self.hide()
        self.status.clear()
        self.closed.emit()

    def show_result(self, found: Found) -> None:
        """Say where the match made current stands among all of them ("3 of 12")."""
        position, total = found
        self.status.setText(f"{position} of {total}" if total else NO_MATCHES)
        self.status.setAccessibleName(self.status.text())
        self._say_none(not total)

    def _say_none(self, none: bool) -> None:
        """The words "No matches" stand out (the text's colour, bold); a count is muted."""
        if bool(self.status.property("none")) != none:
            self.status.setProperty("none", none)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
        if self.status.font().bold() != none:
            weight = QFont()  # the weight alone: the size still follows the text size
            weight.setBold(none)
            self.status.setFont(weight)

    def _find_typed(self) -> None:
        if self.field.text() and self.isVisible():
            self.typed.emit(self.field.text())

    def _find(self, backwards: bool) -> None:
        self._typing.stop()  # Enter steps on from what is found now; no search is pending
        if self.field.text():
            self.find_requested.emit(self.field.text(), backwards)
