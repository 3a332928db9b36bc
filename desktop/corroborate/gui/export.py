"""Writing the Markdown export safely; no Qt here so it is trivially testable."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path


def suggested_filename(title: str, suffix: str = ".md") -> str:
    """A file name from the story title: plain ASCII, lower-case, hyphenated, not too long."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    slug = slug[:60].rstrip("-")
    return f"{slug or 'summary'}{suffix}"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 so that ``path`` is either the old file or the whole new one.

    The temporary file sits in the destination folder (``os.replace`` is only
    atomic within one file system) and is flushed to disk before the swap.
    Newlines are written as given, so the bytes equal the CLI's output.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            # mkstemp creates 0600; give the export the usual permissions.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
