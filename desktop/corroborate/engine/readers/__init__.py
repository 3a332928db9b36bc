"""Format readers behind one small registry: a new format is one module.

A reader takes a path and returns a :class:`RawDocument`, or raises
:class:`UnreadableFile` with a reason a user can act on.

A format costs nothing until a file of its kind turns up: the built-in
readers' modules are listed here by suffix and imported on first use (they in
turn import their libraries, such as trafilatura or pypdf, only when they read
a file), so a folder of plain text never loads a PDF or web-page parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from ..models import RawDocument

Reader = Callable[[Path], RawDocument]


#: Byte signatures that tell a file's format whatever its suffix: the readers check the
#: file they are given with them, and a text file that opens with one is named for it.
PDF_SIGNATURE = b"%PDF-"
ZIP_SIGNATURE = b"PK\x03\x04"  # zip packages: .docx, .odt
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # old binary Office documents (.doc)


class UnreadableFile(Exception):
    """The file cannot be read as an article; the message says why, in plain words."""

    #: how far the reading worker's memory rose before it gave up, in MB (set in the worker)
    peak_mb: float = 0.0


_READERS: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    """Decorator registering a reader for lower-case file suffixes (``".txt"``)."""

    def wrap(reader: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix] = reader
        return reader

    return wrap


#: The built-in readers: suffix -> (module in this package, libraries it imports to read a file).
#: Each module registers its suffixes with :func:`register` when imported; a test
#: keeps this table and those registrations the same.
BUILTIN: dict[str, tuple[str, tuple[str, ...]]] = {
    ".txt": ("text", ("charset_normalizer",)),
    ".text": ("text", ("charset_normalizer",)),
    ".md": ("text", ("charset_normalizer",)),
    ".markdown": ("text", ("charset_normalizer",)),
    ".html": ("html", ("trafilatura",)),
    ".htm": ("html", ("trafilatura",)),
    ".xhtml": ("html", ("trafilatura",)),
    ".mhtml": ("mhtml", ("email.parser", "email.policy", "email.utils", "trafilatura")),
    ".mht": ("mhtml", ("email.parser", "email.policy", "email.utils", "trafilatura")),
    ".webarchive": ("webarchive", ("plistlib", "trafilatura")),
    ".pdf": ("pdf", ("pypdf", "pypdf.filters", "pypdf._codecs._codecs")),
    ".docx": ("docx", ("docx",)),
    ".odt": ("odt", ("odfdo", "odfdo.security")),
    ".rtf": ("rtf", ("striprtf.striprtf",)),
}

#: Formats our own reader (``readers.text``) reads: plain text and Markdown, read in the
#: program itself where it can (``reading.py``), not by the worker.
OWN_SUFFIXES = frozenset(s for s, (module, _) in BUILTIN.items() if module == "text")


def supported_suffixes() -> frozenset[str]:
    return frozenset(BUILTIN) | frozenset(_READERS)


def reader_for(path: Path) -> Reader | None:
    suffix = path.suffix.lower()
    if suffix not in _READERS and suffix in BUILTIN:
        importlib.import_module(f"{__name__}.{BUILTIN[suffix][0]}")  # registers it
    return _READERS.get(suffix)


def modules_for(suffixes: Iterable[str]) -> tuple[str, ...]:
    """What reading files with these suffixes imports: each reader's module and libraries.

    For callers that must import ahead of time (the app imports on its main
    thread only, never on the worker that reads the files).
    """
    names: list[str] = []
    for suffix in sorted({s.lower() for s in suffixes}):
        if suffix in BUILTIN:
            module, libraries = BUILTIN[suffix]
            names += [n for n in (*libraries, f"{__name__}.{module}") if n not in names]
    return tuple(names)


def read_document(path: Path) -> RawDocument:
    """Read one article file with the reader registered for its suffix."""
    reader = reader_for(path)
    if reader is None:
        raise UnreadableFile(f"{path.suffix or 'files without a suffix'} is not a supported format")
    return reader(path)
