"""The sentences the single-outlet list holds for a folder, every outlet's together: what
a test of the list's lenient evidence runs the whole engine on."""

from __future__ import annotations

from pathlib import Path

from corroborate.engine import analyze
from corroborate.engine.consensus.single_source import single_source_candidates


def listed_texts(folder: Path) -> set[str]:
    """The text of each sentence listed as one outlet's alone, whichever outlet's."""
    analysis = analyze(folder)
    return {
        analysis.sentences[sid].text
        for listed in single_source_candidates(analysis).values()
        for sid in listed
    }
