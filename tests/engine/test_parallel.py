"""Work shared with a forked process (``engine/parallel.py``): the same results as doing it
all here, whatever happens to the other process."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from jumping_clock import ClockJumpingAnHourAfter

from corroborate.engine import AnalysisOptions, analyze, parallel, pipeline
from corroborate.engine.conflicts import disagree
from corroborate.engine.consensus import objective
from corroborate.engine.consensus.objective import ConceptCoverage
from corroborate.engine.matching import align
from corroborate.engine.models import Cancelled
from corroborate.engine.text.specifics import analyse
from two_stories import two_stories

forking = pytest.mark.skipif(not parallel.can_fork(), reason="forks only on Linux, 2+ CPUs")


@forking
def test_the_second_part_is_done_by_another_process_and_both_results_come_back_in_order() -> None:
    here, there = parallel.in_two(lambda: ("here", os.getpid()), lambda: ("there", os.getpid()))
    assert here == ("here", os.getpid())
    assert there[0] == "there" and there[1] != os.getpid()


@forking
def test_a_part_whose_process_dies_is_done_here_instead() -> None:
    parent = os.getpid()

    def crash_there() -> str:
        if os.getpid() != parent:
            os._exit(3)  # the copy dies without a result
        return "done here"

    assert parallel.in_two(lambda: 1, crash_there) == (1, "done here")


@forking
def test_a_part_whose_process_hangs_is_done_here_instead_and_the_process_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "MIN_WAIT_SECONDS", 0.3)
    helpers: list[parallel._Helper | None] = []
    fork = parallel._fork
    monkeypatch.setattr(parallel, "_fork", lambda work: helpers.append(fork(work)) or helpers[-1])
    parent = os.getpid()

    def hang_there() -> str:
        while os.getpid() != parent:
            time.sleep(1)  # the copy never answers
        return "done here"

    started = time.monotonic()
    assert parallel.in_two(lambda: 1, hang_there) == (1, "done here")
    assert time.monotonic() - started < 30  # a hang guard: the copy never answers
    helper = helpers[0]
    assert helper is not None and helper.reaped  # stopped and let go, not left running


@forking
def test_a_part_that_raises_in_the_other_process_is_done_here_and_raises_here() -> None:
    def fails() -> None:
        raise ValueError("no such figure")

    with pytest.raises(ValueError, match="no such figure"):
        parallel.in_two(lambda: 1, fails)


def test_both_parts_are_done_here_when_forking_is_not_asked_for() -> None:
    assert parallel.in_two(os.getpid, os.getpid, fork=False) == (os.getpid(), os.getpid())


def test_both_parts_are_done_here_from_a_thread_other_than_the_main_one() -> None:
    """The app analyses on a worker thread beside its window: it never forks."""
    found: list[tuple[int, int]] = []
    worker = threading.Thread(target=lambda: found.append(parallel.in_two(os.getpid, os.getpid)))
    worker.start()
    worker.join()
    assert found == [(os.getpid(), os.getpid())]
    assert not parallel.can_fork() or threading.active_count() == 1


@forking
def test_a_cancel_while_waiting_stops_the_other_process_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    helpers: list[parallel._Helper | None] = []
    fork = parallel._fork
    monkeypatch.setattr(parallel, "_fork", lambda work: helpers.append(fork(work)) or helpers[-1])
    started = time.monotonic()
    with pytest.raises(Cancelled):
        parallel.in_two(lambda: None, lambda: time.sleep(30), cancelled=lambda: True)
    assert time.monotonic() - started < 20  # a hang guard: waited for, the copy takes 30 s
    [helper] = helpers
    assert helper is not None
    with pytest.raises(ChildProcessError):  # stopped and reaped: no process left behind
        os.waitpid(helper.pid, os.WNOHANG)


# An invented story with figures, dates and a disagreement (three outlets say two were
# killed, one says three), so that every stage has sets, numbers and findings to send back.
STORY = {
    "harbour-gazette.txt": """Ferry runs aground off Palmer Point

PALMER POINT, June 4 (Harbour Gazette) — The ferry Saint Odile ran aground on a sandbar off Palmer Point on Tuesday morning with 212 passengers aboard.

