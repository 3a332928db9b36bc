"""Reading files in a worker process: files read ahead come back in order, under the same limits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from corroborate.engine.models import RawDocument, ReadLimits
from corroborate.engine.readers import UnreadableFile, reading
from corroborate.engine.readers.reading import Reader, read_checked

_original_read_document = reading.read_document
SAMPLE_STORY = Path(__file__).parents[2] / "resources" / "sample-story"


def _slow_on_b(path: Path):
    """A reader that hangs on b.html (runs in the forked worker)."""
    if path.name == "b.html":
        time.sleep(30)
    return _original_read_document(path)


def story_files(folder: Path, names: str, suffix: str = ".txt") -> list[Path]:
    folder.mkdir()
    paths = []
    for name in names:
        path = folder / f"{name}{suffix}"
        body = f"The {name} article says its own thing at length, as articles do."
        if suffix == ".html":
            paragraphs = "".join(
                f"<p>{body} The bridge over the river reopened on day {day} after weeks of "
                "repairs to storm damage, the city council said in a statement.</p>"
                for day in range(6)
            )
            path.write_text(
                f"<html><head><title>Story {name}</title></head><body><article>"
                f"<h1>Story {name}</h1>{paragraphs}</article></body></html>"
            )
        else:
            path.write_text(f"Story {name}\n\n{body}\n")
        paths.append(path)
    return paths


def test_files_read_ahead_come_back_as_each_read_alone_would(tmp_path: Path) -> None:
    paths = story_files(tmp_path / "story", "abcdefghijkl", ".html")
    with Reader() as reader:
        reader.read_ahead(paths)
        ahead = [reader.read(path) for path in paths]
    assert ahead == [read_checked(path, ReadLimits().chars_per_file) for path in paths]


def test_a_file_over_the_time_limit_costs_only_itself_when_others_are_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = story_files(tmp_path / "story", "abcdef", ".html")
    monkeypatch.setattr(reading, "read_document", _slow_on_b)
    started = time.monotonic()
    texts: dict[str, str] = {}
    with Reader(ReadLimits(seconds_per_file=1.0)) as reader:
        reader.read_ahead(paths)
        for path in paths:
            try:
                texts[path.name] = reader.read(path).text
            except UnreadableFile as error:
                texts[path.name] = str(error)
    assert "longer than the limit" in texts["b.html"]
    for path in paths:
        if path.name != "b.html":
            assert texts[path.name] == read_checked(path, ReadLimits().chars_per_file).text
    assert time.monotonic() - started < 20  # the hung read was stopped, not waited out


def test_plain_text_and_markdown_read_in_this_process_give_what_the_worker_gives(
    tmp_path: Path,
) -> None:
    paths = story_files(tmp_path / "story", "ab")
    markdown = tmp_path / "story" / "c.md"
    markdown.write_text("# Story c\n\nThe **c** article links [a page](http://x.org) here.\n")
    paths.append(markdown)
    with Reader() as reader:
        reader.read_ahead(paths)
        assert all(reading.reads_in_process(path) for path in paths)
        here = [reader.read(path) for path in paths]
        assert reader._pool is None  # no worker was started for them
    worker_limits = ReadLimits()
    with Reader(worker_limits) as reader:
        in_worker = [reader._schedule(path, worker_limits.chars_per_file) for path in paths]
        assert [future.result()[0] for future in in_worker] == here


def _read_here(tmp_path: Path) -> tuple[list[Path], list[RawDocument]]:
    """A two-article story's files, and their documents as read on this (the main) thread:
    in this process, with no worker started."""
    paths = story_files(tmp_path / "story", "ab")
    with Reader() as reader:
        here = [reader.read(path) for path in paths]
        assert reader._pool is None
    return paths, here


def test_plain_text_read_on_another_thread_goes_to_the_worker_and_reads_the_same(
    tmp_path: Path,
) -> None:
    paths, here = _read_here(tmp_path)
    found: dict[str, object] = {}

    def on_a_thread() -> None:  # as the app's analysis reads, beside its window's thread
        with Reader() as reader:
            found["documents"] = [reader.read(path) for path in paths]
            found["worker"] = reader._pool is not None

    thread = threading.Thread(target=on_a_thread)
    thread.start()
    thread.join(60)
    assert found == {"documents": here, "worker": True}


def test_plain_text_on_a_network_or_fuse_filesystem_is_read_by_the_worker_under_its_limits(
    tmp_path: Path,
) -> None:
    paths, here = _read_here(tmp_path)
    asked: list[Path] = []

    def on_a_network_mount(path: Path) -> bool:
        asked.append(path)
        return True

    with Reader(remote=on_a_network_mount) as reader:
        assert [reader.read(path) for path in paths] == here
        assert reader._pool is not None  # read by the worker, whose time limit ends a hung read
    assert asked == paths


def test_a_plain_text_read_that_hangs_on_a_remote_mount_is_stopped_by_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path,) = story_files(tmp_path / "story", "b")
    hung = path.with_name("b.html")  # _slow_on_b hangs on this name; read as plain text
    path.rename(hung)
    monkeypatch.setattr(reading, "reads_in_process", lambda _path: True)
    started = time.monotonic()
    with Reader(ReadLimits(seconds_per_file=1.0), remote=lambda _path: True) as reader:
        monkeypatch.setattr(reading, "read_document", _slow_on_b)
        with pytest.raises(UnreadableFile, match="longer than the limit"):
            reader.read(hung)
    assert time.monotonic() - started < 20


def test_running_out_of_memory_reading_plain_text_here_does_not_name_the_worker_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path,) = story_files(tmp_path / "story", "a")

    def out_of_memory(_path: Path) -> None:
        raise MemoryError

    monkeypatch.setattr(reading, "read_document", out_of_memory)
    with Reader(remote=lambda _path: False) as reader, pytest.raises(UnreadableFile) as refused:
        reader.read(path)
    assert reader._pool is None  # it was read here, not by the worker
    assert str(refused.value) == "reading it needed more memory than the computer had free"
    assert "MB" not in str(refused.value)


def test_a_named_pipe_named_txt_is_refused_at_once_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    started = time.monotonic()
    with Reader() as reader, pytest.raises(UnreadableFile, match=r"named pipe \(FIFO\)"):
        reader.read(pipe)
    assert time.monotonic() - started < 30  # a hang guard: opened, a pipe blocks for good


def test_a_device_named_txt_is_refused_as_a_device(tmp_path: Path) -> None:
    device = tmp_path / "zero.txt"
    device.symlink_to("/dev/zero")
    with Reader() as reader, pytest.raises(UnreadableFile, match="it is a device, not a file"):
        reader.read(device)


def test_a_txt_over_5_mb_is_refused_with_its_size_and_the_limit(tmp_path: Path) -> None:
    large = tmp_path / "large.txt"
    large.write_bytes(b"The mayor spoke at length. " * (6 * 1024 * 1024 // 27))
    with Reader() as reader, pytest.raises(UnreadableFile) as refused:
        reader.read(large)
    assert str(refused.value) == "it is too large (6.0 MB; the limit is 5 MB)"


_NO_WORKER = """
import sys
from pathlib import Path
from corroborate.engine import analyze
analysis = analyze(Path(sys.argv[1]))
print(len(analysis.articles), sorted(
    name for name in sys.modules if name == "pebble" or name.startswith(("pebble.", "multiprocessing"))
))
"""


def test_a_folder_of_only_plain_text_and_markdown_never_imports_pebble(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(SAMPLE_STORY, folder)
    articles = [path for path in folder.iterdir() if path.suffix in {".txt", ".md"}]
    articles[0].rename(articles[0].with_suffix(".md"))  # Markdown reads in this process too
    done = subprocess.run(
        [sys.executable, "-c", _NO_WORKER, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    read, imported = done.stdout.split(maxsplit=1)
    assert int(read) >= 3
    assert imported.strip() == "[]"
