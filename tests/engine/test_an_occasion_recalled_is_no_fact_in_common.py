"""A sentence dated by an occasion it names after "after" or "before" ("Patrols were doubled
along the river after the March 3 collapse of the Corley weir near Dunmore") tells nothing
of the occasion but when it acted. Another sentence telling another act linked to that
occasion ("… was arrested on charges of sabotage linked to the collapse of the Corley weir
near Dunmore on March 3") shares only the occasion's words with it: the two state no fact
in common. A sentence telling the occasion itself, or the same act after it, still
matches."""

from __future__ import annotations

import pytest
from test_a_person_described_alike_is_no_fact_of_its_own import FLOOD

from articles import judge

PATROLS = (
    "Patrols were doubled along the river after the March 3 collapse of the Corley weir "
    "near Dunmore."
)


def test_two_acts_sharing_only_the_occasion_one_is_dated_by_are_no_match() -> None:
    _, match = judge(
        PATROLS,
        "Last week Anton Brell was arrested on charges of sabotage linked to the collapse of "
        "the Corley weir near Dunmore on March 3.",
        FLOOD,
    )
    assert match is None


@pytest.mark.parametrize(
    "other",
    [
        pytest.param("The Corley weir near Dunmore collapsed on March 3.", id="the occasion"),
        pytest.param(
            "After the collapse of the Corley weir near Dunmore on March 3, patrols along "
            "the river were doubled.",
            id="the same act after the occasion",
        ),
    ],
)
def test_the_occasion_itself_or_the_same_act_after_it_still_matches(other: str) -> None:
    _, match = judge(PATROLS, other, FLOOD)
    assert match is not None
