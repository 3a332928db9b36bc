"""Drawing the coverage map: one routine for the screen, PNG and SVG alike.

The engine supplies the matrix (:func:`corroborate.engine.coverage`);
this module lays it out and paints it with any QPainter, so what is exported
is exactly what the app shows. A filled cell means the source reports the
claim, a crossed cell that it contradicts it, an empty one that it is silent (and,
in a folder of several stories, a short dash with no box that the outlet tells only
another story): they differ in shape, not only in colour.
"""

from __future__ import annotations

import errno
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator

from corroborate.atomic import replace_atomically
from corroborate.engine.models import (
    CONTRADICTS,
    COVERAGE_IMAGE_MARK,
    REPORTS,
    CoverageMatrix,
)

from .evidence import FILE_NAME_MARK, OTHER_STORY
from .theme import blend, muted_text, support_fill

CELL = 22.0
GAP = 3.0
PAD = 12.0
LABEL_WIDTH = 420.0
MAX_HEADER = 190.0
#: The smallest an outlet's name is drawn over its column, in times the map's text: a name
#: a short band would cut is drawn smaller, down to this, so that it stays whole
NAME_SMALLEST = 0.8
SINGLE_CAPTION = "Reported by one outlet (unverified)"
KEY_TITLE = "Which outlet reports which claim"
KEY_CELL = CELL * 0.8
KEY_SPACING = 5.0
LEGEND = (("reports it", REPORTS), ("contradicts it", CONTRADICTS), ("does not mention it", ""))
#: the key's last entry, on a map of a folder of several stories (:data:`OTHER_STORY`)
OTHER_STORY_KEY = ("tells only another story", OTHER_STORY)


def legend_of(matrix: CoverageMatrix) -> tuple[tuple[str, str], ...]:
    """The key's entries: :data:`LEGEND`, and where a cell of the map is of an outlet that
    tells only another story, :data:`OTHER_STORY_KEY` too."""
    if any(cell.state == OTHER_STORY for row in matrix.rows for cell in row.cells):
        return (*LEGEND, OTHER_STORY_KEY)
    return LEGEND


@dataclass(frozen=True)
class Layout:
    """Where everything goes; rows after the summary are pushed down by a caption line."""

    header: float
    rows: int
    split: int  # index of the first single-source row
    columns: int
    #: width of the claims' labels; the app widens it to use a wide pane
    label: float = LABEL_WIDTH
    #: the key's entries (:func:`legend_of`)
    legend: tuple[tuple[str, str], ...] = LEGEND

    def row_top(self, row: int) -> float:
        caption = CELL + GAP if row >= self.split else 0.0
        return PAD + self.header + row * (CELL + GAP) + caption

    def cell_rect(self, row: int, column: int) -> QRectF:
        return QRectF(PAD + self.label + column * (CELL + GAP), self.row_top(row), CELL, CELL)

    def label_rect(self, row: int) -> QRectF:
        return QRectF(PAD, self.row_top(row), self.label - 10, CELL)

    @property
    def grid_bottom(self) -> float:
        return self.row_top(self.rows) if self.rows else PAD + self.header

    @property
    def size(self) -> QSize:
        # a margin of PAD each side and no more: the names stand upright over their
        # columns, so a wider right margin was room the claims' text did without
        width = PAD * 2 + self.label + max(1, self.columns) * (CELL + GAP)
        height = self.grid_bottom + GAP + CELL + PAD
        return QSize(int(width + 0.5), int(height + 0.5))

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        """(row, column) under ``point``; column -1 for the row's label."""
        rows = self.rows_between(point.y() - 1, point.y() + 1)
        columns = self.columns_between(point.x() - 1, point.x() + 1)
        for row in rows:
            if self.label_rect(row).contains(point):
                return row, -1
            for column in columns:
                if self.cell_rect(row, column).adjusted(-1, -1, 1, 1).contains(point):
                    return row, column
        return None

    def rows_between(self, top: float, bottom: float) -> range:
        """The rows that may reach into the band from ``top`` to ``bottom`` (a row more
        each side: the caption line before the single-source rows shifts them)."""
        pitch = CELL + GAP
        first = math.floor((top - PAD - self.header - pitch) / pitch) - 1
        last = math.ceil((bottom - PAD - self.header) / pitch) + 1
        return range(max(0, first), min(self.rows, max(0, last)))

    def columns_between(self, left: float, right: float) -> range:
        """The columns that may reach into the band from ``left`` to ``right``."""
        pitch = CELL + GAP
        first = math.floor((left - PAD - self.label - GAP) / pitch)
        last = math.ceil((right - PAD - self.label + GAP) / pitch) + 1
        return range(max(0, first), min(self.columns, max(0, last)))


