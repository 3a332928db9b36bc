"""Disagreements: where independent sources report one thing with different specifics.

A false alarm costs the reader's trust in every other finding, so a pair is
flagged only on strong evidence: the two sentences share most of their
content apart from the differing specific, and the differing values play the
same role: the number counts the same thing ("14 *injured*" against "12
*injured*"), the weekday dates the same verb ("*reopen* Wednesday" against
"*reopen* Thursday"), the names fill the same role, the negation denies a word
the other sentence asserts in the same context, of the same subject. Two sentences that say
different things around their figures still disagree when both set a count on
the same stated day beside the same word ("injured 21 shoppers" Friday against
"wounded 24 people" Friday), give one person's age a birthday apart, named
on one side and "the 73-year-old" on the other, put one event in two parts of
one day ("Saturday afternoon" / "Saturday morning"), or at two clock times next
to the same word ("fled the scene about 4:20 a.m." / "about 4:30 a.m."). Two
sources disagree wherever in the story they date one event a day or two apart
beside its word ("the Sept. 2 crash" / "died in the Sept. 3 crash"). Copies
are never compared; approximate and bounded figures ("more than a dozen" against
"14") and parts that add up to a total are not conflicts.

Looked for over every readable story and not adopted, as too few of their reports were
real conflicts or too few were found at all: durations sharing a word (0 of 67 right),
model names (0 of 8), a weekday with a figure (1 of 27), clock times under 90 minutes
apart; the most a penalty can be (one story, whose two maxima hold under two conditions);
days said relative to a wire's date ("last weekend", "Tuesday"; no event word dated two
ways in any readable DUC cluster); a past event's year beside its word, ages, titles and
hyphenated sizes ("a 52-story hotel") beyond the classes above (none between two sources);
a denial against an assertion beyond :func:`_negation` (one arguable case among the 70
likeliest of 206 pairs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from ..models import (
    CancelFn,
    Cancelled,
    Disagreement,
    DisagreementKind,
    Match,
    NearPair,
    Sentence,
    SourceGroup,
)
from ..parallel import in_two
from ..text.calendar import MONTH_WORD, MONTHS, WEEKDAY_WORD, WEEKDAYS
from ..text.clock import HAS_CLOCK, ZONES, Clock, clocks, one_time
from ..text.contests import other_contests
from ..text.figures import (
    GENERIC,
    TIME_UNITS,
    UNIT_STEMS,
    VAGUE,
    compatible,
    counted,
    counts_of,
    date_conflicts,
    extent,
    in_range,
    number_conflicts,
    same_role,
    shared_counts,
    with_opening,
)
from ..text.figures import _aged as aged_names
from ..text.figures import _anchors as date_anchors
from ..text.figures import _dates_a_report as dates_a_report
from ..text.hints import Hinted
from ..text.lengths import FALLING, apart, fall_length, length_of, may_fall, unit_of
from ..text.names import (
    NAME_WORD,
    doubled_apart,
    name_key,
    name_runs,
    names_in,
    reported_respelled,
    respelled,
    romanised_apart,
)
from ..text.numbers import UNITS, conflicting
from ..text.outcomes import MAY_TELL_OUTCOME, outcome_words
from ..text.roles import RANKS, ROLES, RoleName, capitalised, name_part, ranked, same_rank
from ..text.saying import REPORTS
from ..text.segment import stopwords
from ..text.specifics import Specifics, Value, analyse, nearby, negated
from ..text.standing import MAY_TITLE, titles

#: Share of content (Dice over stems, specifics left out) two sentences must have in common.
SIMILAR = 0.5
#: ...or the share of the shorter sentence found in the longer one.
CONTAINED = 0.8
KINDS = ("number", "date", "name", "negation")
#: Distinct sentences with figures next to one word beyond which that word pairs none.
COUNT_CAP = 30
#: Countable figures from which a sentence is a table in prose: its figures are not compared.
DENSE = 4
#: Tokens either side of a figure or date read as its own context...
LOCAL_REACH = 8
#: ...and the telling words two contexts must share, the counted word included, to
#: give one thing's figure when the sentences around them say different things.
LOCAL_SHARED = 2
#: Years two reports of one person's age may differ by (a birthday falls between them);
#: ages further apart, one of them given for no named person, are two people's.
AGE_SLACK = 2
_NEGATING_WORDS = frozenset(("not", "no", "never", "cannot", "nor"))


class Finding(NamedTuple):
    kind: DisagreementKind
    a_words: str
    b_words: str
    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]

    @property
    def detail(self) -> str:
        return f"{self.a_words} / {self.b_words}"


def _one_word_each(
    kind: DisagreementKind,
    sentences: Sequence[Sentence],
    one: tuple[int, tuple[int, int]],
    other: tuple[int, tuple[int, int]],
) -> tuple[int, int, Finding]:
    """A finding between two sentences that each give one span, the earlier sentence first."""
    (a, span_a), (b, span_b) = sorted((one, other))
    words_a = sentences[a].text[span_a[0] : span_a[1]]
    words_b = sentences[b].text[span_b[0] : span_b[1]]
    return a, b, Finding(kind, words_a, words_b, (span_a,), (span_b,))


def _span(spec: Specifics, first: int, last: int) -> tuple[int, int]:
    return spec.tokens[first].start, spec.tokens[last].end


def _words(spec: Specifics, first: int, last: int) -> str:
    start, end = _span(spec, first, last)
    return spec.text[start:end]


@lru_cache(maxsize=8192)
def _telling_terms(terms: frozenset[str]) -> frozenset[str]:
    return terms - VAGUE


def _similar(a: Specifics, b: Specifics, drop: Iterable[str] = ()) -> bool:
    """Do the sentences share their content, once the specifics are set aside?"""
    dropped = frozenset(drop)
    # "percent" or "million" says nothing of what is stated
    left, right = _telling_terms(a.terms), _telling_terms(b.terms)
    if dropped:
        left, right = left - dropped, right - dropped
    if not left or not right:
        return False
    shared = len(left & right)
    dice = 2 * shared / (len(left) + len(right))
    short = min(len(left), len(right))
    return dice >= SIMILAR or (short >= 3 and shared / short >= CONTAINED)


def _fold_name(name: str) -> str:
    """ "Leonids" and "Leonid" name one thing."""
    return name[:-1] if len(name) > 3 and name.endswith("s") and not name.endswith("ss") else name


def _other_names(a: Specifics, b: Specifics, drop: Iterable[str] = ()) -> bool:
    """Does each sentence name someone or something the other does not?

    "Poland" against "Europe", or "first results" against "final results":
    then the two speak of different things, whatever else they share.
    """
    dropped = {_fold_name(n) for n in drop}
    if (a.series - b.series) and (b.series - a.series):
        return True
    names_a = {_fold_name(n) for n in a.names} - dropped
    names_b = {_fold_name(n) for n in b.names} - dropped
    return bool((names_a - names_b) and (names_b - names_a))


def _around(spec: Specifics, v: Value) -> tuple[set[str], set[str]]:
    """The telling words and the names near a value, within its stretch of punctuation."""
    part, stop = spec.tokens[v.first].part, stopwords()
    words, names = set(), set()
    low, high = max(0, v.first - LOCAL_REACH), min(len(spec.tokens), v.last + LOCAL_REACH + 1)
    for i in range(low, high):
        token = spec.tokens[i]
        if token.part != part or i in spec.value_at:
            continue
        if token.stem and token.stem not in GENERIC and token.stem not in TIME_UNITS:
            words.add(counted(token.stem))
        if i and capitalised(token) and token.low not in stop:
            names.add(_fold_name(name_part(token)))
    return words, names


def _same_thing(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Are two figures (or dates) given for one thing, judged on their own context?

    Two sentences that say different things overall may still both count the
    injured of one blast: they then agree on another figure in the same role
    ("two killed" on both sides), or the words around the figures say the
    same ("possible sightings in 11 states" / "in 19 states ... possible
    sightings"), and no one is named near one figure who is not near the other.
    """
    if _frames(a, v) != _frames(b, w) or ((a.series - b.series) and (b.series - a.series)):
        return False  # one sets it in a year, a month or a period the other does not name
    if v.kind == "number" and (_definite(a, v) or _definite(b, w)):
        return False  # "the three men" / "the two men": groups the sentences already know
    if v.kind == "number" and _same_period_count(a, v, b, w):
        return True
    words_a, names_a = _around(a, v)
    words_b, names_b = _around(b, w)
    if (names_a - names_b) and (names_b - names_a):
        return False
    all_a = {_fold_name(n) for n in a.names}
    all_b = {_fold_name(n) for n in b.names}
    # the people a figure counts ("wounded 21 *Israelis*") are what it counts, not a place
    own_a, own_b = names_a - _counted_name(a, v), names_b - _counted_name(b, w)
    if ((own_a - all_b) and (all_b - all_a)) or ((own_b - all_a) and (all_a - all_b)):
        # "the *Orrin* school received $1,254,300" / "the *Dalby* school, nearby, received
        # $1,249,800": a name beside one figure the other sentence never gives, while it
        # gives one of its own further off
        return False
    if v.kind == "number" and shared_counts(a, b):
        return True
    if _crowded(a, v) or _crowded(b, w):
        return False
    if v.kind == "number":
        after_a, after_b = _named_after(a, v), _named_after(b, w)
        if _count_other_things(after_a, after_b):
            return False  # "four big parts" and "two big objects" count different things
        if after_a != after_b and names_a != names_b:
            # one says more of what it counts, and names a place or people beside its
            # figure the other does not: "the bombings of embassies in Kenya and Tanzania
            # killed 224 people" / "the embassy bombing left 11 people dead" (a part)
            return False
    shared = words_a & words_b
    if len(shared) < LOCAL_SHARED:
        return False
    # The counted phrase ("six East Timorese asylum-seekers" / "2,000 East Timorese
    # students", "17 Caribbean islands" / "three Caribbean island societies") and the
    # story's names ("the three men ... Gadhafi" / "Gadhafi ... the two men") stand by
    # any count of the story: some other word around both figures must tell they count
    # one thing ("possible *sightings* in 11 states" / "in 19 states ... possible *sightings*").
    return bool(shared - _named_after(a, v) - _named_after(b, w) - _name_stems(a) - _name_stems(b))


def _counted_name(spec: Specifics, v: Value) -> set[str]:
    """The name word right after a figure, which it counts: "21 *Israelis*"."""
    i = v.last + 1
    if i < len(spec.tokens) and capitalised(spec.tokens[i]):
        return {_fold_name(name_part(spec.tokens[i]))}
    return set()


def _count_other_things(x: frozenset[str], y: frozenset[str]) -> bool:
    """Do the words after two figures name different things? "four *big parts*" and "two
    *big objects*" do; "150 *passengers*" and "210 *passengers aboard*" name one thing,
    one of them saying more of it, and "12 people" (no telling word) and "15 people
    *died*" name nothing the other contradicts."""
    return not (x <= y or y <= x)


def _name_stems(spec: Specifics) -> frozenset[str]:
    """The stems of the sentence's name words, as :func:`_around` reads its words."""
    return frozenset(
        counted(t.stem) for i, t in enumerate(spec.tokens) if i and t.stem and capitalised(t)
    )


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


