"""The app against hostile input: documents' text shown as plain text, a slow reader that
never stalls the window, and closing the window stops a read at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QListView, QTreeWidget, QWidget

sys.path.insert(0, str(Path(__file__).parents[1] / "hostile"))

import hostile_make as make
from hostile_make import STORY

from .helpers import (
    ENGINE_TIMEOUT_MS,
    event_loop_gaps,
    wait_idle,
    wait_settled,
    window_opening,
)

#: A page title that is markup once its entities are decoded.
TITLE = "&lt;img src=&quot;/etc/hostile.png&quot;&gt;&lt;b&gt;Harbour&lt;/b&gt; warehouse fire"


def _slow_folder(folder: Path) -> Path:
    """Two short reports and a long PDF whose reading outlasts the watch of the stall test
    (4 s) on a fast, quiet machine too: the story 1,200 times over in the pages' text."""
    folder.mkdir()
    make.write(folder, "a.txt", "Harbour fire\n\n" + STORY)
    make.write(folder, "b.txt", "Warehouse blaze\n\n" + STORY.replace("Monday", "Monday evening"))
    make.write(folder, "slow.pdf", make.pdf([1] * 8, shared=make.text_page((STORY + " ") * 1200)))
    return folder


def _markup_folder(folder: Path, first: str, unreadable: str) -> Path:
    """Two web pages whose headline is markup, the first saved as ``first``.html, and an
    unreadable file named ``unreadable``."""
    folder.mkdir()
    other = (
        "Firefighters fought a fire at a harbour warehouse through Monday night, the fire "
        "service said on Tuesday. Nobody was injured in the blaze, which sent thick smoke "
        "over the harbour, and officials are investigating the cause of the fire."
    )
    for name, story in ((first, STORY), ("b", other)):
        make.write(folder, f"{name}.html", make.html_page(make.paragraphs(story), title=TITLE))
    make.write(folder, unreadable, b"not a pdf")
    return folder


