"""A number word that is a word of a name or a title ("Zero Dark Thirty", "the Four
Seasons Hotel", "World War One") is no count: two sentences naming the same film or hotel
share no figure by it, and are not one fact for it. A number word opening the sentence,
or written small beside a name, stays a count.

Every sentence here is invented: its places, people, films and events."""

from __future__ import annotations

import pytest
from test_a_person_described_alike_is_no_fact_of_its_own import FLOOD

from articles import judge
from corroborate.engine.text.numbers import number_tags
from corroborate.engine.text.segment import sentence_words


def counts(text: str) -> frozenset[str]:
    """The counts the figures' reader finds in the sentence."""
    read = sentence_words(text)
    tags = number_tags(read.words, (text, read.starts, read.ends))
    return frozenset(tag for tag in tags if tag.startswith("n:"))


@pytest.mark.parametrize(
    "text",
    [
        "Her next film, Forty Quiet Rivers, was shot in Varnholt.",
        'The pair had worked together on "Forty Quiet Rivers" and "The Salt Road".',
        "The mayor of Varnholt stayed at the Four Seasons Hotel in Corley.",
        "The bridge at Dorrance was built by engineers after World War One.",
        "The Varnholt choir sang on Channel Four on Sunday.",
    ],
)
def test_a_number_word_in_a_name_gives_no_count(text: str) -> None:
    assert counts(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Four schools in Varnholt closed on Tuesday.", "n:4"),
        ('"Three Corley schools closed," the mayor said.', "n:3"),
        ("Floodwater closed four Corley schools on Tuesday.", "n:4"),
        ("The mayor stayed at the Four Seasons Hotel with four aides.", "n:4"),
        ("FLOODS: THIRTY KILLED IN CORLEY AS RIVER BURSTS ITS BANKS", "n:30"),
    ],
)
def test_a_number_word_opening_a_sentence_or_written_small_stays_a_count(
    text: str, count: str
) -> None:
    assert count in counts(text)


def test_two_facts_about_one_film_with_a_number_in_its_title_are_no_match() -> None:
    _, match = judge(
        "Her follow-up, Forty Quiet Rivers, got a jury prize nod, too.",
        "There is some nuance in the Varnholt flood scenes, but not nearly as much as Brannoch "
        'and Quell have achieved before in "Forty Quiet Rivers" and "The Salt Road."',
        FLOOD,
    )
    assert match is None


def test_one_count_told_in_words_by_both_still_matches() -> None:
    _, match = judge(
        "Floodwater closed forty schools across Varnholt on Tuesday.",
        "Forty schools across Varnholt were closed by the floodwater on Tuesday.",
        FLOOD,
    )
    assert match is not None
