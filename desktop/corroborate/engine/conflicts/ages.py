"""Judges of ages: one person given two ages, named beside the age on one side, on both,
or on neither."""

from __future__ import annotations

from ..text.figures import _aged as aged_names
from ..text.figures import compatible
from ..text.roles import capitalised
from ..text.specifics import Specifics, Value
from .context import fold_name, similar, telling_terms
from .periods import frames

#: Years two reports of one person's age may differ by (a birthday falls between them);
#: ages further apart, one of them given for no named person, are two people's.
AGE_SLACK = 2

_AGE_WORDS = frozenset(("year-old", "years-old", "year", "old", "age", "aged"))


def _ages(spec: Specifics) -> int:
    return sum(v.unit == "age" for v in spec.values)


def _the_aged(spec: Specifics, v: Value) -> bool:
    """Does the age stand for a person by itself, "*the 73-year-old*, who ...", "the
    73-year-old had pleaded guilty", rather than describe someone ("an 18-year-old
    friend", "his 9-year-old son")?"""
    tokens = spec.tokens
    if not v.first or tokens[v.first - 1].low != "the":
        return False
    i = v.last + 1
    while i < len(tokens) and tokens[i].low in _AGE_WORDS:
        i += 1
    return i == len(tokens) or tokens[i].part != tokens[i - 1].part or tokens[i].stem is None


def ages_of_one_person(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
    """Two ages for one person, named beside the age on one side only: "the 72-year-old
    Durst pleaded guilty in February" / "the 73-year-old ... had pleaded guilty in February".

    The unnamed age ("the 73-year-old", standing alone) is the sentence's subject, taken
    for the named one when each sentence gives one age only, the unnamed one's names no
    one else, both are set in the same period and say something in common, and the ages
    are a birthday apart at most (further apart, they are two people's).
    """
    for v in a.values:
        if v.unit != "age":
            continue
        for w in b.values:
            if w.unit != "age" or w.tag == v.tag or compatible(v, w):
                continue
            if abs(v.amount - w.amount) > AGE_SLACK or frames(a, v) != frames(b, w):
                continue
            who_a, who_b = aged_names(a, v), aged_names(b, w)
            if bool(who_a) == bool(who_b):
                continue  # both named: the figures' own judgement stands; neither: no one
            (unnamed, age), named = ((a, v), b) if not who_a else ((b, w), a)
            if not _the_aged(unnamed, age) or _ages(a) > 1 or _ages(b) > 1:
                continue  # "an 18-year-old friend", "his son, 9": someone beside the subject
            if {fold_name(n) for n in unnamed.names} - {fold_name(n) for n in named.names}:
                continue  # the unnamed age may be of someone else the sentence names
            if a.when != b.when and not similar(a, b):
                continue
            if (telling_terms(a.terms) & telling_terms(b.terms)) - _AGE_WORDS:
                return [(v, w)]
    return []


def _two_close_ages(
    a: Specifics, b: Specifics, slack: float = AGE_SLACK
) -> tuple[Value, Value] | None:
    """The one age each sentence gives, when they differ by a birthday or two (further
    apart, they are two people's: a father and a son), or by ``slack`` years; None
    otherwise."""
    if _ages(a) != 1 or _ages(b) != 1:
        return None
    v = next(x for x in a.values if x.unit == "age")
    w = next(x for x in b.values if x.unit == "age")
    if v.tag == w.tag or abs(v.amount - w.amount) > slack or compatible(v, w):
        return None
    return v, w


def one_named_age(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
    """Two ages for one person named the same way beside each, whatever else the
    sentences say: "Hale, a 34-year-old father of two, was killed" / "Hale, 36, was
    killed in the crash". Each sentence gives that one age, the names beside the ages
    are the same ("Hale" / "Hale", never "Tom Hale" / "Ann Hale"), and the ages are a
    birthday or two apart (further apart, they are two people's: a father and a son)."""
    ages = _two_close_ages(a, b)
    if ages is None:
        return []
    v, w = ages
    who_a, who_b = aged_names(a, v), aged_names(b, w)
    return [(v, w)] if who_a and who_a == who_b else []


def _aged_noun(spec: Specifics, v: Value) -> str | None:
    """The word an age describes, right after it: "a 26-year-old *man*", "the 7-year-old
    *boy*"; or right before it, set off by a comma: "the *driver*, 34,"; None when a name
    or nothing stands there ("Hale, 34,")."""
    i = v.last + 1
    while i < len(spec.tokens) and spec.tokens[i].low in _AGE_WORDS:
        i += 1
    if i >= len(spec.tokens) or i == v.last + 1:
        return _apposed_noun(spec, v)
    token = spec.tokens[i]
    if token.part != spec.tokens[v.last].part or not token.stem or capitalised(token):
        return None
    return token.stem


def _apposed_noun(spec: Specifics, v: Value) -> str | None:
    """The word a bare age set off after it describes: "the *driver*, 34, was arrested";
    None for a name ("Hale, 34") or a word of the age's own stretch."""
    k = v.first - 1
    if k < 0 or spec.tokens[k].part == spec.tokens[v.first].part:
        return None
    token = spec.tokens[k]
    if not token.stem or capitalised(token) or k in spec.value_at:
        return None
    return token.stem


def one_unnamed_age(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
    """Two ages for one unnamed person the two sentences tell alike: "police arrested a
    26-year-old man from Orrin near the station" / "the gunman, a 24-year-old man from
    Orrin, was arrested near the station". Each sentence gives that one age, no name
    stands beside either, the same word is described by both ("man" / "man", never "man" /
    "woman"; "the driver, 34" / "a 43-year-old driver"), and the ages are a birthday or two
    apart. A word of a role (:data:`_ONE_HOLDER`: "the driver", "the pilot") said with
    "the" and its age set off after it names one person, whatever the ages: "the driver,
    34" / "a 43-year-old driver" in two sentences telling one arrest alike; "a 34-year-old
    victim" / "a 71-year-old victim" may be two of several. The caller has found the
    sentences alike, naming no one the other does not."""
    ages = _two_close_ages(a, b, slack=float("inf"))
    if ages is None:
        return []
    v, w = ages
    if aged_names(a, v) or aged_names(b, w) or frames(a, v) != frames(b, w):
        return []
    noun = _aged_noun(a, v)
    if noun is None or noun != _aged_noun(b, w):
        return []
    if abs(v.amount - w.amount) <= AGE_SLACK:
        return [(v, w)]
    one_holder = noun in _ONE_HOLDER and (_the_role(a, v) or _the_role(b, w))
    return [(v, w)] if one_holder else []


def _the_role(spec: Specifics, v: Value) -> bool:
    """Is the age set off after a role said with "the", as of its one holder: "*the*
    driver, 34,"? Not "a driver, 34," nor "the 34-year-old driver" (the age tells which)."""
    k = v.first - 2
    return _apposed_noun(spec, v) is not None and k >= 0 and spec.tokens[k].low == "the"


#: Stems of the words naming the one person who held a part in an event, the same in two
#: sentences telling it alike: "the *driver*", "the *pilot*", "the *gunman*".
_ONE_HOLDER = frozenset((
    "driver", "pilot", "gunman", "shooter", "suspect", "captain", "attack", "bomber",
    "victim", "owner", "defend",
))  # fmt: skip