def test_titles_and_file_names_from_documents_are_shown_as_plain_text(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    folder = _markup_folder(tmp_path / "markup", "a", "<img src=x.png onerror=alert(1)><b>bold.pdf")
    window = window_opening(qtbot, make_window, folder)
    assert window.session.summary is not None
    assert window.story_title.textFormat() == Qt.TextFormat.PlainText
    # The headline is long enough to be cut to two lines: its markup stays literal text.
    assert "<b>Harbour</b>" in window.story_title.full_text()
    shown = "".join(window.story_title.text().split()).rstrip("…")
    assert "".join(window.story_title.full_text().split()).startswith(shown)
    # A line cut to the window's width keeps the whole message in its tooltip.
    labels = [
        label
        for label in window.banner.findChildren(QLabel)
        if "<b>bold" in label.text() + label.accessibleName()
    ]
    assert labels, window.banner.text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def _as_shown(tip: str) -> QTextDocument:
    """A tooltip as Qt shows it: rich text when its first line looks like markup."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    return document


def _tooltips(window: Any) -> list[str]:
    """Every tooltip in the window: widgets', tree rows' and list rows'."""
    tips = [w.toolTip() for w in window.findChildren(QWidget) if w.toolTip()]
    for tree in window.findChildren(QTreeWidget):
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while rows:
            row = rows.pop()
            tips += [row.toolTip(c) for c in range(tree.columnCount()) if row.toolTip(c)]
            rows += [row.child(i) for i in range(row.childCount())]
    for view in window.findChildren(QListView):
        model = view.model()
        for number in range(model.rowCount()):
            tip = model.data(model.index(number, 0), Qt.ItemDataRole.ToolTipRole)
            tips += [tip] if tip else []
    return tips


def test_tooltips_show_titles_sentences_and_file_names_as_plain_text(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    # The file name stands in for the outlet: it reaches the Sources and Summary tooltips.
    folder = _markup_folder(tmp_path / "markup", "<img src=a.png>a", "<img src=x.png><b>bold.pdf")
    window = make_window()
    window.resize(480, 700)  # narrow: the headline is cut, its tooltip set
    window.session.open_folder(folder)
    wait_idle(qtbot, window)
    assert window.session.summary is not None
    wait_settled(qtbot, window)
    tips = _tooltips(window)
    shown = [_as_shown(tip) for tip in tips]
    # Each of the three kinds of markup is in some tooltip, shown as the characters it is.
    for literal in ('<img src="/etc/hostile.png"><b>Harbour</b>', "<img src=a.png>a"):
        assert any(literal in document.toPlainText() for document in shown), (literal, tips)
    for tip, document in zip(tips, shown, strict=True):
        assert "<img" not in document.toHtml() and "<b>" not in document.toHtml(), tip
    # The banner wraps its messages whole rather than cutting them: the file name is in
    # the message itself, as the characters it is.
    said = [w for w in window.banner.findChildren(QLabel) if "<b>bold" in w.text()]
    assert said and all(w.textFormat() == Qt.TextFormat.PlainText for w in said)


#: How long the window watches a slow read, in milliseconds: the slow page takes many
#: seconds to read (about 19 on a machine of two cores), so the read outlasts the watch.
_WATCH_MS = 4000


def test_a_slow_reader_never_stalls_the_window(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    """The window's event loop keeps turning while a slow page is read. The read outlasts
    the watch, so a loop the reader blocked would show one gap of the whole watch or more;
    a busy machine delays turns by a few hundred milliseconds at worst, far under half of
    it. How short the stalls are is the benchmark's figure (tests/benchmarks/gui_stall.py)."""
    folder = _slow_folder(tmp_path / "slow")
    window = make_window()
    with event_loop_gaps() as gaps:
        window.session.open_folder(folder)
        qtbot.wait(_WATCH_MS)  # the slow page is being read meanwhile
    still_reading = window.session.busy
    window.session.shutdown()
    longest = max(gaps)
    print(f"\nlongest event-loop stall while a slow PDF was read: {longest} ms")
    assert still_reading, "the slow page was read before the watch ended: nothing was watched"
    assert len(gaps) > 1 and longest < _WATCH_MS // 2, f"the GUI thread stalled for {longest} ms"


def test_closing_the_window_during_a_slow_read_stops_it_at_once(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    folder = _slow_folder(tmp_path / "slow")
    window = make_window()
    window.session.open_folder(folder)
    qtbot.waitUntil(lambda: window.progress.isVisible())
    qtbot.wait(2500)  # into the slow read
    assert window.session.busy
    started = time.perf_counter()
    window.close()
    closed = time.perf_counter() - started
    assert window.session._runner.wait(100)
    print(f"\nwindow closed {closed:.2f} s into a slow read")
    assert closed < 2.0


_WATCH_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from corroborate.gui.app import main
from corroborate.gui.main_window import MainWindow

def watch():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next((w for w in windows if w.isVisible()), None)
    if window is not None and window.session.busy:
        print("READING", flush=True)
    else:
        QTimer.singleShot(50, watch)

QTimer.singleShot(0, watch)
sys.exit(main(sys.argv[1:]))
"""


def _app_reading_slowly(tmp_path: Path) -> subprocess.Popen[bytes]:
    """The app, in its own process, a second into reading a slow folder."""
    folder = _slow_folder(tmp_path / "slow")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    process = subprocess.Popen(
        [sys.executable, "-c", _WATCH_SCRIPT, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"READING"
    time.sleep(1.0)  # into the slow read
    return process


def test_ctrl_c_in_the_terminal_closes_the_app_during_a_slow_read(tmp_path: Path) -> None:
    process = _app_reading_slowly(tmp_path)
    sent = time.perf_counter()
    process.send_signal(signal.SIGINT)
    _, error = process.communicate(timeout=60)
    stopped = time.perf_counter() - sent
    print(f"\napp closed {stopped:.2f} s after Ctrl-C")
    assert process.returncode == 130, error
    assert b"Traceback" not in error
    # 1-1.5 s on an idle machine; the bound leaves room for a loaded one and is still far
    # below the 30 s the slow read would take to run out.
    assert stopped < 12.0


def test_ctrl_c_pressed_again_and_again_closes_the_app_without_a_traceback(
    tmp_path: Path,
) -> None:
    process = _app_reading_slowly(tmp_path)
    # A press every 20 ms until the app has ended: later presses land in its ending.
    deadline = time.monotonic() + 5
    while process.poll() is None and time.monotonic() < deadline:
        process.send_signal(signal.SIGINT)
        time.sleep(0.02)
    _, error = process.communicate(timeout=60)
    assert process.returncode == 130, error
    assert b"Traceback" not in error, error.decode(errors="replace")


def test_an_article_repeating_its_sentences_thousands_of_times_never_stalls_the_window(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "repeats"
    folder.mkdir()
    make.write(folder, "a.txt", "Harbour fire\n\n" + STORY)
    make.write(folder, "b.txt", "Warehouse blaze\n\n" + STORY.replace("Monday", "Monday evening"))
    make.write(folder, "echo.txt", "Fire again\n\n" + " ".join([STORY] * 1500))
    window = make_window()
    window.session.open_folder(folder)
    qtbot.waitUntil(lambda: window.session.busy, timeout=ENGINE_TIMEOUT_MS)
    with event_loop_gaps() as gaps:
        wait_idle(qtbot, window)
        wait_settled(qtbot, window)
    assert window.session.summary is not None
    longest = max(gaps)
    print(f"\nlongest event-loop stall showing an article repeated 1,500 times: {longest} ms")
    assert longest < 500, f"the GUI thread stalled for {longest} ms"
