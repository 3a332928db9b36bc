"""Two tests in this order: the first leaves a window closed at 150 % text under the app's
style sheet, the second sets the sheet again and changes the text size of a new window.
Qt's style sheet code crashed in ``setStyleSheet`` there while the earlier window was torn
down between the two sheet changes (see ``_application_font_restored`` in conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontInfo

from corroborate.gui.theme import Theme

from .helpers import wait_settled, window_showing


def _at_150(qtbot: Any, qapp: Any, make_window: Any, story: Path) -> Any:
    Theme(qapp)
    window = window_showing(qtbot, make_window, story)
    before = QFontInfo(window.summary_view.list.font()).pointSizeF()
    window.set_text_scale(150)
    wait_settled(qtbot, window)
    assert QFontInfo(window.summary_view.list.font()).pointSizeF() > before
    return window


def test_a_window_left_at_large_text_under_the_style_sheet(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = _at_150(qtbot, qapp, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)


def test_the_next_window_changes_its_text_size_under_the_sheet_set_again(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    window = _at_150(qtbot, qapp, make_window, story)
    window.tabs.setCurrentWidget(window.coverage_view)
    window.set_text_scale(125)
    assert window.coverage_view.isVisible()
