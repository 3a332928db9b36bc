"""Compiled regular expressions kept from one run to the next, as Python keeps bytecode.

The program compiles about 300 regular expressions as it loads (its readers of names,
figures, dates, page furniture): close to half of its import time, at every start of
the command line and of the process that analyses the app's first story. Python's
``re`` compiles a pattern in two steps: it parses the pattern and works out the code
the matching engine runs (in Python: the slow step), then hands that code to the C
engine (``_sre.compile``: fast). :func:`install` keeps the first step's result, per
pattern and flags, in a file; a later run hands ``_sre.compile`` the code read from
it. The pattern objects are made by the same call with the same arguments as ``re``
itself would make them, so they match exactly alike.

The file is tied to the Python version and to the matching engine's version
(``_sre.MAGIC``); a file made by any other is ignored. From source it lives in this
package's ``__pycache__`` folder (where ``sys.pycache_prefix`` puts bytecode when it is
set) and is written at the program's end when the run compiled patterns it lacked,
never when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``). Only the program's
own patterns are kept (literals in its code, or compiled as a module loads), never one
built from what a run reads. The bundle carries
one made when it was built (:func:`build`) and never writes it. A run that can neither
read kept patterns nor write them leaves ``re`` as it is.

Only the program installs this (``corroborate.__main__``): a script importing the
engine keeps Python's own ``re``.
"""

from __future__ import annotations

import _sre
import contextlib
import importlib.util
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import FrameType

#: Patterns kept at most; past it, the file keeps those of the last run only (a program
#: that builds patterns from its input must not grow the file without end).
MAX_PATTERNS = 4000
#: marshal's format 2 writes each object in full (no back-references), so that the same
#: patterns always make the same bytes (the bundle is built reproducibly).
_FORMAT = 2

#: What ``_sre.compile`` is given for one pattern, after its first argument (the pattern):
#: flags, code, number of groups, group index and group names.
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _version() -> tuple[int, int, int]:
    """What a cache file must have been made by: this Python and its matching engine."""
    return (sys.hexversion, _sre.MAGIC, _sre.CODESIZE)


class _Capture:
    """``_sre`` as :mod:`re._compiler` sees it while this module is installed: every call
    passes through, and ``compile``'s arguments are noted for the pattern being compiled."""

    def __init__(self, cache: _Cache) -> None:
        self._cache = cache
        # The engine's names as plain attributes: the compiler reads them in its inner loops.
        self.__dict__.update(
            (name, value) for name, value in vars(_sre).items() if name != "compile"
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, pattern: Any, *rest: Any) -> Any:
        self._cache.captured(pattern, rest)
        return _sre.compile(pattern, *rest)


class _Cache:
    def __init__(self, path: Path | None, writable: bool) -> None:
        self.path = path
        self.writable = writable
        self.table: dict[tuple[str | bytes, int], _Entry] = _read(path)
        self.new: dict[tuple[str | bytes, int], _Entry] = {}
        self.used: set[tuple[str | bytes, int]] = set()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._original = _compiler.compile

    def compile(self, p: Any, flags: int = 0) -> Any:
        """:func:`re._compiler.compile`, from the kept code when this pattern has some."""
        if not isinstance(p, str | bytes) or int(flags) & re.DEBUG:
            return self._original(p, flags)
        key = (p, int(flags))
        entry = self.table.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(p, *entry)
            except Exception:  # a damaged entry: compiled afresh, and kept anew
                self.table.pop(key, None)  # another thread may have dropped it
            else:
                self.used.add(key)
                return compiled
        if not self.writable or len(self.new) >= MAX_PATTERNS or not _written_in_code(p):
            return self._original(p, flags)
        self._local.key = key
        try:
            return self._original(p, flags)
        finally:
            self._local.key = None

    def captured(self, pattern: Any, rest: tuple[Any, ...]) -> None:
        """Keep what ``re`` computed for the pattern being compiled in this thread."""
        key = getattr(self._local, "key", None)
        if key is None or pattern is not key[0]:
            return
        entry = _plain(rest)
        if entry is not None:
            with self._lock:
                self.new[key] = entry
                self.used.add(key)

    def save(self) -> None:
        """Write the patterns compiled in this run that the file lacked, with those it has."""
        if not self.writable or self.path is None or not self.new:
            return
        with self._lock:
            table = {**_read(self.path), **self.new}
            if len(table) > MAX_PATTERNS:
                table = {k: v for k, v in table.items() if k in self.used}
        _write(self.path, table)


