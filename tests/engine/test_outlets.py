"""Outlets read from an article's own text: datelines, footers, credits, staff lines, templates."""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.outlets import outlet_in_text

STORY = "The Carrowgate bridge fell into the Tessel river on Monday evening, officials said."
CASES = {
    "dateline after a caption": (
        ["Crews on the riverbank on Monday. (AP Photo/Sam Reyes)", f"HARLOW (AP) — {STORY}"],
        None,
        "Associated Press",
    ),
    "dateline without a dash": ([f"Harlow (CNN) {STORY}"], None, "CNN"),
    "two-word place": ([f"DAHANIEH, Gaza Strip (AP) _ {STORY}"], None, "Associated Press"),
    "copyright line": (
        [STORY, "Copyright 2026 The Harlow Herald. All rights reserved."],
        None,
        "The Harlow Herald",
    ),
    "copyright with the year after": ([STORY, "© Radio Harlow 2026"], None, "Radio Harlow"),
    "copyright sign and word": (
        [STORY, "© Copyright 2026 Harlow Herald Inc."],
        None,
        "Harlow Herald",
    ),
    "find us on facebook": ([STORY, "Find HarlowNews.com on Facebook."], None, "HarlowNews.com"),
    "reuters credit": (
        [STORY, "(Reporting by Lee Park; Editing by Sam Reyes)"],
        None,
        "Reuters",
    ),
    "originally appeared": (
        [STORY, "This article originally appeared on Harlow Weekly."],
        None,
        "Harlow Weekly",
    ),
    "site name in the title": (
        [STORY],
        "Bridge falls into the Tessel | The Harlow Herald",
        "The Harlow Herald",
    ),
    "site name after a dash": (
        [STORY],
        "Bridge falls into the Tessel - Radio Harlow",
        "Radio Harlow",
    ),
    "critic line": (
        [STORY, "Lee Park is the Harlow Herald's movie critic."],
        None,
        "Harlow Herald",
    ),
    "byline of the paper": (["By Lee Park of the Harlow Gazette", STORY], None, "Harlow Gazette"),
    "staff photo credit": (
        ["The mayor at the river. (Lee Park/The Harlow Herald)", STORY],
        None,
        "The Harlow Herald",
    ),
    "reporter e-mail": ([STORY, "lpark@nydailynews.com"], None, "New York Daily News"),
    "self reference": (
        [STORY, "The fire chief told KHAR News today that divers found the bus."],
        None,
        "KHAR News",
    ),
    "template": (["Image copyright Getty Images", STORY], None, "BBC News"),
}


@pytest.mark.parametrize(("lines", "title", "outlet"), CASES.values(), ids=CASES.keys())
def test_outlet_named_in_the_text(lines: list[str], title: str | None, outlet: str) -> None:
    assert outlet_in_text(lines, title) == outlet


@pytest.mark.parametrize(
    "lines",
    [
        [STORY, "(Lee Park/Reuters)"],  # an agency's photo in another outlet's article
        [STORY, "The mayor told CNN that the bridge had passed its inspection."],
        [f"Kim Park (left) greets {STORY}"],
        [STORY, "The Associated Press contributed to this report."],
    ],
    ids=["agency photo credit", "interview with another outlet", "bracket note", "wire help"],
)
def test_other_outlets_named_in_the_text_are_not_the_articles_outlet(lines: list[str]) -> None:
    assert outlet_in_text(lines) is None


def test_without_any_evidence_the_file_name_is_the_outlet_and_the_report_says_so() -> None:
    article = ingest(RawDocument(text=STORY), "harbor-herald.txt", 0)
    assert (article.outlet, article.outlet_from) == ("Harbor Herald", "file")


def test_metadata_from_a_saved_page_comes_first() -> None:
    text = f"HARLOW (AP) — {STORY}"
    article = ingest(RawDocument(text=text, outlet="Harlow Herald"), "p01.html", 0)
    assert (article.outlet, article.outlet_from) == ("Harlow Herald", "metadata")
