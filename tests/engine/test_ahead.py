"""An analysis made ahead in another process is the analysis made here, and stops when asked."""

from __future__ import annotations

import functools
import multiprocessing
import time
from pathlib import Path

import pytest
from jumping_clock import ClockJumpingAnHourAfter

from corroborate.engine import (
    AnalysisOptions,
    Cancelled,
    NoArticlesError,
    analyze,
    summarize,
    to_json,
)
from corroborate.engine.ahead import AnalysisAhead
from corroborate.resources import sample_story


def test_the_analysis_made_ahead_gives_the_same_report_as_one_made_here() -> None:
    ahead = AnalysisAhead()
    ahead.request(sample_story())
    stages: list[str] = []
    made_ahead = ahead.result(progress=lambda stage, _fraction: stages.append(stage))
    assert to_json(summarize(made_ahead)) == to_json(summarize(analyze(sample_story())))
    assert stages[0].startswith("Reading") and stages[-1] == "Done"


def test_only_the_folder_and_options_asked_for_are_served(tmp_path: Path) -> None:
    ahead = AnalysisAhead()
    ahead.request(sample_story(), AnalysisOptions())
    try:
        assert ahead.asked_for(sample_story())
        assert not ahead.asked_for(tmp_path)
        assert not ahead.asked_for(sample_story(), AnalysisOptions(exclude=("a.txt",)))
    finally:
        ahead.close()


def test_a_folder_without_articles_raises_the_engines_error(tmp_path: Path) -> None:
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    ahead = AnalysisAhead()
    ahead.request(tmp_path)
    with pytest.raises(NoArticlesError) as raised:
        ahead.result()
    with pytest.raises(NoArticlesError) as here:
        analyze(tmp_path)
    assert str(raised.value) == str(here.value)


def test_cancelling_stops_the_process() -> None:
    ahead = AnalysisAhead()
    ahead.request(sample_story())
    with pytest.raises(Cancelled):
        ahead.result(cancelled=lambda: True)
    process = ahead._process
    process.join(timeout=30)
    assert process.exitcode == 0


def test_closing_an_analysis_never_asked_for_ends_its_process() -> None:
    ahead = AnalysisAhead()
    started = time.monotonic()
    ahead.close()
    process = ahead._process
    process.join(timeout=30)
    assert process.exitcode == 0
    assert time.monotonic() - started < 30


def test_a_process_that_dies_without_an_answer_is_reported_as_such() -> None:
    from corroborate.engine.ahead import AheadFailed

    ahead = AnalysisAhead()
    ahead.request(sample_story())
    ahead._process.kill()
    with pytest.raises(AheadFailed):
        ahead.result()


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_the_process_is_prepared_before_it_analyses_whether_forked_or_spawned(
    start: str, tmp_path: Path
) -> None:
    if start not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start} on this platform")
    marker = tmp_path / "prepared"
    ahead = AnalysisAhead(
        multiprocessing.get_context(start), prepare=functools.partial(Path.touch, marker)
    )
    ahead.request(sample_story())
    made_ahead = ahead.result()
    assert marker.exists()
    assert to_json(summarize(made_ahead)) == to_json(summarize(analyze(sample_story())))


def test_a_process_that_goes_silent_is_stopped_and_reported_rather_than_waited_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from corroborate.engine import ahead as ahead_module
    from corroborate.engine.ahead import AheadFailed
    from corroborate.engine.models import ReadLimits

    monkeypatch.setattr(ahead_module, "SILENT_SECONDS", 0.5)
    # Hung before it ever loads the engine: it never answers nor reports progress.
    ahead = AnalysisAhead(prepare=functools.partial(time.sleep, 3600))
    ahead.request(sample_story(), AnalysisOptions(limits=ReadLimits(seconds_per_file=0.5)))
    started = time.monotonic()
    with pytest.raises(AheadFailed, match="said nothing"):
        ahead.result()
    assert time.monotonic() - started < 30  # a hang guard: unstopped, it waits an hour
    ahead._process.join(timeout=10)
    assert not ahead._process.is_alive()


