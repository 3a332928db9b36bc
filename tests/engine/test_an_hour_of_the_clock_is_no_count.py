"""An hour of the clock told without its minutes ("at 4 a.m.", "11 pm", "4 o'clock") is a
time, read by the clock reader as "4:30 a.m." is, never a count: it shares no figure with
a count of the same number, two hours apart are two times as two minute times are, and
"4 a.m." is the "4:00 a.m." of another outlet. Look-alikes stay counts.

Every sentence here is invented: its places, people and events."""

from __future__ import annotations

import pytest

from articles import figure_tags
from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.clock import clocks, timed_apart
from corroborate.engine.text.numbers import conflicting, shared
from corroborate.engine.text.specifics import analyse


@pytest.mark.parametrize(
    "text",
    [
        "The gates of the Varnholt dam were opened at 4 a.m. on Tuesday.",
        "The vote in the Tessel assembly ended at 11 p.m. Monday.",
        "The first tremor hit Orrin at 4am.",
        "The Brask ferry sails at 4 PM on weekdays.",
        "The bell of Kessick church rang about 4 o'clock.",
        "The bell of Kessick church rang about four o'clock.",
        "Polls in Marsk closed at 8 p.m. EST.",
        "Passengers missed the 9 a.m. train from Calder.",
        "The Orrin quake struck between 2 a.m. and 4 a.m. on Monday.",
        "The first ferry docked at Brask at 8:30 a.m. (0630 GMT).",
        "The Tessel assembly voted at 11:43 p.m. (2243 gmt) on Thursday.",
    ],
)
def test_an_hour_of_the_clock_gives_no_count_in_any_form(text: str) -> None:
    assert not any(tag.startswith("n:") for tag in figure_tags(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Four schools in Varnholt closed at 4 a.m. on Tuesday.", "n:4"),
        ("Listeners in Tessel tuned to Route 4 AM radio for news.", "n:4"),
        ("Police in Orrin killed 4 people at 5 a.m.", "n:4"),
        ("The Brask ferry line carried 2460 passengers, GMT figures show.", "n:2460"),
    ],
)
def test_a_count_beside_an_hour_or_before_a_radio_band_stays_a_count(text: str, count: str) -> None:
    assert count in figure_tags(text)


def test_an_hour_and_a_count_of_the_same_number_share_no_figure() -> None:
    hour = figure_tags("Schools in Varnholt closed at 4 a.m. on Tuesday.")
    count = figure_tags("Four schools in Varnholt closed on Tuesday.")
    assert not any(tag.startswith("n:") for tag in shared(hour, count))
    killed_four = figure_tags("Gunmen killed 4 people in Orrin at 4 a.m.")
    killed_five = figure_tags("Gunmen killed 5 people in Orrin at 4 a.m.")
    assert shared(killed_four, killed_five) == frozenset()
    assert conflicting(killed_four, killed_five)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The Orrin dam gave way at 4 a.m.", "The Orrin dam gave way at 5 a.m."),
        ("The Orrin dam gave way at 4:30 a.m.", "The Orrin dam gave way at 5:30 a.m."),
        ("The Orrin dam gave way at 11 pm.", "The Orrin dam gave way at 1 am."),
    ],
)
def test_two_hours_apart_are_two_times_as_two_minute_times_are_and_never_two_counts(
    left: str, right: str
) -> None:
    assert timed_apart(analyse(left), analyse(right))
    assert not conflicting(figure_tags(left), figure_tags(right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The Orrin dam gave way at 4 a.m.", "The Orrin dam gave way at 4:00 a.m."),
        ("The Orrin dam gave way at 4 a.m.", "The Orrin dam gave way at 4:05 a.m."),
        ("The Orrin dam gave way between 2 a.m. and 4 a.m.", "The Orrin dam gave way at 3 a.m."),
    ],
)
def test_an_hour_and_a_time_it_is_rounded_from_are_one_time(left: str, right: str) -> None:
    assert not timed_apart(analyse(left), analyse(right))
    assert compare(left, right) is None and compare(right, left) is None


def test_a_range_of_hours_is_one_time_spanning_both_ends() -> None:
    (spanned,) = clocks(analyse("The Orrin quake struck between 11 p.m. and 1 a.m. on Monday."))
    assert spanned.minutes == 0
    assert spanned.slack >= 60
    assert timed_apart(
        analyse("The Orrin quake struck between 2 a.m. and 4 a.m."),
        analyse("The Orrin quake struck at 5 a.m."),
    )


def test_hours_joined_by_and_without_between_are_no_time_of_either_kind() -> None:
    read = analyse("Blasts shook the Calder depot at 2 a.m. and 4 a.m. on Friday.")
    assert clocks(read) == []
    assert not any(tag.startswith("n:") for tag in figure_tags(read.text))


def test_one_event_timed_at_two_hours_is_a_disagreement_over_times_not_counts() -> None:
    found = compare(
        "The Orrin dam gave way at 4 a.m. on Tuesday.",
        "The Orrin dam gave way at 5 a.m. on Tuesday.",
    )
    assert found is not None and {found.a_words, found.b_words} == {"4 a.m.", "5 a.m."}


def test_two_tolls_told_beside_one_hour_disagree_over_the_tolls() -> None:
    found = compare(
        "Gunmen killed 4 people in Orrin at 4 a.m. on Sunday.",
        "Gunmen killed 5 people in Orrin at 4 a.m. on Sunday.",
    )
    assert found is not None and {found.a_words, found.b_words} == {"4", "5"}


def test_a_time_restated_in_gmt_is_no_second_moment_and_no_count() -> None:
    """Wire copy gives the local time and the same moment in GMT in four figures: the local
    time is the sentence's moment, and another outlet's "8:30 a.m." is one time with it."""
    local_and_gmt = analyse("The first ferry docked at Brask at 8:30 a.m. (0630 GMT).")
    assert [clock.minutes for clock in clocks(local_and_gmt)] == [8 * 60 + 30]
    assert not timed_apart(local_and_gmt, analyse("At 8:30 a.m. the first ferry docked."))
