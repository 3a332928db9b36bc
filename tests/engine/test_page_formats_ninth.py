"""A ninth set of invented pages (tests/engine/page_formats_ninth.py, each labelled before the
engine read it): a post or a byline signing a writer and a paper with no mark between them, a
saved page whose ``<title>`` alone names its site, a publisher's social page as its only
metadata, a reprint's "Source:" and "via" credits, a copyright notice among the site's links,
"originally published on" a host, a gallery's captions under their counters. Each page is
titled by its headline, named for its outlet and read without its furniture; each single line
names the outlet a reader takes from it, or none (a writer, a body, a platform, a data
source)"""

from __future__ import annotations

import pytest
from page_formats_ninth import (
    AUTHOR_FIELD_PAGES,
    BODY,
    CLOSING_LINES,
    FOUR_WORD_PAPER_LINES,
    GALLERY_LINES,
    LEDE_A,
    LINE_HEADLINE,
    LOOK_ALIKE_SENTENCES,
    OWN_PAGE_WITH_A_CREDIT,
    PAGES,
    PAPER_NAMED_ELSEWHERE,
    PUBLISHER_ONLY_PAGE,
    PUBLISHER_PAGE,
    TITLE_ELEMENT_PAGES,
    TOP_LINES,
)
from page_formats_unseen import (
    check_line,
    check_look_alike,
    folded,
    outlet_key,
    page_set_tests,
    read_lines,
)

from corroborate.engine.readers.html import page_document
from corroborate.engine.text.ingest import ingest

STORIES = {"fennick": PAGES}

(
    saved,
    test_each_page_is_titled_by_its_headline_named_for_its_own_outlet_and_read_without_its_furniture,
    test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture,
) = page_set_tests(STORIES)


@pytest.mark.parametrize(("line", "outlet"), TOP_LINES)
def test_a_post_or_a_byline_signing_a_writer_and_a_paper_without_a_mark_names_only_the_paper(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1])


def test_a_writer_and_a_paper_signed_together_name_the_paper_the_page_names_alone_elsewhere() -> (
    None
):
    signed, contact = PAPER_NAMED_ELSEWHERE
    _, named, _ = read_lines(LINE_HEADLINE, signed, LEDE_A, BODY[0], BODY[1], contact)
    assert named == outlet_key("Marrow Sound Herald")


@pytest.mark.parametrize("line", FOUR_WORD_PAPER_LINES)
@pytest.mark.xfail(strict=True, reason="a paper's four words cannot be told from a writer's two")
def test_a_papers_name_of_four_words_signing_without_the_names_the_paper(line: str) -> None:
    _, named, _ = read_lines(LINE_HEADLINE, line, LEDE_A, BODY[0], BODY[1])
    assert named == outlet_key("Ostry Valley Evening Herald")


@pytest.mark.parametrize(("line", "outlet"), CLOSING_LINES)
def test_a_reprints_credit_or_the_sites_notice_closing_the_page_names_only_a_paper(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1], closing=True)


def test_a_page_signed_by_its_own_paper_keeps_its_outlet_under_another_outlets_credit() -> None:
    byline, credit = OWN_PAGE_WITH_A_CREDIT
    _, named, _ = read_lines(LINE_HEADLINE, byline, LEDE_A, BODY[0], BODY[1], credit)
    assert named == outlet_key("Tollbridge Courier")


def test_a_dash_before_a_papers_name_at_the_pages_top_is_no_credit() -> None:
    _, named, _ = read_lines(
        LINE_HEADLINE, "— Marrow Sound Herald", LEDE_A, BODY[0], BODY[1], BODY[2]
    )
    assert named is None


@pytest.mark.parametrize("sentence", LOOK_ALIKE_SENTENCES)
def test_a_story_sentence_worded_like_a_credit_stays_in_the_story(sentence: str) -> None:
    check_look_alike(LINE_HEADLINE, LEDE_A, sentence, BODY[0], BODY[1])


@pytest.mark.parametrize(("html", "headline", "outlet"), TITLE_ELEMENT_PAGES)
def test_a_saved_page_whose_title_element_alone_names_its_site_is_named_for_it(
    html: str, headline: str, outlet: str | None
) -> None:
    article = ingest(page_document(html), "zz-page.html", 0)
    assert folded(article.title) == folded(headline)
    if outlet is None:
        assert article.outlet_from == "file"
    else:
        assert outlet_key(article.outlet) == outlet_key(outlet)


def test_a_publishers_social_page_is_no_outlets_name() -> None:
    article = ingest(page_document(PUBLISHER_PAGE), "zz-page.html", 0)
    assert outlet_key(article.outlet) == outlet_key("Greyhaven Press")
    alone = ingest(page_document(PUBLISHER_ONLY_PAGE), "zz-page.html", 0)
    assert "facebook" not in alone.outlet.casefold()
    assert alone.outlet_from == "file"


@pytest.mark.parametrize("line", GALLERY_LINES)
def test_a_gallerys_caption_under_its_counter_is_furniture(line: str) -> None:
    _, named, paragraphs = read_lines(LINE_HEADLINE, LEDE_A, BODY[0], line, BODY[1], BODY[2])
    assert not any(line in paragraph for paragraph in paragraphs)
    assert named is None


@pytest.mark.parametrize(("html", "outlet"), AUTHOR_FIELD_PAGES)
def test_a_site_signing_its_pages_author_field_with_its_own_name_is_named_a_writer_is_not(
    html: str, outlet: str | None
) -> None:
    article = ingest(page_document(html), "zz-page.html", 0)
    if outlet is None:
        assert article.outlet_from == "file"
    else:
        assert outlet_key(article.outlet) == outlet_key(outlet)
