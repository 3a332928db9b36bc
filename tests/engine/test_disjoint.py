"""Disjoint sets: joined items end up in one set, named by its smallest member."""

from __future__ import annotations

from corroborate.engine.disjoint import DisjointSets


def test_items_joined_through_others_share_the_smallest_members_name() -> None:
    sets = DisjointSets(range(6))
    sets.union(4, 2)
    sets.union(5, 4)
    sets.union(1, 3)
    assert [sets.find(i) for i in range(6)] == [0, 1, 2, 1, 2, 2]


def test_an_item_never_seen_is_its_own_set() -> None:
    words: DisjointSets[str] = DisjointSets()
    words.union("musk", "elon")
    assert words.find("musk") == words.find("elon") == "elon"
    assert words.find("jones") == "jones"
