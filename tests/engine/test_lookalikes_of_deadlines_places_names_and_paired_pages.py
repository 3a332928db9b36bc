"""Look-alikes of three rules that must stay as they were: a deadline word elsewhere in the
sentence than the latest day's clause, a person whose surname is a place's last word, and
two short given names one opening vowel apart.

"Must", "ordered", "due" and "order" set a deadline only in the clause of the day they set
("residents were ordered to leave by June 4"): "the mayor ordered a review, which engineers
expect to finish by May 5" forecasts, as "delayed due to rain" gives a cause and "in order
to" a purpose. A three-word name ending on "Hill", "Green" or "House" is a person's unless a
source names it after "the", as places are named ("the Orrin Memorial Bridge"), whatever
hill or house the story tells of in lower case. "Omar" / "Umar" are one name romanised two
ways; "Uri" / "Ori" and "Una" / "Ona", three letters each, are two names. Two pages on
another event are left out together, each reason naming the other in plain words, and two
pages telling the story from one angle are kept. Every sentence, person and place here is
invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from corroborate.engine import Analysis, analyze
from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.people import short_names_apart

FORECASTS = [
    pytest.param("Crews will finish the Orrin levee by May 5 in order to protect the harvest.",
                 "Crews will finish the Orrin levee by May 12 in order to protect the harvest.",
                 id="in order to, after the day"),
    pytest.param("Delayed due to rain, the Orrin levee will be finished by May 5, engineers said.",
                 "Delayed due to rain, the Orrin levee will be finished by May 12, engineers said.",
                 id="due to a cause"),
    pytest.param("The mayor ordered a review of the Orrin levee, which engineers expect to "
                 "finish by May 5.",
                 "The mayor ordered a review of the Orrin levee, which engineers expect to "
                 "finish by May 12.",
                 id="ordered in another clause"),
    pytest.param("Officials say the levee must hold, and repairs should be done by May 5.",
                 "Officials say the levee must hold, and repairs should be done by May 12.",
                 id="must in another clause"),
    pytest.param("The Orrin plant expects to fill its orders by May 5, a spokesman said.",
                 "The Orrin plant expects to fill its orders by May 12, a spokesman said.",
                 id="orders placed"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), FORECASTS)
def test_a_deadline_word_outside_the_latest_days_clause_makes_two_forecasts_no_conflict(
    a: str, b: str
) -> None:
    assert compare(a, b) is None
    assert compare(b, a) is None


def test_a_deadline_set_in_the_latest_days_own_clause_still_conflicts() -> None:
    a = "The council said the Tessel firm must repay the loan by March 10, in order to keep its licence."
    b = "The council said the Tessel firm must repay the loan by April 10, in order to keep its licence."
    found = compare(a, b)
    assert found is not None
    assert found.kind == compare(b, a).kind  # type: ignore[union-attr]


def _flood_story(
    make_folder: Callable[..., Path], first: str, second: str, common: str
) -> Analysis:
    return analyze(
        make_folder(
            {
                "a.txt": "Flood closes Harlow crossing\n\nFloodwater closed the Harlow crossing "
                f"on Monday.\n\n{first}\n\n{common} The crossing reopened on Tuesday.",
                "b.txt": "Harlow crossing shut by flood\n\nThe Harlow crossing was shut by "
                f"floodwater on Monday.\n\n{second}\n\n{common} Engineers inspected the "
                "crossing on Tuesday.",
            }
        )
    )


@pytest.mark.parametrize(
    ("surname", "common"),
    [
        ("Hill", "Water ran down the hill."),
        ("Green", "Water covered the village green."),
        ("House", "Water reached the house."),
    ],
)
def test_a_person_surnamed_like_a_place_the_story_writes_in_lower_case_is_still_named_two_ways(
    make_folder: Callable[..., Path], surname: str, common: str
) -> None:
    analysis = _flood_story(
        make_folder,
        f"The driver, Greta Ann {surname}, was rescued from her car, police said.",
        f"The driver, Greta Lynn {surname}, was rescued from her car, police said.",
        common,
    )
    names = [d.detail for d in analysis.disagreements if d.kind == "name"]
    assert len(names) == 1
    assert "Ann" in names[0] and "Lynn" in names[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Summer Ann Hale", "Summer Lynn Hale"), ("Al James Brisk", "Al John Brisk")],
)
def test_a_person_whose_given_name_opens_place_names_is_still_named_two_ways(
    make_folder: Callable[..., Path], first: str, second: str
) -> None:
    analysis = _flood_story(
        make_folder,
        f"The driver, {first}, was rescued from the car, police said.",
        f"The driver, {second}, was rescued from the car, police said.",
        "The crossing stayed shut.",
    )
    assert len([d for d in analysis.disagreements if d.kind == "name"]) == 1


def test_a_structure_named_after_the_with_two_middle_words_is_no_person_named_two_ways(
    make_folder: Callable[..., Path],
) -> None:
    analysis = _flood_story(
        make_folder,
        "Traffic moved to the Orrin Memorial Bridge, police said.",
        "Traffic moved to the Orrin Swing Bridge, police said.",
        "The bridge stayed open.",
    )
    assert [d for d in analysis.disagreements if d.kind == "name"] == []


@pytest.mark.parametrize(("x", "y"), [("omar", "umar"), ("oday", "uday")])
def test_an_opening_o_for_a_u_in_a_longer_given_name_is_one_name(x: str, y: str) -> None:
    assert not short_names_apart(x, y)


@pytest.mark.parametrize(("x", "y"), [("uri", "ori"), ("una", "ona")])
def test_three_letter_given_names_an_opening_vowel_apart_are_two_names(x: str, y: str) -> None:
    assert short_names_apart(x, y)


_DAM = [
    "Harlow dam breaks\n\nThe Orrin Valley dam near Harlow burst on Tuesday night, flooding "
    "300 homes, officials said.\n\nMayor Dana Felk said 12 people were missing.\n\nRescue "
    "boats searched the streets through the night.",
    "Flood hits Harlow after dam fails\n\nWater poured into Harlow when the Orrin Valley dam "
    "gave way late Tuesday.\n\nAbout 300 homes were flooded and four people died, Mayor Dana "
    "Felk told reporters.\n\nEngineers had warned in 2019 that the spillway was cracked.",
    "Dam collapse floods Harlow\n\nThe collapse of the Orrin Valley dam sent a wall of water "
    "through Harlow on Tuesday.\n\nFour people were killed and a dozen are missing.\n\nThe "
    "state governor declared an emergency on Wednesday.",
    "Harlow residents flee as dam bursts\n\nResidents of Harlow climbed onto roofs as the "
    "Orrin Valley dam burst Tuesday night.\n\nThe flood reached 300 homes, according to Mayor "
    "Dana Felk.\n\nSchools in Harlow were closed on Wednesday.",
    "Four dead in Harlow dam disaster\n\nFour people died when the Orrin Valley dam above "
    "Harlow failed, officials said Wednesday.\n\nInspectors had found cracks in the spillway "
    "two years ago.\n\nThe army sent boats and helicopters to the town.",
]


def _off_topic(make_folder: Callable[..., Path], extra: dict[str, str]) -> dict[str, str]:
    files = {f"dam{k}.txt": text for k, text in enumerate(_DAM)} | extra
    analysis = analyze(make_folder(files))
    return {p.file: p.reason for p in analysis.problems if p.kind == "off-topic"}


def test_two_pages_on_another_event_are_left_out_together_each_naming_the_other(
    make_folder: Callable[..., Path],
) -> None:
    left = _off_topic(
        make_folder,
        {
            "fire_a.txt": "Tessel stadium fire\n\nA fire swept through the Grennick Arena in "
            "Tessel during a concert on Saturday, injuring 23 fans.\n\nFire chief Olan Brisk "
            "said the blaze began in a kitchen under the east stand.\n\nThe band Quiet Larks "
            "stopped playing as smoke filled the arena.",
            "fire_b.txt": "Fans flee arena blaze\n\nFans of Quiet Larks fled the Grennick Arena "
            "in Tessel on Saturday when fire broke out under the east stand.\n\nChief Olan "
            "Brisk said 23 people were hurt, none seriously.\n\nThe arena's kitchen had "
            "failed an inspection in March.",
        },
    )
    assert sorted(left) == ["fire_a.txt", "fire_b.txt"]
    assert "fire_b.txt, on the same thing, is left out with it" in left["fire_a.txt"]
    assert "fire_a.txt, on the same thing, is left out with it" in left["fire_b.txt"]


def test_two_pages_telling_the_story_from_one_angle_are_kept(
    make_folder: Callable[..., Path],
) -> None:
    left = _off_topic(
        make_folder,
        {
            "families.txt": "Harlow families count losses\n\nFor the Pell family, the Harlow "
            "flood took everything: the house, the car, the photographs.\n\nNeighbours in "
            "Harlow gathered at the church hall, where volunteers served soup.\n\nMayor Dana "
            "Felk visited the hall and promised help for every family.",
            "volunteers.txt": "Volunteers feed Harlow's flooded families\n\nVolunteers served "
            "soup at the Harlow church hall to families whose homes flooded.\n\nThe Pell "
            "family said they lost the house and the car.\n\nMayor Dana Felk thanked the "
            "volunteers at the hall.",
        },
    )
    assert left == {}
