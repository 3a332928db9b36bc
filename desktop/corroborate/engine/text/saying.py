"""Verbs of saying: the one list of the words by which a text credits what it states to
someone ("police *said*", "she *told* reporters", "*according to* the ministry").

Many stages ask whether a piece of text is someone's words reported in the writer's
voice, each for its own end: the clause reader leaves out who says a sentence
(alignment), the speaker reader finds the phrase naming its source (:mod:`.speakers`),
the figure and clock readers take a day or a time beside such a verb for the saying's,
not the event's (:mod:`.numbers`, :mod:`.clock`), the disagreement stage sets apart
counts credited to different sources, the furniture reader knows a caption or a page's
own note by its having none (:mod:`.furniture`), the outlet reader tells a citation of
another outlet from a note of the page's own (:mod:`.outlets`), the title reader cuts
the attribution closing a lead (:mod:`.titles`), and the independence stage finds the
words introducing a statement quoted whole. They take their words from here:

- :data:`SAYS`, the verbs of saying themselves, which every one of them reads;
- :data:`REPORTS`, those and the other verbs a report credits a statement with
  ("added", "stated", "reported", "wrote", "announced", …), read where who is credited
  matters, or when the saying is dated, not only whether something is said;
- :data:`ACCORDING_TO`, the phrase that credits without a verb.

A stage that reads more (a caption's "poll", a citation's "found") adds its own words
to these, and says why beside them. Forms in -s that are more often nouns ("reports",
"states": "news reports Friday night that…") are none of these: a stage that reads
them where only a verb can stand (a lead's closing ", CNN reports.") adds them itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The verbs of saying: "said", "says", "say", "told", "tells".
SAYS = frozenset(("said", "says", "say", "told", "tells"))
#: The verbs of saying and the other verbs that credit a statement to a source.
REPORTS = SAYS | frozenset((
    "added", "adds", "stated", "reported", "wrote", "writes", "announced", "confirmed",
    "insisted", "estimated", "quoted",
))  # fmt: skip
#: The phrase that credits a statement without a verb.
ACCORDING_TO = "according to"


def alternatives(words: Iterable[str]) -> str:
    """These words (or phrases) as a regular expression's alternatives, ``said|says|…``:
    longest first, in an order that never changes."""
    return "|".join(map(re.escape, sorted(set(words), key=lambda word: (-len(word), word))))


def words_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of these words (or phrases) whole:
    ``\\b(?:said|says|…)\\b``."""
    return rf"\b(?:{alternatives(words)})\b"
