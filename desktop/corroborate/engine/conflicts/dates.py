"""Whether two dates a day apart date one thing (one time near midnight; more in common
than the words beside the dates), whether two sentences set what they tell on two
days, and whether two dates may both hold: two latest days or two earliest ("by March 10"
/ "by March 12"), a year inside a span, a decade or an approximate year another outlet
gives ("between 1950 and 1955", "the 1950s", "about 1950" / "1953"). Over every readable
folder, these last two change no reported disagreement."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..text.appointments import appointment_month
from ..text.calendar import WEEKDAYS
from ..text.figures import _anchors as date_anchors
from ..text.figures import extent
from ..text.lexicon import BE_FORMS, DEADLINE_WORDS, DETERMINERS, FUTURE_MODALS
from ..text.numbers import DAY_TAGS, NUMBER_TAG, WEEKDAY_TAG, YEAR_TAG, decade_part
from ..text.specifics import Specifics, Token, Value
from .context import telling_terms
from .counts import risen_to, stood_at
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
    if not (v.tag.startswith(WEEKDAY_TAG) and w.tag.startswith(WEEKDAY_TAG)):
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
    days_a = {t for t in a.when if t.startswith(DAY_TAGS)}
    days_b = {t for t in b.when if t.startswith(DAY_TAGS)}
    return bool(days_a and days_b and not days_a & days_b)


#: Words that tell a dated step as still to come: "the union *will* meet Tuesday", "said
#: the service *would* resume Saturday" (:data:`..text.lexicon.FUTURE_MODALS`), "the funeral
#: is *planned* for April". ("they'll" is one word as the sentence is read,
#: :data:`..text.segment.WORD`, and is not read.)
_TO_COME = frozenset((
    *FUTURE_MODALS, "planned", "plans", "scheduled", "expected", "due", "slated",
))  # fmt: skip

#: Words before a date looked at for :data:`_TO_COME`.
TO_COME_REACH = 8


#: Words after which a word of :data:`_TO_COME` names a thing, not a step to come: "*the*
#: scheduled flight landed Monday", "*its* planned merger"; "stronger *than* expected".
_NAMING = DETERMINERS | {"than", "as"}


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
    # a form of "be" before "due": "the ship *is* due to arrive" ("the ship's due" is not
    # read: "ship's" is one word)
    return bool(i) and tokens[i - 1].low in BE_FORMS and not cause


def _to_come(spec: Specifics, v: Value) -> bool:
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    return any(
        tokens[i].clause == clause and _tells_to_come(tokens, i)
        for i in range(max(0, v.first - TO_COME_REACH), v.first)
    )


def appointed_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Are both dates the months of a person's taking of a post
    (:func:`..text.appointments.appointments`)? Those are judged over the whole story
    (:mod:`.story_appointments`), which knows the person's other posts and steps: pair by
    pair, "named interim chief in April" / "named chief in May" would read as one
    appointment misdated, and "hired in April" / "named chief in May" cannot be told from
    a hiring to a lesser post a month before."""
    return appointment_month(a.text, a.tokens[v.first].start) and appointment_month(
        b.text, b.tokens[w.first].start
    )


