"""A title before a name is no part of the person's name (engine/text/roles.py,
``people_in``): "Commissioner Ada Holm" and "Commissioner Piet Mulder" are two people,
whatever title they share, and "President Ximo", "Ximo" and "Joaquim Ximo Ferreira" one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from articles import make_articles, matched_beside
from corroborate.engine import analyze
from corroborate.engine.consensus.single_source import shared_fact_pairs
from corroborate.engine.text.names import spelling_aliases
from corroborate.engine.text.roles import people_in, persons
from corroborate.engine.text.segment import segment

#: Other articles of the invented story, so that word weights are those of a small folder.
BACKDROP = (
    "Floods closed the Quarry Lane bridge in Millbrook on Friday night. Shops on the "
    "riverside stayed shut on Saturday. The council will meet on Monday.",
    "The river burst its banks in Millbrook on Friday. Residents filled sandbags by the "
    "bridge. Engineers inspected the embankment on Sunday.",
)


def matched(one: str, other: str, first: str, second: str) -> bool:
    """Are ``first`` (a sentence of the article ``one``) and ``second`` (of ``other``)
    matched when the two articles are aligned beside the backdrop?"""
    return matched_beside(BACKDROP, one, other, first, second)


SILENT = "did not respond to a request for comment about the bridge closure on Saturday."


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Commissioner Ada Holm", "Commissioner Piet Mulder", id="commissioners"),
        pytest.param("Senator Ruth Adler", "Senator Tomas Hale", id="senators"),
        pytest.param("Doctor Lena Brandt", "Doctor Ivo Sandell", id="doctors"),
        pytest.param("Prime Minister Ada Holm", "Prime Minister Piet Mulder", id="premiers"),
        pytest.param("Sen Ruth Adler", "Sen Tomas Hale", id="a title without its stop"),
        pytest.param("King Harald Ostvik", "King Tomas Berglund", id="kings"),
    ],
)
def test_two_officials_sharing_a_title_are_two_people(one: str, other: str) -> None:
    first, second = f"{one} {SILENT}", f"{other} {SILENT}"
    assert not matched(first, second, first, second)


def test_a_title_alone_never_joins_the_two_names_it_stood_before() -> None:
    # The folder writes both commissioners with their title; their surnames alone then
    # name two people, not one joined through "Commissioner".
    holm, mulder = f"Holm {SILENT}", f"Mulder {SILENT}"
    one = f"Commissioner Ada Holm visited the riverside on Friday. {holm}"
    other = f"Commissioner Piet Mulder visited the embankment on Friday. {mulder}"
    assert not matched(one, other, holm, mulder)


def test_the_same_official_with_and_without_the_title_is_one_person() -> None:
    one = f"Commissioner Ada Holm {SILENT}"
    other = f"Holm {SILENT}"
    assert matched(one, other, one, other)


def test_a_governor_named_with_the_title_by_surname_and_as_the_governor_is_one_person() -> None:
    said = "said the relief bill would rebuild the Quarry Lane bridge before the spring thaw."
    governor = f"The governor {said}"
    one = f"Gov. Ana Ruiz signed the flood relief bill on Monday. {governor}"
    other = f"Ruiz {said}"
    assert matched(one, other, governor, other)
    assert matched(f"Gov Ana Ruiz {said}", other, f"Gov Ana Ruiz {said}", other)


def test_a_president_by_title_and_surname_and_by_full_name_is_one_person() -> None:
    said = "told reporters the flooded dam on the Veloran border would reopen in March."
    one, other = f"President Ximo {said}", f"Joaquim Ximo Ferreira da Costa {said}"
    assert matched(one, other, one, other)


def test_a_bare_title_after_a_sentence_about_another_official_with_that_title_is_not_his() -> None:
    resigned = "The commissioner resigned on Saturday after the flood inquiry was announced."
    one = f"Commissioner Ada Holm visited the riverside on Saturday morning. {resigned}"
    other = "Commissioner Piet Mulder resigned on Saturday after the flood inquiry was announced."
    assert not matched(one, other, resigned, other)
    same = f"Commissioner Piet Mulder visited the riverside on Saturday. {resigned}"
    assert matched(same, other, resigned, other)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Talks with Veloran President Ilse Karsk ended.", [(("veloran", "president"), ("ilse", "karsk"))]),
        ("Aides to President Ximo left.", [(("president",), ("ximo",))]),
        ("He met Secretary-General Ana Ruiz there.", [(("secretary-general",), ("ana", "ruiz"))]),
        ("Then the Prime Minister spoke.", [(("prime", "minister"), ())]),
        ("Records of the Marlow County Sheriff's Office show it.", [((), ("marlow", "county", "sheriff", "office"))]),
        ("Aides to Joaquim Ximo Ferreira left.", [((), ("joaquim", "ximo", "ferreira"))]),
        ("The Veloran President said no.", [(("veloran", "president"), ())]),
        ("Then Veloria's President spoke.", [(("veloria", "president"), ())]),
        ("Deputy Foreign Minister spoke.", [(("deputy", "foreign", "minister"), ())]),
        ("The verdict of Chief Justice came late.", [(("chief", "justice"), ())]),
        ("Harbour Police Sgt. Ivo Brann said so.", [(("harbour", "police", "sgt"), ()), ((), ("ivo", "brann"))]),
        ("He met Veloran President B. K. Ostvik.", [(("veloran", "president"), ())]),
        ("Talks with Tobin King ended.", [((), ("tobin", "king"))]),
        ("He met Arvo Major and Lise Priest.", [((), ("arvo", "major")), ((), ("lise", "priest"))]),
        ("Former Prime Minister Arvo Major spoke.", [(("prime", "minister"), ("arvo", "major"))]),
    ],
)  # fmt: skip
def test_the_titles_before_a_name_are_told_from_the_name(
    text: str, people: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert list(people_in(text)) == people


def test_surnames_a_vowel_apart_after_one_title_are_not_read_as_one_name() -> None:
    named = [
        (0, "Officials said Commissioner Halvek had left."),
        (1, "Aides to Commissioner Holvek left."),
    ]
    assert spelling_aliases(named, persons) == {}
    tied = [(0, "Officials said Ada Halvek had left."), (1, "Aides to Ada Holvek left.")]
    assert spelling_aliases(tied, persons) == {"holvek": "halvek"}


def _spellings(make_folder: Callable[..., Path], first: str, second: str) -> list[str]:
    """The spelling notes of two outlets naming ``first`` and ``second``."""
    folder = make_folder(
        {
            "a.txt": "Flood fund opens in Millbrook\n\nA relief fund opened in Millbrook on "
            f"Monday after the floods.\n\nIt was launched by {first}, the Courier said.\n\n"
            "Shops on the riverside stayed shut.",
            "b.txt": "Millbrook relief fund\n\nVictims of last week's floods in Millbrook can "
            f"apply for help from Monday.\n\n{second} opened the fund at the town hall, "
            "officials said.\n\nThe river burst its banks on Friday.",
        }
    )
    return [d.detail for d in analyze(folder).spellings]


def test_two_surnames_after_one_title_are_no_spelling_to_check(
    make_folder: Callable[..., Path],
) -> None:
    assert _spellings(make_folder, "Commissioner Olivares", "Commissioner Oliveras") == []
    assert _spellings(make_folder, "Ana Olivares", "Ana Oliveras") == [
        "Ana Olivares / Ana Oliveras"
    ]


def _fact_pairs(one: str, other: str) -> list[tuple[str, str]]:
    """The pairs of sentences the lenient single-source check reads as one fact, beside a
    backdrop long enough that a name two sentences use is rare in the folder."""
    backdrop = " ".join(
        f"Volunteers filled sandbags on street {n} by the river." for n in range(30)
    )
    sentences = segment(make_articles(one, other, backdrop))
    texts = [s.text for s in sentences]
    return [(texts[a], texts[b]) for a, b in shared_fact_pairs(sentences)]


def test_a_title_and_a_figure_two_officials_share_are_no_fact_in_common() -> None:
    one = "The flood shelter was opened by Commissioner Ada Holm, 52, on Monday."
    other = "On Tuesday, Commissioner Piet Mulder, 52, inspected the damaged bridge."
    assert _fact_pairs(one, other) == []
    same = "The damaged bridge was inspected by Holm, 52, on Tuesday."
    assert _fact_pairs(one, same) == [(one, same)]


HIP = "was taken to the hospital with a broken hip late on Friday night."


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Tobin King", "Piet Mulder", id="a king's word"),
        pytest.param("Arvo Major", "Piet Mulder", id="a rank's word"),
        pytest.param("Lise Priest", "Ada Holm", id="a post's word"),
    ],
)
def test_a_person_whose_surname_is_a_title_word_is_not_someone_else(one: str, other: str) -> None:
    first, second = f"{one} {HIP}", f"{other} {HIP}"
    assert not matched(first, second, first, second)


def test_a_person_whose_surname_is_a_title_word_is_one_person_by_surname_alone() -> None:
    full, short = f"Tobin King {HIP}", f"King {HIP}"
    assert matched(full, short, full, short)


def test_a_premier_by_title_and_full_name_and_by_surname_is_one_person() -> None:
    said = "said the relief bill would rebuild the Quarry Lane bridge before the spring thaw."
    one, other = f"Prime Minister Ana Ruiz {said}", f"Ruiz {said}"
    assert matched(one, other, one, other)
    assert persons(one)[0] == ("ana", "ruiz")
