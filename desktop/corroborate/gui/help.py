"""Help inside the app: the keyboard-shortcuts sheet and the user guide (``docs/``)."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from corroborate.resources import user_guide


class _HelpDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(14)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()


def _keys_cell(keys: str) -> str:
    """A command's keys, each never broken inside ("Alt+Shift+Backspace" whole, the
    column as wide as it needs): a line breaks only between keys."""
    return " ".join(f"<nobr>{html.escape(word)}</nobr>" for word in keys.split())


def fit_to_text(dialog: QWidget, least: tuple[int, int], chars: int, lines: int) -> None:
    """Size ``dialog`` to hold some ``chars`` characters across and ``lines`` lines of
    its font, and ``least`` pixels at least, so that larger text (View › Larger Text)
    gets a larger dialog, never more than the screen's room."""
    metrics = dialog.fontMetrics()
    width = max(least[0], chars * metrics.averageCharWidth())
    height = max(least[1], lines * metrics.lineSpacing())
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
    dialog.resize(width, height)


class ShortcutsSheet(_HelpDialog):
    """Every key the app answers to, in a two-column table."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__("Keyboard Shortcuts — Corroborate", parent)
        body = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{_keys_cell(keys)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(what)}</td></tr>"
            for keys, what in rows
        )
        self.browser.setHtml(f"<h3>Keyboard shortcuts</h3><table>{body}</table>")
        fit_to_text(self, (620, 560), 90, 36)


class UserGuide(_HelpDialog):
    """The desktop guide, rendered from its Markdown (images beside it are shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("User Guide — Corroborate", parent)
        path = user_guide()
        if path is None:
            self.browser.setPlainText("The user guide is not installed with this copy.")
        else:
            # The guide's picture is of this very window: the text is what helps here.
            text = re.sub(r"^!\[[^\]]*\]\([^)]*\)\s*$", "", path.read_text(encoding="utf-8"),
                          flags=re.MULTILINE)  # fmt: skip
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setMarkdown(text)
        fit_to_text(self, (820, 680), 118, 44)
