"""An analysis run in another process, started before its folder is even known.

A program's first analysis waits on the engine's imports (numpy, the
sentence splitter, the stages' patterns: about half a second of processor
time) as much as on the analysis itself. :class:`AnalysisAhead` starts a
process at once that loads all of it, then waits for one folder;
:meth:`~AnalysisAhead.request` names it as soon as the program knows it, and
:meth:`~AnalysisAhead.result` hands back its :class:`Analysis`, the same as
:func:`corroborate.engine.analyze` would have returned. Meanwhile the program
loads and does what it likes on its own CPU: the desktop app loads Qt and
builds its window.

The process reports progress; ``cancelled()`` turning True, :meth:`close`, or
this process ending stops it (its file reader stops with it). One process
serves one analysis: a program analyses its later folders itself.

A wait for it never hangs: a process that has ended (crashed, killed) is seen at
once, even while a process it started still holds its pipe open, and one that
says nothing for longer than a file's reading may take (the request's
``limits.seconds_per_file``) and :data:`SILENT_SECONDS` more (stopped,
deadlocked) is stopped. Either way :meth:`~AnalysisAhead.result` raises :class:`AheadFailed`, and the program
analyses the folder itself.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from .models import Analysis, AnalysisOptions, CancelFn, Cancelled, ProgressFn, Source

log = logging.getLogger(__name__)

#: How much lower the other process's priority is than the program's (POSIX ``nice``).
NICENESS = 10
#: How often a wait for the other process looks at ``cancelled()``.
_POLL_SECONDS = 0.05
#: How long the other process may go without a word (progress or answer), beyond the
#: time one file's reader may take (it reports before each file, then waits for it),
#: before it is taken for hung and stopped. Its stages report every few seconds on the
#: largest folder, so only a process that no longer works is ever this quiet.
SILENT_SECONDS = 30.0
#: The most one turn of a wait counts towards the silence, in seconds: a program stopped
#: while it waits (Ctrl-Z, then fg) finds the other process stopped as long, not hung.
_MAX_TURN_SECONDS = 1.0


def silence_allowed(options: AnalysisOptions) -> float:
    """How long the process analysing with ``options`` may say nothing before it is taken
    for hung: as long as one file's reader may take, and :data:`SILENT_SECONDS` more."""
    return options.limits.seconds_per_file + SILENT_SECONDS


class AheadFailed(Exception):
    """The other process ended without an answer (it crashed or was killed)."""


def _serve(
    conn: Connection, program_end: Connection, prepare: Callable[[], object] | None = None
) -> None:
    """In the other process: ``prepare()``, load the engine, then analyse the one folder
    asked for."""
    import signal

    program_end.close()  # a forked copy: only the program's own closing must end the pipe
    if prepare is not None:
        prepare()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the program's to handle
    if hasattr(os, "nice"):
        # On a busy machine the program's own start (the app's window) comes first.
        os.nice(NICENESS)
    from .pipeline import run_analysis
    from .warm import analysis_steps

    # One process, one analysis, then it ends: as the command line, it runs no cyclic
    # collection at all (at 500 articles its passes over the analysis' young objects take
    # about 0.4 s and free a few hundred objects; the memory of what cycles there are is
    # returned when the process ends). Set here: the program's own process keeps collecting.
    gc.disable()

    # This process analyses on its main thread, where importing late is safe: the readers'
    # worker pool is imported only if the folder holds a file that needs it.
    for _name, work in analysis_steps(worker=False):
        work()
    try:
        source, options = conn.recv()
    except (EOFError, OSError):
        return  # the program ended, or never needed this analysis

    def progress(stage: str, fraction: float) -> None:
        conn.send(("progress", stage, fraction))

    def cancelled() -> bool:
        return conn.poll()  # the program closes its end to cancel

    try:
        analysis = run_analysis(source, options, progress=progress, cancelled=cancelled)
    except Cancelled:
        return
    except Exception as error:
        reply: tuple[str, Any] = ("failed", error)
    else:
        reply = ("done", analysis)
    try:
        conn.send(reply)
    except (OSError, ValueError):
        return  # the program is gone
    except Exception:  # an exception that cannot be pickled: the program reads the folder itself
        log.debug("could not send the analysis back", exc_info=True)


