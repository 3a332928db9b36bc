"""Story-wide: one body told as a building's owner by one source and as its tenant by
another.

"a hall owned by a Macedonian civic organization" in one source, "the Macedonian
Association, which rents space in the building" in another: one body does not both own
and rent one building at one time. The holds are read by :func:`..text.tenure.tenures`,
which reads only a body told by name and kind and a building, and no sentence that tells
a condition, a plan or a change. Two holds are compared only when the bodies are one
(:func:`..text.tenure.same_body`: the same name words and a kind in common; "the
Varnholt Choral Society" and "the Varnholt Chess Club" are two) and the buildings are one (:func:`..text.tenure.same_building`); a source
that tells one body's hold both ways is left out (it tells of two buildings, or two
times), and one finding is kept for each two sources, their first sentences telling the
hold standing for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Sentence
from ..text.specifics import Specifics
from ..text.tenure import HOLD_STEMS, Tenure, same_body, same_building, tenures
from .finding import Finding, one_word_each


def held_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Each two sources of which one tells a body as a building's owner and the other as
    its tenant (see the module's notes)."""
    del spec  # the holds are read from the sentences' text alone
    told: dict[int, list[tuple[int, Tenure]]] = {}
    for sentence in sentences:
        if HOLD_STEMS.isdisjoint(sentence.stems):
            continue
        for tenure in tenures(sentence.text):
            told.setdefault(group_of[sentence.article], []).append((sentence.id, tenure))
    if len(told) < 2:
        return []
    found = []
    seen: set[tuple[int, int]] = set()
    groups = sorted(told)
    for ga in groups:
        for gb in groups:
            if ga == gb or (ga, gb) in seen:
                continue
            pair = _owner_and_tenant(told[ga], told[gb])
            if pair is None:
                continue
            seen.update({(ga, gb), (gb, ga)})
            (a, x), (b, y) = pair
            found.append(one_word_each("role", sentences, (a, x.span), (b, y.span)))
    return found


def _owner_and_tenant(
    one: list[tuple[int, Tenure]], other: list[tuple[int, Tenure]]
) -> tuple[tuple[int, Tenure], tuple[int, Tenure]] | None:
    """The first owner ``one`` tells of a body and building and the first tenant ``other``
    tells of them, when neither source tells that body's hold both ways."""
    for a, x in one:
        if x.holds != "owner":
            continue
        for b, y in other:
            if y.holds != "tenant" or not same_body(x, y) or not same_building(x, y):
                continue
            if _both_ways(one, x) or _both_ways(other, y):
                return None
            return (a, x), (b, y)
    return None


def _both_ways(told: list[tuple[int, Tenure]], hold: Tenure) -> bool:
    """Does a source tell the body of ``hold`` as both owner and tenant somewhere?"""
    return any(t.holds != hold.holds and same_body(t, hold) for _, t in told)
