"""A folder whose articles are all in subfolders: the page that says so offers to read
them at one press, as the banner over a story does, rather than sending the reader to
the File menu."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from corroborate.resources import sample_story

from .helpers import wait_idle, window_opening


def _all_in_subfolders(tmp_path: Path) -> Path:
    """The sample story's six reports, three in each of two subfolders, none beside them."""
    story = tmp_path / "story"
    for number, report in enumerate(sorted(sample_story().glob("*.txt"))):
        day = story / ("day-one" if number < 3 else "day-two")
        day.mkdir(parents=True, exist_ok=True)
        shutil.copy(report, day)
    return story


def test_the_page_of_a_folder_holding_only_subfolders_reads_them_at_one_press(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _all_in_subfolders(tmp_path))
    assert window.session.summary is None
    text = window.summary_view.placeholder.text().replace("\u00a0", " ")
    assert "Its subfolders “day-one” and “day-two” hold articles: turn on File › Read" in text
    button = window.summary_view.page_button
    assert button.isVisible() and button.text() == "Read Subfolders Too"
    assert "Read Subfolders Too" in button.toolTip().replace("\u00a0", " ")
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.menu_actions.read_subfolders.isChecked()
    qtbot.waitUntil(lambda: window.session.summary is not None, timeout=60_000)
    wait_idle(qtbot, window)
    assert len(window.session.analysis.articles) == 6
    assert not button.isVisible()


def test_a_page_with_nothing_below_to_read_has_no_such_button(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    window = window_opening(qtbot, make_window, empty)
    assert window.summary_view.heading() == "Nothing to summarize"
    assert not window.summary_view.page_button.isVisible()
