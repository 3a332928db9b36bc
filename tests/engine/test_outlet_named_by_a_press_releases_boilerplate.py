"""A press release names its issuer in its boilerplate near its end: the heading "About
Brackwell Water" over a paragraph opening with that name. The page must say it is a release
(its label among its first lines, or its end mark); a story's closing box about a body, a
heading over a paragraph about someone else, and a paragraph reporting the body's words name
no outlet. All bodies, places and people here are invented.
"""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

STORY = (
    "Kelby Ferries adds winter sailings to Orran Island",
    "Kelby Ferries will run four extra sailings a day to Orran Island from 1 December, the "
    "company said on Monday.",
    "The new timetable adds an early crossing at 05:40 for workers at the island's fish plant.",
    "Fares will not change before April, when the company reviews its prices.",
)
BOILERPLATE = (
    "About Kelby Ferries",
    "Kelby Ferries has carried passengers between Kelby and Orran Island since 1962 and runs "
    "six vessels.",
)


def _outlet(*blocks: str) -> str:
    return ingest(RawDocument(text="\n\n".join(blocks)), "p01.txt", 0).outlet


@pytest.mark.parametrize(
    ("top", "end"),
    [
        (("FOR IMMEDIATE RELEASE",), ()),
        (("PRESS RELEASE",), ("###",)),
        (("News release",), ()),
        ((), ("###",)),
        ((), ("-ENDS-",)),
    ],
)
def test_a_release_is_named_for_the_body_its_boilerplate_is_about(
    top: tuple[str, ...], end: tuple[str, ...]
) -> None:
    assert _outlet(*top, *STORY, *BOILERPLATE, *end) == "Kelby Ferries"


@pytest.mark.parametrize(
    "closing",
    [
        # a news page's box about the company, on a page that is no release
        BOILERPLATE,
        # a heading over a paragraph about someone else
        ("About Kelby Ferries",
         "Orran Island has 1,200 residents and a fish plant that employs 300 of them."),
        # a paragraph reporting the company's words is the story's
        ("About Kelby Ferries",
         "Kelby Ferries said its crews would be paid overtime for the early sailings."),
    ],
)  # fmt: skip
def test_a_box_about_a_body_on_a_page_that_is_no_release_or_a_story_paragraph_names_no_outlet(
    closing: tuple[str, ...],
) -> None:
    top = () if closing is BOILERPLATE else ("FOR IMMEDIATE RELEASE",)
    assert _outlet(*top, *STORY, *closing) == "p01"


@pytest.mark.parametrize(
    "closing",
    [
        ("About Ines Varro", "Ines Varro is a freelance writer based in Kelby."),
        ("About the Harbour Trust", "The Harbour Trust looks after the old docks at Kelby."),
    ],
)  # fmt: skip
def test_a_feature_whose_parts_a_divider_sets_apart_is_no_release_for_its_closing_box(
    closing: tuple[str, ...],
) -> None:
    # "###" between a feature's parts, the story going on under it, closes no release
    headline, *story = STORY
    assert _outlet(headline, *story[:1], "###", *story[1:], *closing) == "p01"


def test_an_end_mark_after_a_releases_contacts_and_notes_still_closes_it() -> None:
    notes = (
        "-ENDS-",
        "Notes to editors",
        "1. The winter timetable was agreed with Orran Island's council after a consultation "
        "of the island's residents over the summer.",
    )
    assert _outlet(*STORY, *notes, *BOILERPLATE) == "Kelby Ferries"
