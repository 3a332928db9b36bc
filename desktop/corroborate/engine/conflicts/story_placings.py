"""Story-wide: one person's finishing place in one contest told two ways by two sources.

"Sina Holt finished third in the 10,000 metres" in one source, "Sina Holt finished fourth
in the 10,000 metres" in another: one contest puts one person in one place. The places
are read by :func:`..text.placings.placings`, which reads only a result told beside the
person's full name and keeps the words naming the contest. Two places are compared only
when those words are the same (two races, a heat and the final, a stage and the overall
standings, two rounds or two years are named apart, and a place told without its contest
is never compared), the two sentences name no two days, and neither source gives the
person two places anywhere (a source that does tells of two contests, or of a place that
changed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Sentence
from ..text.placings import MAY_PLACE, Placing, placings
from ..text.specifics import Specifics
from .finding import Finding, one_word_each
from .story import each_source_text, each_two_sources, told_one_way


def placed_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """Each two sources that give one person two places in one contest (see the module's
    notes); the first sentence of each source that places the person stands for it."""
    told: dict[tuple[str, ...], dict[int, list[tuple[int, Placing]]]] = {}
    for sentence, group in each_source_text(sentences, group_of, MAY_PLACE):
        for placing in placings(sentence.text):
            told.setdefault(placing.name, {}).setdefault(group, []).append((sentence.id, placing))
    found = []
    for by_group in told.values():
        # a source giving the person two places tells of two contests, or of a change
        for (a, x), (b, y) in each_two_sources(told_one_way(by_group, lambda p: p.place)):
            if x.place == y.place or not x.contest or x.contest != y.contest:
                continue
            if x.days and y.days and x.days != y.days:
                continue  # two days: two races of one meeting
            found.append(one_word_each("number", sentences, (a, x.span), (b, y.span)))
    return found
