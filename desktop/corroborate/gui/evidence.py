"""Display-only helpers: arrange a sentence's backing by source, mark shared words.

These read what the engine decided (corroboration, source groups); they never
decide what corroborates what. Which words to tint, so a reader can see at a
glance why two sentences were aligned, is read by the engine too
(:func:`corroborate.engine.read_words`: its words, stems and figures); this
only compares those readings across sources and marks them up.
"""

from __future__ import annotations

import html
from collections.abc import Set
from dataclasses import dataclass, replace

import corroborate.engine as engine
from corroborate.engine.models import (
    Analysis,
    Article,
    CoverageCell,
    CoverageMatrix,
    Disagreement,
    Sentence,
)

from .plain import isolated

#: said after an outlet the article never names, whose file's name stands in (as the
#: report's list of articles says it)
FILE_NAME_MARK = " (file name)"
#: the map's state of a cell whose outlet tells only another story of a mixed folder: the
#: claim's count is not out of it (:meth:`~corroborate.engine.models.Analysis.sources_of`),
#: so it is no outlet that "does not mention it" (a state of the app's drawing alone)
OTHER_STORY = "another story"

#: an invisible place a line may break (a zero-width space), put in a long file name where
#: it is shown in a narrow pane, and taken out of what is copied or found
LINE_BREAK_CHANCE = "\u200b"
_RUN = 14
#: a word of a name this long or longer is given places to break in a list of names
_LONG_WORD = 24


def breakable(text: str) -> str:
    """``text`` with invisible break opportunities after ``_ - . /``, between words run
    together ("Evening|Bulletin") and inside long runs.

    A file name such as ``001_4a336b5a5aa40b93.txt`` has no space to wrap at;
    without these, it forces its card wider than the pane.
    """
    # A file's extension stays on its name's last line with the stem's last character:
    # never "bridge." over "txt", "bridge" over ".txt" nor "bridge.t" over "xt".
    stem, dot, extension = text.rpartition(".")
    whole = dot and stem and 0 < len(extension) <= 5 and extension.isalnum()
    last = len(stem) - 1 if whole else len(text)  # no break after this one
    out, run = [], 0
    for at, char in enumerate(text):
        out.append(char)
        run = 0 if char.isspace() else run + 1
        # between words run together ("EveningBulletin") before in the middle of one
        joint = char.islower() and at + 1 < len(text) and text[at + 1].isupper() and run >= 4
        if at < last and (char in "_-./\\" or joint or run >= _RUN):
            out.append(LINE_BREAK_CHANCE)
            run = 0
    return "".join(out)


def breakable_if_long(text: str) -> str:
    """``text`` (names in running text: a list of outlets) with each word too long to wrap
    in a narrow pane (a long file's name standing in for an outlet) :func:`breakable`, the
    others as they are (a wrapped line breaks between the words of "River News")."""
    return " ".join(breakable(w) if len(w) > _LONG_WORD else w for w in text.split(" "))


def outlet_heading(article: Article) -> str:
    """The outlet as a card or an article's byline heads it: its name, marked when the
    article never says who published it and the file's name stands in ("p02 (file
    name)"), so that a reader does not take a file for a publisher."""
    return marked_outlet(article.outlet, {article.outlet} if article.outlet_from == "file" else ())


def file_named_outlets(analysis: Analysis) -> frozenset[str]:
    """The outlets of ``analysis`` that only a file's name stands in for, as the engine
    reads them (:func:`corroborate.engine.file_named_outlets`: the banner names the same)."""
    return frozenset(engine.file_named_outlets(analysis))


def marked_outlet(outlet: str, file_named: Set[str] | tuple[()]) -> str:
    """``outlet`` as every pane shows it: marked " (file name)" when it is one of
    ``file_named`` (:func:`file_named_outlets`), so that the summary's rows, the cards, the
    map and the lists tell a file from a publisher alike."""
    return outlet + FILE_NAME_MARK if outlet in file_named else outlet


def listed_outlet(outlet: str, file_named: Set[str] | tuple[()]) -> str:
    """``outlet`` as :func:`marked_outlet` shows it, its name set apart (:func:`isolated`)
    for a line that names it among others: two names in Arabic or Hebrew side by side keep
    their order, and " (file name)" stays after the name it marks."""
    return isolated(outlet) + FILE_NAME_MARK if outlet in file_named else isolated(outlet)


