"""What two sentences share once their specifics are set aside: their content
(:func:`similar`), the names each gives that the other does not (:func:`other_names`),
the words and names around a value (:func:`around`); the thresholds the judges read."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..text.figures import GENERIC, TIME_UNITS, VAGUE, counted
from ..text.roles import capitalised, name_part
from ..text.segment import stopwords
from ..text.specifics import Specifics, Value

#: Share of content (Dice over stems, specifics left out) two sentences must have in common.
SIMILAR = 0.5
#: ...or the share of the shorter sentence found in the longer one.
CONTAINED = 0.8

#: Distinct sentences with figures next to one word beyond which that word pairs none.
COUNT_CAP = 30

#: Tokens either side of a figure or date read as its own context...
LOCAL_REACH = 8
#: ...and the telling words two contexts must share, the counted word included, to
#: give one thing's figure when the sentences around them say different things.
LOCAL_SHARED = 2


@lru_cache(maxsize=8192)
def telling_terms(terms: frozenset[str]) -> frozenset[str]:
    return terms - VAGUE


def similar(a: Specifics, b: Specifics, drop: Iterable[str] = ()) -> bool:
    """Do the sentences share their content, once the specifics are set aside?"""
    dropped = frozenset(drop)
    # "percent" or "million" says nothing of what is stated
    left, right = telling_terms(a.terms), telling_terms(b.terms)
    if dropped:
        left, right = left - dropped, right - dropped
    if not left or not right:
        return False
    shared = len(left & right)
    dice = 2 * shared / (len(left) + len(right))
    short = min(len(left), len(right))
    return dice >= SIMILAR or (short >= 3 and shared / short >= CONTAINED)


def fold_name(name: str) -> str:
    """ "Leonids" and "Leonid" name one thing."""
    return name[:-1] if len(name) > 3 and name.endswith("s") and not name.endswith("ss") else name


def other_names(a: Specifics, b: Specifics, drop: Iterable[str] = ()) -> bool:
    """Does each sentence name someone or something the other does not?

    "Poland" against "Europe", or "first results" against "final results":
    then the two speak of different things, whatever else they share.
    """
    dropped = {fold_name(n) for n in drop}
    if (a.series - b.series) and (b.series - a.series):
        return True
    names_a = {fold_name(n) for n in a.names} - dropped
    names_b = {fold_name(n) for n in b.names} - dropped
    return bool((names_a - names_b) and (names_b - names_a))


def around(spec: Specifics, v: Value) -> tuple[set[str], set[str]]:
    """The telling words and the names near a value, within its stretch of punctuation."""
    part, stop = spec.tokens[v.first].part, stopwords()
    words, names = set(), set()
    low, high = max(0, v.first - LOCAL_REACH), min(len(spec.tokens), v.last + LOCAL_REACH + 1)
    for i in range(low, high):
        token = spec.tokens[i]
        if token.part != part or i in spec.value_at:
            continue
        if token.stem and token.stem not in GENERIC and token.stem not in TIME_UNITS:
            words.add(counted(token.stem))
        if i and capitalised(token) and token.low not in stop:
            names.add(fold_name(name_part(token)))
    return words, names
