"""Seconds for inputs that once took minutes: a benchmark that prints figures, not a timed test.

    uv run python tests/benchmarks/bench_long_inputs.py

Each case was quadratic once; its unit test now checks the behaviour that keeps it fast (steps
that grow linearly with the input, :mod:`steps`; each folder listed once), whatever the
machine's load. This prints the seconds of each on the largest input its test reads, beside
the target of a moment (under a second on a quiet machine):

- two sentences of 4,000 figures each compared (``text.numbers.shared``, ``conflicting``);
- a one-megabyte lead of 36,000 asides shortened to a title (``text.titles._shortened``);
- a one-megabyte lead of 55,000 scene parts read for its main clause
  (``text.titles._without_opening_phrase``);
- the subfolders of a folder searched for unread articles through a chain of 200 folders,
  50 siblings and a loop of links (``readers.discover.files_in_subfolders``).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corroborate.engine.readers.discover import files_in_subfolders
from corroborate.engine.text.numbers import conflicting, number_tags, shared
from corroborate.engine.text.segment import sentence_words
from corroborate.engine.text.titles import _shortened, _without_opening_phrase

TARGET_SECONDS = 1.0


def _tags(text: str) -> frozenset[str]:
    read = sentence_words(text)
    return frozenset(number_tags(read.words, (text, read.starts, read.ends)))


def figures() -> Callable[[], object]:
    units = ["km", "percent", "years", "dollars", "people", "degrees"]
    many = " ".join(f"{n} {units[n % len(units)]}" for n in range(1, 4001))
    a = _tags(f"The Veldmark ledger lists {many}.")
    b = _tags(f"The Marrow ledger lists {many.replace('km', 'miles')}.")
    return lambda: (shared(a, b), conflicting(a, b))


def asides() -> Callable[[], object]:
    lead = "The reservoir tested clean" + ", which the engineers tested" * 36_000 + "."
    return lambda: _shortened(lead, frozenset({"reservoir", "clean"}))


def scene_parts() -> Callable[[], object]:
    lead = "With " + "as the river rose, " * 55_000 + "the council voted on Monday to close it."
    return lambda: _without_opening_phrase(lead)


def subfolders(root: Path) -> Callable[[], object]:
    folder = root / "story"
    (folder / "loop").mkdir(parents=True)
    (folder / "a.txt").write_text("The Orrin ferry sailed late on Friday.", encoding="utf-8")
    level = folder / "deep"
    for _ in range(200):
        level = level / "d"
    level.mkdir(parents=True)
    for number in range(50):
        (folder / "deep" / f"side-{number}").mkdir()
    (folder / "loop" / "up").symlink_to("..")
    (folder / "loop" / "top").symlink_to(folder)
    return lambda: files_in_subfolders(folder, 50)


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        cases = {
            "4,000 figures compared": figures(),
            "1 MB lead of asides shortened": asides(),
            "1 MB lead of scene parts read": scene_parts(),
            "subfolders searched": subfolders(Path(scratch)),
        }
        print(f"{'case':<34}{'seconds':>9}  (target under {TARGET_SECONDS:.0f} s)")
        for name, work in cases.items():
            started = time.perf_counter()
            work()
            print(f"{name:<34}{time.perf_counter() - started:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