def _written_in_code(pattern: str | bytes) -> bool:
    """Whether ``pattern`` is one of the program's own: a literal in the code of the function
    that compiles it, or compiled while a module loads. One a function builds from what it
    reads is never kept: names from a story's text must not be written to the program's
    folder, nor grow the file with every story."""
    frame: FrameType | None = sys._getframe(2)
    caller_seen = False
    while frame is not None:
        if not caller_seen and frame.f_globals.get("__name__") not in _RE_MODULES:
            caller_seen = True
            if any(constant is pattern for constant in frame.f_code.co_consts):
                return True
        if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") != "__main__":
            return True
        frame = frame.f_back
    return False


#: The modules between the code compiling a pattern and :meth:`_Cache.compile`.
_RE_MODULES = frozenset({"re", "re._compiler", __name__})


def _plain(rest: tuple[Any, ...]) -> _Entry | None:
    """``_sre.compile``'s arguments as plain values that marshal keeps (None when they
    are not of the expected kinds)."""
    try:
        flags, code, groups, groupindex, indexgroup = rest
        entry: _Entry = (
            int(flags),
            [int(c) for c in code],
            int(groups),
            {str(k): int(v) for k, v in dict(groupindex).items()},
            tuple(None if g is None else str(g) for g in indexgroup),
        )
    except (TypeError, ValueError):
        return None
    return entry


def _read(path: Path | None) -> dict[tuple[str | bytes, int], _Entry]:
    """The patterns kept at ``path``; none when it is missing, unreadable or another
    Python's."""
    if path is None:
        return {}
    try:
        data = path.read_bytes()
        version, table = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if version != _version() or not isinstance(table, dict):
        return {}
    return table


def _write(path: Path, table: dict[tuple[str | bytes, int], _Entry]) -> None:
    """Write ``table`` to ``path`` whole or not at all (a temporary file renamed over it);
    a folder that cannot be written leaves things as they are."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((_version(), table), _FORMAT))
        os.replace(temporary, path)
    except BaseException as error:  # a Ctrl-C too leaves no temporary file behind
        with contextlib.suppress(OSError):
            temporary.unlink()
        if not isinstance(error, OSError | ValueError):
            raise


def default_path() -> tuple[Path | None, bool]:
    """Where this program's kept patterns are, and whether it may write them there."""
    if getattr(sys, "frozen", False):
        from corroborate.resources import bundled_patterns

        return bundled_patterns(), False
    try:
        bytecode = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):  # no bytecode cache on this Python
        return None, False
    return Path(bytecode).with_suffix(".marshal"), not sys.dont_write_bytecode


_installed: _Cache | None = None


def install(path: Path | None = None, writable: bool | None = None) -> None:
    """From now on, compile regular expressions from the kept code where there is some,
    and note the others (see the module's notes); once per process."""
    global _installed
    if _installed is not None:
        return
    where, may_write = default_path()
    cache = _Cache(path or where, may_write if writable is None else writable)
    if not cache.table and not cache.writable:
        return  # nothing kept to read nor to write: noting patterns would only cost time
    if cache.writable:  # only a run that may write them notes what re computes
        _compiler._sre = _Capture(cache)
    _compiler.compile = cache.compile
    _installed = cache


def save() -> None:
    """Keep the patterns this run compiled that the file lacked (when it may be written)."""
    if _installed is not None:
        _installed.save()


def uninstall() -> None:
    """Hand ``re`` its own compiler back (the kept patterns are not written)."""
    global _installed
    if _installed is None:
        return
    _compiler.compile = _installed._original
    _compiler._sre = _sre
    _installed = None


def build(path: Path) -> int:
    """Write at ``path`` the code of the patterns the program compiles as it loads the
    engine and the window's modules and summarizes the sample story: for a bundle, which
    never writes its own (run by the Python that is bundled). The number of patterns."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # this build's patterns only
    install(path, writable=True)
    from corroborate.engine import SummaryOptions, analyze, summarize, to_json, to_markdown
    from corroborate.engine.warm import ANALYSIS_MODULES
    from corroborate.resources import sample_story

    for name in (*ANALYSIS_MODULES, "corroborate.cli", "corroborate.gui.app"):
        importlib.import_module(name)
    summary = summarize(analyze(sample_story()), SummaryOptions())
    to_markdown(summary)
    to_json(summary)
    save()
    return len(_read(path))
