"""One act of one party on one day done to two others, or in two places, is two facts:
"Vink met Tuesday night with the Corley mayor Anton Pell" and "Vink also met Ostler at the
quay on Tuesday night" tell two meetings; "Vink flew to Marlow" and "Vink
flew … to Fennick", in a folder that names Fennick and Marlow as two places ("between
Fennick and Marlow"), two flights. Whichever judge finds such a pair alike, it is no match.
Whom each act is done to must be named in both: an object told without a name ("met the
mayor", "shelled the town", "held a meeting with angry trawler crews") may be the named one
told another way, and is never read as another. The act done to one other told both ways
("after meeting Pell"), to a place and its people
("warned Tessaly" / "warned the Tessalian government"), an act of both together told the
other way round ("Harlen Rovers played Corley United" / "Corley United played Harlen
Rovers"), or to a place the folder never
names beside the other ("flew to Tessaly" / "flew to Fennick": a town in its country),
or to a place told in a clause of no day ("Pell, who grew up in Marlow, resigned …"),
still matches.

Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.matching.align import _act_objects
from corroborate.engine.text.names import joined_names, places_named

_THE_MEETING = (
    "Harbour master Dora Vink met Tuesday night with the Corley mayor Anton Pell, two days "
    "after gales wrecked the lifeboat station, flooded the fish market and sank nine trawlers "
    "moored in the outer basin."
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            _THE_MEETING,
            "Vink also met Ostler at the quay on Tuesday night.",
            id="another meeting, with a person named by surname alone",
        ),
        pytest.param(
            "Harbour master Dora Vink flew to Marlow on Tuesday night for talks with the mayor "
            "Anton Pell.",
            "Vink flew on short notice to Fennick on Tuesday night.",
            id="one flight to each of two places the folder names as two",
        ),
        pytest.param(
            "Harbour master Dora Vink flew to Marlow on Tuesday night.",
            "Dora Vink flew on short notice to Fennick on Tuesday night.",
            id="two places, the two sentences alike besides",
        ),
    ],
)
def test_one_act_done_to_two_others_or_in_two_places_is_no_match(left: str, right: str) -> None:
    _, match = judge(left, right, STORM)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            _THE_MEETING,
            "Vink was speaking to reporters after meeting Pell at the town hall on Tuesday night.",
            id="the meeting told both ways",
        ),
        pytest.param(
            "On Tuesday Fennick strongly warned Tessaly that its patience was running out, "
            "the harbour office said.",
            "Fennick warned the Tessalian government on Tuesday that its patience was running out.",
            id="a place and its people",
        ),
        pytest.param(
            "Harbour master Dora Vink flew to Tessaly on Tuesday night for talks with the "
            "mayor Anton Pell.",
            "Vink flew on short notice to Fennick on Tuesday night.",
            id="a place never named beside the other",
        ),
        pytest.param(
            "Harlen Rovers played Corley United in the cup final at the Brisk stadium on Saturday.",
            "Corley United played Harlen Rovers in the cup final at the Brisk stadium on Saturday.",
            id="an act of both together told the other way round",
        ),
        pytest.param(
            "Vink met the mayor at the town hall on Tuesday night.",
            "Vink met Pell at the town hall on Tuesday night.",
            id="whom it was done to named in one, told by a title in the other",
        ),
        pytest.param(
            "Troops shelled the town on Tuesday, killing four people.",
            "Troops shelled Corley on Tuesday, killing four people.",
            id="a place named in one, told by a common noun in the other",
        ),
        pytest.param(
            "Police arrested two men at the Corley quay on Tuesday.",
            "Police arrested two suspects at the Corley quay on Tuesday.",
            id="whom it was done to named by neither, in other words",
        ),
    ],
)
def test_one_act_done_to_one_other_or_in_one_place_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, STORM)
    assert match is not None


@pytest.mark.parametrize(
    ("text", "act", "objects"),
    [
        (_THE_MEETING, "meet", {"corley", "mayor", "anton", "pell"}),
        ("Vink also met Ostler at the quay on Tuesday night.", "meet", {"ostler"}),
        ("Vink flew on short notice to Fennick on Tuesday night.", "fli", None),
        (
            "The army launched an attack on rebel camps near Corley on Tuesday.",
            "attack",
            {"rebel", "camp"},
        ),
    ],
)
def test_whom_an_act_is_done_to_is_read_after_its_word(
    text: str, act: str, objects: set[str] | None
) -> None:
    found = _act_objects(text, frozenset({"d:tuesday"}), act)
    if objects is None:
        assert found is None  # a preposition right after the act: whom it was done to is unread
    else:
        assert found is not None
        assert {word[:4] for word in found} == {word[:4] for word in objects}


def test_places_are_read_after_a_preposition_and_joined_names_by_and() -> None:
    assert places_named("Vink flew on short notice to Fennick on Tuesday night.") == {"fennick"}
    assert places_named("Vink met Pell at the Corley town hall.") == {"corley"}
    assert frozenset(("fennick", "marlow")) in joined_names(
        ["The coastal railway between Fennick and Marlow was closed."]
    )
    assert not joined_names(["The coastal railway to Marlow was closed."])


_HARBOUR = (
    "The Corley mayor Anton Pell called for calm. Ferries run between Marlow and Corley each "
    "day. Harbour master Edda Vink has run the port for ten years.",
    "Trawler crews blocked the quay at Corley. The fishing quota was cut by a third. Vink "
    "said the port would stay open.",
    "Fishermen in Corley have protested for weeks. Prices at the market fell sharply. The "
    "regional council meets monthly.",
    "The dispute began in spring. Crews say the quota is unfair. Police watched the quay.",
)


def test_a_place_told_in_a_clause_of_no_day_places_no_act_of_that_day() -> None:
    _, match = judge(
        "Pell, who grew up in Marlow, resigned as mayor on Tuesday.",
        "Pell resigned as mayor on Tuesday at a news conference in Corley.",
        _HARBOUR,
    )
    assert match is not None
