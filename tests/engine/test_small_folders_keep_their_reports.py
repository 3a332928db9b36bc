"""A small folder's report of the story is never left out as off-topic because its other
pages are few or copies of one text, and a page on something else still is
(:mod:`small_screened_folders`, labelled before the engine was run)."""

from __future__ import annotations

from collections import Counter

import pytest
from small_screened_folders import FOLDERS, SmallFolder

from corroborate.engine import analyze
from corroborate.engine.text.screening import screen, shared_voices


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(f, id=f.name, marks=pytest.mark.xfail(reason=f.miss, strict=True))
        if f.miss
        else pytest.param(f, id=f.name)
        for f in FOLDERS
    ],
)
def test_each_small_folder_leaves_out_exactly_its_pages_on_something_else(
    folder: SmallFolder, make_folder
) -> None:
    problems = analyze(make_folder(folder.files)).problems
    assert {p.file for p in problems if p.kind == "off-topic"} == folder.off


WIRE = (
    "The spillway of the Tamsin Reservoir gave way early on Tuesday morning.",
    "About three thousand people were told to leave their homes in the valley.",
    "Rescue crews in boats pulled dozens of residents from their roofs.",
)


def test_pages_sharing_two_long_sentences_word_for_word_are_one_voice() -> None:
    built_on = ("A Fennick family took in neighbours from the valley tonight.", *WIRE[:2])
    apart = ("Farmers west of the town lost their barns to the water on Tuesday.",)
    assert shared_voices([WIRE, built_on, apart]) == [0, 0, 2]


def test_one_shared_sentence_or_short_shared_lines_leave_two_voices() -> None:
    quoting = ("Our reporter saw the water rise along the high street.", WIRE[0])
    captions = ("Share this article", "Read more", "Share this article", "Read more")
    assert shared_voices([WIRE, quoting]) == [0, 1]
    assert shared_voices([captions, captions[:2]]) == [0, 1]


def test_fewer_than_three_voices_leave_no_page_out() -> None:
    story = Counter({"spillway": 2, "reservoir": 2, "valley": 1, "flood": 1})
    other = Counter({"recipe": 2, "lamb": 2, "rosemary": 1, "garlic": 1})
    docs = [story, story.copy(), story.copy(), other]
    assert screen(docs).off_topic == {3}
    assert screen(docs, voices=[0, 0, 0, 3]).off_topic == set()
