"""Judges of times of day: one event put in two parts of one day ("Saturday afternoon" /
"Saturday morning") or at two clock times beside the same word; one fall timed two ways.

Looked for and not adopted: clock times under 90 minutes apart."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ..text.calendar import WEEKDAY_WORD, WEEKDAYS
from ..text.clock import HAS_CLOCK, ZONES, Clock, clocks, one_time
from ..text.figures import GENERIC, with_opening
from ..text.figures import _dates_a_report as dates_a_report
from ..text.lengths import FALLING
from ..text.numbers import WEEKDAY_TAG, YEAR_TAG
from ..text.specifics import Specifics, Value, nearby
from .context import other_names, similar, telling_terms
from .finding import Finding, Run, between
from .referents import other_referents
from .same_thing import name_stems

#: The parts of a day, in order ("Saturday morning" is not "Saturday afternoon"); an
#: evening and a night overlap.
_PARTS_OF_DAY = {"morning": 0, "afternoon": 1, "evening": 2, "night": 2}

_PART_STEMS = frozenset(("morn", "afternoon", "even", "night"))

#: A weekday with a part of it: the sentences worth asking :func:`time_of_day` about.
_DAY_PART = re.compile(
    rf"\b{WEEKDAY_WORD}\s+(?:morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)

#: Telling words, the time aside, two sentences must share to tell of one event.
SAME_EVENT = 3


def _clock_anchors(spec: Specifics, clock: Clock) -> tuple[str | None, str | None]:
    """The nearest telling word before and after a clock time, in its clause: the event."""
    skip = set(spec.value_at) | {clock.first, clock.last}
    before = nearby(spec, clock.first - 1, -1, 5, skip)
    after = nearby(spec, clock.last + 1, 1, 4, skip)
    telling = [s for s in before if s not in GENERIC and s not in _PART_STEMS]
    later = [s for s in after if s not in GENERIC and s not in _PART_STEMS and s not in ZONES]
    return (telling[0] if telling else None), (later[0] if later else None)


def clock_times(a: Specifics, b: Specifics) -> Finding | None:
    """One event timed two ways: "the SUV fled the scene about 4:20 a.m." / "the SUV ...
    fled the scene about 4:30 a.m.". The times are given for the same thing (the same
    word stands next to each, as for dates, or both time one fall: :func:`_one_fall`),
    on the same day, in the same year if any is given, and in the same zone, and cannot both hold (an approximate time
    allows a few minutes either way)."""
    days_a = {v.tag for v in a.values if v.tag.startswith(WEEKDAY_TAG)}
    days_b = {v.tag for v in b.values if v.tag.startswith(WEEKDAY_TAG)}
    if days_a and days_b and not days_a & days_b:
        return None  # two days: the times may be of two moments
    if {v.tag for v in a.values if v.tag.startswith(YEAR_TAG)} != {
        v.tag for v in b.values if v.tag.startswith(YEAR_TAG)
    }:
        return None  # "in a 2019 blaze, firefighters arrived at 1:15 a.m.": another occasion
    fall = _one_fall(a, b)
    for x in clocks(a):
        for y in clocks(b):
            if x.zone != y.zone or one_time(x, y):
                continue
            (left_a, right_a), (left_b, right_b) = _clock_anchors(a, x), _clock_anchors(b, y)
            if not ((left_a and left_a == left_b) or (right_a and right_a == right_b) or fall):
                continue
            if other_referents(a, x.first, b, y.first):
                continue  # "the first flight left at 9:15 a.m." / "the last flight ..."
            return between("date", a, x, b, y)
    return None


def of_one_story(a: Specifics, b: Specifics) -> bool:
    """Do the sentences share their content and name no one the other does not, a name
    that opens one ("*Anthony* Rapp, an actor ...") and stands in the other counted too?"""
    if not similar(a, b):
        return False
    openers = (with_opening(a) - a.names) | (with_opening(b) - b.names)
    return not other_names(a, b, drop=openers)


def _one_fall(a: Specifics, b: Specifics) -> bool:
    """Do both sentences time one person's fall, each with one clock time: "trying to take
    pictures ... at about 11:15 p.m. when Reyes fell" / "Tomas Reyes slipped ... before
    landing on the roof around 10:40 p.m."? A story tells of one fall, whatever word sits
    next to its time; both name the same person and give no other time."""
    if len(clocks(a)) != 1 or len(clocks(b)) != 1:
        return False
    # the person may open one sentence ("Reyes slipped"), though an opening word alone
    # ("Police ...") names no one
    shared = (with_opening(a) & with_opening(b)) & (a.names | b.names)
    if not shared:
        return False
    return _times_the_fall(a, clocks(a)[0]) and _times_the_fall(b, clocks(b)[0])


#: Stems of the words for the end of a fall, timed as the fall: "before *landing* on the roof".
_LANDING = frozenset(("land",))


def _times_the_fall(spec: Specifics, clock: Clock) -> bool:
    """Is the clock time the time of the fall: the falling verb, or the landing that ends
    the fall, in the time's own clause ("slipped from the roof at 10:40 p.m.", "slipped
    25 feet, past the ladder, before landing on the roof around 10:40 p.m.") or the
    falling verb in a "when" clause right after it ("at 11:15 p.m. when Reyes fell")?
    "Pronounced dead at 11:15 p.m., an hour after he fell" times another moment."""
    tokens = spec.tokens
    clause = tokens[clock.first].clause
    if not any(t.stem in FALLING for t in tokens):
        return False
    for t in tokens:
        if t.clause == clause and t.stem in _LANDING:
            return True
        if t.stem not in FALLING:
            continue
        if t.clause == clause:
            return True
        if t.clause == clause + 1 and clock.last + 1 < len(tokens):
            opener = tokens[clock.last + 1]
            if opener.clause == clause + 1 and opener.low == "when":
                return True
    return False


@lru_cache(maxsize=8192)
def timed(text: str) -> bool:
    """Does the sentence give a time of day: a part of a weekday or a clock time?"""
    return bool(_DAY_PART.search(text) or HAS_CLOCK.search(text))


#: Words before a weekday that make it a moment something is told at, not an event's.
_BY = frozenset(("by", "until", "till"))


def _times_of_day(spec: Specifics) -> list[tuple[Value, int]]:
    """Each weekday followed by a part of the day ("Saturday *morning*"), with its place."""
    found = []
    for v in spec.values:
        after = spec.tokens[v.last + 1].low if v.last + 1 < len(spec.tokens) else ""
        before = spec.tokens[v.first - 1].low if v.first else ""
        if before in _BY:
            continue  # "by Tuesday morning": a moment a count is told at, no event's time
        if v.tag.startswith(WEEKDAY_TAG) and after in _PARTS_OF_DAY and not dates_a_report(spec, v):
            found.append((v, v.last + 1))
    return found


def day_parts_apart(a: Specifics, b: Specifics) -> bool:
    """Do two sentences give one weekday in two parts ("by Tuesday *morning*" / "by
    Tuesday *evening*", "the utility said on Monday *morning*" / "on Monday *night*")?
    Counts told or reported so are two moments of a count that grew, not a conflict."""
    parts_a: dict[str, set[int]] = {}
    parts_b: dict[str, set[int]] = {}
    for spec, parts in ((a, parts_a), (b, parts_b)):
        for day, after in pairwise(t.low for t in spec.tokens):
            if day in WEEKDAYS and after in _PARTS_OF_DAY:
                parts.setdefault(day, set()).add(_PARTS_OF_DAY[after])
    return any(parts_a[day] != parts_b[day] for day in parts_a.keys() & parts_b.keys())


def time_of_day(a: Specifics, b: Specifics) -> Finding | None:
    """One event put in two parts of one day: "On Saturday afternoon, the manager ...
    reported a strong smell" / "a store manager complained about a strong smell Saturday
    morning". Each sentence names that one day only, neither names someone the other does
    not, and they share a few telling words besides ("manager", "strong", "smell")."""
    left, right = _times_of_day(a), _times_of_day(b)
    if len(left) != 1 or len(right) != 1:
        return None
    (v, i), (w, j) = left[0], right[0]
    if v.tag != w.tag or _PARTS_OF_DAY[a.tokens[i].low] == _PARTS_OF_DAY[b.tokens[j].low]:
        return None
    if any(x.tag.startswith(WEEKDAY_TAG) and x.tag != v.tag for x in (*a.values, *b.values)):
        return None  # a second day: the sentence tells of more than one moment
    if other_names(a, b):
        return None
    # the story's names ("Slepian", "Buffalo") are in its every sentence: a warning he
    # received Friday morning and his killing Friday night share them and no event
    shared = (telling_terms(a.terms) & telling_terms(b.terms)) - _PART_STEMS
    if len(shared - name_stems(a) - name_stems(b)) < SAME_EVENT:
        return None
    return between("date", a, Run(v.first, i), b, Run(w.first, j))
