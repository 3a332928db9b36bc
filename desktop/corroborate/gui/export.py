"""Export: the save dialog (Markdown or JSON), the suggested name, and a write that
cannot half-happen.

The write is the project's one atomic writer (temporary file in the same
folder, then ``os.replace``), as used by the CLI's ``--output``; the dialog has
already asked before overwriting, so it writes with ``overwrite=True``, but,
as the CLI, never over one of the story's articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from corroborate.atomic import ReadFileError, one_of, write_atomically, write_failure

from .settings import AppSettings

T = TypeVar("T")


#: words a cut file name does not end on: the phrase they open is missing ("…-plunge-into")
# fmt: off
_DANGLING = frozenset({
    "a", "an", "the", "of", "to", "in", "into", "on", "onto", "at", "by", "for", "from",
    "with", "without", "and", "or", "but", "nor", "as", "than", "over", "under", "after",
    "before", "amid", "about", "against", "between", "during", "since", "until", "via", "its",
    "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "is", "are",
    "was", "were", "be", "been", "will", "would", "has", "have", "had", "who", "which",
    "where", "when", "while",
})
# fmt: on
#: the longest slug suggested (the save dialog's box shows it whole)
_SLUG_LIMIT = 60


#: names Windows keeps for devices, whatever the extension: "con.md" cannot be saved there
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10))}
)


def _slug(text: str) -> str:
    """Lower-case words joined by hyphens: letters and digits of any script (a Latin
    letter's accent dropped, "Über" → "uber"), nothing a file system forbids."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.category(char).startswith("M"):
            if kept and kept[-1].isascii():
                continue  # a Latin letter's accent
            kept.append(char)  # a vowel sign or an accent of another script
        elif unicodedata.category(char)[0] in "LN":
            kept.append(char)
        else:
            kept.append(" ")
    words = unicodedata.normalize("NFC", "".join(kept)).lower().split()
    return "-".join(words)


def _short_slug(title: str) -> str:
    """A long title's slug, cut where a phrase ends: at the last clause break (a colon, a
    comma, a dash) that leaves a name of a fair length, else at a word, with no word like
    "into" or "the" left dangling at the end."""
    breaks = [m.start() for m in re.finditer(r"\s*(?:[:;,]|\s[-–—]\s)", title)]
    for at in reversed(breaks):
        head = _slug(title[:at])
        if 20 <= len(head) <= _SLUG_LIMIT:
            return head
    words = _slug(title).split("-")
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > _SLUG_LIMIT:
            break
        kept.append(word)
    if not kept:  # one word longer than the limit
        return words[0][:_SLUG_LIMIT]
    while len(kept) > 1 and kept[-1] in _DANGLING:
        kept.pop()
    return "-".join(kept)


def suggested_filename(title: str, suffix: str = ".md") -> str:
    """A file name from the story title: its words lower-case and hyphenated (a Latin
    letter's accent dropped, other scripts kept), never a name Windows reserves ("con"),
    not too long (cut where a phrase ends). The Markdown export and the coverage map's image both
    suggest their names by it, so one story's files share one name."""
    slug = _slug(title)
    if len(slug) > _SLUG_LIMIT:
        slug = _short_slug(title)
    if slug in _RESERVED:
        slug = f"{slug}-story"
    return f"{slug or 'summary'}{suffix}"


#: the save dialog's file types: (filter, suffix, format)
MARKDOWN_FILTER, JSON_FILTER = "Markdown (*.md)", "JSON (*.json)"
EXPORT_FILTERS = f"{MARKDOWN_FILTER};;{JSON_FILTER};;All files (*)"
_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".json": "json"}
#: What a name's last dot begins when it is an extension: a letter, then a few letters or digits.
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,9}")


def chosen_export(name: str, chosen_filter: str) -> tuple[Path, str]:
    """The file and format the save dialog's answer means: a name typed without an
    extension (a dot inside the name is none) gets the chosen type's (``.md`` unless JSON
    was chosen); the format is the extension's, else the chosen type's."""
    wants_json = chosen_filter.startswith("JSON")
    path = with_extension(name, ".json" if wants_json else ".md")
    fmt = _SUFFIXES.get(path.suffix.lower(), "json" if wants_json else "markdown")
    return path, fmt


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


def folder_text(path: Path, thing: str = "summary") -> str:
    """Why an export (of ``thing``) is not written to ``path``, a folder."""
    return (
        f"{path.name} in {path.parent} is a folder, so the {thing} cannot be saved under "
        "that name. Nothing was changed; choose another name."
    )


def free_name(path: Path) -> Path:
    """``path``'s name with a number added (``bridge-2.md``), the first that is free."""
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def _inside(folder: Path, story: Path) -> bool:
    try:
        folder.resolve().relative_to(story.resolve())
    except (ValueError, OSError):
        return False
    return True


