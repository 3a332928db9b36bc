"""One event told in other words and dated two ways by two outlets: a coup by its noun in
one ("the March 14 coup") and by the seizure in another ("the soldiers who seized power on
March 13"). Look-alikes a fact-checker would not sign stay silent: a seizure of a region,
not of the state, a lawful taking of power the day after, another seizure, and a story
whose seizures are given three days.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from five_outlets import MakeFolder, five_outlets

from corroborate.engine import Analysis

COUP = "the coup in Varnland"


def _dates(make_folder: MakeFolder, topic: str, sentences: Mapping[int, str]) -> list[str]:
    """The date disagreements the five outlets' reports give, each set sentence read."""
    analysis: Analysis = five_outlets(make_folder, topic, sentences)
    assert set(sentences.values()) <= {s.text for s in analysis.sentences}
    return [d.detail for d in analysis.disagreements if d.kind == "date"]


@pytest.mark.parametrize(
    ("sentences", "detail"),
    [
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "Neighbours want the soldiers who seized power on March 13 to hand it back.",
            },
            "March 14 / March 13",
            id="the March 14 coup and power seized on March 13",
        ),
        pytest.param(
            {
                0: "President Oskar Tell was ousted on March 14 by a junta of majors.",
                2: "The majors seized control of the country on March 13, the radio said.",
            },
            "March 14 / March 13",
            id="a president ousted on March 14 and the country seized on March 13",
        ),
    ],
)
def test_a_coup_told_as_a_seizure_by_one_outlet_and_dated_a_day_apart_is_a_date_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str], detail: str
) -> None:
    assert _dates(make_folder, COUP, sentences) == [detail]


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "Rebels seized control of the north on March 13, the army said.",
            },
            id="a region seized is not the state seized",
        ),
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "A caretaker president took power on March 15 with the court's blessing.",
            },
            id="power taken, perhaps lawfully, the day after",
        ),
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "A second group of officers seized power on March 15, the radio said.",
            },
            id="another seizure",
        ),
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "The majors seized control of the country on March 13, the radio said.",
                4: "President Oskar Tell was ousted on March 15 by a junta of majors.",
            },
            id="three days given to the seizures: more than one event",
        ),
    ],
)
def test_a_region_seized_a_lawful_taking_another_seizure_or_three_days_are_no_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str]
) -> None:
    assert _dates(make_folder, COUP, sentences) == []
