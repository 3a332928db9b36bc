"""What the story-wide finders read: each source's sentences, a text once, and each two
sources that tell one thing.

A finder (one ``story_*`` module each) is called with the sentences, each article's
source group, and the analysed sentence by id, and is one line in
:data:`.disagree.STORY_FINDERS`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from ..models import Sentence
from ..text.hints import Hinted

_T = TypeVar("_T")

#: A folder's sentences and their sources' groups, and each text a source gives, with its
#: first sentence and the source's group (:func:`_source_texts`).
_Texts = tuple[Sequence[Sentence], Sequence[int], tuple[tuple[Sentence, int], ...]]
#: The folder the story-wide finders are reading (:func:`reading`), its texts read once.
_READING: ContextVar[_Texts | None] = ContextVar("_READING", default=None)


@contextmanager
def reading(sentences: Sequence[Sentence], group_of: Sequence[int]) -> Iterator[None]:
    """While the story-wide finders read one folder's ``sentences``: each source's texts
    (:func:`each_source_text`) are looked for once, not once by every finder."""
    token = _READING.set((sentences, group_of, tuple(_source_texts(sentences, group_of))))
    try:
        yield
    finally:
        _READING.reset(token)


def _source_texts(
    sentences: Sequence[Sentence], group_of: Sequence[int]
) -> Iterator[tuple[Sentence, int]]:
    """Each sentence with its source's group, a text the source repeats (its copies of one
    story) given once."""
    seen: set[tuple[str, int]] = set()
    for sentence in sentences:
        key = sentence.text, group_of[sentence.article]
        if key in seen:
            continue
        seen.add(key)
        yield sentence, key[1]


def each_source_text(
    sentences: Sequence[Sentence],
    group_of: Sequence[int],
    may: re.Pattern[str] | Hinted | None = None,
) -> Iterator[tuple[Sentence, int]]:
    """Each sentence with its source's group, a text the source repeats (its copies of one
    story) given once; with ``may``, only the texts that cheap pattern finds something in
    (a text ``may`` finds nothing in asked once too). Read once while :func:`reading`
    these sentences."""
    known = _READING.get()
    if known is not None and known[0] is sentences and known[1] is group_of:
        texts: Iterable[tuple[Sentence, int]] = known[2]
    else:
        texts = _source_texts(sentences, group_of)
    if may is None:
        yield from texts
        return
    for sentence, group in texts:
        if may.search(sentence.text):
            yield sentence, group


def told_one_way(
    by_group: Mapping[int, Sequence[tuple[int, _T]]], value: Callable[[_T], object]
) -> dict[int, tuple[int, _T]]:
    """Each source (by group) that tells a thing one way, ``value`` the same over all its
    tellings (sentence id, what it tells), with its first telling, which stands for it. A
    source that tells the thing two ways tells of two things, or of a change: it is left
    out."""
    return {g: told[0] for g, told in by_group.items() if len({value(x) for _, x in told}) == 1}


def each_two_sources(
    alone: Mapping[int, tuple[int, _T]],
) -> Iterator[tuple[tuple[int, _T], tuple[int, _T]]]:
    """Each two sources' tellings of one thing, ``alone`` holding each source's (by group)
    sentence id and what it tells: each pair once, the earlier sentence first."""
    groups = sorted(alone)
    for i, ga in enumerate(groups):
        for gb in groups[i + 1 :]:
            one, other = alone[ga], alone[gb]
            yield (one, other) if one[0] < other[0] else (other, one)
