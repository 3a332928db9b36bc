"""An eighth set of invented pages (tests/engine/page_formats_eighth.py, each labelled before the
engine read it): a long headline closed by its site's name on the page's first line, the
paper's staff report signed with "By", a post signed by the paper, a print view's closing
address line and the site's links in its footer. Each page is titled by its headline, named for
its outlet and read without its furniture; each single line names the outlet a reader takes
from it, or none (a writer, a union, a line of sections or a headline's place)."""

from __future__ import annotations

import pytest
from page_formats_eighth import (
    BODY,
    CLOSING_LINES,
    CLOSING_MISSES,
    COPYRIGHT_AMONG_LINKS,
    FIRST_LINES,
    LEDE_A,
    LINE_HEADLINE,
    LOOK_ALIKE_SENTENCES,
    PAGES,
    PLACE_AFTER_DASH,
    TOP_LINES,
    TOP_STORY_LINES,
)
from page_formats_unseen import (
    check_line,
    check_look_alike,
    outlet_key,
    page_set_tests,
    read_lines,
)

STORIES = {"orran": PAGES}

(
    saved,
    test_each_page_is_titled_by_its_headline_named_for_its_own_outlet_and_read_without_its_furniture,
    test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture,
) = page_set_tests(STORIES)


@pytest.mark.parametrize(("line", "outlet"), TOP_LINES)
def test_a_staff_report_or_a_post_signed_under_the_headline_names_only_a_paper(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1])


@pytest.mark.parametrize(("line", "outlet"), CLOSING_LINES)
def test_a_print_views_address_line_or_the_sites_footer_links_closing_the_page_name_only_a_paper(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1], closing=True)


@pytest.mark.parametrize(("line", "headline", "outlet"), FIRST_LINES)
def test_a_long_headline_closed_by_its_sites_name_on_the_first_line_titles_the_page(
    line: str, headline: str, outlet: str
) -> None:
    title, named, paragraphs = read_lines(line, LEDE_A, BODY[0], BODY[1])
    assert title == headline
    assert named == outlet_key(outlet)
    assert line not in paragraphs


@pytest.mark.parametrize(("line", "kept"), TOP_STORY_LINES)
def test_a_lead_or_a_standfirst_with_a_dash_under_the_headline_stays_in_the_story(
    line: str, kept: str
) -> None:
    title, named, paragraphs = read_lines(LINE_HEADLINE, line, LEDE_A, BODY[0], BODY[1])
    assert title == LINE_HEADLINE
    assert kept in paragraphs
    assert named is None


def test_a_headline_closed_by_a_dash_and_the_place_the_story_tells_of_names_no_site() -> None:
    title, named, _ = read_lines(PLACE_AFTER_DASH, LEDE_A, BODY[0], BODY[1])
    assert named is None
    assert title.startswith("Ferry runs aground with 212 aboard")


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Wei Sun",
        "Published May 9, 2026 by Emily Post",
        "Posted by Anna Mirror on May 9, 2026",
    ],
)
def test_a_post_signed_by_a_writer_whose_surname_is_a_papers_word_names_no_outlet(
    line: str,
) -> None:
    _, named, _ = read_lines(LINE_HEADLINE, line, LEDE_A, BODY[0], BODY[1])
    assert named is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Posted by the Wendmoor Mirror", "Wendmoor Mirror"),
        ("Posted by Wendmoor Mirror Staff", "Wendmoor Mirror"),
        ("Posted by Wendmoor Herald", "Wendmoor Herald"),
    ],
)
def test_a_post_signed_by_a_paper_written_as_a_papers_name_names_it(line: str, outlet: str) -> None:
    _, named, _ = read_lines(LINE_HEADLINE, line, LEDE_A, BODY[0], BODY[1])
    assert named == outlet_key(outlet)


def test_a_writers_own_site_links_name_no_outlet() -> None:
    _, named, _ = read_lines(LINE_HEADLINE, LEDE_A, BODY[0], BODY[1], "Wei Sun | Contact | About")
    assert named is None


#: A site's name after a headline's dash that the story credits as a medium after a preposition:
#: the name stays the site ("Brackwater Now" is invented; no paper's word in its name).
MEDIUM_AFTER_DASH = "Ferry runs aground with 212 aboard - Brackwater Now"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry had passed its inspection in May, according to Brackwater Now.",
        "The operator said in an interview to Brackwater Now that the crew acted quickly.",
        "A reporter at Brackwater Now saw the lifeboats return before dawn.",
    ],
)
def test_a_headline_closed_by_a_dash_and_a_site_the_story_credits_after_a_preposition_names_the_site(
    sentence: str,
) -> None:
    _, named, _ = read_lines(MEDIUM_AFTER_DASH, LEDE_A, sentence, BODY[0])
    assert named == outlet_key("Brackwater Now")


def test_a_headline_closed_by_a_dash_and_a_place_the_story_also_films_from_names_no_site() -> None:
    place = "Ferry runs aground with 212 aboard - Orran Point"
    lines = (
        "Crews waited on Orran Point for the lifeboats.",
        "Footage from Orran Point showed the hull.",
    )
    _, named, _ = read_lines(place, LEDE_A, *lines, BODY[0])
    assert named is None


@pytest.mark.parametrize("sentence", LOOK_ALIKE_SENTENCES)
def test_a_story_sentence_worded_like_a_post_line_stays_in_the_story(sentence: str) -> None:
    check_look_alike(LINE_HEADLINE, LEDE_A, sentence, BODY[0], BODY[1])


def test_a_copyright_among_the_sites_links_names_the_paper() -> None:
    line, outlet = COPYRIGHT_AMONG_LINKS
    _, named, _ = read_lines(LINE_HEADLINE, LEDE_A, BODY[0], BODY[1], line)
    assert named == outlet_key(outlet)


@pytest.mark.parametrize(("line", "outlet"), CLOSING_MISSES)
@pytest.mark.xfail(strict=True, reason="a known miss: a print view's sentence")
def test_a_print_views_sentence_names_the_paper(line: str, outlet: str) -> None:
    _, named, _ = read_lines(LINE_HEADLINE, LEDE_A, BODY[0], BODY[1], line)
    assert named == outlet


@pytest.mark.xfail(strict=True, reason="a byline without a mark between writer and paper")
def test_a_byline_without_a_mark_between_the_writer_and_an_unknown_paper_names_the_paper() -> None:
    # no list of given names tells "Mara Loft" from the paper's first words; known agencies and
    # broadcasters are read in this form ("By Lee Park Associated Press")
    _, named, _ = read_lines(
        LINE_HEADLINE, "By Mara Loft Penhallow Times", LEDE_A, BODY[0], BODY[1]
    )
    assert named == "Penhallow Times"
