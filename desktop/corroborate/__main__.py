"""Entry point: ``corroborate`` opens the app, ``corroborate summarize`` is the CLI.

The packaged executable uses this same dispatch, so the bundle is both the app
and the command line.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from typing import NoReturn

#: First arguments that run the command line rather than the app.
COMMAND_LINE = frozenset({"summarize", "-h", "--help", "--version"})


def main(argv: Sequence[str] | None = None) -> int:
    # Web pages, PDFs and Word files are read in worker processes; a frozen app must let
    # them start. Elsewhere this does nothing, and multiprocessing is imported only when a
    # folder holds such a file (plain text is read in this process).
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    # numpy's BLAS (OpenBLAS) starts a thread per CPU when it loads, which costs start-up
    # time and competes with the analysis on a busy machine; the engine's one matrix
    # product (articles x shared terms) is small. Set here, for the program only, so a
    # script that imports the engine keeps its own setting; a user's setting still wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from corroborate.engine import collect_rarely

    collect_rarely()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMAND_LINE:
        from corroborate.cli import main as cli_main

        return cli_main(args)
    from corroborate.arguments import mistyped_command

    if command := mistyped_command(args):
        # "corroborate summarise FOLDER" would otherwise open the app on a folder of
        # that name, which does not exist
        print(
            f"corroborate: {args[0]!r} is no command, nor a file or folder here; "
            f"did you mean 'corroborate {command}'?",
            file=sys.stderr,
        )
        return 2
    # The first story's analysis starts now, in another process that loads the engine
    # while this one loads Qt and builds the window (see corroborate.gui.prewarm).
    from corroborate import regex_cache
    from corroborate.engine.ahead import AnalysisAhead

    # A forked process inherits the kept regular expressions; a spawned one installs them.
    ahead = AnalysisAhead(prepare=regex_cache.install)
    from corroborate.gui.app import main as gui_main

    return gui_main(args, ahead)


def run() -> NoReturn:
    """The program: the ``corroborate`` command, ``python -m corroborate`` and the bundle."""
    args = sys.argv[1:]
    command_line = bool(args) and args[0] in COMMAND_LINE
    # The engine's regular expressions, compiled from the code an earlier run kept (about
    # half of its import time); installed first, so the process that analyses the app's
    # first story inherits it.
    from corroborate import regex_cache

    with contextlib.suppress(Exception):  # without it, patterns are compiled as usual
        regex_cache.install()
    if command_line:
        # The command line analyses one folder and ends (end_now). The cyclic collector's
        # passes over an analysis' young objects free a few hundred of them, for a
        # twentieth of a 500-article folder's processor time; the memory of what cycles
        # there are is returned when the process ends.
        gc.disable()
    try:
        status = main(args)
    except KeyboardInterrupt:
        if not command_line:
            raise
        # A second Ctrl-C in the instant the command line hands the first one back.
        from corroborate.cli import EXIT_INTERRUPTED

        status = EXIT_INTERRUPTED
    if command_line:
        end_now(status)
    _keep_patterns()
    sys.exit(status)


def end_now(status: int) -> NoReturn:
    """End the command line once its output is written, without tearing the interpreter down.

    Freeing the analysis and every loaded module object by object takes longer than
    reading a small folder (0.1-0.2 s); the operating system reclaims the memory at
    once. Threads still at work (a file reader's worker being stopped) are waited
    for, as at any exit; that wait is short and bounded, so a further Ctrl-C (pressed
    twice, or the copy ``uv run`` forwards beside the terminal's own) is ignored
    during it rather than ending the command in a traceback.
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _keep_patterns()
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            _join(thread)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # closed by the caller: nothing to flush to
            stream.flush()
    os._exit(status)


def _keep_patterns() -> None:
    """Keep the regular expressions this run compiled for the next (:mod:`.regex_cache`)."""
    from corroborate import regex_cache

    # A cache not written is only a slower next start; a Ctrl-C as it is written ends the
    # program as it would have ended.
    with contextlib.suppress(Exception, KeyboardInterrupt):
        regex_cache.save()


def _join(thread: threading.Thread) -> None:
    """Wait for ``thread`` to end; one listed while it was still starting (its start
    interrupted by the Ctrl-C that ends the program) is given a second to start."""
    for _ in range(100):
        try:
            thread.join()
            return
        except RuntimeError:  # "cannot join thread before it is started"
            time.sleep(0.01)


if __name__ == "__main__":
    run()
