"""Judge of a thing said not to exist against the same thing told as there: "there is no
investigation" / "the authorities are investigating the incident"; "no one has filed a
complaint" / "at least one witness has made a formal complaint".

:mod:`.negation` sets a denial against an assertion of one word with the same word after
it ("did not attend the ceremony" / "attended the ceremony"). Here the denial is of a
thing's very existence, by "there is no …" or by "no one has (verb) a …", and the other
sentence tells the thing with its own verb ("filed" / "made") or as the verb of the noun
("investigation" / "investigating"): one stem, nothing else shared around it. Such a claim
is strong, so the reading is narrow:

- the denial's clause is stated, not supposed: no "if", "unless", "whether", "when", no
  modal ("there *would* be no inquiry") before it in its clause; "no one" stands straight
  before its verb ("no one *on the bus* has complained" counts a group the other may not
  be of);
- the assertion is stated too: not denied, not supposed ("*if* a complaint is filed"),
  not planned or offered ("poised *to* launch a probe", "*will* investigate": "to" among
  the three words before it, a modal anywhere before it in its clause), not in a
  sentence that denies with a word ("denied receiving a complaint"), not only sought
  ("walkers are *demanding* an inquiry", "*looking for* a link":
  :func:`..text.specifics.sought`);
- both say how things stand now, or both how they stood: a denial in the present or the
  perfect ("there is no", "no one has") against an assertion with "is", "are", "has" or
  "have" before the word; "there was no" / "no one had" against "was", "were", "had";
- one thing: when both qualify it ("no *criminal* investigation" / "an *internal*
  investigation") the qualifiers share a word, and when the denial says what it is about
  or where ("no complaint *against the driver*", "no hospital *in Marrowick*") the words
  after the thing in the other's clause, its complement or the verb's object, share a word
  with it ("a complaint *against the hotel*", "investigating *the bus company*", "the
  hospital *in Corley*" are other things); two posts are two subjects
  (:func:`.subjects.other_subjects`), two periods two times (:func:`.periods.period_of`),
  and so are two days with none in common (:func:`.periods.two_days`: "on Monday there
  was no investigation" / "by Wednesday police were investigating");
- the sentences share a telling word besides the thing itself, of one topic.
"""

from __future__ import annotations

import re

from ..text.lexicon import ANOTHER_OR_NEW, ARTICLES, BE_FORMS, MODALS, RELATIVE_WORDS
from ..text.specifics import NEGATIONS, Specifics, conditional, negated, planned, sought
from .finding import Finding, Run, in_pair_order
from .periods import period_of, two_days
from .subjects import other_subjects

#: A sentence that may say there is none of a thing, read on its text before it is analysed:
#: the pairs the matcher found only loosely alike are judged for this class when one of the
#: two says so (:func:`.disagree.detect`).
_NONE = re.compile(
    r"\b(?:no[ -]one|nobody)\s+ha[sdv]e?\b|\bthere(?:['’]s|\s+(?:is|are|was|were|(?:has|have)\s+been))\s+no\b",
    re.IGNORECASE,
)


def may_say_none(text: str) -> bool:
    """May the sentence say there is none of a thing ("there is no investigation", "no one
    has filed a complaint")? A cheap test on the text, before any sentence is analysed."""
    return bool(_NONE.search(text))


#: Words that make a clause supposed, planned or conditional rather than stated, when they
#: stand before the word in its clause: the modals (:data:`..text.lexicon.MODALS`) among them.
_SUPPOSED = frozenset((
    "if", "unless", "whether", "when", "once", "until", *MODALS, "wants", "want", "plans",
    "plan", "threatened", "threatening", "considering", "expected", "likely", "possible",
    "possibly", "perhaps",
))  # fmt: skip

