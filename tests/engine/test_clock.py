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


@pytest.mark.parametrize(
    ("text", "minutes", "approximate"),
    [
        ("The ferry docked at midnight, the harbour master said.", 0, False),
        ("The ferry docked around noon on Sunday.", 12 * 60, True),
        ("The ferry docked at 12 midnight.", 0, False),
        ("The ferry docked five minutes after midnight.", 5, False),
        ("The ferry docked a few minutes before noon.", 12 * 60 - 5, True),
        ("The ferry docked 10 minutes before midnight.", 24 * 60 - 10, False),
    ],
)
def test_midnight_and_noon_named_as_a_moment_are_clock_times(
    text: str, minutes: int, approximate: bool
) -> None:
    (found,) = clocks(analyse(text))
    assert (found.minutes, found.approximate) == (minutes, approximate)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was held in port until midnight.",
        "The blaze started just before midnight on Saturday.",
        "Shortly after midnight the ferry docked.",
        "The council set a midnight curfew for the quay.",
        "The mayor spoke at the noon news conference.",
        "The ferry line said at noon that the crossing was cancelled.",
    ],
)
def test_a_bounded_or_descriptive_midnight_or_noon_is_no_clock_time(text: str) -> None:
    assert clocks(analyse(text)) == []


@pytest.mark.parametrize(
    ("left", "right", "apart"),
    [
        # one event timed on either side of midnight: compared round the clock
        (
            "Crews reached the mill at 11:58 p.m.",
            "Crews reached the mill at about 12:01 a.m.",
            False,
        ),
        (
            "Crews were called at 11:43 p.m. and reached the mill four minutes later.",
            "Crews reached the mill a few minutes after midnight.",
            True,
        ),
        ("Crews reached the mill at 11:20 p.m.", "Crews reached the mill at midnight.", True),
        # a round hour given loosely allows a rounded report
        ("Crews reached the mill around midnight.", "Crews reached the mill at 12:10 a.m.", False),
        ("Crews reached the mill about noon.", "Crews reached the mill at 12:40 p.m.", True),
        # an hour with no minutes is not read: "about 3 p.m." is no claim against 3:10 p.m.
        ("Crews reached the mill about 3 p.m.", "Crews reached the mill at 3:10 p.m.", False),
        # local time and GMT, each named, are not compared
        (
            "Crews reached the mill at midnight GMT.",
            "Crews reached the mill at 7:00 p.m. EST.",
            False,
        ),
        # two events in one sentence: one of its times is the other's
        (
            "The alarm sounded at 11:43 p.m. and crews left the mill around midnight.",
            "Crews left the mill at 12:05 a.m.",
            False,
        ),
    ],
)
def test_times_given_by_midnight_or_noon_are_apart_only_beyond_their_rounding(
    left: str, right: str, apart: bool
) -> None:
    assert timed_apart(analyse(left), analyse(right)) is apart


def test_a_time_told_as_minutes_after_the_sentences_last_time_is_read_too() -> None:
    found = clocks(
        analyse("Crews were called at 11:43 p.m. and reached the mill four minutes later.")
    )
    assert [c.minutes for c in found] == [23 * 60 + 43, 23 * 60 + 47]
    # with no time before it, "minutes later" times nothing
    assert clocks(analyse("Crews reached the mill four minutes later.")) == []


@pytest.mark.parametrize(
    ("left", "right", "apart"),
    [
        # midnight or noon named alone is a round hour: a report a few minutes off is one time
        ("The ferry docked at midnight.", "The ferry docked at 12:05 a.m.", False),
        ("The ferry docked at noon on Friday.", "The ferry docked at 11:52 a.m. on Friday.", False),
        ("The ferry docked at midnight.", "The ferry docked at 11:57 p.m.", False),
        # though not one half an hour off
        ("The ferry docked at midnight.", "The ferry docked at 12:25 a.m.", True),
    ],
)
def test_midnight_or_noon_named_alone_allows_the_minutes_it_is_rounded_over(
    left: str, right: str, apart: bool
) -> None:
    assert timed_apart(analyse(left), analyse(right)) is apart


