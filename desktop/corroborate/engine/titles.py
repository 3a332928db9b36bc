"""The story's title: the headline most corroborated by the other headlines."""

from __future__ import annotations

from collections.abc import Sequence

from .ingest import title_from_filename
from .models import Article


def story_title(articles: Sequence[Article], group_of: Sequence[int]) -> str:
    """The most corroborated headline, else the first article's title."""
    from rapidfuzz import fuzz

    titled = [a for a in articles if a.title and a.title != title_from_filename(a.file)]
    if not titled:
        return articles[0].title if articles else "Untitled story"
    if len(titled) == 1:
        return titled[0].title

    def agreement(index: int) -> float:
        return sum(
            fuzz.token_sort_ratio(titled[index].title, other.title)
            for j, other in enumerate(titled)
            if j != index and group_of[other.id] != group_of[titled[index].id]
        )

    best = max(range(len(titled)), key=lambda i: (agreement(i), -i))
    return titled[best].title
