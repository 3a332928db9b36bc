"""Full-size hostile input on the command line: wall time, peak memory and exit status.

A benchmark that prints figures, not a timed test. The hostile-input suite in
``tests/hostile/`` runs small variants of the same shape in CI; this script builds
the full-size files of the original reports in a temporary folder (removed
afterwards) beside two good articles, runs ``corroborate summarize`` on each in a
fresh process, and prints its time, its peak memory (``os.wait4``: the command and
its reader workers) and what it said about the hostile file. Usage::

    uv run python tests/benchmarks/bench_hostile.py [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "hostile"))

import hostile_make as make
from conftest import COMPANIONS
from hostile_make import STORY


def _shared_pdf(folder: Path) -> None:
    """8 pages sharing one 5.8 MB content stream (minutes a page before the time limit)."""
    copies = 5_800_000 // len(make.text_page(STORY + " "))
    make.write(
        folder, "shared.pdf", make.pdf([1] * 8, shared=make.text_page((STORY + " ") * copies))
    )


def _brackets(folder: Path) -> None:
    make.write(folder, "brackets.md", STORY + "\n\n" + "[" * 300_000)


def _twenty_large(folder: Path) -> None:
    block = (STORY + "\n\n") * (4_800_000 // (len(STORY) + 2))
    for number in range(20):
        make.write(folder, f"large-{number:02}.txt", block.replace("Monday", f"day {number}"))


def _long_paragraph_docx(folder: Path) -> None:
    make.write(folder, "long.docx", make.docx([" ".join([STORY] * (30_000_000 // len(STORY)))]))


def _liar_docx(folder: Path) -> None:
    make.write(folder, "liar.docx", make.inflating_docx(2_100 * 2**20, declared=4096))


CASES: dict[str, Callable[[Path], None]] = {
    "pdf: 8 pages sharing one 5.8 MB stream": _shared_pdf,
    "md: 300,000 '[' at the end": _brackets,
    "txt: 20 files of 4.8 MB": _twenty_large,
    "docx: one 30 MB paragraph": _long_paragraph_docx,
    "docx: member inflating to 2.1 GB, declared 4 KB": _liar_docx,
}


def run(folder: Path) -> tuple[float, float, int, str]:
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "corroborate", "summarize", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        _, status, usage = os.wait4(process.pid, 0)
        err.seek(0)
        said = err.read().decode(errors="replace")
    seconds = time.perf_counter() - started
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), said


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="run the cases whose name contains this")
    args = parser.parse_args()
    print(f"{'case':<50} {'seconds':>8} {'peak MB':>8} {'exit':>5}  what it said")
    for name, build in CASES.items():
        if args.only and args.only not in name:
            continue
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            for file, text in COMPANIONS.items():
                (folder / file).write_text(text, encoding="utf-8")
            build(folder)
            seconds, peak, status, said = run(folder)
        lines = [line for line in said.splitlines() if "harbor-herald" not in line]
        first = lines[0][:90] if lines else ""
        print(f"{name:<50} {seconds:8.1f} {peak:8.0f} {status:5d}  {first}")
        for line in lines[1:3]:
            print(f"{'':<76}{line[:90]}")


if __name__ == "__main__":
    main()
