"""The invented folders of :mod:`disagree_distance_folders`, run through the whole engine:
one event told at two distances in time from another by two outlets is a disagreement
giving both distances; two people's acts, one victim and another, a state at two moments,
a distance told roughly, a bound, a plan, two events, two occasions and two sides of one
event are none.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_distance_folders import DISTANCE_CONFLICTS, DISTANCE_LOOKALIKES
from disagree_fresh_folders import Folder, reports_its_conflict, reports_no_disagreement
from five_outlets import MakeFolder

from corroborate.engine.text.distances import distances, reach


@pytest.mark.parametrize("folder", DISTANCE_LOOKALIKES, ids=lambda f: f.name)
def test_distances_of_two_events_plans_or_rounded_figures_are_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)


@pytest.mark.parametrize("folder", DISTANCE_CONFLICTS, ids=lambda f: f.name)
def test_one_event_told_at_two_distances_from_another_is_a_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_its_conflict(make_folder, folder)


def test_a_year_and_a_few_months_cannot_both_hold() -> None:
    year, few = reach("a", "year", "="), reach("a few", "month", "=")
    assert few[1] < year[0]


def test_a_bound_reaches_past_its_figure() -> None:
    assert reach("two", "week", ">=") == (14.0, float("inf"))
    assert reach("a", "year", "<=")[0] == 0.0


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fennick bridge will reopen a year after the flood.",  # a plan
        "The vote was delayed by two weeks after the storm.",  # a change, not a distance
        "It came sooner than a year after the flood.",  # a comparison
        "The Orla ferry sank before the coastguard arrived.",  # no distance told
        "Rescuers were still searching a week after the quake.",  # a state at a moment
        "The road remained closed two weeks after the landslide.",
    ],
)
def test_no_distance_between_two_events_is_read_where_none_is_told(sentence: str) -> None:
    assert distances(sentence) == ()


def test_a_distance_tells_its_side_and_the_event_it_is_told_from() -> None:
    (found,) = distances("The mine collapsed more than two days after inspectors visited it.")
    assert found.side == "after"
    assert found.least == 2.0
