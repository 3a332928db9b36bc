"""A figure counted per period and a figure of one occasion are two facts: "Floods kill about
40 people a year in Tessaly" tells what is usual, "The flood killed 40 people in Tessaly"
what one flood did, and neither backs the other; nor does "a day" back "a week". Two
figures per one period, told with any of its words ("a year", "each year", "annually", "an
annual"), still match, and so does a figure beside "a day after", "a year ago" (a time, not
a period counted per), "in a day", "within a year" (a span), an adjective ("the annual
festival", "the daily briefing", an outlet's name "Kessel Daily") or a share ("40 percent a
year"). "Annual" names the year's figure, which is one year's as often as what is usual ("an
annual loss of $237 million" is last year's loss): it is apart from another period only."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge
from corroborate.engine.text.figures import ANNUAL, rate_of
from corroborate.engine.text.specifics import analyse


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Floods kill about 40 people a year in Tessaly.",
            "The flood killed 40 people in Tessaly.",
            id="a toll per year and one flood's toll",
        ),
        pytest.param(
            "Floods destroy about 237 homes a year in Varnholt.",
            "The flood destroyed 237 homes in Varnholt.",
            id="homes per year and one flood's homes",
        ),
        pytest.param(
            "Floods cost Tessaly $237 million a year.",
            "The flood cost Tessaly $237 million.",
            id="a cost per year and one flood's cost",
        ),
        pytest.param(
            "Floods cost Tessaly an annual $237 million in damage.",
            "The floods cost Tessaly $237 million a month in damage.",
            id="an annual cost and a cost per month",
        ),
        pytest.param(
            "The pumps at Varnholt moved 237 tonnes of water a day.",
            "The pumps at Varnholt moved 237 tonnes of water a week.",
            id="per day and per week",
        ),
    ],
)
def test_a_figure_per_period_backs_no_figure_of_one_occasion_or_another_period(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Floods kill about 40 people a year in Tessaly.",
            "About 40 people die in floods in Tessaly each year.",
            id="a year and each year",
        ),
        pytest.param(
            "Tessaly loses $237 million a year to floods.",
            "Floods cost Tessaly $237 million annually.",
            id="a year and annually",
        ),
        pytest.param(
            "Floods cost Tessaly an annual $237 million in damage.",
            "Floods cost Tessaly $237 million a year in damage.",
            id="an annual figure and a figure a year",
        ),
        pytest.param(
            "The flood killed 40 people in Tessaly a day after the storm.",
            "The flood killed 40 people in Tessaly.",
            id="a day after: a time, not a period",
        ),
        pytest.param(
            "The flood killed 40 people in Tessaly, a year after the dam opened.",
            "The flood killed 40 people in Tessaly.",
            id="a year after, in another clause",
        ),
        pytest.param(
            "Dunmore Foods posted an annual loss of $237 million.",
            "Dunmore Foods lost $237 million last year.",
            id="an annual loss is last year's loss",
        ),
        pytest.param(
            "About 40,000 visitors attended the annual Varnholt harvest fair.",
            "The Varnholt harvest fair drew 40,000 visitors.",
            id="the annual fair: an adjective of another noun",
        ),
        pytest.param(
            "Dunmore Foods has a $237 million annual budget for Varnholt.",
            "Dunmore Foods has a $237 million budget for Varnholt.",
            id="an annual budget and a budget",
        ),
        pytest.param(
            "The storm killed 40 people in a day in Tessaly.",
            "The storm killed 40 people in Tessaly.",
            id="in a day: a span",
        ),
        pytest.param(
            "Dunmore Foods laid off 237 workers at Varnholt within a year.",
            "Dunmore Foods laid off 237 workers at Varnholt.",
            id="within a year: a span",
        ),
        pytest.param(
            "Rescuers pulled 40 people from the Ostrava river over a week.",
            "Rescuers pulled 40 people from the Ostrava river.",
            id="over a week: a span",
        ),
        pytest.param(
            "The flood killed 40 people in Tessaly, the Corley Daily reported on Tuesday.",
            "The flood killed 40 people in Tessaly.",
            id="an outlet named Daily",
        ),
    ],
)
def test_figures_per_one_period_or_of_one_occasion_still_match(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


def test_a_share_a_year_is_read_as_no_period_counted_per() -> None:
    spec = analyse("Interest rates rose to 40 percent a year in Tessaly.")
    (value,) = spec.values
    assert rate_of(spec, value) is None


def test_a_year_ago_is_a_time_and_annual_losses_of_a_figure_the_years_figure() -> None:
    ago = analyse("Floods killed 40 people a year ago in Tessaly.")
    annual = analyse("Tessaly reported annual losses of 237 homes to floods.")
    assert rate_of(ago, ago.values[0]) is None
    assert rate_of(annual, annual.values[0]) == ANNUAL


def test_a_period_adverb_counts_only_where_it_ends_its_phrase() -> None:
    adverb = analyse("The pumps at Varnholt moved 237 tonnes of water daily from the basin.")
    adjective = analyse("The 237 volunteers read the daily bulletin in Varnholt.")
    assert rate_of(adverb, adverb.values[0]) == "day"
    assert rate_of(adjective, adjective.values[0]) is None
