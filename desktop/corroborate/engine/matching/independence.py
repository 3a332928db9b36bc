"""Independence: copies of one story count as one source.

A wire story reprinted by several sites, the same text saved under two names,
or a lightly edited rewrite that keeps most sentences: articles whose
sentences are largely near-verbatim copies of one another's form one group.
So do articles whose whole texts are near-duplicates (word shingles compared
by MinHash, whatever their number), and articles that name the same outlet:
two reports by one newsroom are one source.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from ..disjoint import DisjointSets
from ..models import Article, Match, Sentence, SourceGroup

#: Share of the shorter article's sentences that must be copied in the other.
COPY_SHARE = 0.6
#: Estimated Jaccard similarity of two articles' word shingles from which they are copies.
NEAR_DUPLICATE = 0.5
#: Words per shingle, and the MinHash signature's length (bands x rows).
SHINGLE = 4
BANDS, ROWS = 16, 4
_PRIME = (1 << 61) - 1


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


def _signatures(articles: Sequence[Article], sentences: Sequence[Sentence]) -> np.ndarray:
    """A MinHash signature of each article's word shingles (one row per article)."""
    words: list[list[str]] = [[] for _ in articles]
    for sentence in sentences:
        words[sentence.article].extend(sentence.text.lower().split())
    vocabulary: dict[str, int] = {}
    rng = np.random.default_rng(20261128)
    size = BANDS * ROWS
    mult = rng.integers(1, _PRIME, size=size, dtype=np.uint64)
    add = rng.integers(0, _PRIME, size=size, dtype=np.uint64)
    mix = rng.integers(1, _PRIME, size=SHINGLE, dtype=np.uint64) | np.uint64(1)
    rows = np.full((len(articles), size), np.iinfo(np.uint64).max, dtype=np.uint64)
    for index, seq in enumerate(words):
        ids = np.fromiter(
            (vocabulary.setdefault(w, len(vocabulary) + 1) for w in seq), dtype=np.uint64
        )
        if ids.size < SHINGLE:
            ids = np.concatenate([ids, np.zeros(SHINGLE - ids.size, dtype=np.uint64)])
        # One 64-bit code per run of SHINGLE words (wrap-around arithmetic), distinct runs once.
        span = ids.size - SHINGLE + 1
        codes = sum((ids[k : k + span] * mix[k] for k in range(SHINGLE)), np.uint64(0))
        hashes = np.unique(codes * np.uint64(0x9E3779B97F4A7C15))
        if int(ids.max(initial=0)):
            # Multiply-add hashing modulo 2^64 (uint64 wrap-around) is a fine permutation family.
            rows[index] = (hashes[:, None] * mult[None, :] + add[None, :]).min(axis=0)
    return rows


def near_duplicates(
    articles: Sequence[Article], sentences: Sequence[Sentence]
) -> list[tuple[int, int]]:
    """Pairs of articles whose texts are near-duplicates, found by MinHash banding.

    Each band buckets the articles; within a bucket each article is compared
    with the bucket's representatives only, so a thousand identical reprints
    cost a thousand comparisons, not half a million.
    """
    if len(articles) < 2:
        return []
    signature = _signatures(articles, sentences)
    pairs: set[tuple[int, int]] = set()
    for band in range(BANDS):
        block = signature[:, band * ROWS : (band + 1) * ROWS]
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for index in range(len(articles)):
            buckets[block[index].tobytes()].append(index)
        for members in buckets.values():
            representatives: list[int] = []
            for index in members:
                for rep in representatives:
                    if float(np.mean(signature[rep] == signature[index])) >= NEAR_DUPLICATE:
                        pairs.add((rep, index))
                        break
                else:
                    representatives.append(index)
    return sorted(pairs)


def copies_of_first(count: int, duplicates: Sequence[tuple[int, int]]) -> list[int]:
    """For each of ``count`` articles, the first of its near-duplicate set (itself if none)."""
    union = DisjointSets(range(count))
    for x, y in duplicates:
        union.union(x, y)
    return [union.find(i) for i in range(count)]


def outlet_key(name: str) -> str:
    """An outlet name folded for comparison: "The Associated Press" and "AP" are one."""
    key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip().removeprefix("the ")
    return _ALIASES.get(key, key)


_ALIASES = {
    "ap": "associated press",
    "associated press": "associated press",
    "afp": "agence france presse",
    "agence france presse": "agence france presse",
    "nyt": "new york times",
    "new york times": "new york times",
    "bbc news": "bbc",
    "cnn com": "cnn",
    "reuters com": "reuters",
}


def group_sources(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    duplicates: Sequence[tuple[int, int]] | None = None,
) -> tuple[tuple[SourceGroup, ...], tuple[int, ...], tuple[int, ...]]:
    """Groups of copied articles and of one outlet's articles, and each article's group id.

    Also returns each article's *voice*: the first article of its set of copies,
    before one outlet's articles are joined. Separately written reports of one
    outlet count once as support, but each still tells what the story is about.
    ``duplicates`` are the :func:`near_duplicates` pairs, when already computed.
    """
    union = DisjointSets(range(len(articles)))
    for (x, y), share in copied_share(articles, sentences, matches).items():
        if share >= COPY_SHARE:
            union.union(x, y)
    if duplicates is None:
        duplicates = near_duplicates(articles, sentences)
    for x, y in duplicates:
        union.union(x, y)
    copies = [union.find(i) for i in range(len(articles))]
    by_outlet: dict[str, int] = {}
    for article in articles:
        if article.outlet_from == "file":
            continue  # a file name says nothing about who wrote the article
        key = outlet_key(article.outlet)
        if key in by_outlet:
            union.union(by_outlet[key], article.id)
        else:
            by_outlet[key] = article.id
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
    return tuple(groups), tuple(group_of), tuple(copies)
