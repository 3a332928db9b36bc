"""Hearsay: a sentence that passes a claim on without stating it.

"The governor dismissed as rumour posts claiming that 237 homes had been destroyed" and
"Reporters asked whether rescuers could really have counted 237 ruined homes" hold every
word of "The flood destroyed 237 homes", and state none of it: one tells a rumour, the
other a question asked in reported words, without a question mark. :func:`passes_on`
reads such a sentence by its words, a hedge (an asked question: "whether", "asked if",
"wondered if"; a claim told as a rumour, unconfirmed, unverified, false, a hoax or
"speculation that") and the clause it governs, up to the next comma, bracket or "but".

Alignment asks it of both sentences of a match: a sentence that states a fact is not
backed by one whose match with it rests on a claim passed on, that is when the words
they share are in the hedged clause, not before the hedge ("… amid unconfirmed reports of
troop deployments" still tells what it says before them; "One of the two exits was
blocked by fire and witnesses disagreed as to whether …" still tells the blocked exit).
Two sentences that both pass a claim on, or ask ("?"), or one that passes it on and one
that tells it as what could or may be, may be one report of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .segment import content_stem, words

_ASKED = (
    r"whether|(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|"
    r"questioned|questioning)\s+if"
)
_RUMOURED = (
    r"rumou?rs?|rumou?red|unconfirmed|unverified|unsubstantiated|hoax(?:es)?|falsely|"
    r"false\s+(?:claims?|reports?|posts?|stories)|debunk\w*|speculat(?:ion|ed|es)\s+that"
)
_HEDGE = re.compile(rf"(?i)\b(?:{_ASKED}|{_RUMOURED})\b")
#: Words that leave a claim open: a sentence told with them does not state it either
#: ("a rescue … which could be announced soon after Sunday's elections").
_OPEN = re.compile(r"(?i)\b(?:could|might|may|perhaps|possibly|maybe)\b")
#: What ends the clause a hedge governs.
_CLAUSE_END = re.compile(r"[,;:()\[\]?]|\s[-–—]+\s|\bbut\b")
#: Most words the part of a sentence before its hedge may share with the other sentence,
#: and fewest its hedged clause must, for a match to rest on the claim passed on.
BEFORE_AT_MOST = 1
HEDGED_AT_LEAST = 2


def _stems(piece: str) -> frozenset[str]:
    return frozenset(filter(None, map(content_stem, words(piece))))


@lru_cache(maxsize=1 << 14)
def _hedged(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each hedge's words before it and its clause's (as content stems)."""
    found = []
    for hedge in _HEDGE.finditer(text):
        end = _CLAUSE_END.search(text, hedge.end())
        clause = text[hedge.end() : end.start() if end else len(text)]
        found.append((_stems(text[: hedge.start()]), _stems(clause)))
    return tuple(found)


def leaves_open(text: str) -> bool:
    """Does the sentence leave a claim open: a hedge (:func:`passes_on`), a question mark
    (a question quoted, or its own) or a word of what may be ("could", "might", "may",
    "perhaps")?"""
    return "?" in text or _HEDGE.search(text) is not None or _OPEN.search(text) is not None


def passes_on(text: str, other: str) -> bool:
    """Does ``text`` only pass on, as a rumour or a question asked in reported words, what
    ``other`` states: ``other`` leaves nothing open (:func:`leaves_open`), and the words the two share lie in
    a hedged clause of ``text`` (HEDGED_AT_LEAST of them) rather than before its hedge (at
    most BEFORE_AT_MOST)? "Reporters asked whether rescuers could really have counted 237
    ruined homes" passes on "Rescuers counted 237 ruined homes"."""
    hedges = _hedged(text)
    if not hedges or leaves_open(other):
        return False
    told = _stems(other)
    return any(
        len(before & told) <= BEFORE_AT_MOST and len(clause & told) >= HEDGED_AT_LEAST
        for before, clause in hedges
    )
