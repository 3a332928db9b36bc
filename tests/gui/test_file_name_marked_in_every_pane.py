"""An outlet the article never names, whose file's name stands in, is marked "(file name)"
in every pane that names outlets, as the cards, the byline and the report's list of
articles mark it: the summary rows' outlet lines, the coverage map's columns and its
outlets' figures, the single-outlet list's headings and the note over its article, and
the Articles list. A long stand-in is cut in its middle with the mark kept whole (the
name whole in a tooltip), at 900 × 600 with the text at 150 %."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeWidgetItem

from corroborate.gui.coverage_paint import fitted_name
from corroborate.gui.evidence import FILE_NAME_MARK, file_named_outlets, marked_outlet
from corroborate.gui.single_source_view import unverified_note
from corroborate.gui.theme import Theme

from .helpers import wait_settled, window_opening

#: the sample's two articles that never say who published them, saved under long names
_HERALD = "003_4a336b5a5aa40b93e51c7d2f_saved_page"
_RAIL = "005_9c2e71f04b8a3d56e0a1_saved_page"


def _unnamed_story(story: Path) -> Path:
    """The sample story with its unnamed outlet saved under a long file name, and the
    article whose closing line names The Valley Ledger without that line (so that only
    its long file's name stands in for it, and it alone reports some sentences)."""
    shutil.move(story / "lowland-herald.txt", story / f"{_HERALD}.txt")
    rail = story / "05-rail-line-stays-shut.txt"
    lines = rail.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if "appeared first on" not in line]
    assert len(kept) == len(lines) - 1
    rail.unlink()
    (story / f"{_RAIL}.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return story


def _window(qtbot: Any, qapp: Any, make_window: Any, story: Path, scale: int = 100) -> Any:
    Theme(qapp)
    window = window_opening(qtbot, make_window, _unnamed_story(story))
    window.resize(900, 600)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (900, 600))
    if scale != 100:
        window.set_text_scale(scale)
    wait_settled(qtbot, window)
    return window


