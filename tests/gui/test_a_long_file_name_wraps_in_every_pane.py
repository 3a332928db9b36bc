"""Articles that never say who published them, under long file names with no space, dash
or underscore to break at ("RegionalEveningBulletinArchiveCopyNumberOne…"), in a window of
900 × 600 at 150 % text: the article's byline, the summary row's line of outlets and the
evidence pane's "Not mentioned by" line wrap the name rather than run past the pane's edge
(the byline cut, the page scrolling sideways; the evidence pane widened past its frame, its
heading and cards cut), and so do the columns of Disagreements; what is copied from the article has no invisible break in it,
and Find finds the name there as the user types it.
Invented story: fictional places and people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from corroborate.gui.evidence import LINE_BREAK_CHANCE, breakable_if_long
from corroborate.gui.theme import Theme

from .helpers import wait_settled, window_opening

STEMS = (
    "RegionalEveningBulletinArchiveCopyNumberOne",
    "RegionalEveningBulletinArchiveCopyNumberTwo",
    "RegionalEveningBulletinArchiveCopyNumberThree",
)
#: each article's own wording of the story (written apart, so three outlets, not copies)
ARTICLES = (
    (
        "The Marrowby ferry ran aground on the Pelling sandbar on Sunday morning.",
        "All forty-two passengers were brought ashore by the Pelling lifeboat crew.",
        "Harbour master Elsa Quintrell said the ferry had lost steering in heavy fog.",
        "The ferry's owners have run the Marrowby crossing since 1987.",
    ),
    (
        "A Marrowby ferry carrying forty-two passengers ran aground off Pelling on Sunday.",
        "The Pelling lifeboat crew brought 42 passengers ashore on Sunday.",
        "The vessel will be towed to the Marrowby yard on Tuesday, its owners said.",
        "Local cafes opened early to give the passengers hot drinks.",
    ),
    (
        "Forty-two passengers were rescued after the Marrowby ferry ran aground near Pelling.",
        "Elsa Quintrell, the harbour master, said the ferry lost its steering in thick fog.",
        "The ferry is to be towed to the Marrowby yard on Tuesday.",
        "The Pelling lifeboat crew brought 40 passengers ashore on Sunday.",
        "Inspectors from the coastal authority will examine the steering gear this week.",
    ),
)


def _write(folder: Path) -> Path:
    folder.mkdir()
    for stem, paragraphs in zip(STEMS, ARTICLES, strict=True):
        text = "Ferry aground off Pelling\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


def _named(text: str) -> bool:
    """Whether ``text`` holds one of the long names (an outlet's, as the engine spells it)."""
    plain = text.replace(LINE_BREAK_CHANCE, "").lower()
    return any(stem.lower() in plain for stem in STEMS)


def _window(qtbot: Any, qapp: Any, make_window: Any, tmp_path: Path) -> Any:
    Theme(qapp)
    window = window_opening(qtbot, make_window, _write(tmp_path / "ferry"))
    window.resize(900, 600)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (900, 600))
    window.set_text_scale(150)
    wait_settled(qtbot, window)
    assert window.session.summary is not None
    assert window.session.summary.analysis.independent_sources == 3
    assert _named(window.summary_view.model.outlet_line(0))
    return window


def test_an_articles_byline_wraps_a_long_file_name_and_copies_it_whole(
    qtbot: Any, qapp: Any, make_window: Any, tmp_path: Path
) -> None:
    window = _window(qtbot, qapp, make_window, tmp_path)
    window.summary_view.select_row(0)
    item = window.summary_view.current_item()
    window._show_article(item.sentence, sentence=True)
    wait_settled(qtbot, window)
    browser = window.article_view.browser
    qtbot.waitUntil(lambda: browser.isVisible())
    shown = browser.toPlainText()
    assert LINE_BREAK_CHANCE in shown
    assert _named(shown)
    # The page is no wider than its pane: nothing runs past its edge, no sideways scroll.
    assert browser.document().idealWidth() <= browser.viewport().width()
    assert not browser.horizontalScrollBar().isVisible()
    # The byline copied is the file's own name, with no invisible break in it.
    cursor = browser.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    browser.copy()
    copied = QApplication.clipboard().text()
    assert LINE_BREAK_CHANCE not in copied
    assert any(f"{stem}.txt" in copied for stem in STEMS)

    # The outlets that disagree stand side by side, each column no wider than its share.
    window.tabs.setCurrentWidget(window.disagreements_view)
    wait_settled(qtbot, window)
    page = window.disagreements_view.browser
    assert _named(page.toPlainText())
    assert page.document().idealWidth() <= page.viewport().width()
    assert not page.horizontalScrollBar().isVisible()