def _around_midnight(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
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


def _more_than_anchors(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do two sentences that date something share more than the words next to the dates?
    "The funeral will be held on Saturday" / "The wake will be held on Friday" share only
    "held": two ceremonies, two days. The story's names are in its every sentence: "the
    earthquake struck Orrin on Sunday" / "an aftershock struck Orrin on Monday" share only
    the place besides the dated verb, and tell of two shocks."""
    anchors = {s for s in (*date_anchors(a, v), *date_anchors(b, w)) if s}
    shared = (_telling_terms(a.terms) & _telling_terms(b.terms)) - anchors
    return bool(shared - _name_stems(a) - _name_stems(b))


#: Words that set a count in a place: "killed 12 people *in* Orrin".
_LOCATIVE = frozenset(("in", "at", "across", "throughout", "near", "outside", "inside", "around"))


#: A possessive ending: "the *market's* gate" names the market.
_OWNS = re.compile(r"['’]s$")


#: Words that make the thing after them another one than the story's first: "*another*
#: market", "the *other* market".
_ANOTHER = frozenset(("another", "other", "second", "different", "separate"))


def _one_of(spec: Specifics, w: Value, word: str) -> bool:
    """Does the sentence name one thing by ``word``, in that form or its possessive, with no
    figure before it and not as another one: "a crowded *market*", "the *market's* gate",
    not "three *markets*", "two *market* stalls" or "another crowded *market*"? The thing is
    named in the clause of the figure ``w`` or in the sentence's opening, which sets all of
    it: "bombers struck *a crowded market*, setting off blasts that injured 21", not "the
    bombs killed 40; a market was among the targets"."""
    tokens, clause = spec.tokens, spec.tokens[w.first].clause
    return any(
        _OWNS.sub("", t.low) == word
        and t.clause in (0, clause)
        and not (k and k - 1 in spec.value_at)
        and not any(tokens[m].low in _ANOTHER for m in range(max(0, k - 2), k))
        for k, t in enumerate(tokens)
    )


def _names_no_other_place(spec: Specifics, other: Specifics) -> bool:
    """Does the ``other`` sentence set nothing in a place ``spec`` does not name: no name
    after a word that places ("in", "at", "from", "of") anywhere in it, nor its dateline?
    "A blast at a crowded market killed 40, the governor *of Pell* said" may tell of a
    market in Pell, not of the one "an Orrin market" names; "prompted the Israeli Cabinet
    to delay its vote" names no place."""
    own = {_fold_name(n) for n in spec.names} | _dateline(spec.text)
    theirs = set(_dateline(other.text))
    tokens = other.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.low not in _TOWARDS and token.low != "of":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].low in ("the", "a", "an"):
            j += 1
        while j < len(tokens) and tokens[j].clause == token.clause and capitalised(tokens[j]):
            theirs.add(_fold_name(name_part(tokens[j])))
            j += 1
    return not (theirs - own - _CALENDAR)


def _placed(
    spec: Specifics, v: Value, other: tuple[Specifics, Value] | None = None
) -> frozenset[str]:
    """The places a figure's own clause (or the sentence's opening) sets it in: "killed 12
    people in *Orrin*". A count for one place and a count for none (or another) may be a
    part and the whole: "the storm killed 12 people in Orrin" / "the storm has killed at
    least 40 people". A place describing a thing the ``other`` sentence names as one
    thing in the same word, beside its own figure (:func:`_one_of`), locates that thing, not a part of the story:
    "an explosion in *a Jerusalem market* wounded 24" / "a blast at a crowded market
    injured 21"; unless the thing is an area or a place a story's people are spread over
    (:data:`_SPREAD`: "an Orrin suburb", "an Orrin hospital"), or the other sentence names
    a place of its own (:func:`_names_no_other_place`)."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found = set()
    for i in range(len(tokens) - 1):
        # a place that opens the sentence sets all of it: "*In Dalby* the storm killed 40
        # people and injured 75"
        if (tokens[i].clause != clause and i) or tokens[i].low not in _LOCATIVE:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].low in ("the", "a", "an", "its", "their", "his", "her"):
            j += 1
        # "in *a* Jerusalem market": after "a", a name describes the thing that follows it
        describes = j > i + 1 and tokens[j - 1].low in ("a", "an")
        words = []
        while j < len(tokens) and tokens[j].clause == tokens[i].clause and capitalised(tokens[j]):
            word = _fold_name(name_part(tokens[j]))
            if word not in _CALENDAR:  # "in Tuesday's fire" sets the count in no place
                words.append(word)
            j += 1
        thing = tokens[j] if describes and words and j < len(tokens) else None
        if (
            thing
            and other is not None
            and thing.clause == tokens[i].clause
            and thing.stem in other[0].terms
            and thing.stem not in _SPREAD
            and _one_of(*other, _OWNS.sub("", thing.low))
            and _names_no_other_place(spec, other[0])
        ):
            continue  # "in a Jerusalem market" / "a crowded market": one market
        found.update(words)
    return frozenset(found)


_CALENDAR = frozenset((*WEEKDAYS, *MONTHS))

#: Stems of the common nouns that name a kind of place: "deployed 1,200 troops *to the
#: border*" / "3,000 troops *to the capital*" are two places' counts, named or not.
_PLACE_NOUNS = frozenset((
    "border", "capit", "coast", "port", "airport", "harbour", "harbor", "island", "frontlin",
    "north", "south", "east", "west", "countrysid", "suburb", "camp", "villag",
    "provinc", "district", "mountain", "valley", "desert",
))  # fmt: skip
#: Stems of the nouns that name an area, one of many a story may count in: "12 died in *an
#: Orrin suburb*" / "40 died across the suburbs" are a part and the whole.
_AREAS = frozenset((
    *_PLACE_NOUNS, "town", "citi", "counti", "state", "region", "area", "neighborhood",
    "neighbourhood", "part", "communiti", "municip",
))  # fmt: skip
#: Stems of the areas and of the places a story's people are spread over, one of several:
#: the wounded of one blast are treated at several hospitals, so "12 were treated at *an
#: Orrin hospital*" / "40 were treated at a hospital" may be a part and the whole.
_SPREAD = frozenset((*_AREAS, "hospit", "clinic", "morgu", "shelter"))
#: Words before a place noun that move a figure to it or set it there.
_TOWARDS = frozenset((*_LOCATIVE, "to", "into", "from", "along"))


def _place_nouns(spec: Specifics, v: Value) -> frozenset[str]:
    """The kinds of place the figure's own clause sets it in or moves it to, named by a
    common noun after a preposition and at most two other words: "to *the border*", "in
    the *north*", "near the northern *coast*"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if token.clause != clause or token.low not in _TOWARDS:
            continue
        for j in range(i + 1, min(len(tokens), i + 4)):
            if tokens[j].clause != clause or tokens[j].low in _TOWARDS:
                break
            stem = tokens[j].stem
            if stem is not None and stem in _PLACE_NOUNS and not capitalised(tokens[j]):
                found.add(stem)
                break
    return frozenset(found)


#: A wire dateline opening a sentence: "JERUSALEM (AP) _ ", "ANKARA, Turkey (AP) _ ",
#: "WASHINGTON _ ". The place in capitals is where the report is set.
_DATELINE = re.compile(
    r"^([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?\s*"
    r"(?:\([^()]{1,40}\)\s*)?(?:_|—|–|--)\s"
)


def _dateline(text: str) -> frozenset[str]:
    """The place a sentence's wire dateline names, as name words: "jerusalem"."""
    match = _DATELINE.match(text)
    if not match:
        return frozenset()
    return frozenset(_fold_name(word.lower()) for word in match.group(1).split())


def _placed_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure set in a place the other sentence never names? "The storm killed 12
    people in Orrin" / "the storm has killed at least 40 people" are a part and the whole;
    "the wildfire near Corran destroyed 40 homes" / "the Corran wildfire ... destroyed 25
    homes" set both counts in Corran, one of them beside its figure, the other elsewhere."""
    nouns_a, nouns_b = _place_nouns(a, v), _place_nouns(b, w)
    if nouns_a and nouns_b and not (nouns_a & b.terms) and not (nouns_b & a.terms):
        return True  # "to the border" / "to the capital": two places, neither named by the other
    placed_a, placed_b = _placed(a, v, (b, w)), _placed(b, w, (a, v))
    if placed_a == placed_b:
        return False
    names_a = {_fold_name(n) for n in a.names} | _dateline(a.text)
    names_b = {_fold_name(n) for n in b.names} | _dateline(b.text)
    return bool((placed_a - names_b) or (placed_b - names_a))


#: Words that make a figure one intended, hoped for or expected rather than one that is:
#: "plans to build 500 homes", "expects 40,000 visitors", "aims to win five golds", "will
#: cut 450 jobs".
_INTENT = frozenset((
    "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming", "expect",
    "expects", "expected", "expecting", "hope", "hopes", "hoped", "hoping", "target",
    "targets", "targeted", "goal", "intend", "intends", "intended", "propose", "proposes",
    "proposed", "forecast", "forecasts", "projected", "predict", "predicts", "predicted",
    "will", "would",
))  # fmt: skip


def _intended(spec: Specifics, v: Value) -> bool:
    """Is the figure one planned, hoped for or expected, as a word of its own clause says?
    "The council plans to build 500 homes" and "120 homes have been built so far" are a
    plan and what came of it, not two counts of one thing; two plans still disagree."""
    clause = spec.tokens[v.first].clause
    return any(t.clause == clause and t.low in _INTENT for t in spec.tokens)


#: Words that make a figure a limit, not an amount that is: "the *maximum* fine is
#: $2,000" / "he was fined $500", "a *record* 9.58 seconds" / "ran it in 9.63 seconds".
_LIMITS = frozenset((
    "maximum", "minimum", "max", "limit", "cap", "ceiling", "record", "threshold",
))  # fmt: skip
#: Words that make a figure an earlier moment of a count since revised: "officials
#: *initially* said 30 were missing" / "officials now say 12 are missing".
_EARLIER = frozenset(("initially", "originally", "previously"))


#: Words that make a count a running total up to a stated moment: "had destroyed 25
#: homes *by Sunday evening*", "*as of* noon".
_UNTIL = re.compile(
    rf"\b(?:as of|by (?:(?:late|early|mid)\s)?(?:{WEEKDAY_WORD}"
    rf"|(?:this|that|last|early|late)\s\w+|(?:{MONTH_WORD})\s\d|noon|midnight|nightfall|dawn))",
    re.IGNORECASE,
)
#: Words that make a count a running total up to now: "have pulled 30 survivors *since*
#: the quake", "*so far*", "*to date*". Such a total is another count than one day's.
_UP_TO_NOW = re.compile(r"\b(?:so far|to date|since)\b", re.IGNORECASE)
#: Words that set a count on one day, as a weekday or a date does.
_ONE_DAY = frozenset(("yesterday", "today", "tonight", "overnight"))


def _clause_text(spec: Specifics, v: Value) -> str:
    clause = spec.tokens[v.first].clause
    inside = [t for t in spec.tokens if t.clause == clause]
    return spec.text[inside[0].start : inside[-1].end]


def _qualified(spec: Specifics, v: Value) -> tuple[bool, bool, bool]:
    """Does a word of the figure's clause make it a limit (:data:`_LIMITS`), one make
    it an earlier, revised count (:data:`_EARLIER`), and one a running total up to a
    stated moment (:data:`_UNTIL`)?"""
    clause, stop = spec.tokens[v.first].clause, stopwords()
    inside = [k for k, t in enumerate(spec.tokens) if t.clause == clause]
    words = {spec.tokens[k].low for k in inside}
    limit = any(spec.tokens[k].low in _LIMITS and not _record_of(spec, k, stop) for k in inside)
    return limit, bool(words & _EARLIER), bool(_UNTIL.search(_clause_text(spec, v)))


def _one_day(spec: Specifics, v: Value) -> bool:
    """Does the figure's clause set it on one day: "pulled 12 survivors *on Tuesday*"?"""
    clause = spec.tokens[v.first].clause
    return any(
        spec.tokens[w.first].clause == clause and w.tag.startswith(("d:", "m:"))
        for w in spec.values
    ) or any(t.clause == clause and t.low in _ONE_DAY for t in spec.tokens)


def _running_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure a running total up to now ("have pulled 30 survivors *since the
    quake*") and the other one day's ("pulled 12 survivors *on Tuesday*")? A total up to
    now and a count given without a day ("the storm has killed 30 people *so far*" / "has
    killed 45 people") are one count."""
    so_far_a, so_far_b = (
        bool(_UP_TO_NOW.search(_clause_text(a, v))),
        bool(_UP_TO_NOW.search(_clause_text(b, w))),
    )
    if so_far_a == so_far_b:
        return False
    return _one_day(b, w) if so_far_a else _one_day(a, v)


def _record_of(spec: Specifics, k: int, stop: frozenset[str]) -> bool:
    """Is the word at ``k`` "record" said of the amount itself, before a figure or the
    thing counted ("a *record* 12,000 runners", "*record* profits of $4 billion", "a
    *record* crowd of 50,000"), not the record another amount is set against ("broke
    *the record* of 9.69 seconds")?"""
    if spec.tokens[k].low != "record" or k + 1 >= len(spec.tokens):
        return False
    after = spec.tokens[k + 1]
    return k + 1 in spec.value_at or (after.stem is not None and after.low not in stop)


def _counts(spec: Specifics, lasting: bool = False) -> frozenset[str]:
    """The tags of the sentence's counts; with ``lasting``, only those of a length of
    time ("for six *hours*"): what a day's figure may be, a day apart from another's."""
    return frozenset(
        v.tag
        for v in spec.values
        if v.countable
        and not v.label
        and (
            not lasting
            or (v.last + 1 < len(spec.tokens) and spec.tokens[v.last + 1].stem in TIME_UNITS)
        )
    )


def _measured_alike(v: Value, w: Value) -> bool:
    """Are both figures given in a unit, or neither? "11,851 people" (interviewed) and "3
    percentage points" (of error) are a count and a measure; an age is read apart."""
    if v.unit == "age" or w.unit == "age":
        return True
    return (v.unit is None) == (w.unit is None)


def _definite(spec: Specifics, v: Value) -> bool:
    """Is the figure part of a definite reference ("*the* three men", "*those* two
    firms"): a group the article named before, whichever of the story's groups it is,
    rather than a count it reports?"""
    return v.first > 0 and spec.tokens[v.first - 1].low in ("the", "these", "those")


def _counted_next_to(spec: Specifics, v: Value) -> frozenset[str]:
    """The word a figure counts when it stands right beside it, in its own clause:
    "*injured* 21 shoppers", "*wounded* 24 people", "14 were *injured*"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found = set()
    if v.first and tokens[v.first - 1].clause == clause and v.first - 1 not in spec.value_at:
        found.add(tokens[v.first - 1].stem)
    i, end = v.last + 1, v.last + 3
    while i < min(len(tokens), end):
        token = tokens[i]
        if token.clause != clause or i in spec.value_at:
            break
        if token.stem in _WHO:
            end += 1  # "three people *hurt*", "four people were *hurt*": what befell them
        elif token.stem:
            found.add(token.stem)
            break
        i += 1
    return frozenset(counted(s) for s in found if s and s not in GENERIC and s not in TIME_UNITS)


#: Words for people in general, passed over for the word that tells what befell them.
_WHO = frozenset(("peopl", "person"))


def _other_roles(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do the figures count people who met two different fates? "Crews *rescued* 12
    people from the tower" / "30 people were *treated* for smoke inhalation", "police
    *arrested* 12 protesters" / "30 protesters were *injured*": two groups, however alike
    the sentences are otherwise. Only the fates a report counts side by side are told
    apart so (:data:`_FATES`); other words beside a figure may be one act in two words
    ("*pulled* 31 miners from the shaft" / "*brought* 28 miners out")."""
    fates_a, fates_b = _befell(a, v) & _FATES, _befell(b, w) & _FATES
    if not fates_a or not fates_b or fates_a & fates_b:
        return False
    terms_a = {counted(t) for t in a.terms}
    terms_b = {counted(t) for t in b.terms}
    return bool((fates_a - terms_b) and (fates_b - terms_a))


#: Words that tell one of a series from another: "the *first* flight left at 9:15 a.m." /
#: "the *last* flight left at 11:40 p.m.".
_ORDINALS = frozenset((
    "first", "second", "third", "fourth", "fifth", "last", "final", "next", "previous",
    "earlier", "later", "latest", "initial", "new", "old", "current",
))  # fmt: skip
#: Words for someone's kin or companion: "the man's *brother* was 38" gives another
#: person's age than "the man was 35".
_KIN = frozenset((
    "brother", "sister", "wife", "husband", "son", "daughter", "mother", "father", "friend",
    "girlfriend", "boyfriend", "partner", "cousin", "uncle", "aunt", "nephew", "niece",
    "grandson", "granddaughter", "grandmother", "grandfather", "stepfather", "stepmother",
    "fiancé", "fiance", "fiancee", "widow", "widower", "parents", "children",
))  # fmt: skip


def _kin_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure given for someone's kin ("the man's *brother* was 38") and the other
    sentence names no kin at all ("the man was 35")? Then they are two people's."""
    words_a = {t.low for t in a.tokens}
    words_b = {t.low for t in b.tokens}
    kin_a = _before_value(a, v.first) & _KIN
    kin_b = _before_value(b, w.first) & _KIN
    return bool((kin_a - words_b) or (kin_b - words_a))


def _count_of(word: str) -> float | None:
    """The count a single word gives: "one", "two", "12"; None for any other word."""
    if word in UNITS:
        return float(UNITS[word])
    return float(word) if word.isdigit() else None


def _part_told(spec: Specifics, v: Value) -> float | None:
    """The part a figure states of itself just after it: "4 died, *including one* in
    hospital", "12 were hurt, *including three* children": that part's count."""
    tokens, clause_end = spec.tokens, v.last + 12
    for k in range(v.last + 1, min(len(tokens) - 1, clause_end)):
        if tokens[k].low == "including":
            return _count_of(tokens[k + 1].low)
    return None


def _toll_and_its_part(v: Value, part: float | None, w: Value) -> bool:
    """Is ``w`` the figure ``v`` less the part ``v`` states of itself ("four died,
    including one in hospital" / "three died")? A fuller toll stating its own breakdown,
    not another count of one thing."""
    try:
        whole, other = float(v.tag[2:]), float(w.tag[2:])
    except ValueError:
        return False
    return part is not None and v.tag[:2] == w.tag[:2] == "n:" and whole - part == other


#: Words that name another thing of the same kind beside the story's own: an
#: *aftershock* beside the quake, the ship's *sister* vessel, a *twin* tower. A figure
#: told of one is no figure of the other.
_ANOTHER_OF_A_KIND = frozenset(("aftershock", "aftershocks", "foreshock", "foreshocks"))
_SIBLING = frozenset(("sister", "twin"))
_SIBLING_THINGS = frozenset((
    "ship", "ships", "vessel", "vessels", "boat", "ferry", "plane", "planes", "aircraft",
    "jet", "submarine", "plant", "reactor", "tower", "towers", "building", "station",
    "company", "companies", "paper", "newspaper", "hotel", "school", "site", "craft",
))  # fmt: skip


def _another_of_a_kind(spec: Specifics) -> frozenset[str]:
    """The words by which a sentence speaks of another thing of the story's kind: an
    "aftershock", a "sister vessel", a "twin tower"."""
    tokens, found = spec.tokens, set()
    for i, t in enumerate(tokens):
        if t.low in _ANOTHER_OF_A_KIND:
            found.add(t.low.rstrip("s"))
        elif t.low in _SIBLING and any(u.low in _SIBLING_THINGS for u in tokens[i + 1 : i + 3]):
            found.add(t.low)
    return frozenset(found)


def _other_of_a_kind(a: Specifics, b: Specifics) -> bool:
    """Does one sentence tell of another thing of the story's kind the other never
    names? "An aftershock killed 9" / "the quake killed 62", "her sister ship carried 310"
    / "the ferry carried 240": two things' figures."""
    return _another_of_a_kind(a) != _another_of_a_kind(b)


#: Words that name no one in particular before a speaking verb ("*he* said").
_NO_SPEAKER = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "which", "that"))


def _speakers(spec: Specifics) -> frozenset[str]:
    """The stems of those a sentence credits its statement to: "the *government* said",
    "*aid groups* said", "..., the *interior ministry* said", "according to the *Red
    Crescent*". Empty when no one is named ("he said") or nothing is credited."""
    tokens, found = spec.tokens, set()
    for k, t in enumerate(tokens):
        if t.low in REPORTS:
            before = [u for u in tokens[max(0, k - 3) : k] if u.part == t.part]
            if before and before[-1].low not in _NO_SPEAKER:
                found |= {u.stem for u in before if u.stem}
        elif t.low == "according" and k + 1 < len(tokens) and tokens[k + 1].low == "to":
            found |= {u.stem for u in tokens[k + 2 : k + 6] if u.stem and u.part == t.part}
    return frozenset(found)


#: Stems of the officials a figure may be credited to: "the governor said", "officials
#: said", "police said" are all the authorities' one count, however each outlet names them.
_OFFICIAL = frozenset((
    "offici", "author", "govern", "governor", "ministri", "minist", "polic", "spokesman",
    "spokeswoman", "spokesperson", "mayor", "presid", "sheriff",
))  # fmt: skip


def _speaking_side(said: frozenset[str]) -> frozenset[str]:
    """Those credited, with every official one side: the authorities."""
    return frozenset(("<official>",)) if said & _OFFICIAL else said


def _told_by_others(a: Specifics, b: Specifics) -> bool:
    """Is each sentence's figure credited to someone the other never names ("the
    government said 12 died" / "aid groups said 30 died"), not both to the authorities
    ("the governor said" / "officials said")? Then each is one source's
    claim, which every outlet may report beside the other: no disagreement between the
    outlets, however the two claims differ."""
    said_a, said_b = _speakers(a), _speakers(b)
    if not said_a or not said_b:
        return False
    if _speaking_side(said_a) == _speaking_side(said_b):
        return False
    stems_a = {t.stem for t in a.tokens if t.stem}
    stems_b = {t.stem for t in b.tokens if t.stem}
    return not (said_a & stems_b) and not (said_b & stems_a)


def _before_value(spec: Specifics, at: int) -> set[str]:
    """The words of the value's clause before it (at token ``at``), but for the one
    who speaks: "the man's wife" in "the man's wife said he was 45" tells the age, whose
    it is comes after."""
    tokens, clause = spec.tokens, spec.tokens[at].clause
    return {
        t.low
        for k, t in enumerate(tokens[:at])
        if t.clause == clause and not any(u.low in REPORTS for u in tokens[k + 1 : k + 3])
    }


def _among(spec: Specifics, v: Value) -> frozenset[str]:
    """The group a figure's clause limits it to: "unemployment *among young people*",
    "turnout *among women*"; the telling words after "among", as :func:`counted` names
    them. A figure inside the phrase counts the group itself ("*among the 12 dead* were
    three children"), and limits nothing."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found = set()
    for i, token in enumerate(tokens):
        if token.clause == clause and token.low == "among" and not i < v.first <= i + 3:
            for t in tokens[i + 1 : i + 4]:
                if t.clause != clause or t.low in _TOWARDS:
                    break
                if t.stem and t.stem not in VAGUE:
                    found.add(counted(t.stem))
    return frozenset(found)


def _subgroup_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure limited to a group ("stood at 11 percent *among young people*") the
    other sentence never names ("unemployment stood at 5.2 percent")? A part, not the whole."""
    among_a, among_b = _among(a, v), _among(b, w)
    if among_a == among_b:
        return False
    terms_a, terms_b = {counted(t) for t in a.terms}, {counted(t) for t in b.terms}
    return bool((among_a - terms_b) or (among_b - terms_a))


def _whose(spec: Specifics, at: int) -> frozenset[str]:
    """The roles ("the *president*", "the prime *minister*") and the places in a series
    ("the *first* flight") the figure's clause names before it: whose figure or date it is."""
    return frozenset(
        _ONE_PLACE.get(w, w) for w in _before_value(spec, at) if w in ROLES or w in _ORDINALS
    )


#: Words of :data:`_ORDINALS` that name one place in a series: "the *latest* toll", "the
#: *new* toll" and "the *current* toll" are one toll; "the *old* law", the previous one.
_ONE_PLACE = {"new": "latest", "current": "latest", "old": "previous"}


def _other_referents(a: Specifics, i: int, b: Specifics, j: int) -> bool:
    """Are two figures or dates given for two people or two of a series: "the president
    will visit the city on Tuesday" / "the prime minister will visit on Wednesday", "the
    first flight left at 9:15 a.m." / "the last flight left at 11:40 p.m."? Each clause
    names its own before the value (at token ``i`` of ``a``, ``j`` of ``b``), and neither
    sentence names the other's anywhere."""
    whose_a, whose_b = _whose(a, i), _whose(b, j)
    if not whose_a or not whose_b or whose_a & whose_b:
        return False
    words_a = {t.low for t in a.tokens}
    words_b = {t.low for t in b.tokens}
    return not (whose_a & words_b) and not (whose_b & words_a)


#: What befalls the people a report counts, one word for each (as :func:`counted` names
#: them: "wounded" and "hurt" are "injur", "dead" and "died" are "kill").
_FATES = frozenset((
    "kill", "injur", "arrest", "rescu", "evacu", "miss", "treat", "hospit", "detain", "charg",
    "releas", "captur", "displac", "trap", "strand", "sicken", "discharg", "admit", "question",
    "interview", "convict", "acquit", "suspend", "expel", "identifi",
))  # fmt: skip


def _befell(spec: Specifics, v: Value) -> frozenset[str]:
    """What the figure says befell what it counts, the counted word aside: "police
    *arrested* 12 protesters", "30 protesters were *injured*", "rescued 12 people"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    i = v.last + 1
    while i < len(tokens) and tokens[i].stem in _WHO:
        i += 1
    noun = tokens[i].stem if i < len(tokens) and tokens[i].clause == clause else None
    found = set(_counted_next_to(spec, v)) - ({counted(noun)} if noun else set())
    j = i + 1 if noun else i
    passive = False
    while j < len(tokens) and tokens[j].clause == clause and tokens[j].low in _PASSIVE:
        passive, j = True, j + 1
    # "30 protesters were *injured*": what befell them, after the counted word
    after = tokens[j] if passive and j < len(tokens) and tokens[j].clause == clause else None
    if after is not None and after.stem and not capitalised(after) and after.stem not in GENERIC:
        found.add(counted(after.stem))
    return frozenset(found)


_PASSIVE = frozenset(("were", "was", "are", "is", "been", "be", "being", "had", "have", "has"))


def _clause_names(spec: Specifics, v: Value, first: bool = False) -> set[str]:
    """The people and places named in the figure's own clause; its first word too when
    ``first`` ("*Reyes* dropped nine stories"), which may then be any capitalised word."""
    clause, stop = spec.tokens[v.first].clause, stopwords()
    return {
        _fold_name(name_part(t))
        for i, t in enumerate(spec.tokens)
        if (i or first) and t.clause == clause and capitalised(t) and t.low not in stop
    }


def _same_period_count(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Two counts of one thing on one stated day, however different the sentences around:
    "a Friday blast at the market ... injured 21 shoppers" / "a Jerusalem market explosion
    wounded 24 people Friday". Both name the same day (and no other period), the same word
    stands next to each figure, no place or person is named beside one figure that is not
    beside the other, and the sentences share another telling word."""
    days = {t for t in a.when & b.when if t.startswith("d:")}
    if not days or a.when != b.when or _crowded(a, v) or _crowded(b, w):
        return False
    shared = _counted_next_to(a, v) & _counted_next_to(b, w)
    if not shared:
        return False
    names_a, names_b = _clause_names(a, v), _clause_names(b, w)
    if (names_a - names_b) and (names_b - names_a):
        return False
    telling_a = {counted(t) for t in _telling_terms(a.terms)}
    telling_b = {counted(t) for t in _telling_terms(b.terms)}
    return bool((telling_a & telling_b) - shared - TIME_UNITS)


#: Spans of time a figure is given for, beyond the dates: "in the fiscal year", "in the
#: quarter", "in the first half", "a day" (a rate is no total), "during the week", "a
#: decade ago" (a time past).
_SPANS = re.compile(
    r"\b(?:(?:fiscal|financial|calendar|school|academic|tax|full)\s+year"
    r"|(?:the|first|second|third|fourth|final|latest)\s+(?:quarter|half)"
    r"|(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|minute|second)"
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
    if words[0] in ("a", "an", "each", "every"):
        return f"per {words[-1]}"  # "an hour", "per hour": one rate
    return _RATE_WORDS.get(found, " ".join(words))


@lru_cache(maxsize=8192)
def _spans_of(text: str) -> frozenset[str]:
    return frozenset(_span_key(m.group()) for m in _SPANS.finditer(text.lower()))


def _period(spec: Specifics) -> frozenset[str]:
    """The years, months and periods ("this month", "the quarter", "a day") a sentence is
    set in; weekdays aside, as a story's reports name the day of the event or leave it
    out freely."""
    dates = frozenset(t for t in spec.when if not t.startswith("d:") and t not in _DAY_WORDS)
    spans = _spans_of(spec.text)
    if "ago" in spec.text:
        spans -= _ago_elsewhere(spec)
    return dates | spans


def _ago_elsewhere(spec: Specifics) -> frozenset[str]:
    """The times past ("two years ago") told in a clause that gives no figure of its own:
    "the plant, *which opened two years ago*, employs 400 people" counts the plant's
    people now; "the school had 600 pupils *a decade ago*" counts them then."""
    found = set()
    for match in _SPANS.finditer(spec.text.lower()):
        start, end = match.span()
        if not match.group().endswith("ago"):
            continue
        at = next((t.clause for t in spec.tokens if t.start >= start), None)
        if not any(
            spec.tokens[v.first].clause == at and not start <= spec.tokens[v.first].start < end
            for v in spec.values
            if v.countable and not v.label
        ):
            found.add(_span_key(match.group()))
    return frozenset(found)


def _frames(spec: Specifics, v: Value) -> frozenset[str]:
    """The sentence's period (:func:`_period`) other than the value ``v`` itself: the
    same as the period for a figure, which is never a year or a month."""
    return _period(spec) - {v.tag}


_DAY_WORDS = frozenset(("weekend", "yesterday", "today", "tonight", "overnight", "tomorrow"))
#: The parts of a day, in order ("Saturday morning" is not "Saturday afternoon"); an
#: evening and a night overlap.
_PARTS_OF_DAY = {"morning": 0, "afternoon": 1, "evening": 2, "night": 2}
_PART_STEMS = frozenset(("morn", "afternoon", "even", "night"))
#: A weekday with a part of it: the sentences worth asking :func:`_time_of_day` about.
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


def _clock_times(a: Specifics, b: Specifics) -> Finding | None:
    """One event timed two ways: "the SUV fled the scene about 4:20 a.m." / "the SUV ...
    fled the scene about 4:30 a.m.". The times are given for the same thing (the same
    word stands next to each, as for dates, or both time one fall: :func:`_one_fall`),
    on the same day and in the same zone, and cannot both hold (an approximate time
    allows a few minutes either way)."""
    days_a = {v.tag for v in a.values if v.tag.startswith("d:")}
    days_b = {v.tag for v in b.values if v.tag.startswith("d:")}
    if days_a and days_b and not days_a & days_b:
        return None  # two days: the times may be of two moments
    fall = _one_fall(a, b)
    for x in clocks(a):
        for y in clocks(b):
            if x.zone != y.zone or one_time(x, y):
                continue
            (left_a, right_a), (left_b, right_b) = _clock_anchors(a, x), _clock_anchors(b, y)
            if not ((left_a and left_a == left_b) or (right_a and right_a == right_b) or fall):
                continue
            if _other_referents(a, x.first, b, y.first):
                continue  # "the first flight left at 9:15 a.m." / "the last flight ..."
            return Finding(
                "date", _words(a, x.first, x.last), _words(b, y.first, y.last),
                (_span(a, x.first, x.last),), (_span(b, y.first, y.last),),
            )  # fmt: skip
    return None


def _one_story(a: Specifics, b: Specifics) -> bool:
    """Do the sentences share their content and name no one the other does not, a name
    that opens one ("*Anthony* Rapp, an actor ...") and stands in the other counted too?"""
    if not _similar(a, b):
        return False
    openers = (with_opening(a) - a.names) | (with_opening(b) - b.names)
    return not _other_names(a, b, drop=openers)


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
def _timed(text: str) -> bool:
    """Does the sentence give a time of day: a part of a weekday or a clock time?"""
    return bool(_DAY_PART.search(text) or HAS_CLOCK.search(text))


def _times_of_day(spec: Specifics) -> list[tuple[Value, int]]:
    """Each weekday followed by a part of the day ("Saturday *morning*"), with its place."""
    found = []
    for v in spec.values:
        after = spec.tokens[v.last + 1].low if v.last + 1 < len(spec.tokens) else ""
        if v.tag.startswith("d:") and after in _PARTS_OF_DAY and not dates_a_report(spec, v):
            found.append((v, v.last + 1))
    return found


def _time_of_day(a: Specifics, b: Specifics) -> Finding | None:
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
    if any(x.tag.startswith("d:") and x.tag != v.tag for x in (*a.values, *b.values)):
        return None  # a second day: the sentence tells of more than one moment
    if _other_names(a, b):
        return None
    # the story's names ("Slepian", "Buffalo") are in its every sentence: a warning he
    # received Friday morning and his killing Friday night share them and no event
    shared = (_telling_terms(a.terms) & _telling_terms(b.terms)) - _PART_STEMS
    if len(shared - _name_stems(a) - _name_stems(b)) < SAME_EVENT:
        return None
    return Finding(
        "date", _words(a, v.first, i), _words(b, w.first, j),
        (_span(a, v.first, i),), (_span(b, w.first, j),),
    )  # fmt: skip


def _dense(spec: Specifics) -> bool:
    """Does the sentence give so many figures ("95.1 percent for younger patients versus
    91.9 percent for older ones, 76 percent versus 70.3 ...") that the words around
    each no longer tell which thing it counts?"""
    return sum(v.kind == "number" and v.countable for v in spec.values) >= DENSE


def _crowded(spec: Specifics, v: Value) -> bool:
    """Does another value of the same kind stand in the value's stretch of punctuation?

    In "95.1 percent for younger patients versus 91.9 percent for older
    patients" the words around one figure are the other's too.
    """
    part = spec.tokens[v.first].part
    return any(
        x is not v and x.kind == v.kind and spec.tokens[x.first].part == part for x in spec.values
    )


def _named_after(spec: Specifics, v: Value) -> frozenset[str]:
    """The words a value counts, as the next two telling words say: "four *big parts*"."""
    part = spec.tokens[v.last].part
    found: list[str] = []
    for token in spec.tokens[v.last + 1 : v.last + 4]:
        if token.part != part:
            break
        if token.stem and token.stem not in GENERIC:
            found.append(counted(token.stem))
    return frozenset(found[:2])


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


def _ages_of_one_person(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
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
            if abs(v.amount - w.amount) > AGE_SLACK or _frames(a, v) != _frames(b, w):
                continue
            who_a, who_b = aged_names(a, v), aged_names(b, w)
            if bool(who_a) == bool(who_b):
                continue  # both named: the figures' own judgement stands; neither: no one
            (unnamed, age), named = ((a, v), b) if not who_a else ((b, w), a)
            if not _the_aged(unnamed, age) or _ages(a) > 1 or _ages(b) > 1:
                continue  # "an 18-year-old friend", "his son, 9": someone beside the subject
            if {_fold_name(n) for n in unnamed.names} - {_fold_name(n) for n in named.names}:
                continue  # the unnamed age may be of someone else the sentence names
            if a.when != b.when and not _similar(a, b):
                continue
            if (_telling_terms(a.terms) & _telling_terms(b.terms)) - _AGE_WORDS:
                return [(v, w)]
    return []


def _two_close_ages(a: Specifics, b: Specifics) -> tuple[Value, Value] | None:
    """The one age each sentence gives, when they differ by a birthday or two (further
    apart, they are two people's: a father and a son); None otherwise."""
    if _ages(a) != 1 or _ages(b) != 1:
        return None
    v = next(x for x in a.values if x.unit == "age")
    w = next(x for x in b.values if x.unit == "age")
    if v.tag == w.tag or abs(v.amount - w.amount) > AGE_SLACK or compatible(v, w):
        return None
    return v, w


def _one_named_age(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
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
    *boy*"; None when a name or nothing follows."""
    i = v.last + 1
    while i < len(spec.tokens) and spec.tokens[i].low in _AGE_WORDS:
        i += 1
    if i >= len(spec.tokens) or i == v.last + 1:
        return None  # "Hale, 34," gives no word the age describes
    token = spec.tokens[i]
    if token.part != spec.tokens[v.last].part or not token.stem or capitalised(token):
        return None
    return token.stem


def _one_unnamed_age(a: Specifics, b: Specifics) -> list[tuple[Value, Value]]:
    """Two ages for one unnamed person the two sentences tell alike: "police arrested a
    26-year-old man from Orrin near the station" / "the gunman, a 24-year-old man from
    Orrin, was arrested near the station". Each sentence gives that one age, no name
    stands beside either, the same word follows both ("man" / "man", never "man" /
    "woman"), and the ages are a birthday or two apart. The caller has found the
    sentences alike, naming no one the other does not."""
    ages = _two_close_ages(a, b)
    if ages is None:
        return []
    v, w = ages
    if aged_names(a, v) or aged_names(b, w) or _frames(a, v) != _frames(b, w):
        return []
    noun = _aged_noun(a, v)
    return [(v, w)] if noun is not None and noun == _aged_noun(b, w) else []


#: Telling words two sentences must share, the fall's verb and unit aside, to tell of one fall.
SAME_FALL = 2


def _fall_lengths(a: Specifics, b: Specifics) -> Finding | None:
    """One fall measured two ways, in any units: "Reyes dropped nine stories, landing
    on a lower roof" / "Reyes slipped 25 feet ... before landing on the roof". Each
    sentence gives one length, right after a verb of falling; neither names a person
    or place beside it that the other does not, both name the same day if any, the
    sentences share a few telling words besides, and the lengths cannot both hold.
    """
    x, y = fall_length(a), fall_length(b)
    if x is None or y is None or not apart(x, y):
        return None
    v, w = x.value, y.value
    days_a = {t for t in a.when if t.startswith("d:")}
    days_b = {t for t in b.when if t.startswith("d:")}
    if days_a and days_b and not days_a & days_b:
        return None  # two days: two falls
    names_a, names_b = _clause_names(a, v, first=True), _clause_names(b, w, first=True)
    if (names_a - names_b) and (names_b - names_a):
        return None
    shared = (_telling_terms(a.terms) & _telling_terms(b.terms)) - FALLING - UNIT_STEMS
    if len({s for s in shared if not s[:1].isdigit()} - {"stori", "floor"}) < SAME_FALL:
        return None
    return Finding(
        "number", _words(a, v.first, x.unit_at), _words(b, w.first, y.unit_at),
        (_span(a, v.first, x.unit_at),), (_span(b, w.first, y.unit_at),),
    )  # fmt: skip


def _two_units(a: Specifics, b: Specifics) -> Finding | None:
    """One length given in two units that cannot both hold: "the bridge spans 400
    metres" / "the bridge spans 1,800 feet" (549 metres). Each sentence gives one
    length, neither a conversion in brackets nor the end of a range, the two in
    different units and for the same thing (:func:`.figures.same_role`, the units set
    aside); a rounded figure allows a tenth either way (:func:`.lengths.apart`)."""
    found = []
    for spec in (a, b):
        lengths = [x for v in spec.values if (x := length_of(spec, v))]
        if len(lengths) != 1 or in_range(spec, lengths[0].value):
            return None
        found.append(lengths[0])
    x, y = found
    v, w = x.value, y.value
    if unit_of(a, v) == unit_of(b, w) or not apart(x, y):
        return None
    if not same_role(a, v, b, w, any_unit=True) or _placed(a, v) != _placed(b, w):
        return None
    return Finding(
        "number", _words(a, v.first, x.unit_at), _words(b, w.first, y.unit_at),
        (_span(a, v.first, x.unit_at),), (_span(b, w.first, y.unit_at),),
    )  # fmt: skip


def _values_finding(kind: DisagreementKind, a: Specifics, b: Specifics, pairs: list) -> Finding:
    return Finding(
        kind,
        "; ".join(_words(a, *extent(a, v)) for v, _ in pairs),
        "; ".join(_words(b, *extent(b, w)) for _, w in pairs),
        tuple(_span(a, *extent(a, v)) for v, _ in pairs),
        tuple(_span(b, *extent(b, w)) for _, w in pairs),
    )


# -- names and negation -------------------------------------------------------------------
#: Words before a role that make it another post than the role alone: an "*assistant*
#: coach" is not the coach, a "*deputy* mayor" not the mayor, a "*former* coach" not the
#: coach now. An "acting" or "interim" mayor holds the post itself.
_UNDER_ROLES = frozenset((
    "assistant", "deputy", "vice", "associate", "former", "junior", "under", "co", "ex",
))  # fmt: skip


def _under(spec: Specifics, x: RoleName) -> bool:
    """Is the role named beside the name ``x`` a lesser or a past post (:data:`_UNDER_ROLES`):
    "*assistant* coach Tom Aske", "Tom Aske, the *former* coach"? The words are read as
    written, since some ("former") are stop words the stemmer leaves out."""
    low, high = max(0, x.first - 4), min(len(spec.tokens), x.last + 5)
    return any(
        spec.tokens[k].low in _UNDER_ROLES for k in range(low, high) if not x.first <= k <= x.last
    )


def _names(a: Specifics, b: Specifics) -> list[tuple[RoleName, RoleName]]:
    pairs = []
    for x in a.roles:
        for y in b.roles:
            if x.role != y.role or (x.modifier and y.modifier and x.modifier != y.modifier):
                continue
            if _under(a, x) != _under(b, y):
                continue  # "Coach Peter Vance" / "assistant coach Tom Aske": two posts
            if set(x.name) & b.names or set(y.name) & a.names:
                continue  # the same person, or named elsewhere in the other sentence
            if _other_names(a, b, drop=(*x.name, *y.name)):
                continue
            pairs.append((x, y))
    return pairs


#: Words that rank one among others: "not the *first* to ...", "not the *only* one".
_RANKS = frozenset((
    "first", "second", "third", "last", "only", "sole", "lone", "latest", "earliest", "best",
    "worst", "most", "least",
))  # fmt: skip


def _ranked(spec: Specifics, i: int) -> bool:
    """Is the denied word a rank ("not the first governor to ..."), a superlative among
    them ("not the largest")? "Not the first to X" and "the first to X while Y" (or
    "since Z", "in the region") both hold: a rank is as wide as its qualifiers, which
    outlets word freely, so a denied rank is never set against an asserted one."""
    low = spec.tokens[i].low
    after_the = i > 0 and spec.tokens[i - 1].low == "the"
    return low in _RANKS or (after_the and len(low) > 5 and low.endswith("est"))


#: Words that make a denial hold only so far: "has not *yet* decided", "was not
#: *immediately* clear", "*still* had not".
_SO_FAR = frozenset(("yet", "immediately", "still", "so far"))
_PERFECT = frozenset(("has", "have", "had", "hasn't", "haven't", "hadn't"))


def _so_far(spec: Specifics, n: int, head: int) -> bool:
    """Does the denial tell how things stood when the article was written ("officials
    have not released the names", "it was not immediately clear", "has not yet
    decided")? A later report that the names were released, or the decision taken,
    tells what happened next, not the opposite; only a report of how things stand
    ("the governor has signed the bill") is."""
    tokens = spec.tokens
    if any(tokens[i].low in _SO_FAR for i in range(max(0, n - 2), head + 1)):
        return True
    if tokens[n].low == "never":
        return False  # "has never lent it abroad": no time before the article, so a loan is one
    if tokens[n].low in _PERFECT or (n > 0 and tokens[n - 1].low in _PERFECT):
        return True
    # "no suspects have been identified": the perfect after what is denied
    return any(tokens[k].low in _PERFECT for k in range(head + 1, min(len(tokens), head + 3)))


_FUTURE = frozenset(("will", "would", "shall", "won't", "wouldn't", "going"))


def _future(spec: Specifics, i: int) -> bool:
    """Is the word at ``i`` (a negation or an asserted word) said of a time to come: "she
    *would* not resign", "the plant *will* close"? A promise or a plan denied is no
    report that the thing never happened: "she would not resign" and "she resigned on
    Friday" may both be true, one said before the other."""
    return any(spec.tokens[k].low in _FUTURE for k in range(max(0, i - 3), i + 1))


def _perfect(spec: Specifics, j: int) -> bool:
    """Is the word said in the perfect ("has *signed*"): how things stand, as a denial
    "so far" says it, rather than an event of its own ("*signed* it on Monday")?"""
    around = range(max(0, j - 3), min(len(spec.tokens), j + 3))
    return any(spec.tokens[k].low in _PERFECT for k in around if k != j)


def _denied(neg: Specifics, plain: Specifics) -> tuple[int, int, int] | None:
    """A word ``neg`` denies and ``plain`` asserts in the same context: (not, word, plain word)."""
    denied_in_plain = {
        plain.tokens[head].stem or plain.tokens[head].low for _, head in plain.negations
    }
    negated_positions = {h for n, h in plain.negations} | {n for n, _ in plain.negations}
    if plain.denies:
        return None
    for n, head in neg.negations:
        word = neg.tokens[head]
        key = word.stem or word.low
        if key in denied_in_plain or _ranked(neg, head):
            continue
        so_far = _so_far(neg, n, head)
        next_neg = next(iter(nearby(neg, head + 1, 1, 5)), None)
        if next_neg is None:
            continue  # nothing after the denied word to show it is the same statement
        for j, token in enumerate(plain.tokens):
            if (token.stem or token.low) != key or j in negated_positions:
                continue
            if so_far and not _perfect(plain, j):
                continue  # "have not released the names" / "released the names Monday"
            if _future(neg, n) and not _future(plain, j):
                continue  # "she would not resign" / "she resigned on Friday": a word since broken
            if negated(plain, j) or any(
                plain.tokens[k].low.endswith("n't") for k in range(max(0, j - 4), j)
            ):
                continue  # the other sentence denies it too
            if next(iter(nearby(plain, j + 1, 1, 5)), None) == next_neg:
                return n, head, j
    return None


def _subject(spec: Specifics, i: int) -> frozenset[str]:
    """The telling words of the clause before the word at ``i``: who or what the clause
    says it of ("*the mayor* did not attend", "*the school* will reopen"); none for a
    pronoun ("she did not attend")."""
    clause = spec.tokens[i].clause
    return frozenset(
        counted(t.stem)
        for t in spec.tokens[:i]
        if t.clause == clause and t.stem and t.stem not in VAGUE and t.low not in _NEGATING_WORDS
    )


def _other_subjects(x: Specifics, i: int, y: Specifics, j: int) -> bool:
    """Do two sentences say the word at ``i`` and the one at ``j`` of two people named by
    two posts, sharing no word ("*the mayor* did not attend the ceremony" / "*the governor*
    attended the ceremony")? A denial and an assertion disagree only when said of one
    subject. Outlets name one subject in other common words ("the suspect" / "the man",
    "the plant" / "the factory"), so only two posts (:data:`.roles.ROLES`) tell two."""
    left, right = _subject(x, i), _subject(y, j)
    if not (left and right) or left & right:
        return False
    return bool(_posts_before(x, i)) and bool(_posts_before(y, j))


def _posts_before(spec: Specifics, i: int) -> frozenset[str]:
    """The posts (:data:`.roles.ROLES`) the clause names before the word at ``i``."""
    clause = spec.tokens[i].clause
    return frozenset(t.low for t in spec.tokens[:i] if t.clause == clause and t.low in ROLES)


def _negation(a: Specifics, b: Specifics) -> Finding | None:
    if _other_names(a, b):
        return None  # different people speaking: a debate, not a disputed fact
    periods = _period(a) == _period(b)
    for neg, plain, flip in ((a, b, False), (b, a, True)):
        found = _denied(neg, plain)
        if found is None:
            continue
        n, head, j = found
        if _other_subjects(neg, head, plain, j):
            continue  # "the mayor did not attend" / "the governor attended": two people
        if not periods and neg.tokens[n].low != "never":
            continue  # "did not attend in 2016" / "attended": two times; "never" is every time
        neg_side = (_words(neg, n, head), (_span(neg, n, head),))
        plain_side = (_words(plain, j, j), (_span(plain, j, j),))
        first, second = (plain_side, neg_side) if flip else (neg_side, plain_side)
        return Finding("negation", first[0], second[0], first[1], second[1])
    return None


#: Words that make an outcome a part's: "*most* flights went ahead", "*some* games".
_SHARE_WORDS = frozenset((
    "most", "some", "many", "several", "few", "other", "others", "remaining", "rest", "half",
))  # fmt: skip


#: A new time something is put back to: "postponed *until next month*", "moved to May".
_NEW_TIME = re.compile(
    r"\b(?:until|till|to|into)\s+(?:(?:next|this|the|later|early|late|mid|a)\s+)*[\w'’-]+",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _event_period(text: str) -> frozenset[str]:
    """The period the event itself is set in, a new time it is put back to aside:
    "last year's match", not "postponed until next month"."""
    return _period(analyse(_NEW_TIME.sub(" ", text)))


def _partial(spec: Specifics, outcome: Sequence[int]) -> bool:
    """Does the sentence tell the outcome of a share of things ("three flights were
    cancelled", "most flights went ahead", "half of the flights")? The count or share word
    is the outcome's subject: in its clause, before it, or in the sentence's opening clause
    when a clause set off between them leaves the verb alone ("The festival, which draws
    40,000 visitors, was cancelled" tells of the festival, not of a share)."""
    if not outcome:
        return False
    tokens, at = spec.tokens, min(outcome)
    clause = tokens[at].clause
    subject = [j for j in range(at) if tokens[j].clause == clause]
    if clause and not any(tokens[j].stem for j in subject):
        subject = [j for j in range(at) if tokens[j].clause == 0]
    counts = {v.first for v in spec.values if v.kind == "number" and v.countable}
    return any(j in counts or tokens[j].low in _SHARE_WORDS for j in subject)


def _outcome(a: Specifics, b: Specifics) -> Finding | None:
    """One sentence has the event called off or put back, the other has it go ahead as
    planned: never events of two periods ("last year's match" / "this year's"; the new
    time of a postponed one aside) or a share of things ("three flights were cancelled"
    / "most flights went ahead as planned")."""
    off_a, ahead_a = outcome_words(a)
    off_b, ahead_b = outcome_words(b)
    if _partial(a, off_a + ahead_a) or _partial(b, off_b + ahead_b):
        return None
    period_a, period_b = _event_period(a.text), _event_period(b.text)
    if period_a and period_b and period_a != period_b:
        return None
    for (x, x_off), (y, y_ahead), flip in (
        ((a, off_a), (b, ahead_b), False),
        ((b, off_b), (a, ahead_a), True),
    ):
        own_ahead = ahead_a if not flip else ahead_b
        other_off = off_b if not flip else off_a
        if not x_off or not y_ahead or own_ahead or other_off:
            continue
        if _other_subjects(x, x_off[0], y, y_ahead[0]):
            continue  # "the final was postponed" / "the semi-final went ahead"
        x_side = (_words(x, x_off[0], x_off[-1]), (_span(x, x_off[0], x_off[-1]),))
        y_side = (_words(y, y_ahead[0], y_ahead[-1]), (_span(y, y_ahead[0], y_ahead[-1]),))
        first, second = (y_side, x_side) if flip else (x_side, y_side)
        return Finding("negation", first[0], second[0], first[1], second[1])
    return None


#: Stems of the verbs that say a statement is true, and of those that say it is not.
_CONFIRMING = frozenset(("confirm", "admit", "acknowledg"))
_DENYING = frozenset(("deni",))
#: Telling words the subjects of the two verbs, and the statements after them, share.
CONFIRMED_SHARE = 0.6


def _verb_at(spec: Specifics, stems: frozenset[str]) -> int | None:
    found = [i for i, t in enumerate(spec.tokens) if t.stem in stems]
    return found[0] if len(found) == 1 else None


def _confirmed_denied(a: Specifics, b: Specifics) -> Finding | None:
    """One says a statement was confirmed, the other that it was denied, by the same
    speaker: "The ministry confirmed the minister had resigned" / "The ministry denied
    the minister had resigned". Neither sentence says "not" or both verbs, the words
    before the verbs name the same speaker, and what follows them is mostly the same."""
    if a.negations or b.negations:
        return None  # "did not deny", "denied it was not": left to the reader
    for x, y, flip in ((a, b, False), (b, a, True)):
        i, j = _verb_at(x, _CONFIRMING), _verb_at(y, _DENYING)
        if i is None or j is None or _verb_at(x, _DENYING) is not None:
            continue
        if _verb_at(y, _CONFIRMING) is not None:
            continue
        who_x = {s for s in nearby(x, i - 1, -1, 5) if s not in VAGUE}
        who_y = {s for s in nearby(y, j - 1, -1, 5) if s not in VAGUE}
        if not who_x & who_y:
            continue
        said_x = {t.stem for t in x.tokens[i + 1 :] if t.stem} - VAGUE
        said_y = {t.stem for t in y.tokens[j + 1 :] if t.stem} - VAGUE
        if not said_x or not said_y:
            continue
        if 2 * len(said_x & said_y) / (len(said_x) + len(said_y)) < CONFIRMED_SHARE:
            continue
        sides = ((_words(x, i, i), (_span(x, i, i),)), (_words(y, j, j), (_span(y, j, j),)))
        first, second = (sides[1], sides[0]) if flip else sides
        return Finding("negation", first[0], second[0], first[1], second[1])
    return None


def compare(text_a: str, text_b: str) -> Finding | None:
    """Do two sentences report one thing with a conflicting specific? The strongest kind wins."""
    return _judge(analyse(text_a), analyse(text_b))


#: A name followed by another in brackets: "Fred Temple (Jacob Latimore)", a part and
#: its actor, a nickname and the full name. The bracketed name says who is meant.
_ALIAS = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s*\(\s*((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+)\s*\)"
)


def _aliases(spec: Specifics) -> dict[str, tuple[str, tuple[int, int]]]:
    """Each bracketed name, with the name it follows and that name's place."""
    stop = stopwords()
    found = {}
    for match in _ALIAS.finditer(spec.text):
        start, end = match.span(1)
        name = match.group(1)
        while " " in name and name.split()[0].lower() in stop:  # "Among Larry Reed (...)"
            skipped = name.split()[0]
            name = name[len(skipped) :].lstrip()
            start = end - len(name)
        found[" ".join(match.group(2).lower().split())] = (name, (start, end))
    return found


def _named_two_ways(a: Specifics, b: Specifics) -> Finding | None:
    """One person, the same bracketed name on both sides, and two names before it:
    "his friend Fred Simple (Jacob Latimore)" / "his friend Fred Temple (Jacob Latimore)"."""
    if "(" not in a.text or "(" not in b.text:
        return None
    left, right = _aliases(a), _aliases(b)
    for key in sorted(left.keys() & right.keys()):
        (x, x_span), (y, y_span) = left[key], right[key]
        words_x, words_y = set(x.lower().split()), set(y.lower().split())
        if len(words_x) < 2 or len(words_y) < 2 or words_x <= words_y or words_y <= words_x:
            continue  # "Larry" and "Reed", "Fred" and "Fred Temple": one name, in part or full
        return Finding("name", x, y, (x_span,), (y_span,))
    return None


def _judge(a: Specifics, b: Specifics, values: bool = True) -> Finding | None:
    """:func:`compare` on analysed sentences; ``values=False`` skips figures and dates."""
    alike = _similar(a, b)
    if values and not (_dense(a) or _dense(b)):
        whole = alike and not _other_names(a, b)
        # dates are read for one story when a name opening one sentence stands in the other
        one_story = _one_story(a, b)
        # one election's result against another's (the primary / the runoff, the governor's
        # race / the Senate race, 2016 / 2020) is two results, never a conflict; the days
        # they were held on are still compared
        contests = other_contests(a, b)
        # Every figure of a sentence is set in its period: when the periods differ, no
        # two figures are compared (a figure of 2011 and one of no stated year may both
        # hold), and the figures need not be read.
        kinds: tuple[DisagreementKind, ...] = (
            ()
            if _other_of_a_kind(a, b)
            else ("number", "date")
            if _period(a) == _period(b) and not contests
            else ("date",)
        )
        told_by_others = _told_by_others(a, b)
        for kind in kinds:
            pairs = (
                number_conflicts(a, b, whole_part=True)
                if kind == "number"
                else date_conflicts(a, b, one_story)
            )
            if contests:
                # a year names the contest ("the 2014 race" / "the 2018 race"): two races
                pairs = [(v, w) for v, w in pairs if not v.tag.startswith("y:")]
            if kind == "date" and conflicting(_counts(a), _counts(b), ("n:",)):
                # "312 murders in 2016" / "290 murders in 2017": each figure is its year's
                pairs = [(v, w) for v, w in pairs if not v.tag.startswith("y:")]
            if kind == "date" and conflicting(_counts(a, True), _counts(b, True), ("n:",)):
                # "deliberated for six hours on Tuesday" / "four hours on Wednesday": each
                # day's hours; a ferry sunk on Monday with 200 aboard is not one sunk on
                # Tuesday with 300 aboard, two conflicts, of which the day is one
                pairs = [(v, w) for v, w in pairs if not v.tag.startswith("d:")]
            # two words in common ("younger patients") do not show that figures count one thing
            if not (whole or (kind == "date" and one_story)) or (
                kind == "number" and len((a.terms & b.terms) - VAGUE) < 3
            ):
                pairs = [(v, w) for v, w in pairs if _same_thing(a, v, b, w)]
            if kind == "number" and told_by_others:
                # each side's count is one source's claim, which both outlets may report
                pairs = []
            if kind == "number":
                # a figure a count has risen to is one moment of it, unless a month, a
                # year or a period sets that moment ("fell to 5.2 percent in May")
                pairs = [
                    (v, w)
                    for v, w in pairs
                    if not _placed_apart(a, v, b, w)
                    and not ((_risen_to(a, v) or _risen_to(b, w)) and not _one_moment(a, b))
                    and _measured_alike(v, w)
                    and _intended(a, v) == _intended(b, w)
                    and _qualified(a, v) == _qualified(b, w)
                    and not _running_apart(a, v, b, w)
                    and not _other_roles(a, v, b, w)
                    and not _other_referents(a, v.first, b, w.first)
                    and not _kin_apart(a, v, b, w)
                    and not _subgroup_apart(a, v, b, w)
                    and not _toll_and_its_part(v, _part_told(a, v), w)
                    and not _toll_and_its_part(w, _part_told(b, w), v)
                ]
            else:
                pairs = [
                    (v, w)
                    for v, w in pairs
                    if _more_than_anchors(a, v, b, w)
                    and not _other_referents(a, v.first, b, w.first)
                    and not _around_midnight(a, v, b, w)
                ]
            if kind == "number" and not pairs:
                pairs = _ages_of_one_person(a, b) or _one_named_age(a, b)
                if not pairs and whole:
                    pairs = _one_unnamed_age(a, b)
            if pairs:
                return _values_finding(kind, a, b, pairs)
            if kind == "number" and (fall := _fall_lengths(a, b)):
                return fall
            if kind == "number" and whole and (length := _two_units(a, b)):
                return length
    for x, y in _names(a, b):
        drop = {a.tokens[i].stem for i in range(x.first, x.last + 1)}
        drop |= {b.tokens[i].stem for i in range(y.first, y.last + 1)}
        # the role itself ("police spokesman") is no content the two statements share:
        # two spokesmen saying two things are no conflict over who the spokesman is
        drop |= {x.role, y.role, x.modifier, y.modifier}
        if _similar(a, b, drop=(s for s in drop if s)):
            return Finding(
                "name", _words(a, x.first, x.last), _words(b, y.first, y.last),
                (_span(a, x.first, x.last),), (_span(b, y.first, y.last),),
            )  # fmt: skip
    named = _named_two_ways(a, b)
    if not named and _timed(a.text) and _timed(b.text):
        named = _time_of_day(a, b) or _clock_times(a, b)
    if named or not alike:
        return named
    return _negation(a, b) or _outcome(a, b) or _confirmed_denied(a, b)


def _same_counts(
    sentences: Sequence[Sentence],
    group_of: Sequence[int],
    counting: Sequence[bool],
    counted_words: Callable[[int], set[str]],
) -> set[tuple[int, int]]:
    """Pairs of sentences of different sources with figures next to the same word.

    "The blast wounded 21 Israelis" and "...injuring 24 other people" may have
    too little else in common to be matched or even nearly so; a count of the
    injured in each is reason enough to compare them, when the two give
    different figures and share a word or two more. A sentence repeated in
    several articles is taken once; a word next to figures in more distinct
    sentences than ``COUNT_CAP`` is too common to tell anything and pairs none.
    """
    by_word: dict[str, list[int]] = {}
    seen: set[str] = set()
    for sentence in sentences:
        if sentence.text in seen or not counting[sentence.id]:
            continue
        seen.add(sentence.text)
        for word in counted_words(sentence.id):
            by_word.setdefault(word, []).append(sentence.id)
    pairs: set[tuple[int, int]] = set()
    for ids in by_word.values():
        if len(ids) > COUNT_CAP:
            continue
        for i, a in enumerate(ids):
            left = sentences[a]
            for b in ids[i + 1 :]:
                right = sentences[b]
                if group_of[left.article] == group_of[right.article]:
                    continue
                if not conflicting(left.numbers, right.numbers, ("n:",)):
                    continue
                if set(left.stems) & set(right.stems):
                    pairs.add((min(a, b), max(a, b)))
    return pairs


def _same_falls(sentences: Sequence[Sentence], group_of: Sequence[int]) -> set[tuple[int, int]]:
    """Pairs of sentences of different sources that each may give a fall's length.

    "Dropped nine stories" and "slipped 25 feet" share neither a figure nor the word
    next to it, and are rarely alike enough to be matched; a story tells of few falls,
    so every such pair is compared (a sentence repeated in several articles once, and
    none when more than ``COUNT_CAP`` distinct sentences tell of falls).
    """
    found: dict[str, int] = {}
    for sentence in sentences:
        if sentence.text not in found and may_fall(sentence.text):
            found[sentence.text] = sentence.id
    ids = list(found.values())
    if len(ids) > COUNT_CAP:
        return set()
    return {
        (min(a, b), max(a, b))
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if group_of[sentences[a].article] != group_of[sentences[b].article]
    }


#: The name word (:data:`.names.NAME_WORD`) after another, past the space between them.
_NEXT_NAME_WORD = re.compile(rf"\s+({NAME_WORD.pattern})")


def _full_name(text: str, first: str, last: str) -> tuple[int, int] | None:
    """Where the two-word name "First Last" (as :func:`.names.name_key` folds it) stands."""
    for match in NAME_WORD.finditer(text):
        if name_key(match.group()) != first:
            continue
        rest = _NEXT_NAME_WORD.match(text[match.end() :])
        if rest and name_key(rest.group(1)) == last:
            return match.start(), match.end() + rest.end(1)
    return None


def _each_source_text(
    sentences: Sequence[Sentence],
    group_of: Sequence[int],
    may: re.Pattern[str] | Hinted | None = None,
) -> Iterator[tuple[Sentence, int]]:
    """Each sentence with its source's group, a text the source repeats (its copies of one
    story) given once; with ``may``, only the texts that cheap pattern finds something in."""
    seen: set[tuple[str, int]] = set()
    for sentence in sentences:
        group = group_of[sentence.article]
        if (sentence.text, group) in seen or (may is not None and not may.search(sentence.text)):
            continue
        seen.add((sentence.text, group))
        yield sentence, group


def _before_name(word: str) -> bool:
    """Is a name word one that stands before a person's two names, not one of them: a
    role or a rank ("President", "Capt."), a country in initials ("U.S.")?"""
    return word in ROLES or word.rstrip(".") in RANKS or "." in word


def _spelled_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int]
) -> list[tuple[int, int, Finding]]:
    """One person's name spelled two ways by two sources: "Dimitri Olivares" in one,
    "Dimitri Oliveras" in another, or "President Barak Obama" / "Barack Obama". One of
    the two names is the same, the other one spelling apart (:func:`.names.respelled`) other
    than by a letter one romanisation writes and another does not (:func:`.names.romanised_apart`:
    "Murdjatmodjo" / "Murjatmodjo") or, for first names, a doubled letter
    (:func:`.names.doubled_apart`: "Mohammed" / "Mohamed"), and no source writes both (a source
    that does has two people, or a slip of its own). A role, a rank or initials before the
    two names are no part of them (:func:`_before_name`). The first sentence of each
    source that gives the full name stands for it."""
    where: dict[tuple[str, str], dict[int, int]] = {}
    # a sentence two sources share is read once for each: each writes that spelling
    for sentence, group in _each_source_text(sentences, group_of):
        for run in name_runs(sentence.text):
            if len(run) == 2 or (len(run) > 2 and all(map(_before_name, run[:-2]))):
                where.setdefault((run[-2], run[-1]), {}).setdefault(group, sentence.id)
    by_first: dict[str, list[tuple[str, str]]] = {}
    by_last: dict[str, list[tuple[str, str]]] = {}
    for key in where:
        by_first.setdefault(key[0], []).append(key)
        by_last.setdefault(key[1], []).append(key)
    found = []
    for keys, at in (
        *((keys, 1) for keys in by_first.values()),
        *((keys, 0) for keys in by_last.values()),
    ):
        for i, x in enumerate(keys):
            for y in keys[i + 1 :]:
                if where[x].keys() & where[y].keys():
                    continue
                if not reported_respelled(x[at], y[at], first=at == 0):
                    continue
                a = where[x][min(where[x])]
                b = where[y][min(where[y])]
                span_a = _full_name(sentences[a].text, *x)
                span_b = _full_name(sentences[b].text, *y)
                if span_a is None or span_b is None:
                    continue
                found.append(_one_word_each("name", sentences, (a, span_a), (b, span_b)))
    return found


#: Letters a surname written alone has at least to be read as another source's surname
#: misspelt: shorter words are too often other names one letter off ("Price" / "Prime").
ALONE_LETTERS = 6


def _alone_spelled_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int]
) -> list[tuple[int, int, Finding]]:
    """One person's surname written alone by one source one spelling off the full name
    another gives: "Capt. Amadou Sanogo" in one, "as Sanago, president of the council"
    in another, "Comet Tempel-Tuttle" / "a comet called Temple-Tuttle". Both spellings
    have :data:`ALONE_LETTERS` letters or more and are one spelling apart
    (:func:`.names.respelled`) other than a doubled letter (:func:`.names.doubled_apart`: "Gadhafi" /
    "Gaddafi" are two styles), and no source writes both (a source that does has two names).
    The first sentence of each source that writes the spelling stands for it."""
    full: dict[str, dict[int, tuple[int, str, str]]] = {}  # surname -> group -> where
    alone: dict[str, dict[int, int]] = {}  # name word written alone -> group -> sentence
    written: dict[int, set[str]] = {}  # group -> every name word it writes
    for sentence, group in _each_source_text(sentences, group_of):
        words = names_in(sentence.text)
        if not words:
            continue
        written.setdefault(group, set()).update(words)
        runs = name_runs(sentence.text)
        for run in runs:
            if len(run[-1]) >= ALONE_LETTERS:
                full.setdefault(run[-1], {}).setdefault(group, (sentence.id, run[-2], run[-1]))
        in_runs = {word for run in runs for word in run}
        for word in words:
            if len(word) >= ALONE_LETTERS and word not in in_runs:
                alone.setdefault(word, {}).setdefault(group, sentence.id)
    # respelled pairs only words with the same first two letters and last letter
    by_shape: dict[tuple[str, str], list[str]] = {}
    for word in alone:
        by_shape.setdefault((word[:2], word[-1]), []).append(word)
    found = []
    for surname in sorted(full):
        for word in by_shape.get((surname[:2], surname[-1]), ()):
            if (
                not respelled(surname, word)
                or doubled_apart(surname, word)
                or romanised_apart(surname, word)
            ):
                continue
            if any(surname in names and word in names for names in written.values()):
                continue
            for group, (a, first, last) in sorted(full[surname].items()):
                for other, b in sorted(alone[word].items()):
                    if other == group or other in full.get(word, {}):
                        continue  # a source writing the full name too: :func:`_spelled_two_ways`
                    span_a = _full_name(sentences[a].text, first, last)
                    span_b = _word_at(sentences[b].text, word)
                    if span_a is None or span_b is None:
                        continue
                    words_a = sentences[a].text[span_a[0] : span_a[1]]
                    words_b = sentences[b].text[span_b[0] : span_b[1]]
                    finding = Finding("name", words_a, words_b, (span_a,), (span_b,))
                    if a > b:
                        finding = Finding("name", words_b, words_a, (span_b,), (span_a,))
                        a, b = b, a
                    found.append((a, b, finding))
    return found


def _word_at(text: str, key: str) -> tuple[int, int] | None:
    """Where the name word ``key`` (as :func:`.names.name_key` folds it) stands, not first."""
    for match in NAME_WORD.finditer(text):
        if match.start() and name_key(match.group()) == key:
            return match.span()
    return None


#: Cheap test (before any analysis) for a sentence that may name someone with a rank.
_MAY_RANK = re.compile(
    r"\b(?:Pvt|Private|Cpl|Corporal|Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Maj|Major|Col"
    r"|Colonel|Cmdr|Commander|Gen|General|Adm|Admiral)\b"
)


def _ranked_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int]
) -> list[tuple[int, int, Finding]]:
    """One person given two ranks by two sources: "Lt. John Corina" in one, "Sgt. John
    Corina" in another. The full name is the same, the ranks cannot be one person's
    (:func:`.roles.same_rank`: "Lt. Col." and "Col." can), and neither source gives
    the name two ranks (one that does tells of a promotion, or slips itself). The first
    sentence of each source that ranks the name stands for it."""
    where: dict[tuple[str, str], dict[int, dict[tuple[str, ...], tuple[int, str, tuple[int, int]]]]]
    where = {}
    for sentence, group in _each_source_text(sentences, group_of, _MAY_RANK):
        for found in ranked(sentence.text):
            words = sentence.text[found.span[0] : found.span[1]]
            ranks = where.setdefault(found.name, {}).setdefault(group, {})
            ranks.setdefault(found.rank, (sentence.id, words, found.span))
    result = []
    for by_group in where.values():
        # a source giving two ranks that cannot both hold is left out
        alone = {
            g: next(iter(r.items()))
            for g, r in by_group.items()
            if all(same_rank(x, y) for x in r for y in r)
        }
        groups = sorted(alone)
        for i, ga in enumerate(groups):
            for gb in groups[i + 1 :]:
                (rank_a, (a, words_a, span_a)), (rank_b, (b, words_b, span_b)) = (
                    alone[ga],
                    alone[gb],
                )
                if same_rank(rank_a, rank_b):
                    continue
                if a > b:
                    a, b, words_a, words_b, span_a, span_b = b, a, words_b, words_a, span_b, span_a
                result.append((a, b, Finding("name", words_a, words_b, (span_a,), (span_b,))))
    return result


