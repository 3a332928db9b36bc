"""A small screen (1024 × 600) with the text at twice its size: the several-stories notice
in three lines, not four, and the coverage map showing cells without a scroll."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from corroborate.gui.coverage_paint import CELL, key_height
from corroborate.gui.status import Message

from .helpers import banner_in_a_window, wait_settled, window_showing

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
    # View ▸ Bigger Text, twice
    host, banner = banner_in_a_window(qtbot, [_STORIES], 1024, 600, text_scale=2)
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


def test_at_least_two_rows_of_map_cells_show_without_a_scroll_on_a_small_screen_at_large_text(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.set_text_scale(200)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 600)
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.matrix is not None)
    wait_settled(qtbot, window)
    the_map = view.map
    layout = the_map.map_layout()
    assert layout is not None
    # The page (or the map's own box) shows the map's top before any scroll.
    shown = view.page.viewport() if view.stacked() else view.scroll_area.viewport()
    bottom = shown.mapTo(window, shown.rect().bottomLeft()).y()
    for row in (0, 1):
        cell = layout.cell_rect(row, 0)
        foot = the_map.mapTo(window, QPoint(0, int(cell.bottom() * the_map.scale()))).y()
        assert foot <= bottom, (row, foot, bottom)
    # A name cut short to make that room is whole a hover away.
    name = view.matrix.columns[0]
    above = layout.cell_rect(0, 0).center() - QPointF(0, CELL)
    assert the_map.outlet_named_at(above * the_map.scale()) == name.outlet


def test_the_coverage_map_at_the_usual_size_keeps_its_key_and_whole_names(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.matrix is not None)
    wait_settled(qtbot, window)
    layout = view.map.map_layout()
    metrics = QFontMetricsF(view.map.drawing_font())
    widest = max(metrics.horizontalAdvance(c.outlet) for c in view.matrix.columns)
    assert layout.header >= key_height(metrics) + 6 and layout.header >= widest + 10


def test_an_unverified_note_cut_short_on_a_small_pane_never_ends_inside_the_outlets_name(
    qtbot: Any,
) -> None:
    from corroborate.gui.single_source_view import unverified_note

    from .test_whole_lists import _headed

    view = _headed(qtbot, "Fennick ferry crew safe", 2.0, 380)
    outlet = "The Saltmere and Corley Valley Courier"
    note = unverified_note(outlet)
    analysis = view._shown[0]
    cut = 0
    for width in range(380, 800, 12):
        view.resize(width, 260)
        qtbot.waitUntil(lambda: view.height() == 260)
        view.show_sentence(analysis, 0, note)
        shown = view.note.text()
        cut += shown.endswith("…")
        # Either the whole name or none of it: "only The Corley…" names no outlet.
        after = shown.partition("only ")[2]
        assert not after or after.startswith(outlet), shown
        assert view.width() == width  # the name wraps as any words: the pane stays narrow
    assert cut  # some widths do cut the note


def test_the_summary_caption_takes_two_lines_at_most_on_a_small_screen_at_large_text(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    caption = window.caption
    whole = caption.text()
    assert "quoted verbatim" in whole and not caption.toolTip()
    window.set_text_scale(200)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 600)
    wait_settled(qtbot, window)
    assert caption.lines_of(caption.text()) <= 2
    # Cut to its shorter words, the caption is whole a hover away.
    if caption.text() != whole:
        assert "quoted verbatim" in caption.toolTip()
    window.set_text_scale(100)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: caption.text() == whole and not caption.toolTip())


def test_a_summary_caption_said_in_fewer_words_is_read_out_whole_by_a_screen_reader(
    qtbot: Any,
) -> None:
    from corroborate.gui.status import CaptionLabel

    caption = CaptionLabel()
    qtbot.addWidget(caption)
    whole = "<b>8</b> sentences, each backed by 2 of <b>5</b> independent outlets · quoted verbatim"
    short = "<b>8</b> sentences, each backed by 2 of <b>5</b> outlets"
    caption.resize(900, 200)
    caption.set_captions(whole, short)
    assert caption.text() == whole
    assert (
        caption.accessibleName()
        == "8 sentences, each backed by 2 of 5 independent outlets · quoted verbatim"
    )
    caption.resize(120, 200)  # too narrow for the whole in two lines
    caption.set_captions(whole, short)
    assert caption.text() == short
    # Cut to its shorter words on screen, the caption is still read out in all its words.
    assert (
        caption.accessibleName()
        == "8 sentences, each backed by 2 of 5 independent outlets · quoted verbatim"
    )


def test_the_subfolders_warning_and_its_button_stay_whole_on_a_small_screen_at_large_text(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    (story / "wires").mkdir()
    first = sorted(story.glob("*.txt"))[0]
    first.rename(story / "wires" / first.name)
    window = window_showing(qtbot, make_window, story)
    window.set_text_scale(200)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 600)
    wait_settled(qtbot, window)
    button = window.banner.findChild(QPushButton, "messageAction")
    label = next(
        w
        for w in window.banner.findChildren(QLabel)
        if w.text().startswith("The subfolder “wires”")
    )
    # said whole (not cut to a line with an ellipsis), in the window, the button under it;
    # the banner's other message, with no button, may be folded to a line
    assert label.text() == label.full
    assert label.height() >= label.whole_height(label.width())
    for widget in (label, button):
        assert widget.isVisible()
        right = widget.mapTo(window, widget.rect().bottomRight())
        assert right.x() <= window.width() and right.y() <= window.height()
    assert button.mapTo(window, QPoint(0, 0)).y() >= label.mapTo(window, QPoint(0, 0)).y()
    assert button.width() >= button.sizeHint().width()  # its caption not cut
    # the summary keeps most of the window: the banner takes under a third of it
    assert window.banner.height() < window.height() / 3
