"""Numbers, quantities and dates a sentence asserts, normalised for comparison.

"40 killed" and "38 killed" look alike to any string measure but disagree.
Each value is tagged with its kind (``n:`` number, ``d:`` weekday,
``m:`` month, ``t:`` day of a month, ``y:`` year) so that only like is
compared with like: "Oct. 30" is ``m:oct`` and ``t:oct-30``, never the count 30.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from .calendar import MONTHS, WEEKDAYS
from .saying import REPORTS

#: Number words and the values they state ("dozen" is 12).
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: "one" is too often a pronoun ("one of the victims") to count as a figure.
_AMBIGUOUS = {"one"}
#: Every word that can state a value by itself (most words of a sentence are none of these).
_VALUE_WORDS = frozenset(UNITS) | frozenset(WEEKDAYS) | frozenset(MONTHS)


def _format(value: float) -> str:
    # a figure times its scale carries the float's noise ("514.3 million" is
    # 514299999.99999994): rounded off, it is the whole 514300000 it says
    value = round(value, 6)
    return str(int(value)) if value == int(value) else f"{value:g}"


def _parse_digits(token: str) -> float | None:
    raw = token.rstrip("%").replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return None


class Figure(NamedTuple):
    """One value a sentence asserts: its kind-tagged value and the tokens that say it."""

    tag: str  # "n:14", "d:monday", "m:jan", "t:jan-24", "y:2016"
    first: int
    last: int


#: Words that may follow a date ("October 30 that…"); after any other lower-case word the
#: number counts it ("In October, 30 people…": the tokens have lost the comma).
_AFTER_A_DATE = frozenset(
    [
        "and",
        "that",
        "in",
        "at",
        "on",
        "to",
        "when",
        "the",
        "after",
        "before",
        "or",
        "but",
        "with",
        "for",
        "as",
        "from",
        "until",
        "through",
        "by",
        "of",
        "st",
        "nd",
        "rd",
        "th",
    ]
)


#: Words before a month and its day that make the pair a date whatever follows: "the
#: March 4 explosion", "his October 12 ouster", "on March 3 killed two". After "in" or
#: "by" the number may count ("in October 14 people died").
_BEFORE_A_DATE = frozenset(
    ["on", "the", "a", "an", "his", "her", "its", "their", "since", "until", "till"]
)


def _month_at(tokens: Sequence[str], lower: Sequence[str], i: int) -> str | None:
    """The month a token names ("Oct", "October"; "May" and "March" only capitalised)."""
    if not 0 <= i < len(lower) or lower[i] not in MONTHS:
        return None
    if lower[i] in ("may", "march") and tokens[i][:1] != "M":
        return None
    return MONTHS[lower[i]]


def _day_of_month(tokens: Sequence[str], lower: Sequence[str], i: int) -> tuple[str, int] | None:
    """ "Oct. 30" or "30 October": the date a day number gives with its month, and where
    the pair ends; None when the number is not a day of a month."""
    token = lower[i]
    if not (token.isdigit() and len(token) <= 2 and 1 <= int(token) <= 31):
        return None
    before = _month_at(tokens, lower, i - 1)
    if (
        before
        and (
            len(lower[i - 1]) <= 4  # "Oct 30", "Sept 3": an abbreviation is always a date
            or (i > 1 and lower[i - 2] in _BEFORE_A_DATE)
            or i + 1 == len(lower)
            or not tokens[i + 1][:1].islower()
            or lower[i + 1] in _AFTER_A_DATE
        )
    ):
        return f"t:{before}-{int(token)}", i
    after = _month_at(tokens, lower, i + 1)
    if after:
        return f"t:{after}-{int(token)}", i + 1
    return None


#: A date beside a verb that reports a statement (:data:`.saying.REPORTS`) dates the
#: saying, not the event. Words between a reporting verb and its date: "said on Monday", "said late Monday".
DATE_LEAD = frozenset(("on", "last", "late", "early", "this", "next"))


def dates_a_statement(lower: Sequence[str], first: int, last: int) -> bool:
    """Does the date at ``lower[first:last + 1]`` (lower-cased tokens) date a statement
    ("police said Monday", "said on Monday", "on Monday said") rather than the event?

    Both outlets' days can then be true: "the fire began Sunday, police said Monday"
    reports the same fire as "the fire began on Sunday". A date before the verb dates
    it only after "on" ("police on Monday said"): in "Reyes, who was shot Sunday, told
    police…" the day is the shooting's (tokens hold no commas to tell the two apart).
    """
    i = first - 1
    while i >= 0 and lower[i] in DATE_LEAD:
        i -= 1
    if i >= 0 and lower[i] in REPORTS:
        return True
    return (
        first > 0
        and lower[first - 1] == "on"
        and last + 1 < len(lower)
        and lower[last + 1] in REPORTS
    )


def figures_in(tokens: Sequence[str]) -> list[Figure]:
    """Every figure, day, month and year in a tokenised sentence, in order.

    The one reader of figures: sentences store their values from it
    (:func:`extract_numbers`), and the disagreement stage reads the same
    values with their places (``specifics``).
    """
    found: list[Figure] = []
    lower = [t.lower() for t in tokens]
    i = 0
    while i < len(lower):
        token, first = lower[i], i
        if token not in _VALUE_WORDS and "-" not in token and not token[:1].isdigit():
            i += 1  # a plain word
            continue
        value: float | None = None
        if token[:1].isdigit():
            if ":" in token:  # clock times are not counts
                i += 1
                continue
            day = _day_of_month(tokens, lower, i)
            if day:
                month = _month_at(tokens, lower, day[1])
                if month:  # "30 October": the month is read here, with its day
                    found.append(Figure(f"m:{month}", day[1], day[1]))
                found.append(Figure(day[0], min(i, day[1]), max(i, day[1])))
                i = day[1] + 1
                continue
            value = _parse_digits(token)
            if value is not None and token.isdigit() and len(token) == 4 and 1800 <= value <= 2100:
                found.append(Figure(f"y:{token}", i, i))
                i += 1
                continue
        elif token in UNITS and token not in _AMBIGUOUS:
            value = UNITS[token]
        elif "-" in token and all(p in UNITS for p in token.split("-")):
            value = sum(UNITS[p] for p in token.split("-"))  # "twenty-five"
        elif token in WEEKDAYS:
            if not dates_a_statement(lower, i, i):
                found.append(Figure(f"d:{token}", i, i))
        elif _month_at(tokens, lower, i):
            found.append(Figure(f"m:{MONTHS[token]}", i, i))
        if value is not None:
            # "2.5 million", "three hundred"
            while i + 1 < len(lower) and lower[i + 1] in _SCALES:
                value *= _SCALES[lower[i + 1]]
                i += 1
            # a run of digits too long for a float (hundreds of digits, or scaled past
            # one) is no figure a report states, nor one that could be compared
            if math.isfinite(value):
                found.append(Figure(f"n:{_format(value)}", first, i))
        i += 1
    return found


def extract_numbers(tokens: Sequence[str]) -> frozenset[str]:
    """Kind-tagged values asserted by a tokenised sentence."""
    return frozenset(number_tags(tokens))


def number_tags(tokens: Sequence[str]) -> tuple[str, ...]:
    """:func:`extract_numbers`'s tags in the order they are found (repeats included): a
    frozenset built from them is that function's, down to the order its items come in,
    which a set sent between processes (pickled) would not keep."""
    return tuple(figure.tag for figure in figures_in(tokens))


def conflicting(
    a: frozenset[str], b: frozenset[str], kinds: tuple[str, ...] = ("n:", "d:", "m:", "t:", "y:")
) -> bool:
    """Do two sentences assert different values of the same kind?

    Each must hold a value of that kind the other lacks: "40 killed on Monday"
    and "40 were killed" agree; "40 killed" and "38 killed" do not.
    """
    if not a or not b:
        return False
    for kind in kinds:
        only_a = {v for v in a - b if v.startswith(kind)}
        only_b = {v for v in b - a if v.startswith(kind)}
        if only_a and only_b:
            return True
    return False
