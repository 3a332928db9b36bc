"""A review of the ninth round's changes: a details box left open and empty when the
window grew and the messages unfolded, messages said whole on a short window when Show
Messages brought them back after the window shrank, and file names whose long stem still
broke before or inside the extension, and Show Details at large text making a laptop's
window taller than its screen, and replaced messages drawn under the new ones until the
event loop deleted them."""

from __future__ import annotations

from typing import Any

from corroborate.gui.evidence import breakable
from corroborate.gui.status import Message

from .helpers import wait_settled

_ZWSP = "\u200b"

_PLAIN = [
    Message("info", "Harbour Gazette and Inland Courier are named after their files: the "
            "articles never say who published them. Rename an outlet in Articles (F2)."),
    Message("info", "Two files hold the same article word for word, and only the first of "
            "them is counted in this summary as an outlet of its own, the other left out."),
]  # fmt: skip


def _large_text(window: Any) -> None:
    font = window.font()
    font.setPointSizeF(20)
    window.setFont(font)


def test_details_opened_on_folded_messages_close_when_a_taller_window_says_them_whole(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    _large_text(window)
    banner = window.banner
    banner.set_messages(list(_PLAIN))  # no lists: Show Details only while folded
    qtbot.waitUntil(lambda: banner.folded)
    banner.details_button.click()
    qtbot.waitUntil(lambda: banner.details.isVisible())
    window.resize(1024, 1400)
    qtbot.waitUntil(lambda: not banner.folded)
    # No empty box left open with no button to close it.
    assert not banner.details_button.isVisible()
    qtbot.waitUntil(lambda: not banner.details.isVisible())
    # Folded again, the details start closed and open as before.
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: banner.folded)
    assert banner.details_button.isVisible() and not banner.details_button.isChecked()
    banner.details_button.click()
    qtbot.waitUntil(lambda: banner.details.isVisible())
    assert all(m.text in banner.details.toPlainText() for m in _PLAIN)


def test_messages_shown_again_on_a_window_made_shorter_meanwhile_are_folded(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    _large_text(window)
    window.resize(1024, 1400)
    banner = window.banner
    banner.set_messages(list(_PLAIN))
    wait_settled(qtbot, window)
    assert not banner.folded
    banner.dismiss.click()
    window.resize(1024, 640)
    wait_settled(qtbot, window)
    window.menu_actions.show_messages.trigger()
    qtbot.waitUntil(lambda: banner.folded)
    qtbot.waitUntil(lambda: banner.height() <= window.height() * banner.ROOM_SHARE)
    # And the other way: dismissed folded, shown again on a tall window, whole.
    banner.dismiss.click()
    window.resize(1024, 1400)
    wait_settled(qtbot, window)
    window.menu_actions.show_messages.trigger()
    qtbot.waitUntil(lambda: not banner.folded)
    assert banner._labels[0].text() == banner._labels[0].full


def test_a_file_name_with_a_long_stem_keeps_its_extension_whole_with_the_stems_end() -> None:
    names = (
        "ferrysinksoffharbour.txt",  # a run long enough to break just before the dot
        "abcdefghijklm.txt",  # ... or, counted on through the dot, inside "txt"
        "inlandcourier.html",
        "2024.05.01.harbourgazettereport.md",
        "x" * 40 + ".txt",
    )
    for name in names:
        marked = breakable(name)
        stem, _, extension = name.rpartition(".")
        assert marked.replace(_ZWSP, "") == name
        assert marked.endswith(f"{stem[-1]}.{extension}"), marked.replace(_ZWSP, "|")
    # Long runs still break inside the stem, and a name without an extension as before.
    assert _ZWSP in breakable("x" * 40 + ".txt")
    assert breakable("x" * 40).count(_ZWSP) >= 2
    # A name ending in a dot or with a long "extension" is no file name with a type.
    assert breakable("notes.").replace(_ZWSP, "") == "notes."
    assert _ZWSP in breakable("report.abcdefghijklmnopqrstuvwx")[len("report.") :]


def test_show_details_on_folded_messages_at_large_text_never_makes_a_laptop_window_taller(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    _large_text(window)
    banner = window.banner
    listed = [
        *_PLAIN,
        Message("warning", "3 files were left out of this summary:",
                ("empty.txt: the file is empty", "noise.txt: it looks like a binary file",
                 "notes.pdf: it is not a PDF")),
    ]  # fmt: skip
    banner.set_messages(listed)
    qtbot.waitUntil(lambda: banner.folded)
    wait_settled(qtbot, window)
    assert window.height() == 640
    banner.details_button.click()
    qtbot.waitUntil(lambda: banner.details.isVisible())
    wait_settled(qtbot, window)
    assert window.height() == 640
    # The box shows some lines and scrolls to the rest; the summary keeps rows in sight.
    assert banner.details.height() >= 2 * banner.details.fontMetrics().lineSpacing()
    assert window.summary_view.list.viewport().height() > 0
    # On a tall window it shows every line it has, as before.
    window.resize(1024, 2400)
    qtbot.waitUntil(lambda: not banner.folded)
    qtbot.waitUntil(lambda: banner.details.height() == banner.details.maximumHeight())
    lines = banner.details.fontMetrics().lineSpacing() * 4  # the list: heading and 3 files
    assert banner.details.height() >= lines


def test_messages_replaced_are_hidden_at_once_rather_than_drawn_under_the_new_ones(
    qtbot: Any, laptop_window: Any
) -> None:
    banner = laptop_window.banner
    banner.set_messages([_PLAIN[0]])
    qtbot.waitUntil(lambda: banner._labels[0].isVisible())
    old = banner._labels[0]
    banner.set_messages([_PLAIN[1]])
    # Before the event loop deletes it, the old row is already out of sight.
    assert not old.isVisible()
    assert [lab.full for lab in banner._labels] == [_PLAIN[1].text]
