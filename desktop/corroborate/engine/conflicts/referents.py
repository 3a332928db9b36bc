"""Whose a figure is: one of a series (or one of it against the whole: "the first blast" /
"the two blasts"), someone's kin, a toll less the part it states of itself, another thing of the story's kind (an aftershock), a group it is limited to,
those it is credited to, the people and places its own clause names."""

from __future__ import annotations

from ..text.figures import VAGUE, counted
from ..text.numbers import NUMBER_TAG, UNITS, amount_in
from ..text.roles import ROLES, capitalised, name_part
from ..text.saying import REPORTS
from ..text.segment import stopwords
from ..text.specifics import Specifics, Value
from .context import fold_name
from .places import TOWARDS

#: Words that tell one of a series from another: "the *first* flight left at 9:15 a.m." /
#: "the *last* flight left at 11:40 p.m.".
_ORDINALS = frozenset((
    "first", "second", "third", "fourth", "fifth", "last", "final", "next", "previous",
    "earlier", "later", "latest", "initial", "new", "old", "current",
))  # fmt: skip

#: Words for someone's kin or companion: "the man's *brother* was 38" gives another
#: person's age than "the man was 35".
_KIN = frozenset((
    "brother", "sister", "wife", "husband", "son", "daughter", "mother", "father", "friend",
    "girlfriend", "boyfriend", "partner", "cousin", "uncle", "aunt", "nephew", "niece",
    "grandson", "granddaughter", "grandmother", "grandfather", "stepfather", "stepmother",
    "fiancé", "fiance", "fiancee", "widow", "widower", "parents", "children",
))  # fmt: skip


def kin_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure given for someone's kin ("the man's *brother* was 38") and the other
    sentence names no kin at all ("the man was 35")? Then they are two people's."""
    words_a = {t.low for t in a.tokens}
    words_b = {t.low for t in b.tokens}
    kin_a = _whose_words(a, v) & _KIN
    kin_b = _whose_words(b, w) & _KIN
    return bool((kin_a - words_b) or (kin_b - words_a))


def _whose_words(spec: Specifics, v: Value) -> set[str]:
    """The words that may say whose a figure is: those of its clause before it, and for an
    age set off after a name ("his son Tomas Kessler, *24*, runs ...") those of the clause
    naming the person."""
    found = _before_value(spec, v.first)
    tokens = spec.tokens
    if v.unit == "age" and v.first and tokens[v.first - 1].clause != tokens[v.first].clause:
        found |= _before_value(spec, v.first - 1) | {tokens[v.first - 1].low}
    return found


def _count_of(word: str) -> float | None:
    """The count a single word gives: "one", "two", "12"; None for any other word."""
    if word in UNITS:
        return float(UNITS[word])
    return float(word) if word.isdigit() else None


def part_told(spec: Specifics, v: Value) -> float | None:
    """The part a figure states of itself just after it: "4 died, *including one* in
    hospital", "12 were hurt, *including three* children", "30 died, *among them four*
    rescuers": that part's count."""
    tokens, clause_end = spec.tokens, v.last + 12
    for k in range(v.last + 1, min(len(tokens) - 1, clause_end)):
        if tokens[k].low == "including":
            return _count_of(tokens[k + 1].low)
        if tokens[k].low == "among" and tokens[k + 1].low in ("them", "whom"):
            return _count_of(tokens[k + 2].low) if k + 2 < len(tokens) else None
    return None


def toll_and_its_part(v: Value, part: float | None, w: Value) -> bool:
    """Is ``w`` the figure ``v`` less the part ``v`` states of itself ("four died,
    including one in hospital" / "three died")? A fuller toll stating its own breakdown,
    not another count of one thing."""
    try:
        whole, other = float(amount_in(v.tag)), float(amount_in(w.tag))
    except ValueError:
        return False
    return part is not None and v.tag[:2] == w.tag[:2] == NUMBER_TAG and whole - part == other


#: Words that name another thing of the same kind beside the story's own: an
#: *aftershock* beside the quake, the ship's *sister* vessel, a *twin* tower. A figure
#: told of one is no figure of the other.
_ANOTHER_OF_A_KIND = frozenset(("aftershock", "aftershocks", "foreshock", "foreshocks"))

_SIBLING = frozenset(("sister", "twin"))

_SIBLING_THINGS = frozenset((
    "ship", "ships", "vessel", "vessels", "boat", "ferry", "plane", "planes", "aircraft",
    "jet", "submarine", "plant", "reactor", "tower", "towers", "building", "station",
    "company", "companies", "paper", "newspaper", "hotel", "school", "site", "craft",
))  # fmt: skip


