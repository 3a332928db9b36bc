"""The classes of page the two stories of tests/engine/page_formats_unwritten.py found read
wrong, each shown with more invented pages and the story sentences that look like them: wire
copy in its SGML-like tags, a printed page's folio, a saved e-mail's header and a digest's
greeting, a headline in capitals over its deck in small letters, a writer's note naming the
outlet as its article. Every outlet, place and person is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles import read_page
from corroborate.engine.readers import read_document
from corroborate.engine.text.furniture import furniture_kind
from corroborate.engine.text.ingest import ingest

STORY = (
    "HARLOW — The Harlow town council dismissed its police chief on Tuesday after an audit "
    "found that overtime had been approved without review for three years.",
    "The council will meet on Friday to name an interim chief, a spokesman for the mayor said.",
    "Officers were told of the decision at a briefing on Tuesday afternoon, two people said.",
)
HEADLINE = "Harlow council dismisses police chief after overtime audit"


# --- wire copy in its tags ------------------------------------------------------------------------
ONE_LINE_FIELDS = "\n".join(
    [
        "<DOC>",
        "<DOCNO> FNW20260303.0118 </DOCNO>",
        "<SLUG> BC-Harlow-Police-Chief </SLUG>",
        f"<HEADLINE> {HEADLINE} </HEADLINE>",
        "<BYLINE> By ODA PRENTISS </BYLINE>",
        "<BYLINE> Fennick News Wire Writer </BYLINE>",
        "<TEXT>",
        *(f"<P> {line} </P>" for line in STORY),
        "</TEXT>",
        "</DOC>",
    ]
)
FIELDS_OVER_LINES = "\n".join(
    [
        "<DOC>",
        "<DOCNO>",
        "FNW20260303.0118",
        "</DOCNO>",
        "<HEADLINE>",
        HEADLINE,
        "</HEADLINE>",
        "<TEXT>",
        *(f"<P>\n{line}\n</P>" for line in STORY),
        "</TEXT>",
        "</DOC>",
    ]
)


@pytest.mark.parametrize("copy", [ONE_LINE_FIELDS, FIELDS_OVER_LINES], ids=["one line", "lines"])
def test_wire_copy_in_its_tags_is_titled_by_its_headline_and_read_without_its_tags(
    tmp_path: Path, copy: str
) -> None:
    path = tmp_path / "fnw-0118.txt"
    path.write_text(copy + "\n", encoding="utf-8")
    article = ingest(read_document(path), path.name, 0)
    assert (article.title, article.title_from) == (HEADLINE, "headline")
    text = "\n".join(article.paragraphs)
    assert "<" not in text and "FNW2026" not in text and "BC-Harlow" not in text
    assert STORY[1] in text and STORY[2] in text


def test_wire_copy_in_its_tags_names_its_agency_by_its_writers_line(tmp_path: Path) -> None:
    path = tmp_path / "fnw-0118.txt"
    path.write_text(ONE_LINE_FIELDS.replace("HARLOW —", "HARLOW (FNW) —") + "\n", encoding="utf-8")
    assert ingest(read_document(path), path.name, 0).outlet == "Fennick News Wire"


@pytest.mark.parametrize(
    "text",
    [
        # a story that quotes tags, or a page whose tags hold no story, is read as it is
        "The page began <DOC> and ended </DOC>, the archivist said.\n\n" + "\n\n".join(STORY),
        "<DOC>\n<DOCNO> FNW20260303.0118 </DOCNO>\n</DOC>\n",
    ],
    ids=["tags inside a sentence", "no story in the tags"],
)
def test_text_that_is_not_wire_copy_in_its_tags_is_read_whole(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text.strip() == text.strip()


# --- a printed page's folio ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("folio", "outlet"),
    [
        ("THE FENNICK COURIER | SUNDAY, APRIL 12, 2026 | A1", "The Fennick Courier"),
        ("A6 | THE FENNICK COURIER | SUNDAY, APRIL 12, 2026", "The Fennick Courier"),
        ("HARLOW EVENING MAIL FRIDAY, MARCH 6, 2026 PAGE A1", "Harlow Evening Mail"),
        ("Page 3 The Fennick Courier Thursday, March 5, 2026", "The Fennick Courier"),
    ],
)
def test_a_printed_pages_folio_names_the_paper_as_it_writes_its_name(
    folio: str, outlet: str
) -> None:
    article = read_page(folio, HEADLINE, *STORY)
    assert (article.outlet, article.outlet_from, article.title) == (outlet, "text", HEADLINE)
    assert folio not in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Harlow Road March 6, 2026",  # an address and a date: no page's number
        "Chapter 3 Harlow Road March 6, 2026",  # no paper's name
        "A1 Harlow Courier March 6, 2026 A2",  # a number on both sides: no folio
    ],
)
def test_a_line_of_a_name_and_a_date_without_a_single_pages_number_names_no_outlet(
    line: str,
) -> None:
    assert read_page(line, HEADLINE, *STORY).outlet_from == "file"


# --- a saved e-mail's header and a digest's greeting --------------------------------------------
@pytest.mark.parametrize(
    "header",
    [
        "From: Fennick Courier Evening Digest <digest@fennickcourier.com>",
        "To: lee.park@fennickmail.com",
        "Sent: Tuesday, March 3, 2026 6:30 AM",
    ],
)
def test_a_saved_e_mails_header_line_is_no_headline(header: str) -> None:
    article = read_page(header, f"Subject: {HEADLINE}", HEADLINE, *STORY)
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "greeting",
    [
        "Good morning. Here is what you need to know today.",
        "Good evening. Here's what you need to know.",
        "Here are today's top stories:",
        "Hello, and here is the latest news.",
    ],
)
def test_a_digests_greeting_is_furniture(greeting: str) -> None:
    assert furniture_kind(greeting) is not None
    assert greeting not in read_page(HEADLINE, greeting, *STORY).paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "Here is what the council decided on Tuesday, in the mayor's words.",
        "Here are the latest figures from the audit office, which were published on Monday.",
        "Good morning, the chief told officers, before leaving the station for the last time.",
    ],
)
def test_story_sentences_opening_as_a_greeting_stay_story(sentence: str) -> None:
    assert furniture_kind(sentence) is None


# --- a headline in capitals over its deck in small letters --------------------------------------
@pytest.mark.parametrize(
    "top",
    [
        ("Fennick Courier", "POLICE", "COUNCIL DISMISSES HARLOW POLICE CHIEF", "Audit found "
         "overtime approved without review for three years"),
        ("COUNCIL DISMISSES HARLOW POLICE CHIEF OVER AUDIT", "Overtime was approved without review "
         "for years, the audit found"),
    ],
)  # fmt: skip
def test_a_headline_in_capitals_over_a_deck_in_small_letters_is_the_headline_whatever_its_length(
    top: tuple[str, ...],
) -> None:
    headline = next(line for line in top if len(line.split()) >= 4 and line.isupper())
    article = read_page(*top, "By Oda Prentiss", *STORY)
    assert article.title.casefold() == headline.casefold()


def test_a_headline_in_small_letters_over_a_longer_standfirst_is_still_the_headline() -> None:
    standfirst = "An audit found that overtime had been approved without review for three years"
    assert read_page(HEADLINE, standfirst, *STORY).title == HEADLINE


# --- a writer's note naming the outlet as its article ----------------------------------------------
@pytest.mark.parametrize(
    "note",
    [
        "Oda Prentiss is Fennick News Wire's courts correspondent.",
        "Oda Prentiss is Fennick Courier's chief political reporter. She has covered the town "
        "hall for a decade.",
    ],
)
def test_a_writers_note_naming_the_outlet_as_its_article_is_furniture_naming_the_outlet(
    note: str,
) -> None:
    article = read_page(HEADLINE, *STORY, note)
    assert note not in article.paragraphs
    assert article.outlet == note.split(" is ")[1].split("'s ")[0]


def test_the_writers_note_names_the_outlet_over_an_agencys_sign_off() -> None:
    note = "Oda Prentiss is Fennick News Wire's courts correspondent."
    article = read_page(HEADLINE, *STORY, "Reporting by Oda Prentiss; editing by Lee Park", note)
    assert article.outlet == "Fennick News Wire"


def test_an_agencys_sign_off_without_a_writers_note_still_names_the_agency() -> None:
    article = read_page(HEADLINE, *STORY, "(Reporting by Oda Prentiss; Editing by Lee Park)")
    assert article.outlet == "Reuters"


def test_a_closing_sentence_on_what_befell_an_outlets_reporter_stays_story() -> None:
    line = "Oda Prentiss is Fennick Courier's courts reporter who was arrested on Monday."
    assert line in read_page(HEADLINE, *STORY, line).paragraphs