def key_height(metrics: QFontMetricsF, entries: int = len(LEGEND)) -> float:
    """Height of the key (a title and the legend's ``entries``) drawn in the corner above
    the claims."""
    return metrics.height() + KEY_SPACING + entries * (KEY_CELL + KEY_SPACING)


def compact_header(metrics: QFontMetricsF) -> float:
    """The shortest the names' band above the cells gets on a short pane: room for the
    key on one line and the first letters of each outlet's name."""
    return max(KEY_CELL + 12, 3 * metrics.height() + 10)


def layout_for(
    matrix: CoverageMatrix, font: QFont, label: float = LABEL_WIDTH, header_cap: float = 0.0
) -> Layout:
    """The map's layout; ``header_cap`` (when above 0) is the most the band of names and
    key above the cells may take, so that on a short pane (a small screen at a large
    text size) cells show below it without a scroll: the key then stands on one line
    and a name too long for the band is drawn smaller, then cut with an ellipsis
    (:func:`fitted_name`; whole in the outlets' figures)."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(c.outlet) for c in matrix.columns), default=0.0)
    split = sum(not row.single_source for row in matrix.rows)
    # The outlets' names stand upright above their columns; the key fills the corner
    # beside them, above the claims, which would otherwise be left empty.
    legend = legend_of(matrix)
    header = max(min(MAX_HEADER, widest) + 10, key_height(metrics, len(legend)) + 6)
    if header_cap > 0.0:
        header = min(header, max(header_cap, compact_header(metrics)))
    return Layout(header, len(matrix.rows), split, len(matrix.columns), label, legend)


def empty_cell_edge(palette: QPalette) -> QColor:
    """The outline of a cell whose outlet does not mention the claim."""
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, palette.color(QPalette.ColorRole.Text), 0.5)


@dataclass(frozen=True)
class _Inks:
    """The colours of the cells, worked out once a drawing rather than once a cell."""

    text: QColor
    fill: QColor
    crossed: QColor
    edge: QColor

    @staticmethod
    def of(palette: QPalette) -> _Inks:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        return _Inks(text, support_fill(palette, 0.8), blend(base, text, 0.08),
                     empty_cell_edge(palette))  # fmt: skip


def _cell(painter: QPainter, rect: QRectF, state: str, inks: _Inks) -> None:
    text = inks.text
    if state == REPORTS:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(inks.fill)
        painter.drawRoundedRect(rect, 4, 4)
    elif state == OTHER_STORY:
        # No box: the outlet was never asked of this claim. A short dash says "not here".
        pen = QPen(inks.edge, 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        middle = rect.center()
        painter.drawLine(
            QPointF(middle.x() - rect.width() / 5, middle.y()),
            QPointF(middle.x() + rect.width() / 5, middle.y()),
        )
    elif state == CONTRADICTS:
        painter.setPen(QPen(text, 1.4))
        painter.setBrush(inks.crossed)
        painter.drawRoundedRect(rect.adjusted(0.7, 0.7, -0.7, -0.7), 4, 4)
        inner = rect.adjusted(6, 6, -6, -6)
        cross = QPen(text, 2.0)
        cross.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(cross)
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())
    else:
        # An outline that stands out from the base (3:1, light or dark), so a silent
        # outlet's cell is read as a cell and not as a gap in the map. One whole pixel
        # wide at any scale: a thin line drawn between pixels (a map shrunk to fit a
        # narrow pane) would be smeared over two, each too faint to be seen.
        scale = painter.transform().m11()
        edges = painter.transform().mapRect(rect)
        left, top = round(edges.left()), round(edges.top())
        snapped = QRectF(
            left + 0.5,
            top + 0.5,
            round(edges.right()) - left - 1,
            round(edges.bottom()) - top - 1,
        )
        pen = QPen(inks.edge, 1.0)
        pen.setCosmetic(True)
        painter.save()
        painter.resetTransform()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(snapped, 4 * scale, 4 * scale)
        painter.restore()


def paint_coverage(
    painter: QPainter,
    matrix: CoverageMatrix,
    palette: QPalette,
    font: QFont,
    current: tuple[int, int] | None = None,
    label: float = LABEL_WIDTH,
    visible: QRectF | None = None,
    layout: Layout | None = None,
) -> None:
    """Paint the map at the painter's origin (size: ``layout_for(...).size``): the whole
    of it, or (on screen) only the cells, names and labels that reach into ``visible``,
    in the map's own units: a map of hundreds of outlets is drawn a screenful at a time."""
    layout = layout or layout_for(matrix, font, label)
    size = layout.size.toSizeF()
    area = visible if visible is not None else QRectF(QPointF(0, 0), size)
    rows = layout.rows_between(area.top(), area.bottom())
    columns = layout.columns_between(area.left(), area.right())
    inks = _Inks.of(palette)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Names and claims left to right, as the window's English: an outlet named in Arabic
    # or Hebrew is not drawn after its "(file name)" mark.
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    text, muted = palette.color(QPalette.ColorRole.Text), muted_text(palette)
    base = palette.color(QPalette.ColorRole.Base)
    painter.fillRect(QRectF(QPointF(0, 0), size).intersected(area), base)
    _key(painter, layout, inks, metrics)
    for column in columns:
        outlet = matrix.columns[column]
        x = layout.cell_rect(0, column).center().x() + metrics.ascent() / 2 - 2
        painter.save()
        painter.translate(x, PAD + layout.header - 6)
        painter.rotate(-90)
        painter.setPen(text)
        name, smaller = fitted_name(outlet.outlet, font, min(MAX_HEADER, layout.header - 10))
        painter.setFont(smaller)
        painter.drawText(QPointF(0, 0), name)
        painter.restore()
    if layout.split < layout.rows:
        caption = QRectF(PAD, layout.row_top(layout.split) - CELL - GAP, layout.label, CELL)
        painter.setPen(muted)
        painter.drawText(caption, Qt.AlignmentFlag.AlignVCenter, SINGLE_CAPTION)
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    for row_index in rows:
        row = matrix.rows[row_index]
        number = f"{row_index + 1}." if not row.single_source else "•"
        line = metrics.elidedText(
            f"{number} {row.text}", Qt.TextElideMode.ElideRight, layout.label - 14
        )
        painter.setPen(muted if row.single_source else text)
        painter.drawText(layout.label_rect(row_index), flags, line)
        for column in columns:
            _cell(painter, layout.cell_rect(row_index, column), row.cells[column].state, inks)
    paint_current(painter, layout, palette, current)
    _footer(painter, matrix, layout, palette, columns)


