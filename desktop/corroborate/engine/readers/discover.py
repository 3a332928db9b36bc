"""Find the article files in a folder, or in what the user dropped on the window.

Discovery decides which files to offer to the readers, skips what is
obviously not an article quietly, and names everything else it skipped so the
user can see why a file is missing from the summary. It reads no article; it
only peeks at the first bytes of Markdown and JSON files, so that a report
this program wrote (exported into the story folder) is never read back as one
more outlet, and it skips coverage-map images beside such reports (named as
skipped only when the folder holds nothing else to read).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

from ..models import (
    COVERAGE_IMAGE_END,
    COVERAGE_IMAGE_MARK,
    COVERAGE_IMAGE_SUFFIXES,
    EARLIER_VERBATIM_PROMISES,
    VERBATIM_PROMISE,
    FileProblem,
    NoArticlesError,
    Source,
)
from . import supported_suffixes
from .text import special_file_kind

#: System and editor clutter that is never an article; skipped without comment.
IGNORED_NAMES = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})
#: How the Markdown report (``report.render``) opens, title then count line: how an export is recognised.
_MARKDOWN_OPENING = re.compile(
    r"\A# [^\n]*\n\n\d+ articles? from \d+ independent outlets?\. (?:"
    + "|".join(re.escape(p) for p in (VERBATIM_PROMISE, *EARLIER_VERBATIM_PROMISES))
    + ")"
)
_JSON_KEYS = ('"title"', '"articles"', '"independent_sources"', '"documents"')
#: How much of a file's beginning :func:`is_own_report` needs.
REPORT_HEAD_BYTES = 4096


def is_own_report(head: str, suffix: str) -> bool:
    """Whether a file's beginning is a report this program wrote (Markdown or JSON)."""
    head = head.lstrip("\ufeff")
    if suffix in (".md", ".markdown"):
        return bool(_MARKDOWN_OPENING.match(head))
    if suffix == ".json":
        return head.lstrip().startswith("{") and all(key in head for key in _JSON_KEYS)
    return False


#: Suffixes of the reports and coverage images the program writes.
_REPORT_SUFFIXES = frozenset({".md", ".markdown", ".json"})
#: Walking stops after this many folder entries per allowed file (a home folder, say).
_ENTRIES_PER_FILE = 50
#: Subfolders deeper than this are named as skipped, not walked (nor a recursion error).
MAX_DEPTH = 32


class TooManyFiles(NoArticlesError):
    """The folder holds more article files than one summary can sensibly combine."""


def _ignored(entry: os.DirEntry[str]) -> bool:
    """Hidden entries, system clutter and Office lock files (``~$report.docx``)."""
    name = entry.name
    if name.startswith(".") or name.casefold() in IGNORED_NAMES or name.startswith("~$"):
        return True
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def _saved_page_assets(folder: Path, name: str) -> bool:
    """``Story_files/`` beside ``Story.html`` holds a saved page's images and scripts."""
    for marker in ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden"):
        if name.endswith(marker):
            stem = name[: -len(marker)]
            return any((folder / f"{stem}{ext}").is_file() for ext in (".html", ".htm"))
    return False


#: Why a file this program wrote is not read, by its suffix: said only when the folder
#: holds no article besides (beside a story, an export saved there is passed over quietly).
OWN_OUTPUT_REASONS = {
    ".md": "it is a summary Corroborate exported (Markdown), not an article",
    ".markdown": "it is a summary Corroborate exported (Markdown), not an article",
    ".json": "it is a summary Corroborate exported (JSON), not an article",
    **dict.fromkeys(
        COVERAGE_IMAGE_SUFFIXES, "it is a coverage map Corroborate saved, not an article"
    ),
}


