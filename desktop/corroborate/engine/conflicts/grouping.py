"""Disagreements as the reader sees them: one entry per conflict, not per sentence pair.

The engine records disagreements pairwise: when one outlet says 14 injured
and two others say 12, that is two pairs about one conflict. This folds pairs
of the same kind over the same values that share a sentence (or whose
sentences corroborate each other) into one :class:`~corroborate.engine.models.Conflict` listing every
side, so the app and the Markdown report show each conflict once. Values are the same when
their words' stems are: "no investigation" against "investigating" and against "an
investigation" of another sentence of that outlet is one dispute. Names the sources
spell two ways are folded alike (:func:`spellings`), and listed apart from conflicts.
"""

from __future__ import annotations

from collections.abc import Callable

from ..disjoint import DisjointSets
from ..models import Analysis, Conflict, ConflictSide, Disagreement, DisagreementKind
from ..text.segment import stem, words
from .names import respelled_words


def conflicts(analysis: Analysis) -> tuple[Conflict, ...]:
    """The analysis's disagreements folded into conflicts, in the order they were found."""
    return folded(analysis, analysis.disagreements, _stemmed, _stems)


def spellings(analysis: Analysis) -> tuple[Conflict, ...]:
    """The names the sources spell two ways (:attr:`Analysis.spellings`), folded as
    :func:`conflicts` folds disagreements, by the two spellings of the word they differ by:
    "Sanago" against "Amadou Sanogo" and against "Haya Sanogo" is one entry."""

    def key(d: Disagreement) -> frozenset[str]:
        return respelled_words(d.a_value, d.b_value) or frozenset((d.a_value, d.b_value))

    return folded(analysis, analysis.spellings, key)


def _values(d: Disagreement) -> frozenset[str]:
    return frozenset((d.a_value, d.b_value))


def _stems(value: str) -> str:
    """A value by its words' stems: "investigating" and "investigation" read alike."""
    return " ".join(stem(w.lower()) for w in words(value))


def _stemmed(d: Disagreement) -> frozenset[str]:
    return frozenset((_stems(d.a_value), _stems(d.b_value)))


def folded(
    analysis: Analysis,
    items: tuple[Disagreement, ...],
    same: Callable[[Disagreement], frozenset[str]] = _values,
    alike: Callable[[str], str] = str,
) -> tuple[Conflict, ...]:
    """Pairs of one kind the same by ``same`` (both values given, unless told) that
    share a sentence (or whose sentences corroborate each other) folded into one entry
    each, in the order they were found; the entry's heading gives each value once, the
    first of those read ``alike``."""
    joined: DisjointSets[int] = DisjointSets(range(len(items)))
    keys = [(d.kind, same(d)) for d in items]
    by_sentence: dict[tuple[tuple[DisagreementKind, frozenset[str]], int], int] = {}
    neighbours = analysis.neighbours
    for i, item in enumerate(items):
        for sid in (item.a, item.b):
            near = neighbours[sid] if sid < len(neighbours) else ()
            for other in (sid, *near):
                j = by_sentence.setdefault((keys[i], other), i)
                if j != i:
                    joined.union(i, j)
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(joined.find(i), []).append(i)
    found = []
    for first in sorted(members):
        pairs = [items[i] for i in members[first]]
        sides: dict[int, ConflictSide] = {}
        values: list[str] = []
        first_of: dict[str, str] = {}
        for pair in pairs:
            for sid, value, spans in zip(
                (pair.a, pair.b),
                (pair.a_value, pair.b_value),
                (pair.a_spans, pair.b_spans),
                strict=True,
            ):
                sides.setdefault(sid, ConflictSide(sid, value, spans))
                if first_of.setdefault(alike(value), value) == value and value not in values:
                    values.append(value)
        ordered = sorted(
            sides.values(),
            key=lambda s: (values.index(first_of[alike(s.value)]), s.sentence),
        )
        found.append(Conflict(pairs[0].kind, " / ".join(values), tuple(ordered), tuple(pairs)))
    return tuple(found)
