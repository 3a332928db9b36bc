"""Atomic writes: a failure part-way never leaves half a file or a stray temporary file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corroborate.atomic import ExistingFileError, replace_atomically, write_atomically

TEXT = "# Report\n\nÜnïcödé “quotes” — and a long line.\n" * 50


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_utf8_with_unix_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_atomically(target, TEXT)
    assert target.read_bytes() == TEXT.encode("utf-8")
    assert listing(tmp_path) == ["report.md"]


def test_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExistingFileError):
        write_atomically(target, TEXT)
    assert target.read_text(encoding="utf-8") == "old"
    assert listing(tmp_path) == ["report.md"]
    write_atomically(target, TEXT, overwrite=True)
    assert target.read_text(encoding="utf-8") == TEXT
    assert listing(tmp_path) == ["report.md"]


def test_existing_file_error_is_a_file_exists_error() -> None:
    assert issubclass(ExistingFileError, FileExistsError)


class DiskTrouble(OSError):
    pass


def failing(*args: object) -> None:
    raise DiskTrouble(5, "Input/output error")


@pytest.mark.parametrize("overwrite", [False, True])
def test_failed_fsync_leaves_no_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overwrite: bool
) -> None:
    target = tmp_path / "report.md"
    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(DiskTrouble):
        write_atomically(target, TEXT, overwrite=overwrite)
    assert not target.exists()
    assert listing(tmp_path) == []


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failed_flush_or_rename_leaves_the_old_file_unchanged_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "report.md"
    target.write_text("the previous report", encoding="utf-8")
    monkeypatch.setattr(os, step, failing)
    with pytest.raises(DiskTrouble):
        write_atomically(target, TEXT, overwrite=True)
    assert target.read_text(encoding="utf-8") == "the previous report"
    assert listing(tmp_path) == ["report.md"]


def test_interrupt_mid_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a KeyboardInterrupt (not an Exception) cleans up the temporary file."""

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "report.md", TEXT)
    assert listing(tmp_path) == []


def test_target_appearing_meanwhile_is_not_clobbered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program creates the file between the check and the final link."""
    target = tmp_path / "report.md"
    real_fsync = os.fsync

    def fsync_then_someone_writes(fd: int) -> None:
        real_fsync(fd)
        target.write_text("someone else's file", encoding="utf-8")

    monkeypatch.setattr(os, "fsync", fsync_then_someone_writes)
    with pytest.raises(ExistingFileError):
        write_atomically(target, TEXT)
    assert target.read_text(encoding="utf-8") == "someone else's file"
    assert listing(tmp_path) == ["report.md"]


def test_without_hard_links_falls_back_to_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File systems without hard links (FAT, some network shares) still get the file."""

    def no_links(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "report.md"
    write_atomically(target, TEXT)
    assert target.read_text(encoding="utf-8") == TEXT
    assert listing(tmp_path) == ["report.md"]


def test_a_private_report_overwritten_with_force_stays_private(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_atomically(target, TEXT, overwrite=True)
    assert target.read_text(encoding="utf-8") == TEXT
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_read_only_report_overwritten_with_force_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    write_atomically(target, TEXT, overwrite=True)
    assert target.stat().st_mode & 0o777 == 0o444
    assert target.read_text(encoding="utf-8") == TEXT


def test_a_report_name_as_long_as_the_system_allows_is_written(tmp_path: Path) -> None:
    longest = os.pathconf(tmp_path, "PC_NAME_MAX") if hasattr(os, "pathconf") else 255
    target = tmp_path / ("r" * (longest - 3) + ".md")
    write_atomically(target, TEXT)
    assert target.read_text(encoding="utf-8") == TEXT
    assert listing(tmp_path) == [target.name]


def test_a_long_report_name_in_accented_letters_is_written(tmp_path: Path) -> None:
    # 120 two-byte letters: 240 bytes, a valid name whose temporary twin must be cut by bytes
    target = tmp_path / ("é" * 120 + ".md")
    write_atomically(target, TEXT)
    assert target.read_text(encoding="utf-8") == TEXT
    assert listing(tmp_path) == [target.name]


def test_a_report_overwritten_through_a_symbolic_link_replaces_the_file_it_points_to(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "weekly.md"
    real.write_text("last week's report", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "weekly.md"
    link.symlink_to(real)
    write_atomically(link, TEXT, overwrite=True)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8") == TEXT
    assert real.stat().st_mode & 0o777 == 0o640
    assert listing(shared) == ["weekly.md"] and listing(tmp_path) == ["shared", "weekly.md"]


def test_a_symbolic_link_to_nothing_is_an_existing_name_and_is_replaced_only_with_force(
    tmp_path: Path,
) -> None:
    link = tmp_path / "weekly.md"
    link.symlink_to(tmp_path / "gone.md")
    with pytest.raises(ExistingFileError):
        write_atomically(link, TEXT)
    write_atomically(link, TEXT, overwrite=True)
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == TEXT
    assert listing(tmp_path) == ["weekly.md"]


def test_a_report_overwritten_with_force_keeps_its_group(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    mine = os.stat(tmp_path).st_gid
    others = [g for g in ([65534] if os.geteuid() == 0 else os.getgroups()) if g != mine]
    if not others:
        pytest.skip("the user belongs to one group only")
    os.chown(target, -1, others[0])
    target.chmod(0o640)
    write_atomically(target, TEXT, overwrite=True)
    assert target.stat().st_gid == others[0]
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    "name", ["é" * 126 + "abc", "日" * 85, "😀" * 63 + "abc", "r" * 251 + ".png"]
)
def test_a_name_of_exactly_255_bytes_is_written_and_replaced(tmp_path: Path, name: str) -> None:
    assert len(os.fsencode(name)) == 255
    target = tmp_path / name
    write_atomically(target, "first")
    write_atomically(target, TEXT, overwrite=True)
    assert target.read_text(encoding="utf-8") == TEXT
    assert listing(tmp_path) == [name]


def test_a_file_written_by_another_program_goes_through_the_same_writer(tmp_path: Path) -> None:
    target = tmp_path / ("é" * 126 + "abc")
    target.write_bytes(b"old")
    target.chmod(0o600)
    replace_atomically(
        target, lambda temporary: temporary.write_bytes(b"\x89PNG new"), overwrite=True
    )
    assert target.read_bytes() == b"\x89PNG new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert listing(tmp_path) == [target.name]


def test_a_writer_that_fails_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "map.png"
    target.write_bytes(b"old")

    def broken(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise DiskTrouble(5, "Input/output error")

    with pytest.raises(DiskTrouble):
        replace_atomically(target, broken, overwrite=True)
    assert target.read_bytes() == b"old" and listing(tmp_path) == ["map.png"]
