"""One specific figure two outlets give for one thing is one fact, whatever other figures each
tells beside it: "The Varnholt study followed 4,317 patients, weighing them 14 times over six
years" and "Researchers in Varnholt analysed the records of 4,317 patients aged 40 to 80" both
state how many patients the study had, and the times, the years and the ages are three other
things (:func:`corroborate.engine.text.figures.others_besides`). Not when a figure beside it
counts what a figure of the other counts ("about 40 injured" / "38 injured": a toll told two
ways that may disagree), nor when two figures beside it are sums in two currencies, or
lengths in two units, that may be one quantity ("valued at $9.1 billion" / "valuing the
business at £5bn", "40 km" / "90 miles": no rate is known here to tell whether they agree),
nor when the two sentences share the figure and nothing else that is rare, nor when the two
figures are another occasion's (another date)."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import STORM, judge
from corroborate.engine.text.figures import others_besides, specific_shared
from corroborate.engine.text.specifics import analyse

#: A flood story and a storm story of invented outlets: enough sentences for a pair's names
#: and figures to be rare words, as in a real folder.
STORIES = FLOOD + STORM


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "At $455 a share, the price at which Brenn wrote he was weighing for the bid, the "
            "deal would be valued at $9.1 billion before debt.",
            "Mr Brenn said in his message on Tuesday that owners would be offered $455 (£350) "
            "per share, valuing the business at more than $9bn.",
            id="one price a share, the deal's value beside the price in pounds",
        ),
    ],
)
def test_a_specific_figure_of_one_thing_matches_whatever_other_figures_stand_beside_it(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORIES)
    assert match is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "At $455 a share, the price at which Brenn wrote he was weighing for the bid, the "
            "deal would be valued at $9.1 billion before debt.",
            "Mr Brenn said in his message on Tuesday that owners would be offered $455 (£350) "
            "per share, valuing the business at $8.4bn.",
            id="the deal's value beside it told two ways",
        ),
        pytest.param(
            "At $455 a share, the price at which Brenn wrote he was weighing for the bid, "
            "2,100 jobs would be cut.",
            "Mr Brenn said in his message on Tuesday that owners would be offered $455 (£350) "
            "per share, with 1,800 jobs to go.",
            id="the jobs cut beside it told two ways",
        ),
        pytest.param(
            "At $455 a share, the price at which Brenn wrote he was weighing for the bid, the "
            "deal would be valued at $9.1 billion before debt.",
            "Mr Brenn said in his message on Tuesday that owners would be offered $455 (£350) "
            "per share, valuing the business at £5bn.",
            id="the deal's value beside it told in another currency",
        ),
        pytest.param(
            "At $455 a share, the price at which Brenn wrote he was weighing for the bid, the "
            "deal would be valued at $9.1 billion before debt.",
            "Mr Brenn said in his message on Tuesday that owners would be offered $455 (£350) "
            "per share, a bid worth £5bn.",
            id="the deal's value beside it in another currency and other words",
        ),
        pytest.param(
            "At $455 a share, the price at which Brenn wrote he was weighing for the bid, the "
            "pipeline would run 40 km.",
            "Mr Brenn said in his message on Tuesday that owners would be offered $455 per "
            "share, for a pipeline of 90 miles.",
            id="a length beside it told in another unit",
        ),
        pytest.param(
            "The Tessel election board vetted a list of 396 candidates and approved 161 of "
            "them, mostly from the ruling party.",
            "The board reviewed a list of 396 applicants and allowed only 167 to run.",
            id="two counts beside it in other words that cannot both be true",
        ),
        pytest.param(
            "In 2019 the Varnholt festival drew 12,450 visitors over three days.",
            "The Corley fair sold 12,450 tickets to families from 14 towns.",
            id="the same figure of two events",
        ),
        pytest.param(
            "At $455 a share, the price at which Brenn wrote he was weighing for the bid in "
            "2019, the deal would be valued at $9.1 billion before debt.",
            "Mr Brenn said in his message in 2023 that owners would be offered $455 (£350) "
            "per share, valuing the business at more than $9bn.",
            id="the same price of two years' bids",
        ),
    ],
)
def test_a_specific_figure_does_not_match_when_the_figures_beside_it_tell_another_thing(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORIES)
    assert match is None


def test_figures_beside_a_shared_one_are_other_things_only_when_none_counts_what_the_other_does() -> (
    None
):
    study = analyse("The study followed 4,317 patients, weighing them 14 times over six years.")
    records = analyse("The team analysed the records of 4,317 patients aged 40 to 80.")
    common = specific_shared(study, records)
    assert [v.tag for v, _ in common] == ["n:4317"]
    assert others_besides(study, records, common)
    hurt = analyse("The flood destroyed 1,237 homes and about 40 people were injured.")
    injured = analyse("The flood destroyed 1,237 homes, with 38 people injured.")
    common = specific_shared(hurt, injured)
    assert common
    assert not others_besides(hurt, injured, common)


@pytest.mark.parametrize(
    ("other", "one_sum"),
    [
        pytest.param("valuing the business at £5bn", True, id="a value in pounds"),
        pytest.param("valuing the business at 900 billion yen", True, id="a value in yen"),
        pytest.param("with £350 paid at once", False, id="a price in pounds, far smaller"),
        pytest.param("with a pipeline of 90 miles", True, id="a length in miles"),
        pytest.param("with 60 kg of samples sent", False, id="a weight, another measure"),
    ],
)
def test_figures_of_one_measure_in_two_units_beside_a_shared_figure_are_one_unless_far_apart(
    other: str, one_sum: bool
) -> None:
    bid = analyse(
        "Brenn offered $455 a share, and the deal would be valued at $9.1 billion, "
        "with a pipeline of 40 km."
    )
    owners = analyse(f"The owners would be offered $455 a share, {other}.")
    common = specific_shared(bid, owners)
    assert [v.tag for v, _ in common] == ["n:455"]
    (told,) = (w for w in owners.values if w.tag != "n:455")
    assert told.unit in {"£", "¥", "mile", "kg"}
    assert others_besides(bid, owners, common) is not one_sum
