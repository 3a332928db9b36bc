"""The background runner and the settings facade, without any window."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from corroborate.engine.models import SummaryOptions
from corroborate.gui.export import suggested_filename
from corroborate.gui.settings import AppSettings, Defaults
from corroborate.gui.tasks import TaskRunner

from .helpers import HANG_GUARD_MS, deliver_queued


def test_only_the_latest_job_reports(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    results: list[object] = []
    runner.finished.connect(results.append)
    runner.start(lambda _p, _c: (release.wait(5), "old")[1])  # ignores cancellation
    runner.start(lambda _p, _c: "new")
    qtbot.waitUntil(lambda: results == ["new"])
    release.set()
    assert runner.wait(5000)
    deliver_queued()
    assert results == ["new"]
    assert not runner.busy


def test_errors_and_progress_reach_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    stages: list[str] = []
    runner.progress.connect(lambda stage, _f: stages.append(stage))

    def job(progress: Any, _cancelled: Any) -> None:
        progress("Reading…", 0.1)
        progress("Matching…", 0.5)
        raise ValueError("boom")

    with qtbot.waitSignal(runner.failed) as blocker:
        runner.start(job)
    assert isinstance(blocker.args[0], ValueError)
    assert stages == ["Reading…", "Matching…"]


def test_cancel_is_seen_by_the_job(qtbot: Any) -> None:
    runner = TaskRunner()
    seen = threading.Event()

    def job(_progress: Any, cancelled: Any) -> None:
        while not cancelled():
            threading.Event().wait(0.005)
        seen.set()

    runner.start(job)
    assert runner.cancel()
    assert seen.wait(5)
    assert not runner.cancel()  # nothing left to cancel


def test_settings_fall_back_to_defaults_on_bad_values(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("options/sentences", "lots")
    store.setValue("options/min_sources", 0)
    store.setValue("splitters/main", "not json")
    store.setValue("recent/folders", '{"a": 1}')
    settings = AppSettings(store, Defaults(sentences=6, min_sources=3))
    assert settings.options() == SummaryOptions(sentences=6, min_sources=3)
    assert settings.splitter_sizes("main") is None
    assert settings.recent_folders() == []
    assert settings.geometry() is None


def test_stored_options_beyond_what_the_window_offers_fall_back_to_defaults(
    qtbot: Any, tmp_path: Path
) -> None:
    from corroborate.gui.controls import OptionsBar

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store, Defaults(sentences=6, min_sources=3))
    controls = OptionsBar(SummaryOptions())
    qtbot.addWidget(controls)
    store.setValue("options/sentences", controls.length.maximum() + 1)
    store.setValue("options/min_sources", controls.min_sources.maximum() + 1)
    assert settings.options() == SummaryOptions(sentences=6, min_sources=3)
    store.setValue("options/sentences", controls.length.maximum())
    assert settings.options().sentences == controls.length.maximum()


def test_recent_folders_are_unique_newest_first_and_bounded(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store, Defaults(max_recent=3))
    for name in ("a", "b", "c", "a", "d"):
        settings.add_recent_folder(tmp_path / name)
    assert settings.recent_folders() == [tmp_path / n for n in ("d", "a", "c")]


def test_suggested_file_names_are_plain() -> None:
    assert suggested_filename("Carrowgate Bridge collapse: 2 dead") == (
        "carrowgate-bridge-collapse-2-dead.md"
    )
    assert suggested_filename("Über-Brücke — “Einsturz”") == "uber-brucke-einsturz.md"
    assert suggested_filename("!!!") == "summary.md"


def test_modules_are_imported_a_turn_at_a_time_then_the_work_starts(qtbot: Any) -> None:
    import importlib
    import sys

    from corroborate.gui.prewarm import run_in_turns

    done: list[bool] = []
    steps = [
        (name, lambda name=name: importlib.import_module(name))
        for name in ("colorsys", "no_such_module_here")
    ]
    run_in_turns(steps, lambda: done.append(True))
    assert not done  # nothing happens before the event loop turns
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert "colorsys" in sys.modules  # and a missing module does not stop the chain


def test_signals_and_single_shot_timers_keep_pythons_reference_counts(qtbot: Any) -> None:
    # A Qt binding that drops one reference to True per emitted signal (or to None
    # per single-shot timer) crashes a long session once the count reaches zero.
    import sys

    from PySide6.QtCore import QObject, QTimer, Signal

    class Emitter(QObject):
        ping = Signal()
        value = Signal(int)

    emitter = Emitter()
    seen: list[int] = []
    emitter.value.connect(seen.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(500):
        emitter.ping.emit()
        emitter.value.emit(n)
    fired: list[bool] = []
    for _ in range(200):
        QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: len(fired) == 200, timeout=5000)
    fired.clear()
    assert len(seen) == 500
    # other code may take or drop a few references meanwhile; a leak per call would be hundreds
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50


class _Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_garbage_cycles_frozen_by_a_job_are_collected_when_a_story_is_read(
    qtbot: Any, monkeypatch: Any
) -> None:
    import gc
    import weakref

    from corroborate.gui import tasks

    # each job is quick, but a collection over a loaded machine may take seconds: the
    # waits only guard against a hang
    monkeypatch.setattr(tasks, "FROZEN_LIMIT", 0)
    # The pause is the process's: a job of an earlier test still winding down (a
    # cancelled run, on a loaded machine) keeps it held, and until it is let go nothing
    # is frozen and no story read collects; and a collection an earlier test made sets
    # the size the frozen heap must double from. Both are waited out or set aside here.
    qtbot.waitUntil(lambda: tasks._GC._depth == 0, timeout=HANG_GUARD_MS)
    monkeypatch.setattr(tasks._GC, "_live", 0)
    runner = TaskRunner()
    refs: list[weakref.ref] = []

    def make_garbage(_p: Any, _c: Any) -> None:
        refs.append(weakref.ref(_Cycle()))  # garbage at once, but the collector is off

    with qtbot.waitSignal(runner.finished, timeout=HANG_GUARD_MS):
        runner.start(make_garbage)
    assert refs[0]() is not None and gc.get_freeze_count() > 0  # frozen with the job's work
    with qtbot.waitSignal(runner.finished, timeout=HANG_GUARD_MS):
        runner.start(lambda _p, _c: None)  # re-ranking: no collection
    assert refs[0]() is not None
    with qtbot.waitSignal(runner.finished, timeout=HANG_GUARD_MS):
        runner.start(lambda _p, _c: None, tidy=True)  # a story is read
    assert refs[0]() is None
    # Right after a collection the frozen heap is what is alive: the next story read
    # does not collect again until it has doubled.
    collections = len(tasks._GC.collection_seconds)
    with qtbot.waitSignal(runner.finished, timeout=HANG_GUARD_MS):
        runner.start(lambda _p, _c: None, tidy=True)
    assert len(tasks._GC.collection_seconds) == collections
