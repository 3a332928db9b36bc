"""A folder's pages are weighed once, however many pairs of pages are screened again as one.

Each pair of pages far from the rest and closest to each other is screened again read as one
page (``Screened.paired``). The pair's terms change the rarity of every term in the folder,
but the folder's pages are weighed (their terms counted and their rarity read) once: each
pair's screen reads those weights, and its scores are the ones a whole new screen of the
joined folder would give. Every page here is invented.
"""

from __future__ import annotations

import random
import statistics
from collections import Counter

import pytest

from corroborate.engine.text import screening


def invented_folder(pairs: int, seed: int = 3) -> list[Counter[str]]:
    """Sixty pages of one story and ``pairs`` pairs of pages sharing words of their own."""
    rng = random.Random(seed)
    story = [f"harlowmill{k}" for k in range(60)]
    common = [f"everyday{k}" for k in range(400)]
    docs = [Counter(rng.sample(story, 25) + rng.sample(common, 20)) for _ in range(60)]
    for q in range(pairs):
        own = [f"orrindam{q}x{k}" for k in range(20)]
        for _ in range(2):
            docs.append(
                Counter(rng.sample(own, 10) + rng.sample(story, 15) + rng.sample(common, 15))
            )
    return docs


def test_a_folder_with_many_pairs_is_weighed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = invented_folder(pairs=8)
    calls = []
    weighted = screening._weighted
    monkeypatch.setattr(screening, "_weighted", lambda d: calls.append(len(d)) or weighted(d))
    as_one = []
    screen_as_one = screening._screen_as_one
    monkeypatch.setattr(
        screening, "_screen_as_one", lambda *a, **k: as_one.append(a[:2]) or screen_as_one(*a, **k)
    )
    screening.screen(docs)
    assert len(as_one) >= 4  # several pairs were screened again as one page
    assert calls == [len(docs)]  # and the folder was weighed once for them all


def test_a_pair_read_as_one_scores_as_the_joined_folder_would() -> None:
    docs = invented_folder(pairs=4)
    weighed = screening._Weighed(docs)
    scores = {i: s for i, s in enumerate(weighed.similarity()) if s is not None}
    found = screening.pairs_apart(docs, scores, statistics.median(scores.values()), set())
    assert found
    for i, j in found:
        both = docs[i] + docs[j]
        joined = [both if k == i else doc for k, doc in enumerate(docs) if k != j]
        expected = screening.similarity_to_rest(joined)
        assert weighed.joined(i, j) == pytest.approx(dict(enumerate(expected)), abs=1e-12)
