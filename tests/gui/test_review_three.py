"""A fact-checker working through a story by keyboard: the row in hand stays in hand
while the story is read again, and the right pane always shows that row's article."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from corroborate.gui.sources_view import FileRole
from corroborate.resources import sample_story

from .test_with_engine import wait_idle, window_showing


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return Path(shutil.copytree(sample_story(), tmp_path / "carrowgate"))


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
    tree.setCurrentItem(first)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    window.sources_view.apply_now()
    qtbot.waitUntil(lambda: window.session.excluded == frozenset({chosen}), timeout=60_000)
    wait_idle(qtbot, window)
    qtbot.wait(50)
    current = tree.currentItem()
    assert current is not None and str(current.data(0, FileRole)) == chosen
    assert current.checkState(0) == Qt.CheckState.Unchecked
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
