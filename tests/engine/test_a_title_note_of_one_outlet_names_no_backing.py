"""The note that says what a story's title is when no headline tells the story: "the
opening sentence the most outlets back" only where outlets can back one sentence over
another; with one outlet, its article's own opening sentence, with no count of outlets
promised. Invented story: fictional places and people."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from corroborate.engine import analyze, summarize, to_markdown
from corroborate.engine.report.render import title_note

#: each article with no headline: its first line is the story's opening sentence
LEAD = (
    "The Orlow footbridge over the Kesh canal was closed on Tuesday after inspectors found "
    "a crack in its main beam, the Orlow city council said."
)
OWN = (
    "Council engineer Petra Vasko said the crack was found during a routine inspection on "
    "Monday afternoon.",
    "Pedestrians are being sent over the Mill Street bridge, about 400 metres to the east.",
    "The footbridge was built in 1974 and last repaired in 2019, council records show.",
    "Shop owners on Kesh Quay said trade had already fallen since the closure began.",
)
OTHER = (
    "Inspectors found a crack in the main beam of the Orlow footbridge, which was closed on "
    "Tuesday, the city council said.",
    "Petra Vasko, the council's engineer, said a routine inspection on Monday found the crack.",
    "Walkers are being directed to the Mill Street bridge to the east.",
    "A temporary ferry across the canal is being considered, Vasko added.",
)


def _article(paragraphs: tuple[str, ...]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_a_title_taken_from_the_one_articles_opening_sentence_promises_no_outlets(
    make_folder: Callable[..., Path],
) -> None:
    summary = summarize(analyze(make_folder({"orlow-bridge.txt": _article((LEAD, *OWN))})))
    assert summary.analysis.title_from == "lead"
    note = title_note(summary)
    assert note == (
        "No article's headline tells this story: its title is the opening sentence of the article."
    )
    assert note in to_markdown(summary) and "most outlets back" not in to_markdown(summary)


def test_a_title_taken_from_an_opening_sentence_of_two_outlets_says_the_most_back_it(
    make_folder: Callable[..., Path],
) -> None:
    folder = make_folder(
        {"orlow-bridge.txt": _article((LEAD, *OWN)), "canal-news.txt": _article(OTHER)}
    )
    summary = summarize(analyze(folder))
    assert summary.analysis.independent_sources == 2
    assert summary.analysis.title_from == "lead"
    assert title_note(summary).endswith("its title is the opening sentence the most outlets back.")
