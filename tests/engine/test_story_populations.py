"""One place's population given two ways by two outlets: background figures that two
sentences sharing little else still cannot both hold."""

from __future__ import annotations

import pytest

from articles import number_disagreements
from corroborate.engine import analyze


def _story(make_folder, first: str, second: str, extra: str = "Talks resume Monday."):
    return analyze(
        make_folder(
            {
                "wire.txt": "Junta holds on in Vessa\n\n"
                "The junta that seized power in Vessa refused to step down on Tuesday.\n\n"
                f"{first}\n\n{extra}",
                "ledger.txt": "Sanctions bite in Vessa\n\n"
                "Long lines formed at fuel stations in Vessa as sanctions took hold.\n\n"
                f"{second}\n\nBanks stayed shut.",
            }
        )
    )


@pytest.mark.parametrize(
    ("first", "second", "detail"),
    [
        pytest.param(
            "Some 80 percent of Vessa's 4.7 million people are farmers.",
            "The envoy flew to Vessa, a country of 4 million that relies on cocoa, on Friday.",
            "4.7 million / 4 million",
            id="a possessive's exact figure against an apposition's round one",
        ),
        pytest.param(
            "Vessa has about 7,500 residents, officials say.",
            "The sanctions hit Vessa's 12,000 residents hardest.",
            "about 7,500 / 12,000",
            id="an approximate figure against one far outside its reach",
        ),
        pytest.param(
            "Vessa has a population of 2.1 million, most of them under 30.",
            "Aid workers said Vessa's 3.5 million people face shortages.",
            "2.1 million / 3.5 million",
            id='"has a population of" against a possessive',
        ),
        pytest.param(
            "Vessa has nearly 5,000 residents, officials say.",
            "The sanctions hit Vessa's 5,200 residents hardest.",
            "nearly 5,000 / 5,200",
            id='"nearly" a figure is below it, never above',
        ),
        pytest.param(
            "Vessa has at least 5,000 residents, officials say.",
            "The sanctions hit Vessa's 4,200 residents hardest.",
            "at least 5,000 / 4,200",
            id='"at least", a bound every figure is read with, is a population\'s floor too',
        ),
        pytest.param(
            "Vessa, a country of up to 3 million, imports most of its fuel.",
            "Aid workers said Vessa's 4.5 million people face shortages.",
            "up to 3 million / 4.5 million",
            id='"up to" a figure is a population\'s top',
        ),
    ],
)
def test_one_places_population_given_two_ways_by_two_outlets_disagrees(
    make_folder, first: str, second: str, detail: str
) -> None:
    assert number_disagreements(_story(make_folder, first, second)) == [set(detail.split(" / "))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Vessa, a nation of 80 million, imports most of its fuel.",
            "The shortages hit Vessa's 82 million people hardest.",
            id="a round figure and an exact one it rounds to",
        ),
        pytest.param(
            "Some 80 percent of Vessa's 4.7 million people are farmers.",
            "The envoy flew on to Tarn, a country of 4 million that relies on cocoa.",
            id="two places",
        ),
        pytest.param(
            "Vessa, once a country of 9 million people, has lost many to emigration.",
            "The shortages hit Vessa's 4 million people hardest.",
            id="a past population",
        ),
        pytest.param(
            "The shortages hit Vessa's 4 million people hardest.",
            "Vessa, a country of 9 million in 1980, now has far fewer people.",
            id="another year's population",
        ),
        pytest.param(
            "The greater Vessa area's 6 million people rely on the port.",
            "The shortages hit Vessa's 4 million people hardest.",
            id="a wider area's population",
        ),
        pytest.param(
            "Vessa's more than 4 million people face shortages.",
            "The shortages hit Vessa's 4.7 million people hardest.",
            id="a floor the other figure is above",
        ),
        pytest.param(
            "Vessa has no more than 5,000 residents, officials say.",
            "The sanctions hit Vessa's 4,200 residents hardest.",
            id='"no more than" a top the other figure is below',
        ),
        pytest.param(
            "Vessa, a country of 4 million square kilometres of desert, imports its fuel.",
            "The shortages hit Vessa's 9 million people hardest.",
            id="a size in another unit",
        ),
        pytest.param(
            "Aid agencies say Vessa has 2 million people in need of food aid.",
            "The shortages hit Vessa's 9 million people hardest.",
            id="a part of the people, those in need",
        ),
        pytest.param(
            "Vessa has 1.5 million citizens living abroad, many of them in Europe.",
            "Vessa, a nation of 9 million, imports most of its fuel.",
            id="a part of the people, those living abroad",
        ),
        pytest.param(
            "The shortages hit Vessa's 2 million people in the north hardest.",
            "Vessa's 9 million people depend on cocoa.",
            id="a part of the people, those of one region",
        ),
        pytest.param(
            "Vessa has 3 million people under the age of 15.",
            "Vessa's 9 million people depend on cocoa.",
            id="a part of the people, the young",
        ),
        pytest.param(
            "Vessa's 4.2 million people of voting age were called to the polls.",
            "Vessa's 9 million people depend on cocoa.",
            id="a part of the people, those of voting age",
        ),
        pytest.param(
            "Vessa has 7,500 residents without power after the storm.",
            "Vessa, a town of 20,000, has two schools.",
            id="a part of the residents, those without power",
        ),
        pytest.param(
            "The Red Cross has 2,000 people on the ground in Vessa.",
            "The Red Cross has 3,500 people working in the region.",
            id="an aid group's staff in two places",
        ),
        pytest.param(
            "Acme has 12,000 people.",
            "Acme has 9,000 people.",
            id="a company's staff, not a place's people",
        ),
        pytest.param(
            "Vessa, a country of 9 million when it won independence, now has far more people.",
            "The shortages hit Vessa's 14 million people hardest.",
            id="a population of the past, told by when",
        ),
        pytest.param(
            "The shortages hit Vessa's 9 million people hardest.",
            "By 2040, Vessa's 14 million people will need twice the food, the UN says.",
            id="a population of a future year",
        ),
        pytest.param(
            "Vessa has a population of 9 million.",
            "Vessa has a population of 14 million, the UN projects, by 2040.",
            id="a projected population",
        ),
        pytest.param(
            "The shortages hit Vessa's 9 million people hardest.",
            "Vessa has a population of 14 million including refugees from the war next door.",
            id="a population with others included",
        ),
    ],
)
def test_populations_that_may_both_be_true_stay_silent(
    make_folder, first: str, second: str
) -> None:
    assert number_disagreements(_story(make_folder, first, second)) == []


def test_an_outlet_giving_one_place_two_populations_is_not_compared(make_folder) -> None:
    analysis = _story(
        make_folder,
        "The shortages hit Vessa's 4 million people hardest.",
        "Vessa, a country of 7 million, imports its fuel.",
        extra="Vessa has 6 million inhabitants, by the wire's own count.",
    )
    assert number_disagreements(analysis) == []
