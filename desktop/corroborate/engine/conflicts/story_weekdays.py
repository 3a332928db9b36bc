"""Story-wide: one act of the story given two weekdays by two sources, told in other words.

Two acts a story tells once are read by their kind, whatever words each source uses:

- an interview, a discussion, a conversation or a chat *with* someone, the weekday right
  after ("during an interview with ABC News Thursday" / "in a wide-ranging discussion
  with Travers on Tuesday"). One interview is one interviewer's: the two sides name the
  same one, or a sentence of the story names both beside a word of an interview ("an
  interview for ABC News' Popcorn With Peter Travers": the network and its host);
- a weapon pointed at someone (aimed, pointed, brandished, levelled ... at), a weapon
  named in the sentence and not the thing aimed at ("a law aimed at the gun trade"), the
  weekday after the act ("the gun the driver pointed at a photographer Saturday") or
  dating the "when" clause that tells it ("with three friends Sunday when the driver ...
  aimed it at a paparazzi").

As for an event dated by its noun (:mod:`.story_dates`): each article gives the act one
day (an article giving two tells of two acts), the story gives it two days at most
:data:`.story_dates.SAME_EVENT_DAYS` apart and no third, the first sentence of each source
stands for it. Not read: an act of another occasion ("another interview", a year given),
one to come ("will sit down for an interview with ... on Friday"), and an interview told
with its airing, taping or publishing in the sentence ("an interview with the network
that aired Sunday"), whose day may be the broadcast's, not the talk's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..models import Sentence
from ..text.calendar import WEEKDAY_NAME, WEEKDAYS
from ..text.hints import Hinted
from ..text.lexicon import ANOTHER_ONE, FORECAST_MODALS
from ..text.numbers import YEAR_TAG
from ..text.specifics import Specifics
from .finding import Finding, one_word_each
from .story_dates import SAME_EVENT_DAYS

#: Words of a conversation one party has with another.
_TALK = r"(?:interview|discussion|conversation|chat)"
#: A name: capitalised words, up to four ("ABC News", "Peter Travers", "The Varn Times").
_NAME = r"(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*"
#: A conversation with someone on a weekday: "an interview with ABC News Thursday"; not a
#: weekday a show's name ends with, a capitalised word after it ("Fox News Sunday Host").
_TALK_ON_DAY = re.compile(
    rf"\b{_TALK}\s+with\s+(?:the\s+)?(?P<who>{_NAME})\s+(?:on\s+)?(?P<day>{WEEKDAY_NAME})\b"
    r"(?!\s+[A-Z])(?![\w'’-])"
)
#: A sentence naming a conversation with someone, for the names of one interviewer.
_TALK_WORD = re.compile(rf"\b{_TALK}s?\b", re.IGNORECASE)
#: Words that make the interview's day a broadcast's or a publication's.
_PUBLISHED = frozenset(("aired", "airs", "air", "airing", "broadcast", "broadcasts", "taped",
                        "recorded", "published", "released", "posted", "scheduled"))  # fmt: skip

#: A weapon pointed at someone: the verb, up to three words, "at" and who ("a photographer").
_POINTED = re.compile(
    r"\b(?:aimed|pointed|brandished|levell?ed)\s+(?:[\w'’-]+\s+){0,3}?at\s+"
    r"(?:an?|the|his|her|their)\s+(?P<target>[\w'’-]+)"
)
#: Words naming a weapon: a sentence telling the act names one.
_WEAPONS = frozenset(("gun", "guns", "pistol", "pistols", "rifle", "rifles", "weapon",
                      "weapons", "revolver", "firearm", "shotgun", "handgun", "knife"))  # fmt: skip
#: The weekday after the act, within the same stretch of the sentence.
_DAY_AFTER = re.compile(rf"[^,;:.!?]{{0,80}}?\b(?P<day>{WEEKDAY_NAME})\b")
#: The weekday dating a "when" clause: "... Sunday when the driver ... aimed it at ...".
_DAY_WHEN = re.compile(rf"\b(?P<day>{WEEKDAY_NAME})\s+when\b")

#: Cheap test (before any analysis) for a sentence that may date one of these acts.
_MAY_DATE_ACT = Hinted(
    re.compile(r"interview|discussion|conversation|chat|aimed|pointed|brandished|levell?ed",
               re.IGNORECASE),
    ("interview", "discussion", "conversation", "chat", "aimed", "pointed", "brandished",
     "leveled", "levelled"),
)  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’-]+", text)}


def _of_this_occasion(sentence: Sentence) -> bool:
    """Is the act the story's, done: no other occasion ("another", a year the figure reader
    reads in the sentence), none to come?"""
    words = _words(sentence.text)
    if words & ANOTHER_ONE or words & FORECAST_MODALS:
        return False
    return not any(tag.startswith(YEAR_TAG) for tag in sentence.numbers)


def _talks(text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """Each conversation the sentence dates by a weekday: the interviewer, the day's span."""
    if _words(text) & _PUBLISHED:
        return
    for match in _TALK_ON_DAY.finditer(text):
        yield match.group("who"), match.span("day")


