"""Story-wide: one event told at two distances in time from another by two sources.

"Indonesia invaded the territory in December 1975, *a few months after* the departure of
Portugal's colonial administration" in one source, "Indonesia invaded East Timor in 1975,
*a year after* the former Portuguese colony was abandoned by Lisbon" in another: one
event follows another by one stretch of time. The distances are read by
:func:`..text.distances.distances` ("a year after", "a few months after", "more than two
weeks before"), each with the least and the most time its words allow.

Two distances are set against each other only when all of these hold: both are told on
one side ("after" / "before"); the events placed are one (the words before the distances
share two words, one of them no name; neither names someone or something the other
does not, nor holds a word no name the other lacks while the other holds one too, "the
ferry *left* port" / "the ferry *returned* to port"; neither is told as one of several,
"*another* victim died", "the *first* victim died", "was sold *again*", nor is a
statement, which may be made at many moments, "*spoke* to reporters"); the events they are told from are one (the words after the prepositions share
two words, one of them no name; a place and its people are one word, "Portugal" /
"Portuguese"); the two name no two counts, years, months or days before the distances
("cut 200 jobs" / "cut 500 more jobs"); and the times the words allow
do not meet ("a year" is six months either side of twelve, "a few months" two to five
months, "40 minutes" 35 to 45). A source that gives one event two distances from one other
(two occasions, or a correction) is left out, and one finding is kept for each two
sources, their first sentences standing for them.

A distance in a sentence that tells of a plan or a forecast is never read
(:mod:`..text.distances`): "the vote will come a year after the census" is no event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Sentence
from ..text.distances import MAY_DISTANCE, Distance, distances
from ..text.figures import GENERIC, TIME_UNITS
from ..text.lexicon import ANOTHER_ONE
from ..text.names import place_and_people
from ..text.numbers import DAY_TAGS, MONTH_TAG, NUMBER_TAG, YEAR_TAG
from ..text.roles import capitalised
from ..text.saying import REPORTS
from ..text.specifics import Specifics
from .finding import Finding, span_of
from .story import each_source_text

#: Words that make the event placed one of several: "*another* victim died a week after the
#: attack" / "the *first* victim died two days after the attack" are two deaths.
_ONE_OF_SEVERAL = ANOTHER_ONE | frozenset(("first", "latest", "next", "again"))
#: Words of a statement, which may be made at many moments: "Mayor Velt *spoke* to reporters
#: two days after the attack" / "… a week after the attack" are two statements.
_STATEMENT = REPORTS | frozenset(("spoke", "speaks", "spoken", "speaking"))
#: Words the two events must share, on each side of the distance, one of them no name.
_SHARED = 2
#: Letters a name's stem keeps at least to be read as the start of a longer name's stem
#: ("portug" / "portugues": a place and its people).
_NAME_ROOT = 5


#: One word of an event: its stem, and whether it is a name.
_Word = tuple[str, bool]


def _words(spec: Specifics, first: int, end: int) -> frozenset[_Word]:
    """The telling words of tokens ``first`` to ``end`` (one past the last): their stems,
    each marked a name or not; figures, dates and words of time or amount left out."""
    found = set()
    for i in range(first, end):
        token = spec.tokens[i]
        if i in spec.value_at or not token.stem or not token.stem.isalpha():
            continue
        if token.stem in GENERIC or token.stem in TIME_UNITS:
            continue
        found.add((token.stem, capitalised(token)))
    return frozenset(found)


def _one_word(x: _Word, y: _Word) -> bool:
    """Are two words one: one stem, or two names of a place and its people ("Portugal" /
    "Portuguese", "Israel" / "Israelis")?"""
    if x[0] == y[0]:
        return True
    if not (x[1] and y[1]):
        return False
    short, long = sorted((x[0], y[0]), key=len)
    return (len(short) >= _NAME_ROOT and long.startswith(short)) or place_and_people(x[0], y[0])


def _one_event(one: frozenset[_Word], other: frozenset[_Word], placed: bool = False) -> bool:
    """Do two runs of words tell one event: two words at least in common, one of them no
    name, and no name of either that the other lacks on both sides? Of two events placed
    (``placed``), neither may hold a word no name that the other lacks while the other
    holds one too: "the Orla ferry *left* port" / "the Orla ferry *returned* to port" are
    two acts, though the events they are told from may be told in other words ("the
    *departure* of Portugal's colonial administration" / "the colony was *abandoned*")."""
    shared = [x for x in one if any(_one_word(x, y) for y in other)]
    if len(shared) < _SHARED or all(name for _, name in shared):
        return False
    lacked_one = any(x[1] and not any(_one_word(x, y) for y in other) for x in one)
    lacked_other = any(y[1] and not any(_one_word(y, x) for x in one) for y in other)
    if lacked_one and lacked_other:
        return False
    if not placed:
        return True
    words_one = any(not x[1] and not any(_one_word(x, y) for y in other) for x in one)
    words_other = any(not y[1] and not any(_one_word(y, x) for x in one) for y in other)
    return not (words_one and words_other)


def _times(spec: Specifics, end: int) -> dict[str, frozenset[str]]:
    """The counts, years, months and days named before token ``end``, by kind: two counts
    ("cut 200 jobs" / "cut 500 more jobs") tell two acts, as two days do."""
    found: dict[str, set[str]] = {}
    for v in spec.values:
        if v.last >= end:
            continue
        for kind in (NUMBER_TAG, YEAR_TAG, MONTH_TAG, *DAY_TAGS):
            if v.tag.startswith(kind):
                found.setdefault(kind, set()).add(v.tag)
    return {kind: frozenset(tags) for kind, tags in found.items()}


#: A distance a source tells: its sentence, the distance, the words of the event placed
#: and of the event it is told from, and the times named before it.
_Told = tuple[int, Distance, frozenset[_Word], frozenset[_Word], dict[str, frozenset[str]]]


def _same(x: _Told, y: _Told) -> bool:
    """Do two distances place one event from one other, on one side, on no two days?"""
    if x[1].side != y[1].side or not _one_event(x[2], y[2], placed=True):
        return False
    if not _one_event(x[3], y[3]):
        return False
    return not any(kind in y[4] and x[4][kind].isdisjoint(y[4][kind]) for kind in x[4])


def _apart(x: Distance, y: Distance) -> bool:
    """Can the two distances not both hold?"""
    return x.most < y.least or y.most < x.least


def distanced_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Each two sources that tell one event at two distances in time from another (see
    the module's notes)."""
    told: dict[int, list[_Told]] = {}
    for sentence, group in each_source_text(sentences, group_of, MAY_DISTANCE):
        read = distances(sentence.text)
        if not read:
            continue
        s = spec(sentence.id)
        for d in read:
            if any(t.low in _ONE_OF_SEVERAL or t.low in _STATEMENT for t in s.tokens[: d.first]):
                continue  # the event placed is one of several, or a statement
            placed, anchor = _words(s, 0, d.first), _words(s, *d.anchor)
            if placed and anchor:
                told.setdefault(group, []).append(
                    (sentence.id, d, placed, anchor, _times(s, d.first))
                )
    found = []
    groups = sorted(told)
    for i, ga in enumerate(groups):
        for gb in groups[i + 1 :]:
            pair = _two_ways(told[ga], told[gb])
            if pair is None:
                continue
            (a, x), (b, y) = sorted(pair)
            span_a = span_of(spec(a), x.first, x.last)
            span_b = span_of(spec(b), y.first, y.last)
            words_a = sentences[a].text[slice(*span_a)]
            words_b = sentences[b].text[slice(*span_b)]
            found.append((a, b, Finding("date", words_a, words_b, (span_a,), (span_b,))))
    return found


def _two_ways(one: list[_Told], other: list[_Told]) -> tuple[tuple[int, Distance], ...] | None:
    """The first two distances of two sources that place one event from one other and
    cannot both hold, when neither source tells that event's distance two ways itself."""
    for x in one:
        for y in other:
            if not _same(x, y) or not _apart(x[1], y[1]):
                continue
            if _two_ways_alone(one, x) or _two_ways_alone(other, y):
                continue
            return (x[0], x[1]), (y[0], y[1])
    return None


def _two_ways_alone(told: list[_Told], x: _Told) -> bool:
    """Does a source give the event of ``x`` another distance that cannot hold with it?"""
    return any(_same(x, z) and _apart(x[1], z[1]) for z in told if z is not x)
