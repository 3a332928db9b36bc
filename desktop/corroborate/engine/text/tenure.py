"""Tenure: a body said to own a building, or to rent it, as one sentence tells it.

"a hall *owned by* a Macedonian civic organization" tells an owner; "the Macedonian
Association, *which rents* space in the building", "the second floor *was rented by* the
local Macedonian immigrant association" and "rented out for the night by *the tenant*, the
local association of Macedonian immigrants" tell a tenant. One body cannot be both of one
building at one time, so two sources telling it each way disagree
(:mod:`..conflicts.story_tenure`).

A reading needs a body (a phrase holding a word of :data:`BODY_KINDS`, "association",
"club", "society", and a capitalised name word besides it: "the organizers" is no body
told by name; "a *member of* the Orsk Club", "the Orsk Club's *youth league*" tell a
person or a part of the body, and are none) and a building word (:data:`BUILDINGS`),
with the words telling which one it is ("the *ground* floor", "the building *on Mill
Street*": two buildings each told by words of their own are two). Not read: a body that
lets the building to others ("rents the hall *out*", "leases the building on Quay Street
*to* a school", "rented
*by* the students *from* the association": the association is the landlord, which the
owner may be), and a sentence
that tells the tenure under a condition, denied, or as it changes or changed
(:data:`CHANGES`: "if", "would", "not", "no longer", "until", "bought", "formerly", "plans"): "the club, which rented the hall until it
bought the building in 2009" tells both, at two times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import DETERMINERS
from .specifics import NEGATIONS

#: The words naming what kind of body a name is: a body told with one of them and a
#: capitalised word besides it ("the Macedonian *Association*", "a Macedonian civic
#: *organization*") may own or rent a building.
BODY_KINDS = frozenset((
    "association", "organization", "organisation", "society", "club", "guild", "union",
    "league", "foundation", "federation", "church", "congregation", "company", "firm",
    "cooperative", "co-op", "trust", "brotherhood", "lodge", "institute", "group",
))  # fmt: skip

#: Words of a body's kind that may name any kind of body: "a Macedonian civic
#: *organization*" may be the Macedonian Association.
ANY_BODY = frozenset(("organization", "organisation", "group"))

#: The words of a building, or of a part of one, that a body may own or rent.
BUILDINGS = frozenset((
    "hall", "building", "premises", "floor", "clubhouse", "boathouse", "warehouse",
    "property", "centre", "center", "storefront", "club", "theatre", "theater", "chapel",
))  # fmt: skip

#: Building words that may stand for any building of the story, or a part of it: "the
#: *building*" of a story about a hall is that hall.
ANY_BUILDING = frozenset(("building", "premises", "property", "floor"))

#: Words that tell the tenure under a condition, as a plan, or as it changes or changed:
#: a sentence holding one gives no tenure at one time.
CHANGES = frozenset((
    "if", "unless", "would", "could", "until", "formerly", "former", "previously",
    "once", "used", "bought", "buy", "buys", "buying", "sold", "sell", "sells", "selling",
    "plan", "plans", "planned", "wants", "hopes", "purchase", "purchased", "acquired",
    "inherited", "since",
    # a denial ("no *longer* owns"); the words of a denial are :data:`.specifics.NEGATIONS`
    "longer",
)) | NEGATIONS  # fmt: skip

_BUILDING = "|".join(sorted(BUILDINGS))
_DET = r"(?P<det>the|a|an|its|their)\s+"
#: up to three words between the article and the building word: "the *old two-storey*
#: hall", "a *rented second-floor* hall"
_BEFORE = r"(?:[\w'’-]+\s+){0,3}?"
#: a body's words: up to a mark or a word that opens another clause
_BODY = r"(?P<body>[^,.;:()!?\"“”]+)"

#: "the hall, owned by X", "a hall owned by X", "the building is owned by X"
_OWNED_BY = re.compile(
    rf"\b{_DET}{_BEFORE}(?P<place>{_BUILDING})\b,?\s+(?:(?:which|that)\s+)?"
    rf"(?:(?:is|was|has\s+been|had\s+been)\s+)?(?P<verb>owned\s+by)\s+{_BODY}",
    re.IGNORECASE,
)
#: ", which owns the hall", " owns the building": the body is the words before, back to a
#: mark (:data:`_BODY_BEFORE`); read so, each verb is looked for once, not each body
_OWNS = re.compile(
    rf",?\s+(?:(?:which|that)\s+)?(?P<verb>owns)\s+{_DET}{_BEFORE}(?P<place>{_BUILDING})\b",
    re.IGNORECASE,
)
#: ", which rents space in the building", " rents the hall", " leases the boathouse"
_RENTS = re.compile(
    rf",?\s+(?:(?:which|that)\s+)?(?P<verb>rents|leases)\s+"
    rf"(?:(?:space|rooms|offices|a\s+room|an\s+office)\s+(?:in|at)\s+)?{_DET}{_BEFORE}"
    rf"(?P<place>{_BUILDING})\b",
    re.IGNORECASE,
)
#: Words after a rented building, in its clause, that tell the body lets it to others:
#: "rents the hall *out*", "leases the building *to* a school", "leases the building on
#: Quay Street *to* a dance school", "rents the hall each weekend *to* wedding parties".
_LETS = re.compile(r"[^,.;:()!?\"“”]*?\b(?:out|to)\b", re.IGNORECASE)
#: "by" in the words before a verb: they tell a thing of the body, not the body ("a
#: company owned *by* the Orsk Club owns the hall").
_BY = re.compile(r"\bby\b", re.IGNORECASE)
#: The marks before a body told ahead of its verb ("The Orsk Club, which rents ...").
_BODY_BEFORE = re.compile(r"[,.;:()!?\"“”]")
#: "the second floor was rented by X", "the clubhouse, which is leased by X"
_RENTED_BY = re.compile(
    rf"\b{_DET}{_BEFORE}(?P<place>{_BUILDING})\b[^.;:!?]*?\b(?:is|was|were|are|been)\s+"
    rf"(?P<verb>(?:rented|leased)\s+by)\s+{_BODY}",
    re.IGNORECASE,
)
#: "by the tenant, X": the building is the sentence's first building word
_TENANT = re.compile(rf"\b(?P<verb>the\s+tenants?),\s+{_BODY}", re.IGNORECASE)
_ANY_PLACE = re.compile(rf"\b{_DET}{_BEFORE}(?P<place>{_BUILDING})\b", re.IGNORECASE)

#: The stems (:attr:`..models.Sentence.stems`) one of which every sentence telling a hold
#: holds: "owned", "owns", "rents", "rented", "leases", "leased", "tenant". Asking a
#: sentence's stems is the cheap test before any reading: a folder has thousands of
#: sentences and a few tell a hold.
HOLD_STEMS = frozenset(("own", "rent", "leas", "tenant"))

#: The words that tell a hold, as words ("current" holds "rent").
_HOLD = re.compile(r"\b(?:owned\s+by|owns|rents|leases|(?:rented|leased)\s+by|tenants?)\b", re.I)


#: A capitalised word: a name word of a body ("*Macedonian*", "*Miners'*").
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
#: Words that end a body's words: another clause, or the one letting the building ("rented
#: by the students *from* the association")
_BODY_ENDS = re.compile(
    r"\s(?:from|to|for|and|in|at|on|with|as|who|which|that|since|until|when|after|before)\s"
)


#: A body's words that tell a person or a part of a body, not the body: a lower-case word
#: before "of" ("a *member of* the Orsk Club", "Harlan Vesk, *president of* the Orsk
#: Club") or after a possessive ("the Orsk Club's *youth league*"); "the Association of
#: Orsk Miners" and "the Orsk Women's Institute" are bodies.
_PART_OF = re.compile(r"^\s*(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+)+of\s|['’]s\s+[a-z]")
#: The words telling which building of its kind a building is: a word between the article
#: and the building word other than one of its look ("the *ground* floor", "the *old*
#: hall" are told so; see :data:`_LOOK`), and the capitalised words of a place told right
#: after it ("the building *on Mill Street*", "a hall *in Kessock*").
_PLACE_AFTER = re.compile(r"\s+(?:on|in|at|near|off)\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s*)+)")


@dataclass(frozen=True)
class Tenure:
    """A body's hold on a building, as one sentence tells it."""

    #: "owner" or "tenant"
    holds: str
    #: the body's capitalised words other than its kind, lower case, without a possessive
    #: ending: ``{"macedonian"}`` for "the Macedonian Association"
    body: frozenset[str]
    #: the words of the body's kind (:data:`BODY_KINDS`): ``{"association"}``
    kinds: frozenset[str]
    #: the building word, lower case: "hall"
    place: str
    #: is the building told as one the reader knows ("*the* building")?
    definite: bool
    #: where the words telling the tenure stand ("owned by", "rents", "the tenant")
    span: tuple[int, int]
    #: the words telling which building of its kind it is, lower case: ``{"ground"}`` for
    #: "the ground floor", ``{"mill", "street"}`` for "the building on Mill Street"
    which: frozenset[str] = frozenset()
    #: is the building told with a place of its own ("a hall *in Kessock*")?
    placed: bool = False


