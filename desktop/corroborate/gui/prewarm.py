"""Import the engine's libraries on the GUI thread, a little at a time, after the window shows.

PySide replaces Python's import machinery with a hook that inspects every
newly imported module's source; running it on a worker thread while the GUI
thread runs Python has been seen to corrupt memory. So the background task
must find everything it needs already imported: the engine lists it
(:mod:`corroborate.engine.warm`), including the modules its libraries load on
first use. Importing on the GUI thread costs up to a few hundred milliseconds
per library: one step per turn of the event loop keeps the window responsive,
and the window appears before any of it.

The format readers and their libraries (trafilatura, pypdf, python-docx) are
never imported here, whatever the folder holds: every file is read in a worker
process (``corroborate.engine.readers.reading``), which imports what it reads. Those
workers fork from a server process, started first so that it loads the readers
on another CPU while this thread loads the analysis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer

from corroborate.engine.readers.reading import start_server
from corroborate.engine.warm import Step, analysis_steps

log = logging.getLogger(__name__)


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


def prewarm(then: Callable[[], None]) -> None:
    """Start the readers' server, load what an analysis needs, then call ``then``."""
    run_in_turns([("the readers' worker server", start_server), *analysis_steps()], then)
