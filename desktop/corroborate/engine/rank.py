"""Ranking: choose and order the summary from an Analysis; cheap, runs on every option change.

Claims are ranked by support first, then by how much new, widely shared
content they add (bigrams used by several independent sources, the
consensus signal below the sentence) and by centrality and position. Each
claim is voiced by its clearest member; claims that repeat what is already
selected are skipped (MMR-style).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .claims import sentence_bigrams
from .models import Analysis, Claim, ConsensusSummary, Sentence, SummaryItem, SummaryOptions
from .single_source import single_source_items
from .titles import story_title

#: Weight of shared-content gain against one step of support.
GAIN_WEIGHT = 0.6
#: Weight of salience (topic centrality) against one step of support.
SALIENCE_WEIGHT = 0.8
#: Word-overlap (Dice over stems) above which a candidate repeats the selection.
REDUNDANT = 0.5
#: A voice longer than this reads poorly; shorter than MIN_WORDS says little.
MAX_WORDS = 50
MIN_WORDS = 8


def _voice(claim: Claim, analysis: Analysis) -> Sentence | None:
    """The member that reads best alone: best corroborated, standalone, not overlong."""
    best, best_key = None, None
    for sid in claim.members:
        sentence = analysis.sentences[sid]
        if not sentence.standalone or not MIN_WORDS <= sentence.words <= MAX_WORDS:
            continue
        shared = sum(analysis.concept_weight.get(b, 0.0) for b in sentence_bigrams(sentence))
        support = len(analysis.corroboration(sid)[0])
        clarity = shared / (sentence.words**0.5) + analysis.salience[sid]
        key = (support, sid == claim.representative, clarity, -sid)
        if best_key is None or key > best_key:
            best, best_key = sentence, key
    return best


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _position(sentence: Sentence, analysis: Analysis) -> float:
    """1.0 for an article's first sentence, falling towards 0 further down."""
    return 1.0 / (1.0 + 0.15 * sentence.index)


@dataclass(frozen=True)
class _Candidate:
    claim: Claim
    voice: Sentence
    support: int


def _candidates(analysis: Analysis) -> list[_Candidate]:
    found = []
    for claim in analysis.claims:
        voice = _voice(claim, analysis)
        if voice is not None:
            support = len(analysis.corroboration(voice.id)[0])
            found.append(_Candidate(claim, voice, support))
    return found


def _select(analysis: Analysis, options: SummaryOptions) -> list[_Candidate]:
    candidates = _candidates(analysis)
    strong = [c for c in candidates if c.support >= options.min_sources]
    weak = [c for c in candidates if c.support < options.min_sources]
    chosen: list[_Candidate] = []
    voices: set[int] = set()
    covered: set[tuple[str, str]] = set()
    words = 0

    def full() -> bool:
        if options.words is not None:
            return words >= options.words
        return len(chosen) >= options.sentences

    for pool in (strong, weak):
        remaining = list(pool)
        while remaining and not full():
            _, index = max((_value(c, analysis, covered), i) for i, c in enumerate(remaining))
            candidate = remaining.pop(index)
            stems = set(candidate.voice.stems)
            if candidate.voice.id in voices or any(
                _dice(stems, set(c.voice.stems)) > REDUNDANT for c in chosen
            ):
                continue
            chosen.append(candidate)
            voices.add(candidate.voice.id)
            covered |= sentence_bigrams(candidate.voice)
            words += candidate.voice.words
    return chosen


def _value(candidate: _Candidate, analysis: Analysis, covered: set) -> float:
    voice = candidate.voice
    gain = sum(
        analysis.concept_weight.get(b, 0.0) for b in sentence_bigrams(voice) - covered
    ) / max(1, analysis.independent_sources)
    return (
        candidate.support
        + GAIN_WEIGHT * gain / (voice.words**0.5)
        + SALIENCE_WEIGHT * analysis.salience[voice.id]
        + 0.3 * _position(voice, analysis)
    )


def _item(candidate: _Candidate, analysis: Analysis) -> SummaryItem:
    voice = candidate.voice
    groups, backing = analysis.corroboration(voice.id)
    files = sorted({analysis.articles[analysis.sentences[s].article].file for s in backing})
    outlets = tuple(analysis.articles[analysis.groups[g].original].outlet for g in sorted(groups))
    return SummaryItem(
        claim=candidate.claim.id,
        sentence=voice.id,
        text=voice.text,
        file=analysis.articles[voice.article].file,
        support=len(groups),
        sources=tuple(files),
        outlets=outlets,
    )


def order_for_reading(chosen: Sequence[_Candidate]) -> list[_Candidate]:
    """Strongest consensus first; within a tier, in the order the stories tell it."""
    return sorted(chosen, key=lambda c: (-c.support, c.voice.index, c.voice.id))


def build_summary(analysis: Analysis, options: SummaryOptions) -> ConsensusSummary:
    chosen = order_for_reading(_select(analysis, options))
    items = tuple(_item(candidate, analysis) for candidate in chosen)
    notes: list[str] = []
    if len(analysis.articles) == 1:
        notes.append("Only one article: nothing could be corroborated.")
    elif analysis.independent_sources == 1:
        notes.append("All articles are copies of one story: nothing could be corroborated.")
    elif items and items[0].support < 2:
        notes.append("No claim is reported by more than one independent outlet.")
    elif sum(item.support >= options.min_sources for item in items) < len(items):
        notes.append(
            f"Fewer claims than requested are backed by {options.min_sources} or more "
            "outlets; the rest of the summary has less support."
        )
    return ConsensusSummary(
        title=story_title(analysis),
        options=options,
        items=items,
        single_source=tuple(single_source_items(analysis, options)),
        notes=tuple(notes),
        analysis=analysis,
    )
