"""A message naming a folder or file too long for any line of the banner (no space, no hyphen
to wrap at) is cut in the name's middle to fit, whole in its tooltip, never clipped at the
banner's edge; a message that fits is shown as it is. So is the page that says why a folder
gave no summary, when it names such a subfolder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from corroborate.engine.models import NoArticlesError
from corroborate.gui.plain import unbreakable_cut
from corroborate.gui.status import Message, MessageBanner

from .fakes import FakeEngine
from .helpers import folder, wait_settled

_NAME = "NightDeskNotesAboutTheOrrinFerry" * 6 + "_final_v2"
_SAID = f"the subfolder “{_NAME}” holds 1 more article file, which was not read"


def _banner(qtbot: Any, text: str, width: int) -> QLabel:
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.set_messages([Message("warning", text)])
    banner.resize(width, 1000)  # tall enough that the messages are said whole, not folded
    banner.show()
    qtbot.waitExposed(banner)
    [label] = [w for w in banner.findChildren(QLabel) if w.accessibleName() == text]
    return label


def test_a_subfolder_name_too_long_for_a_line_is_cut_in_its_middle_and_whole_in_the_tip(
    qtbot: Any,
) -> None:
    label = _banner(qtbot, _SAID, 600)
    width = label.contentsRect().width()
    metrics = label.fontMetrics()
    assert metrics.horizontalAdvance(f"“{_NAME}”") > width  # it would run past the edge
    shown = label.text()
    # every stretch no line may break inside fits the line: nothing left to cut
    assert unbreakable_cut(shown, metrics, width) == shown
    assert "…" in shown and _NAME not in shown
    # its start and its end stay, the way the message goes on too
    assert shown.startswith("the subfolder “NightDeskNotes")
    assert shown.endswith("_final_v2” holds 1 more article file, which was not read")
    assert _NAME in label.toolTip()
    assert label.accessibleName() == _SAID


def test_a_message_whose_words_each_fit_a_line_is_shown_as_it_is_without_a_tip(
    qtbot: Any,
) -> None:
    said = "the subfolder “day-2” holds 1 more article file, which was not read " * 3
    label = _banner(qtbot, said, 400)
    assert label.text() == said
    assert label.toolTip() == ""


def test_a_long_name_cut_to_a_narrow_banner_is_shown_whole_again_when_it_widens(
    qtbot: Any,
) -> None:
    label = _banner(qtbot, _SAID, 600)
    assert _NAME not in label.text()
    label.window().resize(3000, 1000)
    qtbot.waitUntil(lambda: label.width() > label.fontMetrics().horizontalAdvance(_SAID))
    assert label.text() == _SAID
    assert label.toolTip() == ""


def test_the_page_naming_a_subfolder_too_long_for_a_line_cuts_it_rather_than_widening_past_the_window(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    error = NoArticlesError(
        "No readable article was found in “story”.", in_subfolders=3, subfolders=(_NAME,)
    )
    window = make_window(FakeEngine(error=error))
    window.resize(900, 600)
    window.session.open_folder(folder(tmp_path, "story"))
    page = window.summary_view.placeholder
    qtbot.waitUntil(lambda: "No readable" in page.full)
    wait_settled(qtbot, window)
    scroll = window.summary_view._page
    assert scroll.widget().width() <= scroll.viewport().width()  # nothing runs off the page
    width = page.contentsRect().width()
    assert unbreakable_cut(page.text(), page.fontMetrics(), width) == page.text()
    assert _NAME not in page.text() and "…" in page.text()
    assert f"Its subfolder “{_NAME}” holds articles" in page.full
    assert _NAME in page.toolTip() and page.accessibleName() == page.full