def fitted_name(name: str, font: QFont, room: float) -> tuple[str, QFont]:
    """``name`` as it is drawn upright over its column in a band ``room`` long, and the
    font it is drawn in: whole in ``font`` where it fits; else whole in a smaller font
    where one down to :data:`NAME_SMALLEST` times ``font`` holds it (a short band, a small
    screen at large text, would otherwise cut "The Fennick Cou…"); else cut with an
    ellipsis at that smallest size, a file's name standing in cut in its middle (the name
    is whole in the cell's tooltip)."""
    wide = QFontMetricsF(font).horizontalAdvance(name)
    if wide <= room:
        return name, font
    # Text does not narrow in proportion to its size (glyphs snap to whole pixels): from
    # the size the proportion gives, a step smaller at a time.
    ratio = room / wide
    while True:
        ratio = max(NAME_SMALLEST, ratio)
        smaller = QFont(font)
        if font.pointSizeF() > 0:
            smaller.setPointSizeF(font.pointSizeF() * ratio)
        else:
            smaller.setPixelSize(max(1, int(font.pixelSize() * ratio)))
        metrics = QFontMetricsF(smaller)
        if metrics.horizontalAdvance(name) <= room:
            return name, smaller
        if ratio <= NAME_SMALLEST:
            return _cut(name, metrics, room), smaller
        ratio -= 0.02


def _cut(name: str, metrics: QFontMetricsF, room: float) -> str:
    """``name`` cut to ``room``: an outlet's name at its end ("The Fennick Cou…"); a long
    file's name standing in for one in its middle, keeping its start, its end and its
    whole " (file name)" mark ("001_4a…0069 (file name)")."""
    if name.endswith(FILE_NAME_MARK):
        bare = name[: -len(FILE_NAME_MARK)]
        left = room - metrics.horizontalAdvance(FILE_NAME_MARK)
        if left >= metrics.horizontalAdvance("0…0"):
            return metrics.elidedText(bare, Qt.TextElideMode.ElideMiddle, left) + FILE_NAME_MARK
        return metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)


