"""A figure of an earlier year's occasion, told as background, and the same figure told of
the story's own days are two facts: "Last year's flood in Varnholt killed 12 people" does
not back "Tuesday's flood in Varnholt killed 12 people". Only a sentence that dates its own
occasion to the story's days is read so: "The flood in Varnholt killed 12 people" may be
last year's flood, told a year on, and still matches; as does a figure both date to last
year, one of this occasion that says it is the worst "since last year", a date added, or
a clause dating its occasion to the story's days that tells an earlier year of another
thing ("in a town rebuilt two years ago", "homes built in the last year")."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge
from corroborate.engine.text.figures import occasions_apart
from corroborate.engine.text.specifics import analyse


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Last year's flood in Varnholt killed 12 people.",
            "Tuesday's flood in Varnholt killed 12 people.",
            id="last year's and Tuesday's",
        ),
        pytest.param(
            "A flood in Varnholt killed 12 people two years ago.",
            "The flood in Varnholt on Tuesday killed 12 people.",
            id="years ago and on a weekday",
        ),
        pytest.param(
            "The flood that hit Varnholt last year destroyed 237 homes.",
            "The flood that hit Varnholt this week destroyed 237 homes.",
            id="last year and this week",
        ),
        pytest.param(
            "The previous year's storm cut power to 4,000 homes in Corley.",
            "Yesterday's storm cut power to 4,000 homes in Corley.",
            id="the previous year and yesterday",
        ),
    ],
)
def test_an_earlier_years_figure_backs_no_figure_of_this_week(left: str, right: str) -> None:
    assert occasions_apart(analyse(left), analyse(right))
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Last year's flood in Varnholt killed 12 people.",
            "The flood in Varnholt killed 12 people.",
            id="one sentence dates nothing",
        ),
        pytest.param(
            "Last year's flood in Varnholt killed 12 people.",
            "The Varnholt flood last year killed 12 people.",
            id="both last year",
        ),
        pytest.param(
            "The worst flood since last year killed 12 people in Varnholt on Tuesday.",
            "The flood killed 12 people in Varnholt on Tuesday.",
            id="the worst since last year",
        ),
        pytest.param(
            "The flood in Varnholt killed 12 people.",
            "The flood in Varnholt on Tuesday killed 12 people.",
            id="a day added",
        ),
        pytest.param(
            "Officials said on Tuesday that last year's flood in Varnholt killed 12 people.",
            "Last year's flood in Varnholt killed 12 people, officials said.",
            id="a day of the statement, not of the flood",
        ),
        pytest.param(
            "The flood on Tuesday killed 12 people in a town rebuilt two years ago.",
            "The flood killed 12 people in Varnholt on Tuesday.",
            id="an earlier year of another thing beside the story's day",
        ),
        pytest.param(
            "Tuesday's flood killed 12 people in the valley that it also flooded last year.",
            "Tuesday's flood killed 12 people in the valley.",
            id="last year of another flood beside this one's day",
        ),
        pytest.param(
            "Yesterday the river destroyed 237 homes built in the last year.",
            "The river destroyed 237 homes in Varnholt yesterday.",
            id="the last year, the twelve months past",
        ),
    ],
)
def test_a_figure_dated_alike_or_not_dated_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None
