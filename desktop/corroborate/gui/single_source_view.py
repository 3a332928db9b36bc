"""What only one outlet reports, grouped by outlet and marked as unverified.

These sentences may be scoops or mistakes: nothing else in the folder backs
them. Selecting one asks for it to be shown inside its article.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine import more_single_source, not_repeated_note
from corroborate.engine.models import ConsensusSummary, SingleSourceItem, SummaryOptions

from .article_view import reading_browser
from .evidence import breakable, file_named_outlets, marked_outlet
from .plain import plain_tip
from .session import EVERY_SINGLE_SOURCE
from .theme import warning_sign

ItemRole = Qt.ItemDataRole.UserRole + 1
#: on an outlet's heading a file's name stands in for, its name and what follows it
#: (" (file name)  (3)"): the name is cut in its middle where the list is too narrow
HeadingRole = Qt.ItemDataRole.UserRole + 2
#: a pane shorter than this many lines of its text shows the list alone, and Show All
COMPACT_LINES = 12
UNVERIFIED = "Unverified: no other outlet in this folder reports this."


def unverified_note(outlet: str) -> str:
    """The warning shown above an article opened from this pane. The outlet's name is
    held together (no-break spaces), so a note cut short on a small pane never ends
    inside it ("only The Valley…" would name another outlet). A longer one (a file's
    name standing in) may break after its ``_ - .``, so that it does not widen the
    window past a small screen."""
    held = outlet.replace(" ", "\u00a0") if len(outlet) <= 40 else breakable(outlet)
    return f"⚠ Unverified: only {held} reports the highlighted sentence."


def attribution(item: SingleSourceItem) -> str:
    """The sentence in quotation marks with its outlet and file, marked unverified, for
    the clipboard."""
    return f"“{item.text}”\n— {item.outlet} ({item.file}); unverified: only it reports this"


#: said over the list
NOTE = "Reported by one outlet only, so not corroborated. Check before relying on it."


def list_note(summary: ConsensusSummary) -> str:
    """What is said over the list: :data:`NOTE`, and, when the summary itself quotes
    sentences that one outlet alone backs (filled up to its length), that those are not
    listed again here, as the report says it, so that the outlets' counts here and the
    coverage map's (which counts them) are not taken to disagree."""
    again = not_repeated_note(summary, lambda of: f"1/{of}")
    return f"{NOTE} {again}" if again else NOTE


def nothing_listed(summary: ConsensusSummary) -> str:
    """Why the list is empty, in words that are true of the story shown."""
    if summary.analysis.independent_sources <= 1:
        # Everything is one outlet's alone: nothing was compared, nothing is listed apart.
        return (
            "One outlet only: every sentence is its own, with nothing to compare it with. "
            "Add articles from other outlets."
        )
    if summary.single_source_more:
        return "None is listed: the sentences one outlet alone reports are counted below."
    return "Nothing here: no sentence is reported by one outlet alone."


class _WrapDelegate(QStyledItemDelegate):
    """Row height for wrapped text; QTreeView alone sizes rows as if nothing wrapped."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        flags = Qt.TextFlag.TextWordWrap
        width = max(self._width(option, index), 80)
        rect = QFontMetrics(cell.font).boundingRect(0, 0, width, 10000, flags, cell.text)
        return QSize(base.width(), max(base.height(), rect.height() + 8))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        heading = index.data(HeadingRole)
        if heading:
            # A file's name standing in is one long run with no space to wrap at: cut in
            # its middle to the list's width (whole in the tooltip), its mark and count
            # after it, wrapped to the next line when they do not fit beside it.
            name, rest = heading
            width = max(self._width(option, index), 80)
            cut = QFontMetrics(option.font).elidedText(name, Qt.TextElideMode.ElideMiddle, width)
            option.text = cut + rest

    def _width(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """How wide a row's text may run: the list less its indent and a sentence's icon."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon = option.decorationSize.width() + 8 if index.data(ItemRole) is not None else 0
        return self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - icon - 12


def outlet_totals(summary: ConsensusSummary) -> dict[str, int]:
    """How many sentences each outlet alone reports in all, those not listed included
    (an outlet's independent sources summed)."""
    totals: dict[str, int] = {}
    counts = summary.single_source_totals
    for group, outlet in enumerate(summary.analysis.group_outlets):
        if group < len(counts):
            totals[outlet] = totals.get(outlet, 0) + counts[group]
    return totals


def surest_few(summary: ConsensusSummary) -> int:
    """How many sentences the surest few of each outlet come to: what Show Fewer lists."""
    per = SummaryOptions().single_source_per_outlet
    return sum(min(count, per) for count in summary.single_source_totals)


def lists_every_one(summary: ConsensusSummary) -> bool:
    """Whether ``summary`` lists every sentence one outlet alone reports."""
    return summary.options.single_source_per_outlet >= EVERY_SINGLE_SOURCE


