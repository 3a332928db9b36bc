"""The story-wide finders set each two sources' tellings of one thing side by side once,
the earlier sentence first, and leave out a source that tells the thing two ways (which
tells of two things, or of a change), taking a source's first telling to stand for it."""

from __future__ import annotations

import re

from corroborate.engine.conflicts.story import (
    each_source_text,
    each_two_sources,
    reading,
    told_one_way,
)
from corroborate.engine.models import Sentence


def _sentence(sid: int, article: int, text: str) -> Sentence:
    return Sentence(sid, article, sid, 0, text, (), frozenset(), (), len(text.split()))


def test_a_source_telling_a_thing_two_ways_is_left_out() -> None:
    by_group = {
        0: [(4, "34"), (9, "34")],  # one age twice: its first sentence stands for it
        1: [(2, "34"), (7, "36")],  # two ages: two times, or a slip of its own
        2: [(5, "36")],
    }
    assert told_one_way(by_group, lambda age: age) == {0: (4, "34"), 2: (5, "36")}


def test_each_two_sources_are_paired_once_the_earlier_sentence_first() -> None:
    alone = {3: (2, "second"), 0: (8, "first"), 5: (5, "third")}
    pairs = list(each_two_sources(alone))
    assert sorted(pairs) == sorted(
        [((2, "second"), (8, "first")), ((5, "third"), (8, "first")), ((2, "second"), (5, "third"))]
    )
    assert all(one[0] < other[0] for one, other in pairs)


def test_one_source_alone_has_no_other_to_be_set_beside() -> None:
    assert list(each_two_sources({1: (3, "34")})) == []


def test_a_folder_read_once_gives_each_finder_what_each_would_read_itself() -> None:
    sentences = [
        _sentence(0, 0, "The Dunmore ferry sank on Tuesday with 41 aboard."),
        _sentence(1, 1, "The Dunmore ferry sank on Tuesday with 41 aboard."),  # a copy
        _sentence(2, 2, "The Dunmore ferry sank on Tuesday with 41 aboard."),  # another outlet
        _sentence(3, 2, "Divers found 12 of the 41 passengers by Wednesday."),
        _sentence(4, 0, "Divers found 12 of the 41 passengers by Wednesday."),
    ]
    group_of = [0, 0, 1]  # article 1 copies article 0
    divers = re.compile(r"\bdivers\b", re.IGNORECASE)
    alone = [list(each_source_text(sentences, group_of, may)) for may in (None, divers)]
    with reading(sentences, group_of):
        read_once = [list(each_source_text(sentences, group_of, may)) for may in (None, divers)]
        other_folder = list(each_source_text(sentences[:2], group_of))
    assert read_once == alone
    assert [(s.id, group) for s, group in alone[0]] == [(0, 0), (2, 1), (3, 1), (4, 0)]
    assert [(s.id, group) for s, group in alone[1]] == [(3, 1), (4, 0)]
    assert [s.id for s, _ in other_folder] == [0]  # another list of sentences: read itself
