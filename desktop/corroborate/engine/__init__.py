"""The Qt-free consensus engine, and its public surface: what the app may ask of it.

Two calls, not one: :func:`analyze` reads and matches a folder once (slow);
:func:`summarize` ranks and selects from that analysis (fast, every time the
user changes an option). Around them, what the app shows is asked here too:
the reader's corrections (:func:`apply_corrections` and the functions that
build, load and save them), the coverage map (:func:`coverage`), the
disagreements folded into conflicts (:func:`conflicts_of`) and the names spelled two
ways (:func:`spellings_of`), the words two
sentences share in the engine's reading (:func:`read_words`,
:func:`content_words`, :func:`shared_words`), and the product text the report, the app and the
command line all print (:func:`kind_label`, :func:`more_single_source`,
:func:`independent_outlets`, :func:`dispute_notes`, :func:`file_named_note` (and
:func:`file_named_outlets`, the outlets it names),
:func:`counted` and :func:`plural` for the number agreement of every count,
:func:`shown` for a file name
on a terminal, :func:`special_file_kind` for what a path that is not a file
is). The app and the command line import only this module and :mod:`.models`,
never a stage's module (an import-linter contract keeps it so).

Heavy libraries (nltk, rapidfuzz, numpy) and the stages' modules are imported
only when a function first needs them, so importing this package stays cheap.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from .models import (
    CONTRADICTS,
    REPORTS,
    SPELLINGS_HEADING,
    SPELLINGS_NOTE,
    Analysis,
    AnalysisOptions,
    Article,
    CancelFn,
    Cancelled,
    Claim,
    Conflict,
    ConflictSide,
    ConsensusSummary,
    Corrections,
    CorrectionsError,
    CoverageCell,
    CoverageColumn,
    CoverageMatrix,
    CoverageRow,
    Disagreement,
    DisagreementKind,
    FileProblem,
    LeftOut,
    LeftOutWhy,
    Match,
    Matcher,
    NearPair,
    NewerCorrectionsError,
    NoArticlesError,
    Objective,
    OutletStats,
    ProgressFn,
    RawDocument,
    ReadLimits,
    Sentence,
    SentenceKey,
    SingleSourceItem,
    Source,
    SourceGroup,
    SummaryItem,
    SummaryOptions,
    WordReading,
    other_stories,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "CONTRADICTS",
    "REPORTS",
    "SPELLINGS_HEADING",
    "SPELLINGS_NOTE",
    "Analysis",
    "AnalysisOptions",
    "Article",
    "CancelFn",
    "Cancelled",
    "Claim",
    "Conflict",
    "ConflictSide",
    "ConsensusSummary",
    "Corrections",
    "CorrectionsError",
    "CoverageCell",
    "CoverageColumn",
    "CoverageMatrix",
    "CoverageRow",
    "Disagreement",
    "DisagreementKind",
    "Engine",
    "FileProblem",
    "LeftOut",
    "LeftOutWhy",
    "Match",
    "Matcher",
    "NearPair",
    "NewerCorrectionsError",
    "NoArticlesError",
    "Objective",
    "OutletStats",
    "ProgressFn",
    "RawDocument",
    "ReadLimits",
    "Sentence",
    "SentenceKey",
    "SingleSourceItem",
    "Source",
    "SourceGroup",
    "SummaryItem",
    "SummaryOptions",
    "WordReading",
    "analyze",
    "apply_corrections",
    "at_least",
    "below_support",
    "by_story_note",
    "collect_rarely",
    "conflicts_of",
    "content_words",
    "count_corrections",
    "counted",
    "coverage",
    "dispute_notes",
    "file_named_note",
    "file_named_outlets",
    "held_below",
    "independent_outlets",
    "joined",
    "kind_label",
    "left_out_brief",
    "left_out_line",
    "listed",
    "load_corrections",
    "merge_files",
    "missing_folder",
    "mixed_folder",
    "more_single_source",
    "no_story_heading",
    "not_repeated_note",
    "other_stories",
    "plural",
    "read_words",
    "readable_suffixes",
    "rename_outlet",
    "save_corrections",
    "set_aside_corrections",
    "shared_words",
    "short_summary_note",
    "shown",
    "special_file_kind",
    "spellings_of",
    "story_counts",
    "story_name",
    "story_name_note",
    "summarize",
    "title_note",
    "to_json",
    "to_json_text",
    "to_markdown",
    "unmatch",
    "unmatch_pairs",
    "unmerge_files",
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


def to_json(summary: ConsensusSummary) -> dict[str, Any]:
    """The JSON report as a plain dict (see the README for the contract)."""
    from .report.render import render_json

    return render_json(summary)


def to_json_text(summary: ConsensusSummary) -> str:
    """The JSON report as text, identical for the CLI and the app's export."""
    from .report.render import render_json_text

    return render_json_text(summary)


