"""The judge of one pair of sentences: figures and dates first (each read for one thing,
place, period and referent), then ages, falls and lengths, names in roles, names two
ways, times of day, and, for sentences alike, negation and outcomes; the first found
wins."""

from __future__ import annotations

from collections.abc import Callable
from typing import get_args

from ..models import DisagreementKind
from ..text.contests import other_contests
from ..text.figures import VAGUE, base_told, date_conflicts, number_conflicts
from ..text.numbers import NUMBER_TAG, WEEKDAY_TAG, YEAR_TAG, conflicting
from ..text.people import two_people
from ..text.specifics import Specifics, Value, analyse, condition_of, share_told
from .ages import ages_of_one_person, one_named_age, one_unnamed_age
from .context import other_names, similar
from .counts import (
    count_tags,
    degree_apart,
    dense,
    dimension,
    group_among_people,
    increment,
    intended,
    may_be_the_share,
    measured_alike,
    other_roles,
    qualified,
    regained,
    risen_to,
    running_apart,
    side_of,
    spared,
    standing_apart,
    still_so,
    term_apart,
    totalled,
)
from .dates import (
    appointed_apart,
    around_midnight,
    as_of,
    more_than_anchors,
    planned_and_done,
    two_bounds,
    years_overlap,
)
from .finding import Finding, between, values_finding
from .lengths import fall_lengths, two_units
from .names import named_two_ways, names_in_roles, spelling
from .negation import denied_assertion
from .none_and_some import none_against_some
from .outcomes import called_off_or_held, confirmed_denied
from .periods import one_moment, period_of
from .places import placed_apart
from .referents import (
    credited_to_others,
    kin_apart,
    one_and_all_of_a_series,
    other_of_a_kind,
    other_referents,
    part_told,
    subgroup_apart,
    toll_and_its_part,
)
from .same_thing import for_one_thing
from .times import (
    clock_times,
    day_parts_apart,
    of_one_story,
    time_of_day,
    timed,
)

#: What the judge of one pair may find: :data:`..models.DisagreementKind`, as a tuple, but
#: for a name spelled two ways, which is no disagreement (:func:`.names.spelled_apart`), and
#: a person given two roles, which only the story-wide finders read
#: (:func:`.story_names.titled_two_ways`, :func:`.story_names.ranked_two_ways`).
KINDS: tuple[DisagreementKind, ...] = tuple(
    k for k in get_args(DisagreementKind) if k not in ("spelling", "role")
)

#: A reason two values of two sentences (``v`` of ``a``, ``w`` of ``b``) are given for two
#: things, so that they never conflict.
Veto = Callable[[Specifics, Value, Specifics, Value], bool]


