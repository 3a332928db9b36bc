"""While one story replaces another, what the window shows belongs to one story only."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from corroborate.engine.models import Analysis, AnalysisOptions, NoArticlesError, Source

from .fakes import FakeEngine
from .helpers import folder, open_new_folder, wait_for_summary, wait_idle


class TwoStories(FakeEngine):
    """The folder called ``other`` holds another story: the same shape, other words."""

    def analyze(
        self,
        source: Source,
        options: AnalysisOptions | None = None,
        **kwargs: Any,
    ) -> Analysis:
        analysis = super().analyze(source, options, **kwargs)
        if analysis.folder.name != "other":
            return analysis
        sentences = tuple(replace(s, text=f"Other story: {s.text}") for s in analysis.sentences)
        return replace(analysis, sentences=sentences)


def test_a_sentence_selected_while_the_next_story_arrives_shows_its_own_evidence(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(TwoStories())
    session = window.session
    open_new_folder(qtbot, window, tmp_path, "first")
    first = session.analysis
    shown: list[tuple[str, ...]] = []

    def select_in_the_old_list(analysis: Analysis | None) -> None:
        # The reader clicks the second row in the turn of the event loop between the
        # new analysis and its summary: the list still holds the first story's items.
        assert analysis is not first and session.summary.analysis is first
        window.summary_view.select_row(1)
        evidence = window.evidence_view.evidence
        shown.append(tuple(s.text for src in evidence.sources for s in src.sentences))

    session.analysis_changed.connect(select_in_the_old_list)
    open_new_folder(qtbot, window, tmp_path, "other")
    qtbot.waitUntil(lambda: session.summary.analysis is session.analysis, timeout=5000)
    session.analysis_changed.disconnect(select_in_the_old_list)
    assert shown and shown[0] and not any(t.startswith("Other story") for t in shown[0])
    # The summary listed now is the other story's, and so is its evidence.
    assert window.summary_view.model.items[1].text.startswith("Other story")
    window.summary_view.select_row(0)
    evidence = window.evidence_view.evidence
    assert all(s.text.startswith("Other story") for src in evidence.sources for s in src.sentences)


def test_a_folder_whose_articles_are_all_in_subfolders_says_how_to_read_them(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    error = NoArticlesError("No readable article was found in “story”.", in_subfolders=3)
    window = make_window(FakeEngine(error=error))
    window.session.open_folder(folder(tmp_path, "story"))
    qtbot.waitUntil(lambda: "No readable" in window.summary_view.placeholder.text())
    text = window.summary_view.placeholder.text()
    assert "Its subfolders hold articles: turn on File › Read Subfolders Too" in text.replace(
        "\u00a0", " "
    )
    assert "--recursive" not in text


def test_read_subfolders_too_reads_the_story_again_and_is_remembered(
    qtbot: Any, make_window: Any, tmp_path: Path, settings: Any
) -> None:
    engine = FakeEngine()
    window = make_window(engine, settings)
    open_new_folder(qtbot, window, tmp_path)
    action = window.menu_actions.read_subfolders
    assert not action.isChecked() and engine.read_subfolders == [False]
    action.trigger()
    qtbot.waitUntil(lambda: len(engine.read_subfolders) == 2)
    assert engine.read_subfolders[-1] is True
    assert settings.read_subfolders()
    again = make_window(FakeEngine(), settings)
    assert again.menu_actions.read_subfolders.isChecked() and again.session.recursive


def test_read_subfolders_too_while_a_story_opens_reads_that_story_again(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    open_new_folder(qtbot, window, tmp_path, "shown")
    gate = engine.hold("opening")
    window.session.open_folder(folder(tmp_path, "opening"))
    # the first read is under way (its worker may start late on a busy machine)
    qtbot.waitUntil(lambda: any(Path(call[0]).name == "opening" for call in engine.calls))
    window.menu_actions.read_subfolders.trigger()
    gate.set()
    wait_for_summary(qtbot, window, "opening")
    assert Path(engine.calls[-1][0]).name == "opening" and engine.read_subfolders[-1] is True


def test_a_cancelled_first_story_leaves_no_empty_panes_and_asks_for_no_summary_sentence(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    gate = engine.hold("first")
    window.session.open_folder(folder(tmp_path, "first"))
    qtbot.waitUntil(lambda: bool(engine.calls))
    assert "summary sentence" not in window.evidence_view.heading.text()
    window.session.cancel()  # the first story never came: still nothing to select
    wait_idle(qtbot, window)
    assert window.session.summary is None
    assert "summary sentence" not in window.evidence_view.heading.text()
    # Only the Summary tab, which says what to do: no empty panes to click through.
    shown = [i for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
    assert shown == [window.tabs.indexOf(window.summary_view.parentWidget())]
    gate.set()
    open_new_folder(qtbot, window, tmp_path, "second")
    assert window.evidence_view.evidence is not None  # a story: its evidence shows
    assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))
