"""A tenth set of invented pages (tests/engine/page_formats_tenth.py, each labelled before the
engine read it): a byline without "By" naming the paper its writers wrote for, a card's or a
byline strip's time stamps beside the paper's name, a byline with the writer's job between the
writer and the paper, a syndicated copy's closing note giving the first page's headline after
its outlet. Each page is titled by its headline, named for its outlet and read without its
furniture; each single line names the outlet a reader takes from it, or none (a body, a
headline's words, a writer's job, a platform)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_formats_tenth import (
    BODY,
    CARD_LINES,
    FOR_PAPER_LINES,
    JOB_LINES,
    LEDE_A,
    LINE_HEADLINE,
    PAGES,
    SYNDICATION_LINES,
)
from page_formats_unseen import (
    SavedPage,
    folded,
    outlet_key,
    page_cases,
    read_lines,
    story_lines,
    write_stories,
)

from corroborate.engine import analyze, summarize, to_json
from corroborate.engine.readers import read_document
from corroborate.engine.text.ingest import ingest

STORIES = {"lowmere": PAGES}


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_stories(tmp_path_factory.mktemp("pages"), STORIES)


@pytest.mark.parametrize(("story", "page"), page_cases(STORIES))
def test_each_page_is_titled_by_its_headline_named_for_its_own_outlet_and_read_without_its_furniture(
    saved: Path, story: str, page: SavedPage
) -> None:
    article = ingest(read_document(saved / story / page.file), page.file, 0)
    left = [p for p in article.paragraphs if p not in story_lines(page)]
    assert [line for line in page.furniture if any(line in p for p in left)] == []
    assert page.outlet is not None
    assert outlet_key(article.outlet) == outlet_key(page.outlet)
    assert page.headline is not None
    assert folded(article.title) == folded(page.headline)


def test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture(saved: Path) -> None:
    report = to_json(summarize(analyze(saved / "lowmere")))
    assert folded(report["title"]) in {folded(page.headline) for page in PAGES if page.headline}
    quoted = [item["text"] for key in ("summary", "single_source") for item in report.get(key, [])]
    assert quoted
    assert [line for page in PAGES for line in page.furniture if line in quoted] == []


@pytest.mark.parametrize(("line", "outlet"), FOR_PAPER_LINES)
def test_a_byline_without_by_names_the_paper_its_writers_wrote_for_and_no_body(
    line: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(LINE_HEADLINE, line, LEDE_A, BODY[0], BODY[1])
    assert title == LINE_HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    assert line not in paragraphs


@pytest.mark.parametrize(("line", "outlet"), CARD_LINES)
def test_a_cards_time_stamp_before_or_after_a_papers_name_leaves_the_paper_named(
    line: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(LINE_HEADLINE, line, LEDE_A, BODY[0], BODY[1])
    assert title == LINE_HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    assert line not in paragraphs


@pytest.mark.parametrize(("line", "outlet"), JOB_LINES)
def test_a_writers_job_between_the_writer_and_the_paper_leaves_the_paper_named(
    line: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(LINE_HEADLINE, line, LEDE_A, BODY[0], BODY[1])
    assert title == LINE_HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    assert line not in paragraphs


@pytest.mark.parametrize(("line", "outlet"), SYNDICATION_LINES)
def test_a_syndicated_copys_note_with_the_first_pages_headline_names_the_first_pages_outlet(
    line: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(LINE_HEADLINE, LEDE_A, BODY[0], BODY[1], line)
    assert title == LINE_HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    assert line not in paragraphs
