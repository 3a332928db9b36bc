"""Tooltips that show documents' text and file names as plain text; menu paths kept whole;
names too long for any line cut in their middle rather than clipped.

A tooltip has no text format of its own: Qt guesses rich text whenever the first
line holds something that looks like an HTML tag, so a headline, a sentence or a
file name reading ``<img src="/some/local/file">`` would be rendered as markup and
the image it names opened. Every tooltip that carries text from a document or a
file name goes through :func:`plain_tip`, which hands Qt that text already
converted to rich text that displays exactly as written.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFontMetrics, QResizeEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (line breaks kept); "" stays ""."""
    if not text:
        return ""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


#: the invisible mark that starts a line left to right whatever letters it opens with
LEFT_TO_RIGHT_MARK = "\u200e"


def holds_right_to_left(text: str) -> bool:
    """Whether ``text`` holds a letter of a right-to-left script (Arabic, Hebrew, ...)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text if c > "\u058f")


def left_to_right(text: str) -> str:
    """``text``, a line of the window's English, laid out left to right even when a name
    in a right-to-left script opens it (an outlet or a file named in Arabic or Hebrew): Qt
    takes a text's direction from its first letter, which set the whole message right to
    left ("…the article never says who published it" ending at the left edge, its full
    stop first) and a file's name turned about ("txt.هيرالد"). Unchanged without such a
    letter; the mark is invisible and copies as nothing a reader sees."""
    if text.startswith(LEFT_TO_RIGHT_MARK) or not holds_right_to_left(text):
        return text
    return LEFT_TO_RIGHT_MARK + text


#: the invisible marks that set a name apart from the text around it (Unicode's first-strong
#: isolate and its end): inside, the name runs in its own script's direction; outside, it
#: stands as one item that keeps its place in the line
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"
#: the isolate that lays its inside out left to right: a file's name ("الوادي.txt", not
#: "txt.الوادي")
LEFT_TO_RIGHT_ISOLATE = "\u2066"
_INVISIBLE_MARKS = str.maketrans(
    "",
    "",
    LEFT_TO_RIGHT_MARK + FIRST_STRONG_ISOLATE + LEFT_TO_RIGHT_ISOLATE + POP_DIRECTIONAL_ISOLATE,
)


def isolated(name: str) -> str:
    """``name`` (an outlet's, a file's) set apart when it holds a right-to-left letter, so
    that a list the window draws keeps its order: two names in Arabic or Hebrew with only
    " · " or ", " between them read as one right-to-left stretch and were drawn the other
    way about ("— 3 of 3 outlets: الوادي, העמק" showing העמק first). Unchanged without such
    a letter; the marks are invisible, and :func:`unmarked` takes them out of what is
    copied or read out."""
    if not holds_right_to_left(name) or name.startswith(FIRST_STRONG_ISOLATE):
        return name
    return FIRST_STRONG_ISOLATE + name + POP_DIRECTIONAL_ISOLATE


def isolated_file(name: str) -> str:
    """A file's ``name`` set apart like :func:`isolated`, laid out left to right inside as
    the window's other file names are: "الوادي.txt" beside an outlet's name in Arabic."""
    if not holds_right_to_left(name) or name.startswith(LEFT_TO_RIGHT_ISOLATE):
        return name
    return LEFT_TO_RIGHT_ISOLATE + name + POP_DIRECTIONAL_ISOLATE


def unmarked(text: str) -> str:
    """``text`` without the invisible marks that only set its direction
    (:func:`left_to_right`, :func:`isolated`): what is copied or read out."""
    return text.translate(_INVISIBLE_MARKS)


def menu_path(*steps: str) -> str:
    """A menu command's path ("File › Open Folder…") that wrapped text never breaks: cut
    at a line's end ("… or choose File ›" over "Open Folder… (Ctrl+O)."), on the page
    of a window at large text, it read as two things."""
    return "\u00a0›\u00a0".join(step.replace(" ", "\u00a0") for step in steps)


def unbreakable_cut(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with each stretch that no line may break inside (a long folder or file name
    without a space or a hyphen) and that is wider than ``width`` cut in its middle to
    fit, "…" in place of what is left out: wrapped, it would run past the edge, clipped.
    The rest wraps as it is; the text is returned unchanged when every stretch fits."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces: list[str] = []
    start = 0
    while (end := finder.toNextBoundary()) != -1 and start < len(text):
        piece = text[start:end]
        word = piece.rstrip()
        if metrics.horizontalAdvance(word) > width:
            word = metrics.elidedText(word, Qt.TextElideMode.ElideMiddle, width)
            piece = word + piece[len(piece.rstrip()) :]
        pieces.append(piece)
        start = end
    return "".join(pieces) + text[start:]


class CutToFitLabel(QLabel):
    """A plain-text label wrapped onto as many lines as it needs, each stretch no line may
    break inside (a long folder or file name) cut in its middle to its width
    (:func:`unbreakable_cut`) rather than widening the page past the window or clipped at
    its edge; the whole text in its tooltip and its accessible name. :attr:`full` is the
    text set, :meth:`text` the text shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self.full = text
        self.setAccessibleName(text)
        self._fit()

    def _fit(self) -> None:
        shown = unbreakable_cut(self.full, self.fontMetrics(), self.contentsRect().width())
        self.setToolTip(plain_tip(self.full) if shown != self.full else "")
        shown = left_to_right(shown)
        if shown != super().text():
            super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
