"""A demanding new user's first hour with the app and the command line: a folder of
two reports by one outlet, a folder whose subfolders hold more of the story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import window_opening

#: two reports written apart by one invented outlet, about one invented event
ONE_OUTLET = {
    "first.txt": "LONDON (Harbor Wire) - The council of Wexmoor approved the new harbour wall "
    "on Tuesday after a long debate.\n\nWork on the Wexmoor wall will start in the spring, "
    "officials said.\n\nThe vote was seven to two.",
    "second.txt": "LONDON (Harbor Wire) - Engineers said the harbour wall that Wexmoor's "
    "council approved would take two years to build.\n\nThe cost of the wall was not "
    "disclosed.\n\nFishermen have asked for a wall since the storms of last winter.",
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_caption_over_two_reports_of_one_outlet_does_not_call_them_copies(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _write(tmp_path / "wall", ONE_OUTLET))
    caption = window.caption.text()
    assert "2 articles from one outlet: nothing can be corroborated" in caption
    assert "copies" not in caption
