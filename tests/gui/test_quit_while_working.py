"""Quitting while the window still has work queued: the app deletes its window only
when it quits, and work a view scheduled for the next turn of the event loop (cards
added a few at a time, rows filled a few per turn, a coverage map warmed up, a summary
handed on) must then be dropped, never run against a view Qt has already deleted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from corroborate.gui.app import build_window
from corroborate.gui.main_window import MainWindow
from corroborate.gui.settings import AppSettings

from .helpers import make_many_outlets, wait_summarized


def _window(qtbot: Any, settings: AppSettings) -> MainWindow:
    """The real window, which the test itself deletes (the shared fixture would shut its
    session down after the test, when it is gone)."""
    window, _session = build_window(settings)
    window.show()
    qtbot.waitExposed(window)
    return window


def _delete_and_run_what_was_queued(window: Any) -> None:
    """As the app ends: the window closes, is deleted, and the event loop turns."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(5):
        QApplication.processEvents()


def test_cards_still_to_add_are_dropped_when_the_window_is_deleted(
    qtbot: Any, settings: AppSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, settings)
    window.session.open_folder(make_many_outlets(tmp_path / "outlets", 12))
    wait_summarized(qtbot, window)
    window.summary_view.select_row(0)
    assert window.evidence_view.cards_pending()
    with qtbot.capture_exceptions() as raised:
        _delete_and_run_what_was_queued(window)
    assert raised == []


def test_rows_still_to_fill_are_dropped_when_the_window_is_deleted(
    qtbot: Any, settings: AppSettings, tmp_path: Path, monkeypatch: Any
) -> None:
    from corroborate.gui import sources_view

    monkeypatch.setattr(sources_view, "ROWS_PER_TURN", 2)
    window = _window(qtbot, settings)
    window.session.open_folder(make_many_outlets(tmp_path / "outlets", 12))
    wait_summarized(qtbot, window)
    assert not window.sources_view.isVisible()
    # The Articles tab, not shown, builds its rows a few per turn of the event loop.
    window.sources_view.set_analysis(window.session.analysis)
    with qtbot.capture_exceptions() as raised:
        _delete_and_run_what_was_queued(window)
    assert raised == []


def test_a_summary_still_to_hand_on_is_dropped_when_the_window_is_deleted(
    qtbot: Any, settings: AppSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, settings)
    # The panes that show the analysis are filled at once, those of the summary a turn later.
    with qtbot.waitSignal(window.session.analysis_changed, timeout=60_000):
        window.session.open_folder(make_many_outlets(tmp_path / "outlets", 12))
    assert window.session.summary is None
    with qtbot.capture_exceptions() as raised:
        _delete_and_run_what_was_queued(window)
    assert raised == []


def test_a_coverage_map_still_to_warm_up_is_dropped_when_the_window_is_deleted(
    qtbot: Any, settings: AppSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, settings)
    view = window.coverage_view
    assert not view.isVisible()
    window.session.open_folder(make_many_outlets(tmp_path / "outlets", 12))
    # The map is computed on a worker while its tab is hidden; its first drawing is
    # then done a turn later, before the reader opens the tab.
    with qtbot.waitSignal(view._runner.finished, timeout=60_000):
        pass
    with qtbot.capture_exceptions() as raised:
        _delete_and_run_what_was_queued(window)
    assert raised == []
