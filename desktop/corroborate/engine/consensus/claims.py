"""What claims are built from: the match graph, and how central each sentence is.

A claim (:meth:`corroborate.engine.models.Analysis.claim`) is a star in this
graph, a sentence and its direct matches, never a connected component: A~B~C
would otherwise make A and C one claim though they say different things.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..models import Match, Sentence


def neighbours(sentences: Sequence[Sentence], matches: Sequence[Match]) -> list[dict[int, float]]:
    """Adjacency of the match graph: for each sentence, the matched sentences that back
    it -> score. A match that backs one of its two sentences only (:attr:`Match.backs`)
    is an edge of that sentence's alone: the other sentence's outlet backs it, not the
    other way round."""
    graph: list[dict[int, float]] = [{} for _ in sentences]
    for match in matches:
        for sid in match.backed():
            graph[sid][match.other(sid)] = match.score
    return graph


def term_users(
    sentences: Sequence[Sentence],
    group_of: Sequence[int],
    stems: Sequence[tuple[str, ...]] | None = None,
) -> dict[str, set[int]]:
    """Which groups use each term of the sentences, by group id (``group_of``: each
    article's group, independent sources or voices); terms in the order first used.
    ``stems``: each sentence's terms when not its own :attr:`~..models.Sentence.stems`."""
    users: dict[str, set[int]] = defaultdict(set)
    for sentence, terms in zip(sentences, stems or [s.stems for s in sentences], strict=True):
        group = group_of[sentence.article]
        for term in terms:
            users[term].add(group)
    return users


def salience(sentences: Sequence[Sentence], group_of: Sequence[int]) -> tuple[float, ...]:
    """How much of each sentence is about what the sources collectively write about.

    A term's weight is the share of independent groups that use it; a sentence
    scores the mean weight of its distinct terms, dampened for very short ones.
    """
    users = term_users(sentences, group_of)
    total = max(1, len(set(group_of)))
    groups_using = {term: len(groups) for term, groups in users.items()}.__getitem__
    scores = []
    for sentence in sentences:
        terms = set(sentence.stems)
        if not terms:
            scores.append(0.0)
            continue
        mean = sum(map(groups_using, terms)) / (total * len(terms))
        scores.append(mean * min(1.0, len(terms) / 8))
    return tuple(scores)
