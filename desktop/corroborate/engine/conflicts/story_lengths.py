"""Story-wide: how long one event lasted, told two ways by two sources.

"A gunman surrendered ... after a standoff that lasted six hours" in one source, "ending
an 11-hour standoff" in another: a story tells of one standoff, one siege, one
surgery, and each lasted one length. The length is read by
:func:`..text.figures.event_lasted`, only where the figure and its unit of time stand
against the event's noun ("an 11-hour standoff", "a siege that lasted 30 hours"), for
a few kinds of event a story tells one of. Two lengths are compared in one unit (a
"two-day siege" may be a "40-hour siege"), when both cannot hold (a bound, "more than six
hours", holds of eight), neither sentence names something the other does not (two towns'
sieges), the two name no two days, and neither source gives the event two lengths. A
sentence that tells of another event of the kind ("a second standoff", "an earlier
siege", "the first operation", "last year", a year or a month after the figure), of a
length planned or expected ("a planned 48-hour strike", "will last"), or of a length so
far ("had lasted six hours by nightfall", "still", "now") gives no length of the story's
event. Nor does a length counted from a later start ("lasted six hours after
negotiators arrived") or one of several ("one 30-minute chase", "one needed a 9-hour
surgery"); a fraction and a
whole less than one unit apart are one length rounded ("6.5 hours" / "six hours").
"operation" is no such event: it names a surgery and a police operation alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import Sentence
from ..text.figures import compatible, event_lasted
from ..text.hints import Hinted
from ..text.lexicon import ANOTHER_ONE, FORECAST_MODALS
from ..text.numbers import MONTH_TAG, YEAR_TAG
from ..text.specifics import Specifics, Value
from .context import other_names
from .finding import Finding, between
from .periods import two_days
from .story import each_source_text, each_two_sources, told_one_way

#: Cheap test (before any analysis) for a sentence that may give an event's length.
_MAY_LAST = Hinted(
    re.compile(r"\d+-(?:hour|day|minute|week|month)|\blast(?:ed|ing)\b", re.IGNORECASE),
    ("-hour", "-day", "-minute", "-week", "-month", "lasted", "lasting"),
)

#: Words that make a length one planned, expected or told so far: "a *planned* 48-hour
#: strike", "*will* last" (:data:`..text.lexicon.FORECAST_MODALS`), "the siege, *still*
#: going on after 30 hours".
_NOT_DONE = frozenset((
    "planned", "plans", "plan", "called", "announced", "scheduled", "proposed", "threatened",
    "expected", *FORECAST_MODALS, "still", "now", "already", "so",
))  # fmt: skip
#: Words that make the event one of a series, or of another time: "the *first* operation
#: lasted 10 hours", "a 12-hour siege *last* year".
_ONE_OF_SEVERAL = frozenset(("first", "final", "last", "latest", "initial", "next", "past"))
#: Words right after a length's unit that count it from a later start than the event's:
#: "the standoff lasted six hours *after* negotiators arrived".
_FROM_LATER = frozenset(("after", "since", "from", "once"))


def _rounded(v: Value, w: Value) -> bool:
    """One length the other rounded: a fraction and a whole less than one unit apart
    ("a 6.5-hour standoff" / "lasted six hours")."""
    whole = v.amount.is_integer() and w.amount.is_integer()
    return not whole and abs(v.amount - w.amount) < 1


def _lengths(spec: Specifics) -> list[tuple[tuple[str, str], Value]]:
    """Each event's length the sentence gives (its event and unit, and the figure), none
    when the sentence tells of another event of the kind, a plan or a length so far."""
    words = {t.low for t in spec.tokens}
    if words & ANOTHER_ONE or words & _NOT_DONE or words & _ONE_OF_SEVERAL:
        return []
    found = []
    for v in spec.values:
        event = event_lasted(spec, v)
        if event is None:
            continue
        later = spec.tokens[v.last + 2 : v.last + 5]
        if any(t.low == "by" for t in later):
            continue  # "had lasted six hours by nightfall": a moment of it
        if v.last + 2 < len(spec.tokens) and spec.tokens[v.last + 2].low in _FROM_LATER:
            continue  # "lasted six hours after negotiators arrived": from a later start
        if any(t.low == "one" for i, t in enumerate(spec.tokens) if not v.first <= i <= v.last):
            continue  # "one 30-minute chase", "one needed a 9-hour surgery": one of several
        if any(
            w.tag.startswith(YEAR_TAG) or (w.tag.startswith(MONTH_TAG) and w.first > v.first)
            for w in spec.values
        ):
            continue  # "after a 14-hour standoff in March": another time's event
        # the unit's stem: event_lasted reads a figure only with its unit of time after it
        found.append(((event, spec.tokens[v.last + 1].stem or ""), v))
    return found


def lasted_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Each two sources that give one event two lengths (see the module's notes); the
    first sentence of each source that gives the length stands for it."""
    told: dict[tuple[str, str], dict[int, list[tuple[int, Value]]]] = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_LAST):
        for key, v in _lengths(spec(sentence.id)):
            told.setdefault(key, {}).setdefault(group, []).append((sentence.id, v))
    found = []
    for by_group in told.values():
        # a source giving the event two lengths tells of two events, or of two moments
        for (a, v), (b, w) in each_two_sources(told_one_way(by_group, lambda v: v.tag)):
            sa, sb = spec(a), spec(b)
            if v.tag == w.tag or compatible(v, w) or _rounded(v, w) or other_names(sa, sb):
                continue
            if two_days(sa, sb):
                continue  # two days: the lengths may be of two events
            found.append((a, b, between("number", sa, v, sb, w)))
    return found
