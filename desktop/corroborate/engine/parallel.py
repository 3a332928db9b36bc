"""Work shared with a second process: half of a stage forked off while this process does
the other half.

An analysis's largest stages are many small, independent pieces of work: each
paragraph's sentences and their features, each candidate pair's verdict. On a
machine with two or more processors :func:`in_two` forks a process for one part;
the copy inherits everything already built (nothing is sent to it), does its part
and sends its result back pickled, while this process does the other part. The
results are those of doing both parts here, one after the other.

Forking is done only where it is safe and pays:

- on Linux, from the main thread of a program running that one thread (a lock held
  by another thread at the fork would stay locked in the copy): the command line and
  the process that analyses the app's first story ahead; the app's own analyses run
  on a worker thread beside its window, and there both parts are done here;
- when the caller's part is large (a few tenths of a second of work): a fork and the
  result's way back cost a few milliseconds, which a small folder would feel.

The copy ignores Ctrl-C: the program's ``cancelled()`` is asked while it waits, and a
cancel stops the copy at once. When the copy fails (it crashed, was killed, or its
part raised), its part is done here: slower, never different. So is a copy that
hangs: once this process's part is done, the copy's (of about the same size) gets
:data:`PATIENCE` times as long again, at least :data:`MIN_WAIT_SECONDS`, then it is
stopped. Only time this process spends waiting counts: stopped and continued, or with
its clock set forward, it does not take a copy at work for hung.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from .models import CancelFn, Cancelled

A = TypeVar("A")
B = TypeVar("B")

#: How often a wait for the other process looks at ``cancelled()``.
_POLL_SECONDS = 0.05
#: Bytes read from the other process at a time.
_CHUNK = 1 << 20
#: How many times as long as this process's part took the other process may take to
#: finish its own, counted from when this process's part is done...
PATIENCE = 10
#: ...and at least this long, in seconds (a busy machine may hold it back).
MIN_WAIT_SECONDS = 10.0
#: The most one turn of a wait counts towards it, in seconds: a program stopped while it
#: waits (Ctrl-Z, then fg) finds the other process stopped as long, not late.
MAX_TURN_SECONDS = 1.0


def can_fork() -> bool:
    """Whether a part of the work may be forked off now (see the module's notes)."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and _usable_cpus() >= 2
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def _usable_cpus() -> int:
    """The processors this process may run on (a container or ``taskset`` may allow fewer
    than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class _Failed:
    """The other process ended without a result."""


class _Helper(Generic[B]):
    """A forked process at work on one part, and the pipe its result (a ``B``) comes back on."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd
        self.reaped = False

    def result(self, cancelled: CancelFn | None, seconds: float) -> B | _Failed:
        """The part's result, or a :class:`_Failed` (also when it has not come after
        ``seconds`` spent waiting for it: :meth:`close` then stops the process);
        :class:`Cancelled` when asked to stop."""
        chunks = []
        waited, last = 0.0, time.monotonic()
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled
            ready, _, _ = select.select([self.fd], [], [], _POLL_SECONDS)
            if not ready:
                now = time.monotonic()
                waited += min(now - last, MAX_TURN_SECONDS)
                last = now
                if waited > seconds:
                    return _Failed()
                continue
            chunk = os.read(self.fd, _CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        self.reaped = True
        if os.waitstatus_to_exitcode(status) != 0 or not chunks:
            return _Failed()
        try:
            found: B = pickle.loads(b"".join(chunks))
            return found
        except Exception:  # a result cut short: the part is done here instead
            return _Failed()

    def close(self) -> None:
        """Stop the process when it is still at work, and let it go; safe to call again
        (its pipe's number, closed, may since name another file of the program's)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if not self.reaped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.reaped = True


def _child(work: Callable[[], object], fd: int) -> None:
    """In the forked process: do ``work``, send its result pickled, and end at once (no
    exit handlers, no flushing of the program's buffered output a second time).

    The cyclic garbage collector is off: the process lives for a part of one stage, and a
    collection would visit every object inherited from the program, copying the memory
    pages the two processes share."""
    gc.disable()
    code = 1
    try:
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        code = 0
    except BaseException:
        pass
    finally:
        os._exit(code)


def _fork(work: Callable[[], B]) -> _Helper[B] | None:
    """A process forked to do ``work``; None when it cannot be started."""
    read_fd, write_fd = os.pipe()
    # Ctrl-C is held back across the fork, so that the copy ignores it before it can
    # arrive there; one meant for this process is delivered when the block ends.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except OSError:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the copy
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            os.close(read_fd)
        finally:
            _child(work, write_fd)
    signal.pthread_sigmask(signal.SIG_SETMASK, held)
    os.close(write_fd)
    return _Helper(pid, read_fd)


def in_two(
    here: Callable[[], A],
    there: Callable[[], B],
    *,
    fork: bool = True,
    cancelled: CancelFn | None = None,
) -> tuple[A, B]:
    """``(here(), there())``, ``there`` done by a forked process meanwhile when ``fork``
    is True and forking is safe here (:func:`can_fork`); both done here otherwise, or
    when the other process fails. ``there``'s result must pickle.

    Raises :class:`Cancelled` when ``cancelled()`` turns True while this process waits
    (``here`` asks it as it likes); the other process is then stopped. A process that
    hangs is stopped too, and its part done here (see the module's notes).
    """
    helper = _fork(there) if fork and can_fork() else None
    if helper is None:
        return here(), there()
    try:
        started = time.monotonic()
        mine = here()
        took = time.monotonic() - started
        theirs = helper.result(cancelled, max(MIN_WAIT_SECONDS, PATIENCE * took))
    finally:
        helper.close()
    if isinstance(theirs, _Failed):
        return mine, there()
    return mine, theirs
