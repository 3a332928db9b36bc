"""A rank is a fact: "the second-largest shipping firm in Tessaly" and "the largest shipping
firm in Tessaly" say two things of Brenmark, and one never backs the other. One rank
written two ways ("second-largest", "second largest", "2nd-largest") is one fact."""

from __future__ import annotations

import pytest

from articles import judge
from corroborate.engine.text.numbers import ranked_apart, ranks

# A shipping story of several invented outlets, so that a pair's words are judged rare or
# common over a small folder as over a real one.
PORT = (
    "Brenmark Shipping moved its head office to the port of Harlen last year. The company "
    "owns eleven container ships. Dock workers in Harlen voted to strike on Monday.",
    "Tessaly's ports handled more cargo this spring than last. Brenmark said the strike "
    "would delay deliveries. The harbour authority met union leaders on Tuesday.",
    "Shipping rates rose after the strike began. Corley Freight said it would divert ships "
    "to Orrin. Union leaders said talks would resume on Friday.",
    "Harlen's mayor urged both sides to settle. Trucks queued outside the port gates. The "
    "strike is the first at the port in ten years.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brenmark is the second-largest shipping firm in Tessaly.", {("largest", 2)}),
        ("Brenmark is the second largest shipping firm in Tessaly.", {("largest", 2)}),
        ("Brenmark, the 3rd biggest carrier, said so.", {("biggest", 3)}),
        ("Brenmark is Tessaly's largest shipping firm.", {("largest", 1)}),
        ("Brenmark is one of the largest shipping firms in Tessaly.", set()),
        ("Brenmark is among the biggest carriers.", set()),
        ("Brenmark's interest in the western routes grew.", set()),
    ],
)
def test_a_rank_is_read_as_a_superlative_and_its_place(text: str, expected: set) -> None:
    assert ranks(text) == expected


def test_two_places_of_one_superlative_are_apart_and_one_place_is_not() -> None:
    assert ranked_apart("the second-largest firm", "the largest firm")
    assert not ranked_apart("the second-largest firm", "the 2nd-largest firm")
    assert not ranked_apart("the second-largest firm", "the oldest firm")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Brenmark is the second-largest shipping firm in Tessaly, with eleven ships.",
            "Brenmark is the largest shipping firm in Tessaly, with eleven ships.",
            id="second-largest / largest",
        ),
        pytest.param(
            "The Harlen strike is the third-biggest stoppage in Tessaly's shipping history.",
            "The Harlen strike is the biggest stoppage in Tessaly's shipping history.",
            id="third-biggest / biggest",
        ),
    ],
)
def test_two_ranks_of_one_thing_are_no_match(left: str, right: str) -> None:
    _, match = judge(left, right, PORT)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Brenmark is the second-largest shipping firm in Tessaly, with eleven ships.",
            "Brenmark is the second largest shipping firm in Tessaly, with eleven ships.",
            id="one rank, hyphened or not",
        ),
        pytest.param(
            "Brenmark is the second-largest shipping firm in Tessaly, with eleven ships.",
            "With eleven ships, Brenmark is Tessaly's 2nd-largest shipping firm.",
            id="one rank, in words or digits",
        ),
    ],
)
def test_one_rank_written_two_ways_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, PORT)
    assert match is not None
