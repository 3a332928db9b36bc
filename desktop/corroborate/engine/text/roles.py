"""Names in roles: "Police spokesman John Reed", "Holloway, the town's mayor,".

Two outlets that give the same role to different people disagree about a
name; the same surname on both sides is the same person. Only roles that
usually name one person in a story are listed: a witness or a resident is
one of many, so two of them are no conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .names import HONORIFICS, is_name_word, name_key
from .segment import stem

if TYPE_CHECKING:
    from .specifics import Token

ROLES = frozenset((
    "spokesman", "spokeswoman", "spokesperson", "mayor", "chief", "minister", "governor",
    "president", "director", "commissioner", "engineer", "captain", "coach", "manager", "judge",
    "prosecutor", "sheriff", "inspector", "superintendent", "secretary", "chairman",
    "chairwoman", "chair", "executive", "ceo", "officer", "leader", "senator", "councillor",
    "councilman", "councilwoman", "ambassador", "general", "colonel", "sergeant", "detective",
    "constable", "commander", "professor", "doctor", "surgeon", "geologist", "scientist",
    "economist", "lawyer", "attorney", "pilot", "midfielder", "striker", "goalkeeper",
    "defender", "chancellor", "premier", "headteacher", "principal", "bishop", "priest",
    "founder", "owner", "curator", "historian", "architect", "editor", "referee", "treasurer",
    "coroner", "pathologist", "investigator", "analyst", "researcher"
))  # fmt: skip


@dataclass(frozen=True)
class RoleName:
    """A person named in a role: "Police spokesman John Reed"."""

    role: str
    modifier: str | None
    name: tuple[str, ...]
    first: int
    last: int  # token indices of the name, inclusive


def name_part(token: Token) -> str:
    """A name word without its possessive: "Clinton's" is Clinton (:func:`.names.name_key`)."""
    return name_key(token.text)


def capitalised(token: Token) -> bool:
    """Is the token a name word (:func:`.names.is_name_word`), a role's title aside?"""
    return is_name_word(token.text, ROLES)


def _name_after(tokens: Sequence[Token], i: int) -> int:
    """Index one past the capitalised name starting at ``i`` (at most three words)."""
    j = i
    while j < len(tokens) and j - i < 3 and capitalised(tokens[j]):
        if j > i and tokens[j].clause != tokens[i].clause:
            break
        j += 1
    return j


def find_roles(tokens: Sequence[Token]) -> tuple[RoleName, ...]:
    """People named with their role, before or after the name."""
    found: list[RoleName] = []
    for i, token in enumerate(tokens):
        if token.low not in ROLES or (i + 1 < len(tokens) and tokens[i + 1].low in ROLES):
            continue
        modifier = None
        if i > 0 and tokens[i - 1].clause == token.clause and tokens[i - 1].stem:
            modifier = tokens[i - 1].stem
        start = i + 1
        while start < len(tokens) and tokens[start].low in HONORIFICS:
            start += 1
        end = _name_after(tokens, start)
        if end > start and tokens[start].clause - token.clause <= 1:
            # "spokesman John Reed" or "the coach, Peter Vance,"
            name = tuple(name_part(t) for t in tokens[start:end])
            found.append(RoleName(stem(token.low), modifier, name, start, end - 1))
            continue
        # "Holloway, the town's mayor, said": a name set off before "the/a ... role,"
        if i + 1 < len(tokens) and tokens[i + 1].clause == token.clause:
            continue
        k = i - 1
        while k >= 0 and tokens[k].clause == token.clause and i - k <= 3:
            k -= 1
        if k >= 0 and tokens[k].clause == token.clause - 1 and capitalised(tokens[k]):
            start = k
            while start > 0 and k - start < 2 and capitalised(tokens[start - 1]):
                start -= 1
            name = tuple(name_part(t) for t in tokens[start : k + 1])
            found.append(RoleName(stem(token.low), modifier, name, start, k))
    return tuple(found)
