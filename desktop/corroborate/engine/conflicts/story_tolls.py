"""Story-wide: one toll (its dead and its injured) told two ways by two sources."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..models import Sentence
from ..text.figures import GENERIC, compatible, counted
from ..text.hints import Hinted
from ..text.numbers import DATE_TAG, NUMBER_TAG, month_of_date
from ..text.roles import capitalised, name_part
from ..text.specifics import Specifics, Value
from .context import COUNT_CAP, fold_name
from .counts import TOLL_BOUND, WHO, risen_to
from .dates import two_days
from .finding import Finding, values_finding
from .periods import period_of
from .places import names_given, placed
from .same_thing import count_other_things
from .story import each_source_text

#: Words that tell a figure counts the dead or the injured of a toll, by the fate's name
#: (as :func:`.figures.counted` folds "wounded" and "hurt" into "injur").
_TOLL_FATES = {"kill": "kill", "die": "kill", "dead": "kill", "death": "kill", "injur": "injur"}

#: Words that may stand between a figure and its fate: "65 *of the young people* died",
#: "190 *were seriously* injured", "*at least* 3 injured".
_TOLL_BETWEEN = frozenset((
    "of", "the", "a", "were", "was", "been", "have", "has", "had", "are", "is", "other",
    "others", "more", "people", "persons",
))  # fmt: skip

#: Words after a figure within which its fate is looked for.
TOLL_REACH = 6

#: Cheap tests (before any analysis) for a sentence that may give a toll: it names a death
#: and an injury.
MAY_DIE = Hinted(
    re.compile(r"\b(?:kill|died|dead|death)", re.IGNORECASE), ("kill", "died", "dead", "death")
)

MAY_HURT = Hinted(re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE), ("injur", "wound", "hurt"))


#: Words that may stand between "death toll" and its figure when the figure is where the
#: toll stands, not where it has risen to: "the death toll *stood at* 62", "put the death
#: toll *at about* 50", "a death toll *of* 224", "the death toll *was* 12". "Raised the
#: death toll to 74" and "the death toll reached 85" tell a count still changing: no "to"
#: or verb of rising is among them.
_TOLL_STANDS = frozenset((
    "at", "of", "was", "is", "stood", "stands", "remained", "remains", "officially", "least",
    "more", "than", "about", "nearly", "some", "over", "almost", "an", "estimated",
))  # fmt: skip


def _death_toll_at(spec: Specifics, v: Value) -> bool:
    """Is the figure where a story's "death toll" stands, in its own clause: "the death
    toll stood at 62", "officials put the death toll at 50"?"""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    j = v.first - 1
    while j >= 1 and v.first - j <= TOLL_REACH and tokens[j].clause == clause:
        if tokens[j].low == "toll":
            return tokens[j - 1].low == "death"
        if tokens[j].low not in _TOLL_STANDS:
            return False
        j -= 1
    return False


def fate_of(spec: Specifics, v: Value) -> str | None:
    """The fate a figure counts in its own clause, "kill" or "injur": "*killing* 60 people",
    "leaving three people *dead*", "more than 190 were seriously *injured*", "the *death
    toll* stood at 62" (:func:`_death_toll_at`)."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    if _death_toll_at(spec, v):
        return "kill"
    for j in range(v.first - 1, max(-1, v.first - 4), -1):
        token = tokens[j]
        if token.clause != clause:
            break
        if fate := _TOLL_FATES.get(counted(token.stem or "")):
            return fate
        if token.low not in TOLL_BOUND:
            break
    for j in range(v.last + 1, min(len(tokens), v.last + 1 + TOLL_REACH)):
        token = tokens[j]
        if token.clause != clause or j in spec.value_at:
            break
        if fate := _TOLL_FATES.get(counted(token.stem or "")):
            return fate
        if token.low in _TOLL_BETWEEN or token.low.endswith("ly"):
            continue  # "of the", "were seriously"
        if not token.stem or capitalised(token):
            break  # "60 in Orrin", "three Israelis": the figure counts no fate here
    return None


def victims_of(spec: Specifics, v: Value) -> frozenset[str]:
    """Whom a toll's figure counts, when the word right after it says: "killing 12
    *soldiers*", "15 *Israelis* died"; none for "people", a fate or a passive ("40
    injured", "12 were killed")."""
    i = v.last + 1
    if i >= len(spec.tokens) or spec.tokens[i].clause != spec.tokens[v.first].clause:
        return frozenset()
    token = spec.tokens[i]
    if capitalised(token):
        return frozenset({fold_name(name_part(token))})
    stem = counted(token.stem or "")
    if (
        not stem
        or stem in WHO
        or stem in _TOLL_FATES
        or stem in GENERIC
        or token.low in _TOLL_BETWEEN
        or token.low in TOLL_BOUND
        or token.low.endswith("ly")
    ):
        return frozenset()
    return frozenset({stem})


