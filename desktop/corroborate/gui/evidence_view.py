"""Why a summary sentence is trusted: each source's own wording, side by side.

One card per independent source that states it (copies of one story
count once), with the words the sources share tinted, and a line naming the
sources that do not mention it. Everything shown is quoted verbatim.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent, QTextDocument, QTextFragment
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine import independent_outlets, joined, plural
from corroborate.engine.models import Analysis, SummaryItem

from .disagreements_view import SHOW_IN_ARTICLE, spelled_in
from .evidence import (
    LINE_BREAK_CHANCE,
    Evidence,
    SourceEvidence,
    breakable,
    breakable_if_long,
    dispute_lines,
    evidence_for,
    file_named_outlets,
    highlight_html,
    listed_outlet,
    outlet_heading,
    shared_by_source,
)
from .find_bar import searched_as
from .plain import LEFT_TO_RIGHT_MARK, left_to_right
from .theme import shared_word_fill


def _plain(label: QLabel) -> str:
    """What a label shows, as Find reads it: without markup or invisible break marks."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace(LINE_BREAK_CHANCE, "").replace(LEFT_TO_RIGHT_MARK, "")


VERBATIM_NOTE = "Every sentence is quoted verbatim from its article; nothing is paraphrased."
_CARD_WIDTH = 250
#: The widest a card's text runs, in average characters: on a very wide window the
#: cards keep to a reading measure, from the left, instead of stretching across it.
CARD_MEASURE_CHARS = 70
#: ... though up to this many characters more a line, cards fill the pane
CARD_SLACK_CHARS = 14
#: Beyond these, cards would cost more to build than anyone reads; the rest are counted.
MAX_CARDS = 8
MAX_SENTENCES_PER_CARD = 3
#: cards built per turn of the event loop
CARDS_PER_TURN = 2


def link_fragments(document: QTextDocument) -> list[QTextFragment]:
    """The runs of a rich text that are links, in reading order."""
    found: list[QTextFragment] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment)
            it += 1
        block = block.next()
    return found


def _hidden(widget: QWidget | None) -> bool:
    """Whether ``widget`` is missing or not shown yet (nor to be, with its pane)."""
    return widget is None or widget.isHidden()


class _WrappedLabel(QLabel):
    """A wrapped label that lays its text out once per width.

    Layouts ask a wrapped label its height for a width many times in one pass, and
    again at each width the pane takes on its way to its own when it is shown (the
    Summary tab, back from a tab that put the pane away). A plain label lays its whole
    text out on every question: for the line of the outlets that do not mention a claim,
    hundreds of names in a large story, that was half the time the Summary tab took to
    come back. The answers are kept until the text, the font or the style change."""

    def __init__(self, text: str = "") -> None:
        super().__init__(left_to_right(text))
        self._heights: dict[tuple[int, str, int, int, bool, Qt.TextFormat], int] = {}

    def heightForWidth(self, width: int) -> int:
        # How the text is set is in the key; text, font and style clear the lot.
        key = (width, self.text(), self.margin(), self.indent(), self.wordWrap(), self.textFormat())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= 16:  # a pane dragged wide and narrow: the last few
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(left_to_right(text))  # an outlet named in Arabic opens it, say

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


