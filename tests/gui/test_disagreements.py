"""Disagreements in the app over the real engine: the sample story's disputes reach the pane.

The pane itself is tested over a hand-made dispute in ``test_widgets``; here the
engine finds the disputes, and the window shows them, counts them on the tab,
opens either side in its article, and marks the cells on the coverage map.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from corroborate.engine import CONTRADICTS, conflicts_of

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
