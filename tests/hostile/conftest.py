"""The hostile-input suite: odd and malicious files and situations, generated at run time.

Every case states what must happen (the article kept, or skipped with its real reason;
an exit status and a message on the command line), and bounds on time and memory.
Each case's measured time and peak memory are written to the terminal summary, so the
slowest case and the largest peak are visible on every run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hostile_make import STORY

#: Two articles about the same fire from two outlets: every hostile file sits beside them.
COMPANIONS = {
    "harbor-herald.txt": "Warehouse fire on Harbour Street\n\n"
    + STORY
    + " Residents described thick smoke over the harbour.",
    "city-courier.txt": "Blaze at harbour warehouse\n\nFire crews battled a blaze at the Harbour "
    "Street warehouse on Monday night, the fire service said. Forty firefighters worked through "
    "the night, and no one was hurt. Investigators are looking into the cause of the fire, "
    "officials said on Tuesday.",
}


@dataclass
class Measure:
    """Wall time and peak memory of one case (this process's growth and any worker's)."""

    seconds: float = 0.0
    peak_mb: float = 0.0


_RESULTS: list[tuple[str, float, float]] = []


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


@pytest.fixture
def measure(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[Callable[..., Measure]]:
    """Call ``check(seconds, mb)`` at the end of a case to record and bound it.

    Peak memory is the largest of: this process's growth, a reader worker's peak (from
    the engine's log) and a command's peak passed in (from wait4).
    """
    caplog.set_level(logging.INFO, logger="corroborate.engine.readers.reading")
    self_before = _maxrss_mb(resource.RUSAGE_SELF)
    start = time.perf_counter()
    result = Measure()

    def check(max_seconds: float, max_mb: float, reported_mb: float = 0.0) -> Measure:
        """``reported_mb``: a peak measured elsewhere (a reader's worker, a command)."""
        result.seconds = time.perf_counter() - start
        grown = _maxrss_mb(resource.RUSAGE_SELF) - self_before
        worker = max(
            (float(m) for m in re.findall(r"worker peak memory ([\d.]+) MB", caplog.text)),
            default=0.0,
        )
        result.peak_mb = max(grown, worker, reported_mb)
        _RESULTS.append((request.node.name, result.seconds, result.peak_mb))
        assert result.seconds <= max_seconds, f"took {result.seconds:.1f} s (bound {max_seconds})"
        assert result.peak_mb <= max_mb, f"peak {result.peak_mb:.0f} MB (bound {max_mb})"
        return result

    yield check


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _RESULTS:
        return
    slowest = max(_RESULTS, key=lambda r: r[1])
    largest = max(_RESULTS, key=lambda r: r[2])
    terminalreporter.write_line(
        f"hostile input: {len(_RESULTS)} cases measured; slowest {slowest[0]} {slowest[1]:.2f} s; "
        f"largest peak {largest[0]} {largest[2]:.0f} MB"
    )
    if os.environ.get("HOSTILE_REPORT"):
        with open(os.environ["HOSTILE_REPORT"], "w", encoding="utf-8") as out:
            for name, seconds, peak in _RESULTS:
                out.write(f"{name}\t{seconds:.3f}\t{peak:.1f}\n")


def snapshot(folder: Path) -> dict[str, tuple[str, str]]:
    """Every entry below ``folder`` with its type and a hash of its bytes (regular files)."""
    state: dict[str, tuple[str, str]] = {}
    for root, dirs, files in os.walk(folder):
        if len(Path(root).relative_to(folder).parts) > 40:
            dirs[:] = []  # os.walk recurses: a 1,000-deep chain is compared to this depth
        for name in dirs + files:
            path = Path(root) / name
            key = path.relative_to(folder).as_posix()
            info = path.lstat()
            if path.is_symlink():
                state[key] = ("link", os.readlink(path))
            elif path.is_file() and not path.is_symlink() and os.access(path, os.R_OK):
                mode = oct(info.st_mode)
                if info.st_size < 64 * 1024 * 1024:
                    state[key] = (mode, hashlib.sha256(path.read_bytes()).hexdigest())
                else:
                    state[key] = (mode, f"{info.st_size}:{info.st_mtime_ns}")
            else:
                state[key] = (oct(info.st_mode), str(info.st_mtime_ns))
    return state


@pytest.fixture
def story_folder(tmp_path: Path) -> Callable[[], Path]:
    """A fresh folder holding the two companion articles."""

    def make() -> Path:
        folder = tmp_path / "story"
        folder.mkdir(exist_ok=True)
        for name, text in COMPANIONS.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder

    return make