class SingleSourceView(QWidget):
    sentence_selected = Signal(object)  # SingleSourceItem
    #: the reader asks for every single-outlet sentence (True) or the surest few (False)
    list_every = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(NOTE)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("singleSource")
        self.tree.setAccessibleName("Sentences reported by one outlet only (unverified)")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(18)
        # Wrap long sentences instead of eliding them: the column follows the view's width.
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        # Row heights depend on the width; recompute them when the column changes size.
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda item, _col: self._on_current(item, None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.more = QLabel()
        self.more.setObjectName("muted")
        self.more.setWordWrap(True)
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        # The sentences the line counts, a click (or Tab and Space) away: listed here.
        self.show_all = QPushButton()
        self.show_all.setObjectName("showAllSingle")
        self.show_all.clicked.connect(lambda: self.list_every.emit(not self._every))
        more_row = QHBoxLayout()
        more_row.setContentsMargins(0, 0, 0, 0)
        more_row.addWidget(self.more, 1)
        # At its own width, at the right, also when the line beside it is put away.
        more_row.addWidget(
            self.show_all, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        self.more.hide()
        self.show_all.hide()
        # An empty list says why on a page of its own, set like the Disagreements pane's
        # (the same margins): a row of the tree sat an indent further in than the rest.
        self.why = reading_browser(self, "singleSourceWhy", "Why nothing is listed", 12)
        self.why.hide()
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        layout.addWidget(self.why)
        layout.addLayout(more_row)

    _summary: ConsensusSummary | None = None
    _every = False

    def set_summary(self, summary: ConsensusSummary | None) -> None:
        self._summary = summary
        self.tree.clear()
        # Hidden only when there is nothing more to list: hiding the button the reader
        # just pressed would send the keyboard focus on to the next control.
        self._has_more = summary is not None and self._show_more_line(summary)
        if not self._has_more:
            self.more.hide()
            self.show_all.hide()
        if summary is None:
            self._listing = False
            self._show_why("")
            self._place()
            return
        by_outlet = summary.single_source_by_outlet
        warn = warning_sign(self.style())
        totals = outlet_totals(summary)
        # in the report's order (and the coverage map's), not by name: a reader comparing
        # the export or the map with this tab finds each outlet in the same place
        file_named = file_named_outlets(summary.analysis)
        for outlet in by_outlet:
            items = by_outlet[outlet]
            listed, total = len(items), max(totals.get(outlet, 0), len(items))
            count = f"{listed} of {total}" if total > listed else f"{listed}"
            # a file's name standing in is marked as on the cards and the map
            shown = marked_outlet(outlet, file_named)
            top = QTreeWidgetItem(self.tree, [f"{shown}  ({count})"])
            top.setToolTip(0, plain_tip(shown))  # whole, should the list cut it
            if outlet in file_named:
                top.setData(0, HeadingRole, (outlet, f"{shown[len(outlet) :]}  ({count})"))
            top.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                f"{shown}: {count} sentence{'s' if total > 1 else ''} only it reports"
                + (", the surest listed" if total > listed else ""),
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for entry in items:
                row = QTreeWidgetItem(top, [entry.text])
                row.setIcon(0, warn)
                row.setData(0, ItemRole, entry)
                row.setToolTip(0, plain_tip(f"{UNVERIFIED}\n{entry.file}"))
                row.setData(
                    0, Qt.ItemDataRole.AccessibleTextRole, f"Unverified, {outlet}: {entry.text}"
                )
            top.setExpanded(True)
        # Said over the list only when it lists something; an empty list says why itself,
        # on a page in its place (read, not chosen).
        self._listing = bool(by_outlet)
        self.note.setText(list_note(summary))
        self._place()
        self._show_why("" if by_outlet else nothing_listed(summary))

    def _show_why(self, text: str) -> None:
        """Say ``text`` (why nothing is listed) in the list's place; "" shows the list."""
        if text:
            self.why.setPlainText(text)
        else:
            self.why.clear()
        self.why.setVisible(bool(text))
        self.tree.setVisible(not text)

    def why_text(self) -> str:
        """Why nothing is listed, as the pane says it ("" when it lists something)."""
        return self.why.toPlainText() if not self.why.isHidden() else ""

    def _show_more_line(self, summary: ConsensusSummary) -> bool:
        """The line counting the sentences not listed, and the button listing them all
        (or, once all are listed, the surest few again); False when there is none."""
        self._every = lists_every_one(summary)
        per = SummaryOptions().single_source_per_outlet
        unlisted = summary.single_source_more
        if unlisted and not self._every:
            self.more.setText(more_single_source(unlisted))
            self.show_all.setText(f"Show All {len(summary.single_source) + unlisted}")
            self.show_all.setAccessibleName(
                f"Show all {len(summary.single_source) + unlisted} sentences that one outlet "
                f"alone reports, the {unlisted} not listed included"
            )
        elif self._every and len(summary.single_source) > surest_few(summary):
            # Only when it would list fewer: no outlet over the few, it would change nothing.
            # Short: the note over the list says what they are.
            self.more.setText(f"All {len(summary.single_source)} are listed.")
            self.show_all.setText("Show Fewer")
            self.show_all.setAccessibleName(
                f"Show fewer: only the surest {per} sentences of each outlet"
            )
        else:
            return False
        self.show_all.setToolTip(self.show_all.accessibleName() + ".")
        self.show_all.show()
        return True

    _has_more = False
    _listing = False
    #: the pane is too short for the lines over and under the list: the list has the room
    compact = False

    def _place(self) -> None:
        """The note over the list and the line under it, shown unless the pane is short
        (a short window at large text), when the list takes their room: its rows carry
        the warning, and Show All's tip what the line says."""
        self.note.setVisible(self._listing and not self.compact)
        self.more.setVisible(self._has_more and not self.compact)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        compact = self.height() < COMPACT_LINES * self.fontMetrics().lineSpacing()
        if compact != self.compact:
            self.compact = compact
            self._place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()  # larger text, fewer lines in the same height

    def count(self) -> int:
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return sum(top.childCount() for top in tops if top is not None)

    def current_item(self) -> SingleSourceItem | None:
        """The sentence of the current row (None on an outlet's row or the empty list's)."""
        current = self.tree.currentItem()
        return current.data(0, ItemRole) if current is not None else None

    def _on_current(self, current: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, ItemRole) is not None:
            self.sentence_selected.emit(current.data(0, ItemRole))
