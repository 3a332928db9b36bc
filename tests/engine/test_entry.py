"""The program's entry point ends the command line at once, with its status and output whole,
and leaves no process of its own behind."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from corroborate.resources import sample_story


def processes_in_session(session: int) -> list[int]:
    """Processes (Linux /proc) whose session is ``session``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # after the name: state, ppid, pgrp, session
            found.append(int(entry.name))
    return found


def test_the_command_line_exits_with_its_report_whole_and_no_worker_left_behind() -> None:
    done = subprocess.Popen(
        [sys.executable, "-m", "corroborate", "summarize", str(sample_story()), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own session: whatever it starts can be found after it
    )
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err.decode()
    assert len(json.loads(out)["summary"]) > 0
    if sys.platform.startswith("linux"):
        deadline = time.monotonic() + 5
        while processes_in_session(done.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert processes_in_session(done.pid) == []


def test_a_usage_error_keeps_its_status() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "corroborate", "summarize", "--sentences", "many"],
        capture_output=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert done.returncode == 2
    assert b"--sentences" in done.stderr


def test_the_program_runs_the_cyclic_garbage_collector_rarely() -> None:
    # An analysis allocates hundreds of thousands of acyclic containers: the program
    # raises the collector's thresholds at its start, a script importing the engine not.
    probe = (
        "import contextlib, gc; from corroborate.__main__ import main\n"
        "before = gc.get_threshold()\n"
        "with contextlib.suppress(SystemExit): main(['--version'])\n"
        "print(before[0], gc.get_threshold()[0])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    before, after = map(int, done.stdout.split()[-2:])
    assert before == 700  # Python's default, untouched by importing the program
    assert after >= 10_000


def test_the_command_line_analyses_without_the_cyclic_garbage_collector() -> None:
    # It analyses one folder and ends: the memory of the few cycles is freed at its end.
    probe = (
        "import gc, sys; import corroborate.cli as cli\n"
        "cli.main = lambda args: print('collector on:', gc.isenabled()) or 0\n"
        "sys.argv = ['corroborate', 'summarize']\n"
        "from corroborate.__main__ import run\n"
        "run()"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split()[-1] == "False"
    assert gc.isenabled()  # importing the program changes nothing for its importer