def paint_current(
    painter: QPainter, layout: Layout, palette: QPalette, current: tuple[int, int] | None
) -> None:
    """The ring around the current cell (or a row's label, column -1)."""
    if current is not None and 0 <= current[0] < layout.rows:
        row_index, column = current
        rect = layout.label_rect(row_index) if column < 0 else layout.cell_rect(row_index, column)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)
        painter.restore()


def paint_found(painter: QPainter, layout: Layout, palette: QPalette, row: int | None) -> None:
    """The row Find found, tinted and ringed across the map (its label and every cell),
    so that the eye finds it among the others."""
    if row is None or not 0 <= row < layout.rows or not layout.columns:
        return
    label, last = layout.label_rect(row), layout.cell_rect(row, layout.columns - 1)
    band = QRectF(label.topLeft(), last.bottomRight()).adjusted(-4, -3, 4, 3)
    colour = palette.color(QPalette.ColorRole.Highlight)
    tint = QColor(colour)
    tint.setAlpha(40)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(tint)
    painter.drawRoundedRect(band, 6, 6)
    painter.restore()


FOOTER_CAPTION = "share of its sentences others back"


def footer_labels(shares: list[float], font: QFont) -> tuple[str, list[str], QFont]:
    """The footer's caption, each column's figure and the font they are drawn in, such
    that no figure runs into its neighbour's: "47%" while they fit the columns' pitch,
    else the numbers alone (the caption then says "%"), in a smaller font if need be."""
    small = QFont(font)
    small.setPointSizeF(max(6.0, small.pointSizeF() * 0.78))
    pitch = CELL + GAP - 2
    texts = [f"{round(share * 100)}%" for share in shares]
    caption = FOOTER_CAPTION

    def widest() -> float:
        metrics = QFontMetricsF(small)
        return max((metrics.horizontalAdvance(t) for t in texts), default=0.0)

    if widest() > pitch:
        texts = [t.rstrip("%") for t in texts]
        caption = f"{FOOTER_CAPTION}, %"
    if widest() > pitch:
        small.setPointSizeF(max(5.0, small.pointSizeF() * pitch / widest()))
    return caption, texts, small


def _footer(
    painter: QPainter,
    matrix: CoverageMatrix,
    layout: Layout,
    palette: QPalette,
    columns: range,
) -> None:
    """Under each column its corroborated share."""
    y = layout.grid_bottom + GAP
    caption, texts, small = footer_labels([s.share for s in matrix.outlets], painter.font())
    painter.setPen(muted_text(palette))
    painter.drawText(
        QRectF(PAD, y, layout.label - 10, CELL),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
        caption,
    )
    painter.save()
    painter.setFont(small)
    for column in columns:
        text = texts[column]
        rect = layout.cell_rect(0, column)
        box = QRectF(rect.left() - GAP, y, CELL + 2 * GAP, CELL)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def key_top(layout: Layout, metrics: QFontMetricsF) -> float:
    """Where the key (a title and the legend, one entry a line) begins: at the top of the
    corner above the claims, level with the tops of the outlets' names beside it. (At its
    foot, the long names of a story's outlets, making the band taller than the key, left
    a blank the height of two lines above it, as if the map began lower than its names.)"""
    whole = layout.header >= key_height(metrics, len(layout.legend)) + 6
    return PAD if whole else PAD + layout.header - 6 - KEY_CELL


