"""Specifics of one sentence, with their places: values, names in roles, negations.

Disagreement detection needs more than the set of numbers a sentence holds:
it needs the word a number counts ("14 *injured*"), the verb a weekday dates
("reopen *Wednesday*"), the role a name fills ("spokesman *John Reed*") and the
word a negation denies ("not *attend*"), and where each sits so that the app
can highlight it. This module finds them; :mod:`.disagree` compares them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .calendar import DAY_WORDS, MONTHS, WEEKDAYS
from .lexicon import MODALS, SOUGHT_FOR_STEMS, SOUGHT_STEMS
from .numbers import CURRENCY_SIGNS, NUMBER_TAG, UNITS, amount_in, figures_in, is_span
from .roles import ROLES_AND_TIES, RoleName, capitalised, find_roles, name_part
from .segment import sentence_words, stem, stopwords

#: Punctuation between two tokens that ends a clause: context windows stop there.
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
_SOFT_BREAKS = {"and", "but", "while", "although", "whereas", "when", "because", "after", "if", "once"}  # fmt: skip
#: The words before a figure that bound it; where two end the words, the longer is read
#: (:func:`bound_of`): "no more than" is a top, not the floor "more than" is. "As many as
#: 60 died" says at most 60, as "up to 60" does: never exactly 60. A multiplier before the
#: words ("*twice* as many as 40", "three *times* more than 30") makes a comparison, which
#: bounds nothing: its figure counts nothing of its own (:func:`_compared`).
_BOUNDS = (
    (">=", ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
            "no less than", "not fewer than", "not less than", "above", "exceeding")),
    ("<=", ("up to", "as many as", "as much as", "fewer than", "less than", "under", "at most",
            "no more than", "not more than", "below")),
    ("~", ("about", "around", "nearly", "almost", "roughly", "approximately", "some",
           "an estimated", "estimated", "close to")),
)  # fmt: skip
#: Every word group :data:`_BOUNDS` lists, the longest first (as a pattern's alternatives
#: must be: "no more than" before "more than").
BOUND_PHRASES = tuple(sorted({p for _, ps in _BOUNDS for p in ps}, key=lambda p: (-len(p), p)))
_PERIOD_LEAD = {"this", "last", "next", "past", "previous", "coming"}
_PERIODS = {
    "year", "week", "month", "season", "weekend", "summer", "winter", "spring", "autumn",
    "fall", "quarter", "decade", "century",
}  # fmt: skip
_SERIES = {"first", "second", "third", "final", "initial", "preliminary", "latest", "earlier"}
#: Words that deny what follows them without "not": "denied his country was involved".
LEXICAL_NEGATION = frozenset((
    "deni", "deny", "refus", "reject", "dismiss", "fals", "untru", "without", "lack", "fail"
))  # fmt: skip
#: The words that deny what follows them (and any word ending in "n't").
NEGATIONS = frozenset(("not", "no", "never", "cannot", "nor"))
#: Words that deny without naming what: "none were fired", "nobody was hurt".
_NEGATING_PRONOUNS = frozenset(("none", "nobody", "nothing", "neither", "nowhere"))
_NOT_NEGATING = {("not", "only"), ("no", "doubt"), ("not", "least"), ("no", "matter")}
#: Words a negation reaches past to find what it denies ("has not yet been released"), the
#: modals (:data:`.lexicon.MODALS`: "could not be reached") among them.
_FUNCTION = frozenset((
    "be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had", "do", "does",
    "did", *MODALS, "a", "an", "the", "all", "any", "of", "yet", "immediately", "always",
    "ever", "even", "also", "just", "fully", "entirely", "really", "currently", "to", "so",
    "very"
))  # fmt: skip


class Token(NamedTuple):
    """One word of a sentence, where it sits and which clause it belongs to.

    A named tuple, not a frozen dataclass: every sentence that meets another is cut
    into dozens of tokens, and a frozen dataclass takes ten times as long to build.
    """

    text: str
    low: str
    #: content stem, None for stop-words
    stem: str | None
    start: int
    end: int
    #: clause number: context windows never reach across a clause boundary
    clause: int
    #: part number: like ``clause``, but only punctuation ends a part ("and" does not)
    part: int = 0


@dataclass(frozen=True)
class Value:
    """A number, weekday, month or year, tagged as in :mod:`.numbers`."""

    tag: str
    first: int
    last: int  # token indices, inclusive
    #: "=" exact, ">=" / "<=" a bound, "~" approximate
    bound: str = "="
    #: False for figures that count nothing by themselves: a day of the month
    #: ("Aug. 7"), a unit conversion ("(75 mph)"), a relative count ("three other")
    countable: bool = True
    #: what the figure is measured in, when the sentence says: a currency sign
    #: ("$", "£"), a unit word ("mile", "percent"), or "age" for "72-year-old"
    unit: str | None = None
    #: True for a figure that names or places rather than counts: "Flight 8501",
    #: "the 5500 block", "84th Street", "one in 10"; not "Tessel's 12 fishermen", the name's
    #: own things. It may show agreement (a name both give), never conflict, and is no
    #: count two sentences share (:func:`.figures.shared_counts`).
    label: bool = False

    @property
    def kind(self) -> str:
        return "number" if self.tag.startswith(NUMBER_TAG) else "date"

    @property
    def amount(self) -> float:
        return float(amount_in(self.tag)) if self.tag.startswith(NUMBER_TAG) else 0.0


@dataclass(frozen=True)
class Specifics:
    text: str
    tokens: tuple[Token, ...]
    values: tuple[Value, ...]
    roles: tuple[RoleName, ...]
    #: (negation token, negated word) index pairs
    negations: tuple[tuple[int, int], ...]
    #: lower-cased capitalised words after the first: the people and places named
    names: frozenset[str]
    #: token indices that belong to a value
    value_at: frozenset[int] = frozenset()
    #: when the sentence is set: its dates and words such as "weekend" or "yesterday"
    when: frozenset[str] = frozenset()
    #: words that tell one of a series from another: "first", "final", "preliminary"
    series: frozenset[str] = frozenset()
    #: content stems outside the values: what the sentence says, its specifics aside
    terms: frozenset[str] = frozenset()
    #: a word that denies without "not" ("denied", "refused", "without")
    denies: bool = False


def nearby(
    spec: Specifics, start: int, step: int, reach: int, skip: Iterable[int] = ()
) -> list[str]:
    """Content stems from ``start`` outwards (step ±1), within ``reach`` tokens and one clause."""
    tokens = spec.tokens
    if not 0 <= start - step < len(tokens):
        return []
    skipped = skip if isinstance(skip, (set, frozenset)) else set(skip)
    found, clause = [], tokens[start - step].clause
    # the tokens fewer than ``reach`` from ``start``, inside the sentence
    stop = min(len(tokens), start + reach) if step > 0 else max(-1, start - reach)
    for i in range(start, stop, step):
        token = tokens[i]
        if token.clause != clause:
            break
        if token.stem and i not in skipped:
            found.append(token.stem)
    return found


def _tokens(text: str) -> tuple[Token, ...]:
    stop = stopwords()
    out: list[Token] = []
    clause, part, previous_end = 0, 0, 0
    read = sentence_words(text)
    for word, start, end in zip(read.words, read.starts, read.ends, strict=True):
        low = word.lower().replace("’", "'")
        gap = text[previous_end:start]
        # most words are one space apart, and a space breaks no clause
        punctuated = bool(out) and gap != " " and bool(_CLAUSE_BREAK.search(gap))
        if out and (punctuated or low in _SOFT_BREAKS):
            clause += 1
        part += punctuated
        content = low not in stop and (len(low) >= 2 or low.isdigit())
        term = (low if low[0].isdigit() else stem(low)) if content else None
        out.append(Token(word, low, term, start, end, clause, part))
        previous_end = end
    return tuple(out)


def bound_of(phrase: str) -> str:
    """The bound the lower-case words just before a figure give it: ">=" for "more than",
    "<=" for "up to", "~" for "about" and its kin (:data:`_BOUNDS`), "=" for none. The
    longest bound the words end with is read: "no more than" is "<=", not the ">=" of the
    "more than" it ends with ("just under" is "under", "<=": below the figure)."""
    found, length = "=", 0
    for bound, phrases in _BOUNDS:
        for p in phrases:
            if len(p) > length and (phrase == p or phrase.endswith(" " + p)):
                found, length = bound, len(p)
    return found


def _bound(tokens: tuple[Token, ...], first: int) -> str:
    before = [t.low for t in tokens[max(0, first - 4) : first]]
    if before and before[-1] in ("a", "an"):
        before = before[:-1]
    return bound_of(" ".join(before))


#: Words of a comparison that a multiplier turns from a bound into a ratio: "*twice as
#: many as* 40", "three times *more than* 30", "*half as much as* $2 million".
_COMPARING = (("as", "many", "as"), ("as", "much", "as"), ("more", "than"), ("less", "than"),
              ("fewer", "than"))  # fmt: skip
#: Words that multiply what a comparison compares with ("twice", "half"; "three *times*").
_MULTIPLIERS = frozenset(("twice", "thrice", "double", "triple", "treble", "quadruple", "half",
                          "times"))  # fmt: skip


def _compared(tokens: tuple[Token, ...], first: int) -> bool:
    """Is the figure at ``first`` what another amount is a multiple of: "twice as many as
    40", "three times more than 30 families", "half as much as $2 million"? Such a figure
    bounds nothing the sentence counts ("twice as many as 40" is no top of 40, and no
    count of 40 either), so it is read as no count of its own (:func:`_countable`)."""
    for phrase in _COMPARING:
        start = first - len(phrase)
        if start < 1 or tuple(t.low for t in tokens[start:first]) != phrase:
            continue
        word = tokens[start - 1]
        if word.part != tokens[start].part:
            return False  # "In the second half, more than 40 fans left": no multiplier
        if word.low == "times":
            # "three times more than 30"; "at times more than 40 people queued" is no ratio
            return start >= 2 and _times_counted(tokens[start - 2].low)
        if word.low == "half":
            return phrase[0] == "as"  # "half as many as 40"; "in the second half more than 40"
        return word.low in _MULTIPLIERS
    return False


def _times_counted(word: str) -> bool:
    """Is the word before "times" how many times: "three", "3", "2.5", "many", "several"?"""
    return word in UNITS or word in ("many", "several") or word.replace(".", "").isdigit()


def _multiplier(tokens: tuple[Token, ...], last: int) -> bool:
    """Is the figure ending at ``last`` the multiplier of a comparison ("*three* times as
    many as 30", "*four* times more than"), not a count of its own ("stabbed three times")?"""
    after = [t.low for t in tokens[last + 1 : last + 3]]
    return len(after) == 2 and after[0] == "times" and after[1] in {p[0] for p in _COMPARING}


#: Stems of the verbs that count the injured ("wounding 24 other people").
_INJURING = ("injur", "wound", "hurt")
_ORDINAL_ENDINGS = {"st", "nd", "rd", "th"}
_ADDRESSES = {"block", "blocks"}
_RELATIVE_AFTER = {"other", "others", "more", "additional", "further", "extra"}
_RELATIVE_BEFORE = {"another", "additional", "other", "further"}
_PARTITIVE = {"the", "those", "these", "them", "its", "their", "our", "his", "her"}


def _label(tokens: tuple[Token, ...], text: str, first: int, last: int) -> bool:
    """Is the figure part of a name, a place or a ratio rather than a count of its own?"""
    before = tokens[first - 1].low if first > 0 else ""
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if after in _ORDINAL_ENDINGS and tokens[last + 1].start == tokens[last].end:
        return True  # "84th Street"
    if after in _ADDRESSES:
        return True  # "the 5500 block"
    if first >= 2 and before == "in" and tokens[first - 2].low in ("one", "1"):
        return True  # "one in 10": a ratio, whose other side may be worded otherwise
    if (
        first > 0
        and tokens[first].text[:1].isupper()
        and tokens[first].text.isalpha()
        and text[tokens[first - 1].end : tokens[first].start].isspace()
    ):
        return True  # a number word capitalised inside a name: "the Group of Seven"
    gap = text[tokens[first - 1].end : tokens[first].start] if first else ""
    return (
        first > 1
        and tokens[first - 1].text[:1].isupper()
        and before not in MONTHS
        and before not in WEEKDAYS
        and not _CLAUSE_BREAK.search(gap)
        # an amount, no name: "US$40"; a sum after a name is paid to or by it ("paid
        # Halvard Works $2.1 million")
        and not _amount_after(before, gap)
        # a name's own things: "Tessel's 12 fishermen", "Halvard Mills' 1,200 workers"
        # (not "Boeing's 737 Max", a name again)
        and not _possessed(tokens, text, first, last)
    )  # "Flight 8501", "Route 66"


def _possessed(tokens: tuple[Token, ...], text: str, first: int, last: int) -> bool:
    """Does a figure after a capitalised possessive count the name's own things, a word
    in lower case after it ("Tessel's 12 fishermen", "Halvard Mills' 1,200 workers")?"""
    before = tokens[first - 1].text
    gap = text[tokens[first - 1].end : tokens[first].start]
    owner = before.endswith(("'s", "\u2019s")) or gap.startswith(("'", "\u2019"))
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return owner and after[:1].islower()


def _amount_after(before: str, gap: str) -> bool:
    """Is a figure after a capitalised word and the gap between an amount the engine reads
    in its currency: "US$40" (the dollar "$" stands for), "EU €40", or a sum written apart
    from the name before it ("paid Halvard Works $2.1 million")? Another country's dollar
    ("C$40", "HK$40", "A$40") is not the "$" of other sentences: read as a label, as
    before any sign was read, it is never set against "$31 million", its conversion."""
    sign = gap.strip()[-1:]
    return sign in CURRENCY_SIGNS and (sign != "$" or before == "us" or gap[:1].isspace())


#: Words of a share taken of a whole: "*half* of its 40 shops", "*most* of the 300 staff".
#: A share written with a sign ("*30%* of its 1,200 staff") is one word with its figure, and
#: read by the figure reader's unit (:func:`share_told`).
_SHARES = frozenset((
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
    "most", "some", "many", "several", "few", "percent",
))  # fmt: skip


def share_told(spec: Specifics, v: Value) -> str | None:
    """The share of which the figure is the whole, as the sentence words it: "*half*" of
    its 40 shops, "*20*" of the 40 shops, "30 *percent*" (or "30%") of its 1,200 staff; None when the
    figure is no such whole ("all of its 40 shops" counts them all). The whole is still a
    count (both "most of the 167 candidates" tell there were 167), but no rival for a
    count of the share."""
    tokens, k = spec.tokens, v.first - 1
    if k >= 0 and tokens[k].low in _PARTITIVE:
        k -= 1
    if k < 1 or tokens[k].low != "of":
        return None
    share = tokens[k - 1].low
    if share in _SHARES or share.replace(",", "").isdigit() or share in UNITS:
        return share
    if any(x.last == k - 1 and x.unit == "%" for x in spec.values):
        return "percent"  # "30% of its 1,200 staff", as "30 percent of"
    return None


def _countable(tokens: tuple[Token, ...], text: str, first: int, last: int, amount: float) -> bool:
    before = tokens[first - 1].low if first > 0 else ""
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if before in _RELATIVE_BEFORE or _compared(tokens, first) or _multiplier(tokens, last):
        return False  # "another 12"; "twice as many as 40", "three times as many as"
    if after in _RELATIVE_AFTER and not (tokens[first - 1].stem or "").startswith(_INJURING):
        # "three others": relative to someone named; but "killing the two bombers,
        # injuring 24 other people" counts every one injured, the others being the dead
        return False
    if after == "of" and last + 2 < len(tokens) and tokens[last + 2].low in _PARTITIVE:
        return False  # "four of those bills": a share of a total that may differ
    day = tokens[first].low.isdigit() and 1 <= amount <= 31
    if day and (before in MONTHS or after in MONTHS):
        return False
    # a conversion: "(75 mph)" or "(dlrs 252.8 million)" right after another figure
    for k in range(first, max(0, first - 2), -1):
        if k > 0 and "(" in text[tokens[k - 1].end : tokens[k].start]:
            previous = [t.low for t in tokens[max(0, k - 3) : k]]
            return not any(p[:1].isdigit() or p in UNITS for p in previous)
    return True


def _values(tokens: tuple[Token, ...], text: str) -> tuple[Value, ...]:
    """The sentence's values (:func:`.numbers.figures_in`, the one reader of figures and
    their units), each count with its label and whether it counts something."""
    found: list[Value] = []
    places = (text, [t.start for t in tokens], [t.end for t in tokens])
    for figure in figures_in([t.text for t in tokens], places):
        first, last = figure.first, figure.last
        if not figure.tag.startswith(NUMBER_TAG):
            found.append(Value(figure.tag, first, last))
            continue
        amount = float(amount_in(figure.tag))
        # a span of time is read by the word it counts (:data:`.figures.TIME_UNITS`)
        unit = None if is_span(figure.unit) else figure.unit
        countable = _countable(tokens, text, first, last, amount)
        label = _label(tokens, text, first, last)
        found.append(Value(figure.tag, first, last, _bound(tokens, first), countable, unit, label))
    return tuple(found)


#: Words a negation reaches past to the word it denies: "not in a criminal record".
_PREPOSITIONS = frozenset(("in", "on", "at", "for", "with", "by", "from", "into", "onto"))


def negated(spec: Specifics, j: int) -> bool:
    """Is the word at ``j`` said in a negative clause ("none were fired by *police*")?"""
    clause = spec.tokens[j].clause
    for k in range(j - 1, -1, -1):
        token = spec.tokens[k]
        if token.clause != clause:
            return False
        if token.low in NEGATIONS or token.low in _NEGATING_PRONOUNS or token.low.endswith("n't"):
            return True
    return False


#: Words that set what follows them under a condition, wherever they stand before it.
_CONDITIONS = frozenset(("if", "unless"))


def conditional(spec: Specifics, i: int) -> bool:
    """Is the word at ``i`` said under a condition: "if" or "unless" anywhere before it ("*if*
    no one files a complaint, there will be no investigation")?"""
    return any(spec.tokens[k].low in _CONDITIONS for k in range(i))


#: Words before an "if" that make it no condition: "*even* if" concedes, "*as* if" compares.
_NOT_CONDITION_BEFORE = frozenset(("even", "as"))
#: Words after an "if" that make it no condition: "dozens, if *not* hundreds", "few, if *any*".
_NOT_CONDITION_AFTER = frozenset(("not", "any"))


def _sets_condition(tokens: Sequence[Token], k: int) -> bool:
    """Does the "if" or "unless" at ``k`` set a condition, not concede ("*even if* 300 homes
    were flooded"), compare ("*as if*") or hedge a figure ("dozens, *if not* hundreds")?"""
    if tokens[k].low not in _CONDITIONS:
        return False
    before = tokens[k - 1].low if k else ""
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return before not in _NOT_CONDITION_BEFORE and after not in _NOT_CONDITION_AFTER


def condition_of(spec: Specifics, i: int) -> frozenset[str] | None:
    """What the word at ``i`` is said under, by its content stems: the words after an "if" or
    "unless" before it, up to the end of that word's clause ("*if the river rises another
    metre*, 300 families will have to leave": river, rise, meter), or after one later in its
    own clause ("300 families will leave *if the river rises*"), and the tags of the
    condition's figures ("*two* more metres": ``n:2``); None when nothing sets it under a
    condition ("*even if*", "*as if*", "dozens, *if not* hundreds" set none). The word itself
    is no part of what it is said under."""
    tokens = spec.tokens
    before = [k for k in range(i) if _sets_condition(tokens, k)]
    after = [
        k
        for k in range(i + 1, len(tokens))
        if tokens[k].clause == tokens[i].clause and _sets_condition(tokens, k)
    ]
    if not before and not after:
        return None
    k = before[-1] if before else after[0]
    told: set[str] = set()
    end = k + 1
    while end < len(tokens) and tokens[end].clause == tokens[k].clause:
        stem_ = tokens[end].stem
        if end != i and stem_:
            told.add(stem_)
        end += 1
    # the condition's own figures, by their values: "another metre" is not "two more metres"
    told.update(v.tag for v in spec.values if k < v.first < end and not v.first <= i <= v.last)
    return frozenset(told)


def planned(spec: Specifics, j: int) -> bool:
    """Is the word at ``j`` only aimed at: "to" among the three words before it ("poised *to*
    launch an investigation", "plans *to* file a complaint")?"""
    return any(spec.tokens[k].low == "to" for k in range(max(0, j - 3), j))


def sought(spec: Specifics, j: int) -> bool:
    """Is the thing at ``j`` only sought, asked for or being made, not there yet: the object
    of "demanding", "seeking", "awaiting", "looking for", "calling for" among the four words
    before it in its clause (:data:`.lexicon.SOUGHT_STEMS`, :data:`.lexicon.SOUGHT_FOR_STEMS`)?"""
    tokens = spec.tokens
    clause = tokens[j].clause
    for k in range(max(0, j - 4), j):
        if tokens[k].clause != clause:
            continue
        word = stem(tokens[k].low)  # "looking", "seeking" are stop words: no content stem
        if word in SOUGHT_STEMS or (word in SOUGHT_FOR_STEMS and tokens[k + 1].low == "for"):
            return True
    return False


def _negations(tokens: tuple[Token, ...]) -> tuple[tuple[int, int], ...]:
    found = []
    for i, token in enumerate(tokens):
        low = token.low
        if low not in NEGATIONS and not low.endswith("n't"):
            continue
        after = tokens[i + 1].low if i + 1 < len(tokens) else ""
        before = tokens[i - 1].low if i > 0 else ""
        if (low, after) in _NOT_NEGATING or before in ("or", "if"):
            continue
        for j in range(i + 1, min(len(tokens), i + 6)):
            if tokens[j].clause != token.clause:
                break
            # the first content word: "not in a criminal record" denies "criminal", not "in"
            if tokens[j].low not in _FUNCTION and tokens[j].low not in _PREPOSITIONS:
                found.append((i, j))
                break
    return tuple(found)


def _possessor(low: str) -> str:
    """ "year's" is "year": "last year's match" is set in last year."""
    return low.removesuffix("'s")


@lru_cache(maxsize=8192)
def analyse(text: str) -> Specifics:
    """The specifics of one sentence; cached, as each sentence meets many others."""
    tokens = _tokens(text)
    roles = find_roles(tokens)
    names = {name_part(t) for t in tokens[1:] if capitalised(t)}  # the one reader's rule
    names.update(part for role in roles for part in role.name)
    values = _values(tokens, text)
    at = frozenset(i for v in values for i in range(v.first, v.last + 1))
    when = {v.tag for v in values if v.kind == "date"} | {
        t.low for t in tokens if t.low in DAY_WORDS
    }
    when |= {
        f"{t.low} {_possessor(tokens[i + 1].low)}"  # "this year", "last week's": a period
        for i, t in enumerate(tokens[:-1])
        if t.low in _PERIOD_LEAD and _possessor(tokens[i + 1].low) in _PERIODS
    }
    series = frozenset(t.low for t in tokens if t.low in _SERIES)
    negations = _negations(tokens)
    terms = frozenset(t.stem for i, t in enumerate(tokens) if t.stem and i not in at)
    denies = any((t.stem or t.low) in LEXICAL_NEGATION for t in tokens)
    return Specifics(
        text, tokens, values, roles, negations, frozenset(names), at, frozenset(when), series,
        terms, denies,
    )  # fmt: skip


@lru_cache(maxsize=8192)
def roles_told(text: str) -> frozenset[tuple[str, str]]:
    """The roles and ties a sentence gives the people it names, each as (the role's stem,
    the name's last word): "her boyfriend, 32-year-old Nicholas Mattevi" is ("boyfriend",
    "mattevi"), "Peter Vance, the coach," ("coach", "vance"). Roles of
    :data:`.roles.ROLES` and ties of :data:`.roles.RELATIONS`, read by
    :func:`.roles.find_roles`; cached, as each sentence meets many others."""
    return frozenset(
        (role.role, role.name[-1])
        for role in find_roles(analyse(text).tokens, ROLES_AND_TIES)
        if role.name
    )
