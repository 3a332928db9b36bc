"""A figure counted per period and a figure of one occasion are two facts: "Floods kill about
40 people a year in Tessaly" tells what is usual, "The flood killed 40 people in Tessaly"
what one flood did, and neither backs the other; nor does "a day" back "a week". Two
figures per one period, told with any of its words ("a year", "each year", "annually", "an
annual"), still match, and so does a figure beside "a day after", "a year ago" (a time, not
a period counted per) or a share ("40 percent a year")."""

from __future__ import annotations

import pytest

from articles import judge
from corroborate.engine.text.figures import rate_of
from corroborate.engine.text.specifics import analyse

# A flood story of five invented outlets, so that the pair's words are judged over a folder.
FLOOD = (
    "The Ostrava river burst its banks in Varnholt on Tuesday night. Rescuers searched the "
    "valley for survivors. The regional governor visited the town on Wednesday.",
    "Heavy rain fell on the Varnholt valley for three days. Farmers lost their crops. The "
    "army sent boats to the villages near the river.",
    "Schools in Varnholt stayed closed on Thursday. Volunteers handed out water and blankets. "
    "The railway line to Corley was washed away.",
    "Insurers said claims would run into millions. The mayor of Varnholt asked for help. "
    "Engineers checked the dam above the town.",
    "The weather office warned of more rain at the weekend. Shops in Varnholt sold out of "
    "sandbags. Residents cleared mud from their homes.",
)


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
            "The flood cost Tessaly $237 million in damage.",
            id="an annual cost before the figure",
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
    ],
)
def test_figures_per_one_period_or_of_one_occasion_still_match(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


def test_a_share_a_year_is_read_as_no_period_counted_per() -> None:
    spec = analyse("Interest rates rose to 40 percent a year in Tessaly.")
    (value,) = spec.values
    assert rate_of(spec, value) is None


def test_a_year_ago_is_a_time_and_annual_losses_of_a_figure_a_period() -> None:
    ago = analyse("Floods killed 40 people a year ago in Tessaly.")
    annual = analyse("Tessaly reported annual losses of 237 homes to floods.")
    assert rate_of(ago, ago.values[0]) is None
    assert rate_of(annual, annual.values[0]) == "year"