def _context() -> Any:
    """Fork while this process runs a single thread (Linux): the new process starts at once
    with what is already imported. Otherwise, or once threads run, a fresh interpreter."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class AnalysisAhead:
    """One analysis in another process: started now, told its folder later.

    Start it as early as possible, before the program loads its other libraries:
    on Linux, while the program still runs one thread, the process is forked and
    starts loading at once.
    """

    def __init__(self, context: Any = None, prepare: Callable[[], object] | None = None) -> None:
        """``prepare``: called first in the other process, before the engine loads (what the
        program does at its own start that a fresh interpreter would lack); it must pickle
        (a module's function) where the process is spawned rather than forked."""
        self._lock = threading.Lock()
        self._conn, child = multiprocessing.Pipe()
        self._asked: tuple[Source, AnalysisOptions] | None = None
        self._process = (context or _context()).Process(
            target=_serve, args=(child, self._conn, prepare), name="corroborate-analysis-ahead"
        )
        self._process.start()
        child.close()

    def request(self, source: Source, options: AnalysisOptions | None = None) -> None:
        """Name the folder (or list of files) to analyse, with its options; once."""
        options = options or AnalysisOptions()
        with self._lock:
            if self._asked is not None:
                raise RuntimeError("an analysis ahead serves one request")
            self._asked = (source, options)
            with contextlib.suppress(OSError, ValueError):  # gone: result() says so
                self._conn.send((source, options))

    def asked_for(self, source: Source, options: AnalysisOptions | None = None) -> bool:
        """Whether this is the analysis requested (same source, same options)."""
        with self._lock:
            return self._asked == (source, options or AnalysisOptions())

    def result(
        self, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
    ) -> Analysis:
        """Wait for the analysis, passing on its progress; raise what the analysis raised.

        Raises :class:`Cancelled` (and stops the process) when ``cancelled()`` turns
        True, and :class:`AheadFailed` when the process ends without an answer or says
        nothing for a file's reading limit and :data:`SILENT_SECONDS` more (it is then
        stopped).
        """
        if self._asked is None:
            raise RuntimeError("nothing was requested")
        quiet = silence_allowed(self._asked[1])
        silent, last = 0.0, time.monotonic()
        try:
            while True:
                if cancelled is not None and cancelled():
                    raise Cancelled
                try:
                    if not self._conn.poll(_POLL_SECONDS):
                        now = time.monotonic()
                        silent += min(now - last, _MAX_TURN_SECONDS)
                        last = now
                        self._check_alive(silent, quiet)
                        continue
                    kind, *content = self._conn.recv()
                except (EOFError, OSError) as error:
                    raise AheadFailed("the analysis process ended without an answer") from error
                silent, last = 0.0, time.monotonic()
                if kind == "progress":
                    if progress is not None:
                        progress(*content)
                    continue
                if kind == "failed":
                    raise content[0]
                analysis: Analysis = content[0]
                return analysis
        finally:
            self.close()

    def _check_alive(self, silent: float, quiet: float) -> None:
        """Raise :class:`AheadFailed` when the process has ended with nothing left to read
        (a process it forked may keep the pipe open after it), or has been ``silent`` (the
        seconds waited since it last spoke) for longer than ``quiet`` (then it is
        stopped)."""
        if not self._process.is_alive() and not self._conn.poll():
            raise AheadFailed("the analysis process ended without an answer")
        if silent > quiet:
            self.close(grace=0)
            raise AheadFailed(f"the analysis process said nothing for {quiet:g} s")

    def close(self, grace: float | None = None) -> None:
        """Stop the process (when it is still at work) and let it go; safe to call again.

        With ``grace`` (seconds), wait that long for it to end, then end it by force: a
        program about to exit never waits on a process that hangs (the interpreter
        would wait for it at its exit)."""
        with self._lock:
            self._conn.close()  # the process takes it as a cancellation and ends
        if grace is None:
            self._process.join(timeout=0)
            return
        self._process.join(timeout=grace)
        if self._process.is_alive():
            with contextlib.suppress(OSError, ValueError):
                self._process.kill()
            self._process.join(timeout=1)
