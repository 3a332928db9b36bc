"""Run the slow analysis off the GUI thread; the newest request always wins.

Each run gets a token. Starting a run cancels the previous one (through the
engine's ``cancelled`` callable) and any result, error or progress report that
still arrives from an older token is dropped, so a slow, cancelled analysis can
never overwrite the folder the user opened after it. Workers never touch
widgets: they only emit signals, which Qt queues onto the GUI thread.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

#: ``job(progress, cancelled)`` does the work and returns its result.
Job = Callable[[Callable[[str, float], None], Callable[[], bool]], Any]

#: Progress reports closer together than this are coalesced (stage changes always pass).
_PROGRESS_INTERVAL = 0.05


#: Frozen objects beyond this many, and beyond twice as many as were alive after the
#: last full collection, are collected when the next story is read (see ``_GcPause``).
#: A window showing a 300-article story holds about 800,000 objects (two stories'
#: worth while one replaces the other) and leaks about 100 in cycles per story read.
FROZEN_LIMIT = 1_000_000


class _GcPause:
    """Keeps Python's cyclic garbage collector off while any worker runs.

    A full collection over a freshly built analysis holds the interpreter lock
    for a few hundred milliseconds, freezing the GUI thread with it. Instead the
    collector is paused during the work, and what the work built is then moved
    out of the collector's sight (``gc.freeze``); it is still freed by reference
    counting when the next story replaces it.

    Reference counting cannot free cycles, so garbage cycles frozen with the work
    would pile up over a long session. When a story is read (``tidy``) and the
    frozen objects have grown past :data:`FROZEN_LIMIT` and past twice those
    alive after the last full collection, they are unfrozen and collected once,
    on the worker, before the reading starts (it holds the interpreter, so the
    window pauses as long: about a second for a million objects), and the
    survivors are frozen again. The leak is thus bounded, and the pause is rare:
    never while a control moves, and in ordinary use not in thousands of stories.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = True
        #: frozen objects right after the last full collection
        self._live = 0
        #: how long each full collection took, in seconds (for tests and benchmarks)
        self.collection_seconds: list[float] = []

    @contextlib.contextmanager
    def paused(self, tidy: bool = False) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
                if tidy and gc.get_freeze_count() > max(2 * self._live, FROZEN_LIMIT):
                    started = time.perf_counter()
                    gc.unfreeze()
                    gc.collect()
                    gc.freeze()
                    self._live = gc.get_freeze_count()
                    self.collection_seconds.append(time.perf_counter() - started)
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    gc.freeze()
                    if self._was_enabled:
                        gc.enable()


_GC = _GcPause()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it."""

    progress = Signal(int, str, float)
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Run(QRunnable):
    def __init__(
        self, token: int, job: Job, relay: _Relay, stop: threading.Event, tidy: bool = False
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._token, self._job, self._relay, self._stop = token, job, relay, stop
        self._tidy = tidy
        self._last_stage = ""
        self._last_time = 0.0

    def _progress(self, stage: str, fraction: float) -> None:
        now = time.monotonic()
        if stage == self._last_stage and now - self._last_time < _PROGRESS_INTERVAL:
            return
        self._last_stage, self._last_time = stage, now
        self._relay.progress.emit(self._token, stage, float(fraction))

    def run(self) -> None:
        try:
            with _GC.paused(self._tidy):
                result = self._job(self._progress, self._stop.is_set)
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            self._relay.failed.emit(self._token, exc)
        else:
            self._relay.finished.emit(self._token, result)


class TaskRunner(QObject):
    """One background task at a time from the user's point of view: the latest.

    Signals carry no token: stale reports are already filtered out here.
    """

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # Room for a cancelled run that is still winding down next to the new one.
        self._pool.setMaxThreadCount(3)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._token = 0
        self._stop: threading.Event | None = None

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def start(self, job: Job, tidy: bool = False) -> int:
        """Cancel whatever runs and start ``job``; returns the new run's token.

        ``tidy``: the job reads a story, a moment when garbage cycles kept frozen by
        earlier jobs may be collected (see :class:`_GcPause`).
        """
        self.cancel()
        self._token += 1
        self._stop = threading.Event()
        self._pool.start(_Run(self._token, job, self._relay, self._stop, tidy))
        return self._token

    def cancel(self) -> bool:
        """Ask the running job to stop and forget it; returns whether one was running."""
        if self._stop is None:
            return False
        self._stop.set()
        self._stop = None
        self._token += 1  # anything still in flight is now stale
        return True

    def wait(self, msecs: int = 3000) -> bool:
        """Block until workers have wound down (used when the window closes)."""
        return self._pool.waitForDone(msecs)

    def _on_progress(self, token: int, stage: str, fraction: float) -> None:
        if token == self._token and self._stop is not None:
            self.progress.emit(stage, fraction)

    def _on_finished(self, token: int, result: object) -> None:
        if token == self._token and self._stop is not None:
            self._stop = None
            self.finished.emit(result)

    def _on_failed(self, token: int, error: object) -> None:
        if token == self._token and self._stop is not None:
            self._stop = None
            self.failed.emit(error)
