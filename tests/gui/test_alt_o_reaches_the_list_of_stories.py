"""A folder of several stories read with the keyboard: the list of its stories had no
access key, and was reached only by tabbing through the window. Alt+O (its caption's
"St_ory") takes the focus to it from any pane, and clashes with no other key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from corroborate.gui.actions import OTHER_KEYS
from corroborate.gui.status import Message

from .helpers import wait_settled
from .test_desk import mnemonics

_STORIES = Message(
    "warning",
    "This folder seems to hold 2 stories, and the summary mixes them: choose one to "
    "analyse it alone.",
    choices=(("1 · 3 articles · “Ferry runs aground off Varn Point”", 0),
             ("2 · 2 articles · “Tessel mill fire closes the quay”", 1)),
)  # fmt: skip


def test_alt_o_takes_the_focus_to_the_list_of_stories_from_any_pane(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    window.banner.set_messages([_STORIES])
    wait_settled(qtbot, window)
    stories = window.banner.findChild(QComboBox, "storyChoice")
    assert stories is not None
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_settled(qtbot, window)
        letters = mnemonics(window)
        assert "o" in letters and len(letters) == len(set(letters)), sorted(letters)
        window.summary_view.list.setFocus()
        qtbot.keyClick(
            window.focusWidget() or window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier
        )
        qtbot.waitUntil(stories.hasFocus)
    assert any(keys == "Alt+O" for keys, _ in OTHER_KEYS)
