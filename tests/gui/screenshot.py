"""Screenshots of the main window on the sample story, for the README and for review.

    uv run python tests/gui/screenshot.py                       # docs/screenshot.png
    uv run python tests/gui/screenshot.py --tab sources --dark --out x.png
    uv run python tests/gui/screenshot.py --all artifacts/screenshots

``--all DIR`` renders every pane at 1024×640, 1280×800 and 1920×1080, light and dark,
as ``DIR/<pane>-<width>x<height>-<theme>.png`` (CI keeps that folder). Runs
offscreen with a throwaway settings file, so it never touches the user's own
settings and always shows the first-run layout. ``--scale 150`` sets the text size (as View ▸ Bigger
Text does). ``--folder`` renders another
story (a folder of long file names, one with many skipped files) instead. ``--row 3``
selects the fourth row of the pane (counted from 0; on "single" the fourth sentence,
whichever outlet it is under) rather than the first, so that a later row's evidence,
article or highlight can be reviewed too. A folder that gives no summary (empty, or
of unreadable files) is rendered as the page that says why, whatever the pane asked.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

from corroborate.engine.models import ConsensusSummary
from corroborate.gui.app import application, build_window
from corroborate.gui.main_window import MainWindow
from corroborate.gui.session import Failure
from corroborate.gui.settings import AppSettings, Defaults
from corroborate.gui.theme import Theme
from corroborate.resources import sample_story

ROOT = Path(__file__).resolve().parents[2]
#: pane name -> the tab it is on
PANES = {
    "summary": "Summary",
    "article": "Summary",  # the summary with a backing sentence opened in its article
    "single": "Reported",  # "Reported by one outlet", or its short name
    "sources": "Articles",
    "coverage": "Coverage",
    "disagreements": "Disagreements",
}
SIZES = ("1024x640", "1280x800", "1920x1080")


def dark_palette() -> QPalette:
    """A plain dark palette, standing in for a desktop's dark mode."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#33353a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7fc4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#4a4d55",
        QPalette.ColorRole.Midlight: "#3a3c42",
        QPalette.ColorRole.Link: "#7fb4ef",
        QPalette.ColorRole.PlaceholderText: "#9a9ca3",
        QPalette.ColorRole.ToolTipBase: "#33353a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    # Disabled controls dimmed, as a desktop's dark palette has them.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7c83"))
    return pal


def _settle(app: QApplication, turns: int = 8) -> None:
    for _ in range(turns):
        app.processEvents()


def sentence_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The sentences' rows of the single-outlet list, outlet after outlet."""
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [top.child(j) for top in tops if top is not None for j in range(top.childCount())]


def show_pane(app: QApplication, window: MainWindow, pane: str, row: int = 0) -> None:
    """Bring ``pane`` to the front the way a reader would, with its row ``row`` selected
    (its last when it has fewer)."""
    labels = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(
        next(i for i, text in enumerate(labels) if text.startswith(PANES[pane]))
    )
    _settle(app)
    if pane in ("summary", "article"):
        listed = window.summary_view.model.rowCount()
        window.summary_view.select_row(max(0, min(row, listed - 1)))
        evidence = window.evidence_view.evidence
        if pane == "article" and evidence is not None and len(evidence.sources) > 1:
            sentence = evidence.sources[1].sentences[0]
            window.evidence_view.article_requested.emit(sentence.article, sentence.id)
    elif pane == "single":
        rows = sentence_rows(window.single_source_view.tree)
        if rows:
            window.single_source_view.tree.setCurrentItem(rows[min(row, len(rows) - 1)])
    elif pane == "sources":
        tree = window.sources_view.tree
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(min(row, tree.topLevelItemCount() - 1)))
    _settle(app)


def panes_shown(outcome: list[object], panes: list[str]) -> list[str] | None:
    """The panes to render once the folder is opened (``outcome``: what the session said,
    a summary or a failure): each asked for over a summary; over a failure (an empty
    folder, unreadable files) the summary's place alone, the page that says why; None
    when the folder gave neither. A summary has a title too: a failure is told by its
    type, never by its fields."""
    if any(isinstance(said, Failure) for said in outcome):
        return ["summary"]
    if not outcome or not isinstance(outcome[0], ConsensusSummary):
        return None
    return panes


def render(
    panes: list[str],
    sizes: list[str],
    dark: bool,
    out: Path,
    folder: Path,
    single: Path | None,
    scale: int = 100,
    row: int = 0,
) -> int:
    """Render ``panes`` × ``sizes`` in one theme at a text size of ``scale`` percent, row
    ``row`` of each selected; ``single`` names the one file to write."""
    app = application()
    if dark:
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as scratch:
        store = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        AppSettings(store, Defaults()).set_text_scale(scale)
        Theme(app)
        window, session = build_window(AppSettings(store, Defaults()))
        width, height = (int(v) for v in sizes[0].split("x"))
        window.resize(width, height)
        window.show()
        outcome: list[object] = []
        # A local loop: quitting the application's own would close the window.
        loop = QEventLoop()
        session.summary_changed.connect(lambda s: (outcome.append(s), loop.quit()))
        session.failed.connect(lambda f: (outcome.append(f), loop.quit()))
        session.open_folder(folder)
        loop.exec()
        _settle(app)
        shown = panes_shown(outcome, panes)
        if shown is None:
            print(f"no summary: {outcome}", file=sys.stderr)
            return 1
        panes = shown
        theme = ("dark" if dark else "light") + (f"-{scale}" if scale != 100 else "")
        for size in sizes:
            width, height = (int(v) for v in size.split("x"))
            window.resize(width, height)
            window.reset_split()
            _settle(app)
            for pane in panes:
                show_pane(app, window, pane, row)
                target = single or out / f"{pane}-{size}-{theme}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(target))
                print(target)
        window.close()
        session.shutdown()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--tab", choices=sorted(PANES), default="summary")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--folder", type=Path, default=None, help="a story other than the sample")
    parser.add_argument("--all", type=Path, metavar="DIR", help="every pane, size and theme")
    parser.add_argument("--scale", type=int, default=100, help="text size, in percent")
    parser.add_argument(
        "--row", type=int, default=0, help="the row to select, counted from 0 (default: 0)"
    )
    args = parser.parse_args(argv)
    if args.row < 0:
        parser.error("--row counts from 0")
    folder = args.folder or sample_story()
    if args.all is not None:
        # One process per theme: a palette is the application's, set before any window.
        failures = 0
        for dark in (False, True):
            command = [sys.executable, __file__, "--each", str(args.all), "--folder", str(folder)]
            command += ["--scale", str(args.scale), "--row", str(args.row)]
            failures += subprocess.call(command + (["--dark"] if dark else []))
        return 1 if failures else 0
    return render(
        [args.tab], [args.size], args.dark, args.out.parent, folder, args.out, args.scale, args.row
    )


def _each(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--each", type=Path)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--row", type=int, default=0)
    args = parser.parse_args(argv)
    return render(
        list(PANES), list(SIZES), args.dark, args.each, args.folder, None, args.scale, args.row
    )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    sys.exit(_each(arguments) if "--each" in arguments else main(arguments))