def _key(painter: QPainter, layout: Layout, inks: _Inks, metrics: QFontMetricsF) -> None:
    """A title and the legend, one entry a line, at the top of the corner above the claims;
    in a band too short for that, the legend alone, its entries side by side."""
    text = inks.text
    width = layout.label - 10
    if layout.header < key_height(metrics, len(layout.legend)) + 6:
        _key_on_one_line(painter, layout, inks, metrics)
        return
    y = key_top(layout, metrics)
    painter.save()
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(text)
    title = QFontMetricsF(bold).elidedText(KEY_TITLE, Qt.TextElideMode.ElideRight, width)
    painter.drawText(QRectF(PAD, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, title)
    painter.restore()
    y += metrics.height() + KEY_SPACING
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    for caption, state in layout.legend:
        _cell(painter, QRectF(PAD + 1, y, KEY_CELL, KEY_CELL), state, inks)
        painter.setPen(text)
        box = QRectF(PAD + KEY_CELL + 8, y - 2, width - KEY_CELL - 8, KEY_CELL + 4)
        painter.drawText(box, flags, caption)
        y += KEY_CELL + KEY_SPACING


def key_lines(
    legend: tuple[tuple[str, str], ...], metrics: QFontMetricsF, room: float
) -> list[list[tuple[str, str, float]]]:
    """The legend's entries (caption, state, the caption's width) as the short band sets
    them side by side: on one line while they fit ``room`` (the corner beside the outlets'
    names), an entry that would run into the names (the fourth, "tells only another story",
    on a narrow pane at large text) starting a line below."""
    lines: list[list[tuple[str, str, float]]] = [[]]
    x = 0.0
    for caption, state in legend:
        advance = metrics.horizontalAdvance(caption)
        if lines[-1] and x + KEY_CELL + 6 + advance > room:
            lines.append([])
            x = 0.0
        lines[-1].append((caption, state, advance))
        x += KEY_CELL + 6 + advance + 16
    return lines


def _key_on_one_line(
    painter: QPainter, layout: Layout, inks: _Inks, metrics: QFontMetricsF
) -> None:
    """The legend's entries side by side at the foot of the corner above the claims (on
    two lines where one would run into the outlets' names: :func:`key_lines`)."""
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    lines = key_lines(layout.legend, metrics, layout.label - 11)
    foot = PAD + layout.header - 6 - KEY_CELL
    for number, line in enumerate(lines):
        # the last line at the foot, as a key of one line stands; those before it above
        y = foot - (len(lines) - 1 - number) * (KEY_CELL + KEY_SPACING)
        x = PAD + 1
        for caption, state, advance in line:
            _cell(painter, QRectF(x, y, KEY_CELL, KEY_CELL), state, inks)
            painter.setPen(inks.text)
            box = QRectF(x + KEY_CELL + 6, y - 2, advance + 2, KEY_CELL + 4)
            painter.drawText(box, flags, caption)
            x += KEY_CELL + 6 + advance + 16


#: what a saved map shows, said in its file after :data:`COVERAGE_IMAGE_MARK`
_DESCRIPTION = "which outlet reports which claim"


def render_png(matrix: CoverageMatrix, path: Path, palette: QPalette, font: QFont) -> None:
    """Write the map as a PNG at twice the screen size, replacing ``path`` in one step."""
    size = layout_for(matrix, font).size
    image = QImage(size * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    paint_coverage(painter, matrix, palette, font)
    painter.end()
    # the mark alone: Qt compresses a text over 40 characters, and discovery reads it plain
    image.setText("Software", COVERAGE_IMAGE_MARK)
    # PySide6's stub types the format as bytes, but the binding accepts only str.
    _save(path, lambda tmp: image.save(str(tmp), "PNG"))  # type: ignore[call-overload]


def render_svg(matrix: CoverageMatrix, path: Path, palette: QPalette, font: QFont) -> None:
    """Write the map as SVG (vector, text kept as text), replacing ``path`` in one step."""
    size = layout_for(matrix, font).size

    def write(tmp: Path) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle("Coverage map")
        generator.setDescription(f"{COVERAGE_IMAGE_MARK}: {_DESCRIPTION}")
        painter = QPainter(generator)
        paint_coverage(painter, matrix, palette, font)
        return painter.end()

    _save(path, write)


def _save(path: Path, write: Callable[[Path], bool]) -> None:
    """Write through the one atomic writer (:func:`corroborate.atomic.replace_atomically`):
    a failed export leaves no half file, and a map replaced keeps its permissions, as a
    report does. The caller has asked before replacing a file."""

    def fill(temporary: Path) -> None:
        # Qt's writers only say "failed": name the file asked for.
        if not write(temporary) or not temporary.is_file():
            raise OSError(errno.EIO, "the image could not be written", str(path))

    replace_atomically(Path(path), fill, overwrite=True)


def markdown_with_map(text: str, image_name: str) -> str:
    """The report with a "Coverage map" section referencing ``image_name``, before the articles."""
    # Percent-encoded: a space or a parenthesis in the name would end the link.
    section = f"## Coverage map\n\n![Coverage map]({quote(image_name)})\n\n"
    at = text.find("\n## Articles\n")
    if at < 0:
        return text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    return text[: at + 1] + section + text[at + 1 :]
