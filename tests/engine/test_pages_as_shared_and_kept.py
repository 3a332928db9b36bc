"""The classes of page the fourth invented set (tests/engine/page_formats_shared.py) found read
wrongly, each told from story sentences that look like it: a consent banner and its buttons, a
paywall's count, a translation's notes, a transcript's warning and its staff's labels, alt text
under its label, a press release's notes and boilerplate, a social network's and a forum's rows
around a post, a read-later export's metadata and highlight links. Every line, outlet and person
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.engine.readers import read_document
from corroborate.engine.text.furniture import (
    furniture_kind,
    furniture_lines,
    without_highlight_link,
    without_speaker_labels,
)
from corroborate.engine.text.ingest import ingest

FURNITURE = (
    # a consent banner
    "We and our 612 partners store and/or access information on a device, such as cookies.",
    "We and our advertising partners use cookies to personalise content.",
    "We and our partners use cookies to measure traffic and personalise ads.",
    "Reject all Accept all Manage options",
    "Accept all cookies | Cookie settings",
    "Manage preferences · Reject all",
    # a paywall
    "You have read 5 of 5 free articles this month.",
    "You've read 2 out of 3 free stories.",
    "This is a subscriber-only article.",
    "This is a premium-exclusive story.",
    # a translation's notes
    "Translated from the Portuguese by Ines Carvalho.",
    "Translated from Welsh.",
    "This story was machine-translated from the original in Basque.",
    "This article was translated using software and checked by an editor.",
    "Read the original article in Danish.",
    # a transcript's warning
    "This transcript was generated automatically and may contain errors.",
    "Transcripts are produced by an outside contractor and may contain mistakes.",
    # alt text
    "Image description: Two firefighters carry a hose past a burnt-out van.",
    "Alt text: A map of the valley with the closed road marked in red.",
    # a social network's and a forum's rows
    "Lena Varga • 3rd+",
    "5h • Edited •",
    "12 reactions • 3 comments",
    "All reactions: 2.4K",
    "318 points • 121 comments",
    "Like Comment Share",
    "Reply Share Report Save Follow",
    "r/tarnvalley",
    "Posted by u/heron_watch • 3 hr. ago",
    "level 2 · u/millpond · 1 hr. ago",
    "Member-only story",
    "Shared from the Carrow Sentinel app",
    "Published in The Field Notes",
    "7 min read · Mar 2, 2026",
    # a read-later export's metadata
    "- Full Title: Carrow bridge to reopen after repairs",
    "Original title: Carrow bridge to reopen after repairs",
)

STORY = (
    # a consent, a device, partners: the story's
    "The company said it and its partners had agreed to store the data on a device in Carrow.",
    "Councillors voted to reject all three bids and accept none of the offers.",
    "Readers who had read three free articles were asked to pay, the paper's editor said.",
    "The novel, translated from the Portuguese by Ines Carvalho, sold 40,000 copies.",
    "The court heard that the transcript of the call was translated from Basque by police.",
    "The transcript, released on Monday, shows the pilot asked for help twice.",
    # a firm's own news in the first person, a court's transcript in doubt
    "We and our partners at the county water board restored supply to 4,000 homes on Friday.",
    "Her lawyer said the court transcript was typed from a damaged tape and may contain errors.",
    "The police transcript is incomplete and may contain mistakes, the judge ruled.",
    "This report was translated into six languages before it went to every council.",
    "Translators said the original had been lost.",
    "Fans gave the singer 318 points, a record for the contest.",
    "Shares in the company rose 12 per cent on Monday.",
    "The mayor said he would follow the report's advice.",
    "Published in 1911, the map shows the old ford across the river.",
    "The image description in the court papers did not match the photograph.",
    "The app was shared from phone to phone before it was banned, police said.",
    "3 killed as bus leaves the road near Carrow",
)


@pytest.mark.parametrize("line", FURNITURE)
def test_a_line_of_a_page_saved_as_shared_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_like_one_is_not(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_posts_words_closed_by_its_tags_are_furniture_and_a_tag_inside_a_sentence_is_not() -> (
    None
):
    lines = [
        "Worth reading if you live in the valley. #floods #rivers",
        "The council's #TarnFloods appeal raised 12,000 pounds by Monday, its leader said.",
    ]
    assert furniture_lines(lines) == {0: "tweet"}


def test_a_transcript_loses_its_staffs_labels_and_keeps_its_guests() -> None:
    lines = [
        "LENA VARGA, PRESENTER: The river burst its banks at Carrow on Sunday.",
        "MAYOR OWEN PRYCE: We have moved 40 families out of the lower town.",
        "REPORTER: Water reached the first floor of the library by noon.",
    ]
    assert without_speaker_labels(lines) == [
        "The river burst its banks at Carrow on Sunday.",
        "MAYOR OWEN PRYCE: We have moved 40 families out of the lower town.",
        "Water reached the first floor of the library by noon.",
    ]


def test_one_line_under_a_label_in_capitals_is_no_transcript() -> None:
    lines = ["REPORTER: Water reached the first floor of the library by noon.", "The rain stopped."]
    assert without_speaker_labels(lines) == lines


def test_a_press_releases_notes_and_boilerplate_are_furniture_and_its_story_is_not() -> None:
    lines = [
        "Carrow Water has lifted its notice to boil tap water in the lower town.",
        "Tests on Tuesday found the supply clean, the company said.",
        "About Carrow Water",
        "Carrow Water supplies 40,000 homes in the Tarn valley.",
        "-ENDS-",
        "Notes to editors",
        "Interviews can be arranged through the press office.",
    ]
    assert sorted(furniture_lines(lines)) == [2, 3, 4, 5, 6]


def test_a_paragraph_about_the_firm_under_another_heading_is_the_storys() -> None:
    lines = [
        "About the flood",
        "Carrow Water said the river rose two metres in six hours.",
        "The notice will stay in place until Friday.",
    ]
    assert furniture_lines(lines) == {}


def test_a_paragraph_reporting_words_under_the_firms_heading_is_the_storys() -> None:
    lines = [
        "The river Tarn burst its banks at Carrow on Sunday, flooding 60 homes.",
        "About Carrow Water",
        "Carrow Water said its engineers found no cracks in the weir on Monday.",
    ]
    assert furniture_lines(lines) == {}


@pytest.mark.parametrize(
    "marks",
    [
        # a feature's dividers between its parts: several on the page
        (1, 4),
        # one divider with the longer part of the story under it
        (1,),
    ],
)
def test_a_features_section_dividers_end_no_story(marks: tuple[int, ...]) -> None:
    story = [
        "The river Tarn burst its banks at Carrow on Sunday, flooding 60 homes.",
        "About 40 families spent the night in the town's sports hall.",
        "Engineers checked the weir for cracks on Monday morning.",
        "The council said the lower town would stay closed until Friday.",
        "Tests found the water supply clean on Tuesday.",
    ]
    lines = list(story)
    for at in marks:
        lines.insert(at, "###")
    found = furniture_lines(lines)
    assert [lines[i] for i in found if lines[i] != "###"] == []


def test_a_highlights_link_is_taken_off_its_sentence() -> None:
    line = "The bridge will reopen on Friday. (View Highlight)"
    assert without_highlight_link(line) == "The bridge will reopen on Friday."
    assert without_highlight_link("The bridge (View Highlight) reopens.") == (
        "The bridge (View Highlight) reopens."
    )


def _read(tmp_path: Path, text: str) -> tuple[str, str, str, list[str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = ingest(read_document(path), path.name, 0)
    return article.title, article.outlet, article.outlet_from, list(article.paragraphs)


LEDE = (
    "The river Tarn burst its banks at Carrow on Sunday, flooding 60 homes and closing the "
    "town's two bridges, the fire service said."
)
MORE = "About 40 families spent the night in the town's sports hall, the council said on Monday."


def test_a_long_headline_under_the_pages_furniture_alone_is_its_headline(tmp_path: Path) -> None:
    headline = (
        "Carrow flood: sixty homes under water and both bridges shut as the Tarn bursts its banks"
    )
    title, *_ = _read(
        tmp_path, f"Reject all Accept all Manage options\n\n{headline}\n\n{LEDE}\n\n{MORE}\n"
    )
    assert title == headline


def test_a_programmes_line_with_its_day_is_no_headline(tmp_path: Path) -> None:
    title, *_ = _read(
        tmp_path,
        "Tarn Valley Radio — Morning Report, Monday 2 March 2026\n\n"
        f"Flood shuts both Carrow bridges\n\n{LEDE}\n\n{MORE}\n",
    )
    assert title == "Flood shuts both Carrow bridges"


def test_a_headline_naming_its_day_after_a_preposition_is_still_the_headline(
    tmp_path: Path,
) -> None:
    headline = "Carrow bridges to reopen to traffic on Friday, 8 May 2026"
    title, *_ = _read(tmp_path, f"{headline}\n\n{LEDE}\n\n{MORE}\n")
    assert title == headline


def test_a_forums_replies_under_the_quoted_article_are_not_read(tmp_path: Path) -> None:
    *_, paragraphs = _read(
        tmp_path,
        f"Flood shuts both Carrow bridges\n\n{LEDE}\n\n{MORE}\n\n"
        "level 1 · u/heron_watch · 2 hr. ago\n\nMy cousin's shop on the quay is under a metre of water.\n",
    )
    assert paragraphs == [LEDE, MORE]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Shared from the Carrow Sentinel app", "Carrow Sentinel"),
        ("Tarn Valley Herald — International edition", "Tarn Valley Herald"),
    ],
)
def test_a_share_sheets_or_an_editions_line_names_the_outlet(
    tmp_path: Path, line: str, outlet: str
) -> None:
    _, found, found_from, _ = _read(
        tmp_path, f"Flood shuts both Carrow bridges\n\n{LEDE}\n\n{MORE}\n\n{line}\n"
    )
    assert (found, found_from) == (outlet, "text")


def test_a_press_releases_label_in_capitals_is_no_outlet(tmp_path: Path) -> None:
    _, _, found_from, _ = _read(
        tmp_path, f"NEWS RELEASE\n\nFlood shuts both Carrow bridges\n\n{LEDE}\n\n{MORE}\n"
    )
    assert found_from == "file"
