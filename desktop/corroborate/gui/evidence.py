"""Display-only helpers: arrange a sentence's backing by source, mark shared words.

These read what the engine decided (corroboration, source groups); they never
decide what corroborates what. Word matching here only chooses which words to
tint so a reader can see at a glance why two sentences were aligned.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from corroborate.engine.models import Analysis, Article, Sentence

_WORD = re.compile(r"[\w][\w'\u2019.-]*[\w]|[\w]")
_STOPWORD_TEXT = """
a about after against all also an and any are as at be been before but by can could did
do does during for from had has have he her hers him his how i if in into is it its it's
more most no not of on or our out over she so some than that the their them then there
these they this those through to under up was we were what when where which while who
whom why will with would you your said says say
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


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

    Which sentences back it is the engine's answer (``Analysis.corroboration``);
    this only arranges them for display.
    """
    _groups, backing = analysis.corroboration(sentence_id)
    articles = analysis.articles  # article ids are their indices
    sentences = {s.id: s for s in analysis.sentences}
    per_group: dict[int, list[Sentence]] = {}
    for sid in backing:
        sentence = sentences[sid]
        per_group.setdefault(analysis.group_of[sentence.article], []).append(sentence)
    sources = []
    for group in analysis.groups:
        members = per_group.get(group.id)
        if not members:
            continue
        # Prefer the original's wording; copies of it add nothing to read.
        members.sort(key=lambda s: (s.article != group.original, s.article, s.index))
        shown = members[0].article
        own = tuple(s for s in members if s.article == shown)
        outlet = articles[group.original].outlet
        sources.append(SourceEvidence(group.id, outlet, articles[shown], own))
    # The quoted sentence's own source first, then alphabetically.
    own_group = analysis.group_of[sentences[sentence_id].article]
    sources.sort(key=lambda e: (e.group != own_group, e.outlet.lower()))
    silent = tuple(
        sorted(
            {articles[g.original].outlet for g in analysis.groups if g.id not in per_group},
            key=str.lower,
        )
    )
    return Evidence(sentence_id, tuple(sources), silent)


def _norm(word: str) -> str:
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    return {n for m in _WORD.finditer(text) if (n := _norm(m.group())) not in _STOPWORDS}


def shared_by_source(evidence: Evidence) -> dict[int, set[str]]:
    """Per shown sentence id: its words that at least one other source also uses.

    Each sentence is tokenised once, so this stays linear in the evidence size.
    """
    words = {s.id: content_words(s.text) for src in evidence.sources for s in src.sentences}
    per_source = [set().union(*(words[s.id] for s in src.sentences)) for src in evidence.sources]
    shared: dict[int, set[str]] = {}
    for i, src in enumerate(evidence.sources):
        elsewhere = set().union(*(w for j, w in enumerate(per_source) if j != i))
        for sentence in src.sentences:
            shared[sentence.id] = words[sentence.id] & elsewhere
    return shared


def shared_words(text: str, others: list[str]) -> set[str]:
    """Normalised content words of ``text`` that occur in at least one of ``others``."""
    mine = content_words(text)
    seen: set[str] = set()
    for other in others:
        seen |= content_words(other)
    return mine & seen


def highlight_html(text: str, words: set[str], style: str) -> str:
    """``text`` as escaped HTML with every word in ``words`` wrapped in a styled span."""
    out: list[str] = []
    pos = 0
    for m in _WORD.finditer(text):
        out.append(html.escape(text[pos : m.start()]))
        token = html.escape(m.group())
        out.append(f'<span style="{style}">{token}</span>' if _norm(m.group()) in words else token)
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def corroborated_counts(analysis: Analysis) -> dict[int, int]:
    """Per article: how many of its sentences another independent source backs."""
    counts = {a.id: 0 for a in analysis.articles}
    for sentence in analysis.sentences:
        if analysis.support_of(sentence.id) >= 2:
            counts[sentence.article] = counts.get(sentence.article, 0) + 1
    return counts