def _pointings(text: str) -> Iterator[tuple[int, int]]:
    """The span of the weekday of each weapon pointed at someone the sentence tells."""
    if not _words(text) & _WEAPONS:
        return
    for match in _POINTED.finditer(text):
        if match.group("target").lower() in _WEAPONS:
            continue  # "a law aimed at the gun trade": the weapon is what is aimed at
        after = _DAY_AFTER.match(text, match.end())
        if after is not None:
            yield after.span("day")
            continue
        when = [w for w in _DAY_WHEN.finditer(text, 0, match.start())]
        if when:
            yield when[-1].span("day")


def _one_interviewer(a: str, b: str, sentences: Sequence[Sentence]) -> bool:
    """Are two interviewers one: the same name, or named together in a sentence of the
    story beside a word of an interview ("an interview for ABC News' ... Peter Travers")?"""
    if a.lower() == b.lower():
        return True
    return any(
        a in s.text and b in s.text and _TALK_WORD.search(s.text) is not None for s in sentences
    )


def weekdays_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Two sources giving one act of the story two weekdays (see the module's notes)."""
    # act -> article -> day -> (first sentence, the day's span)
    told: dict[str, dict[int, dict[str, tuple[int, tuple[int, int]]]]] = {}
    interviewers: list[str] = []
    for sentence in sentences:
        text = sentence.text
        if not _MAY_DATE_ACT.may_hold(text) or not _of_this_occasion(sentence):
            continue
        acts: list[tuple[str, tuple[int, int]]] = []
        for who, span in _talks(text):
            same = next((w for w in interviewers if _one_interviewer(w, who, sentences)), None)
            if same is None:
                interviewers.append(who)
            acts.append((f"talk:{same or who}", span))
        acts += [("pointed", span) for span in _pointings(text)]
        for act, span in acts:
            day = text[slice(*span)].lower()
            days = told.setdefault(act, {}).setdefault(sentence.article, {})
            days.setdefault(day, (sentence.id, span))
    found = []
    for articles in told.values():
        if len({d for days in articles.values() for d in days}) != 2:
            continue
        first: dict[tuple[int, str], tuple[int, tuple[int, int]]] = {}
        for article, days in sorted(articles.items()):
            if len(days) == 1:
                ((day, seen),) = days.items()
                first.setdefault((group_of[article], day), seen)
        keys = sorted(first)
        for i, (ga, day_a) in enumerate(keys):
            for gb, day_b in keys[i + 1 :]:
                if ga == gb or day_a == day_b:
                    continue
                apart = abs(WEEKDAYS.index(day_a) - WEEKDAYS.index(day_b))
                if min(apart, 7 - apart) > SAME_EVENT_DAYS:
                    continue
                found.append(
                    one_word_each("date", sentences, first[(ga, day_a)], first[(gb, day_b)])
                )
    return found
