"""Owner / tenant look-alikes a careful fact-checker would not sign as one body's two holds
on one building: a person or a part of the body told as the owner ("a member of the
club", "the club's youth league"), a landlord letting the building with words between
("leases the building on Quay Street to a dance school"), and two buildings each told by
words of its own ("the ground floor" / "the top floor", "the building on Mill Street" /
"the boathouse on Pier Road", "a hall in Kessock" / "the hall"). The holds the class is
for stay a disagreement.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import Folder, reports_its_conflict, reports_no_disagreement
from five_outlets import MakeFolder

from corroborate.engine.text.tenure import same_body, same_building, tenures

_FIRE_A = (
    "Fire guts hall in Tollerby\n\nTOLLERBY, March 3 (Quillon Herald) — A fire gutted a "
    "two-storey hall in Tollerby overnight, the fire service said. No one was hurt. {} "
    "Investigators have not yet said what started the fire.\n"
)
_FIRE_B = (
    "Tollerby hall destroyed by blaze\n\nTOLLERBY, March 3 (Brisk Wire) — Flames destroyed "
    "a two-storey hall in central Tollerby early on Sunday, firefighters said. Nobody was "
    "injured. {} The street stayed closed on Sunday.\n"
)


def _folder(name: str, one: str, other: str, conflict: tuple[str, str] | None) -> Folder:
    return Folder(name, conflict, (_FIRE_A.format(one), _FIRE_B.format(other)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The hall is owned by a member of the Tollerby Rowing Club.",
        "The hall is owned by the president of the Tollerby Rowing Club.",
        "Harlan Vesk, president of the Tollerby Rowing Club, owns the hall.",
        "The hall is rented by the Tollerby Rowing Club's youth league.",
        "A company owned by the Tollerby Rowing Club owns the hall.",
        "The Tollerby Harbour Company, which leases the building on Quay Street to a dance"
        " school, said it was insured.",
        "The Tollerby Rowing Club, which rents the hall each weekend to wedding parties, said"
        " it was insured.",
    ],
)
def test_a_person_or_part_of_a_body_or_a_landlord_letting_with_words_between_is_not_read(
    sentence: str,
) -> None:
    assert tenures(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The hall is owned by the Association of Tollerby Miners.",
        "The Tollerby Women's Institute owns the hall.",
        "The Tollerby Rowing Club, which rents the hall for its regattas, meets there.",
    ],
)
def test_a_body_named_with_of_or_a_possessive_and_a_tenant_hiring_for_itself_are_read(
    sentence: str,
) -> None:
    assert len(tenures(sentence)) == 1


@pytest.mark.parametrize(
    ("owned", "rented"),
    [
        (
            "The Tollerby Chess Club owns the ground floor.",
            "The Tollerby Chess Club, which rents the top floor, lost its boards.",
        ),
        (
            "The Tollerby Rowing Club owns the boathouse on Pier Road.",
            "The Tollerby Rowing Club, which rents space in the building on Mill Street, lost"
            " its trophies.",
        ),
        (
            "The Tollerby Rowing Club owns the hall.",
            "The Tollerby Rowing Club rents a hall in Kessock for its winter training.",
        ),
    ],
)
def test_two_buildings_each_told_by_words_of_their_own_are_not_one(owned: str, rented: str) -> None:
    (one,) = tenures(owned)
    (other,) = tenures(rented)
    assert same_body(one, other)
    assert not same_building(one, other)


@pytest.mark.parametrize(
    ("owned", "rented"),
    [
        (
            "A hall owned by a Tollerby civic organization burned.",
            "The Tollerby Association, which rents space in the building, lost its records.",
        ),
        (
            "The Tollerby Rowing Club owns the old hall.",
            "The hall is rented by the Tollerby Rowing Club.",
        ),
        (
            "The Tollerby Chess Club owns the second floor.",
            "The second floor is rented by the Tollerby Chess Club.",
        ),
    ],
)
def test_one_building_told_with_or_without_its_look_is_one(owned: str, rented: str) -> None:
    (one,) = tenures(owned)
    (other,) = tenures(rented)
    assert same_building(one, other)


@pytest.mark.parametrize(
    "folder",
    [
        _folder(
            "a member of the club owns the hall the club rents",
            "The hall is owned by a member of the Tollerby Rowing Club.",
            "The Tollerby Rowing Club, which rents the hall, held its dinner there.",
            None,
        ),
        _folder(
            "the club owns one building and rents another",
            "The Tollerby Rowing Club owns the boathouse on Pier Road.",
            "The Tollerby Rowing Club, which rents space in the building on Mill Street, lost"
            " its trophies.",
            None,
        ),
        _folder(
            "a landlord leasing its building to a school",
            "The building is owned by the Tollerby Harbour Company.",
            "The Tollerby Harbour Company, which leases the building on Quay Street to a dance"
            " school, said it was insured.",
            None,
        ),
    ],
    ids=lambda f: f.name,
)
def test_a_member_two_buildings_or_a_landlord_are_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)


def test_the_club_told_as_owner_and_as_tenant_hiring_for_itself_is_a_disagreement(
    make_folder: MakeFolder,
) -> None:
    folder = _folder(
        "owner and tenant",
        "The hall is owned by the Tollerby Rowing Club.",
        "The Tollerby Rowing Club, which rents the hall for its regattas, meets there.",
        ("owned by", "rents"),
    )
    reports_its_conflict(make_folder, folder)
