"""What a judge finds: the kind of disagreement, the words each side gives and their
places in the two sentences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from ..models import DisagreementKind, Sentence
from ..text.figures import extent
from ..text.numbers import CURRENCY_CODES, CURRENCY_SIGNS, UNIT_WORDS
from ..text.specifics import Specifics, Value


class Finding(NamedTuple):
    kind: DisagreementKind
    a_words: str
    b_words: str
    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]

    @property
    def detail(self) -> str:
        return f"{self.a_words} / {self.b_words}"


def one_word_each(
    kind: DisagreementKind,
    sentences: Sequence[Sentence],
    one: tuple[int, tuple[int, int]],
    other: tuple[int, tuple[int, int]],
) -> tuple[int, int, Finding]:
    """A finding between two sentences that each give one span, the earlier sentence first."""
    (a, span_a), (b, span_b) = sorted((one, other))
    words_a = sentences[a].text[span_a[0] : span_a[1]]
    words_b = sentences[b].text[span_b[0] : span_b[1]]
    return a, b, Finding(kind, words_a, words_b, (span_a,), (span_b,))


def span_of(spec: Specifics, first: int, last: int) -> tuple[int, int]:
    return spec.tokens[first].start, spec.tokens[last].end


#: Currency codes written as a word before a figure: "dlrs 252.8 million".
_CODES_BEFORE = frozenset(("dlrs", "usd", "gbp", "eur", "jpy"))


def value_span(spec: Specifics, v: Value) -> tuple[int, int]:
    """Where a value is written, its unit as written with it: a figure's currency sign
    ("$2.2 billion", "US$40", "£19m"), a currency code before it ("dlrs 252.8 million") or
    its unit word after it ("2.2 billion dollars", "40 percent", "40 per cent", "12 km");
    a day of the month with its month (:func:`.text.figures.extent`). A reader checking
    "$2.2 billion / $2.5 billion" sees the amounts as the sentences give them, never a
    bare "2.2 billion"."""
    first, last = extent(spec, v)
    start, end = span_of(spec, first, last)
    if v.kind != "number" or not v.unit or v.unit == "age":
        return start, end
    text, tokens = spec.text, spec.tokens
    if start and text[start - 1] in CURRENCY_SIGNS:
        start -= 1
        while start and text[start - 1].isupper():
            start -= 1  # "US$", "HK$", "C$"
    elif (
        first
        and tokens[first - 1].low in _CODES_BEFORE
        and text[tokens[first - 1].end : start].isspace()
    ):
        start = tokens[first - 1].start
    if last + 1 < len(tokens) and text[end : tokens[last + 1].start].isspace():
        after = tokens[last + 1]
        if (
            after.low != "us"
            and (CURRENCY_CODES.get(after.low) or UNIT_WORDS.get(after.low)) == v.unit
        ):
            end = after.end
            if after.low == "per" and last + 2 < len(tokens) and tokens[last + 2].low == "cent":
                end = tokens[last + 2].end
    return start, end


class Stretch(Protocol):
    """What a sentence gives over a run of its tokens: a figure, a clock time, a name."""

    @property
    def first(self) -> int: ...

    @property
    def last(self) -> int: ...


class Run(NamedTuple):
    """A run of a sentence's tokens, its first and its last (a :class:`Stretch`): the words
    a judge shows of one side ("did not attend", "no investigation", "6 a.m.")."""

    first: int
    last: int


def between(kind: DisagreementKind, a: Specifics, x: Stretch, b: Specifics, y: Stretch) -> Finding:
    """A finding between ``x`` of sentence ``a`` and ``y`` of sentence ``b``, each in its own
    words (its first token to its last; a value with its unit as written, :func:`value_span`)."""
    span_a = value_span(a, x) if isinstance(x, Value) else span_of(a, x.first, x.last)
    span_b = value_span(b, y) if isinstance(y, Value) else span_of(b, y.first, y.last)
    return Finding(kind, a.text[slice(*span_a)], b.text[slice(*span_b)], (span_a,), (span_b,))


def in_pair_order(
    kind: DisagreementKind, x: Specifics, x_run: Stretch, y: Specifics, y_run: Stretch, flip: bool
) -> Finding:
    """:func:`between` ``x_run`` of ``x`` and ``y_run`` of ``y``, in the order the pair was
    given: a judge that reads each sentence in turn as the denying one (``flip`` when ``x``
    is the pair's second) reports them as it was handed them."""
    return between(kind, y, y_run, x, x_run) if flip else between(kind, x, x_run, y, y_run)


def _inside(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return other[0] <= span[0] and span[1] <= other[1]


def values_finding(
    kind: DisagreementKind, a: Specifics, b: Specifics, pairs: Sequence[tuple[Value, Value]]
) -> Finding:
    """A finding over pairs of values, each side's words in the order of the pairs; a pair
    whose words on both sides lie within another's ("March" / "May" of "March 3" / "May 9":
    the month of the day) is that pair's, told once: never "March; March 3", nor the
    sentence marked twice over the same words."""
    spans = [(value_span(a, v), value_span(b, w)) for v, w in pairs]
    kept = [
        (x, y)
        for i, (x, y) in enumerate(spans)
        if not any(
            _inside(x, p) and _inside(y, q) and ((x, y) != (p, q) or j < i)
            for j, (p, q) in enumerate(spans)
            if j != i
        )
    ]
    return Finding(
        kind,
        "; ".join(a.text[x[0] : x[1]] for x, _ in kept),
        "; ".join(b.text[y[0] : y[1]] for _, y in kept),
        tuple(x for x, _ in kept),
        tuple(y for _, y in kept),
    )