def _titled_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int]
) -> list[tuple[int, int, Finding]]:
    """One person given two titles of a set by two sources (:mod:`..text.standing`):
    "study lead author Dr. Ana Ruiz" in one, "Ana Ruiz, the study's senior author" in
    another; "former partner Ellen Pao" / "the former associate, Ellen Pao". The full
    name is the same, and neither source gives the name two titles of the set (one that
    does tells of a promotion, or slips itself). The first sentence of each source that
    titles the name stands for it. A title the person has left ("former assistant
    professor") is set only beside others left, never beside one held now: the person
    may have been promoted since."""
    where: dict[tuple[tuple[str, str], str, bool], dict[int, dict[str, tuple[int, str, tuple]]]]
    where = {}
    for sentence, group in _each_source_text(sentences, group_of, MAY_TITLE):
        for found in titles(sentence.text):
            words = sentence.text[found.span[0] : found.span[1]]
            key = (found.name, found.kind, found.past)
            held = where.setdefault(key, {}).setdefault(group, {})
            held.setdefault(found.value, (sentence.id, words, found.span))
    result = []
    for by_group in where.values():
        alone = {g: next(iter(held.items())) for g, held in by_group.items() if len(held) == 1}
        groups = sorted(alone)
        for i, ga in enumerate(groups):
            for gb in groups[i + 1 :]:
                (value_a, (a, words_a, span_a)), (value_b, (b, words_b, span_b)) = (
                    alone[ga],
                    alone[gb],
                )
                if value_a == value_b:
                    continue
                if a > b:
                    a, b, words_a, words_b, span_a, span_b = b, a, words_b, words_a, span_b, span_a
                result.append((a, b, Finding("name", words_a, words_b, (span_a,), (span_b,))))
    return result


