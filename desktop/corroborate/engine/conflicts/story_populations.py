"""Story-wide: one place's population given two ways by two sources.

Outlets set a story's place with its size as background, each in its own words:
"Croatia's 4.7 million population" in one, "Croatia, a country of 4 million" in
another. The two sentences share little else and are never matched, yet one place has
one population at the time of the story. A place is read only where its name stands
right beside the figure (its possessive, or the name before "a country of"), which ties
the figure to it, and only where no word after it makes it a part of the people ("Vessa
has 2 million people in need of food aid") or another time's figure; each figure stands for what rounds to it: "a nation of 80 million"
against "its 82 million people" can both be true, "4.7 million" against "a country of 4
million" cannot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..models import Sentence
from ..text.figures import interval
from ..text.numbers import NUMBER_TAG, amount_in
from ..text.specifics import BOUND_PHRASES, Specifics, Value, bound_of
from .context import fold_name
from .finding import Finding, one_word_each
from .story import each_source_text

#: A figure as a population is put: "4.7 million", "435,000", "some 7,500", "more than 80
#: million", its bound any words a figure's bound is read from
#: (:data:`.text.specifics.BOUND_PHRASES`).
_FIGURE = (
    rf"(?P<figure>(?:(?P<bound>{'|'.join(BOUND_PHRASES)})\s)?"
    r"(?P<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:\s(?P<scale>million|billion))?)"
)

#: A place's name: one to three capitalised words ("Croatia", "East Timor").
_PLACE = r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"

#: Words for what a population counts.
_PEOPLE = r"(?:people|population|inhabitants|residents|citizens)"

#: The ways a place's size is tied to its name: its possessive ("Croatia's 4.7 million
#: population", "Orrin's 435,000 residents"), an apposition ("Croatia, a country of 4
#: million", "Orrin, a city of 435,000 people") and the place as subject ("Orrin has
#: about 7,500 residents", "Orrin has a population of 7,500").
_POPULATIONS = (
    re.compile(rf"\b{_PLACE}['’]s\s{_FIGURE}\s{_PEOPLE}\b"),
    re.compile(
        rf"\b{_PLACE},\s(?:a|an)\s(?:\w+\s)?(?:country|nation|city|town|state|island|"
        rf"territory|province|region|village)\sof\s{_FIGURE}(?:\s{_PEOPLE})?\b(?!\s(?:square|"
        r"acres|hectares|miles|kilometers|kilometres|years|dollars|euros))"
    ),
    re.compile(rf"\b{_PLACE}\shas\sa\spopulation\sof\s{_FIGURE}"),
    re.compile(rf"\b{_PLACE}\shas\s{_FIGURE}\s(?:inhabitants|residents|citizens)\b"),
)

#: Words right after a population's figure (and its word for people) that make the figure
#: a part of the people, or a group's own people rather than a place's: "2 million people
#: *in* need of food aid", "1.5 million citizens *living* abroad", "3 million people
#: *under* the age of 15", "7,500 residents *without* power", "2,000 people *on* the ground".
#: ("Who" and "that" only after a word for people: "a country of 4 million *that* is mostly
#: Catholic" tells of the country.)
_A_PART = re.compile(
    r"\s(?:in|inside|of|on|under|over|aged|without|with|living|working|employed|abroad|"
    r"outside|from|at|born|displaced|affected|registered|eligible|still|left|worldwide|"
    r"near|below|above|between|younger|older|including|excluding|plus)\b",
    re.IGNORECASE,
)
_WHO = re.compile(r"\s(?:who|whom|that|which)\b", re.IGNORECASE)

#: Words near the figure that make it another time's or a wider area's: "once a city of
#: 100,000", "a city of 435,000 in 1990", "the greater Orrin area's 2 million people",
#: "a metropolitan area of 4 million". A figure with any of them within
#: :data:`_NEAR` characters is not read.
_OTHER_MEASURE = re.compile(
    r"\b(?:once|used to|census|metro(?:politan)?|greater|urban|area|(?:1[89]|20)\d\d|will|"
    r"projects?|projected|projections?|forecasts?|expected)\b",
    re.IGNORECASE,
)
#: Words after the figure that set it in another time: "a country of 9 million *when* it
#: won independence", "*at the time*".
_THEN = re.compile(r"^\W*(?:when|at the time|at independence|then)\b", re.IGNORECASE)
_NEAR = 40

#: Words that put a population just below its figure ("nearly 5 million" is under 5
#: million), where a figure's other readers take them as "about" it.
_BELOW = frozenset(("nearly", "almost"))


def _value(match: re.Match[str]) -> Value | None:
    """The figure as a value, its bound from the words before it as every figure's is read
    (:func:`.text.specifics.bound_of`: "~" for "about" and its kin, ">=", "<=", or exact,
    "=", read as what rounds to it, :func:`_reach`), but "nearly" and "almost" below it."""
    try:
        amount = float(match.group("digits").replace(",", ""))
    except ValueError:
        return None
    scale = {"million": 1e6, "billion": 1e9}.get(match.group("scale") or "", 1.0)
    amount *= scale
    if amount < 1_000:
        return None  # a village's handful is no place's population worth comparing
    bound = (match.group("bound") or "").lower()
    return Value(f"{NUMBER_TAG}{round(amount)}", 0, 0, "<=" if bound in _BELOW else bound_of(bound))


def _reach(v: Value) -> tuple[float, float]:
    """The populations a figure allows: a bounded or approximate figure what
    :func:`.text.figures.interval` gives ("about" 15 percent either way, "more than" no
    top, "nearly" no bottom), a plain figure what rounds to it ("4 million" 3.5 to 4.5
    million, "4.7 million" 4.65 to 4.75 million)."""
    if v.bound != "=":
        return interval(v)
    amount = v.amount
    digits = str(round(amount))
    step = 10 ** (len(digits) - len(digits.rstrip("0")))
    return amount - step / 2, amount + step / 2


def _apart(v: Value, w: Value) -> bool:
    """Can the two figures not both be a population (:func:`_reach`)?"""
    (low_v, high_v), (low_w, high_w) = _reach(v), _reach(w)
    return high_v < low_w or high_w < low_v


def _populations(text: str) -> Iterator[tuple[str, Value, tuple[int, int]]]:
    """Each place whose population the sentence gives beside its name: the place's folded
    name, the figure, and where the figure stands."""
    for pattern in _POPULATIONS:
        for match in pattern.finditer(text):
            near = text[max(0, match.start() - _NEAR) : match.end() + _NEAR]
            after = text[match.end() :]
            if _OTHER_MEASURE.search(near) or _THEN.search(after) or _A_PART.match(after):
                continue  # another time's or area's figure, or a part of the people
            if match.end() > match.end("figure") and _WHO.match(after):
                continue  # "3 million people who live abroad"
            value = _value(match)
            if value is not None:
                place = fold_name(match.group("place").lower())
                yield place, value, (match.start("figure"), match.end("figure"))


#: Cheap test (before any reading) for a sentence that may give a place's population.
_MAY_POPULATE = re.compile(
    r"\b(?:people|population|inhabitants|residents|citizens|country of|nation of|city of|"
    r"town of|state of|island of|territory of|province of|region of|village of)\b"
)


def _thousands(tag: str) -> bool:
    """Is the tag a count of a thousand or more ("n:4700000", "n:7500@%" not)?"""
    return tag.startswith(NUMBER_TAG) and "@" not in tag and len(amount_in(tag).split(".")[0]) >= 4


def populations_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One place's population given two ways by two sources, wherever in the story
    (:data:`_POPULATIONS`): the two figures cannot both be true, each read as what rounds
    to it (:func:`_reach`). A source that gives the place two populations
    that cannot both be true tells of two measures (the city and its metropolitan area)
    and is not compared; a figure with another time (a year, a projection, "when"), or
    a wider area near it (:data:`_OTHER_MEASURE`, :data:`_THEN`), or followed by words that
    make it a part of the people ("in need of food aid", "living abroad", :data:`_A_PART`)
    is not read. The first sentence of each source giving a figure stands for it."""
    given: dict[str, dict[int, dict[str, tuple[int, Value, tuple[int, int]]]]] = {}
    for sentence, group in each_source_text(sentences, group_of):
        if not any(map(_thousands, sentence.numbers)) or not _MAY_POPULATE.search(sentence.text):
            continue
        for place, value, span in _populations(sentence.text):
            figures = given.setdefault(place, {}).setdefault(group, {})
            figures.setdefault(value.tag + value.bound, (sentence.id, value, span))
    found = []
    for by_group in given.values():
        if any(_two_ways(figures) for figures in by_group.values()):
            continue  # one source gives two populations: two measures of the place
        told = sorted(
            (group, seen) for group, figures in by_group.items() for seen in figures.values()
        )
        for i, (ga, (a, v, span_a)) in enumerate(told):
            for gb, (b, w, span_b) in told[i + 1 :]:
                if ga != gb and _apart(v, w):
                    found.append(one_word_each("number", sentences, (a, span_a), (b, span_b)))
    return found


def _two_ways(figures: dict[str, tuple[int, Value, tuple[int, int]]]) -> bool:
    values = [v for _, v, _ in figures.values()]
    return any(_apart(v, w) for i, v in enumerate(values) for w in values[i + 1 :])
