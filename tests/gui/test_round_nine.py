"""What a demanding reader met in the ninth round: messages that left the summary a line
at large text on a short window, story choices holding the window wider than a laptop, no
key for the length's unit, a strip of empty pane beside the evidence cards, a file name
broken before its extension, warning signs greyed on a selected row, and styles other
than Fusion never tried."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QPushButton, QStyleFactory, QVBoxLayout, QWidget

from corroborate.gui.evidence import breakable
from corroborate.gui.evidence_view import CARD_MEASURE_CHARS
from corroborate.gui.status import Message, MessageBanner, _ChoiceLine
from corroborate.gui.theme import Theme

from .helpers import wait_settled, window_showing

_LONG = (
    Message("info", "Harbour Gazette and Inland Courier are named after their files: the "
            "articles never say who published them. Rename an outlet in Articles (F2)."),
    Message("warning", "4 files were left out of this summary:",
            ("empty.txt: the file is empty", "noise.txt: it looks like a binary file",
             "notes.pdf: it is not a PDF", "odd.html: it is not readable text")),
)  # fmt: skip


def _banner_window(qtbot: Any, height: int, point_size: float) -> tuple[QWidget, MessageBanner]:
    host = QWidget()
    qtbot.addWidget(host)
    font = host.font()
    font.setPointSizeF(point_size)
    host.setFont(font)
    banner = MessageBanner(host)
    column = QVBoxLayout(host)
    column.addWidget(banner)
    column.addStretch(1)
    host.resize(1024, height)
    banner.set_messages(list(_LONG))
    host.show()
    qtbot.waitExposed(host)
    return host, banner


def test_messages_at_large_text_on_a_short_window_are_folded_to_a_line_each(qtbot: Any) -> None:
    _host, banner = _banner_window(qtbot, 640, 20)
    qtbot.waitUntil(lambda: banner.folded)
    # The messages no longer take the summary's room: a line of text each.
    line = banner.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: banner.height() < 2 * line + 30)
    labels = banner._labels
    assert all(lab.text().endswith("…") for lab in labels)
    assert all(lab.toolTip() for lab in labels)
    # Whole in Show Details, which is offered for it.
    assert banner.details_button.isVisibleTo(banner)
    said = banner.details.toPlainText()
    assert all(m.text in said for m in _LONG) and "notes.pdf: it is not a PDF" in said


def test_a_tall_window_says_the_same_messages_whole(qtbot: Any) -> None:
    host, banner = _banner_window(qtbot, 640, 20)
    qtbot.waitUntil(lambda: banner.folded)
    host.resize(1024, 1800)
    qtbot.waitUntil(lambda: not banner.folded)
    assert banner._labels[0].text() == _LONG[0].text
    assert all(not lab.toolTip() for lab in banner._labels)
    # Only the message with a list has details again.
    assert _LONG[0].text not in banner.details.toPlainText()


def test_alt_u_puts_the_keys_on_the_length_unit_from_anywhere_in_the_window(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    bar = window.options_bar
    window.summary_view.list.setFocus()
    qtbot.keyClick(window.summary_view.list, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert bar.unit.hasFocus()
    qtbot.keyClick(bar.unit, Qt.Key.Key_Down)
    assert bar.options().words is not None
    assert "Alt+U" in bar.unit.toolTip()
    sheet = window.shortcuts_sheet()
    assert "Alt+U" in sheet.text()


def test_a_file_name_on_an_evidence_card_never_breaks_before_its_extension() -> None:
    for name in ("03-ferry-sinks-off-harbour-point.txt", "rail_strike_day_two.html", "a.b.md"):
        marked = breakable(name)
        extension = name.rpartition(".")[2]
        assert marked.endswith(f".{extension}") and "\u200b" in marked
        assert marked.replace("\u200b", "") == name
    # A long run without separators still breaks inside it.
    assert "\u200b" in breakable("x" * 40 + ".txt")


def test_evidence_cards_fill_a_pane_a_little_wider_than_their_measure_leaving_no_gap(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.resize(1280, 800)
    evidence = window.evidence_view
    measure = evidence.fontMetrics().averageCharWidth() * CARD_MEASURE_CHARS + 24
    # A pane a few characters wider than one card's measure (not wide enough for two)
    window.splitter.setSizes([1240 - measure - 60, measure + 60])
    window.summary_view.select_row(0)
    qtbot.waitUntil(lambda: evidence.evidence is not None and not evidence.cards_pending())
    viewport = evidence.scroll_area.viewport()
    cards = evidence.findChildren(QFrame, "card")

    def right_gap() -> int:
        return min(viewport.width() - card.mapTo(viewport, card.rect().topRight()).x()
                   for card in cards)  # fmt: skip

    # The card runs to the pane's margin: no strip of empty pane beside it.
    qtbot.waitUntil(lambda: right_gap() <= 16)
    assert max(card.width() for card in cards) > measure


@pytest.mark.parametrize("style_name", QStyleFactory.keys())
def test_every_style_the_system_offers_lays_the_window_out_with_nothing_cut_at_a_laptops_size(
    qtbot: Any, qapp: Any, make_window: Any, story: Path, style_name: str
) -> None:
    before = qapp.style().name()
    qapp.setStyle(QStyleFactory.create(style_name))
    try:
        Theme(qapp)
        window = window_showing(qtbot, make_window, story)
        window.resize(1024, 640)
        qtbot.waitUntil(lambda: window.height() == 640)
        window.summary_view.select_row(0)
        qtbot.waitUntil(lambda: not window.evidence_view.cards_pending())
        wait_settled(qtbot, window)
        bar = window.options_bar
        for control in (bar.length_label, bar.length, bar.length_value, bar.unit,
                        bar.support_label, bar.min_sources):  # fmt: skip
            assert control.isVisible()
            assert control.width() >= control.minimumSizeHint().width(), control
            assert control.height() >= control.minimumSizeHint().height(), control
        # Every tab's name whole (no scroll arrows), and rows of the summary in sight.
        tabs = window.tabs.tabBar()
        assert all(tabs.tabRect(i).right() <= tabs.width() for i in range(tabs.count()))
        listed = window.summary_view.list
        assert listed.viewport().height() >= 2 * listed.sizeHintForRow(0)
        banner = window.banner
        assert banner.isVisible() and not banner.folded
        assert banner.dismiss.width() >= banner.dismiss.minimumSizeHint().width()
        cards = window.evidence_view.findChildren(QFrame, "card")
        viewport = window.evidence_view.scroll_area.viewport()
        assert cards
        assert all(c.mapTo(viewport, c.rect().topRight()).x() < viewport.width() for c in cards)
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(QStyleFactory.create(before))


_STORIES = Message(
    "info",
    "This folder seems to hold 3 stories, and the summary mixes them: choose one to "
    "analyse it alone.",
    choices=tuple((f"{n} · 12 articles · “Ferry number {n} sinks off Harbour Point”", n)
                  for n in range(3)),
    all_stories="Analyse All Stories Together",
    current=0,
)  # fmt: skip


def test_the_story_choices_never_hold_a_window_wider_than_a_laptop_at_large_text(
    qtbot: Any,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    font = host.font()
    font.setPointSizeF(20)
    host.setFont(font)
    banner = MessageBanner(host)
    QVBoxLayout(host).addWidget(banner)
    banner.set_messages([_STORIES])
    host.resize(1024, 900)
    host.show()
    qtbot.waitExposed(host)
    # Before: the list and its two buttons on one line made the banner 1300 px at least.
    assert host.minimumSizeHint().width() <= 1024
    line = banner.findChild(_ChoiceLine)
    qtbot.waitUntil(lambda: line.wrapped)
    analyse = banner.findChild(QPushButton, "analyseStory")
    qtbot.waitUntil(lambda: analyse.mapTo(host, analyse.rect().bottomRight()).x() <= host.width())
    # On a wide window they share a line again.
    host.resize(2400, 900)
    qtbot.waitUntil(lambda: not line.wrapped)


def test_a_warning_sign_on_a_selected_row_keeps_its_colours_rather_than_looking_greyed_out(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    tree = window.single_source_view.tree
    window.tabs.setCurrentWidget(window.single_source_view)
    row = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(row)
    icon = row.icon(0)
    side = tree.iconSize().width() if tree.iconSize().width() > 0 else 16
    normal = icon.pixmap(side, side, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(side, side, QIcon.Mode.Selected).toImage()
    assert not normal.isNull() and normal == selected
