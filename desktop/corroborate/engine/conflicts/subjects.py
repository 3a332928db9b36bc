"""Who or what a clause says its word of: a denial and an assertion disagree only when
said of one subject."""

from __future__ import annotations

from ..text.figures import VAGUE, counted
from ..text.roles import ROLES
from ..text.specifics import NEGATIONS, Specifics


def _subject(spec: Specifics, i: int) -> frozenset[str]:
    """The telling words of the clause before the word at ``i``: who or what the clause
    says it of ("*the mayor* did not attend", "*the school* will reopen"); none for a
    pronoun ("she did not attend")."""
    clause = spec.tokens[i].clause
    return frozenset(
        counted(t.stem)
        for t in spec.tokens[:i]
        if t.clause == clause and t.stem and t.stem not in VAGUE and t.low not in NEGATIONS
    )


def other_subjects(x: Specifics, i: int, y: Specifics, j: int) -> bool:
    """Do two sentences say the word at ``i`` and the one at ``j`` of two people named by
    two posts, sharing no word ("*the mayor* did not attend the ceremony" / "*the governor*
    attended the ceremony")? A denial and an assertion disagree only when said of one
    subject. Outlets name one subject in other common words ("the suspect" / "the man",
    "the plant" / "the factory"), so only two posts (:data:`.roles.ROLES`) tell two."""
    left, right = _subject(x, i), _subject(y, j)
    if not (left and right) or left & right:
        return False
    return bool(_posts_before(x, i)) and bool(_posts_before(y, j))


def _posts_before(spec: Specifics, i: int) -> frozenset[str]:
    """The posts (:data:`.roles.ROLES`) the clause names before the word at ``i``."""
    clause = spec.tokens[i].clause
    return frozenset(t.low for t in spec.tokens[:i] if t.clause == clause and t.low in ROLES)
