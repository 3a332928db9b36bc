"""A seventh set of invented pages (tests/engine/page_formats_seventh.py, each labelled before
the engine read it): a caption as the page's first line, a headline naming another outlet, a
page quoting or embedding another outlet, the site's name in its furniture (a logo's text, a
follow or newsletter prompt) and bylines setting the paper after a bullet or a slash. Each page
is titled by its headline, named for its outlet (never for the outlet it quotes, embeds or names
in its headline) and read without its furniture; each single line names the outlet a reader
takes from it, or none."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_formats_seventh import (
    BODY,
    BYLINES,
    CLOSING_LINES,
    LEDE_A,
    LINE_HEADLINE,
    LOGO_HEADLINES,
    LOOK_ALIKE_SENTENCES,
    PAGES,
    TOP_LINES,
)
from page_formats_unseen import (
    SavedPage,
    check_line,
    check_look_alike,
    check_page,
    check_report,
    outlet_key,
    page_cases,
    read_lines,
    saved_stories,
)

from corroborate.engine.text.furniture import furniture_kind

STORIES = {"mossend": PAGES}

#: Pages titled otherwise than their label: none now ("Firefighters at the wrecked silo on
#: Brackley Quay", a caption without a verb over a headline as long, was taken for the fuller
#: heading while its participle, "wrecked", read as a verb).
TITLE_MISSES: dict[str, str] = {}


saved = saved_stories(STORIES)


@pytest.mark.parametrize(("story", "page"), page_cases(STORIES))
def test_each_page_is_titled_by_its_headline_named_for_its_own_outlet_and_read_without_its_furniture(
    saved: Path, story: str, page: SavedPage
) -> None:
    check_page(saved / story / page.file, page, TITLE_MISSES.get(page.file, ""))


def test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture(saved: Path) -> None:
    check_report(saved / "mossend", PAGES)


@pytest.mark.parametrize(("line", "outlet"), BYLINES)
def test_a_byline_under_the_headline_names_the_paper_after_its_bullet_or_slash_and_no_other_name(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1])


@pytest.mark.parametrize(("line", "outlet"), TOP_LINES)
def test_a_logos_text_above_the_headline_is_furniture_and_names_only_a_paper(
    line: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(line, LINE_HEADLINE, LEDE_A, BODY[0], BODY[1])
    assert title == LINE_HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    assert line not in paragraphs


@pytest.mark.parametrize(("line", "outlet"), CLOSING_LINES)
def test_a_follow_or_newsletter_prompt_or_a_box_about_the_paper_closing_the_page_names_only_a_paper(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1], closing=True)


@pytest.mark.parametrize("sentence", LOOK_ALIKE_SENTENCES)
def test_a_story_sentence_worded_like_a_logo_or_a_prompt_stays_in_the_story(sentence: str) -> None:
    check_look_alike(LINE_HEADLINE, LEDE_A, sentence, BODY[0], BODY[1])


@pytest.mark.parametrize("headline", LOGO_HEADLINES)
def test_a_headline_in_title_case_ending_in_logo_titles_its_page(headline: str) -> None:
    title, named, _ = read_lines(headline, LEDE_A, BODY[0], BODY[1])
    assert title == headline
    assert named is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The logo", None),
        ("A logo", None),
        ("New logo", None),
        ("Sentinel logo", "caption"),
        ("The Tullow Sentinel logo", "caption"),
    ],
)
def test_the_word_logo_after_a_determiner_alone_is_no_logos_text_and_after_a_name_is_a_caption(
    line: str, kind: str | None
) -> None:
    assert furniture_kind(line) == kind