class _LinkLabel(_WrappedLabel):
    """A label of links that Tab and Shift+Tab go through link by link, entering on the
    first link (Shift+Tab: the last) and leaving after it. A plain label takes the focus
    first with no link in it, a stop nothing shows, and Shift+Tab never leaves it."""

    def _links(self) -> list[tuple[int, int]]:
        """Each link's (start, length) in the label's text."""
        document = QTextDocument()
        document.setHtml(self.text())
        return [(fragment.position(), fragment.length()) for fragment in link_fragments(document)]

    def _go(self, forward: bool, entering: bool) -> bool:
        """Put the focus on the next (or previous) link; False when there is none."""
        # Entering: from before the first link (or after the last); else from the link
        # in focus (-1: none).
        end = -1 if forward else len(self.text()) + 1
        at = end if entering else self.selectionStart()
        if forward:
            ahead = [link for link in self._links() if link[0] > at]
        else:
            ahead = [link for link in reversed(self._links()) if link[0] < at]
        if not ahead:
            return False
        self.setSelection(*ahead[0])
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        forward = event.reason() == Qt.FocusReason.TabFocusReason
        if forward or event.reason() == Qt.FocusReason.BacktabFocusReason:
            self._go(forward, entering=True)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._go(next, entering=False):
            return True
        return QWidget.focusNextPrevChild(self, next)


def _label(text: str = "", name: str = "", rich: bool = False, links: bool = False) -> QLabel:
    """A wrapped label; only one holding ``links`` takes the keyboard focus (Tab goes
    from link to link, Enter follows one), the others are selectable with the mouse."""
    label = _LinkLabel(text) if links else _WrappedLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        if links
        else Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _text_height(label: QLabel) -> int:
    """How tall ``label``'s text is at its present width."""
    height = label.heightForWidth(label.width()) if label.width() > 0 else -1
    return height if height > 0 else label.sizeHint().height()


