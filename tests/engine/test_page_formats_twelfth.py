"""A twelfth set of invented page forms (tests/engine/page_formats_twelfth.py, each line labelled
before the engine read it): a reporter's address, a signature line with the paper's town, a
paper between a dateline's dashes, "reported from … for the …", a writer's note, "© Paper
2026", "Originally published by …", a syndication note, a page's own byline over a wire's
reporting credit; interrupting lines ("Advertisement", "Story continues below", "Related:",
counters, share counts, comment prompts, update and correction notes); verbless captions."""

from __future__ import annotations

import pytest
from page_formats_twelfth import (
    ADDRESS_LINES,
    BIO_LINES,
    BODY,
    BODY_TELLING_THE_PAPER,
    BYLINE_LINES,
    CAPTIONS,
    CLOSING_LINES,
    CREDITED_PAGES,
    DATELINES,
    FURNITURE_LINES,
    HEADLINE,
    HEADLINES_LIKE_CAPTIONS,
    LEDE,
    OTHER_CAPTIONS,
    REUTERS_CREDIT,
    SIGNATURE_LINES,
    VERBLESS_HEADLINES,
    story,
)
from page_formats_unseen import check_line, outlet_key, read_lines

from corroborate.engine.readers import RawDocument
from corroborate.engine.text.ingest import ingest


@pytest.mark.parametrize(("line", "outlet"), CLOSING_LINES)
def test_a_line_closing_the_page_names_the_paper_it_credits_and_is_no_paragraph(
    line: str, outlet: str | None
) -> None:
    check_line(HEADLINE, line, outlet, LEDE, *BODY, closing=True)


@pytest.mark.parametrize(("line", "outlet"), ADDRESS_LINES)
def test_a_reporters_address_names_the_paper_the_story_tells_at_its_domain(
    line: str, outlet: str | None
) -> None:
    check_line(HEADLINE, line, outlet, LEDE, *BODY_TELLING_THE_PAPER, closing=True)


@pytest.mark.parametrize(("line", "outlet"), SIGNATURE_LINES)
def test_a_signature_line_with_the_papers_town_and_state_names_only_a_paper(
    line: str, outlet: str | None
) -> None:
    check_line(HEADLINE, line, outlet, LEDE, *BODY)


@pytest.mark.parametrize(("line", "outlet"), BYLINE_LINES)
def test_a_byline_strip_with_its_stamp_after_a_bar_names_its_paper_and_a_pictures_credit_none(
    line: str, outlet: str | None
) -> None:
    check_line(HEADLINE, line, outlet, LEDE, *BODY)


@pytest.mark.parametrize(("dateline", "outlet"), DATELINES)
def test_a_paper_between_a_datelines_dashes_is_named_and_taken_off_the_lede(
    dateline: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(HEADLINE, f"{dateline} {LEDE}", *BODY)
    assert title == HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    if outlet:
        assert LEDE in paragraphs


@pytest.mark.parametrize(("top", "outlet"), CREDITED_PAGES)
def test_a_page_signed_by_its_papers_writer_is_the_papers_though_a_wire_credit_closes_it(
    top: tuple[str, ...], outlet: str
) -> None:
    title, named, _ = read_lines(HEADLINE, *top, LEDE, *BODY, REUTERS_CREDIT)
    assert title == HEADLINE
    assert named == outlet_key(outlet)


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_a_line_interrupting_the_story_is_no_paragraph_and_names_no_outlet(line: str) -> None:
    title, named, paragraphs = read_lines(HEADLINE, *story(line))
    assert title == HEADLINE
    assert named is None
    assert line not in paragraphs
    assert LEDE in paragraphs


@pytest.mark.parametrize("line", [*FURNITURE_LINES, *BIO_LINES])
def test_a_line_closing_the_story_is_no_paragraph_and_names_no_outlet(line: str) -> None:
    check_line(HEADLINE, line, None, LEDE, *BODY, closing=True)


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_verbless_caption_long_or_naming_a_thing_is_neither_the_headline_nor_a_title(
    caption: str,
) -> None:
    above = ingest(RawDocument("\n\n".join((caption, HEADLINE, LEDE, *BODY))), "p.txt", 0)
    assert above.title == HEADLINE
    alone = ingest(RawDocument("\n\n".join((caption, LEDE, *BODY))), "p.txt", 0)
    assert not alone.has_headline


@pytest.mark.parametrize("caption", OTHER_CAPTIONS)
def test_a_caption_with_a_participle_or_naming_a_craft_over_a_page_without_a_headline_is_no_title(
    caption: str,
) -> None:
    alone = ingest(RawDocument("\n\n".join((caption, LEDE, *BODY))), "p.txt", 0)
    assert not alone.has_headline


@pytest.mark.parametrize("headline", VERBLESS_HEADLINES)
def test_a_verbless_headline_in_a_captions_shape_stays_the_title(headline: str) -> None:
    article = ingest(RawDocument("\n\n".join((headline, LEDE, *BODY))), "p.txt", 0)
    assert article.title == headline


@pytest.mark.parametrize("headline", HEADLINES_LIKE_CAPTIONS)
def test_a_headline_shaped_like_a_caption_with_a_participle_or_a_craft_stays_the_title(
    headline: str,
) -> None:
    article = ingest(RawDocument("\n\n".join((headline, LEDE, *BODY))), "p.txt", 0)
    assert article.title == headline
