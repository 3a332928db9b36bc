"""Story-wide: when the emergency services reached the scene, told two ways by two sources.

"When police and rescue workers showed up a few minutes after midnight" in one source;
"fire officials were alerted at 11:43 p.m. and had a fire truck at the scene four minutes
later" in another: a story tells of one response to one emergency, and its first crews
reached the scene once. The arrival is read where a word of arriving ("arrived", "showed
up", "on the scene") stands right before its time, in a sentence naming who arrived (the
police, firefighters, a fire truck, rescue squads: :data:`_RESPONDERS`). The time is a
clock time, or one told from another (:func:`..text.clock.clocks`: "a few minutes after
midnight", "at 11:43 p.m. ... four minutes later"), or minutes told from the alarm
(:func:`..text.clock.delays`: "on the scene six minutes after the call was received"),
reckoned from the time the same source gives the alarm ("alerted at 11:43 p.m.").

The steps of one response, the first truck and the first squads, may come a few minutes
apart: a source's arrivals are one telling when they lie within :data:`RESPONSE_STEPS`
minutes of each other (beyond the slack of an approximate time), and two sources disagree
only when each of one's arrivals lies further than that from each of the other's. A
source telling two arrivals further apart tells of two responses, or of two crews, and
is left out; so is an arrival told as a bound ("just over five minutes later", no
moment), another occasion's ("another", "a second", a year given), and the times of two
sources that name two days or each name someone the other does not. Two moments of one
response are never compared with each other: the call and the dispatch ("the call came
in at 9:06" / "deputies were dispatched at 9:09") may both hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from ..models import Sentence
from ..text.clock import CLOCK_SLACK, DAY, Clock, clocks, delays, minutes_apart, one_time
from ..text.hints import Hinted
from ..text.lexicon import ANOTHER_ONE
from ..text.numbers import YEAR_TAG
from ..text.saying import SAYS
from ..text.specifics import Specifics
from .context import other_names
from .finding import Finding, Run, span_of
from .periods import two_days
from .story import each_source_text

#: Cheap test (before any analysis) for a sentence that may time an arrival at the scene.
_MAY_ARRIVE = Hinted(
    re.compile(r"arriv|showed up|turned up|the scene|on scene", re.IGNORECASE),
    ("arriv", "showed up", "turned up", "the scene", "on scene"),
)
#: Cheap test for a sentence that may time the alarm: "alerted at 11:43 p.m.".
_MAY_ALARM = Hinted(
    re.compile(r"alert|notified|call|alarm", re.IGNORECASE),
    ("alert", "notified", "call", "alarm"),
)

#: Who arrives at an emergency, each word alone...
_RESPONDERS = frozenset((
    "police", "policemen", "officers", "deputies", "troopers", "firefighters", "firemen",
    "rescuers", "paramedics", "medics", "ambulance", "ambulances", "responders", "squads",
))  # fmt: skip
#: ...or a service named before what it sends: "a *fire* truck", "*rescue* workers".
_SERVICES = frozenset(("fire", "rescue", "emergency"))
_SENT = frozenset((
    "truck", "trucks", "engine", "engines", "crew", "crews", "workers", "squad", "squads",
    "teams", "team", "personnel", "services", "units", "brigade",
))  # fmt: skip
#: Words of arriving, read at their last word: "arrived", "showed *up*", "on the *scene*".
_ARRIVED = frozenset(("arrived", "arrive", "arrives", "arriving"))
_UP = frozenset(("showed", "turned"))
#: Nouns naming the alarm a delay may be told from: "six minutes after the *call*".
_ALARM_NOUNS = frozenset(("call", "alarm", "alert"))
#: Words that time the alarm itself when a clock time follows: "*alerted* at 11:43 p.m.".
_ALARM_WORDS = frozenset(("alerted", "notified", "call", "alarm"))
#: Tokens between a word of arriving or of the alarm and its time.
_REACH = 5
#: Minutes apart within which two arrivals are steps of one response (the first truck and
#: the first squads), beyond the slack of an approximate time.
RESPONSE_STEPS = 4


class _Arrival(NamedTuple):
    """An arrival a sentence times: minutes after midnight, minutes either side, its zone,
    and the run of tokens that tells the time."""

    sentence: int
    minutes: int
    slack: int
    zone: str
    #: the runs of tokens that tell the time: the time told from another gives that one
    #: first ("at 11:43 p.m." of "at 11:43 p.m. ... four minutes later")
    runs: tuple[Run, ...]


def _arrival_word(spec: Specifics) -> Iterator[int]:
    """The index of the last word of each word of arriving: "arrived", "showed up", "on the
    scene", "at the scene"."""
    tokens = spec.tokens
    for i, token in enumerate(tokens):
        before = tokens[i - 1].low if i else ""
        on_scene = token.low == "scene" and (
            before == "on" or (before == "the" and i > 1 and tokens[i - 2].low in ("on", "at"))
        )
        if on_scene or token.low in _ARRIVED or (token.low == "up" and before in _UP):
            yield i


def _names_responders(spec: Specifics, end: int) -> bool:
    """Does the sentence, before ``end``, name who responds to an emergency: "police",
    "firefighters", "a fire truck", "rescue workers"?"""
    tokens = spec.tokens[:end]
    for i, token in enumerate(tokens):
        after = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if token.low in _SERVICES and after in _SENT:
            after = tokens[i + 2].low if i + 2 < len(tokens) else ""
        elif token.low not in _RESPONDERS:
            continue
        if after not in SAYS:
            return True  # "Police said the marchers arrived ...": a saying, not an arrival
    return False


