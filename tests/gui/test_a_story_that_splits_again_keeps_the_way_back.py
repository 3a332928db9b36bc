"""A story of a folder analysed alone that itself seems to hold several stories: the banner
still names the story shown among the folder's and leads back to all of them, rather than
taking the split for a new folder whose other articles can only be ticked again one by one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton

from corroborate import engine
from corroborate.engine.models import (
    Analysis,
    AnalysisOptions,
    ConsensusSummary,
    FileProblem,
    Source,
)

from .fakes import FakeEngine
from .helpers import open_new_folder, wait_idle

#: the folder read whole: two stories, a.txt b.txt c.txt and d.txt
WHOLE = (("a.txt", "b.txt", "c.txt"), ("d.txt",))
#: the first story read alone: two stories again
SPLIT = (("a.txt", "b.txt"), ("c.txt",))


def several(groups: tuple[tuple[str, ...], ...], labels: tuple[str, ...]) -> FileProblem:
    reason = f"this folder seems to hold {len(groups)} stories"
    return FileProblem(".", reason, "several-stories", groups, labels)


class SplitsAgain(FakeEngine):
    """The fake story, said to hold two stories read whole, and two again when the first
    is read alone (its other article, d.txt, left out). It keeps the name of the story
    read alone, as the engine does, and its reports are the engine's own."""

    def analyze(
        self, source: Source, options: AnalysisOptions | None = None, **kw: Any
    ) -> Analysis:
        options = options or AnalysisOptions()
        analysis = replace(super().analyze(source, options, **kw), story=options.story)
        left_out = set(options.exclude)
        if not left_out:
            warning = several(WHOLE, ("Bridge falls", "Chess final"))
        elif left_out == {"d.txt"}:
            warning = several(SPLIT, ("Bridge falls", "Storm damage"))
        else:
            return analysis
        return replace(analysis, problems=(*analysis.problems, warning))

    def to_markdown(self, summary: ConsensusSummary) -> str:
        return engine.to_markdown(summary)


def _buttons(window: Any) -> dict[str, QPushButton]:
    return {b.text(): b for b in window.banner.findChildren(QPushButton) if b.isVisible()}


def test_a_story_analysed_alone_that_splits_again_still_leads_back_to_the_whole_folder(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = SplitsAgain()
    window = make_window(engine)
    open_new_folder(qtbot, window, tmp_path, "mixed")
    assert window.session.stories is not None
    assert window.session.stories.groups == WHOLE
    window.session.analyse_story(0)
    wait_idle(qtbot, window)
    assert set(engine.calls[-1][1]) == {"d.txt"}
    # The folder's stories stay the ones chosen among: the story shown is named as one
    # of them, and the way back to all of them is offered.
    assert window.session.stories.groups == WHOLE
    assert window.session.shown_story == 0
    said = window.banner.text()
    assert "Story 1 of 2 alone: “Bridge falls”" in said
    assert "Analyse All Stories Together" in _buttons(window)
    combo = window.banner.findChild(QComboBox, "storyChoice")
    assert combo is not None and combo.count() == 2
    # The story's own split is said, with how to read one part alone and its files.
    assert "This story too seems to hold 2 stories" in said
    assert "untick the others' articles in Articles" in said
    assert "a.txt" in said and "c.txt" in said
    _buttons(window)["Analyse All Stories Together"].click()
    wait_idle(qtbot, window)
    assert engine.calls[-1][1] == ()
    assert window.session.shown_story is None
    assert "seems to hold 2 stories, and the summary mixes them" in window.banner.text()


def test_the_other_story_is_still_one_choice_away_from_a_story_that_split_again(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = SplitsAgain()
    window = make_window(engine)
    open_new_folder(qtbot, window, tmp_path, "mixed")
    window.session.analyse_story(0)
    wait_idle(qtbot, window)
    window.session.analyse_story(1)
    wait_idle(qtbot, window)
    assert set(engine.calls[-1][1]) == {"a.txt", "b.txt", "c.txt"}
    assert "Story 2 of 2 alone: “Chess final”" in window.banner.text()
    assert "too seems to hold" not in window.banner.text()


def test_a_story_read_alone_that_splits_again_is_headed_and_exported_by_its_own_name(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def save_dialog(_parent: Any, _caption: str, proposed: str, _filters: str) -> tuple[str, str]:
        offered.append(Path(proposed).name)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window = make_window(SplitsAgain())
    open_new_folder(qtbot, window, tmp_path, "big")
    # Read whole, the folder is named by its name and its stories' count.
    assert window.story_title.full_text() == "big — 2 stories"
    window.session.analyse_story(0)
    wait_idle(qtbot, window)
    summary = window.session.summary
    assert summary is not None and "This story too seems to hold 2 stories" in window.banner.text()
    # Story 1 read alone is named as the banner names it, not after the whole folder
    # ("big — 2 stories"), though it seems to split in turn: the heading, the title bar,
    # and the names the export and the saved map are offered under.
    assert "Story 1 of 2 alone: “Bridge falls”" in window.banner.text()
    assert window.story_title.full_text() == "Bridge falls"
    assert window.windowTitle() == "Bridge falls — Corroborate"
    window.export_markdown()
    window.tabs.setCurrentWidget(window.coverage_view)
    qtbot.waitUntil(window.coverage_view.save_png.isEnabled)
    window.coverage_view.save_png.click()
    assert offered == ["bridge-falls.md", "bridge-falls-coverage.png"]
    # Back to the whole folder: named by its name and count again.
    window.session.analyse_all_stories()
    wait_idle(qtbot, window)
    assert window.story_title.full_text() == "big — 2 stories"


def test_a_story_read_alone_that_splits_again_is_exported_under_the_heading_the_window_shows(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "exports" / "report.md"
    target.parent.mkdir()

    def save_dialog(_parent: Any, _caption: str, _proposed: str, _filters: str) -> tuple[str, str]:
        return str(target), "Markdown (*.md)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window = make_window(SplitsAgain())
    open_new_folder(qtbot, window, tmp_path, "big")
    window.session.analyse_story(0)
    wait_idle(qtbot, window)
    assert window.story_title.full_text() == "Bridge falls"
    window.export_markdown()
    text = target.read_text(encoding="utf-8")
    # The report is headed as the window is, by the one function that names it.
    assert text.splitlines()[0] == "# Bridge falls"
    summary = window.session.summary
    assert summary is not None and engine.story_name(summary) == "Bridge falls"
    assert engine.to_json(summary)["title"] == "Bridge falls"
    assert engine.to_json(summary)["title_from"] == "story"
