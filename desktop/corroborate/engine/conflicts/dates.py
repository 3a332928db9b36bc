"""Whether two dates a day apart date one thing (one time near midnight; more in common
than the words beside the dates), and whether two sentences set what they tell on two
days."""

from __future__ import annotations

from collections.abc import Sequence

from ..text.calendar import WEEKDAYS
from ..text.figures import _anchors as date_anchors
from ..text.lexicon import DETERMINERS
from ..text.specifics import Specifics, Token, Value
from .context import telling_terms
from .same_thing import name_stems

#: Words beside a weekday that put the time near its end ("Friday *night*", "*late*
#: Friday"), and those that put it near the start of the next ("*early* Saturday").
_DAY_END = frozenset(("night", "late", "evening", "overnight", "midnight"))

_DAY_START = frozenset(("early", "overnight", "dawn", "midnight", "predawn"))

#: Words that put a weekday's time far from the midnight after it ("*early* Friday",
#: "Friday *morning*"), and far from the one before it ("*late* Saturday", "Saturday
#: *evening*"): two days a day apart so told are two times.
_DAY_OPEN = frozenset(("early", "dawn", "predawn", "morning", "a.m."))

_DAY_CLOSE = frozenset(("late", "night", "evening", "afternoon", "p.m."))


def _beside(spec: Specifics, v: Value, after: int = 2) -> set[str]:
    low, high = max(0, v.first - 2), min(len(spec.tokens), v.last + 1 + after)
    return {
        spec.tokens[k].low
        for k in range(low, high)
        if spec.tokens[k].clause == spec.tokens[v.first].clause
    }


def around_midnight(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do two weekdays a day apart tell one time near midnight: "the storm hit the coast
    on Friday *night*" / "hit the coast *early* Saturday"? The earlier day is told near
    its end, or the later near its start, by a word beside it."""
    day_v, day_w = v.tag[2:], w.tag[2:]
    if not (v.tag.startswith("d:") and w.tag.startswith("d:")):
        return False
    if day_v not in WEEKDAYS or day_w not in WEEKDAYS:
        return False
    step = (WEEKDAYS.index(day_w) - WEEKDAYS.index(day_v)) % 7
    if step == 1:  # v's day, then w's ("Sunday night" / "early Monday" too)
        (early, x), (late, y) = (a, v), (b, w)
    elif step == 6:
        (early, x), (late, y) = (b, w), (a, v)
    else:
        return False
    at_early, at_late = _beside(early, x), _beside(late, y)
    if _beside(early, x, 3) & _DAY_OPEN or _beside(late, y, 3) & _DAY_CLOSE:
        return False  # "early Friday" / "early Saturday", "Friday night" / "late Saturday"
    if at_early & at_late & (_DAY_END | _DAY_START):
        return False  # "at midnight on Friday" / "at midnight on Saturday": two midnights
    return bool(at_early & _DAY_END or at_late & _DAY_START)


def more_than_anchors(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do two sentences that date something share more than the words next to the dates?
    "The funeral will be held on Saturday" / "The wake will be held on Friday" share only
    "held": two ceremonies, two days. The story's names are in its every sentence: "the
    earthquake struck Orrin on Sunday" / "an aftershock struck Orrin on Monday" share only
    the place besides the dated verb, and tell of two shocks."""
    anchors = {s for s in (*date_anchors(a, v), *date_anchors(b, w)) if s}
    shared = (telling_terms(a.terms) & telling_terms(b.terms)) - anchors
    return bool(shared - name_stems(a) - name_stems(b))


def two_days(a: Specifics, b: Specifics) -> bool:
    """Do two sentences set what they tell on two days ("on Monday" / "on Tuesday",
    "Sept. 2" / "Sept. 9")?"""
    days_a = {t for t in a.when if t.startswith(("d:", "t:"))}
    days_b = {t for t in b.when if t.startswith(("d:", "t:"))}
    return bool(days_a and days_b and not days_a & days_b)


#: Words that tell a dated step as still to come: "the union *will* meet Tuesday", "said
#: the service *would* resume Saturday", "the funeral is *planned* for April".
_TO_COME = frozenset((
    "will", "would", "shall", "'ll", "’ll", "planned", "plans", "scheduled", "expected",
    "due", "slated",
))  # fmt: skip

#: Words before a date looked at for :data:`_TO_COME`.
TO_COME_REACH = 8


#: Words after which a word of :data:`_TO_COME` names a thing, not a step to come: "*the*
#: scheduled flight landed Monday", "*its* planned merger"; "stronger *than* expected".
_NAMING = DETERMINERS | {"than", "as"}
#: Words of being before "due" when it tells a step to come: "the ship *is* due to arrive".
_BEING = frozenset(("is", "are", "was", "were", "be", "been", "'s", "’s"))


def _tells_to_come(tokens: Sequence[Token], i: int) -> bool:
    """Does the word at ``i`` tell a step still to come? "will", "planned", "expected" do,
    unless they describe a noun ("the *planned* merger was announced Monday": done) or a
    measure ("stronger than *expected*"); "due" does after a word of being, and not as a
    cause ("the ship is *due* to arrive", not "*due* to the snow", "was *due* to the snow")."""
    word = tokens[i].low
    if word not in _TO_COME or (i and tokens[i - 1].low in _NAMING):
        return False
    if word != "due":
        return True
    after = [t.low for t in tokens[i + 1 : i + 3]]
    cause = after[:1] == ["to"] and len(after) > 1 and after[1] in _NAMING
    return bool(i) and tokens[i - 1].low in _BEING and not cause


def _to_come(spec: Specifics, v: Value) -> bool:
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    return any(
        tokens[i].clause == clause and _tells_to_come(tokens, i)
        for i in range(max(0, v.first - TO_COME_REACH), v.first)
    )


def planned_and_done(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Does one sentence date a step still to come and the other one done: "the union will
    meet Tuesday" / "the union met Monday"? A plan told before the day and the day it
    happened may both be true; the step may have been moved, or be a second meeting."""
    return _to_come(a, v) != _to_come(b, w)
