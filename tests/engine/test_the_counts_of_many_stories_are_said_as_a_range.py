"""A folder of many stories: the note saying what each sentence's count is out of gives the
stories' outlets as a range, not forty counts in a row, while a few are still named one by
one (the report's note and the app's Minimum support tip say it alike)."""

from __future__ import annotations

from corroborate.engine import story_counts


def test_a_few_stories_counts_are_each_named() -> None:
    assert story_counts((4, 3, 2), 7) == "4, 3 and 2 of the 7"
    assert story_counts((3, 3, 2, 2, 2, 2), 9) == "3, 3, 2, 2, 2 and 2 of the 9"


def test_many_stories_counts_are_given_as_their_range() -> None:
    told = (21, 24, 18, 18, 22, 17, 16, 22, 16, 23, 17, 22, 21)
    assert story_counts(told, 130) == "16 to 24 of the 130"


def test_many_stories_told_by_as_many_outlets_each_are_given_that_count_once() -> None:
    assert story_counts((3,) * 12, 30) == "3 of the 30 each"