class _Body(QWidget):
    """The scrolled content: as tall as its wrapped text needs at its present width.

    A scroll area sizes its widget by the minimum size hint, which Qt computes
    for the narrowest width the wrapped labels allow (very tall); asking for the
    height at the width actually given avoids a scroll bar over short evidence.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            return QSize(hint.width(), layout.heightForWidth(self.width()))
        return hint


class EvidenceView(QWidget):
    """Shows the evidence for one summary item; emits a request to open an article."""

    article_requested = Signal(int, int)  # article id, sentence id to highlight
    #: the reader says these sentence pairs do not state the same claim
    unmatch_requested = Signal(object)  # list[tuple[int, int]]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Evidence for the selected sentence")
        self.evidence: Evidence | None = None
        self._analysis: Analysis | None = None
        self._found: QLabel | None = None
        self._generation = 0
        self._columns = 0
        #: each card's outlet, file and links lines, aligned with those of the cards
        #: beside it (:meth:`_align_rows`)
        self._heads: dict[QFrame, tuple[QLabel, ...]] = {}
        self._align_queued = False
        #: the last Tab stop of the cards laid out so far (see :meth:`_in_reading_order`)
        self._last_stop: QWidget | None = None

        self.heading = _label(name="heading")
        self.note = _label(VERBATIM_NOTE, name="muted")
        self.silent = _label(name="silent")
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid_host.installEventFilter(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        body = _Body()
        body.setObjectName("evidenceBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(14, 12, 14, 12)
        self._column = column
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.note)
        column.addWidget(self._grid_host)
        column.addWidget(self.silent)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("evidenceScroll")
        scroll.setAccessibleName("Evidence for the selected sentence")
        scroll.setWidgetResizable(True)
        # Cards reflow to the pane's width; nothing is ever hidden to the right.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear()

    def clear(self, text: str = "Select a summary sentence to see who reports it.") -> None:
        self.evidence = None
        self._analysis = None
        self.heading.setText(text)
        self.note.hide()
        self.silent.hide()
        self._fill_grid()

    def show_item(self, analysis: Analysis, item: SummaryItem) -> None:
        if (
            self._analysis is analysis
            and self.evidence is not None
            and self.evidence.sentence == item.sentence
        ):
            # Already shown (back on the Summary tab, or the summary re-ranked): the
            # evidence depends only on the analysis and the sentence, so the cards stay.
            return
        self.evidence = evidence_for(analysis, item.sentence)
        self._analysis = analysis
        total = analysis.independent_sources
        if total <= 1:
            self.heading.setText("One independent outlet: nothing can be corroborated")
        else:  # out of its own story's outlets in a folder of several (Analysis.out_of)
            of = independent_outlets(item.out_of)
            self.heading.setText(f"Backed by {item.support} of {of}")
        quoted = next(
            (outlet_heading(src.article) for src in self.evidence.sources
             if any(x.id == item.sentence for x in src.sentences)),
            None,
        )  # fmt: skip
        self.note.setText(
            f"The summary quotes {breakable_if_long(quoted)}. {VERBATIM_NOTE}"
            if quoted
            else VERBATIM_NOTE
        )
        self.note.show()
        lines = []
        file_named = file_named_outlets(analysis)
        hidden = [listed_outlet(s.outlet, file_named) for s in self.evidence.sources[MAX_CARDS:]]
        if hidden:  # named, so that every backing outlet is listed here, as on the summary row
            says = plural(len(hidden), "outlet says", "outlets say")
            lines.append(
                f"{len(hidden)} more {says} this too: {joined(hidden)} (their words not shown)."
            )
        if self.evidence.silent:
            silent = (listed_outlet(outlet, file_named) for outlet in self.evidence.silent)
            lines.append("Not mentioned by: " + joined(silent))
        elif total > 1 and not analysis.claim(item.sentence).disputes:  # else: who disputes it
            lines.append(
                "Every independent outlet that tells this story mentions this."
                if analysis.counted_by_story
                else "Every independent outlet mentions this."
            )
        shown = {s.id for src in self.evidence.sources for s in src.sentences}
        lines += dispute_lines(analysis, item.sentence, shown | {item.sentence})
        for spelling in spelled_in(analysis, shown | {item.sentence}):
            lines.append(
                f"Outlets spell a name differently ({spelling.detail}); see Disagreements."
            )
        # A long file's name standing in for an outlet wraps: it widened the pane past its
        # edge, the heading and cards cut (a narrow window at large text).
        self.silent.setText(breakable_if_long("\n".join(lines)))
        self.silent.setVisible(bool(lines))
        self._fill_grid()
        self.scroll_area.verticalScrollBar().setValue(0)  # a new sentence is read from its top

    def _card(self, src: SourceEvidence, shared: dict[int, frozenset[str]], mark: str) -> QFrame:
        own = self.evidence.sentence if self.evidence is not None else -1
        card = QFrame()
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(f"{src.outlet}'s wording")
        box = QVBoxLayout(card)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(6)
        outlet = _label(breakable(outlet_heading(src.article)), name="outlet")
        box.addWidget(outlet)
        first = src.sentences[0]
        file = _label(breakable(src.article.file), name="muted")
        box.addWidget(file)
        links = [f'<a href="{src.article.id}:{first.id}">{SHOW_IN_ARTICLE}</a>']
        if all(s.id != own for s in src.sentences):
            links.append(f'<a href="unmatch:{src.group}">Not the same claim</a>')
        link = _label(" · ".join(links), rich=True, links=True)
        link.setOpenExternalLinks(False)
        if len(links) > 1:
            link.setAccessibleName(f"Show {src.outlet}'s article, or say it is not the same claim")
            link.setToolTip(
                "Not the same claim: this outlet's sentence says something else; "
                "it stops counting as support (a correction you can undo in Edit)"
            )
        else:  # the quoted sentence's own card: there is nothing to take back
            link.setAccessibleName(f"Show {src.outlet}'s article")
        link.linkActivated.connect(self._open_link)
        box.addWidget(link)
        for head in (outlet, file, link):
            # Text at the top of a line made taller to match a card beside it.
            head.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._heads[card] = (outlet, file, link)
        card.installEventFilter(self)
        for sentence in src.sentences[:MAX_SENTENCES_PER_CARD]:
            html = highlight_html(sentence.text, shared[sentence.id], mark)
            box.addWidget(_label(html, "quote", True))
        if len(src.sentences) > MAX_SENTENCES_PER_CARD:
            more = len(src.sentences) - MAX_SENTENCES_PER_CARD
            box.addWidget(_label(f"and {more} more sentences like these", name="muted"))
        box.addStretch(1)
        return card

    def _fill_grid(self) -> None:
        """Lay the cards out; the first few at once, the rest a few per event-loop turn,
        so a claim that many sources back never freezes the window while it is built."""
        self._generation += 1
        while self._grid.count():
            item = self._grid.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:
                # Hidden now, deleted later: the last sentence's cards are never painted
                # behind the new ones, nor found by Find, in the moment before they go.
                child.hide()
                child.deleteLater()
        self._heads.clear()
        sources = self.evidence.sources[:MAX_CARDS] if self.evidence is not None else ()
        self._columns = self._column_count(len(sources))
        self._keep_measure()
        for c in range(4):
            self._grid.setColumnStretch(c, 1 if c < self._columns else 0)
        if not sources:
            return
        assert self.evidence is not None
        mark = f"background-color: {shared_word_fill(self.palette()).name()};"
        shared = shared_by_source(self.evidence)
        self._add_cards(self._generation, list(enumerate(sources)), shared, mark)

    def _add_cards(
        self,
        generation: int,
        pending: list[tuple[int, SourceEvidence]],
        shared: dict[int, frozenset[str]],
        mark: str,
    ) -> None:
        if generation != self._generation:
            return  # another sentence was chosen meanwhile
        batch, rest = pending[:CARDS_PER_TURN], pending[CARDS_PER_TURN:]
        for i, src in batch:
            card = self._card(src, shared, mark)
            self._grid.addWidget(card, i // self._columns, i % self._columns)
            self._in_reading_order(card, first=i == 0)
        if rest:
            QTimer.singleShot(0, self, lambda: self._add_cards(generation, rest, shared, mark))

    def _in_reading_order(self, card: QFrame, first: bool) -> None:
        """Tab reaches the card's links right after the pane (the first card) or the card
        before it. A widget added to a shown window joins the end of its chain of Tab
        stops: after the find bar under the panes, which Tab then reached from the
        evidence before its cards."""
        stops: list[QWidget] = []
        widget = card.nextInFocusChain()
        while widget is not None and card.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(widget)
            widget = widget.nextInFocusChain()
        before: QWidget = self.scroll_area
        if not first and self._last_stop is not None:
            before = self._last_stop
        for stop in stops:
            QWidget.setTabOrder(before, stop)
            before = stop
        self._last_stop = before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._align_queued:
            # After the layouts have given every card its width (they do on this event).
            self._align_queued = True
            QTimer.singleShot(0, self, self._align_rows)
        return super().eventFilter(watched, event)

    def _align_rows(self) -> None:
        """The cards of a row with their outlet, file and links lines as tall as the
        tallest of the row's: a file name wrapped on two lines in one card leaves the
        others' links and quotes in line with its own, not a line higher."""
        self._align_queued = False
        columns = max(1, self._columns)
        rows: dict[int, list[QFrame]] = {}
        for i, card in enumerate(self._heads):  # in the order they were laid out
            rows.setdefault(i // columns, []).append(card)
        for row_cards in rows.values():
            heads = [self._heads[card] for card in row_cards]
            for k in range(3):
                labels = [h[k] for h in heads]
                tallest = max(_text_height(label) for label in labels)
                wanted = tallest if len(row_cards) > 1 and columns > 1 else 0
                for label in labels:
                    if label.minimumHeight() != wanted:
                        label.setMinimumHeight(wanted)

    def cards_pending(self) -> bool:
        """Whether cards are still being added (tests wait for the last).

        A card is added only once it is shown too: the layout shows a widget added to it
        at the next turn of the event loop, and until then the card is no Tab stop (the
        keys pass it by as if it were not there yet)."""
        shown = min(len(self.evidence.sources), MAX_CARDS) if self.evidence is not None else 0
        items = (self._grid.itemAt(i) for i in range(self._grid.count()))
        ready = sum(1 for item in items if item is not None and not _hidden(item.widget()))
        return ready < shown

    def _column_count(self, cards: int) -> int:
        card = max(_CARD_WIDTH, self.fontMetrics().averageCharWidth() * 34)
        return max(1, min(cards, 4, (self._room() - 28) // card))

    def _room(self) -> int:
        """The view's own width less the scroll bar's: the scroll area fills this view, but
        its viewport is resized only after it, so on a resize it still has the old width (a
        window made wider again kept the one column it had been narrowed to)."""
        return self.width() - self.scroll_area.verticalScrollBar().sizeHint().width()

    def _open_link(self, target: str) -> None:
        first, _, second = target.partition(":")
        if first == "unmatch":
            self.not_same_claim(int(second))
            return
        self.article_requested.emit(int(first), int(second))

    def find_next(self, text: str, backwards: bool = False, here: bool = False) -> tuple[int, int]:
        """Scroll to the next label containing ``text`` (after the last one found, or
        before it ``backwards``; ``here``: the last one found while it still matches);
        where it stands among them (from 1), and how many."""
        labels = [lab for lab in self.findChildren(QLabel) if lab.isVisible()]
        needle = searched_as(text)
        hits = [lab for lab in labels if needle in searched_as(_plain(lab))]
        if not hits:
            return 0, 0
        if self._found in hits:
            at = hits.index(self._found) + (0 if here else -1 if backwards else 1)
        else:
            at = -1 if backwards else 0
        self._found = hits[at % len(hits)]
        self.scroll_area.ensureWidgetVisible(self._found)
        if not here:  # as one types, the keys stay in the search box
            self._found.setFocus()
        return hits.index(self._found) + 1, len(hits)

    def not_same_claim(self, group: int) -> None:
        """The reader says this source's backing sentences state another claim."""
        if self.evidence is None or self._analysis is None:
            return
        own = self.evidence.sentence
        statements = self._analysis.claim(own).statements
        theirs = [sid for st in statements if st.group == group for sid in st.sentences]
        # Apart from every other outlet's sentence of the claim too, not only the one
        # voicing it: matching is not transitive, so another voice (the next best-backed
        # sentence) would otherwise bring the outlet straight back onto the row.
        backers = {own} | {sid for st in statements if st.group != group for sid in st.sentences}
        pairs = [(other, sid) for other in sorted(backers) for sid in theirs if sid != other]
        if pairs:
            self.unmatch_requested.emit(pairs)

    def reading_width(self) -> int:
        """The widest the cards' row may be: ``CARD_MEASURE_CHARS`` per column (in the
        present font, so larger text widens it), with the gaps and margins."""
        card = self.fontMetrics().averageCharWidth() * CARD_MEASURE_CHARS + 24
        columns = max(1, self._columns)
        return columns * card + (columns - 1) * self._grid.spacing() + 28

    def _keep_measure(self) -> None:
        """The room right of the reading width stays empty (a wider right margin), unless
        it is a strip narrower than :data:`CARD_SLACK_CHARS` a column: then the cards fill
        the pane, a few characters wider, rather than leave a gap that looks like a
        mistake beside them."""
        spare = self._room() - self.reading_width()
        slack = self.fontMetrics().averageCharWidth() * CARD_SLACK_CHARS * max(1, self._columns)
        right = 14 if spare <= slack else spare + 14
        if self._column.contentsMargins().right() != right:
            self._column.setContentsMargins(14, 12, right, 12)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.evidence and self._column_count(len(self.evidence.sources)) != self._columns:
            self._fill_grid()
        else:
            self._keep_measure()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.evidence is not None:
            self._fill_grid()  # highlight colours come from the palette
        if event.type() == QEvent.Type.FontChange:
            self._keep_measure()
