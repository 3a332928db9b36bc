"""Import the engine's libraries on the GUI thread, a little at a time, after the window shows.

PySide replaces Python's import machinery with a hook that inspects every
newly imported module's source; running it on a worker thread while the GUI
thread runs Python has been seen to corrupt memory. So the background task
must find everything it needs already imported. Importing on the GUI thread
costs a few hundred milliseconds per library: one library per turn of the
event loop keeps the window responsive, and the window appears before any of it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

#: What an analysis of text articles needs, in the order it needs it.
ANALYSIS_MODULES = (
    "numpy",
    "rapidfuzz",
    "nltk.tokenize",
    "nltk.stem.snowball",
    "punkt",
    "punkt.data.english",
    "corroborate.engine.pipeline",
    "corroborate.engine.rank",
    "corroborate.engine.report",
    "corroborate.engine.figures",
    "corroborate.engine.specifics",
    "corroborate.engine.coverage",
)
#: What reading saved web pages, PDF and Word files needs; loaded after the first story.
READER_MODULES = (
    "charset_normalizer",
    "pypdf",
    "docx",
    "trafilatura",
    "corroborate.engine.readers.html",
    "corroborate.engine.readers.pdf",
    "corroborate.engine.readers.docx",
)


def import_in_turns(modules: Sequence[str], then: Callable[[], None] | None = None) -> None:
    """Import ``modules`` one per event-loop turn, then call ``then``."""
    pending = list(modules)

    def step() -> None:
        if not pending:
            if then is not None:
                then()
            return
        name = pending.pop(0)
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional library shows up when a file needs it
            log.debug("could not import %s ahead of time", name, exc_info=True)
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)


def prewarm(then: Callable[[], None]) -> None:
    """Import what an analysis needs, call ``then``, and go on with the readers."""

    def analysis_ready() -> None:
        then()
        import_in_turns(READER_MODULES)

    import_in_turns(ANALYSIS_MODULES, analysis_ready)
