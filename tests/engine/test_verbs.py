"""Verbs read without a tagger: a past tense told from a participle, on invented sentences."""

from __future__ import annotations

import pytest

from corroborate.engine.text.verbs import has_verb, tells_the_past


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("Crews searched the rubble on Friday.", True),
        ("Crews search the rubble of the collapsed bridge on Friday.", False),
        ("Divers will search the river again.", True),
        ("Mourners lay flowers in Harlow on Tuesday, May 4, 2026.", False),
        ("It may rain in Harlow.", True),
    ],
)
def test_a_past_tense_is_told_from_a_participle_naming_a_state(text: str, past: bool) -> None:
    assert tells_the_past(text) is past


def test_a_word_in_ing_marks_a_verb_only_when_asked() -> None:
    assert has_verb("Boxing, bowling and rowing") is True
    assert has_verb("Boxing, bowling and rowing", ing=False) is False