#: Cheap test (before any analysis) for a sentence that may give someone's age.
_MAY_AGE = re.compile(r"\b\d{1,3}-year-old\b|,\s\d{1,3},")


def _aged_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One person given two ages by two sources, wherever in the story: "Tom Hale, 34,
    was arrested" in one, "the 36-year-old Tom Hale" in another. The age stands beside
    the person's full name (two words or more: never a surname alone, which a family
    shares) and one age each source gives that name (a source giving two tells of two
    times). The first sentence of each source that ages the name stands for it."""
    where: dict[frozenset[str], dict[int, dict[str, tuple[int, Value]]]] = {}
    for sentence, group in _each_source_text(sentences, group_of, _MAY_AGE):
        analysed = spec(sentence.id)
        if any(t.startswith("y:") for t in analysed.when):
            continue  # "Hale, who was 34 in 2010": an age of another year
        for v in analysed.values:
            if v.unit != "age":
                continue
            who = frozenset(aged_names(analysed, v))
            if len(who) >= 2:
                ages = where.setdefault(who, {}).setdefault(group, {})
                ages.setdefault(v.tag, (sentence.id, v))
    found = []
    for by_group in where.values():
        alone = {g: next(iter(ages.values())) for g, ages in by_group.items() if len(ages) == 1}
        groups = sorted(alone)
        for i, ga in enumerate(groups):
            for gb in groups[i + 1 :]:
                (a, v), (b, w) = alone[ga], alone[gb]
                if v.tag == w.tag or compatible(v, w):
                    continue
                if a > b:
                    a, b, v, w = b, a, w, v
                left, right = spec(a), spec(b)
                words_a, words_b = _words(left, v.first, v.last), _words(right, w.first, w.last)
                spans = (_span(left, v.first, v.last),), (_span(right, w.first, w.last),)
                found.append((a, b, Finding("number", words_a, words_b, *spans)))
    return found


#: Words that name one occurrence a story is about, each with the forms that name the
#: same occurrence: "the Sept. 2 crash", "the plane crashed Sept. 2", "the March 22 coup".
_EVENT_FORMS = {
    "crash": ("crash", "crashed"), "coup": ("coup",), "bombing": ("bombing", "bombings"),
    "attack": ("attack", "attacks"), "explosion": ("explosion", "blast", "exploded"),
    "shooting": ("shooting",), "massacre": ("massacre",), "earthquake": ("earthquake", "quake"),
    "collapse": ("collapse", "collapsed"), "derailment": ("derailment", "derailed"),
    "sinking": ("sinking", "capsizing", "capsized", "sank"), "hijacking": ("hijacking",),
    "assassination": ("assassination",), "kidnapping": ("kidnapping", "abduction"),
    "eruption": ("eruption", "erupted"), "invasion": ("invasion",),
}  # fmt: skip
_EVENT_OF = {form: event for event, forms in _EVENT_FORMS.items() for form in forms}
_EVENT_WORD = "|".join(sorted(_EVENT_OF, key=len, reverse=True))
_DAY_OF_MONTH = (
    rf"(?P<month>(?i:{MONTH_WORD}))\s(?P<day>\d{{1,2}})\b(?!:)(?:,?\s(?P<year>\d{{4}}))?"
)
#: The event's word right beside its date: "the Sept. 3 crash", "the crash on Sept. 2",
#: "the coup of March 21", "the jet crashed Sept. 2". A date further off may be another
#: step's ("arrested on Oct. 2 after the crash").
_DATED_EVENT = (
    re.compile(rf"\b[Tt]he\s{_DAY_OF_MONTH}\s(?P<event>{_EVENT_WORD})\b"),
    re.compile(rf"\b[Tt]he\s(?P<event>{_EVENT_WORD})\s(?:on|of)\s{_DAY_OF_MONTH}"),
    re.compile(rf"\b(?P<event>crashed|exploded|collapsed|derailed|capsized|sank|erupted)"
               rf"\s(?:on\s)?{_DAY_OF_MONTH}"),
)  # fmt: skip
#: Days apart within which two dates of one event's word are one event misdated; further
#: apart, a story may tell of two (an attack and another two weeks on).
SAME_EVENT_DAYS = 2


#: Words just before a dated event that tell it is not the one the story is about: "*a
#: second* bomb exploded on Oct. 3", "*another* plane crashed Sept. 3".
_ANOTHER = frozenset((
    "another", "second", "third", "fourth", "fifth", "separate", "earlier", "previous",
    "prior", "similar", "other",
))  # fmt: skip
#: Words before a dated event looked at for :data:`_ANOTHER`.
ANOTHER_REACH = 4


def _dated_events(text: str) -> Iterator[tuple[str, tuple[str, int, str | None], tuple[int, int]]]:
    """Each event the sentence dates beside its word: its name, its date, the date's place.
    An event told as another one ("a second bomb exploded on Oct. 3") is left out."""
    for pattern in _DATED_EVENT:
        for match in pattern.finditer(text):
            start = match.start()
            before = re.findall(r"[\w'’-]+", text[max(0, start - 80) : start].lower())
            before = before[-ANOTHER_REACH:]
            if _ANOTHER.intersection(before):
                continue
            month = MONTHS.get(match.group("month").lower().rstrip("."))
            if month is None:
                continue
            day = int(match.group("day"))
            if 1 <= day <= 31:
                end = match.end("year") if match.group("year") else match.end("day")
                event = _EVENT_OF[match.group("event").lower()]
                yield event, (month, day, match.group("year")), (match.start("month"), end)


def _dated_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int]
) -> list[tuple[int, int, Finding]]:
    """One event given two days of one month by two sources, wherever in the story:
    "her father died in the Sept. 3 crash" in one, "the Sept. 2 crash remains unexplained"
    in another. The event's word stands right beside each date; each article gives it one
    day (an article giving two tells of two events); the days are at most
    :data:`SAME_EVENT_DAYS` apart and no third day is given for that word in the story (a
    story with many such days tells of many events); a year given on both sides is the
    same. The first sentence of each source giving a day stands for it."""
    by_article: dict[str, dict[int, dict[tuple[str, int], tuple[int, tuple[int, int], str | None]]]]
    by_article = {}  # event -> article -> its days, each with its first sentence
    for sentence in sentences:
        # a day of a month is read as a "t:" figure ("t:sep-2"): most sentences give none
        if not any(tag.startswith("t:") for tag in sentence.numbers):
            continue
        if not _MAY_DATED_EVENT.search(sentence.text):
            continue
        for event, (month, day, year), span in _dated_events(sentence.text):
            days = by_article.setdefault(event, {}).setdefault(sentence.article, {})
            days.setdefault((month, day), (sentence.id, span, year))
    found = []
    for articles in by_article.values():
        if len({d for days in articles.values() for d in days}) != 2:
            continue
        # each source's first sentence for each day, from articles that give the event one day
        first: dict[tuple[int, tuple[str, int]], tuple[int, tuple[int, int], str | None]] = {}
        for article, days in sorted(articles.items()):
            if len(days) == 1:
                ((date, seen),) = days.items()
                first.setdefault((group_of[article], date), seen)
        keys = sorted(first)
        for i, (ga, (month_a, day_a)) in enumerate(keys):
            for gb, (month_b, day_b) in keys[i + 1 :]:
                if ga == gb or month_a != month_b or day_a == day_b:
                    continue
                if abs(day_a - day_b) > SAME_EVENT_DAYS:
                    continue
                (a, span_a, year_a) = first[(ga, (month_a, day_a))]
                (b, span_b, year_b) = first[(gb, (month_b, day_b))]
                if year_a and year_b and year_a != year_b:
                    continue
                found.append(_one_word_each("date", sentences, (a, span_a), (b, span_b)))
    return found


#: Cheap test (before any analysis) for a sentence that may date an event beside its word.
_MAY_DATED_EVENT = re.compile(rf"\b(?:{_EVENT_WORD})\b", re.IGNORECASE)


#: Words that tell a figure counts the dead or the injured of a toll, by the fate's name
#: (as :func:`.figures.counted` folds "wounded" and "hurt" into "injur").
_TOLL_FATES = {"kill": "kill", "die": "kill", "dead": "kill", "death": "kill", "injur": "injur"}
#: Words that may stand between a figure and its fate: "65 *of the young people* died",
#: "190 *were seriously* injured", "*at least* 3 injured".
_TOLL_BETWEEN = frozenset((
    "of", "the", "a", "were", "was", "been", "have", "has", "had", "are", "is", "other",
    "others", "more", "people", "persons",
))  # fmt: skip
#: Words of a bound or an estimate that may stand between a fate and its figure: "killing
#: *at least* 60", "injuring *an estimated* 5,000", "wounding *up to* 30".
_TOLL_BOUND = frozenset(("at", "least", "more", "than", "about", "nearly", "some", "over",
                         "almost", "an", "estimated", "up", "to"))  # fmt: skip
#: Words after a figure within which its fate is looked for.
TOLL_REACH = 6
#: Cheap tests (before any analysis) for a sentence that may give a toll: it names a death
#: and an injury.
_MAY_DIE = Hinted(
    re.compile(r"\b(?:kill|died|dead|death)", re.IGNORECASE), ("kill", "died", "dead", "death")
)
_MAY_HURT = Hinted(re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE), ("injur", "wound", "hurt"))


def _fate(spec: Specifics, v: Value) -> str | None:
    """The fate a figure counts in its own clause, "kill" or "injur": "*killing* 60 people",
    "leaving three people *dead*", "more than 190 were seriously *injured*"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    for j in range(v.first - 1, max(-1, v.first - 4), -1):
        token = tokens[j]
        if token.clause != clause:
            break
        if fate := _TOLL_FATES.get(counted(token.stem or "")):
            return fate
        if token.low not in _TOLL_BOUND:
            break
    for j in range(v.last + 1, min(len(tokens), v.last + 1 + TOLL_REACH)):
        token = tokens[j]
        if token.clause != clause or j in spec.value_at:
            break
        if fate := _TOLL_FATES.get(counted(token.stem or "")):
            return fate
        if token.low in _TOLL_BETWEEN or token.low.endswith("ly"):
            continue  # "of the", "were seriously"
        if not token.stem or capitalised(token):
            break  # "60 in Orrin", "three Israelis": the figure counts no fate here
    return None


