"""Judges of outcomes: an event called off or put back against one that went ahead, and
a statement confirmed against the same statement denied, a motion passed against the same
motion defeated, a defendant convicted against the same defendant acquitted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

from ..text.figures import VAGUE
from ..text.outcomes import outcome_words
from ..text.polarity import OPPOSED_VERBS, as_body, one_decision
from ..text.specifics import Specifics, analyse, nearby
from .finding import Finding, Run, in_pair_order
from .periods import period_of
from .subjects import other_subjects

#: Words that make an outcome a part's: "*most* flights went ahead", "*some* games".
_SHARE_WORDS = frozenset((
    "most", "some", "many", "several", "few", "other", "others", "remaining", "rest", "half",
))  # fmt: skip

#: A new time something is put back to: "postponed *until next month*", "moved to May".
_NEW_TIME = re.compile(
    r"\b(?:until|till|to|into)\s+(?:(?:next|this|the|later|early|late|mid|a)\s+)*[\w'’-]+",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _event_period(text: str) -> frozenset[str]:
    """The period the event itself is set in, a new time it is put back to aside:
    "last year's match", not "postponed until next month"."""
    return period_of(analyse(_NEW_TIME.sub(" ", text)))


def _partial(spec: Specifics, outcome: Sequence[int]) -> bool:
    """Does the sentence tell the outcome of a share of things ("three flights were
    cancelled", "most flights went ahead", "half of the flights")? The count or share word
    is the outcome's subject: in its clause, before it, or in the sentence's opening clause
    when a clause set off between them leaves the verb alone ("The festival, which draws
    40,000 visitors, was cancelled" tells of the festival, not of a share)."""
    if not outcome:
        return False
    tokens, at = spec.tokens, min(outcome)
    clause = tokens[at].clause
    subject = [j for j in range(at) if tokens[j].clause == clause]
    if clause and not any(tokens[j].stem for j in subject):
        subject = [j for j in range(at) if tokens[j].clause == 0]
    counts = {v.first for v in spec.values if v.kind == "number" and v.countable}
    return any(j in counts or tokens[j].low in _SHARE_WORDS for j in subject)


def called_off_or_held(a: Specifics, b: Specifics) -> Finding | None:
    """One sentence has the event called off or put back, the other has it go ahead as
    planned: never events of two periods ("last year's match" / "this year's"; the new
    time of a postponed one aside) or a share of things ("three flights were cancelled"
    / "most flights went ahead as planned")."""
    off_a, ahead_a = outcome_words(a)
    off_b, ahead_b = outcome_words(b)
    if _partial(a, off_a + ahead_a) or _partial(b, off_b + ahead_b):
        return None
    period_a, period_b = _event_period(a.text), _event_period(b.text)
    if period_a and period_b and period_a != period_b:
        return None
    for (x, x_off), (y, y_ahead), flip in (
        ((a, off_a), (b, ahead_b), False),
        ((b, off_b), (a, ahead_a), True),
    ):
        own_ahead = ahead_a if not flip else ahead_b
        other_off = off_b if not flip else off_a
        if not x_off or not y_ahead or own_ahead or other_off:
            continue
        if other_subjects(x, x_off[0], y, y_ahead[0]):
            continue  # "the final was postponed" / "the semi-final went ahead"
        off, ahead = Run(x_off[0], x_off[-1]), Run(y_ahead[0], y_ahead[-1])
        return in_pair_order("negation", x, off, y, ahead, flip)
    return None


#: Telling words the subjects of the two verbs, and the statements after them, share.
CONFIRMED_SHARE = 0.6


def _verb_at(spec: Specifics, stems: frozenset[str]) -> int | None:
    found = [i for i, t in enumerate(spec.tokens) if t.stem in stems]
    return found[0] if len(found) == 1 else None


def confirmed_denied(a: Specifics, b: Specifics) -> Finding | None:
    """One says a statement was confirmed, the other that it was denied, by the same
    speaker: "The ministry confirmed the minister had resigned" / "The ministry denied
    the minister had resigned"; or a decision went one way and the other, by the same
    body ("The council passed a motion to repair the bridge" / "The council defeated a
    motion to repair the bridge"), or a verdict ("convicted" / "acquitted") of
    :data:`..text.polarity.OPPOSED_VERBS`. Neither sentence says "not" or both verbs of a
    pair, the words before the verbs name the same speaker or body, and what follows them
    is mostly the same."""
    if a.negations or b.negations:
        return None  # "did not deny", "denied it was not": left to the reader
    for (yes, no), (x, y, flip) in product(OPPOSED_VERBS, ((a, b, False), (b, a, True))):
        i, j = _verb_at(x, yes), _verb_at(y, no)
        if i is None or j is None or _verb_at(x, no) is not None:
            continue
        if _verb_at(y, yes) is not None:
            continue
        who_x = frozenset(s for s in nearby(x, i - 1, -1, 5) if s not in VAGUE)
        who_y = frozenset(s for s in nearby(y, j - 1, -1, 5) if s not in VAGUE)
        if yes is not OPPOSED_VERBS[0][0]:
            # a body named by its members: "*jurors* acquitted" / "*the jury* convicted"
            who_x, who_y = as_body(x, i, who_x), as_body(y, j, who_y)
        if not who_x & who_y:
            continue
        if yes is not OPPOSED_VERBS[0][0] and not one_decision(x, i, who_x, y, j, who_y):
            continue  # two bodies, two charges, two votes: one_decision
        said_x = {t.stem for t in x.tokens[i + 1 :] if t.stem} - VAGUE
        said_y = {t.stem for t in y.tokens[j + 1 :] if t.stem} - VAGUE
        if not said_x or not said_y:
            continue
        if 2 * len(said_x & said_y) / (len(said_x) + len(said_y)) < CONFIRMED_SHARE:
            continue
        return in_pair_order("negation", x, Run(i, i), y, Run(j, j), flip)
    return None