def toll_of(spec: Specifics) -> dict[str, Value] | None:
    """The dead and the injured a sentence counts, one figure each ("killing 60 people and
    injuring 155"); none when it counts only one of them, or one of them twice (two places,
    two days, a part and the whole)."""
    found: dict[str, Value] = {}
    for fate, v in fates_counted(spec):
        if fate in found:
            return None
        found[fate] = v
    return found if len(found) == 2 else None


def fates_counted(spec: Specifics) -> Iterator[tuple[str, Value]]:
    """Each plain count of the sentence (no label, no unit) that counts a fate, with the
    fate (:func:`fate_of`), in the sentence's order."""
    for v in spec.values:
        if v.kind != "number" or v.label or v.unit:
            continue
        if fate := fate_of(spec, v):
            yield fate, v


#: Words before a toll that tell it as another, earlier event's: "the deadliest fire *since*
#: a cinema blaze killed 40 people and injured 120", "the *previous* worst fire killed 40".
_EARLIER_EVENT = frozenset(("since", "previous", "prior", "earlier"))


#: Events that "last" before them tells as an earlier one's: "the group's *last attack*",
#: "the *last fire* on a ferry" ("last night" is the story's own).
_LAST_EVENTS = frozenset((
    "attack", "attacks", "bombing", "blast", "explosion", "fire", "crash", "raid", "quake",
    "earthquake", "flood", "floods", "storm", "shooting", "disaster", "accident", "collapse",
))  # fmt: skip


def of_an_earlier_event(spec: Specifics, toll: dict[str, Value]) -> bool:
    """Is the toll told as an earlier event's, by a word of :data:`_EARLIER_EVENT` before
    its figures, in their own part of the sentence or in the part that opens it ("In
    Orrin's *previous* worst fire, 40 people died"), or by "last" before an event
    (:data:`_LAST_EVENTS`: "the group's *last attack* killed 30")? "*Since* the blaze broke
    out, 40 have died" opens with the span a toll of the story is counted over, not another
    event."""
    first = min(v.first for v in toll.values())
    part = spec.tokens[first].part
    tokens = spec.tokens[:first]
    return any(
        t.part in (part, 0)
        and (
            (t.low in _EARLIER_EVENT and (i or t.low != "since"))
            or (t.low == "last" and i + 1 < len(tokens) and tokens[i + 1].low in _LAST_EVENTS)
        )
        for i, t in enumerate(tokens)
    )


def still_moving(spec: Specifics) -> bool:
    """Does the sentence tell a count as one moment of a count still changing?"""
    return any(v.kind == "number" and risen_to(spec, v) for v in spec.values)


