"""A review of the twelfth round's changes: the Disagreements list, laid out once per
width it settles at, drawn without its scroll bar in the frame after it narrowed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from corroborate.gui.disagreements_view import DisagreementsView

from .helpers import wait_settled


def _findings(count: int) -> str:
    return "".join(
        f"<p>{n}. The Quillmoor ferry carried more passengers on the day than the Tarnwick "
        "Post said it did, the Harrowgate Lamp wrote.</p>"
        for n in range(count)
    )


def _on_screen(host: QWidget, part: QRect) -> QImage:
    """What the window's last paint put on the screen in ``part`` (not a fresh rendering)."""
    return host.screen().grabWindow(host.winId()).toImage().copy(part)


def _alike(one: QImage, other: QImage) -> bool:
    """The same picture, but for a style's shading (a bar's first paint is a shade off, a
    corner's pixel more): a bar left out differs in its every pixel."""
    off = sum(
        max(
            abs(a - b)
            for a, b in zip(
                one.pixelColor(x, y).getRgb(), other.pixelColor(x, y).getRgb(), strict=True
            )
        )
        > 16
        for y in range(one.height())
        for x in range(one.width())
    )
    return one.size() == other.size() and off <= 10


def test_a_list_of_disagreements_narrowed_until_it_scrolls_is_painted_with_its_scroll_bar_at_once(
    qtbot: Any,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    view = DisagreementsView(host)
    host.resize(900, 400)
    view.setGeometry(0, 0, 900, 300)
    host.show()
    qtbot.waitExposed(host)
    bar = view.browser.verticalScrollBar()
    compared = 0
    for count in range(1, 25):  # lists near the height where the bar appears
        view.setGeometry(0, 0, 900, 300)
        view.browser.setHtml(_findings(count))
        wait_settled(qtbot, host)
        if bar.isVisible():
            break  # scrolls already at the width beside nothing
        # An article opened beside the list: it narrows, and the window is painted.
        view.setGeometry(0, 0, 560, 300)
        QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        strip = QRect(view.browser.mapTo(host, QPoint(540 - 30, 0)), QSize(50, 300))
        first = _on_screen(host, strip)
        wait_settled(qtbot, host)
        if not bar.isVisible():
            continue  # fits at the narrow width too
        compared += 1
        # Before, the layout, put off to the page's own paint, brought the bar in after
        # the bars were drawn: that frame had the page where the bar goes.
        assert _alike(first, _on_screen(host, strip)), count
    assert compared >= 1