def documents_folder() -> Path:
    """The reader's Documents folder when there is one, else their home folder (a
    dialog told to start in a folder that does not exist starts wherever the app was
    started from: the app's own folder, or the system's)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def start_folder(settings: AppSettings, story: Path | None = None) -> Path:
    """The last export folder, else Documents: never the story folder (nor one inside
    it), where an export would sit among the articles."""
    folder = settings.export_folder()
    if folder is not None and folder.is_dir() and not (story and _inside(folder, story)):
        return folder
    place = documents_folder()
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
    json_text: Callable[[], str] | None = None,
) -> tuple[Path, str] | None:
    """Ask where to save, write, report failures; the file written and its format
    (``markdown`` or ``json``), or None.

    ``text`` is the Markdown; ``json_text`` makes the JSON, when the reader chooses
    that type (or a ``.json`` name). The dialog opens outside ``story``, the folder of
    articles; see :func:`save_with_dialog` for what is asked and refused.
    """
    protected = list(read_from)
    proposed = start_folder(settings, story) / suggested_filename(title)
    filters = EXPORT_FILTERS if json_text is not None else f"{MARKDOWN_FILTER};;All files (*)"

    def resolve(name: str, chosen_filter: str) -> tuple[Path, str]:
        path, fmt = chosen_export(name, chosen_filter)
        return path, fmt if json_text is not None else "markdown"

    def write(path: Path, fmt: str) -> None:
        export_markdown(path, json_text() if fmt == "json" and json_text else text, protected)

    saved = save_with_dialog(
        parent, SaveWords("Export Summary", "summary", "Not exported", "Export failed"),
        proposed, filters, resolve, write, protected,
    )  # fmt: skip
    if saved is not None:
        settings.set_export_folder(saved[0].parent)
    return saved


@dataclass(frozen=True)
class SaveWords:
    """How a save dialog and its messages name what is saved."""

    #: the dialog's title
    caption: str
    #: what is saved, as "the … cannot be saved" says it
    thing: str
    #: the title of the message when a name is refused, and when the write fails
    refused: str
    failed: str


def with_extension(name: str, suffix: str) -> Path:
    """``name`` as typed, with ``suffix`` added when it has no extension of its own
    (a dot inside a name, as in "Mr. Park's bridge" or "vote 28.11", is none)."""
    path = Path(name)
    if _EXTENSION.fullmatch(path.suffix):
        return path
    return path.with_name(path.name + suffix)


def save_with_dialog(
    parent: QWidget,
    words: SaveWords,
    proposed: Path,
    filters: str,
    resolve: Callable[[str, str], tuple[Path, T]],
    write: Callable[[Path, T], None],
    read_from: Iterable[Path] = (),
) -> tuple[Path, T] | None:
    """The save dialog every export goes through; the file written and what
    ``resolve`` made of the answer, or None when the reader cancels.

    ``resolve`` turns the name typed and the file type chosen into the file (its
    extension added) and whatever ``write`` needs. The dialog confirms overwriting the
    name typed; when the extension was added, replacing that file is asked here. A name
    that is a folder, one of ``read_from`` (the story's files) or a failed write is
    explained, and the dialog opens again (on a free name, or that name), so the work is
    not lost.
    """
    protected = list(read_from)
    while True:
        name, chosen_filter = QFileDialog.getSaveFileName(
            parent, words.caption, str(proposed), filters
        )
        if not name:
            return None
        path, extra = resolve(name, chosen_filter)
        proposed = path
        if path.is_dir():
            # "bridge" typed where a folder "bridge.md" is: the dialog let the name through,
            # and replacing a folder is no answer; the dialog opens again on a free name.
            message = folder_text(path, words.thing)
            plain_message(parent, QMessageBox.Icon.Warning, words.refused, message)
            proposed = free_name(path)
            continue
        if str(path) != name and path.exists() and not _replace_ok(parent, path):
            continue  # the dialog confirmed the name typed, not the one with its extension
        if one_of(path, protected) is not None:
            plain_message(parent, QMessageBox.Icon.Warning, words.refused, refusal_text(path))
            continue
        try:
            write(path, extra)
        except ReadFileError:
            plain_message(parent, QMessageBox.Icon.Warning, words.refused, refusal_text(path))
        except OSError as error:
            plain_message(
                parent, QMessageBox.Icon.Critical, words.failed, write_failure(path, error)
            )
        else:
            return path, extra


def _replace_ok(parent: QWidget, path: Path) -> bool:
    return ask_to_replace(
        parent, "Replace file?", f"{path.name} already exists in {path.parent}. Replace it?"
    )


def ask_to_replace(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before a file is replaced (Yes or No); True when the reader says Yes."""
    answer = plain_message(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


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
