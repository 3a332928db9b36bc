"""Story-wide: how many people are held over the story, counted two ways by two sources.

"Four people are in custody" in one outlet, "Malaysia has three people in custody in
connection with the killing" in another: the two sentences share little beside the figure's
words and are never matched, yet at one time a story's suspects are held in one number. A
count is read only where the figure stands right before the words that put the people in
custody ("in custody", "in police custody", "in detention", "under arrest"), the people
told as people (or persons, individuals, or not named at all: "four are in custody") or as
suspects, the two counts of their own. A count of those *arrested* is not read:
arrests add up over days ("two more were arrested"), and the people arrested need not all
be held still.

A count that keeps changing is no rival count: a figure told as one moment of it ("has
risen to four", "so far", "later", "remain", "initially"), some of it released
("released two of the five people in custody"), added to others ("two more",
"another three") or held in protective custody (witnesses) is not read, a source giving
two counts tells of a change and is left out, and a story giving more than
:data:`CUSTODY_CAP` counts tells one that keeps changing. Two counts are set against each
other only when both can be of one time and one case: not another year or period, nor two
days (:func:`.dates.two_days`), not set in a place the other sentence never names
(:func:`.places.placed_apart`), not held by a holder the other sentence and the story's
setting never name ("Kelvar has three people in custody" in a story set in Dorvania), and
not over two cases that share no word ("in connection with the bombing" / "over the
riot"). An approximate count ("about a dozen") is not read; a lower bound ("at least
three") can be any count above it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..models import Sentence
from ..text.figures import compatible, counted
from ..text.hints import Hinted
from ..text.lexicon import ANOTHER_ONE, EARLIER_WORDS, INCREMENT_WORDS, STILL_WORDS
from ..text.specifics import Specifics, Value
from .context import fold_name
from .counts import TOLL_BOUND, risen_to
from .dates import two_days
from .finding import Finding, values_finding
from .places import placed_apart
from .story import each_source_text
from .story_tolls import periods_apart, setting_of

#: Cheap test (before any analysis) for a sentence that may count people held.
_MAY_HOLD = Hinted(
    re.compile(r"\b(?:custody|detention|under arrest)\b", re.IGNORECASE),
    ("custody", "detention", "arrest"),
)

#: The words for whom a count of people held counts, by the class each stands in ("people"
#: and "persons" count anyone held, "suspects" only those suspected): counts of two classes
#: are never compared.
_HELD = {"peopl": "people", "person": "people", "individu": "people", "suspect": "suspects"}

#: Words that may stand between the people and where they are held: "four people *are*
#: in custody", "three suspects *were being* held ... under arrest".
_HELD_BETWEEN = frozenset(("are", "were", "is", "was", "been", "being", "have", "has", "had"))

#: Words between "in" and "custody" that keep it the story's custody ("in *police* custody");
#: "protective custody" holds witnesses, not suspects, and is not read.
_CUSTODY_KINDS = frozenset(("police", "federal", "state", "military", "government"))

#: Words anywhere in a sentence that tell its count as one moment of one still changing:
#: "*so far* three are in custody", "the five in custody *then*", "police *released* two of
#: the five people in custody" (five before the release, three after it).
_CHANGING = frozenset((
    "now", "far", "date", "yet", "since", "then", "later", "released", "freed", "bail",
))  # fmt: skip

#: Words before "has"/"have" naming who holds the people that every story's reader takes
#: as the story's own authorities: no place or body to be named by the other side.
_ANY_HOLDER = frozenset((
    "police", "authorities", "officials", "investigators", "officers", "detectives", "they",
    "prosecutors", "agents",
))  # fmt: skip

#: Words that open the case a count of people held is over: "in custody *in connection
#: with* the killing", "held *over* the riot", "*for* the robbery".
_CASE_OPENERS = frozenset(("connection", "over", "for"))

#: Counts of people held (their figures and bounds) a story may give for any two to be
#: compared: more tell a count that keeps changing.
CUSTODY_CAP = 3


@dataclass(frozen=True)
class Held:
    """One count of people held that a sentence gives: the figure, whom it counts (a class
    of :data:`_HELD`), who holds them as the sentence names it ("" for none, or for the
    story's own authorities) and the words of the case they are held over (none when
    the sentence names none)."""

    value: Value
    who: str
    holder: str
    case: frozenset[str]


def _custody_after(spec: Specifics, i: int) -> int | None:
    """Where the words putting people in custody stand when they open at ``i`` ("in
    custody", "in police custody", "in detention", "under arrest"): the index of their last
    word, or none."""
    tokens = spec.tokens
    while i < len(tokens) and tokens[i].low in _HELD_BETWEEN:
        i += 1
    if i + 1 >= len(tokens):
        return None
    if tokens[i].low == "under" and tokens[i + 1].low == "arrest":
        return i + 1
    if tokens[i].low != "in":
        return None
    j = i + 1
    if tokens[j].low in _CUSTODY_KINDS and j + 1 < len(tokens):
        j += 1
    return j if tokens[j].low in ("custody", "detention") else None


def _holder(spec: Specifics, v: Value) -> str:
    """Who holds the people, named right before "has" or "have" and the figure ("*Malaysia*
    has three people in custody"); "" when none is, or when it is the story's own
    authorities (:data:`_ANY_HOLDER`)."""
    tokens = spec.tokens
    i = v.first - 1
    while i >= 0 and tokens[i].low in TOLL_BOUND:
        i -= 1
    if i < 1 or tokens[i].low not in ("has", "have", "had"):
        return ""
    before = tokens[i - 1]
    if before.low in _ANY_HOLDER or not before.text[:1].isupper():
        return ""
    return fold_name(before.low)


def _case(spec: Specifics, end: int) -> frozenset[str]:
    """The words of the case the people are held over, read after their custody in its own
    clause ("in connection with Kim Orlo's *death*", "over the *riot*")."""
    tokens, clause = spec.tokens, spec.tokens[end].clause
    for i in range(end + 1, len(tokens)):
        if tokens[i].clause != clause:
            break
        if tokens[i].low in _CASE_OPENERS:
            return frozenset(t.stem for t in tokens[i + 1 :] if t.clause == clause and t.stem) - {
                "with"
            }
    return frozenset()


def counts_held(spec: Specifics) -> Iterator[Held]:
    """Each count of people held the sentence gives (see the module's notes)."""
    tokens = spec.tokens
    if {t.low for t in tokens} & (_CHANGING | STILL_WORDS | EARLIER_WORDS):
        return
    for v in spec.values:
        if v.kind != "number" or v.unit or v.label or v.bound == "~":
            continue
        before = tokens[v.first - 1].low if v.first else ""
        if before in INCREMENT_WORDS or before in ANOTHER_ONE or risen_to(spec, v):
            continue  # "another three", "has risen to four" ("two more are" is read nowhere)
        i = v.last + 1
        who = "people"
        if i < len(tokens) and (held := _HELD.get(counted(tokens[i].stem or ""))):
            who, i = held, i + 1
        end = _custody_after(spec, i)
        if end is None:
            continue  # "are no longer in custody", "were released from custody"
        if any(tokens[k].clause != tokens[v.first].clause for k in range(v.first, end + 1)):
            continue
        yield Held(v, who, _holder(spec, v), _case(spec, end))


def _apart(
    a: Specifics,
    x: Held,
    b: Specifics,
    y: Held,
    setting: Callable[[], frozenset[str]],
) -> bool:
    """Can the two counts be of two times, places, holders or cases (see the module's
    notes)?"""
    if x.who != y.who or periods_apart(a, b) or two_days(a, b):
        return True
    if placed_apart(a, x.value, b, y.value):
        return True
    for holder, other in ((x.holder, b), (y.holder, a)):
        if holder and holder not in _words(other) and holder not in setting():
            return True  # "Kelvar has three ..." against a sentence and a story not naming it
    return bool(x.case and y.case and not x.case & y.case)


def _words(spec: Specifics) -> set[str]:
    """The sentence's words as holders' names are folded (a possessive's stem too)."""
    return {fold_name(w) for t in spec.tokens for w in (t.low, t.stem) if w}


def _rival(v: Value, w: Value) -> bool:
    """Can the two counts not both be true (:func:`.text.figures.compatible`: "at least
    three" can be four, never two)?"""
    return v.tag != w.tag and not compatible(v, w)


def held_counts_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Two sources counting the people held over the story in two numbers that cannot both
    be true (see the module's notes). The first sentence of each source giving a count
    stands for it."""
    told: dict[int, list[tuple[int, Specifics, Held]]] = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_HOLD):
        if not sentence.numbers:
            continue
        analysed = spec(sentence.id)
        for held in counts_held(analysed):
            told.setdefault(group, []).append((sentence.id, analysed, held))
    counts = {
        (h.who, h.value.tag, h.value.bound) for tellings in told.values() for *_, h in tellings
    }
    if len(counts) > CUSTODY_CAP:
        return []
    alone = {
        group: tellings[0]
        for group, tellings in told.items()
        if not any(
            x.who == y.who and _rival(x.value, y.value)
            for i, (_, _, x) in enumerate(tellings)
            for _, _, y in tellings[i + 1 :]
        )
    }  # a source giving two counts tells of a change
    setting: list[frozenset[str]] = []

    def story_setting() -> frozenset[str]:
        if not setting:
            setting.append(setting_of(sentences, group_of))
        return setting[0]

    found = []
    groups = sorted(alone)
    for k, ga in enumerate(groups):
        for gb in groups[k + 1 :]:
            (a, left, x), (b, right, y) = sorted((alone[ga], alone[gb]), key=lambda t: t[0])
            if _rival(x.value, y.value) and not _apart(left, x, right, y, story_setting):
                found.append((a, b, values_finding("number", left, right, [(x.value, y.value)])))
    return found
