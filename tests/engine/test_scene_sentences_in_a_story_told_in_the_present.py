"""A scene told in the present inside a story told in the present is the story's sentence.

A photo's caption tells in the present what its people do and where or when ("Rescuers
search the rubble in Kestra on Sunday."), set between the paragraphs of a story told in the
past. A story told in the present (a live scene, a feature: "Families wait outside the
school, …") has sentences of that very shape as paragraphs of its own: one set between two
paragraphs told in the present, with no past in them, is the story's. A caption between
paragraphs told in the past, under the headline, at the story's end, above a picture's
credit or in a gallery stays a caption (tests/engine/furniture_catalogue.py sets every catalogued caption
between paragraphs told in the past). Every text here is invented.
"""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

HEADLINE = "Kestra Quake: Hope Fades as Rescuers Dig On"
SCENE = "Rescuers search the rubble in Kestra on Sunday."

PRESENT = (
    "KESTRA — The toll from the quake rises to 40 as rescuers dig through a second night, "
    "the regional governor says.",
    "Families wait outside the collapsed school in the old town, hoping for news of their "
    "children.",
    "Volunteers hand out blankets and hot soup, and the army sets up tents in the square.",
)
PAST = (
    "KESTRA — The toll from the quake rose to 40 as rescuers dug through a second night, "
    "the regional governor said.",
    "Families waited outside the collapsed school in the old town, hoping for news of their "
    "children.",
    "Volunteers handed out blankets and hot soup, and the army set up tents in the square.",
)


def _paragraphs(story: tuple[str, ...], at: int, *lines: str) -> tuple[str, ...]:
    body = [*story[:at], *lines, *story[at:]]
    return ingest(RawDocument("\n\n".join([HEADLINE, *body])), "kestra.txt", 0).paragraphs


@pytest.mark.parametrize(
    "scene",
    [
        SCENE,
        "Divers prepare to search the flooded cellar of the town hall on Monday.",
        "Mourners gather outside the cathedral in Kestra.",
    ],
)
def test_a_scene_between_two_paragraphs_told_in_the_present_stays_in_the_story(
    scene: str,
) -> None:
    assert scene in _paragraphs(PRESENT, 2, scene)


@pytest.mark.parametrize("at", [1, 2])
def test_a_scene_between_two_paragraphs_told_in_the_past_is_still_a_caption(at: int) -> None:
    assert SCENE not in _paragraphs(PAST, at, SCENE)


def test_a_scene_under_the_headline_of_a_story_told_in_the_present_is_still_a_caption() -> None:
    assert SCENE not in _paragraphs(PRESENT, 0, SCENE)


def test_a_scene_closing_a_story_told_in_the_present_is_still_a_caption() -> None:
    assert SCENE not in _paragraphs(PRESENT, len(PRESENT), SCENE)


def test_a_scene_beside_a_paragraph_told_in_the_past_is_still_a_caption() -> None:
    mixed = (PRESENT[0], PAST[1], PRESENT[2])
    assert SCENE not in _paragraphs(mixed, 2, SCENE)


def test_a_scene_above_a_pictures_credit_in_a_story_told_in_the_present_is_still_a_caption() -> (
    None
):
    assert SCENE not in _paragraphs(PRESENT, 2, SCENE, "Photo: Mara Quill/Brisk")


def test_scenes_of_a_gallery_in_a_story_told_in_the_present_are_still_captions() -> None:
    other = "Soldiers carry a stretcher across the square in Kestra on Sunday."
    paragraphs = _paragraphs(PRESENT, 2, "1 of 12", SCENE, "2 of 12", other, "3 of 12")
    assert SCENE not in paragraphs and other not in paragraphs


def test_every_paragraph_of_a_story_told_in_the_present_stays_in_it() -> None:
    # (the dateline is read off the first)
    paragraphs = _paragraphs(PRESENT, 2, SCENE)
    assert len(paragraphs) == 4 and PRESENT[0].endswith(paragraphs[0])
    assert paragraphs[1:] == (PRESENT[1], SCENE, PRESENT[2])
