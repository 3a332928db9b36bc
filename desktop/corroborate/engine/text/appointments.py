"""When a person took a post: "Johnson was named Miami Gardens' police chief in May 2014",
"Johnson, hired in April to mend the department's name".

Read only where the person is told by name right before the step ("Johnson was
named", "Johnson, who was named", "Johnson, hired"), the step is a hiring or a naming to a post (hired, named,
appointed, promoted, installed: never an election, a swearing-in or a taking of office,
each a step of its own a month or two apart from the naming), and the month follows the
post right after "in" ("in May", "in May 2014", "in May of 2014"). The post is the words
between the step and the month: it must hold a post's word (:data:`.roles.ROLES`,
:data:`.roles.TITLES`: "named police chief in May", not "named in a lawsuit in May"); only
a hiring or an appointment may be told without its post ("hired in April"). A step told
as a condition or denied is never read: the step must follow "was", "had been" or the
name's comma right away ("was not named", "would be named" are not).

:func:`steps_apart` says whether a sentence tells more than one month around an
appointment it reads ("named interim chief in May and permanent chief in June"): such a
sentence tells steps, not one appointment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .calendar import MONTH_NAME, MONTHS
from .lexicon import (
    BODY_ENDS,
    COMING_POSTS,
    FORMER_POSTS,
    LESSER_POSTS,
    SIDE_POSTS,
    STAND_IN_POSTS,
)
from .names import is_name_word, name_key
from .roles import ROLES, TITLES, titled

#: Words that make a post another than the one without them: a lesser post ("*deputy*
#: chief"), one held for a time ("*interim* chief", or its end, "*permanent* chief"), one
#: coming or gone, one on the side.
STANDING_WORDS = (
    LESSER_POSTS | STAND_IN_POSTS | COMING_POSTS | SIDE_POSTS | FORMER_POSTS | {"permanent"}
)

#: The steps of taking a post read, and those of them that may be told without the post.
_STEPS = ("hired", "named", "appointed", "promoted", "installed")
_STEPS_WITHOUT_POST = frozenset(("hired", "appointed", "promoted", "installed"))

#: Words of a post that say nothing of which post it is: articles and links.
_POST_LINKS = frozenset((
    "the", "a", "an", "as", "to", "of", "in", "at", "for", "on", "by", "with", "its", "his",
    "her", "their",
))  # fmt: skip

#: Most words read between the step and its month as the post's.
POST_WORDS = 7

_NAME = r"[A-Z][\w'’-]*"
_APPOINTED = re.compile(
    rf"(?P<name>(?:{_NAME}\s)*{_NAME})(?:,?\s(?:who\s)?(?:was|had\sbeen)\s|,\s)"
    rf"(?P<step>{'|'.join(_STEPS)})\b(?P<post>(?:\s(?!in\s(?:{MONTH_NAME}))[\w'’.-]+){{0,{POST_WORDS}}}?)"
    rf"\sin\s(?P<month>{MONTH_NAME})(?:,?\s(?:of\s)?(?P<year>\d{{4}})\b)?"
)

#: Cheap test for a sentence that may tell an appointment.
MAY_APPOINT = re.compile(rf"\b(?:{'|'.join(_STEPS)})\b")

#: Any month a sentence names, for :func:`steps_apart`.
_ANY_MONTH = re.compile(rf"(?:{MONTH_NAME})")


@dataclass(frozen=True)
class Appointment:
    """One person told as taking a post in a month."""

    #: the person's surname, as :func:`.names.name_key` folds it
    person: str
    #: the given name told right before the surname, folded, or "" when none is told
    given: str
    #: the post's words in order, lower case, without articles, links or possessives; ()
    #: when untold
    post: tuple[str, ...]
    #: the month's three-letter key (:data:`.calendar.MONTHS`)
    month: str
    #: the year told with the month, or None
    year: str | None
    #: where the month is written in the sentence
    span: tuple[int, int]
    #: where the month and the year told with it end
    end: int
    #: the sentence's words, folded as the post's are: what a hiring told without its post
    #: may share with a post told elsewhere ("hired in April to mend the *Miami Gardens
    #: Police* Department")
    words: frozenset[str] = frozenset()

    @property
    def standing(self) -> frozenset[str]:
        """The post's words that make it another post (:data:`STANDING_WORDS`)."""
        return frozenset(self.post) & STANDING_WORDS