def tolls_placed_apart(
    a: Specifics,
    toll_a: dict[str, Value],
    b: Specifics,
    toll_b: dict[str, Value],
    setting: Callable[[], frozenset[str]],
) -> bool:
    """Is either toll set in a place the other sentence never names, beside either of its
    counts? "*In Dalby* the storm killed 40 people and injured 75" is Dalby's toll. The
    story's setting (:func:`setting_of`: "killing 60 people *in Sweden's* second-largest
    city", in a story every article of which names Sweden) is no part of it."""
    placed_a = frozenset().union(*(placed(a, v) for v in toll_a.values()))
    placed_b = frozenset().union(*(placed(b, w) for w in toll_b.values()))
    if placed_a == placed_b:
        return False
    names_a, names_b = names_given(a), names_given(b)
    if not ((placed_a - names_b) or (placed_b - names_a)):
        return False
    where = setting()
    return bool((placed_a - names_b - where) or (placed_b - names_a - where))


#: A capitalised word inside a sentence (not its first): a name, perhaps a place.
_NAME_WORD = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+")


def setting_of(sentences: Sequence[Sentence], group_of: Sequence[int]) -> frozenset[str]:
    """The places the whole story is set in: a name most articles of the story give (more
    than :data:`SETTING_SHARE` of them), of two sources or more: "Sweden" in a story of a
    fire in Goteborg. A toll set there counts the story's dead, not a part of them."""
    named: dict[str, set[int]] = {}
    for sentence in sentences:
        for word in _NAME_WORD.findall(sentence.text):
            named.setdefault(fold_name(word.lower()), set()).add(sentence.article)
    articles = len({s.article for s in sentences})
    return frozenset(
        name
        for name, where in named.items()
        if len(where) > SETTING_SHARE * articles and len({group_of[a] for a in where}) >= 2
    )


def split_by_place(tolls: Iterable[tuple[Specifics, dict[str, Value]]]) -> bool:
    """Does the story set its tolls in two places or more ("in Dalby the storm killed 12
    people and injured 40" / "in Orrin it killed two and injured 35")? It counts its dead
    place by place, and a toll set in one of them is a part, however many articles name
    the place: no place is then the setting of all its dead (:func:`setting_of`)."""
    where: set[str] = set()
    for spec, toll in tolls:
        where.update(*(placed(spec, v) for v in toll.values()))
        if len(where) > 1:
            return True
    return False


def periods_apart(a: Specifics, b: Specifics) -> bool:
    """Are two tolls set in other years, months or periods, or on other dates? A date
    names the day of the event a toll counts ("the *Aug. 7* bombings of the embassies
    killed 224 people"), not a period its count runs over: a toll dated on one side and
    not on the other is one event's, tied by the count the two agree on; two dates that
    differ are two events."""
    period_a, period_b = period_of(a), period_of(b)
    days_a = {t for t in period_a if t.startswith(DATE_TAG)}
    days_b = {t for t in period_b if t.startswith(DATE_TAG)}
    if days_a and days_b:
        return period_a != period_b
    months = {month_of_date(t) for t in days_a | days_b}
    return period_a - days_a - months != period_b - days_b - months