def _victims(spec: Specifics, v: Value) -> frozenset[str]:
    """Whom a toll's figure counts, when the word right after it says: "killing 12
    *soldiers*", "15 *Israelis* died"; none for "people", a fate or a passive ("40
    injured", "12 were killed")."""
    i = v.last + 1
    if i >= len(spec.tokens) or spec.tokens[i].clause != spec.tokens[v.first].clause:
        return frozenset()
    token = spec.tokens[i]
    if capitalised(token):
        return frozenset({_fold_name(name_part(token))})
    stem = counted(token.stem or "")
    if (
        not stem
        or stem in _WHO
        or stem in _TOLL_FATES
        or stem in GENERIC
        or token.low in _TOLL_BETWEEN
        or token.low in _TOLL_BOUND
        or token.low.endswith("ly")
    ):
        return frozenset()
    return frozenset({stem})


def _toll(spec: Specifics) -> dict[str, Value] | None:
    """The dead and the injured a sentence counts, one figure each ("killing 60 people and
    injuring 155"); none when it counts only one of them, or one of them twice (two places,
    two days, a part and the whole)."""
    found: dict[str, Value] = {}
    for v in spec.values:
        if v.kind != "number" or v.label or v.unit:
            continue
        if fate := _fate(spec, v):
            if fate in found:
                return None
            found[fate] = v
    return found if len(found) == 2 else None


