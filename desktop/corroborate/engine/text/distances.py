"""One event told at a distance in time from another: "Indonesia invaded East Timor in
1975, *a year after* the former Portuguese colony was abandoned by Lisbon".

A distance is a count of a unit of time right before "after" or "before" ("a year after",
"a few months after", "40 minutes after", "more than two weeks before"). The reader gives
the least and the most time the words allow (:func:`reach`), the side ("after" /
"before"), the words of the event placed (everything before the distance: "Indonesia
invaded East Timor in 1975") and those of the event it is told from (the words after the
preposition up to the next stop, comma or semicolon: "the former Portuguese colony was
abandoned by Lisbon"). The disagreement stage sets two sources' distances of one event
from one other event against each other (:mod:`..conflicts.story_distances`).

Nor is a distance after a state lasting at a moment ("rescuers were *still* searching a
week after the quake", "the road *remained* closed", "homes were *without* power":
:data:`.lexicon.LASTING_STATE_WORDS`, or a verb of being before a word in "-ing"), which
holds at many distances from one event. A distance after "than", "to" or "by" is no
distance between two events ("more *than* a
year after", read as a bound; "*up to* six months after"; "delayed *by* two weeks"), nor
one said to be planned or expected: a sentence that tells of a plan (:data:`.lexicon.PLAN_WORDS`,
:data:`.lexicon.FORECAST_MODALS`) gives none.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .hints import Hinted
from .lexicon import FEW_COUNTS, FORECAST_MODALS, LASTING_STATE_WORDS, PLAN_WORDS
from .numbers import NUMBER_WORD, UNITS
from .specifics import Specifics, analyse, bound_of

#: The days in each unit of time a distance is counted in.
DAYS_IN = {
    "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12,
    "year": 365.25, "decade": 3652.5,
}  # fmt: skip
_COUNT = "|".join(sorted((*FEW_COUNTS, "a", "an"), key=lambda w: (-len(w), w)))
#: A distance and its preposition; the count is a figure, a number word or a few-word.
MAY_DISTANCE = Hinted(
    re.compile(
        rf"\b(?P<count>\d+(?:\.\d+)?|{NUMBER_WORD}|{_COUNT})[ -]"
        r"(?P<unit>minute|hour|day|week|month|year|decade)s? (?P<side>after|before)\b",
        re.IGNORECASE,
    ),
    (" after", " before"),
)
#: Words before a count that make it no distance of two events: a comparison ("more
#: *than* a year after" is a bound, read by :func:`..specifics.bound_of`, unless "than"
#: follows no bound word), a reach ("*up to* six months"), a change ("delayed *by* two
#: weeks").
_NOT_A_DISTANCE = frozenset(("by", "to", "within", "every"))
#: A figure of a unit told as exact is read as rounded to it: "a year" is six months either
#: side of twelve at most; a round figure ("40 minutes") to the nearest five.
_ROUNDING = 0.5
_ROUND_FIGURE = 5
#: A figure told as "about" one ("about a year", "some 40 minutes") may be this far off it.
_ABOUT = 0.25


@dataclass(frozen=True)
class Distance:
    """One event told at a distance in time from another (see the module's notes)."""

    #: the least and the most time the words allow, in days ("a few months": 61 to 152)
    least: float
    most: float
    #: "after" or "before"
    side: str
    #: the index of the first token after the preposition, and one past the last token of
    #: the event it is told from; the tokens before the distance tell the event placed
    anchor: tuple[int, int]
    #: the first token of the distance (its bound word, if any), and its preposition's
    first: int
    last: int


def reach(count: str, unit: str, bound: str) -> tuple[float, float]:
    """The least and the most days a count of a unit with a bound (as
    :func:`..specifics.bound_of` gives it) allows: "a year" 182.6 to 547.9 (a unit counted
    as exact is rounded to it), "a few months" 61 to 152, "more than two weeks" 14 and
    up, "nearly a year" up to 365.25."""
    low_word = count.lower()
    if low_word in FEW_COUNTS:
        least, most = FEW_COUNTS[low_word]
    else:
        amount = 1.0 if low_word in ("a", "an") else float(UNITS.get(low_word, 0) or count)
        slack = _ROUND_FIGURE / 2 if amount >= 10 and amount % _ROUND_FIGURE == 0 else _ROUNDING
        least, most = amount - slack, amount + slack
        if bound == "~":
            least, most = min(least, amount * (1 - _ABOUT)), max(most, amount * (1 + _ABOUT))
        elif bound == ">=":
            least, most = amount, math.inf
        elif bound == "<=":
            least, most = 0.0, amount
    return least * DAYS_IN[unit], most * DAYS_IN[unit]


def distances(text: str) -> tuple[Distance, ...]:
    """Each distance in time the sentence tells between two events (see the module's
    notes); none in a sentence that tells of a plan or a forecast."""
    if not MAY_DISTANCE.search(text):
        return ()
    return _read(text)


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[Distance, ...]:
    spec = analyse(text)
    if any(t.low in PLAN_WORDS or t.low in FORECAST_MODALS for t in spec.tokens):
        return ()
    found = []
    for match in MAY_DISTANCE.pattern.finditer(text):
        first = _token_at(spec, match.start())
        last = _token_at(spec, match.start("side"))
        if first is None or last is None:
            continue
        before = [t.low for t in spec.tokens[max(0, first - 3) : first]]
        if before and before[-1] in _NOT_A_DISTANCE:
            continue
        if _lasting(spec, first):
            continue
        bound = bound_of(" ".join(before))
        if before and before[-1] == "than" and bound == "=":
            continue  # "sooner than a year after": a comparison, no bound read
        start = first - len(_bound_words(before, bound))
        least, most = reach(match["count"], match["unit"].lower(), bound)
        part = spec.tokens[last].part
        end = last + 1
        while end < len(spec.tokens) and spec.tokens[end].part == part:
            end += 1
        found.append(Distance(least, most, match["side"].lower(), (last + 1, end), start, last))
    return tuple(found)


#: A verb of being before a word in "-ing": "rescuers *were searching*", a state at a moment.
_BEING = frozenset(("is", "are", "was", "were", "been", "be"))


def _lasting(spec: Specifics, first: int) -> bool:
    """Is what stands before the distance a state lasting at a moment rather than an act:
    a word of :data:`.lexicon.LASTING_STATE_WORDS` ("*still* searching", "*remained*
    closed", "*without* power") or a verb of being before a word in "-ing" ("were
    searching")? Such a state holds at many distances from an event."""
    lows = [t.low for t in spec.tokens[:first]]
    if any(low in LASTING_STATE_WORDS for low in lows):
        return True
    return any(a in _BEING and b.endswith("ing") for a, b in pairwise(lows))


def _token_at(spec: Specifics, offset: int) -> int | None:
    """The token that starts at a character offset of the sentence, if one does."""
    return next((i for i, t in enumerate(spec.tokens) if t.start == offset), None)


def _bound_words(before: list[str], bound: str) -> list[str]:
    """The words of a bound that end ``before`` ("more than", "about"): none for "="."""
    if bound == "=":
        return []
    for size in (1, 2, 3):
        if len(before) >= size and bound_of(" ".join(before[-size:])) == bound:
            return before[-size:]
    return []
