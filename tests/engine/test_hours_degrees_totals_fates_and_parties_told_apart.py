"""Pairs of invented sentences for the classes the third invented folder set
(:mod:`disagree_unseen_folders`) found reported as disagreements: an hour of the clock
read as a count, the seriously hurt set against all the hurt, a running total against one
day's count, two legal fates, two people of one surname beside their ages, and a side of
a fight named as a party taken for a source. Each class has look-alikes that must not
conflict and real conflicts that still must.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare

NOT_CONFLICTS = [
    pytest.param(
        "Firefighters brought the blaze at the Orrin depot under control at 6 a.m. on Friday.",
        "The fire that started at 2 a.m. destroyed the Orrin depot on Friday.",
        id="when a fire started and when it was put out",
    ),
    pytest.param(
        "Seven people were seriously injured when two trams collided in Brannock on Monday.",
        "Two trams collided in Brannock on Monday, injuring 22 people.",
        id="the seriously injured and all the injured",
    ),
    pytest.param(
        "Three passengers were in critical condition after the Tessel bus crash on Monday.",
        "Eleven passengers were injured in the Tessel bus crash on Monday.",
        id="those in critical condition and all the injured",
    ),
    pytest.param(
        "Thirty people have now been arrested over the Kessick riots, police said.",
        "Police arrested 12 people on Friday over the Kessick riots.",
        id="a running total and one day's arrests",
    ),
    pytest.param(
        "Three men were charged on Friday over the raid on the Orrin jewellery shop.",
        "Two men were remanded in custody on Friday over the raid on the Orrin jewellery shop.",
        id="those charged and those remanded",
    ),
    pytest.param(
        "Erik Voss, 34, the son of Brask mayor Lena Voss, was charged over the crash.",
        "Brask mayor Lena Voss, 61, declined to comment on the crash.",
        id="a son and his mother of one surname",
    ),
    pytest.param(
        "Fighting between the army and rebels around Marsk killed 40 people on Sunday, "
        "the health ministry said.",
        "Rebels said 120 civilians were killed when the army shelled a market near Marsk on Sunday.",
        id="a ministry's toll and the rebels' toll",
    ),
]

STILL_CONFLICTS = [
    pytest.param(
        "An explosion struck a chemical store in Calder at 3 p.m. on Thursday.",
        "An explosion struck a chemical store in Calder at 5 p.m. on Thursday.",
        {"3 p.m.", "5 p.m."},
        id="two hours of one blast",
    ),
    pytest.param(
        "Seven people were seriously injured when two trams collided in Brannock on Monday.",
        "Nine people were seriously injured when two trams collided in Brannock on Monday.",
        {"Seven", "Nine"},
        id="two counts of the seriously injured",
    ),
    pytest.param(
        "Severe storms killed 12 people in Orrin on Monday.",
        "Storms killed 15 people in Orrin on Monday.",
        {"12", "15"},
        id="a severe storm's toll is no degree of hurt",
    ),
    pytest.param(
        "Police said 30 people had been arrested in the Kessick riots on Friday.",
        "Police said 41 people had been arrested in the Kessick riots on Friday.",
        {"30", "41"},
        id="two counts of one day's arrests",
    ),
    pytest.param(
        "Anton Ferrand, 52, was charged over the Orrin crash on Monday.",
        "Anton Ferrand, 57, was charged over the Orrin crash on Monday.",
        {"52", "57"},
        id="one man given two ages",
    ),
]


@pytest.mark.parametrize(("one", "other"), NOT_CONFLICTS)
def test_two_moments_parts_totals_fates_people_or_sources_are_no_disagreement(
    one: str, other: str
) -> None:
    assert compare(one, other) is None
    assert compare(other, one) is None


@pytest.mark.parametrize(("one", "other", "values"), STILL_CONFLICTS)
def test_one_moment_count_or_age_told_two_ways_still_conflicts(
    one: str, other: str, values: set[str]
) -> None:
    found = compare(one, other)
    assert found is not None and {found.a_words, found.b_words} == values