def apply_corrections(analysis: Analysis, corrections: Corrections) -> Analysis:
    """``analysis`` with the reader's corrections applied (itself when there are none):
    groups, matches, claims and per-sentence figures recomputed as the pipeline computes them."""
    if not corrections:
        return analysis
    from .consensus.corrections import apply_corrections

    return apply_corrections(analysis, corrections)


# -- the reader's corrections, built, named, loaded and saved ---------------------
def rename_outlet(corrections: Corrections, files: Iterable[str], outlet: str) -> Corrections:
    """``files`` are published by ``outlet`` (an empty name undoes the rename)."""
    from .consensus.corrections import rename_outlet

    return rename_outlet(corrections, files, outlet)


def merge_files(corrections: Corrections, files: Iterable[str]) -> Corrections:
    """``files`` are one outlet (one independent source)."""
    from .consensus.corrections import merge_files

    return merge_files(corrections, files)


def unmerge_files(corrections: Corrections, files: Iterable[str]) -> Corrections:
    """Forget every merge that involves any of ``files``."""
    from .consensus.corrections import unmerge_files

    return unmerge_files(corrections, files)


def unmatch(corrections: Corrections, a: SentenceKey, b: SentenceKey) -> Corrections:
    """The two sentences do not state the same claim."""
    from .consensus.corrections import unmatch

    return unmatch(corrections, a, b)


def unmatch_pairs(
    corrections: Corrections, pairs: Iterable[tuple[SentenceKey, SentenceKey]]
) -> Corrections:
    """One "not the same claim" that sets each pair's sentences apart: one correction."""
    from .consensus.corrections import unmatch_pairs

    return unmatch_pairs(corrections, pairs)


def load_corrections(path: Path | str) -> Corrections:
    """Read a corrections file (none when it is missing); raises :class:`CorrectionsError`
    when it cannot be read, :class:`NewerCorrectionsError` when a newer version wrote it."""
    from .consensus.corrections import load

    return load(path)


def save_corrections(corrections: Corrections, path: Path | str, folder: str = "") -> None:
    """Write ``corrections`` as JSON, atomically; ``folder`` is recorded for the reader."""
    from .consensus.corrections import save

    save(corrections, path, folder)


def set_aside_corrections(path: Path | str) -> Path:
    """Rename an unreadable corrections file out of the way; returns its new name."""
    from .consensus.corrections import set_aside

    return set_aside(path)


# -- what the app shows of an analysis or a summary --------------------------------
def coverage(summary: ConsensusSummary) -> CoverageMatrix:
    """Which independent source reports (or contradicts) which claim of ``summary``."""
    from .report.coverage import coverage

    return coverage(summary)


def conflicts_of(analysis: Analysis) -> tuple[Conflict, ...]:
    """The analysis's disagreements folded into conflicts, each listing every side.

    (Not ``conflicts``: that is the name of the stage's package, an attribute of this one.)
    """
    from .conflicts.grouping import conflicts

    return conflicts(analysis)


def spellings_of(analysis: Analysis) -> tuple[Conflict, ...]:
    """The names the sources spell two ways, folded as :func:`conflicts_of` folds
    disagreements: a spelling for the reader to check, never counted as a disagreement."""
    from .conflicts.grouping import spellings

    return spellings(analysis)


def readable_suffixes() -> frozenset[str]:
    """The file suffixes read as articles, lower case (``".txt"``, ``".pdf"``, ...)."""
    from .readers import supported_suffixes

    return supported_suffixes()


def read_words(text: str) -> tuple[WordReading, ...]:
    """Each word of ``text``, where it stands and what it counts as when sentences are
    compared: its figure ("two" and "2" alike), else its stem (None for a stop word)."""
    from .text.segment import read_words

    return read_words(text)


def content_words(text: str) -> frozenset[str]:
    """The readings (see :func:`read_words`) of ``text``'s content words and figures."""
    return frozenset(w.reading for w in read_words(text) if w.reading is not None)


