"""Parties: who does a sentence's act to whom, when two sentences name the same two.

"Harlen Rovers beat Corley United 3-1" and "Corley United beat Harlen Rovers 3-1" share
every word, and so do "The Tessaly regulator fined Brenmark Shipping" and "Brenmark
Shipping fined the Tessaly regulator": the same two parties, the same act, told the other
way round. :func:`swapped` reads, for two named parties both sentences name, the words
between them in each: when each sentence tells one act between the two (a word of the
act in common, the second party right after the act or its article), in opposite
directions, the sentences tell two facts. A passive told with "by" is the act turned
round, not the parties swapped ("Corley United were beaten 3-1 by Harlen Rovers" tells
"Harlen Rovers beat Corley United 3-1"). Acts of two sides together ("Harlen Rovers
played Corley United", "drew with", "met", "signed a deal with", "Rovers and United") are
told either way round, and are never read as swapped.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import DETERMINERS
from .names import name_reading
from .roles import ROLES
from .segment import content_stem

#: Words between two parties that make the act one of both together, or a list of them:
#: "Harlen Rovers *and* Corley United", "drew *with*", "the match *against*".
_TOGETHER = frozenset((
    "and", "or", "nor", "with", "against", "versus", "vs", "v", "between", "&", "plus",
))  # fmt: skip
#: Words between two parties that tell no act of one on the other: one party told of the
#: other ("Sherman, the founder *of* Apotex"), or a clause about the first ("Quell, *who*
#: manages Corley United").
_NO_ACT = frozenset(("of", "who", "whose", "which", "that"))
#: Stems of acts two parties do to each other alike: "Rovers *played* United" is "United
#: played Rovers".
_MUTUAL = frozenset((
    "play", "meet", "met", "face", "marri", "wed", "draw", "drew", "tie", "tied", "talk",
    "negoti", "merg", "partner", "fought", "fight", "clash", "compet", "debat", "hug",
    "shook", "shake", "rival", "neighbour", "neighbor", "border", "alli", "divorc", "embrac",
    "kiss", "collid",
))  # fmt: skip
#: Most words between two parties read as one act between them.
MOST_BETWEEN = 8

#: A party: the keys of its name words, and where its first and last words stand.
_Party = tuple[frozenset[str], int, int]


@lru_cache(maxsize=1 << 14)
def _read(text: str) -> tuple[tuple[str, ...], tuple[_Party, ...]]:
    """The sentence's words (lower case) and its parties: runs of name words in a row."""
    pieces, keys = name_reading(text)
    found: list[_Party] = []
    start = None
    for i, key in enumerate([*keys, None]):
        joined = key is not None and start is not None and not pieces[2 * i].strip()
        if start is not None and not joined:
            found.append((frozenset(k for k in keys[start:i] if k), start, i))
            start = None
        if key is not None and start is None:
            start = i
    return tuple(word.lower() for word in pieces[1::2]), tuple(found)


def _one(x: frozenset[str], y: frozenset[str]) -> bool:
    """Are two parties one: the same name words, or one's all among the other's?"""
    return x <= y or y <= x


def _act(
    words: tuple[str, ...], first: _Party, second: _Party
) -> tuple[bool, frozenset[str]] | None:
    """The act the words between two parties tell, ``first`` before ``second``: whether it is
    passive (told with "by") and its words' stems; None when the words are no one act of
    the first on the second (too many, a list or an act of both together, or the second
    party not right after the act, its article or "by": "Quell, arrested in Varnley")."""
    between = words[first[2] : second[1]]
    if (
        not between
        or len(between) > MOST_BETWEEN
        or _TOGETHER.intersection(between)
        or _NO_ACT.intersection(between)
        or ROLES.intersection(between)
    ):
        return None  # no act, or a post ("Corley United manager Tobias Quell")
    told = list(between)
    while told and told[-1] in DETERMINERS:
        told.pop()
    if not told:
        return None
    passive = told[-1] == "by"
    stems = frozenset(filter(None, map(content_stem, told)))
    if not passive and content_stem(told[-1]) is None:
        return None
    if stems & _MUTUAL or any(stem.startswith(_MUTUAL_STARTS) for stem in stems):
        return None
    return passive, stems


_MUTUAL_STARTS = tuple(sorted(_MUTUAL))


def of_both_together(stem: str) -> bool:
    """Is the act of this stem one two parties do to each other alike (:data:`_MUTUAL`:
    "play", "meet", "draw"), whoever is told first?"""
    return stem in _MUTUAL or stem.startswith(_MUTUAL_STARTS)


#: An act read in a sentence: the name keys of the party told first and of the one told
#: second, whether it is told in the passive ("by"), and its words' stems.
_Told = tuple[frozenset[str], frozenset[str], bool, frozenset[str]]


@lru_cache(maxsize=1 << 14)
def _acts(text: str) -> tuple[_Told, ...]:
    """Every act the sentence tells between two of its named parties."""
    words, parties = _read(text)
    found = []
    for i, first in enumerate(parties):
        for second in parties[i + 1 :]:
            if _one(first[0], second[0]):
                continue
            act = _act(words, first, second)
            if act is not None:
                found.append((first[0], second[0], *act))
    return tuple(found)


def _tells(acts: tuple[_Told, ...], first: frozenset[str], second: frozenset[str],
           passive: bool, stems: frozenset[str]) -> bool:  # fmt: skip
    """Do ``acts`` hold one act (a word of ``stems``) told of these parties in this order and
    voice, or the other way round in the other voice ("Corley United were beaten by Harlen
    Rovers" tells "Harlen Rovers beat Corley United")?"""
    for told_first, told_second, voice, told in acts:
        if not stems & told:
            continue
        if voice == passive and _one(told_first, first) and _one(told_second, second):
            return True
        if voice != passive and _one(told_first, second) and _one(told_second, first):
            return True
    return False


def swapped(a: str, b: str) -> bool:
    """Do the sentences tell one act between the same two named parties, done by each to
    the other ("Harlen Rovers beat Corley United" / "Corley United beat Harlen Rovers")?
    Not when either sentence tells both ("Ferrand accused Varga of lying, and Varga
    accused Ferrand of theft" holds "Varga accused Ferrand of theft")."""
    acts_a = _acts(a)
    if not acts_a:
        return False
    acts_b = _acts(b)
    for first, second, passive, stems in acts_a:
        # the other order in the same voice (or this order in the other voice): each
        # does the act to the other
        if not _tells(acts_b, second, first, passive, stems):
            continue
        if _tells(acts_b, first, second, passive, stems):
            continue  # b tells a's act as well
        if _tells(acts_a, second, first, passive, stems):
            continue  # a tells the act both ways round
        return True
    return False
