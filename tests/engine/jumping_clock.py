"""A stand-in for the ``time`` module whose monotonic clock jumps, for the tests of waits
that must count only the time spent waiting (a stopped process resumed, a clock change)."""

from __future__ import annotations

import time


class ClockJumpingAnHourAfter:
    """A monotonic clock that jumps an hour forward after ``calls`` readings."""

    def __init__(self, calls: int) -> None:
        self.calls = calls

    def monotonic(self) -> float:
        self.calls -= 1
        return time.monotonic() + (3600.0 if self.calls < 0 else 0.0)
