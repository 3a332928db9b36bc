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
from dataclasses import dataclass

import corroborate.engine as engine
from corroborate.engine.models import Analysis, Article, Sentence


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
    #: outlets of the independent sources that do not state it
    silent: tuple[str, ...]


def evidence_for(analysis: Analysis, sentence_id: int) -> Evidence:
    """The sentences backing a summary sentence, per independent source, plus who is silent.

    Which sentences back it is the engine's answer (``Analysis.claim``);
    this only arranges them for display.
    """
    articles = analysis.articles  # article ids are their indices
    sources = []
    stated_by = set()
    for statement in analysis.claim(sentence_id).statements:
        stated_by.add(statement.group)
        # The original's wording comes first (copies of it add nothing to read): show one
        # article. But the quoted sentence's source shows the words the summary quotes:
        # when its original does not (the outlet's other article is quoted), the quoted one.
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
    silent = tuple(
        sorted(
            {o for g, o in enumerate(analysis.group_outlets) if g not in stated_by}, key=str.lower
        )
    )
    return Evidence(sentence_id, tuple(sources), silent)


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
