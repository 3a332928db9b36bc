"""The habit veto (a habit of years against one occasion is no match) reads a habit told
in any of its usual words, and only a habit: two outlets telling one habit in other words
("every day" / "regularly", "daily" / "usually"), or one telling it unmarked in the present
("Fishermen cross the lagoon"), still match; so do a record that a span of years measures
("the worst flooding for decades"), "repeated" as the verb after its subject ("Kara Holm
repeated claims that …"), and "frequent" or "regular" naming people ("Frequent flyers
stranded …"). A habit against one occasion told in the past is still no match.

Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from articles import between, in_backdrop
from corroborate.engine.matching.align import align_with_near
from corroborate.engine.text.verbs import tells_a_habit


def _matched(left: str, right: str) -> bool:
    sentences = in_backdrop(left, right)
    matches, _ = align_with_near(sentences)
    return bool(between(sentences, matches, left, right))


STILL_MATCHED = [
    pytest.param(
        "Fishermen from Corley cross the Tamsin lagoon every day to sell their catch at the "
        "Pell market.",
        "Fishermen from Corley regularly cross the Tamsin lagoon to sell their catch at the "
        "Pell market.",
        id="every day and regularly",
    ),
    pytest.param(
        "Ferries from Corley dock daily at the east pier of the Tamsin harbour.",
        "Ferries from Corley usually dock at the east pier of the Tamsin harbour.",
        id="daily and usually",
    ),
    pytest.param(
        "Fishermen from Corley cross the Tamsin lagoon to sell their catch at the Pell market.",
        "Fishermen from Corley regularly cross the Tamsin lagoon to sell their catch at the "
        "Pell market.",
        id="a habit unmarked in the present",
    ),
    pytest.param(
        "Minister Kara Holm repeated claims on Monday that the Orlen dam was safe.",
        "Minister Kara Holm claimed on Monday that the Orlen dam was safe.",
        id="repeated as the verb",
    ),
    pytest.param(
        "Frequent flyers stranded at Dorn airport slept on the terminal floor on Friday night.",
        "Travellers stranded at Dorn airport slept on the terminal floor on Friday night.",
        id="frequent flyers, people",
    ),
    pytest.param(
        "Heavy rain on Tuesday caused the worst flooding in Varnholt for decades.",
        "Heavy rain on Tuesday caused severe flooding in Varnholt.",
        id="the worst for decades, a record",
    ),
    pytest.param(
        "The Ardle river burst its banks at Varnholt on Tuesday for the first time for years.",
        "The Ardle river burst its banks at Varnholt on Tuesday.",
        id="the first time for years",
    ),
]


@pytest.mark.parametrize(("left", "right"), STILL_MATCHED)
def test_a_habit_in_other_words_or_no_habit_still_matches(left: str, right: str) -> None:
    assert _matched(left, right)


def test_a_habit_told_daily_against_one_occasion_is_no_match() -> None:
    assert not _matched(
        "Ferries from Corley dock daily at the east pier of the Tamsin harbour.",
        "Ferries from Corley docked at the east pier of the Tamsin harbour on Sunday.",
    )


@pytest.mark.parametrize(
    ("piece", "habit"),
    [
        ("ferries dock every Friday at the east pier", True),
        ("ferries dock each other week at the east pier", True),
        ("despite repeated warnings the council refused", True),
        ("its regular threats to destroy the dam", True),
        ("Kara Holm repeated claims that the dam was safe", False),
        ("Regular soldiers attacked the village", False),
        ("the heaviest rain for decades fell on Varnholt", False),
        ("rebels in the northwest have for years attacked convoys", True),
        ("students have staged the protest for years", True),
    ],
)
def test_the_habit_reader_reads_other_words_and_leaves_records_and_verbs(
    piece: str, habit: bool
) -> None:
    assert tells_a_habit(piece) is habit


@pytest.mark.parametrize(
    "piece",
    [
        "the council's repeated threats to sell the mill",
        "the rebels' frequent raids on the valley",
        "x repeated claims",
    ],
)
def test_regular_frequent_or_repeated_after_a_possessive_is_a_habit_and_nothing_fails(
    piece: str,
) -> None:
    assert tells_a_habit(piece) is (not piece.startswith("x"))