def test_a_summary_rows_outlets_and_the_evidence_pane_wrap_a_long_file_name(
    qtbot: Any, qapp: Any, make_window: Any, tmp_path: Path
) -> None:
    window = _window(qtbot, qapp, make_window, tmp_path)
    rows = window.summary_view
    delegate = rows.list.itemDelegate()
    room_checked = 0
    for row in range(rows.model.rowCount()):
        index = rows.model.index(row)
        option = QStyleOptionViewItem()
        option.initFrom(rows.list)
        option.font = rows.list.font()
        _badge, width, _text_h, outlets_h, outlets = delegate._layout(
            option, rows.list.viewport().width(), index
        )
        _text, small, _badge_font = delegate._fonts(option)
        drawn = QFontMetrics(small).boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, outlets
        )
        assert drawn.width() <= width, outlets  # no name runs past the row's edge
        assert outlets_h >= drawn.height()
        room_checked += QFontMetrics(small).horizontalAdvance(STEMS[0]) > width
    assert room_checked, "no name was too long for a row: the window proves nothing"
    # The plain line (Find, tests, the clipboard) keeps the names whole.
    assert LINE_BREAK_CHANCE not in rows.model.outlet_line(0)

    pane = window.evidence_view
    silent_seen = False
    for row in range(rows.model.rowCount()):
        rows.select_row(row)
        wait_settled(qtbot, window)
        area = pane.scroll_area
        # The pane's content never asks to be wider than the pane shows it.
        assert area.widget().minimumSizeHint().width() <= area.viewport().width()
        silent_seen |= "Not mentioned by" in pane.silent.text()
    assert silent_seen, "no claim left an outlet silent: the pane proves nothing"


def test_find_finds_a_long_file_name_as_typed_in_the_article_and_disagreements(
    qtbot: Any, qapp: Any, make_window: Any, tmp_path: Path
) -> None:
    window = _window(qtbot, qapp, make_window, tmp_path)
    window.summary_view.select_row(0)
    item = window.summary_view.current_item()
    window._show_article(item.sentence, sentence=True)
    wait_settled(qtbot, window)
    browser = window.article_view.browser
    shown = browser.toPlainText()
    name = next(f"{stem}.txt" for stem in STEMS if f"{stem}.txt" in _plain(shown))
    assert name not in shown  # laid out with places to break: a plain search misses it
    bar = window.find_bar
    browser.setFocus()
    qtbot.waitUntil(lambda: window._current_pane()[1] is window.article_view)
    window.open_find()
    for typed in (name, name.lower(), name[10:30]):
        bar.field.setText(typed)
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
        assert bar.status.text() == f"1 of {_plain(shown).lower().count(typed.lower())}", typed
        found = browser.textCursor().selection().toPlainText()
        assert _plain(found).lower() == typed.lower()

    window.tabs.setCurrentWidget(window.disagreements_view)
    page = window.disagreements_view.browser
    page.setFocus()
    qtbot.waitUntil(lambda: window._current_pane()[1] is window.disagreements_view)
    wait_settled(qtbot, window)
    listed = [f"{stem}.txt" for stem in STEMS if f"{stem}.txt" in _plain(page.toPlainText())]
    assert listed and not any(name in page.toPlainText() for name in listed)
    window.open_find()
    bar.field.setText(listed[0])
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.status.text().endswith(f"of {_plain(page.toPlainText()).count(listed[0])}")
    assert not bar.status.text().startswith(("0", "No"))
    assert _plain(page.textCursor().selection().toPlainText()) == listed[0]


def _plain(text: str) -> str:
    """``text`` without its invisible places to break."""
    return text.replace(LINE_BREAK_CHANCE, "")


def test_only_a_word_too_long_to_wrap_is_given_places_to_break() -> None:
    assert breakable_if_long("River News · Tessel Times") == "River News · Tessel Times"
    long = "RegionalEveningBulletinArchiveCopyNumberOne (file name)"
    broken = breakable_if_long(long)
    assert LINE_BREAK_CHANCE in broken and broken.replace(LINE_BREAK_CHANCE, "") == long
    assert broken.endswith(" (file name)")
