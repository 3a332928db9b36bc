"""A tenth set of invented pages (tests/engine/page_formats_tenth.py, each labelled before the
engine read it): a byline without "By" naming the paper its writers wrote for, a card's or a
byline strip's time stamps beside the paper's name, a byline with the writer's job between the
writer and the paper, a syndicated copy's closing note giving the first page's headline after
its outlet. Each page is titled by its headline, named for its outlet and read without its
furniture; each single line names the outlet a reader takes from it, or none (a body, a
headline's words, a writer's job, a platform)."""

from __future__ import annotations

import pytest
from page_formats_tenth import (
    BODY,
    CARD_LINES,
    FOR_PAPER_LINES,
    JOB_LINES,
    LABELLED_LINES,
    LEDE_A,
    LINE_HEADLINE,
    PAGES,
    SYNDICATION_LINES,
)
from page_formats_unseen import (
    check_line,
    page_set_tests,
)

STORIES = {"lowmere": PAGES}

(
    saved,
    test_each_page_is_titled_by_its_headline_named_for_its_own_outlet_and_read_without_its_furniture,
    test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture,
) = page_set_tests(STORIES)


@pytest.mark.parametrize(
    ("line", "outlet"), FOR_PAPER_LINES + CARD_LINES + JOB_LINES + LABELLED_LINES
)
def test_a_byline_without_by_a_cards_stamps_or_a_writers_job_beside_the_paper_names_only_the_paper(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1])


@pytest.mark.parametrize(("line", "outlet"), SYNDICATION_LINES)
def test_a_syndicated_copys_note_with_the_first_pages_headline_names_the_first_pages_outlet(
    line: str, outlet: str | None
) -> None:
    check_line(LINE_HEADLINE, line, outlet, LEDE_A, BODY[0], BODY[1], closing=True)