Coast guard commander Ilse Varga said two people were killed and 31 were injured.

The ferry left Dunmore at 7:15 a.m. and struck the bar about forty minutes later, Varga said.

The operator, Tarrow Lines, said the vessel had passed an inspection in March.
""",
    "coastal-herald.txt": """Two dead as ferry strikes sandbar near Palmer Point

Two people died and 31 were hurt when the Saint Odile struck a sandbar off Palmer Point on Tuesday morning, Commander Ilse Varga of the coast guard said.

The ferry, carrying 212 passengers, had left Dunmore at 7:15 a.m.

Tarrow Lines said the Saint Odile passed an inspection in March and that it would cooperate with investigators.

Lifeboats from Dunmore and Kessel Bay took the passengers ashore.
""",
    "the-lantern.txt": """Saint Odile aground: questions over sandbar charts

Three people were killed and 31 were injured when the ferry Saint Odile ran aground off Palmer Point on Tuesday, the coast guard said.

The ferry had 212 passengers aboard when it struck the sandbar about forty minutes after leaving Dunmore.

Harbour pilots have warned for years that the charts of the bar are out of date.

Tarrow Lines said the vessel passed its last inspection in March.
""",
    # files the reading loop reports on, in their places: one empty, one without a story,
    # one in French
    "a-empty.txt": "",
    "c-list.txt": "Ferry timetable\n\nDunmore\n\nKessel Bay\n",
    "d-le-phare.txt": """Le ferry Saint Odile s'échoue au large de Palmer Point

Le ferry Saint Odile s'est échoué mardi matin sur un banc de sable au large de Palmer Point avec 212 passagers à bord, selon les garde-côtes.

Deux personnes ont été tuées et 31 blessées, a déclaré la commandante Ilse Varga.

La compagnie Tarrow Lines affirme que le navire avait passé une inspection en mars.
""",
    "bay-courier.txt": """Kessel Bay lifeboat crews praised after ferry rescue

Lifeboat crews from Kessel Bay and Dunmore brought 212 passengers ashore after the ferry Saint Odile ran aground off Palmer Point on Tuesday morning.

Commander Ilse Varga said two people were killed and 31 were injured in the grounding.

The Saint Odile left Dunmore at 7:15 a.m., according to Tarrow Lines.

