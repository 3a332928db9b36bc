"""Where a figure is set: the places its clause names or moves it to, a wire's dateline,
the one thing a place describes; a figure set in a place the other sentence never names
is that place's count."""

from __future__ import annotations

import re

from ..text.calendar import MONTHS, WEEKDAYS
from ..text.lexicon import ANOTHER_ONE
from ..text.roles import capitalised, name_part
from ..text.segment import stem
from ..text.specifics import Specifics, Value
from .context import fold_name

#: Words that set a count in a place: "killed 12 people *in* Orrin".
_LOCATIVE = frozenset(("in", "at", "across", "throughout", "near", "outside", "inside", "around"))

#: A possessive ending: "the *market's* gate" names the market.
_OWNS = re.compile(r"['’]s$")


def _one_of(spec: Specifics, w: Value, word: str) -> bool:
    """Does the sentence name one thing by ``word``, in that form or its possessive, with no
    figure before it and not as another one: "a crowded *market*", "the *market's* gate",
    not "three *markets*", "two *market* stalls" or "another crowded *market*"? The thing is
    named in the clause of the figure ``w`` or in the sentence's opening, which sets all of
    it: "bombers struck *a crowded market*, setting off blasts that injured 21", not "the
    bombs killed 40; a market was among the targets"."""
    tokens, clause = spec.tokens, spec.tokens[w.first].clause
    return any(
        _OWNS.sub("", t.low) == word
        and t.clause in (0, clause)
        and not (k and k - 1 in spec.value_at)
        and not any(tokens[m].low in ANOTHER_ONE for m in range(max(0, k - 2), k))
        for k, t in enumerate(tokens)
    )


def _names_no_other_place(spec: Specifics, other: Specifics) -> bool:
    """Does the ``other`` sentence set nothing in a place ``spec`` does not name: no name
    after a word that places ("in", "at", "from", "of") anywhere in it, nor its dateline?
    "A blast at a crowded market killed 40, the governor *of Pell* said" may tell of a
    market in Pell, not of the one "an Orrin market" names; "prompted the Israeli Cabinet
    to delay its vote" names no place."""
    own = names_given(spec)
    theirs = set(dateline(other.text))
    tokens = other.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.low not in TOWARDS and token.low != "of":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].low in ("the", "a", "an"):
            j += 1
        while j < len(tokens) and tokens[j].clause == token.clause and capitalised(tokens[j]):
            theirs.add(fold_name(name_part(tokens[j])))
            j += 1
    return not (theirs - own - _CALENDAR)


