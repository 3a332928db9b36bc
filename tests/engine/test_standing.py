"""Titles a person holds one of at a time, read beside the person's name."""

from __future__ import annotations

import pytest

from corroborate.engine.text.standing import titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said study lead author Dr. Mara Velk of Orrin University.",
         [("author", "lead", ("mara", "velk"), "study lead author")]),
        ("Mara Velk, the study's senior author, said so.",
         [("author", "senior", ("mara", "velk"), "senior author")]),
        ("Tomas Ardell, an assistant professor of law, spoke.",
         [("professor", "assistant", ("tomas", "ardell"), "assistant professor")]),
        ("It hurt the career of former partner Lena Sorvik’s team.",
         [("firm", "partner", ("lena", "sorvik"), "former partner")]),
        ("The firm asked the former associate, Lena Sorvik, to pay.",
         [("firm", "associate", ("lena", "sorvik"), "former associate")]),
        ("Sen. Hana J. Brill, D-Vel., asked for a hearing.",
         [("party", "democrat", ("hana", "brill"), "D-Vel.")]),
        ("Republican Rep. Ivo Dask voted no.",
         [("party", "republican", ("ivo", "dask"), "Republican")]),
    ],
)  # fmt: skip
def test_a_title_of_a_set_is_read_with_the_name_beside_it(
    text: str, expected: list[tuple[str, str, tuple[str, str], str]]
) -> None:
    found = [(t.kind, t.value, t.name, text[t.span[0] : t.span[1]]) for t in titles(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Professor Tomas Ardell spoke.",  # a bare title tells neither way
        "Associate editor Lena Sorvik wrote the piece.",  # another title beginning alike
        "His business partner Lena Sorvik testified.",  # another kind of partner
        "The Republican National Committee met.",  # a party's body, no member
        "The associate of the firm said nothing.",  # no name beside the title
        "Mara Velk, the first author to win it twice, spoke.",  # the first of many authors
        "The former Republican Sen. Ivo Dask now sits as a Democrat.",  # a party he has left
    ],
)
def test_words_that_only_look_like_titles_of_a_set_are_not_read(text: str) -> None:
    assert titles(text) == ()


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("Former assistant professor Tomas Ardell spoke.", True),
        ("Then-associate Lena Sorvik filed the suit.", True),
        ("Ex-partner Lena Sorvik sued the firm.", True),
        ("The firm asked the former associate, Lena Sorvik, to pay.", True),
        ("Associate professor Tomas Ardell spoke.", False),
        ("Lena Sorvik, a partner at the firm, spoke.", False),
    ],
)
def test_a_title_the_person_has_left_is_read_as_past(text: str, past: bool) -> None:
    assert [t.past for t in titles(text)] == [past]


def test_a_title_owned_by_the_person_named_after_it_is_not_read_as_theirs() -> None:
    assert titles("Lena Sorvik, the lead author's adviser, spoke.") == ()
    assert titles("Tomas Ardell, an associate professor's aide, spoke.") == ()
