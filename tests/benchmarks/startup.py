"""How long from launching the app to a visible window (target: under 1.5 s).

    uv run python tests/benchmarks/startup.py [--runs 5]

Each run starts a fresh interpreter that does what the real entry point
(``corroborate.__main__``) does, with a throwaway settings folder, so it is a
first run: it starts the first story's analysis in another process, then calls
``corroborate.gui.app.main``; the window opens and summarizes the sample story. The clock
starts before the interpreter is spawned and stops when Qt reports the window
exposed (the CPU time the process used by then is printed too, since it does
not depend on what else the machine is doing); the child also reports when the first summary is on screen. Without a
display the offscreen platform is used, which skips the compositor but not
Python, Qt or the app's own start-up work.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import os, sys, time
t0 = float(sys.argv[1])
# As corroborate.__main__ does, before Qt is loaded.
from corroborate import regex_cache

regex_cache.install()
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
from corroborate.engine.ahead import AnalysisAhead

ahead = AnalysisAhead()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])  # main() reuses this instance


class Probe(QObject):
    shown = None

    def eventFilter(self, obj, event):
        if (
            self.shown is None
            and event.type() == QEvent.Type.Expose
            and isinstance(obj, QWindow)
            and obj.isExposed()
        ):
            self.shown = time.time() - t0
            print(f"visible {self.shown:.3f}", flush=True)
            print(f"cpu {time.process_time():.3f}", flush=True)
            from corroborate.gui.main_window import MainWindow

            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            window.session.summary_changed.connect(self.summarized)
            window.session.failed.connect(lambda _f: os._exit(1))
        return False

    def summarized(self, summary):
        if summary is not None:
            print(f"summary {time.time() - t0:.3f}", flush=True)
            print(f"summary_cpu {time.process_time():.3f}", flush=True)
            os._exit(0)  # skip teardown: only the start-up is measured


probe = Probe()
app.installEventFilter(probe)
from corroborate.gui.app import main

main([], ahead)
"""


KEYS = {"visible", "cpu", "summary", "summary_cpu"}


def run_once() -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_CONFIG_HOME=home, HOME=home)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, repr(t0)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        ).stdout
    values = dict(line.split() for line in out.splitlines() if line.split()[0] in KEYS)
    return float(values["visible"]), float(values["cpu"]), float(values.get("summary", "nan"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    visible, cpu, summary = [], [], []
    for i in range(args.runs):
        v, c, s = run_once()
        visible.append(v)
        cpu.append(c)
        summary.append(s)
        print(
            f"run {i + 1}: window visible after {v:.2f} s ({c:.2f} s of CPU), "
            f"sample summary after {s:.2f} s"
        )
    # CPU time is what start-up costs regardless of other load on the machine.
    print(
        f"window visible: median {statistics.median(visible):.2f} s, best {min(visible):.2f} s, "
        f"CPU {statistics.median(cpu):.2f} s (target < 1.5 s); "
        f"first summary: median {statistics.median(summary):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
