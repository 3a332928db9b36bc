"""One person named two ways, by romanisation or by marriage, is one person.

"Omar Haddad" in one outlet and "Umar Haddad" in another are one man whose name is
romanised two ways (as "Osman" / "Usman" and "Mohammed" / "Muhammad" already were), and a
story that tells "Jane Orlo, née Tressel" makes "Jane Tressel" elsewhere the same woman.
Their sentences back each other. Look-alikes stay two people: short names one other letter
apart ("Tom" / "Tim", "Ivan" / "Evan"), and "Jane Orlo" / "Jane Tressel" where no outlet says
one was born the other. Every text here is invented: its outlets, places and people.
"""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.text.people import birth_names, one_given_name


def _resignation(make_folder, first: str, second: str, maiden: str = "") -> list[int]:
    """Two outlets' reports of one invented resignation; the support of each summary row."""
    folder = make_folder(
        {
            "fennick_courier.txt": "Fennick council leader resigns\n\n"
            f"{first}{maiden} resigned as leader of the Fennick council on Monday, citing "
            "ill health.\n\nThe leader had served for nine years and oversaw the rebuilding "
            "of the harbour.\n\nA vote on a successor is due in March.",
            "valley_ledger.txt": "Council leader quits in Fennick\n\n"
            f"{second} stepped down on Monday as leader of the Fennick council, saying "
            "the leader's health was poor.\n\nThe outgoing leader, 61, was first elected in "
            "2011.\n\nCouncillors will pick a new leader next month.",
        }
    )
    analysis = analyze(folder)
    return sorted(
        len({analysis.group_of[analysis.sentences[s].article] for s in (m.a, m.b)})
        for m in analysis.matches
        if "resigned" in analysis.sentences[m.a].text + analysis.sentences[m.b].text
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("Omar Haddad", "Umar Haddad"), ("Oday Saleh", "Uday Saleh"), ("Osman Kaya", "Usman Kaya")],
)
def test_a_given_name_opening_on_o_or_u_by_two_outlets_is_one_person(
    make_folder, first: str, second: str
) -> None:
    assert _resignation(make_folder, first, second) == [2]


def test_a_woman_told_with_her_birth_name_is_one_person_under_either_surname(make_folder) -> None:
    assert _resignation(make_folder, "Jane Orlo", "Jane Tressel", ", née Tressel,") == [2]


def test_two_surnames_after_one_given_name_without_a_birth_name_told_are_two_people(
    make_folder,
) -> None:
    assert _resignation(make_folder, "Jane Orlo", "Jane Tressel") == []


@pytest.mark.parametrize(("x", "y"), [("tom", "tim"), ("ivan", "evan"), ("omar", "amar")])
def test_short_given_names_one_other_letter_apart_stay_two_names(x: str, y: str) -> None:
    assert not one_given_name(x, y)


def test_a_birth_name_is_read_after_nee_or_born_with_the_given_name_again() -> None:
    assert birth_names(
        [
            "Jane Orlo (née Tressel) led the council.",
            "Carla Vent, born Carla Marsh, spoke first.",
            "Anna Reyes, born in Dunmore, spoke next.",
        ]
    ) == {"tressel": "orlo", "marsh": "vent"}