#: Verbs that, before "to" and a figure, tell a count still changing: "the toll *rose to*
#: 46", "has *climbed to* 63". The figure is one moment of the count, not another count.
_RISING = frozenset((
    "rose", "risen", "rising", "climbed", "climbing", "jumped", "increased", "grew", "grown",
    "reached", "fell", "dropped", "revised",
))  # fmt: skip


def _risen_to(spec: Specifics, v: Value) -> bool:
    """Is the figure where a changing count has got to: "the toll has now *risen to* 46"?"""
    tokens = spec.tokens
    i = v.first - 1
    while i >= 0 and tokens[i].low in _TOLL_BOUND and tokens[i].low != "to":
        i -= 1  # "rose to about 46", "climbed to more than 60"
    return i >= 1 and tokens[i].low == "to" and tokens[i - 1].low in _RISING


def _moment_period(spec: Specifics) -> frozenset[str]:
    """The month, year or period (:func:`_period`) that sets a changing count's moment:
    "fell to 5.2 percent *in May*", "grew to 41,200 *in 2010*". A day is none: a toll
    "rose to 46 on Saturday" in the morning and to 52 by night."""
    period = _period(spec)
    days = {t for t in period if t.startswith("t:")}
    months = {f"m:{t[2:].split('-')[0]}" for t in days}
    return frozenset(period - days - months)


