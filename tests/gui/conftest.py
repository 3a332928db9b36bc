"""GUI test setup: offscreen Qt, and a private settings file for every test."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt

from corroborate.gui.app import build_window
from corroborate.gui.main_window import MainWindow
from corroborate.gui.settings import AppSettings, Defaults
from corroborate.resources import sample_story

from .helpers import window_showing


@pytest.fixture(autouse=True)
def _isolated_qsettings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any QSettings() made without a file, and the app's data folder (the reader's
    corrections), still land in a throwaway folder."""
    root = tmp_path_factory.mktemp("qsettings")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    QCoreApplication.setOrganizationName("Corroborate-tests")
    QCoreApplication.setApplicationName("Corroborate-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(root))


@pytest.fixture(autouse=True)
def _application_font_restored(qapp: Any) -> Iterator[None]:
    """The text size is the application's font (and a test may set a style sheet):
    each test leaves both as it found them.

    The windows an earlier test left are deleted first: pytest-qt closes them and
    only asks for their deletion. Qt's style sheet code crashed (in setStyleSheet)
    when the sheet, cleared here after one test and set again by the next, was set
    once more while the earlier window was torn down in between; the app itself never
    clears its sheet nor deletes its one window before it quits."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    font, sheet = qapp.font(), qapp.styleSheet()
    yield
    qapp.setFont(font)
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)


#: each modifier and the key that holds it down
_MODIFIER_KEYS = (
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
    (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
    (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
)


def release_modifiers(widget: Any = None) -> None:
    """Release every modifier key the application still believes held.

    ``QTest.keyClick(w, Key_C, ControlModifier)`` presses Ctrl, clicks C and lets Ctrl go,
    yet ``QGuiApplication.keyboardModifiers()`` still says Ctrl until the next key event:
    a view then told to make a row current (``setCurrentIndex``) reads Ctrl and adds
    the row to the selection instead of replacing it, in this test or the next."""
    import shiboken6
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    if widget is None or not shiboken6.isValid(widget):  # the click may have closed it
        widget = QApplication.focusWidget() or QApplication.activeWindow()
    for modifier, key in _MODIFIER_KEYS:
        if QApplication.keyboardModifiers() & modifier and widget is not None:
            QTest.keyRelease(widget, key)


@pytest.fixture(autouse=True)
def _no_modifier_key_left_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every key click with a modifier ends with the modifier let go (see
    :func:`release_modifiers`); a test that leaves one held otherwise fails."""
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    click = QtBot.keyClick

    def key_click(widget: Any, key: Any, modifier: Any = None, delay: int = -1) -> None:
        if modifier is None:
            click(widget, key, delay=delay)
            return
        click(widget, key, modifier, delay)
        release_modifiers(widget)

    monkeypatch.setattr(QtBot, "keyClick", staticmethod(key_click))
    yield
    held = QApplication.keyboardModifiers()
    release_modifiers()
    assert held == Qt.KeyboardModifier.NoModifier, f"the test left {held} held"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_file: Path, tmp_path: Path) -> AppSettings:
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    return AppSettings(store, Defaults(), data_folder=tmp_path / "data")


@pytest.fixture
def make_window(qtbot: Any, settings: AppSettings) -> Iterator[Callable[..., MainWindow]]:
    """Build the real main window, optionally over a fake engine; closed after the test."""
    windows: list[MainWindow] = []

    def make(engine: Any = None, with_settings: AppSettings | None = None) -> MainWindow:
        window, _session = build_window(with_settings or settings, engine=engine)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.shutdown()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """The bundled sample story, copied to a folder the test may change."""
    return Path(shutil.copytree(sample_story(), tmp_path / "carrowgate"))


@pytest.fixture
def laptop_window(qtbot: Any, make_window: Callable[..., MainWindow], story: Path) -> MainWindow:
    """A window showing the sample story (:func:`story`), analysed, at 1024 × 640: a small
    laptop's screen, where every pane must still fit."""
    window = window_showing(qtbot, make_window, story)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 640)
    return window
