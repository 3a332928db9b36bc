"""Undo, Redo and Copy answer from every focus; names from the disk are shown as they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QInputDialog, QLabel

from corroborate.gui.settings import AppSettings

from .fakes import FakeEngine
from .helpers import folder, open_new_folder, wait_for_summary, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def test_undo_and_redo_take_back_a_correction_from_inside_the_minimum_support_box(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    session = window.session
    open_new_folder(qtbot, window, tmp_path)
    session.rename_outlet(["a.txt"], "Harbour Gazette")
    wait_idle(qtbot, window)
    box = window.options_bar.min_sources
    box.setFocus()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Up)  # the box now has an edit of its own
    shown = box.lineEdit().text()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: not session.corrections, timeout=5000)
    assert box.lineEdit().text() == shown  # the box's own text was not undone
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(session.corrections), timeout=5000)
    assert dict(session.corrections.outlets) == {"a.txt": "Harbour Gazette"}


def test_ctrl_c_copies_the_words_selected_on_an_evidence_card_not_the_summary_sentence(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    open_new_folder(qtbot, window, tmp_path)
    window.summary_view.select_row(0)
    qtbot.waitUntil(lambda: bool(window.evidence_view.findChildren(QLabel, "quote")))
    clipboard = QApplication.clipboard()
    evidence = window.evidence_view.evidence
    assert evidence is not None
    name = evidence.sources[0].article.file
    [label] = [
        lab
        for lab in window.evidence_view.findChildren(QLabel, "muted")
        if lab.text().replace("\u200b", "") == name
    ]
    label.setFocus(Qt.FocusReason.MouseFocusReason)
    label.setSelection(0, len(label.text()))
    qtbot.keyClick(label, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == name
    quote = window.evidence_view.findChildren(QLabel, "quote")[0]
    quote.setFocus(Qt.FocusReason.MouseFocusReason)
    quote.setSelection(0, 9)
    qtbot.keyClick(quote, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == quote.selectedText() and len(clipboard.text()) == 9


def test_ctrl_c_copies_the_sentence_from_any_focus_but_selected_text_first(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    open_new_folder(qtbot, window, tmp_path)
    clipboard = QApplication.clipboard()
    box = window.options_bar.min_sources.lineEdit()
    box.setFocus()
    box.deselect()
    clipboard.clear()
    qtbot.keyClick(box, Qt.Key.Key_C, CTRL)
    item = window.summary_view.current_item()
    assert clipboard.text().startswith(f"“{item.text}”")

    field = window.find_bar.field
    window.open_find()
    field.setText("storm")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == "storm"
    window.find_bar.close_bar()

    # Text selected in an article is copied as it is.
    window.sources_view.article_selected.emit(0)
    browser = window.article_view.browser
    browser.setFocus()
    cursor = browser.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(12, cursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    selected = cursor.selectedText()
    assert selected
    qtbot.keyClick(browser, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == selected


def test_a_recent_folder_with_an_ampersand_is_listed_and_opened_as_named(
    qtbot: Any, make_window: Any, tmp_path: Path, settings: AppSettings
) -> None:
    window = make_window(FakeEngine())
    story = folder(tmp_path, "Tom & Jerry")
    settings.add_recent_folder(story)
    window.menu_actions.recent.aboutToShow.emit()
    entry = window.menu_actions.recent.actions()[0]
    assert entry.text() == str(story).replace("&", "&&")  # shown with its "&", no access key
    entry.trigger()
    wait_for_summary(qtbot, window, "Tom & Jerry")


def test_the_rename_dialog_shows_the_file_name_as_plain_text(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(FakeEngine())
    open_new_folder(qtbot, window, tmp_path)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer(dialog: QInputDialog) -> int:
        seen.extend((label.textFormat(), label.text()) for label in dialog.findChildren(QLabel))
        dialog.setTextValue("<b>Harbour</b> Gazette")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QInputDialog, "exec", answer)
    window.sources_view.rename_outlet("a.txt")
    assert any("a.txt" in text for _format, text in seen)
    assert all(format_ == Qt.TextFormat.PlainText for format_, _text in seen)
    qtbot.waitUntil(lambda: bool(window.session.corrections), timeout=5000)
    assert ("a.txt", "<b>Harbour</b> Gazette") in window.session.corrections.outlets


def test_the_rename_dialog_offers_the_storys_other_outlets_and_completes_a_typed_part(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(FakeEngine())
    open_new_folder(qtbot, window, tmp_path)
    analysis = window.session.analysis
    renamed = analysis.articles[0]
    others = sorted(set(analysis.group_outlets) - {renamed.outlet}, key=str.casefold)
    assert others  # the stand-in story has more than one outlet
    offered: list[list[str]] = []
    completions: list[list[str]] = []

    def answer(dialog: QInputDialog) -> int:
        [box] = dialog.findChildren(QComboBox)
        offered.append([box.itemText(i) for i in range(box.count())])
        completer = box.completer()
        completer.setCompletionPrefix(others[0][-4:].lower())  # a part of it, any case
        completions.append(
            [completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())]
        )  # fmt: skip
        dialog.setTextValue(others[0])
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QInputDialog, "exec", answer)
    window.sources_view.rename_outlet(renamed.file)
    assert offered == [[renamed.outlet, *others]]
    assert others[0] in completions[0]
    qtbot.waitUntil(lambda: bool(window.session.corrections), timeout=5000)
    assert (renamed.file, others[0]) in window.session.corrections.outlets


def test_every_menu_command_a_key_reaches_shows_its_key_and_quit_has_one_everywhere(
    make_window: Any,
) -> None:
    window = make_window()
    actions = window.menu_actions
    assert not actions.quit.shortcut().isEmpty()
    for act in actions.window_wide():
        # the key a menu shows is the one the window answers to
        assert not act.shortcut().isEmpty(), act.text()
        assert act.shortcut() in act.shortcuts()


def test_the_shortcuts_sheet_lists_only_keys_typed_on_an_ordinary_keyboard(
    make_window: Any,
) -> None:
    from PySide6.QtGui import QKeySequence

    from corroborate.gui.actions import shortcut_rows

    window = make_window(FakeEngine())
    actions = window.menu_actions
    # Some platforms also bind keys only special keyboards carry (Exit, Redo, Help).
    actions.quit.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence(Qt.Key.Key_Exit)])
    actions.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(Qt.Key.Key_Redo)])
    actions.guide.setShortcuts([QKeySequence("F1"), QKeySequence(Qt.Key.Key_Help)])
    rows = {what: keys for keys, what in shortcut_rows(actions)}
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Redo Correction"] == "Ctrl+Shift+Z"
    assert rows["User Guide"] == "F1"
    assert rows["Find Next"] == "F3 or Ctrl+G"
    # The keys still work: only the sheet leaves them out.
    assert QKeySequence(Qt.Key.Key_Exit) in actions.quit.shortcuts()


def test_every_control_the_keyboard_reaches_on_every_tab_has_a_name_to_read_out(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QWidget

    window = make_window(FakeEngine())
    window.show()
    open_new_folder(qtbot, window, tmp_path)
    nameless: set[str] = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # its box's edit: read out as the box
            text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
            if not widget.accessibleName().strip() and not text.strip():
                nameless.add(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not nameless
