"""Which contest a sentence's figures are from: an election, a race, a vote.

A story about an election quotes results of several: this one and the last,
the primary and the runoff, the governor's race and the Senate race. "Vance
won 48 percent in the primary" and "Vance won 53 percent in the runoff" are two
results, not a conflict. This module reads the words that tell one contest from
another, so that figures are only compared between sentences that speak of the
same one (or of none in particular).
"""

from __future__ import annotations

from .numbers import YEAR_TAG
from .specifics import Specifics

#: Stems of the nouns that say a figure is a contest's result.
CONTEST_NOUNS = frozenset((
    "elect", "race", "primari", "runoff", "run-off", "caucus", "vote", "ballot", "poll",
    "referendum", "contest", "by-elect", "midterm", "nomin",
))  # fmt: skip
#: Stems of the words that tell one contest from another ("primary", "Senate", "mayoral").
WHICH = frozenset((
    "primari", "runoff", "run-off", "caucus", "midterm", "referendum", "by-elect",
    "presidenti", "parliamentari", "mayor", "gubernatori", "senat", "senatori",
    "congression", "governor", "municip", "council", "legisl", "local", "nation", "state",
    "feder", "provinci", "region", "european", "general", "special",
))  # fmt: skip
#: How many words before a contest noun may tell which contest it is ("the *mayoral* race",
#: "*Orrin's presidential* election").
_REACH = 2
#: Stems of the nouns a contest noun can qualify that name those who run or watch it: the
#: words before "election" in "the *national* election commission" tell of the body.
_BODIES = frozenset((
    "commiss", "committe", "board", "author", "offici", "offic", "observ", "monitor",
    "worker", "agenc", "bodi", "chief", "regul", "tribun", "court",
))  # fmt: skip
#: Words before a contest noun that set it in time: "the *last* election".
_WHEN = frozenset(("last", "previous", "next", "upcoming", "coming", "past", "earlier"))


def contest(spec: Specifics) -> frozenset[str] | None:
    """The words that tell which contest the sentence speaks of (its kind, office, years
    and "last" or "next"), or None when it names no contest at all."""
    stems = [t.stem for t in spec.tokens]
    nouns = [i for i, s in enumerate(stems) if s in CONTEST_NOUNS]
    if not nouns:
        return None
    # "the national election commission" is a body, not a contest
    tokens = spec.tokens
    nouns = [
        i
        for i in nouns
        if i + 1 == len(tokens)
        or tokens[i + 1].clause != tokens[i].clause
        or stems[i + 1] not in _BODIES
    ]
    # only the words by the noun tell the contest ("the *state* election"): "state
    # officials said" elsewhere in the sentence names none
    which = {s for i in nouns for s in stems[max(0, i - _REACH) : i + 1] if s and s in WHICH}
    which |= {t.low for t in spec.tokens if t.low in _WHEN}
    which |= {v.tag for v in spec.values if v.tag.startswith(YEAR_TAG)}
    return frozenset(which)


def other_contests(a: Specifics, b: Specifics) -> bool:
    """Do the two sentences speak of contests that may not be the same one?"""
    x, y = contest(a), contest(b)
    return (x is not None or y is not None) and (x or frozenset()) != (y or frozenset())
