from __future__ import annotations

import pytest

from corroborate.engine.text.background import COMMON_ENGLISH, common_stems, rare_in_english
from corroborate.engine.text.segment import content_stem


@pytest.mark.parametrize("word", ["year", "reported", "people", "week", "meeting", "killed"])
def test_the_words_every_story_uses_are_not_rare_in_english(word: str) -> None:
    stem = content_stem(word)
    assert stem is not None
    assert not rare_in_english(stem)


@pytest.mark.parametrize("word", ["sentenced", "prison", "ferry", "eclipse", "trunk"])
def test_a_storys_central_words_are_rare_in_english(word: str) -> None:
    stem = content_stem(word)
    assert stem is not None
    assert rare_in_english(stem)


def test_a_figure_is_no_word_rare_in_english() -> None:
    assert not rare_in_english("1962")
    assert not rare_in_english("10")


def test_the_common_english_list_is_sorted_lower_case_words_without_stop_words() -> None:
    assert list(COMMON_ENGLISH) == sorted(set(COMMON_ENGLISH))
    assert all(word.isalpha() and word == word.lower() for word in COMMON_ENGLISH)
    assert all(content_stem(word) is not None for word in COMMON_ENGLISH)
    assert len(common_stems()) < len(COMMON_ENGLISH)  # the forms of one family share a stem
