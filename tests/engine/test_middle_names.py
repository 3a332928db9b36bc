"""One person given two middle names by two outlets is a disagreement over who it is.

"Born Greta Ann Holloway" in one outlet and "born Greta Lynn Holloway" in another give one
singer's birth name two ways: the reader has to ask which is right. A middle name given
as an initial, left out, or spelled one letter off says nothing against the other, and
three name words that end in a body's or a building's word ("the Orrin County Jail" /
"the Orrin Main Jail") name no person. Every text here is invented: its outlets, people
and events.
"""

from __future__ import annotations

from pathlib import Path

from corroborate.engine import Analysis, analyze


def _singer_story(make_folder, first: str, second: str) -> Analysis:
    """Two outlets' obituaries of one invented singer, each giving her birth name."""
    folder: Path = make_folder(
        {
            "dunmore_courier.txt": "Singer Greta Holloway dies at 88\n\nThe singer Greta "
            "Holloway, whose ballads filled the Tessel Hall for four decades, died on Monday "
            f"at her home in Dunmore.\n\n{first} in Dunmore and raised by an aunt, she "
            "won three national music prizes before she turned 40.\n\nHer family said the "
            "funeral would be private.",
            "valley_ledger.txt": "Greta Holloway, voice of the Tessel Hall, dead at 88\n\n"
            "Greta Holloway, the ballad singer who filled the Tessel Hall for four decades, "
            f"has died in Dunmore at 88.\n\nHolloway, {second} in Dunmore, recorded 31 "
            "albums and toured until she was 80.\n\nShe leaves two sons.",
        }
    )
    return analyze(folder)


def _names(analysis: Analysis) -> list[tuple[str, str]]:
    return [(d.kind, d.detail) for d in analysis.disagreements if d.kind == "name"]


def test_a_birth_name_given_with_two_middle_names_by_two_outlets_is_a_name_disagreement(
    make_folder,
) -> None:
    analysis = _singer_story(make_folder, "Born Greta Ann Holloway", "born Greta Lynn Holloway")
    assert _names(analysis) == [("name", "Greta Ann Holloway / Greta Lynn Holloway")]
    assert analysis.spellings == ()


def test_a_middle_initial_against_the_full_middle_name_is_no_disagreement(make_folder) -> None:
    analysis = _singer_story(make_folder, "Born Greta A. Holloway", "born Greta Ann Holloway")
    assert _names(analysis) == []


def test_a_name_without_its_middle_name_against_the_full_name_is_no_disagreement(
    make_folder,
) -> None:
    analysis = _singer_story(make_folder, "Born Greta Holloway", "born Greta Ann Holloway")
    assert _names(analysis) == []


def test_a_middle_name_spelled_one_letter_off_is_no_disagreement(make_folder) -> None:
    analysis = _singer_story(make_folder, "Born Greta Ann Holloway", "born Greta Anne Holloway")
    assert _names(analysis) == []


def test_two_jails_of_one_county_named_by_two_outlets_are_no_person_named_two_ways(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "orrin_post.txt": "Inmate escapes in Orrin\n\nAn inmate escaped early on Sunday "
            "from the Orrin County Jail, the sheriff said.\n\nDeputies searched the woods "
            "north of the town through the day.",
            "lake_times.txt": "Manhunt after jail escape\n\nDeputies searched the woods "
            "north of Orrin on Sunday after an inmate slipped out of the Orrin Main Jail "
            "before dawn.\n\nThe sheriff asked residents to lock their cars.",
        }
    )
    assert _names(analyze(folder)) == []


def test_two_middle_names_one_outlet_writes_side_by_side_are_two_people(make_folder) -> None:
    """An outlet naming both ("the twins Greta Ann and Greta Lynn Holloway") tells of two
    people: the other outlet naming one of them disputes nothing."""
    folder = make_folder(
        {
            "dunmore_courier.txt": "Twins open bakery\n\nThe twins Greta Ann Holloway and "
            "Greta Lynn Holloway opened a bakery on Tessel Street on Saturday.\n\nThe line "
            "reached the corner by noon.",
            "valley_ledger.txt": "New bakery on Tessel Street\n\nA bakery run by Greta Ann "
            "Holloway and her sister opened on Tessel Street on Saturday, and the line "
            "reached the corner by noon.\n\nIt opens every day but Monday.",
        }
    )
    assert _names(analyze(folder)) == []