def _another_occasion(spec: Specifics) -> bool:
    """Does the sentence tell of another occasion than the story's: "another", "a second"
    (:data:`..text.lexicon.ANOTHER_ONE`), or a year?"""
    words = {t.low for t in spec.tokens}
    return bool(words & ANOTHER_ONE) or any(v.tag.startswith(YEAR_TAG) for v in spec.values)


def _alarm(spec: Specifics) -> Clock | None:
    """The time a sentence gives the alarm: a clock time right after a word of it ("fire
    officials were *alerted* at 11:43 p.m.", "the *call* came in at about 9:06 a.m.")."""
    times = clocks(spec)
    for i, token in enumerate(spec.tokens):
        if token.low not in _ALARM_WORDS:
            continue
        for clock in times:
            if 0 < clock.first - i <= _REACH + 2 and spec.tokens[clock.first].part == token.part:
                return clock
    return None


def _arrivals(spec: Specifics, sid: int, alarm: Clock | None) -> list[_Arrival]:
    """Each arrival of the emergency services the sentence times (see the module's notes),
    ``alarm`` the time its source gives the alarm, if one."""
    found = []
    times = clocks(spec)
    told = delays(spec)
    for i in _arrival_word(spec):
        if not _names_responders(spec, i):
            continue
        # "arrived at 2:50 a.m.", "arrived four minutes later": a time right after the verb
        # (after "arrived at Kelmar Hospital" the time is of arriving elsewhere); after
        # "showed up" or "on the scene", a time within a few words
        reach = 2 if spec.tokens[i].low in _ARRIVED else _REACH
        near = [n for n, c in enumerate(times) if 0 < c.first - i <= reach]
        if near:
            clock = times[near[0]]
            runs: tuple[Run, ...] = (Run(clock.first, clock.last),)
            if spec.tokens[clock.last].low == "later" and near[0]:
                runs = (Run(times[near[0] - 1].first, times[near[0] - 1].last), *runs)
            found.append(_Arrival(sid, clock.minutes, clock.slack, clock.zone, runs))
            continue
        after = [
            d
            for d in told
            if 0 < d.first - i <= reach and spec.tokens[d.moment].low in _ALARM_NOUNS
        ]
        if after and alarm is not None:
            delay = after[0]
            slack = alarm.slack + (CLOCK_SLACK if delay.approximate else 0)
            minutes = (alarm.minutes + delay.minutes) % DAY
            found.append(_Arrival(sid, minutes, slack, alarm.zone, (Run(delay.first, delay.last),)))
    return found


def _apart(x: _Arrival, y: _Arrival) -> bool:
    """Are two arrivals, in one zone, further apart than two steps of one response may be
    (:data:`RESPONSE_STEPS`, beyond each one's slack)?"""
    return x.zone == y.zone and minutes_apart(x.minutes, y.minutes) > (
        x.slack + y.slack + RESPONSE_STEPS
    )


def _finding(a: Specifics, x: _Arrival, b: Specifics, y: _Arrival) -> Finding:
    """The two arrivals' times as each sentence words them, a time told from another with
    that one: "11:43 p.m.; four minutes later" / "a few minutes after midnight"."""
    spans_a = tuple(span_of(a, run.first, run.last) for run in x.runs)
    spans_b = tuple(span_of(b, run.first, run.last) for run in y.runs)
    words_a = "; ".join(a.text[start:end] for start, end in spans_a)
    words_b = "; ".join(b.text[start:end] for start, end in spans_b)
    return Finding("date", words_a, words_b, spans_a, spans_b)


def arrived_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Each two sources that time the emergency services' arrival at the scene apart (see
    the module's notes): each arrival of one source against the first of the other's."""
    alarms: dict[int, list[Clock]] = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_ALARM):
        if _another_occasion(spec(sentence.id)):
            continue
        clock = _alarm(spec(sentence.id))
        if clock is not None:
            alarms.setdefault(group, []).append(clock)
    # a source timing the alarm two ways tells of two alarms: none is read
    alarm_of = {g: told[0] for g, told in alarms.items() if all(one_time(told[0], c) for c in told)}
    by_group: dict[int, list[_Arrival]] = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_ARRIVE):
        sa = spec(sentence.id)
        if _another_occasion(sa):
            continue
        by_group.setdefault(group, []).extend(_arrivals(sa, sentence.id, alarm_of.get(group)))
    told = {
        g: arrivals
        for g, arrivals in by_group.items()
        if arrivals and not any(_apart(x, y) for x in arrivals for y in arrivals)
    }
    found = []
    groups = sorted(told)
    for n, ga in enumerate(groups):
        for gb in groups[n + 1 :]:
            left, right = told[ga], told[gb]
            if not all(_apart(x, y) for x in left for y in right):
                continue
            pairs = {(left[0], y) for y in right} | {(x, right[0]) for x in left}
            for x, y in sorted(pairs):
                sx, sy = spec(x.sentence), spec(y.sentence)
                if other_names(sx, sy) or two_days(sx, sy):
                    continue
                if x.sentence > y.sentence:
                    x, y, sx, sy = y, x, sy, sx
                found.append((x.sentence, y.sentence, _finding(sx, x, sy, y)))
    return found
