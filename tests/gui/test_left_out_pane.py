"""The Summary page says under its counts what they leave out of the folder, in the report's
words: an article unticked in the Articles tab, the other stories of a folder when one is
analysed alone. The pane, the exported Markdown and JSON and the command line say it alike;
a story read whole says nothing of it. Folders are invented (the bundled sample story, two
invented stories mixed in one folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from corroborate.cli import EXIT_OK, main
from corroborate.engine import left_out_brief, left_out_line
from corroborate.gui.sources_view import _row_file
from two_stories import write_two_stories

from .helpers import ENGINE_TIMEOUT_MS, wait_idle, window_opening

HERALD = "lowland-herald.txt"


def _report_line(markdown: str) -> str:
    found = [line for line in markdown.splitlines() if line.startswith("Left out: ")]
    return found[0].replace("`", "") if found else ""


def test_the_summary_page_names_an_unticked_article_as_the_export_and_command_line_do(
    qtbot: Any, make_window: Any, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = window_opening(qtbot, make_window, story)
    files = len(window.session.analysis.articles)
    # read whole: no line at all, in the pane or the export
    assert window.left_out.isHidden() and window.left_out.accessibleName() == ""
    assert _report_line(window.session.markdown()) == ""
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if _row_file(tree.topLevelItem(i)) == HERALD
    )
    row.setCheckState(0, Qt.CheckState.Unchecked)
    window.sources_view.apply_now()
    qtbot.waitUntil(
        lambda: (
            window.session.analysis is not None
            and len(window.session.analysis.articles) == files - 1
        ),
        timeout=ENGINE_TIMEOUT_MS,
    )
    wait_idle(qtbot, window)
    said = window.left_out.accessibleName()  # read out whole, however much is shown
    assert said == f"Left out: 1 of {files} files (1 unticked: {HERALD})"
    window.tabs.setCurrentIndex(0)  # the Summary page, where the counts are
    assert window.left_out.isVisibleTo(window)
    assert said == left_out_line(window.session.analysis)
    assert _report_line(window.session.markdown()) == said
    assert json.loads(window.session.json_text())["left_out"]["note"] == said
    # the command line, told to leave the same file out, counts the same and says why
    assert main(["summarize", str(story), "--exclude", HERALD]) == EXIT_OK
    printed = _report_line(capsys.readouterr().out)
    assert printed == said.replace("unticked", "excluded")


def test_one_story_of_a_mixed_folder_alone_names_the_other_storys_files_as_left_out(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    stories = window.session.stories
    assert stories is not None and window.left_out.isHidden()
    window.session.analyse_story(0)
    qtbot.waitUntil(lambda: window.session.shown_story == 0, timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)
    others = sorted(stories.files() - set(stories.groups[0]))
    assert {item.file for item in window.session.analysis.left_out} == set(others)
    assert {item.why for item in window.session.analysis.left_out} == {"another story"}
    said = window.left_out.accessibleName()
    assert said.startswith(f"Left out: {len(others)} of {len(stories.files())} files ")
    assert f"{len(others)} of another story: " in said
    assert _report_line(window.session.markdown()) == said
    # read together again: nothing left out, the line gone
    window.session.analyse_all_stories()
    qtbot.waitUntil(lambda: window.session.shown_story is None, timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert window.left_out.isHidden()


def test_a_long_left_out_line_in_a_small_window_at_large_text_is_counted_in_brief(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    # three files the reader skips, each with a reason of its own: the whole line names
    # them all, more than a small window's two lines at a large text size
    (story / "harbour-bridge-at-dawn-from-the-east-quay.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (story / "lifeboat-crew-returning-to-the-station.png").write_bytes(b"\x89PNG\r\n")
    (story / "README.md").write_text("Notes on where these reports came from.\n")
    window = window_opening(qtbot, make_window, story)
    window.resize(900, 600)
    window.set_text_scale(150)
    wait_idle(qtbot, window)
    label = window.left_out
    whole = left_out_line(window.session.analysis)
    assert whole.startswith("Left out: 3 of ") and "README.md" in whole
    qtbot.waitUntil(lambda: label.text() == left_out_brief(window.session.analysis))
    assert label.text().endswith("(3 skipped)")
    assert label.accessibleName() == whole  # read out whole
    assert "README.md" in label.toolTip()  # the whole a hover away
    assert label.height() <= 2 * label.fontMetrics().lineSpacing() + 4
    # a window with room says it whole again
    window.set_text_scale(100)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: label.text() == whole)
