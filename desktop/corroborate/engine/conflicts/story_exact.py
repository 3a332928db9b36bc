"""Story-wide: one exact figure ("972,815", "$514.6 million") given two values by two
sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from ..models import Sentence
from ..text.figures import with_opening
from ..text.numbers import NUMBER_TAG, amount_in
from ..text.roles import capitalised
from ..text.segment import stopwords
from ..text.specifics import Specifics, Value
from .context import other_names
from .counts import dense
from .dates import two_days
from .finding import Finding, between
from .story import each_source_text

#: Significant digits from which a figure is exact rather than rounded ("972,815",
#: "9,509", "$514.6 million"; never "1,600" or "$26.6 million")...
EXACT_DIGITS = 4
#: ...and two exact figures at most this share apart are one quantity told two ways.
EXACT_NEAR = 0.01


def _significant(value: int) -> int:
    """How many significant digits a whole figure has: 972,815 six, 514,600,000 four."""
    return len(str(value).rstrip("0"))


def _rounding(x: int, y: int) -> bool:
    """Is one figure the other rounded or cut to its own last digit: 481,263 and 481,300
    (or 481,200), where 972,815 and 972,814, or $514.6 and $514.3 million, are not?"""
    step = 10 ** max(len(str(v)) - len(str(v).rstrip("0")) for v in (x, y))
    return (x + step // 2) // step == (y + step // 2) // step or x // step == y // step


def _exact(v: Value) -> int | None:
    """The figure, when it is exact: a count or sum given to ``EXACT_DIGITS`` significant
    digits or more, stated without "about" or "more than" (nobody rounds to 972,814 or to
    $514.6 million), never a year, an age or a label ("Flight 3411")."""
    if not v.tag.startswith(NUMBER_TAG) or v.bound != "=" or v.label or not v.countable:
        return None
    if v.unit == "age":
        return None
    try:
        value = int(v.tag[2:])
    except ValueError:
        return None
    return value if _significant(value) >= EXACT_DIGITS else None


def _exact_tags(numbers: frozenset[str]) -> frozenset[int]:
    """The figures of a sentence's ``numbers`` that may be exact (:func:`_exact`)."""
    found = set()
    for tag in numbers:
        if tag.startswith(NUMBER_TAG) and (amount := amount_in(tag)).isdigit():
            value = int(amount)
            if _significant(value) >= EXACT_DIGITS:
                found.add(value)
    return frozenset(found)


def _names_a_thing(spec: Specifics, v: Value) -> bool:
    """Is the figure part of a name rather than a quantity: "Flight 3411", "Room 1207",
    "1313 Mockingbird Lane", "No. 4417"?"""
    tokens = spec.tokens
    before = tokens[v.first - 1] if v.first else None
    after = tokens[v.last + 1] if v.last + 1 < len(tokens) else None
    if before is not None and (
        before.low in ("no", "no.", "#") or (capitalised(before) and before.low not in stopwords())
    ):
        return True
    return after is not None and capitalised(after)


def exact_twins(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One exact figure given two values by two sources, wherever in the story: "cost it
    $972,815" in one, "seeking $972,814 in legal costs" in another. Both are exact
    (:func:`_exact`), of one unit, and within ``EXACT_NEAR`` of each other, and no source
    writes both (one that does counts two things, as two candidates' votes). Two figures
    so exact and so near are one quantity, however differently the sentences around them
    are worded; figures further apart may count two things, and are left to the sentences'
    comparison. The first sentence of each source that gives the figure stands for it."""
    # Cheaply first, from the figures every sentence carries: only a sentence with a figure
    # that has a near twin somewhere in the story is analysed.
    texts = [
        (sentence, group, exact)
        for sentence, group in each_source_text(sentences, group_of)
        if (exact := _exact_tags(sentence.numbers))
    ]
    values = sorted({value for _, _, exact in texts for value in exact})
    twinned = {value for x, y in pairwise(values) if y - x <= EXACT_NEAR * y for value in (x, y)}
    where: dict[tuple[int, str | None], dict[int, tuple[int, Value]]] = {}
    for sentence, group, exact in texts:
        if not exact & twinned:
            continue
        analysed = spec(sentence.id)
        if dense(analysed):
            continue  # a table in prose: its figures count many things
        for v in analysed.values:
            value = _exact(v)
            if value is not None and not _names_a_thing(analysed, v):
                where.setdefault((value, v.unit), {}).setdefault(group, (sentence.id, v))
    found = []
    figures = sorted(where, key=lambda key: (str(key[1]), key[0]))
    for i, x in enumerate(figures):
        for y in figures[i + 1 :]:
            if y[1] != x[1] or y[0] - x[0] > EXACT_NEAR * y[0]:
                break
            if where[x].keys() & where[y].keys() or _rounding(x[0], y[0]):
                continue
            for first in where[x].values():
                for second in where[y].values():
                    (a, v), (b, w) = sorted((first, second), key=lambda side: side[0])
                    left, right = spec(a), spec(b)
                    if _told_apart(left, right):
                        continue
                    found.append((a, b, between("number", left, v, right, w)))
    return found


def _told_apart(a: Specifics, b: Specifics) -> bool:
    """Do two sentences tell of two things, whatever figures they give: each names someone
    or something the other does not ("Ines Marlow won 10,482 votes" / "her rival, Peter
    Dunst, finished with 10,391 votes"), or they give two days ("closed at 10,482 points
    on Monday" / "on Tuesday ... fell to 10,401 points")?"""
    # a name opening one sentence ("*Silicon* Valley venture firm ...") is no name of its own
    openers = (with_opening(a) - a.names) | (with_opening(b) - b.names)
    return other_names(a, b, drop=openers) or two_days(a, b)
