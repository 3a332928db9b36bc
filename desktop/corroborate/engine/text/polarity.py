"""Polarity: what a sentence denies, and whether one sentence denies what another states.

"The pilot did not survive the crash" and "The pilot survived the crash" share every
word but one, and any judge that weighs shared words would call them one fact. This
module is the one reader of denial that the stages ask: the words a negation denies
(:func:`denied_words`: "did not *survive*", "will not *reopen*"), the words of a clause
said of nobody (:func:`nobody_words`: "*Nobody* died", "killed *no one*"), and whether
one sentence denies the predicate the other states of the same subject
(:func:`contradicts`). The negations themselves are read once, by :mod:`.specifics`
("not only", "no doubt", "no matter" deny nothing; "no fewer than 12" denies "fewer",
which "12" does not state).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .families import family_stem
from .outcomes import MAY_TELL_OUTCOME, outcome_words
from .specifics import Specifics, analyse, negated

#: Cheap test (before any analysis) for a sentence that may deny something.
MAY_DENY = re.compile(r"\b(?:not|no|never|cannot|nor)\b|n[’']t\b", re.IGNORECASE)
#: Words that make a clause say that nobody did or suffered what it tells.
_NOBODY = frozenset(("nobody", "none", "noone"))
#: The key of every word of a run saying a planned thing goes ahead ("went ahead", "as
#: planned"): "did not go ahead" denies what "went ahead" states, though "go" and "went"
#: are stop words with no stem.
_AHEAD = "\x00ahead"


def denied_words(spec: Specifics) -> frozenset[str]:
    """The stems of the words a negation of the sentence denies ("would not *insist*")."""
    return frozenset(s for s in (spec.tokens[head].stem for _, head in spec.negations) if s)


def nobody_words(spec: Specifics) -> frozenset[str]:
    """The stems of every word of a clause whose subject or object is nobody ("*Nobody*
    died", "killed *no one*", "*None* of the miners died")."""
    tokens = spec.tokens
    nobody = {
        t.clause
        for k, t in enumerate(tokens)
        if t.low in _NOBODY
        or (t.low == "no" and k + 1 < len(tokens) and tokens[k + 1].low == "one")
    }
    return frozenset(t.stem for t in tokens if t.clause in nobody and t.stem)


def _keys(spec: Specifics) -> list[str]:
    """Each token's predicate key: its word family's stem (:mod:`.families`: "survived" and
    "survivor"), its lower-case form for a stop word, and one key for every word of a run
    saying a planned thing goes ahead."""
    keys = [family_stem(t.stem) if t.stem else t.low for t in spec.tokens]
    if MAY_TELL_OUTCOME.search(spec.text.lower()):
        for i in outcome_words(spec)[1]:
            keys[i] = _AHEAD
    return keys


def _subject(spec: Specifics, i: int) -> frozenset[str]:
    """The content stems of the clause before the word at ``i``: who or what it is said of
    ("*the pilot* did not survive"; none for a pronoun, "she did not attend")."""
    clause = spec.tokens[i].clause
    return frozenset(t.stem for t in spec.tokens[:i] if t.clause == clause and t.stem)


def _next(spec: Specifics, keys: list[str], i: int) -> str | None:
    """The first content word after the word at ``i`` in its clause, another word of its
    key aside ("survived *the crash*", "went ahead *as planned*": "crash", None)."""
    clause = spec.tokens[i].clause
    for k in range(i + 1, len(spec.tokens)):
        token = spec.tokens[k]
        if token.clause != clause:
            return None
        if token.stem and keys[k] != keys[i]:
            return token.stem
    return None


#: Negations that deny a predicate: "no" and "nor" deny a thing ("no weapon was found",
#: "there are no plans"), which another sentence may name without stating anything of it.
_PREDICATE_NEGATIONS = frozenset(("not", "never", "cannot"))
#: Words between a negation and the word it reaches that make that word a thing, not a
#: predicate: "not *a* homicide", "not *the* first".
_DETERMINERS = frozenset(("a", "an", "the", "any", "his", "her", "their", "its", "our", "this"))
#: Stems that deny the verb after them without "not": "declined to *confirm*", "refused to
#: *release*", "denied it was *involved*", "its failure to *hand over*".
_DENYING_STEMS = frozenset(("deni", "deny", "declin", "refus", "fail", "failur", "reject", "unabl"))
#: Words that make a clause a condition, which states nothing: "*if* it did not hand over".
_CONDITIONS = frozenset(("if", "unless", "whether"))


def _denials(spec: Specifics, keys: list[str]) -> list[tuple[int, int]]:
    """The negations of ``spec`` that deny a predicate: a verb or the adjective after a
    copula, read as :data:`_PREDICATE_NEGATIONS` and "n't"; never a name ("wouldn't be
    *Trouble*"), a thing after a determiner ("not a homicide"), a condition ("if it did
    not hand over") or a word the sentence states too ("will not collect your spoken word,
    … may still collect associated texts")."""
    tokens = spec.tokens
    found = []
    for n, head in spec.negations:
        low = tokens[n].low
        if low not in _PREDICATE_NEGATIONS and not low.endswith(("n't", "n’t")):
            continue
        if tokens[head].text[:1].isupper() or any(
            tokens[k].low in _DETERMINERS for k in range(n + 1, head)
        ):
            continue
        clause = tokens[n].clause
        if any(t.clause == clause and t.low in _CONDITIONS for t in tokens[:n]):
            continue
        stated = (j for j, key in enumerate(keys) if key == keys[head] and j != head)
        if any(not _denied_at(spec, j) for j in stated):
            continue
        found.append((n, head))
    return found


def _denied_at(spec: Specifics, j: int) -> bool:
    """Is the word at ``j`` denied, by a negation before it in its clause ("did not
    *survive*", "none were *fired*", "wouldn't *release*") or a verb that denies it
    ("declined to *confirm*", "denied his country was *involved*")?"""
    tokens = spec.tokens
    if negated(spec, j) or any(t.low.endswith(("n't", "n’t")) for t in tokens[max(0, j - 4) : j]):
        return True
    clause = tokens[j].clause
    return any(t.clause == clause and t.stem in _DENYING_STEMS for t in tokens[:j])


def _denies(neg: Specifics, plain: Specifics) -> bool:
    """Does ``neg`` deny a predicate ``plain`` states, of the same subject?"""
    if not neg.negations:
        return False
    neg_keys, plain_keys = _keys(neg), _keys(plain)
    for n, head in _denials(neg, neg_keys):
        key = neg_keys[head]
        subject, after = _subject(neg, n), _next(neg, neg_keys, head)
        for j, other in enumerate(plain_keys):
            if other != key or _denied_at(plain, j):
                continue  # both deny it: "did not survive" / "never survived"
            said_of, then = _subject(plain, j), _next(plain, plain_keys, j)
            if after and then and after != then:
                continue  # "would not result in a criminal record" / "result in a ticket"
            if subject and said_of:
                if not subject & said_of:
                    continue  # "the mayor did not attend" / "the governor attended"
            elif not (after and after == then):
                continue  # "I don't know who" / "you know, those women": said of whom?
            return True
    return False


@lru_cache(maxsize=4096)
def _contradicts(a: str, b: str) -> bool:
    spec_a, spec_b = analyse(a), analyse(b)
    return _denies(spec_a, spec_b) or _denies(spec_b, spec_a)


def contradicts(a: str, b: str) -> bool:
    """Does one sentence deny the predicate the other states, of the same subject ("The
    pilot did not survive the crash" / "The pilot survived the crash"; "The vote did not
    go ahead as planned" / "The vote went ahead as planned")? Both denying it ("did not
    survive" / "never survived"), a denial of another word ("The pilot, who did not speak,
    survived"), a bound ("no fewer than 12", "no later than Monday") and two subjects with
    no word in common ("the mayor did not attend" / "the governor attended") are none.
    A sentence with no negation at all is read no further."""
    if not (MAY_DENY.search(a) or MAY_DENY.search(b)):
        return False
    return _contradicts(a, b) if a <= b else _contradicts(b, a)
