"""The Qt-free consensus engine.

Two calls, not one: :func:`analyze` reads and matches a folder once (slow);
:func:`summarize` ranks and selects from that analysis (fast, every time the
user changes an option). Heavy libraries (nltk, rapidfuzz) are imported only
when :func:`analyze` first runs, so importing this package stays cheap.
"""

from __future__ import annotations

import logging
from typing import Protocol

from .models import (
    Analysis,
    AnalysisOptions,
    Article,
    CancelFn,
    Cancelled,
    Claim,
    ConsensusSummary,
    FileProblem,
    Match,
    Matcher,
    NearPair,
    NoArticlesError,
    ProgressFn,
    RawDocument,
    ReadLimits,
    Sentence,
    SingleSourceItem,
    Source,
    SourceGroup,
    SummaryItem,
    SummaryOptions,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Analysis",
    "AnalysisOptions",
    "Article",
    "CancelFn",
    "Cancelled",
    "Claim",
    "ConsensusSummary",
    "Engine",
    "FileProblem",
    "Match",
    "Matcher",
    "NearPair",
    "NoArticlesError",
    "ProgressFn",
    "RawDocument",
    "ReadLimits",
    "Sentence",
    "SingleSourceItem",
    "Source",
    "SourceGroup",
    "SummaryItem",
    "SummaryOptions",
    "analyze",
    "summarize",
    "to_json",
    "to_markdown",
]


def analyze(
    source: Source,
    options: AnalysisOptions | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Analysis:
    """Read a folder (or a list of article files) and match its sentences.

    ``options`` say which files to leave out or keep, how deep to look and
    within which limits (see :class:`AnalysisOptions`). ``progress`` is called
    with a stage's name and the fraction done. Raises :class:`NoArticlesError`
    when nothing readable is found and :class:`Cancelled` when ``cancelled()``
    turns True.
    """
    from .pipeline import run_analysis

    return run_analysis(
        source, options or AnalysisOptions(), progress=progress, cancelled=cancelled
    )


def summarize(analysis: Analysis, options: SummaryOptions | None = None) -> ConsensusSummary:
    """Rank the analysed claims and select the summary; cheap enough for every slider move."""
    from .consensus.rank import build_summary

    return build_summary(analysis, options or SummaryOptions())


def to_markdown(summary: ConsensusSummary) -> str:
    """The Markdown report, identical for the CLI and the app's export."""
    from .report.render import render_markdown

    return render_markdown(summary)


def to_json(summary: ConsensusSummary) -> dict:
    """The JSON report as a plain dict (see the README for the contract)."""
    from .report.render import render_json

    return render_json(summary)


class Engine(Protocol):
    """What the desktop app asks of the engine.

    This package implements it (the module itself is checked against it), and
    so do the app tests' stand-ins, which the app's session accepts in its place.
    """

    def analyze(
        self,
        source: Source,
        options: AnalysisOptions | None = None,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Analysis: ...

    def summarize(
        self, analysis: Analysis, options: SummaryOptions | None = None
    ) -> ConsensusSummary: ...

    def to_markdown(self, summary: ConsensusSummary) -> str: ...
