"""The sentences the single-outlet list holds for a folder, every outlet's together: what
a test of the list's lenient evidence runs the whole engine on."""

from __future__ import annotations

from pathlib import Path

from corroborate.engine import analyze
from corroborate.engine.consensus.single_source import shared_fact_pairs, single_source_candidates
from corroborate.engine.models import Sentence


def listed_texts(folder: Path) -> set[str]:
    """The text of each sentence listed as one outlet's alone, whichever outlet's."""
    analysis = analyze(folder)
    return {
        analysis.sentences[sid].text
        for listed in single_source_candidates(analysis).values()
        for sid in listed
    }


def fact_pairs_told(sentences: list[Sentence]) -> set[tuple[str, str]]:
    """The texts of each pair of sentences that share a fact (:func:`shared_fact_pairs`)."""
    return {(sentences[a].text, sentences[b].text) for a, b in shared_fact_pairs(sentences)}
