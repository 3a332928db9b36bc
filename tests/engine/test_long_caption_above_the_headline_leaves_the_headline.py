"""A picture's description above the headline, longer than a heading, leaves the headline.

A page saved as text may keep a photo's caption over the headline, without a full stop: "
Passengers wrapped in blankets on the quay at Pellow harbour after the rescue on Tuesday".
Longer than a heading, it was kept as the story's opening paragraph, and the headline under
it, no longer above the story, was lost (the article titled by its file name). Such a caption
is now left out of the story and the headline kept; a long first line that is a headline,
stays the article's headline. All places and people are invented.
"""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

HEADLINE = "Ferry runs aground off Pellow Point, 212 passengers rescued"
STORY = (
    "The Marigold ran aground on a sandbank off Pellow Point on Tuesday morning, and lifeboat "
    "crews took all 212 passengers off the ferry by the afternoon, the coastguard said.",
    "The ferry had left Quenby at 7:40 a.m. for its crossing to Pellow, a trip of ninety minutes.",
    "Nobody was hurt, the operator said.",
)


def _read(*top: str):
    return ingest(RawDocument(text="\n\n".join((*top, *STORY))), "p01.txt", 0)


@pytest.mark.parametrize(
    "caption",
    [
        "Passengers wrapped in blankets on the quay at Pellow harbour after the rescue on Tuesday",
        "Passengers wrapped in foil blankets on the quay at Pellow harbour after the long rescue "
        "on Tuesday",
        "Rescuers carry a passenger up the slipway from the lifeboat at Pellow harbour on Tuesday",
        "Volunteers search the shore below Pellow Point for luggage from the stranded ferry, "
        "Tuesday, May 5",
    ],
)
def test_a_long_caption_without_a_full_stop_above_the_headline_is_left_out(
    caption: str,
) -> None:
    article = _read(caption, HEADLINE)
    assert article.title == HEADLINE
    assert article.title_from == "headline"
    assert caption not in article.paragraphs
    assert article.paragraphs[0] == STORY[0]


@pytest.mark.parametrize(
    "first",
    [
        # a long headline, what happened told after the place
        "Passengers wrapped in blankets on the quay at Pellow harbour after ferry runs aground "
        "off the Point",
        "Families wait on the quay at Pellow harbour for news of the ferry stranded off the "
        "Point all night",
    ],
)
def test_a_long_headline_on_the_first_line_stays_the_headline(first: str) -> None:
    article = _read(first)
    assert article.title == first
    assert article.title_from == "headline"