def planned_and_done(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Does one sentence date a step still to come and the other one done: "the union will
    meet Tuesday" / "the union met Monday"? A plan told before the day and the day it
    happened may both be true; the step may have been moved, or be a second meeting."""
    return _to_come(a, v) != _to_come(b, w)


#: Words before a year that make it approximate: "*about* 1950", "*circa* 1950". "c." and
#: "ca." are read as words ("c", "ca") with the stop after them, in lower case
#: (:func:`_circa`): "C." is an initial ("Jonas C. Brandt").
_ABOUT_YEAR = frozenset(("about", "around", "circa", "approximately", "roughly", "some"))
_CIRCA = frozenset(("c", "ca"))
#: Years an approximate year may lie from another and be the same: "about 1950" / "1951".
ABOUT_YEARS = 2
#: The part of a decade "early", "mid" and "late" tell: "the *late* 1940s" is 1946 to 1949,
#: "the *mid*-1950s" (one word, :func:`..text.numbers.decade_part`) 1953 to 1957.
_DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "late": (6, 9)}
#: Words joining the two ends of a span of years: "from 1950 *to* 1955", "*between* 1950
#: *and* 1955", "1950 *through* 1955". A dash is no word: a span written with one is read
#: on the text (:data:`_SHORT_END`).
_YEAR_JOINS = frozenset(("to", "and", "through", "until", "till"))
#: A year's second end written after a dash, the century perhaps left out: "1950*-55*",
#: "1950*–1955*".
_SHORT_END = re.compile(r"[-–](\d{2}|\d{4})\b")


def _circa(spec: Specifics, i: int) -> bool:
    """Is the word at ``i`` a lower-case "c." or "ca." (circa): "built *c.* 1950"?"""
    token = spec.tokens[i]
    return token.text in _CIRCA and spec.text[token.end : token.end + 1] == "."


def _year_span(spec: Specifics, v: Value) -> tuple[int, int]:
    """The years a year tells: itself, a decade ("the 1950s", "the late 1940s"), a span
    ("between 1950 and 1955", "from 1950 to 1955", "1950-55"), or an approximate year
    ("about 1950": ABOUT_YEARS either side)."""
    year = int(v.tag[2:])
    tokens = spec.tokens
    token = tokens[v.first]
    before = tokens[v.first - 1].low if v.first else ""
    decade = spec.text[token.end : token.end + 2] in ("s", "s ", "s.", "s,", "s;", "'s")
    if decade and year % 10 == 0:  # a decade: "the 1950s"
        low, high = _DECADE_PARTS.get(before, (0, 9))
        return year + low, year + high
    if part := decade_part(token.low):  # "the mid-1950s"
        low, high = _DECADE_PARTS[part]
        return year + low, year + high
    if before in _ABOUT_YEAR or (v.first and _circa(spec, v.first - 1)):
        return year - ABOUT_YEARS, year + ABOUT_YEARS
    if end := _SHORT_END.match(spec.text, token.end):
        digits = end.group(1)
        other = int(digits) if len(digits) == 4 else year - year % 100 + int(digits)
        if other > year:
            return year, other
    for x in spec.values:
        if x is v or not x.tag.startswith(YEAR_TAG):
            continue
        first, second = (x, v) if x.last < v.first else (v, x)
        if second.first - first.last != 2 or tokens[first.last + 1].low not in _YEAR_JOINS:
            continue
        if tokens[first.last + 1].low == "and" and (
            not first.first or tokens[first.first - 1].low != "between"
        ):
            continue  # "in 1950 and 1955": two years, no span
        ends = sorted((int(first.tag[2:]), int(second.tag[2:])))
        return ends[0], ends[1]
    return year, year


def years_overlap(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do two years, one of them told as a decade, a span or approximately, share a year:
    "in the 1950s" / "in 1953", "between 1950 and 1955" / "in 1953", "about 1950" /
    "1951"? Either may then be true of the one event: no conflict."""
    if not (v.tag.startswith(YEAR_TAG) and w.tag.startswith(YEAR_TAG)):
        return False
    (low_v, high_v), (low_w, high_w) = _year_span(a, v), _year_span(b, w)
    if low_v == high_v and low_w == high_w:
        return False
    return low_v <= high_w and low_w <= high_v


def _bound(spec: Specifics, v: Value) -> str | None:
    """Is a date told as a latest day ("by March 10", "no later than March 10": ``"<="``),
    an earliest ("after March 10", "no earlier than": ``">="``), or neither?"""
    first = extent(spec, v)[0]
    lows = [t.low for t in spec.tokens[max(0, first - 3) : first]]
    if lows[-2:] == ["not", "before"] or lows[-3:] == ["no", "earlier", "than"]:
        return ">="
    if lows[-1:] == ["after"]:
        return ">="
    if lows[-1:] in (["by"], ["before"]) or lows[-3:] == ["no", "later", "than"]:
        return "<="
    return None


def _counts_beside(spec: Specifics, v: Value) -> Iterator[Value]:
    """The counts (figures of kind :data:`..text.numbers.NUMBER_TAG`) in the date's clause."""
    clause = spec.tokens[extent(spec, v)[0]].clause
    return (
        w
        for w in spec.values
        if w.tag.startswith(NUMBER_TAG) and spec.tokens[w.first].clause == clause
    )


def _as_of(spec: Specifics, v: Value) -> bool:
    """Is the date the moment a count is told as of: "41 cases *as of* Monday", "as of March
    3"? Not a day something starts from, with no count in its clause: "the curfew will be
    lifted *as of* Monday" dates an event."""
    first = extent(spec, v)[0]
    if [t.low for t in spec.tokens[max(0, first - 2) : first]] != ["as", "of"]:
        return False
    return any(True for _ in _counts_beside(spec, v))


def _count_moment(spec: Specifics, v: Value) -> bool:
    """Is the date the moment a count is told as of ("*as of* Monday"), or the day of a
    count's level in the date's clause ("the toll stood at 12 on Tuesday", "rose to 12 on
    Tuesday")?"""
    return _as_of(spec, v) or any(
        stood_at(spec, w) or risen_to(spec, w) for w in _counts_beside(spec, v)
    )


def as_of(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is either date the moment a count stood ("41 cases confirmed *as of* Monday" / "57
    cases as of Wednesday", or "... on Wednesday"; "the toll stood at 12 on Tuesday" / "at
    19 on Thursday")? Such a day dates no event: a count given as of two days is two
    moments of it, not an event dated two ways."""
    return _count_moment(a, v) or _count_moment(b, w)


def two_bounds(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Are two dates two latest days ("talks will end by March 10" / "by March 12") or two
    earliest ("no earlier than May 2" / "no earlier than May 5")? Both hold of any day
    before the earlier latest, or after the later earliest: no conflict. Two latest days
    of a deadline set (:data:`..text.lexicon.DEADLINE_WORDS`: "the firm must repay the
    loan by March 10" / "by April 10", "was ordered to leave by") are not: a deadline is
    one day, and two outlets giving it two days disagree."""
    bound = _bound(a, v)
    if bound is None or bound != _bound(b, w):
        return False
    return bound != "<=" or not (_deadline(a, v) or _deadline(b, w))


def _deadline(spec: Specifics, v: Value) -> bool:
    """Is a latest day a deadline set: a word of :data:`..text.lexicon.DEADLINE_WORDS`
    before it in its own clause ("residents were *ordered* to leave by June 4")? Such a
    word elsewhere in the sentence sets no deadline on this day ("the mayor *ordered* a
    review, which engineers expect to finish by May 5", "the levee *must* hold, and
    repairs should be done by May 5"), nor does a cause ("delayed *due to* rain"), a
    purpose ("*in order* to") or an order placed ("to fill *its orders* by May 5")."""
    tokens = spec.tokens
    first = extent(spec, v)[0]
    clause = tokens[first].clause
    for k in range(first):
        low = tokens[k].low
        if tokens[k].clause != clause or low not in DEADLINE_WORDS:
            continue
        after = tokens[k + 1].low
        before = tokens[k - 1].low if k else ""
        if low == "due" and after == "to":
            continue  # "delayed due to rain": a cause
        if low in ("order", "orders") and (before == "in" or before in DETERMINERS):
            continue  # "in order to", "its orders": a purpose, goods ordered
        return True
    return False
