"""Shared test actions: dropping paths the way a file manager does, waiting for the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QElapsedTimer, QEvent, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget


def drop_on(widget: Any, paths: list[Path]) -> None:
    """A real drag sequence as the file manager sends it: enter, move, drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    assert move.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(pos, actions, mime, buttons, mods))


def make_large_story(folder: Path, count: int) -> Path:
    """``count`` articles varied from the sample story: renamed outlets, dropped and
    reordered paragraphs, so the engine sees many distinct sources, not copies only."""
    import re

    from corroborate.resources import sample_story

    bases = sorted(p for p in sample_story().iterdir() if p.suffix == ".txt")
    texts = [p.read_text(encoding="utf-8") for p in bases]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        head, *paragraphs = texts[i % len(texts)].split("\n\n")
        head = re.sub(r"^(.*)$", rf"\1 ({i})", head, count=1)
        paragraphs = [re.sub(r"\(([^)]+)\) —", f"(Station {i}) —", p) for p in paragraphs]
        if len(paragraphs) > 4:
            del paragraphs[1 + i % (len(paragraphs) - 2)]
            k = 2 + (i // 3) % (len(paragraphs) - 3)
            paragraphs[k], paragraphs[k + 1] = paragraphs[k + 1], paragraphs[k]
        text = "\n\n".join([head, *paragraphs])
        (folder / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def make_many_outlets(folder: Path, count: int) -> Path:
    """``count`` invented articles, nearly all from independent outlets: each reports two
    to four of four shared facts and a dozen or more sentences of its own (made of
    invented words, so no other outlet echoes them), so a coverage map has about as
    many columns as articles and some thousand rows."""
    import random

    syllables = [
        "ka",
        "lo",
        "mi",
        "ren",
        "tas",
        "vu",
        "bel",
        "dor",
        "fin",
        "gal",
        "hep",
        "jor",
        "kul",
        "mar",
        "nes",
        "pol",
        "quin",
        "ros",
    ]
    verbs = [
        "approved",
        "delayed",
        "inspected",
        "repaired",
        "funded",
        "closed",
        "reopened",
        "expanded",
    ]
    shared = [
        "The Tarnwick ferry resumed crossings on Monday after engineers repaired the hull.",
        "Officials said the repairs cost 4 million crowns and took eleven weeks.",
        "The mayor of Tarnwick thanked the crews who worked through the storms.",
        "About 900 passengers crossed on the first day, the operator said.",
    ]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        pick = random.Random(i)
        body = pick.sample(shared, pick.randint(2, 4))
        for _ in range(pick.randint(12, 24)):
            w = ["".join(pick.choice(syllables) for _ in range(3)) for _ in range(6)]
            body.append(
                f"{w[0].title()} {w[1].title()} told the {w[2]} that the {w[3]} of "
                f"{w[4].title()} would be {pick.choice(verbs)} before the {w[5]} festival."
            )
        pick.shuffle(body)
        head = f"Ferry back in service at Tarnwick ({i})\nBy Writer {i} — Gazette {i:03d}\n\n"
        (folder / f"article-{i:04d}.txt").write_text(head + "\n\n".join(body), encoding="utf-8")
    return folder


#: how long a test waits for the real engine to read and summarize a story
ENGINE_TIMEOUT_MS = 60_000
#: how long a test waits for a job that is quick but may be slowed by a loaded machine
#: (collecting the garbage of the whole test run): a wait that only a hang misses
HANG_GUARD_MS = 60_000


def folder(tmp_path: Path, name: str) -> Path:
    """A new empty folder ``name`` under ``tmp_path``."""
    path = tmp_path / name
    path.mkdir()
    return path


def wait_for_summary(qtbot: Any, window: Any, name: str) -> None:
    """Wait (over the fake engine) until the folder called ``name`` is summarized."""
    qtbot.waitUntil(
        lambda: (
            window.session.analysis is not None
            and window.session.analysis.folder.name == name
            and window.session.summary is not None
        ),
        timeout=5000,
    )


def wait_idle(qtbot: Any, window: Any) -> None:
    """Wait until the window's session has nothing running (a failed open included)."""
    qtbot.waitUntil(lambda: not window.session.busy, timeout=ENGINE_TIMEOUT_MS)


def wait_summarized(qtbot: Any, window: Any) -> None:
    """Wait until the window's session has nothing running and shows a summary."""
    qtbot.waitUntil(
        lambda: not window.session.busy and window.session.summary is not None,
        timeout=ENGINE_TIMEOUT_MS,
    )


def wait_cards(qtbot: Any, window: Any) -> None:
    """Wait until the evidence pane shows every card of its sentence: they are built a
    few per turn of the event loop and shown at the next, and until then the keys pass
    them by (a Tab from the last card shown leaves the pane)."""
    view = window.evidence_view
    qtbot.waitUntil(
        lambda: view.evidence is not None and not view.cards_pending(),
        timeout=ENGINE_TIMEOUT_MS,
    )


def showing_the_single_outlet_list(qtbot: Any, make_window: Any, folder: Path) -> Any:
    """A new window over :class:`.fakes.ListsTheSurestFew` with ``folder`` summarized in
    it and the single-outlet tab shown: the surest few of each outlet's own sentences
    listed, the others counted."""
    from .fakes import ListsTheSurestFew

    window = make_window(ListsTheSurestFew())
    window.session.open_folder(folder)
    wait_summarized(qtbot, window)
    window.tabs.setCurrentWidget(window.single_source_view)
    return window


def window_showing(qtbot: Any, make_window: Any, story: Path) -> Any:
    """A new window with ``story`` dropped on it and analysed."""
    window = make_window()
    drop_on(window.drop_zone, [story])
    wait_idle(qtbot, window)
    return window


def open_find_bar(qtbot: Any, window: Any) -> Any:
    """Open the find bar over the summary, its first sentence selected (as Ctrl+F from the
    list does); returns the bar."""
    listed = window.summary_view.list
    listed.setFocus()
    window.summary_view.select_row(0)
    qtbot.keyClick(listed, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    return window.find_bar


def drop_new_folder(qtbot: Any, window: Any, tmp_path: Path, name: str = "story") -> Path:
    """Drop a new folder ``name`` on the window and wait (over the fake engine) for its
    summary; returns the folder."""
    path = folder(tmp_path, name)
    drop_on(window.drop_zone, [path])
    wait_for_summary(qtbot, window, name)
    return path


def window_opening(qtbot: Any, make_window: Any, source: Path) -> Any:
    """A new window that has opened the folder ``source`` (with the real engine) and
    finished with it."""
    window = make_window()
    window.session.open_folder(source)
    wait_idle(qtbot, window)
    return window


def open_new_folder(qtbot: Any, window: Any, tmp_path: Path, name: str = "story") -> Path:
    """Open a new folder ``name`` in the window's session and wait (over the fake engine)
    for its summary; returns the folder."""
    path = folder(tmp_path, name)
    window.session.open_folder(path)
    wait_for_summary(qtbot, window, name)
    return path


def _geometry(window: Any) -> tuple[object, ...]:
    widgets = [window, *window.findChildren(QWidget)]
    bars = window.findChildren(QScrollBar)  # a view scrolled to its place is laid out too
    return (
        *((w.isVisible(), w.geometry().getRect()) for w in widgets),
        *((bar.value(), bar.maximum()) for bar in bars),
    )


def wait_settled(qtbot: Any, widget: Any, timeout: int = 5000) -> None:
    """Wait until ``widget``'s window is laid out: its pending layouts done, and no widget
    of it moved or resized over a turn of the event loop (in place of a fixed pause,
    which a busy machine may outlast). A window not shown is never laid out: waiting for
    it to settle would pass at once and prove nothing, so it fails; a window that keeps
    moving fails after ``timeout`` milliseconds."""
    window = widget.window()
    assert window.isVisible(), f"{window!r} is not shown: it has no layout to wait for"
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    last: list[object] = [None]

    def still() -> bool:
        now = _geometry(window)
        same, last[0] = now == last[0], now
        return same

    qtbot.waitUntil(still, timeout=timeout)


def deliver_queued() -> None:
    """Deliver every event and cross-thread signal already queued for the GUI thread: once
    a worker has finished, whatever it sent has arrived when this returns (in place of
    waiting a while for a stale result that must be ignored)."""
    for _ in range(3):  # a delivery may queue one more step (a zero-time timer)
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@contextmanager
def event_loop_gaps() -> Iterator[list[int]]:
    """The milliseconds between turns of the event loop while the block runs, as a timer
    ticking every 10 ms sees them: the longest is the window's longest stall."""
    clock = QElapsedTimer()
    gaps: list[int] = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()
    try:
        yield gaps
    finally:
        ticker.stop()


def tooltip_at(qtbot: Any, widget: Any, point: Any) -> str:
    """The tooltip shown on hovering ``widget`` at ``point`` (in its own coordinates),
    "" if none (a tooltip shown before is let go first: it lingers a moment)."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def one_outlet_story(folder: Path) -> Path:
    """A folder of one outlet's one article (invented): nothing is corroborated."""
    folder.mkdir()
    (folder / "harbour-gazette.txt").write_text(
        "Ferry to Quillon Island cancelled after engine fire\n\n"
        "The morning ferry to Quillon Island was cancelled on Tuesday after a small engine "
        "fire, the Quillon Ferry Company said.\n\n"
        "No one was hurt, and the crew put out the fire within minutes, a spokesman said.\n\n"
        "The company said the afternoon sailing would leave on time from Berth 4.\n",
        encoding="utf-8",
    )
    return folder


def drawn_order(text: str, names: list[str]) -> list[str]:
    """``names`` in the order Qt draws them in ``text`` laid out on one line, left to
    right (the direction Qt takes from the text itself, as a label or a painted row)."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()

    def middle(name: str) -> float:  # inside the name: its edges may touch its neighbours'
        found = cast(tuple[float, int], line.cursorToX(text.index(name) + len(name) // 2))
        return found[0]

    return sorted(names, key=middle)


def banner_in_a_window(
    qtbot: Any, messages: list[Any], width: int, height: int, text_scale: float = 1.0
) -> tuple[QWidget, Any]:
    """A window ``width`` × ``height`` holding a message banner alone, at its top, saying
    ``messages`` with its text ``text_scale`` times the usual size; shown."""
    from PySide6.QtWidgets import QVBoxLayout

    from corroborate.gui.status import MessageBanner

    host = QWidget()
    qtbot.addWidget(host)
    font = host.font()
    font.setPointSizeF(font.pointSizeF() * text_scale)
    host.setFont(font)
    banner = MessageBanner(host)
    column = QVBoxLayout(host)
    column.addWidget(banner)
    column.addStretch(1)
    banner.set_messages(messages)
    host.resize(width, height)
    host.show()
    qtbot.waitExposed(host)
    return host, banner
