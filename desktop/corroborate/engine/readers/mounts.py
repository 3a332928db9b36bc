"""Which files live on a network or FUSE filesystem, where a read may block for as long as
the server or the filesystem's daemon takes to answer (forever, on a hung mount).

The program reads plain text and Markdown itself, without the worker's time limit
(``reading.py``); a file on such a filesystem goes to the worker instead, whose time
limit stops a read that hangs. The answer comes from the mount table
(``/proc/self/mountinfo`` on Linux), read once per folder; no file is opened to decide.
Where the mount table cannot be read (macOS, Windows, a restricted ``/proc``), files
are read in the program as before: sending every file to the worker there would make
each small folder start a worker process (a new interpreter, on those systems) to guard
against a hung mount that would already have blocked listing the folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: Filesystem types whose reads go over a network or through a userspace daemon.
REMOTE_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph",
        "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "vboxsf", "virtiofs",
        "autofs", "fuse", "fuseblk",
    }
)  # fmt: skip

_ESCAPE = re.compile(r"\\([0-7]{3})")
MOUNTINFO = Path("/proc/self/mountinfo")


def _unescape(field: str) -> str:
    """A mount point as the kernel writes it, with space, tab, newline and backslash in octal."""
    return _ESCAPE.sub(lambda octal: chr(int(octal.group(1), 8)), field)


def is_remote_type(fstype: str) -> bool:
    """Whether a filesystem of this type may block a read on a server or a daemon."""
    return fstype in REMOTE_TYPES or fstype.startswith("fuse.")


@dataclass(frozen=True)
class MountTable:
    """Mount points and their filesystem types, the longest (innermost) first, and of
    mounts on one point the last mounted (the one that is seen) first."""

    #: (mount point, filesystem type), longest mount point first
    mounts: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, lines: Iterable[str]) -> MountTable:
        """The table from ``/proc/self/mountinfo`` lines (``man 5 proc``); malformed lines
        are left out."""
        mounts = []
        for line in lines:
            fields = line.split()
            if "-" not in fields[6:]:
                continue
            separator = fields.index("-", 6)
            if separator + 1 >= len(fields):
                continue
            mounts.append((_unescape(fields[4]), fields[separator + 1]))
        # A later mount on the same point hides the earlier one (a network share mounted
        # over a local folder): the table lists it later, and the sort is stable.
        mounts.reverse()
        mounts.sort(key=lambda mount: len(mount[0]), reverse=True)
        return cls(tuple(mounts))

    @classmethod
    def current(cls) -> MountTable | None:
        """This process's mount table, or None where it cannot be read."""
        try:
            with open(MOUNTINFO, encoding="utf-8", errors="surrogateescape") as lines:
                return cls.parse(lines)
        except OSError:
            return None

    def fstype(self, path: str) -> str | None:
        """The type of the filesystem holding ``path`` (absolute, links resolved)."""
        for point, fstype in self.mounts:
            if path == point or path.startswith(point.rstrip("/") + "/"):
                return fstype
        return None

    def is_remote(self, path: Path) -> bool:
        """Whether ``path`` lives on a network or FUSE filesystem (or one the table lacks)."""
        fstype = self.fstype(os.path.realpath(path))
        return fstype is None or is_remote_type(fstype)


class RemoteCheck:
    """``check(path)``: whether a read of ``path`` may block on a network or FUSE filesystem.

    The mount table is read on the first call and kept (a folder's analysis is short);
    without one, no path counts as remote (see the module's note).
    """

    def __init__(self) -> None:
        self._table: MountTable | None = None
        self._loaded = False

    def __call__(self, path: Path) -> bool:
        if not self._loaded:
            self._table, self._loaded = MountTable.current(), True
        return self._table is not None and self._table.is_remote(path)
