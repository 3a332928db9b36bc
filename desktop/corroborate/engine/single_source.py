"""Single-source claims: what one independent outlet alone reports.

These are not errors, but nothing in the folder backs them, so the report
lists them apart, per outlet, marked as unverified.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from .models import Analysis, SingleSourceItem, SummaryOptions

MIN_WORDS = 8


def _copied_from_original(sentence: int, backing: tuple[int, ...], analysis: Analysis) -> bool:
    """A reprint's sentence is shown once, from the group's original article."""
    article = analysis.sentences[sentence].article
    original = analysis.groups[analysis.group_of[article]].original
    return article != original and any(
        analysis.sentences[other].article == original for other in backing
    )


def single_source_items(
    analysis: Analysis, options: SummaryOptions, shown: frozenset[int] = frozenset()
) -> Iterator[SingleSourceItem]:
    """The most salient uncorroborated sentences, up to a few per independent source.

    ``shown`` holds sentences already in the summary (when too few claims are
    corroborated, the summary is topped up with single-source sentences).
    """
    if analysis.independent_sources < 2:
        return
    by_group: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for sentence in analysis.sentences:
        groups, backing = analysis.corroboration(sentence.id)
        if len(groups) > 1:
            continue
        if not sentence.standalone or sentence.words < MIN_WORDS or sentence.id in shown:
            continue
        if _copied_from_original(sentence.id, backing, analysis):
            continue
        position = 1.0 / (1.0 + 0.1 * sentence.index)
        score = analysis.salience[sentence.id] + 0.2 * position
        by_group[analysis.group_of[sentence.article]].append((score, sentence.id))
    for group in analysis.groups:
        ranked = sorted(by_group.get(group.id, []), key=lambda pair: (-pair[0], pair[1]))
        chosen = sorted(sid for _, sid in ranked[: options.single_source_per_outlet])
        outlet = analysis.articles[group.original].outlet
        for sid in chosen:
            sentence = analysis.sentences[sid]
            yield SingleSourceItem(
                sentence=sid,
                text=sentence.text,
                file=analysis.articles[sentence.article].file,
                outlet=outlet,
            )
