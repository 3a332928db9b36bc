"""The app's first summary: nothing is imported off the GUI thread on the way to it.

PySide's import hook is not safe on a worker thread (see ``corroborate.gui.prewarm``),
so the analysis worker must find every module it needs already imported. Each
check launches the real entry point in a fresh interpreter and records every
import made on any other thread until the first summary is on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corroborate.resources import sample_story

CHILD = r"""
import importlib.abc, json, os, sys, threading
off_thread = []
class Record(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if threading.current_thread() is not threading.main_thread():
            off_thread.append(name)
sys.meta_path.insert(0, Record())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def watch():
    from corroborate.gui.main_window import MainWindow
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    def shown(summary):
        if summary is not None:
            print(json.dumps({"off_thread": off_thread, "articles": len(summary.analysis.articles),
                              "modules": sorted(sys.modules)}))
            sys.stdout.flush()
            os._exit(0)
    window.session.summary_changed.connect(shown)
    window.session.failed.connect(lambda failure: os._exit(3))

QTimer.singleShot(0, watch)
from corroborate.gui.app import main
main(sys.argv[1:])
"""


def first_summary(home: Path, *args: str) -> dict:
    env = dict(os.environ, XDG_CONFIG_HOME=str(home), HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def web_and_text_folder(folder: Path) -> Path:
    """Three of the sample story's articles as text and two as saved web pages."""
    folder.mkdir()
    for i, path in enumerate(sorted(sample_story().glob("*.txt"))[:5]):
        if i < 3:
            (folder / path.name).write_bytes(path.read_bytes())
            continue
        paragraphs = [p.strip() for p in path.read_text("utf-8").split("\n\n") if p.strip()]
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs[1:])
        (folder / f"{path.stem}.html").write_text(
            f"<html><head><title>{paragraphs[0]}</title></head><body><article>"
            f"<h1>{paragraphs[0]}</h1>\n{body}</article></body></html>",
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize(
    "opened", ["the sample story on first run", "a folder on the command line"]
)
def test_the_first_summary_is_reached_without_importing_on_a_worker(tmp_path: Path, opened) -> None:
    if opened == "the sample story on first run":
        result = first_summary(tmp_path)
        expected = len(list(sample_story().glob("*.txt")))
    else:
        folder = web_and_text_folder(tmp_path / "story")
        result = first_summary(tmp_path, str(folder))
        expected = 5
    assert result["off_thread"] == [], " ".join(result["off_thread"])
    assert result["articles"] == expected


def test_no_reader_or_its_library_is_loaded_in_the_app_on_the_way_to_the_first_summary(
    tmp_path: Path,
) -> None:
    # Every file is read in a worker process, which imports its reader there.
    folder = web_and_text_folder(tmp_path / "story")
    modules = first_summary(tmp_path, str(folder))["modules"]
    for reader in ("html", "pdf", "docx"):
        assert f"corroborate.engine.readers.{reader}" not in modules
    for library in ("charset_normalizer", "trafilatura", "lxml", "pypdf", "docx"):
        assert library not in modules
