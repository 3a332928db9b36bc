"""A folder of several stories on a wide screen: the list of stories, at its widest, left
the rest of the line to its caption, "Story:" followed by a gap of some 160 pixels before
the list. The caption keeps its own width, the list and its button follow it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from corroborate.gui.status import Message

from .helpers import banner_in_a_window, wait_settled

_STORIES = Message(
    "warning",
    "This folder seems to hold 3 stories, and the summary mixes them: choose one to "
    "analyse it alone.",
    choices=tuple(
        (f"{n} · 4 articles · “Ferry number {n} runs aground off Varn Point in a gale”", n)
        for n in range(3)
    ),
)


def test_the_story_list_follows_its_caption_and_the_button_the_list_on_a_wide_window(
    qtbot: Any,
) -> None:
    host, banner = banner_in_a_window(qtbot, [_STORIES], 1900, 400)
    for width in (1900, 1000):
        host.resize(width, 400)
        wait_settled(qtbot, host)
        stories = banner.findChild(QComboBox, "storyChoice")
        analyse = banner.findChild(QPushButton, "analyseStory")
        assert stories is not None and analyse is not None
        caption = next(w for w in banner.findChildren(QLabel) if w.buddy() is stories)
        gap = stories.x() - (caption.x() + caption.sizeHint().width())
        assert 0 <= gap <= 2 * banner.fontMetrics().averageCharWidth(), (width, gap)
        assert 0 <= analyse.x() - stories.geometry().right() <= 2 * stories.height()