#: "there's", one word as the sentence is read.
_THERES = "there's"
#: "no one" and its one-word forms.
_NOBODY = frozenset(("nobody", "no-one"))
#: The auxiliaries that set a denial or an assertion in the present or the perfect, or in
#: the past. A contracted one is no word of its own as the sentence is read ("police've",
#: "they'd" are one word each, :data:`..text.segment.WORD`), and is not read.
_NOW = frozenset(("is", "are", "am", "has", "have"))
_THEN = frozenset(("was", "were", "had"))
#: Words that may stand between "no one has" and the thing: its verb, an article.
_ARTICLES = ARTICLES | {"any"}
#: Prepositions that say what the thing is of or about, or where: "a complaint *against* the
#: driver", "no hospital *in* Marrowick".
_ABOUT = frozenset((
    "against", "about", "over", "into", "of", "with", "to", "from", "by", "in", "at", "on",
))  # fmt: skip
#: How many words after the thing told as a verb the other sentence's clause is read for
#: what it is told of.
_AFTER = 8


def _clause_before(spec: Specifics, i: int) -> list[str]:
    """The words of the clause before the token at ``i``, lower-cased."""
    clause = spec.tokens[i].clause
    words = []
    for k in range(i - 1, -1, -1):
        if spec.tokens[k].clause != clause:
            break
        words.append(spec.tokens[k].low)
    return words


def _thing(spec: Specifics, start: int) -> tuple[int, frozenset[str]] | None:
    """The thing named from ``start`` on ("criminal investigation"): its head word's place
    and the stems of the words qualifying it; None when no content word comes first."""
    tokens, clause = spec.tokens, spec.tokens[start].clause if start < len(spec.tokens) else -1
    words = []
    for k in range(start, min(len(tokens), start + 3)):
        token = tokens[k]
        if token.clause != clause or not token.stem or k in spec.value_at:
            break
        words.append(k)
    if not words:
        return None
    head = words[-1]
    return head, frozenset(tokens[k].stem or "" for k in words[:-1])


def _denied_things(spec: Specifics) -> list[tuple[int, int, frozenset[str], bool]]:
    """The things the sentence says there are none of: (the negation's place, the thing's,
    the words qualifying it, whether said of now rather than of a time past)."""
    tokens = spec.tokens
    denied = []
    for i, token in enumerate(tokens):
        low = token.low
        if low == "no" and i + 1 < len(tokens) and tokens[i + 1].low == "one":
            subject, after = i, i + 2
        elif low in _NOBODY:
            subject, after = i, i + 1
        elif (
            low == "no"
            and i >= 1
            and (tokens[i - 1].low in BE_FORMS or tokens[i - 1].low == _THERES)
        ):
            # "there is no", "there has been no": "there" just before the verb(s); "there's
            # no" is one word (either apostrophe is read as the straight one)
            contracted = tokens[i - 1].low == _THERES
            if not contracted and (
                i < 2 or "there" not in (tokens[i - 2].low, tokens[max(0, i - 3)].low)
            ):
                continue
            if conditional(spec, i) or any(w in _SUPPOSED for w in _clause_before(spec, i)):
                continue
            now = (
                contracted
                or tokens[i - 1].low in ("is", "are")
                or tokens[i - 2].low in ("has", "have")
            )
            found = _thing(spec, i + 1)
            if found is not None:
                denied.append((i, found[0], found[1], now))
            continue
        else:
            continue
        # "no one has filed a complaint": the auxiliary straight after, a verb, an article
        if (
            after + 2 >= len(tokens)
            or conditional(spec, subject)
            or any(w in _SUPPOSED for w in _clause_before(spec, subject))
        ):
            continue
        aux = tokens[after].low
        if aux not in ("has", "have", "had") or tokens[after + 2].low not in _ARTICLES:
            continue
        if tokens[after + 1].clause != token.clause or not tokens[after + 1].stem:
            continue
        found = _thing(spec, after + 3)
        if found is not None:
            denied.append((subject, found[0], found[1], aux != "had"))
    return denied


def _about(spec: Specifics, j: int) -> frozenset[str]:
    """What the thing at ``j`` is said to be of or about: the content words after a
    preposition straight after it ("a complaint against *the driver*")."""
    tokens = spec.tokens
    if j + 1 >= len(tokens) or tokens[j + 1].low not in _ABOUT:
        return frozenset()
    clause = tokens[j].clause
    return frozenset(
        tokens[k].stem or ""
        for k in range(j + 2, min(len(tokens), j + 6))
        if tokens[k].clause == clause and tokens[k].stem
    )


