"""Who or what a clause says its word of: a denial and an assertion disagree only when
said of one subject (not of two posts, nor of two groups counted with two figures)."""

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
    counts_x, counts_y = _counts_before(x, i), _counts_before(y, j)
    if counts_x and counts_y and not counts_x & counts_y:
        return True  # "*twelve* passengers were not injured" / "*thirty* were injured"
    left, right = _subject(x, i), _subject(y, j)
    if not (left and right) or left & right:
        return False
    return bool(_posts_before(x, i)) and bool(_posts_before(y, j))


def _counts_before(spec: Specifics, i: int) -> frozenset[str]:
    """The counts the clause gives before the word at ``i``: how many it says the word of
    ("*twelve* passengers were not injured"). Two clauses counting their subjects with two
    figures say their words of two groups."""
    clause = spec.tokens[i].clause
    return frozenset(
        v.tag
        for v in spec.values
        if v.kind == "number" and v.last < i and spec.tokens[v.first].clause == clause
    )


def _posts_before(spec: Specifics, i: int) -> frozenset[str]:
    """The posts (:data:`.roles.ROLES`) the clause names before the word at ``i``."""
    clause = spec.tokens[i].clause
    return frozenset(t.low for t in spec.tokens[:i] if t.clause == clause and t.low in ROLES)