def _another_of_a_kind(spec: Specifics) -> frozenset[str]:
    """The words by which a sentence speaks of another thing of the story's kind: an
    "aftershock", a "sister vessel", a "twin tower"."""
    tokens, found = spec.tokens, set()
    for i, t in enumerate(tokens):
        if t.low in _ANOTHER_OF_A_KIND:
            found.add(t.low.rstrip("s"))
        elif t.low in _SIBLING and any(u.low in _SIBLING_THINGS for u in tokens[i + 1 : i + 3]):
            found.add(t.low)
    return frozenset(found)


def other_of_a_kind(a: Specifics, b: Specifics) -> bool:
    """Does one sentence tell of another thing of the story's kind the other never
    names? "An aftershock killed 9" / "the quake killed 62", "her sister ship carried 310"
    / "the ferry carried 240": two things' figures."""
    return _another_of_a_kind(a) != _another_of_a_kind(b)


#: Words that name no one in particular before a speaking verb ("*he* said").
_NO_SPEAKER = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "which", "that"))


def _speakers(spec: Specifics) -> frozenset[str]:
    """The stems of those a sentence credits its statement to: "the *government* said",
    "*aid groups* said", "..., the *interior ministry* said", "according to the *Red
    Crescent*". Empty when no one is named ("he said") or nothing is credited."""
    tokens, found = spec.tokens, set()
    for k, t in enumerate(tokens):
        if t.low in REPORTS:
            before = [u for u in tokens[max(0, k - 3) : k] if u.part == t.part]
            if before and before[-1].low not in _NO_SPEAKER:
                found |= {u.stem for u in before if u.stem}
        elif t.low == "according" and k + 1 < len(tokens) and tokens[k + 1].low == "to":
            found |= {u.stem for u in tokens[k + 2 : k + 6] if u.stem and u.part == t.part}
    return frozenset(found)


#: Stems of the officials a figure may be credited to: "the governor said", "officials
#: said", "police said" are all the authorities' one count, however each outlet names them.
_OFFICIAL = frozenset((
    "offici", "author", "govern", "governor", "ministri", "minist", "polic", "spokesman",
    "spokeswoman", "spokesperson", "mayor", "presid", "sheriff",
))  # fmt: skip


def _speaking_side(said: frozenset[str]) -> frozenset[str]:
    """Those credited, with every official one side: the authorities."""
    return frozenset(("<official>",)) if said & _OFFICIAL else said


def credited_to_others(a: Specifics, b: Specifics) -> bool:
    """Is each sentence's figure credited to someone the other never names ("the
    government said 12 died" / "aid groups said 30 died"), not both to the authorities
    ("the governor said" / "officials said")? Then each is one source's
    claim, which every outlet may report beside the other: no disagreement between the
    outlets, however the two claims differ. A side named only as a party to what
    happened, "between" it and another ("fighting between the army and *rebels* killed 40,
    the health ministry said" / "*rebels* said 120 were killed"), is not named as a
    source: the two claims stay two sources'."""
    said_a, said_b = _speakers(a), _speakers(b)
    if not said_a or not said_b:
        return False
    if _speaking_side(said_a) == _speaking_side(said_b):
        return False
    return not (said_a & _named_not_as_party(b)) and not (said_b & _named_not_as_party(a))


def _named_not_as_party(spec: Specifics) -> set[str]:
    """The stems a sentence names, but for those of the parties to what happened told
    "between" one "and" another, the other's first word of content closing them: "clashes
    *between police and protesters*", "fighting *between the army and rebels*". Punctuation ends the phrase ("fighting
    between villages; the army said ...")."""
    found: set[str] = set()
    party, joined, part = False, False, -1
    for t in spec.tokens:
        if party and t.part != part:
            party = False  # "between villages; the army ...": no second party, the phrase ends
        if t.low == "between":
            party, joined, part = True, False, t.part
        elif party and t.low == "and":
            joined = True
        elif party:
            party = not (joined and t.stem)
        elif t.stem:
            found.add(t.stem)
    return found


def _before_value(spec: Specifics, at: int) -> set[str]:
    """The words of the value's clause before it (at token ``at``), but for the one
    who speaks: "the man's wife" in "the man's wife said he was 45" tells the age, whose
    it is comes after."""
    tokens, clause = spec.tokens, spec.tokens[at].clause
    return {
        t.low
        for k, t in enumerate(tokens[:at])
        if t.clause == clause and not any(u.low in REPORTS for u in tokens[k + 1 : k + 3])
    }


