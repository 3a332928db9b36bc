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


SLIDE = (
    "A landslide buried part of the mountain village of Orrin Vale on Sunday night, and at "
    "least 14 people were missing, the Brask regional council said.",
    "The slope above the village gave way after four days of heavy rain, sweeping mud across "
    "the main road and into eleven houses.",
    "Rescue teams from Calder and Mott worked through the night with dogs and diggers, council "
    "spokesman Ivo Tarrant said.",
    "Two survivors were pulled from the mud early on Monday and taken to hospital in Calder.",
    "The council closed the road to Orrin Vale and asked residents of nearby farms to leave.",
)
#: A hospital's page built on two of the wire story's sentences: one voice with it.
BUILT_ON = (
    "Doctors at Calder General said on Monday that two people rescued from the Orrin Vale "
    "landslide were in a stable condition.",
    SLIDE[0],
    SLIDE[3],
    "Hospital manager Sela Rook said extra staff had been called in overnight.",
    "The hospital has asked people not to come to the wards looking for relatives.",
)
ELSEWHERE = {
    "a recipe": (
        "Slow-roasted lamb with rosemary and garlic",
        "This slow-roasted lamb shoulder is the easiest Sunday lunch you will ever make.",
        "Rub the shoulder with crushed garlic, rosemary, olive oil and plenty of salt.",
        "Roast it covered at a low heat for four hours, then uncover it so the skin crisps.",
        "Serve it with roast potatoes, green beans and a spoonful of mint sauce.",
    ),
    "another town's flood": (
        "River bursts its banks in Penhallow",
        "The river Dunn burst its banks in the market town of Penhallow on Saturday, flooding "
        "more than sixty shops and homes.",
        "Fire crews pumped water out of the town square for most of the day.",
        "Shopkeeper Merrin Oakes said the water reached the counters within an hour.",
        "The town council opened the school hall for families who could not return home.",
    ),
    "a page about the outlet": (
        "About the Dunmore Courier",
        "The Dunmore Courier has served readers in the northern counties since 1887.",
        "Our newsroom of twenty-two journalists publishes local news, sport and features.",
        "We are owned by a charitable trust and take no money from political parties.",
        "To contact the newsroom, write to the editor at our office on Quay Street.",
    ),
}


@pytest.mark.parametrize("other", sorted(ELSEWHERE))
def test_a_page_naming_none_of_the_story_beside_one_text_in_two_forms_is_still_left_out(
    other: str, make_folder
) -> None:
    files = {
        "wire.txt": "\n\n".join(["Landslide buries homes in Orrin Vale", *SLIDE]),
        "hospital.txt": "\n\n".join(["Calder hospital treats slide survivors", *BUILT_ON]),
        "other.txt": "\n\n".join(ELSEWHERE[other]),
    }
    problems = analyze(make_folder(files)).problems
    assert {p.file for p in problems if p.kind == "off-topic"} == {"other.txt"}


def test_among_two_voices_only_a_page_naming_none_of_the_story_is_left_out() -> None:
    story = Counter({"spillway": 2, "reservoir": 2, "valley": 1, "flood": 1})
    other = Counter({"recipe": 2, "lamb": 2, "rosemary": 1, "garlic": 1})
    docs = [story, story.copy(), story.copy(), other]
    named = [{"tamsin"}, {"tamsin"}, {"tamsin"}, {"tamsin"}]
    unnamed = [{"tamsin"}, {"tamsin"}, {"tamsin"}, {"rosemary"}]
    assert screen(docs, names=named, voices=[0, 0, 0, 3]).off_topic == set()
    assert screen(docs, names=unnamed, voices=[0, 0, 0, 3]).off_topic == {3}
