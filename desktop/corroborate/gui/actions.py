"""The menu bar: every command with its standard shortcut, the recent list, the About box."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from corroborate.resources import sample_story


@dataclass
class Actions:
    open_folder: QAction
    recent: QMenu
    reload: QAction
    export: QAction
    quit: QAction
    copy_markdown: QAction
    cancel: QAction
    about: QAction


def build_menus(window: QMainWindow) -> Actions:
    """Create the menus on ``window``; the caller connects the actions."""

    def action(text: str, shortcut: QKeySequence | str | None, tip: str) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setStatusTip(tip)
        act.setToolTip(tip)
        return act

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    open_folder = action(
        "&Open Folder…", QKeySequence.StandardKey.Open, "Summarize a folder of articles"
    )
    file_menu.addAction(open_folder)
    recent = file_menu.addMenu("Open &Recent")
    reload = action("Re&load", QKeySequence.StandardKey.Refresh, "Read the folder again")
    file_menu.addAction(reload)
    file_menu.addSeparator()
    export = action("&Export Markdown…", "Ctrl+E", "Save the summary as a Markdown file")
    file_menu.addAction(export)
    file_menu.addSeparator()
    quit_action = action("&Quit", QKeySequence.StandardKey.Quit, "Close Corroborate")
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu("&Edit")
    copy_markdown = action(
        "&Copy Summary as Markdown", "Ctrl+Shift+C", "Put the Markdown summary on the clipboard"
    )
    edit_menu.addAction(copy_markdown)
    cancel = action("Cancel &Analysis", "Esc", "Stop the running analysis")
    edit_menu.addAction(cancel)

    help_menu = bar.addMenu("&Help")
    about = action("&About Corroborate", None, "Version and licence")
    help_menu.addAction(about)
    for act in (open_folder, reload, export, quit_action, copy_markdown, cancel, about):
        window.addAction(act)  # shortcuts work even when the menu bar is hidden
    return Actions(open_folder, recent, reload, export, quit_action, copy_markdown, cancel, about)


def fill_recent_menu(
    menu: QMenu, folders: list[Path], open_folder: Callable[[Path], None], clear: Callable[[], None]
) -> None:
    """Rebuilt each time the menu opens, so it never lists a folder that vanished."""
    menu.clear()
    for folder in folders:
        act = menu.addAction(str(folder))
        act.triggered.connect(lambda _=False, f=folder: open_folder(f))
    if not folders:
        menu.addAction("No recent folders").setEnabled(False)
    menu.addSeparator()
    menu.addAction("Clear Recent", clear)


def app_version() -> str:
    """The version from the one source, the package metadata (see ``corroborate.__version__``)."""
    import corroborate

    return corroborate.__version__


def about_text() -> str:
    return (
        f"<h3>Corroborate {app_version()}</h3>"
        "<p>Extractive consensus summaries of news stories, offline.</p>"
        "<p>Every summary sentence is quoted verbatim from an article and ranked by how many "
        "independent outlets report it; copies of one wire story count once. "
        "What only one outlet reports is listed separately as unverified.</p>"
        f"<p>The sample story is fictional: <code>{sample_story().name}</code>.</p>"
        "<p>Licensed under the MIT licence.</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Corroborate", about_text())