def test_a_dead_process_is_reported_even_while_a_process_it_forked_holds_its_pipe_open(
    tmp_path: Path,
) -> None:
    import contextlib
    import os
    import signal

    from corroborate.engine.ahead import AheadFailed

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    named = tmp_path / "orphan"
    prepare = functools.partial(_leave_an_orphan, named)
    ahead = AnalysisAhead(multiprocessing.get_context("fork"), prepare=prepare)
    ahead.request(sample_story())
    started = time.monotonic()
    try:
        with pytest.raises(AheadFailed, match="ended"):
            ahead.result()
        assert time.monotonic() - started < 10
    finally:  # the copy left behind ends with the test, not 20 s after the test run
        for _ in range(100):
            if named.exists() and named.read_text():
                with contextlib.suppress(ProcessLookupError):  # it may have ended
                    os.kill(int(named.read_text()), signal.SIGKILL)
                break
            time.sleep(0.05)


def _leave_an_orphan(named: Path) -> None:
    """Fork a copy that sleeps on with the pipe open (its id written to ``named``), then
    die without an answer."""
    import os

    if (pid := os.fork()) == 0:
        time.sleep(20)
        os._exit(0)
    named.write_text(str(pid))
    os._exit(4)


def test_closing_with_a_grace_ends_a_process_that_hangs_so_that_no_exit_waits_on_it() -> None:
    ahead = AnalysisAhead(prepare=functools.partial(time.sleep, 3600))  # never listens
    started = time.monotonic()
    ahead.close(grace=0.3)
    assert not ahead._process.is_alive()
    assert time.monotonic() - started < 30  # a hang guard: unstopped, it sleeps an hour


def test_closing_with_a_grace_lets_a_process_that_listens_end_by_itself() -> None:
    ahead = AnalysisAhead()
    ahead.close(grace=30)
    assert ahead._process.exitcode == 0  # it ended on its own, not by force


def test_a_file_that_takes_most_of_its_reading_limit_is_not_taken_for_a_hang(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from corroborate.engine import ahead as ahead_module
    from corroborate.engine.models import ReadLimits

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    # The process says nothing while one file is read, for as long as the file's reader
    # may take (the options' limit): longer than the silence taken for a hang.
    monkeypatch.setattr(ahead_module, "SILENT_SECONDS", 0.5)
    options = AnalysisOptions(limits=ReadLimits(seconds_per_file=4.0))
    ahead = AnalysisAhead(multiprocessing.get_context("fork"), prepare=_slow_first_read)
    ahead.request(sample_story(), options)
    made_ahead = ahead.result()  # not AheadFailed: the process was at work
    assert to_json(summarize(made_ahead)) == to_json(summarize(analyze(sample_story(), options)))


def _slow_first_read() -> None:
    """In the process ahead: its first file takes 1.5 s to read, as a long PDF may."""
    from corroborate.engine.readers import reading

    read = reading.Reader.read
    slept: list[bool] = []

    def slow(self: reading.Reader, path: Path) -> object:
        if not slept:
            slept.append(True)
            time.sleep(1.5)
        return read(self, path)

    reading.Reader.read = slow  # type: ignore[method-assign]


def test_a_program_stopped_while_it_waits_does_not_take_the_process_ahead_for_hung(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from corroborate.engine import ahead as ahead_module

    # Ctrl-Z and fg an hour later (or a clock that jumps): the process ahead was stopped
    # as long, and its answer is taken when it comes.
    monkeypatch.setattr(ahead_module, "time", ClockJumpingAnHourAfter(1))
    ahead = AnalysisAhead()
    ahead.request(sample_story())
    made_ahead = ahead.result()  # not AheadFailed
    assert to_json(summarize(made_ahead)) == to_json(summarize(analyze(sample_story())))


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs a forked process"
)
def test_the_process_analysing_ahead_runs_no_cyclic_collection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one analysis, then the process ends: as on the command line, the collector's passes
    # over the analysis would free next to nothing (the forked copy sees this stand-in)
    import gc

    from corroborate.engine import pipeline

    def collecting(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"collecting: {gc.isenabled()}")

    monkeypatch.setattr(pipeline, "run_analysis", collecting)
    ahead = AnalysisAhead(context=multiprocessing.get_context("fork"))
    ahead.request(sample_story())
    with pytest.raises(RuntimeError, match="collecting: False"):
        ahead.result()
    assert gc.isenabled()  # the program's own process keeps collecting
