"""Conflicting figures and dates: values that play the same role yet differ.

"14 injured" against "12 injured" is a conflict; "2 killed" against "14
injured" is two facts, and "more than a dozen hurt" against "14 injured"
agree. A number conflicts only with a number that counts the same thing (the
words nearest to each appear around the other), a date only with a date that
dates the same event (the nearest telling word on one side is the same).
Durations ("four days until the deadline") are left alone: articles written
on different days rightly count them differently.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple, TypeVar

from .calendar import MONTHS, WEEKDAYS
from .lexicon import (
    ANOTHER_ONE,
    ANOTHER_OR_NEW,
    ANSWER_WORDS,
    ARTICLES,
    DETERMINERS,
    PREPOSITIONS,
    RANGE_JOINS,
)
from .numbers import (
    DATE_TAG,
    DAY_TAGS,
    MEASURES,
    MONTH_TAG,
    UNITS,
    WEEKDAY_TAG,
    YEAR_TAG,
    dates_a_statement,
)
from .people import given_and_surname, one_given_name
from .roles import capitalised, name_part
from .segment import sentence_words, stem, stopwords
from .specifics import Specifics, Token, Value, nearby
from .verbs import has_verb, tells_the_past

#: The stems of unit words: too unit-like to show that two figures count the same thing, but
#: they do tell what a sentence is about ("hectares burned").
UNIT_STEMS = frozenset((
    "kph", "mph", "km", "kilometr", "mile", "metr", "meter", "feet", "foot", "inch", "kilogram",
    "kg", "tonn", "ton", "degre", "celsius", "fahrenheit", "dollar", "dlrs", "peso", "euro",
    "pound", "yen", "gallon", "barrel", "acr", "hectar", "ounc", "oz", "gram", "litr", "liter",
    "squar", "cubic", "yard", "metric", "magnitud",
))  # fmt: skip
#: Words that say nothing of what a sentence states: "percent", "about", "versus".
VAGUE = frozenset((
    "peopl", "person", "time", "percent", "per", "cent", "total", "number", "least", "last",
    "first", "about", "million", "billion", "thousand", "hundred", "minus", "plus", "versus",
    "vs", "compar",
))  # fmt: skip
#: Stems too common, or too unit-like, to show that two figures count the same thing.
GENERIC = VAGUE | UNIT_STEMS
_NUMBER_WORDS = frozenset(UNITS)
#: Words that count the same thing in other words: the wounded are the injured.
_SAME_COUNT = {
    "wound": "injur", "hurt": "injur", "injuri": "injur",
    "dead": "kill", "die": "kill", "death": "kill", "slain": "kill", "fatal": "kill",
    "kill": "kill", "perish": "kill",
}  # fmt: skip
#: A figure counting these measures time, relative to the day the article was written.
TIME_UNITS = frozenset((
    "day", "week", "month", "year", "hour", "minut", "decad", "centuri"
))  # fmt: skip
#: The stems of the words for a part of the day ("morning", "evening", "late").
TIME_OF_DAY = frozenset((
    "morn", "afternoon", "even", "night", "noon", "midnight", "late", "earli"
))  # fmt: skip


def counted(stem: str) -> str:
    """One name for the words that count the same thing: "wounded" and "injured"."""
    return _SAME_COUNT.get(stem, stem)


#: The two fates of a toll, as :func:`counted` names them: the dead and the injured.
_FATES = frozenset(("kill", "injur"))


def fates_apart(left: Iterable[str], right: Iterable[str]) -> bool:
    """Does one sentence tell of the dead alone and the other of the injured alone, by
    their stems (:func:`counted`: "killed", "died", "dead", "deaths" / "injured",
    "wounded", "hurt")? "The collapse of the bridge killed 12 people" and "… injured 12
    people", "Among the dead were a teacher, a nurse …" and "Among the injured were …" tell
    two fates of a toll, whatever else they share; a sentence telling both ("killed 12 and
    injured 40", "died of his wounds") may back either. Asked of two sentences giving the
    same counts and no other (alignment asks it so): a fate word beside no toll is often
    another sense ("sutures the wound"), and one beside another count may be that count's
    ("killed three people and sent 12 to hospital" tells no dead of its 12)."""
    told = {counted(s) for s in left} & _FATES
    other = {counted(s) for s in right} & _FATES
    return len(told) == 1 and len(other) == 1 and told != other


def _telling(stems: list[str], count: int) -> list[str]:
    return [counted(s) for s in stems if s not in GENERIC and s not in TIME_UNITS][:count]


def _head(spec: Specifics, v: Value) -> str | None:
    key = (spec.text, v.last)
    kept = _HEADS.get(key)  # (one reading, which may be None)
    if kept is not None:
        return kept[0]
    head = next(iter(nearby(spec, v.last + 1, 1, 3, spec.value_at)), None)
    found = counted(head) if head else None
    _keep(_HEADS, key, (found,))
    return found


#: The words read beside a figure (:func:`_head`, :func:`_sides`), by the sentence's text
#: and the figure's place in it (a sentence's specifics are its text's, :func:`.specifics.analyse`):
#: the echoes' and the disagreements' pairs ask them of one sentence again and again.
_HEADS: dict[tuple[str, int], tuple[str | None]] = {}
_SIDES: dict[tuple[str, int, int, int], tuple[list[str], list[str]]] = {}
#: Readings kept at most in each: past it, they are let go and read again.
KEPT_READINGS = 1 << 14
K = TypeVar("K")
R = TypeVar("R")


def _keep(kept: dict[K, R], key: K, found: R) -> None:
    """Keep ``found`` under ``key``, letting every reading go first when ``kept`` is full."""
    if len(kept) >= KEPT_READINGS:
        kept.clear()
    kept[key] = found


def _aged(spec: Specifics, v: Value) -> set[str]:
    """The name of the person an age is given for: "72-year-old *Robert Durst*", "*Durst*, 73"."""
    return set(_aged_run(spec, v))


def _aged_run(spec: Specifics, v: Value) -> list[str]:
    """:func:`_aged` in the order written: "*Erik Voss*, 34" is ``["erik", "voss"]``."""
    tokens = spec.tokens
    i = v.last + 1
    while i < len(tokens) and tokens[i].low in ("year-old", "years", "year", "old"):
        i += 1
    after: list[str] = []
    while i < len(tokens) and capitalised(tokens[i]) and tokens[i].part == tokens[v.last].part:
        after.append(name_part(tokens[i]))
        i += 1
    if after:
        return after
    k = v.first - 1
    while k >= 0 and tokens[k].low in ("the", "a", "an", "aged"):
        k -= 1
    before: list[str] = []
    while k >= 0 and capitalised(tokens[k]) and len(before) < 3:
        before.insert(0, name_part(tokens[k]))
        k -= 1
    return before


def _aged_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Are two ages given for two people of one surname, each named by a given name beside
    the age that may not be the other's (:func:`.people.one_given_name`): "*Erik Voss*, 34,
    the son of mayor Lena Voss" / "mayor *Lena Voss*, 61"? A sentence naming both people
    is not read as two people by :func:`.people.two_people`; the name beside each age
    still tells whose it is. The given name is read as :func:`.people.given_and_surname`
    reads it: a title ("Sen. Voss") or a middle name ("Lena Marie Voss") is none."""
    named_a = given_and_surname(_aged_run(a, v))
    named_b = given_and_surname(_aged_run(b, w))
    if named_a is None or named_b is None or named_a[1] != named_b[1]:
        return False
    return not one_given_name(named_a[0], named_b[0])


def counts_of(text: str) -> set[str]:
    """The words next to a sentence's figures: "injur" and "israel" for "wounded 21
    Israelis". Cheap (no analysis of the sentence), for choosing what to compare."""
    stop = stopwords()
    tokens = [w.lower().replace("’", "'") for w in sentence_words(text).words]
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if not (token[:1].isdigit() or token in _NUMBER_WORDS):
            continue
        for side in (range(i - 1, max(-1, i - 3), -1), range(i + 1, min(len(tokens), i + 4))):
            for j in side:
                word = tokens[j]
                if word in stop or word[:1].isdigit() or word in _NUMBER_WORDS:
                    continue
                near = counted(stem(word))
                if near not in GENERIC and near not in TIME_UNITS:
                    found.add(near)
                break
    return found


def _units_differ(v: Value, w: Value) -> bool:
    """Figures in different units or currencies ("$420", "£326") are never compared."""
    return bool(v.unit and w.unit and v.unit != w.unit)


def _sides(spec: Specifics, v: Value, count: int) -> tuple[list[str], list[str]]:
    """The ``count`` nearest telling words before and after a value, from close by (the
    lists are shared: never changed by the caller)."""
    key = (spec.text, v.first, v.last, count)
    found = _SIDES.get(key)
    if found is None:
        reach = 3 if count == 1 else 5
        left = _telling(nearby(spec, v.first - 1, -1, reach + 1, spec.value_at), count)
        right = _telling(nearby(spec, v.last + 1, 1, reach + 1, spec.value_at), count)
        found = left, right
        _keep(_SIDES, key, found)
    return found


def interval(x: Value) -> tuple[float, float]:
    """The amounts a figure stands for: "about" and its kin 15 percent either way, "at
    least" no top, "at most" no bottom, a plain figure itself."""
    amount = x.amount
    if x.bound == "~":
        return amount * 0.85, amount * 1.15
    if x.bound == ">=":
        return amount, float("inf")
    if x.bound == "<=":
        return float("-inf"), amount
    return amount, amount


def compatible(v: Value, w: Value) -> bool:
    """Can both figures be true? Each stands for a range: exact, approximate, bounded
    above or bounded below. A lower bound has no top here, round or not: "at least 20
    killed" and "35 killed" are a toll told at two moments as often as two tolls, so
    they are never set against each other (matching still asks :func:`figures_fit`,
    which limits a round bound by :func:`next_round`, before one backs the other).

    Two tops ("as many as 60" / "as many as 40") are both true of any figure up to the
    lower, so they never conflict with each other: a top conflicts only with a floor or a
    figure above it. Two different floors ("at least six injured" / "at least three") are
    the counts each outlet could confirm, and the reviewers of real stories label them a
    disagreement (mn149), so they are still set against each other."""
    if v.bound == w.bound == ">=":
        return False  # two outlets confirm different counts: a different figure each
    (low_v, high_v), (low_w, high_w) = interval(v), interval(w)
    return low_v <= high_w and low_w <= high_v


def _part_words(spec: Specifics, v: Value) -> frozenset[str]:
    """The telling words of a figure's stretch of punctuation, as :func:`_telling` reads
    them; none when another figure stands in it (its words may be that one's)."""
    part = spec.tokens[v.first].part
    if any(x is not v and x.kind == "number" and spec.tokens[x.first].part == part
           for x in spec.values):  # fmt: skip
        return frozenset()
    stems = [t.stem for i, t in enumerate(spec.tokens)
             if t.part == part and t.stem and i not in spec.value_at]  # fmt: skip
    return frozenset(_telling(stems, len(stems)))


def with_opening(spec: Specifics) -> frozenset[str]:
    """The sentence's names, its opening word too when it may be one ("*Reyes* slipped")."""
    first = spec.tokens[0] if spec.tokens else None
    if first is None or not capitalised(first) or first.low in stopwords():
        return spec.names
    return spec.names | {name_part(first)}


#: Stems of the verbs by which a court sets a term: "*sentenced* to 10 years", "*jailed*
#: for 12 years"; and of the nouns that name one: "a 10-year prison *term*".
_SENTENCING = frozenset(("sentenc", "jail", "imprison"))
_TERMS = frozenset(("term", "sentenc"))
#: Words between a sentencing verb and its term: "sentenced *to* 10", "jailed *for up to*".
_TERM_LEADS = frozenset(("to", "for", "a", "an", "of"))
#: Stems of the words that name the place a court sends the convicted: "sentenced to
#: *prison*", "*jail* terms". Not :data:`_SAME_COUNT`'s: "prisoners" share the stem and are
#: no fate.
PRISONS = frozenset(("prison", "jail"))
#: Verbs by which a sentence is told as given: "*given* suspended sentences", "*handed*
#: prison terms".
_SENTENCE_GIVEN = frozenset(("given", "handed", "received", "receive", "get", "got"))
#: Stems of the words that tell a term served outside prison: "two years' *probation*",
#: "18 months, *suspended*", "200 hours' *community* service", "a year's *house* arrest",
#: "*supervision*", "*curfew*".
_OUTSIDE_PRISON = frozenset(("probat", "suspend", "communiti", "hous", "supervis", "curfew"))
#: Stems of the words that tell a sentence given as prison: "*life* sentences", "*custodial*
#: sentences", with :data:`PRISONS`.
_CUSTODY = PRISONS | {"life", "custodi"}
#: Words that lead from a sentence to the offence it punishes: "jailed *for* theft",
#: "sentenced *over* the riot".
_OFFENCE_LEADS = frozenset(("for", "over", "after"))


def sentence_kind(tokens: Sequence[Token], at: int) -> str | None:
    """What a court's sentence told at ``at`` sends the convicted to: "jail" for "*jailed*",
    "*imprisoned*", "*sentenced* to prison", "*sentenced* on Friday to 10 years", "*given*
    jail terms", "*given* life sentences"; "sentence" (no stem of any word, so no word of
    the other sentence is taken for it) for a sentence told without prison ("*sentenced*"
    alone, "*sentenced* to community service", "to two years' probation", "to 18 months,
    suspended", "*given* suspended prison sentences"); "fine" for "*given* fines"; None for
    no sentence. Nine men jailed and eleven sentenced to prison are one fate counted two
    ways; nine jailed and eleven sentenced (some fined, some let off, some on probation)
    are two."""
    word = tokens[at]
    if word.stem in ("jail", "imprison"):
        return "jail"
    rest = [t for t in tokens[at + 1 : at + 9] if t.clause == word.clause]
    if word.stem == "sentenc":
        lows = [t.low for t in rest]
        if "to" not in lows:
            return "sentence"
        # "to prison", "to life in prison", "to 10 years in prison", "on Friday to 10
        # years"; not "to 200 hours of community service", "to three years of probation"
        after = rest[lows.index("to") + 1 :][:4]
        stems = [t.stem for t in after]
        # "to two years' probation", "to two years suspended", "to 18 months, suspended",
        # "to two years in prison, suspended": a term served outside prison, read past a
        # comma (which ends the clause) to the words right after the term
        if _served_outside(tokens[at + 2 + lows.index("to") :][:5]):
            return "sentence"
        if any(s in PRISONS for s in stems) or stems[:1] == ["life"]:
            return "jail"
        timed = len(after) > 1 and after[1].stem in TIME_UNITS
        return "jail" if timed and (len(after) < 3 or after[2].low != "of") else "sentence"
    if word.low in _SENTENCE_GIVEN:
        # "given prison sentences", "given life sentences", "handed suspended prison
        # sentences", "given fines"
        stems = [t.stem for t in rest[:4]]
        if "fine" in stems:
            return "fine"
        if not any(s in _TERMS for s in stems):
            return None
        if _served_outside(rest[:4]):
            return "sentence"
        return "jail" if any(s in _CUSTODY for s in stems) else "sentence"
    return None


def _served_outside(words: Sequence[Token]) -> bool:
    """Do the words of a sentence's term tell it served outside prison (:data:`_OUTSIDE_PRISON`:
    "three years' *probation*", "two years *suspended*", "12 months' *house arrest*"), before
    any word that leads to the offence ("to ten years *for* supervising a drug ring", "to
    five years *for* house burglaries")?"""
    for k, word in enumerate(words):
        if word.low in _OFFENCE_LEADS:
            return False
        if word.stem in _OUTSIDE_PRISON and (
            word.stem != "hous" or (k + 1 < len(words) and words[k + 1].stem == "arrest")
        ):
            return True
    return False


def jail_term(spec: Specifics, at: int) -> str | None:
    """The term told with a jailing at ``at`` (:func:`sentence_kind`), as it reads: "life"
    for "jailed *for life*", "sentenced *to life* in prison", "given *life* sentences";
    "n:10 year" for "jailed *for 10 years*", "sentenced on Friday *to ten years*"; None for
    a jailing told without one.
    Those jailed for a term are a part of all those jailed, as the seriously hurt are of
    the hurt, and those given two terms two groups."""
    tokens = spec.tokens
    clause = tokens[at].clause
    for k in range(at + 1, min(len(tokens), at + 7)):
        if tokens[k].clause != clause:
            return None
        if tokens[k].low == "life" and (
            tokens[k - 1].low in ("for", "to")
            or (k + 1 < len(tokens) and tokens[k + 1].stem in _TERMS)
        ):
            return "life"  # "jailed *for life*", "given *life sentences*"
        if tokens[k].low in ("for", "to") and k + 2 < len(tokens):
            for u in spec.values:
                if u.first == k + 1 and u.kind == "number" and tokens[u.last + 1 :][:1]:
                    unit = tokens[u.last + 1].stem
                    if unit in TIME_UNITS:
                        return f"{u.tag} {unit}"
    return None


def prison_term(spec: Specifics, v: Value) -> str | None:
    """The unit of a term a court set ("year" for "sentenced to 10 years", "jailed for
    12 years", "a 10-year prison term"), None for any other figure, a term sought,
    faced, served or before parole among them. Unlike other spans of time, a term set
    does not change with the day an article was written."""
    tokens = spec.tokens
    if v.kind != "number" or v.last + 1 >= len(tokens):
        return None
    unit = tokens[v.last + 1].stem
    if unit not in TIME_UNITS:
        return None
    i = v.first - 1
    named = 0
    while i >= 0 and (tokens[i].low in _TERM_LEADS or tokens[i].low in WEEKDAYS or (
        named < 2 and i and capitalised(tokens[i])
    ) or (tokens[i].low == "on" and tokens[i + 1].low in WEEKDAYS)):  # fmt: skip
        named += capitalised(tokens[i]) and tokens[i].low not in WEEKDAYS
        i -= 1  # "sentenced *Monday to* 10 years", "*on Monday to*", "*Hale to* 12 years"
    if i >= 0 and i < v.first - 1 and tokens[i].stem in _SENTENCING:
        # "a *minimum* sentence of five years" is the law's, not the court's
        return None if _bounded_term(tokens, i) else unit
    after = [t.stem for t in tokens[v.last + 2 : v.last + 4]]
    if after[:1] == ["prison"]:
        after = after[1:]
    return unit if after[:1] and after[0] in _TERMS else None


#: Words that make a term the law's bound rather than a court's: "a *minimum* sentence".
_TERM_BOUNDS = frozenset(("minimum", "maximum", "mandatory", "possible"))


def _bounded_term(tokens: Sequence[Token], i: int) -> bool:
    return any(t.low in _TERM_BOUNDS for t in tokens[max(0, i - 3) : i + 1])


#: Stems of the nouns of an event a story tells one of, whose length it gives: "an
#: 11-hour *standoff*", "a *siege* that lasted 30 hours". Events a story often tells
#: several of (meetings, strikes, talks, shutdowns) are not among them, nor an
#: "operation", which names a surgery, a police, rescue or military operation alike (a
#: story of a shooting tells of the police operation and of the wounded's operation),
#: nor a blackout or an outage, which lasts one length on one street and another on the
#: next ("a 14-hour outage" for some, "the six-hour outage" for most).
_LASTING_EVENTS = frozenset((
    "standoff", "sieg", "surgeri", "manhunt", "ordeal", "chase", "pursuit",
))  # fmt: skip
#: Words between an event's noun and the verb of its length: "a standoff *that* lasted",
#: "the siege, *which had* lasted".
_LASTING_LEADS = frozenset(("that", "which", "had", "has", "have"))


def event_lasted(spec: Specifics, v: Value) -> str | None:
    """The stem of the event whose length the figure gives, its unit of time right after
    it: "an *11*-hour standoff" (``standoff``), "a siege that lasted *30* hours", "a
    manhunt lasting *16* hours", "the surgery lasted for *16* hours"; None for any other
    figure, a length of another thing than the event's noun ("held two hostages for six
    hours"), and a figure that names or places."""
    tokens = spec.tokens
    if v.kind != "number" or v.label or v.last + 1 >= len(tokens):
        return None
    if tokens[v.last + 1].stem not in TIME_UNITS:
        return None
    after = v.last + 2
    joined = spec.text[tokens[v.last].end : tokens[v.last + 1].start] == "-"
    if joined and after < len(tokens) and tokens[after].stem in _LASTING_EVENTS:
        return tokens[after].stem  # "an 11-hour standoff"
    i = v.first - 1
    if i >= 0 and tokens[i].low == "for":
        i -= 1
    if i < 1 or tokens[i].stem != "last":
        return None
    i -= 1
    while i >= 0 and tokens[i].low in _LASTING_LEADS and v.first - i <= 5:
        i -= 1
    return tokens[i].stem if i >= 0 and tokens[i].stem in _LASTING_EVENTS else None


def same_role(
    a: Specifics,
    v: Value,
    b: Specifics,
    w: Value,
    *,
    whole_part: bool = False,
    any_unit: bool = False,
) -> bool:
    """Do two figures count the same thing? Each one's nearest words appear around the other.

    With ``whole_part``, it is enough that one figure's nearest word stands in the
    other's stretch of punctuation, when neither stretch holds another figure: "voter *turnout*
    reached 61 percent" / "the commission put *turnout* at 58 percent", "the statue is
    *valued* at 2 million euros" / "insurers *value* the missing statue at 900,000 euros".
    With ``any_unit``, figures in two units are read too (the caller converts them:
    "400 metres" / "1,800 feet").
    """
    if _units_differ(v, w) and not any_unit:
        return False
    if v.unit == "age" or w.unit == "age":
        # ages are of a person: "72-year-old Durst" and "Durst, 73" are one man's
        return v.unit == w.unit and bool(_aged(a, v) & _aged(b, w)) and not _aged_apart(a, v, b, w)
    head_a, head_b = _head(a, v), _head(b, w)
    if head_a in TIME_UNITS or head_b in TIME_UNITS:
        # a span of time is the article's own count ("four days until the deadline"),
        # save a term a court set: "sentenced to 10 years" / "12 years in prison"
        # given to the same named people: "Hale's co-defendant, Tom Reed, was sentenced
        # to 8 years" is no term of Hale's
        terms = bool(prison_term(a, v)) and bool(prison_term(b, w))
        named = with_opening(a)
        return head_a == head_b and terms and bool(named) and named == with_opening(b)
    if head_a and head_b and head_a not in GENERIC and head_b not in GENERIC:
        return head_a == head_b
    near_a, near_b = _sides(a, v, 1), _sides(b, w, 1)
    wide_a, wide_b = _sides(a, v, 2), _sides(b, w, 2)
    around_a, around_b = set(wide_a[0] + wide_a[1]), set(wide_b[0] + wide_b[1])
    if set(near_a[0] + near_a[1]) & around_b and set(near_b[0] + near_b[1]) & around_a:
        return True
    if not whole_part:
        return False
    part_a, part_b = _part_words(a, v), _part_words(b, w)
    if not part_a or not part_b:
        return False  # a stretch with two figures: its words may be the other's
    return bool(set(near_a[0] + near_a[1]) & part_b or set(near_b[0] + near_b[1]) & part_a)


def _counts_other_thing(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do two figures plainly count different things ("2 killed", "14 injured")?"""
    head_a, head_b = _head(a, v), _head(b, w)
    if head_a and head_b and head_a not in GENERIC and head_b not in GENERIC:
        return head_a != head_b
    left_a, right_a = _sides(a, v, 2)
    left_b, right_b = _sides(b, w, 2)
    telling_a, telling_b = set(left_a + right_a), set(left_b + right_b)
    return bool(telling_a and telling_b and not telling_a & telling_b)


def figures_fit(a: Specifics, b: Specifics) -> bool:
    """Does a figure of one sentence lie above a lower bound the other gives, and below
    the next round number a writer who knew it would have used? "More than a dozen men"
    / "14 men", "more than 10 years in prison" / "12 years", "more than 200 people" /
    "224 people"; not "more than 400 athletes" / "550 athletes", which a writer knowing
    the figure would have put as "more than 500" (:func:`next_round`). Not an
    upper bound ("up to seven years" is often the most the law allows, not the term
    given), nor an approximate figure ("around 35 percent" / "34 percent" were two
    things on a real story). Figures in different units, labels ("Flight 8501") and
    figures that count nothing by themselves never fit. A figure inside a range the other
    gives fits it too ("between 10 and 15 workers" / "a dozen workers", "200-300 homes" /
    "about 250 homes", :func:`_inside_a_range`).
    """
    left = [v for v in a.values if v.kind == "number" and v.countable and not v.label]
    right = [w for w in b.values if w.kind == "number" and w.countable and not w.label]
    for v in left:
        for w in right:
            low, high = (v, w) if v.bound == ">=" else (w, v)
            if (
                low.bound == ">="
                and high.bound == "="
                and low.amount < high.amount < next_round(low.amount)
                and not _units_differ(v, w)
            ):
                return True
    return _inside_a_range(a, right) or _inside_a_range(b, left)


def _inside_a_range(spec: Specifics, others: Sequence[Value]) -> bool:
    """Does one of another sentence's figures, exact or approximate, lie inside a range of
    counts the sentence gives (:func:`_ranges_of`), ends included?"""
    if len(others) != 1:
        return False  # one figure against the range: no other figure to read the range by
    (w,) = others
    return w.bound in ("=", "~") and any(
        low.amount <= w.amount <= high.amount and not _units_differ(low, w)
        for low, high in _ranges_of(spec)
    )


def next_round(amount: float) -> float:
    """How high a figure a lower bound allows. A round bound ("more than 400", "more than
    a thousand") is put as the round number just below a figure the writer knew, so the
    figure lies below the next round number at that scale: 200 -> 300, 400 -> 500,
    20,000 -> 30,000, and 10 for a bound under ten ("more than five"). A bound that is
    not round ("at least 82", "more than 150") is a count so far, which later counts may
    pass by any amount: no limit."""
    if amount < 10:
        return 10.0
    step = 10.0 ** math.floor(math.log10(amount))
    if amount % step:
        return math.inf
    return amount + step


def adds_up(total: Value, whole: Specifics, parts: Sequence[Value], spec: Specifics) -> bool:
    """Is ``total`` the sum of figures the other sentence breaks it into?

    "Four injured in the first blast and two in the second" adds up to "six
    injured"; "two killed and 12 injured" does not add up to "14 injured":
    a part that counts something else, or in another unit, is no part, and an age
    is never a sum; nor is a count and the part of it told after "including" ("killed 12,
    including three officers" is no "15 killed").
    """
    if total.unit == "age":
        return False  # a person's age is no sum: "a 34-year-old father of two" is not 36
    kept = [
        p for p in parts if p.unit == total.unit and not _counts_other_thing(spec, p, whole, total)
    ]
    fitting = [p.amount for p in kept]
    # a part told after "including" is inside the count before it, never added to it:
    # "killed 12, including three officers" adds up to 12, not to 15
    inside = {(i, i + 1) for i in range(len(kept) - 1) if _included(spec, kept[i + 1])}
    if len(fitting) >= 2 and not inside and sum(fitting) == total.amount:
        return True
    return any(
        fitting[i] + fitting[j] == total.amount and (i, j) not in inside
        for i in range(len(fitting))
        for j in range(i + 1, len(fitting))
    )


#: Words joining the two ends of a range: "20 to 30", "between 20 and 30", "20 or 30".
#: The word before the first of "X to Y" that makes it a change, not a range: "rose *from* 5 to 7".
_CHANGE_FROM = frozenset(("from",))


def in_range(spec: Specifics, v: Value) -> bool:
    """Is the figure one end of a range ("20-30 feet", "25 to 50 kilometers")? Its other
    end makes it no figure of its own: "20-30 feet" does not say 20 against "nine metres".

    A range runs low to high: "7-2" and "7 to 2" are a tally or a score, each figure its
    own; "rose from 5 to 7" is a change, two figures of two moments."""
    tokens = spec.tokens
    for x in spec.values:
        if x is v or x.kind != "number":
            continue
        low, high = (x, v) if x.last < v.first else (v, x)
        if low.amount > high.amount:
            continue  # a tally or a score: "a vote of 7-2", "won 3 to 1"
        gap = high.first - low.last
        between = spec.text[tokens[low.last].end : tokens[high.first].start].strip()
        if gap == 1 and between in ("-", "–", "—"):
            return True
        if gap == 2 and tokens[low.last + 1].low in RANGE_JOINS:
            if tokens[low.last + 1].low == "to" and _CHANGE_FROM.intersection(
                t.low for t in tokens[max(0, low.first - 1) : low.first]
            ):
                continue  # a change: "rose from 5 to 7"
            return True
        if gap == 3 and _unit_repeated(spec, low, high):
            return True
    return False


def _unit_repeated(spec: Specifics, low: Value, high: Value) -> bool:
    """Are two figures the ends of a range written with its unit after each: "between 20
    feet and 30 feet", "20 feet to 30 feet" (a range of hours is the clock reader's,
    :func:`.clock.clocks`)? "And" joins a range's ends only after "between"
    ("killed 2 soldiers and 4 civilians" is two counts), and "from … to" is a change."""
    tokens = spec.tokens
    unit, join = tokens[low.last + 1].low, tokens[low.last + 2].low
    if high.last + 1 >= len(tokens) or tokens[high.last + 1].low != unit:
        return False
    before = tokens[low.first - 1].low if low.first else ""
    if join == "to":
        return before not in _CHANGE_FROM
    return join == "and" and before == "between"


def _exclusive(a: Specifics, b: Specifics, kind: str) -> tuple[list[Value], list[Value]]:
    """Each sentence's values the other does not give: for figures, not in the same role.

    "Three dead and at least six injured" and "three killed, at least three
    injured" share the three dead; the second three counts the injured.
    """
    if kind == "date":
        tags_a = {v.tag for v in a.values}
        tags_b = {v.tag for v in b.values}
        return (
            [v for v in a.values if v.kind == kind and v.countable and v.tag not in tags_b],
            [w for w in b.values if w.kind == kind and w.countable and w.tag not in tags_a],
        )

    def given(x: Specifics, v: Value, y: Specifics) -> bool:
        same = [w for w in y.values if w.tag == v.tag]
        if not same:
            return False
        # the same figure: the same fact unless it plainly counts something else there
        return any(not _counts_other_thing(x, v, y, w) for w in same)

    def own(x: Specifics, y: Specifics) -> list[Value]:
        """``x``'s countable figures of the kind that ``y`` does not give."""
        return [
            v
            for v in x.values
            if v.kind == kind
            and v.countable
            and not v.label
            and not given(x, v, y)
            and not in_range(x, v)
        ]

    return own(a, b), own(b, a)


def _ranges_of(spec: Specifics) -> list[tuple[Value, Value]]:
    """The sentence's ranges of counts, each its low and high end: "between 10 and 15
    people", "10 to 15 people", "10-15 people", "between 20 feet and 30 feet"
    (:func:`in_range`)."""
    found = []
    counts = [v for v in spec.values if v.kind == "number" and v.countable and not v.label]
    for low, high in pairwise(counts):
        if (
            low.amount < high.amount
            and (
                high.first - low.last <= 2
                or (high.first - low.last == 3 and _unit_repeated(spec, low, high))
            )
            and in_range(spec, low)
            and in_range(spec, high)
            and not _units_differ(low, high)
            and not _of_ages(spec, low, high)
        ):
            found.append((low, high))
    return found


#: Words before a range that make it one of ages: "children *aged* 5-12", "between the
#: *ages* of 5 and 12".
_AGE_WORDS = frozenset(("aged", "age", "ages"))


def _of_ages(spec: Specifics, low: Value, high: Value) -> bool:
    """Is the range one of ages ("children aged 5-12"), no count of people?"""
    before = spec.tokens[max(0, low.first - 4) : low.first]
    return "age" in (low.unit, high.unit) or any(t.low in _AGE_WORDS for t in before)


def _outside(low: Value, high: Value, w: Value) -> bool:
    """Does a figure lie wholly outside a range ("10 to 15" / "40"; "10 to 15" / "more
    than 20")? The range's ends are read as approximate as :func:`compatible` reads "about".
    """
    bottom, top = Value(low.tag, 0, 0, "~"), Value(high.tag, 0, 0, "~")
    return (
        not compatible(bottom, w)
        and not compatible(top, w)
        and (
            (w.amount > high.amount and w.bound != "<=")
            or (w.amount < low.amount and w.bound != ">=")
        )
    )


def range_conflicts(a: Specifics, b: Specifics, whole_part: bool) -> list[tuple[Value, Value]]:
    """A range of counts on one side and a figure wholly outside it on the other, the
    two counting the same thing: "between 10 and 15 people died" / "40 people died". The
    range is reported whole ("10 to 15"); a figure inside it, or one the range's sentence
    also gives, is no conflict."""
    pairs: list[tuple[Value, Value]] = []
    for x, y, flip in ((a, b, False), (b, a, True)):
        for low, high in _ranges_of(x):
            tags = {v.tag for v in x.values}
            for w in y.values:
                if w.kind != "number" or not w.countable or w.label or w.tag in tags:
                    continue
                if in_range(y, w) or not _outside(low, high, w):
                    continue
                if not (
                    same_role(x, low, y, w, whole_part=whole_part)
                    or same_role(x, high, y, w, whole_part=whole_part)
                ):
                    continue
                # a word written after each end and read as no unit ("20 men and 30 men"): the
                # range is shown with its second
                spaced = high.first - low.last == 3 and low.unit is None
                last = high.last + (spaced and _unit_repeated(x, low, high))
                whole = Value(low.tag, low.first, last, low.bound, True, low.unit)
                pairs.append((w, whole) if flip else (whole, w))
                break
    return pairs


def number_conflicts(
    a: Specifics, b: Specifics, *, whole_part: bool = False, tops: bool = False
) -> list[tuple[Value, Value]]:
    """Pairs of differing figures that count the same thing, each value used once
    (``whole_part``: as :func:`same_role` reads it); a range on one side and a figure
    outside it on the other (:func:`range_conflicts`) too. ``tops``: two different tops
    ("up to 40" / "up to 60") count too, as the matcher asks whether two sentences are
    one report (they are not, though both may be true: never a disagreement)."""
    if (a.when - b.when) and (b.when - a.when):
        return []  # figures of different days may both have been true
    only_a, only_b = _exclusive(a, b, "number")
    all_a = [v for v in a.values if v.kind == "number" and v.countable]
    all_b = [w for w in b.values if w.kind == "number" and w.countable]
    pairs, used = [], set()
    # a part told inside "including three police officers" is set first against the
    # figure of the other sentence that counts the same thing ("killed five police
    # officers"), not against the whole it is part of ("killed 12 people")
    told = {
        (v.first, w.first)
        for v in only_a
        for w in only_b
        if (_included(a, v) or _included(b, w)) and _counts_alike(a, v, b, w)
    }
    if told:
        only_a = sorted(only_a, key=lambda v: not any(v.first == x for x, _ in told))
    for v in only_a:
        for w in sorted(only_b, key=lambda w: (v.first, w.first) not in told):
            if w.first in used or (compatible(v, w) and not (tops and v.bound == w.bound == "<=")):
                continue
            if not same_role(a, v, b, w, whole_part=whole_part):
                continue
            if adds_up(v, a, all_b, b) or adds_up(w, b, all_a, a):
                continue
            pairs.append((v, w))
            used.add(w.first)
            break
    return pairs or range_conflicts(a, b, whole_part)


#: Words that open a part of a count just told: "killed 12, *including* three police
#: officers", "12 died, *among them* three children".
_PART_OPENINGS = (("including",), ("among", "them"), ("among", "whom"))


def _included(spec: Specifics, v: Value) -> bool:
    """Is the figure the part of a count that an "including" or "among them" phrase
    opens ("killed 12 people, *including three* police officers")?"""
    lows = [t.low for t in spec.tokens[max(0, v.first - 2) : v.first]]
    return any(lows[-len(words) :] == list(words) for words in _PART_OPENINGS)


def _counted_words(spec: Specifics, v: Value) -> frozenset[str]:
    """The telling words just after a figure in its clause, the thing it counts ("three
    *police officers*"), up to two."""
    tokens, clause, found = spec.tokens, spec.tokens[v.first].clause, set[str]()
    for k in range(v.last + 1, min(len(tokens), v.last + 3)):
        word = tokens[k].stem
        if tokens[k].clause != clause or not word:
            break
        if word not in GENERIC:
            found.add(word)
    return frozenset(found)


def _counts_alike(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do two figures count one thing by the words just after them ("three *police
    officers*" / "five *police officers*")?"""
    return bool(_counted_words(a, v) & _counted_words(b, w))


def extent(spec: Specifics, v: Value) -> tuple[int, int]:
    """The first and last tokens a value is read from: a day of the month with its month
    ("Oct. 30", "30 October"), any other value alone."""
    if v.tag.startswith(DATE_TAG):
        for m in spec.values:
            if m.tag.startswith(MONTH_TAG) and m.last + 1 == v.first:
                return m.first, v.last
            if m.tag.startswith(MONTH_TAG) and m.first == v.last + 1:
                return v.first, m.last
    return v.first, v.last


def _dates_a_report(spec: Specifics, v: Value) -> bool:
    """ "said on Monday", "said on Oct. 3" date the statement, not the event: both days
    can be true (:func:`..numbers.dates_a_statement`, the one reading of it)."""
    return dates_a_statement([t.low for t in spec.tokens], *extent(spec, v))


#: Words that open a place: "in federal court Monday" dates what happened in court.
_PLACE_LEADS = frozenset((
    "in", "at", "inside", "outside", "near", "over", "across", "throughout", "through", "along",
    "around", "into",
))  # fmt: skip
#: Tokens a place's words may stand between its opening and the date: "in *the* court".
_PLACE_WORDS = 3


def _anchor_word(spec: Specifics, i: int, skip: set[int], names: bool) -> str | None:
    """The token's stem when it can tell the event a date dates: not a date, a common or
    time word, nor (before the date) a name: "annexed East *Timor* in 1976" dates the
    annexing, while "in March at *St Columba's*" places the dated event."""
    token = spec.tokens[i]
    if not token.stem or i in skip or token.stem in GENERIC or token.stem in TIME_OF_DAY:
        return None
    if token.stem in TIME_UNITS or (not names and i and capitalised(token)):
        return None
    return token.stem


def _anchors(spec: Specifics, v: Value) -> tuple[str | None, str | None]:
    """The nearest telling word before and after a date, in its clause: the event it
    dates. A place before the date is passed over for the word before it: in "opened in
    federal court Monday" or "open at Carlow Crown Court on Monday" the date is the
    opening's, not the court's. A town or a country after it ("began on Monday *in
    Orrin*", "resumed on Wednesday in Orrin") is where many steps of a story happen, and
    is no word after it when a word before the date tells the step; a date that opens its
    sentence ("On Sunday *in Kestra*, voters chose ...") has only the town to tell it by. A
    venue ("held in March *at St Columba's Church*") is a word after it."""
    tokens = spec.tokens
    skip = {i for d in spec.values if d.kind == "date" for i in range(d.first, d.last + 1)}
    clause = tokens[v.first].clause
    left = None
    i, steps = v.first - 1, 0
    placed = False  # one place is passed over, never a second: "demonstrations in
    # Tiananmen Square in 1989" dates the demonstrations
    while i >= 0 and steps < 5 and tokens[i].clause == clause:
        if i and capitalised(tokens[i]) and not placed:
            # a named place is passed over whole: "open at *Carlow Crown Court* on Monday"
            k = i
            while k > 0 and i - k < 4 and capitalised(tokens[k - 1]):
                k -= 1
            if k > 0 and tokens[k - 1].low in _PLACE_LEADS and tokens[k - 1].clause == clause:
                i, steps, placed = k - 2, steps + 1, True
                continue
        word = _anchor_word(spec, i, skip, names=False)
        if word is not None:
            # the words between an opening and the anchor are a place's own: content
            # words and articles ("in federal court"), never "would" ("across the bay
            # would resume": the resuming is dated)
            k = i - 1
            while (
                k >= 0
                and i - k <= _PLACE_WORDS
                and tokens[k].low not in _PLACE_LEADS
                and (tokens[k].stem or tokens[k].low in ("the", "a", "an"))
            ):
                k -= 1
            if (
                not placed
                and k >= 0
                and i - k <= _PLACE_WORDS
                and tokens[k].low in _PLACE_LEADS
                and tokens[k].clause == clause
            ):
                i, steps, placed = k - 1, steps + 1, True  # "in federal court": a place
                continue
            left = word
            break
        i, steps = i - 1, steps + 1
    right = None
    for j in range(v.last + 1, min(len(tokens), v.last + 4)):
        if tokens[j].clause != tokens[v.last].clause:
            break
        if (
            left is not None
            and tokens[j].low == "in"
            and j + 1 < len(tokens)
            and capitalised(tokens[j + 1])
        ):
            break  # "began on Monday *in Orrin*": the town of many steps, not the event
        if (word := _anchor_word(spec, j, skip, names=True)) is not None:
            right = word
            break
    return left, right


#: Words before a year that make it part of a thing's name: "*the* 2016 election",
#: "*its* 2018 report".
_DETERMINERS = DETERMINERS | {"whose", "each"}


def names_a_thing(spec: Specifics, v: Value) -> bool:
    """Does the year tell which thing is meant rather than when something happened:
    "the 2016 election", "its 2018 report", "Britain's 2012 budget"? Two such years
    name two things (two elections, two reports), and never conflict."""
    tokens = spec.tokens
    if not v.tag.startswith(YEAR_TAG) or v.first == 0 or v.last + 1 >= len(tokens):
        return False
    before, after = tokens[v.first - 1], tokens[v.last + 1]
    if after.part != tokens[v.last].part or not after.stem or after.stem[:1].isdigit():
        return False
    return before.low in _DETERMINERS or before.low.endswith(("'s", "s'"))


def _days(spec: Specifics) -> list[Value]:
    """The sentence's days of the month ("Oct. 30"), statements' dates aside."""
    return [v for v in spec.values if v.tag.startswith(DATE_TAG) and not _dates_a_report(spec, v)]


def _in_clause(spec: Specifics, v: Value) -> frozenset[str]:
    """The telling words and names of a date's own clause, other dates aside."""
    clause, skip = spec.tokens[v.first].clause, set(spec.value_at)
    return frozenset(
        t.stem
        for i, t in enumerate(spec.tokens)
        if t.clause == clause and i not in skip and t.stem and t.stem not in GENERIC
        and t.stem not in TIME_UNITS and t.stem not in TIME_OF_DAY
    )  # fmt: skip


def _event_word_elsewhere(spec: Specifics, v: Value, other: Specifics) -> bool:
    """Does the other sentence use the word that tells what the date dates ("*posted*
    Oct. 30"), not next to its own date? It then dates another step of the story, or
    none: "arrested Oct. 2 and charged" / "charged Oct. 5". A name beside the date
    ("Oct. 29 that *Spacey* ...") tells no step."""
    stems = {t.stem for t in other.tokens if t.stem}
    left, right = _anchors(spec, v)
    first = extent(spec, v)[0]
    # the word after a date is its event only when the date stands before it as a
    # modifier ("the Oct. 4 *capsizing*"), not in "on Oct. 12 that the *orchestra* ..."
    modifies = first > 0 and spec.tokens[first - 1].low in _DETERMINERS
    for word in (left, right if modifies else None):
        if word is None:
            continue
        at = next((t for t in spec.tokens if t.stem == word), None)
        if at is not None and not capitalised(at) and word in stems:
            return True
    return False


def _one_event_days(a: Specifics, b: Specifics, v: Value, w: Value) -> bool:
    """Do two alike sentences give one event two days of the month, with other words
    beside each: "a BuzzFeed article posted Oct. 30" / "told BuzzFeed in an interview on
    Oct. 29"? Each gives that one day, the dates' clauses share a word ("BuzzFeed"), the
    rest of the sentences share a few ("actor", "Rapp", "Spacey"), and neither date's own word is one the other sentence uses elsewhere (then the two date
    two steps: "arrested Oct. 2 and charged" / "charged Oct. 5")."""
    if len(_days(a)) != 1 or len(_days(b)) != 1 or _days(a)[0] is not v or _days(b)[0] is not w:
        return False
    if not _in_clause(a, v) & _in_clause(b, w):
        return False
    # what the sentences say besides the dates' clauses is one statement too
    rest_a, rest_b = _outside_clause(a, v), _outside_clause(b, w)
    if len(rest_a & rest_b) < ONE_EVENT_REST:
        return False
    return not (_event_word_elsewhere(a, v, b) or _event_word_elsewhere(b, w, a))


#: Telling words two sentences must share outside the clauses of their dates.
ONE_EVENT_REST = 2


def _outside_clause(spec: Specifics, v: Value) -> frozenset[str]:
    """The telling words and names of the sentence outside a date's own clause."""
    clause = spec.tokens[v.first].clause
    return frozenset(
        t.stem
        for i, t in enumerate(spec.tokens)
        if t.clause != clause and i not in spec.value_at and t.stem and t.stem not in GENERIC
    )


#: Words that date one step of a planned thing, whichever an outlet uses: it is
#: "scheduled for" or "held on" a day; it "begins", "starts" or "opens" on one; it
#: "closes" or is "shut" until one; it "reopens" or "resumes" on one.
_DATED_ALIKE = {
    "schedul": "held", "held": "held", "hold": "held", "slate": "held",
    "begin": "begin", "began": "begin", "start": "begin", "open": "begin",
    "close": "close", "shut": "close", "shutter": "close",
    "reopen": "resume", "resum": "resume",
}  # fmt: skip


def _dated(anchor: str | None) -> str | None:
    """The step a date's word tells, one name for the words of :data:`_DATED_ALIKE`."""
    return _DATED_ALIKE.get(anchor, anchor) if anchor else anchor


#: Telling words a day's event word may stand before it, its object between: "*filed*
#: legal paperwork Wednesday", "*filed* a motion on Monday".
OBJECT_REACH = 3


def _dated_within(spec: Specifics, v: Value, word: str, other: Specifics, w: Value) -> bool:
    """Is ``word`` (another sentence's word for what its day dates) the word of this day's
    event, standing before it with at most its object between (:data:`OBJECT_REACH`
    telling words), in its clause and with no other date between: "a court *filing* on
    Thursday" / "*filed* legal paperwork Wednesday" date one filing? A word with others
    between is the event's only as its verb ("*filed* legal paperwork", not "a *crash*
    probe", "the *body* of the hiker"), and no verb stands between: "the *bill* was signed
    Friday" dates the signing of what "passed the bill Tuesday" dates the passing of."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    told = 0
    for i in range(v.first - 1, max(-1, v.first - 1 - 2 * OBJECT_REACH), -1):
        if tokens[i].clause != clause or i in spec.value_at:
            return False
        if tokens[i].stem == word and not capitalised(tokens[i]):
            if told and not has_verb(tokens[i].low, ing=False):
                return False
            return _plainly_dated(spec, i, v, other, w)
        told += tokens[i].stem is not None
        if told >= OBJECT_REACH:
            return False
    return False


def _plainly_dated(spec: Specifics, k: int, v: Value, other: Specifics, w: Value) -> bool:
    """Do the words between the word at ``k`` and the date ``v`` hold no verb of their own
    (:func:`.verbs.tells_the_past`)? "a court filing *on* Thursday", "filed *legal
    paperwork* Wednesday" date the filing; "the filing *was made public* Wednesday", "the
    deadline for the filing *is* Friday" date another step, as "a *second* filing" is
    another filing (:data:`.lexicon.ANOTHER_OR_NEW`). An owner the ``other``
    sentence does not name before its date ``w`` makes the step another's: "the *council's*
    filing on Thursday" / "Orrin Capital filed the lawsuit Monday against the council"."""
    clause = spec.tokens[v.first].clause
    if any(t.clause == clause and t.low in ANOTHER_OR_NEW for t in spec.tokens):
        return False  # "a *second* filing on Friday", "the attack at *another* checkpoint"
    owner = spec.tokens[k - 1] if k else None
    if (
        owner is not None
        and _OWNER.search(owner.low)
        and all(t.stem != owner.stem for t in other.tokens[: w.first])
    ):
        return False
    return not tells_the_past(" ".join(t.low for t in spec.tokens[k + 1 : v.first]))


#: A possessive ending: "the *council's* filing".
_OWNER = re.compile(r"['’]s$")


def _anchor_plainly_dated(spec: Specifics, v: Value, word: str, other: Specifics, w: Value) -> bool:
    """:func:`_plainly_dated` for a date's own nearest word before it (:func:`_anchors`)."""
    clause = spec.tokens[v.first].clause
    for k in range(v.first - 1, -1, -1):
        if spec.tokens[k].clause != clause:
            return False
        if spec.tokens[k].stem == word:
            return _plainly_dated(spec, k, v, other, w)
    return False


def date_conflicts(a: Specifics, b: Specifics, alike: bool = False) -> list[tuple[Value, Value]]:
    """Pairs of differing weekdays, months or years that date the same event.

    The nearest telling word on one side of each date is the same ("*reopen* Wednesday"
    / "*reopen* Thursday", "*scheduled for* May 14" / "*held on* June 14":
    :data:`_DATED_ALIKE`), or stands before one day of the month and after the other
    ("*crashed* Sept. 2" / "the Sept. 3 *crash*"). Sentences the caller found ``alike``
    may also give one event's day with other words beside it (:func:`_one_event_days`).
    """
    only_a, only_b = _exclusive(a, b, "date")
    pairs = []
    for v in only_a:
        for w in only_b:
            if v.tag[0] != w.tag[0] or _dates_a_report(a, v) or _dates_a_report(b, w):
                continue
            if names_a_thing(a, v) or names_a_thing(b, w):
                continue
            (left_a, right_a), (left_b, right_b) = _anchors(a, v), _anchors(b, w)
            if (left_a and _dated(left_a) == _dated(left_b)) or (
                right_a and _dated(right_a) == _dated(right_b)
            ):
                pairs.append((v, w))
                break
            if v.tag.startswith(DAY_TAGS) and (
                (
                    left_a
                    and _dated_within(b, w, left_a, a, v)
                    and _anchor_plainly_dated(a, v, left_a, b, w)
                )
                or (
                    left_b
                    and _dated_within(a, v, left_b, b, w)
                    and _anchor_plainly_dated(b, w, left_b, a, v)
                )
            ):
                pairs.append((v, w))  # "a court *filing* on Thursday" / "*filed* papers Wednesday"
                break
            if v.tag.startswith(DATE_TAG) and (
                (left_a and left_a == right_b)
                or (right_a and right_a == left_b)
                or (alike and _one_event_days(a, b, v, w))
            ):
                pairs.append((v, w))
                break
    return pairs


#: The periods a figure may be counted per, by the nouns that name them after "a", "per",
#: "each", "every": "40 people *a year*", "$2 million *a day*".
_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "annum": "year"}
#: The adverbs of a period: "237 tonnes of ash *daily*", "$237 million *annually*".
_PERIOD_ADVERBS = {
    "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
}  # fmt: skip
#: What :func:`rate_of` gives a figure beside the adjective "annual": the year's figure,
#: which may be one year's ("an annual loss of $237 million" is last year's loss) or
#: what is usual ("an annual $237 million in damage"); see :func:`occasions_apart`.
ANNUAL = "annual"
#: Words before a period that make a figure counted per period: "*a* year", "*each* year".
_PER = frozenset(("a", "an", "per", "each", "every"))
#: Words after "a year" that make it a time, not a period counted per: "a year *ago*", "a
#: day *after* the vote".
_NOT_PER = frozenset(("ago", "earlier", "later", "before", "after", "since", "into", "of"))
#: The words after a figure read for the period it is counted per.
RATE_REACH = 8


def _ends_phrase(tokens: Sequence[Token], k: int) -> bool:
    """Does the word at ``k`` end its phrase: last of the sentence or of its clause, or
    followed by a preposition ("237 tonnes of ash daily *from* its chimney")? An adverb of
    a period does; the adjective does not ("the *daily* briefing", "the Kessel *Daily*")."""
    return (
        k + 1 == len(tokens)
        or tokens[k + 1].clause != tokens[k].clause
        or tokens[k + 1].low in PREPOSITIONS
    )


def rate_of(spec: Specifics, v: Value) -> str | None:
    """The period a figure is counted per ("day", "week", "month", "year"), :data:`ANNUAL`
    beside the adjective "annual", or None for a figure of one occasion. "Floods kill
    about 40 people *a year*", "$237 million *a year*", "237 homes *annually*" (an adverb
    ending its phrase, written small: not "the *daily* briefing", "the Kessel *Daily*");
    not "40 people died *a year ago*", "237 homes *a day after* the flood", "40 people
    *in a day*", "laid off 237 workers *within a year*" (a span, after a preposition), a
    speed ("90 kilometres an hour", a measure of its own), nor a share ("interest rates
    of 40 percent a year" are the "interest rates of 40 percent" another outlet gives)."""
    if v.unit in ("%", "pp"):
        return None
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    annual = False
    for k in range(v.last + 1, min(len(tokens), v.last + 1 + RATE_REACH)):
        token = tokens[k]
        if token.clause != clause or k in spec.value_at:
            break
        if token.low in _PERIOD_ADVERBS and token.text == token.low and _ends_phrase(tokens, k):
            return _PERIOD_ADVERBS[token.low]  # "237 homes annually"
        annual = annual or token.low == "annual"  # "$237 million annual budget"
        if token.low in _PER and k + 1 < len(tokens) and tokens[k + 1].low in _PERIODS:
            after = tokens[k + 2].low if k + 2 < len(tokens) else ""
            if after in _NOT_PER:
                return None
            if token.low in ARTICLES and tokens[k - 1].low in PREPOSITIONS:
                continue  # "40 people in a day": a span
            return _PERIODS[tokens[k + 1].low]
    before = [t.low for t in tokens[max(0, v.first - 3) : v.first] if t.clause == clause]
    if annual or "annual" in before:  # "an annual $237 million", "annual losses of $40 million"
        return ANNUAL
    return None


#: Words just before a figure that make it the base a change is told from, an earlier
#: occasion's: "480 homes, *up from* 237".
_CHANGED_FROM = (("up", "from"), ("down", "from"))
#: Determiners between "than" and a figure compared with: "more homes than *the* 237".
_COMPARED_DETERMINERS = frozenset(("the", "its", "their"))
#: Verbs that compare with the figure after "the", like "than the": "480 homes, *surpassing
#: the* 237 lost in 2019", "the toll, which *exceeded the* 9 killed in the 2004 flood".
_COMPARING = frozenset((
    "surpass", "surpassed", "surpasses", "surpassing", "exceed", "exceeded", "exceeds",
    "exceeding", "topped", "topping", "eclipsed", "eclipsing", "outstripped", "outstripping",
))  # fmt: skip
#: Words just before a figure compared with: "$237 million, *compared with* $180 million in
#: 2019"; like "than the", another occasion's only when its clause says so.
_COMPARED_TO = frozenset((("compared", "with"), ("compared", "to")))
#: Words after a figure compared with that tell an earlier occasion: "the 237 lost in the
#: *last* flood", "*previous*".
_EARLIER = ANOTHER_ONE | {"last"}


def compared_with(spec: Specifics, v: Value) -> bool:
    """Is the figure another occasion's, told to compare this one's with: the base of a
    change ("480 homes, up from 237"), a figure after "than the", a verb comparing and
    "the" ("surpassing the 237", "which exceeded the 9": :data:`_COMPARING`) or "compared
    with", whose clause tells another occasion by a year or an earlier one ("more homes
    than the 237 lost in the 2019 flood", "… in the last flood", "earned $237 million,
    compared with $180 million in 2019"), one in a clause opened by "when" right after a
    year ("the worst flood since 2019, when 237 homes were destroyed"), or one in a
    relative clause describing a dated occasion that "than", "as" or "since" opens ("twice
    as many homes as the 2019 flood, which destroyed 237")? Not a bound ("more than 237
    homes" counts this occasion's), nor another party's figure of this occasion ("51
    percent, compared with 34 percent for his rival")."""
    tokens, first = spec.tokens, v.first
    clause = tokens[first].clause
    before = [t.low for t in tokens[max(0, first - 2) : first] if t.clause == clause]
    if any(tuple(before[-len(words) :]) == words for words in _CHANGED_FROM):
        return True
    if (
        len(before) == 2
        and before[-1] in _COMPARED_DETERMINERS
        and (before[-2] == "than" or before[-2] in _COMPARING)
    ) or (tuple(before) in _COMPARED_TO):
        return any(
            w.tag.startswith(YEAR_TAG) and tokens[w.first].clause == clause and w.first > v.last
            for w in spec.values
        ) or any(t.clause == clause and t.low in _EARLIER for t in tokens[v.last + 1 :])
    opening = next(k for k in range(first + 1) if tokens[k].clause == clause)
    if opening == 0:
        return False
    if tokens[opening].low == "when" and any(
        w.tag.startswith(YEAR_TAG) and w.last == opening - 1 for w in spec.values
    ):
        return True
    # "twice as many homes as the 2019 flood, which destroyed 237": the other term of a
    # comparison, a dated occasion, described by a relative clause
    return tokens[opening].low in _RELATIVE and any(
        w.tag.startswith(YEAR_TAG)
        and opening - _DATED_REACH <= w.last < opening
        and any(_compares(tokens, k) for k in range(max(0, w.first - _DATED_REACH), w.first))
        for w in spec.values
    )


def _compares(tokens: Sequence[Token], k: int) -> bool:
    """Does the word at ``k`` open the other term of a comparison: "*than*", "*since*", or an
    "as" that a first "as" of the comparison precedes ("twice *as* many homes *as* the 2019
    flood"); not the "as" of a name ("known *as* the 2019 Relief Act") or of a role."""
    low = tokens[k].low
    if low != "as":
        return low in _COMPARED_TERM
    clause = tokens[k].clause
    return any(t.low == "as" and t.clause == clause for t in tokens[max(0, k - _AS_REACH) : k])


#: What opens a clause describing the other term of a comparison: "the 2019 flood, *which*
#: destroyed 237", "… in 2019, *when* 237 homes were lost".
_RELATIVE = frozenset(("which", "when", "that"))
#: The words opening the other term of a comparison: "*than* the 2019 flood", "*as* the
#: 2019 flood", "*since* the 2019 flood".
_COMPARED_TERM = frozenset(("than", "as", "since"))
#: How far (in words) from the relative clause the year of the other term stands, and from
#: the year the word opening that term.
_DATED_REACH = 3
#: How far (in words) before a comparison's second "as" its first stands: "*as* many homes
#: *as*", "*as* many as", "*as* much damage to the valley *as*".
_AS_REACH = 6


#: What :func:`_when` gives a figure told of an earlier year's occasion ("*last year's*
#: flood killed 12 people", "12 people died *two years ago*") and one told of this one by
#: its day or week ("*Tuesday's* flood", "the flood *on Monday*", "*this week*").
EARLIER, NOW = "earlier", "now"
#: Words before "year" that make it an earlier one: "*last* year's flood", "the *previous*
#: year"; not after "than" or "since" ("the worst *since last year*" tells this one's).
_LAST = frozenset(("last", "previous", "prior"))
#: Words after "year(s)" that make it a time before the story's: "two years *ago*".
_BACK = frozenset(("ago", "earlier", "before"))
#: Words before "year", "week" or "month" that make it the story's own: "*this* week".
_THIS = frozenset(("this",))
#: Words that tell the story's own day: "*today*", "*yesterday*".
_TODAY = frozenset(("today", "tonight", "yesterday"))


def _when(spec: Specifics, v: Value) -> str | None:
    """When the figure's clause sets its occasion: :data:`EARLIER`, an earlier year told as
    background ("*Last year's* flood in Varnholt killed 12 people", "12 people died in a
    flood *two years ago*"); :data:`NOW`, the story's own days ("*Tuesday's* flood", "the
    flood *on Monday* killed 12", "*this week*", "*yesterday*"); None when it says
    neither. A day said of a statement is not the event's ("said on Tuesday"); a day beside
    a year may be that year's, and is read as neither. A clause telling both is read as
    neither: the earlier year is then another thing's ("Tuesday's flood killed 12 people in
    a town rebuilt *two years ago*"), as is "in the last year", the twelve months past."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    inside = [k for k, t in enumerate(tokens) if t.clause == clause]
    lows = [t.low for t in tokens]
    earlier = False
    for k in inside:
        if tokens[k].stem != "year" or k == v.last + 1:
            continue  # not the figure's own years: "sentenced to 12 years"
        before = lows[k - 1] if k else ""
        lead = lows[k - 2] if k > 1 else ""
        after = lows[k + 1] if k + 1 < len(lows) else ""
        if (
            before in _LAST
            and lead not in ("than", "since")
            and not (before == "last" and lead == "the")
        ) or (after in _BACK and lows[k].endswith("s") == (k - 1 in spec.value_at)):
            earlier = True
            break
    if any(w.tag.startswith(YEAR_TAG) and tokens[w.first].clause == clause for w in spec.values):
        return EARLIER if earlier else None
    now = False
    for k in inside:
        day = _OWNER.sub("", lows[k])
        if (
            day in _TODAY
            or (day in WEEKDAYS and day != lows[k])  # "today", "Tuesday's"
            or (k and lows[k - 1] in _THIS and tokens[k].stem in ("week", "month", "year"))
        ):
            now = True
            break
    else:
        now = any(
            w.tag.startswith(WEEKDAY_TAG) and tokens[w.first].clause == clause for w in spec.values
        )
    if earlier:
        return None if now else EARLIER
    return NOW if now else None


def _occasion(spec: Specifics, v: Value) -> str | None:
    """How a figure is counted: per a period (:func:`rate_of`), as what another is compared
    with (:func:`compared_with`), of an earlier year's occasion or of the story's own days
    (:func:`_when`), or None for a figure of the sentence's own occasion."""
    return rate_of(spec, v) or ("compared" if compared_with(spec, v) else None) or _when(spec, v)


def occasions_apart(a: Specifics, b: Specifics) -> bool:
    """Do two sentences give their figures in common each per another period, or one per
    a period and the other of one occasion (:func:`rate_of`), or one as what another figure
    is compared with and the other as its own (:func:`compared_with`)? "Floods kill about
    40 people a year in Tessaly" tells what is usual, "The flood killed 40 people in
    Tessaly" what one flood did; "The flood destroyed more homes than the 237 lost in 2019"
    what another flood did: one figure of two facts. Figures shared by tag
    (:mod:`.numbers`), every such pair read; False when they share none, or any shared one
    is counted alike (:func:`_counted_apart`: an annual figure and one of one occasion
    are alike), and a figure compared with is read as the other's own when the two
    sentences give one year ("480 homes, up from 237 in 2019" / "The 2019 flood destroyed
    237 homes"). A figure of an earlier year's occasion is apart from one dated to the
    story's own days (:func:`_when`: "Last year's flood killed 12 people" / "Tuesday's
    flood killed 12 people"), not from one dated neither way."""
    pairs = [
        (v, w)
        for v in a.values
        if v.kind == "number" and not v.label
        for w in b.values
        if w.tag == v.tag and w.kind == "number" and not w.label
    ]
    if not pairs:
        return False
    years = {v.tag for v in a.values if v.tag.startswith(YEAR_TAG)}
    one_year = any(w.tag in years for w in b.values)

    def read(spec: Specifics, v: Value) -> str | None:
        return rate_of(spec, v) if one_year else _occasion(spec, v)

    return all(_counted_apart(read(a, v), read(b, w)) for v, w in pairs)


def _counted_apart(one: str | None, other: str | None) -> bool:
    """Are two figures counted apart, each read by :func:`_occasion`? Two readings differ;
    but an annual figure (:data:`ANNUAL`) is a figure per year or one year's figure ("an
    annual loss of $237 million" / "lost $237 million last year", "the annual festival drew
    40,000" / "40,000 attended the festival"), apart only from another period's or a figure
    compared with."""
    if {one, other} == {EARLIER, NOW}:
        return True
    one, other = (None if x in (EARLIER, NOW) else x for x in (one, other))
    if ANNUAL in (one, other):
        return {one, other} - {ANNUAL, "year", None} != set()
    return one != other


def definite(spec: Specifics, v: Value) -> bool:
    """Is the figure part of a definite reference ("*the* three men", "*those* two
    firms"): a group the article named before, whichever of the story's groups it is,
    rather than a count it reports?"""
    return v.first > 0 and spec.tokens[v.first - 1].low in ("the", "these", "those")


def shared_counts(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
    """Figures both sentences give for the same thing: one fact they both state.

    "Two people were killed, police said" and "Two people were killed and 14
    were injured" both count the dead as two, whatever else either adds.

    A figure that is part of a name counts nothing ("the Humboldt 35", a newspaper's
    series, and "The Humboldt 35: Why …?", its title, share a name, not a count), and one
    end of a range is a count only beside the same range: "complained seven to 10 times"
    gives no "10 times" that "10 times safer" could back (:func:`in_range`). A group
    both take as known (:func:`definite`: "the two women he met" / "the two women the
    police accused") is no count either states: what each says of the group is its own.
    """
    pairs = []
    for v in a.values:
        if v.kind != "number" or not v.countable or v.label:
            continue
        ranged, known = in_range(a, v), definite(a, v)
        for w in b.values:
            if (
                w.tag == v.tag
                and w.countable
                and not w.label
                and in_range(b, w) == ranged
                and not (known and definite(b, w))
                and compatible(v, w)
                and same_role(a, v, b, w)
            ):
                pairs.append((v, w))
                break
    return pairs


#: The least amount a figure must state to be one no other fact of a story gives by chance.
SPECIFIC_AMOUNT = 100
#: Determiners that make a figure one the reader is taken to know, mentioned in passing
#: rather than stated: "one of *the* 162 injured", "*her* $26.6 million fortune".
_GIVEN = (DETERMINERS - ARTICLES - {"that"}) | {"the"}


def _stated(spec: Specifics, v: Value) -> bool:
    """Is the figure a count or a measure the sentence states: not a date, an age, a span
    of time or a label ("Flight 8501"), nor taken as known ("most of *the* 161
    candidates", "*her* $26.6 million fortune")?"""
    if v.kind != "number" or v.label or v.unit == "age":
        return False
    if v.first and spec.tokens[v.first - 1].low in _GIVEN:
        return False
    return _head(spec, v) not in TIME_UNITS


def _specific(v: Value) -> bool:
    """Is a stated figure one that two sentences of a story give for one thing only: 100
    or more, not rounded to its first digit, not a share ("230", "9,509", "$34 billion",
    "137 metres"; not "200", "$200 billion", "1,000", "25 percent")?"""
    amount = v.amount
    if v.unit in ("%", "pp") or amount < SPECIFIC_AMOUNT or amount != int(amount):
        return False
    return len(str(int(amount)).rstrip("0")) >= 2


#: How many times one amount may be another that is the same quantity told in another unit
#: of one measure (:data:`.numbers.MEASURES`), which this reader does not convert: a yen or a
#: rupee is a hundredth of a dollar or less, a metre a thousandth of a kilometre.
MEASURE_RATIO = 1000.0


def _one_quantity_in_two_units(v: Value, w: Value) -> bool:
    """Might two figures in two units of one measure be one quantity told in each, as far
    as a reader that converts neither can tell: within :data:`MEASURE_RATIO` of each other
    ("valued at $9.1 billion" / "valuing the business at £5bn", "would run 40 km" / "a
    pipeline of 90 miles"; not "$9.1 billion" / "£350")?"""
    measure = MEASURES.get(v.unit or "")
    if v.unit == w.unit or measure is None or MEASURES.get(w.unit or "") != measure:
        return False
    low, high = sorted((v.amount, w.amount))
    return low > 0 and high <= MEASURE_RATIO * low


def others_besides(a: Specifics, b: Specifics, common: Sequence[tuple[Value, Value]]) -> bool:
    """Do the figures each sentence gives besides those in ``common`` (figures both give for
    one thing, :func:`specific_shared`) count other things than every figure of the other?
    "At *$455* a share … the deal would be valued at *$9.1 billion*" / "owners would be
    offered *$455* (*£350*) per share, valuing the business at more than *$9bn*": the value
    and the price in pounds both may be true beside the price both state. Not when a figure
    of one and a figure of the other count the same thing (:func:`same_role`, in any unit):
    "*2,100* jobs would be cut" / "with *1,800* jobs to go"; nor when two of them in one unit
    cannot both be true (:func:`compatible`), whatever words stand beside them: "approved
    *161* contestants" / "allowed only *167* to run" may be one count told two ways; nor
    when two of them are sums in two currencies, or lengths, weights and the like in two
    units, that may be one quantity (:func:`_one_quantity_in_two_units`): "valued at *$9.1
    billion*" / "valuing the business at *£5bn*" may be one value told two ways that
    disagree, and no rate is known here to tell."""
    used_a = {id(v) for v, _ in common}
    used_b = {id(w) for _, w in common}
    rest_a = [v for v in a.values if v.kind == "number" and id(v) not in used_a]
    rest_b = [w for w in b.values if w.kind == "number" and id(w) not in used_b]
    if any(
        (v.unit == w.unit and not compatible(v, w)) or _one_quantity_in_two_units(v, w)
        for v in rest_a
        for w in rest_b
    ):
        # two counts in one unit that cannot both be true, or one measure in two units:
        # perhaps one count told two ways that disagree ("approved 161 contestants" /
        # "allowed only 167 to run", "valued at $9.1 billion" / "valuing it at £5bn")
        return False
    return not any(
        same_role(a, v, b, w, any_unit=True) or same_role(b, w, a, v, any_unit=True)
        for v in rest_a
        for w in [*rest_b, *(w for _, w in common)]
    ) and not any(same_role(b, w, a, v, any_unit=True) for w in rest_b for v, _ in common)


#: A sentence telling one party's answer to another's (:data:`.lexicon.ANSWER_WORDS`: "China
#: responded with *its own* tariffs on US goods worth $34 billion", "Brenmark *hit back*
#: with duties on $34 billion of goods"): a figure it shares with a sentence that tells no
#: answer may well be the first party's, of another thing.
_IN_KIND = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w[:-1]) if w.endswith("*") else re.escape(w) + r"\b"
        for w in sorted(ANSWER_WORDS, key=len, reverse=True)
    )
    + ")",
    re.IGNORECASE,
)


def _names_in_order(spec: Specifics, v: Value) -> tuple[str, ...]:
    """The names in a figure's stretch of punctuation, days and months aside, each once in
    the order the sentence gives them: whose thing it counts ("tariffs on *US* goods worth
    $34 billion"), and who acts on whom ("*Tessaly* imposed tariffs on $34 billion of
    *Brenmark* goods")."""
    part = spec.tokens[v.first].part
    return tuple(
        dict.fromkeys(
            name_part(t)
            for t in spec.tokens
            if t.part == part and capitalised(t) and t.low not in WEEKDAYS and t.low not in MONTHS
        )
    )


def specific_shared(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
    """Figures both sentences state (:func:`_stated`), in one unit and both possibly true,
    whichever words stand beside each (:func:`same_role` asks the nearest ones), when
    together they are specific: one figure no other fact of a story gives by chance
    (:func:`_specific`: "tariffs on *$34 billion* in Chinese imports" / "tariffs on
    Chinese goods worth *$34 billion*"), or two figures or more ("raise tariffs on *$200
    billion* in Chinese goods to *25%* from *10%*" / "*25 percent* tariffs on a *$200
    billion* list …, up from the planned *10 percent*"). Empty otherwise.

    A figure is not shared when each one's stretch names someone and the two name no one
    in common, or name two parties each the other way round (:func:`_names_in_order`:
    "Tessaly imposed tariffs on $34 billion of Brenmark goods" / "Brenmark drew up a list
    of $34 billion in Tessaly exports"), nor by a sentence telling an answer
    (:data:`_IN_KIND`) and one that tells none: one figure of two parties' things
    ("Washington imposed tariffs on $34 billion of Chinese goods" / "China responded with
    its own tariffs on US goods worth $34 billion", "Brenmark hit back with duties on
    goods worth $34 billion").
    """
    if (_IN_KIND.search(a.text) is None) != (_IN_KIND.search(b.text) is None):
        return []
    pairs = []
    for v in a.values:
        if not _stated(a, v):
            continue
        for w in b.values:
            if (
                w.tag == v.tag
                and (v.countable or w.countable)
                and not _units_differ(v, w)
                and _stated(b, w)
                and compatible(v, w)
            ):
                named, other = _names_in_order(a, v), _names_in_order(b, w)
                if named and other and set(named).isdisjoint(other):
                    continue
                both = set(named) & set(other)
                if len(both) >= 2 and [n for n in named if n in both] != [
                    n for n in other if n in both
                ]:
                    continue  # two parties each way round: who acts on whom differs
                pairs.append((v, w))
                break
    if len({v.tag for v, _ in pairs}) >= 2 or any(_specific(v) for v, _ in pairs):
        return pairs
    return []


#: Nouns that count one kind of thing, whichever an outlet uses: "22 *planes*" and "22
#: *aircraft*" are one fleet.
_SAME_KIND = {
    "plane": "aircraft", "airplan": "aircraft", "aircraft": "aircraft", "jet": "aircraft",
    "jetlin": "aircraft",
}  # fmt: skip
#: Words of the kind whose stem another thing shares: "airliners" are aircraft, while
#: "airlines" (the same stem) are the carriers that fly them.
_SAME_KIND_WORDS = {"airliner": "aircraft", "airliners": "aircraft"}
#: Words between a change's new figure and "from" its base: "22 aircraft _ *down* from 54"
#: (wire copy writes a dash as "_", a word; a dash itself is none, and ends the clause).
_CHANGE_WAYS = frozenset(("down", "up", "_"))


class Change(NamedTuple):
    """A figure told with the one it changed from: "cut its fleet *to 22 planes from 57*"."""

    new: Value
    base: Value
    #: what both count, one name for the words of :data:`_SAME_KIND`: "aircraft"
    noun: str


def _kind_of(token: Token) -> str | None:
    """The counted noun a token names, when it can tell what a change counts."""
    if not token.stem or token.stem in GENERIC or token.stem in TIME_UNITS or capitalised(token):
        return None
    if token.stem[:1].isdigit() or token.low.endswith("ed"):
        return None  # a participle says which figure ("54 *planned*"), not what it counts
    return _SAME_KIND_WORDS.get(token.low) or _SAME_KIND.get(token.stem, counted(token.stem))


#: Words that open a clause setting what precedes them at a moment: "down from 54 *when*
#: it was founded", "from 57 *after* the merger".
_MOMENT_OPENERS = frozenset(("when", "after", "once"))


def _ends_there(spec: Specifics, i: int) -> bool:
    """Does the statement of a change's base end at token ``i``: the sentence, its clause
    or a dash ends after it? "from 57." ends there; "from 20 *last year*", "from 18 *in
    2019*", "from 54 *planned*" and "from 54 *when* it was founded" go on to say which
    base: another moment or measure."""
    tokens = spec.tokens
    if i + 1 >= len(tokens):
        return True
    after = tokens[i + 1]
    if after.low in _MOMENT_OPENERS:
        return False
    # (a dash ends the clause; wire copy's "_" for one is a word)
    return after.clause != tokens[i].clause or after.part != tokens[i].part or after.low == "_"


def changes(spec: Specifics) -> list[Change]:
    """The changes a sentence tells with both ends and what they count: "to 22 planes
    from 57", "22 aircraft _ down from 54", "from 57 planes to 22", "from 57 to 22
    planes", "to 22 from 57 planes", "2.2 million passengers, down from 2.9 million".
    Only a base that ends its statement counts ("from 20 last year" is one moment's
    base, which another outlet's base of another moment does not contradict), and only
    when a counted noun stands beside a figure ("to 17 from 36" tells nothing of what it counts)."""
    tokens = spec.tokens
    # a figure of several words ("2.2 million") by its first, read on from its last
    numbers = {v.first: v for v in spec.values if v.kind == "number"}
    found = []
    for v in numbers.values():
        if not v.countable or v.label or v.bound != "=":
            continue
        i = v.last + 1
        noun = _kind_of(tokens[i]) if i < len(tokens) else None
        if noun:
            i += 1
        while i < len(tokens) and tokens[i].low in _CHANGE_WAYS:
            i += 1
        if i + 1 < len(tokens) and tokens[i].low == "from" and (i + 1) in numbers:
            base = numbers[i + 1]
            told_new = v.first > 0 and tokens[v.first - 1].low == "to"
            told_way = any(t.low in ("down", "up") for t in tokens[v.last + 1 : i])
            end = base.last
            if not noun and told_new and not _ends_there(spec, end):
                noun = _kind_of(tokens[end + 1])  # "to 22 from 57 planes"
                end += 1 if noun else 0
            if noun and (told_new or told_way) and _ends_there(spec, end):
                found.append(Change(v, base, noun))
            continue
        # "from 57 planes to 22"
        if v.first > 0 and tokens[v.first - 1].low == "from" and noun:
            j = v.last + 2
            if j + 1 < len(tokens) and tokens[j].low == "to" and (j + 1) in numbers:
                new = numbers[j + 1]
                ok = new.countable and new.bound == "=" and not new.label
                if ok and _ends_there(spec, new.last):
                    found.append(Change(new, v, noun))
        # "from 57 to 22 planes"
        k = v.last + 2
        if v.first > 0 and tokens[v.first - 1].low == "from" and k in numbers:
            new = numbers[k]
            after = new.last + 1
            noun = _kind_of(tokens[after]) if after < len(tokens) else None
            ok = new.countable and new.bound == "=" and not new.label
            if tokens[k - 1].low == "to" and noun and ok and _ends_there(spec, after):
                found.append(Change(new, v, noun))
    return [c for c in found if c.base.countable and c.base.bound == "=" and not c.base.label]


def base_told(spec: Specifics, v: Value) -> tuple[str, ...] | None:
    """What a change's base ("from 57") goes on to say of it up to the end of its
    statement: () for "from 57.", "from 57 planes.", "from 57 planes to 22." and "from
    57 to 22 planes.", ("plan",) for "from 54 planned", ("last", "year") for "from 20
    last year", what follows the new figure in "from 57 to 22 by 2024"; None when the
    figure is no base of a change."""
    tokens = spec.tokens
    if v.first == 0 or tokens[v.first - 1].low != "from":
        return None
    told: list[str] = []
    i = v.last
    numbers = {x.first for x in spec.values if x.kind == "number"}
    if i + 2 < len(tokens) and tokens[i + 1].low == "to" and i + 2 in numbers:
        i += 2  # "from 57 to 22": what follows the new figure is the change's
    elif (
        i + 3 < len(tokens)
        and tokens[i + 2].low == "to"
        and i + 3 in numbers
        and _kind_of(tokens[i + 1])
    ):
        i += 3  # "from 57 planes to 22": the noun counts both figures
    if not _ends_there(spec, i) and _kind_of(tokens[i + 1]) and _ends_there(spec, i + 1):
        i += 1  # "from 57 planes.", "from 57 to 22 planes.": the noun counts the figures
    while not _ends_there(spec, i) and len(told) < 4:
        i += 1
        told.append(tokens[i].stem or tokens[i].low)
    return tuple(told)
