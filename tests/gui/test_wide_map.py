"""A coverage map of hundreds of outlets: drawn a screenful at a time, clicked where seen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from corroborate.engine.models import (
    CONTRADICTS,
    REPORTS,
    CoverageCell,
    CoverageColumn,
    CoverageMatrix,
    CoverageRow,
    OutletStats,
)
from corroborate.gui.coverage_paint import Layout, layout_for, paint_coverage

STATES = (REPORTS, "", CONTRADICTS, "", REPORTS)


def _wide_matrix(outlets: int, claims: int) -> CoverageMatrix:
    columns = tuple(
        CoverageColumn(i, f"Lantern Courier {i}", (f"c{i}.txt",)) for i in range(outlets)
    )
    rows = tuple(
        CoverageRow(
            r,
            f"The ferry to Quillmoor ran {r} extra crossings, its operator said.",
            r >= claims - 2,
            tuple(CoverageCell(STATES[(r + c) % len(STATES)], None) for c in range(outlets)),
        )
        for r in range(claims)
    )
    stats = tuple(OutletStats(i, f"Lantern Courier {i}", 10, i % 10, 0, ()) for i in range(outlets))
    return CoverageMatrix(columns, rows, stats)


def _painted(matrix: CoverageMatrix, font: QFont, visible: QRectF | None) -> QImage:
    layout = layout_for(matrix, font)
    image = QImage(layout.size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    palette = QApplication.style().standardPalette()
    paint_coverage(painter, matrix, palette, font, None, layout.label, visible, layout)
    painter.end()
    return image


def test_a_map_drawn_only_where_it_is_seen_looks_there_as_the_whole_map_does(qtbot: Any) -> None:
    matrix, font = _wide_matrix(200, 8), QFont(QApplication.font())
    layout = layout_for(matrix, font)
    seen = QRectF(layout.cell_rect(2, 40).topLeft() - QPointF(30, 30), QSize(300, 120).toSizeF())
    whole, part = _painted(matrix, font, None), _painted(matrix, font, seen)
    inside = seen.toAlignedRect().adjusted(2, 2, -2, -2)
    assert whole.copy(inside) == part.copy(inside)
    far = layout.cell_rect(1, 190).center().toPoint()
    assert whole.pixel(far) != 0 and part.pixel(far) == 0, "a cell out of sight is not drawn"


def test_every_cell_and_label_of_a_wide_map_is_found_under_the_pointer() -> None:
    layout = Layout(header=150.0, rows=9, split=6, columns=320)
    for row in range(layout.rows):
        assert layout.hit(layout.label_rect(row).center()) == (row, -1)
        for column in (0, 1, 157, 318, 319):
            assert layout.hit(layout.cell_rect(row, column).center()) == (row, column)
    below = QPointF(layout.cell_rect(0, 3).center().x(), layout.grid_bottom + 40)
    assert layout.hit(below) is None


def test_the_figures_list_each_outlets_own_sentences_across_the_whole_width(qtbot: Any) -> None:
    from corroborate.engine import analyze, summarize
    from corroborate.gui.coverage_view import CoverageView
    from corroborate.resources import sample_story

    view = CoverageView()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    view.set_summary(summarize(analyze(sample_story())))
    qtbot.waitUntil(lambda: view.outlets.topLevelItemCount() > 0)
    tree = view.outlets
    children = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())]  # fmt: skip
    assert children and all(child.isFirstColumnSpanned() for child in children)


def test_a_map_given_a_new_matrix_is_laid_out_for_the_new_one(qtbot: Any) -> None:
    from corroborate.gui.coverage_view import CoverageMap

    widget = CoverageMap()
    qtbot.addWidget(widget)
    for claims in (3, 9, 4):
        widget.set_matrix(_wide_matrix(5, claims))
        layout = widget.map_layout()
        assert layout is not None and layout.rows == claims
        widget.set_matrix(None)
        assert widget.map_layout() is None
