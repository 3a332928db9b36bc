"""A part of a decade written as one word with it ("the mid-1950s", "the late-1990s") is a
year as "the 1950s" is, and spans the part of the decade "the late 1990s" spans: a year
inside it is no disagreement, a year of the decade outside the part still is.

Every sentence here is invented: its places and works."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.numbers import decade_part, extract_numbers


@pytest.mark.parametrize(
    ("words", "tags"),
    [
        (["built", "in", "the", "mid-1950s"], {"y:1950"}),
        (["built", "in", "the", "late-1990s"], {"y:1990"}),
        (["built", "in", "the", "1950", "s"], {"y:1950"}),
        (["a", "mid-size", "chapel"], set()),
        (["a", "late-night", "vote", "in", "mid-1955"], set()),
    ],
)
def test_a_part_of_a_decade_in_one_word_gives_the_decades_year(
    words: list[str], tags: set[str]
) -> None:
    assert extract_numbers(words) == tags


def test_the_part_of_a_decade_is_read_from_the_word_alone() -> None:
    assert [decade_part(w) for w in ("mid-1950s", "Early-2000s", "late-1990s", "mid-1955")] == [
        "mid", "early", "late", None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("part", "year"),
    [
        ("The Orrin chapel was built in the mid-1950s.", "The Orrin chapel was built in 1955."),
        ("The Orrin chapel was built in the late-1990s.", "The Orrin chapel was built in 1998."),
        (
            "The Orrin chapel was built in the mid-1950s.",
            "The Orrin chapel was built in the 1950s.",
        ),
    ],
)
def test_a_year_inside_a_part_of_a_decade_in_one_word_is_no_disagreement(
    part: str, year: str
) -> None:
    assert compare(part, year) is None and compare(year, part) is None


@pytest.mark.parametrize(
    ("part", "year", "words"),
    [
        ("The Orrin chapel was built in the mid-1950s.", "The Orrin chapel was built in 1951.",
         {"mid-1950s", "1951"}),
        ("The Orrin chapel was built in the late-1990s.", "The Orrin chapel was built in 1991.",
         {"late-1990s", "1991"}),
    ],
)  # fmt: skip
def test_a_year_outside_a_part_of_a_decade_in_one_word_still_disagrees(
    part: str, year: str, words: set[str]
) -> None:
    for a, b in ((part, year), (year, part)):
        found = compare(a, b)
        assert found is not None and {found.a_words, found.b_words} == words
