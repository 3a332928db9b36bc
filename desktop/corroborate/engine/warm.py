"""What an analysis loads on first use, as steps for loading it ahead of time.

The engine imports its libraries lazily, so importing it is cheap and a folder
pays only for the formats it holds. An application that runs analyses on a
worker thread may need every one of those imports done on its main thread
first (the desktop app does, after its first story, which another process
analyses: see ``corroborate.gui.prewarm`` and :mod:`.ahead`). These steps are
that list, each a small piece of work, so a caller can spread them over turns
of its event loop; once they have run, an analysis imports nothing more in
this process. Plain text and Markdown are read in this process, and their
reader is among these steps; other formats are read in a worker process, which
imports their readers itself, so only reading them in this process
(``ReadLimits(isolate=False)``) needs the readers' steps as well, for the
files whose suffixes are given.
"""

from __future__ import annotations

import codecs
import gc
import importlib
import os
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

#: The cyclic garbage collector's thresholds for a program that runs analyses: a pass
#: of the youngest generation after 100,000 new container objects rather than 700, and
#: older generations correspondingly rarer (see :func:`collect_rarely`).
COLLECTOR_THRESHOLDS = (100_000, 20, 20)


def collect_rarely() -> None:
    """Make the cyclic garbage collector run rarely in this process.

    An analysis builds hundreds of thousands of small tuples, sets and dicts, almost
    none of them in reference cycles, and Python's default collector scans the young
    ones every 700 allocations: about a twentieth of a 100-article run's processor
    time, freeing nothing. Memory is still freed when the last reference goes, and
    cycles are still collected, only less often. It changes the whole process, so the
    program calls it at its start (the command line, the app, the process that
    analyses ahead); a script importing the engine keeps its own settings.
    """
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


#: One unit of warming up: a label (for logs) and the work.
Step = tuple[str, Callable[[], object]]

#: Libraries and engine modules an analysis imports, in the order it needs them.
ANALYSIS_MODULES = (
    "numpy",
    "rapidfuzz.fuzz",
    "corroborate.engine.pipeline",
    "corroborate.engine.matching.align",  # imported by the pipeline when first needed
    "corroborate.engine.matching.independence",
    "corroborate.engine.conflicts.disagree",
    "corroborate.engine.consensus.corrections",
    "corroborate.engine.consensus.rank",
    "corroborate.engine.report.render",
    "corroborate.engine.text.figures",
    "corroborate.engine.text.specifics",
    "corroborate.engine.report.coverage",
)
#: What ranking an analysis made elsewhere (in another process) imports, with what is shown
#: of it: the report's text (and the corrections it lists) and the coverage map, which an
#: application may compute on a worker too.
RANKING_MODULES = (
    "corroborate.engine.consensus.rank",
    "corroborate.engine.report.render",
    "corroborate.engine.report.coverage",
)
#: Reading runs each file in a worker process (``reading.py``): pebble's pool and the parts of
#: multiprocessing, concurrent.futures and asyncio it loads when the first pool starts.
READING_MODULES = (
    "corroborate.engine.readers.reading",
    "pebble",
    "asyncio",
    "subprocess",
    "queue",
    "runpy",
    "concurrent.futures.process",
    "multiprocessing.connection",
    "multiprocessing.forkserver",
    "multiprocessing.popen_fork",
    "multiprocessing.popen_forkserver",
    "multiprocessing.queues",
    "multiprocessing.resource_tracker",
    "multiprocessing.spawn",
    "multiprocessing.synchronize",
    "multiprocessing.util",
)
#: Codecs the readers may look up: each is a module imported on first use.
CODECS = ("utf-8-sig", "cp1252", "cp437", "utf-16", "utf-16-le", "utf-16-be", "utf-32")


def _import(name: str) -> Step:
    return name, partial(importlib.import_module, name)


def _load_models() -> object:
    from .text.segment import load_models

    load_models()
    return None


def _load_word_list() -> object:
    from .text.wordforms import word_list

    word_list()
    return None


def ranking_steps() -> list[Step]:
    """Everything ranking an analysis and showing the summary need, an analysis' own aside."""
    return [_import(name) for name in RANKING_MODULES]


def analysis_steps(worker: bool = True) -> list[Step]:
    """Everything an analysis needs whatever the folder holds, the readers of formats other
    than plain text and Markdown aside.

    ``worker=False`` leaves out what starting the readers' worker process imports: a
    process that analyses on its main thread (:mod:`.ahead`) imports it when a folder first
    holds such a file, and a folder of plain text never does.
    """
    from .readers import OWN_SUFFIXES, modules_for

    modules = (*ANALYSIS_MODULES, *modules_for(OWN_SUFFIXES))
    steps = [_import(name) for name in (*modules, *(READING_MODULES if worker else ()))]
    steps.append(("codecs", lambda: [codecs.lookup(name) for name in CODECS]))
    steps.append(("sentence splitter, stemmer, stop words", _load_models))
    steps.append(("British and American spellings", _load_word_list))
    return steps


def reader_steps(suffixes: Iterable[str]) -> list[Step]:
    """The readers (and their libraries) for files with these suffixes."""
    from .readers import modules_for

    return [_import(name) for name in modules_for(suffixes)]


def suffixes_in(source: Path | Iterable[Path]) -> frozenset[str]:
    """The file suffixes in a folder (not its subfolders) or a list of files; quick, never fails."""
    if isinstance(source, Path) and source.is_dir():
        try:
            with os.scandir(source) as entries:
                return frozenset(Path(entry.name).suffix.lower() for entry in entries)
        except OSError:
            return frozenset()
    paths = [source] if isinstance(source, Path) else list(source)
    return frozenset(Path(path).suffix.lower() for path in paths)
