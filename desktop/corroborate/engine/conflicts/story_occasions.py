"""Story-wide: one occasion dated a step apart by two sources through two of its words.

A story tells of some occasions once, and its sources word them as they please: a coup
("the June 14 coup" / "the soldiers who seized power in Selt on June 15"), an interview
("an interview with Harbor Radio Wednesday" / "a long discussion with the critic on
Friday"), someone's appointment ("named fire chief in June 2016" / "hired in July"). :mod:`.story_dates` ties two dates of one event by its one word; here each
occasion has a few words (:data:`OCCASIONS`), and its date is read from the sentence's
own reading of dates (:mod:`..text.specifics`: a weekday, a day of a month, a month) in
one of two places only: right after the word, in its clause and within
:data:`DATE_REACH` words ("ousted *on June 14*", "hired *in July*"), or set before it
as its name ("*the June 14* coup", "*Thursday's* interview"). A date further off, or
before the word in any other way ("walked off the stage early Wednesday and has given her
first interview"), dates another act.

Two sources disagree when they give the occasion two dates one step apart (weekdays or
days of one month a day or two apart, months one apart), of one granularity, the same
year where both give one, while each source gives it one date and the story no third
(a story giving three tells of more than one). Interviews are many in a story: one given
as where someone said something ("said in an interview Tuesday", "told the paper in an
interview") is one of many and never compared. An appointment is someone's: the name nearest
before its word is one in both sentences ("Kessler was named chief" / "Kessler, hired"). An occasion told as another ("a second coup", "an
earlier interview") is left out.

Over every readable folder it reports three conflicts, each a labelled one (a coup's day,
an interview's weekday, a chief's hiring month), and nothing on the stories labelled
blind. A first reading that took each word's nearest date, before or after it, also set
an interview against another act dated before its word, in one story: the rule above
leaves it out. Not adopted: any two
sentences of two sources that give two weekdays and share two names (1 labelled conflict
among 47 such pairs over the readable Multi-News stories).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..models import Sentence
from ..text.calendar import MONTH_KEYS, WEEKDAYS
from ..text.hints import Hinted
from ..text.roles import ROLES, capitalised, name_part
from ..text.specifics import Specifics
from .finding import Finding, span_of
from .places import ANOTHER
from .story import each_source_text

#: Each occasion a story may tell of once, with the runs of words (lower case) that name
#: it. Seizing control names a coup only of a country, a government or a state (rebels
#: seize control of towns day after day); words with other uses beside a date ("toppled"
#: trees, "deposed" by lawyers, a phone "conversation") are none of them. "Named" names an
#: appointment only with a role after it ("named police chief").
OCCASIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "coup": (
        ("coup",), ("ousted",), ("ouster",), ("overthrown",), ("overthrew",),
        ("seized", "power"), ("took", "power"), ("seized", "control", "of", "the", "country"),
        ("seized", "control", "of", "the", "government"), ("seized", "control", "of", "the", "state"),
    ),
    "interview": (("interview",), ("discussion", "with")),
    "appointment": (("appointed",), ("hired",), ("sworn", "in"), ("promoted",), ("named",)),
}  # fmt: skip

#: Words after an occasion's word that make it another thing: "ousted *from* the party".
_OTHER_AFTER = frozenset(("from", "as"))

#: Occasions that are someone's: two sentences tell of one only when they name one person.
PERSONAL = frozenset(("appointment",))

#: Words after an occasion's word within which its date is looked for, in its clause.
DATE_REACH = 8

#: Words after "named" within which the role it names someone to stands.
ROLE_REACH = 4

#: Words before an interview's word that tell it as where someone said something.
_SAID = frozenset(("said", "says", "told", "tells", "saying", "telling", "added"))

#: Words before an occasion's word looked at for :data:`ANOTHER` and :data:`_SAID`.
BEFORE_REACH = 4

#: Cheap test (before any analysis): a sentence naming an occasion by one of its words.
_MAY_TELL = Hinted(
    re.compile(
        r"\b(?:coup|ousted|ouster|overthr[eo]wn?|seized|took|interview|discussion"
        r"|appointed|hired|sworn|promoted|named)\b",
        re.IGNORECASE,
    ),
    (
        "coup", "ouste", "overthr", "seized", "took", "interview", "discussion", "appointed",
        "hired", "sworn", "promoted", "named",
    ),
)  # fmt: skip

#: A date as compared: its granularity ("weekday", "day", "month"), its place in its
#: cycle (a weekday's or month's index; a day's month index and day), and its year if told.
Dated = tuple[str, tuple[int, int], str | None]

#: Where a source first gives an occasion a date: the sentence, the date's place, and the
#: name word nearest before the occasion's word (:func:`_named_before`).
_Seen = tuple[int, tuple[int, int], str | None]


def _words(spec: Specifics) -> Iterator[tuple[str, int, int]]:
    """Each occasion the sentence names: the occasion, its word's first and last token."""
    lows = [t.low for t in spec.tokens]
    for occasion, runs in OCCASIONS.items():
        for run in runs:
            for i in range(len(lows) - len(run) + 1):
                if tuple(lows[i : i + len(run)]) != run:
                    continue
                last = i + len(run) - 1
                before = lows[max(0, i - BEFORE_REACH) : i]
                if ANOTHER.intersection(before):
                    continue
                if occasion == "interview" and _SAID.intersection(before):
                    continue
                if run == ("named",) and not _role_after(spec, last):
                    continue
                if last + 1 < len(lows) and lows[last + 1] in _OTHER_AFTER:
                    continue
                yield occasion, i, last


