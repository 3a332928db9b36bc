"""Independence: copies of one story count as one source.

A wire story reprinted by several sites, the same text saved under two names,
or a lightly edited rewrite that keeps most sentences: articles whose
sentences are largely near-verbatim copies of one another's form one group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .models import Article, Match, Sentence, SourceGroup

#: Share of the shorter article's sentences that must be copied in the other.
COPY_SHARE = 0.6


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def copied_share(
    articles: Sequence[Article], sentences: Sequence[Sentence], matches: Sequence[Match]
) -> dict[tuple[int, int], float]:
    """For each article pair, the share of the shorter one's sentences copied in the other."""
    count = [0] * len(articles)
    for sentence in sentences:
        count[sentence.article] += 1
    copied: dict[tuple[int, int], set[int]] = defaultdict(set)
    for match in matches:
        if match.kind != "copy":
            continue
        x, y = sentences[match.a].article, sentences[match.b].article
        pair = (min(x, y), max(x, y))
        shorter = pair[0] if count[pair[0]] <= count[pair[1]] else pair[1]
        copied[pair].add(match.a if sentences[match.a].article == shorter else match.b)
    return {
        pair: len(ids) / max(1, min(count[pair[0]], count[pair[1]])) for pair, ids in copied.items()
    }


def group_sources(
    articles: Sequence[Article], sentences: Sequence[Sentence], matches: Sequence[Match]
) -> tuple[tuple[SourceGroup, ...], tuple[int, ...]]:
    """Groups of mutually copied articles, and the group id of every article."""
    union = _UnionFind(len(articles))
    for (x, y), share in copied_share(articles, sentences, matches).items():
        if share >= COPY_SHARE:
            union.union(x, y)
    members: dict[int, list[int]] = defaultdict(list)
    for article in articles:
        members[union.find(article.id)].append(article.id)
    size: dict[int, int] = defaultdict(int)
    for sentence in sentences:
        size[sentence.article] += len(sentence.text)
    groups: list[SourceGroup] = []
    group_of = [0] * len(articles)
    for group_id, root in enumerate(sorted(members)):
        ids = tuple(members[root])
        # The original is the fullest text, credited by name when a dateline named it.
        original = max(ids, key=lambda i: (articles[i].outlet_from == "text", size[i], -i))
        groups.append(SourceGroup(id=group_id, articles=ids, original=original))
        for article_id in ids:
            group_of[article_id] = group_id
    return tuple(groups), tuple(group_of)
