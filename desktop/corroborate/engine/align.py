"""Alignment: which sentences of different articles state the same thing.

Candidates come from an inverted index over *rare* terms only, so the work
grows with the number of sentences rather than with its square. Each
candidate is then judged on rarity-weighted (IDF) overlap, rapidfuzz for
near-verbatim copies and shared quotations; pairs that assert different
numbers or dates are never matched.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from .models import CancelFn, Cancelled, Match, Sentence
from .numbers import conflicting

#: IDF-weighted cosine above which two sentences paraphrase one another.
PARAPHRASE_COSINE = 0.42
#: Weighted share of the shorter sentence found in the longer one.
CONTAINMENT = 0.78
#: rapidfuzz ratio from which two sentences are the same text, lightly edited.
COPY_RATIO = 88.0
#: Fewer content words than this cannot be judged contained in another sentence.
MIN_CONTAINED_TERMS = 5


def idf_weights(sentences: Sequence[Sentence]) -> dict[str, float]:
    """Rarity of each stem over the folder's sentences (smoothed IDF)."""
    df: dict[str, int] = {}
    for sentence in sentences:
        for term in set(sentence.stems):
            df[term] = df.get(term, 0) + 1
    n = len(sentences)
    return {term: math.log((n + 1) / (count + 1)) + 1.0 for term, count in df.items()}


def candidate_pairs(sentences: Sequence[Sentence]) -> np.ndarray:
    """Pairs (a < b) from different articles sharing at least two rare terms.

    Only terms held by at most ``cap`` sentences generate pairs, so the work is
    bounded by the number of terms times ``cap`` squared, never all pairs.
    """
    n = len(sentences)
    postings: dict[str, list[int]] = {}
    for sentence in sentences:
        for term in set(sentence.stems):
            postings.setdefault(term, []).append(sentence.id)
    cap = max(24, int(2 * math.sqrt(n)))
    chunks = []
    for ids in postings.values():
        if 2 <= len(ids) <= cap:
            arr = np.asarray(ids, dtype=np.int64)
            i, j = np.triu_indices(len(arr), k=1)
            chunks.append(arr[i] * n + arr[j])
    if not chunks:
        return np.empty((0, 2), dtype=np.int64)
    codes, counts = np.unique(np.concatenate(chunks), return_counts=True)
    codes = codes[counts >= 2]
    a, b = codes // n, codes % n
    article = np.fromiter((s.article for s in sentences), dtype=np.int64, count=n)
    keep = article[a] != article[b]
    return np.stack([a[keep], b[keep]], axis=1)


def align(sentences: Sequence[Sentence], cancelled: CancelFn | None = None) -> list[Match]:
    """Matches between sentences of different articles, each pair once (a < b)."""
    if len(sentences) < 2:
        return []
    idf = idf_weights(sentences)
    terms = [frozenset(s.stems) for s in sentences]
    mass = [sum(idf[t] for t in ts) for ts in terms]
    norm = [math.sqrt(sum(idf[t] ** 2 for t in ts)) or 1.0 for ts in terms]
    pairs = candidate_pairs(sentences)
    matches: list[Match] = []
    for k, (a, b) in enumerate(pairs.tolist()):
        if cancelled and k % 4096 == 0 and cancelled():
            raise Cancelled
        shared = terms[a] & terms[b]
        cosine = sum(idf[t] ** 2 for t in shared) / (norm[a] * norm[b])
        contained = sum(idf[t] for t in shared) / (min(mass[a], mass[b]) or 1.0)
        if cosine < 0.25 and contained < CONTAINMENT:
            continue
        left, right = sentences[a], sentences[b]
        if conflicting(left.numbers, right.numbers):
            continue
        short = min(len(terms[a]), len(terms[b]))
        kind = _judge(left, right, cosine, contained, short)
        if kind:
            score = max(cosine, contained * 0.9)
            matches.append(Match(a=a, b=b, score=round(score, 4), kind=kind))
    return matches


def _judge(
    left: Sentence, right: Sentence, cosine: float, contained: float, terms: int
) -> str | None:
    if cosine >= 0.6 and fuzz.ratio(left.text, right.text) >= COPY_RATIO:
        return "copy"
    if cosine >= 0.25 and set(left.quotes) & set(right.quotes):
        return "quote"
    if cosine >= PARAPHRASE_COSINE:
        return "paraphrase"
    if contained >= CONTAINMENT and terms >= MIN_CONTAINED_TERMS and cosine >= 0.3:
        return "contained"
    return None
