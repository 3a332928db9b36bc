"""Cheap tests before a pattern's search: a pattern tried only on the texts that may hold
what it finds.

Many of the engine's patterns are cheap tests themselves ("may this sentence name a
rank?"), asked of every sentence of a folder, and most sentences hold nothing they look
for. Python's ``re`` tries such a pattern (an alternation of words, often case-blind) at
every word boundary of a text; a look for the words every match must hold is several
times faster and rules most sentences out. :class:`Hinted` asks the pattern only of the
texts that hold one of those words, so its answers are the pattern's own.
"""

from __future__ import annotations

import re


class Hinted:
    """``pattern``, searched only in texts holding one of ``hints``: strings every match of
    the pattern holds, in lower case when the pattern is case-blind.

    A case-blind pattern may match a text with other than ASCII letters through them (the
    long "ſ" is an "s" to it, the Kelvin sign a "k"), which lower-casing does not fold:
    such a text is always searched. An ASCII text lower-cased holds a hint exactly when a
    case-blind match may."""

    __slots__ = ("_folded", "hints", "pattern")

    def __init__(self, pattern: re.Pattern[str], hints: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.hints = hints
        self._folded = bool(pattern.flags & re.IGNORECASE)
        if self._folded and any(hint != hint.lower() for hint in hints):
            raise ValueError("a case-blind pattern's hints are written in lower case")

    def may_hold(self, text: str) -> bool:
        """False when ``text`` surely holds no match (it holds none of the hints)."""
        if not self._folded:
            return any(map(text.__contains__, self.hints))
        return not text.isascii() or any(map(text.lower().__contains__, self.hints))

    def search(self, text: str) -> bool:
        """Does the pattern find something in ``text``?"""
        return self.may_hold(text) and self.pattern.search(text) is not None
