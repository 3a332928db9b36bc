"""Disagreements in the app over the real engine: the sample story's disputes reach the pane.

The pane itself is tested over a hand-made dispute in ``test_widgets``; here the
engine finds the disputes, and the window shows them, counts them on the tab,
opens either side in its article, and marks the cells on the coverage map. A name
spelled two ways is listed after them under its own heading, and never counted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from articles import FERRY
from corroborate.engine import (
    CONTRADICTS,
    SPELLINGS_HEADING,
    SPELLINGS_NOTE,
    conflicts_of,
    to_json,
    to_markdown,
)

from .helpers import window_opening


@pytest.fixture
def window(qtbot: Any, make_window: Any, story: Path) -> Any:
    window = window_opening(qtbot, make_window, story)
    assert window.session.analysis is not None
    return window


def test_the_sample_storys_disputes_are_listed(window: Any) -> None:
    analysis = window.session.analysis
    view = window.disagreements_view
    # Pairs about one conflict (14 / 12 and 12 / 14 injured) are listed as one.
    assert view.count() == len(conflicts_of(analysis)) < len(analysis.disagreements)
    assert not view.note.isHidden()  # what the list means, said over it
    tab = window.tabs.tabText(window.tabs.indexOf(view))
    assert f"({view.count()})" in tab
    text = view.browser.toPlainText()
    for outlet in ("Meridian Press", "Valley 7 News", "The Fennick Courier", "Lowland Herald"):
        assert outlet in text
    assert "14 / 12" in text and "Wednesday / Thursday" in text
    # the differing words are tinted and bold, not the whole sentence
    marked = re.findall(
        r"<span style=\"[^\"]*background-color[^\"]*\">([^<]*)</span>", view.browser.toHtml()
    )
    assert {"14", "12", "Wednesday", "Thursday"} <= set(marked)
    assert all(len(words.split()) <= 3 for words in marked)


def test_either_side_opens_in_its_article(qtbot: Any, window: Any) -> None:
    analysis = window.session.analysis
    dispute = next(d for d in analysis.disagreements if d.kind == "date")
    window.tabs.setCurrentWidget(window.disagreements_view)
    for sid in (dispute.a, dispute.b):
        window.disagreements_view.browser.anchorClicked.emit(QUrl(f"sentence:{sid}"))
        assert window.detail.currentWidget() is window.article_view
        shown = window.article_view.browser.toPlainText()
        assert analysis.sentences[sid].text in shown


def test_the_coverage_map_marks_the_contradicting_outlet(window: Any) -> None:
    analysis = window.session.analysis
    window.tabs.setCurrentWidget(window.coverage_view)
    matrix = window.coverage_view.matrix
    assert matrix is not None
    marked = {
        (matrix.columns[c].outlet, cell.sentence)
        for row in matrix.rows
        for c, cell in enumerate(row.cells)
        if cell.state == CONTRADICTS
    }
    thursday = next(s.id for s in analysis.sentences if "would reopen Thursday" in s.text)
    assert ("Lowland Herald", thursday) in marked


def test_the_disagreements_have_the_whole_width_until_a_version_is_opened_in_its_article(
    qtbot: Any, window: Any
) -> None:
    window.resize(1920, 1080)
    window.show()
    view = window.disagreements_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: window.detail.isHidden())
    # no empty half beside the list: how to open a version is said over it
    assert "Show in article" in view.note.text()
    qtbot.waitUntil(lambda: view.width() >= window.width() * 0.9)
    dispute = window.session.analysis.disagreements[0]
    view.browser.anchorClicked.emit(QUrl(f"sentence:{dispute.a}"))
    qtbot.waitUntil(lambda: not window.detail.isHidden())
    assert window.detail.currentWidget() is window.article_view
    assert window.detail.width() >= window.width() * 0.3  # read beside the list
    window.escape()  # back from the article: the list has the whole width again
    qtbot.waitUntil(lambda: window.detail.isHidden())
    assert window.tabs.currentWidget() is view


def _ferry(tmp_path: Path, injured: str = "12") -> Path:
    folder = tmp_path / "ferry"
    folder.mkdir()
    for name, text in FERRY.items():
        (folder / name).write_text(text.replace(" 12 people", f" {injured} people"), "utf-8")
    return folder


def test_a_name_spelled_two_ways_is_listed_under_its_own_heading_and_not_counted(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _ferry(tmp_path))
    summary = window.session.summary
    assert summary is not None
    view = window.disagreements_view
    report = to_json(summary)
    # the tab counts the disagreements as the JSON and the Markdown do, never the spelling
    assert view.count() == len({item["conflict"] for item in report["disagreements"]}) == 1
    assert len(report["spellings"]) == 1
    tab = window.tabs.tabText(window.tabs.indexOf(view))
    assert tab.endswith("(1)")
    text = view.browser.toPlainText()
    disputed = re.search(r"14 / 12|12 / 14", text)
    assert disputed is not None and disputed.start() < text.index(SPELLINGS_HEADING)
    assert SPELLINGS_NOTE in text
    after = text[text.index(SPELLINGS_HEADING) :]
    assert "Morvanes" in after and "Morvenas" in after
    assert "Morvanes" not in text[: text.index(SPELLINGS_HEADING)]
    assert to_markdown(summary).count("## Names spelled differently") == 1


def test_a_story_with_only_a_name_spelled_two_ways_says_no_disagreement_was_found(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _ferry(tmp_path, injured="14"))
    view = window.disagreements_view
    assert view.count() == 0
    assert window.tabs.tabText(window.tabs.indexOf(view)) == "&Disagreements"
    assert view.note.isHidden()  # what a list of disagreements means: there is none
    text = view.browser.toPlainText()
    assert text.startswith("No disagreement was found between independent outlets.")
    assert SPELLINGS_HEADING in text and "Morvenas" in text
