"""Story-wide: one change told with two bases ("cut its fleet to 22 planes from 57" /
"22 aircraft, down from 54")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import Sentence
from ..text.figures import Change, changes, compatible
from ..text.hints import Hinted
from ..text.specifics import Specifics
from .counts import dense
from .finding import Finding, between
from .periods import period_of
from .places import placed_apart
from .story import each_source_text, each_two_sources, told_one_way

#: A sentence that may tell a change with both ends: a figure, then "from" and a figure.
#: A decimal point ("from 2.9 million passengers to 2.2 million") ends no sentence; only
#: a text holding "from " in any case is searched.
_MAY_CHANGE = Hinted(
    re.compile(
        r"\d(?:[^.;]|\.\d){0,40}\bfrom \$?\d|\bfrom \$?\d(?:[^.;]|\.\d){0,30}\bto \$?\d",
        re.IGNORECASE,
    ),
    ("from ",),
)


def changed_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Two sources give one change the same new figure of the same thing and two figures
    it changed from: "to 22 planes from 57" / "22 aircraft _ down from 54". The new figure
    and what it counts (:func:`..text.figures.changes`) tie the two sentences to one
    change however differently they are worded; its base, told as plainly by both (no
    moment or measure after it), cannot be two figures. A source that tells the change
    with two bases itself counts two changes: none. Nor are two changes one when they
    go two ways ("rose to 22 planes from 9" / "cut to 22 planes from 57": deliveries and
    a fleet), are set in two periods ("In 2019 ... from 57" / "Last month ... from 54"),
    as two sentences' figures of two periods are never compared, or in two places ("In
    Tessel ..." / "In Morrow ...")."""
    where: dict[tuple[str, str | None, str], dict[int, list[tuple[int, Change]]]] = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_CHANGE):
        analysed = spec(sentence.id)
        if dense(analysed):
            continue
        for change in changes(analysed):
            key = (change.new.tag, change.new.unit, change.noun)
            where.setdefault(key, {}).setdefault(group, []).append((sentence.id, change))
    found = []
    for told in where.values():
        for (a, x), (b, y) in each_two_sources(told_one_way(told, lambda c: c.base.tag)):
            if x.base.tag == y.base.tag or x.base.unit != y.base.unit:
                continue
            if compatible(x.base, y.base) or _two_ways(x, y):
                continue
            left, right = spec(a), spec(b)
            v, w = x.base, y.base
            if period_of(left) != period_of(right) or placed_apart(left, v, right, w):
                continue
            found.append((a, b, between("number", left, v, right, w)))
    return found


def _two_ways(x: Change, y: Change) -> bool:
    """Does one change rise to the new figure and the other fall to it?"""
    return (x.base.amount > x.new.amount) != (y.base.amount > y.new.amount)
