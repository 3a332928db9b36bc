"""The invented folders of :mod:`disagree_placing_folders`, run through the whole engine: a
person's finishing place in one contest told two ways by two outlets is a disagreement
giving both places; two races, rounds, a heat and the final, a stage and the overall
standings, another year, a seeding, a forecast, a namesake or a place a disqualification
moved are none.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import Folder, reports_its_conflict, reports_no_disagreement
from disagree_placing_folders import PLACING_CONFLICTS, PLACING_LOOKALIKES
from five_outlets import MakeFolder

from corroborate.engine.text.placings import placings


@pytest.mark.parametrize("folder", PLACING_LOOKALIKES, ids=lambda f: f.name)
def test_places_in_two_contests_or_moments_are_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)


@pytest.mark.parametrize("folder", PLACING_CONFLICTS, ids=lambda f: f.name)
def test_one_persons_place_in_one_contest_told_two_ways_is_a_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_its_conflict(make_folder, folder, as_written=False)


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("Sina Holt finished third in the 10,000 metres on Sunday.", ("sina", "holt"), 3),
        ("Marrow's Sina Holt finished fourth in the 10,000 metres.", ("sina", "holt"), 4),
        ("Jonas Wettre finished in fifth place in the Kallby road race.", ("jonas", "wettre"), 5),
        ("Mira Solberg placed 2nd in the women's slalom at Hestvik.", ("mira", "solberg"), 2),
        ("Ilse Varga came in second in the Tormund mayoral election.", ("ilse", "varga"), 2),
    ],
)
def test_a_place_told_as_a_result_beside_a_full_name_is_read(
    sentence: str, name: tuple[str, ...], place: int
) -> None:
    (found,) = placings(sentence)
    assert (found.name, found.place) == (name, place)
    assert found.contest


@pytest.mark.parametrize(
    "sentence",
    [
        "Holt finished third in the 10,000 metres.",  # a surname alone: a family shares it
        "Sina Holt, seeded fifth, finished third in the 10,000 metres.",
        "Sina Holt had been expected to finish sixth in the 10,000 metres.",
        "Ilse Varga, who came fourth in the mayoral election in 2019, won on Sunday.",
        "Mira Solberg placed fourth in the slalom but was moved up to third.",
        "Mira Solberg initially placed fourth in the slalom.",
        "Sina Holt finished third in the 10,000 metres, up from fifth last year.",
        "Sina Holt finished third in the 10,000 metres after Eli Strand was disqualified.",
    ],
)
def test_a_seeding_a_forecast_a_past_clause_or_a_changed_place_is_no_result(
    sentence: str,
) -> None:
    assert placings(sentence) == ()


def test_the_contest_is_read_up_to_a_clause_of_its_own_and_apart_from_its_day() -> None:
    (heat,) = placings("Sina Holt finished second in her heat of the 1,500 metres on Friday.")
    (final,) = placings("Sina Holt finished fifth in the final of the 1,500 metres, behind Strand.")
    assert heat.days == {"friday"} and "friday" not in heat.contest
    assert heat.contest != final.contest
    assert "strand" not in final.contest


@pytest.mark.parametrize(
    ("told", "other"),
    [
        # the race named before the name, only "the final" after it
        (
            "In the 200 metres, Sina Holt finished third in the final.",
            "In the 400 metres, Sina Holt finished fifth in the final.",
        ),
        # another year, told before the name
        (
            "Last year Sina Holt finished fifth in the Kallby marathon.",
            "Sina Holt finished third in the Kallby marathon.",
        ),
        (
            "In 2019, Sina Holt finished fifth in the Kallby marathon.",
            "Sina Holt finished third in the Kallby marathon.",
        ),
        # a stage, told before the name, against the race overall
        (
            "On the fifth stage, Jonas Wettre finished third in the Tour of Kallby.",
            "Jonas Wettre finished twelfth in the Tour of Kallby.",
        ),
    ],
)
def test_a_contest_or_time_told_before_the_name_tells_the_contest_apart(
    told: str, other: str
) -> None:
    (a,) = placings(told)
    (b,) = placings(other)
    assert a.name == b.name and a.place != b.place
    assert a.contest != b.contest


def test_a_day_or_a_description_before_the_name_leaves_the_contest_as_it_is() -> None:
    (on_sunday,) = placings("On Sunday, Sina Holt finished third in the 10,000 metres.")
    (champion,) = placings("Olympic champion Sina Holt finished fourth in the 10,000 metres.")
    (plain,) = placings("Sina Holt finished fourth in the 10,000 metres.")
    assert on_sunday.contest == champion.contest == plain.contest
    assert on_sunday.days == {"sunday"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Had Sina Holt finished third in the 10,000 metres, she would have made the team.",
        "If Sina Holt finished third in the 10,000 metres, she would make the team.",
    ],
)
def test_a_place_told_as_a_condition_is_no_result(sentence: str) -> None:
    assert placings(sentence) == ()
