"""The mount table tells which files live on a network or FUSE filesystem."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.engine.readers import mounts
from corroborate.engine.readers.mounts import MountTable, RemoteCheck

#: An invented mount table, as /proc/self/mountinfo writes one.
MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 27 0:45 / /home/ada/News\\040Desk rw,relatime shared:20 - nfs4 files.example:/desk rw
41 27 0:46 / /home/ada/remote rw,nosuid - fuse.sshfs ada@pier.example:/ rw
42 41 8:17 / /home/ada/remote/usb rw - vfat /dev/sdb1 rw
43 27 0:47 / /mnt/archive rw - cifs //vault.example/archive rw
this line is not a mount
"""


@pytest.fixture
def table() -> MountTable:
    return MountTable.parse(MOUNTINFO.splitlines())


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/home/ada/story/a.txt", False),
        ("/home/ada/News Desk/bridge/a.txt", True),  # the mount point's space is escaped
        ("/home/ada/News Desktop/a.txt", False),  # a longer name, not inside the mount
        ("/home/ada/remote/a.md", True),  # FUSE
        ("/home/ada/remote/usb/a.txt", False),  # a local disk mounted inside it
        ("/mnt/archive/2024/a.txt", True),  # SMB
    ],
)
def test_a_file_is_remote_when_its_innermost_mount_is_a_network_or_fuse_filesystem(
    table: MountTable, path: str, remote: bool
) -> None:
    assert table.is_remote(Path(path)) is remote


def test_a_share_mounted_over_a_local_folder_counts_as_remote() -> None:
    table = MountTable.parse(
        [
            "27 1 8:1 / / rw - ext4 /dev/sda1 rw",
            "50 27 8:2 / /srv/desk rw - ext4 /dev/sda2 rw",
            "51 50 0:52 / /srv/desk rw - nfs4 files.example:/desk rw",
            "52 27 0:53 / /srv/wire rw - nfs4 files.example:/wire rw",
            "53 52 8:3 / /srv/wire rw - xfs /dev/sda3 rw",
        ]
    )
    assert table.is_remote(Path("/srv/desk/bridge/a.txt")) is True
    assert table.is_remote(Path("/srv/wire/a.txt")) is False  # a local disk over the share


def test_a_link_counts_where_it_leads(table: MountTable, tmp_path: Path) -> None:
    link = tmp_path / "desk"
    link.symlink_to("/home/ada/News Desk")
    assert table.fstype(str(tmp_path)) is not None
    assert MountTable(((str(tmp_path), "ext4"), ("/home/ada/News Desk", "nfs4"))).is_remote(
        link / "a.txt"
    )


def test_without_a_mount_table_files_are_read_in_the_program_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mounts, "MOUNTINFO", tmp_path / "no-such-file")
    assert RemoteCheck()(tmp_path / "a.txt") is False


def test_the_mount_table_is_read_once_for_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(MOUNTINFO)
    monkeypatch.setattr(mounts, "MOUNTINFO", mountinfo)
    check = RemoteCheck()
    assert check(Path("/home/ada/remote/a.txt")) is True
    mountinfo.write_text("27 1 8:1 / / rw - ext4 /dev/sda1 rw\n")
    assert check(Path("/home/ada/remote/b.txt")) is True
    assert RemoteCheck()(Path("/home/ada/remote/b.txt")) is False
