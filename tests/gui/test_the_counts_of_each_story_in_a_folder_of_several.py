"""A folder holding three stories, analysed whole: each sentence's count is out of its own
story's outlets (Analysis.sources_of), so the minimum-support box no longer reads "2 of 6"
(no sentence counts out of six), and the coverage map draws the outlets that tell only
another story apart from those that leave the claim out. Invented folder
(tests/three_stories.py); a folder of one story keeps "2 of 5" and the three-entry key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QFontMetricsF

from corroborate.engine import analyze, coverage, summarize
from corroborate.engine.models import REPORTS
from corroborate.gui.coverage_paint import (
    KEY_CELL,
    LEGEND,
    OTHER_STORY_KEY,
    key_height,
    key_lines,
    key_top,
    layout_for,
)
from corroborate.gui.evidence import OTHER_STORY, marked_coverage
from three_stories import FILES, TOLD_BY, write_three_stories

from .helpers import wait_idle, window_opening


def _three_stories(qtbot: Any, make_window: Any, tmp_path: Path) -> Any:
    window = window_opening(qtbot, make_window, write_three_stories(tmp_path / "three"))
    wait_idle(qtbot, window)
    assert window.session.summary.analysis.counted_by_story
    return window


def test_the_minimum_support_box_counts_outlets_and_its_tip_names_each_storys_count(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = _three_stories(qtbot, make_window, tmp_path)
    analysis = window.session.summary.analysis
    box = window.options_bar.min_sources
    assert analysis.independent_sources == 6 and sorted(analysis.story_sources) == [2, 2, 3]
    assert box.isEnabled()
    assert box.text() == "2 outlets" and "of" not in box.suffix()
    tip = box.toolTip()
    assert "3 stories" in tip and "own story" in tip
    told = ", ".join(str(n) for n in analysis.story_sources[:-1])
    assert f"({told} and {analysis.story_sources[-1]} of the 6)" in tip
    assert window.options_bar.support_label.toolTip() == tip
    box.setValue(1)
    assert box.text() == "1 outlet"
    box.setValue(3)
    assert box.text() == "3 outlets"
    assert window.session.summary.options.min_sources == 3


def test_a_folder_of_one_story_keeps_its_count_in_the_minimum_support_box(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = _three_stories(qtbot, make_window, tmp_path)
    bar = window.options_bar
    bar.set_source_count(5)
    assert bar.min_sources.suffix() == " of 5" and "stories" not in bar.min_sources.toolTip()
    bar.set_source_count(1)
    assert not bar.min_sources.isEnabled() and not bar.min_sources.suffix()


def test_the_map_draws_an_outlet_of_another_story_apart_from_one_that_leaves_the_claim_out(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = _three_stories(qtbot, make_window, tmp_path)
    analysis = window.session.summary.analysis
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.map.matrix is not None)
    matrix = view.map.matrix
    assert matrix is not None
    outlets = [column.outlet for column in matrix.columns]
    elsewhere = 0
    for row in matrix.rows:
        story = analysis.articles[analysis.sentences[row.sentence].article].file.split("-")[0]
        for outlet, cell in zip(outlets, row.cells, strict=True):
            if outlet in TOLD_BY[story]:
                assert cell.state != OTHER_STORY, (outlet, row.text)
            else:
                assert cell.state == OTHER_STORY, (outlet, row.text)
                elsewhere += 1
        # a row reports from its own story's outlets only, so its count is out of them
        assert sum(cell.state == REPORTS for cell in row.cells) <= len(TOLD_BY[story])
    assert elsewhere > 0

    layout = view.map.map_layout()
    assert layout is not None and layout.legend == (*LEGEND, OTHER_STORY_KEY)
    # The key's four entries stand in the corner above the claims, clear of the first row.
    metrics = QFontMetricsF(view.map.drawing_font())
    assert key_top(layout, metrics) + key_height(metrics, 4) <= layout.row_top(0)

    row, column = next(
        (r, c)
        for r, line in enumerate(matrix.rows)
        for c, cell in enumerate(line.cells)
        if cell.state == OTHER_STORY
    )
    words = view.map.describe_cell(row, column)
    assert words.startswith(f"{outlets[column]} tells only another story")
    assert "does not mention" not in words
    with qtbot.assertNotEmitted(view.sentence_selected):
        view.map.activate(row, column)


def test_the_map_of_one_story_has_no_cell_of_another_story_and_a_three_entry_key(
    qapp: Any, tmp_path: Path
) -> None:
    story = tmp_path / "bridge"
    story.mkdir()
    for name, text in FILES.items():
        if name.startswith("bridge-"):
            (story / name).write_text(text, encoding="utf-8")
    summary = summarize(analyze(story))
    matrix = marked_coverage(coverage(summary), summary.analysis)
    assert not summary.analysis.counted_by_story and matrix.rows
    assert all(cell.state != OTHER_STORY for row in matrix.rows for cell in row.cells)
    assert layout_for(matrix, QFont()).legend == LEGEND


def test_the_short_keys_entries_never_run_into_the_outlets_names(qapp: Any) -> None:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # a narrow pane at large text
    metrics = QFontMetricsF(font)
    legend = (*LEGEND, OTHER_STORY_KEY)
    whole = sum(KEY_CELL + 6 + metrics.horizontalAdvance(c) + 16 for c, _ in legend)
    assert len(key_lines(legend, metrics, whole)) == 1  # side by side where they fit
    room = whole - metrics.horizontalAdvance(OTHER_STORY_KEY[0])
    lines = key_lines(legend, metrics, room)
    assert [entry[:2] for line in lines for entry in line] == list(legend)  # none lost
    assert len(lines) == 2
    for line in lines:
        assert sum(KEY_CELL + 6 + width + 16 for *_, width in line) - 16 <= room
