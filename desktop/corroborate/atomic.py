"""Atomic file writes: a crash never leaves half an export, and nothing is overwritten silently."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExistingFileError(FileExistsError):
    """The target exists and overwriting was not asked for."""


def write_atomically(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise ExistingFileError(str(path))
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if not overwrite:
            # link() fails if the target appeared meanwhile, where replace() would clobber it.
            try:
                os.link(temp, path)
            except FileExistsError:
                raise ExistingFileError(str(path)) from None
            except OSError:
                os.replace(temp, path)
                return
            os.unlink(temp)
        else:
            os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
