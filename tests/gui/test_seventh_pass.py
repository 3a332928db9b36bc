"""What a demanding user met on a seventh pass over the app: an outlet the article never
names (its file's name stands in) is marked so wherever a card or a disagreement heads
a sentence with it or says whose words the summary quotes, as the article's byline and
the report's list of articles mark it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from corroborate.engine import conflicts_of

from .helpers import wait_cards, window_opening


def _card_headings(window: Any) -> list[str]:
    return [
        label.text().replace("\u200b", "")
        for label in window.evidence_view.findChildren(QLabel, "outlet")
        if label.isVisibleTo(window)
    ]


def test_an_evidence_card_marks_an_outlet_named_after_its_file_and_no_other(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_opening(qtbot, make_window, story)
    window.summary_view.select_row(0)  # backed by every outlet, the unnamed one among them
    wait_cards(qtbot, window)
    evidence = window.evidence_view.evidence
    assert evidence is not None
    by_file = {src.article.outlet for src in evidence.sources if src.article.outlet_from == "file"}
    named = {src.article.outlet for src in evidence.sources if src.article.outlet_from != "file"}
    assert by_file and named  # the sample has both kinds on its first row
    headings = _card_headings(window)
    for outlet in by_file:
        assert f"{outlet} (file name)" in headings
    for outlet in named:
        assert outlet in headings
    assert not any(h.startswith(tuple(named)) and "(file name)" in h for h in headings)


def test_a_disagreement_marks_an_outlet_named_after_its_file(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_opening(qtbot, make_window, story)
    analysis = window.session.summary.analysis
    sides = [
        analysis.article_of(side.sentence)
        for conflict in conflicts_of(analysis)
        for side in conflict.sides
    ]
    unnamed = {a.outlet for a in sides if a.outlet_from == "file"}
    assert unnamed  # the sample's Lowland Herald disputes the railway's reopening day
    page = window.disagreements_view.browser.toPlainText()
    for outlet in unnamed:
        assert f"{outlet} (file name)" in page
    for article in sides:
        if article.outlet_from != "file":
            assert f"{article.outlet} (file name)" not in page


def test_the_note_over_the_cards_marks_a_quoted_outlet_named_after_its_file(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_opening(qtbot, make_window, story)
    model = window.summary_view.model
    notes = {}
    for row in range(model.rowCount()):
        window.summary_view.select_row(row)
        wait_cards(qtbot, window)
        article = window.session.summary.analysis.article_of(model.items[row].sentence)
        notes[article.outlet_from == "file"] = window.evidence_view.note.text()
    # The sample quotes its unnamed Lowland Herald on some rows and named outlets on others.
    assert notes[True].startswith("The summary quotes Lowland Herald (file name).")
    assert "(file name)" not in notes[False]
