"""Single lines of common page forms, under a headline or closing the page (invented, each
labelled before the engine read it): a site's name and the section the page is filed under
("Harlow Herald | Local News"), a partner page's "This content was produced by …" note, a
"From staff reports, The …" credit, a writer's name with an initial run into the paper's.
Each names the paper a reader takes from it; the look-alikes (a body's name before a section,
a writer's, a company's or a team's credit) name none, and never the section."""

from __future__ import annotations

import pytest
from page_formats_eleventh import LINES_HEADLINE as HEADLINE
from page_formats_eleventh import LINES_STORY as STORY
from page_formats_unseen import outlet_key, read_lines

#: Lines under the headline, and the outlet a reader takes from each (None: none).
TOP_LINES = (
    ("Harlow Herald | Local News", "Harlow Herald"),
    ("The Harlow Herald · World News", "The Harlow Herald"),
    ("Fennick Evening Post | Politics", "Fennick Evening Post"),
    ("Harlow Parish Council | Local News", None),
    ("Lee Park | Local News", None),
    ("From staff reports, The Harlow Herald", "The Harlow Herald"),
    ("From staff reports, Harlow Parish Council", None),
    ("Lee J. Park The Harlow Herald", "The Harlow Herald"),
)
#: Lines closing the page, and the outlet a reader takes from each.
CLOSING_LINES = (
    ("This content was produced by the Harlow Herald.", "Harlow Herald"),
    ("This content was produced by Fennick Evening Post.", "Fennick Evening Post"),
    ("This content was produced by Vale Water.", None),
    ("This content was produced by the council's communications team.", None),
    ("From staff reports, The Harlow Herald", "The Harlow Herald"),
)


@pytest.mark.parametrize(("line", "outlet"), TOP_LINES)
def test_a_line_under_the_headline_names_the_paper_and_never_a_section_or_a_body(
    line: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(HEADLINE, line, *STORY)
    assert title == HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    if outlet:
        assert line not in paragraphs


@pytest.mark.parametrize(("line", "outlet"), CLOSING_LINES)
def test_a_line_closing_the_page_names_the_paper_and_never_a_company_or_a_team(
    line: str, outlet: str | None
) -> None:
    title, named, paragraphs = read_lines(HEADLINE, *STORY, line)
    assert title == HEADLINE
    assert named == (outlet_key(outlet) if outlet else None)
    if outlet:
        assert line not in paragraphs