def _other_moment(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """A figure a count has risen to is one moment of it, unless a month, a year or a
    period sets that moment ("fell to 5.2 percent in May")."""
    return (risen_to(a, v) or risen_to(b, w)) and not one_moment(a, b)


def _conditions_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Two figures each said under its own condition: "*if the river rises another metre*,
    300 families will have to leave" / "*if it rises two more metres*, 800 families ...".
    Neither tells what is, and what each would come to holds under another case: no
    dispute. Two conditions are one when they give the same figures and one's words hold
    all the other's ("if *the Orla* river rises another metre" / "if the river rises by
    another metre"): under one condition they may still disagree, and a figure under a
    condition against one told plainly is judged as any other."""
    told_a, told_b = condition_of(a, v.first), condition_of(b, w.first)
    if told_a is None or told_b is None:
        return False
    figures_a = frozenset(t for t in told_a if ":" in t)
    figures_b = frozenset(t for t in told_b if ":" in t)
    if figures_a != figures_b:
        return True
    words_a, words_b = told_a - figures_a, told_b - figures_b
    return not (words_a <= words_b or words_b <= words_a)


def _measured_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    return not measured_alike(v, w)


def _intended_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    return intended(a, v) != intended(b, w)


def _qualified_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    return qualified(a, v) != qualified(b, w)


def _sizes_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Two sizes of one thing: "400 metres long" / "40 metres high"."""
    size_a, size_b = dimension(a, v), dimension(b, w)
    return bool(size_a and size_b and size_a != size_b)


def _sides_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Two moments on either side of one event: "1,200 workers before the layoffs" /
    "800 workers after the layoffs"."""
    side_a, side_b = side_of(a, v), side_of(b, w)
    return bool(side_a and side_b and side_a[1] == side_b[1] and side_a[0] != side_b[0])


def _still_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Those still in a state against all an event befell: "nine remain in hospital" /
    "the collapse injured 40". Those still so are among all it befell, so fewer: "20 are
    still missing" against "12 are missing" is one count told two ways."""
    still_a, still_b = still_so(a, v), still_so(b, w)
    if still_a == still_b:
        return False
    return v.amount < w.amount if still_a else w.amount < v.amount


def _spared_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Those spared against those befallen: "12 were not injured" / "30 were injured"."""
    return spared(a, v) != spared(b, w)


def _regained_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Those that lost something against those that got it back: "left 40,000 homes
    without power" / "power was restored to 12,000 homes" are two counts; two counts of
    the restored ("to 12,000 homes" / "to 20,000 homes") are still one thing."""
    back_a, back_b = regained(a, v), regained(b, w)
    return back_a is not None and back_b is not None and back_a != back_b


def _increments_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """An increment against a count ("12 more people" / "30 people"; "12 new cases on
    Monday" / "40 cases in all"): two counts, whichever is the larger. "New" makes an
    increment only against a count told as the whole so far: "will hire 200 new workers"
    / "will hire 350 workers" is one count, since every hire is new."""
    more_a, more_b = increment(a, v), increment(b, w)
    if bool(more_a) == bool(more_b):
        return False
    if (more_a or more_b) == "new":
        return totalled(b, w) if more_a else totalled(a, v)
    return True


def _referents_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    return other_referents(a, v.first, b, w.first)


def _parts_of_a_day(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    return day_parts_apart(a, b)


def _toll_and_part(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """A toll and the rest once the part it states of itself is left out ("four died,
    including one in hospital" / "three died")? Not when both state that one part ("killed
    12, including three officers" / "killed 15, including three officers"): the two are
    then two whole tolls, and conflict."""
    part_a, part_b = part_told(a, v), part_told(b, w)
    if part_a is not None and part_a == part_b:
        return False
    return toll_and_its_part(v, part_a, w) or toll_and_its_part(w, part_b, v)


def _share_and_whole(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure the whole a share is taken of ("close half of its 40 shops") and the
    other below it, a count the share may be ("close 20 shops",
    :func:`.counts.may_be_the_share`)? A whole against another whole ("most of its 40
    shops" / "most of its 45 shops"), a count above it, or one told as a whole ("*the* 280
    passengers", "*employs* 1,000 workers") still conflicts. A share told as a figure ("20
    of its 40 shops") is itself the count the other may be: the whole is no rival only
    for that same figure ("close 20 shops"), and stands for the share against another
    ("close 25 shops")."""
    share_a, share_b = share_told(a, v), share_told(b, w)
    if (share_a is None) == (share_b is None):
        return False
    whole, x, other, y = (a, v, b, w) if share_a is not None else (b, w, a, v)
    share = share_a if share_a is not None else share_b
    if not y.amount < x.amount or not may_be_the_share(whole, other, y):
        return False
    figure = (share or "").replace(",", "")
    return not figure.isdigit() or float(figure) == y.amount


def _bases_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Two bases of a change that say two things of themselves: "from 57" / "from 54
    planned", "from 20 last year" / "from 18 in 2019" are bases of two moments or
    measures, which may both be true."""
    told_a, told_b = base_told(a, v), base_told(b, w)
    return told_a is not None and told_b is not None and told_a != told_b


def _anchors_only(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    return not more_than_anchors(a, v, b, w)


#: Asked of each two figures a number conflict would stand on, in this order: any one
#: drops the pair.
NUMBER_VETOES: tuple[Veto, ...] = (
    placed_apart,
    _other_moment,
    _measured_apart,
    _intended_apart,
    _qualified_apart,
    _increments_apart,
    _still_apart,
    _spared_apart,
    _regained_apart,
    _sizes_apart,
    _sides_apart,
    running_apart,
    standing_apart,
    _conditions_apart,
    other_roles,
    degree_apart,
    term_apart,
    group_among_people,
    _referents_apart,
    kin_apart,
    one_and_all_of_a_series,
    subgroup_apart,
    _toll_and_part,
    _share_and_whole,
    _parts_of_a_day,
    _bases_apart,
)
#: Asked of each two dates a date conflict would stand on, in this order.
DATE_VETOES: tuple[Veto, ...] = (
    _anchors_only,
    _referents_apart,
    around_midnight,
    planned_and_done,
    appointed_apart,
    years_overlap,
    two_bounds,
    as_of,
)


def _names_in_one_role(a: Specifics, b: Specifics) -> Finding | None:
    """Two names in one role ("police spokesman Tom Reed" / "police spokesman Tim Reed"),
    in sentences that share their content besides."""
    for x, y in names_in_roles(a, b):
        drop = {a.tokens[i].stem for i in range(x.first, x.last + 1)}
        drop |= {b.tokens[i].stem for i in range(y.first, y.last + 1)}
        # the role itself ("police spokesman") is no content the two statements share:
        # two spokesmen saying two things are no conflict over who the spokesman is
        drop |= {x.role, y.role, x.modifier, y.modifier}
        if similar(a, b, drop=(s for s in drop if s)):
            return between("name", a, x, b, y)
    return None


def _times_of_day(a: Specifics, b: Specifics) -> Finding | None:
    """One event put in two parts of one day, or at two clock times."""
    if timed(a.text) and timed(b.text):
        return time_of_day(a, b) or clock_times(a, b)
    return None


#: Judges asked of every pair after its figures and dates, in this order: the first to
#: find a conflict gives it.
PAIR_JUDGES: tuple[Callable[[Specifics, Specifics], Finding | None], ...] = (
    _names_in_one_role,
    named_two_ways,
    _times_of_day,
    none_against_some,
)
#: Judges of two names given for one person, asked even of two people of one name
#: (:func:`..text.people.two_people`): two names in one role, or before one bracketed name
#: ("Fred Wheeler (Jonah Carrow)" / "Fred Beeler (Jonah Carrow)"), are in dispute.
_NAMES_OF_ONE = (_names_in_one_role, named_two_ways)
#: Judges asked last, of sentences alike in content (:func:`.context.similar`) in which no
#: figure, date, name or time of day differs: the first to find a conflict gives it.
ALIKE_JUDGES: tuple[Callable[[Specifics, Specifics], Finding | None], ...] = (
    denied_assertion,
    called_off_or_held,
    confirmed_denied,
)


def compare(text_a: str, text_b: str) -> Finding | None:
    """Do two sentences report one thing with a conflicting specific? The strongest kind wins."""
    return judge_pair(analyse(text_a), analyse(text_b))


def judge_pair(a: Specifics, b: Specifics, values: bool = True) -> Finding | None:
    """:func:`compare` on analysed sentences; ``values=False`` skips figures and dates.

    A name the two spell two ways (:func:`.names.spelling`) disputes nothing, and is
    given only when the two sentences, the name written one way, hold no conflict
    (:func:`past_spelling`): "spokesman Marten" / "spokesman Martin" said the road
    reopens Tuesday morning / evening is a conflict over the time, not a spelling alone.

    Two people of one surname (:func:`..text.people.two_people`: "Anton Ferrand, 52" /
    "Tomas Ferrand, 48") are two referents: their figures, dates and denials are never set
    against each other, though two names in one role or before one bracketed name still are
    ("spokesman John Reed" / "spokesman Peter Reed": who holds the role is in dispute)."""
    alike = similar(a, b)
    two = two_people(a.text, b.text)
    if (
        values
        and not two
        and not (dense(a) or dense(b))
        and (found := _values_conflict(a, b, alike))
    ):
        return found
    for judge in PAIR_JUDGES:
        if found := judge(a, b):
            if spelling(found):
                return past_spelling(a, b, found, values) or found
            if two and judge not in _NAMES_OF_ONE:
                continue
            return found
    if not alike or two:
        return None
    return next((found for judge in ALIKE_JUDGES if (found := judge(a, b))), None)


def past_spelling(a: Specifics, b: Specifics, spelt: Finding, values: bool) -> Finding | None:
    """A conflict two sentences hold besides a name they spell two ways (``spelt``): they
    are judged again with ``b``'s spelling written as ``a``'s, since a name one sentence
    spells otherwise reads as another person to the judges of times, negations and figures
    told of one thing. The conflict found keeps its places in ``b`` as written."""
    if len(spelt.b_spans) != 1:
        return None
    ((start, end),) = spelt.b_spans
    found = judge_pair(a, analyse(b.text[:start] + spelt.a_words + b.text[end:]), values)
    if found is None or spelling(found):
        return None
    written = start + len(spelt.a_words)  # where the name written as ``a``'s ends

    def back(at: int, stop: int) -> int:
        """A place in ``b`` respelt, in ``b`` as written (inside the name: its edge)."""
        return at if at <= start else at - written + end if at >= written else stop

    spans = tuple((back(s, start), back(e, end)) for s, e in found.b_spans)
    words = found.b_words
    if any(s < end and e > start for s, e in spans):  # the name is among the words given
        words = "; ".join(b.text[s:e] for s, e in spans)
    return found._replace(b_words=words, b_spans=spans)


def _values_conflict(a: Specifics, b: Specifics, alike: bool) -> Finding | None:
    """Figures, then dates, given for one thing two ways; then ages, falls and lengths."""
    whole = alike and not other_names(a, b)
    # dates are read for one story when a name opening one sentence stands in the other
    one_story = of_one_story(a, b)
    # one election's result against another's (the primary / the runoff, the governor's
    # race / the Senate race, 2016 / 2020) is two results, never a conflict; the days
    # they were held on are still compared
    contests = other_contests(a, b)
    # Every figure of a sentence is set in its period: when the periods differ, no
    # two figures are compared (a figure of 2011 and one of no stated year may both
    # hold), and the figures need not be read.
    kinds: tuple[DisagreementKind, ...] = (
        ()
        if other_of_a_kind(a, b)
        else ("number", "date")
        if period_of(a) == period_of(b) and not contests
        else ("date",)
    )
    told_by_others = credited_to_others(a, b)
    for kind in kinds:
        pairs = (
            number_conflicts(a, b, whole_part=True)
            if kind == "number"
            else date_conflicts(a, b, one_story)
        )
        if contests:
            # a year names the contest ("the 2014 race" / "the 2018 race"): two races
            pairs = [(v, w) for v, w in pairs if not v.tag.startswith(YEAR_TAG)]
        if kind == "date" and conflicting(count_tags(a), count_tags(b), (NUMBER_TAG,)):
            # "312 murders in 2016" / "290 murders in 2017": each figure is its year's
            pairs = [(v, w) for v, w in pairs if not v.tag.startswith(YEAR_TAG)]
        if kind == "date" and conflicting(count_tags(a, True), count_tags(b, True), (NUMBER_TAG,)):
            # "deliberated for six hours on Tuesday" / "four hours on Wednesday": each
            # day's hours; a ferry sunk on Monday with 200 aboard is not one sunk on
            # Tuesday with 300 aboard, two conflicts, of which the day is one
            pairs = [(v, w) for v, w in pairs if not v.tag.startswith(WEEKDAY_TAG)]
        # two words in common ("younger patients") do not show that figures count one thing
        if not (whole or (kind == "date" and one_story)) or (
            kind == "number" and len((a.terms & b.terms) - VAGUE) < 3
        ):
            pairs = [(v, w) for v, w in pairs if for_one_thing(a, v, b, w)]
        if kind == "number" and told_by_others:
            # each side's count is one source's claim, which both outlets may report
            pairs = []
        vetoes = NUMBER_VETOES if kind == "number" else DATE_VETOES
        pairs = [(v, w) for v, w in pairs if not any(veto(a, v, b, w) for veto in vetoes)]
        if kind == "number" and not pairs:
            pairs = ages_of_one_person(a, b) or one_named_age(a, b)
            if not pairs and whole:
                pairs = one_unnamed_age(a, b)
        if pairs:
            return values_finding(kind, a, b, pairs)
        if kind == "number" and (fall := fall_lengths(a, b)):
            return fall
        if kind == "number" and whole and (length := two_units(a, b)):
            return length
    return None
