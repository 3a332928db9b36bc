"""Shared helpers for the quality and benchmark scripts: sumy baselines without NLTK data.

sumy's own ``PlaintextParser``/``Tokenizer`` load NLTK's punkt tables, which are
not installed and cannot be fetched offline. So the document model is built
here from the ``punkt`` package (sentences) and NLTK's Treebank word tokenizer
(words, no data files needed), mirroring what sumy's ``Tokenizer`` would do.

sumy returns the chosen sentences in document order; a word-budget baseline
needs them in *rank* order, which :func:`ranked_sentences` recovers from the
summarizer's own ``_get_best_sentences`` step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

#: Summarizers compared against Corroborate, by the name used on the command line.
SUMY_SYSTEMS: dict[str, str] = {
    "lexrank": "LexRank",
    "textrank": "TextRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "sumbasic": "SumBasic",
}

# sumy's Tokenizer adds these English abbreviations to punkt before splitting.
_EXTRA_ABBREVIATIONS = frozenset({"e.g", "al", "i.e"})
# sumy's Tokenizer keeps only tokens that look like words (letters, inner ' and -).
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")
_DOCNO = re.compile(r"([A-Z]+)(\d{8})\.(\d+)")


class SentenceTokenizer:
    """The ``to_words``/``to_sentences`` pair sumy's DOM objects and summarizers call."""

    def __init__(self) -> None:
        import punkt
        from nltk.tokenize import NLTKWordTokenizer

        # merged_with returns a new model, so the cached one other code uses stays as it is.
        params = punkt.load_model("english").merged_with(
            punkt.PunktParameters(abbrev_types=set(_EXTRA_ABBREVIATIONS))
        )
        self._sentences = punkt.PunktSentenceTokenizer(params)
        self._words = NLTKWordTokenizer()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self._sentences.tokenize(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if _WORD.match(w))


@cache
def tokenizer() -> SentenceTokenizer:
    """One tokenizer per process: loading the punkt model is the slow part."""
    return SentenceTokenizer()


def paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, inner line breaks joined."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [" ".join(b.split()) for b in blocks if b.strip()]


def article_sentences(text: str) -> list[str]:
    """An article's sentences in order, split the same way for every baseline."""
    tok = tokenizer()
    return [s for p in paragraphs(text) for s in tok.to_sentences(p)]


def build_document(texts: Iterable[str]) -> Any:
    """A sumy ``ObjectDocumentModel`` of several articles: one sumy paragraph per paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = tokenizer()
    paras = []
    for text in texts:
        for para in paragraphs(text):
            sentences = [Sentence(s, tok) for s in tok.to_sentences(para)]
            if sentences:
                paras.append(Paragraph(sentences))
    return ObjectDocumentModel(paras)


def make_summarizer(name: str) -> Any:
    """A sumy summarizer with the English stemmer and stop words, as sumy's CLI sets it up."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
    }
    summarizer = classes[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def ranked_sentences(summarizer: Any, document: Any) -> list[str]:
    """Every sentence of ``document``, best rated first, as the summarizer ranks them.

    Each sumy summarizer passes its ``sentences_count`` straight to
    ``_get_best_sentences``, which accepts a callable and applies it to the
    sentence infos already sorted by rating (descending, stable). Passing a
    callable that records that list yields the ranking before sumy re-sorts the
    chosen sentences into document order.
    """
    captured: list[Any] = []

    def keep_all(infos: Sequence[Any]) -> Sequence[Any]:
        captured.extend(infos)
        return infos

    summarizer(document, keep_all)
    return [str(info.sentence) for info in captured]


def take_words(sentences: Iterable[str], budget: int, *, dedup: bool = False) -> list[str]:
    """Sentences in the given order until ``budget`` whitespace words are reached.

    With ``dedup`` exact repeats are skipped. Off by default so the baselines
    behave as stock sumy does; wire copies in a cluster carry identical
    sentences, and a ranking often puts both near the top.
    """
    chosen: list[str] = []
    seen: set[str] = set()
    words = 0
    for sentence in sentences:
        if words >= budget:
            break
        key = " ".join(sentence.split())
        if not key or (dedup and key in seen):
            continue
        seen.add(key)
        chosen.append(sentence)
        words += len(key.split())
    return chosen


def sumy_summary(name: str, texts: Sequence[str], budget: int, *, dedup: bool = False) -> list[str]:
    """A baseline summary: the summarizer's ranking over all articles, cut at the word budget."""
    document = build_document(texts)
    if not document.sentences:
        return []
    ranked = ranked_sentences(make_summarizer(name), document)
    return take_words(ranked, budget, dedup=dedup)


def docno_key(path: Path) -> tuple[str, int, str]:
    """Sort key putting DUC ids (e.g. APW19981017.0151) in date order; others by name."""
    m = _DOCNO.search(path.name)
    if not m:
        return ("", 0, path.name)
    return (m.group(2), int(m.group(3)), m.group(1))


def lead_summary(paths: Sequence[Path], budget: int, *, dedup: bool = False) -> list[str]:
    """The lead baseline: the most recent article's opening sentences up to the budget."""
    if not paths:
        return []
    latest = max(paths, key=docno_key)
    return take_words(article_sentences(read_text(latest)), budget, dedup=dedup)


def read_text(path: Path) -> str:
    """Article text as UTF-8, tolerating stray bytes in old newswire files."""
    return path.read_text(encoding="utf-8", errors="replace")


def word_count(sentences: Iterable[str]) -> int:
    return sum(len(s.split()) for s in sentences)
