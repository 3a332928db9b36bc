"""Import the engine's libraries on the GUI thread, a little at a time, after the window shows.

PySide replaces Python's import machinery with a hook that inspects every
newly imported module's source; running it on a worker thread while the GUI
thread runs Python has been seen to corrupt memory. So the background task
must find everything it needs already imported: the engine lists it
(:mod:`corroborate.engine.warm`), including the modules its libraries load on
first use. Importing on the GUI thread costs up to a few hundred milliseconds
per library: one step per turn of the event loop keeps the window responsive,
and the window appears before any of it.

The first story need not wait for those imports: it is analysed in another
process (:class:`~corroborate.engine.ahead.AnalysisAhead`), started when the
program starts, which loads the engine while this one loads Qt. The app then
only needs the few modules that rank an analysis and compute what its panes
show (:func:`~corroborate.engine.warm.ranking_steps`), and loads the rest once the first summary is on
screen, or at once when another story is opened before that. :class:`AppEngine` is the engine as the
app's workers call it, which holds each call until what it needs is loaded.

The format readers and their libraries (trafilatura, pypdf, python-docx) are
never imported here, whatever the folder holds: every file is read in a worker
process (``corroborate.engine.readers.reading``), which imports what it reads. Those
workers fork from a server process, started first so that it loads the readers
on another CPU while this thread loads the analysis.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

import corroborate.engine as engine
from corroborate.engine import (
    Analysis,
    AnalysisOptions,
    CancelFn,
    Cancelled,
    ConsensusSummary,
    Corrections,
    ProgressFn,
    Source,
    SummaryOptions,
)
from corroborate.engine.ahead import AheadFailed, AnalysisAhead
from corroborate.engine.readers.reading import start_server
from corroborate.engine.warm import Step, analysis_steps, ranking_steps

log = logging.getLogger(__name__)

#: How often a worker waiting for the GUI thread's imports looks at ``cancelled()``.
_POLL_SECONDS = 0.05


def run_in_turns(steps: Sequence[Step], then: Callable[[], None] | None = None) -> None:
    """Run ``steps`` one per event-loop turn, then call ``then``."""
    pending = list(steps)

    def step() -> None:
        if not pending:
            if then is not None:
                then()
            return
        name, work = pending.pop(0)
        try:
            work()
        except Exception:  # a missing optional library shows up when a file needs it
            log.debug("could not load %s ahead of time", name, exc_info=True)
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)


def display_steps() -> list[Step]:
    """What showing a summary loads on the GUI thread: the engine's reading of words (its
    stemmer, stop words and figures), with which the evidence view marks shared words."""
    return [("the engine's reading of words", partial(engine.content_words, "Reading 2 reports"))]


class Warmup(QObject):
    """The engine's imports on the GUI thread, in stages, each a step per turn.

    :meth:`load_ranking` (then the first story can be opened, and what showing
    it needs is loaded) and :meth:`load_analysis`; workers wait for each with
    :meth:`wait_for_ranking` and :meth:`wait_for_analysis`, which ask for the
    analysis stage if it has not started.
    """

    _analysis_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ranking = threading.Event()
        self._analysis = threading.Event()
        self._analysis_started = False
        # Emitted on a worker, run on the GUI thread (this object's).
        self._analysis_wanted.connect(self.load_analysis)

    def load_ranking(self, then: Callable[[], None]) -> None:
        """Load what ranking needs, then call ``then``; then load what showing the
        summary needs, while the story is analysed."""

        def ready() -> None:
            self._ranking.set()
            then()
            run_in_turns(display_steps())

        run_in_turns(ranking_steps(), ready)

    def load_analysis(self) -> None:
        """Start the readers' server and load what an analysis needs (once; later calls
        do nothing)."""
        if self._analysis_started:
            return
        self._analysis_started = True
        steps = [("the readers' worker server", start_server), *ranking_steps()]
        run_in_turns([*steps, *analysis_steps()], self._loaded)

    def _loaded(self) -> None:
        self._ranking.set()
        self._analysis.set()

    def wait_for_ranking(self, cancelled: CancelFn | None = None) -> None:
        if not self._ranking.is_set():
            self._analysis_wanted.emit()  # loads the ranking modules too
        _wait(self._ranking, cancelled)

    def wait_for_analysis(self, cancelled: CancelFn | None = None) -> None:
        if not self._analysis.is_set():
            self._analysis_wanted.emit()
        _wait(self._analysis, cancelled)


def _wait(event: threading.Event, cancelled: CancelFn | None) -> None:
    while not event.wait(_POLL_SECONDS):
        if cancelled is not None and cancelled():
            raise Cancelled


class AppEngine:
    """The engine as the app's workers call it: each call waits until the GUI thread has
    imported what it needs, and the analysis made ahead is taken when it is the one asked for.

    Implements :class:`corroborate.engine.Engine`.
    """

    def __init__(self, warmup: Warmup, ahead: AnalysisAhead | None = None) -> None:
        self._warmup = warmup
        self._ahead = ahead
        self._lock = threading.Lock()

    def analyze(
        self,
        source: Source,
        options: AnalysisOptions | None = None,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Analysis:
        with self._lock:
            ahead, self._ahead = self._ahead, None  # it serves one analysis, the first asked
        if ahead is not None:
            if ahead.asked_for(source, options):
                try:
                    return ahead.result(progress, cancelled)
                except AheadFailed:
                    log.warning("the analysis made ahead failed; reading the folder here")
            else:
                ahead.close()
        self._warmup.wait_for_analysis(cancelled)
        return engine.analyze(source, options, progress=progress, cancelled=cancelled)

    def summarize(
        self, analysis: Analysis, options: SummaryOptions | None = None
    ) -> ConsensusSummary:
        self._ranking_loaded()
        return engine.summarize(analysis, options)

    def to_markdown(self, summary: ConsensusSummary) -> str:
        self._ranking_loaded()
        return engine.to_markdown(summary)

    def apply_corrections(self, analysis: Analysis, corrections: Corrections) -> Analysis:
        # Corrections recompute groups and claims with the analysis' own modules (numpy
        # among them): a worker waits until the GUI thread has imported them. Without
        # corrections there is nothing to apply, and the first summary waits for nothing.
        if corrections and threading.current_thread() is not threading.main_thread():
            self._warmup.wait_for_analysis()
        return engine.apply_corrections(analysis, corrections)

    def _ranking_loaded(self) -> None:
        # The GUI thread imports what it lacks itself (safely); a worker waits for it to.
        if threading.current_thread() is not threading.main_thread():
            self._warmup.wait_for_ranking()
