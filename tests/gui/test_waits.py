"""The tests' own waits: they wait for what they name, or fail; they never hang."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from .helpers import wait_settled


def test_waiting_for_a_hidden_window_to_settle_fails_rather_than_passing(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(QLabel("Fennick ferry crew safe"))
    # Never shown: nothing is laid out, so "settled" would say nothing about it.
    with pytest.raises(AssertionError, match="not shown"):
        wait_settled(qtbot, window, timeout=500)


def test_waiting_for_a_window_that_keeps_moving_to_settle_times_out_rather_than_hanging(
    qtbot: Any,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Tessel River level", window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: label.move((label.x() + 1) % 100, 0))
    timer.start()
    started = time.monotonic()
    with pytest.raises(WaitTimedOut):
        wait_settled(qtbot, window, timeout=300)
    assert time.monotonic() - started < 30  # a hang guard: the window never settles
    timer.stop()


def test_a_window_is_settled_only_once_a_widget_added_to_it_is_laid_out(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    box.addWidget(QLabel("Fennick ferry crew safe"))
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    added = QLabel("Harbourmaster confirms all eleven are ashore")
    box.addWidget(added)
    wait_settled(qtbot, window)
    assert added.isVisible() and added.y() > 0 and added.width() > 100
