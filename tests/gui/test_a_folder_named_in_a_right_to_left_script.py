"""A folder named in Arabic or Hebrew that seems to hold several stories is headed by its
name and their count, "الأخبار — 3 stories", in that order, in the heading and the title
bar. Qt takes a line's direction from its first letter: the heading was laid out right to
left, right-aligned, and drew "stories 3 — الأخبار". The folder's name is set apart and the
line laid out left to right; what is read out holds no invisible mark. Invented folder
(tests/three_stories.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corroborate.gui.plain import unmarked
from three_stories import write_three_stories

from .helpers import drawn_order, wait_idle, window_opening

FOLDER = "الأخبار"


def test_a_folder_named_in_a_right_to_left_script_is_headed_by_its_name_then_its_count(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_three_stories(tmp_path / FOLDER))
    wait_idle(qtbot, window)
    heading = window.story_title
    assert unmarked(heading.full_text()) == f"{FOLDER} — 3 stories"
    assert drawn_order(heading.text(), [FOLDER, "3 stories"]) == [FOLDER, "3 stories"]
    title = window.windowTitle()
    assert unmarked(title) == f"{FOLDER} — 3 stories — Corroborate"
    assert drawn_order(title, [FOLDER, "3 stories"]) == [FOLDER, "3 stories"]
    assert heading.accessibleName() == f"{FOLDER} — 3 stories"


def test_a_folder_named_in_latin_letters_is_headed_as_before(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_three_stories(tmp_path / "desk notes"))
    wait_idle(qtbot, window)
    assert window.story_title.full_text() == "desk notes — 3 stories"
    assert window.windowTitle() == "desk notes — 3 stories — Corroborate"