def placed(
    spec: Specifics, v: Value, other: tuple[Specifics, Value] | None = None
) -> frozenset[str]:
    """The places a figure's own clause (or the sentence's opening) sets it in: "killed 12
    people in *Orrin*". A count for one place and a count for none (or another) may be a
    part and the whole: "the storm killed 12 people in Orrin" / "the storm has killed at
    least 40 people". A place describing a thing the ``other`` sentence names as one
    thing in the same word, beside its own figure (:func:`_one_of`), locates that thing, not a part of the story:
    "an explosion in *a Jerusalem market* wounded 24" / "a blast at a crowded market
    injured 21"; unless the thing is an area or a place a story's people are spread over
    (:data:`_SPREAD`: "an Orrin suburb", "an Orrin hospital"), or the other sentence names
    a place of its own (:func:`_names_no_other_place`)."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found = set()
    for i in range(len(tokens) - 1):
        # a place that opens the sentence sets all of it: "*In Dalby* the storm killed 40
        # people and injured 75"
        if (tokens[i].clause != clause and i) or tokens[i].low not in _LOCATIVE:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].low in ("the", "a", "an", "its", "their", "his", "her"):
            j += 1
        # "in *a* Jerusalem market": after "a", a name describes the thing that follows it
        describes = j > i + 1 and tokens[j - 1].low in ("a", "an")
        words = []
        while j < len(tokens) and tokens[j].clause == tokens[i].clause and capitalised(tokens[j]):
            word = fold_name(name_part(tokens[j]))
            if word not in _CALENDAR:  # "in Tuesday's fire" sets the count in no place
                words.append(word)
            j += 1
        if words and other is not None and _places_the_event(spec, v, i, other):
            continue  # "the blaze *at the Orrin mill* killed 17" / "the blaze killed 12"
        thing = tokens[j] if describes and words and j < len(tokens) else None
        if (
            thing
            and other is not None
            and thing.clause == tokens[i].clause
            and thing.stem in other[0].terms
            and thing.stem not in _SPREAD
            and _one_of(*other, _OWNS.sub("", thing.low))
            and _names_no_other_place(spec, other[0])
        ):
            continue  # "in a Jerusalem market" / "a crowded market": one market
        found.update(words)
    return frozenset(found)


_CALENDAR = frozenset((*WEEKDAYS, *MONTHS))

#: Words that make the noun after them one thing already known: "*the* blaze", "*this*
#: attack"; a possessive ("Tuesday's blaze") does the same. "A blast" may be one of several,
#: and "*that* blaze" may point back to an earlier one.
_DEFINITE = frozenset(("the", "this"))

#: Nouns of an event that happens at one spot: its place is where it was, not a part of
#: it. A storm, a flood, fighting, an outbreak, a strike or an election covers many
#: places ("the storm *in Orrin* killed 12" / "the storm killed 40": a part), as does one
#: of a company's plants or offices.
_AT_ONE_SPOT = frozenset(stem(w) for w in (
    "explosion", "blast", "bombing", "crash", "collision", "shooting", "stabbing", "attack",
    "raid", "ambush", "massacre", "collapse", "derailment", "stampede", "blaze", "fire",
))  # fmt: skip
#: Of :data:`_AT_ONE_SPOT`, those that may spread over an area unless a site is named *at*:
#: "the blaze *at* the Orrin mill", not "the fire *in* Orrin county".
_SPREADING = frozenset(stem(w) for w in ("blaze", "fire"))


def _event_noun(spec: Specifics, k: int, before: int) -> str | None:
    """The stem of the one thing the word at ``k`` names, when it is a single noun opened
    by an article or a possessive ("*the blaze*", "Tuesday's *attack*"), standing before
    the figure at ``before`` in its clause: the subject a count is told of. Only an event
    at one spot (:data:`_AT_ONE_SPOT`), and not a plural: "hospitals in Orrin treated 12"
    are one area's hospitals among others, "the storm in Orrin killed 12" a part of it."""
    tokens = spec.tokens
    if k <= 0 or k >= before or tokens[k].clause != tokens[before].clause:
        return None
    token, prior = tokens[k], tokens[k - 1]
    if token.stem is None or capitalised(token) or token.low.endswith("s"):
        return None
    if token.stem not in _AT_ONE_SPOT or k in spec.value_at:
        return None
    opened = prior.low in _DEFINITE or bool(_OWNS.search(prior.low))
    return token.stem if opened else None


def _opener(spec: Specifics, k: int) -> str:
    """The possessive opening the event noun at ``k`` ("*Tuesday's* blaze"), or ""."""
    prior = spec.tokens[k - 1].low
    return _OWNS.sub("", prior) if _OWNS.search(prior) else ""


def _places_its_count(spec: Specifics, w: Value) -> bool:
    """Does the figure's clause set something in a place, named or not: "the blaze *at the
    warehouse* killed 12", "killed 40 people *at a market*"? A time after the word ("in
    the night", "in March") sets it in no place."""
    tokens, clause = spec.tokens, spec.tokens[w.first].clause
    for i, token in enumerate(tokens[:-1]):
        if token.clause != clause or token.low not in _LOCATIVE:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].low in ("the", "a", "an", "its", "their", "early"):
            j += 1
        if j < len(tokens) and j not in spec.value_at and tokens[j].low not in _TIMES:
            return True
    return False


#: Words after a locative that tell a time, not a place: "in the night", "at dawn".
_TIMES = frozenset((
    *_CALENDAR, "night", "morning", "evening", "afternoon", "dawn", "dusk", "midnight", "noon",
    "hours", "time", "week", "weekend", "year", "month", "day", "past",
))  # fmt: skip


def _places_the_event(spec: Specifics, v: Value, i: int, other: tuple[Specifics, Value]) -> bool:
    """Does the place opened at ``i`` set the event both sentences count in, not the
    count? "The blaze *at the Orrin mill* killed 17 workers" / "the blaze killed 12
    workers": the place names where the one blaze was, which the other sentence tells of
    too, so the two counts are of one blaze. The place follows a noun that opens the
    count's clause (:func:`_event_noun`) and the other sentence names that thing before
    its own figure in the same word, naming no place of its own; "killed 12 people *in
    Orrin*" / "killed 40" are still a part and the whole, as are "the blaze at the Orrin
    mill" / "the blaze at the Pell depot", two blazes."""
    noun = _event_noun(spec, i - 1, v.first)
    if noun is None or (noun in _SPREADING and spec.tokens[i].low != "at"):
        return False
    theirs, w = other
    tokens = theirs.tokens
    opener = _opener(spec, i - 1)
    told = any(
        t.stem == noun
        and _event_noun(theirs, k, w.first) == noun
        # "*Tuesday's* blaze" / "*Monday's* blaze": two blazes
        and not (opener and _opener(theirs, k) and _opener(theirs, k) != opener)
        # "the blast at *another* market": another thing's blast
        and not any(tokens[m].low in ANOTHER_ONE for m in range(k + 1, min(w.first, k + 5)))
        for k, t in enumerate(tokens[: w.first])
    )
    return told and not _places_its_count(theirs, w) and _names_no_other_place(spec, theirs)


