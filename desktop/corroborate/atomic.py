"""Atomic file writes: a crash never leaves half an export, and nothing is overwritten silently."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path


class ExistingFileError(FileExistsError):
    """The target exists and overwriting was not asked for."""


class NotARegularFile(OSError):
    """The target is a folder, a device or a named pipe: it is never replaced."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is not a regular file; it is never replaced")


def write_atomically(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise ExistingFileError(str(path))
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        # Overwriting only ever replaces a regular file: never a folder, a device or a pipe.
        raise NotARegularFile(str(path))
    # Not mkstemp: it makes the file private (0600); 0o666 lets the umask decide, as for
    # any file the user saves.
    temp = str(path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
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