def _among(spec: Specifics, v: Value) -> frozenset[str]:
    """The group a figure's clause limits it to: "unemployment *among young people*",
    "turnout *among women*"; the telling words after "among", as :func:`counted` names
    them. A figure inside the phrase counts the group itself ("*among the 12 dead* were
    three children"), and limits nothing."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found = set()
    for i, token in enumerate(tokens):
        if token.clause == clause and token.low == "among" and not i < v.first <= i + 3:
            for t in tokens[i + 1 : i + 4]:
                if t.clause != clause or t.low in TOWARDS:
                    break
                if t.stem and t.stem not in VAGUE:
                    found.add(counted(t.stem))
    return frozenset(found)


def subgroup_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure limited to a group ("stood at 11 percent *among young people*") the
    other sentence never names ("unemployment stood at 5.2 percent")? A part, not the whole."""
    among_a, among_b = _among(a, v), _among(b, w)
    if among_a == among_b:
        return False
    terms_a, terms_b = {counted(t) for t in a.terms}, {counted(t) for t in b.terms}
    return bool((among_a - terms_b) or (among_b - terms_a))


def _whose(spec: Specifics, at: int) -> frozenset[str]:
    """The roles ("the *president*", "the prime *minister*") and the places in a series
    ("the *first* flight") the figure's clause names before it: whose figure or date it is."""
    return frozenset(
        _ONE_PLACE.get(w, w) for w in _before_value(spec, at) if w in ROLES or w in _ORDINALS
    )


#: Words of :data:`_ORDINALS` that name one place in a series: "the *latest* toll", "the
#: *new* toll" and "the *current* toll" are one toll; "the *old* law", the previous one.
_ONE_PLACE = {"new": "latest", "current": "latest", "old": "previous"}


def other_referents(a: Specifics, i: int, b: Specifics, j: int) -> bool:
    """Are two figures or dates given for two people or two of a series: "the president
    will visit the city on Tuesday" / "the prime minister will visit on Wednesday", "the
    first flight left at 9:15 a.m." / "the last flight left at 11:40 p.m."? Each clause
    names its own before the value (at token ``i`` of ``a``, ``j`` of ``b``), and neither
    sentence names the other's anywhere."""
    whose_a, whose_b = _whose(a, i), _whose(b, j)
    if not whose_a or not whose_b or whose_a & whose_b:
        return False
    words_a = {t.low for t in a.tokens}
    words_b = {t.low for t in b.tokens}
    return not (whose_a & words_b) and not (whose_b & words_a)


def clause_names(spec: Specifics, v: Value, first: bool = False) -> set[str]:
    """The people and places named in the figure's own clause; its first word too when
    ``first`` ("*Reyes* dropped nine stories"), which may then be any capitalised word."""
    clause, stop = spec.tokens[v.first].clause, stopwords()
    return {
        fold_name(name_part(t))
        for i, t in enumerate(spec.tokens)
        if (i or first) and t.clause == clause and capitalised(t) and t.low not in stop
    }


#: Words that count a whole series of things before their name: "*both* blasts", "the
#: *two* attacks", "the *twin* bombings".
_WHOLE_SERIES = frozenset((
    "both", "two", "three", "four", "twin", "all", "several",
))  # fmt: skip


def _one_of_series(spec: Specifics, v: Value) -> str | None:
    """The thing of a series the figure's clause names one of by an ordinal: "blast" for
    "the *first blast* killed 12" and for "the *first of the two blasts* killed 12"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    for k, t in enumerate(tokens[:-1]):
        if t.clause == clause and t.low in _ORDINALS and tokens[k + 1].clause == clause:
            j = k + 1
            if tokens[j].low == "of":  # "the first *of the two* blasts"
                j += 1
                while j < len(tokens) - 1 and (
                    tokens[j].low in ("the", "its", "their") or tokens[j].low in _WHOLE_SERIES
                ):
                    j += 1
            return tokens[j].stem if tokens[j].clause == clause else None
    return None


def _whole_series(spec: Specifics, v: Value) -> frozenset[str]:
    """The things the figure's clause counts as a whole series: "blast" for "the *two
    blasts* killed 30"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    return frozenset(
        tokens[k + 1].stem or ""
        for k, t in enumerate(tokens[:-1])
        if t.clause == clause and t.low in _WHOLE_SERIES and tokens[k + 1].clause == clause
    )


def one_and_all_of_a_series(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure given for one of a series ("the *first blast* killed 12") and the other
    for the whole of it ("the *two blasts* killed 30")? A part and the whole: no conflict."""
    one_a, one_b = _one_of_series(a, v), _one_of_series(b, w)
    return bool(
        (one_a and not one_b and one_a in _whole_series(b, w))
        or (one_b and not one_a and one_b in _whole_series(a, v))
    )
