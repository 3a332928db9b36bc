"""Two invented stories whose pages carry furniture in wordings no earlier set holds
(tests/engine/page_formats_fifth.py, each page labelled before the engine read it): each page is
titled by its headline, named for its outlet and read without its furniture, keeping its story
sentences worded like furniture, and each folder's report quotes no furniture; and the forms
the set showed missing are read, line by line, beside the story sentences worded like them."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_formats_fifth import FLOOD_PAGES, KEPT, OUTLET_MISSES, ROOF_PAGES
from page_formats_unseen import (
    SavedPage,
    check_page,
    check_report,
    page_cases,
    saved_stories,
)

from corroborate.engine.readers import read_document
from corroborate.engine.text.furniture import furniture_kind, furniture_lines
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.outlets import outlet_in_text

STORIES = {"orrick": FLOOD_PAGES, "saltmere": ROOF_PAGES}


saved = saved_stories(STORIES)


@pytest.mark.parametrize(("story", "page"), page_cases(STORIES))
def test_each_page_keeps_its_story_sentences_worded_like_furniture(
    saved: Path, story: str, page: SavedPage
) -> None:
    article = ingest(read_document(saved / story / page.file), page.file, 0)
    assert [line for line in KEPT[page.file] if line not in article.paragraphs] == []


@pytest.mark.parametrize(("story", "page"), page_cases(STORIES))
def test_each_page_is_titled_by_its_headline_named_for_its_outlet_and_read_without_its_furniture(
    saved: Path, story: str, page: SavedPage
) -> None:
    check_page(saved / story / page.file, page, "", page.file in OUTLET_MISSES)


@pytest.mark.parametrize("story", list(STORIES))
def test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture(
    saved: Path, story: str
) -> None:
    check_report(saved / story, STORIES[story])


@pytest.mark.parametrize(
    "line",
    [
        "Tap the image to enlarge it.",
        "Click on the arrows to see more pictures.",
        "Please click the map to zoom in.",
        "To report an error in this article, email corrections@fennickpost.example.",
        "If you wish to report a mistake in this story, contact the desk.",
        "Spotted a typo? Email us.",
        "Reach Lee Park at 01632 960123 or follow her on X @leepark.",
        "Email Sam Reyes at sreyes@harlowherald.example.",
        "The Harlow Herald is a member of the Independent Press Standards Organisation.",
        "We are members of the Press Complaints Council.",
        "Fact check: This article was reviewed by our standards team on 3 October 2026.",
        "This story has been fact-checked by the Herald's verification desk.",
        "Got a story? Contact our newsroom at news@harlowherald.example.",
        "Have a news story? Email us.",
        "Swipe left to see more photos.",
        "Use the arrows to scroll through the gallery.",
        "Please keep comments civil and on topic.",
        "You must be logged in to comment.",
        "Open this article in the app.",
        "This article is also available as audio.",
        "This coverage is supported by the Harlow Local News Fund.",
        "For personal use only.",
        "Not for redistribution.",
        "Used with permission.",
        "Lee Park can be contacted at lpark@harlowherald.example.",
        "Graphic by Lee Park.",
        "Map data: Harlow County Council.",
        "Skip to main content.",
        "Jump to navigation",
        "Page 1 of 2.",
    ],
)
def test_a_pages_notes_in_sentences_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Users who tapped the image to see it were sent to a fake page, police said.",
        "To report an error in a ballot, voters must contact the county clerk, officials said.",
        "Reach Harlow by dawn, the captain ordered.",
        "Reach Harlow Bridge at 6 a.m. and wait there, the guide told them.",
        "The Harlow Herald is a member of the Independent Press Standards Organisation, which "
        "upheld the complaint against it on Tuesday.",
        "Mayor Lena Ruiz is a member of the press council.",
        "The report was reviewed by the regulator's standards team.",
        "Got a story to tell? The Harlow museum wants to hear it.",
        "Spotted an error in the accounts, the auditor wrote to the board.",
        "Fans swiped left to see more photos of the star.",
        "Use the arrows on the map to find the exits, the guide said.",
        "Keep comments short, the judge told the lawyers.",
        "This project was funded by the council.",
        "The photographs were used with permission from the family, police said.",
        "Map data showed the fire had spread east.",
        "Chart by chart, the analyst went through the figures.",
        "Page 12 of the report says the dam was unsafe.",
        "Skip to the end, the coach told players.",
    ],
)
def test_story_sentences_worded_like_those_notes_stay(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_writers_note_above_a_more_from_block_of_headlines_is_still_the_writers_note() -> None:
    lines = [
        "Harlow ferry fares to rise",
        "Fares on the Harlow ferry will rise by 12 percent in June, the operator said on Monday.",
        "The operator said fuel had cost it a third more than a year ago.",
        "Lee Park is the Harlow Herald's transport writer. She has covered the ferries since 2019.",
        "Tagged: Harlow, ferries, transport, fares",
        "More from Transport",
        "Harlow bus station to close for three weeks of repairs",
        "New cycle lane opens on the Tessel bridge after two years",
    ]
    assert furniture_lines(lines).get(3) == "contact"


def test_a_scores_tickers_result_on_the_pages_first_line_names_no_outlet() -> None:
    ticker = "LATEST SCORES Harnley 2-2 Ossett Vale · Bramcote 0-1 Lydd Athletic"
    lines = [
        ticker,
        "Saltmere Rovers' ground to stay shut after roof collapse",
        "Saltmere Rovers' ground will stay shut until the roof of its east stand is repaired, the "
        "club said on Monday.",
    ]
    assert outlet_in_text(lines, ticker) is None


@pytest.mark.parametrize(
    "line",
    [
        "The Marlby Echo is regulated by the Independent Press Standards Organisation.",
        "Use the arrows above to see the next slide.",
        "Use the arrows to move between images.",
        "You must be logged in to comment on this article.",
        "To report an error in this report, email corrections@fenwickpost.example.",
        "This series is supported by the Marlby Journalism Fund.",
        "Illustration by the Fenwick Post; Source: Marlby County Council",
    ],
)
def test_those_notes_in_other_words_are_furniture_too(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a road's sign, a device's or a scam's instructions, going on past the purpose
        "Use the arrows to move into the right-hand lane, signs on the Marlby bypass tell drivers.",
        "Use the arrows to move between floors in the lift.",
        "Tap the button to open the doors, and the train waits for 30 seconds.",
        "Click the button to open the attachment and the malware installs itself.",
        "Tap the icon to play the warning siren, which sounds across Marlby.",
        # an inquiry's report, not the page
        "To report an error in this report, residents can write to the commission by Friday.",
        "To flag a mistake in this report, the auditor must write to the committee within 30 days.",
        # a panel or a review in the news, not the page's regulator
        "Tamsin Ollerby is a member of the Marlby press complaints panel.",
        "Marlby Council is part of the regional media standards review launched on Monday.",
        # a council's site, not the page's comment box
        "You must be logged in to comment on the consultation, which closes on Friday.",
        # a sports or a broadcast series' backer, not the page's funder
        "This series was sponsored by Marlby Motors.",
        "This series was funded by the Fenwick Arts Council.",
        # a graphic's maker in the news
        "Graphics by Fenwick firm Pixelmere were used in the film's flood scenes.",
    ],
)
def test_sentences_of_signs_inquiries_panels_and_series_worded_like_those_notes_stay(
    line: str,
) -> None:
    assert furniture_kind(line) is None


def test_a_site_named_for_the_clock_round_is_no_scores_result() -> None:
    lines = [
        "Marlby bypass reopens after flood repairs | Marlby 24-7 News",
        "The Marlby bypass reopened on Tuesday after three weeks of flood repairs, the council said.",
    ]
    assert outlet_in_text(lines, lines[0]) == "Marlby 24-7 News"
