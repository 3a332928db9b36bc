"""Story text that looks like the page forms read apart (wire copy in its tags, a saved
e-mail's header, a digest's greeting, a writer's note naming the outlet as its article) stays
the story's, and the forms' own characters are written as the page prints them. Every outlet,
place and person is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_formats_unseen import write_pages
from page_formats_unwritten import RAIL, RAIL_PAGES, THEFT, THEFT_PAGES

from corroborate.engine.models import RawDocument
from corroborate.engine.readers import read_document
from corroborate.engine.text.furniture import furniture_kind
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.outlets import folio_paper
from corroborate.engine.text.titles import top_line_is_no_headline

STORY = (
    "The old Carrow footbridge over the Tessel closed on Monday after inspectors found cracks "
    "in two piers, the Harlow county engineer said.",
    "About 4,000 people cross the bridge each day, according to the county.",
    "Repairs are expected to take six weeks and cost about 2 million crowns, officials said.",
)
HEADLINE = "Carrow footbridge shut after cracks found"


def _wire(*paragraphs: str) -> str:
    return "\n".join(
        [
            "<DOC>",
            "<DOCNO> HWN20260406.0012 </DOCNO>",
            f"<HEADLINE> {HEADLINE} </HEADLINE>",
            "<TEXT>",
            *(f"<P ID={n}>\n{line}\n</P>" for n, line in enumerate(paragraphs)),
            "</TEXT>",
            "</DOC>",
        ]
    )


def test_wire_copys_entities_are_written_as_the_characters_they_stand_for(tmp_path: Path):
    page = tmp_path / "wire.txt"
    page.write_text(_wire("The Harlow &amp; Tessel Railway said trains would run.", *STORY[1:]))
    raw = read_document(page)
    assert "The Harlow & Tessel Railway said trains would run." in raw.text
    assert "&amp;" not in raw.text


def test_words_between_angle_brackets_in_wire_copy_are_the_storys_not_a_tag(tmp_path: Path):
    sentence = "The load rule is a<b and b>c for every pier, the engineer said."
    page = tmp_path / "wire.txt"
    page.write_text(_wire(STORY[0], sentence))
    raw = read_document(page)
    assert sentence in raw.text
    assert "<P" not in raw.text and "ID=" not in raw.text  # a tag with attributes is a tag


@pytest.mark.parametrize(
    "line",
    [
        "Here is the news that stunned the village.",
        "Here are the stories of two survivors.",
        "Here are the headlines which the crash made abroad.",
    ],
)
def test_a_sentence_going_on_to_tell_the_news_it_announces_is_no_digests_greeting(line: str):
    assert furniture_kind(line) is None
    article = ingest(RawDocument("\n\n".join([HEADLINE, *STORY, line])), "page.txt", 0)
    assert line in article.paragraphs


@pytest.mark.parametrize(
    "line",
    ["Good morning. Here is what you need to know today.", "Here are today's top stories:"],
)
def test_a_digests_greeting_is_still_furniture(line: str):
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "headline",
    [
        "Date: 2026 is the year Harlow rebuilds its bridges",
        "Sent: Mayor signs 2026 budget for the Tessel bridges",
    ],
)
def test_a_headline_opening_as_a_mail_header_without_a_date_is_still_a_headline(headline: str):
    assert not top_line_is_no_headline(headline)


@pytest.mark.parametrize(
    "header",
    [
        "Sent: Monday, May 4, 2026 6:30 AM",
        "Date: Mon, 4 May 2026 06:30:00 +0000",
        "Date: 2026-05-04 06:30",
    ],
)
def test_a_mails_date_header_is_no_headline(header: str):
    assert top_line_is_no_headline(header)


@pytest.mark.parametrize(
    "closing",
    [
        "Noor Amsel is Fennick University's writer in residence.",
        "Tessa Vane is Kestrel Pictures's producer.",
    ],
)
def test_a_closing_line_on_a_job_at_a_college_or_a_studio_names_no_outlet(closing: str):
    article = ingest(RawDocument("\n\n".join([HEADLINE, *STORY, closing])), "page.txt", 0)
    assert article.outlet_from == "file"


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Lee Park is Harlow Wire's arts correspondent.", "Harlow Wire"),
        ("Lee Park is Kestrel Radio's Harlow correspondent.", "Kestrel Radio"),
        ("Lee Park is Harlow Herald's courts reporter.", "Harlow Herald"),
    ],
)
def test_a_writers_note_naming_a_paper_a_station_or_a_wire_names_the_outlet(
    closing: str, outlet: str
):
    article = ingest(RawDocument("\n\n".join([HEADLINE, *STORY, closing])), "page.txt", 0)
    assert article.outlet == outlet


def test_an_agencys_credit_line_stands_over_a_closing_line_on_someone_it_does_not_credit():
    lines = [
        "Reporter held in Fennick",
        "Police in Fennick detained a journalist on Monday, his employer said.",
        "The paper said it had not been told why he was held.",
        "Oren Malik is Fennick Courier's chief correspondent.",
        "(Reporting by Lee Park; editing by Sam Reyes)",
    ]
    assert ingest(RawDocument("\n\n".join(lines)), "page.txt", 0).outlet == "Reuters"
    # the credited writer's own note names the writer's agency
    lines[3] = "Lee Park is Harlow Wire's arts correspondent."
    assert ingest(RawDocument("\n\n".join(lines)), "page.txt", 0).outlet == "Harlow Wire"


@pytest.mark.parametrize(
    "line",
    [
        "12 Harlow Express Saturday, April 11, 2026",  # a timetable's train
        "7 Kestrel Star Sunday, April 12, 2026",  # a listing's entry
    ],
)
def test_a_bare_number_before_a_papers_name_and_a_day_is_no_folio_unless_set_apart(line: str):
    article = ingest(RawDocument("\n\n".join([HEADLINE, *STORY, line])), "page.txt", 0)
    assert article.outlet_from == "file"
    folio = line.replace(" ", " | ", 1)  # "12 | Harlow Express …": a page's number set apart
    assert folio_paper(folio) == " ".join(line.split()[1:3])


def test_every_story_sentence_the_unwritten_page_forms_hold_reaches_the_articles_text(
    tmp_path: Path,
):
    for name, pages, sentences in (("rail", RAIL_PAGES, RAIL), ("theft", THEFT_PAGES, THEFT)):
        write_pages(tmp_path / name, pages)
        for page in pages:
            held = [line for line in sentences if line in str(page.content)]
            assert held, page.file
            article = ingest(read_document(tmp_path / name / page.file), page.file, 0)
            text = "\n".join(article.paragraphs)
            assert [line for line in held if line not in text] == [], page.file
