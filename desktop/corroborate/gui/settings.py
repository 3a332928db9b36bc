"""A typed facade over QSettings so no widget reads raw keys or guesses types.

The facade is created by the composition root with its defaults and passed to
whoever needs it; there is no module-level settings object, which keeps tests
isolated (each test hands in its own QSettings file).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from corroborate.engine.models import SummaryOptions

#: text size bounds, in percent of the system font
MIN_TEXT_SCALE, MAX_TEXT_SCALE = 70, 250
#: The summary lengths and minimum supports the window offers (its slider and spin box);
#: a stored value outside them is read as the default.
MAX_SENTENCES, MAX_MIN_SOURCES = 25, 50
#: the summary lengths in words the window offers, and the one it starts at (a news
#: brief's, as DUC's 100-word summaries)
MIN_WORDS, MAX_WORDS, DEFAULT_WORDS = 20, 1000, 100


@dataclass(frozen=True)
class Defaults:
    """Values used until the user changes them."""

    sentences: int = 8
    min_sources: int = 2
    max_recent: int = 8
    window_width: int = 1280
    window_height: int = 800


class AppSettings:
    """Window geometry, splitter sizes, summary options and recent folders."""

    def __init__(
        self, store: QSettings, defaults: Defaults | None = None, data_folder: Path | None = None
    ) -> None:
        self._store = store
        self.defaults = defaults or Defaults()
        #: where the app keeps its own files (the reader's corrections); by default
        #: the system's application data folder
        self._data_folder = data_folder

    # -- window -----------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    def splitter_sizes(self, name: str) -> list[int] | None:
        """Saved sizes of one named splitter, or None to keep the widget's defaults."""
        sizes = self._json_list(f"splitters/{name}")
        if sizes and all(isinstance(s, int) and s >= 0 for s in sizes) and any(sizes):
            return sizes
        return None

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self._store.setValue(f"splitters/{name}", json.dumps([int(s) for s in sizes]))

    # -- summary options ----------------------------------------------------
    def options(self) -> SummaryOptions:
        sentences = self._int("options/sentences", self.defaults.sentences, 1, MAX_SENTENCES)
        min_sources = self._int(
            "options/min_sources", self.defaults.min_sources, 1, MAX_MIN_SOURCES
        )
        # The length in words is kept while sentences are counted, and read back only
        # when words were the unit chosen last.
        words = self.words()
        in_words = self._store.value("options/unit", "sentences") == "words"
        return SummaryOptions(
            sentences=sentences, words=words if in_words else None, min_sources=min_sources
        )

    def words(self) -> int:
        """The summary length in words last chosen (kept while sentences are counted)."""
        return self._int("options/words", DEFAULT_WORDS, MIN_WORDS, MAX_WORDS)

    def set_options(self, options: SummaryOptions) -> None:
        self._store.setValue("options/sentences", options.sentences)
        self._store.setValue("options/min_sources", options.min_sources)
        self._store.setValue("options/unit", "sentences" if options.words is None else "words")
        if options.words is not None:
            self._store.setValue("options/words", options.words)

    # -- folders --------------------------------------------------------------
    def recent_folders(self) -> list[Path]:
        """Most recent first; entries are kept even if the folder vanished (the menu hides them)."""
        entries = self._json_list("recent/folders") or []
        return [Path(e) for e in entries if isinstance(e, str) and e][: self.defaults.max_recent]

    def add_recent_folder(self, folder: Path) -> None:
        entry = str(folder)
        others = [str(p) for p in self.recent_folders() if str(p) != entry]
        kept = [entry, *others][: self.defaults.max_recent]
        self._store.setValue("recent/folders", json.dumps(kept))

    def clear_recent_folders(self) -> None:
        self._store.setValue("recent/folders", json.dumps([]))

    def last_folder(self) -> Path | None:
        value = self._store.value("recent/last_folder", "")
        return Path(value) if isinstance(value, str) and value else None

    def set_last_folder(self, folder: Path | None) -> None:
        self._store.setValue("recent/last_folder", str(folder) if folder else "")

    def export_folder(self) -> Path | None:
        """Where the last export went; kept apart from the story folder so an export
        is never read back as an article the next time the folder is analysed."""
        value = self._store.value("export/folder", "")
        return Path(value) if isinstance(value, str) and value else None

    def set_export_folder(self, folder: Path) -> None:
        self._store.setValue("export/folder", str(folder))

    def coverage_in_export(self) -> bool:
        """Whether Markdown exports carry the coverage map as an image beside them."""
        return bool(self._store.value("export/coverage_map", False, type=bool))

    def set_coverage_in_export(self, value: bool) -> None:
        self._store.setValue("export/coverage_map", bool(value))

    # -- reading ---------------------------------------------------------------------
    def read_subfolders(self) -> bool:
        """Whether a folder's subfolders are read too (File › Read Subfolders Too)."""
        return bool(self._store.value("reading/subfolders", False, type=bool))

    def set_read_subfolders(self, value: bool) -> None:
        self._store.setValue("reading/subfolders", bool(value))

    # -- reading comfort ---------------------------------------------------------
    def text_scale(self) -> int:
        """Text size in percent of the system's (Ctrl+= / Ctrl+- / Ctrl+0)."""
        return self._int("view/text_scale", 100, MIN_TEXT_SCALE, MAX_TEXT_SCALE)

    def set_text_scale(self, percent: int) -> None:
        self._store.setValue("view/text_scale", int(percent))

    # -- the reader's corrections -------------------------------------------------
    def corrections_folder(self) -> Path:
        """``corrections`` in the app's own data folder (Qt's ``AppDataLocation``: on Linux
        ``~/.local/share/Corroborate/Corroborate``, on Windows under ``%APPDATA%``)."""
        if self._data_folder is not None:
            return self._data_folder / "corrections"
        location = QStandardPaths.StandardLocation.AppDataLocation
        return Path(QStandardPaths.writableLocation(location)) / "corrections"

    def corrections_path(self, folder: Path) -> Path:
        """Where the corrections for ``folder`` are kept: one JSON file per story folder
        in :meth:`corrections_folder`, never in the story folder itself, which the app
        only reads. A file kept beside the settings file by earlier versions (on Linux,
        ``~/.config/Corroborate/corrections``) is still used where it exists."""
        resolved = str(Path(folder).resolve())
        digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:16]
        slug = re.sub(r"[^A-Za-z0-9]+", "-", Path(resolved).name).strip("-")[:40] or "folder"
        name = f"{slug}-{digest}.json"
        path = self.corrections_folder() / name
        if not path.exists():
            # (On Windows the settings' "file name" is a registry key: never a file here.)
            legacy = Path(self._store.fileName()).parent / "corrections" / name
            if legacy.is_file():
                return legacy
        return path

    def sync(self) -> None:
        """Flush to disk now; QSettings otherwise writes lazily."""
        self._store.sync()

    # -- helpers ----------------------------------------------------------------
    def _int(self, key: str, default: int, low: int, high: int) -> int:
        raw = self._store.value(key, default)
        if not isinstance(raw, (str, int, float)):
            return default
        try:
            value = int(raw)
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default

    def _json_list(self, key: str) -> list[Any] | None:
        raw = self._store.value(key)
        if not isinstance(raw, str):
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        return value if isinstance(value, list) else None
