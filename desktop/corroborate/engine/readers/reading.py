"""Reading article files under limits, where a hostile file can neither hang nor crash a run.

A file a third-party parser reads (a web page through trafilatura and lxml, a
PDF, a Word document, any format without a reader of our own) is read in a
worker process (a pebble process pool) that has a memory ceiling and a time
limit per file. A reader that runs
too long is stopped and the file skipped with that limit named; one that
exhausts its memory or dies takes only that file with it. The worker holds its
own interpreter lock, so a reader stuck in a regular expression or a parser
never freezes the app's window, and cancelling (Cancel, closing the window,
Ctrl-C) stops the worker at once instead of waiting for the read to end.

Plain text and Markdown are read in this process instead, when the reading runs on
the main thread (the command line, the process that analyses the app's first
story ahead) and the file is on a local filesystem (``mounts.py``: a read on a network
or FUSE filesystem can block on a hung server, and goes to the worker, whose time
limit ends it): those limits exist for
parsers we do not control, and our own reader (``readers.text``) needs none of
them. It refuses a file over 5 MB before reading it, opens it with
``O_NONBLOCK`` and refuses anything the descriptor's ``fstat`` does not call a
regular file (so a named pipe or device swapped in after the folder was listed
can neither block nor stream forever), and decodes and cleans the bytes with
linear regular expressions, so its time and memory are bounded by that cap.
Reading such a file in this process gives the same text and the same messages
as reading it in the worker (but for running out of memory: no memory limit applies
here, so the message says the computer had no more free, not the worker's limit), and a folder of only plain text and Markdown never
imports pebble or multiprocessing, nor starts a worker. Reading on another thread
(the app's own analyses, while its main thread draws the window) sends every file to
the worker and waits, which leaves the interpreter lock to the window.

The folder as a whole has budgets too, for every file wherever it is read: total
characters and total reading time, past which the remaining files are skipped
with the budget named; a cancel is noticed before each file.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from ..models import CancelFn, Cancelled, RawDocument, ReadLimits
from . import OWN_SUFFIXES, UnreadableFile, read_document, reader_for
from .mounts import RemoteCheck
from .plaintext import strip_controls

log = logging.getLogger(__name__)

_MB = 1024 * 1024
#: How often a wait for the worker looks at ``cancelled()``.
_POLL_SECONDS = 0.05


def reads_in_process(path: Path) -> bool:
    """Whether ``path`` is read in this process: plain text or Markdown read by our own
    reader (a reader registered over it for those suffixes goes to the worker)."""
    suffix = path.suffix.lower()
    if suffix not in OWN_SUFFIXES:
        return False
    reader = reader_for(path)
    return reader is not None and reader.__module__ == f"{__package__}.text"


def _plain_reason(error: BaseException) -> str:
    """Why a reader failed, for an exception no reader anticipated."""
    if isinstance(error, MemoryError):
        return "reading it needed more memory than the limit allows"
    if isinstance(error, RecursionError):
        return "it is nested too deeply to read"
    return f"it could not be read ({type(error).__name__})"


def read_checked(path: Path, chars_per_file: int) -> RawDocument:
    """Read one file, its text without control characters or escape sequences; every
    failure becomes :class:`UnreadableFile` with a reason."""
    try:
        raw = read_document(path)
    except (UnreadableFile, MemoryError):
        raise  # a MemoryError is named with the limit by the caller
    except Exception as error:  # any reader's bug or a library's surprise costs one file
        raise UnreadableFile(_plain_reason(error)) from None

    def clean(value: str | None) -> str | None:
        return strip_controls(value).replace("\n", " ") if value else value

    raw = replace(
        raw,
        text=strip_controls(raw.text),
        title=clean(raw.title),
        outlet=clean(raw.outlet),
        author=clean(raw.author),
        date=clean(raw.date),
        url=clean(raw.url),
        page_title=clean(raw.page_title),
    )
    if len(raw.text) > chars_per_file:
        raise UnreadableFile(
            f"its text is too long ({len(raw.text):,} characters; the limit is "
            f"{chars_per_file:,} per file)"
        )
    return raw


def _maxrss_mb() -> float:
    """This process's peak resident memory so far, in MB (0 where it cannot be told)."""
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (_MB if sys.platform == "darwin" else 1024)


#: The worker's peak when it started: a forked worker's peak counts its parent's pages.
_STARTED_AT_MB = 0.0


def _peak_mb() -> float:
    """How far the worker's memory rose above where it started, in MB: what reading took."""
    return max(0.0, _maxrss_mb() - _STARTED_AT_MB)