def _one_moment(a: Specifics, b: Specifics) -> bool:
    """Do both sentences set their figures in one month, year or period
    (:func:`_moment_period`)?"""
    period = _moment_period(a)
    return bool(period) and period == _moment_period(b)


def _moving(spec: Specifics) -> bool:
    """Does the sentence tell a count as one moment of a count still changing?"""
    return any(v.kind == "number" and _risen_to(spec, v) for v in spec.values)


def _tolls_placed_apart(
    a: Specifics, toll_a: dict[str, Value], b: Specifics, toll_b: dict[str, Value]
) -> bool:
    """Is either toll set in a place the other sentence never names, beside either of its
    counts? "*In Dalby* the storm killed 40 people and injured 75" is Dalby's toll."""
    placed_a = frozenset().union(*(_placed(a, v) for v in toll_a.values()))
    placed_b = frozenset().union(*(_placed(b, w) for w in toll_b.values()))
    if placed_a == placed_b:
        return False
    names_a = {_fold_name(n) for n in a.names} | _dateline(a.text)
    names_b = {_fold_name(n) for n in b.names} | _dateline(b.text)
    return bool((placed_a - names_b) or (placed_b - names_a))


def _tolls_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One toll told two ways by two sources, wherever in the story: "killing 60 people and
    injuring 155" in one, "about 65 died and more than 190 were seriously injured" in
    another. Each sentence counts both the dead and the injured; one count agrees (is the
    same figure, or can be true with the other, :func:`.figures.compatible`), which ties
    the two to one event at one time, and the other cannot; neither toll is set in a place
    the other sentence never names (:func:`_tolls_placed_apart`), no other year or period
    frames either, the two are not set on two days ("on Thursday" / "on Wednesday": two
    fires), neither tells its toll as a count still changing (:func:`_moving`), and the
    counts that differ do not count two groups (:func:`_victims`: "12 soldiers" / "15
    civilians"). A story
    giving more than :data:`TOLL_CAP` tolls tells a count that keeps changing, or many
    incidents: its tolls are not compared. One finding is kept for each pair of sources
    and fate.

    The figures are compared once for each two tolls given (their figures and bounds),
    not for each two sentences giving them: a large folder repeats a few tolls often."""
    tolls: list[tuple[int, int, Specifics, dict[str, Value]]] = []
    given: dict[tuple[str, str, str, str], list[int]] = {}  # a toll's figures -> its tolls
    for sentence, group in _each_source_text(sentences, group_of, _MAY_HURT):
        if not any(tag.startswith("n:") for tag in sentence.numbers):
            continue  # a toll is counted ("three dead, three hurt" is one "n:3")
        if not _MAY_DIE.search(sentence.text):
            continue
        analysed = spec(sentence.id)
        if not _moving(analysed) and (toll := _toll(analysed)) is not None:
            kill, injur = toll["kill"], toll["injur"]
            given.setdefault((kill.tag, kill.bound, injur.tag, injur.bound), []).append(len(tolls))
            tolls.append((sentence.id, group, analysed, toll))
    if len(given) > TOLL_CAP:
        return []
    # the pairs of tolls whose figures disagree on one fate, by their place in ``tolls``
    pairs: list[tuple[int, int, str]] = []
    kinds = list(given.values())
    for i, these in enumerate(kinds):
        for those in kinds[i + 1 :]:
            toll_a, toll_b = tolls[these[0]][3], tolls[those[0]][3]
            # one figure given alike ("at least 12" / "at least 12") agrees, bound or not
            differ = [
                f
                for f in ("kill", "injur")
                if toll_a[f].tag != toll_b[f].tag and not compatible(toll_a[f], toll_b[f])
            ]
            if len(differ) == 1:  # both agree, or neither does: two tolls, or two moments
                pairs.extend((min(x, y), max(x, y), differ[0]) for x in these for y in those)
    found = []
    seen: set[tuple[int, int, str]] = set()
    for x, y, fate in sorted(pairs):
        a, ga, left, toll_a = tolls[x]
        b, gb, right, toll_b = tolls[y]
        key = (min(ga, gb), max(ga, gb), fate)
        if ga == gb or key in seen:
            continue
        if _period(left) != _period(right) or _two_days(left, right):
            continue  # other years or periods, or two days: two tolls
        if _tolls_placed_apart(left, toll_a, right, toll_b):
            continue
        v, w = toll_a[fate], toll_b[fate]
        if _count_other_things(_victims(left, v), _victims(right, w)):
            continue  # "killing 12 soldiers" / "killing 15 civilians": two groups of dead
        seen.add(key)
        found.append((a, b, _values_finding("number", left, right, [(v, w)])))
    return found


#: Tolls (their figures) a story may give for any two of them to be compared: more tell a
#: count that keeps changing, or many incidents (a story gives one to three).
TOLL_CAP = COUNT_CAP


#: Significant digits from which a figure is exact rather than rounded ("972,815",
#: "9,509", "$514.6 million"; never "1,600" or "$26.6 million")...
EXACT_DIGITS = 4
#: ...and two exact figures at most this share apart are one quantity told two ways.
EXACT_NEAR = 0.01


def _significant(value: int) -> int:
    """How many significant digits a whole figure has: 972,815 six, 514,600,000 four."""
    return len(str(value).rstrip("0"))


def _rounding(x: int, y: int) -> bool:
    """Is one figure the other rounded or cut to its own last digit: 481,263 and 481,300
    (or 481,200), where 972,815 and 972,814, or $514.6 and $514.3 million, are not?"""
    step = 10 ** max(len(str(v)) - len(str(v).rstrip("0")) for v in (x, y))
    return (x + step // 2) // step == (y + step // 2) // step or x // step == y // step


def _exact(v: Value) -> int | None:
    """The figure, when it is exact: a count or sum given to ``EXACT_DIGITS`` significant
    digits or more, stated without "about" or "more than" (nobody rounds to 972,814 or to
    $514.6 million), never a year, an age or a label ("Flight 3411")."""
    if not v.tag.startswith("n:") or v.bound != "=" or v.label or not v.countable:
        return None
    if v.unit == "age":
        return None
    try:
        value = int(v.tag[2:])
    except ValueError:
        return None
    return value if _significant(value) >= EXACT_DIGITS else None


def _exact_tags(numbers: frozenset[str]) -> frozenset[int]:
    """The figures of a sentence's ``numbers`` that may be exact (:func:`_exact`)."""
    found = set()
    for tag in numbers:
        if tag.startswith("n:") and tag[2:].isdigit():
            value = int(tag[2:])
            if _significant(value) >= EXACT_DIGITS:
                found.add(value)
    return frozenset(found)


def _names_a_thing(spec: Specifics, v: Value) -> bool:
    """Is the figure part of a name rather than a quantity: "Flight 3411", "Room 1207",
    "1313 Mockingbird Lane", "No. 4417"?"""
    tokens = spec.tokens
    before = tokens[v.first - 1] if v.first else None
    after = tokens[v.last + 1] if v.last + 1 < len(tokens) else None
    if before is not None and (
        before.low in ("no", "no.", "#") or (capitalised(before) and before.low not in stopwords())
    ):
        return True
    return after is not None and capitalised(after)


def _exact_twins(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One exact figure given two values by two sources, wherever in the story: "cost it
    $972,815" in one, "seeking $972,814 in legal costs" in another. Both are exact
    (:func:`_exact`), of one unit, and within ``EXACT_NEAR`` of each other, and no source
    writes both (one that does counts two things, as two candidates' votes). Two figures
    so exact and so near are one quantity, however differently the sentences around them
    are worded; figures further apart may count two things, and are left to the sentences'
    comparison. The first sentence of each source that gives the figure stands for it."""
    # Cheaply first, from the figures every sentence carries: only a sentence with a figure
    # that has a near twin somewhere in the story is analysed.
    texts = [
        (sentence, group, exact)
        for sentence, group in _each_source_text(sentences, group_of)
        if (exact := _exact_tags(sentence.numbers))
    ]
    values = sorted({value for _, _, exact in texts for value in exact})
    twinned = {value for x, y in pairwise(values) if y - x <= EXACT_NEAR * y for value in (x, y)}
    where: dict[tuple[int, str | None], dict[int, tuple[int, Value]]] = {}
    for sentence, group, exact in texts:
        if not exact & twinned:
            continue
        analysed = spec(sentence.id)
        if _dense(analysed):
            continue  # a table in prose: its figures count many things
        for v in analysed.values:
            value = _exact(v)
            if value is not None and not _names_a_thing(analysed, v):
                where.setdefault((value, v.unit), {}).setdefault(group, (sentence.id, v))
    found = []
    figures = sorted(where, key=lambda key: (str(key[1]), key[0]))
    for i, x in enumerate(figures):
        for y in figures[i + 1 :]:
            if y[1] != x[1] or y[0] - x[0] > EXACT_NEAR * y[0]:
                break
            if where[x].keys() & where[y].keys() or _rounding(x[0], y[0]):
                continue
            for first in where[x].values():
                for second in where[y].values():
                    (a, v), (b, w) = sorted((first, second), key=lambda side: side[0])
                    left, right = spec(a), spec(b)
                    if _told_apart(left, right):
                        continue
                    words_a = _words(left, v.first, v.last)
                    words_b = _words(right, w.first, w.last)
                    spans = (_span(left, v.first, v.last),), (_span(right, w.first, w.last),)
                    found.append((a, b, Finding("number", words_a, words_b, *spans)))
    return found


def _told_apart(a: Specifics, b: Specifics) -> bool:
    """Do two sentences tell of two things, whatever figures they give: each names someone
    or something the other does not ("Ines Marlow won 10,482 votes" / "her rival, Peter
    Dunst, finished with 10,391 votes"), or they give two days ("closed at 10,482 points
    on Monday" / "on Tuesday ... fell to 10,401 points")?"""
    # a name opening one sentence ("*Silicon* Valley venture firm ...") is no name of its own
    openers = (with_opening(a) - a.names) | (with_opening(b) - b.names)
    return _other_names(a, b, drop=openers) or _two_days(a, b)


def _two_days(a: Specifics, b: Specifics) -> bool:
    """Do two sentences set what they tell on two days ("on Monday" / "on Tuesday",
    "Sept. 2" / "Sept. 9")?"""
    days_a = {t for t in a.when if t.startswith(("d:", "t:"))}
    days_b = {t for t in b.when if t.startswith(("d:", "t:"))}
    return bool(days_a and days_b and not days_a & days_b)


def _counts_differ(left: Sentence, right: Sentence) -> bool:
    """Does each sentence give a figure the other does not?"""
    counts_left = {v for v in left.numbers if v.startswith("n:")}
    counts_right = {v for v in right.numbers if v.startswith("n:")}
    return bool(counts_left and counts_right and counts_left != counts_right)


#: Pairs to judge from which half of them are judged by a second process (:mod:`..parallel`):
#: about a tenth of a second of work.
SHARED_PAIRS = 2000
#: The share of those pairs this process judges while the other judges the rest: it also
#: looks for the disagreements found over the folder's sentences (:func:`_spelled_two_ways`
#: and the like), which take about as long as judging half of the pairs.
OWN_SHARE = 0.25


def detect(
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    near: Sequence[NearPair],
    groups: Sequence[SourceGroup],
    group_of: Sequence[int],
    cancelled: CancelFn | None = None,
    processes: int = 1,
) -> tuple[list[Match], tuple[Disagreement, ...]]:
    """Disagreements among matched and near-miss pairs, and the matches that survive them.

    One disagreement is kept per pair of sources and differing values (copies
    of an article would only repeat it), preferring the sources' originals.
    ``cancelled`` is asked now and then; when it says so, :class:`Cancelled` is raised.
    ``processes``: at most this many processes judge the pairs (:mod:`..parallel`).
    """
    originals = {g.original for g in groups}
    best: dict[tuple, tuple[tuple, Disagreement]] = {}
    conflicted: set[tuple[int, int]] = set()
    # By text: a copy's sentence is read once. ``analyse`` is the cache alignment filled: a
    # sentence it analysed is not analysed again (the pipeline empties it after this stage).
    specifics: dict[str, Specifics] = {}
    judged: dict[tuple[str, str, bool], Finding | None] = {}

    def spec(sid: int) -> Specifics:
        text = sentences[sid].text
        if text not in specifics:
            specifics[text] = analyse(text)
        return specifics[text]

    # Pairs whose numbers agree can only differ by a name in a role or a negation. Each
    # flag is read from the text when first asked for, once per distinct text.
    flags: dict[str, tuple[bool, bool, bool]] = {}
    aliases: dict[str, bool] = {}

    def aliasing(sid: int) -> bool:
        """Does the sentence name someone by a bracketed name?"""
        text = sentences[sid].text
        if "(" not in text:
            return False
        if text not in aliases:
            aliases[text] = bool(_ALIAS.search(text))
        return aliases[text]

    def flagged(sid: int) -> tuple[bool, bool, bool]:
        """Whether the sentence may deny something, whether it may name someone in a role,
        and whether it gives a time of day (a part of a weekday, a clock time)."""
        text = sentences[sid].text
        if text not in flags:
            low = text.lower().replace("’", "'")
            words = set(re.findall(r"[a-z]+", low))
            negates = (
                bool(words & _NEGATING_WORDS) or "n't" in low or bool(MAY_TELL_OUTCOME.search(low))
            )
            flags[text] = (negates, bool(words & ROLES) or aliasing(sid), _timed(text))
        return flags[text]

    counting = [any(t.startswith("n:") for t in s.numbers) for s in sentences]
    counts: dict[str, set[str]] = {}  # by text, as ``specifics``

    def counted_words(sid: int) -> set[str]:
        text = sentences[sid].text
        if text not in counts:
            counts[text] = counts_of(text)
        return counts[text]

    def count_alike(a: int, b: int) -> bool:
        """Do both sentences give figures the other does not, next to the same word?"""
        return (
            counting[a]
            and counting[b]
            and conflicting(sentences[a].numbers, sentences[b].numbers, ("n:",))
            and bool(counted_words(a) & counted_words(b))
        )

    by_numbers: set[tuple[int, int]] = set()
    judged_pairs: set[tuple[int, int]] = set()
    for p in near:
        if p.conflict:
            by_numbers.add((p.a, p.b))
        if not p.weak:
            judged_pairs.add((p.a, p.b))
        # Loosely alike pairs whose figures differ may still count one thing differently,
        # and two that name someone by a bracketed name may name them two ways.
        elif counting[p.a] and counting[p.b] and count_alike(p.a, p.b):
            by_numbers.add((p.a, p.b))
        elif aliasing(p.a) and aliasing(p.b):
            judged_pairs.add((p.a, p.b))
    for m in matches:
        judged_pairs.add((m.a, m.b))
        # Matched pairs that share one figure may give another differently ("three dead,
        # at least six injured" / "three killed, at least three injured"): never support.
        if (
            counting[m.a]
            and counting[m.b]
            and _counts_differ(sentences[m.a], sentences[m.b])
            and bool(counted_words(m.a) & counted_words(m.b))
        ):
            by_numbers.add((m.a, m.b))
    by_numbers |= _same_counts(sentences, group_of, counting, counted_words)
    by_numbers |= _same_falls(sentences, group_of)
    pairs = list(judged_pairs | by_numbers)

    def findings(lo: int, hi: int) -> list[tuple[int, Finding]]:
        """What pairs ``lo`` to ``hi`` (positions in ``pairs``) disagree on, by position."""
        found: list[tuple[int, Finding]] = []
        for k in range(lo, hi):
            if cancelled and k % 1024 == 0 and cancelled():
                raise Cancelled
            a, b = pairs[k]
            left, right = sentences[a], sentences[b]
            values = (a, b) in by_numbers
            if group_of[left.article] == group_of[right.article]:
                continue
            if not values:
                (negates_a, role_a, timed_a), (negates_b, role_b, timed_b) = flagged(a), flagged(b)
                if not (negates_a or negates_b or (role_a and role_b) or (timed_a and timed_b)):
                    continue
            texts = (left.text, right.text, values)
            if texts not in judged:  # copies of a sentence meet the same other sentence often
                judged[texts] = _judge(spec(a), spec(b), values)
            finding = judged[texts]
            if finding is not None:
                found.append((k, finding))
        return found

    def others() -> list[tuple[int, int, Finding]]:
        """Disagreements found over the folder's sentences rather than pair by pair."""
        return [
            *_spelled_two_ways(sentences, group_of),
            *_alone_spelled_two_ways(sentences, group_of),
            *_ranked_two_ways(sentences, group_of),
            *_titled_two_ways(sentences, group_of),
            *_aged_two_ways(sentences, group_of, spec),
            *_dated_two_ways(sentences, group_of),
            *_tolls_two_ways(sentences, group_of, spec),
            *_exact_twins(sentences, group_of, spec),
        ]

    if processes > 1 and len(pairs) >= SHARED_PAIRS:
        # this process looks for the others too, and judges the smaller part of the pairs
        cut = int(len(pairs) * OWN_SHARE)
        (mine, elsewhere), theirs = in_two(
            lambda: (findings(0, cut), others()),
            lambda: findings(cut, len(pairs)),
            cancelled=cancelled,
        )
        every = mine + theirs
    else:
        every = findings(0, len(pairs))
        elsewhere = others()
    for k, finding in every:
        a, b = pairs[k]
        left, right = sentences[a], sentences[b]
        ga, gb = group_of[left.article], group_of[right.article]
        conflicted.add((a, b))
        key = (
            finding.kind,
            frozenset({(ga, finding.a_words.lower()), (gb, finding.b_words.lower())}),
        )
        rank = ((left.article not in originals) + (right.article not in originals), a, b)
        item = Disagreement(
            finding.kind, a, b, finding.a_words, finding.b_words, finding.a_spans, finding.b_spans
        )
        if key not in best or rank < best[key][0]:
            best[key] = (rank, item)
    for a, b, finding in elsewhere:
        ga, gb = group_of[sentences[a].article], group_of[sentences[b].article]
        conflicted.add((a, b))
        key = (
            finding.kind,
            frozenset({(ga, finding.a_words.lower()), (gb, finding.b_words.lower())}),
        )
        if key not in best:
            best[key] = (
                (0, a, b),
                Disagreement(
                    finding.kind, a, b, finding.a_words, finding.b_words,
                    finding.a_spans, finding.b_spans,
                ),
            )  # fmt: skip
    kept = [m for m in matches if (m.a, m.b) not in conflicted]
    found = sorted((item for _, item in best.values()), key=lambda d: (d.a, d.b))
    return kept, tuple(found)
