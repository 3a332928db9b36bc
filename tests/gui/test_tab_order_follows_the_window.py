"""Tab walks the window's parts in reading order, on every tab: the summary's controls
over the pages, the messages, the row of tabs, the page in front, the pane beside it
(the evidence and its cards, or an article), then Find when it is open, and round
again; Shift+Tab walks the same stops backwards. No stop is hidden, none keeps the
focus for good. On the bundled (fictional) sample story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from .helpers import wait_cards, wait_idle, wait_settled, window_showing

#: more stops than any tab of the sample story has: a walk this long is caught in a trap
MOST_STOPS = 80


def _region(window: Any, widget: QWidget) -> int:
    """Which part of the window ``widget`` is in, numbered in reading order."""
    parts = (
        window.options_bar,
        window.banner,
        window.tabs.tabBar(),
        window.tabs,
        window.detail,
        window.find_bar,
    )
    return next(n for n, part in enumerate(parts) if part is widget or part.isAncestorOf(widget))


def _walk(window: Any, backwards: bool = False) -> list[QWidget]:
    """The stops Tab (Shift+Tab) reaches from the focus until it comes back to it, a
    label's links (one widget, a stop each) counted once."""
    start = QApplication.focusWidget()
    assert start is not None
    stops = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(MOST_STOPS):
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, key)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None, "Tab left no widget with the focus"
        if now is start and stops[-1] is not start:
            return stops
        if now is not stops[-1]:
            stops.append(now)
    raise AssertionError(f"Tab is caught: after {MOST_STOPS} presses it never came back")


def _in_reading_order(window: Any, stops: list[QWidget]) -> list[int]:
    """The stops' parts, from the first stop of the topmost part round the cycle."""
    regions = [_region(window, stop) for stop in stops]
    first = regions.index(min(regions))
    return regions[first:] + regions[:first]


def _check_walks(window: Any, what: str) -> list[int]:
    forward = _walk(window)
    for stop in forward:
        assert stop.isVisible() and stop.width() > 0 and stop.height() > 0, (
            f"{what}: an invisible stop, {type(stop).__name__} {stop.accessibleName()!r}"
        )
        assert stop.window() is window
    order = _in_reading_order(window, forward)
    assert order == sorted(order), f"{what}: Tab goes back and forth between parts: {order}"
    backward = _walk(window, backwards=True)
    assert backward[0] is forward[0]
    assert backward[1:] == forward[1:][::-1], f"{what}: Shift+Tab does not retrace Tab"
    return order


def _evidence_shown(qtbot: Any, make_window: Any, story: Path, rows: int = 1) -> Any:
    """A window on ``story`` with the evidence of its first ``rows`` summary sentences
    shown one after another (each sentence's cards made anew), the last one's in sight."""
    window = window_showing(qtbot, make_window, story)
    window.activateWindow()
    for row in range(rows):
        window.summary_view.select_row(row)
        wait_cards(qtbot, window)
    wait_settled(qtbot, window)
    window.summary_view.list.setFocus()
    return window


def test_tab_walks_every_tab_in_reading_order_and_shift_tab_walks_it_back(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = _evidence_shown(qtbot, make_window, story)
    order = _check_walks(window, "Summary")
    assert {0, 2, 3, 4} <= set(order), "the controls, tabs, summary and evidence are reached"
    for page in (
        window.single_source_view,
        window.sources_view,
        window.coverage_view,
        window.disagreements_view,
    ):
        window.tabs.setCurrentWidget(page)
        wait_settled(qtbot, window)
        window.tabs.tabBar().setFocus()
        name = window.tabs.tabText(window.tabs.currentIndex())
        order = _check_walks(window, name)
        assert 3 in order, f"{name}: Tab reaches the page"
    wait_idle(qtbot, window)


def test_with_find_open_tab_reaches_the_evidence_cards_before_find_not_after(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    # a second sentence's cards are made after the window was built, like every card
    window = _evidence_shown(qtbot, make_window, story, rows=2)
    window.menu_actions.find.trigger()
    assert window.find_bar.field.hasFocus()
    order = _check_walks(window, "Summary with Find open")
    assert order[-1] == 5 and 4 in order, "the cards come before Find, which ends the round"
    # an article beside the summary, Find still open
    window._show_article(window.summary_view.current_item().sentence, sentence=True)
    wait_settled(qtbot, window)
    window.find_bar.field.setFocus()
    order = _check_walks(window, "an article with Find open")
    assert 4 in order and order[-1] == 5
    wait_idle(qtbot, window)
