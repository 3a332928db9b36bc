"""Composition root: parse arguments, create the application, settings, theme, window.

Everything the window needs is built here and passed in, so tests can build
the same window with their own settings file and, if they like, their own
engine. Heavy engine modules are not imported here: the first story is analysed
in another process while Qt loads and the window is built (see ``prewarm``).
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from corroborate.arguments import app_parser
from corroborate.engine import Engine, NoArticlesError, missing_folder, no_story_heading
from corroborate.engine.ahead import AnalysisAhead
from corroborate.engine.models import ConsensusSummary
from corroborate.resources import sample_story

from .actions import app_version
from .main_window import APP_NAME, MainWindow
from .prewarm import AppEngine, Warmup
from .session import Failure, Session, read_options, story_folder
from .settings import AppSettings, Defaults
from .theme import Theme

SELF_TEST_TIMEOUT_S = 300


def parse_args(args: list[str]) -> argparse.Namespace:
    return app_parser().parse_args(args)


def application() -> QApplication:
    """The QApplication, named first so QSettings finds the right place."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(app_version())
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("corroborate")
    return app


def initial_source(requested: Path | None, settings: AppSettings) -> Path:
    """The folder asked for; else the last one if it still exists; else the sample story."""
    if requested is not None:
        return requested
    last = settings.last_folder()
    if last is not None and last.is_dir():
        return last
    return sample_story()


def build_window(settings: AppSettings, engine: Engine | None = None) -> tuple[MainWindow, Session]:
    session = Session(settings.options(), engine=engine, corrections_path=settings.corrections_path)
    session.recursive = settings.read_subfolders()
    window = MainWindow(session, settings)
    session.setParent(window)
    return window, session


def ask_ahead(ahead: AnalysisAhead, source: Path, settings: AppSettings) -> bool:
    """Have ``ahead`` analyse ``source`` as the window will open it; False when it cannot.

    A story with the reader's corrections is read in the app: applying them needs the
    analysis' own modules there anyway.
    """
    if not (source.is_dir() or source.is_file()):
        return False
    if settings.corrections_path(story_folder(source)).exists():
        return False
    # As the session asks the engine (open_folder, open_files).
    ahead.request(source if source.is_dir() else [source], read_options(settings.read_subfolders()))
    return True


def open_source(window: MainWindow, source: Path) -> None:
    """Open a folder (or a single article file) given on the command line."""
    if source.is_dir():
        window.session.open_folder(source)
    elif source.is_file():
        window.session.open_files([source])
    else:
        # worded as the engine words a folder it cannot find (a part of the path may be a file)
        missing = missing_folder(source) or NoArticlesError(
            f"{source} is neither a folder nor a file.", cause="not-a-folder"
        )
        window.show_failure(Failure(no_story_heading(missing), str(missing)))


def _self_test(app: QApplication, window: MainWindow, warmup: Warmup) -> int:
    """Summarize the sample story in the real window; 0 on success, 1 on failure."""
    outcome: dict[str, int] = {}
    started = time.perf_counter()

    def done(summary: ConsensusSummary | None) -> None:
        if summary is None or "code" in outcome:
            return
        analysis = summary.analysis
        items = len(summary.items)
        ok = items > 0
        print(
            f"self-test {'ok' if ok else 'FAILED'}: {items} sentences from "
            f"{len(analysis.articles)} articles ({analysis.independent_sources} independent "
            f"outlets), '{summary.title}' in {time.perf_counter() - started:.1f}s"
        )
        outcome["code"] = 0 if ok else 1
        app.quit()

    def failed(failure: Failure) -> None:
        print(f"self-test FAILED: {failure.title}: {failure.message}")
        outcome["code"] = 1
        app.quit()

    def timeout() -> None:
        print(f"self-test FAILED: no summary after {SELF_TEST_TIMEOUT_S}s")
        outcome["code"] = 1
        app.quit()

    window.session.summary_changed.connect(done)
    window.session.failed.connect(failed)
    QTimer.singleShot(SELF_TEST_TIMEOUT_S * 1000, timeout)
    window.show()
    warmup.load_ranking(lambda: window.session.open_folder(sample_story()))
    app.exec()
    window.close()
    return outcome.get("code", 1)


#: The app's exit status after Ctrl-C in the terminal, as a shell reports SIGINT.
EXIT_INTERRUPTED = 130


def _close_on_interrupt(app: QApplication, window: MainWindow) -> None:
    """Ctrl-C in the terminal closes the window as the user would (the running analysis
    is cancelled) and the app exits with status 130. Qt's event loop holds Python's
    signal handlers back, so a timer hands the interpreter a turn a few times a second.
    A second Ctrl-C while the app ends is ignored (see :func:`_ignore_interrupts`)."""

    def close(signum: int, frame: object) -> None:
        _ignore_interrupts()
        window.close()
        app.exit(EXIT_INTERRUPTED)

    signal.signal(signal.SIGINT, close)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


#: how long the app, closing, waits for the process analysing ahead to end by itself
EXIT_GRACE_SECONDS = 2.0


def _ignore_interrupts() -> None:
    """From here on Ctrl-C is ignored: the window is closing or gone, and ending the
    process (stopping a reader's worker, waiting for the analysis ahead) is short and
    bounded. Handled, it would reach a deleted window, or end in a traceback from the
    interpreter's exit handlers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def main(args: list[str], ahead: AnalysisAhead | None = None) -> int:
    """Run the app. ``ahead``: the first story's analysis, started before Qt was loaded
    (``corroborate.__main__`` does); without it one is started here."""
    if ahead is None:
        # Qt is loaded and may run threads: a fresh interpreter, never a fork.
        ahead = AnalysisAhead(multiprocessing.get_context("spawn"))
    try:
        return _main(args, ahead)
    finally:
        # A process that no longer answers is ended: the app's exit never waits on it.
        ahead.close(grace=EXIT_GRACE_SECONDS)


def _main(args: list[str], ahead: AnalysisAhead) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    options = parse_args(args)
    if options.self_test:
        # The smoke test needs no display, and must not touch the user's settings.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    if options.self_test:
        scratch = tempfile.TemporaryDirectory(prefix="corroborate-self-test-")
        store = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    else:
        store = QSettings()
    settings = AppSettings(store, Defaults())
    source = sample_story() if options.self_test else initial_source(options.folder, settings)
    asked = ask_ahead(ahead, source, settings)
    if not asked:
        ahead.close()
    Theme(app)
    warmup = Warmup(app)
    window, session = build_window(settings, AppEngine(warmup, ahead if asked else None))
    # The rest of the engine is loaded once the first story is on screen.
    session.summary_changed.connect(lambda _summary: warmup.load_analysis())
    if options.self_test:
        try:
            return _self_test(app, window, warmup)
        finally:
            scratch.cleanup()
    window.show()
    _close_on_interrupt(app, window)
    # The window paints first; then what ranking needs is imported on this thread
    # and the story opened, its analysis usually done already (see prewarm).
    warmup.load_ranking(lambda: open_source(window, source))
    status = app.exec()
    _ignore_interrupts()
    return status
