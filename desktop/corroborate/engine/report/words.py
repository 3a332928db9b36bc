"""How the product words a count: ``1 article``, ``3 articles``.

One owner for the number agreement of every count the report, the command line
and the app print, so that no view spells its own plural (and none says
``1 sentences``). Pure text: the app may ask it at start-up. Items named in a sentence
(:func:`listed`) are joined in the text layer (:mod:`corroborate.engine.text.lists`), so the
corrections file's description, below the report, joins them the same way.
"""

from __future__ import annotations

from ..text.lists import joined, listed

__all__ = ["counted", "joined", "listed", "plural"]


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``noun`` as it agrees with ``count``: ``article`` for 1, ``articles`` otherwise
    (``many`` for nouns not made plural by an ``s``: ``outlet says`` / ``outlets say``)."""
    if count == 1:
        return noun
    return many if many is not None else noun + "s"


def counted(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and its noun in agreement: ``1 article``, ``3 articles``, ``0 files``."""
    return f"{count} {plural(count, noun, many)}"
