"""One article as the engine read it, with a chosen sentence highlighted in place.

Used to show a single-source sentence (or any evidence sentence) in context,
so the reader can judge it against the surrounding text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QResizeEvent,
    QShowEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QToolTip, QVBoxLayout, QWidget

from corroborate.engine.models import Analysis, Article, Sentence

from .evidence import LINE_BREAK_CHANCE, breakable_if_long, listed_outlet
from .plain import isolated_file, left_to_right, plain_tip
from .theme import muted_text, sentence_fill

_ANCHOR = "highlighted-sentence"
#: the longest an article's lines run, in average characters of its font
MEASURE_CHARS = 90
#: the headline's sizes, in times the text's, largest first: the largest that keeps it
#: to :data:`HEADLINE_LINES` lines is used
HEADLINE_SCALES = (1.4, 1.3, 1.2, 1.1, 1.0)
HEADLINE_LINES = 2


@dataclass(frozen=True)
class Headline:
    """An article's headline as its page shows it: its lines, and its size in points."""

    lines: tuple[str, ...]
    points: float
    #: whether the end of it is cut (it would take more than two lines at the text's size)
    cut: bool = False


def _wrapped(text: str, font: QFont, width: float, most: int) -> list[tuple[int, float]]:
    """Where the lines of ``text`` start when wrapped between words at ``width``, and how
    wide each runs (wider than ``width`` when a word is); at most ``most`` + 1 of them:
    one more tells that it does not fit."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, float]] = []
    while len(lines) <= most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.naturalTextWidth()))
    layout.endLayout()
    return lines


def fit_headline(title: str, font: QFont, width: float) -> Headline:
    """``title`` in two lines at most of ``width`` pixels: as large as that allows (up to
    1.4 times ``font``), else at the text's size with the rest of it cut with an ellipsis.
    A headline as long as a paragraph, or a narrow pane at large text, would otherwise
    head the article with four or five lines of large type; a run with nowhere to break
    (a web address as a headline) is cut at the pane's edge rather than run past it,
    which would scroll the whole article sideways."""
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    bold = QFont(font)
    bold.setBold(True)
    lines: list[tuple[int, float]] = []
    for scale in HEADLINE_SCALES:
        bold.setPointSizeF(base * scale)
        lines = _wrapped(title, bold, width, HEADLINE_LINES)
        if len(lines) <= HEADLINE_LINES and all(wide <= width + 0.5 for _, wide in lines):
            spans = pairwise([*(start for start, _ in lines), len(title)])
            return Headline(tuple(title[a:b].strip() for a, b in spans), base * scale)
    # Cut at the text's size: on the last line, or on the first too wide for the pane.
    metrics = QFontMetricsF(bold)
    kept: list[str] = []
    ends = [*(start for start, _ in lines[1:]), len(title)]
    for (start, wide), end in zip(lines, ends, strict=True):
        if len(kept) == HEADLINE_LINES - 1 or wide > width + 0.5:
            kept.append(_cut_between_words(title[start:].strip(), metrics, width))
            break
        kept.append(title[start:end].strip())
    return Headline(tuple(kept), base, cut=True)


def _cut_between_words(text: str, metrics: QFontMetricsF, width: float) -> str:
    """As many whole words of ``text`` as fit ``width`` with an ellipsis after them (a
    headline's "in Fenni…" reads as a misprint); within a word only when the first word
    alone is too wide."""
    words = text.split()
    kept = 0
    while (
        kept < len(words) and metrics.horizontalAdvance(" ".join(words[: kept + 1]) + "…") <= width
    ):
        kept += 1
    if kept == 0:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return " ".join(words[:kept]).rstrip(",;:") + "…"


def article_html(
    article: Article,
    sentence: Sentence | None,
    mark: str,
    muted: str,
    headline: Headline | None = None,
) -> str:
    """The article as HTML; ``sentence`` (if any) is wrapped in a tinted, anchored span;
    ``headline``: how its headline is laid out (else as the page's style has it)."""
    # As the report's table says it: an outlet the article never names is its file's name.
    # A long file's name is given places to break: the page breaks lines between words only
    # (a short one is left whole, for Find).
    # Each part set apart: an outlet and a file both named in Arabic or Hebrew keep their order.
    file_named = {article.outlet} if article.outlet_from == "file" else ()
    byline = [
        breakable_if_long(listed_outlet(article.outlet, file_named)),
        isolated_file(breakable_if_long(article.file)),
    ]
    # An empty headline (a page whose title element is blank) is said, not left as a gap.
    headed = article.has_headline and bool(article.title.strip())
    if not headed:
        byline.append("no headline found")  # its "title" would only be its file's name
    if headline is not None:
        lines = "<br>".join(html.escape(line) for line in headline.lines)
        # A paragraph, not <h2>: Qt gives a heading its own size (x-large), whatever its style.
        heading = (
            f'<p style="font-size:{headline.points:.1f}pt; font-weight:700; '
            f'margin-top:6px">{lines}</p>'
        )
    else:
        heading = f"<h2>{html.escape(article.title)}</h2>"
    parts = [heading] if headed else []
    parts.append(f'<p style="color:{muted}">{html.escape(" · ".join(byline))}</p>')
    placed = False
    order = list(range(len(article.paragraphs)))
    if sentence is not None and 0 <= sentence.paragraph < len(order):
        # Look in the sentence's own paragraph first, so a repeated sentence lands right.
        order.remove(sentence.paragraph)
        order.insert(0, sentence.paragraph)
    rendered: dict[int, str] = {}
    for i in order:
        text = article.paragraphs[i]
        at = text.find(sentence.text) if sentence is not None and not placed else -1
        if at >= 0 and sentence is not None:
            end = at + len(sentence.text)
            rendered[i] = (
                html.escape(text[:at])
                + f'<a name="{_ANCHOR}"></a><span style="background-color:{mark}">'
                + html.escape(text[at:end])
                + "</span>"
                + html.escape(text[end:])
            )
            placed = True
        else:
            rendered[i] = html.escape(text)
    parts.extend(
        f'<p style="line-height:135%">{rendered[i]}</p>' for i in range(len(article.paragraphs))
    )
    if sentence is not None and not placed:
        # The sentence was normalised by the reader; still show it, clearly marked.
        parts.insert(
            len(parts) - len(article.paragraphs),
            f'<p><a name="{_ANCHOR}"></a><span style="background-color:{mark}">'
            f"{html.escape(sentence.text)}</span></p>",
        )
    return "\n".join(parts)


class _ReadingBrowser(QTextBrowser):
    """A text browser that, with ``settle_later``, lays its document out again only at a
    new width, and once per width it settles at.

    A plain one lays the whole document out again each time it is shown (Qt sends a
    shown widget a resize with no old size, and the page size then set, the same as
    before, counts as a change), and at every width it passes through on the way: the
    Disagreements tab, entered, took the width beside the reading pane before the pane
    was put away and the tab had the window's width, so a long list (hundreds of
    findings in a large story) was laid out twice on every visit, some 150 ms of the
    window not answering after it. With ``settle_later`` a width the document already
    has lays nothing out, and a new one is laid out once the present turn of the event
    loop is over (or before the browser is painted, if sooner: before its frame, so
    that a vertical scroll bar the new layout needs is drawn in that same paint), at the
    width the page has then. An article is laid out at once, as a plain browser does: it
    is scrolled to a sentence as soon as it is shown."""

    def __init__(self, parent: QWidget | None = None, settle_later: bool = False) -> None:
        super().__init__(parent)
        self._later = settle_later
        self._pending = False
        # Every paragraph left to right, as the window's English reads: Qt would take a
        # paragraph's direction from its first letter, and a card opening with an outlet
        # or a file named in Arabic or Hebrew set its English sentences right to left.
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        self.document().setDefaultTextOption(option)

    def _laid_out(self) -> bool:
        return self.document().pageSize().width() == self.viewport().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._later:
            super().resizeEvent(event)
        elif self._laid_out():
            # The scroll bars follow the new height; the lines already fit the width.
            super().resizeEvent(QResizeEvent(event.size(), event.size()))
        elif not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.settle)

    def settle(self) -> None:
        """Lay the document out at the present width, if it is not already."""
        self._pending = False
        if not self._laid_out():
            super().resizeEvent(QResizeEvent(self.size(), QSize()))

    def event(self, event: QEvent) -> bool:
        if self._pending and event.type() == QEvent.Type.Paint:
            # Its frame is painted before its page and scroll bars: a layout that shows
            # or hides the vertical scroll bar does it now, in time for this paint (from
            # the page's own paint, the bar was left out of it, or left over).
            self.settle()
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if self._pending and event.type() == QEvent.Type.Paint:
            self.settle()  # never painted at a width it is not laid out for
        return super().viewportEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        """What is copied, without the places a long file's name may break
        (:data:`LINE_BREAK_CHANCE`): the name pasted is the file's own."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText().replace(LINE_BREAK_CHANCE, ""))
        return data


def reading_browser(
    parent: QWidget, name: str, accessible: str, margin: int, settle_later: bool = False
) -> QTextBrowser:
    """A read-only page of a document's words: its links are the app's to follow (a
    click opens nothing by itself), and a folder dropped on it goes to the window.
    ``settle_later``: see :class:`_ReadingBrowser`."""
    browser = _ReadingBrowser(parent, settle_later)
    browser.setObjectName(name)
    browser.setAccessibleName(accessible)
    browser.setOpenLinks(False)
    browser.setAcceptDrops(False)
    browser.viewport().setAcceptDrops(False)
    browser.document().setDocumentMargin(margin)
    # Lines break between words only: a word wider than a narrow pane at large text
    # (a headline's "Families" at 250%) runs past its edge, the pane scrolling sideways,
    # rather than being split ("Famili" / "es"), which reads as two words.
    browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
    return browser


#: a pane shorter than this many lines of its text cuts the note over the article to two
NOTE_ROOM_LINES = 12


class ArticleView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = reading_browser(self, "article", "Article text", 14)
        self.note = QLabel(self)
        self.note.setObjectName("articleNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.note)
        layout.addWidget(self.browser)
        self._shown: tuple[Analysis, int, int | None, str] | None = None
        #: the headline as the article on show lays it out
        self.headline: Headline | None = None
        #: the whole headline, shown on hovering it when it is cut ("" when it is whole)
        self.headline_tip = ""
        self.browser.viewport().installEventFilter(self)

    def show_article(
        self, analysis: Analysis, article_id: int, sentence_id: int | None, note: str = ""
    ) -> None:
        """Show an article; ``note`` (e.g. "Unverified: ...") is shown above it."""
        self._shown = (analysis, article_id, sentence_id, note)
        self._fit_note()
        self.note.setVisible(bool(note))
        self._render()
        if sentence_id is not None:
            # After the new document is laid out, or the sentence has no position yet.
            text = analysis.sentences[sentence_id].text
            QTimer.singleShot(0, self, lambda: self._place(text))
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        """Lay the article on show out as a document, its headline fitted to the pane."""
        assert self._shown is not None
        analysis, article_id, sentence_id, _note = self._shown
        article = analysis.articles[article_id]  # ids are indices, of sentences too
        sentence = analysis.sentences[sentence_id] if sentence_id is not None else None
        pal = self.palette()
        self.headline = self._fit_headline(article)
        self.browser.setHtml(
            article_html(
                article, sentence, sentence_fill(pal).name(), muted_text(pal).name(), self.headline
            )
        )
        self.headline_tip = plain_tip(article.title) if self.headline.cut else ""
        # Read out with the page, whose own text has the headline cut.
        self.browser.setAccessibleDescription(
            f"Headline: {article.title}" if self.headline.cut else ""
        )

    def _render_again(self) -> None:
        """The article on show laid out anew (a new width, new colours), where the reader
        has scrolled it to: not back at its highlighted sentence."""
        bar = self.browser.verticalScrollBar()
        at = bar.value()
        self._render()
        bar.setValue(at)

    def _text_width(self) -> float:
        """How wide the article's lines run now, in pixels."""
        browser = self.browser
        if browser.lineWrapMode() == QTextEdit.LineWrapMode.FixedPixelWidth:
            width = browser.lineWrapColumnOrWidth()
        else:
            width = browser.viewport().width()
        return max(40.0, width - 2 * browser.document().documentMargin() - 2)

    def _fit_headline(self, article: Article) -> Headline:
        if not self.isVisible():
            # No width to fit yet: whole and large, fitted when shown (:meth:`showEvent`).
            return fit_headline(article.title, self.browser.font(), 1e6)
        return fit_headline(article.title, self.browser.font(), self._text_width())

    def _refit(self) -> None:
        """Lay the headline out again for the pane's new width, where it has changed."""
        if self._shown is None:
            return
        analysis, article_id, _sentence, _note = self._shown
        if self._fit_headline(analysis.articles[article_id]) != self.headline:
            self._render_again()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # The whole of a cut headline over the headline only: over the article's
            # paragraphs it would cover the text being read with other words.
            if self.headline_tip and self._on_headline(event.pos()):
                QToolTip.showText(event.globalPos(), self.headline_tip, self.browser.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _on_headline(self, point: QPoint) -> bool:
        """Whether ``point`` (in the page's viewport) is on the article's headline."""
        document = self.browser.document()
        area = document.documentLayout().blockBoundingRect(document.begin())
        scrolled = area.translated(
            -self.browser.horizontalScrollBar().value(), -self.browser.verticalScrollBar().value()
        )
        return scrolled.contains(point.toPointF())

    def sentence_span(self, text: str) -> tuple[float, float] | None:
        """Where the highlighted ``text`` runs in the document, top to bottom, in pixels."""
        document = self.browser.document()
        found = document.find(text)
        if found.isNull():
            return None
        layout = document.documentLayout()
        edges = []
        for position in (found.selectionStart(), found.selectionEnd()):
            block = document.findBlock(position)
            line = block.layout().lineForTextPosition(position - block.position())
            top = layout.blockBoundingRect(block).top()
            edges.append(top + (line.y() if line.isValid() else 0.0))
            edges.append(edges[-1] + (line.height() if line.isValid() else 0.0))
        return edges[0], edges[-1]

    def _place(self, text: str) -> None:
        """Scroll to the highlighted sentence: with the article's headline and byline
        still in sight when both fit in the pane (so the reader sees whose article it
        is), else with a quarter of the pane of what leads up to it above it."""
        span = self.sentence_span(text)
        if span is None:
            self.browser.scrollToAnchor(_ANCHOR)
            return
        top, bottom = span
        view = self.browser.viewport().height()
        margin = self.browser.fontMetrics().lineSpacing()
        value = 0 if bottom + margin <= view else int(top - view / 4)
        self.browser.verticalScrollBar().setValue(max(0, value))

    def show_sentence(self, analysis: Analysis, sentence_id: int, note: str = "") -> None:
        """Open the article the sentence comes from, scrolled to it."""
        self.show_article(analysis, analysis.sentences[sentence_id].article, sentence_id, note)

    def shown_article(self) -> Article | None:
        """The article on show, or None."""
        if self._shown is None:
            return None
        analysis, article_id, _sentence, _note = self._shown
        return analysis.articles[article_id]

    def clear(self) -> None:
        self._shown = None
        self.note.hide()
        self.browser.clear()

    def reading_width(self) -> int:
        """The widest the article's lines run (larger text widens it with the font)."""
        margin = int(self.browser.document().documentMargin())
        return self.browser.fontMetrics().averageCharWidth() * MEASURE_CHARS + 2 * margin

    def _keep_measure(self) -> None:
        """Lines wrap at the pane's width, or at the reading width on a very wide pane."""
        browser, width = self.browser, self.reading_width()
        bar = browser.verticalScrollBar().sizeHint().width()
        if self.width() - bar - 2 * browser.frameWidth() > width:
            browser.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            browser.setLineWrapColumnOrWidth(width)
        else:
            browser.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_measure()
        self._refit()
        self._fit_note()

    def _fit_note(self) -> None:
        """The note over the article, whole; in a short pane (a short window at large
        text) cut to two lines, the whole of it a hover away, so the article keeps room."""
        note = self._shown[3] if self._shown is not None else ""
        metrics = self.note.fontMetrics()
        frame = self.note.width() - self.note.contentsRect().width()
        width = max(80, self.width() - frame)
        flags = Qt.TextFlag.TextWordWrap

        def lines(text: str) -> int:
            return metrics.boundingRect(0, 0, width, 100000, flags, text).height() // max(
                1, metrics.lineSpacing()
            )

        # A name held together by no-break spaces (an outlet's) is cut whole or not at
        # all, but shown with plain spaces: wrapped as any words, it never holds the
        # pane wider than the window.
        whole = note.replace("\u00a0", " ")
        shown = whole
        if note and self.height() < NOTE_ROOM_LINES * self.fontMetrics().lineSpacing():
            words = note.split(" ")
            while len(words) > 1 and lines(shown) > 2:
                words.pop()
                shown = " ".join(words).rstrip(",;:").replace("\u00a0", " ") + "…"
        note = whole
        if self.note.text() != left_to_right(shown):
            self.note.setText(left_to_right(shown))
        tip = plain_tip(note) if shown != note else ""
        if self.note.toolTip() != tip:
            self.note.setToolTip(tip)
        if self.note.accessibleName() != note:
            self.note.setAccessibleName(note)  # read out whole

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self._render_again()
        if event.type() == QEvent.Type.FontChange:
            self._keep_measure()
            self._refit()
            self._fit_note()
