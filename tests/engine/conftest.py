"""Shared helpers for the engine tests: folders of invented articles, a copy of the sample
story, and sentences built in memory.

Helpers are handed out as fixtures (session-scoped where hypothesis tests need them), so no
test module imports this file. Every article text here is invented; none comes from a real
outlet.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from articles import make_articles as _make_articles
from articles import write_folder as _write_folder
from corroborate.engine.models import Article, Sentence
from corroborate.engine.text.segment import segment
from corroborate.resources import sample_story


@pytest.fixture
def make_folder(tmp_path: Path) -> Callable[..., Path]:
    """``make_folder({"a.txt": "...", ...}, name="story")`` -> a fresh folder under tmp_path."""
    count = 0

    def make(files: Mapping[str, str | bytes], name: str | None = None) -> Path:
        nonlocal count
        count += 1
        return _write_folder(tmp_path / (name or f"folder{count}"), files)

    return make


def _snapshot(folder: Path) -> dict[str, str]:
    """Every entry below ``folder`` (files, folders) with a hash of each file's bytes."""
    state = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        state[key] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return state


@pytest.fixture(scope="session")
def snapshot() -> Callable[[Path], dict[str, str]]:
    return _snapshot


@pytest.fixture(scope="session")
def write_files() -> Callable[[Path, Mapping[str, str | bytes]], Path]:
    """``write_files(folder, {name: content})``, usable inside hypothesis tests."""
    return _write_folder


@pytest.fixture(scope="session")
def make_articles() -> Callable[..., tuple[Article, ...]]:
    """``make_articles(text, text, ...)``: one Article per text, ids in order."""
    return _make_articles


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """The bundled sample story, copied to a folder the test may change."""
    return Path(shutil.copytree(sample_story(), tmp_path / "story"))


@pytest.fixture(scope="session")
def sentences_of() -> Callable[..., list[Sentence]]:
    """``sentences_of(text, text, ...)``: the segmented sentences of one article per text."""
    return lambda *texts: segment(_make_articles(*texts))


# An invented story told by several invented outlets, used across the test files.
WIRE = """Bridge collapses into Tessel River in Fennick

FENNICK, March 9 (Meridian Press) — The central span of the Carrowgate Bridge collapsed into the Tessel River on Monday evening, sending a city bus and three cars into the water.

Fire Chief Tomas Brandt said two people were killed and 14 were injured.

Divers and crews in boats pulled nine people from the river, Brandt said.

“We are going to find out exactly why this bridge came down,” Mayor Renata Holloway said at a news conference.

The steel truss bridge was built in 1962 and carried about 21,000 vehicles a day.

A county inspection in 2024 rated the bridge in poor condition, according to county records.
"""

VALLEY = """Carrowgate Bridge falls, two dead

A city bus and three cars plunged into the Tessel River when the central span of the Carrowgate Bridge gave way in Fennick on Monday evening.

Two people died and 14 were hurt, according to Fire Chief Tomas Brandt.

“We are going to find out exactly why this bridge came down,” Holloway told reporters outside City Hall.

Rescuers in boats and divers brought nine people out of the Tessel River.

The bridge was built in 1962, and county inspectors rated it in poor condition in 2024.

Fennick High School, which draws pupils from both banks, will be closed on Tuesday.
"""

LEDGER = """Rail line under Carrowgate Bridge to stay shut

The Tessel Valley Railway line beneath the collapsed Carrowgate Bridge in Fennick will stay closed while engineers inspect the track.

Two people were killed and 14 were injured when the span fell into the Tessel River on Monday evening, Fire Chief Tomas Brandt said.

A county inspection in 2024 rated the Carrowgate Bridge in poor condition, county records show.

Railway spokesman Ben Adair said debris from the span had landed within a few feet of the track.

Passengers are being carried by replacement buses between Fennick and Corley Junction in the meantime.
"""


@pytest.fixture(scope="session")
def story_files() -> dict[str, str]:
    """Three independent invented reports of one event."""
    return {"meridian.txt": WIRE, "valley-news.txt": VALLEY, "the-ledger.txt": LEDGER}
