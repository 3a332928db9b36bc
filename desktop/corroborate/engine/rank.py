"""Ranking: choose and order the summary from an Analysis; cheap, runs on every option change.

Any sentence that reads well alone (standalone, neither too short nor
overlong) may voice its claim. Candidates are ranked by the support of what
they state first, then by how much new, widely shared content they add
(bigrams used by several independent sources, the consensus signal below the
sentence), by topic centrality and by position. A candidate matched to a
sentence already chosen, or repeating its words, is skipped (MMR-style), so
each claim is stated once, by the sentence that ranked best.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Analysis, Claim, ConsensusSummary, Sentence, SummaryItem, SummaryOptions
from .single_source import single_source_items

#: Weight of one more independent source backing a sentence.
SUPPORT_WEIGHT = 1.0
#: Shared-content gain is divided by the sentence length to this power.
LENGTH_EXPONENT = 1.0
#: Weight of shared-content gain against one step of support.
GAIN_WEIGHT = 10.0
#: Weight of salience (topic centrality) against one step of support.
SALIENCE_WEIGHT = 1.6
#: Weight of an early position in its article against one step of support.
POSITION_WEIGHT = 0.8
#: Word-overlap (Dice over stems) above which a candidate repeats the selection.
REDUNDANT = 0.4
#: A voice longer than this reads poorly; shorter than MIN_WORDS says little.
MAX_WORDS = 50
MIN_WORDS = 8


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _position(sentence: Sentence) -> float:
    """1.0 for an article's first sentence, falling towards 0 further down."""
    return 1.0 / (1.0 + 0.15 * sentence.index)


@dataclass(frozen=True)
class _Candidate:
    claim: Claim
    voice: Sentence
    support: int
    bigrams: frozenset[tuple[str, str]]
    base: float  # the part of the value that does not depend on what is already chosen


def _candidates(analysis: Analysis) -> list[_Candidate]:
    """Every sentence that can voice a claim alone: standalone and of readable length."""
    found = []
    for sentence in analysis.sentences:
        if not sentence.standalone or not MIN_WORDS <= sentence.words <= MAX_WORDS:
            continue
        support = analysis.support_of(sentence.id)
        base = (
            SUPPORT_WEIGHT * analysis.voices_of(sentence.id)
            + SALIENCE_WEIGHT * analysis.salience[sentence.id]
            + POSITION_WEIGHT * _position(sentence)
        )
        claim = analysis.claims[analysis.claim_of[sentence.id]]
        found.append(_Candidate(claim, sentence, support, analysis.bigrams[sentence.id], base))
    return found


def _gain(candidate: _Candidate, analysis: Analysis, covered: set) -> float:
    if covered:
        new = sum(analysis.concept_weight.get(b, 0.0) for b in candidate.bigrams - covered)
    else:
        new = analysis.concept_mass[candidate.voice.id]
    voices = max(1, analysis.voices)
    return GAIN_WEIGHT * new / voices / candidate.voice.words**LENGTH_EXPONENT


def _select(analysis: Analysis, options: SummaryOptions) -> list[_Candidate]:
    """Greedy selection with lazy re-evaluation: a gain only shrinks as coverage grows."""
    candidates = _candidates(analysis)
    chosen: list[_Candidate] = []
    covered: set[tuple[str, str]] = set()
    stated: set[int] = set()
    words = 0

    def full() -> bool:
        if options.words is not None:
            return words >= options.words
        return len(chosen) >= options.sentences

    for strong in (True, False):
        if full():
            break
        pool = [c for c in candidates if (c.support >= options.min_sources) == strong]
        # Priorities start at the gain over an empty selection: an upper bound, since
        # gains only shrink, so each candidate is re-scored only when it reaches the top.
        empty: set[tuple[str, str]] = set()
        heap = [(-(c.base + _gain(c, analysis, empty)), c.voice.id, i) for i, c in enumerate(pool)]
        heapq.heapify(heap)
        while heap and not full():
            _, _, index = heapq.heappop(heap)
            candidate = pool[index]
            value = candidate.base + _gain(candidate, analysis, covered)
            if heap and value < -heap[0][0] - 1e-9:
                heapq.heappush(heap, (-value, candidate.voice.id, index))
                continue
            stems = set(candidate.voice.stems)
            if candidate.voice.id in stated or any(
                _dice(stems, set(c.voice.stems)) > REDUNDANT for c in chosen
            ):
                continue
            chosen.append(candidate)
            # Sentences matched to a chosen voice state its claim: one sentence per claim.
            stated.update(analysis.neighbours[candidate.voice.id])
            covered |= candidate.bigrams
            words += candidate.voice.words
    return chosen


def _item(candidate: _Candidate, analysis: Analysis) -> SummaryItem:
    voice = candidate.voice
    groups, backing = analysis.corroboration(voice.id)
    files = sorted({analysis.articles[analysis.sentences[s].article].file for s in backing})
    evidence = []
    for group, ids in analysis.statements(voice.id):
        first = analysis.sentences[ids[0]]
        outlet = analysis.articles[analysis.groups[group].original].outlet
        evidence.append((outlet, analysis.articles[first.article].file, first.text))
    return SummaryItem(
        evidence=tuple(evidence),
        claim=candidate.claim.id,
        sentence=voice.id,
        text=voice.text,
        file=analysis.articles[voice.article].file,
        support=len(groups),
        sources=tuple(files),
        outlets=tuple(outlet for outlet, _, _ in evidence),
        disputed_by=analysis.disputed_by(voice.id),
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
    single, more = single_source_items(analysis, options, frozenset(i.sentence for i in items))
    return ConsensusSummary(
        title=analysis.title,
        options=options,
        items=items,
        single_source=tuple(single),
        notes=tuple(notes),
        analysis=analysis,
        single_source_more=more,
    )
