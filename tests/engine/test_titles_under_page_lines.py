"""Pages whose first line is not their headline: a section's label, the site's name, a date, a
byline, a picture's credit, a kicker, a headline set on two lines, in capitals or with the
site's name after it. Each article, and a story of three outlets so saved, is titled with the
headline. Invented outlets (The Corran Ledger, Vellmouth Gazette, Brisk News Service)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.engine import analyze
from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

HEADLINE = "Vellmouth Ferry Sinks Off Harbour Wall, Crew Rescued"
STORY = (
    "VELLMOUTH — A passenger ferry sank off the Vellmouth harbour wall on Monday after striking "
    "rocks in heavy fog, the coastguard said.",
    "All 46 passengers and six crew were pulled from the water by lifeboats and fishing boats "
    "within an hour.",
    "The ferry, the Marisol, had left Vellmouth for the island of Carrow at 7 a.m. and was "
    "running 20 minutes late.",
    "Investigators will examine whether the vessel's radar was working, the maritime agency said.",
)

#: What stands at the top of the page, and the title it must give.
TOPS = {
    "a section's label": (["World", HEADLINE], HEADLINE),
    "a breaking-news label": (["Breaking News", HEADLINE], HEADLINE),
    "a section's path": (["Business > Transport", HEADLINE], HEADLINE),
    "the site's name": (["The Corran Ledger", HEADLINE], HEADLINE),
    "the site's name in capitals": (["CORRAN LEDGER", HEADLINE], HEADLINE),
    "the site's address": (["corranledger.example", HEADLINE], HEADLINE),
    "a date line": (["Tuesday, May 4, 2026", HEADLINE], HEADLINE),
    "a byline": (["By Mara Quill", HEADLINE], HEADLINE),
    "a picture's credit": (["Photograph: Mara Quill/Brisk News Service", HEADLINE], HEADLINE),
    "an agency's credit alone": (["Getty Images", HEADLINE], HEADLINE),
    "the kicker EXCLUSIVE": ([f"EXCLUSIVE: {HEADLINE}"], HEADLINE),
    "the kicker BREAKING": ([f"BREAKING: {HEADLINE}"], HEADLINE),
    "the kicker LIVE": ([f"LIVE: {HEADLINE}"], HEADLINE),
    "the kicker Analysis": ([f"Analysis: {HEADLINE}"], HEADLINE),
    "a wire's update kicker": ([f"UPDATE 2-{HEADLINE}"], HEADLINE),
    "an opinion kicker with a bar": ([f"Opinion | {HEADLINE}"], HEADLINE),
    "a kicker on its own line": (["EXCLUSIVE", HEADLINE], HEADLINE),
    "a headline on two lines, cut at a comma": (
        ["Vellmouth Ferry Sinks Off Harbour Wall,", "Crew Rescued"],
        HEADLINE,
    ),
    "a headline on two lines, cut after a preposition": (
        ["Vellmouth Ferry Strikes Rocks Near the", "Harbour Wall in Thick Fog"],
        "Vellmouth Ferry Strikes Rocks Near the Harbour Wall in Thick Fog",
    ),
    "a headline on two lines, cut after a conjunction": (
        ["Vellmouth Ferry Sinks Off Harbour Wall and", "Every Passenger Is Rescued"],
        "Vellmouth Ferry Sinks Off Harbour Wall and Every Passenger Is Rescued",
    ),
    "a headline in capitals": ([HEADLINE.upper()], HEADLINE.upper()),
    "a headline in capitals on two lines": (
        ["VELLMOUTH FERRY SINKS OFF HARBOUR WALL,", "CREW RESCUED"],
        HEADLINE.upper(),
    ),
    "a breadcrumb trail": (["Home > News > World", HEADLINE], HEADLINE),
    "a breadcrumb trail with guillemets": (["Home » Local » Transport", HEADLINE], HEADLINE),
    "a cookie banner": (
        [
            "We use cookies to give you the best experience on our website. By continuing to "
            "browse, you agree to our use of cookies.",
            "Accept",
            HEADLINE,
        ],
        HEADLINE,
    ),
    "a sign-in bar": (["Subscribe", "Sign In", "Search", HEADLINE], HEADLINE),
    "the day's date and the paper's edition": (
        ["Tuesday, May 4, 2026 | Today's Paper", HEADLINE],
        HEADLINE,
    ),
    "a row of sections": (["News Sport Business Opinion Culture", HEADLINE], HEADLINE),
    "a trending bar": (["Trending: Election 2026, Ferry sinking, Budget", HEADLINE], HEADLINE),
    "the site's name and its tagline": (
        ["The Corran Ledger", "Vellmouth's news since 1854", HEADLINE],
        HEADLINE,
    ),
    "a writer's name and job": (["Mara Quill", "Senior Reporter", HEADLINE], HEADLINE),
    "a caption with its credit": (
        [
            "Lifeboats tow the ferry's wreck past the harbour wall on Monday. (Photo: Mara Quill)",
            HEADLINE,
        ],
        HEADLINE,
    ),
    "a reading time": (["4 min read", HEADLINE], HEADLINE),
    "an audio prompt": (["Listen to this article", HEADLINE], HEADLINE),
    "the kicker REVEALED": ([f"REVEALED: {HEADLINE}"], HEADLINE),
    "the kicker Fact check": ([f"Fact check: {HEADLINE}"], HEADLINE),
    "the site after a bar": ([f"{HEADLINE} | The Corran Ledger"], HEADLINE),
    "the site after a hyphen": ([f"{HEADLINE} - The Corran Ledger"], HEADLINE),
    "the site after two colons": ([f"{HEADLINE} :: The Corran Ledger"], HEADLINE),
    "a section, a byline and a date": (
        ["World", HEADLINE, "By Mara Quill", "May 4, 2026"],
        HEADLINE,
    ),
    "the site's menu": (["Skip to main content", "Menu", HEADLINE], HEADLINE),
}


@pytest.mark.parametrize("top", TOPS)
def test_an_article_under_a_page_line_that_is_no_headline_is_titled_with_its_headline(
    top: str,
) -> None:
    lines, headline = TOPS[top]
    article = ingest(RawDocument("\n\n".join([*lines, *STORY])), "p01.txt", 0)
    assert article.title == headline
    assert article.paragraphs[0].startswith("A passenger ferry sank")


@pytest.mark.parametrize(
    "top",
    ["a section's label", "the kicker EXCLUSIVE", "a headline on two lines, cut at a comma"],
)
def test_a_story_of_three_outlets_so_saved_is_titled_with_the_headline(
    top: str, tmp_path: Path
) -> None:
    lines, headline = TOPS[top]
    for n, outlet in enumerate(("The Corran Ledger", "Vellmouth Gazette", "Brisk News Service")):
        body = [*lines, *STORY[: 4 - n], f"Copyright 2026 {outlet}."]
        (tmp_path / f"p0{n + 1}.txt").write_text("\n\n".join(body), encoding="utf-8")
    assert analyze(tmp_path).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Police: Man held after Vellmouth ferry fire",
        "Update on Vellmouth ferry rescue expected today",
        "Live music returns to Vellmouth harbour",
    ],
)
def test_a_label_that_is_the_headlines_own_word_stays_in_the_title(line: str) -> None:
    article = ingest(RawDocument("\n\n".join([line, *STORY])), "p01.txt", 0)
    assert article.title == line


@pytest.mark.parametrize(
    "headline",
    [
        HEADLINE,
        "Vellmouth Ferry Trips Called Off",
        "Vellmouth Harbour Festival: Game On",
        "Ferry Crew Lacked Vitamin A",
    ],
)
def test_a_headline_ending_in_a_full_word_or_a_particle_is_not_joined_to_the_line_below(
    headline: str,
) -> None:
    under = "Coastguard Praises Fishing Boats"
    lines = [headline, under, *STORY]
    assert ingest(RawDocument("\n\n".join(lines)), "p01.txt", 0).title in (headline, under)


@pytest.mark.parametrize(
    ("page_title", "headline"),
    [
        (f"EXCLUSIVE: {HEADLINE} | The Corran Ledger", HEADLINE),
        (f"The Corran Ledger | Opinion | {HEADLINE}", HEADLINE),
        (f"Vellmouth Gazette | News | {HEADLINE}", HEADLINE),
        ("The Corran Ledger | Opinion | Why the Ferry Sank", "Why the Ferry Sank"),
        (f"Opinion | {HEADLINE} - The Corran Ledger", HEADLINE),
        (f"{HEADLINE} | News | Vellmouth Gazette", HEADLINE),
    ],
)
def test_a_saved_pages_title_gives_its_headline_whatever_the_site_and_section_around_it(
    page_title: str, headline: str
) -> None:
    article = ingest(RawDocument("\n\n".join(STORY), title=page_title), "p01.txt", 0)
    assert article.title == headline
