"""A laptop's 1024 × 640 screen at 150% scaling (a window of 683 × 427 points) showing a
folder of several stories: the banner's two messages, its story list and button said
whole took a quarter of the window and left the summary about one row. The banner is
measured whole, its story list with its messages, and folds to a line a message; but a
message with a button of its own, which its words explain, is said whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QPushButton

from corroborate.gui.status import READ_SUBFOLDERS, Message

from .helpers import wait_settled

_STORIES = [
    Message(
        "warning",
        "This folder seems to hold 3 stories, and the summary mixes them: choose one to "
        "analyse it alone.",
        details=("Story 1: 4 articles", "Story 2: 4 articles", "Story 3: 4 articles"),
        choices=(
            ("1 · 4 articles · “Ferry runs aground off Varn Point”", 0),
            ("2 · 4 articles · “Tessel mill fire closes the quay”", 1),
            ("3 · 4 articles · “Harlow council delays the bridge vote”", 2),
        ),
    ),
    Message(
        "info",
        "This folder holds 3 stories: each sentence's count is out of the independent "
        "outlets that tell its own story (1, 2 and 1 of the 2), and an outlet that tells "
        "only another story is never counted as leaving it out.",
    ),
]


def _banner_saying(qtbot: Any, window: Any, messages: list[Message], height: int) -> Any:
    """The window's banner saying ``messages``, the window ``height`` points high."""
    window.resize(683, height)
    qtbot.waitUntil(lambda: window.height() == height)
    window.banner.set_messages(messages)
    wait_settled(qtbot, window)
    return window.banner


def test_the_banner_of_a_mixed_folder_takes_no_more_than_its_share_of_a_short_window(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    banner = _banner_saying(qtbot, window, list(_STORIES), 427)
    qtbot.waitUntil(lambda: banner.folded)
    qtbot.waitUntil(lambda: banner.height() <= window.height() * banner.ROOM_SHARE)
    # The story list and its button stay in sight, and each message is in Show Details.
    story_list = banner.findChild(QComboBox)
    assert story_list is not None and story_list.isVisible()
    assert any(
        b.isVisible() and b.text() == "Analyse This Story Alone"
        for b in banner.findChildren(QPushButton)
    )
    banner.details_button.click()
    assert all(m.text in banner.details.toPlainText() for m in _STORIES)


def test_the_same_banner_on_a_tall_window_says_each_message_whole(
    qtbot: Any, laptop_window: Any
) -> None:
    banner = _banner_saying(qtbot, laptop_window, list(_STORIES), 1000)
    assert not banner.folded
    assert all(label.text() == label.full for label in banner._labels)


def test_a_message_with_a_button_of_its_own_stays_whole_while_the_others_fold(
    qtbot: Any, laptop_window: Any
) -> None:
    subfolders = Message(
        "warning",
        "The subfolder “wires” holds 2 more article files; turn on Read Subfolders Too to "
        "count them.",
        action=("Read Subfolders Too", READ_SUBFOLDERS),
    )
    banner = _banner_saying(qtbot, laptop_window, [*_STORIES, subfolders], 427)
    qtbot.waitUntil(lambda: banner.folded)
    whole = [label for label in banner._labels if label.text() == label.full]
    assert [label.full for label in whole] == [subfolders.text]
    button = banner.findChild(QPushButton, "messageAction")
    assert button is not None and button.isVisible()
