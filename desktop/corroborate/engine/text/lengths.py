"""Lengths a sentence gives ("25 feet", "nine stories"), read as ranges of metres.

Two outlets may measure one fall in two units: "dropped nine stories" and
"slipped 25 feet" cannot both be true, while "fell 30 metres" and "fell about
100 feet" can. A figure is only compared with a figure of the same unit
elsewhere; this module turns a length in any common unit into the range of
metres it allows (a storey is 2.7 to 4.5 metres; a rounded figure allows a
tenth either way, an approximate one a quarter), so that lengths in different
units can be compared at all. It also finds the one length a sentence gives
for a fall ("fell nine stories", "plunged about 150 metres"), the distance
outlets most often report of one moving thing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .figures import in_range
from .hints import Hinted
from .specifics import Specifics, Value

#: Metres per unit (as :func:`.numbers.unit_of` names them), least and most.
_METRES = {
    "ft": (0.3048, 0.3048), "m": (1.0, 1.0), "km": (1000.0, 1000.0),
    "mile": (1609.344, 1609.344), "yard": (0.9144, 0.9144), "in": (0.0254, 0.0254),
    "storey": (2.7, 4.5),
}  # fmt: skip
#: Unit words the figure reader leaves unnamed: a building's floors.
_STOREYS = frozenset(("stories", "storeys", "story", "storey", "floors", "floor", "flights"))
_YARDS = frozenset(("yard", "yards", "yds"))
#: Share either way a rounded figure allows ("25 feet" is 22.5 to 27.5), and an
#: approximate one ("about 150 metres").
ROUNDED = 0.1
APPROXIMATE = 0.25
#: Stems of the verbs of falling: the length after one measures the fall.
FALLING = frozenset(("fell", "fall", "fallen", "drop", "plung", "plummet", "slip", "tumbl"))
#: Words between the verb and its length: "fell *about* 30 feet", "dropped *more than* 40".
_BETWEEN = frozenset((
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "more", "than",
    "over", "up", "to", "at", "least", "an", "estimated", "a", "down",
))  # fmt: skip
#: Cheap test (before any analysis) for a sentence that may give a fall's length.
MAY_FALL = re.compile(
    r"\b(?:fell|falls?|falling|fallen|dropp?(?:ed|ing|s)?|plung\w*|plummet\w*|slipp?\w*"
    r"|tumbl\w*)\b[^.;]{0,40}?\b(?:feet|foot|ft|stor(?:ey|ie|y)s?|floors?|flights"
    r"|met(?:er|re)s?|yards?|miles?|km|kilomet(?:er|re)s?)\b",
    re.IGNORECASE,
)
#: MAY_FALL searched only in a text holding what every match holds: its verb's first letters.
_MAY_FALL = Hinted(MAY_FALL, ("fell", "fall", "drop", "plung", "plummet", "slip", "tumbl"))


def may_fall(text: str) -> bool:
    """Does ``text`` match :data:`MAY_FALL`? An ASCII text without a verb of falling is
    answered without the search (most sentences: the search tries every word boundary)."""
    return _MAY_FALL.search(text)


class Length(NamedTuple):
    """A length a sentence gives: its value, the token that names its unit, and the
    least and most metres it allows."""

    value: Value
    unit_at: int
    low: float
    high: float


def _unit(spec: Specifics, v: Value) -> str | None:
    after = spec.tokens[v.last + 1].low if v.last + 1 < len(spec.tokens) else ""
    if after in _STOREYS:
        return "storey"
    if after in _YARDS:
        return "yard"
    return v.unit if v.unit in _METRES else None


def length_of(spec: Specifics, v: Value) -> Length | None:
    """The range of metres a figure allows, when it is a length; None otherwise."""
    if v.kind != "number" or not v.countable or v.label:
        return None
    unit = _unit(spec, v)
    if unit is None:
        return None
    least, most = _METRES[unit]
    slack = APPROXIMATE if v.bound == "~" else ROUNDED
    low, high = v.amount * least * (1 - slack), v.amount * most * (1 + slack)
    if v.bound == ">=":
        high = float("inf")
    elif v.bound == "<=":
        low = 0.0
    return Length(v, v.last + 1, low, high)


def fall_length(spec: Specifics) -> Length | None:
    """The one length the sentence gives, when it measures a fall: "dropped nine
    stories", "slipped 25 feet". None when the sentence gives another length too (a
    fall in stages, "fell 20 feet, then tumbled 150 metres"), a range, or no fall."""
    lengths = [found for v in spec.values if (found := length_of(spec, v))]
    if len(lengths) != 1 or in_range(spec, lengths[0].value):
        return None
    found = lengths[0]
    v, tokens = found.value, spec.tokens
    i = v.first - 1
    while i >= 0 and v.first - i <= 4 and tokens[i].clause == tokens[v.first].clause:
        if tokens[i].low not in _BETWEEN:
            return found if tokens[i].stem in FALLING else None
        i -= 1
    return None


def unit_of(spec: Specifics, v: Value) -> str | None:
    """The unit a length is given in ("m", "ft", "storey"), None for any other figure."""
    return _unit(spec, v) if length_of(spec, v) else None


def apart(x: Length, y: Length) -> bool:
    """Can the two lengths not both be true?"""
    return x.high < y.low or y.high < x.low
