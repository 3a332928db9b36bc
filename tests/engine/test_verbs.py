"""Verbs read without a tagger: a past tense told from a participle, on invented sentences."""

from __future__ import annotations

import pytest

from corroborate.engine.text.verbs import has_verb, tells_the_past, tells_with_a_verb_in_s


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("Crews searched the rubble on Friday.", True),
        ("Crews search the rubble of the collapsed bridge on Friday.", False),
        ("Divers will search the river again.", True),
        ("Mourners lay flowers in Harlow on Tuesday, May 4, 2026.", False),
        ("It may rain in Harlow.", True),
        ("The ferryman died in the Harlow clinic.", True),  # a past of four letters in -ed
        ("The trawler sank off Harlow point.", True),  # an irregular past
        ("Crews cleared the bed of the red river.", True),
        ("The bed of the red river at Harlow.", False),  # short words in -ed, no verb
    ],
)
def test_a_past_tense_is_told_from_a_participle_naming_a_state(text: str, past: bool) -> None:
    assert tells_the_past(text) is past


def test_a_word_in_ing_marks_a_verb_only_when_asked() -> None:
    assert has_verb("Boxing, bowling and rowing") is True
    assert has_verb("Boxing, bowling and rowing", ing=False) is False


@pytest.mark.parametrize(
    ("headline", "told"),
    [
        ("MAYOR RESIGNS OVER BRIDGE DEAL", True),
        ("STORM KILLS 12 IN HARLOW", True),
        ("HARLOW COUNCIL VOWS TO REBUILD", True),
        ("FERRY FIRM SEEKS THE TOLL BRIDGE", True),
        ("LOWELL THOMAS TRAVEL AWARDS", False),  # a name and a plural: nothing told
        ("TOP STORIES FROM AROUND HARLOW", False),  # a section's heading
        ("TWENTY YEARS OF THE HARLOW BRIDGE", False),  # a plural after a figure
        ("THE AWARDS TO HARLOW WRITERS", False),  # a noun after its article
    ],
)
def test_a_headline_in_capitals_tells_its_news_with_a_verb_in_s_only_where_a_verb_stands(
    headline: str, told: bool
) -> None:
    assert tells_with_a_verb_in_s(headline.split()) is told
