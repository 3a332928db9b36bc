"""The story-wide finders set each two sources' tellings of one thing side by side once,
the earlier sentence first, and leave out a source that tells the thing two ways (which
tells of two things, or of a change), taking a source's first telling to stand for it."""

from __future__ import annotations

from corroborate.engine.conflicts.story import each_two_sources, told_one_way


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
