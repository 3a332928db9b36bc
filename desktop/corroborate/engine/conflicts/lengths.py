"""Judges of lengths: one fall measured two ways, in any units; one length given in two
units that cannot both hold."""

from __future__ import annotations

from ..text.figures import UNIT_STEMS, in_range, same_role
from ..text.lengths import FALLING, Length, apart, fall_length, length_of, unit_of
from ..text.numbers import WEEKDAY_TAG
from ..text.specifics import Specifics
from .context import telling_terms
from .finding import Finding, Run, between
from .places import placed
from .referents import clause_names

#: Telling words two sentences must share, the fall's verb and unit aside, to tell of one fall.
SAME_FALL = 2


def fall_lengths(a: Specifics, b: Specifics) -> Finding | None:
    """One fall measured two ways, in any units: "Reyes dropped nine stories, landing
    on a lower roof" / "Reyes slipped 25 feet ... before landing on the roof". Each
    sentence gives one length, right after a verb of falling; neither names a person
    or place beside it that the other does not, both name the same day if any, the
    sentences share a few telling words besides, and the lengths cannot both hold.
    """
    x, y = fall_length(a), fall_length(b)
    if x is None or y is None or not apart(x, y):
        return None
    v, w = x.value, y.value
    days_a = {t for t in a.when if t.startswith(WEEKDAY_TAG)}
    days_b = {t for t in b.when if t.startswith(WEEKDAY_TAG)}
    if days_a and days_b and not days_a & days_b:
        return None  # two days: two falls
    names_a, names_b = clause_names(a, v, first=True), clause_names(b, w, first=True)
    if (names_a - names_b) and (names_b - names_a):
        return None
    shared = (telling_terms(a.terms) & telling_terms(b.terms)) - FALLING - UNIT_STEMS
    if len({s for s in shared if not s[:1].isdigit()} - {"stori", "floor"}) < SAME_FALL:
        return None
    return _lengths_finding(a, x, b, y)


def two_units(a: Specifics, b: Specifics) -> Finding | None:
    """One length given in two units that cannot both hold: "the bridge spans 400
    metres" / "the bridge spans 1,800 feet" (549 metres). Each sentence gives one
    length, neither a conversion in brackets nor the end of a range, the two in
    different units and for the same thing (:func:`.figures.same_role`, the units set
    aside); a rounded figure allows a tenth either way (:func:`.lengths.apart`)."""
    found = []
    for spec in (a, b):
        lengths = [x for v in spec.values if (x := length_of(spec, v))]
        if len(lengths) != 1 or in_range(spec, lengths[0].value):
            return None
        found.append(lengths[0])
    x, y = found
    v, w = x.value, y.value
    if unit_of(a, v) == unit_of(b, w) or not apart(x, y):
        return None
    if not same_role(a, v, b, w, any_unit=True) or placed(a, v) != placed(b, w):
        return None
    return _lengths_finding(a, x, b, y)


def _lengths_finding(a: Specifics, x: Length, b: Specifics, y: Length) -> Finding:
    """The two lengths' disagreement, each in its own words: its figure to its unit."""
    v, w = x.value, y.value
    return between("number", a, Run(v.first, x.unit_at), b, Run(w.first, y.unit_at))
