"""How much work a call does, counted in steps rather than seconds: a test of speed that a
busy machine cannot fail, and a slow one cannot pass.

The project keeps its speed targets in benchmarks that print figures (``tests/benchmarks``);
a unit test checks the behaviour that makes the code fast instead: that work on an input
twice as long takes about twice the steps, not four times (:func:`grows_linearly`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def steps_taken(work: Callable[[], object]) -> int:
    """How many calls ``work()`` makes: Python functions (and every resumption of a generator)
    and built-in ones alike. The figure is the same on a fast machine and a loaded one."""
    count = 0

    def counted(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(counted)
    try:
        work()
    finally:
        sys.setprofile(previous)
    return count


def grows_linearly(work: Callable[[int], object], size: int, *, slack: float = 2.5) -> bool:
    """Does ``work(n)`` take at most ``slack`` times the steps at ``2 * size`` as at ``size``?

    Work that grows with its input's length doubles (2); work that pairs every part with
    every other quadruples (4). A call on half the size is made beforehand, so that caches
    filled on first use (compiled patterns, word lists) count in neither figure, while a
    cache of whole inputs holds neither input measured."""
    work(max(1, size // 2))
    once, twice = steps_taken(lambda: work(size)), steps_taken(lambda: work(2 * size))
    return twice <= slack * once