def _read_in_worker(path: Path, chars_per_file: int) -> tuple[RawDocument, float]:
    """In the worker: the document and the worker's peak memory (also on a failure)."""
    try:
        raw = read_checked(path, chars_per_file)
    except UnreadableFile as error:
        error.peak_mb = _peak_mb()
        raise
    return raw, _peak_mb()


def _worker_setup(memory: int) -> None:
    """In the worker: a memory ceiling, and Ctrl-C left to the parent (which stops us)."""
    global _STARTED_AT_MB
    _STARTED_AT_MB = _maxrss_mb()

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # held back while it started (_interrupts_held)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        import resource
    except ImportError:  # Windows: no address-space limit; the time limit still holds
        return
    used = 0
    try:
        with open("/proc/self/statm") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        used = 512 * _MB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + memory
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


#: What the forkserver imports once, so that each worker forks from it ready to read text.
_SERVER_PRELOAD = ["corroborate.engine.readers", "corroborate.engine.readers.text"]


def _server_context() -> Any:
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_SERVER_PRELOAD)
    return context


def _context() -> Any:
    """How workers start: fork from a single-threaded process (the command line, scripts),
    where it is safe and instant; forkserver from a threaded one (the app); spawn elsewhere."""
    import multiprocessing

    if sys.platform.startswith("linux"):
        if threading.active_count() == 1:
            return multiprocessing.get_context("fork")
        return _server_context()
    return multiprocessing.get_context("spawn")


def start_server() -> None:
    """Start the process that readers' workers fork from (Linux), now rather than on the
    first read; elsewhere do nothing (workers are spawned afresh).

    A threaded application (the app) calls this on its main thread early: the server is a
    new interpreter importing the readers, work that then runs on another CPU while the
    application loads the rest, instead of delaying the first read. Later reads start
    their workers from the same server.
    """
    if sys.platform.startswith("linux"):
        _server_context()
        from multiprocessing import forkserver

        forkserver.ensure_running()


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C held back in this thread (POSIX) while the pool may start its worker.

    A worker forked from this thread, and the pool's own threads (which start the
    workers that replace a stopped one), begin with Ctrl-C held back too, and the
    worker lets it through only once it ignores it (``_worker_setup``). Otherwise a
    Ctrl-C landing in the instant after the fork would reach the handler the worker
    inherited and end it with a traceback on the terminal. A Ctrl-C meant for this
    process is delivered when the block ends, a moment later.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


#: Files the worker reads ahead of the one asked for, while this process ingests that one.
READ_AHEAD = 8
#: Threads ending closed pools (each waits for its pool's worker to be stopped).
_STOPPING: list[threading.Thread] = []


