"""A figure another is compared with is another occasion's: "The flood destroyed more homes
than the 237 lost in the 2019 flood", "480 homes, up from 237 in the last flood", "the worst
flood since 2019, when 237 homes were destroyed", "480 homes, compared with 237 in the 2019
flood" give 237 as another flood's count, and back no "The flood destroyed 237 homes". A
bound ("more than 237 homes"), a clause opened by "when" after no year, another party's
figure of the same occasion ("51 percent, compared with 34 percent for her rival") and two
sentences giving the year of the figure compared with (both then tell that occasion) still
match."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge
from corroborate.engine.text.figures import compared_with
from corroborate.engine.text.specifics import analyse

STATED = "The flood destroyed 237 homes in Varnholt."


@pytest.mark.parametrize(
    "compared",
    [
        pytest.param(
            "It was the worst flood since 2019, when 237 homes were destroyed in Varnholt.",
            id="since a year, when",
        ),
        pytest.param(
            "The flood destroyed more homes than the 237 lost in the 2019 flood in Varnholt.",
            id="more than the figure",
        ),
        pytest.param(
            "The flood destroyed 480 homes in Varnholt, up from 237 in the last flood.",
            id="up from",
        ),
        pytest.param(
            "The flood destroyed 120 homes in Varnholt, down from 237 in the last flood.",
            id="down from",
        ),
        pytest.param(
            "The flood destroyed 480 homes in Varnholt, compared with 237 in the 2019 flood.",
            id="compared with a year's figure",
        ),
    ],
)
def test_a_figure_compared_with_backs_no_figure_of_this_occasion(compared: str) -> None:
    _, match = judge(compared, STATED, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param("The flood destroyed more than 237 homes in Varnholt.", STATED, id="a bound"),
        pytest.param(
            "The flood destroyed 480 homes in Varnholt, up from 237 in 2019.",
            "The 2019 flood destroyed 237 homes in Varnholt.",
            id="both give the year of the figure compared with",
        ),
        pytest.param(
            "When the flood struck, 237 homes were destroyed in Varnholt.",
            STATED,
            id="when opening the sentence",
        ),
        pytest.param(
            "The flood destroyed 237 homes in Varnholt, more than the storm of 2019.",
            STATED,
            id="this occasion's figure compared with another",
        ),
        pytest.param(
            "Anna Brannoch won 51 percent of the vote in Varnholt, compared with 34 percent "
            "for her rival, Tobias Quell.",
            "Her rival in Varnholt, Tobias Quell, took 34 percent of the vote.",
            id="another party's figure of this occasion",
        ),
    ],
)
def test_a_bound_or_the_figure_compared_by_both_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


def test_more_than_a_figure_is_a_bound_and_more_than_the_figure_a_comparison() -> None:
    bound = analyse("The flood destroyed more than 237 homes.")
    compared = analyse("The flood destroyed more homes than the 237 lost in 2019.")
    assert not compared_with(bound, bound.values[0])
    assert compared_with(compared, compared.values[0])
