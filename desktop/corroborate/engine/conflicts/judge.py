"""The judge of one pair of sentences: figures and dates first (each read for one thing,
place, period and referent), then ages, falls and lengths, names in roles, names two
ways, times of day, and, for sentences alike, negation and outcomes; the first found
wins."""

from __future__ import annotations

from collections.abc import Callable

from ..models import DisagreementKind
from ..text.contests import other_contests
from ..text.figures import VAGUE, date_conflicts, number_conflicts
from ..text.numbers import conflicting
from ..text.specifics import Specifics, analyse
from .ages import _ages_of_one_person, _one_named_age, _one_unnamed_age
from .context import _other_names, _similar
from .counts import (
    _counts,
    _dense,
    _intended,
    _measured_alike,
    _other_roles,
    _qualified,
    _risen_to,
    _running_apart,
)
from .dates import _around_midnight, _more_than_anchors
from .finding import Finding, _span, _values_finding, _words
from .lengths import _fall_lengths, _two_units
from .names import _named_two_ways, _names
from .negation import _negation
from .outcomes import _confirmed_denied, _outcome
from .periods import _one_moment, _period
from .places import _placed_apart
from .referents import (
    _kin_apart,
    _other_of_a_kind,
    _other_referents,
    _part_told,
    _subgroup_apart,
    _told_by_others,
    _toll_and_its_part,
)
from .same_thing import _same_thing
from .times import _clock_times, _one_story, _time_of_day, _timed

KINDS = ("number", "date", "name", "negation")

#: Judges asked last, of sentences alike in content (:func:`.context._similar`) in which no
#: figure, date, name or time of day differs: the first to find a conflict gives it.
ALIKE_JUDGES: tuple[Callable[[Specifics, Specifics], Finding | None], ...] = (
    _negation,
    _outcome,
    _confirmed_denied,
)


def compare(text_a: str, text_b: str) -> Finding | None:
    """Do two sentences report one thing with a conflicting specific? The strongest kind wins."""
    return _judge(analyse(text_a), analyse(text_b))


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
    return next((found for judge in ALIKE_JUDGES if (found := judge(a, b))), None)