def shared_words(text: str, others: Iterable[str]) -> frozenset[str]:
    """The readings (see :func:`read_words`) of ``text``'s words and figures that at least
    one of ``others`` also holds."""
    seen = frozenset[str]().union(*(content_words(other) for other in others))
    return content_words(text) & seen


def kind_label(kind: DisagreementKind) -> str:
    """How a kind of disagreement is named, in the report and in the app ("Numbers differ")."""
    from .report.render import KIND_LABELS

    return KIND_LABELS.get(kind, kind)


def counted(count: int, noun: str, many: str | None = None) -> str:
    """A count and its noun in agreement (``1 article``, ``3 articles``), as the report
    and the app word every count."""
    from .report.words import counted

    return counted(count, noun, many)


def joined(items: Iterable[str]) -> str:
    """Outlets (or other names) one after another, parted by commas, or by semicolons
    where a name holds a comma of its own ("Times, The; Reuters"), as the report and
    the app list them."""
    from .report.words import joined

    return joined(items)


def listed(items: Sequence[str]) -> str:
    """Items named in a sentence (``CNN, Reuters and AP``), as the report and the app
    name them."""
    from .report.words import listed

    return listed(items)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """The noun as it agrees with the count (``article`` for 1, ``articles`` otherwise)."""
    from .report.words import plural

    return plural(count, noun, many)


def missing_folder(folder: Path) -> NoArticlesError | None:
    """The error an analysis of ``folder`` would raise because it is not there (it does not
    exist, or a part of its path is a file), or None: for a caller that names a folder
    before reading it, in the engine's words."""
    from .readers.discover import missing_folder

    return missing_folder(folder.absolute())


def no_story_heading(error: NoArticlesError) -> str:
    """What happened when a folder gave no story, as the page in its place is headed
    ("Folder not found", "No readable article"), worded by the report."""
    from .report.failures import no_story_heading

    return no_story_heading(error.cause)


def held_below(error: NoArticlesError) -> str:
    """Where the articles are when only a folder's subfolders hold them ("Its subfolders
    “day-1” and “day-2” hold articles"; "" when none do), worded as the report lists the
    subfolders of its warning; the command line and the app add how to read them."""
    from .report.subfolders import held_below

    return held_below(error.in_subfolders, error.subfolders, error.unsearched)


def below_support(need: int) -> str:
    """How summary sentences under the minimum support are said to be backed ("by one
    outlet alone", "by fewer than 3"), in the report and the app."""
    from .report.render import below_support

    return below_support(need)


def at_least(need: int, total: int) -> str:
    """How many outlets a minimum support asks for ("2 or more", "all 5", "both"), in the
    report and the app."""
    from .report.render import at_least

    return at_least(need, total)


def independent_outlets(count: int) -> str:
    """``5 independent outlets``: how the report and the app name what support counts."""
    from .report.render import independent_outlets

    return independent_outlets(count)


def dispute_notes(disputed_by: tuple[str, ...], split_within: tuple[str, ...]) -> list[str]:
    """What the report and the app say after a claim's support when outlets differ on it."""
    from .report.render import dispute_notes

    return dispute_notes(disputed_by, split_within)


def file_named_note(analysis: Analysis, name: Callable[[str], str] | None = None) -> str:
    """What the report and the app say of outlets that are only file names ("" if none);
    each name written by ``name`` when given (the app sets names in a right-to-left script
    apart), else as the report writes it."""
    from .report.render import file_named_note, file_named_outlets

    outlets = file_named_outlets(analysis)
    return file_named_note(outlets) if name is None else file_named_note(outlets, name)


def file_named_outlets(analysis: Analysis) -> tuple[str, ...]:
    """The outlets (one per independent source) that are only their article's file name:
    those :func:`file_named_note` names, which the app marks "(file name)" in its panes."""
    from .report.render import file_named_outlets

    return file_named_outlets(analysis)


def short_summary_note(summary: ConsensusSummary, counted: bool = True) -> str:
    """Why the summary holds fewer sentences than asked for ("" when it does not);
    ``counted``: whether the note begins with how many it holds."""
    from .report.render import short_summary_note

    return short_summary_note(summary, counted)


def mixed_folder(summary: ConsensusSummary) -> tuple[str, int] | None:
    """When the folder seems to hold several stories mixed in one summary, its name and
    how many stories it holds (None otherwise)."""
    from .report.render import mixed_folder

    return mixed_folder(summary)