def _body(words: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The name words of a body told by ``words`` and the words of its kind, cut at a word
    that opens another clause or names the one letting the building; None when no word
    names its kind (:data:`BODY_KINDS`) or no capitalised word names it besides."""
    words = _BODY_ENDS.split(f" {words} ", maxsplit=1)[0]
    if _PART_OF.search(words):
        return None  # "a member of the Orsk Club", "the Orsk Club's youth league"
    kinds = frozenset(w.lower() for w in re.findall(r"[\w-]+", words)) & BODY_KINDS
    if not kinds:
        return None
    names = (
        frozenset(
            w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
            for w in _CAPITALISED.findall(words)
        )
        - BODY_KINDS
        - DETERMINERS
    )
    return (names, kinds) if names else None


def tenures(text: str) -> tuple[Tenure, ...]:
    """Each body's hold on a building the sentence ``text`` tells (see the module's notes)."""
    if not _HOLD.search(text) or CHANGES & {w.lower() for w in re.findall(r"[\w-]+", text)}:
        return ()
    found: list[Tenure] = []
    for holds, pattern in (
        ("owner", _OWNED_BY),
        ("owner", _OWNS),
        ("tenant", _RENTS),
        ("tenant", _RENTED_BY),
    ):
        for match in pattern.finditer(text):
            if pattern is _RENTS and _LETS.match(text, match.end()):
                continue  # "rents the hall (...) out", "leases the building (...) to": the one letting it
            if "body" in pattern.groupindex:
                words = match.group("body")
            else:
                words = _BODY_BEFORE.split(text[: match.start()])[-1]
                if _BY.search(words):
                    continue  # "a company owned by the Orsk Club owns the hall": the company

            body = _body(words)
            if body is None:
                continue
            det = (match.group("det") or "").lower()
            place = match.group("place").lower()
            which, placed = _which(text, match.end("det"), match.start("place"), match.end("place"))
            found.append(
                Tenure(holds, *body, place, det == "the", match.span("verb"), which, placed)
            )
    for match in _TENANT.finditer(text):
        body, place = _body(match.group("body")), _ANY_PLACE.search(text)
        if body is not None and place is not None:
            det = place.group("det").lower()
            where = place.group("place").lower()
            which, placed = _which(text, place.end("det"), place.start("place"), place.end("place"))
            found.append(
                Tenure("tenant", *body, where, det == "the", match.span("verb"), which, placed)
            )
    return tuple(found)


def _which(text: str, start: int, place: int, end: int) -> tuple[frozenset[str], bool]:
    """The words telling which building it is (:attr:`Tenure.which`) of the building word
    at ``place``..``end`` whose article ends at ``start``, and whether a place of its own
    follows it."""
    before = {w.lower() for w in re.findall(r"[\w'’-]+", text[start:place])}
    after = _PLACE_AFTER.match(text, end)
    named = (
        {w.lower() for w in re.findall(r"[\w'’-]+", after.group(1))} - {"the"} if after else set()
    )
    return frozenset(before - _LOOK) | frozenset(named), after is not None


#: Words of a building's look or age, which tell no other building of the story: "the
#: *old two-storey* hall" is "the hall".
_LOOK = frozenset((
    "old", "historic", "two-storey", "three-storey", "two-story", "three-story", "brick",
    "wooden", "stone", "small", "large", "big", "rented", "community", "local",
))  # fmt: skip


def same_body(one: Tenure, other: Tenure) -> bool:
    """Do two holds tell of one body: the same name words, and a word of its kind in common
    or one that names any kind of body (:data:`ANY_BODY`: "the Macedonian Association" / "a
    Macedonian civic organization")? "The Varnholt Choral Society" and "the Varnholt Chess
    Club" are two, and so are "the Orsk Association" and "the Orsk Club"; a name shorter
    than another ("the Miners' Association" / "the Orsk Miners' Association") may be
    another body's, and is not compared."""
    if one.body != other.body:
        return False
    return bool(one.kinds & other.kinds or (one.kinds | other.kinds) & ANY_BODY)


def same_building(one: Tenure, other: Tenure) -> bool:
    """Do two tenures hold one building: the same building word, or a word for any building
    (:data:`ANY_BUILDING`) on one side, and one of the two told as the building the reader
    knows ("the building")? "A hall on Dock Street" and "a building on Mill Road" are two,
    and so are two told each by words of their own (:attr:`Tenure.which`: "the ground
    floor" / "the top floor", "the boathouse on Pier Road" / "the building on Mill
    Street"), and "a hall in Kessock", a building with a place of its own, is not "the
    hall"."""
    if not (one.definite or other.definite):
        return False
    if one.which and other.which and not one.which & other.which:
        return False  # "the ground floor" / "the top floor", "on Mill Street" / "on Pier Road"
    if (one.placed and not one.definite and not other.which) or (
        other.placed and not other.definite and not one.which
    ):
        return False  # "a hall in Kessock" is another hall than "the hall"
    return one.place == other.place or bool({one.place, other.place} & ANY_BUILDING)
