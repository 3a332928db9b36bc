"""The other term of a comparison is another occasion's figure when its clause says so by a
year or an earlier one, however the comparison is told: after a verb comparing and "the",
as after "than the" ("The toll of 12 dead, which surpassed the 9 killed in the 2004 flood,
…" does not back "The flood killed 9 people"), or in a relative clause describing a dated
occasion the sentence compares with ("twice as many homes as the 2019 flood, which
destroyed 237" does not back "The flood destroyed 237 homes"). A verb comparing with
nothing another occasion's ("exceeded the 9 metres forecast for Tuesday" is no figure
compared with), a relative clause describing the story's own occasion ("The flood, which destroyed 237 homes, …"),
and two sentences both giving the other occasion's year still match."""

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
        pytest.param(
            "The flood destroyed twice as many homes as the 2019 flood, which destroyed 237.",
            "The flood in Varnholt destroyed 237 homes.",
            id="as the dated flood, which",
        ),
        pytest.param(
            "The water reached 480 homes, more than the 2019 flood, which destroyed 237.",
            "The flood destroyed 237 homes in Varnholt.",
            id="than the dated flood, which",
        ),
    ],
)
def test_the_other_term_of_a_comparison_backs_no_figure_of_this_occasion(
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
        ("The flood destroyed as many homes as the 2019 flood, which destroyed 237.", "237", True),
        # an "as" with no first "as" before it names or casts, it compares with nothing
        (
            "The fund, known as the 2019 Relief Act, which provides 237 grants, opened.",
            "237",
            False,
        ),
        ("She served as the 2019 chair, when 237 grants were made.", "237", False),
    ],
)
def test_a_figure_after_a_verb_comparing_is_another_occasions_only_when_its_clause_says_so(
    text: str, figure: str, another: bool
) -> None:
    spec = analyse(text)
    (value,) = [v for v in spec.values if spec.tokens[v.first].text == figure]
    assert compared_with(spec, value) is another


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The flood, which destroyed 237 homes, was the worst in Varnholt's history.",
            "The flood destroyed 237 homes in Varnholt.",
            id="a relative clause describing this occasion",
        ),
        pytest.param(
            "The flood destroyed more homes than the 2019 flood, which destroyed 237.",
            "The 2019 flood destroyed 237 homes in Varnholt.",
            id="both give the other occasion's year",
        ),
    ],
)
def test_a_figure_of_this_occasion_or_of_one_both_date_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None
