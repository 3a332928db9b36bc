"""Story-wide: one person's taking of one post dated to two months by two sources.

"Johnson was named Miami Gardens' police chief in May 2014" in one source, "Johnson, hired
in April to mend the department's name" in another: one hiring, two months. The
appointments are read by :func:`..text.appointments.appointments` (a person told by name
right before the step, the month right after the post). Two sources' months are set
against each other only when:

- the person is one (:func:`..text.appointments.one_person`) and the posts are one
  (:func:`..text.appointments.one_post`: "interim chief" and "chief", "deputy chief" and
  "chief" are two), or one side tells no post ("hired in April") while every post the
  story tells the person taking is that one, none is a stand-in's or a lesser one, and the
  sentence without the post shares a word of it (:func:`..text.appointments.of_the_post`:
  "hired in April to mend the Miami Gardens Police Department");
- no sentence of the story tells the person's appointment beside another month ("named
  interim chief in May and permanent chief in June": steps, not one appointment), the
  story gives the person's appointments no third month, and each source gives one month;
- the months are at most :data:`MONTHS_APART` apart, and a year told on both sides is the
  same (a hiring and a naming half a year later may be two steps).

One finding is kept for each two sources, the first sentence of each standing for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Sentence
from ..text.appointments import (
    MAY_APPOINT,
    Appointment,
    appointments,
    of_the_post,
    one_person,
    one_post,
    steps_apart,
)
from ..text.calendar import MONTH_KEYS
from ..text.specifics import Specifics
from .finding import Finding, one_word_each
from .story import each_source_text, each_two_sources, told_one_way

#: Months apart within which two months of one appointment are one appointment misdated.
MONTHS_APART = 2


def appointed_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Each two sources giving one person's taking of one post two months (see the
    module's notes)."""
    del spec  # the appointments are read from the sentences' text alone
    told: dict[str, dict[int, list[tuple[int, Appointment]]]] = {}  # person -> group -> tellings
    in_steps: set[str] = set()
    for sentence, group in each_source_text(sentences, group_of, MAY_APPOINT):
        for found in appointments(sentence.text):
            if steps_apart(sentence.text):
                in_steps.add(found.person)
            told.setdefault(found.person, {}).setdefault(group, []).append((sentence.id, found))
    found_pairs = []
    for person, by_group in sorted(told.items()):
        if person in in_steps or len(by_group) < 2:
            continue
        tellings = [x for told_by in by_group.values() for _, x in told_by]
        if len({x.month for x in tellings}) != 2 or not _one_post_told(tellings):
            continue
        alone = told_one_way(by_group, lambda x: x.month)
        for (a, x), (b, y) in each_two_sources(alone):
            if _misdated(x, y):
                found_pairs.append(one_word_each("date", sentences, (a, x.span), (b, y.span)))
    return found_pairs


def _one_post_told(tellings: Sequence[Appointment]) -> bool:
    """Do the tellings that name a post all name one, none a stand-in's or a lesser one?"""
    posts = [x for x in tellings if x.post]
    return bool(posts) and all(one_post(x, y) for x in posts for y in posts)


def _misdated(x: Appointment, y: Appointment) -> bool:
    """Are two tellings one appointment given two months near each other?"""
    if not one_person(x, y) or x.month == y.month:
        return False
    if x.year and y.year and x.year != y.year:
        return False
    if not (one_post(x, y) or of_the_post(x, y) or of_the_post(y, x)):
        return False
    return abs(MONTH_KEYS.index(x.month) - MONTH_KEYS.index(y.month)) <= MONTHS_APART
