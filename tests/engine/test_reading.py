"""Reading files in a worker process: files read ahead come back in order, under the same limits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corroborate.engine.models import ReadLimits
from corroborate.engine.readers import UnreadableFile, reading
from corroborate.engine.readers.reading import Reader, read_checked

_original_read_document = reading.read_document


def _slow_on_b(path: Path):
    """A reader that hangs on b.txt (runs in the forked worker)."""
    if path.name == "b.txt":
        time.sleep(30)
    return _original_read_document(path)


def story_files(folder: Path, names: str) -> list[Path]:
    folder.mkdir()
    paths = []
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(f"Story {name}\n\nThe {name} article says its own thing at length.\n")
        paths.append(path)
    return paths


def test_files_read_ahead_come_back_as_each_read_alone_would(tmp_path: Path) -> None:
    paths = story_files(tmp_path / "story", "abcdefghijkl")
    with Reader() as reader:
        reader.read_ahead(paths)
        ahead = [reader.read(path) for path in paths]
    assert ahead == [read_checked(path, ReadLimits().chars_per_file) for path in paths]


def test_a_file_over_the_time_limit_costs_only_itself_when_others_are_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = story_files(tmp_path / "story", "abcdef")
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
    assert "longer than the limit" in texts["b.txt"]
    for path in paths:
        if path.name != "b.txt":
            assert texts[path.name] == path.read_text()
    assert time.monotonic() - started < 20  # the hung read was stopped, not waited out
