"""Tooltips that show documents' text and file names as plain text; menu paths kept whole.

A tooltip has no text format of its own: Qt guesses rich text whenever the first
line holds something that looks like an HTML tag, so a headline, a sentence or a
file name reading ``<img src="/some/local/file">`` would be rendered as markup and
the image it names opened. Every tooltip that carries text from a document or a
file name goes through :func:`plain_tip`, which hands Qt that text already
converted to rich text that displays exactly as written.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (line breaks kept); "" stays ""."""
    if not text:
        return ""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def menu_path(*steps: str) -> str:
    """A menu command's path ("File › Open Folder…") that wrapped text never breaks: cut
    at a line's end ("… or choose File ›" over "Open Folder… (Ctrl+O)."), on the page
    of a window at large text, it read as two things."""
    return "\u00a0›\u00a0".join(step.replace(" ", "\u00a0") for step in steps)