def _after(spec: Specifics, j: int) -> frozenset[str]:
    """What the word at ``j`` is told of: its complement when a preposition follows it ("a
    complaint against *the hotel*", :func:`_about`), else the words after it in its clause up
    to a relative clause, its object and what follows ("investigating *the bus company*",
    "arrested a *contractor* over the *collapse*")."""
    if about := _about(spec, j):
        return about
    tokens = spec.tokens
    clause = tokens[j].clause
    found: list[str] = []
    for k in range(j + 1, min(len(tokens), j + 1 + _AFTER)):
        if tokens[k].clause != clause or tokens[k].low in RELATIVE_WORDS:
            break
        if word := tokens[k].stem:
            found.append(word)
    return frozenset(found)


def _qualifiers(spec: Specifics, j: int) -> frozenset[str]:
    """The content words straight before the word at ``j`` ("a formal complaint")."""
    found = []
    for k in range(j - 1, max(-1, j - 3), -1):
        token = spec.tokens[k]
        if token.clause != spec.tokens[j].clause or not token.stem:
            break
        found.append(token.stem)
    return frozenset(found)


def _another(spec: Specifics, j: int) -> bool:
    """Is the thing at ``j`` told as another of its kind, in its clause ("investigating an
    *earlier* crash", "a *separate* complaint")?"""
    clause = spec.tokens[j].clause
    return any(
        spec.tokens[k].low in ANOTHER_OR_NEW
        for k in range(max(0, j - 4), min(len(spec.tokens), j + 5))
        if spec.tokens[k].clause == clause
    )


def _told(spec: Specifics, j: int, now: bool) -> bool:
    """Is the word at ``j`` stated as there, in the time the denial speaks of?"""
    if negated(spec, j) or conditional(spec, j) or planned(spec, j) or _another(spec, j):
        return False
    if sought(spec, j):
        return False
    before = _clause_before(spec, j)
    if any(w in _SUPPOSED or w in NEGATIONS for w in before):
        return False
    near = before[:4]
    return any(w in (_NOW if now else _THEN) for w in near)


def none_against_some(a: Specifics, b: Specifics) -> Finding | None:
    """Does one sentence say there is none of a thing the other tells as there?"""
    if period_of(a) != period_of(b) or two_days(a, b):
        return None  # "on Monday there was no investigation" / "by Wednesday police were"
    for neg, plain, flip in ((a, b, False), (b, a, True)):
        if plain.denies:
            continue
        # a thing both deny is no thing one of them tells as there
        theirs_denied = {plain.tokens[h].stem for _, h, _, _ in _denied_things(plain)}
        for n, head, qualifiers, now in _denied_things(neg):
            key = neg.tokens[head].stem
            if key in theirs_denied or not (neg.terms & plain.terms) - {key}:
                continue  # nothing else in common: two topics
            if found := _told_against(neg, n, head, qualifiers, now, plain, flip):
                return found
    return None


def _told_against(
    neg: Specifics,
    n: int,
    head: int,
    qualifiers: frozenset[str],
    now: bool,
    plain: Specifics,
    flip: bool,
) -> Finding | None:
    """The place in ``plain`` where the thing ``neg`` denies at ``head`` is told as there."""
    key = neg.tokens[head].stem
    if _another(neg, head):
        return None  # "no investigation into an earlier crash"
    for j, token in enumerate(plain.tokens):
        if token.stem != key or not _told(plain, j, now):
            continue
        theirs = _qualifiers(plain, j)
        if qualifiers and theirs and not qualifiers & theirs:
            continue  # "no criminal investigation" / "an internal investigation"
        about_neg, after_plain = _about(neg, head), _after(plain, j)
        if about_neg and after_plain and not about_neg & after_plain:
            continue  # a complaint against the driver / one against the hotel
        if other_subjects(neg, n, plain, j):
            continue
        return in_pair_order("negation", neg, Run(n, head), plain, Run(j, j), flip)
    return None
