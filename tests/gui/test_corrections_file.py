"""The reader's corrections file: it belongs to the story shown, is never lost, and lives
in the app's data folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from corroborate.engine.consensus import corrections as reader
from corroborate.engine.models import Corrections
from corroborate.gui.settings import AppSettings, Defaults

from .fakes import FakeEngine
from .helpers import folder, wait_for_summary, wait_idle


def renamed(window: Any, file: str) -> str | None:
    return dict(window.session.corrections.outlets).get(file)


def test_a_cancelled_open_leaves_the_corrections_with_the_story_shown(
    qtbot: Any, make_window: Any, tmp_path: Path, settings: AppSettings
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    session = window.session
    first, second = folder(tmp_path, "first"), folder(tmp_path, "second")
    session.open_folder(first)
    wait_for_summary(qtbot, window, "first")
    session.rename_outlet(["a.txt"], "Harbour Gazette")
    wait_idle(qtbot, window)
    assert session.undo_stack.canUndo()

    engine.hold("second")
    session.open_folder(second)
    qtbot.waitUntil(lambda: window.progress.isVisible())
    session.cancel()
    assert session.analysis.folder == first
    assert session.corrections_file() == settings.corrections_path(first)
    assert renamed(window, "a.txt") == "Harbour Gazette"
    assert session.undo_stack.canUndo()  # the step made in the story shown is still there

    # A rename now goes to the first folder's file, on top of the first one.
    session.rename_outlet(["c.txt"], "Valley Gazette")
    wait_idle(qtbot, window)
    saved = reader.load(settings.corrections_path(first))
    assert dict(saved.outlets) == {"a.txt": "Harbour Gazette", "c.txt": "Valley Gazette"}
    assert not settings.corrections_path(second).exists()


def test_the_new_folders_corrections_and_a_fresh_undo_history_come_with_its_story(
    qtbot: Any, make_window: Any, tmp_path: Path, settings: AppSettings
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    session = window.session
    first, second = folder(tmp_path, "first"), folder(tmp_path, "second")
    reader.save(
        reader.rename_outlet(Corrections(), ["b.txt"], "Coast Weekly"),
        settings.corrections_path(second),
    )
    session.open_folder(first)
    wait_for_summary(qtbot, window, "first")
    session.rename_outlet(["a.txt"], "Harbour Gazette")
    wait_idle(qtbot, window)

    engine.hold("second").set()
    session.open_folder(second)
    # Until the second story is shown, the first one's corrections stay.
    assert renamed(window, "a.txt") == "Harbour Gazette"
    wait_for_summary(qtbot, window, "second")
    assert session.corrections_file() == settings.corrections_path(second)
    assert dict(session.corrections.outlets) == {"b.txt": "Coast Weekly"}
    assert session.analysis.articles[1].outlet == "Coast Weekly"
    assert not session.undo_stack.canUndo()


def test_a_corrupt_corrections_file_is_kept_aside_and_named_in_the_banner(
    qtbot: Any, make_window: Any, tmp_path: Path, settings: AppSettings
) -> None:
    story = folder(tmp_path, "story")
    path = settings.corrections_path(story)
    path.parent.mkdir(parents=True)
    path.write_text('{"outlets": [{"file": "a.txt"', encoding="utf-8")  # cut short
    window = make_window(FakeEngine())
    window.session.open_folder(story)
    wait_for_summary(qtbot, window, "story")
    kept = path.with_name(path.stem + ".unreadable.json")
    assert kept.read_text(encoding="utf-8") == '{"outlets": [{"file": "a.txt"'
    banner = window.banner.text()
    assert str(kept) in banner and str(path) in banner and "not read" in banner

    # The next correction is saved afresh; the reader's old file is untouched.
    window.session.rename_outlet(["a.txt"], "Harbour Gazette")
    wait_idle(qtbot, window)
    assert dict(reader.load(path).outlets) == {"a.txt": "Harbour Gazette"}
    assert kept.read_text(encoding="utf-8") == '{"outlets": [{"file": "a.txt"'
    assert str(kept) in window.banner.text()  # still said after the story was ranked again


def test_a_corrections_file_from_a_newer_version_is_never_saved_over(
    qtbot: Any, make_window: Any, tmp_path: Path, settings: AppSettings
) -> None:
    story = folder(tmp_path, "story")
    path = settings.corrections_path(story)
    path.parent.mkdir(parents=True)
    newer = json.dumps({"version": reader.FORMAT_VERSION + 1, "outlets": [], "tags": ["x"]})
    path.write_text(newer, encoding="utf-8")
    window = make_window(FakeEngine())
    window.session.open_folder(story)
    wait_for_summary(qtbot, window, "story")
    assert "newer version of Corroborate" in window.banner.text()
    assert str(path) in window.banner.text()

    window.session.rename_outlet(["a.txt"], "Harbour Gazette")
    wait_idle(qtbot, window)
    assert path.read_text(encoding="utf-8") == newer
    assert "not saved" in window.banner.text()


def test_reading_corrections_refuses_a_newer_format_by_name(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"version": reader.FORMAT_VERSION + 1}), encoding="utf-8")
    with pytest.raises(reader.NewerCorrectionsError, match="newer version") as raised:
        reader.load(path)
    assert str(path) in str(raised.value)
    path.write_text(json.dumps({"version": "two"}), encoding="utf-8")
    with pytest.raises(reader.CorrectionsError, match="not a corrections file"):
        reader.load(path)
    path.write_text(json.dumps({"version": reader.FORMAT_VERSION, "merged": []}), "utf-8")
    assert reader.load(path) == Corrections()


def test_corrections_live_in_the_apps_data_folder_not_beside_the_settings(
    tmp_path: Path,
) -> None:
    store = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store, Defaults())
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = settings.corrections_path(tmp_path / "story")
    assert path.parent == Path(data) / "corrections"
    assert (tmp_path / "config") not in path.parents


def test_corrections_kept_beside_the_settings_by_earlier_versions_are_still_used(
    tmp_path: Path,
) -> None:
    store = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store, Defaults(), data_folder=tmp_path / "data")
    story = tmp_path / "story"
    new = settings.corrections_path(story)
    legacy = tmp_path / "config" / "corrections" / new.name
    reader.save(reader.merge_files(Corrections(), ["a.txt", "b.txt"]), legacy)
    assert settings.corrections_path(story) == legacy
    assert reader.load(settings.corrections_path(story)).merged == (("a.txt", "b.txt"),)
    # Once a file exists in the data folder, that one is used.
    reader.save(Corrections(), new)
    assert settings.corrections_path(story) == new
