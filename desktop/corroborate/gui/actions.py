"""The menu bar and tool bar: every command with its shortcut, the recent list, Help.

Shortcuts are chosen so none clashes with another or with an access key
(Alt+letter) of the window; :data:`SHORTCUTS` is what the Help sheet lists.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from corroborate.resources import SAMPLE_STORY_TITLE

from .theme import arrow_icon


@dataclass
class Actions:
    open_folder: QAction
    open_files: QAction
    recent: QMenu
    reload: QAction
    read_subfolders: QAction
    export: QAction
    quit: QAction
    copy_markdown: QAction
    cancel: QAction
    about: QAction
    back: QAction
    forward: QAction
    escape: QAction
    find: QAction
    bigger: QAction
    smaller: QAction
    actual_size: QAction
    open_external: QAction
    copy_sentence: QAction
    forget_corrections: QAction
    undo: QAction
    redo: QAction
    shortcuts: QAction
    guide: QAction
    help_menu: QMenu
    toolbar: QToolBar
    find_next: QAction
    find_previous: QAction
    show_messages: QAction

    def window_wide(self) -> list[QAction]:
        """Actions whose keys work from any focus, even inside a text box."""
        return [
            self.open_folder, self.reload, self.export, self.quit, self.copy_markdown,
            self.back, self.forward, self.find, self.bigger, self.smaller, self.actual_size,
            self.open_external, self.shortcuts, self.guide, self.undo, self.redo,
            self.copy_sentence, self.find_next, self.find_previous,
        ]  # fmt: skip


#: Keys the shortcuts sheet lists that are not menu commands.
OTHER_KEYS = (
    ("Alt+S / Alt+R / Alt+A / Alt+C / Alt+D", "Summary / Reported by one outlet / Articles / "
     "Coverage / Disagreements"),
    ("Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab (also Ctrl+Page Down / Page Up)"),
    ("Alt+L / Alt+U / Alt+M", "Summary length / its unit (sentences or words) / "
     "Minimum support"),
    ("Alt+O", "The list of stories, when a folder seems to hold several"),
    ("↑ ↓", "Move through a list (the right pane follows)"),
    ("Enter", "Open the selected sentence or cell"),
    ("Tab / Shift+Tab", "Move between the panes and controls"),
    ("Ctrl+C", "Copy the selected sentence with who reports it (selected text, if any)"),
    ("F2 (in Articles)", "Rename the selected outlet"),
    ("Ctrl+M (in Articles)", "Merge the selected files into one outlet"),
    ("Enter / Shift+Enter (in Find)", "Next / previous match"),
    ("Esc", "Cancel the analysis; close Find; back from an article"),
)  # fmt: skip


def build_menus(window: QMainWindow) -> Actions:
    """Create the menus and tool bar on ``window``; the caller connects the actions."""

    def action(
        text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, tip: str
    ) -> QAction:
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
    open_files = action(
        "Open &Articles…", None, "Summarize article files you choose, read as one story"
    )
    file_menu.addAction(open_files)
    recent = file_menu.addMenu("Open &Recent")
    reload = action("Re&load", QKeySequence.StandardKey.Refresh, "Read the folder again")
    file_menu.addAction(reload)
    read_subfolders = action(
        "Read &Subfolders Too", None, "Also read the articles in the folder's subfolders"
    )
    read_subfolders.setCheckable(True)
    file_menu.addAction(read_subfolders)
    open_external = action(
        "Open Article in &Default Application",
        "Ctrl+Shift+O",
        "Open the article shown (or selected) with the application your system uses for it",
    )
    file_menu.addAction(open_external)
    file_menu.addSeparator()
    export = action(
        "&Export Markdown or JSON…", "Ctrl+E", "Save the summary as a Markdown or JSON file"
    )
    file_menu.addAction(export)
    file_menu.addSeparator()
    quit_action = action("&Quit", QKeySequence.StandardKey.Quit, "Close Corroborate")
    # Some platforms (Windows, a bare X session) bind no key to Quit: Ctrl+Q, as elsewhere.
    quit_action.setShortcuts(
        QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
    )
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu("&Edit")
    # Undo and Redo step through the reader's corrections; the window names the step.
    undo = action("&Undo", QKeySequence.StandardKey.Undo, "Undo the last correction")
    redo = action("&Redo", "Ctrl+Shift+Z", "Make the undone correction again")
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    redo.setShortcuts(_unique([QKeySequence("Ctrl+Shift+Z"), *standard]))
    for act in (undo, redo):
        act.setEnabled(False)
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    copy_sentence = action(
        "Copy &Sentence with Attribution",
        QKeySequence.StandardKey.Copy,
        "Copy the selected sentence in quotation marks with its file and supporting outlets",
    )
    edit_menu.addAction(copy_sentence)
    copy_markdown = action(
        "&Copy Summary as Markdown", "Ctrl+Shift+C", "Put the Markdown summary on the clipboard"
    )
    edit_menu.addAction(copy_markdown)
    edit_menu.addSeparator()
    forget = action(
        "&Forget My Corrections for This Folder",
        None,
        "Undo every outlet renamed, outlets merged and claims told apart in this folder",
    )
    edit_menu.addAction(forget)
    edit_menu.addSeparator()
    cancel = action("Cancel &Analysis", "Esc", "Stop the running analysis")
    edit_menu.addAction(cancel)

    view_menu = bar.addMenu("&View")
    back = action("&Back", QKeySequence.StandardKey.Back, "Back to what was shown before")
    back.setIcon(arrow_icon(window.palette(), back=True))  # the window redraws them with
    forward = action("&Forward", QKeySequence.StandardKey.Forward, "Forward again")
    forward.setIcon(arrow_icon(window.palette(), back=False))  # its palette (theme changes)
    view_menu.addActions([back, forward])
    view_menu.addSeparator()
    # F is Forward's, just above: Alt+V, F would only move between the two.
    find = action("F&ind in Pane…", QKeySequence.StandardKey.Find, "Find text in the current pane")
    find_next = action("Find &Next", QKeySequence.StandardKey.FindNext, "The next match of Find")
    find_next.setShortcuts(
        _unique(
            [
                QKeySequence("F3"),
                QKeySequence("Ctrl+G"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext),
            ]
        )
    )
    find_previous = action(
        "Find Pre&vious", QKeySequence.StandardKey.FindPrevious, "The previous match of Find"
    )
    find_previous.setShortcuts(
        _unique([QKeySequence("Shift+F3"), QKeySequence("Ctrl+Shift+G"),
                 *QKeySequence.keyBindings(QKeySequence.StandardKey.FindPrevious)])
    )  # fmt: skip
    view_menu.addActions([find, find_next, find_previous])
    view_menu.addSeparator()
    bigger = action("&Larger Text", "Ctrl+=", "Make the text larger")
    bigger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence(QKeySequence.StandardKey.ZoomIn)])
    smaller = action("S&maller Text", QKeySequence.StandardKey.ZoomOut, "Make the text smaller")
    actual = action("&Actual Size", "Ctrl+0", "Text at the system's size")
    view_menu.addActions([bigger, smaller, actual])
    view_menu.addSeparator()
    # A story's messages dismissed are not lost: the stories to choose from, the files
    # left out, an outlet to rename come back here (enabled while they are hidden).
    show_messages = action(
        "&Show Messages", None, "Show the messages about this story again after Dismiss"
    )
    show_messages.setEnabled(False)
    view_menu.addAction(show_messages)
    # Esc means "back" once an article is open; it cancels instead while an analysis runs.
    escape = action("Back from Article", "Esc", "Back from the article to what was shown")

    help_menu = bar.addMenu("&Help")
    guide = action("&User Guide", QKeySequence.StandardKey.HelpContents, "How to use Corroborate")
    shortcuts = action("&Keyboard Shortcuts", "Ctrl+/", "Every key the app answers to")
    about = action("&About Corroborate", None, "Version and licence")
    help_menu.addActions([guide, shortcuts])
    help_menu.addSeparator()
    help_menu.addAction(about)

    # Placed by the window in its header row, beside the story's title.
    toolbar = QToolBar("Navigation")
    toolbar.setObjectName("navigation")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addActions([back, forward])

    for act in (open_folder, reload, export, quit_action, copy_markdown, cancel, about, back,
                forward, find, bigger, smaller, actual, open_external, escape, guide, shortcuts,
                forget, undo, redo, copy_sentence, find_next, find_previous):  # fmt: skip
        window.addAction(act)  # shortcuts work even when the menu bar is hidden
    return Actions(
        open_folder, open_files, recent, reload, read_subfolders, export, quit_action, copy_markdown, cancel, about, back,
        forward, escape, find, bigger, smaller, actual, open_external, copy_sentence, forget,
        undo, redo, shortcuts, guide, help_menu, toolbar, find_next, find_previous,
        show_messages,
    )  # fmt: skip


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in seen:
            seen.append(key)
    return seen


def _typed(keys: QKeySequence) -> bool:
    """Whether ``keys`` are typed on an ordinary keyboard: not a key of its own that only
    some keyboards carry (Help, Redo, Exit, Back, Refresh…), which the platform binds to
    a command too; the sheet would show its bare name ("Ctrl+Q or Exit"). Such keys
    come after the last function key, F35."""
    indexed: Any = keys  # QKeySequence[i] is its i-th key; the type stubs lack it
    combos = (indexed[i] for i in range(keys.count()))
    return all(combo.key().value <= Qt.Key.Key_F35.value for combo in combos)


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """(keys, what they do) for every command with a key, then the other keys."""
    rows = []
    for act in (actions.open_folder, actions.reload, actions.open_external, actions.export,
                actions.copy_markdown, actions.undo, actions.redo, actions.back, actions.forward, actions.find,
                actions.find_next, actions.find_previous,
                actions.bigger, actions.smaller, actions.actual_size, actions.guide,
                actions.shortcuts, actions.quit):  # fmt: skip
        keys = " or ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts() if _typed(k)
        )
        # Undo and Redo carry the step's name in the menu; the sheet says what they do.
        fixed = {id(actions.undo): "Undo Correction", id(actions.redo): "Redo Correction"}
        if keys:
            rows.append((keys, fixed.get(id(act), act.text().replace("&", "").rstrip("…"))))
    return rows + list(OTHER_KEYS)


def fill_recent_menu(
    menu: QMenu, folders: list[Path], open_folder: Callable[[Path], None], clear: Callable[[], None]
) -> None:
    """Rebuilt each time the menu opens, so it never lists a folder that vanished."""
    menu.clear()
    for folder in folders:
        # "&&": a "&" in a folder's name is shown, not taken for an access key.
        act = menu.addAction(str(folder).replace("&", "&&"))
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
        f"<p>The sample story, “{html.escape(SAMPLE_STORY_TITLE)}”, is fictional.</p>"
        "<p>Licensed under the MIT licence.</p>"
        "<p>Its list of common English words is derived from the word frequencies of "
        "wordfreq by Robyn Speer, and like them licensed under CC BY-SA 4.0 "
        "(resources/licences/common-english-words.txt).</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Corroborate", about_text())
