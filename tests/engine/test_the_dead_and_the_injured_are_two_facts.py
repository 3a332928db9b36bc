"""The dead and the injured of one toll are two facts: "The collapse of the Varnholt bridge
killed 12 people" and "… injured 12 people" share every word but the fate, and neither backs
the other; nor does one list of the dead back the same list of the injured. A sentence
telling both fates ("killed 12 people and injured 40") still backs either, and the dead told
in other words ("killed" / "died", "among the dead" / "among those killed") are one fact. A
sentence giving a count the other does not may tell its fate of that count ("killed three
people and sent 12 to hospital" / "injured 12 people"): the two still match."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge
from corroborate.engine.text.figures import fates_apart


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The collapse of the Varnholt bridge killed 12 people.",
            "The collapse of the Varnholt bridge injured 12 people.",
            id="killed and injured",
        ),
        pytest.param(
            "Twelve people were killed when the bridge in Varnholt collapsed.",
            "Twelve people were injured when the bridge in Varnholt collapsed.",
            id="in words, passive",
        ),
        pytest.param(
            "Among the dead were a teacher, a nurse and two children from Varnholt.",
            "Among the injured were a teacher, a nurse and two children from Varnholt.",
            id="one list of the dead and one of the injured",
        ),
    ],
)
def test_the_dead_back_no_count_of_the_injured(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The collapse of the Varnholt bridge killed 12 people and injured 40.",
            "Forty people were injured when the Varnholt bridge collapsed.",
            id="a sentence telling both fates",
        ),
        pytest.param(
            "The collapse of the Varnholt bridge killed 12 people.",
            "Twelve people died when the Varnholt bridge collapsed.",
            id="killed and died",
        ),
        pytest.param(
            "Among the dead were a teacher and a nurse from Varnholt.",
            "A teacher and a nurse from Varnholt were among those killed.",
            id="among the dead and among those killed",
        ),
        pytest.param(
            "The collapse of the Varnholt bridge killed three people and sent 12 to hospital.",
            "The collapse of the Varnholt bridge injured 12 people.",
            id="the dead of another count beside the count in common",
        ),
        pytest.param(
            "Two people died in the Varnholt mill fire and 12 were treated for smoke.",
            "Twelve people were injured in the Varnholt mill fire.",
            id="the injured in other words beside the dead of another count",
        ),
    ],
)
def test_one_fate_told_in_other_words_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


def test_the_wounded_and_the_hurt_are_the_injured_and_a_death_the_dead() -> None:
    assert not fates_apart({"wound", "peopl"}, {"injur", "peopl"})
    assert not fates_apart({"death", "toll"}, {"kill"})
    assert fates_apart({"death", "toll"}, {"hurt"})
    assert not fates_apart({"die", "wound"}, {"injur"})