def story_name(summary: ConsensusSummary) -> str:
    """What the report's heading and the app's name the summary: its title, or the folder
    and its count of stories when it mixes several."""
    from .report.render import story_name

    return story_name(summary)


def left_out_brief(analysis: Analysis) -> str:
    """The left-out line in its shorter words, each kind counted, no file named ("Left out:
    3 of 30 files (2 unticked, 1 off topic)"); "" when nothing is."""
    from .report.render import left_out_brief

    return left_out_brief(analysis)


def left_out_line(analysis: Analysis) -> str:
    """What the story's counts leave out of the folder, in the report's words ("Left out: 3
    of 30 files (2 unticked: a.txt, b.txt; 1 off topic: c.txt, …)"); "" when nothing is."""
    from .report.render import left_out_line

    return left_out_line(analysis)


def by_story_note(summary: ConsensusSummary) -> str:
    """That the counts are out of each story's own outlets, in a folder of several stories
    analysed together ("" for one story; report and app)."""
    from .report.render import by_story_note

    return by_story_note(summary)


def story_counts(told: Sequence[int], total: int) -> str:
    """How many of the folder's ``total`` outlets tell each of its stories, as the notes on
    a folder of several stories say it ("4, 3 and 2 of the 7"; many: "16 to 24 of the 130")."""
    from .report.render import story_counts

    return story_counts(told, total)


def story_name_note(summary: ConsensusSummary) -> str:
    """Where :func:`story_name` came from, when it is no article's headline ("" else)."""
    from .report.render import story_name_note

    return story_name_note(summary)


def title_note(summary: ConsensusSummary) -> str:
    """What the report and the app say when the story's title is no article's headline (""
    when it is one)."""
    from .report.render import title_note

    return title_note(summary)


def count_corrections(corrections: Corrections) -> int:
    """How many corrections the reader made, each "not the same claim" counted once
    however many sentence pairs it set apart, and two about one claim as two (the report
    and the app)."""
    from .consensus.corrections import count_corrections as count

    return count(corrections)


def more_single_source(count: int) -> str:
    """The line saying how many single-outlet sentences are not listed (report and app)."""
    from .report.render import more_single_source

    return more_single_source(count)


def not_repeated_note(summary: ConsensusSummary, mark: Callable[[int], str]) -> str:
    """Over the single-outlet list, that the summary's own one-outlet sentences are not
    repeated in it (report and app)."""
    from .report.render import not_repeated_note

    return not_repeated_note(summary, mark)


def collect_rarely() -> None:
    """Make the cyclic garbage collector run rarely in this whole process, as a program
    running analyses should (see :func:`.warm.collect_rarely`)."""
    from .warm import collect_rarely as tune

    tune()


def shown(name: str) -> str:
    """A file name (or any one-line label) with its control characters made visible
    (``\\x1b``, ``\\n``), as the report shows it: safe on a terminal, one line."""
    from .readers.plaintext import shown

    return shown(name)


def special_file_kind(mode: int) -> str:
    """What a path that is not a regular file is, in the words the skip reasons use
    ("a named pipe (FIFO)", "a device", "a folder"), from its ``st_mode``."""
    from .readers.text import special_file_kind

    return special_file_kind(mode)


class Engine(Protocol):
    """What the desktop app's session asks of the engine: the work on a story.

    This package implements it (the module itself is checked against it), and
    so do the app's engine, which runs each call once what it needs is loaded,
    and the app tests' stand-ins, which the app's session accepts in its place.

    The protocol holds what a stand-in replaces: the calls that read files,
    decide what corroborates what, take their time and load the engine's
    modules (a stand-in controls their results and their timing). What only
    reads a finished analysis, whichever engine made it, is not in it: what the
    analysis knows of itself is asked of it (:meth:`Analysis.claim`,
    ``group_outlets``, ``article_of``, ``sentence_key``, ``file_problems``,
    ``folder_warnings``, ``files_read``), and what is derived from it or
    written about it is a function of this module (:func:`coverage`,
    :func:`conflicts_of`, :func:`kind_label`, :func:`more_single_source`), as
    are the engine's reading of words (:func:`read_words`,
    :func:`content_words`) and the corrections as values, built, loaded and
    saved (:func:`rename_outlet`, :func:`load_corrections`, ...).
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

    def apply_corrections(self, analysis: Analysis, corrections: Corrections) -> Analysis: ...