#: Stems of the common nouns that name a kind of place: "deployed 1,200 troops *to the
#: border*" / "3,000 troops *to the capital*" are two places' counts, named or not.
_PLACE_NOUNS = frozenset((
    "border", "capit", "coast", "port", "airport", "harbour", "harbor", "island", "frontlin",
    "north", "south", "east", "west", "countrysid", "suburb", "camp", "villag",
    "provinc", "district", "mountain", "valley", "desert",
))  # fmt: skip

#: Stems of the nouns that name an area, one of many a story may count in: "12 died in *an
#: Orrin suburb*" / "40 died across the suburbs" are a part and the whole.
_AREAS = frozenset((
    *_PLACE_NOUNS, "town", "citi", "counti", "state", "region", "area", "neighborhood",
    "neighbourhood", "part", "communiti", "municip",
))  # fmt: skip

#: Stems of the areas and of the places a story's people are spread over, one of several:
#: the wounded of one blast are treated at several hospitals, so "12 were treated at *an
#: Orrin hospital*" / "40 were treated at a hospital" may be a part and the whole.
_SPREAD = frozenset((*_AREAS, "hospit", "clinic", "morgu", "shelter"))

#: Words before a place noun that move a figure to it or set it there.
TOWARDS = frozenset((*_LOCATIVE, "to", "into", "from", "along"))


def _place_nouns(spec: Specifics, v: Value) -> frozenset[str]:
    """The kinds of place the figure's own clause sets it in or moves it to, named by a
    common noun after a preposition and at most two other words: "to *the border*", "in
    the *north*", "near the northern *coast*"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if token.clause != clause or token.low not in TOWARDS:
            continue
        for j in range(i + 1, min(len(tokens), i + 4)):
            if tokens[j].clause != clause or tokens[j].low in TOWARDS:
                break
            stem = tokens[j].stem
            if stem is not None and stem in _PLACE_NOUNS and not capitalised(tokens[j]):
                found.add(stem)
                break
    return frozenset(found)


#: A wire dateline opening a sentence: "JERUSALEM (AP) _ ", "ANKARA, Turkey (AP) _ ",
#: "WASHINGTON _ ". The place in capitals is where the report is set.
_DATELINE = re.compile(
    r"^([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?\s*"
    r"(?:\([^()]{1,40}\)\s*)?(?:_|—|–|--)\s"
)


def dateline(text: str) -> frozenset[str]:
    """The place a sentence's wire dateline names, as name words: "jerusalem"."""
    match = _DATELINE.match(text)
    if not match:
        return frozenset()
    return frozenset(fold_name(word.lower()) for word in match.group(1).split())


def names_given(spec: Specifics) -> set[str]:
    """Every name a sentence gives, folded (:func:`.context.fold_name`), with the place its
    dateline names: what a place another sentence sets a figure in is looked for among."""
    return {fold_name(n) for n in spec.names} | dateline(spec.text)


def placed_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure set in a place the other sentence never names? "The storm killed 12
    people in Orrin" / "the storm has killed at least 40 people" are a part and the whole;
    "the wildfire near Corran destroyed 40 homes" / "the Corran wildfire ... destroyed 25
    homes" set both counts in Corran, one of them beside its figure, the other elsewhere."""
    nouns_a, nouns_b = _place_nouns(a, v), _place_nouns(b, w)
    if nouns_a and nouns_b and not (nouns_a & b.terms) and not (nouns_b & a.terms):
        return True  # "to the border" / "to the capital": two places, neither named by the other
    placed_a, placed_b = placed(a, v, (b, w)), placed(b, w, (a, v))
    if placed_a == placed_b:
        return False
    names_a, names_b = names_given(a), names_given(b)
    return bool((placed_a - names_b) or (placed_b - names_a))