def test_the_file_named_outlets_are_those_no_article_under_that_name_names(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = _window(qtbot, qapp, make_window, story)
    file_named = file_named_outlets(window.session.summary.analysis)
    assert file_named == {_HERALD, _RAIL}
    assert marked_outlet(_HERALD, file_named) == f"{_HERALD} (file name)"
    assert marked_outlet("Meridian Press", file_named) == "Meridian Press"


def test_a_summary_rows_outlet_line_and_tooltip_mark_an_outlet_named_after_its_file(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = _window(qtbot, qapp, make_window, story)
    model = window.summary_view.model
    backed = [row for row in range(model.rowCount()) if _HERALD in model.items[row].outlets]
    assert backed
    for row in backed:
        line = model.outlet_line(row)
        assert f"{_HERALD} (file name)" in line
        assert "Meridian Press (file name)" not in line
        tip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
        assert f"{_HERALD} (file name)" in str(tip)
    # what Find looks through still names the outlets as the report does
    assert f"{_HERALD} (file name)" not in model.find_text(backed[0]).split("\n")[1]
    # and an outlet that disputes a row is marked in its note as well
    disputes = [
        (row, outlet)
        for row in range(model.rowCount())
        for outlet in model.items[row].disputed_by
        if outlet in (_HERALD, _RAIL)
    ]
    assert disputes  # the sample's unnamed outlet disputes the railway's reopening day
    for row, outlet in disputes:
        assert f"disputed by {outlet} (file name)" in model.outlet_line(row)


def test_the_coverage_map_marks_a_file_named_column_and_its_outlets_figures(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = _window(qtbot, qapp, make_window, story, scale=150)
    window.tabs.setCurrentWidget(window.coverage_view)
    view = window.coverage_view
    qtbot.waitUntil(lambda: view.map.matrix is not None and view.outlets.topLevelItemCount() > 0)
    names = [column.outlet for column in view.map.matrix.columns]
    assert f"{_HERALD} (file name)" in names
    assert "Meridian Press" in names
    column = names.index(f"{_HERALD} (file name)")
    assert view.map.describe_cell(0, column).startswith(f"{_HERALD} (file name) ")
    tops = [view.outlets.topLevelItem(i).text(0) for i in range(view.outlets.topLevelItemCount())]
    assert f"{_HERALD} (file name)" in tops and "Meridian Press" in tops


def test_a_long_stand_in_over_a_map_column_is_cut_in_its_middle_keeping_its_mark_whole() -> None:
    font = QFont()
    font.setPointSizeF(15)
    name = f"{_HERALD}{FILE_NAME_MARK}"
    metrics = QFontMetricsF(font)
    room = metrics.horizontalAdvance(name) / 2  # far too short a band, even smaller
    shown, drawn_in = fitted_name(name, font, room)
    assert QFontMetricsF(drawn_in).horizontalAdvance(shown) <= room
    assert "…" in shown
    assert shown.endswith(" (file name)")
    assert shown.startswith("00")
    # a named outlet too long for the band keeps its start, cut at its end as before
    named, _ = fitted_name("The Saltmere and Corley Valley Evening Ledger " * 2, font, room)
    assert named.startswith("The Saltmere") and named.endswith("…")


def _delegate_text(tree: Any, item: QTreeWidgetItem, column: int = 0) -> str:
    index = tree.indexFromItem(item, column)
    option = QStyleOptionViewItem()
    option.initFrom(tree.viewport())
    option.rect = tree.visualRect(index)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text


def test_the_single_outlet_heading_marks_a_stand_in_cut_in_its_middle_whole_in_its_tip(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = _window(qtbot, qapp, make_window, story, scale=150)
    window.tabs.setCurrentWidget(window.single_source_view)
    tree = window.single_source_view.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    wait_settled(qtbot, window)
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    [heading] = [top for top in tops if top.text(0).startswith(_RAIL)]
    assert heading.text(0).startswith(f"{_RAIL} (file name)  (")
    assert _RAIL in heading.toolTip(0) and "(file name)" in heading.toolTip(0)
    shown = _delegate_text(tree, heading)
    font = heading.font(0)
    room = tree.viewport().width() - tree.indentation()
    if QFontMetricsF(font).horizontalAdvance(_RAIL) > room:
        assert "…" in shown
    first = shown.split(" (file name)")[0]
    assert QFontMetricsF(font).horizontalAdvance(first) <= room  # never clipped at its edge
    assert first.startswith("005_") and first.endswith("page")
    assert " (file name)  (" in shown
    # the note over the article it opens says so as well, and breaks inside the long name
    # rather than hold the window wider than 900 pixels
    tree.setCurrentItem(heading.child(0))
    note = window.article_view.note
    qtbot.waitUntil(lambda: note.isVisible() and _RAIL in note.text().replace("\u200b", ""))
    assert f"{_RAIL} (file name) reports" in note.text().replace("\u200b", "")
    wait_settled(qtbot, window)
    assert window.width() == 900


def test_a_long_name_in_the_unverified_note_may_break_and_reads_the_same() -> None:
    long = f"{_RAIL}{FILE_NAME_MARK}"
    note = unverified_note(long)
    assert "\u200b" in note
    assert (
        note.replace("\u200b", "") == f"⚠ Unverified: only {long} reports the highlighted sentence."
    )


def test_the_articles_list_draws_a_stand_in_marked_and_cut_in_its_middle_and_no_other(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = _window(qtbot, qapp, make_window, story, scale=150)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    wait_settled(qtbot, window)
    shown = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        shown[item.text(0)] = (_delegate_text(tree, item), item)
    text, item = shown[_HERALD]
    assert text.endswith(" (file name)")
    assert text.startswith("00")
    assert "…" in text  # the column at 900 × 600 and 150 % is far narrower than the name
    assert _HERALD in item.toolTip(0)
    index = tree.indexFromItem(item, 0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"{_HERALD} (file name)"
    named, _ = shown["Meridian Press"]
    assert named == "Meridian Press"
