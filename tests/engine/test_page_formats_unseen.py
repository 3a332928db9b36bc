"""An invented story saved the ways users save news (tests/engine/page_formats_unseen.py, each
page labelled before the engine read it), and the classes of page its first reading got wrong,
each shown with more invented pages: a paper's name alone on its line, the page's own address,
a title line of site and sections, a dateline's initials spelled out, a sign-off naming the
reporting, a year in a headline, the field labels of a message or a feed, a clipper's front
matter, a newsletter's own lines, a picture credited to another paper, a headline in the file
name."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_formats_unseen import (
    FIRE_PAGES,
    PAGES,
    POWER_PAGES,
    SavedPage,
    check_page,
    check_report,
    outlet_key,
    page_cases,
    saved_stories,
)

from articles import read_page
from corroborate.engine.models import RawDocument
from corroborate.engine.readers import read_document
from corroborate.engine.readers.html import page_document
from corroborate.engine.text.furniture import furniture_kind
from corroborate.engine.text.ingest import headline_in_file_name, ingest
from corroborate.engine.text.outlets import site_in_page_title, site_of_host

STORIES = {"kestra": PAGES, "brennock": FIRE_PAGES, "dallow": POWER_PAGES}


saved = saved_stories(STORIES)


@pytest.mark.parametrize(("story", "page"), page_cases(STORIES))
def test_each_saved_page_is_titled_by_its_headline_named_for_its_outlet_and_read_without_its_furniture(
    saved: Path, story: str, page: SavedPage
) -> None:
    check_page(saved / story / page.file, page)


@pytest.mark.parametrize("story", list(STORIES))
def test_the_folders_report_is_titled_by_a_headline_and_quotes_no_furniture(
    saved: Path, story: str
) -> None:
    pages = STORIES[story]
    analysis = check_report(saved / story, pages)
    named = {article.file: outlet_key(article.outlet) for article in analysis.articles}
    assert {page.file: outlet_key(page.outlet) for page in pages if page.outlet} == {
        page.file: named[page.file] for page in pages if page.outlet
    }


STORY = (
    "HARLOW — The Harlow town council dismissed its police chief on Tuesday after an audit "
    "found that overtime had been approved without review for three years.",
    "The council will meet on Friday to name an interim chief, a spokesman for the mayor said.",
    "Officers were told of the decision at a briefing on Tuesday afternoon, two people said.",
)
HEADLINE = "Harlow council dismisses police chief after overtime audit"


@pytest.mark.parametrize(
    ("top", "bottom", "outlet"),
    [
        (("Fennick Gazette", HEADLINE), (), "Fennick Gazette"),
        (("The Harlow Evening Star", "Local", HEADLINE), (), "The Harlow Evening Star"),
        ((HEADLINE, "Corran Valley Radio"), (), "Corran Valley Radio"),
        ((HEADLINE,), ("Fennick Courier",), "Fennick Courier"),
    ],
)  # fmt: skip
def test_a_papers_name_alone_on_its_line_over_the_story_or_closing_it_names_the_outlet(
    top: tuple[str, ...], bottom: tuple[str, ...], outlet: str
) -> None:
    article = read_page(*top, *STORY, *bottom)
    assert (article.outlet, article.outlet_from, article.title) == (outlet, "text", HEADLINE)


@pytest.mark.parametrize(
    "line",
    [
        "Local News",  # a section's heading
        "Top Stories",
        "Associated Press",  # a picture's credit under its caption
        "Mayor Sues Harlow Herald",  # the headline itself
    ],
)
def test_a_section_a_credit_or_the_headline_alone_on_its_line_names_no_outlet(line: str) -> None:
    article = (
        read_page(line, *STORY) if line.startswith("Mayor") else read_page(HEADLINE, line, *STORY)
    )
    assert article.outlet_from == "file"


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        ((HEADLINE, "harlowherald.com", "Lee Park", "4-5 minutes", *STORY), "Harlow Herald"),
        (("Print this article", HEADLINE, *STORY,
          "https://www.fennickgazette.co.uk/news/2026/05/05/police-chief"), "Fennick Gazette"),
        ((HEADLINE, *STORY, "Printed from harlowvalleyradio.co.uk"), "Harlow Valley Radio"),
        ((HEADLINE, *STORY, "Printed from highfoldradio.co.uk"), "Highfold Radio"),
        (("From: Harlow Herald Briefing <briefing@harlowherald.com>", f"Subject: {HEADLINE}",
          *STORY), "Harlow Herald"),
    ],
)  # fmt: skip
def test_the_pages_own_address_on_a_line_of_its_own_names_its_outlet(
    lines: tuple[str, ...], outlet: str
) -> None:
    assert read_page(*lines).outlet == outlet


def test_a_papers_address_is_named_as_the_article_spells_the_paper() -> None:
    told = ["Lee Park told the HarlowToday Chronicle on Monday that the audit was late."]
    assert site_of_host("www.harlowtodaychronicle.com", told) == "HarlowToday Chronicle"
    assert site_of_host("harlowtodaychronicle.com") == "Harlowtoday Chronicle"


def test_an_address_of_a_site_that_is_no_papers_names_no_outlet() -> None:
    # a study's, an agency's or a government's page is what the story cites
    article = read_page(HEADLINE, *STORY, "https://www.harlow.gov.uk/audit/2026-overtime.pdf")
    assert article.outlet_from == "file"
    assert site_of_host("www.harlowhospital.org") is None
    # a body the article names, by its initials or in full, is what the story cites
    assert site_of_host("hfrs.gov.uk", ["The Harlow Fire and Rescue Service (HFRS) said."]) is None
    assert site_of_host("harlowcouncil.org", ["Harlow Council said the audit was late."]) is None


def test_a_saved_pages_address_and_its_title_line_of_site_and_sections_name_its_outlet() -> None:
    body = "".join(f"<p>{line}</p>" for line in STORY)
    saved_from = (
        "<!-- saved from url=(0051)https://www.fennickcourier.com/news/police-chief -->"
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>{body}"
        "</body></html>"
    )
    raw = page_document(saved_from)
    assert raw.url == "https://www.fennickcourier.com/news/police-chief"
    assert ingest(raw, "p.html", 0).outlet == "Fennick Courier"
    sections = (
        "<html><head><title>Local News | Harlow Herald</title></head><body>"
        f"<header><h1>{HEADLINE}</h1></header>{body}</body></html>"
    )
    article = ingest(page_document(sections), "p.html", 0)
    assert (article.title, article.outlet, article.outlet_from) == (
        HEADLINE,
        "Harlow Herald",
        "metadata",
    )
    # a title line holding a headline, or two names, is no title of site and sections
    assert site_in_page_title("Harlow Herald | Fennick Courier") is None
    assert site_in_page_title("Council fires police chief | Harlow Herald") is None


@pytest.mark.parametrize(
    ("dateline", "credit", "outlet"),
    [
        ("HARLOW, England (HNS) — ", "Harlow News Service", "Harlow News Service"),
        ("HARLOW (FWS) — ", "By LEE PARK, Fennick Wire Service", "Fennick Wire Service"),
        # a known outlet's initials stay as they are known
        ("HARLOW (AP) — ", "Anna Park Reporting", "Associated Press"),
    ],
)
def test_a_datelines_initials_are_the_outlet_the_page_spells_out(
    dateline: str, credit: str, outlet: str
) -> None:
    article = read_page(HEADLINE, credit, dateline + STORY[0].removeprefix("HARLOW — "), *STORY[1:])
    assert article.outlet == outlet


@pytest.mark.parametrize(
    "sign_off",
    [
        "— Reporting by Lee Park, Harlow News Service",
        "Additional reporting by Sam Reyes, Fennick Gazette",
    ],
)
def test_a_sign_off_naming_who_reported_names_the_outlet_and_leaves_the_story(
    sign_off: str,
) -> None:
    article = read_page(HEADLINE, *STORY, sign_off)
    assert article.outlet == sign_off.rsplit(", ", 1)[1]
    assert sign_off not in article.paragraphs


@pytest.mark.parametrize(
    "headline",
    [
        "Harlow council faces questions over 2024 overtime warning",
        "Police chief dismissed as 2026 audit finds unchecked overtime",
        "Kestra footbridge collapse: Council faces questions over 2024 repair warning",
    ],
)
def test_a_headline_holding_a_year_is_a_headline(headline: str) -> None:
    assert read_page("World", headline, "Share", *STORY).title == headline


@pytest.mark.parametrize(
    "stamp", ["Harlow Herald, May 2026", "Published 2026", "Updated 4 May 2026 14:02 BST"]
)
def test_a_line_of_a_date_or_a_stamp_with_a_year_is_still_no_headline(stamp: str) -> None:
    assert read_page(stamp, HEADLINE, *STORY).title == HEADLINE


@pytest.mark.parametrize("label", ["Subject: ", "Title: ", "Headline: "])
def test_a_messages_or_a_feeds_field_label_is_no_part_of_the_headline(label: str) -> None:
    assert (
        read_page("Feed: Harlow Herald - Top Stories", label + HEADLINE, *STORY).title == HEADLINE
    )


def test_a_clippers_front_matter_gives_the_headline_and_the_address_and_is_no_story(
    tmp_path: Path,
) -> None:
    note = tmp_path / "clipped.md"
    note.write_text(
        "---\n"
        f'title: "{HEADLINE}"\n'
        "source: https://www.fennickcourier.com/news/police-chief\n"
        "tags:\n  - news\n"
        "---\n\n" + "\n\n".join(STORY),
        encoding="utf-8",
    )
    raw = read_document(note)
    article = ingest(raw, note.name, 0)
    assert (article.title, article.outlet) == (HEADLINE, "Fennick Courier")
    assert not any("tags" in line or "source:" in line for line in article.paragraphs)


def test_a_rule_over_a_markdown_story_is_no_front_matter(tmp_path: Path) -> None:
    note = tmp_path / "story.md"
    note.write_text(
        "---\n" + HEADLINE + "\n\nNote: the council met twice.\n---\n\n" + "\n\n".join(STORY),
        encoding="utf-8",
    )
    raw = read_document(note)
    assert raw.title is None and HEADLINE in raw.text


@pytest.mark.parametrize(
    "line",
    [
        "You are receiving this email because you signed up for the Harlow Herald Briefing.",
        "You're receiving this newsletter because you subscribed at harlowherald.com.",
        "Good morning, and welcome to the Morning Briefing.",
        "Good evening and welcome to Harlow Herald Weekend Edition.",
        "Hello, welcome to today's Politics Digest.",
    ],
)
def test_a_newsletters_greeting_and_its_note_on_why_it_came_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None
    assert line not in read_page(HEADLINE, line, *STORY, line).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Good morning, and welcome to the Harlow flower show, the mayor told the first visitors.",
        "Welcome to the Harlow Marathon, the banner over the start line read.",
        "Residents said they were receiving this kind of letter from the council every month.",
    ],
)
def test_story_sentences_that_greet_or_receive_stay(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_picture_credited_to_another_paper_is_no_guardian_page() -> None:
    caption = "Officers outside Harlow police station. Photograph: Lee Park/Fennick Courier"
    article = read_page(HEADLINE, *STORY[:2], caption, STORY[2])
    assert article.outlet != "The Guardian"
    guardian = read_page(
        HEADLINE, *STORY[:2], "Officers outside the station. Photograph: Lee Park/PA", STORY[2]
    )
    assert guardian.outlet == "The Guardian"


@pytest.mark.parametrize(
    ("file", "headline"),
    [
        ("harlow-council-dismisses-police-chief.html", "Harlow council dismisses police chief"),
        ("police_chief_dismissed_after_overtime_audit.txt",
         "Police chief dismissed after overtime audit"),
        ("p01.txt", None),
        ("NYT19981012.0242", None),
        ("notes-from-the-spring-meeting.txt", None),  # shares no words with the lead
        ("2026-05-05-0001.txt", None),
    ],
)  # fmt: skip
def test_a_headline_in_a_pages_file_name_is_read_when_its_words_are_the_leads(
    file: str, headline: str | None
) -> None:
    assert headline_in_file_name(file, STORY) == headline


def test_readers_comments_under_the_story_are_left_out_with_their_thread() -> None:
    thread = (
        "Comments (12)",
        "Sort by: Newest",
        "harlow_dad 3 hours ago",
        "About time the council did something. The overtime was an open secret for years.",
        "Reply",
    )
    article = read_page(HEADLINE, *STORY, *thread)
    assert article.paragraphs == read_page(HEADLINE, *STORY).paragraphs


@pytest.mark.parametrize(
    "lines",
    [
        # a comment count in the share bar over the story
        (HEADLINE, "Comments (12)", "Reply", *STORY),
        # a heading of the story's own, with no thread under it
        (HEADLINE, *STORY[:2], "Comments", STORY[2]),
    ],
)
def test_a_comment_count_over_the_story_or_a_heading_without_a_thread_cuts_no_story(
    lines: tuple[str, ...],
) -> None:
    assert read_page(*lines).paragraphs == read_page(HEADLINE, *STORY).paragraphs


def test_a_question_under_the_pages_label_is_its_headline() -> None:
    question = "Who approved three years of unchecked overtime in Harlow?"
    assert read_page("Subscriber exclusive", question, *STORY).title == question
    # below the story's first paragraph a question is the story's
    assert read_page(HEADLINE, STORY[0], question, *STORY[1:]).title == HEADLINE


@pytest.mark.parametrize(
    "byline",
    [
        "By Lee Park, Data Editor",
        "By Lee Park, Energy Reporter, and Sam Reyes, Data Editor",
        "By Lee Park, Transport Correspondent",
    ],
)
def test_a_writers_job_with_its_beat_names_no_outlet(byline: str) -> None:
    assert read_page(HEADLINE, byline, *STORY).outlet_from == "file"


def test_a_papers_name_on_an_aggregators_card_with_its_time_names_the_outlet() -> None:
    for card in ("Harlow Herald • 3 hours ago", "Harlow Herald · June 4, 2026"):
        assert read_page("Top stories", HEADLINE, card, *STORY).outlet == "Harlow Herald"


def test_a_papers_name_over_a_question_and_its_standfirst_is_the_masthead_not_the_headline() -> (
    None
):
    question = "What went wrong at the Harlow police station?"
    article = read_page(
        "The Harlow Dispatch",
        "Subscribe",
        question,
        "Three years of overtime nobody checked, and what the audit tells us about the force",
        "Lee Park",
        *STORY,
    )
    assert (article.title, article.outlet) == (question, "The Harlow Dispatch")


def test_a_site_given_by_its_host_name_is_named_as_the_paper() -> None:
    raw = RawDocument("\n\n".join(STORY), title=HEADLINE, outlet="harlowcourier.co.uk", clean=True)
    assert ingest(raw, "p.html", 0).outlet == "Harlow Courier"
    # a host that names no paper stays as given
    raw = RawDocument("\n\n".join(STORY), title=HEADLINE, outlet="harlowcouncil.gov.uk", clean=True)
    assert ingest(raw, "p.html", 0).outlet == "harlowcouncil.gov.uk"


@pytest.mark.parametrize(
    ("dateline", "named"),
    [
        # call letters are no initials, and a group of residents is no outlet
        ("HARLOW (KHAR) — ", "Kestra Harbour Area Residents met on Monday."),
        ("HARLOW (HRA) — ", "The Harlow Residents Association met on Monday."),
    ],
)
def test_a_datelines_letters_are_not_spelled_out_as_a_name_that_is_no_papers(
    dateline: str, named: str
) -> None:
    article = read_page(HEADLINE, dateline + STORY[0].removeprefix("HARLOW — "), named, *STORY[1:])
    assert article.outlet == dateline.split("(")[1].split(")")[0]
