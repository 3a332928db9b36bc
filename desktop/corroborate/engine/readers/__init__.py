"""Format readers behind one small registry: a new format is one module.

A reader takes a path and returns a :class:`RawDocument`, or raises
:class:`UnreadableFile` with a reason a user can act on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..models import RawDocument

Reader = Callable[[Path], RawDocument]


class UnreadableFile(Exception):
    """The file cannot be read as an article; the message says why, in plain words."""


_READERS: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    """Decorator registering a reader for lower-case file suffixes (``".txt"``)."""

    def wrap(reader: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix] = reader
        return reader

    return wrap


def _load_builtin() -> None:
    # Imported for their @register side effect; kept here so importing the
    # package registers every format exactly once.
    from . import docx, html, pdf, text  # noqa: F401


def supported_suffixes() -> frozenset[str]:
    _load_builtin()
    return frozenset(_READERS)


def reader_for(path: Path) -> Reader | None:
    _load_builtin()
    return _READERS.get(path.suffix.lower())


def read_document(path: Path) -> RawDocument:
    """Read one article file with the reader registered for its suffix."""
    reader = reader_for(path)
    if reader is None:
        raise UnreadableFile(f"{path.suffix or 'files without a suffix'} is not a supported format")
    return reader(path)
