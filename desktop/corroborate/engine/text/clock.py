"""Clock times a sentence gives ("about 4:20 a.m."): the one reader of them.

A clock time is not a count ("4:20" is not 4 or 20 of anything) and not a date,
so :mod:`.numbers` leaves it alone; this module reads it, with whether it is
approximate and the zone it is given in. Alignment asks it whether two sentences
time their events apart; the disagreement stage, whether they time one event two
ways.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .saying import REPORTS

if TYPE_CHECKING:  # only its type: alignment reads this module before any sentence is analysed
    from .specifics import Specifics

#: A clock time: "4:20 a.m.", "10:05 pm" (the hour and minutes, then the half of the day).
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_HALF_DAY = {"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12}
#: Does a text give a clock time at all (cheap, before any sentence is analysed)?
HAS_CLOCK = re.compile(r"\d:\d\d\s*[ap]\.?m", re.IGNORECASE)
#: Words before a clock time that make it approximate ("about 4:20 a.m.")...
_ABOUT = frozenset(("about", "around", "approximately", "roughly", "nearly", "almost", "some",
                    "shortly", "just", "circa"))  # fmt: skip
#: ...or a bound, which another time does not contradict ("after 4:20 a.m.").
_BOUNDING = frozenset(("after", "before", "by", "until", "till", "since", "from", "to"))
#: Minutes either side of an approximate time, less than the five minutes a time
#: is rounded to: "about 4:20 a.m." and "about 4:30 a.m." are two reports.
CLOCK_SLACK = 4
#: Time zones: two times in different zones, or one in none, are not compared.
ZONES = frozenset(("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et",
                   "ct", "mt", "pt", "bst", "cet", "cest", "local"))  # fmt: skip


class Clock(NamedTuple):
    """A clock time a sentence gives: minutes after midnight, and its tokens."""

    minutes: int
    first: int
    last: int
    approximate: bool
    zone: str


def clocks(spec: Specifics) -> list[Clock]:
    """The sentence's clock times ("about 4:20 a.m."), bounded ones ("after 9 p.m.") aside."""
    found = []
    tokens = spec.tokens
    for i, token in enumerate(tokens[:-1]):
        match = _CLOCK.match(token.low)
        half = _HALF_DAY.get(tokens[i + 1].low)
        if not match or half is None:
            continue
        hour, minute = int(match.group(1)), int(match.group(2))
        if not 1 <= hour <= 12 or minute > 59:
            continue
        before = tokens[i - 1].low if i else ""
        # beside a verb that reports a statement (:data:`.saying.REPORTS`: "announced
        # 4 p.m.", "said at 4 p.m."), the time is the statement's
        if before in _BOUNDING or before in REPORTS:
            continue
        if before in ("at", "on") and i > 1 and tokens[i - 2].low in REPORTS:
            continue  # "said at 4 p.m.": when it was said, not when it happened
        after = tokens[i + 2].low if i + 2 < len(tokens) else ""
        zone = after if after in ZONES else ""
        approximate = before in _ABOUT or (i > 1 and tokens[i - 2].low in _ABOUT)
        found.append(Clock((hour % 12 + half) * 60 + minute, i, i + 1, approximate, zone))
    return found


def one_time(x: Clock, y: Clock) -> bool:
    """Can two clock times be one moment (the same zone, within an approximate one's slack)?"""
    slack = CLOCK_SLACK * (x.approximate + y.approximate)
    return x.zone == y.zone and abs(x.minutes - y.minutes) <= slack


def timed_apart(a: Specifics, b: Specifics) -> bool:
    """Does each sentence give clock times, in one zone, and none of them the other's?

    As with days, the role of a time is not trusted: "fell at about 11:15 p.m." and
    "landed on the roof around 10:40 p.m." may tell of one fall two ways, and are
    never taken for one report.
    """
    left, right = clocks(a), clocks(b)
    if not left or not right or {x.zone for x in left} != {y.zone for y in right}:
        return False
    return not any(one_time(x, y) for x in left for y in right)