def _post_words(text: str) -> tuple[str, ...]:
    words = (name_key(w).strip("'.") for w in text.split())
    return tuple(w for w in words if w and w not in _POST_LINKS)


def _post_word(word: str) -> bool:
    """Is the word a post's own ("chief", "coach", "secretary-general")?"""
    return word in ROLES or word in TITLES or word.rsplit("-", 1)[-1] in ROLES


def _holds_a_post(post: tuple[str, ...]) -> bool:
    return any(_post_word(w) for w in post)


@lru_cache(maxsize=1 << 12)
def appointments(text: str) -> tuple[Appointment, ...]:
    """Each appointment the sentence tells (see the module's notes)."""
    found = []
    words = frozenset(_post_words(text))
    for match in _APPOINTED.finditer(text):
        names = match.group("name").split()
        surname = names[-1]
        key = name_key(surname)
        if not is_name_word(surname) or titled(key) or key in BODY_ENDS:
            continue
        before = names[-2] if len(names) > 1 else ""
        given = (
            name_key(before)
            if before and is_name_word(before) and not titled(name_key(before))
            else ""
        )
        post = _post_words(match.group("post"))
        if post and not _holds_a_post(post):
            continue
        if not post and match.group("step") not in _STEPS_WITHOUT_POST:
            continue
        month = MONTHS[match.group("month").lower().rstrip(".")]
        end = match.end("year") if match.group("year") else match.end("month")
        span = match.span("month")
        found.append(
            Appointment(key, given, post, month, match.group("year"), span, end, words - {key})
        )
    return tuple(found)


def appointment_month(text: str, at: int) -> bool:
    """Is the word at ``at`` (a character offset) an appointment's month or its year?"""
    return any(x.span[0] <= at < x.end for x in appointments(text))


def steps_apart(text: str) -> bool:
    """Does the sentence name more than one month, telling an appointment in steps (or
    beside another dated step: "named chief in May and sworn in in June")?"""
    return len({m.group().rstrip(".").lower()[:3] for m in _ANY_MONTH.finditer(text)}) > 1


def one_person(x: Appointment, y: Appointment) -> bool:
    """Are the two appointments told of one person: one surname, and no two given names?"""
    return x.person == y.person and not (x.given and y.given and x.given != y.given)


def of_the_post(x: Appointment, y: Appointment) -> bool:
    """May a hiring told without its post (``x``) be one to the post ``y`` tells? Only when
    its sentence shares a word of that post: its title or whose post it is ("Johnson, hired
    in April to mend the Miami Gardens Police Department" / "named Miami Gardens' police
    chief"); "Johnson, hired in April by a law firm" is another hiring."""
    return not x.post and bool(x.words & set(y.post))


def one_post(x: Appointment, y: Appointment) -> bool:
    """Are the two posts told one: both told, no word making either another post
    (:data:`STANDING_WORDS`: "interim chief" / "chief" are two), and one's words all among
    the other's, the other's further words all before its last post word, saying whose
    post it is ("police chief" / "Miami Gardens' police chief"; not "police chief in North
    Miami", which may be another town's)?"""
    if not x.post or not y.post or x.standing or y.standing:
        return False
    short, long = sorted((x.post, y.post), key=len)
    if not set(short) <= set(long):
        return False
    last = max(i for i, w in enumerate(long) if _post_word(w))
    return all(w in short for w in long[last + 1 :])
