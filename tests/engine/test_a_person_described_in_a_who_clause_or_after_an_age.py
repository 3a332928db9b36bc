"""A description of a person named beside it takes more shapes than one clause with no
verb: a clause opening on "who" between commas ("Ana Roth, who owns the corner bakery in
Varnholt, …"), a description after an age ("Lena Stroud, 41, a nurse from Varnholt, …"),
and one description of two people named together ("Two firefighters, Ivo Marek and Lena
Stroud, …"). Two sentences that describe the person alike in one of these shapes and tell
two acts of her state no fact in common; the same act told of the person so described,
and a sentence stating what the other's description tells of the person named ("Ana Roth
owns the corner bakery in Varnholt", or of "she"), still match."""

from __future__ import annotations

import pytest
from test_a_person_described_alike_is_no_fact_of_its_own import FLOOD

from articles import judge

WHO = "Ana Roth, who owns the corner bakery in Varnholt, was injured when the wall fell."
AGE = "Ms Stroud, 41, a nurse from Varnholt, was pulled from the water near the weir."
TWO = "Two firefighters, Ivo Marek and Lena Stroud, were treated for hypothermia at the clinic."


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            WHO,
            "Ana Roth, who owns the corner bakery in Varnholt, had opened early that morning.",
            id="a who clause told alike, two acts",
        ),
        pytest.param(
            WHO,
            "The woman who owns the corner bakery in Varnholt had opened early that morning.",
            id="a who clause, the other naming no one",
        ),
        pytest.param(
            AGE,
            "Lena Stroud, 41, a nurse from Varnholt, had been driving home from a night shift.",
            id="a description after an age, two acts",
        ),
        pytest.param(
            TWO,
            "Two firefighters, Ivo Marek and Lena Stroud, had entered the flooded mill first.",
            id="two people named together, two acts",
        ),
    ],
)
def test_a_person_described_alike_in_these_shapes_with_nothing_else_in_common_is_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            WHO,
            "The wall fell on Ana Roth, who owns the corner bakery in Varnholt, injuring her.",
            id="the same act of a person described in a who clause",
        ),
        pytest.param(
            "Ana Roth owns the corner bakery in Varnholt.",
            "Ana Roth, who owns the corner bakery in Varnholt, had opened early that morning.",
            id="what the who clause tells, stated of the person named",
        ),
        pytest.param(
            "She has owned the corner bakery in Varnholt since the spring, officials said.",
            "Roth, who has owned the corner bakery in Varnholt since the spring, was taken to "
            "the clinic, officials said.",
            id="what the who clause tells, stated of a pronoun",
        ),
        pytest.param(
            AGE,
            "Rescuers pulled Lena Stroud, 41, a nurse from Varnholt, from the water near the weir.",
            id="the same act of a person described after an age",
        ),
        pytest.param(
            TWO,
            "Ivo Marek and Lena Stroud, both firefighters, were treated at the clinic for "
            "hypothermia.",
            id="the same act of two people named together",
        ),
    ],
)
def test_the_same_act_of_a_person_described_in_these_shapes_still_matches(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None
