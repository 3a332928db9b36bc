"""A paper's name set in capitals by a byline wholly in capitals ("BY LEE PARK, THE HARLOW
HERALD") is named as the paper writes it where the page writes it so, else as a reader would
write it ("The Harlow Herald"); names whose capitals may be the name's own (short words: "USA
TODAY", "NBC NEWS"; a name in capitals in a line of small letters) are left as the page sets
them (invented pages, labelled before the engine read them)."""

from __future__ import annotations

import pytest
from page_formats_eleventh import LINES_HEADLINE as HEADLINE
from page_formats_eleventh import LINES_STORY as STORY

from articles import read_page


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("BY LEE PARK, THE HARLOW HERALD", "The Harlow Herald"),
        ("BY LEE PARK, THE FENNICK EVENING GAZETTE", "The Fennick Evening Gazette"),
        # (a paper's name in capitals in a line of small letters is the paper's own way of
        # writing it, as "Lee Park, HARLOW TODAY" and "HARLOW MONTHLY sat down with …" are read)
        ("By Lee Park, THE FENNICK EVENING GAZETTE", "THE FENNICK EVENING GAZETTE"),
        ("By Lee Park, USA TODAY", "USA TODAY"),
        # (the same byline in a paper's own letters is read as before, without its "The")
        ("By Lee Park, The Harlow Herald", "Harlow Herald"),
    ],
)
def test_a_paper_in_capitals_is_named_as_a_reader_writes_it(byline: str, outlet: str) -> None:
    article = read_page(HEADLINE, byline, *STORY)
    assert article.outlet_from != "file"
    assert article.outlet == outlet


def test_a_paper_in_capitals_is_named_as_its_page_writes_it_elsewhere() -> None:
    closing = "Readers can write to the HarLow Herald at its office on Quay Street."
    article = read_page(HEADLINE, "BY LEE PARK, THE HARLOW HERALD", *STORY, closing)
    assert article.outlet == "The HarLow Herald"
