"""Two invented stories saved in page forms no earlier set holds
(tests/engine/page_formats_unwritten.py, each page labelled before the engine read it): each
page is titled by its headline, named for its outlet and read without its furniture, and each
folder's report is titled by a headline and quotes no furniture."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_formats_unseen import (
    SavedPage,
    check_page,
    check_report,
    page_cases,
    saved_stories,
)
from page_formats_unwritten import OUTLET_MISSES, RAIL_PAGES, THEFT_PAGES

STORIES = {"ashcombe": RAIL_PAGES, "calloway": THEFT_PAGES}


saved = saved_stories(STORIES)


@pytest.mark.parametrize(("story", "page"), page_cases(STORIES))
def test_each_page_is_titled_by_its_headline_named_for_its_outlet_and_read_without_its_furniture(
    saved: Path, story: str, page: SavedPage
) -> None:
    check_page(saved / story / page.file, page, outlet_miss=page.file in OUTLET_MISSES)


@pytest.mark.parametrize("story", list(STORIES))
def test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture(
    saved: Path, story: str
) -> None:
    check_report(saved / story, STORIES[story])
