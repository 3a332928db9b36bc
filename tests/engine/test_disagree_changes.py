"""A change told with both ends ("to 22 planes from 57"): one end agreed, the other not.

Invented outlets and events throughout."""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.figures import base_told, changes
from corroborate.engine.text.specifics import analyse


def _numbers(make_folder, first: str, second: str) -> list[tuple[str, str]]:
    folder = make_folder(
        {
            "a.txt": "Norvale Air unveils rescue plan\n\nNorvale Air presented a rescue plan "
            f"to its creditors in Tessel on Monday.\n\n{first}\n\nThe creditors meet again "
            "next month.",
            "b.txt": "Creditors weigh Norvale Air plan\n\nCreditors of the ailing carrier "
            f"Norvale Air studied its plan on Tuesday.\n\n{second}\n\nUnions said they "
            "would fight the cuts.",
        }
    )
    return [(d.a_value, d.b_value) for d in analyze(folder).disagreements if d.kind == "number"]


def test_one_fleet_cut_to_one_size_from_two_sizes_is_a_number_conflict(make_folder) -> None:
    found = _numbers(
        make_folder,
        "The airline would shrink its fleet, built up in the boom years, to 22 planes from 57.",
        "A spokesman said the plan keeps 22 aircraft _ down from 54 _ and sells the rest.",
    )
    assert sorted(found) in ([("57", "54")], [("54", "57")])


@pytest.mark.parametrize(
    "text",
    [
        "The airline would cut its fleet to 22 planes from 57.",
        "The plan keeps 22 aircraft, down from 57.",
        "The plan keeps 22 aircraft _ down from 57 _ and sells the rest.",
        "The plan keeps 22 aircraft — down from 57 — and sells the rest.",
        "The plan keeps 22 aircraft - down from 57 - and sells the rest.",
        "The airline would cut its fleet from 57 planes to 22.",
        "The airline would cut its fleet from 57 to 22 planes.",
        "The airline would cut its fleet to 22 from 57 planes.",
    ],
)
def test_a_change_told_either_way_round_has_its_new_figure_and_its_base(text: str) -> None:
    [change] = changes(analyse(text))
    assert (change.new.tag, change.base.tag, change.noun) == ("n:22", "n:57", "aircraft")


@pytest.mark.parametrize(
    "text",
    [
        "Enrollment at Pellham College rose to 22,000 students from 20,000 last year.",
        "Pellham College has 22,000 students now, up from 18,000 in 2019.",
        "The airline would cut its fleet to 22 planes from 54 planned.",
        "The airline would cut its domestic routes to 17 from 36.",
    ],
)
def test_a_base_said_of_another_moment_or_of_nothing_counted_is_no_change_to_compare(
    text: str,
) -> None:
    assert changes(analyse(text)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Enrollment at Pellham College rose to 22,000 students from 20,000 last year.",
            "Pellham College has 22,000 students, up from 18,000 in 2019.",
        ),
        (
            "Norvale Air will cut its fleet from 57 planes to 22.",
            "Norvale Air will cut its fleet to 22 planes from 54 planned.",
        ),
        (
            "Norvale Air will cut its fleet from 57 to 22.",
            "Norvale Air will cut its fleet to 22 from 54 planned.",
        ),
    ],
)
def test_bases_of_two_moments_or_measures_are_not_a_conflict(first: str, second: str) -> None:
    assert compare(first, second) is None


def test_two_new_figures_from_one_base_are_left_to_the_sentences_comparison(
    make_folder,
) -> None:
    found = _numbers(
        make_folder,
        "The airline would shrink its fleet to 22 planes from 57.",
        "The airline would shrink its fleet to 25 planes from 57.",
    )
    assert found in ([("22", "25")], [("25", "22")])


def test_one_base_told_by_both_with_one_new_figure_is_agreement(make_folder) -> None:
    found = _numbers(
        make_folder,
        "The airline would shrink its fleet, built up in the boom years, to 22 planes from 57.",
        "A spokesman said the plan keeps 22 aircraft _ down from 57 _ and sells the rest.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "In 2019 the airline cut its fleet to 22 planes from 57.",
            "Last month the airline cut its fleet to 22 planes from 54.",
        ),
        (
            "In 2019 the airline cut its fleet to 22 planes from 57.",
            "In 2023 the airline cut its fleet to 22 planes from 54.",
        ),
    ],
)
def test_two_changes_dated_to_two_moments_are_not_one_change_told_two_ways(
    make_folder, first: str, second: str
) -> None:
    assert _numbers(make_folder, first, second) == []


def test_a_count_of_airlines_is_no_count_of_planes(make_folder) -> None:
    found = _numbers(
        make_folder,
        "The Skyring alliance has shrunk to 22 airlines, down from 30.",
        "The airline would cut its fleet to 22 planes from 57.",
    )
    assert found == []