The mayor of Kessel Bay said the crews had worked for six hours without a break.
""",
}


@forking
def test_an_analysis_shared_with_another_process_is_the_one_made_here_alone(
    make_folder: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder(STORY)
    alone = analyze(folder, AnalysisOptions(processes=1))
    # every stage shares its work however small the folder, and each fork is counted
    for module, limit in (
        (pipeline, "SHARED_FILES"),
        (pipeline, "SHARED_SPLITTING"),
        (pipeline, "SHARED_REST"),
        (align, "SHARED_JUDGING"),
        (disagree, "SHARED_PAIRS"),
    ):
        monkeypatch.setattr(module, limit, 0)
    forks: list[int] = []
    fork = parallel._fork

    def counted(work: Callable[[], object]) -> parallel._Helper | None:
        helper = fork(work)
        forks.append(helper.pid if helper else 0)
        return helper

    monkeypatch.setattr(parallel, "_fork", counted)
    shared = analyze(folder, AnalysisOptions(processes=2))
    # ingest, copies (beside the several-stories check), pair judging, disagreements, and
    # the echoes and distinctness (beside the title and ranking's weights)
    assert len(forks) == 5 and all(forks)
    # the story has something to send back, and files to report on
    assert alone.disagreements and alone.matches
    assert {p.file for p in alone.problems} >= {"a-empty.txt", "c-list.txt", "d-le-phare.txt"}
    # repr, not ==: the order of every set's items must be the same too
    assert repr(shared) == repr(alone)


@pytest.mark.parametrize("processes", [1, 2])
def test_the_sentences_specifics_are_let_go_once_the_analysis_is_done(
    make_folder: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    # kept for the echoes, the last stage to read them, whichever process reads those; the
    # app's process holds none of a folder's between its analyses
    monkeypatch.setattr(pipeline, "SHARED_REST", 0)
    analysis = analyze(make_folder(STORY), AnalysisOptions(processes=processes))
    assert analysis.matches
    assert analyse.cache_info().currsize == 0


@forking
def test_the_stories_of_a_mixed_folder_titled_by_another_process_are_titled_as_here_alone(
    make_folder: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder(two_stories())
    alone = analyze(folder, AnalysisOptions(processes=1))
    monkeypatch.setattr(pipeline, "SHARED_REST", 0)
    forks: list[Callable[[], object]] = []
    fork = parallel._fork

    def counted(work: Callable[[], object]) -> parallel._Helper | None:
        forks.append(work)
        return fork(work)

    monkeypatch.setattr(parallel, "_fork", counted)
    shared = analyze(folder, AnalysisOptions(processes=2))
    assert len(forks) == 2  # the copies, then half of the stories' titles (with the echoes)
    [warning] = [p for p in shared.problems if p.kind == "several-stories"]
    assert len(warning.labels) == 2 and all(warning.labels)
    assert repr(shared) == repr(alone)


@forking
def test_ranking_starts_from_the_weights_it_would_work_out_when_the_last_stages_are_shared(
    make_folder: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "SHARED_REST", 0)
    shared = analyze(make_folder(STORY), AnalysisOptions(processes=2))
    coverage = ConceptCoverage()
    kept = objective._weights(shared, coverage.consensus, coverage.lead, coverage.length)
    objective._cache.clear()
    weights, first, concepts = objective._weights(
        shared, coverage.consensus, coverage.lead, coverage.length
    )
    assert weights and any(first)
    # items, not ==: the order the weights are summed in must be the same too
    assert list(kept[0].items()) == list(weights.items()) and kept[1] == first
    # in order too: a chosen sentence's gain is summed over its concepts in their order
    assert [list(found) for found in kept[2]] == [list(found) for found in concepts]


def test_a_small_folder_is_analysed_without_forking(
    make_folder: Callable[..., Path],
    story_files: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forks: list[object] = []
    monkeypatch.setattr(parallel, "_fork", lambda work: forks.append(work))
    analyze(make_folder(story_files), AnalysisOptions(processes=2))
    assert forks == []


def test_a_folder_holding_a_web_page_is_ingested_file_by_file_as_it_is_read(
    make_folder: Callable[..., Path], story_files: dict[str, str]
) -> None:
    """Its web page is read by the readers' worker, a few files ahead, while this process
    ingests the ones read: reading them all first would lose that overlap."""
    files = {f"{k}-{name}": text for k in range(8) for name, text in story_files.items()}
    named = [(name, path) for name in files for path in [make_folder(files, "plain") / name]]
    assert pipeline._shared_reading(named, AnalysisOptions()) == parallel.can_fork()
    page = make_folder({"page.html": "<html><body><p>A page.</p></body></html>"}, "web")
    named.append(("page.html", page / "page.html"))
    assert not pipeline._shared_reading(named, AnalysisOptions())


def test_a_process_allowed_one_processor_does_all_the_work_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _pid: {0})
    assert not parallel.can_fork()
    assert parallel.in_two(lambda: os.getpid(), lambda: os.getpid()) == (os.getpid(),) * 2


@forking
def test_a_program_stopped_while_it_waits_does_not_find_the_other_process_late(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Ctrl-Z and fg an hour later (or a clock that jumps): the other process was stopped
    # as long, and its part is taken when it comes, not done again here.
    monkeypatch.setattr(parallel, "time", ClockJumpingAnHourAfter(3))
    parent = os.getpid()

    def there() -> str:
        time.sleep(0.5)
        return "there" if os.getpid() != parent else "here"

    assert parallel.in_two(lambda: 1, there) == (1, "there")


@forking
def test_letting_a_part_go_twice_closes_nothing_the_program_opened_since() -> None:
    helper = parallel._fork(lambda: "done")
    assert helper is not None
    assert helper.result(None, 10.0) == "done"
    helper.close()
    read_end, write_end = os.pipe()  # may be given the number the part's pipe had
    try:
        helper.close()
        os.write(write_end, b"x")
        assert os.read(read_end, 1) == b"x"
    finally:
        os.close(read_end)
        os.close(write_end)
