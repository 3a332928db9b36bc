"""The invented folders of :mod:`disagree_tenure_folders`, run through the whole engine: one
body told as a building's owner by one outlet and as its tenant by another is a
disagreement giving both holds; an owner letting its hall, a tenant renting from the owner
named, two bodies of one town, a tenure that changed, a condition on both sides and two
buildings of one body are none.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import Folder, reports_its_conflict, reports_no_disagreement
from disagree_tenure_folders import TENURE_CONFLICTS, TENURE_LOOKALIKES
from five_outlets import MakeFolder

from corroborate.engine.text.tenure import same_body, same_building, tenures


@pytest.mark.parametrize("folder", TENURE_LOOKALIKES, ids=lambda f: f.name)
def test_an_owner_letting_two_bodies_a_change_a_condition_or_two_buildings_are_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)


@pytest.mark.parametrize("folder", TENURE_CONFLICTS, ids=lambda f: f.name)
def test_one_body_told_as_a_buildings_owner_and_as_its_tenant_is_a_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_its_conflict(make_folder, folder)


@pytest.mark.parametrize(
    ("sentence", "holds", "body", "place"),
    [
        ("Fire gutted a hall owned by the Orsk Miners' Association.", "owner", "orsk", "hall"),
        ("The Orsk Miners' Association owns the old hall.", "owner", "orsk", "hall"),
        (
            "The Orsk Association, which rents space in the building, lost its records.",
            "tenant",
            "orsk",
            "building",
        ),
        (
            "The second floor was rented by the local Orsk immigrant association in the city.",
            "tenant",
            "orsk",
            "floor",
        ),
        (
            "The hall was let for the night by the tenant, the Orsk Rowing Club, to students.",
            "tenant",
            "orsk",
            "hall",
        ),
    ],
)
def test_a_body_told_by_name_as_a_buildings_owner_or_tenant_is_read(
    sentence: str, holds: str, body: str, place: str
) -> None:
    (found,) = tenures(sentence)
    assert (found.holds, found.place) == (holds, place)
    assert body in found.body


@pytest.mark.parametrize(
    "sentence",
    [
        "The hall was rented by the organizers from the Orsk Association.",  # the landlord
        "The Orsk Rowing Club rents the boathouse out to a school.",  # the landlord
        "The Orsk Miners' Association leases the hall to a dance school.",  # the landlord
        "The hall was rented by the organizers for the night.",  # no body told by name
        "The Orsk Association, which rented the hall until it bought it, has 40 members.",
        "If the sale goes ahead, the hall would be owned by the Orsk Association.",
        "The Orsk Association owns 40 boats and two trailers.",  # no building
        "The Orsk Rowing Club no longer owns the boathouse.",  # denied
        "The hall is not owned by the Orsk Association, a spokesman said.",
    ],
)
def test_a_landlord_a_body_not_named_a_change_a_condition_or_no_building_is_not_read(
    sentence: str,
) -> None:
    assert tenures(sentence) == ()


def test_two_bodies_of_one_town_and_two_buildings_told_apart_are_not_one_hold() -> None:
    (choir,) = tenures("The hall owned by the Orsk Choral Society was flooded.")
    (chess,) = tenures("The Orsk Chess Club, which rents space in the building, lost books.")
    assert not same_body(choir, chess)
    (town,) = tenures("The hall owned by the Orsk Association was flooded.")
    (youth,) = tenures("The hall was rented by the Orsk Youth Club for the night.")
    assert not same_body(town, youth)  # the town's name alone, two kinds of body
    (miners,) = tenures("A hall owned by the Orsk Miners' Association burned.")
    (short,) = tenures("The Miners' Association, which rents the hall, lost its records.")
    assert not same_body(miners, short)  # a shorter name may be another body's
    (club,) = tenures("The Orsk Club, which rents the hall, lost its records.")
    assert not same_body(town, club)  # one town's name, two kinds of body
    (civic,) = tenures("A hall owned by an Orsk civic organization burned.")
    assert same_body(civic, town)  # "organization" names any kind of body
    (owned,) = tenures("The Orsk Choral Society owns a hall on Dock Street.")
    (rented,) = tenures("The Orsk Choral Society rents space in a building on Mill Road.")
    assert same_body(owned, rented)
    assert not same_building(owned, rented)
