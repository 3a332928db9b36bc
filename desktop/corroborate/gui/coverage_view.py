"""The coverage pane: which outlet reports which claim, drawn with Qt, and per-outlet figures.

Clicking a cell (or moving to it with the arrow keys and pressing Enter) asks
for the sentence behind it to be shown in its article. The map can be saved
as PNG or SVG; the figures below it say how much of each outlet the others
back and what only it reports.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corroborate.atomic import one_of, reason, write_atomically, write_failure
from corroborate.engine import coverage, story_name
from corroborate.engine.models import (
    CONTRADICTS,
    COVERAGE_IMAGE_END,
    REPORTS,
    ConsensusSummary,
    CoverageMatrix,
)

from .coverage_paint import (
    CELL,
    GAP,
    LABEL_WIDTH,
    PAD,
    Layout,
    layout_for,
    markdown_with_map,
    paint_coverage,
    paint_current,
    paint_found,
    render_png,
    render_svg,
)
from .evidence import OTHER_STORY, file_named_outlets, marked_coverage, marked_outlet
from .export import (
    SaveWords,
    ask_to_replace,
    plain_message,
    refusal_text,
    save_with_dialog,
    suggested_filename,
    with_extension,
)
from .find_bar import Found, searched_as, tree_items
from .plain import plain_tip
from .tasks import TaskRunner
from .theme import muted_text, text_ratio_of, text_scale_of

log = logging.getLogger(__name__)

_STATE_WORDS = {
    REPORTS: "reports this",
    CONTRADICTS: "contradicts this",
    "": "does not mention this",
    OTHER_STORY: "tells only another story of the folder, not this one",
}
SentenceRole = Qt.ItemDataRole.UserRole + 1
#: the map is drawn between these multiples of its natural size, to use the pane
MIN_SCALE, MAX_SCALE = 0.75, 1.6
#: the claims' labels widen up to this, to use a wide pane
MAX_LABEL_WIDTH = 900.0
#: from this width on, the per-outlet figures sit beside the map rather than below it
#: (taking a third: the map keeps some 900 pixels, room for its claims' text)
BESIDE_WIDTH = 1360
#: matrices quicker to compute than this are computed on the GUI thread when shown
SYNC_COVERAGE_SECONDS = 0.015


#: how to use the map, said under it; in short words where the whole takes two lines
HOW_TO_READ = "Click a cell (or press Enter on it) to read its sentence."
HOW_TO_READ_SHORT = "Click a cell to read its sentence."
#: Said in its place when the map has no row, so no cell to click (nothing selected)
NOTHING_TO_MAP = "No sentence was selected, so the map has no claim to show."


class CoverageMap(QWidget):
    """The matrix itself; a keyboard-reachable grid of cells."""

    sentence_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: CoverageMatrix | None = None
        self.current: tuple[int, int] | None = None
        #: the row Find found (tinted and ringed until the reader moves on), or None
        self.found: int | None = None
        self._scale = 1.0
        self._label = LABEL_WIDTH
        self._room = QSize(0, 0)
        self._seen = 0
        #: the most the names' band may take, in the map's units (0: as much as it needs)
        self._header_cap = 0.0
        #: the layouts worked out for one matrix, by what they were worked out from
        self._layouts: tuple[CoverageMatrix, dict[tuple[str, float, float], Layout]] | None
        self._layouts = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("Coverage map: claims against outlets")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_matrix(self, matrix: CoverageMatrix | None) -> None:
        self.matrix, self.current, self.found = matrix, None, None
        if matrix is not None and matrix.rows and matrix.columns:
            self.current = (0, 0)
        self._fit()
        self._describe()
        self.update()

    def scale(self) -> float:
        """How much larger than its natural size the map is drawn to use the pane."""
        return self._scale

    def fit_into(self, room: QSize, seen: int = 0) -> None:
        """Grow (up to twice) or shrink (a little) so the map uses ``room`` without
        scrolling sideways; it scrolls down when the claims are many. ``seen`` is the
        height of the map shown before any scroll (0: the room's): the names above the
        cells are cut short to leave two rows of cells in it."""
        self._room, self._seen = room, seen or room.height()
        self._fit()

    def map_layout(self) -> Layout | None:
        """Where the cells are, before :meth:`scale` is applied."""
        return self._layout_for(self.drawing_font(), self._label) if self.matrix else None

    def _layout_for(self, font: QFont, label: float = LABEL_WIDTH) -> Layout:
        """The matrix's layout, kept while the matrix, the font and the labels' width
        stay: measuring hundreds of outlets' names on every paint, move and hover
        would stall the window. A few are kept, not only the last: each fit asks for the
        layout with the names' band uncut and then cut to the pane, and a single one kept
        was measured anew on every ask (a dozen times each time the tab was shown)."""
        assert self.matrix is not None
        # The matrix itself, compared by identity: an id() alone could be reused by a
        # later matrix once the first is freed, and its layout would be stale.
        key = (font.key(), label, self._header_cap)
        if self._layouts is None or self._layouts[0] is not self.matrix:
            self._layouts = (self.matrix, {})
        kept = self._layouts[1]
        made = kept.get(key)
        if made is None:
            if len(kept) >= 8:  # a pane resized again and again: the last few
                kept.clear()
            made = kept[key] = layout_for(self.matrix, font, label, self._header_cap)
        return made

    def drawing_font(self) -> QFont:
        """The font the map is laid out in: the text's at the system's size. A larger
        text size (View › Larger Text) magnifies the whole map instead (:meth:`scale`),
        cells, key and names alike: laid out in the larger font, the claims and the
        outlets' names were cut through by the cells' rows, sized for the system's text."""
        font = QFont(self.font())
        magnified = text_scale_of(self)
        if magnified > 1.0:
            font.setPointSizeF(font.pointSizeF() / magnified)
        return font

    def document_font(self) -> QFont:
        """The font a saved picture of the map is drawn in: the text's at the system's
        size whatever the app's text size, smaller (View › Smaller Text) or larger, so
        that a document's picture is the same at any text size."""
        font = QFont(self.font())
        ratio = text_ratio_of(self)
        if ratio != 1.0:
            font.setPointSizeF(font.pointSizeF() / ratio)
        return font

    def _fit(self) -> None:
        """Cells grow while there is room below; the labels take the room across,
        so more of each claim can be read; a narrow pane shrinks the map a little.
        At a larger text size it is magnified as much, first."""
        font, magnified = self.drawing_font(), text_scale_of(self)
        self._header_cap = 0.0
        natural = self._layout_for(font).size if self.matrix else QSize(0, 0)
        scale, label = magnified, LABEL_WIDTH
        if natural.width() > 0 and self._room.width() > 0:
            across = self._room.width() / (natural.width() * magnified)
            down = self._room.height() / max(1, natural.height() * magnified)
            scale = magnified * min(MAX_SCALE, max(MIN_SCALE, min(across, max(1.0, down))))
            spare = self._room.width() / scale - natural.width()
            label = LABEL_WIDTH + max(0.0, min(spare, MAX_LABEL_WIDTH - LABEL_WIDTH))
        self._scale, self._label = scale, label
        if self._seen > 0:
            # Two rows of cells in sight below the names' band, before any scroll.
            self._header_cap = self._seen / scale - PAD - 2 * (CELL + GAP) - GAP
        size = self._layout_for(font, label).size if self.matrix else QSize(0, 0)
        self.setFixedSize(QSize(int(size.width() * scale), int(size.height() * scale)))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def describe_cell(self, row: int, column: int) -> str:
        """Plain words for a cell, as shown in its tooltip and read by screen readers."""
        assert self.matrix is not None
        line = self.matrix.rows[row]
        if column < 0:
            return line.text
        outlet = self.matrix.columns[column].outlet
        return f"{outlet} {_STATE_WORDS[line.cells[column].state]}:\n{line.text}"

    def activate(self, row: int, column: int) -> None:
        """Select a cell and ask for its sentence (the claim's own for a row label)."""
        if self.matrix is None:
            return
        self.current = (row, column)
        self._describe()
        self.update()
        line = self.matrix.rows[row]
        sentence = line.sentence if column < 0 else line.cells[column].sentence
        if sentence is not None:
            self.sentence_selected.emit(sentence)

    def _describe(self) -> None:
        if self.matrix is not None and self.current is not None:
            self.setAccessibleDescription(self.describe_cell(*self.current))

    #: the part of the map last drawn, with what it was drawn from: shown again as it is
    #: (the tab brought back, the focus ring moved) rather than every cell drawn anew
    _drawn: tuple[CoverageMatrix, object, QPixmap] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.matrix is None:
            return
        font = self.drawing_font()
        layout = self._layout_for(font, self._label)
        palette = self.palette()
        # Only what the scroll area shows is drawn: Qt asks for the exposed part.
        area = event.rect()
        ratio = self.devicePixelRatioF()
        key = (
            palette.cacheKey(),
            palette.currentColorGroup(),  # an inactive window's colours may be others
            font.key(),
            self._label,
            self._scale,
            area,
            ratio,
        )
        # The matrix by identity: equal matrices are compared cell by cell.
        drawn = self._drawn
        if drawn is None or drawn[0] is not self.matrix or drawn[1] != key:
            drawn = self._drawn = (self.matrix, key, self._draw(area, ratio, font, layout, palette))
        painter = QPainter(self)
        painter.drawPixmap(area.topLeft(), drawn[2])
        painter.scale(self._scale, self._scale)
        paint_found(painter, layout, palette, self.found)
        # The cell found is ringed too while Find, not the map, has the keyboard focus
        # (a claim found by its own words has its label ringed by the band already).
        found_cell = self.found is not None and self.current is not None and self.current[1] >= 0
        ringed = self.hasFocus() or found_cell
        paint_current(painter, layout, palette, self.current if ringed else None)
        painter.end()

    def show_found(self, row: int, column: int) -> None:
        """Find found ``row`` (in ``column``'s sentence; -1, its own text): made the
        current cell, tinted and ringed, and scrolled into sight."""
        self.current, self.found = (row, column), row
        self._describe()
        self.update()
        self._keep_in_sight(row, column)

    def forget_found(self) -> None:
        """Find closed, or found nothing now: no row stays marked as found."""
        if self.found is not None:
            self.found = None
            self.update()

    def _draw(
        self, area: QRect, ratio: float, font: QFont, layout: Layout, palette: QPalette
    ) -> QPixmap:
        """The cells, names and labels that reach into ``area``, as a picture."""
        assert self.matrix is not None
        picture = QPixmap(area.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(palette.color(QPalette.ColorRole.Base))
        painter = QPainter(picture)
        painter.translate(-area.left(), -area.top())
        painter.scale(self._scale, self._scale)
        exposed = QRectF(area)
        visible = QRectF(exposed.topLeft() / self._scale, exposed.size() / self._scale)
        paint_coverage(painter, self.matrix, palette, font, None, self._label, visible, layout)
        painter.end()
        return picture

    def _hit(self, point: QPointF) -> tuple[int, int] | None:
        if self.matrix is None:
            return None
        layout = self.map_layout()
        return layout.hit(point / self._scale) if layout is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.found = None  # the reader chose another cell: the find's mark goes
            self.activate(*hit)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            name = self.outlet_named_at(QPointF(event.pos()))
            if hit is not None:
                QToolTip.showText(event.globalPos(), plain_tip(self.describe_cell(*hit)), self)
            elif name:
                QToolTip.showText(event.globalPos(), plain_tip(name), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def outlet_named_at(self, point: QPointF) -> str:
        """The whole name of the outlet whose (perhaps shortened) name is under ``point``,
        in the band above the cells; "" elsewhere."""
        layout = self.map_layout()
        if self.matrix is None or layout is None:
            return ""
        spot = point / self._scale
        if not PAD <= spot.y() <= PAD + layout.header:
            return ""
        for column in layout.columns_between(spot.x() - 1, spot.x() + 1):
            cell = layout.cell_rect(0, column)
            if cell.left() - GAP / 2 <= spot.x() <= cell.right() + GAP / 2:
                return self.matrix.columns[column].outlet
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.matrix is None or self.current is None:
            super().keyPressEvent(event)
            return
        row, column = self.current
        moves = {
            Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
        }  # fmt: skip
        if event.key() in moves:
            dr, dc = moves[Qt.Key(event.key())]
            row = min(max(row + dr, 0), len(self.matrix.rows) - 1)
            column = min(max(column + dc, -1), len(self.matrix.columns) - 1)
            self.current = (row, column)
            if row != self.found:
                self.found = None  # moved off the row found: its mark goes
            self._describe()
            self.update()
            self._keep_in_sight(row, column)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(row, column)
        else:
            super().keyPressEvent(event)

    def _keep_in_sight(self, row: int, column: int) -> None:
        """Scroll the map's box, and the page around it, to the current cell."""
        layout = self.map_layout()
        if layout is None:
            return
        rect = layout.label_rect(row) if column < 0 else layout.cell_rect(row, column)
        centre = (rect.center() * self._scale).toPoint()
        margin = int(rect.height() * self._scale)
        area = self.parentWidget()
        while area is not None:
            content = area.widget() if isinstance(area, QScrollArea) else None
            if isinstance(area, QScrollArea) and content is not None:
                point = self.mapTo(content, centre)
                area.ensureVisible(point.x(), point.y(), margin, margin)
            area = area.parentWidget()


def summary_rows_of_one(matrix: CoverageMatrix) -> dict[int, list[tuple[int, int]]]:
    """The summary's rows (numbered from 1, as in the map) that one outlet alone reports,
    by that outlet's column: (number, sentence id)."""
    rows: dict[int, list[tuple[int, int]]] = {}
    for number, row in enumerate(matrix.rows, 1):
        if row.single_source:
            continue  # listed apart, and counted by the outlet's figures already
        reporting = [c for c, cell in enumerate(row.cells) if cell.state == REPORTS]
        if len(reporting) == 1:
            rows.setdefault(reporting[0], []).append((number, row.sentence))
    return rows


#: what each column of the outlets' figures counts, said on its heading; the figures are
#: of every article the outlet wrote, a story and its copies once (as Articles lists them
#: under it), each distinct sentence once: one the outlet printed word for word in two of
#: its reports is one statement of it (so fewer than the Articles rows add up to), as the
#: map's "share of its sentences others back" is
OUTLET_COLUMN_TIPS = (
    "One independent outlet: its copies and other articles count once",
    "The share of the sentences of the outlet's articles (copies once; one it printed in "
    "two reports once) that another independent outlet also reports",
    "How many sentences of the outlet's articles (copies once; one it printed in two "
    "reports once) another outlet contradicts (see Disagreements)",
    "How many sentences only this outlet reports, unverified: the summary's rows that it "
    "alone backs, then the surest of the rest, as in Reported by one outlet",
)


class CoverageView(QWidget):
    """The map in a scroll area, export buttons, and the per-outlet figures."""

    sentence_selected = Signal(int)
    #: Find found a claim: the sentence of it that holds the match, to show in its article
    sentence_found = Signal(int)
    exported = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ConsensusSummary | None = None
        self.matrix: CoverageMatrix | None = None
        #: where Find stands: a row of the map, or an item of the outlets' figures
        self._found: int | QTreeWidgetItem | None = None
        #: each row's sentences as Find compares them, (column, sentence id, text), for the
        #: matrix they are of
        self._searched: tuple[CoverageMatrix, list[list[tuple[int, int, str]]]] | None = None
        #: where the save dialog opens (the window sets it: outside the story folder)
        self.start_folder: Callable[[], Path] | None = None
        self._stale = False
        #: a matrix computed on a worker, with the summary it belongs to
        self._ready: tuple[ConsensusSummary, CoverageMatrix] | None = None
        self._compute_seconds = 0.0
        self._warmed = False
        self._runner = TaskRunner(self)
        self._runner.finished.connect(self._on_computed)
        # A map the worker could not compute is computed again when the tab is shown.
        self._runner.failed.connect(
            lambda error: log.error("coverage map failed on a worker", exc_info=error)
        )
        # The map carries its own key; how to use it sits beside the save buttons,
        # so no line above the map is spent on it.
        note = QLabel(HOW_TO_READ)
        note.setObjectName("muted")
        note.setWordWrap(True)
        # Read out whole, the keys included, also while it shows its short words.
        note.setAccessibleName(HOW_TO_READ)
        self.note = note
        self.map = CoverageMap()
        self.map.sentence_selected.connect(self.sentence_selected)
        scroll = QScrollArea()
        scroll.setObjectName("coverageScroll")
        scroll.setWidget(self.map)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The map is drawn on the base colour: the room around it is too, so the map and
        # the strip kept for a scroll bar read as one panel.
        scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        scroll.viewport().setAutoFillBackground(True)
        scroll.installEventFilter(self)
        self.scroll_area = scroll
        self.save_png = QPushButton("Save as &PNG…")
        self.save_svg = QPushButton("Save as SV&G…")
        self.save_png.clicked.connect(lambda: self._save("png"))
        self.save_svg.clicked.connect(lambda: self._save("svg"))
        self.save_png.setToolTip("Save the map as a picture (PNG), in the light theme")
        self.save_svg.setToolTip("Save the map as a drawing that scales (SVG), in the light theme")
        # Under the page, never scrolled away: on a short window the map and the figures
        # scroll above, and the map can always be saved without resizing the window.
        self.actions_row = QWidget()
        self.actions_row.setObjectName("coverageActions")
        buttons = QHBoxLayout(self.actions_row)
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addWidget(note, 1)
        buttons.addWidget(self.save_png)
        buttons.addWidget(self.save_svg)
        self.outlets = QTreeWidget()
        self.outlets.setObjectName("outletFigures")
        self.outlets.setAccessibleName("Per outlet: share corroborated and claims only it reports")
        self.outlets.setHeaderLabels(["Outlet", "Backed by others", "Disputed", "Only it reports"])
        for section, tip in enumerate(OUTLET_COLUMN_TIPS):
            self.outlets.headerItem().setToolTip(section, tip)
        self.outlets.setWordWrap(True)
        self.outlets.itemActivated.connect(self._on_outlet_item)
        header = self.outlets.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.outlets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outlets.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        map_column = QWidget()
        map_column.setObjectName("coverageMapColumn")
        column = QVBoxLayout(map_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(10)
        self.body.addWidget(map_column, 2)
        self.body.addWidget(self.outlets, 1)
        # Below the map, on a short pane, the whole tab scrolls as one page (the map at
        # its full height, then the figures), never the map inside a small box.
        page = QWidget()
        page.setObjectName("coveragePage")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 8, 0, 0)
        page_layout.setSpacing(6)
        page_layout.addLayout(self.body, 1)
        self.page = QScrollArea()
        self.page.setObjectName("coveragePageScroll")
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setWidget(page)
        # Tab goes to the map, its cells moved with the arrow keys: neither box around
        # it is a stop of its own.
        self.page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.actions_row)
        self.map.installEventFilter(self)
        self.set_summary(None)

    def _fit_note(self) -> None:
        """How to use the map in one line beside the save buttons: in its short words when
        the whole does not fit (large text, a narrow pane), the whole a hover away."""
        if self.matrix is not None and not self.matrix.rows:
            # No row, no cell: the note says why rather than how to click one.
            self.note.setText(NOTHING_TO_MAP)
            self.note.setToolTip("")
            self.note.setAccessibleName(NOTHING_TO_MAP)
            return
        self.note.setAccessibleName(HOW_TO_READ)
        buttons = self.save_png.sizeHint().width() + self.save_svg.sizeHint().width()
        spare = self.width() - buttons - 24  # the row's spacing
        whole = self.note.fontMetrics().horizontalAdvance(HOW_TO_READ) <= spare
        self.note.setText(HOW_TO_READ if whole else HOW_TO_READ_SHORT)
        self.note.setToolTip("" if whole else HOW_TO_READ)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_note()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_note()
        beside = event.size().width() >= BESIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        self._one_page()
        self._size_outlets(event.size().height())
        super().resizeEvent(event)
        self._fit_map()

    def stacked(self) -> bool:
        """Whether the figures are below the map (a narrow pane) rather than beside it."""
        return self.body.direction() == QBoxLayout.Direction.TopToBottom

    def _one_page(self) -> None:
        """Below the map, the map's box is as tall as the map, so only the page scrolls
        (when the pane is short); beside it, the map scrolls in its own column."""
        inner = self.scroll_area
        if self.stacked():
            inner.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            inner.setMinimumHeight(self.map.height() + 2)
        else:
            inner.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            inner.setMinimumHeight(0)

    def _size_outlets(self, height: int) -> None:
        """Below the map, the figures take the room their outlets need and no more
        (the page scrolls to them on a short pane); beside it, the whole height."""
        if not self.stacked():
            self.outlets.setMaximumHeight(16777215)
            self.outlets.setMinimumHeight(0)
            return
        rows = max(3, self.outlets.topLevelItemCount())
        row = self.outlets.sizeHintForRow(0) if self.outlets.topLevelItemCount() else 0
        row = row or self.outlets.fontMetrics().height() + 4
        frame = 2 * self.outlets.frameWidth()
        wanted = self.outlets.header().sizeHint().height() + rows * row + frame
        self.outlets.setMaximumHeight(wanted)
        self.outlets.setMinimumHeight(min(wanted, max(120, height // 3)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.map and event.type() == QEvent.Type.Resize:
            self._one_page()
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._fit_map()
        return super().eventFilter(watched, event)

    def _fit_map(self) -> None:
        # Room for a vertical scroll bar is always left, so fitting never flip-flops.
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        room = self.scroll_area.size() - QSize(bar + 2, 2)
        seen = room.height()
        if self.stacked():
            # The map's box follows the map there: the room is the pane's, less the
            # figures and buttons below, so a map grown on a tall pane shrinks back.
            below = self.outlets.maximumHeight() + 30
            seen = self.page.viewport().height() - 2
            room.setHeight(max(0, self.page.viewport().height() - below))
        self.map.fit_into(room, max(1, seen))

    def set_summary(self, summary: ConsensusSummary | None) -> None:
        self.summary = summary
        self._stale = True
        self._ready = None
        self._runner.cancel()
        if summary is None or (self.isVisible() and self._compute_seconds < SYNC_COVERAGE_SECONDS):
            self._refresh()  # nothing to compute, or as quick as drawing it
        else:
            # A large story's matrix costs the GUI thread a noticeable moment: it is
            # computed on a worker as soon as the summary changes, so showing the tab
            # (or moving a control while it is shown) mostly only draws. A map shown
            # stays until the new one is ready.
            self._runner.start(lambda _p, _c: (summary, coverage(summary)))

    def _on_computed(self, result: tuple[ConsensusSummary, CoverageMatrix]) -> None:
        if result[0] is not self.summary:
            return
        self._ready = result
        if self.isVisible():
            self._refresh()
        elif not self._warmed:
            # The first drawing creates Qt's enum types and shapes the font: done now,
            # while the reader is elsewhere, rather than when the tab is first opened.
            self._warmed = True
            QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        if self._ready is not None:
            # One row is enough to create them; the whole map would be a stall of its own.
            matrix = replace(self._ready[1], rows=self._ready[1].rows[:1])
            image = QImage(QSize(64, 64), QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            paint_coverage(painter, matrix, self.palette(), self.font())
            painter.end()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._refresh()  # the worker's matrix if it is ready, else computed now
        super().showEvent(event)

    def _matrix_for(self, summary: ConsensusSummary) -> CoverageMatrix:
        if self._ready is not None and self._ready[0] is summary:
            return self._ready[1]
        self._runner.cancel()
        started = time.perf_counter()
        matrix = coverage(summary)
        self._compute_seconds = time.perf_counter() - started
        return matrix

    def _refresh(self) -> None:
        self._stale = False
        self._found = None  # of the map and figures shown before
        summary = self.summary
        self.matrix = self._matrix_for(summary) if summary is not None else None
        # drawn (and saved) with an outlet named after its file marked, as every pane marks it
        self.map.set_matrix(
            marked_coverage(self.matrix, summary.analysis)
            if self.matrix is not None and summary is not None
            else None
        )
        for button in (self.save_png, self.save_svg):
            button.setEnabled(self.matrix is not None and bool(self.matrix.rows))
        self._fit_note()
        self._fill_outlets()

    def _fill_outlets(self) -> None:
        self.outlets.clear()
        if self.matrix is None or self.summary is None:
            return
        analysis = self.summary.analysis
        tops: list[QTreeWidgetItem] = []
        spanned: list[QTreeWidgetItem] = []
        muted = muted_text(self.palette())
        in_summary = summary_rows_of_one(self.matrix)
        file_named = file_named_outlets(analysis)
        for column, stats in enumerate(self.matrix.outlets):
            share = f"{round(stats.share * 100)}% ({stats.corroborated} of {stats.sentences})"
            # The summary's rows that only this outlet fills in the map count too: a map
            # showing two rows of its alone beside "Only it reports 0" broke its word.
            mine = in_summary.get(column, [])
            besides = max(stats.single_source_total, len(stats.single_source))
            only = besides + len(mine)
            outlet = marked_outlet(stats.outlet, file_named)
            top = QTreeWidgetItem([outlet, share, str(stats.disputed), str(only)])
            tops.append(top)
            for number, sid in mine:
                child = QTreeWidgetItem(top, [f"{number}. {analysis.sentences[sid].text}"])
                child.setData(0, SentenceRole, sid)
                child.setToolTip(0, "In the summary, backed by this outlet alone: unverified")
                spanned.append(child)
            for sid in stats.single_source:
                child = QTreeWidgetItem(top, [analysis.sentences[sid].text])
                child.setData(0, SentenceRole, sid)
                child.setToolTip(0, "Only this outlet reports it: unverified")
                spanned.append(child)
            unlisted = besides - len(stats.single_source)
            if unlisted:
                # Counted, not listed: the surest few are above (and in the map).
                more = QTreeWidgetItem(top, [f"…and {unlisted} more, not listed"])
                more.setForeground(0, muted)
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                spanned.append(more)
        # All at once, then spanned: an item spanned as soon as it is added lays the
        # whole tree out again each time, seconds for hundreds of outlets.
        self.outlets.addTopLevelItems(tops)
        for item in spanned:
            item.setFirstColumnSpanned(True)
        self._size_outlets(self.height())

    def _row_texts(self, matrix: CoverageMatrix) -> list[list[tuple[int, int, str]]]:
        """Each claim's sentences as Find compares them, (column, sentence id, text): the
        claim itself (column -1), then every sentence of each outlet that states it (the
        map's cell shows the first) or gives another specific for it, by its column."""
        if self._searched is None or self._searched[0] is not matrix:
            assert self.summary is not None
            analysis = self.summary.analysis
            column_of = {group.id: column for column, group in enumerate(analysis.groups)}
            texts = []
            for row in matrix.rows:
                claim = analysis.claim(row.sentence)
                said = [
                    (column_of[side.group], sid)
                    for side in (*claim.statements, *claim.disputes)
                    for sid in side.sentences
                ]
                texts.append(
                    [(-1, row.sentence, searched_as(row.text))]
                    + [(c, sid, searched_as(analysis.sentences[sid].text)) for c, sid in said]
                )
            self._searched = (matrix, texts)
        return self._searched[1]

    def find_next(self, text: str, backwards: bool = False, here: bool = False) -> Found:
        """Find in the map's claims, each with every outlet's sentence of it (not only the
        words the map has room to show), then in the outlets' figures. A claim found
        becomes the current cell (the outlet's whose sentence holds the match; the
        claim's label for its own text), tinted and ringed, and its sentence is shown in
        its article; ``here``, as one types: the match in hand stays while it matches."""
        matrix = self.map.matrix
        needle = searched_as(text)
        places: list[int | QTreeWidgetItem] = []
        #: per row found, the column and the sentence holding the match
        holding: dict[int, tuple[int, int]] = {}
        if matrix is not None and self.summary is not None and needle:
            for row, texts in enumerate(self._row_texts(matrix)):
                hit = next(((c, sid) for c, sid, said in texts if needle in said), None)
                if hit is not None:
                    places.append(row)
                    holding[row] = hit
        every = list(tree_items(self.outlets)) if needle else []
        places += [
            item for item in every
            if any(needle in searched_as(item.text(c)) for c in range(self.outlets.columnCount()))
        ]  # fmt: skip
        if not places:
            self._found = None
            self.map.forget_found()
            return 0, 0
        # In the order shown: the map's rows, then the figures' rows.
        order: list[int | QTreeWidgetItem] = list(range(len(matrix.rows) if matrix else 0))
        order += every
        if backwards:
            order.reverse()
        start = order.index(self._found) + (0 if here else 1) if self._found in order else 0
        found = next(place for place in order[start:] + order[:start] if place in places)
        self._found = found
        if isinstance(found, int):
            column, sentence = holding[found]
            self.map.show_found(found, column)
            self.sentence_found.emit(sentence)
        else:
            self.map.forget_found()
            self.outlets.setCurrentItem(found)
            self.outlets.scrollToItem(found)
            self.page.ensureWidgetVisible(self.outlets)
        return places.index(found) + 1, len(places)

    def forget_found(self) -> None:
        """Find closed: the claim it found is no longer marked."""
        self._found = None
        self.map.forget_found()

    def _on_outlet_item(self, item: QTreeWidgetItem, _column: int) -> None:
        sid = item.data(0, SentenceRole)
        if sid is not None:
            self.sentence_selected.emit(int(sid))

    def export(self, path: Path) -> Path:
        """Write the map to ``path`` as PNG or SVG, by its suffix (PNG unless ``.svg``)."""
        if self.matrix is None:
            raise ValueError("no coverage map to export")
        palette = QApplication.style().standardPalette()  # light: suits documents
        write = render_svg if Path(path).suffix.lower() == ".svg" else render_png
        shown = self.map.matrix or self.matrix  # the map as drawn: its outlets marked
        write(shown, Path(path), palette, self.map.document_font())
        return Path(path)

    def _save(self, kind: str) -> None:
        summary = self.summary
        if summary is None:
            return
        name = story_name(summary)  # as the window and the report name it
        proposed = Path(suggested_filename(name, f"{COVERAGE_IMAGE_END}.{kind}"))
        if self.start_folder is not None:
            proposed = self.start_folder() / proposed
        filters = "PNG image (*.png)" if kind == "png" else "SVG image (*.svg)"
        saved = save_with_dialog(
            self,
            SaveWords("Save Coverage Map", "coverage map", "Not saved", "Save failed"),
            proposed,
            filters,
            lambda name, _type: (with_extension(name, f".{kind}"), None),
            lambda path, _none: self._write(path, summary),
            summary.analysis.files_read,
        )
        if saved is not None:
            self.exported.emit(saved[0])

    def _write(self, path: Path, summary: ConsensusSummary) -> None:
        """The map of ``summary``, the story it was asked for (another may be read meanwhile)."""
        if summary is not self.summary:
            raise OSError("the story changed while the name was chosen")
        if self._stale:
            self._refresh()
        self.export(path)

    def export_beside(self, markdown: Path, text: str) -> Path | None:
        """Write ``<name>-coverage.png`` beside an exported report and reference it there.

        ``text`` is the report as exported; it is rewritten with a "Coverage map"
        section. On failure the plain report stays and the reason is shown.
        """
        if self._stale:
            self._refresh()
        if self.matrix is None or not self.matrix.rows:
            return None
        image = markdown.with_name(f"{markdown.stem}{COVERAGE_IMAGE_END}.png")
        if image.exists() and not ask_to_replace(
            self,
            "Replace coverage map?",
            f"{image.name} already exists beside the report. Replace it?",
        ):
            return None  # the report stays as exported, without the map
        if self.summary is not None and one_of(image, self.summary.analysis.files_read):
            plain_message(self, QMessageBox.Icon.Warning, "Coverage map not saved",
                          refusal_text(image))  # fmt: skip
            return None
        try:
            self.export(image)
        except OSError as error:
            plain_message(
                self, QMessageBox.Icon.Critical, "Coverage map not saved",
                f"{write_failure(image, error)}.\nThe report was saved without it.",
            )  # fmt: skip
            return None
        try:
            write_atomically(markdown, markdown_with_map(text, image.name), overwrite=True)
        except OSError as error:
            plain_message(
                self, QMessageBox.Icon.Critical, "Coverage map not linked",
                f"The coverage map was saved as {image}, but the report could not be "
                f"rewritten to show it. Could not write {markdown}: {reason(error)}.",
            )  # fmt: skip
            return None
        return image


def add_export_option(window: QMainWindow, export: QAction) -> QAction:
    """A checkable "include coverage map" entry placed just below the export command."""
    option = QAction("Include &Coverage Map in Export", window)
    option.setCheckable(True)
    option.setStatusTip("Also save the coverage map as a PNG beside the Markdown and show it there")
    menus = [m for m in export.associatedObjects() if isinstance(m, QWidget)]
    for menu in menus[:1]:
        entries = menu.actions()
        at = entries.index(export) + 1
        if at < len(entries):
            menu.insertAction(entries[at], option)
        else:
            menu.addAction(option)
    return option
