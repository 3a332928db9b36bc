"""Articles built in memory from invented texts, for the engine's tests and their fixtures."""

from __future__ import annotations

from corroborate.engine.models import Article


def make_articles(*texts: str) -> tuple[Article, ...]:
    """One Article per text, ids in order; blank lines separate paragraphs."""
    return tuple(
        Article(
            id=i,
            file=f"article{i}.txt",
            title=f"Article {i}",
            outlet=f"Outlet {i}",
            outlet_from="file",
            paragraphs=tuple(p.strip() for p in text.split("\n\n") if p.strip()),
        )
        for i, text in enumerate(texts)
    )
