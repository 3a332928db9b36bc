"""Ranking: choose and order the summary from an Analysis; cheap, runs on every option change.

Any sentence that reads well alone (standalone, neither too short nor
overlong) may voice its claim. Which of them make the summary is decided by a
selection objective (``objective.py``; by default the coverage of concepts,
stem bigrams weighted by the voices that use them), maximised by lazy greedy
selection under the length budget. Sentences whose support reaches the
minimum are chosen first while any remain; the rest fill what is left. A
sentence matched to one already chosen states its claim, so each claim is
stated once, by the sentence chosen first; a repeated point adds nothing to
the objective, so redundancy needs no penalty of its own.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Analysis, Claim, ConsensusSummary, Sentence, SummaryItem, SummaryOptions
from .objective import ConceptCoverage, Objective
from .single_source import single_source_items

#: A voice longer than this reads poorly; shorter than MIN_WORDS says little.
MAX_WORDS = 50
MIN_WORDS = 8
#: The objective ranking uses unless told otherwise.
DEFAULT_OBJECTIVE: Objective = ConceptCoverage()


@dataclass(frozen=True)
class _Candidate:
    claim: Claim
    voice: Sentence
    support: int


def _candidates(analysis: Analysis) -> list[_Candidate]:
    """Every sentence that can voice a claim alone: standalone and of readable length."""
    return [
        _Candidate(
            analysis.claims[analysis.claim_of[sentence.id]],
            sentence,
            analysis.support_of(sentence.id),
        )
        for sentence in analysis.sentences
        if sentence.standalone and MIN_WORDS <= sentence.words <= MAX_WORDS
    ]


def _select(analysis: Analysis, options: SummaryOptions, objective: Objective) -> list[_Candidate]:
    """Lazy greedy: a value only shrinks as the selection grows, so each candidate is
    re-scored only when it reaches the top of the heap."""
    candidates = _candidates(analysis)
    selection = objective.start(analysis)
    chosen: list[_Candidate] = []
    stated: set[int] = set()
    texts: set[str] = set()
    words = 0

    def full() -> bool:
        if options.words is not None:
            return words >= options.words
        return len(chosen) >= options.sentences

    for strong in (True, False):
        if full():
            break
        pool = [c for c in candidates if (c.support >= options.min_sources) == strong]
        # Ties (e.g. sentences that add nothing new) go to the earlier sentence in its article.
        heap = [(-selection.value(c.voice.id), c.voice.index, i) for i, c in enumerate(pool)]
        heapq.heapify(heap)
        while heap and not full():
            _, position, index = heapq.heappop(heap)
            candidate = pool[index]
            sid = candidate.voice.id
            if sid in stated or candidate.voice.text in texts:
                continue
            value = selection.value(sid)
            if heap and (-value, position, index) > heap[0]:
                heapq.heappush(heap, (-value, position, index))
                continue
            chosen.append(candidate)
            selection.add(sid)
            # Sentences matched to a chosen voice state its claim: one sentence per claim.
            stated.update(analysis.neighbours[sid])
            stated.add(sid)
            texts.add(candidate.voice.text)
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


def build_summary(
    analysis: Analysis, options: SummaryOptions, objective: Objective = DEFAULT_OBJECTIVE
) -> ConsensusSummary:
    chosen = order_for_reading(_select(analysis, options, objective))
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
