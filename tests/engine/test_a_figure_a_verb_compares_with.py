"""A figure a verb compares this occasion's with, after "the", is another occasion's when
its clause says so by a year or an earlier one, as one after "than the" is: "The toll of
12 dead, which surpassed the 9 killed in the 2004 flood, …" does not back "The flood killed
9 people". A verb comparing with nothing another occasion's ("exceeded the 9 metres
forecast for Tuesday" names no earlier occasion) is no such figure."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge
from corroborate.engine.text.figures import compared_with
from corroborate.engine.text.specifics import analyse


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The toll of 12 dead, which surpassed the 9 killed in the 2004 flood, shocked Varnholt.",
            "The flood in Varnholt killed 9 people.",
            id="surpassed the figure of a dated flood",
        ),
        pytest.param(
            "The water destroyed 480 homes, exceeding the 237 lost in the last flood.",
            "The water destroyed 237 homes in Varnholt.",
            id="exceeding the figure of the last flood",
        ),
    ],
)
def test_a_figure_a_verb_compares_with_backs_no_figure_of_this_occasion(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("text", "figure", "another"),
    [
        ("The water topped the 237 homes lost in 2019.", "237", True),
        ("The river exceeded the 9 metres forecast for Tuesday.", "9", False),
        ("The flood surpassed 237 homes in Varnholt.", "237", False),
        ("The 237 homes lost in 2019 were rebuilt.", "237", False),
    ],
)
def test_a_figure_after_a_verb_comparing_is_another_occasions_only_when_its_clause_says_so(
    text: str, figure: str, another: bool
) -> None:
    spec = analyse(text)
    (value,) = [v for v in spec.values if spec.tokens[v.first].text == figure]
    assert compared_with(spec, value) is another
