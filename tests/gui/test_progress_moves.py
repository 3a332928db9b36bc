"""The window's progress bar moves inside the long stages of a large folder's analysis."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from corroborate.engine.matching import align
from corroborate.gui import tasks

from .helpers import make_large_story, wait_idle


def test_the_bar_moves_while_a_large_folders_sentences_are_matched(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        align, "STEP_PAIRS", 8, raising=False
    )  # a folder of tests has few pairs to judge
    monkeypatch.setattr(tasks, "_PROGRESS_INTERVAL", 0.0)  # and is judged in a moment
    big = make_large_story(tmp_path / "big", 120)
    window = make_window()
    shown: dict[str, list[int]] = {}

    def record(stage: str, _fraction: float) -> None:
        # connected after the panel: the bar already shows this report
        shown.setdefault(stage.split()[0], []).append(window.progress.bar.value())

    window.session.progress.connect(record)
    window.session.open_folder(big)
    wait_idle(qtbot, window)
    assert window.session.summary is not None
    assert len(set(shown["Matching"])) >= 5, shown
    assert len(set(shown["Reading"])) >= 10, shown
    values = [v for stage in shown.values() for v in stage if v >= 0]  # -1: busy
    assert values == sorted(values)