def _role_after(spec: Specifics, at: int) -> bool:
    """Does a role ("chief", "director") follow the word in its clause, near it?"""
    tokens = spec.tokens
    end = min(len(tokens), at + 1 + ROLE_REACH)
    return any(
        tokens[k].low in ROLES and tokens[k].clause == tokens[at].clause for k in range(at + 1, end)
    )


def _date_at(spec: Specifics, first: int) -> tuple[Dated, int, int] | None:
    """The date whose reading starts at token ``first``, with its first and last token: a
    weekday, a day of a month (with its year when one follows), a month alone (with its
    year)."""
    by_first = {v.first: v for v in spec.values if v.kind == "date"}
    v = by_first.get(first)
    if v is None:
        return None
    kind, _, key = v.tag.partition(":")
    last = v.last
    if kind == "d" and key in WEEKDAYS:
        return ("weekday", (WEEKDAYS.index(key), 0), None), first, last
    if kind == "m" and key in MONTH_KEYS:
        day = by_first.get(last + 1)
        if day is not None and day.tag.startswith("t:"):
            month, _, number = day.tag[2:].partition("-")
            if month != key or not number.isdigit():
                return None
            last = day.last
            year = by_first.get(last + 1)
            told = year.tag[2:] if year is not None and year.tag.startswith("y:") else None
            end = year.last if told and year is not None else last
            return ("day", (MONTH_KEYS.index(key), int(number)), told), first, end
        year = by_first.get(last + 1)
        told = year.tag[2:] if year is not None and year.tag.startswith("y:") else None
        end = year.last if told and year is not None else last
        return ("month", (MONTH_KEYS.index(key), 0), told), first, end
    return None


def _dated(spec: Specifics, first: int, last: int) -> tuple[Dated, tuple[int, int]] | None:
    """The occasion's date, right after its word in its clause or set before it as its
    name ("the June 14 coup", "Thursday's interview"), with the date's place."""
    tokens = spec.tokens
    clause = tokens[first].clause
    for k in range(last + 1, min(len(tokens), last + 1 + DATE_REACH)):
        if tokens[k].clause != clause:
            break
        if k in spec.value_at:
            found = _date_at(spec, k)
            if found is None:
                return None  # another figure first: the date after it dates something else
            dated, start, end = found
            return dated, span_of(spec, start, end)
    # set before the word as its name: "the June 14 coup", "Thursday's interview"
    starts = sorted(v.first for v in spec.values if v.kind == "date" and v.first < first)
    for start in reversed(starts[-3:]):
        found = _date_at(spec, start)
        if found is None:
            continue
        dated, start, end = found
        if end == first - 1 and (
            (start and tokens[start - 1].low == "the") or tokens[end].low.endswith(("'s", "’s"))
        ):
            return dated, span_of(spec, start, end)
    return None


