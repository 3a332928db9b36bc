"""The consensus summary: one row per sentence, a support badge, the outlets behind it.

Rows are painted by a delegate so the badge can be tinted by strength from the
palette. Arrow keys move through the sentences; the current sentence is
announced through :attr:`SummaryView.sentence_selected`, which drives the
evidence view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine import dispute_notes, independent_outlets, joined
from corroborate.engine.models import Analysis, ConsensusSummary, SummaryItem

from .evidence import breakable_if_long, file_named_outlets, listed_outlet
from .find_bar import FIND_TEXT_ROLE
from .plain import CutToFitLabel, menu_path, plain_tip, unmarked
from .theme import FOCUS_EDGE, muted_text, paint_focus_frame, readable_on, support_fill

ItemRole = Qt.ItemDataRole.UserRole + 1
EMPTY_TEXT = (
    "Drop a folder of news articles about one event here,\nor choose "
    f"{menu_path('File', 'Open Folder…')}\u00a0(Ctrl+O)."
)
_PAD = 10
#: a summary row names every backing outlet up to this many; beyond, the first
#: :data:`OUTLETS_NAMED` and how many more
OUTLETS_IN_FULL = 5
OUTLETS_NAMED = 3
_GAP = 12
#: the longest a summary line runs, in average characters of its font
MEASURE_CHARS = 90


def capped_outlets(outlets: tuple[str, ...]) -> str:
    """``outlets`` joined for a summary row: all of a few, else the first ones and a count
    ("Meridian Press · Valley Ledger · Harbour Times and 13 more"), so that a sentence a
    big folder's every outlet backs keeps a line of names, not five."""
    if len(outlets) <= OUTLETS_IN_FULL:
        return " · ".join(outlets)
    return f"{' · '.join(outlets[:OUTLETS_NAMED])} and {len(outlets) - OUTLETS_NAMED} more"


class SummaryModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.items: tuple[SummaryItem, ...] = ()
        self.total = 0
        #: per row, what outlets that differ on it say ("" if none): "disputed by CNN"
        self.disputed: list[str] = []
        #: per row, the outlet whose article the sentence is quoted from ("" if unknown)
        self.quoted: list[str] = []
        self.shown: list[tuple[str, ...]] = []

    def set_summary(self, summary: ConsensusSummary | None) -> None:
        self.beginResetModel()
        self.items = summary.items if summary else ()
        self.total = summary.analysis.independent_sources if summary else 0
        #: an outlet a file's name stands in for is marked " (file name)" in the rows, as
        #: on the cards and the map; each name set apart, so that names in Arabic or Hebrew
        #: side by side are drawn in their order (taken out again of what is copied)
        file_named = file_named_outlets(summary.analysis) if summary else frozenset()

        def marked(outlets: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(listed_outlet(outlet, file_named) for outlet in outlets)

        self.disputed = [
            " · ".join(dispute_notes(marked(item.disputed_by), marked(item.split_within)))
            for item in self.items
        ]
        articles = [summary.analysis.article_named(i.file) if summary else None for i in self.items]
        self.quoted = [a.outlet if a is not None else "" for a in articles]
        #: per row, its outlets as the pane shows them
        self.shown = [marked(item.outlets) for item in self.items]
        self.endResetModel()

    def outlet_line(self, row: int) -> str:
        """The outlets backing the row's sentence, the first few named and the rest counted
        when there are many ("A · B · C and 13 more"), then what outlets that differ say.
        Every one is in the tooltip, the evidence pane and what Find looks through."""
        line = capped_outlets(self.shown[row])
        return f"{line}  ·  ⚠ {self.disputed[row]}" if self.disputed[row] else line

    def find_text(self, row: int) -> str:
        """What Find looks through on a row: its sentence, every outlet backing it (also
        those the row only counts) and any dispute."""
        item = self.items[row]
        return "\n".join([item.text, " · ".join(item.outlets), unmarked(self.disputed[row])])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def badge(self, item: SummaryItem) -> str:
        """``4/5``; nothing at all when there is one source (no fractions of one). Out of
        the sentence's own story's outlets in a folder of several (:attr:`SummaryItem.out_of`)."""
        return f"{item.support}/{item.out_of}" if self.total > 1 else ""

    def attribution(self, row: int) -> str:
        """The sentence in quotation marks with who reports it, for the clipboard."""
        item = self.items[row]
        # Whose words they are, then the file, as a sentence copied from Reported by one
        # outlet says it: "— The Fennick Courier (04-what-we-know.txt); backed by …"
        outlet = self.quoted[row]
        line = (
            f"“{item.text}”\n— {outlet} ({item.file})"
            if outlet
            else f"“{item.text}”\n— {item.file}"
        )
        if self.total > 1:
            line += f"; backed by {item.support} of {independent_outlets(item.out_of)}: "
            line += joined(item.outlets)
        if self.disputed[row]:
            line += f"; {self.disputed[row]}"
        return unmarked(line)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == ItemRole:
            return item
        if role == FIND_TEXT_ROLE:
            return self.find_text(index.row())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            notes = self.disputed[index.row()]
            dispute = f" {notes[:1].upper()}{notes[1:]}." if notes else ""
            if self.total <= 1:
                text = f"One outlet, not corroborated: {item.text}"
            else:
                text = (
                    f"Backed by {item.support} of {independent_outlets(item.out_of)} "
                    f"({joined(self.shown[index.row()])}): {item.text}{dispute}"
                )
            return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole else unmarked(text)
        return None


class SummaryDelegate(QStyledItemDelegate):
    """Badge on the left, the verbatim sentence, then the outlets in smaller muted text."""

    def __init__(self, view: QListView, model: SummaryModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model  # the view's model: what a row's badge and outlets are read from

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        text = QFont(option.font)
        text.setPointSizeF(option.font.pointSizeF() * 1.08)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        badge = QFont(option.font)
        badge.setBold(True)
        return text, small, badge

    def _badge_size(self, badge_font: QFont) -> QSize:
        fm = QFontMetrics(badge_font)
        return QSize(fm.horizontalAdvance("10/10") + 14, fm.height() + 8)

    def _layout(
        self, option: QStyleOptionViewItem, width: int, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[QSize, int, int, int, str]:
        item: SummaryItem = index.data(ItemRole)
        text_font, small_font, badge_font = self._fonts(option)
        badge = self._badge_size(badge_font)
        if not self._model.badge(item):
            badge = QSize(-_GAP, 0)  # one source: no badge, the text starts at the margin
        text_w = max(80, width - 2 * _PAD - badge.width() - _GAP)
        # A reading measure: on a very wide window lines stop at about ninety characters
        # of the text's own font (so larger text keeps as many words to a line).
        text_w = min(text_w, QFontMetrics(text_font).averageCharWidth() * MEASURE_CHARS)
        flags = Qt.TextFlag.TextWordWrap
        text_h = QFontMetrics(text_font).boundingRect(0, 0, text_w, 100000, flags, item.text)
        # A long file's name standing in for an outlet breaks rather than running past
        # the row's edge, cut (a narrow window at large text).
        outlets = breakable_if_long(self._model.outlet_line(index.row()))
        out_h = QFontMetrics(small_font).boundingRect(0, 0, text_w, 100000, flags, outlets)
        return badge, text_w, text_h.height(), out_h.height(), outlets

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width() or 600
        badge, _w, text_h, out_h, _o = self._layout(option, width, index)
        return QSize(width, max(badge.height(), text_h + 4 + out_h) + 2 * _PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item: SummaryItem = index.data(ItemRole)
        model = self._model
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else self._view.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)

        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_font, small_font, badge_font = self._fonts(option)
        badge, text_w, text_h, out_h, outlets = self._layout(option, option.rect.width(), index)
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        strength = item.support / item.out_of if model.total and item.out_of else 0.0
        fill = support_fill(pal, strength)
        badge_rect = QRect(rect.left() + _PAD, rect.top() + _PAD, badge.width(), badge.height())
        if model.badge(item):
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.setBrush(fill)
            painter.drawRoundedRect(badge_rect.adjusted(0, 0, -1, -1), 6, 6)
            painter.setPen(readable_on(fill, pal))
            painter.setFont(badge_font)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, model.badge(item))

        x = badge_rect.right() + 1 + _GAP
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.setPen(pal.color(text_role))
        painter.setFont(text_font)
        painter.drawText(QRect(x, rect.top() + _PAD, text_w, text_h), flags, item.text)
        painter.setFont(small_font)
        painter.setPen(pal.color(text_role) if selected else muted_text(pal))
        out_rect = QRect(x, rect.top() + _PAD + text_h + 4, text_w, out_h)
        painter.drawText(out_rect, flags, outlets)

        if not selected:
            painter.setPen(pal.color(QPalette.ColorRole.Midlight))
            painter.drawLine(rect.left() + _PAD, rect.bottom(), rect.right() - _PAD, rect.bottom())
        painter.restore()


class _ScrollingPage(QScrollArea):
    """A page that scrolls when it is taller than the pane: only then does it take the
    keyboard focus (for the arrow keys and Page Down), shown by an edge in the accent
    colour, as a reading pane's; a page that fits is no stop for Tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setViewportMargins(FOCUS_EDGE, FOCUS_EDGE, FOCUS_EDGE, FOCUS_EDGE)
        self.verticalScrollBar().rangeChanged.connect(self._on_range)

    def _on_range(self, _low: int, high: int) -> None:
        policy = Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus
        if policy != self.focusPolicy():
            if policy == Qt.FocusPolicy.NoFocus and self.hasFocus():
                self.focusNextChild()  # not left on a stop that is no longer one
            self.setFocusPolicy(policy)

    def event(self, event: QEvent) -> bool:
        # Its own paint (the margin round the page), which paintEvent, the page's,
        # never receives.
        done = super().event(event)
        if event.type() == QEvent.Type.Paint and self.hasFocus():
            option = QStyleOption()
            option.initFrom(self)
            painter = QPainter(self)
            paint_focus_frame(painter, option)
            painter.end()
        return done

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class SummaryView(QWidget):
    """The summary list, or a sentence explaining why it is empty."""

    sentence_selected = Signal(object)  # SummaryItem
    #: the page's button was pressed: what it asks for (:data:`.status.READ_SUBFOLDERS`)
    page_action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SummaryModel()
        self.list = QListView(self)
        self.list.setObjectName("summaryList")
        self.list.setAccessibleName("Summary sentences")
        self.list.setAccessibleDescription(
            "Each sentence is quoted verbatim; the badge shows how many independent outlets back it"
        )
        self.list.setModel(self.model)
        self.list.setItemDelegate(SummaryDelegate(self.list, self.model))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.activated.connect(self._on_activated)
        # a subfolder's name too long for any line is cut in its middle, not clipped
        self.placeholder = CutToFitLabel(self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A page that says why a story could not be read opens with an icon and a heading,
        # so that it reads as the answer to what was asked, not as a hint left behind.
        self.failure_icon = QLabel(self)
        self.failure_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failure_heading = QLabel(self)
        self.failure_heading.setObjectName("failureHeading")
        self.failure_heading.setTextFormat(Qt.TextFormat.RichText)  # <h3>: scales with the text
        self.failure_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failure_heading.setWordWrap(True)
        # The page scrolls when it is taller than the pane (a short window at large text:
        # the list of skipped files and what to do next stay readable, not cut off).
        self._page = _ScrollingPage(self)
        self._page.setObjectName("placeholderPage")
        self._page.setAccessibleName("Why there is no summary")
        self._page.setWidgetResizable(True)
        self._page.setFrameShape(QFrame.Shape.NoFrame)
        self._page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("placeholderInner")
        inner.setAutoFillBackground(False)
        self._page.viewport().setAutoFillBackground(False)
        page = QVBoxLayout(inner)
        page.addStretch(1)
        page.addWidget(self.failure_icon)
        page.addWidget(self.failure_heading)
        page.addWidget(self.placeholder)
        # What the page's reason asks for, one press away ("Read Subfolders Too")
        self._page_action: str = ""
        self.page_button = QPushButton(self)
        self.page_button.setObjectName("pageAction")
        self.page_button.hide()
        self.page_button.clicked.connect(lambda: self.page_action.emit(self._page_action))
        page.addWidget(self.page_button, 0, Qt.AlignmentFlag.AlignHCenter)
        page.addStretch(1)
        self._page.setWidget(inner)
        #: the summary listed
        self.summary: ConsensusSummary | None = None
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.list)
        self._stack.addWidget(self._page)
        self.set_summary(None)

    def set_summary(
        self,
        summary: ConsensusSummary | None,
        empty_text: str = "",
        failed: bool = False,
        heading: str = "",
        action: tuple[str, str] | None = None,
    ) -> None:
        """List ``summary``'s sentences, or say ``empty_text`` in their place: in the
        text's own colour when it says why a story ``failed`` to be read (the one place
        that says so), under a warning icon and ``heading``; else in the muted colour of
        a hint. ``action`` (a button's label, and what :attr:`page_action` says it asks
        for) puts a button under the text, doing what it says to do."""
        self._set_heading(heading if failed else "")
        label, self._page_action = action or ("", "")
        self.page_button.setText(label)
        self.page_button.setAccessibleName(label.replace("&", ""))
        self.page_button.setVisible(bool(action) and summary is None)
        if bool(self.placeholder.property("failed")) != failed:
            self.placeholder.setProperty("failed", failed)
            self.placeholder.style().unpolish(self.placeholder)
            self.placeholder.style().polish(self.placeholder)
        previous = self.current_item()
        self.summary = summary
        self.model.set_summary(summary)
        if self.model.items:
            self._stack.setCurrentWidget(self.list)
            row = next(
                (
                    i
                    for i, it in enumerate(self.model.items)
                    if previous and it.sentence == previous.sentence
                ),
                0,
            )
            self.select_row(row)
        else:
            self.placeholder.setText(empty_text or EMPTY_TEXT)
            self._stack.setCurrentWidget(self._page)

    def _set_heading(self, heading: str) -> None:
        self.failure_heading.setText(f"<h3>{html.escape(heading)}</h3>" if heading else "")
        self.failure_heading.setAccessibleName(heading)
        self.failure_heading.setVisible(bool(heading))
        self.failure_icon.setVisible(bool(heading))
        if heading:
            self._draw_failure_icon()

    def _draw_failure_icon(self) -> None:
        """The warning icon, three lines of text high: drawn again when the text size
        changes, so that it stays in proportion to the heading under it."""
        side = self.fontMetrics().height() * 3
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.failure_icon.setPixmap(icon.pixmap(side, side))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        shown = not self.failure_icon.isHidden()
        if shown and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._draw_failure_icon()

    def heading(self) -> str:
        """The heading over the page shown in place of the summary ("" when none)."""
        return (
            self.failure_heading.accessibleName() if self.failure_heading.isVisibleTo(self) else ""
        )

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.list.setCurrentIndex(index)

    def select_sentence(self, sentence: int) -> None:
        """Make the row quoting ``sentence`` current (nothing happens if none does)."""
        row = next((i for i, it in enumerate(self.model.items) if it.sentence == sentence), -1)
        if row >= 0:
            self.select_row(row)

    def analysis(self) -> Analysis | None:
        """The analysis the listed items belong to: their sentence ids are its ids (the
        session's may already be the next story's while this summary is still shown)."""
        return self.summary.analysis if self.summary is not None else None

    def current_item(self) -> SummaryItem | None:
        index = self.list.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sentence_selected.emit(current.data(ItemRole))

    def _on_activated(self, index: QModelIndex) -> None:
        self.sentence_selected.emit(index.data(ItemRole))
