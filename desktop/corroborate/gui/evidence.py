"""Display-only helpers: group a claim's sentences by source, mark shared words.

These read what the engine decided (claims, groups, members); they never
decide what corroborates what. Word matching here only chooses which words to
tint so a reader can see at a glance why two sentences were aligned.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from corroborate.engine.models import Analysis, Article, Claim, Sentence

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
    """One independent source's sentences for a claim (a copy group counts once)."""

    group: int
    outlet: str
    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Evidence:
    claim: Claim
    sources: tuple[SourceEvidence, ...]
    #: outlets of the independent sources that do not state the claim
    silent: tuple[str, ...]


def articles_by_id(analysis: Analysis) -> dict[int, Article]:
    return {a.id: a for a in analysis.articles}


def claim_by_id(analysis: Analysis) -> dict[int, Claim]:
    return {c.id: c for c in analysis.claims}


def group_outlet(analysis: Analysis, group_id: int) -> str:
    """A group is named after its original article's outlet."""
    articles = articles_by_id(analysis)
    for group in analysis.groups:
        if group.id == group_id:
            return articles[group.original].outlet
    return "?"


def evidence_for(analysis: Analysis, claim_id: int) -> Evidence:
    """The claim's member sentences per independent source, plus who stays silent."""
    claim = claim_by_id(analysis)[claim_id]
    articles = articles_by_id(analysis)
    sentences = {s.id: s for s in analysis.sentences}
    per_group: dict[int, list[Sentence]] = {}
    for sid in claim.members:
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
        article = articles[shown]
        own = tuple(s for s in members if s.article == shown)
        sources.append(SourceEvidence(group.id, articles[group.original].outlet, article, own))
    # The representative's source first, then by how much each says.
    rep_group = analysis.group_of[sentences[claim.representative].article]
    sources.sort(key=lambda e: (e.group != rep_group, e.outlet.lower()))
    silent = tuple(
        sorted(
            {articles[g.original].outlet for g in analysis.groups if g.id not in per_group},
            key=str.lower,
        )
    )
    return Evidence(claim, tuple(sources), silent)


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
    """Per article: how many of its sentences belong to a claim other sources back too."""
    claims = claim_by_id(analysis)
    counts = {a.id: 0 for a in analysis.articles}
    for sentence in analysis.sentences:
        claim = claims.get(analysis.claim_of[sentence.id])
        if claim is not None and claim.support >= 2:
            counts[sentence.article] = counts.get(sentence.article, 0) + 1
    return counts


def sentence_counts(analysis: Analysis) -> dict[int, int]:
    counts = {a.id: 0 for a in analysis.articles}
    for sentence in analysis.sentences:
        counts[sentence.article] = counts.get(sentence.article, 0) + 1
    return counts
