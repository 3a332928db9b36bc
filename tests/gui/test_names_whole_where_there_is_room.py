"""Outlets' names and claims shown whole where the window has the room: on a small
window the Articles list shortens its number headings before it cuts a name, and at a
larger text size the coverage map's claims reach to its edge rather than stop short of
an empty margin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTreeWidgetItem

from corroborate.gui.coverage_paint import GAP, PAD

from .helpers import wait_settled, window_showing


def _rows(tree: Any) -> list[tuple[int, QTreeWidgetItem]]:
    """Every row of the list with its depth (1: an article, 2: a copy under it)."""
    rows: list[tuple[int, QTreeWidgetItem]] = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append((1, top))
        rows.extend((2, top.child(j)) for j in range(top.childCount()))
    return rows


def test_on_a_900_by_600_window_the_articles_list_shows_every_outlets_name_whole(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 600)
    window.reset_split()
    window.tabs.setCurrentWidget(window.sources_view)
    wait_settled(qtbot, window)
    tree = window.sources_view.tree
    box = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, tree)
    rows = _rows(tree)
    assert any(depth == 2 for depth, _ in rows)  # the sample's copy, listed under its original
    for depth, row in rows:
        name = QFontMetrics(row.font(0)).horizontalAdvance(row.text(0))
        needed = name + box + tree.indentation() * depth
        assert tree.columnWidth(0) >= needed, (row.text(0), tree.columnWidth(0), needed)
    # the number headings gave way (short, their full names on the tooltip), and the
    # headlines keep at least as much room as the names
    heading = tree.headerItem()
    assert (heading.text(2), heading.text(3)) == ("Sent.", "Backed")
    assert tree.columnWidth(1) >= tree.columnWidth(0)
    assert sum(tree.columnWidth(column) for column in range(4)) <= tree.viewport().width()


def test_at_a_150_percent_text_size_the_coverage_maps_claims_reach_its_right_margin(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.set_text_scale(150)
    window.tabs.setCurrentWidget(window.coverage_view)
    wait_settled(qtbot, window, timeout=20_000)
    view = window.coverage_view
    qtbot.waitUntil(lambda: view.map.map_layout() is not None, timeout=20_000)
    wait_settled(qtbot, window)
    layout = view.map.map_layout()
    assert layout is not None
    scale = view.map.scale()
    last = layout.cell_rect(0, layout.columns - 1).right() * scale
    # right of the last column only the map's margin (and the gap after a column)
    assert view.map.width() - last <= (PAD + GAP) * scale + 1, (view.map.width(), last)
    # and the map takes the pane's width, less the room kept for a scroll bar
    room = view.scroll_area.viewport().width()
    bar = view.scroll_area.verticalScrollBar().sizeHint().width()
    assert view.map.width() >= room - bar - 4, (view.map.width(), room)