@pytest.mark.parametrize(
    "text",
    [
        "The ferry docked more than 10 minutes after midnight.",
        "The ferry docked 20 to 30 minutes after midnight.",
        "The ferry docked within 10 minutes after midnight.",
        "The ferry docked at least 10 minutes before noon.",
    ],
)
def test_minutes_from_midnight_given_as_a_bound_or_a_range_are_no_clock_time(text: str) -> None:
    assert clocks(analyse(text)) == []


def test_minutes_given_loosely_make_the_time_they_tell_approximate() -> None:
    (found,) = clocks(analyse("The ferry docked about five minutes after midnight."))
    assert (found.minutes, found.approximate) == (5, True)
    called, arrived = clocks(
        analyse("Deputies were called at 9:06 a.m. and arrived about 20 minutes later.")
    )
    assert (called.approximate, arrived.minutes, arrived.approximate) == (False, 9 * 60 + 26, True)


@pytest.mark.parametrize(
    "text",
    [
        "Deputies were called at 9:06 a.m. and arrived just over five minutes later.",
        "Deputies were called at 9:06 a.m. and arrived more than 20 minutes later.",
        "Deputies were called at 9:06 a.m. and arrived 20 to 30 minutes later.",
        # "later" than something, not a time after the last one
        "Deputies were called at 9:06 a.m., 10 minutes later than the guards had been.",
        # the minutes are counted from a time the sentence gives but does not read (a bound,
        # "after 11 p.m."), not from its last one read
        "The ferry docked at 11:40 p.m.; its pilot, who radioed after 11 p.m., died 20 minutes later.",
        "The alarm sounded at 9:06 a.m., the guards left by 10 a.m. and a fire broke out 10 minutes later.",
    ],
)
def test_minutes_later_told_as_a_bound_or_from_another_moment_time_nothing(text: str) -> None:
    assert len(clocks(analyse(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The vendor sold papers at Noon Street on Friday.",
        "The singers met at Midnight Lounge, a bar by the quay.",
        "The band played at Midnight.",
        "The ferry's crew were at midnight mass when the storm broke.",
        "The crew were at Midnight Mass in the harbour chapel.",
        "Dockers were at noon prayers when the crane fell.",
    ],
)
def test_noon_or_midnight_in_a_name_or_before_the_thing_it_describes_is_no_clock_time(
    text: str,
) -> None:
    assert clocks(analyse(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry docked at midnight Thursday.",
        "The ferry docked at noon on Jan. 5.",
        "At midnight, the ferry docked.",
        "The ferry docked at midnight local time.",
        "The ferry docked at noon today and left at dusk.",
        "The ferry docked at noon GMT.",
    ],
)
def test_noon_or_midnight_followed_by_its_day_zone_or_a_new_clause_is_still_a_time(
    text: str,
) -> None:
    assert len(clocks(analyse(text))) == 1


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Rescuers showed up a few minutes after midnight.", [5]),
        ("The ferry docked at 11:40 p.m., and five minutes later the storm hit.", [1420, 1425]),
        ("The crew left at 11:40 p.m. and were back some five minutes later.", [1420, 1425]),
    ],
)
def test_a_word_before_the_minutes_that_bounds_nothing_leaves_them_a_moment(
    text: str, minutes: list[int]
) -> None:
    assert [c.minutes for c in clocks(analyse(text))] == minutes


@pytest.mark.parametrize(
    "text",
    [
        "Speaking at a news conference at noon, the mayor said the ferry sank.",
        "At a briefing at 4:30 p.m., the harbour master said the ferry had docked.",
        "In a statement at midnight, the ferry line said the crossing was cancelled.",
    ],
)
def test_the_time_of_a_news_conference_or_statement_is_not_the_events(text: str) -> None:
    assert clocks(analyse(text)) == []
