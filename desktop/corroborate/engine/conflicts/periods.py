"""When a figure holds: the years, months and spans ("the quarter", "a day") a sentence
sets it in, times past told in a clause of their own, and two counts of one thing set on
one stated day."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.calendar import DAY_WORDS
from ..text.figures import TIME_UNITS, counted
from ..text.numbers import DATE_TAG, WEEKDAY_TAG, month_of_date
from ..text.specifics import Specifics, Value
from .context import telling_terms
from .counts import counted_next_to, crowded
from .referents import clause_names


def same_period_count(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Two counts of one thing on one stated day, however different the sentences around:
    "a Friday blast at the market ... injured 21 shoppers" / "a Jerusalem market explosion
    wounded 24 people Friday". Both name the same day (and no other period), the same word
    stands next to each figure, no place or person is named beside one figure that is not
    beside the other, and the sentences share another telling word."""
    days = {t for t in a.when & b.when if t.startswith(WEEKDAY_TAG)}
    if not days or a.when != b.when or crowded(a, v) or crowded(b, w):
        return False
    shared = counted_next_to(a, v) & counted_next_to(b, w)
    if not shared:
        return False
    names_a, names_b = clause_names(a, v), clause_names(b, w)
    if (names_a - names_b) and (names_b - names_a):
        return False
    telling_a = {counted(t) for t in telling_terms(a.terms)}
    telling_b = {counted(t) for t in telling_terms(b.terms)}
    return bool((telling_a & telling_b) - shared - TIME_UNITS)


#: Spans of time a figure is given for, beyond the dates: "in the fiscal year", "in the
#: quarter", "in the first half", "a day" or "in an average year" (a rate is no total),
#: "during the week", "a decade ago" (a time past).
_SPANS = re.compile(
    r"\b(?:(?:fiscal|financial|calendar|school|academic|tax|full)\s+year"
    r"|(?:the|first|second|third|fourth|final|latest)\s+(?:quarter|half)"
    r"|(?:a|an|per|each|every)\s+(?:(?:average|typical|normal|usual)\s+)?"
    r"(?:year|month|week|day|night|hour|minute|second)"
    r"|year[- ]on[- ]year|year[- ]to[- ]date|annual(?:ly)?|daily|weekly|monthly|hourly"
    r"|(?:[\w-]+\s+)?(?:years?|months?|weeks?|decades?|centur(?:y|ies))\s+ago"
    r"|(?:during|throughout|over)\s+the\s+(?:week|month|year|decade))\b"
)

#: Rates said in one word, as "per" says them: "daily" is "per day".
_RATE_WORDS = {
    "annual": "per year", "annually": "per year", "daily": "per day", "weekly": "per week",
    "monthly": "per month", "hourly": "per hour",
}  # fmt: skip


def _span_key(found: str) -> str:
    words = found.split()
    if words[-1] == "ago":
        return found  # "a decade ago": a time past, not a rate
    if words[0] in ("during", "throughout", "over"):
        return f"the {words[-1]}"  # "during the week", "over the week": one span
    if words[0] in ("a", "an", "each", "every", "per"):
        return f"per {words[-1]}"  # "an hour", "per hour", "in an average hour": one rate
    return _RATE_WORDS.get(found, " ".join(words))


@lru_cache(maxsize=8192)
def _spans_of(text: str) -> frozenset[str]:
    return frozenset(_span_key(m.group()) for m in _SPANS.finditer(text.lower()))


def period_of(spec: Specifics) -> frozenset[str]:
    """The years, months and periods ("this month", "the quarter", "a day") a sentence is
    set in; weekdays aside, as a story's reports name the day of the event or leave it
    out freely."""
    dates = frozenset(t for t in spec.when if not t.startswith(WEEKDAY_TAG) and t not in DAY_WORDS)
    spans = _spans_of(spec.text)
    if "ago" in spec.text:
        spans -= _ago_elsewhere(spec)
    return dates | spans


def two_days(a: Specifics, b: Specifics) -> bool:
    """Does each sentence name a day, and none the other's: "*on Monday* there was no
    investigation" / "*by Wednesday* police were investigating" (a denial and an
    assertion of two days may both hold)?"""
    days_a = {t for t in a.when if t.startswith(WEEKDAY_TAG)}
    days_b = {t for t in b.when if t.startswith(WEEKDAY_TAG)}
    return bool(days_a and days_b) and not days_a & days_b


def _ago_elsewhere(spec: Specifics) -> frozenset[str]:
    """The times past ("two years ago") told in a clause that gives no figure of its own:
    "the plant, *which opened two years ago*, employs 400 people" counts the plant's
    people now; "the school had 600 pupils *a decade ago*" counts them then, and so does
    one opening the sentence: "*A decade ago*, a similar storm killed 40 people"."""
    found = set()
    for match in _SPANS.finditer(spec.text.lower()):
        start, end = match.span()
        if not match.group().endswith("ago"):
            continue
        at = next((t.clause for t in spec.tokens if t.start >= start), None)
        if at == 0 and not spec.text[:start].strip():
            continue  # "*A decade ago*, a similar storm killed 40": opening, it sets all
        if not any(
            spec.tokens[v.first].clause == at and not start <= spec.tokens[v.first].start < end
            for v in spec.values
            if v.countable and not v.label
        ):
            found.add(_span_key(match.group()))
    return frozenset(found)


def frames(spec: Specifics, v: Value) -> frozenset[str]:
    """The sentence's period (:func:`period_of`) other than the value ``v`` itself: the
    same as the period for a figure, which is never a year or a month."""
    return period_of(spec) - {v.tag}


def _moment_period(spec: Specifics) -> frozenset[str]:
    """The month, year or period (:func:`period_of`) that sets a changing count's moment:
    "fell to 5.2 percent *in May*", "grew to 41,200 *in 2010*". A day is none: a toll
    "rose to 46 on Saturday" in the morning and to 52 by night."""
    period = period_of(spec)
    days = {t for t in period if t.startswith(DATE_TAG)}
    months = {month_of_date(t) for t in days}
    return frozenset(period - days - months)


def one_moment(a: Specifics, b: Specifics) -> bool:
    """Do both sentences set their figures in one month, year or period
    (:func:`_moment_period`)?"""
    period = _moment_period(a)
    return bool(period) and period == _moment_period(b)
