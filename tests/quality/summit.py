"""Show what Corroborate makes of the three-outlet summit story.

A viewer for eyeballing the consensus ranking on real web text (title lines,
headings, bullet lists, footers); the checks come later. Usage::

    uv run python tests/quality/summit.py ../shared/corpora/summit

Runs the engine with default options on the folder's ``.txt`` articles (the
README is left out) and prints the Markdown report, the top four summary items
with their support and sources, and the single-source items.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

TOP = 4


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="e.g. ../shared/corpora/summit")
    args = parser.parse_args(argv)

    articles = sorted(args.data_dir.glob("*.txt")) if args.data_dir.is_dir() else []
    if not articles:
        print(f"summit articles not found in {args.data_dir}; skipping.")
        return 0

    from corroborate.engine import analyze, summarize, to_markdown

    analysis = analyze(articles)
    summary = summarize(analysis)

    print(to_markdown(summary))
    print("=" * 72)
    print(f"Top {TOP} items ({analysis.independent_sources} independent sources)")
    for rank, item in enumerate(summary.items[:TOP], start=1):
        print(f"\n{rank}. support {item.support} ({', '.join(item.outlets)})")
        print(f"   {item.text}")
        print(f"   from {item.file}; sources: {', '.join(item.sources)}")
    print("=" * 72)
    print(f"Single-source items ({len(summary.single_source)})")
    for single in summary.single_source:
        print(f"\n- [{single.outlet}, {single.file}] {single.text}")
    if summary.notes:
        print("=" * 72)
        print("Notes")
        for note in summary.notes:
            print(f"- {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
