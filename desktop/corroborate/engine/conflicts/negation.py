"""Judge of negation: one sentence denies a word the other asserts in the same context,
of the same subject and the same time.

Looked for and not adopted: a denial against an assertion beyond :func:`denied_assertion` (one
arguable case among the 70 likeliest of 206 pairs). A thing said not to exist against the
thing told in other words ("there is no investigation" / "police are investigating") is
:mod:`.none_and_some`'s. An assertion under "if" or "unless", or only planned ("poised to
launch"), or only sought ("walkers are demanding an inquiry", "looking for a link"), is
never set against a denial here either."""

from __future__ import annotations

from collections.abc import Sequence

from ..text.lexicon import CHANCE_MODALS, DUTY_MODALS, FUTURE_MODALS
from ..text.polarity import denied_at
from ..text.specifics import Specifics, Token, conditional, nearby, planned, sought
from .context import other_names
from .finding import Finding, Run, in_pair_order
from .periods import period_of, two_days
from .subjects import other_subjects

#: Words that rank one among others: "not the *first* to ...", "not the *only* one".
_RANKS = frozenset((
    "first", "second", "third", "last", "only", "sole", "lone", "latest", "earliest", "best",
    "worst", "most", "least",
))  # fmt: skip


def _ranked(spec: Specifics, i: int) -> bool:
    """Is the denied word a rank ("not the first governor to ..."), a superlative among
    them ("not the largest")? "Not the first to X" and "the first to X while Y" (or
    "since Z", "in the region") both hold: a rank is as wide as its qualifiers, which
    outlets word freely, so a denied rank is never set against an asserted one."""
    low = spec.tokens[i].low
    after_the = i > 0 and spec.tokens[i - 1].low == "the"
    return low in _RANKS or (after_the and len(low) > 5 and low.endswith("est"))


#: Words that make a denial hold only so far: "has not *yet* decided", "was not
#: *immediately* clear", "*still* had not". "So far" is two words: :func:`_so_far_told` reads
#: "far" after "so" ("officials *so far* did not release the names"; not "far from").
_SO_FAR = frozenset(("yet", "immediately", "still"))


def _so_far_told(tokens: Sequence[Token], i: int) -> bool:
    """Is the word at ``i`` the "far" of "so far" ("officials *so far* did not release the
    names")? Not of a distance ("not so far from the river") nor "far" alone ("far from
    over")."""
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return i > 0 and tokens[i].low == "far" and tokens[i - 1].low == "so" and after != "from"


_PERFECT = frozenset(("has", "have", "had", "hasn't", "haven't", "hadn't"))


def _so_far(spec: Specifics, n: int, head: int) -> bool:
    """Does the denial tell how things stood when the article was written ("officials
    have not released the names", "it was not immediately clear", "has not yet
    decided")? A later report that the names were released, or the decision taken,
    tells what happened next, not the opposite; only a report of how things stand
    ("the governor has signed the bill") is."""
    tokens = spec.tokens
    for i in range(max(0, n - 2), head + 1):
        if tokens[i].low in _SO_FAR or _so_far_told(tokens, i):
            return True
    if tokens[n].low == "never":
        return False  # "has never lent it abroad": no time before the article, so a loan is one
    if tokens[n].low in _PERFECT or (n > 0 and tokens[n - 1].low in _PERFECT):
        return True
    # "no suspects have been identified": the perfect after what is denied
    return any(tokens[k].low in _PERFECT for k in range(head + 1, min(len(tokens), head + 3)))


_FUTURE = frozenset(
    (*FUTURE_MODALS, *DUTY_MODALS, "won't", "wouldn't", "going", "mustn't", "shouldn't")
)
_CHANCE = frozenset((*CHANCE_MODALS, "mightn't"))


def _modal(spec: Specifics, i: int, modals: frozenset[str]) -> bool:
    return any(spec.tokens[k].low in modals for k in range(max(0, i - 3), i + 1))


def _future(spec: Specifics, i: int) -> bool:
    """Is the word at ``i`` (a negation or an asserted word) said of a time to come or as a
    duty: "she *would* not resign", "the plant *will* close", "staff *must* not enter"? A
    promise, a plan or a rule denied is no report that the thing never happened: "she would
    not resign" and "she resigned on Friday" may both be true, one said before the other."""
    return _modal(spec, i, _FUTURE)


def _chance(spec: Specifics, i: int) -> bool:
    """Is the word at ``i`` told as a chance: "officers *may* not attend", "there *might* be
    no inquiry"? Either way may come true: a chance never disputes what another says."""
    return _modal(spec, i, _CHANCE)


def _perfect(spec: Specifics, j: int) -> bool:
    """Is the word said in the perfect ("has *signed*"): how things stand, as a denial
    "so far" says it, rather than an event of its own ("*signed* it on Monday")?"""
    around = range(max(0, j - 3), min(len(spec.tokens), j + 3))
    return any(spec.tokens[k].low in _PERFECT for k in around if k != j)


def _denied(neg: Specifics, plain: Specifics) -> tuple[int, int, int] | None:
    """A word ``neg`` denies and ``plain`` asserts in the same context: (not, word, plain word)."""
    denied_in_plain = {
        plain.tokens[head].stem or plain.tokens[head].low for _, head in plain.negations
    }
    negated_positions = {h for n, h in plain.negations} | {n for n, _ in plain.negations}
    if plain.denies:
        return None
    for n, head in neg.negations:
        word = neg.tokens[head]
        key = word.stem or word.low
        if key in denied_in_plain or _ranked(neg, head):
            continue
        so_far = _so_far(neg, n, head)
        next_neg = next(iter(nearby(neg, head + 1, 1, 5)), None)
        if next_neg is None:
            continue  # nothing after the denied word to show it is the same statement
        for j, token in enumerate(plain.tokens):
            if (token.stem or token.low) != key or j in negated_positions:
                continue
            if so_far and not _perfect(plain, j):
                continue  # "have not released the names" / "released the names Monday"
            if _chance(neg, n) or _chance(plain, j):
                continue  # "officers may not attend" / "officers attended": a chance told
            if _future(neg, n) and not _future(plain, j):
                continue  # "she would not resign" / "she resigned on Friday": a word since broken
            if denied_at(plain, j):
                continue  # the other sentence denies it too
            if conditional(neg, n) or conditional(plain, j) or planned(plain, j):
                continue  # "if a witness complains, police will investigate"; "poised to launch"
            if sought(plain, j):
                continue  # "there is no inquiry" / "walkers are demanding an inquiry"
            if next(iter(nearby(plain, j + 1, 1, 5)), None) == next_neg:
                return n, head, j
    return None


def denied_assertion(a: Specifics, b: Specifics) -> Finding | None:
    if other_names(a, b):
        return None  # different people speaking: a debate, not a disputed fact
    periods = period_of(a) == period_of(b) and not two_days(a, b)
    for neg, plain, flip in ((a, b, False), (b, a, True)):
        found = _denied(neg, plain)
        if found is None:
            continue
        n, head, j = found
        if other_subjects(neg, head, plain, j):
            continue  # "the mayor did not attend" / "the governor attended": two people
        if not periods and neg.tokens[n].low != "never":
            continue  # "did not attend in 2016" / "attended": two times; "never" is every time
            # ("on Monday there was no investigation" / "by Wednesday police were investigating")
        return in_pair_order("negation", neg, Run(n, head), plain, Run(j, j), flip)
    return None
