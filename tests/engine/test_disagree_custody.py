"""How many people are held over the story, counted two ways by two outlets: "Four people
are in custody" in one, "Dorvania has three people in custody in connection with the
killing" in another. Look-alikes a fact-checker would not sign stay silent: a count that
grew ("so far", "two more", "another three", "risen to five") or was cut by a release, an
estimate ("at least", "about"), another year's case, two days, two cases, a holder neither the other
sentence nor the story names, two places, witnesses in protective custody, suspects against
people at large, people no longer held, those arrested, an outlet giving two counts of its
own, and a story giving four.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from five_outlets import MakeFolder, details_of

from corroborate.engine.conflicts.story_custody import counts_held
from corroborate.engine.text.specifics import analyse

KILLING = "the killing of Almar Tesk at Dorvania's main airport"

#: Four people held, the count every look-alike below sets beside another.
FOUR_HELD = "Four people are in custody, including one Kelvari man and the two women seen with him."


def _numbers(make_folder: MakeFolder, sentences: Mapping[int, str]) -> list[str]:
    return details_of(make_folder, KILLING, sentences, "number")


@pytest.mark.parametrize(
    ("sentences", "detail"),
    [
        pytest.param(
            {
                0: FOUR_HELD,
                2: "Dorvania has three people in custody in connection with Tesk's death, "
                "including the two suspected attackers.",
            },
            "Four / three",
            id="four people in custody against a country holding three",
        ),
        pytest.param(
            {
                0: "Police have two suspects in custody, a spokesman said.",
                2: "Five suspects are under arrest, the airport's security chief said.",
            },
            "two / Five",
            id="two suspects in custody against five under arrest",
        ),
        pytest.param(
            {
                0: "At least three people are in police custody, officers said.",
                2: "Two people are in custody, the ministry said.",
            },
            "three / Two",
            id="at least three against two",
        ),
    ],
)
def test_the_people_held_counted_two_ways_is_a_number_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str], detail: str
) -> None:
    assert _numbers(make_folder, sentences) == [detail]


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param(
            {
                0: "So far, four people are in custody, police said.",
                2: "Three people are in custody, the ministry said.",
            },
            id="a count told as it stands so far grew",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "Two more people are in custody, the ministry said."},
            id="two more are added to others",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "Another three people are in custody, the ministry said."},
            id="another three are added to others",
        ),
        pytest.param(
            {
                0: FOUR_HELD,
                2: "By Friday the count had risen to five people in custody, police said.",
            },
            id="a count that rose to five",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "At least three people are in custody, the ministry said."},
            id="at least three can be four",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "About five people are in custody, the ministry said."},
            id="an approximate count is not read",
        ),
        pytest.param(
            {
                0: FOUR_HELD,
                2: "In 2019, seven people were in custody over the first attack on the terminal.",
            },
            id="another year's case",
        ),
        pytest.param(
            {
                0: "Three people were in custody on Monday, officers said.",
                2: "Five people were in custody on Thursday, the ministry said.",
            },
            id="two days",
        ),
        pytest.param(
            {
                0: "Three people are in custody in connection with the bombing of the ferry.",
                2: "Five people are in custody over the riot at the stadium.",
            },
            id="two cases that share no word",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "Kelvar has two people in custody, its foreign office said."},
            id="a holder neither the other sentence nor the story names",
        ),
        pytest.param(
            {
                0: "Three people are in custody in Dalby, officers said.",
                2: "Five people are in custody in Orrin, the ministry said.",
            },
            id="two places",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "Two people are in protective custody, the prosecutor said."},
            id="witnesses in protective custody",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "Two suspects are in custody, the prosecutor said."},
            id="suspects are a part of the people held",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "Two people are no longer in custody, the prosecutor said."},
            id="people no longer held",
        ),
        pytest.param(
            {0: FOUR_HELD, 2: "Police arrested seven people at the terminal, a spokesman said."},
            id="those arrested need not all be held",
        ),
        pytest.param(
            {
                0: "Police released two of the five people in custody, a spokesman said.",
                2: "Three people are in custody, the ministry said.",
            },
            id="a count told with a release is the one before it",
        ),
        pytest.param(
            {
                0: "Three people are in custody, officers said. Five people are in custody, "
                "the airport's chief added.",
                2: "Four people are in custody, the ministry said.",
            },
            id="an outlet giving two counts tells of a change",
        ),
        pytest.param(
            {
                0: "Two people are in custody, officers said.",
                1: "Three people are in custody, the mayor said.",
                2: "Five people are in custody, the ministry said.",
                3: "Six people are in custody, a lawyer said.",
            },
            id="four outlets giving four counts tell one that keeps changing",
        ),
    ],
)
def test_look_alikes_of_the_people_held_counted_two_ways_are_not_reported(
    make_folder: MakeFolder, sentences: Mapping[int, str]
) -> None:
    assert _numbers(make_folder, sentences) == []


def test_a_count_of_people_held_is_read_with_its_holder_and_its_case() -> None:
    spec = analyse("Dorvania has three people in custody in connection with Tesk's death.")
    (held,) = counts_held(spec)
    assert (held.value.tag, held.who, held.holder) == ("n:3", "people", "dorvania")
    assert "death" in held.case


def test_a_count_held_by_the_police_or_without_a_case_names_neither() -> None:
    (held,) = counts_held(analyse("Police have two suspects in custody."))
    assert (held.value.tag, held.who, held.holder, held.case) == (
        "n:2",
        "suspects",
        "",
        frozenset(),
    )