def _step_apart(x: Dated, y: Dated) -> bool:
    """Are two dates of one granularity one step apart: weekdays or days of one month a
    day or two apart, months one apart, in one year where both give theirs?"""
    (kind, (i, j), year_x), (_, (k, m), year_y) = x, y
    if year_x and year_y and year_x != year_y:
        return False
    if kind == "weekday":
        return min((i - k) % 7, (k - i) % 7) in (1, 2)
    if kind == "day":
        return i == k and 1 <= abs(j - m) <= 2
    return abs(i - k) == 1


def occasions_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One occasion given two dates a step apart by two sources, each through its own word
    for it (:data:`OCCASIONS`): each source gives it one date of that granularity and the
    story two (:func:`_only_two`). The first sentence of each source giving a date stands
    for it."""
    # (occasion, granularity) -> group -> its dates, each where the group first gives it
    told: dict[tuple[str, str], dict[int, dict[Dated, _Seen]]] = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_TELL):
        if not any(tag[:2] in ("d:", "m:") for tag in sentence.numbers):
            continue
        analysed = spec(sentence.id)
        for occasion, first, last in _words(analysed):
            at = _dated(analysed, first, last)
            if at is None:
                continue
            dated, span = at
            dates = told.setdefault((occasion, dated[0]), {}).setdefault(group, {})
            dates.setdefault(dated, (sentence.id, span, _named_before(analysed, first)))
    found = []
    for (occasion, _), by_group in told.items():
        every = sorted((g, d, seen) for g, dates in by_group.items() for d, seen in dates.items())
        for i, (ga, date_a, (a, span_a, who_a)) in enumerate(every):
            for gb, date_b, (b, span_b, who_b) in every[i + 1 :]:
                if ga == gb or not _step_apart(date_a, date_b):
                    continue
                if not _only_two(by_group, ga, gb, date_a[2] or date_b[2]):
                    continue
                if occasion in PERSONAL and (who_a is None or who_a != who_b):
                    continue
                (x, span_x), (y, span_y) = sorted(((a, span_a), (b, span_b)))
                words_x = sentences[x].text[span_x[0] : span_x[1]]
                words_y = sentences[y].text[span_y[0] : span_y[1]]
                found.append((x, y, Finding("date", words_x, words_y, (span_x,), (span_y,))))
    return found


def _only_two(
    by_group: dict[int, dict[Dated, _Seen]],
    ga: int,
    gb: int,
    year: str | None,
) -> bool:
    """Does the story give the occasion two dates in ``year`` (or with no year told), and
    each of the two sources one? A date in another told year is another occasion ("hired
    in April" / "appointed city manager in August 2011")."""

    def kept(dates: dict[Dated, _Seen]) -> set[tuple[str, tuple[int, int]]]:
        return {d[:2] for d in dates if d[2] is None or year is None or d[2] == year}

    story = set().union(*(kept(dates) for dates in by_group.values()))
    return len(story) == 2 and len(kept(by_group[ga])) == 1 == len(kept(by_group[gb]))


def _named_before(spec: Specifics, at: int) -> str | None:
    """The name word nearest before token ``at`` ("*Kessler* was named chief", "*Kessler*,
    hired in July"): whose occasion it is."""
    for k in range(at - 1, -1, -1):
        if capitalised(spec.tokens[k]):
            return name_part(spec.tokens[k])
    return None
