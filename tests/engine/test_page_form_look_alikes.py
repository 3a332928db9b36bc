"""Look-alikes of the page forms read for outlets, titles and furniture (a paper's name alone,
a headline in the file name, a newsletter's note, a comments thread, a job with its beat, a
dateline's initials spelled out, a clipper's front matter), each beside the form it resembles:
invented pages of an invented story."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles import read_page
from corroborate.engine import analyze
from corroborate.engine.models import Article
from corroborate.engine.readers import read_document

HEADLINE = "Tessary Bridge collapse kills two in Kestra"
LEAD = (
    "The Tessary Bridge over the river Orle collapsed on Tuesday morning, killing two drivers"
    " and injuring eleven people, the Kestra fire service said."
)
SECOND = (
    "Engineers from the regional roads office had inspected the bridge in March and found"
    " cracks in two of its supports, according to a report seen by reporters."
)
THIRD = (
    "Mayor Ilsa Varn said the town would open a temporary crossing within a week and that an"
    " inquiry would look at why repairs had been delayed."
)
FOURTH = (
    "Residents of Kestra gathered on the riverbank on Tuesday evening to lay flowers for the"
    " two drivers who died in the collapse."
)


def _read(*lines: str, file: str = "p01.txt") -> Article:
    return read_page(*lines, file=file)


@pytest.mark.parametrize(
    "last_line", ["Kestra Planning Register", "Vellmouth Community Leader", "Kestra Heritage Site"]
)
def test_a_bodys_name_alone_on_the_last_line_names_no_outlet(last_line: str) -> None:
    article = _read(HEADLINE, LEAD, SECOND, THIRD, last_line)
    assert article.outlet_from == "file"
    assert article.outlet != last_line


@pytest.mark.parametrize("last_line", ["Fenwick Gazette", "The Orle Mirror", "Dallow Evening Mail"])
def test_a_papers_name_alone_on_the_last_line_still_names_the_outlet(last_line: str) -> None:
    assert _read(HEADLINE, LEAD, SECOND, THIRD, last_line).outlet == last_line


@pytest.mark.parametrize(
    "file",
    ["fenwick-gazette-bridge-collapse-2026-06-04.txt", "harlow-herald-bridge-collapse.txt"],
)
def test_a_file_name_a_user_gave_with_a_papers_name_or_a_date_is_no_headline(file: str) -> None:
    article = _read(LEAD, SECOND, THIRD, file=file)
    assert article.title_from == "file"


def test_a_headline_in_a_sites_file_name_is_still_read() -> None:
    article = _read(LEAD, SECOND, THIRD, file="tessary-bridge-collapse-kills-two.html")
    assert (article.title, article.title_from) == ("Tessary bridge collapse kills two", "headline")


def test_an_emergency_alert_a_story_quotes_is_kept_and_a_newsletters_note_is_not() -> None:
    alert = (
        'The alert sent to phones in Kestra read: "You are receiving this message because you'
        ' live near the river. Leave your home now."'
    )
    note = "You are receiving this email because you signed up for the Orle Courier briefing."
    article = _read(HEADLINE, LEAD, alert, SECOND, THIRD, note)
    assert alert in article.paragraphs
    assert note not in article.paragraphs


def test_a_comments_count_over_the_pages_own_time_stamp_keeps_the_story_under_it() -> None:
    article = _read(HEADLINE, LEAD, SECOND, "12 comments", "Updated 2 hours ago", THIRD, FOURTH)
    assert THIRD in article.paragraphs and FOURTH in article.paragraphs


def test_a_readers_thread_under_the_story_is_still_cut() -> None:
    reply = "Shocking. Who signed off on the repairs?"
    thread = ("Comments (12)", "Sort by Newest", "orle_mum 2 hours ago", reply, "Reply")
    article = _read(HEADLINE, LEAD, SECOND, THIRD, *thread)
    assert THIRD in article.paragraphs
    assert reply not in article.paragraphs


def test_a_one_word_papers_name_before_a_staff_job_names_the_paper_and_a_beat_does_not() -> None:
    assert _read(HEADLINE, "By Mara Ellison, Tellmark Staff Writer", LEAD, SECOND).outlet == (
        "Tellmark"
    )
    assert _read(HEADLINE, "By Mara Ellison, Data Editor", LEAD, SECOND).outlet_from == "file"


def test_an_agency_one_page_spells_out_and_another_gives_by_initials_is_one_outlet(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(
        f"{HEADLINE}\n\nKESTRA (BNS) — {LEAD}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Copyright Brisk News Service. All rights reserved.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Two dead as Kestra bridge falls into the Orle\n\nKESTRA (BNS) — Two drivers died and"
        " eleven people were hurt when the Tessary Bridge collapsed into the river Orle on"
        " Tuesday morning, firefighters said.\n\nCracks in two supports had been found by road"
        " engineers during an inspection in March, a report shows.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Kestra mourns two killed in bridge collapse\n\nBy Mara Ellison, Fenwick Gazette\n\n"
        "The Tessary Bridge in Kestra collapsed on Tuesday, killing two drivers, the fire"
        " service said.\n\nAn inspection in March found cracks in two of the bridge's supports,"
        " a report says.\n",
        encoding="utf-8",
    )
    analysis = analyze(tmp_path)
    assert {a.file: a.outlet for a in analysis.articles} == {
        "a.txt": "Brisk News Service",
        "b.txt": "Brisk News Service",
        "c.txt": "Fenwick Gazette",
    }


def test_a_story_line_between_two_rules_opening_a_markdown_note_is_no_front_matter(
    tmp_path: Path,
) -> None:
    update = "Update: The council voted five to two on Tuesday to close the Tessary Bridge."
    note = tmp_path / "update.md"
    note.write_text(f"---\n{update}\n---\n\n{LEAD}\n\n{SECOND}\n", encoding="utf-8")
    assert update in read_document(note).text
    clipped = tmp_path / "clipped.md"
    clipped.write_text(
        f'---\ntitle: "{HEADLINE}"\nsource: https://www.orlecourier.com/news/bridge\n---\n\n'
        f"{LEAD}\n\n{SECOND}\n",
        encoding="utf-8",
    )
    raw = read_document(clipped)
    assert (raw.title, raw.url) == (HEADLINE, "https://www.orlecourier.com/news/bridge")


@pytest.mark.parametrize("label", ["Subject: Fwd: ", "Subject: Re: Fwd: ", "Subject: FW: "])
def test_a_forwarded_messages_subject_is_titled_without_its_marks(label: str) -> None:
    assert _read(label + HEADLINE, LEAD, SECOND, THIRD).title == HEADLINE
