"""The engine as the app's workers call it: the first story from the analysis made ahead,
any other once the GUI thread has loaded the engine."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from corroborate.engine import (
    AnalysisOptions,
    Cancelled,
    Corrections,
    analyze,
    summarize,
    to_json,
)
from corroborate.engine.ahead import AnalysisAhead
from corroborate.gui.prewarm import AppEngine, Warmup
from corroborate.gui.session import read_options
from corroborate.resources import sample_story

from .fakes import FakeEngine
from .helpers import open_new_folder


def on_a_worker(qtbot: Any, call: Any) -> Any:
    """Run ``call`` on a thread, as the app's tasks do, turning the event loop meanwhile."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=run)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=60_000)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def two_articles(folder: Path) -> Path:
    folder.mkdir()
    for path in sorted(sample_story().glob("*.txt"))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_the_story_asked_ahead_is_ranked_without_loading_the_analysis_here(qtbot: Any) -> None:
    ahead = AnalysisAhead()
    ahead.request(sample_story(), AnalysisOptions())
    warmup = Warmup()
    app_engine = AppEngine(warmup, ahead)
    loaded: list[bool] = []
    warmup.load_ranking(lambda: loaded.append(True))
    qtbot.waitUntil(lambda: bool(loaded))

    analysis = on_a_worker(
        qtbot,
        lambda: app_engine.analyze(sample_story(), AnalysisOptions(), cancelled=lambda: False),
    )
    # the session applies the (empty) corrections of a folder that has none, as it always does
    corrected = on_a_worker(qtbot, lambda: app_engine.apply_corrections(analysis, Corrections()))
    assert corrected is analysis
    summary = on_a_worker(qtbot, lambda: app_engine.summarize(analysis))
    assert to_json(summary) == to_json(summarize(analyze(sample_story())))
    assert not warmup._analysis.is_set()  # nothing of the analysis was imported for it


def test_another_folder_waits_for_the_engine_then_is_read_here(qtbot: Any, tmp_path: Path) -> None:
    folder = two_articles(tmp_path / "two")
    ahead = AnalysisAhead()
    ahead.request(sample_story(), AnalysisOptions())
    warmup = Warmup()
    app_engine = AppEngine(warmup, ahead)

    analysis = on_a_worker(qtbot, lambda: app_engine.analyze(folder, cancelled=lambda: False))
    assert len(analysis.articles) == 2
    assert warmup._analysis.is_set()  # the worker asked the GUI thread to load it first
    ahead._process.join(timeout=30)
    assert ahead._process.exitcode == 0  # the analysis no one wanted was stopped


def test_a_first_story_whose_process_ahead_hangs_is_read_here_instead(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import functools
    import time

    from corroborate.engine import ahead as ahead_module
    from corroborate.engine.models import ReadLimits

    monkeypatch.setattr(ahead_module, "SILENT_SECONDS", 0.5)
    options = AnalysisOptions(limits=ReadLimits(seconds_per_file=0.5))  # silent 1 s: hung
    ahead = AnalysisAhead(prepare=functools.partial(time.sleep, 3600))  # never answers
    ahead.request(sample_story(), options)
    app_engine = AppEngine(Warmup(), ahead)

    analysis = on_a_worker(
        qtbot, lambda: app_engine.analyze(sample_story(), options, cancelled=lambda: False)
    )
    assert to_json(summarize(analysis)) == to_json(summarize(analyze(sample_story(), options)))
    ahead._process.join(timeout=10)
    assert not ahead._process.is_alive()  # the hung process was stopped, not left behind


def test_a_worker_waiting_for_the_engine_can_be_cancelled(qtbot: Any, tmp_path: Path) -> None:
    app_engine = AppEngine(Warmup())
    stop = threading.Event()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            app_engine.analyze(tmp_path, cancelled=stop.is_set)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    stop.set()  # before the GUI thread has had a turn to load anything
    worker.join(timeout=30)
    assert not worker.is_alive()
    with pytest.raises(Cancelled):
        raise outcome[0]


def test_the_first_story_is_asked_ahead_as_the_window_will_open_it(
    tmp_path: Path, settings: Any
) -> None:
    from corroborate.gui.app import ask_ahead

    folder = two_articles(tmp_path / "two")
    single = next(folder.iterdir())
    for source, asked in ((folder, folder), (single, [single])):
        ahead = AnalysisAhead()
        try:
            assert ask_ahead(ahead, source, settings)
            assert ahead.asked_for(asked, AnalysisOptions())
        finally:
            ahead.close()


def test_a_story_with_the_readers_corrections_or_no_folder_is_not_asked_ahead(
    tmp_path: Path, settings: Any
) -> None:
    from corroborate.gui.app import ask_ahead

    folder = two_articles(tmp_path / "two")
    corrections = settings.corrections_path(folder)
    corrections.parent.mkdir(parents=True, exist_ok=True)
    corrections.write_text('{"outlets": [], "merged": [], "not_same_claim": []}')
    for source in (folder, tmp_path / "missing"):
        ahead = AnalysisAhead()
        try:
            assert not ask_ahead(ahead, source, settings)
            assert not ahead.asked_for(source)
        finally:
            ahead.close()


@pytest.mark.parametrize("subfolders", [False, True])
def test_the_first_story_is_asked_of_the_engine_as_the_analysis_made_ahead_was_asked_for(
    qtbot: Any, make_window: Any, settings: Any, tmp_path: Path, subfolders: bool
) -> None:
    asked: list[AnalysisOptions | None] = []

    class Recording(FakeEngine):
        def analyze(self, source: Any, options: Any = None, **kwargs: Any) -> Any:
            asked.append(options)
            return super().analyze(source, options, **kwargs)

    settings.set_read_subfolders(subfolders)
    ahead_request = read_options(settings.read_subfolders())  # as main() asks ahead
    window = make_window(Recording())
    open_new_folder(qtbot, window, tmp_path)
    assert asked == [ahead_request]
