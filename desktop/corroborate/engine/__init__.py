"""The Qt-free consensus engine.

Two calls, not one: :func:`analyze` reads and matches a folder once (slow);
:func:`summarize` ranks and selects from that analysis (fast, every time the
user changes an option). Heavy libraries (nltk, rapidfuzz) are imported only
when :func:`analyze` first runs, so importing this package stays cheap.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from .models import (
    Analysis,
    Article,
    CancelFn,
    Cancelled,
    Claim,
    ConsensusSummary,
    FileProblem,
    Match,
    NoArticlesError,
    ProgressFn,
    RawDocument,
    Sentence,
    SingleSourceItem,
    SourceGroup,
    SummaryItem,
    SummaryOptions,
)
from .readers.reading import ReadLimits

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Analysis",
    "Article",
    "CancelFn",
    "Cancelled",
    "Claim",
    "ConsensusSummary",
    "FileProblem",
    "Match",
    "NoArticlesError",
    "ProgressFn",
    "RawDocument",
    "ReadLimits",
    "Sentence",
    "SingleSourceItem",
    "SourceGroup",
    "SummaryItem",
    "SummaryOptions",
    "analyze",
    "summarize",
    "to_json",
    "to_markdown",
]


def analyze(
    source: Path | str | Iterable[Path | str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    exclude: Iterable[str] = (),
    recursive: bool = False,
    include_off_topic: bool = False,
    include: Iterable[str] = (),
    max_files: int = 2000,
    limits: ReadLimits | None = None,
) -> Analysis:
    """Read a folder (or a list of article files) and match its sentences.

    ``exclude`` names files (relative to the folder) to leave out; articles
    that seem to be about another event are left out unless
    ``include_off_topic`` (all of them) or named in ``include``; at most
    ``max_files`` files are read, each under ``limits`` (time, memory and text per
    file and per folder; see :class:`ReadLimits`). Raises
    :class:`NoArticlesError` when nothing readable is found and
    :class:`Cancelled` when ``cancelled()`` turns True.
    """
    from .pipeline import run_analysis

    return run_analysis(
        source,
        progress=progress,
        cancelled=cancelled,
        exclude=exclude,
        recursive=recursive,
        include_off_topic=include_off_topic,
        include=include,
        max_files=max_files,
        limits=limits,
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
