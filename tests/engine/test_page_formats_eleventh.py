"""An eleventh set of invented pages (tests/engine/page_formats_eleventh.py, each labelled before
the engine read it): a byline with a dash between the writer and the paper, an editorial's or a
newsroom's credit, a syndicate's mark after the paper, a byline strip's stamps, a clipping's
label with the paper's town, a writer's name run into the paper's, a card setting the writer
after the paper, a writer's handle, a blog's dated post line, the page asking to be liked. Each
page is titled by its headline, named for its outlet and read without its furniture; each
single line names the outlet a reader takes from it, or none (a body, a writer, a headline's
words, a place)."""

from __future__ import annotations

import pytest
from page_formats_eleventh import (
    BODY,
    BYLINE_LINES,
    LEDE_A,
    LIKE_LINES,
    LINE_HEADLINE,
    NEWSROOM_LINES,
    PAGES,
)
from page_formats_unseen import (
    check_line,
    page_set_tests,
)

STORIES = {"hensley": PAGES}

(
    saved,
    test_each_page_is_titled_by_its_headline_named_for_its_own_outlet_and_read_without_its_furniture,
    test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture,
) = page_set_tests(STORIES)


@pytest.mark.parametrize(("line", "outlet"), BYLINE_LINES)
def test_a_byline_with_a_dash_a_syndicates_mark_stamps_a_town_or_the_writer_after_the_paper_names_only_the_paper(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1])


@pytest.mark.parametrize(("line", "outlet"), NEWSROOM_LINES)
def test_an_editorial_boards_or_a_newsrooms_credit_names_its_paper_and_no_other_body(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1])


@pytest.mark.parametrize(("line", "outlet"), LIKE_LINES)
def test_a_page_asking_to_be_liked_names_its_paper_and_never_a_writer_or_a_body(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1], closing=True)
