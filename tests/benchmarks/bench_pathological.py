"""Odd but harmless pages: seconds per reading stage, by kind of page and size.

A benchmark that prints figures, not a timed test. People save pages that no
reader was written for: one word per line from a PDF copy-paste, tables, long
lists of links, minified HTML, a page that is one long line, thousands of short
lines, text thick with brackets and quotation marks. None of them is hostile,
and each should be read in time that grows about linearly with its size. This
script builds invented pages of each kind at several sizes in a temporary folder
(removed afterwards) and times, in this process, each stage a file goes through:

- *read*: the file's reader and the control-character cleaning (``read_checked``);
- *ingest*: separating the story from the page's chrome, title and outlet (``ingest``);
- *segment*: splitting the story into sentences and reading their features (``segment``).

A stage whose seconds grow by much more than the size ratio (about 2.25 from
400 KB to 900 KB) is super-linear. At the default sizes the page swollen by
inline code (heavy-html) stays under the 1,000,000 characters over which the
HTML reader takes that code off before extraction; ``--only heavy-html --sizes
900,1000,4000,16000`` times both sides of that line. Usage::

    uv run python tests/benchmarks/bench_pathological.py [--sizes 100,400,900] [--only KIND]
        [--profile KIND:SIZE]

``--profile`` runs one page under cProfile and prints its 25 costliest functions.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corroborate.engine.readers.reading import read_checked
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.segment import segment

KB = 1024
CHARS_PER_FILE = 10**9

# An invented vocabulary: the pages are nonsense, but shaped like text.
_PROSE = (
    "the council of Varnholt said on Tuesday that the new bridge over the Lesk river "
    "would open in spring after months of delay while engineers from Dumora Works "
    "checked its cables and the mayor Irena Pollock thanked residents for their patience"
)
_WORDS = _PROSE.split()
_NAMES = ["Varnholt", "Lesk", "Dumora", "Pollock", "Irena", "Castell", "Brindmoor", "Oster"]


def _sentence(rng: random.Random, words: int = 18) -> str:
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def _fill(size: int, piece: Callable[[random.Random, int], str], joiner: str = "") -> str:
    rng = random.Random(7)
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        part = piece(rng, index)
        parts.append(part)
        total += len(part) + len(joiner)
        index += 1
    return joiner.join(parts)


def word_per_line(size: int) -> tuple[str, str]:
    return "words.txt", _fill(size, lambda rng, i: rng.choice(_WORDS), "\n")


def prose_word_per_line(size: int) -> tuple[str, str]:
    """Prose pasted from a PDF column one word per line, sentence stops kept."""
    text = _fill(size, lambda rng, i: _sentence(rng), " ")
    return "pdfwords.txt", "\n".join(text.split())


def short_lines(size: int) -> tuple[str, str]:
    return "short.txt", _fill(
        size, lambda rng, i: " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 5))), "\n"
    )


def title_lines(size: int) -> tuple[str, str]:
    """A menu or index of headings in title case, no sentence among them."""

    def heading(rng: random.Random, i: int) -> str:
        return " ".join(rng.choice(_WORDS).capitalize() for _ in range(rng.randint(3, 7)))

    return "headings.txt", _fill(size, heading, "\n")


def capital_lines(size: int) -> tuple[str, str]:
    """Short lines in capitals (a pasted index or a shouted list), then a paragraph."""

    def line(rng: random.Random, i: int) -> str:
        return " ".join(rng.choice(_WORDS).upper() for _ in range(rng.randint(2, 5)))

    return "capitals.txt", _fill(size, line, "\n") + "\n\n" + _sentence(random.Random(1), 30)


def run_on(size: int) -> tuple[str, str]:
    """Words without a stop: a page whose text is one sentence that never ends."""
    return "runon.txt", _fill(size, lambda rng, i: rng.choice(_WORDS), " ")


def table(size: int) -> tuple[str, str]:
    def row(rng: random.Random, i: int) -> str:
        return "\t".join([rng.choice(_NAMES), str(rng.randint(1, 999)), f"{rng.random():.2f}"])

    return "table.txt", "Results by district\n\n" + _fill(size, row, "\n")


def pipe_table(size: int) -> tuple[str, str]:
    def row(rng: random.Random, i: int) -> str:
        return f"| {rng.choice(_NAMES)} | {rng.randint(1, 999)} | {rng.choice(_WORDS)} |"

    return "table.md", "# Results\n\n| Town | Votes | Note |\n|---|---|---|\n" + _fill(
        size, row, "\n"
    )


def links(size: int) -> tuple[str, str]:
    def link(rng: random.Random, i: int) -> str:
        name = rng.choice(_NAMES)
        return f"- [{name} {rng.choice(_WORDS)} news {i}](https://www.{name.lower()}.example/{i})"

    return "links.md", "# Related\n\n" + _fill(size, link, "\n")


def url_lines(size: int) -> tuple[str, str]:
    return "urls.txt", _fill(
        size, lambda rng, i: f"https://www.{rng.choice(_NAMES).lower()}.example/story/{i}", "\n"
    )


def one_line(size: int) -> tuple[str, str]:
    return "oneline.txt", _fill(size, lambda rng, i: _sentence(rng), " ")


def paragraphs(size: int) -> tuple[str, str]:
    """Ordinary prose, for comparison."""
    return "prose.txt", _fill(
        size, lambda rng, i: " ".join(_sentence(rng) for _ in range(4)), "\n\n"
    )


def brackets(size: int) -> tuple[str, str]:
    def piece(rng: random.Random, i: int) -> str:
        word = rng.choice(_WORDS)
        return rng.choice([f"({word})", f'"{word}"', f"[{word}", f"({word}", "((", '"', "“", ")"])

    return "brackets.txt", _fill(size, piece, " ")


def quotes(size: int) -> tuple[str, str]:
    def piece(rng: random.Random, i: int) -> str:
        return f'"{_sentence(rng, 6)}" {rng.choice(_NAMES)} said (of {rng.choice(_NAMES)}).'

    return "quotes.txt", _fill(size, piece, " ")


def minified_html(size: int) -> tuple[str, str]:
    def piece(rng: random.Random, i: int) -> str:
        return (
            f'<div class="c{i}"><a href="/x/{i}">{rng.choice(_NAMES)}</a>'
            f"<p>{_sentence(rng)}</p></div>"
        )

    body = _fill(size, piece)
    return "mini.html", (
        "<!DOCTYPE html><html><head><title>Bridge opens | Varnholt Courier</title></head>"
        f"<body><article>{body}</article></body></html>"
    )


def heavy_html(size: int) -> tuple[str, str]:
    """A short story in a page made large by inline scripts, styles, drawings and images."""

    def piece(rng: random.Random, i: int) -> str:
        return rng.choice(
            [
                f"<script>window.s{i}={{a:[{','.join(str(rng.randint(0, 99)) for _ in range(40))}]}};</script>",
                f"<style>.k{i}{{margin:{i}px;color:#{i % 999:03}}}</style>",
                f'<svg viewBox="0 0 9 9"><path d="M{i} 0L{i % 7} 9Z"/></svg>',
                f'<img src="data:image/png;base64,{"QUJD" * 60}" alt="">',
            ]
        )

    story = "".join(f"<p>{_sentence(random.Random(n), 24)}</p>" for n in range(8))
    return "heavy.html", (
        "<!DOCTYPE html><html><head><title>Bridge opens | Varnholt Courier</title>"
        f"{_fill(size // 2, piece)}</head><body><article><h1>Bridge opens</h1>{story}"
        f"</article>{_fill(size // 2, piece)}</body></html>"
    )


KINDS: dict[str, Callable[[int], tuple[str, str]]] = {
    "prose": paragraphs,
    "word-per-line": word_per_line,
    "prose-per-word": prose_word_per_line,
    "short-lines": short_lines,
    "title-lines": title_lines,
    "capital-lines": capital_lines,
    "run-on": run_on,
    "tab-table": table,
    "pipe-table": pipe_table,
    "link-list": links,
    "url-lines": url_lines,
    "one-line": one_line,
    "brackets": brackets,
    "quotes": quotes,
    "minified-html": minified_html,
    "heavy-html": heavy_html,
}


def _stages(path: Path) -> tuple[float, float, float]:
    start = time.process_time()
    raw = read_checked(path, CHARS_PER_FILE)
    read = time.process_time()
    article = ingest(raw, path.name, 0)
    ingested = time.process_time()
    segment((article,))
    done = time.process_time()
    return read - start, ingested - read, done - ingested


def _write(folder: Path, kind: str, size: int) -> Path:
    name, text = KINDS[kind](size)
    path = folder / f"{size // KB}k-{name}"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="100,400,900", help="sizes in KB, comma-separated")
    parser.add_argument("--only", help="one kind of page: " + ", ".join(KINDS))
    parser.add_argument("--profile", help="KIND:SIZE_KB to run under cProfile")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (tottime...)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        if args.profile:
            kind, size = args.profile.split(":")
            path = _write(folder, kind, int(size) * KB)
            profiler = cProfile.Profile()
            profiler.runcall(_stages, path)
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(25)
            return 0
        sizes = [int(size) * KB for size in args.sizes.split(",")]
        kinds = [args.only] if args.only else list(KINDS)
        print(f"{'kind':<15}{'KB':>5}{'read s':>9}{'ingest s':>10}{'segment s':>11}{'total':>8}")
        for kind in kinds:
            for size in sizes:
                path = _write(folder, kind, size)
                stages = _stages(path)
                print(
                    f"{kind:<15}{size // KB:>5}"
                    f"{stages[0]:>9.2f}{stages[1]:>10.2f}{stages[2]:>11.2f}{sum(stages):>8.2f}",
                    flush=True,
                )
                path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
