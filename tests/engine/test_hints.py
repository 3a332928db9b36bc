"""A pattern tried only on the texts that hold one of its hints answers as its own search."""

from __future__ import annotations

import re

import pytest

from corroborate.engine.text.hints import Hinted

TEXTS = [
    "The harbour pilot of Quillonport was wounded on Tuesday.",
    "THE FERRY CAPTAIN WAS HURT when the gangway gave way.",
    "Nobody was harmed at the Marbleville regatta.",
    "Two deckhands were injured, the Fernhollow coastguard said.",
    "Ein Seemann wurde verletzt, sagte die Hafenbehörde von Quillonport.",
    "The \u212aestrel sank; its mate was hurt.",  # the Kelvin sign as a capital K
    "The mate was hur\u017ft in the squall.",  # a long s: a case-blind "s"
    "",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_hinted_pattern_finds_what_its_search_finds_in_every_text(flags: int) -> None:
    pattern = re.compile(r"\b(?:injur|wound|hurt)", flags)
    hinted = Hinted(pattern, ("injur", "wound", "hurt"))
    assert [hinted.search(text) for text in TEXTS] == [
        pattern.search(text) is not None for text in TEXTS
    ]


def test_a_case_blind_pattern_finds_a_word_through_a_letter_lower_casing_leaves() -> None:
    hinted = Hinted(re.compile(r"kestrel|hurst", re.IGNORECASE), ("kestrel", "hurst"))
    assert hinted.search("The \u212aestrel sank.")
    assert hinted.search("Lyndhur\u017ft Road was closed.")


def test_an_ascii_text_without_a_hint_is_ruled_out_before_the_search() -> None:
    hinted = Hinted(re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE), ("injur", "hurt"))
    assert not hinted.may_hold("Nobody was harmed at the Marbleville regatta.")
    assert hinted.may_hold("Two deckhands were INJURED.")
    assert hinted.may_hold("Ein Seemann wurde verletzt, sagte die Hafenbehörde.")


def test_a_case_blind_pattern_given_a_hint_in_capitals_is_refused() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Hinted(re.compile(r"Democrat", re.IGNORECASE), ("Democrat",))