def tolls_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One toll told two ways by two sources, wherever in the story: "killing 60 people and
    injuring 155" in one, "about 65 died and more than 190 were seriously injured" in
    another. Each sentence counts both the dead and the injured; one count agrees (is the
    same figure, or can be true with the other, :func:`.figures.compatible`), which ties
    the two to one event at one time, and the other cannot; neither toll is set in a place
    the other sentence never names (:func:`tolls_placed_apart`), no other year or period
    frames either (a date of the event on one side only is none, :func:`periods_apart`), the two are not set on two days ("on Thursday" / "on Wednesday": two
    fires), neither tells its toll as a count still changing (:func:`still_moving`), and the
    counts that differ do not count two groups (:func:`victims_of`: "12 soldiers" / "15
    civilians") nor counts more than :data:`TOLL_SPREAD` times apart. A story
    giving more than :data:`TOLL_CAP` tolls tells a count that keeps changing, or many
    incidents: its tolls are not compared. One finding is kept for each pair of sources
    and the two counts they give: a source whose updates give the toll as it grew ("155
    injured", later "162 injured") disagrees with another's "more than 190" on each.

    The figures are compared once for each two tolls given (their figures and bounds),
    not for each two sentences giving them: a large folder repeats a few tolls often."""
    tolls: list[tuple[int, int, Specifics, dict[str, Value]]] = []
    given: dict[tuple[str, str, str, str], list[int]] = {}  # a toll's figures -> its tolls
    for sentence, group in each_source_text(sentences, group_of, MAY_HURT):
        if not any(tag.startswith(NUMBER_TAG) for tag in sentence.numbers):
            continue  # a toll is counted ("three dead, three hurt" is one "n:3")
        if not MAY_DIE.search(sentence.text):
            continue
        analysed = spec(sentence.id)
        toll = None if still_moving(analysed) else toll_of(analysed)
        if toll is not None and not of_an_earlier_event(analysed, toll):
            kill, injur = toll["kill"], toll["injur"]
            given.setdefault((kill.tag, kill.bound, injur.tag, injur.bound), []).append(len(tolls))
            tolls.append((sentence.id, group, analysed, toll))
    if len(given) > TOLL_CAP:
        return []
    # the pairs of tolls whose figures disagree on one fate, by their place in ``tolls``
    pairs: list[tuple[int, int, str]] = []
    kinds = list(given.values())
    for i, these in enumerate(kinds):
        for those in kinds[i + 1 :]:
            toll_a, toll_b = tolls[these[0]][3], tolls[those[0]][3]
            # one figure given alike ("at least 12" / "at least 12") agrees, bound or not
            differ = [
                f
                for f in ("kill", "injur")
                if toll_a[f].tag != toll_b[f].tag and not compatible(toll_a[f], toll_b[f])
            ]
            if len(differ) == 1:  # both agree, or neither does: two tolls, or two moments
                pairs.extend((min(x, y), max(x, y), differ[0]) for x in these for y in those)
    found = []
    seen: set[frozenset[tuple[int, str, str]]] = set()
    setting: list[frozenset[str]] = []

    def story_setting() -> frozenset[str]:
        """The story's setting, read once and only when a toll is placed; none when the
        story's tolls are set in two places or more (:func:`split_by_place`)."""
        if not setting:
            split = split_by_place(t[2:] for t in tolls)
            setting.append(frozenset() if split else setting_of(sentences, group_of))
        return setting[0]

    for x, y, fate in sorted(pairs):
        a, ga, left, toll_a = tolls[x]
        b, gb, right, toll_b = tolls[y]
        v, w = toll_a[fate], toll_b[fate]
        key = frozenset({(ga, v.tag, v.bound), (gb, w.tag, w.bound)})
        if ga == gb or key in seen:
            continue
        if periods_apart(left, right) or two_days(left, right):
            continue  # other years or periods, or two days: two tolls
        if tolls_placed_apart(left, toll_a, right, toll_b, story_setting):
            continue
        low, high = sorted((v.amount, w.amount))
        if high > TOLL_SPREAD * low:
            continue  # "killed 224" / "which killed 11": a part's toll, or another event's
        if count_other_things(victims_of(left, v), victims_of(right, w)):
            continue  # "killing 12 soldiers" / "killing 15 civilians": two groups of dead
        seen.add(key)
        found.append((a, b, values_finding("number", left, right, [(v, w)])))
    return found


#: How many times another a toll's count may be and still be told of the same dead or
#: injured: reports of one event's toll differ by what was known when ("60" / "about 65",
#: "155" / "more than 190"); a count many times another counts one blast of two ("the
#: bombings killed 224" / "the bomb, which killed 11") or another event.
TOLL_SPREAD = 2.0

#: The share of a story's articles that name a place for it to be the story's setting.
SETTING_SHARE = 0.5

#: Tolls (their figures) a story may give for any two of them to be compared: more tell a
#: count that keeps changing, or many incidents (a story gives one to three).
TOLL_CAP = COUNT_CAP
