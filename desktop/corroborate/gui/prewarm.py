"""Import the engine's libraries on the GUI thread, a little at a time, after the window shows.

PySide replaces Python's import machinery with a hook that inspects every
newly imported module's source; running it on a worker thread while the GUI
thread runs Python has been seen to corrupt memory. So the background task
must find everything it needs already imported: the engine lists it
(:mod:`corroborate.engine.warm`), including the modules its libraries load on
first use and the reader of each kind of file in the folder about to be read.
Importing on the GUI thread costs up to a few hundred milliseconds per
library: one step per turn of the event loop keeps the window responsive, and
the window appears before any of it. Only what the first story needs comes
before it is read; the other readers follow once it is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer

from corroborate.engine.warm import (
    Step,
    all_reader_steps,
    analysis_steps,
    reader_steps,
    suffixes_in,
)

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


def prewarm(then: Callable[[], None], source: Path | Iterable[Path] | None = None) -> None:
    """Load what analysing ``source`` needs, call ``then``, and go on with the other readers.

    Without a source, what a folder of text articles needs (the sample story).
    """
    suffixes = suffixes_in(source) if source is not None else frozenset({".txt"})

    def ready() -> None:
        then()
        run_in_turns(all_reader_steps())

    run_in_turns([*analysis_steps(), *reader_steps(suffixes)], ready)