def test_airliners_are_counted_as_aircraft_and_airlines_as_airlines() -> None:
    [fleet] = changes(analyse("The airline would keep 22 airliners, down from 57."))
    [alliance] = changes(analyse("The alliance has shrunk to 22 airlines from 30."))
    assert (fleet.noun, alliance.noun) == ("aircraft", "airlin")


def test_a_rise_to_a_figure_and_a_cut_to_it_are_two_changes(make_folder) -> None:
    found = _numbers(
        make_folder,
        "Deliveries to its rival Tessel Air rose to 22 planes from 9.",
        "The airline would cut its fleet to 22 planes from 57.",
    )
    assert found == []


def test_a_base_with_its_noun_before_the_new_figure_says_nothing_more_of_itself() -> None:
    spec = analyse("The airline would cut its fleet from 57 planes to 22.")
    [change] = changes(spec)
    assert base_told(spec, change.base) == ()
    found = compare(
        "The airline would cut its fleet from 57 planes to 22.",
        "The airline would cut its fleet from 54 to 22.",
    )
    assert found is not None and (found.a_words, found.b_words) == ("57", "54")


@pytest.mark.parametrize(
    "text",
    [
        "The airline now flies 22 aircraft, down from 54 when it was founded.",
        "The airline cut its fleet to 22 planes from 57 after the merger.",
        "The airline will cut its fleet to 22 planes from 57 once the merger closes.",
    ],
)
def test_a_base_set_at_a_moment_by_when_after_or_once_is_no_plain_base(text: str) -> None:
    assert changes(analyse(text)) == []


def test_a_fleet_down_from_its_size_at_founding_is_no_other_base_of_a_cut(make_folder) -> None:
    found = _numbers(
        make_folder,
        "The airline now flies 22 aircraft, down from 54 when it was founded.",
        "The airline would cut its fleet to 22 planes from 57.",
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "The airline expects to fly 2.2 million passengers, down from 2.9 million.",
        "The airline expects its traffic to fall to 2.2 million passengers from 2.9 million.",
        "The airline expects its traffic to fall from 2.9 million passengers to 2.2 million.",
    ],
)
def test_a_change_in_millions_has_its_new_figure_and_its_base(text: str) -> None:
    [change] = changes(analyse(text))
    assert (change.new.amount, change.base.amount, change.noun) == (2.2e6, 2.9e6, "passeng")


@pytest.mark.parametrize(
    "first",
    [
        "The airline expects to fly 2.2 million passengers, down from 2.9 million.",
        "The airline expects its traffic to fall from 2.9 million passengers to 2.2 million.",
    ],
)
def test_one_traffic_forecast_from_two_bases_in_millions_is_a_number_conflict(
    make_folder, first: str
) -> None:
    found = _numbers(
        make_folder,
        first,
        "The carrier forecast that traffic would fall to 2.2 million passengers from 3.4 million.",
    )
    assert sorted(found) in ([("2.9 million", "3.4 million")], [("3.4 million", "2.9 million")])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "In Tessel the airline would cut its fleet to 22 planes from 57.",
            "In Morrow the airline would cut its fleet to 22 planes from 30.",
        ),
        (
            "At its Tessel base the airline would keep 22 aircraft, down from 57.",
            "At its Morrow base the airline would keep 22 aircraft, down from 30.",
        ),
    ],
)
def test_two_cuts_to_one_figure_in_two_places_are_two_changes(
    make_folder, first: str, second: str
) -> None:
    assert _numbers(make_folder, first, second) == []


@pytest.mark.parametrize(
    "second",
    [
        "The airline would cut its fleet to 22 planes from 54.",
        "A spokesman said the plan keeps 22 aircraft _ down from 54 _ and sells the rest.",
    ],
)
def test_a_cut_from_one_size_to_a_number_of_planes_is_set_against_another_base(
    make_folder, second: str
) -> None:
    found = _numbers(make_folder, "The airline would cut its fleet from 57 to 22 planes.", second)
    assert sorted(found) in ([("57", "54")], [("54", "57")])


def test_a_cut_from_one_size_to_a_number_of_planes_by_a_year_is_no_plain_change() -> None:
    assert changes(analyse("The airline would cut its fleet from 57 to 22 planes by 2030.")) == []


def test_a_cut_to_a_figure_from_a_number_of_planes_is_set_against_another_base(
    make_folder,
) -> None:
    found = _numbers(
        make_folder,
        "The airline would cut its fleet to 22 from 57 planes.",
        "A spokesman said the plan keeps 22 aircraft _ down from 54 _ and sells the rest.",
    )
    assert sorted(found) in ([("57", "54")], [("54", "57")])