def marked_coverage(matrix: CoverageMatrix, analysis: Analysis) -> CoverageMatrix:
    """``matrix`` with its columns' and outlets' names as the panes show them
    (:func:`marked_outlet`): what the map draws over its columns, its tooltips, the
    outlets' figures under it and a saved PNG or SVG then mark a file's name alike. In a
    folder of several stories analysed whole, a silent cell of an outlet that tells only
    another story than the row's (not among the claim's
    :meth:`~corroborate.engine.models.Analysis.sources_of`) is marked :data:`OTHER_STORY`:
    the row's "2 of 3" is not out of it, and it never left the claim out."""
    matrix = _by_story(matrix, analysis)
    file_named = file_named_outlets(analysis)
    if not file_named:
        return matrix
    return replace(
        matrix,
        columns=tuple(
            replace(c, outlet=marked_outlet(c.outlet, file_named)) for c in matrix.columns
        ),
        outlets=tuple(
            replace(o, outlet=marked_outlet(o.outlet, file_named)) for o in matrix.outlets
        ),
    )


def _by_story(matrix: CoverageMatrix, analysis: Analysis) -> CoverageMatrix:
    """``matrix`` with the silent cells of outlets outside each row's story marked."""
    if not analysis.counted_by_story:
        return matrix
    elsewhere = CoverageCell(OTHER_STORY)
    rows = []
    for row in matrix.rows:
        told = set(analysis.sources_of(row.sentence))
        cells = tuple(
            elsewhere if not cell.state and column.group not in told else cell
            for column, cell in zip(matrix.columns, row.cells, strict=True)
        )
        rows.append(replace(row, cells=cells))
    return replace(matrix, rows=tuple(rows))


@dataclass(frozen=True)
class SourceEvidence:
    """One independent source's backing sentences (a group of copies counts once)."""

    group: int
    outlet: str
    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Evidence:
    sentence: int
    sources: tuple[SourceEvidence, ...]
    #: outlets of the independent sources that neither state it nor dispute it (an outlet
    #: giving another figure for it mentions it)
    silent: tuple[str, ...]


def evidence_for(analysis: Analysis, sentence_id: int) -> Evidence:
    """The sentences backing a summary sentence, per independent source, plus who is silent
    (who neither states nor disputes it).

    Which sentences back it is the engine's answer (``Analysis.claim``);
    this only arranges them for display.
    """
    articles = analysis.articles  # article ids are their indices
    sources = []
    claim = analysis.claim(sentence_id)
    mentioned_by = {dispute.group for dispute in claim.disputes}
    for statement in claim.statements:
        mentioned_by.add(statement.group)
        # The original's wording comes first (copies of it add nothing to read): show one
        # article. But the quoted sentence's source shows the words the summary quotes:
        # when its original does not (the outlet's other article is quoted), the quoted one.
        # Its sentences come as the claim orders them, the one stating it best first
        # (Analysis.states_best): the card quotes and opens that one first.
        ids = statement.sentences
        shown = analysis.sentences[ids[0]].article
        if sentence_id in ids:
            quoted = analysis.sentences[sentence_id]
            in_shown = {
                analysis.sentences[i].text for i in ids if analysis.sentences[i].article == shown
            }
            if quoted.text not in in_shown:
                shown = quoted.article
        # A sentence a page repeats (a pull quote, a crawled page's second copy) reads once.
        texts: dict[str, Sentence] = {}
        for sid in ids:
            sentence = analysis.sentences[sid]
            if sentence.article == shown:
                texts.setdefault(sentence.text, sentence)
        own = tuple(texts.values())
        sources.append(SourceEvidence(statement.group, statement.outlet, articles[shown], own))
    # The quoted sentence's own source first, then alphabetically.
    own_group = analysis.sentence_group[sentence_id]
    sources.sort(key=lambda e: (e.group != own_group, e.outlet.lower()))
    # Out of the sentence's own story's sources in a folder of several (Analysis.sources_of):
    # an outlet that tells another story alone does not leave this one unmentioned.
    outlets = analysis.group_outlets
    silent = tuple(
        sorted(
            {outlets[g] for g in analysis.sources_of(sentence_id) if g not in mentioned_by},
            key=str.lower,
        )
    )
    return Evidence(sentence_id, tuple(sources), silent)


def _given(value: str, kind: str) -> str:
    """What a sentence gives in a disagreement, as the evidence pane words it."""
    return "the opposite" if kind == "negation" or not value else value


def _says(given: list[str]) -> str:
    """What a source gives against a claim: "says 24"; of several, "says" once: "says 162,
    155 and 173"."""
    return "says " + engine.listed(given)


