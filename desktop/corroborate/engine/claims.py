"""Claims: aligned sentences grouped around one statement, with their support.

Grouping by connected components would chain A~B~C into one claim even when A
and C say different things, so claims are stars: the best-corroborated
sentence takes its direct neighbours, and so on. A claim's support is the
number of independent source groups among its centre and all the centre's
matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .models import Claim, Match, Sentence


def neighbours(sentences: Sequence[Sentence], matches: Sequence[Match]) -> list[dict[int, float]]:
    """Adjacency of the match graph: for each sentence, matched sentence -> score."""
    graph: list[dict[int, float]] = [{} for _ in sentences]
    for match in matches:
        graph[match.a][match.b] = match.score
        graph[match.b][match.a] = match.score
    return graph


def form_claims(
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    group_of: Sequence[int],
) -> tuple[tuple[Claim, ...], tuple[int, ...]]:
    """Star-cluster the match graph; return the claims and each sentence's claim id."""
    graph = neighbours(sentences, matches)

    def groups_around(centre: int) -> frozenset[int]:
        ids = [centre, *graph[centre]]
        return frozenset(group_of[sentences[i].article] for i in ids)

    support = [len(groups_around(s.id)) for s in sentences]
    strength = [sum(edges.values()) for edges in graph]
    order = sorted(
        range(len(sentences)),
        key=lambda i: (-support[i], not sentences[i].standalone, -strength[i], i),
    )
    claim_of = [-1] * len(sentences)
    claims: list[Claim] = []
    for centre in order:
        if claim_of[centre] != -1:
            continue
        members = [centre, *(n for n in graph[centre] if claim_of[n] == -1)]
        claim_id = len(claims)
        for member in members:
            claim_of[member] = claim_id
        claims.append(
            Claim(
                id=claim_id,
                members=tuple(sorted(members)),
                groups=groups_around(centre),
                representative=centre,
                centrality=strength[centre],
                evidence=tuple(sorted({centre, *graph[centre]})),
            )
        )
    return tuple(claims), tuple(claim_of)


def concept_weights(
    sentences: Sequence[Sentence], group_of: Sequence[int]
) -> dict[tuple[str, str], float]:
    """Stem bigrams weighted by the number of independent groups that use them.

    Shared phrasing across independent sources is the consensus signal at the
    level below whole sentences; bigrams used by one source only weigh nothing.
    """
    users: dict[tuple[str, str], set[int]] = defaultdict(set)
    for sentence in sentences:
        group = group_of[sentence.article]
        stems = sentence.stems
        for pair in zip(stems, stems[1:], strict=False):
            users[pair].add(group)
    return {pair: float(len(groups)) for pair, groups in users.items() if len(groups) >= 2}


def sentence_bigrams(sentence: Sentence) -> set[tuple[str, str]]:
    return set(zip(sentence.stems, sentence.stems[1:], strict=False))


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
