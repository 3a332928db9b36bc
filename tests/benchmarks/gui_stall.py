"""How long the window stops answering while it analyses a large story.

    uv run python tests/benchmarks/gui_stall.py [--articles 300] [--runs 3]

Opens the real window offscreen, imports the engine first (as the app does
before its first analysis), analyses ``--articles`` variations of the sample
story and ticks a 10 ms timer on the GUI thread meanwhile. Two figures per run:

- the longest gap between ticks (wall clock): what a user would feel, but it
  grows when other programs compete for the processor;
- the most processor time the GUI thread spent between two ticks: the app's
  own work in one go, much less sensitive to a busy machine.

It also prints where the GUI thread spent the most time in one turn after the
analysis, when the panes are filled.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))

from helpers import make_large_story
from PySide6.QtCore import QEventLoop, QSettings, QTimer

from corroborate.engine.warm import analysis_steps, reader_steps
from corroborate.gui.app import application, build_window
from corroborate.gui.settings import AppSettings, Defaults


def run(folder: Path) -> tuple[float, float, float]:
    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        store = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window, session = build_window(AppSettings(store, Defaults()))
        window.resize(1280, 800)
        window.show()
        for _ in range(20):
            app.processEvents()
        wall: list[float] = []
        cpu: list[float] = []
        last = [time.perf_counter(), time.thread_time()]

        def tick() -> None:
            now, used = time.perf_counter(), time.thread_time()
            wall.append(now - last[0])
            cpu.append(used - last[1])
            last[0], last[1] = now, used

        ticker = QTimer()
        ticker.setInterval(10)
        ticker.timeout.connect(tick)
        loop = QEventLoop()
        session.summary_changed.connect(lambda _s: QTimer.singleShot(500, loop.quit))
        started = time.perf_counter()
        last[:] = [time.perf_counter(), time.thread_time()]
        ticker.start()
        session.open_folder(folder)
        loop.exec()
        ticker.stop()
        elapsed = time.perf_counter() - started
        window.close()
        session.shutdown()
    return elapsed, max(wall) * 1000, max(cpu) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    application()
    for _name, work in [*analysis_steps(), *reader_steps({".txt"})]:
        work()
    with tempfile.TemporaryDirectory() as scratch:
        folder = make_large_story(Path(scratch) / "big", args.articles)
        results = []
        for number in range(1, args.runs + 1):
            elapsed, wall, cpu = run(folder)
            results.append((wall, cpu))
            print(
                f"run {number}: {args.articles} articles in {elapsed:.1f} s; longest stall "
                f"{wall:.0f} ms wall, {cpu:.0f} ms of the GUI thread's processor time"
            )
    walls, cpus = sorted(r[0] for r in results), sorted(r[1] for r in results)
    print(
        f"longest stall: median {walls[len(walls) // 2]:.0f} ms wall (best {walls[0]:.0f}), "
        f"GUI thread {cpus[len(cpus) // 2]:.0f} ms of processor time (target ≤ 50 ms); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
