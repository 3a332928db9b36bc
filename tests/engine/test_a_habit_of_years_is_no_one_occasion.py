"""A sentence that tells as a habit, something done over and over or over a span of years
("have for years been sending units into northern Tessel", "regularly cross the lagoon",
"each spring"), states another fact than one telling the same act of one occasion ("have
crossed into northern Tessel", "crossed the lagoon on Tuesday"), whatever words they share.
A habit told by both, one occasion told by both ("have crossed" / "crossed … this week"),
and a habit told in a clause of its own beside the occasion both tell ("The dam, which
residents had complained about for years, collapsed …") still match, as do a comparison
("more often in Varnholt than in Dorrance"), a record "over the years" and a span ahead
("a majority that could shape the river council for years")."""

from __future__ import annotations

import pytest
from test_a_person_described_alike_is_no_fact_of_its_own import FLOOD

from articles import judge

CROSSED = "About 4,000 Varnish soldiers have crossed into northern Tessel to attack Morrow rebels."


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            CROSSED,
            "Varnish commanders are frustrated by their failure to crush the Morrow rebels, "
            "and have for years been sending units into northern Tessel to attack their bases.",
            id="units sent for years, soldiers crossed once",
        ),
        pytest.param(
            "Fishermen from Dunmore crossed the Ostrava lagoon on Tuesday to sell their catch "
            "at the Corley market.",
            "Fishermen from Dunmore regularly cross the Ostrava lagoon to sell their catch at "
            "the Corley market.",
            id="a crossing done regularly, and on Tuesday",
        ),
        pytest.param(
            "Floodwater swept into the old quarter of Varnholt on Tuesday night, reaching the "
            "cathedral steps.",
            "For decades floodwater has swept into the old quarter of Varnholt each spring, "
            "reaching the cathedral steps.",
            id="a flood each spring for decades, and on Tuesday night",
        ),
    ],
)
def test_a_habit_and_one_occasion_of_the_same_act_are_no_match(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Varnish army units have for years crossed into northern Tessel to attack rebel camps.",
            "For years Varnish commanders have routinely sent units into northern Tessel to "
            "attack the rebel camps.",
            id="a habit told by both",
        ),
        pytest.param(
            CROSSED,
            "Some 4,000 Varnish troops crossed into northern Tessel this week to attack the "
            "Morrow rebels.",
            id="one crossing told by both",
        ),
        pytest.param(
            "The Ostrava dam, which residents had complained about for years, collapsed on "
            "Tuesday night and flooded Varnholt.",
            "The Ostrava dam collapsed on Tuesday night, flooding the old quarter of Varnholt.",
            id="a habit in a clause of its own beside the occasion both tell",
        ),
        pytest.param(
            "The Tessel militia regularly threatens to destroy the Varnholt dam and its sluices.",
            "The evacuation follows the Tessel militia's regular threats to destroy the "
            "Varnholt dam and its sluices.",
            id="a habit told by an adverb and by an adjective",
        ),
        pytest.param(
            "Sandbags were handed out more often in Varnholt than in Dorrance, 60 percent "
            "versus 40 percent, the council found.",
            "Sandbags were more likely to be handed out in Varnholt than in Dorrance; 60 "
            "percent versus 40 percent.",
            id="more often, a comparison",
        ),
        pytest.param(
            "Tobias Quell has supported a series of levy rises for the Varnholt dam over the "
            "years.",
            "Tobias Quell voted against the flood wall and supported a series of levy rises "
            "for the Varnholt dam.",
            id="a record over the years",
        ),
        pytest.param(
            "The Varnholt vote will decide whether the Greens win a majority that could shape "
            "the river council for years.",
            "The Varnholt vote will decide whether the Greens win a majority on the river council.",
            id="a span of years ahead",
        ),
    ],
)
def test_a_habit_told_by_both_or_beside_the_occasion_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None
