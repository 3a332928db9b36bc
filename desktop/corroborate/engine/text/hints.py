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


def _folding_onto_ascii() -> tuple[str, ...]:
    """The characters other than ASCII that a case-blind pattern takes for an ASCII one
    (the dotted capital "İ" and the dotless "ı" for an "i", the long "ſ" for an "s", the
    Kelvin sign for a "k"), as ``re`` itself finds them among every character of the Basic
    Multilingual Plane. No character beyond it folds onto ASCII (a test scans them all)."""
    code = bytearray(4 * 0x10000)  # each character of the plane in turn, in UTF-32-LE
    code[0::4] = bytes(range(256)) * 256
    code[1::4] = b"".join(bytes((high,)) * 256 for high in range(256))
    plane = code.decode("utf-32-le", "surrogatepass")[0x80:]
    return tuple(sorted(set(re.findall(r"[\x00-\x7f]", plane, re.IGNORECASE))))


#: What :func:`_folding_onto_ascii` finds: a text holding none of these holds a case-blind
#: match of an ASCII hint only in ASCII characters, and ``str.lower`` makes an ASCII
#: character of no other character beyond ASCII (a test checks every one).
FOLDING_ONTO_ASCII = _folding_onto_ascii()


class Hinted:
    """``pattern``, searched only in texts holding one of ``hints``: strings every match of
    the pattern holds, in lower case when the pattern is case-blind.

    A case-blind pattern matches an ASCII hint only in characters that fold onto its
    ASCII ones: its letters in either case, or one of the few others in
    :data:`FOLDING_ONTO_ASCII` (the long "ſ" is an "s" to it, the Kelvin sign a "k"), which
    lower-casing does not all fold. A text holding one of those is always searched; any
    other text, curly quotes, dashes and accented letters and all, lower-cased holds a
    hint whenever a case-blind match may: lower-casing keeps its ASCII letters where they
    stand and makes no ASCII letter of another."""

    __slots__ = ("_folded", "hints", "pattern")

    def __init__(self, pattern: re.Pattern[str], hints: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.hints = hints
        self._folded = bool(pattern.flags & re.IGNORECASE)
        if self._folded and any(hint != hint.lower() for hint in hints):
            raise ValueError("a case-blind pattern's hints are written in lower case")
        if self._folded and not all(hint.isascii() for hint in hints):
            raise ValueError("a case-blind pattern's hints are written in ASCII")

    def may_hold(self, text: str) -> bool:
        """False when ``text`` surely holds no match (it holds none of the hints)."""
        if not self._folded:
            return any(map(text.__contains__, self.hints))
        if not text.isascii() and any(map(text.__contains__, FOLDING_ONTO_ASCII)):
            return True
        return any(map(text.lower().__contains__, self.hints))

    def search(self, text: str) -> bool:
        """Does the pattern find something in ``text``?"""
        return self.may_hold(text) and self.pattern.search(text) is not None
