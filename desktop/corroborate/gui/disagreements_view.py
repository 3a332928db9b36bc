"""Where independent sources report one thing with different specifics.

The engine pairs such sentences (a number, a date, a name in a role, a
negation) and never lets them corroborate each other; this pane lists the
pairs with the differing words tinted, so the reader sees the dispute itself.
Names the outlets spell two ways follow under their own heading: a spelling to
check, not a dispute, and not counted among the disagreements.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from corroborate.engine import (
    SPELLINGS_HEADING,
    SPELLINGS_NOTE,
    conflicts_of,
    kind_label,
    spellings_of,
)
from corroborate.engine.models import Analysis, Conflict, Disagreement

from .article_view import reading_browser
from .evidence import breakable_if_long, outlet_heading
from .theme import muted_text, sentence_fill


def marked_html(text: str, spans: tuple[tuple[int, int], ...], style: str) -> str:
    """``text`` escaped, with the character ``spans`` wrapped in styled bold spans."""
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="{style}"><b>{html.escape(text[start:end])}</b></span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


#: the words of the link to a sentence in its article, as on the evidence cards
SHOW_IN_ARTICLE = "Show in article"


def show_link_name(outlet: str) -> str:
    """What a "Show in article" link is called to a screen reader and in its tooltip:
    whose sentence it opens, since every link on the page shows the same words."""
    return f"Show {outlet}'s sentence in its article"


def disagreements_html(analysis: Analysis, mark: str, muted: str, link: str) -> str:
    """Each conflict once, its versions side by side (grouped by the value they give).
    Each version reads as an evidence card does: the outlet, its file (``muted``), the
    link to it in its article (in the palette's ``link`` colour), then the sentence.
    The names the outlets spell differently follow under their own heading."""
    parts = []
    if not analysis.disagreements:
        parts.append(f"<p>{html.escape(no_disagreement_text(analysis))}</p>")
    for number, item in enumerate(conflicts_of(analysis), 1):
        label = kind_label(item.kind)
        parts.append(f"<h4>{number}. {html.escape(label)}: {html.escape(item.detail)}</h4>")
        parts.append(_versions_html(analysis, item, mark, muted, link))
    spelled = spellings_of(analysis)
    if spelled:
        parts.append(f"<h3>{html.escape(SPELLINGS_HEADING)}</h3>")
        parts.append(f'<p style="color:{muted}">{html.escape(SPELLINGS_NOTE)}</p>')
        for number, item in enumerate(spelled, 1):
            parts.append(f"<h4>{number}. {html.escape(item.detail)}</h4>")
            parts.append(_versions_html(analysis, item, mark, muted, link))
    return "\n".join(parts)


def _versions_html(analysis: Analysis, item: Conflict, mark: str, muted: str, link: str) -> str:
    """One conflict's (or spelling's) versions side by side, grouped by the value they give."""
    style = f"background-color:{mark}"
    columns: dict[str, list[str]] = {}
    for side in item.sides:
        article = analysis.article_of(side.sentence)
        text = analysis.sentences[side.sentence].text
        columns.setdefault(side.value, []).append(
            f"<b>{html.escape(breakable_if_long(outlet_heading(article)))}</b>"
            f'<br><span style="color:{muted}">{html.escape(breakable_if_long(article.file))}</span>'
            f'<br><a href="sentence:{side.sentence}" style="color:{link}" '
            f'title="{html.escape(show_link_name(article.outlet))}">'
            f"{SHOW_IN_ARTICLE}</a>"
            f"<br>{marked_html(text, side.spans, style)}"
        )
    width = 100 // max(1, len(columns))
    cells = [
        f'<td width="{width}%" valign="top" style="padding:4px 12px 8px 0">'
        + "<br><br>".join(entries)
        + "</td>"
        for entries in columns.values()
    ]
    # Side by side, so the versions can be read against each other.
    return f'<table width="100%" cellspacing="0"><tr>{"".join(cells)}</tr></table>'


def no_disagreement_text(analysis: Analysis) -> str:
    """Why nothing is listed, true of the story shown: with one outlet there is no other
    account to differ from, which is not the same as outlets that agree."""
    if analysis.independent_sources <= 1:
        return (
            "One outlet only: there is no other outlet's account to disagree with. "
            "Add articles from other outlets."
        )
    return "No disagreement was found between independent outlets."


#: what the list shows, said over it; in short words on a short pane
INTRO = (
    "These outlets report the same thing with different specifics; "
    "neither sentence counts as corroborating the other. "
    f"Choose “{SHOW_IN_ARTICLE}” under an outlet to read its sentence in context."
)
INTRO_SHORT = "Same thing, different specifics: neither sentence backs the other."
#: a pane shorter than this many lines of its text says :data:`INTRO_SHORT`
SHORT_PANE_LINES = 12


def spelled_in(analysis: Analysis, sentence_ids: set[int]) -> list[Disagreement]:
    """The names spelled two ways in which any of these sentences takes part."""
    return [d for d in analysis.spellings if d.a in sentence_ids or d.b in sentence_ids]


class DisagreementsView(QWidget):
    sentence_selected = Signal(int)  # sentence id, to be shown in its article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(INTRO)
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.note = note  # said over a list of disagreements; hidden when there are none
        self.browser = reading_browser(
            self, "disagreements", "Where outlets disagree", 12, settle_later=True
        )
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.highlighted.connect(self._describe_link)
        # Tab moves the selection onto a link without a signal: the key's release says it.
        self.browser.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(note)
        layout.addWidget(self.browser)
        self._analysis: Analysis | None = None

    def set_analysis(self, analysis: Analysis | None) -> None:
        self._analysis = analysis
        self._render()

    def count(self) -> int:
        """How many conflicts are listed (several sentence pairs may make one); the names
        spelled differently, listed after them, are not conflicts and not counted."""
        return len(conflicts_of(self._analysis)) if self._analysis is not None else 0

    def _render(self) -> None:
        self.note.setVisible(self._analysis is not None and bool(self._analysis.disagreements))
        if self._analysis is None:
            self.browser.clear()
            return
        if not self._analysis.disagreements and not self._analysis.spellings:
            self.browser.setPlainText(no_disagreement_text(self._analysis))
            return
        pal = self.palette()
        link = pal.color(QPalette.ColorRole.Link).name()
        self.browser.setHtml(
            disagreements_html(
                self._analysis, sentence_fill(pal).name(), muted_text(pal).name(), link
            )
        )

    def _on_link(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        if kind == "sentence" and ident.isdigit():
            self.sentence_selected.emit(int(ident))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser and event.type() in (
            QEvent.Type.KeyRelease,
            QEvent.Type.FocusIn,
        ):
            QTimer.singleShot(0, self, self._describe_focused_link)
        return super().eventFilter(watched, event)

    def _describe_focused_link(self) -> None:
        cursor = self.browser.textCursor()
        href = cursor.charFormat().anchorHref() if cursor.hasSelection() else ""
        self._describe_link(QUrl(href))

    def _describe_link(self, url: QUrl) -> None:
        """A link reached by Tab (or under the mouse) is described by whose sentence it
        shows: the link's own words are the same under every outlet."""
        kind, _, ident = url.toString().partition(":")
        if self._analysis is None or kind != "sentence" or not ident.isdigit():
            self.browser.setAccessibleDescription("")
            return
        outlet = self._analysis.article_of(int(ident)).outlet
        self.browser.setAccessibleDescription(show_link_name(outlet))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        if event.type() == QEvent.Type.FontChange:
            self._fit_note()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_note()

    def _fit_note(self) -> None:
        """The note over the list in its short words on a short pane (a short window at
        large text), where the whole took three lines of the list's room; the whole is
        then its tip."""
        short = self.height() < SHORT_PANE_LINES * self.fontMetrics().lineSpacing()
        self.note.setText(INTRO_SHORT if short else INTRO)
        self.note.setToolTip(INTRO if short else "")
        self.note.setAccessibleDescription(INTRO if short else "")
