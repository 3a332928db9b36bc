"""Render the main window on the sample story to ``docs/screenshot.png`` (for the README).

    uv run python tests/gui/screenshot.py [--dark] [--out PATH] [--tab NAME]

Runs offscreen with a throwaway settings file, so it never touches the user's
own settings and always shows the first-run layout. ``--dark`` swaps in a dark
palette to check that nothing is hard-coded for a light theme.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette

from corroborate.gui.app import application, build_window
from corroborate.gui.settings import AppSettings, Defaults
from corroborate.gui.theme import Theme
from corroborate.resources import sample_story

ROOT = Path(__file__).resolve().parents[2]
TABS = {
    "summary": "Summary",
    "single": "Reported by one outlet",
    "sources": "Sources",
    "coverage": "Coverage",
    "disagreements": "Disagreements",
}


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
    return pal


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--tab", choices=sorted(TABS), default="summary")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    app = application()
    if args.dark:
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as scratch:
        store = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        Theme(app)
        window, session = build_window(AppSettings(store, Defaults()))
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.splitter.setSizes([width * 55 // 100, width * 45 // 100])
        window.show()
        outcome: list[object] = []
        session.summary_changed.connect(lambda s: (outcome.append(s), app.quit()))
        session.failed.connect(lambda f: (outcome.append(f), app.quit()))
        session.open_folder(sample_story())
        app.exec()
        if not outcome or outcome[0] is None or not hasattr(outcome[0], "items"):
            print(f"no summary: {outcome}", file=sys.stderr)
            return 1
        labels = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
        window.tabs.setCurrentIndex(
            next(i for i, text in enumerate(labels) if text.startswith(TABS[args.tab]))
        )
        if args.tab == "single":
            tree = window.single_source_view.tree
            tree.setCurrentItem(tree.topLevelItem(0).child(0))
        for _ in range(5):
            app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        print(args.out)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
