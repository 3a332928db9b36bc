"""One line per folder fingerprinting everything the engine produces from it, to compare two
versions of the code byte for byte (a speed change must leave every output as it was).

    PYTHONHASHSEED=0 uv run python tests/benchmarks/fingerprint.py OUT FOLDER [FOLDER ...]

Run it once with each version (in two worktrees, say) on the same folders and compare the
two OUT files (``cmp``). Each line holds the folder's name, its sentence and match counts
and a SHA-256 over the analysis (``repr``), four summaries (``repr``, Markdown, JSON and
coverage map), the disagreements, and the matches and disagreements of a second analysis
that keeps off-topic articles. The repository's own path is replaced by ``<repo>``, so
the bundled sample story compares across worktrees. PYTHONHASHSEED must be fixed (and the
same for both runs): the analysis holds sets, whose ``repr`` follows the hash seed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import corroborate
from corroborate.engine import (
    AnalysisOptions,
    SummaryOptions,
    analyze,
    collect_rarely,
    conflicts_of,
    coverage,
    summarize,
    to_json,
    to_markdown,
)

REPO = str(Path(corroborate.__file__).resolve().parents[2]).encode()
SUMMARIES = (
    SummaryOptions(),
    SummaryOptions(words=100),
    SummaryOptions(sentences=3, min_sources=1),
    SummaryOptions(sentences=12, min_sources=3),
)


def fingerprint(folder: Path) -> str:
    """The folder's line: name, sentences, matches and the digest of every output."""
    digest = hashlib.sha256()

    def add(text: str) -> None:
        digest.update(text.encode().replace(REPO, b"<repo>"))

    analysis = analyze(folder, AnalysisOptions())
    add(repr(analysis))
    for options in SUMMARIES:
        summary = summarize(analysis, options)
        add(repr(summary))
        add(to_markdown(summary))
        add(json.dumps(to_json(summary), sort_keys=True, ensure_ascii=False))
        add(repr(coverage(summary)))
    add(repr(conflicts_of(analysis)))
    kept = analyze(folder, AnalysisOptions(include_off_topic=True))
    add(repr(kept.matches))
    add(repr(kept.disagreements))
    return f"{folder.name} {len(analysis.sentences)} {len(analysis.matches)} {digest.hexdigest()}"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    collect_rarely()
    with open(argv[0], "w", encoding="utf-8") as out:
        for name in argv[1:]:
            print(fingerprint(Path(name)), file=out, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