def _head(path: Path) -> str:
    """A regular file's first bytes, as text (empty when it cannot be read)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return ""  # a named pipe or device is never opened here
        with path.open("rb") as file:
            return file.read(REPORT_HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def _own_output_reason(path: Path, suffix: str) -> str:
    """Why a file this program seems to have written (:func:`_own_output`) is not read: a
    map only by the mark it wrote into the image; a picture merely named like one (or
    saved by an earlier version) is said to be of a format not read."""
    if suffix in COVERAGE_IMAGE_SUFFIXES and COVERAGE_IMAGE_MARK not in _head(path):
        return f"not a supported format ({suffix})"
    return OWN_OUTPUT_REASONS[suffix]


def _own_output(path: Path, suffix: str) -> bool:
    """A report or coverage map this program wrote, which is never an article."""
    if suffix in COVERAGE_IMAGE_SUFFIXES:
        return path.stem.endswith(COVERAGE_IMAGE_END)
    if suffix not in _REPORT_SUFFIXES:
        return False
    return is_own_report(_head(path), suffix)


class _Walker:
    """Collects files below one root, with problems named relative to that root."""

    def __init__(self, root: Path, recursive: bool, max_files: int) -> None:
        self.root, self.recursive, self.max_files = root, recursive, max_files
        self.suffixes = supported_suffixes()
        self.files: dict[Path, Path] = {}  # resolved -> as found
        self.problems: list[FileProblem] = []
        #: the reports and coverage maps this program wrote, passed over
        self.own: list[FileProblem] = []
        self.seen_dirs: set[Path] = set()
        self.entries = 0
        #: the folders being read, resolved: a link found in them is followed only
        #: to a file or folder inside one of them
        self.tops: list[Path] = []

    def relative(self, path: Path) -> str:
        return relative_name(path, self.root)

    def add_file(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if _own_output(path, suffix):
            self.own.append(FileProblem(self.relative(path), _own_output_reason(path, suffix)))
            return
        if suffix not in self.suffixes:
            if path.name.casefold() not in IGNORED_NAMES:
                reason = f"not a supported format ({suffix or 'no file suffix'})"
                self.problems.append(FileProblem(self.relative(path), reason))
            return
        try:
            key = path.resolve()
        except (OSError, RuntimeError):
            key = path
        kept = self.files.get(key)
        # A file reached twice (a link to a sibling) is read once, named by its own name
        # rather than the link's, whichever sorts first.
        if kept is None or (kept.is_symlink() and not path.is_symlink()):
            self.files[key] = path
        if len(self.files) > self.max_files:
            raise TooManyFiles(
                f"There are more than {self.max_files} article files here. Choose a folder "
                f"holding just the articles about one story (at most {self.max_files})."
            )

    def leads_outside(self, entry: os.DirEntry[str]) -> bool:
        """A symbolic link whose target lies outside the folders being read: a folder
        unpacked from an archive or a repository must not make a private file (a key, the
        system's password list) an article quoted in a report that may be shared."""
        if not entry.is_symlink():
            return False
        try:
            target = Path(entry.path).resolve(strict=True)
        except (OSError, RuntimeError):
            return False  # a broken link or a loop: named as such below
        return not any(target.is_relative_to(top) for top in self.tops)

    def walk(self, folder: Path, top: bool = False, depth: int = 0) -> None:
        try:
            resolved = folder.resolve()
        except (OSError, RuntimeError):
            return
        if depth == 0 and resolved not in self.tops:
            self.tops.append(resolved)
        if resolved in self.seen_dirs:
            return  # a symbolic link back into a folder already listed
        self.seen_dirs.add(resolved)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            if top:
                raise
            why = (
                "permission denied"
                if isinstance(error, PermissionError)
                else (error.strerror or "unreadable").lower()
            )
            name = f"{self.relative(folder)}/"
            self.problems.append(FileProblem(name, f"folder skipped ({why})"))
            return
        self.entries += len(entries)
        if self.entries > _ENTRIES_PER_FILE * self.max_files:
            raise TooManyFiles(
                "This folder holds too many files to search. Choose the folder that holds "
                "just the articles."
            )
        for entry in entries:
            if _ignored(entry):
                continue
            path = Path(entry.path)
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:
                is_dir = is_file = False
            if (is_file or (is_dir and self.recursive)) and self.leads_outside(entry):
                reason = OUTSIDE_FOLDER_REASON if is_dir else OUTSIDE_FILE_REASON
                self.problems.append(
                    FileProblem(self.relative(path) + ("/" if is_dir else ""), reason)
                )
                continue
            if is_dir:
                if self.recursive and not _saved_page_assets(folder, entry.name):
                    if depth >= MAX_DEPTH:
                        reason = f"folder skipped (more than {MAX_DEPTH} folders deep)"
                        self.problems.append(FileProblem(f"{self.relative(path)}/", reason))
                    else:
                        self.walk(path, depth=depth + 1)
            elif is_file and is_readme(entry.name):
                self.problems.append(FileProblem(self.relative(path), README_REASON))
            elif is_file:
                self.add_file(path)
            elif path.suffix.lower() in self.suffixes:
                self.problems.append(FileProblem(self.relative(path), _not_a_file(path)))


#: Why a link out of the folder is not followed, and how to read its file all the same.
OUTSIDE_FILE_REASON = (
    "it is a link to a file outside the folder; copy the file in, or name it on its own, to read it"
)
OUTSIDE_FOLDER_REASON = "folder skipped (a link to a folder outside the folder read)"

#: Why a README in a folder is not read: it describes the folder; it is no outlet's article.
README_REASON = "it is a README (notes about the folder), not an article; rename it to read it"


def is_readme(name: str) -> bool:
    """``README.md``, ``readme.txt``, ``ReadMe.html``: a folder's notes, found among the
    articles (a corpus, a colleague's folder). Named as skipped, never counted as an outlet;
    a file given by name (dropped on the window) is read whatever its name."""
    stem, dot, suffix = name.rpartition(".")
    return (
        bool(dot) and stem.casefold() == "readme" and f".{suffix.lower()}" in supported_suffixes()
    )


def _not_a_file(path: Path) -> str:
    """Why an entry with an article's suffix is not offered: a broken link, a loop of links,
    a pipe, a device."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if not path.is_symlink():
            return "it could not be examined"
        if error.errno == errno.ELOOP:
            return "it is a symbolic link that leads back to itself (a loop of links)"
        return "it is a broken link: what it points to does not exist"
    return f"it is {special_file_kind(mode)}, not a file"


def relative_name(path: Path, root: Path) -> str:
    """How a file is named in reports: relative to the folder, else its whole path."""
    try:
        return path.absolute().relative_to(root).as_posix()
    except ValueError:  # a dropped file outside the common folder (another drive)
        return path.absolute().as_posix()


def _root_of(items: list[Path]) -> Path:
    """The folder the dropped items have in common, for naming files relative to it."""
    parents = [str(item if item.is_dir() else item.parent) for item in items]
    try:
        return Path(os.path.commonpath(parents))
    except ValueError:  # different drives on Windows
        return Path(parents[0])


def source_root(source: Source) -> Path:
    """The folder that problem names are relative to, for a ``source`` as :func:`discover` takes."""
    if isinstance(source, (str, os.PathLike)):
        return Path(source).absolute()
    items = [Path(item).absolute() for item in source]
    return _root_of(items) if items else Path.cwd()


def missing_folder(root: Path) -> NoArticlesError | None:
    """The error of a folder ``root`` that is not there (None when something is): it does
    not exist, or a part of its path is a file ("/etc/passwd/x": "/etc/passwd" is a file,
    so nothing can be inside it)."""
    if root.exists():
        return None
    message = f"The folder {root} does not exist."
    for part in root.parents:
        try:
            if part.exists():
                if not part.is_dir():
                    message = f"The folder {root} cannot exist: {part} is a file, not a folder."
                break
        except OSError:
            break
    return NoArticlesError(message, cause="missing")


def discover(
    source: Source,
    *,
    recursive: bool = False,
    max_files: int = 2000,
    exports: list[FileProblem] | None = None,
) -> tuple[list[Path], list[FileProblem]]:
    """Article files of a folder, or of a list of files and folders, sorted by relative path.

    Returns the files and the problems of skipped entries (names relative to
    :func:`source_root`). Raises :class:`NoArticlesError` when the folder is missing
    or cannot be opened, and :class:`TooManyFiles` beyond ``max_files`` files.
    An empty list is returned, not raised, so the caller can report the problems.
    ``exports``, when given, is added the reports and coverage maps this program wrote that
    were passed over beside articles (with none, they are among the problems).
    """
    root = source_root(source)
    walker = _Walker(root, recursive, max_files)
    if isinstance(source, (str, os.PathLike)):
        if (missing := missing_folder(root)) is not None:
            raise missing
        if not root.is_dir():
            raise NoArticlesError(
                f"{root} is a file, not a folder. Choose the folder of articles.",
                cause="not-a-folder",
            )
        try:
            walker.walk(root, top=True)
        except OSError as error:
            why = "permission denied" if isinstance(error, PermissionError) else error.strerror
            raise NoArticlesError(
                f"The folder {root} cannot be opened ({why}).", cause="unopenable"
            ) from None
    else:
        items = sorted({Path(item).absolute() for item in source})
        for item in items:
            if item.is_dir():  # a link from one dropped folder into another is followed
                with contextlib.suppress(OSError, RuntimeError):
                    walker.tops.append(item.resolve())
        for item in items:
            if item.is_dir():
                walker.walk(item)
            elif item.is_file():
                walker.add_file(item)
            else:
                walker.problems.append(FileProblem(walker.relative(item), "it does not exist"))
    files = sorted(walker.files.values(), key=lambda path: _sort_key(walker.relative(path)))
    # With no article, the exports and maps found are why: named, or the folder would seem
    # empty to its reader. Beside a story they are passed over without a word.
    skipped = walker.problems if files else [*walker.problems, *walker.own]
    if files and exports is not None:
        exports += sorted(walker.own, key=lambda problem: _sort_key(problem.file))
    problems = sorted(skipped, key=lambda problem: _sort_key(problem.file))
    return files, problems


def files_in_subfolders(folder: Path, limit: int) -> tuple[int, bool]:
    """How many article files the subfolders of ``folder`` hold (its own files not
    counted), up to ``limit`` (``limit + 1``: more than that), and whether every
    subfolder was searched: what reading the folder without its subfolders leaves
    unread. Hidden folders, a saved page's assets and links out of the folder are passed
    over, as a reading of subfolders passes them. A search stopped by the number of
    entries (a subfolder of 3,000 photos) counts the articles found until then, and says
    it stopped: entries that are no article are no article left unread."""
    below = unread_in_subfolders(folder, limit)
    return below.files, below.complete


class UnreadBelow(NamedTuple):
    """What reading a folder without its subfolders leaves unread (:func:`unread_in_subfolders`)."""

    #: article files found in the subfolders, up to the limit (the limit + 1: more than it)
    files: int
    #: whether :attr:`files` is whole (or known to be more than the limit)
    complete: bool
    #: each subfolder found holding any, by name, with how many (as far as the search
    #: went), in the folder's order
    where: tuple[tuple[str, int], ...]
    #: subfolders the search stopped before: what they hold is not known (none when the
    #: search went through every subfolder)
    unsearched: int = 0


def unread_in_subfolders(folder: Path, limit: int) -> UnreadBelow:
    """:func:`files_in_subfolders`' count and whether the search was whole, where the
    files are (each subfolder of ``folder`` holding any, with its own subfolders) and how
    many subfolders a search stopped early never reached."""
    where: list[tuple[str, int]] = []
    try:
        with os.scandir(folder) as scan:
            subfolders = sorted(
                Path(entry.path)
                for entry in scan
                if not _ignored(entry)
                and not entry.is_symlink()
                and entry.is_dir()
                and not _saved_page_assets(folder, entry.name)
            )
    except OSError:
        return UnreadBelow(0, True, ())
    # Searched as far as a reading of 100 files would search (5,000 entries, some 0.2 s),
    # so that a subfolder of 3,000 articles is counted as more than ``limit``, not
    # stopped on its entries before one is seen; every analysis of a folder pays for it.
    walker = _Walker(folder.absolute(), recursive=True, max_files=max(limit, _SEARCH_FILES))
    for subfolder in subfolders:
        with contextlib.suppress(OSError, RuntimeError):
            walker.tops.append(subfolder.resolve())

    def found_in(subfolder: Path, before: int) -> None:
        if (count := len(walker.files) - before) > 0:
            where.append((subfolder.name, count))

    searched = 0
    try:
        for subfolder in subfolders:
            before = len(walker.files)
            searched += 1
            try:
                walker.walk(subfolder)
            finally:
                found_in(subfolder, before)
    except TooManyFiles:
        left = len(subfolders) - searched
        if len(walker.files) > limit:
            return UnreadBelow(limit + 1, True, tuple(where), left)
        return UnreadBelow(len(walker.files), False, tuple(where), left)
    return UnreadBelow(min(len(walker.files), limit + 1), True, tuple(where))


#: How many files the search of subfolders (:func:`files_in_subfolders`) allows for in
#: the entries it looks at (:data:`_ENTRIES_PER_FILE` each).
_SEARCH_FILES = 100


def _sort_key(name: str) -> tuple[str, str]:
    return name.casefold(), name
