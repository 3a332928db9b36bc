"""Claims: aligned sentences grouped around one statement, with their support.

Grouping by connected components would chain A~B~C into one claim even when A
and C say different things, so a claim is a star: a sentence and its direct
matches. A claim's support is the number of independent source groups among
them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..models import Claim, Match, Sentence


def neighbours(sentences: Sequence[Sentence], matches: Sequence[Match]) -> list[dict[int, float]]:
    """Adjacency of the match graph: for each sentence, matched sentence -> score."""
    graph: list[dict[int, float]] = [{} for _ in sentences]
    for match in matches:
        graph[match.a][match.b] = match.score
        graph[match.b][match.a] = match.score
    return graph


def form_claims(
    sentences: Sequence[Sentence],
    graph: Sequence[dict[int, float]],
    group_of: Sequence[int],
) -> tuple[tuple[Claim, ...], tuple[int, ...]]:
    """One claim per sentence neighbourhood that no stronger claim already contains.

    Claims may overlap: a long quotation can corroborate three shorter
    sentences that each state a different claim, and each of those keeps its
    own claim. ``claim_of`` gives each sentence the claim it centres, or else
    the strongest claim it belongs to.
    """
    around = [frozenset((s.id, *graph[s.id])) for s in sentences]
    support = [len({group_of[sentences[i].article] for i in ids}) for ids in around]
    strength = [sum(edges.values()) for edges in graph]
    order = sorted(
        range(len(sentences)),
        key=lambda i: (-support[i], not sentences[i].standalone, -strength[i], i),
    )
    claim_of = [-1] * len(sentences)
    holders: list[list[int]] = [[] for _ in sentences]  # claims each sentence belongs to
    claims: list[Claim] = []
    for centre in order:
        if any(around[centre] <= around[claims[c].representative] for c in holders[centre]):
            continue
        claim_id = len(claims)
        claims.append(
            Claim(
                id=claim_id,
                members=tuple(sorted(around[centre])),
                groups=frozenset(group_of[sentences[i].article] for i in around[centre]),
                representative=centre,
                centrality=strength[centre],
                evidence=tuple(sorted(around[centre])),
            )
        )
        for member in around[centre]:
            holders[member].append(claim_id)
            if claim_of[member] == -1 or member == centre:
                claim_of[member] = claim_id
    return tuple(claims), tuple(claim_of)


def salience(sentences: Sequence[Sentence], group_of: Sequence[int]) -> tuple[float, ...]:
    """How much of each sentence is about what the sources collectively write about.

    A term's weight is the share of independent groups that use it; a sentence
    scores the mean weight of its distinct terms, dampened for very short ones.
    """
    users: dict[str, set[int]] = defaultdict(set)
    for sentence in sentences:
        for term in sentence.stems:
            users[term].add(group_of[sentence.article])
    total = max(1, len(set(group_of)))
    scores = []
    for sentence in sentences:
        terms = set(sentence.stems)
        if not terms:
            scores.append(0.0)
            continue
        mean = sum(len(users[t]) for t in terms) / (total * len(terms))
        scores.append(mean * min(1.0, len(terms) / 8))
    return tuple(scores)
