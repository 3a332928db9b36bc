"""Atomic file writes: a crash never leaves half an export, and nothing is overwritten silently.

Shared by the engine (the reader's corrections), the command line (``--output``)
and the app (Export): the one writer, the one refusal to write over an article
being read, and the one way of saying why a write failed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path


class ExistingFileError(FileExistsError):
    """The target exists and overwriting was not asked for."""


class NotARegularFile(OSError):
    """The target is a folder, a device or a named pipe: it is never replaced."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is not a regular file; it is never replaced")


class ReadFileError(OSError):
    """The target is one of the files a story was read from: it is never overwritten."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is one of the articles read; it is never overwritten")


def one_of(path: Path, files: Iterable[Path]) -> Path | None:
    """The file of ``files`` that ``path`` is (itself or through a link), or None."""
    try:
        target = Path(path).stat()
    except OSError:
        return None
    for file in files:
        try:
            if os.path.samestat(target, Path(file).stat()):
                return Path(file)
        except OSError:
            continue
    return None


def reason(error: BaseException) -> str:
    """Why a file operation failed, in words: the system's text without its errno
    number and without the file name (which may be a hidden temporary file's);
    the caller names the file the user chose."""
    return str(getattr(error, "strerror", None) or error)


def write_failure(path: Path | str, error: BaseException) -> str:
    """``Could not write FILE: reason`` naming the file the user chose."""
    return f"Could not write {path}: {reason(error)}"


#: Bytes of the target's name kept in the temporary file's name: with the dot and the
#: random part added it stays within the 255 bytes a file name may have.
_TEMP_NAME_BYTES = 200


def _temporary_name(name: str) -> str:
    """A hidden name beside the target's, short enough whatever the target's length."""
    kept = name
    while len(os.fsencode(kept)) > _TEMP_NAME_BYTES:
        kept = kept[:-1]
    return f".{kept}.{os.urandom(6).hex()}.tmp"


def _keep_permissions(fd: int, old: os.stat_result) -> None:
    """Give the temporary file the group and permissions of the file it replaces."""
    if os.chmod not in os.supports_fd:
        return  # Windows: no permissions beyond the read-only flag, which would block the write
    mode = stat.S_IMODE(old.st_mode)
    # A file replaced keeps its group where the user may give it (a member of it): a
    # report shared with one group is not given to the user's own, which may be everyone's.
    # Where the group cannot be kept, the group loses what it could do.
    if os.fstat(fd).st_gid != old.st_gid:
        try:
            os.fchown(fd, -1, old.st_gid)
        except OSError:
            mode &= ~0o070
    # a filesystem without Unix permissions: the write itself still goes ahead
    with contextlib.suppress(OSError):
        os.chmod(fd, mode)


def _target(path: Path) -> Path:
    """The file a write replaces: a symbolic link's file, so that the link stays (a
    link to nothing is replaced itself)."""
    if not path.is_symlink():
        return path
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return path


def write_atomically(
    path: Path, text: str, *, overwrite: bool = False, read_from: Iterable[Path] = ()
) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder.

    ``read_from`` are the files the text was made from (a story's articles): the
    write is refused with :class:`ReadFileError` when ``path`` is one of them.
    """

    def fill(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
            handle.write(text)

    replace_atomically(path, fill, overwrite=overwrite, read_from=read_from)


def replace_atomically(
    path: Path,
    fill: Callable[[Path], object],
    *,
    overwrite: bool = False,
    read_from: Iterable[Path] = (),
) -> None:
    """Make ``path`` the file ``fill`` writes to the temporary path it is given (a
    writer that takes a file name: an image's), in one step, as :func:`write_atomically`
    does: the same refusals, the same permissions kept, the same short temporary name.

    Over a symbolic link the file it points to is replaced and the link stays.
    """
    path = _target(Path(path))
    if one_of(path, read_from) is not None:
        raise ReadFileError(str(path))
    if os.path.lexists(path) and not overwrite:
        raise ExistingFileError(str(path))
    try:
        old: os.stat_result | None = os.lstat(path)
    except OSError:
        old = None
    if old is not None and not (stat.S_ISREG(old.st_mode) or stat.S_ISLNK(old.st_mode)):
        # Overwriting only ever replaces a regular file: never a folder, a device or a pipe.
        raise NotARegularFile(str(path))
    # Not mkstemp: it makes the file private (0600); 0o666 lets the umask decide, as for
    # any file the user saves. A file replaced keeps its group and permissions (a private
    # report stays private), given once it is written (a read-only one could not be
    # written), and until then the temporary file is the user's alone.
    keep = old if old is not None and stat.S_ISREG(old.st_mode) else None
    temp = str(path.parent / _temporary_name(path.name))
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if keep is None else 0o600))
    try:
        fill(Path(temp))
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
            if keep is not None:
                _keep_permissions(written.fileno(), keep)
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
