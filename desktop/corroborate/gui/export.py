"""Export Markdown: the save dialog, the suggested name, and a write that cannot half-happen.

The write is the project's one atomic writer (temporary file in the same
folder, then ``os.replace``), as used by the CLI's ``--output``; the dialog has
already asked before overwriting, so it writes with ``overwrite=True``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from corroborate.atomic import write_atomically

from .settings import AppSettings


def suggested_filename(title: str, suffix: str = ".md") -> str:
    """A file name from the story title: plain ASCII, lower-case, hyphenated, not too long."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    slug = slug[:60].rstrip("-")
    return f"{slug or 'summary'}{suffix}"


def export_markdown(path: Path, text: str) -> None:
    """Write the Markdown, replacing ``path`` in one step (the user confirmed overwriting)."""
    write_atomically(Path(path), text, overwrite=True)


def _inside(folder: Path, story: Path) -> bool:
    try:
        folder.resolve().relative_to(story.resolve())
    except (ValueError, OSError):
        return False
    return True


def start_folder(settings: AppSettings, story: Path | None = None) -> Path:
    """The last export folder, else Documents: never the story folder (nor one inside
    it), where an export would sit among the articles."""
    folder = settings.export_folder()
    if folder is not None and folder.is_dir() and not (story and _inside(folder, story)):
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    place = Path(documents) if documents else Path.home()
    if story and _inside(place, story):
        place = story.parent  # a story kept in Documents itself: its parent is outside it
    return place


def export_with_dialog(
    parent: QWidget, settings: AppSettings, title: str, text: str, story: Path | None = None
) -> Path | None:
    """Ask where to save (QFileDialog confirms overwriting), write, report failures.

    The dialog opens outside ``story``, the folder of articles.
    """
    proposed = str(start_folder(settings, story) / suggested_filename(title))
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export Markdown", proposed, "Markdown (*.md);;All files (*)"
    )
    if not name:
        return None
    path = Path(name)
    try:
        export_markdown(path, text)
    except OSError as error:
        plain_message(
            parent, QMessageBox.Icon.Critical, "Export failed", f"Could not write {path}:\n{error}"
        )
        return None
    settings.set_export_folder(path.parent)
    return path


def plain_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox.StandardButton:
    """A message box whose text (file names among it) is never rendered as markup."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return QMessageBox.StandardButton(box.exec())
