"""What the story-wide finders read: each source's sentences, a text once.

A finder (one ``story_*`` module each) is called with the sentences, each article's
source group, and the analysed sentence by id, and is one line in
:data:`.disagree.STORY_FINDERS`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..models import Sentence
from ..text.hints import Hinted


def each_source_text(
    sentences: Sequence[Sentence],
    group_of: Sequence[int],
    may: re.Pattern[str] | Hinted | None = None,
) -> Iterator[tuple[Sentence, int]]:
    """Each sentence with its source's group, a text the source repeats (its copies of one
    story) given once; with ``may``, only the texts that cheap pattern finds something in."""
    seen: set[tuple[str, int]] = set()  # a text ``may`` finds nothing in too: asked once
    for sentence in sentences:
        key = sentence.text, group_of[sentence.article]
        if key in seen:
            continue
        seen.add(key)
        if may is None or may.search(key[0]):
            yield sentence, key[1]
