"""Show All over the single-outlet list: where the keys are, and which story it belongs to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .helpers import wait_summarized
from .test_whole_lists import _ListsTheSurestOne


def _showing_the_single_outlet_list(qtbot: Any, make_window: Any, folder: Path) -> Any:
    window = make_window(_ListsTheSurestOne())
    window.session.open_folder(folder)
    wait_summarized(qtbot, window)
    window.tabs.setCurrentWidget(window.single_source_view)
    return window


def test_the_keyboard_focus_stays_on_show_all_as_it_becomes_show_fewer_and_back(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = _showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    view = window.single_source_view
    button = view.show_all
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count() > 1)
    assert button.text() == "Show Fewer"
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count() == 1)
    assert button.text().startswith("Show All")
    assert QApplication.focusWidget() is button
