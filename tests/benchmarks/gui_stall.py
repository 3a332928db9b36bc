"""How long the window stops answering while it analyses a large story.

    uv run python tests/benchmarks/gui_stall.py [--articles 300] [--runs 3] [--outlets]

Opens the real window offscreen, imports the engine first (as the app does
before its first analysis), analyses ``--articles`` variations of the sample
story and ticks a 10 ms timer on the GUI thread meanwhile. Two figures per run:

- the longest gap between ticks (wall clock): what a user would feel, but it
  grows when other programs compete for the processor;
- the most processor time the GUI thread spent between two ticks: the app's
  own work in one go, much less sensitive to a busy machine.

Then, with the story shown, it moves the length slider and the minimum-support
box a step at a time and switches through every tab, and prints the same two
figures for those interactions, the Coverage tab on its own ("coverage tab": its map
has a column per independent outlet; ``--outlets`` reads invented articles nearly all
from independent outlets, some 310 of 330, rather than variations of the sample
story, which are few outlets; "coverage after Show All" times it again with every
single-outlet sentence listed) (``--profile N`` also prints the N functions
where the GUI thread spent the most time during them).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))

from helpers import make_large_story, make_many_outlets
from PySide6.QtCore import QEventLoop, QSettings, QTimer

from corroborate.engine.warm import analysis_steps, reader_steps
from corroborate.gui.app import application, build_window
from corroborate.gui.settings import AppSettings, Defaults
from corroborate.gui.tasks import _GC


class Ticker:
    """Ticks every 10 ms on the GUI thread; the longest gaps between ticks are the stalls."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self._last = (time.perf_counter(), time.thread_time())
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, used = time.perf_counter(), time.thread_time()
        self.wall.append(now - self._last[0])
        self.cpu.append(used - self._last[1])
        self._last = (now, used)

    def start(self) -> None:
        self.wall, self.cpu = [], []
        self._last = (time.perf_counter(), time.thread_time())
        self._timer.start()

    def stop(self) -> tuple[float, float]:
        self._tick()
        self._timer.stop()
        return max(self.wall) * 1000, max(self.cpu) * 1000


def settle(app: Any, seconds: float) -> None:
    """Run the event loop for ``seconds`` (the ticker keeps ticking)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def interact(app: Any, window: Any, session: Any, profile: int) -> dict[str, tuple[float, float]]:
    """The longest stalls while the reader moves the controls and switches tabs."""
    results: dict[str, tuple[float, float]] = {}
    profiler = cProfile.Profile() if profile else None
    ticker = Ticker()

    def measure(name: str, steps: list[Callable[[], None]]) -> None:
        ticker.start()
        for step in steps:
            if profiler is not None:
                profiler.enable()
            step()
            if profiler is not None:
                profiler.disable()
            settle(app, 0.4)
            while session.busy:
                settle(app, 0.1)
        results[name] = ticker.stop()

    bar = window.options_bar
    start = bar.length.value()
    lengths = [start + 1, start + 2, start + 3, start + 2, start + 1, start]
    measure("length slider", [lambda v=v: bar.length.setValue(v) for v in lengths])
    low = bar.min_sources.value()
    measure(
        "minimum support",
        [lambda v=v: bar.min_sources.setValue(v) for v in (low + 1, low + 2, low + 1, low)],
    )
    others = range(1, window.tabs.count())
    tabs = [*others, 0, *others, 0]
    measure("tab switch", [lambda i=i: window.tabs.setCurrentIndex(i) for i in tabs])
    shown = window.tabs.indexOf(window.coverage_view)
    measure("coverage tab", [lambda i=i: window.tabs.setCurrentIndex(i) for i in (shown, 0)] * 2)
    # Every single-outlet sentence listed: the map and the figures hold them all.
    single = window.single_source_view
    measure(
        "coverage after Show All",
        [
            lambda: window.tabs.setCurrentWidget(single),
            lambda: single.show_all.click() if single.show_all.isVisible() else None,
            lambda: window.tabs.setCurrentIndex(shown),
            lambda: window.tabs.setCurrentIndex(0),
        ],
    )
    if profiler is not None:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(profile)
    return results


def run(
    folder: Path, profile: int = 0
) -> tuple[float, float, float, dict[str, tuple[float, float]]]:
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
        settle(app, 0.5)
        interactions = interact(app, window, session, profile)
        window.close()
        session.shutdown()
    return elapsed, max(wall) * 1000, max(cpu) * 1000, interactions


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--outlets", action="store_true", help="independent outlets")
    args = parser.parse_args(argv)
    application()
    for _name, work in [*analysis_steps(), *reader_steps({".txt"})]:
        work()
    with tempfile.TemporaryDirectory() as scratch:
        make = make_many_outlets if args.outlets else make_large_story
        folder = make(Path(scratch) / "big", args.articles)
        results = []
        touches: dict[str, list[tuple[float, float]]] = {}
        for number in range(1, args.runs + 1):
            elapsed, wall, cpu, interactions = run(folder, args.profile if number == 1 else 0)
            results.append((wall, cpu))
            print(
                f"run {number}: {args.articles} articles in {elapsed:.1f} s; longest stall "
                f"{wall:.0f} ms wall, {cpu:.0f} ms of the GUI thread's processor time"
            )
            for name, (w, c) in interactions.items():
                touches.setdefault(name, []).append((w, c))
                print(f"  {name}: longest stall {w:.0f} ms wall, {c:.0f} ms of the GUI thread")
    report("during the analysis", results)
    for name, figures in touches.items():
        report(name, figures)
    collections = [f"{s * 1000:.0f}" for s in _GC.collection_seconds]
    print(
        f"frozen objects at the end: {gc.get_freeze_count()}; full collections of them while "
        f"stories were read: {len(collections)} ({', '.join(collections) or 'none'} ms)"
    )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors")
    return 0


def report(name: str, results: list[tuple[float, float]]) -> None:
    walls, cpus = sorted(r[0] for r in results), sorted(r[1] for r in results)
    print(
        f"{name}: longest stall median {walls[len(walls) // 2]:.0f} ms wall "
        f"(best {walls[0]:.0f}), GUI thread {cpus[len(cpus) // 2]:.0f} ms of processor time "
        "(target ≤ 50 ms)"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
