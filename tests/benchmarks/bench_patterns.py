"""Every regular expression of page reading against adversarial long lines: the slowest times.

A benchmark that prints figures, not a timed test. Each compiled pattern at module level
in the page-reading modules (``outlets``, ``furniture``, ``titles``, ``ingest``,
``segment``), alone or in a table's rows (``_SHORT_LINES``' kinds, ``_STAFF``'s credits),
is run with ``search`` and ``finditer`` over lines of 20,000 characters built from short
repeated pieces ("a@", "a.", "A ", "(a", digits with commas, mixes of
spaces and tabs …), the shapes that make a backtracking matcher try quadratic or
exponential paths. A pattern that takes more than the limit (0.05 s) on any line is
listed as slow and the exit status is 1. Usage::

    uv run python tests/benchmarks/bench_patterns.py [--length N] [--limit SECONDS]
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import time
from types import ModuleType

from corroborate.engine.text import furniture, ingest, outlets, segment, titles

MODULES: tuple[ModuleType, ...] = (outlets, furniture, titles, ingest, segment)

#: The repeated pieces; each line is one piece repeated to the length, and some end in a
#: character that makes the last step of a pattern fail (so every start is tried).
PIECES = (
    "a@",
    "a.",
    "A ",
    "a-",
    "(a",
    "a,",
    "|a",
    "http://a",
    "'a",
    '"a',
    "1,",
    "1.",
    "1 ",
    " \t",
    "\t ",
    "A. ",
    "a@b.",
    "Aa ",
    "a /",
    "A - ",
    "a:",
    "a'",
    "‘a",
    "“a",
    "a ",
    "aA",
    "a\u00a0",
)
ENDINGS = ("", "!", "@", ")", " x")


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern held by a page-reading module, named module.attribute."""
    found = []
    for module in MODULES:
        for name, value in sorted(vars(module).items()):
            label = f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
            if isinstance(value, re.Pattern):
                found.append((label, value))
            elif isinstance(value, dict):  # a table of kinds: {"video": re.compile(…), …}
                found += [
                    (f"{label}[{k!r}]", v) for k, v in value.items() if isinstance(v, re.Pattern)
                ]
            elif isinstance(value, (list, tuple)):
                found += [
                    (f"{label}[{i}]", v) for i, v in enumerate(value) if isinstance(v, re.Pattern)
                ]
                # a table of rows holding a pattern each: (("share", re.compile(…)), …),
                # ((hints, re.compile(…)), …)
                found += [
                    (f"{label}[{i}][{j}]", v)
                    for i, row in enumerate(value)
                    if isinstance(row, (list, tuple))
                    for j, v in enumerate(row)
                    if isinstance(v, re.Pattern)
                ]
    seen: set[int] = set()  # (a table built from others, furniture._TRIED, is timed in them)
    return [(label, p) for label, p in found if not (id(p) in seen or seen.add(id(p)))]


#: Tables whose patterns are only ever tried at a line's start (``match``).
ANCHORED_TABLES = frozenset({"furniture._AT_START", "furniture._SHORT_LINES"})


def anchored(label: str) -> bool:
    """Whether the engine only tries a pattern at a line's start or on the whole line
    (``match``, ``fullmatch``), never searching through it: its time is taken that way."""
    module, _, name = label.partition(".")
    table = name.split("[", 1)[0]
    if "[" in name:
        return f"{module}.{table}" in ANCHORED_TABLES
    sources = [inspect.getsource(m) for m in MODULES]
    searched = re.compile(rf"\b{re.escape(name)}\.(?:search|finditer|findall|sub|subn|split)\(")
    used = re.compile(rf"\b{re.escape(name)}\b(?!\s*=)")
    plain = re.compile(rf"\b{re.escape(name)}\.(?:match|fullmatch)\(")
    uses = sum(len(used.findall(text)) for text in sources)
    plain_uses = sum(len(plain.findall(text)) for text in sources)
    return not any(searched.search(text) for text in sources) and 0 < plain_uses == uses


def lines(length: int) -> list[tuple[str, str]]:
    """The adversarial lines, each with a short label."""
    made = []
    for piece in PIECES:
        body = piece * (length // len(piece))
        for ending in ENDINGS:
            made.append((f"{piece!r}*{len(body) // len(piece)}{ending!r}", body + ending))
    return made


def slowest(
    pattern: re.Pattern[str], cases: list[tuple[str, str]], *, at_start: bool = False
) -> tuple[float, str]:
    """The longest time the pattern took on a line, and that line: one ``match`` and one
    ``fullmatch`` for a pattern only tried at a line's start, else one search plus one full
    finditer."""
    worst, label = 0.0, ""
    for name, text in cases:
        start = time.perf_counter()
        if at_start:
            pattern.match(text)
            pattern.fullmatch(text)
        else:
            pattern.search(text)
            for _ in pattern.finditer(text):
                pass
        spent = time.perf_counter() - start
        if spent > worst:
            worst, label = spent, name
    return worst, label


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=20_000)
    parser.add_argument("--limit", type=float, default=0.05)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    cases = lines(args.length)
    short = lines(args.length // 10)
    timed = []
    for name, pattern in patterns():
        at_start = anchored(name)
        shown = name + (" (match)" if at_start else "")
        # a tenth of the length first: a pattern already over the limit there is slow (and
        # could take minutes on the full line), the figure shown is the shorter line's
        worst, label = slowest(pattern, short, at_start=at_start)
        if worst > args.limit:
            timed.append((worst, shown, f"{label} (a tenth of the length)"))
            continue
        worst, label = slowest(pattern, cases, at_start=at_start)
        timed.append((worst, shown, label))
    timed.sort(reverse=True)
    print(f"{len(timed)} patterns, {len(cases)} lines of {args.length} characters")
    for worst, name, label in timed[: args.top]:
        flag = "SLOW" if worst > args.limit else "    "
        print(f"{flag} {worst:8.4f} s  {name:40s} {label}")
    slow = [name for worst, name, _ in timed if worst > args.limit]
    print(f"slower than {args.limit} s: {len(slow)}" + (f" ({', '.join(slow)})" if slow else ""))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
