"""Numbers, quantities and dates a sentence asserts, normalised for comparison.

"40 killed" and "38 killed" look alike to any string measure but disagree.
Each value is tagged with its kind (``n:`` number, ``d:`` weekday,
``m:`` month, ``t:`` day of a month, ``y:`` year) so that only like is
compared with like: "Oct. 30" is ``m:oct`` and ``t:oct-30``, never the count 30.

A figure is read here once, with the unit it is stated in when the words say one
(:func:`unit_of`): a currency ("$", "dlrs", "euros"), a measure ("degrees", "km",
"percent"), a span of time ("years", "days") or a person's age ("72-year-old"). A
sentence's tags carry it ("n:20@deg", "n:20@year"; :func:`number_tags`), so that "minus
20 degrees" and "20 years" are neither one figure nor two that disagree
(:func:`conflicting`). A counted noun ("20 people", "20 houses") is no unit: what a
figure counts is its role, read by :func:`.figures.same_role`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from .calendar import MONTHS, WEEKDAYS
from .clock import hour_told
from .lexicon import DETERMINERS, NUMBER_WORDS, RANGE_JOINS
from .saying import REPORTS

#: Number words and the values they state (:data:`.lexicon.NUMBER_WORDS`; "dozen" is 12).
UNITS = NUMBER_WORDS
#: A number word in a regular expression: "seven", "forty", "dozen" (:data:`UNITS`).
NUMBER_WORD = "|".join(sorted(UNITS, key=lambda word: (-len(word), word)))
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Words before "dozen" that leave its count open: "several dozen", "a few dozen" are no
#: one figure (not the twelve "a dozen" is).
_VAGUE_DOZENS = frozenset(("several", "few", "many"))
#: "one" is too often a pronoun ("one of the victims") to count as a figure.
_AMBIGUOUS = {"one"}
#: Every word that can state a value by itself (most words of a sentence are none of these).
#: A part of a decade written as one word with its decade: "*mid-1950s*", "*late-1990s*".
#: Read as the decade's year (as "the 1950s" is), the part by :func:`decade_part`.
_DECADE_PART = re.compile(r"(early|mid|late)-(1[89]\d0|20\d0)s")


def decade_part(word: str) -> str | None:
    """The part of a decade a word tells with it: "mid" for "mid-1950s"; None for any other."""
    told = _DECADE_PART.fullmatch(word.lower())
    return told.group(1) if told else None


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


#: The kind a figure's tag begins with (:attr:`Figure.tag`), each named once here and asked by
#: every stage that reads a tag's kind: a count or amount ("n:14"), a weekday ("d:monday"),
#: a month ("m:jan"), a day of a month ("t:jan-24") and a year ("y:2016").
NUMBER_TAG = "n:"
WEEKDAY_TAG = "d:"
MONTH_TAG = "m:"
DATE_TAG = "t:"
YEAR_TAG = "y:"
#: Every kind, in the order :func:`conflicting` compares them.
TAG_KINDS = (NUMBER_TAG, WEEKDAY_TAG, MONTH_TAG, DATE_TAG, YEAR_TAG)


def month_of_date(tag: str) -> str:
    """The month tag of a day-of-month tag: "m:jan" for "t:jan-24"."""
    return f"{MONTH_TAG}{tag[len(DATE_TAG) :].split('-')[0]}"


class Figure(NamedTuple):
    """One value a sentence asserts: its kind-tagged value, the tokens that say it and
    the unit it is stated in (:func:`unit_of`), if any."""

    tag: str  # "n:14", "d:monday", "m:jan", "t:jan-24", "y:2016"
    first: int
    last: int
    unit: str | None = None

    @property
    def tagged(self) -> str:
        """The tag with its unit: "n:20@deg" for "20 degrees", "n:14" for "14 injured"."""
        return f"{self.tag}@{self.unit}" if self.unit else self.tag


#: Currency signs written before a figure ("$20", "£19m").
CURRENCY_SIGNS = {"$": "$", "£": "£", "€": "€", "¥": "¥", "₹": "₹"}
_SIGNED = frozenset(CURRENCY_SIGNS.values())
#: Currency words and codes, and the currency each names.
CURRENCY_CODES = {
    "dlrs": "$", "usd": "$", "us": "$", "dollar": "$", "dollars": "$", "gbp": "£",
    "pounds": "£", "pound": "£", "sterling": "£", "eur": "€", "euro": "€", "euros": "€",
    "yen": "¥", "jpy": "¥", "yuan": "yuan", "renminbi": "yuan", "rupee": "₹", "rupees": "₹",
    "peso": "peso", "pesos": "peso", "francs": "franc", "franc": "franc", "rubles": "ruble",
    "ruble": "ruble", "roubles": "ruble", "rouble": "ruble",
}  # fmt: skip
#: Measure words after a figure, and the unit each names.
UNIT_WORDS = {
    "mile": "mile", "miles": "mile", "mi": "mile", "km": "km", "kilometer": "km",
    "kilometers": "km", "kilometre": "km", "kilometres": "km", "meter": "m", "meters": "m",
    "metre": "m", "metres": "m", "feet": "ft", "foot": "ft", "ft": "ft", "inch": "in",
    "inches": "in", "mph": "mph", "kph": "kph", "percent": "%", "per": "%", "degrees": "deg",
    "percentage": "pp",
    "degree": "deg", "kg": "kg", "kilograms": "kg", "kilos": "kg", "tons": "t", "tonnes": "t",
    "ton": "t", "tonne": "t", "acres": "acre", "acre": "acre", "hectares": "ha",
    "hectare": "ha", "gallons": "gal", "gallon": "gal", "liters": "l", "litres": "l",
    "barrels": "bbl", "barrel": "bbl", "oz": "oz", "ounces": "oz", "ounce": "oz", "g": "g",
    "grams": "g", "lb": "lb", "lbs": "lb",
}  # fmt: skip
#: What a figure's unit measures, for units that measure one thing in several ways: every
#: currency (:data:`CURRENCY_SIGNS`, :data:`CURRENCY_CODES`) is "money", and "km" and
#: "mile" are both a "length" (:data:`UNIT_WORDS`).
MEASURES = {
    **{currency: "money" for currency in (*CURRENCY_SIGNS.values(), *CURRENCY_CODES.values())},
    "mile": "length", "km": "length", "m": "length", "ft": "length", "in": "length",
    "mph": "speed", "kph": "speed", "kg": "weight", "t": "weight", "oz": "weight",
    "g": "weight", "lb": "weight", "acre": "area", "ha": "area", "gal": "volume",
    "l": "volume", "bbl": "volume",
}  # fmt: skip
#: Words naming a span of time after a figure ("20 years", "a 10-year term"), and the
#: span each names. A span is a unit of the sentence's tags, not of :mod:`.specifics`'
#: values: the disagreement stage reads a span by the word it counts
#: (:data:`.figures.TIME_UNITS`).
SPANS = {
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
    "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "month-old": "month", "week-old": "week",
    "day-old": "day", "hour-old": "hour", "decade-old": "decade", "century-old": "century",
}  # fmt: skip
_SPAN_UNITS = frozenset(SPANS.values())
#: Short scale words some outlets write after a figure: "$70bn", "£19m".
SHORT_SCALES = {"bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}


def is_span(unit: str | None) -> bool:
    """Is the unit a span of time ("year", "day"), which only the tags carry?"""
    return unit in _SPAN_UNITS


#: Where a sentence's tokens stand in its text: (text, starts, ends).
Places = tuple[str, Sequence[int], Sequence[int]]


def unit_of(
    tokens: Sequence[str], lower: Sequence[str], first: int, last: int, places: Places | None
) -> str | None:
    """What the figure at ``tokens[first:last + 1]`` is measured in, as far as the words
    around it tell: a currency ("$", "yuan"), a measure word ("km", "%", "deg"), "age" for
    "72-year-old" or "Durst, 73,", a span of time ("year"). ``places`` (the sentence's
    text and where each token starts and ends) shows a currency sign and the commas of
    an age in apposition; without it, only the words are read."""
    if places:
        text, starts, ends = places
        sign = text[max(0, starts[first] - 1) : starts[first]]
        if sign in CURRENCY_SIGNS:
            return CURRENCY_SIGNS[sign]
    before = lower[first - 1] if first > 0 else ""
    if before in ("aged", "age", "ages"):
        return "age"  # "died aged 71", "screening at age 50"
    if (
        places
        and first > 0
        and tokens[first - 1][:1].isupper()
        and text[ends[first - 1] : starts[first]].strip() == ","
        and (
            text[ends[last] : ends[last] + 1] == ","
            or (last + 1 == len(lower) and text[ends[last] :].strip() in (".", ""))
        )
        and lower[first].isdigit()
    ):
        return "age"  # "Durst, 73, was sentenced": a person's age in apposition
    if places and _apposed_to_a_person(lower, first, last, places):
        return "age"  # "the driver, 34, was arrested"
    if before in ("dlrs", "usd", "gbp", "eur", "jpy") or (
        places and before == "us" and text[ends[first - 1] : starts[first]] == "$"
    ):
        return CURRENCY_CODES[before]
    after = lower[last + 1] if last + 1 < len(lower) else ""
    if lower[last].endswith("%"):
        return "%"
    if after in ("year-old", "years-old") or (
        after in ("years", "year") and last + 2 < len(lower) and lower[last + 2] in ("old", "olds")
    ):
        return "age"
    if after in ("pounds", "pound") and not (
        lower[last] in _SCALES or (last + 2 < len(lower) and lower[last + 2] == "sterling")
    ):
        return None  # "157 pounds" is a weight as often as money: no unit either way
    if after in CURRENCY_CODES and after != "us":
        return CURRENCY_CODES[after]
    return UNIT_WORDS.get(after) or SPANS.get(after)


#: The oldest age read in apposition: a bare figure above it is no person's age.
_OLDEST = 110


def _apposed_to_a_person(lower: Sequence[str], first: int, last: int, places: Places) -> bool:
    """Is the bare figure at ``first`` (to ``last``) an age set off by commas after a noun
    that names one person ("the driver, 34, was arrested", "his wife, 41,"), a whole
    number a person may be? A list ("rooms 12, 34, 56", "the platforms, 3, 4 and 5,") is
    none: a determiner must stand before the noun ("the", "his"), a comma close the
    figure, and no figure follow it."""
    text, starts, ends = places
    if first < 2 or first != last or not lower[first].isdigit():
        return False
    if last + 1 < len(lower) and lower[last + 1].replace(",", "").isdigit():
        return False
    if not 0 < int(lower[first]) <= _OLDEST or lower[first - 2] not in DETERMINERS:
        return False
    noun = lower[first - 1]
    return (
        noun.isalpha()
        and text[ends[first - 1] : starts[first]].strip() == ","
        and text[ends[last] : ends[last] + 1] == ","
    )


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
        return f"{DATE_TAG}{before}-{int(token)}", i
    after = _month_at(tokens, lower, i + 1)
    if after:
        return f"{DATE_TAG}{after}-{int(token)}", i + 1
    return None


#: A date beside a verb that reports a statement (:data:`.saying.REPORTS`) dates the
#: saying, not the event. Words between a reporting verb and its date: "said on Monday", "said late Monday".
DATE_LEAD = frozenset(("on", "last", "late", "early", "this", "next"))
#: The tags of a day among a sentence's figures: a weekday ("d:monday") and a calendar date
#: ("t:jan-31"). The matcher's dated acts, the off-topic screen's dated pages and the
#: disagreement stage's days of an act ask it.
DAY_TAGS = (WEEKDAY_TAG, DATE_TAG)


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


def days_said(lower: Sequence[str]) -> frozenset[str]:
    """The weekdays a sentence (its lower-cased tokens) dates a statement with, as day tags
    ("police said Tuesday": ``d:tuesday``), which :func:`figures_in` leaves out of its days:
    a count said to stand on one day ("has killed 12, police said Tuesday") and one said to
    stand on another are two moments of it (:func:`..conflicts.counts.standing_apart`)."""
    return frozenset(
        f"d:{low}"
        for i, low in enumerate(lower)
        if low in WEEKDAYS and dates_a_statement(lower, i, i)
    )


def in_a_name(tokens: Sequence[str], i: int) -> bool:
    """Is the number word at ``i`` a word of a name or a title, no count: written with a
    capital inside the sentence (not its first word) beside another capitalised word
    ("Zero Dark Thirty", "the Four Seasons Hotel", "Channel Four", "The Beast With Five
    Fingers")? A number word opening the sentence ("Four schools
    closed", '"Three Corley schools closed," she said'), written small ("four Corley
    schools") or in capitals ("THIRTY KILLED IN CORLEY", a headline's case), is read as a
    count."""
    word = tokens[i]
    if not (word[:1].isupper() and word[1:].islower()) or not any(
        w[:1].isalnum() for w in tokens[:i]
    ):
        return False
    beside = (tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens))
    return any(near[:1].isupper() and near.isalpha() for near in beside)


def figures_in(tokens: Sequence[str], places: Places | None = None) -> list[Figure]:
    """Every figure, day, month and year in a tokenised sentence, in order, each count
    with its unit (:func:`unit_of`; ``places``: the sentence's text and where each token
    starts and ends, which show a currency sign: "$70bn" is 70 billion dollars).

    The one reader of figures: sentences store their values from it
    (:func:`number_tags`), and the disagreement stage reads the same
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
            if ":" in token or hour_told(lower, i):  # clock times are not counts ("4:30",
                i += 1  # "at 4 a.m.", "4 o'clock": :func:`.clock.hour_told`)
                continue
            day = _day_of_month(tokens, lower, i)
            if day:
                month = _month_at(tokens, lower, day[1])
                if month:  # "30 October": the month is read here, with its day
                    found.append(Figure(f"{MONTH_TAG}{month}", day[1], day[1]))
                found.append(Figure(day[0], min(i, day[1]), max(i, day[1])))
                i = day[1] + 1
                continue
            value = _parse_digits(token)
            if value is not None and token.isdigit() and len(token) == 4 and 1800 <= value <= 2100:
                found.append(Figure(f"{YEAR_TAG}{token}", i, i))
                i += 1
                continue
        elif token == "dozen" and i > 0 and lower[i - 1] in _VAGUE_DOZENS:
            i += 1  # "several dozen", "a few dozen": no one figure
            continue
        elif token == "dozen" and i > 1 and lower[i - 2 : i] == ["half", "a"]:
            value, first = 6, i - 2  # "half a dozen"
        elif token in UNITS and token not in _AMBIGUOUS:
            if hour_told(lower, i):
                i += 1  # "four o'clock": an hour of the clock, no count
                continue
            if in_a_name(tokens, i):
                i += 1  # "Zero Dark Thirty", "the Four Seasons Hotel": a name, no count
                continue
            value = UNITS[token]
        elif token == "half-dozen":
            value = 6  # "a half-dozen"
        elif token.endswith("0s") and (decade := _DECADE_PART.fullmatch(token)):
            found.append(Figure(f"{YEAR_TAG}{decade.group(2)}", i, i))  # "mid-1950s": the 1950s
        elif "-" in token and all(p in UNITS for p in token.split("-")):
            value = sum(UNITS[p] for p in token.split("-"))  # "twenty-five"
        elif token in WEEKDAYS:
            if not dates_a_statement(lower, i, i):
                found.append(Figure(f"{WEEKDAY_TAG}{token}", i, i))
        elif _month_at(tokens, lower, i):
            found.append(Figure(f"{MONTH_TAG}{MONTHS[token]}", i, i))
        if value is not None:
            if token != "dozen" and i + 1 < len(lower) and lower[i + 1] == "dozen":
                value *= UNITS["dozen"]  # "two dozen" is 24, not a two and a twelve
                i += 1
            # "2.5 million", "three hundred"
            while i + 1 < len(lower) and lower[i + 1] in _SCALES:
                value *= _SCALES[lower[i + 1]]
                i += 1
            # a run of digits too long for a float (hundreds of digits, or scaled past
            # one) is no figure a report states, nor one that could be compared
            if math.isfinite(value):
                unit = unit_of(tokens, lower, first, i, places)
                if (
                    places
                    and unit in _SIGNED
                    and i + 1 < len(lower)
                    and lower[i + 1] in SHORT_SCALES
                    and places[1][i + 1] == places[2][i]
                    and math.isfinite(value * SHORT_SCALES[lower[i + 1]])
                ):
                    value *= SHORT_SCALES[lower[i + 1]]  # "$70bn"
                    i += 1
                found.append(Figure(f"{NUMBER_TAG}{_format(value)}", first, i, unit))
        i += 1
    return _ranges(found, lower)


#: Words that join the two ends of a range: "three to 10 years", "between 5 and 7 percent".


def _ranges(found: list[Figure], lower: Sequence[str]) -> list[Figure]:
    """The figures, each end of a range given the unit the other states: "13 to 18 year
    olds" and "aged 13 to 18" give two ages each, "three to 10 years" two spans."""
    for k in range(len(found) - 1):
        left, right = found[k], found[k + 1]
        if (
            (left.unit is None) != (right.unit is None)
            and right.first == left.last + 2
            and lower[left.last + 1] in RANGE_JOINS
            and left.tag.startswith(NUMBER_TAG)
            and right.tag.startswith(NUMBER_TAG)
        ):
            unit = left.unit or right.unit
            found[k], found[k + 1] = left._replace(unit=unit), right._replace(unit=unit)
    return found


def extract_numbers(tokens: Sequence[str]) -> frozenset[str]:
    """Kind-tagged values asserted by a tokenised sentence, without their units ("2" and
    "two" are one figure wherever they stand)."""
    return frozenset(figure.tag for figure in figures_in(tokens))


def number_tags(tokens: Sequence[str], places: Places | None = None) -> tuple[str, ...]:
    """The sentence's tags with their units (:attr:`Figure.tagged`) in the order they are
    found (repeats included): a frozenset built from them keeps that order, which a set
    sent between processes (pickled) would not."""
    return tuple(figure.tagged for figure in figures_in(tokens, places))


def amount_in(tag: str) -> str:
    """A tag's value without its kind or unit: "20" for "n:20@deg"."""
    return tag[2:].partition("@")[0]


def _same(tag: str, other: str) -> bool:
    """Do two tags give one value: the same figure in one unit, or a measure stated on one
    side only ("4 feet 8 inches" / "4'8\"", "137m" / "137 meters")? Never in two units
    ("20 years" / "minus 20 degrees"), nor a span of time and a bare figure: "in the last
    four years" / "four other attacks", "two weeks ago" / "killed two" count other things
    (of 60 such pairs on the readable stories sharing three words, none read one figure)."""
    if tag == other or ("@" not in tag and "@" not in other):
        return tag == other
    value, _, unit = tag.partition("@")
    other_value, _, other_unit = other.partition("@")
    return value == other_value and not (unit and other_unit) and not is_span(unit or other_unit)


def _units_by_value(tags: Iterable[str]) -> dict[str, list[str]]:
    """Each value of ``tags`` without its unit, and the units it is stated in ("" for
    none): what :func:`_same` compares, looked up rather than paired with every tag."""
    units: dict[str, list[str]] = {}
    for tag in tags:
        value, _, unit = tag.partition("@")
        units.setdefault(value, []).append(unit)
    return units


def _given(tag: str, units: dict[str, list[str]]) -> bool:
    """Does a value of ``units`` (:func:`_units_by_value`) give ``tag`` (:func:`_same`)?"""
    value, _, unit = tag.partition("@")
    return any(
        other == unit or not ((unit and other) or is_span(unit or other))
        for other in units.get(value, ())
    )


def _unmatched(rest: list[str], other: Iterable[str]) -> list[str]:
    """The values of ``rest`` that no value of ``other`` gives (:func:`_same`)."""
    units = _units_by_value(other)
    return [v for v in rest if not _given(v, units)]


@lru_cache(maxsize=1 << 14)
def _united(tags: frozenset[str]) -> bool:
    """Does any of a sentence's tags carry a unit? (Asked once per sentence: most carry
    none, and their values are compared as plain strings.)"""
    return any("@" in v for v in tags)


def shared(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The values of ``a`` that ``b`` gives too, a measure stated on one side only
    (:func:`_same`): "a 12-year term" and "12 years" share one, as do "137m" and "137
    metres"; "20 years" and "minus 20 degrees" none."""
    common = a & b
    if len(common) == len(a) or not (_united(a) or _united(b)):
        return common
    units = _units_by_value(b - common)
    return common | {v for v in a - common if _given(v, units)}


def conflicting(a: frozenset[str], b: frozenset[str], kinds: tuple[str, ...] = TAG_KINDS) -> bool:
    """Do two sentences assert different values of the same kind?

    Each must hold a value of that kind the other lacks: "40 killed on Monday"
    and "40 were killed" agree; "40 killed" and "38 killed" do not. A figure's unit is
    part of its value (:func:`_same`): "20 years" is not the "minus 20 degrees" of another
    sentence, but "137 metres" is the "137m" of one whose unit the reader missed.
    """
    if not a or not b:
        return False
    united = _united(a) or _united(b)
    for kind in kinds:
        only_a = [v for v in a - b if v.startswith(kind)]
        if not only_a:
            continue
        only_b = [v for v in b - a if v.startswith(kind)]
        if not only_b:
            continue
        if not united:
            return True
        if _unmatched(only_a, b) and _unmatched(only_b, a):
            return True
    return False


#: The superlatives a rank is told of ("the *second-largest* bank", "the *biggest*"); a word
#: list, as most words ending in "-est" are none ("interest", "protest", "forest").
SUPERLATIVES = frozenset((
    "largest", "biggest", "smallest", "highest", "lowest", "deadliest", "worst", "best",
    "oldest", "youngest", "longest", "shortest", "tallest", "busiest", "richest", "poorest",
    "fastest", "slowest", "strongest", "weakest", "heaviest", "greatest", "costliest",
    "wealthiest", "hottest", "coldest", "wettest", "driest",
))  # fmt: skip
#: Ordinal words and the ranks they give ("second" is 2).
_RANK_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_RANKED = re.compile(
    r"\b(?:(?P<word>" + "|".join(_RANK_WORDS) + r")|(?P<digits>\d{1,2})(?:st|nd|rd|th))?"
    r"(?P<join>[-\s]?)(?P<sup>" + "|".join(sorted(SUPERLATIVES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
#: A word ending in "-est", as a quick test for a superlative (:data:`SUPERLATIVES`).
_EST = re.compile(r"[a-z]+est\b")
#: Words before a superlative that make it no rank of the thing: "one of the largest",
#: "among the biggest", "the largest ever" is still one.
_NO_RANK_BEFORE = re.compile(
    r"\b(?:(?:one|some|two|three|several|many)\s+of|among)\s+the\s*$", re.IGNORECASE
)


@lru_cache(maxsize=65536)
def ranks(text: str) -> frozenset[tuple[str, int]]:
    """The ranks a text gives, each a superlative and its place: "the second-largest bank"
    gives ``("largest", 2)``, "the 3rd biggest" ``("biggest", 3)``, "the largest bank"
    ``("largest", 1)``. A superlative one of several share ("one of the largest", "among the
    biggest") gives none. Two sentences ranking one superlative in two places ("the
    second-largest" / "the largest") tell two facts, never one."""
    found: set[tuple[str, int]] = set()
    if "est" not in text or SUPERLATIVES.isdisjoint(_EST.findall(text.lower())):
        return frozenset()  # most sentences rank nothing: one cheap search tells
    for m in _RANKED.finditer(text):
        if _NO_RANK_BEFORE.search(text, 0, m.start()):
            continue
        word, digits = m.group("word"), m.group("digits")
        rank = _RANK_WORDS[word.lower()] if word else int(digits) if digits else 1
        found.add((m.group("sup").lower(), rank))
    return frozenset(found)


def ranked_apart(a: str, b: str) -> bool:
    """Do two texts rank one superlative (:func:`ranks`) in places none of which is the
    other's ("the second-largest lender" / "the largest lender")?"""
    left = ranks(a)
    if not left:
        return False
    right = ranks(b)
    if not right or left & right:
        return False
    return bool({s for s, _ in left} & {s for s, _ in right})