def dispute_lines(analysis: Analysis, sentence_id: int, shown: Set[int]) -> list[str]:
    """What the evidence pane says of the disagreements about a summary sentence.

    First the sources that dispute its claim (``Analysis.claim(...).disputes``, as the
    summary row, the coverage map and the report name them), each with what it says
    instead; then an outlet backing it of which another sentence says otherwise (in the
    article backing it or in another); then any other
    disagreement of a ``shown`` sentence: a backer disputed on another fact than this
    claim's (a backer that shares only "two killed" disputed on "14 injured"), worded so
    that it is never read as a dispute of this claim.
    """
    claim = analysis.claim(sentence_id)
    pairs = analysis.dispute_pairs(sentence_id)
    backing = {sid for statement in claim.statements for sid in statement.sentences}

    def given(sentences: Set[int]) -> list[str]:
        """What these sentences say against the claim, each once, in the order found."""
        said: dict[str, None] = {}
        for d in pairs:
            side = (d.a_value, d.a) if d.a in sentences else (d.b_value, d.b)
            if side[1] in sentences:
                said.setdefault(_given(side[0], d.kind))
        return list(said)

    lines = []
    file_named = file_named_outlets(analysis)  # each named as every pane names it
    # in the order the summary row and the report name them (Claim.disputed_by: sorted)
    named = [
        f"{listed_outlet(dispute.outlet, file_named)} ({_says(given(set(dispute.sentences)))})"
        for dispute in sorted(claim.disputes, key=lambda d: d.outlet)
    ]
    if named:
        lines.append(f"⚠ Disputed by {engine.joined(named)}; see Disagreements.")
    for outlet in claim.split_within:
        theirs = {
            sid
            for d in pairs
            for sid in (d.a, d.b)
            if sid not in backing and analysis.source_outlet(sid) == outlet
        }
        found = given(theirs)
        # its sentence saying otherwise may be in the very article that backs the claim
        backing_articles = {analysis.sentences[sid].article for sid in backing}
        where = (
            "Another sentence"
            if theirs and all(analysis.sentences[sid].article in backing_articles for sid in theirs)
            else "Another article"
        )
        lines.append(
            f"⚠ {where} of {listed_outlet(outlet, file_named)} says otherwise ({_says(found)}); "
            "see Disagreements."
            if found
            else f"⚠ {where} of {listed_outlet(outlet, file_named)} says otherwise; "
            "see Disagreements."
        )
    # One line per other point (its pairs may be several: 14 / 12 and 12 / 14), naming the
    # backers whose sentences are disputed on it.
    counted = set(pairs)
    points: dict[tuple[str, frozenset[str]], tuple[Disagreement, list[str]]] = {}
    for d in analysis.disagreements:
        if d in counted or (d.a not in shown and d.b not in shown):
            continue
        key = (d.kind, frozenset((d.a_value.casefold(), d.b_value.casefold())))
        backers = points.setdefault(key, (d, []))[1]
        for sid in (d.a, d.b):
            outlet = analysis.source_outlet(sid)
            if sid in shown and listed_outlet(outlet, file_named) not in backers:
                backers.append(listed_outlet(outlet, file_named))
    for first, backers in points.values():
        kind = engine.kind_label(first.kind).lower()
        whose = (
            f"A backing sentence of {backers[0]} is"
            if len(backers) == 1
            else f"Backing sentences of {engine.listed(backers)} are"
        )
        lines.append(
            f"{whose} disputed on another point ({kind}: {first.detail}); see Disagreements."
        )
    return lines


def shared_by_source(evidence: Evidence) -> dict[int, frozenset[str]]:
    """Per shown sentence id: its words that at least one other source also uses.

    Each sentence is tokenised once, so this stays linear in the evidence size.
    """
    words = {s.id: engine.content_words(s.text) for src in evidence.sources for s in src.sentences}
    per_source = [set().union(*(words[s.id] for s in src.sentences)) for src in evidence.sources]
    shared: dict[int, frozenset[str]] = {}
    for i, src in enumerate(evidence.sources):
        elsewhere = set().union(*(w for j, w in enumerate(per_source) if j != i))
        for sentence in src.sentences:
            shared[sentence.id] = words[sentence.id] & elsewhere
    return shared


def highlight_html(text: str, words: Set[str], style: str) -> str:
    """``text`` as escaped HTML with every word whose reading is in ``words`` (as
    :func:`corroborate.engine.content_words` gives them) wrapped in a styled span."""
    out: list[str] = []
    pos = 0
    for word in engine.read_words(text):
        out.append(html.escape(text[pos : word.start]))
        token = html.escape(text[word.start : word.end])
        out.append(f'<span style="{style}">{token}</span>' if word.reading in words else token)
        pos = word.end
    out.append(html.escape(text[pos:]))
    return "".join(out)
