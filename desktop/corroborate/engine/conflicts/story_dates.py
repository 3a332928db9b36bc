"""Story-wide: one event dated a day or two apart beside its word by two sources.

The event may be told by its noun in one source and by what was done in another: "the
March 22 coup" and "the soldiers who seized power on March 21" date one coup
(:data:`_SEIZURE_FORMS`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..models import Sentence
from ..text.calendar import MONTH_WORD, MONTHS
from ..text.lexicon import ANOTHER_ONE
from ..text.numbers import DATE_TAG
from ..text.specifics import Specifics
from .finding import Finding, one_word_each

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

#: The verbs that tell a seizure of power, a coup, without its noun, each read only right
#: before its date and only as forcible: "seized power on March 21", "seized control of the
#: country on March 21", "was ousted on March 22" (a president "took power" or "assumed
#: power" on a day may have done so lawfully, the day after a coup: not read).
_SEIZURE_FORMS = ("seized", "grabbed", "ousted", "overthrown", "toppled", "deposed")

_EVENT_OF = {form: event for event, forms in _EVENT_FORMS.items() for form in forms} | {
    form: "coup" for form in _SEIZURE_FORMS
}

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
    # power or the state seized by force, or a ruler put out by force, on the day
    re.compile(rf"\b(?P<event>seized|grabbed)\s(?:power|control\sof\sthe\s"
               rf"(?:country|government|nation|state))\s(?:on\s)?{_DAY_OF_MONTH}"),
    re.compile(rf"\b(?:was|were|been)\s(?P<event>ousted|overthrown|toppled|deposed)"
               rf"\s(?:on\s)?{_DAY_OF_MONTH}"),
)  # fmt: skip

#: Days apart within which two dates of one event's word are one event misdated; further
#: apart, a story may tell of two (an attack and another two weeks on).
SAME_EVENT_DAYS = 2

#: Words before a dated event looked at for :data:`ANOTHER`.
ANOTHER_REACH = 4


def _dated_events(text: str) -> Iterator[tuple[str, tuple[str, int, str | None], tuple[int, int]]]:
    """Each event the sentence dates beside its word: its name, its date, the date's place.
    An event told as another one ("a second bomb exploded on Oct. 3") is left out."""
    for pattern in _DATED_EVENT:
        for match in pattern.finditer(text):
            start = match.start()
            before = re.findall(r"[\w'’-]+", text[max(0, start - 80) : start].lower())
            before = before[-ANOTHER_REACH:]
            if ANOTHER_ONE.intersection(before):
                continue
            month = MONTHS.get(match.group("month").lower().rstrip("."))
            if month is None:
                continue
            day = int(match.group("day"))
            if 1 <= day <= 31:
                end = match.end("year") if match.group("year") else match.end("day")
                event = _EVENT_OF[match.group("event").lower()]
                yield event, (month, day, match.group("year")), (match.start("month"), end)


def dated_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
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
        if not any(tag.startswith(DATE_TAG) for tag in sentence.numbers):
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
                found.append(one_word_each("date", sentences, (a, span_a), (b, span_b)))
    return found


#: Cheap test (before any analysis) for a sentence that may date an event beside its word.
_MAY_DATED_EVENT = re.compile(rf"\b(?:{_EVENT_WORD})\b", re.IGNORECASE)
