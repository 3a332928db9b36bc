"""A fact-checker working through a story by keyboard: the row in hand stays in hand
while the story is read again, and the right pane always shows that row's article."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea

from corroborate.gui.sources_view import FileRole
from two_stories import write_two_stories

from .helpers import wait_cards, wait_idle, wait_settled, window_showing


@pytest.mark.parametrize("row", [0, 1])
def test_unticking_an_article_with_the_space_key_keeps_that_row_current_and_its_article_shown(
    qtbot: Any, make_window: Any, story: Path, row: int
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    tree.setFocus()
    first = tree.topLevelItem(row)
    chosen = str(first.data(0, FileRole))
    outlet = first.text(0)
    tree.setCurrentItem(first)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    window.sources_view.apply_now()
    qtbot.waitUntil(lambda: window.session.excluded == frozenset({chosen}), timeout=60_000)
    wait_idle(qtbot, window)
    wait_settled(qtbot, window)
    current = tree.currentItem()
    assert current is not None and str(current.data(0, FileRole)) == chosen
    assert current.checkState(0) == Qt.CheckState.Unchecked
    # The left-out row still names the outlet it was, and its file.
    assert current.text(0) == outlet and chosen in current.text(1)
    # The arrows go on from it (left-out rows come last), and the right pane follows.
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    above = tree.currentItem()
    assert above is not None and str(above.data(0, FileRole)) != chosen
    shown = window.article_view.shown_article()
    assert shown is not None and shown.file == str(above.data(0, FileRole))
    # Space again ticks it back: the same row, read again with the story.
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    window.sources_view.apply_now()
    qtbot.waitUntil(lambda: not window.session.excluded, timeout=60_000)
    wait_idle(qtbot, window)
    again = tree.currentItem()
    assert again is not None and str(again.data(0, FileRole)) == chosen
    shown = window.article_view.shown_article()
    assert shown is not None and shown.file == chosen


def test_another_folder_opened_does_not_make_the_row_of_a_file_of_the_same_name_current(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    tree.setCurrentItem(tree.topLevelItem(2))
    chosen = str(tree.currentItem().data(0, FileRole))
    window.session.open_folder(Path(shutil.copytree(story, tmp_path / "another")))
    wait_idle(qtbot, window)
    wait_settled(qtbot, window)
    assert tree.topLevelItemCount() > 2  # the other folder's rows are in
    current = tree.currentItem()
    assert current is None or str(current.data(0, FileRole)) != chosen


def test_the_several_stories_warning_names_each_story_once_in_its_list_and_folds_the_files_away(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window()
    window.resize(1024, 640)
    window.session.open_folder(write_two_stories(tmp_path / "mixed"))
    wait_idle(qtbot, window)
    stories = window.session.stories
    assert stories is not None and len(stories.groups) == 2
    said = " ".join(
        label.text() for label in window.banner.findChildren(QLabel) if label.isVisible()
    )
    assert "seems to hold 2 stories" in said
    # The headlines are the list's (a line each), the files the details' (Show details):
    # the warning itself stays a line or two on a small window.
    for name in stories.labels:
        assert name not in said
    for file in stories.files():
        assert file not in said
    combo = window.banner.findChild(QComboBox, "storyChoice")
    assert combo is not None and combo.isVisible() and combo.count() == 2
    details = window.banner.details.toPlainText()
    for number, name in enumerate(stories.labels):
        assert f"story {number + 1}: “{name}”" in details
    assert all(file in details for file in stories.files())
    window.banner.details_button.click()
    assert window.banner.details.isVisible()


def test_tab_lands_on_an_evidence_cards_link_itself_never_on_an_invisible_stop_before_it(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    wait_cards(qtbot, window)  # built a few per turn of the event loop, then shown
    summary_list = window.summary_view.list
    summary_list.setFocus()
    qtbot.keyClick(summary_list, Qt.Key.Key_Tab)  # the evidence pane (it scrolls by keys)
    stops: list[str] = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        focus = window.focusWidget()
        assert isinstance(focus, QLabel), focus
        stops.append(focus.selectedText())
    # Every stop is a link, in reading order: the first card's, then the second card's two.
    assert stops[:3] == ["Show in article", "Show in article", "Not the same claim"]
    assert all(stops), stops
    # Shift+Tab comes back link by link too, out of the pane, and Enter follows a link.
    back = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        focus = window.focusWidget()
        back.append(focus.selectedText() if isinstance(focus, QLabel) else focus)
    pane = window.evidence_view.findChild(QScrollArea, "evidenceScroll")
    assert back == ["Not the same claim", "Show in article", "Show in article", pane]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.detail.currentWidget() is window.article_view


def test_not_the_same_claim_takes_the_outlet_off_the_row_even_when_another_sentence_voices_it(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.summary_view.select_row(0)
    evidence = window.evidence_view.evidence
    own = evidence.sentence
    claim = window.session.analysis.claim(own)
    voice_group = window.session.analysis.sentence_group[own]
    # Every other outlet's card, one at a time: the row keeps its fact but loses that outlet.
    others = [s.group for s in claim.statements if s.group != voice_group]
    assert len(others) >= 2
    said_no = others[0]
    window.evidence_view.not_same_claim(said_no)
    qtbot.waitUntil(lambda: bool(window.session.corrections.unmatched), timeout=60_000)
    wait_idle(qtbot, window)
    summary = window.session.summary
    rows = [
        item for item in summary.items
        if any(own in s.sentences for s in item.claim.statements) or item.sentence == own
    ]  # fmt: skip
    assert rows, "the row's fact is still in the summary"
    for item in rows:
        assert said_no not in {s.group for s in item.claim.statements}
    # However many sentence pairs it takes, the reader made one correction.
    assert "1 correction by you" in window.caption.text()
    # One correction, undone in one step.
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: not window.session.corrections.unmatched, timeout=60_000)


def test_pairs_of_one_not_the_same_claim_count_as_one_correction_and_apart_ones_as_two() -> None:
    from corroborate.engine import Corrections, count_corrections
    from corroborate.engine.models import SentenceKey

    def key(name: str) -> SentenceKey:
        return SentenceKey(f"{name}.txt", f"What {name} wrote.")

    herald = key("herald")
    star = tuple((key(name), herald) for name in ("gazette", "post", "courier"))
    assert count_corrections(Corrections(unmatched=star)) == 1
    apart = (key("times"), key("daily"))
    assert count_corrections(Corrections(unmatched=(*star, apart))) == 2
    assert count_corrections(Corrections()) == 0