class Reader:
    """Reads files one at a time under :class:`ReadLimits`; a context manager.

    The worker is started on first use and replaced after it is stopped (time
    limit, crash); leaving the ``with`` block stops it. Files announced with
    :meth:`read_ahead` are read by the worker a few ahead of :meth:`read`, each
    under the same limits, so reading and the caller's own work overlap.
    """

    def __init__(
        self,
        limits: ReadLimits | None = None,
        cancelled: CancelFn | None = None,
        remote: Callable[[Path], bool] | None = None,
    ):
        self.limits = limits or ReadLimits()
        self._cancelled = cancelled or (lambda: False)
        #: whether a file lives on a network or FUSE filesystem (``mounts.RemoteCheck``)
        self._remote = remote or RemoteCheck()
        self._pool: Any = None
        self._started = time.monotonic()
        #: files announced and not yet handed to the worker, in order
        self._coming: list[Path] = []
        #: files handed to the worker ahead of being asked for, with their reads
        self._ahead: dict[Path, Any] = {}
        self.chars = 0
        #: the most memory a worker took for reading (its peak above its start), in MB
        self.peak_mb = 0.0

    def __enter__(self) -> Reader:
        self._started = time.monotonic()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
        if self.peak_mb:
            log.info("reading: worker peak memory %.1f MB above its start", self.peak_mb)

    def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.stop()
            # The pool's manager notices the stop on its next poll (up to 0.1 s) and only
            # then ends the worker: waited for on a thread of its own, not by the analysis.
            stopping = threading.Thread(
                target=pool.join, kwargs={"timeout": 5}, name="corroborate-reader-stop"
            )
            stopping.start()
            _STOPPING.append(stopping)
        # Reads in flight die with the worker: those files are read again when asked for.
        self._coming[:0] = list(self._ahead)
        self._ahead.clear()

    def read_ahead(self, paths: Iterable[Path]) -> None:
        """Announce the files :meth:`read` will be asked for, in that order."""
        if self.limits.isolate:
            self._coming = [path for path in paths if not self._here(path)]

    def _here(self, path: Path) -> bool:
        """Whether ``path`` is read in this process rather than by the worker: plain text
        and Markdown, on the main thread, on a local filesystem. A read on another thread
        (the app's analysis, while the main thread draws its window) waits on the worker
        instead: reading here would hold the interpreter lock the main thread needs, and a
        window given it in 5 ms turns stalls for most of a second on a large article. A
        file on a network or FUSE filesystem goes to the worker too: a read there can
        block on a hung server, and only the worker's time limit can end it."""
        return (
            threading.current_thread() is threading.main_thread()
            and reads_in_process(path)
            and not self._remote(path)
        )

    def budget_reason(self) -> str | None:
        """Why the folder's budget allows no further file, or None while it does."""
        limits = self.limits
        if self.chars >= limits.total_chars:
            return (
                f"the folder's text budget ({limits.total_chars:,} characters) "
                "was used up by the files before it"
            )
        if time.monotonic() - self._started >= limits.total_seconds:
            return (
                f"the folder's reading time budget ({limits.total_seconds:.0f} s) "
                "was used up by the files before it"
            )
        return None

    def read(self, path: Path) -> RawDocument:
        """The file's document, or :class:`UnreadableFile`; :class:`Cancelled` on cancel."""
        if self._cancelled():
            raise Cancelled
        if reason := self.budget_reason():
            raise UnreadableFile(reason)
        per_file = self.limits.chars_per_file
        if not self.limits.isolate:
            raw = read_checked(path, per_file)
        elif self._here(path):
            try:
                raw = read_checked(path, per_file)
            except MemoryError:  # read here, where the worker's memory limit does not apply
                raise UnreadableFile(
                    "reading it needed more memory than the computer had free"
                ) from None
        else:
            raw = self._read_isolated(path, per_file)
        if self.chars + len(raw.text) > self.limits.total_chars:
            self.chars = self.limits.total_chars
            raise UnreadableFile(
                f"the folder's text budget ({self.limits.total_chars:,} characters) "
                "was used up by the files before it"
            )
        self.chars += len(raw.text)
        return raw

    def _worker_pool(self) -> Any:
        if self._pool is None:
            from pebble import ProcessPool

            while _STOPPING:  # a pool being stopped has threads: let them end before choosing
                _STOPPING.pop().join()  # how to start the worker (see _context)

            self._pool = ProcessPool(
                max_workers=1,
                initializer=_worker_setup,
                initargs=(self.limits.memory,),
                context=_context(),
            )
        return self._pool

    def _schedule(self, path: Path, per_file: int) -> Any:
        with _interrupts_held():
            return self._worker_pool().schedule(
                _read_in_worker, args=(path, per_file), timeout=self.limits.seconds_per_file
            )

    def _read_isolated(self, path: Path, per_file: int) -> RawDocument:
        from pebble import ProcessExpired

        limits = self.limits
        future = self._ahead.pop(path, None)
        if future is None:
            if path in self._coming:
                self._coming.remove(path)
            future = self._schedule(path, per_file)
        while self._coming and len(self._ahead) < READ_AHEAD:
            coming = self._coming.pop(0)
            self._ahead[coming] = self._schedule(coming, per_file)
        while not future.done():
            concurrent.futures.wait([future], timeout=_POLL_SECONDS)
            if self._cancelled():
                self.close()  # stops the worker mid-read
                raise Cancelled
        error = future.exception()
        if error is None:
            raw, peak = future.result()
            self.peak_mb = max(self.peak_mb, peak)
            return raw
        if isinstance(error, UnreadableFile):
            self.peak_mb = max(self.peak_mb, error.peak_mb)
            raise error
        if isinstance(error, concurrent.futures.TimeoutError):
            self.close()
            raise UnreadableFile(
                f"reading it took longer than the limit ({limits.seconds_per_file:g} s per file)"
            )
        if isinstance(error, ProcessExpired):
            self.close()
            log.info("reader for %s ended with %s", path, error)
            raise UnreadableFile(
                "the reader stopped on it (it needed more memory than the limit of "
                f"{limits.memory // _MB} MB, or the file is malformed)"
            )
        if isinstance(error, MemoryError):
            raise UnreadableFile(
                f"reading it needed more memory than the limit ({limits.memory // _MB} MB)"
            )
        raise UnreadableFile(_plain_reason(error))
