"""The window at 900 × 600 with the text at 150 %: the Articles list shows every outlet's
name whole, on a second line where its column is too narrow for it on one, and keeps
its rows in sight; the coverage map draws a name its short band would cut a little
smaller, whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidgetItem

from corroborate.gui.coverage_paint import MAX_HEADER, NAME_SMALLEST, fitted_name
from corroborate.gui.sources_view import LIST_ROWS
from corroborate.gui.theme import Theme

from .helpers import wait_settled, window_showing


def _rows_with_depth(tree: Any) -> list[tuple[int, QTreeWidgetItem]]:
    rows: list[tuple[int, QTreeWidgetItem]] = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append((1, top))
        rows += [(2, top.child(j)) for j in range(top.childCount())]
    return rows


def _articles_list(
    qtbot: Any, qapp: Any, make_window: Any, story: Path, size: tuple[int, int], scale: int = 100
) -> Any:
    """The Articles list of a window showing ``story`` at ``size`` and text ``scale`` (in
    percent), its rows filled and laid out."""
    Theme(qapp)
    window = window_showing(qtbot, make_window, story)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.tabs.setCurrentWidget(window.sources_view)
    if scale != 100:
        window.set_text_scale(scale)
    wait_settled(qtbot, window)
    tree = window.sources_view.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    wait_settled(qtbot, window)
    return tree


def test_at_large_text_on_a_narrow_window_every_outlet_name_in_the_articles_list_is_whole(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    tree = _articles_list(qtbot, qapp, make_window, story, (900, 600), scale=150)
    wrapped = 0
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    for depth, item in _rows_with_depth(tree):
        name = item.text(0)
        # where the style draws the name: the cell less its check box and margins
        index = tree.indexFromItem(item, 0)
        cell = QStyleOptionViewItem()
        tree.itemDelegate().initStyleOption(cell, index)
        cell.rect = tree.visualRect(index)
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, tree).width()
        room -= 2 * margin
        metrics = QFontMetrics(item.font(0))
        # no word of an outlet's name is cut through (a copy's, a level further in, may
        # be: the titles keep at least the outlets' room) ...
        if depth == 1:
            assert all(metrics.horizontalAdvance(word) <= room for word in name.split()), name
        # ... and the row is as tall as the name takes, wrapped between words
        needed = metrics.boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, name)
        assert cell.rect.height() >= needed.height(), name
        wrapped += metrics.horizontalAdvance(name) > room
    assert wrapped, "no name was too long for one line: the window proves nothing"
    # the rows of two lines still leave the list its rows in sight
    tallest = max(tree.visualItemRect(item).height() for _, item in _rows_with_depth(tree))
    assert tree.viewport().height() >= LIST_ROWS * tallest


def test_on_a_wide_window_a_name_that_fits_keeps_to_one_line(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    tree = _articles_list(qtbot, qapp, make_window, story, (1600, 1000))
    for _, item in _rows_with_depth(tree):
        metrics = QFontMetrics(item.font(0))
        assert metrics.horizontalAdvance(item.text(0)) < tree.columnWidth(0)
        lines = tree.visualItemRect(item).height() / metrics.lineSpacing()
        # a file's name standing in (the column is sized on the names) keeps to its line,
        # its " (file name)" mark on the next where it does not fit beside it
        stand_in = item.font(0).italic()
        assert lines < (3 if stand_in else 2), (item.text(0), item.text(1))


def test_a_file_name_standing_in_for_an_outlet_is_elided_rather_than_taking_the_titles_room(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    # one long run with nowhere to break: the file's name the outlet is known by (and no
    # copy listed under its original, whose deeper row would want a wider column)
    (story / "lowland-herald.txt").rename(story / "0042_7f3a9c2be81d44a1e5.txt")
    (story / "02-fennick-bridge-collapse-two-dead.txt").unlink()
    tree = _articles_list(qtbot, qapp, make_window, story, (900, 600), scale=150)
    names = [item.text(0) for _, item in _rows_with_depth(tree)]
    assert "0042_7f3a9c2be81d44a1e5" in names
    assert tree.columnWidth(1) >= tree.columnWidth(0)


def test_a_name_the_coverage_maps_band_would_cut_is_drawn_smaller_and_whole() -> None:
    font = QFont()
    font.setPointSizeF(10.0)
    name = "The Fennick Courier"
    wide = QFontMetricsF(font).horizontalAdvance(name)
    # room enough: as it is
    assert fitted_name(name, font, wide + 2) == (name, font)
    # a tenth short: whole, a little smaller, never below the least size
    shown, smaller = fitted_name(name, font, wide * 0.9)
    assert shown == name
    assert NAME_SMALLEST * 10.0 <= smaller.pointSizeF() < 10.0
    assert QFontMetricsF(smaller).horizontalAdvance(shown) <= wide * 0.9
    # half the room: cut with an ellipsis at the least size, within the room
    shown, smaller = fitted_name(name, font, wide / 2)
    assert shown.endswith("…") and name.startswith(shown[:-1])
    assert smaller.pointSizeF() == NAME_SMALLEST * 10.0
    assert QFontMetricsF(smaller).horizontalAdvance(shown) <= wide / 2


def test_at_large_text_on_a_narrow_window_the_coverage_map_names_every_outlet_whole(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (900, 600))
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    window.set_text_scale(150)
    qtbot.waitUntil(lambda: view.matrix is not None)
    wait_settled(qtbot, window)
    layout = view.map.map_layout()
    font = view.map.drawing_font()
    room = min(MAX_HEADER, layout.header - 10)
    names = [column.outlet for column in view.matrix.columns]
    # the band is short here: some name would be cut at the map's text size ...
    assert any(QFontMetricsF(font).horizontalAdvance(name) > room for name in names)
    # ... and is drawn whole
    assert [fitted_name(name, font, room)[0] for name in names] == names
