"""A small screen (1024 × 600) with the text at twice its size: the several-stories notice
in three lines, not four, and the coverage map showing cells without a scroll."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from corroborate.gui.status import Message, MessageBanner

from .helpers import wait_settled

_STORIES = Message(
    "warning",
    "This folder seems to hold 3 stories, and the summary mixes them: choose one to "
    "analyse it alone.",
    details=tuple(f"Story {n}: 10 articles" for n in range(3)),
    choices=tuple((f"{n} · 10 articles · “Ferry number {n} sinks off Harbour Point”", n)
                  for n in range(3)),
)  # fmt: skip


def test_the_button_to_analyse_one_story_alone_shares_the_story_lists_line_on_a_small_screen(
    qtbot: Any,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    font = host.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # View ▸ Bigger Text, twice
    host.setFont(font)
    banner = MessageBanner(host)
    column = QVBoxLayout(host)
    column.addWidget(banner)
    column.addStretch(1)
    banner.set_messages([_STORIES])
    host.resize(1024, 600)
    host.show()
    qtbot.waitExposed(host)
    stories = banner.findChild(QComboBox, "storyChoice")
    analyse = banner.findChild(QPushButton, "analyseStory")

    def one_line() -> bool:
        top = stories.mapTo(host, stories.rect().topLeft()).y()
        return abs(analyse.mapTo(host, analyse.rect().topLeft()).y() - top) <= 4

    # Before, the button took a line of its own: the notice was four lines of a 600 px screen.
    wait_settled(qtbot, host)
    assert one_line()
    assert analyse.mapTo(host, analyse.rect().topRight()).x() <= host.width()
    line = banner.fontMetrics().lineSpacing()
    assert banner.height() <= 2 * line + stories.height() + 40
