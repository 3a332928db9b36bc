"""Export Markdown: the save dialog, the suggested name, and a write that cannot half-happen.

The write is the project's one atomic writer (temporary file in the same
folder, then ``os.replace``), as used by the CLI's ``--output``; the dialog has
already asked before overwriting, so it writes with ``overwrite=True``, but,
as the CLI, never over one of the story's articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from corroborate.atomic import ReadFileError, write_atomically, write_failure

from .settings import AppSettings


def suggested_filename(title: str, suffix: str = ".md") -> str:
    """A file name from the story title: plain ASCII, lower-case, hyphenated, not too long."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    slug = slug[:60].rstrip("-")
    return f"{slug or 'summary'}{suffix}"


def export_markdown(path: Path, text: str, read_from: Iterable[Path] = ()) -> None:
    """Write the Markdown, replacing ``path`` in one step (the user confirmed overwriting),
    unless it is one of ``read_from``, the story's files (:class:`ReadFileError`)."""
    write_atomically(Path(path), text, overwrite=True, read_from=read_from)


def refusal_text(path: Path) -> str:
    """Why an export is not written over ``path``, one of the story's files."""
    return (
        f"{path} is one of the story's articles; it is never overwritten. "
        "Choose another name or folder."
    )


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
    parent: QWidget,
    settings: AppSettings,
    title: str,
    text: str,
    story: Path | None = None,
    read_from: Iterable[Path] = (),
) -> Path | None:
    """Ask where to save (QFileDialog confirms overwriting), write, report failures.

    The dialog opens outside ``story``, the folder of articles. When the write is
    refused (one of ``read_from``, the story's files) or fails, the reason is
    shown and the dialog opens again on that name, so the export is not lost;
    cancelling the dialog gives up.
    """
    protected = list(read_from)
    proposed = str(start_folder(settings, story) / suggested_filename(title))
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent, "Export Markdown", proposed, "Markdown (*.md);;All files (*)"
        )
        if not name:
            return None
        path = Path(name)
        try:
            export_markdown(path, text, protected)
        except ReadFileError:
            plain_message(parent, QMessageBox.Icon.Warning, "Not exported", refusal_text(path))
        except OSError as error:
            plain_message(
                parent, QMessageBox.Icon.Critical, "Export failed", write_failure(path, error)
            )
        else:
            settings.set_export_folder(path.parent)
            return path
        proposed = name


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
