"""Story-wide: a count of one fate alone that exceeds the whole toll another source gives.

A sentence that counts only the dead ("the attacks, in which more than 250 people died")
or only the injured is tied to no one toll the way one giving both is
(:mod:`.story_tolls`): it may count a part of the story's toll, those dead at the scene,
those still in hospital, one blast's dead of two. A part is never larger than its whole:
when it counts more of that fate than a source's whole toll (its dead and its injured,
"bombings that killed 224 people and injured an estimated 5,000"), the two cannot both
be true. Counting fewer says nothing: "two died at the scene" against "killed three" is
a part, not a conflict. A toll may itself count a part, the worst hurt ("more than 190
were seriously injured"): more of them than another source counts injured at all ("173
people were injured, 20 of them severely") cannot both be true either.

Two counts of one fate alone, each its source's ("leaving 30 people dead" / "at least 45
people died in the blaze"), cannot both be true either, unless one says it counts a part
(those who died at the scene or in hospital, the worst hurt) or the two count other
groups, places, periods or events (:func:`alone_two_ways`).

The toll's readers (its fate words, its places, periods and days, whom it counts) are
those of :mod:`.story_tolls`, shared so that a toll is read one way by both finders.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import Sentence
from ..text.calendar import WEEKDAY_WORD
from ..text.figures import compatible, in_range, interval
from ..text.numbers import NUMBER_TAG
from ..text.roles import capitalised
from ..text.specifics import Specifics, Value
from .dates import two_days
from .finding import Finding, values_finding
from .places import placed
from .same_thing import count_other_things
from .story import each_source_text
from .story_tolls import (
    MAY_DIE,
    MAY_HURT,
    TOLL_CAP,
    TOLL_SPREAD,
    fates_counted,
    of_an_earlier_event,
    periods_apart,
    setting_of,
    split_by_place,
    still_moving,
    toll_of,
    tolls_placed_apart,
    victims_of,
)


def _alone(spec: Specifics) -> tuple[str, Value] | None:
    """The one fate a sentence counts and its figure, when it counts one fate once and not
    the other: "in which more than 250 people died"; none for a range ("between 10 and 15
    were hurt"), whose ends are no count of their own."""
    found = list(fates_counted(spec))
    if len(found) != 1 or in_range(spec, found[0][1]):
        return None  # "between 10 and 15 were hurt": a range, no one count
    return found[0]


def _lowest(v: Value) -> float:
    """The least a figure can stand for (:func:`.text.figures.interval`): "more than 250"
    at least 250, "about 65" 55; "up to 40" and "fewer than 40" have no bottom, so a
    count of one fate bounded above never exceeds a toll ("fewer than 250 died" fits "the
    bombings killed 224")."""
    return interval(v)[0]


def _highest(v: Value) -> float:
    """The most a figure can stand for (:func:`.text.figures.interval`): "at least 12" has
    no top."""
    return interval(v)[1]


#: Words that make a count of the injured a part of them: "190 were *seriously* injured".
SEVERE = frozenset(("seriously", "severely", "critically", "gravely"))

#: A toll's injured counted in hospital, a part of them: "sent 30 injured *to hospital*",
#: "injured 30, who were *taken to hospital*", "30 were *hospitalised*".
_IN_HOSPITAL = re.compile(r"\bhospitali[sz]|\bhospital\b|\badmitted\b", re.IGNORECASE)


def _severe(spec: Specifics, v: Value) -> bool:
    """Does the figure count only the worst hurt: "more than 190 were *seriously* injured",
    "*critically* injuring 12"? Read within three words of it, in its clause."""
    clause = spec.tokens[v.first].clause
    near = range(max(0, v.first - 3), min(len(spec.tokens), v.last + 4))
    return any(spec.tokens[i].clause == clause and spec.tokens[i].low in SEVERE for i in near)


def _a_part_of_the_hurt(spec: Specifics, v: Value, fate: str) -> bool:
    """Does a toll's count of the injured count only some of them: the worst hurt
    (:func:`_severe`), or those in hospital, wherever the sentence says so ("killed four
    people and injured 30, who were taken to hospital")? Those treated and released are
    not in it, and more injured in all than it counts is no conflict."""
    return fate == "injur" and (_severe(spec, v) or bool(_IN_HOSPITAL.search(spec.text)))


#: A count of the dead over a span, or with those who died later, which may be larger than
#: one day's toll or the toll first given: "*since* the protests began, 70 have been
#: killed", "more than 70 have died in the unrest *so far*", "52 had died, some of them
#: *later* in hospital", "12 who *succumbed* to their wounds".
_OVER_TIME = re.compile(
    r"\b(?:since|so far|to date|later|subsequently|succumb\w*|"
    r"died of (?:their|his|her) (?:wounds|injuries))\b"
)


def _over_time(spec: Specifics, v: Value) -> bool:
    """Does a count of the dead run over a span or take in those who died later
    (:data:`_OVER_TIME`), in its own clause or the one after it ("52 had died, some of
    them later in hospital"), or after a "since" that opens the sentence? "The strongest
    allegation offered *so far* to link him to the attacks, in which more than 250 people
    died" counts no span."""
    clause = spec.tokens[v.first].clause
    near = " ".join(t.low for t in spec.tokens if t.clause in (clause, clause + 1))
    return spec.tokens[0].low == "since" or bool(_OVER_TIME.search(near))


#: Events named as several: "the *twin explosions*", "the *attacks* on Dalby and Orrin",
#: "*both fires*". Their dead may sum the tolls of a story's events.
_EVENTS = re.compile(
    r"\b(?:blast|explosion|bombing|attack|fire|crash|raid|strike|quake|earthquake|storm|"
    r"shooting|collision|assault|aftershock)s\b",
    re.IGNORECASE,
)


def _several_events(part: Specifics, whole: Specifics) -> bool:
    """Does the count of one fate alone name its events as several ("the twin
    explosions killed 60") and the toll none so ("the blast at the pier killed 40 and
    injured 75")? Its dead may be the toll's and another event's. One event's dead beyond
    the toll of several ("the Nairobi blast killed more than 250" / "the bombings killed
    224") are still more than their whole."""
    return bool(_EVENTS.search(part.text)) and not _EVENTS.search(whole.text)


#: Words that tell a count of the dead as a sum over places: "60 died *across* the region",
#: "*nationwide*, 60 died". A toll set in one place ("in Dalby") is a part of it.
_OVER_PLACES = re.compile(
    r"\b(?:across|nationwide|countrywide|statewide|throughout|elsewhere|"
    r"the (?:region|country|province|state|nation))\b",
    re.IGNORECASE,
)


def _a_group(whole: Specifics, w: Value, part: Specifics, v: Value) -> bool:
    """Does a toll count one group of people ("killed 40 *soldiers*") where the count of
    one fate alone counts people ("60 people died in the fighting")? The toll is then a part
    too, of another whole. A name of a people ("wounded 21 *Israelis*") is how a story
    often names all its victims, and stays comparable."""
    whom = victims_of(whole, w)
    return bool(whom) and not victims_of(part, v) and not capitalised(whole.tokens[w.last + 1])


def _part_over_whole(a: Specifics, v: Value, b: Specifics, w: Value, fate: str) -> bool:
    """Is one count larger than the other, which it is a part of: a count of one fate
    alone (``v``) beyond a whole toll's (``w``), or a whole toll's count of the worst hurt
    or of those in hospital beyond a count of all the injured ("more than 190 seriously
    injured" / "173 injured")?"""
    if _a_part_of_the_hurt(b, w, fate) and not _a_part_of_the_hurt(a, v, fate):
        return _lowest(w) > _highest(v)
    return _lowest(v) > _highest(w)


def parts_over_tolls(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """A source's count of one fate alone that exceeds another source's whole toll of it.

    The two are compared as :func:`.story_tolls.tolls_two_ways` compares two tolls: not
    when either is set in other years or periods, on two days or in a place the other never
    names, when either tells a count still changing, when they count two groups ("12
    soldiers" / "15 civilians") or are more than :data:`.story_tolls.TOLL_SPREAD` times
    apart; a story giving more than :data:`.story_tolls.TOLL_CAP` counts of either kind
    compares none. Nor when the count may rightly exceed the toll: the dead over a span
    or with later deaths (:func:`_over_time`), all the injured against those in hospital
    (:func:`_a_part_of_the_hurt`), people against a toll of one group (:func:`_a_group`),
    the dead of several events against a toll of one (:func:`_several_events`), or of all
    places against a toll set in one. One finding is kept for each two sources and the
    counts they give."""
    tolls: list[tuple[int, int, Specifics, dict[str, Value]]] = []
    alone: list[tuple[int, int, Specifics, str, Value]] = []
    for sentence, group in each_source_text(sentences, group_of):
        if not any(tag.startswith(NUMBER_TAG) for tag in sentence.numbers):
            continue
        dies, hurts = bool(MAY_DIE.search(sentence.text)), bool(MAY_HURT.search(sentence.text))
        if not (dies or hurts):
            continue
        analysed = spec(sentence.id)
        if still_moving(analysed):
            continue
        if dies and hurts and (toll := toll_of(analysed)) is not None:
            tolls.append((sentence.id, group, analysed, toll))
        elif (one := _alone(analysed)) is not None:
            if one[0] == "kill" and _over_time(analysed, one[1]):
                continue  # the dead over a span, or with those who died later
            alone.append((sentence.id, group, analysed, *one))
    given = {(t[f].tag, t[f].bound) for *_, t in tolls for f in t}
    if len(given) > TOLL_CAP or len({(v.tag, v.bound) for *_, v in alone}) > TOLL_CAP:
        return []
    found: list[tuple[int, int, Finding]] = []
    seen: set[frozenset[tuple[int, str, str]]] = set()
    setting: list[frozenset[str]] = []

    def story_setting() -> frozenset[str]:
        """The story's setting; none when its tolls and counts are set in two places or
        more ("in Dalby the storm killed 40 people and injured 75" / "in Orrin, 60 people
        died"): each place's count is then a part (:func:`.story_tolls.split_by_place`)."""
        if not setting:
            counts = [*(t[2:] for t in tolls), *((p[2], {p[3]: p[4]}) for p in alone)]
            split = split_by_place(counts)
            setting.append(frozenset() if split else setting_of(sentences, group_of))
        return setting[0]

    for a, ga, left, fate, v in alone:
        for b, gb, right, toll in tolls:
            w = toll[fate]
            key = frozenset({(ga, v.tag, v.bound), (gb, w.tag, w.bound)})
            if ga == gb or key in seen or not _part_over_whole(left, v, right, w, fate):
                continue  # one source, or a part no larger than the whole
            if max(v.amount, w.amount) > TOLL_SPREAD * min(v.amount, w.amount):
                continue  # another event's count, or the toll of a later day
            if periods_apart(left, right) or two_days(left, right):
                continue
            if _several_events(left, right):
                continue  # the dead of several events against the toll of one
            if tolls_placed_apart(left, {fate: v}, right, toll, story_setting):
                continue
            if _OVER_PLACES.search(left.text) and any(placed(right, x) for x in toll.values()):
                continue  # the dead of all places against a toll set in one of them
            if count_other_things(victims_of(left, v), victims_of(right, w)) or _a_group(
                right, w, left, v
            ):
                continue  # two groups, or people against a toll of soldiers, a part of them
            seen.add(key)
            found.append(_in_reading_order(a, left, v, b, right, w))
    return found


#: Words that tell a count of the dead as a part of them: those who died at the scene, in
#: hospital or on the way there ("two died *at the scene*", "a third died *in hospital*").
#: Another source's count of all the dead may be larger, and is no conflict with it.
_DIED_WHERE = re.compile(
    r"\b(?:at the scene|on the spot|on the way|in (?:a |the )?hospital|at (?:a |the )?hospital|"
    r"on arrival)\b",
    re.IGNORECASE,
)


#: Words of a fate after "of the" or "of those": "thirty *of the dead* were women",
#: "ten *of the injured* were flown to Orrin" count some of them.
_FATE_HEADS = ("dead", "injur", "wound", "hurt", "victim", "casualt", "kill", "fatalit")

#: Dead not yet counted as dead: "30 people are *feared dead*", "*presumed dead*".
_UNCONFIRMED = re.compile(
    r"\b(?:feared|presumed|believed|thought)\s+(?:to\s+(?:be|have)\s+)?"
    r"(?:dead|killed|died|drowned)\b",
    re.IGNORECASE,
)


def _some_of_them(spec: Specifics, v: Value) -> bool:
    """Is the figure some of a fate's people, "thirty *of the dead*", "ten *of the
    injured*"? "65 of the young people died" counts the dead themselves."""
    words = [t.low for t in spec.tokens[v.last + 1 : v.last + 4]]
    return (
        len(words) == 3
        and words[0] == "of"
        and words[1] in ("the", "those")
        and words[2].startswith(_FATE_HEADS)
    )


def _a_part(spec: Specifics, v: Value, fate: str) -> bool:
    """Does a count of one fate alone say it counts only some of them: the dead at the
    scene or in hospital (:data:`_DIED_WHERE`), the dead over a span or with later deaths
    (:func:`_over_time`), the worst hurt or those in hospital (:func:`_a_part_of_the_hurt`),
    some of the dead or injured (:func:`_some_of_them`)? Or not yet its count at all: the
    feared or presumed dead (:data:`_UNCONFIRMED`)?
    """
    if _some_of_them(spec, v):
        return True
    if fate == "kill":
        return bool(_DIED_WHERE.search(spec.text) or _UNCONFIRMED.search(spec.text)) or _over_time(
            spec, v
        )
    return _a_part_of_the_hurt(spec, v, fate)


#: Words that tell a count as one moment of it: a count that may still rise ("the toll was
#: 30 and *could rise*", "*expected to climb*"), an early or first one ("*early reports*
#: put the dead at 30", "officials said *initially*"), or one as it stood by a time ("had
#: killed 30 *by Monday night*").
_A_MOMENT = re.compile(
    r"\b(?:(?:could|may|might|will|would|likely to|expected to|feared to|set to|continu\w* to)"
    r"\s+(?:still\s+)?(?:rise|climb|increase|grow|go up)|"
    r"early reports?|first reports?|initial(?:ly)?|at first|first count|preliminary|"
    rf"provisional|by (?:{WEEKDAY_WORD}|nightfall|dawn|noon|"
    r"midday|midnight|evening|morning|late))\b",
    re.IGNORECASE,
)


def _told_two_ways_by_one(alone: Sequence[tuple[int, int, Specifics, str, Value]]) -> set[str]:
    """The fates some one source counts two ways, figures that cannot both be true
    ("killed 60", later "the 62 who died"): the story tells a count still changing, or
    counts of several events, and one source's count against another's may be two moments
    of it rather than a conflict."""
    counts: dict[tuple[int, str], list[Value]] = {}
    for _, group, _, fate, v in alone:
        counts.setdefault((group, fate), []).append(v)
    return {
        fate
        for (_, fate), values in counts.items()
        if any(
            v.tag != w.tag and not compatible(v, w)
            for i, v in enumerate(values)
            for w in values[i + 1 :]
        )
    }


_WEEKDAY = re.compile(rf"\b{WEEKDAY_WORD}\b", re.IGNORECASE)


def _days_told(sentence: Sentence) -> frozenset[str]:
    """Every weekday a sentence names, the day it was said on too ("officials said *on
    Sunday*"), which its figures leave out."""
    return frozenset(day.lower() for day in _WEEKDAY.findall(sentence.text))


def _part_named(spec: Specifics, v: Value) -> float:
    """How many of a count's people the sentence names as a part of it after it: "45
    people died, *including 15* crew members" (0 when it names none)."""
    tokens = spec.tokens
    return max(
        (
            x.amount
            for x in spec.values
            if x.kind == "number"
            and x.first > v.last
            and x.amount < v.amount
            and (
                tokens[x.first - 1].low in ("including", "besides")
                or [t.low for t in tokens[x.first - 2 : x.first]] == ["among", "them"]
            )
        ),
        default=0.0,
    )


def _whole_less_its_part(v: Value, part: float, w: Value) -> bool:
    """Is ``w`` the count ``v`` with the part it names taken away, or between the two
    ("45 died, including 15 crew" / "killed 30 Britons")?"""
    return bool(part) and v.amount - part <= w.amount <= v.amount


def alone_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Two sources each counting one fate alone, the dead or the injured, with figures
    that cannot both be true: "fire swept the hall, leaving 30 people dead" in one, "at
    least 45 people died in the blaze" in another. The two sentences may share no word but
    the fate, and are rarely matched or paired to be judged; a story tells of few counts of
    its dead, and the two are compared as :func:`parts_over_tolls` compares a count with a
    toll: not when either is set in other years or periods, on two days or in a place the
    other never names, when either tells a count still changing or of an earlier event,
    when they count two groups ("30 people" / "45 teenagers": the teenagers may be a part),
    when either names several events and the other not, or counts over all places and the
    other not, or are more than :data:`.story_tolls.TOLL_SPREAD` times apart. Nor when
    either says it counts a part (:func:`_a_part`): "two died at the scene" against "the
    shooting killed three" is a part and its whole, as "thirty of the dead were women" or
    "30 are feared dead" against "killed 45" are no two counts of the dead. Nor when
    one names a part of its count and the other counts the rest ("45 died, including 15
    crew members" / "killed 30 Britons", :func:`_whole_less_its_part`). Nor when the story tells that fate's
    count as still changing: a sentence says it rose or counts it over a span or with later
    deaths ("the toll rose to 46", "so far 30 have died"), or tells it as a moment of it
    (:data:`_A_MOMENT`: "could rise", "early reports", "by Monday night"), or one source counts it two ways
    itself (:func:`_told_two_ways_by_one`); two sources' figures may then be two moments of
    it. A story giving more than
    :data:`.story_tolls.TOLL_CAP` such counts compares none. One finding is kept for each
    two sources and the counts they give."""
    alone: list[tuple[int, int, Specifics, str, Value]] = []
    changing: set[str] = set()  # fates the story tells as still changing
    days: dict[int, frozenset[str]] = {}
    parts: dict[int, float] = {}  # the part each count names ("including 15 crew members")
    for sentence, group in each_source_text(sentences, group_of):
        if not any(tag.startswith(NUMBER_TAG) for tag in sentence.numbers):
            continue
        if not (MAY_DIE.search(sentence.text) or MAY_HURT.search(sentence.text)):
            continue
        analysed = spec(sentence.id)
        if (one := _alone(analysed)) is None:
            continue
        fate, v = one
        if (
            still_moving(analysed)
            or (fate == "kill" and _over_time(analysed, v))
            or _A_MOMENT.search(sentence.text)
        ):
            changing.add(fate)  # "the toll rose to 46", "52 had died, some later"
        elif not (_a_part(analysed, v, fate) or of_an_earlier_event(analysed, {fate: v})):
            alone.append((sentence.id, group, analysed, fate, v))
            days[sentence.id] = _days_told(sentence)
            parts[sentence.id] = _part_named(analysed, v)
    if len({(v.tag, v.bound) for *_, v in alone}) > TOLL_CAP:
        return []
    changing |= _told_two_ways_by_one(alone)
    found: list[tuple[int, int, Finding]] = []
    seen: set[frozenset[tuple[int, str, str]]] = set()
    setting: list[frozenset[str]] = []

    def story_setting() -> frozenset[str]:
        """The story's setting; none when its counts are set in two places or more."""
        if not setting:
            split = split_by_place((p[2], {p[3]: p[4]}) for p in alone)
            setting.append(frozenset() if split else setting_of(sentences, group_of))
        return setting[0]

    for i, (a, ga, left, fate, v) in enumerate(alone):
        for b, gb, right, fate_b, w in alone[i + 1 :]:
            if fate_b != fate or fate in changing or ga == gb:
                continue
            if v.tag == w.tag or compatible(v, w) or v.bound == w.bound == ">=":
                continue  # one count, or two that can both be true, or two floors
            key = frozenset({(ga, v.tag, v.bound), (gb, w.tag, w.bound)})
            if key in seen or max(v.amount, w.amount) > TOLL_SPREAD * min(v.amount, w.amount):
                continue  # one source's pair already found; or another event's count
            if periods_apart(left, right) or two_days(left, right):
                continue
            if (told := (days[a], days[b])) and all(told) and not told[0] & told[1]:
                continue  # given on two days ("said on Sunday" / "on Monday ... said"): two
                # days' counts, which may since have grown
            if _whole_less_its_part(v, parts[a], w) or _whole_less_its_part(w, parts[b], v):
                continue  # all the dead, a part named, against the rest of them
            if _several_events(left, right) or _several_events(right, left):
                continue  # the dead of several events against those of one
            if tolls_placed_apart(left, {fate: v}, right, {fate: w}, story_setting):
                continue
            if bool(_OVER_PLACES.search(left.text)) != bool(_OVER_PLACES.search(right.text)):
                continue  # the dead of all places against those of one
            if count_other_things(victims_of(left, v), victims_of(right, w)):
                continue  # "12 soldiers" / "15 civilians": two groups
            if _a_group(right, w, left, v) or _a_group(left, v, right, w):
                continue  # people against a group of them, which may be a part
            seen.add(key)
            found.append(_in_reading_order(a, left, v, b, right, w))
    return found


def _in_reading_order(
    a: int, left: Specifics, v: Value, b: int, right: Specifics, w: Value
) -> tuple[int, int, Finding]:
    """The finding that sentence ``a`` gives ``v`` where sentence ``b`` gives ``w``, its
    sentences in the order the story reads them."""
    if a > b:
        a, left, v, b, right, w = b, right, w, a, left, v
    return a, b, values_finding("number", left, right, [(v, w)])
