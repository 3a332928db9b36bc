"""A demanding new user's first hour with the app and the command line: a folder of
two reports by one outlet, a folder whose subfolders hold more of the story."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from articles import ONE_OUTLET, write_folder
from corroborate.gui.plain import menu_path
from corroborate.resources import sample_story

from .helpers import wait_idle, window_opening


def _story_with_a_subfolder(tmp_path: Path) -> Path:
    """The sample story, one of its six reports moved into a subfolder ("wires/")."""
    story = Path(shutil.copytree(sample_story(), tmp_path / "story"))
    (story / "wires").mkdir()
    shutil.move(story / "05-rail-line-stays-shut.txt", story / "wires")
    return story


def test_the_caption_over_two_reports_of_one_outlet_does_not_call_them_copies(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_folder(tmp_path / "wall", ONE_OUTLET))
    caption = window.caption.text()
    assert "2 articles from one outlet: nothing can be corroborated" in caption
    assert "copies" not in caption


def test_the_banner_says_the_subfolders_hold_more_articles_and_how_to_read_them(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _story_with_a_subfolder(tmp_path))
    assert window.banner.isVisible()
    text = window.banner.text()
    assert "The subfolder “wires” holds 1 more article file, which was not read" in text
    button = window.banner.findChild(QPushButton, "messageAction")
    assert button.text() == "Read Subfolders Too"
    assert menu_path("File", "Read Subfolders Too") in button.toolTip()
    window.menu_actions.read_subfolders.trigger()
    qtbot.waitUntil(lambda: window.session.busy, timeout=5000)
    wait_idle(qtbot, window)
    assert len(window.session.analysis.articles) == 6
    assert "subfolders hold" not in window.banner.text()


def test_the_subfolders_warning_has_a_button_the_keyboard_reaches_that_reads_them_too(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _story_with_a_subfolder(tmp_path))
    window.show()
    qtbot.waitExposed(window)
    button = window.banner.findChild(QPushButton, "messageAction")
    assert button is not None and button.isVisible()
    # Tab, from the Minimum support box above the banner, goes to it next
    window.options_bar.min_sources.setFocus()
    qtbot.waitUntil(lambda: window.options_bar.min_sources.hasFocus())
    window.focusNextChild()
    assert window.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session.busy, timeout=5000)
    wait_idle(qtbot, window)
    assert window.menu_actions.read_subfolders.isChecked()  # the menu's item, turned on
    assert len(window.session.analysis.articles) == 6
    assert "subfolders hold" not in window.banner.text()


def _key_cells(sheet: Any) -> list[Any]:
    """The blocks of the shortcuts sheet's keys column, laid out."""
    from PySide6.QtGui import QTextTable

    document = sheet.browser.document()
    document.setTextWidth(sheet.browser.viewport().width())
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    return [table.cellAt(row, 0).firstCursorPosition().block() for row in range(table.rows())]


def test_at_double_text_size_the_shortcuts_sheet_grows_and_never_breaks_a_key_inside(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window()
    usual = window.shortcuts_sheet()
    qtbot.addWidget(usual)
    window.set_text_scale(200)
    sheet = window.shortcuts_sheet()
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    assert sheet.width() > usual.width() and sheet.height() > usual.height()
    room = sheet.screen().availableGeometry()
    assert sheet.width() <= room.width() and sheet.height() <= room.height()
    cells = _key_cells(sheet)
    assert any("Backspace" in cell.text() for cell in cells)
    for cell in cells:
        text, layout = cell.text(), cell.layout()
        starts = [layout.lineAt(n).textStart() for n in range(layout.lineCount())]
        assert all(at == 0 or text[at - 1] == " " for at in starts), text


def test_the_caption_says_why_a_summary_measured_in_words_falls_short_of_them(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from dataclasses import replace

    folder = write_folder(
        tmp_path / "fog",
        {
            "harbour-gazette.txt": "Fog closed the Wexley ferry terminal on Tuesday morning "
            "for six hours.\n\nPort officials said the first crossing left at noon.\n",
            "coast-record.txt": "Thick fog shut the Wexley ferry terminal for six hours on "
            "Tuesday morning.\n\nThe harbour master said radar had been repaired.\n",
        },
    )
    window = window_opening(qtbot, make_window, folder)
    window.session.set_options(replace(window.session.options, words=400))
    qtbot.waitUntil(lambda: window.session.summary.options.words == 400, timeout=5000)
    qtbot.waitUntil(lambda: "Not the 400 asked for" in window.caption.text(), timeout=5000)
    assert " words)" in window.caption.text()
