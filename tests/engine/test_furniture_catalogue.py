"""The furniture catalogue (tests/engine/furniture_catalogue.py) read as a page: each form set
between the paragraphs of an invented story, under its headline, in its middle and at its end,
must leave exactly the story; each look-alike sentence set in the story must stay. A catalogue
of forms sites use that the corpora may not show, not of lines found in them."""

from __future__ import annotations

import pytest
from furniture_catalogue import (
    FURNITURE,
    LOOK_ALIKES,
    MORE_FURNITURE,
    MORE_LOOK_ALIKES,
    THIRD_FURNITURE,
    THIRD_LOOK_ALIKES,
)

from articles import read_page

HEADLINE = "Vellmouth Ferry Sinks Off Harbour Wall, Crew Rescued"
STORY = (
    "VELLMOUTH — A passenger ferry sank off the Vellmouth harbour wall on Monday after striking "
    "rocks in heavy fog, the coastguard said.",
    "All 46 passengers and six crew were pulled from the water by lifeboats and fishing boats "
    "within an hour.",
    "The ferry, the Marisol, had left Vellmouth for the island of Carrow at 7 a.m. and was "
    "running 20 minutes late.",
    "Investigators will examine whether the vessel's radar was working, the maritime agency said.",
    "The route will be served by a chartered boat until further notice, the operator said.",
)
#: A writer's box inside the story's paragraphs reads as the story's (a story may tell of a
#: reporter): these forms are furniture under the headline and at the page's foot only.
BIOS = "author bios"


def _read(lines: list[str]) -> tuple[tuple[str, ...], str]:
    article = read_page(*lines, file="vellmouth.txt")
    return article.paragraphs, article.title


CLEAN = _read([HEADLINE, *STORY])[0]
CASES = [
    (kind, line)
    for catalogue in (FURNITURE, MORE_FURNITURE, THIRD_FURNITURE)
    for kind, lines in catalogue.items()
    for line in lines
]


@pytest.mark.parametrize(("kind", "line"), CASES)
def test_a_catalogued_form_of_page_furniture_leaves_exactly_the_story_wherever_it_stands(
    kind: str, line: str
) -> None:
    places = (0, len(STORY)) if kind == BIOS else (0, 2, len(STORY))
    for at in places:
        body = list(STORY)
        body.insert(at, line)
        paragraphs, title = _read([HEADLINE, *body])
        assert paragraphs == CLEAN, (kind, at)
        assert title == HEADLINE, (kind, at)


@pytest.mark.parametrize("line", [*LOOK_ALIKES, *MORE_LOOK_ALIKES, *THIRD_LOOK_ALIKES])
def test_a_story_sentence_worded_like_page_furniture_stays_in_the_story(line: str) -> None:
    for at in (1, 3):
        body = list(STORY)
        body.insert(at, line)
        paragraphs, _ = _read([HEADLINE, *body])
        assert line in paragraphs
        assert [p for p in paragraphs if p != line] == list(CLEAN)


def test_a_sentence_telling_the_past_above_a_pictures_credit_is_the_storys() -> None:
    for credit in ("Photograph: Mara Quill/Brisk", "Getty Images", "Mara Quill/The Corran Ledger"):
        body = [*STORY[:2], credit, *STORY[2:]]
        assert _read([HEADLINE, *body])[0] == CLEAN


def test_a_caption_in_the_present_above_a_pictures_credit_is_still_a_caption() -> None:
    caption = "Lifeboats tow the ferry's wreck past the harbour wall on Monday."
    body = [*STORY[:2], caption, "Photograph: Mara Quill/Brisk", *STORY[2:]]
    assert _read([HEADLINE, *body])[0] == CLEAN
