"""Clock times: read once, compared as moments, never as counts."""

from __future__ import annotations

import pytest

from corroborate.engine.text.clock import clocks, timed_apart
from corroborate.engine.text.specifics import analyse


def test_a_clock_time_is_read_as_minutes_after_midnight_with_its_approximation() -> None:
    (found,) = clocks(analyse("The van left the depot at about 10:40 p.m. on Friday."))
    assert found.minutes == 22 * 60 + 40
    assert found.approximate
    assert found.zone == ""


def test_a_bounded_time_and_a_time_something_was_said_are_not_read() -> None:
    assert clocks(analyse("The road stayed closed until 6:15 a.m., police said.")) == []
    assert clocks(analyse("The mayor said at 4:30 p.m. that the bridge would reopen.")) == []


@pytest.mark.parametrize(
    ("left", "right", "apart"),
    [
        ("The van left at about 11:15 p.m.", "The van left around 10:40 p.m.", True),
        ("The van left at about 4:20 a.m.", "The van left at 4:22 a.m.", False),
        ("The van left at 4:20 a.m.", "The van left at 4:30 a.m. on Friday.", True),
        ("The van left at 4:20 a.m. EST.", "The van left at 1:20 a.m. PST.", False),
        ("The van left at 4:20 a.m.", "The van left early on Friday.", False),
    ],
)
def test_two_sentences_are_timed_apart_only_when_no_time_of_one_can_be_the_others(
    left: str, right: str, apart: bool
) -> None:
    assert timed_apart(analyse(left), analyse(right)) is apart
