"""Disagreements: where independent sources report one thing with different specifics.

A false alarm costs the reader's trust in every other finding, so a pair is
flagged only on strong evidence: the two sentences share most of their
content apart from the differing specific, and the differing values play the
same role: the number counts the same thing ("14 *injured*" against "12
*injured*"), the weekday dates the same verb ("*reopen* Wednesday" against
"*reopen* Thursday"), the names fill the same role, the negation denies a word
the other sentence asserts in the same context. Copies are never compared;
approximate and bounded figures ("more than a dozen" against "14") and parts
that add up to a total are not conflicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..models import Disagreement, Match, NearPair, Sentence, SourceGroup
from ..text.figures import date_conflicts, number_conflicts
from ..text.roles import ROLES, RoleName
from ..text.specifics import Specifics, analyse, nearby

#: Share of content (Dice over stems, specifics left out) two sentences must have in common.
SIMILAR = 0.5
#: ...or the share of the shorter sentence found in the longer one.
CONTAINED = 0.8
KINDS = ("number", "date", "name", "negation")
_NEGATING_WORDS = frozenset(("not", "no", "never", "cannot", "nor"))
_OUTCOME_HINT = re.compile(
    r"postpon|delay|cancel|suspend|scrap|halt|abandon|as planned|go(?:es)? ahead|on schedule|proceed"
)


class Finding(NamedTuple):
    kind: str
    a_words: str
    b_words: str
    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]

    @property
    def detail(self) -> str:
        return f"{self.a_words} / {self.b_words}"


def _span(spec: Specifics, first: int, last: int) -> tuple[int, int]:
    return spec.tokens[first].start, spec.tokens[last].end


def _words(spec: Specifics, first: int, last: int) -> str:
    start, end = _span(spec, first, last)
    return spec.text[start:end]


def _similar(a: Specifics, b: Specifics, drop: Iterable[str] = ()) -> bool:
    """Do the sentences share their content, once the specifics are set aside?"""
    dropped = frozenset(drop)
    left, right = (a.terms - dropped, b.terms - dropped) if dropped else (a.terms, b.terms)
    if not left or not right:
        return False
    shared = len(left & right)
    dice = 2 * shared / (len(left) + len(right))
    short = min(len(left), len(right))
    return dice >= SIMILAR or (short >= 3 and shared / short >= CONTAINED)


def _other_names(a: Specifics, b: Specifics, drop: Iterable[str] = ()) -> bool:
    """Does each sentence name someone or something the other does not?

    "Poland" against "Europe", or "first results" against "final results":
    then the two speak of different things, whatever else they share.
    """
    dropped = set(drop)
    if (a.series - b.series) and (b.series - a.series):
        return True
    return bool((a.names - b.names - dropped) and (b.names - a.names - dropped))


def _values_finding(kind: str, a: Specifics, b: Specifics, pairs: list) -> Finding:
    return Finding(
        kind,
        "; ".join(_words(a, v.first, v.last) for v, _ in pairs),
        "; ".join(_words(b, w.first, w.last) for _, w in pairs),
        tuple(_span(a, v.first, v.last) for v, _ in pairs),
        tuple(_span(b, w.first, w.last) for _, w in pairs),
    )


# -- names and negation -------------------------------------------------------------------
def _names(a: Specifics, b: Specifics) -> list[tuple[RoleName, RoleName]]:
    pairs = []
    for x in a.roles:
        for y in b.roles:
            if x.role != y.role or (x.modifier and y.modifier and x.modifier != y.modifier):
                continue
            if set(x.name) & b.names or set(y.name) & a.names:
                continue  # the same person, or named elsewhere in the other sentence
            if _other_names(a, b, drop=(*x.name, *y.name)):
                continue
            pairs.append((x, y))
    return pairs


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
        if key in denied_in_plain:
            continue
        next_neg = next(iter(nearby(neg, head + 1, 1, 5)), None)
        if next_neg is None:
            continue  # nothing after the denied word to show it is the same statement
        for j, token in enumerate(plain.tokens):
            if (token.stem or token.low) != key or j in negated_positions:
                continue
            if any(plain.tokens[k].low.endswith("n't") for k in range(max(0, j - 4), j)):
                continue
            if next(iter(nearby(plain, j + 1, 1, 5)), None) == next_neg:
                return n, head, j
    return None


def _negation(a: Specifics, b: Specifics) -> Finding | None:
    if _other_names(a, b):
        return None  # different people speaking: a debate, not a disputed fact
    for neg, plain, flip in ((a, b, False), (b, a, True)):
        found = _denied(neg, plain)
        if found is None:
            continue
        n, head, j = found
        neg_side = (_words(neg, n, head), (_span(neg, n, head),))
        plain_side = (_words(plain, j, j), (_span(plain, j, j),))
        first, second = (plain_side, neg_side) if flip else (neg_side, plain_side)
        return Finding("negation", first[0], second[0], first[1], second[1])
    return None


#: Words saying a planned thing will not happen when planned, and words saying it will.
_CALLED_OFF = frozenset(("postpon", "delay", "cancel", "suspend", "scrap", "halt", "abandon"))
_GOES_AHEAD = (("as", "plan"), ("go", "ahead"), ("goe", "ahead"), ("on", "schedul"), ("proceed",))


def _outcome_words(spec: Specifics) -> tuple[list[int], list[int]]:
    """Token indices saying the thing is called off, and those saying it goes ahead."""
    off = [i for i, t in enumerate(spec.tokens) if t.stem in _CALLED_OFF]
    ahead: list[int] = []
    keys = [t.stem or t.low for t in spec.tokens]
    for i in range(len(keys)):
        for phrase in _GOES_AHEAD:
            if tuple(keys[i : i + len(phrase)]) == phrase:
                ahead.extend(range(i, i + len(phrase)))
    return off, ahead


def _outcome(a: Specifics, b: Specifics) -> Finding | None:
    """One sentence has the event called off or put back, the other has it go ahead as planned."""
    off_a, ahead_a = _outcome_words(a)
    off_b, ahead_b = _outcome_words(b)
    for (x, x_off), (y, y_ahead), flip in (
        ((a, off_a), (b, ahead_b), False),
        ((b, off_b), (a, ahead_a), True),
    ):
        own_ahead = ahead_a if not flip else ahead_b
        other_off = off_b if not flip else off_a
        if not x_off or not y_ahead or own_ahead or other_off:
            continue
        x_side = (_words(x, x_off[0], x_off[-1]), (_span(x, x_off[0], x_off[-1]),))
        y_side = (_words(y, y_ahead[0], y_ahead[-1]), (_span(y, y_ahead[0], y_ahead[-1]),))
        first, second = (y_side, x_side) if flip else (x_side, y_side)
        return Finding("negation", first[0], second[0], first[1], second[1])
    return None


def compare(text_a: str, text_b: str) -> Finding | None:
    """Do two sentences report one thing with a conflicting specific? The strongest kind wins."""
    return _judge(analyse(text_a), analyse(text_b))


def _judge(a: Specifics, b: Specifics, values: bool = True) -> Finding | None:
    """:func:`compare` on analysed sentences; ``values=False`` skips figures and dates."""
    alike = _similar(a, b)
    if values and alike and not _other_names(a, b):
        for kind, pairs in (("number", number_conflicts(a, b)), ("date", date_conflicts(a, b))):
            if pairs:
                return _values_finding(kind, a, b, pairs)
    for x, y in _names(a, b):
        drop = {a.tokens[i].stem for i in range(x.first, x.last + 1)}
        drop |= {b.tokens[i].stem for i in range(y.first, y.last + 1)}
        if _similar(a, b, drop=(s for s in drop if s)):
            return Finding(
                "name", _words(a, x.first, x.last), _words(b, y.first, y.last),
                (_span(a, x.first, x.last),), (_span(b, y.first, y.last),),
            )  # fmt: skip
    if not alike:
        return None
    return _negation(a, b) or _outcome(a, b)


def detect(
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    near: Sequence[NearPair],
    groups: Sequence[SourceGroup],
    group_of: Sequence[int],
) -> tuple[list[Match], tuple[Disagreement, ...]]:
    """Disagreements among matched and near-miss pairs, and the matches that survive them.

    One disagreement is kept per pair of sources and differing values (copies
    of an article would only repeat it), preferring the sources' originals.
    """
    originals = {g.original for g in groups}
    best: dict[tuple, tuple[tuple, Disagreement]] = {}
    conflicted: set[tuple[int, int]] = set()
    specifics: dict[int, Specifics] = {}

    def spec(sid: int) -> Specifics:
        if sid not in specifics:
            specifics[sid] = analyse.__wrapped__(sentences[sid].text)
        return specifics[sid]

    # Pairs whose numbers agree can only differ by a name in a role or a negation.
    negates, names_role = [], []
    for sentence in sentences:
        low = sentence.text.lower().replace("’", "'")
        words = set(re.findall(r"[a-z]+", low))
        negates.append(
            bool(words & _NEGATING_WORDS) or "n't" in low or bool(_OUTCOME_HINT.search(low))
        )
        names_role.append(bool(words & ROLES))
    by_numbers = {(p.a, p.b) for p in near if p.conflict}
    for a, b in {(m.a, m.b) for m in matches} | {(p.a, p.b) for p in near if not p.weak}:
        left, right = sentences[a], sentences[b]
        ga, gb = group_of[left.article], group_of[right.article]
        values = (a, b) in by_numbers
        if ga == gb:
            continue
        if not values and not (negates[a] or negates[b]) and not (names_role[a] and names_role[b]):
            continue
        finding = _judge(spec(a), spec(b), values)
        if finding is None:
            continue
        conflicted.add((a, b))
        key = (
            finding.kind,
            frozenset({(ga, finding.a_words.lower()), (gb, finding.b_words.lower())}),
        )
        rank = ((left.article not in originals) + (right.article not in originals), a, b)
        item = Disagreement(finding.kind, a, b, finding.detail, finding.a_spans, finding.b_spans)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, item)
    kept = [m for m in matches if (m.a, m.b) not in conflicted]
    found = sorted((item for _, item in best.values()), key=lambda d: (d.a, d.b))
    return kept, tuple(found)
