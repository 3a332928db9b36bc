"""Disjoint sets (union-find): which items end up together once pairs are joined.

Used wherever the engine joins things pairwise into groups: copies into one
source, outlets' names, the parts of one person's name, story groups.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

#: article and sentence ids, or words
T = TypeVar("T", int, str)


class DisjointSets(Generic[T]):
    """Each set is named by its smallest member; unknown items are singletons."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        parent = self._parent
        if item not in parent:
            return item
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # path halving
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        self._parent.setdefault(ra, ra)
        self._parent.setdefault(rb, rb)
        if ra != rb:
            keep, other = (ra, rb) if ra < rb else (rb, ra)
            self._parent[other] = keep
