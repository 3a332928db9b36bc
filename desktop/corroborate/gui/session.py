"""The open story: what was asked for, what was analysed, what is summarised.

It runs the engine's analysis, ranking and corrections through the
:class:`~corroborate.engine.Engine` it is given (the panes ask the analysis
itself, and the engine's public functions, for what they show of the result). The
analysis, the first summary and the per-article counts are computed on a worker
(through :class:`TaskRunner`), so the GUI thread only builds widgets. Re-ranking after an
option change runs on the GUI thread when the last ranking was quick (it then
follows the slider at once) and on a second worker when it was not, so even a
very large story never freezes the window. Widgets only listen to the signals.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import corroborate.engine as engine_api
from corroborate.atomic import reason, write_failure
from corroborate.engine import (
    AnalysisOptions,
    Engine,
    held_below,
    no_story_heading,
)
from corroborate.engine.models import (
    Analysis,
    Cancelled,
    ConsensusSummary,
    Corrections,
    CorrectionsError,
    FileProblem,
    NewerCorrectionsError,
    NoArticlesError,
    SummaryOptions,
)

from .plain import menu_path
from .tasks import TaskRunner

log = logging.getLogger(__name__)

#: What the reader opened: a folder, or article files.
Opened = Path | tuple[Path, ...]
#: Rankings faster than this run on the GUI thread, so the summary follows the slider.
SYNC_RANK_SECONDS = 0.05
#: How many single-outlet sentences per outlet are listed when the reader asks for all
#: of them: more than any story holds.
EVERY_SINGLE_SOURCE = 1_000_000


@dataclass(frozen=True)
class Failure:
    """Why there is nothing to show, in words for the window."""

    title: str
    message: str
    problems: tuple[FileProblem, ...] = ()
    #: the story shown stays: only the change that was asked for failed
    keeps_story: bool = False
    #: article files the folder's subfolders hold, not read (the folder holding none)
    in_subfolders: int = 0


@dataclass(frozen=True)
class FolderCorrections:
    """A story folder's corrections as a run read them; the session takes them on only
    when that run's story is shown, so a cancelled run leaves the story shown, its
    corrections file and its undo steps together."""

    folder: Path
    corrections: Corrections
    #: the folder's corrections file (None when the session keeps none)
    path: Path | None = None
    #: why the file could not be read, when it could not
    error: CorrectionsError | None = None


def read_corrections(folder: Path, path: Path | None) -> FolderCorrections:
    """``folder``'s corrections from ``path``; an unreadable file gives none, and the error."""
    if path is None:
        return FolderCorrections(folder, Corrections())
    try:
        return FolderCorrections(folder, engine_api.load_corrections(path), path)
    except CorrectionsError as error:
        return FolderCorrections(folder, Corrections(), path, error)


def _shown_ahead(analysis: Analysis) -> Analysis:
    """``analysis``, with what the panes show of each article (its corroborated sentences)
    computed now, on the worker: the analysis keeps it, so the GUI thread only reads it."""
    _ = analysis.corroborated_counts
    return analysis


@dataclass(frozen=True)
class _Loaded:
    analysis: Analysis
    summary: ConsensusSummary
    rank_seconds: float
    #: the analysis as the engine read it, before the reader's corrections
    raw: Analysis | None = None
    #: another folder's corrections, read for this run (None: the folder shown's were used)
    folder_corrections: FolderCorrections | None = None
    #: files the reader had unticked or ticked that are no longer there (deleted or renamed
    #: since): choices of nothing, forgotten (:func:`_without_gone`)
    gone: frozenset[str] = frozenset()


class CorrectionStep(QUndoCommand):
    """One correction the reader made, as a step of Undo and Redo.

    Both directions go through the session's one way of changing corrections:
    the folder's corrections file is rewritten and the story ranked again.
    """

    def __init__(
        self, session: Session, before: Corrections, after: Corrections, text: str
    ) -> None:
        super().__init__(text)
        self._session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self._session._apply_corrections(self.after)

    def undo(self) -> None:
        self._session._apply_corrections(self.before)


@dataclass(frozen=True)
class Stories:
    """The stories a folder seemed to hold when it was read whole, kept while the reader
    analyses them one at a time (the analysis of one story alone no longer sees the others)."""

    #: the files of each story, largest first
    groups: tuple[tuple[str, ...], ...]
    #: a short name of each story (a headline, else an opening sentence)
    labels: tuple[str, ...]
    #: the articles read that belong to no story
    strays: tuple[str, ...] = ()

    def shown(self, excluded: frozenset[str]) -> int | None:
        """The story analysed alone when ``excluded`` are left out (every other article
        is, and not all of its own), else None: all of them, or a mix."""
        for number, files in enumerate(self.groups):
            if self.files() - set(files) <= excluded and not set(files) <= excluded:
                return number
        return None

    def titled(self, number: int | None, title: str) -> Stories:
        """These stories, story ``number`` named ``title`` (its report's title)."""
        if number is None or not title:
            return self
        labels = list(self.labels)
        labels[number] = title
        return replace(self, labels=tuple(labels))

    def others(self, number: int) -> frozenset[str]:
        """The files left out as of another story while story ``number`` is analysed alone
        (:func:`.engine.other_stories`)."""
        return engine_api.other_stories(self.groups, number, self.strays)

    def files(self) -> frozenset[str]:
        """Every article the folder's stories were found among."""
        return frozenset(f for group in self.groups for f in group) | set(self.strays)


def _without_gone(analysis: Analysis) -> tuple[Analysis, frozenset[str]]:
    """``analysis`` without the engine's notes of files it was asked to leave out or count
    that are not there (``not-found``), and their names. The engine is asked only of the
    reader's own choices, so such a file was unticked (or ticked) and then deleted or
    renamed: on reading the folder again it was listed twice in Articles, as left out and
    as "Skipped: no such article here, so nothing was left out", and the banner said "1
    file was left out of this summary" of it. A choice of nothing is forgotten; the
    report is the one the command line prints for the folder as it is."""
    gone = frozenset(p.file for p in analysis.problems if p.kind == "not-found")
    if not gone:
        return analysis, gone
    kept = tuple(p for p in analysis.problems if p.kind != "not-found")
    return replace(analysis, problems=kept), gone


def story_folder(source: Opened) -> Path:
    """The folder a story's corrections belong to: the folder, or the files' folder."""
    if isinstance(source, Path):
        return source if not source.is_file() else source.parent
    return source[0].parent if source else Path.cwd()


def read_options(
    recursive: bool,
    excluded: Iterable[str] = (),
    included: Iterable[str] = (),
    stories: Stories | None = None,
) -> AnalysisOptions:
    """What the session asks the engine to read: the files left out and let in (sorted, so
    one choice is one request) and whether subfolders are read. The analysis made ahead at
    start-up is asked for with these too, so that the session's first request takes it.
    Each file left out is ``unticked``, or, while one of the folder's ``stories`` is
    analysed alone, ``another story`` when it is one of the others' (the report says so),
    and the engine is told that story's name (:attr:`AnalysisOptions.story`: should these
    files seem to hold several stories in turn, the report and the window are headed by it)."""
    left = frozenset(excluded)
    shown = stories.shown(left) if stories is not None else None
    others = stories.others(shown) if stories is not None and shown is not None else frozenset()
    return AnalysisOptions(
        exclude=tuple(sorted(left)),
        excluded_as=tuple(
            (name, "another story" if name in others else "unticked") for name in sorted(left)
        ),
        include=tuple(sorted(included)),
        recursive=recursive,
        story=stories.labels[shown] if stories is not None and shown is not None else "",
    )


def no_articles_text(error: NoArticlesError) -> str:
    """The engine's message, and where the articles are when only subfolders hold them."""
    if not error.in_subfolders:
        return str(error)
    return (
        f"{error} {held_below(error)}: turn on "
        f"{menu_path('File', 'Read Subfolders Too')}, or drop a subfolder itself onto the window."
    )


def describe(source: Opened) -> str:
    if isinstance(source, Path):
        return source.name or str(source)
    return f"{len(source)} files" if len(source) != 1 else source[0].name


class Session(QObject):
    started = Signal(str)  # what is being read
    progress = Signal(str, float)
    cancelled = Signal()
    analysis_changed = Signal(object)  # Analysis | None
    summary_changed = Signal(object)  # ConsensusSummary | None
    failed = Signal(object)  # Failure
    folder_loaded = Signal(Path)  # a folder (not a file list) was analysed
    #: the reader's corrections could not be read or written (message)
    corrections_problem = Signal(str)

    def __init__(
        self,
        options: SummaryOptions,
        engine: Engine | None = None,
        parent: QObject | None = None,
        corrections_path: Callable[[Path], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine: Engine = engine if engine is not None else engine_api
        self._runner = TaskRunner(self)
        self._runner.progress.connect(self.progress)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._ranker = TaskRunner(self)
        self._ranker.finished.connect(self._on_ranked)
        self._ranker.failed.connect(self._on_rank_failed)
        self._corrector = TaskRunner(self)
        self._corrector.finished.connect(self._on_corrected)
        self._corrector.failed.connect(self._on_rank_failed)
        self._corrections_path = corrections_path
        #: the reader's corrections for the story shown, and the story as read without them
        self.corrections = Corrections()
        self.raw_analysis: Analysis | None = None
        self._corrections_folder: Path | None = None
        #: a corrections file that could not be read and could not be set aside: kept
        #: as it is, so nothing is saved over it
        self._corrections_kept: Path | None = None
        #: what the window says about this folder's corrections file: why it was not
        #: read, why the last change was not saved ("" if nothing)
        self._read_note = self._save_note = ""
        #: the corrections made to this folder's story since it was opened, to undo and redo
        self.undo_stack = QUndoStack(self)
        self.options = options
        self.source: Opened | None = None
        #: whether a folder's subfolders are read too
        self.recursive = False
        self.excluded: frozenset[str] = frozenset()
        #: off-topic articles the user chose to include anyway
        self.included: frozenset[str] = frozenset()
        self.analysis: Analysis | None = None
        self.summary: ConsensusSummary | None = None
        #: the stories the folder shown seemed to hold when read whole (None: one story)
        self.stories: Stories | None = None
        self._rank_seconds = 0.0
        self._pending: tuple[Opened, frozenset[str], frozenset[str]] | None = None
        #: whether the reading in flight opens its source anew (:meth:`_start`)
        self._pending_afresh = False
        #: a finished summary waiting for the next turn of the event loop
        self._delivering: ConsensusSummary | None = None

    @property
    def busy(self) -> bool:
        return self._runner.busy or self._corrector.busy or self._delivering is not None

    @property
    def reading(self) -> Opened | None:
        """The folder or files being read now, before they become :attr:`source`."""
        return self._pending[0] if self._pending is not None else None

    def open_folder(self, folder: Path) -> None:
        self._start(Path(folder), frozenset(), frozenset(), afresh=True)

    def open_files(self, files: Sequence[Path]) -> None:
        self._start(tuple(Path(f) for f in files), frozenset(), frozenset(), afresh=True)

    @staticmethod
    def _surest(options: SummaryOptions) -> SummaryOptions:
        """``options`` listing only the surest few of each outlet's own sentences."""
        per_outlet = SummaryOptions().single_source_per_outlet
        return replace(options, single_source_per_outlet=per_outlet)

    @property
    def lists_every_single_source(self) -> bool:
        """Whether every sentence one outlet alone reports is listed, not the surest few."""
        return self.options.single_source_per_outlet >= EVERY_SINGLE_SOURCE

    def list_every_single_source(self, every: bool) -> None:
        """List every sentence one outlet alone reports (or the surest few again): the
        story is ranked again, so the panes and the export show the same list."""
        if every != self.lists_every_single_source:
            every_one = replace(self.options, single_source_per_outlet=EVERY_SINGLE_SOURCE)
            self.options = every_one if every else self._surest(self.options)
            self.set_options(self.options)

    def _wanted(self) -> tuple[frozenset[str], frozenset[str]]:
        """The selection of the run in flight, else of the story shown.

        Both changes of one gesture (untick one article, tick another) must build
        on each other, not on the story shown before either.
        """
        if self._pending is not None:
            return self._pending[1], self._pending[2]
        return self.excluded, self.included

    def set_excluded(self, files: frozenset[str]) -> None:
        """Leave these articles out and analyse the current story again."""
        excluded, included = self._wanted()
        if self.source is not None and files != excluded:
            self._start(self.source, frozenset(files), included)

    def include(self, files: frozenset[str]) -> None:
        """Count these off-topic articles after all and analyse the story again."""
        excluded, included = self._wanted()
        if self.source is not None and not files <= included:
            self._start(self.source, excluded, included | files)

    def analyse_story(self, number: int) -> None:
        """Analyse one of the stories the folder holds alone: every other story's
        articles are left out (and this one's included again)."""
        if self.stories is None or not 0 <= number < len(self.stories.groups):
            return
        excluded, _ = self._wanted()
        chosen = set(self.stories.groups[number])
        self.set_excluded(frozenset(excluded - chosen) | self.stories.others(number))

    def analyse_all_stories(self) -> None:
        """Read every story of the folder together again."""
        if self.stories is not None:
            excluded, _ = self._wanted()
            self.set_excluded(excluded - self.stories.files())

    @property
    def shown_story(self) -> int | None:
        """Which of :attr:`stories` is analysed alone, if one is."""
        return self.stories.shown(self.excluded) if self.stories is not None else None

    def rerun(self) -> None:
        if self.source is not None:
            self._start(self.source, self.excluded, self.included)

    def set_recursive(self, recursive: bool) -> None:
        """Read subfolders too (or no longer), and read the story again: the one being
        opened, if any, else the one shown."""
        if recursive == self.recursive:
            return
        self.recursive = recursive
        if self._pending is not None:
            self._start(*self._pending)
        else:
            self.rerun()

    def cancel(self) -> None:
        if self._runner.cancel():
            self._pending = None
            self.cancelled.emit()

    def shutdown(self) -> None:
        for runner in (self._runner, self._ranker, self._corrector):
            runner.cancel()
        for runner in (self._runner, self._ranker, self._corrector):
            runner.wait()

    def set_options(self, options: SummaryOptions) -> None:
        """Re-rank the analysis already in memory; no file is read again.

        The controls set the summary's length and support; how many single-outlet
        sentences are listed stays as the reader chose it (:meth:`list_every_single_source`).
        """
        if options.single_source_per_outlet == SummaryOptions().single_source_per_outlet:
            per_outlet = self.options.single_source_per_outlet
            options = replace(options, single_source_per_outlet=per_outlet)
        self.options = options
        self._delivering = None  # a summary under the old options is no longer wanted
        if self.analysis is None:
            return  # a running analysis compares options when it lands
        if self._rank_seconds < SYNC_RANK_SECONDS:
            self._summarize()
        else:
            engine, analysis = self._engine, self.analysis
            self._ranker.start(lambda _p, _c: engine.summarize(analysis, options))

    # -- the reader's corrections ---------------------------------------------------
    def _folder_corrections(self, source: Opened) -> tuple[Path, Path | None] | None:
        """The folder and corrections file a run must read, or None when the story shown
        is of the same folder (its corrections, and undo steps, carry over)."""
        folder = story_folder(source)
        if folder == self._corrections_folder:
            return None
        path = self._corrections_path(folder) if self._corrections_path is not None else None
        return folder, path

    def _take_corrections(self, loaded: FolderCorrections | None) -> None:
        """Make ``loaded`` the corrections of the story now shown (a run's story was accepted)."""
        if loaded is None:
            return
        self._corrections_folder = loaded.folder
        self.corrections = loaded.corrections
        self.undo_stack.clear()  # its steps name files and sentences of another folder
        self._corrections_kept = None
        self._read_note = self._save_note = ""
        if loaded.error is None or loaded.path is None:
            return
        error, path = loaded.error, loaded.path
        if isinstance(error, NewerCorrectionsError):
            self._corrections_kept = path
            self._read_note = (
                f"Your corrections for this folder were not read: {error}. The file is kept "
                "as it is; corrections you make now are not saved."
            )
            return
        try:
            kept = engine_api.set_aside_corrections(path)
        except OSError as failure:
            self._corrections_kept = path
            self._read_note = (
                f"Your corrections for this folder were not read: {error}. The file is kept "
                f"as it is ({reason(failure)} when setting it aside); corrections you make "
                "now are not saved over it."
            )
            return
        self._read_note = (
            f"Your corrections for this folder were not read: {error}. The file is kept as "
            f"{kept}; corrections you make now start afresh."
        )

    def _forget_folder(self) -> None:
        """No story is shown: the next one reads its folder's corrections afresh."""
        self._corrections_folder = None
        self.corrections = Corrections()
        self.undo_stack.clear()
        self._corrections_kept = None
        self._read_note = self._save_note = ""

    @property
    def corrections_note(self) -> str:
        """What the window should say about this folder's corrections ("" if nothing)."""
        return "\n".join(note for note in (self._read_note, self._save_note) if note)

    def corrections_file(self) -> Path | None:
        """Where the story's corrections are kept (None for a story never opened)."""
        if self._corrections_path is None or self._corrections_folder is None:
            return None
        return self._corrections_path(self._corrections_folder)

    def set_corrections(self, corrections: Corrections, what: str = "Correction") -> None:
        """Remember ``corrections`` for this folder and rank the story again with them.

        The change is one step of :attr:`undo_stack`, named ``what`` in the Edit menu.
        """
        if corrections == self.corrections or self.raw_analysis is None:
            return
        self.undo_stack.push(CorrectionStep(self, self.corrections, corrections, what))

    def _apply_corrections(self, corrections: Corrections) -> None:
        """Save ``corrections`` as this folder's and rank the story again with them."""
        if corrections == self.corrections or self.raw_analysis is None:
            return
        self.corrections = corrections
        path = self.corrections_file()
        self._save_note = ""
        if path is not None and path == self._corrections_kept:
            self._save_note = (
                f"Your corrections are not saved: {path} could not be read, and is kept as it is."
            )
        elif path is not None:
            try:
                folder = str(self._corrections_folder or "")
                if corrections or path.exists():
                    engine_api.save_corrections(corrections, path, folder=folder)
            except OSError as error:
                self._save_note = (
                    f"Your corrections could not be saved. {write_failure(path, error)}."
                )
        if self._save_note:
            self.corrections_problem.emit(self._save_note)
        engine, raw, options = self._engine, self.raw_analysis, self.options

        def job(_progress: Any, _cancelled: Any) -> _Loaded:
            analysis = engine.apply_corrections(raw, corrections)
            summary = engine.summarize(analysis, options)
            return _Loaded(_shown_ahead(analysis), summary, 0.0, raw)

        self._delivering = None
        self._ranker.cancel()
        self._corrector.start(job)

    def rename_outlet(self, files: Sequence[str], outlet: str) -> None:
        what = f"Rename to “{outlet.strip()}”" if outlet.strip() else "Rename"
        self.set_corrections(engine_api.rename_outlet(self.corrections, files, outlet), what)

    def merge(self, files: Sequence[str]) -> None:
        self.set_corrections(
            engine_api.merge_files(self.corrections, files), "Merge into One Outlet"
        )

    def separate(self, files: Sequence[str]) -> None:
        self.set_corrections(engine_api.unmerge_files(self.corrections, files), "Count Separately")

    def unmatch(self, pairs: Sequence[tuple[int, int]]) -> None:
        """The reader says each pair of sentence ids does not state the same claim."""
        if self.analysis is None:
            return
        key = self.analysis.sentence_key
        keys = [(key(a), key(b)) for a, b in pairs]
        # One saying, however many pairs: one correction, undone in one step.
        self.set_corrections(engine_api.unmatch_pairs(self.corrections, keys), "Not the Same Claim")

    def forget_corrections(self) -> None:
        self.set_corrections(Corrections(), "Forget Corrections")

    def _start(
        self,
        source: Opened,
        excluded: frozenset[str],
        included: frozenset[str],
        afresh: bool | None = None,
    ) -> None:
        """Read ``source``; ``afresh``: it is opened anew, and lists only the surest
        single-outlet sentences once shown (the story shown keeps its list until then,
        should the reading be cancelled). None: as the reading it replaces, if of the
        same source (subfolders turned on meanwhile), else not."""
        if afresh is None:
            replaced = self._pending
            afresh = replaced is not None and replaced[0] == source and self._pending_afresh
        self._pending = (source, excluded, included)
        self._pending_afresh = afresh
        other_folder = self._folder_corrections(source)
        shown_corrections = self.corrections
        engine = self._engine
        options = self._surest(self.options) if afresh else self.options
        read = read_options(self.recursive, excluded, included, self._stories_of(source))
        target: Path | list[Path] = source if isinstance(source, Path) else list(source)

        def job(progress: Any, cancelled: Any) -> _Loaded:
            raw, gone = _without_gone(
                engine.analyze(target, read, progress=progress, cancelled=cancelled)
            )
            if cancelled():
                raise Cancelled()
            loaded = read_corrections(*other_folder) if other_folder is not None else None
            corrections = loaded.corrections if loaded is not None else shown_corrections
            analysis = engine.apply_corrections(raw, corrections)
            started = time.perf_counter()
            summary = engine.summarize(analysis, options)
            rank_seconds = time.perf_counter() - started
            return _Loaded(_shown_ahead(analysis), summary, rank_seconds, raw, loaded, gone)

        self._runner.start(job, tidy=True)
        self.started.emit(describe(source))

    def _stories_of(self, source: Opened) -> Stories | None:
        """The stories :attr:`stories` found in ``source``, if it is the source shown."""
        return self.stories if source == self.source else None

    def _accept_pending(self) -> Opened:
        assert self._pending is not None
        source, excluded, included = self._pending
        self._pending = None
        self.source, self.excluded, self.included = source, excluded, included
        return source

    def _keep_stories(self, previous: Opened | None, analysis: Analysis | None) -> None:
        """Remember the stories a folder read whole holds; forget them with the folder.

        A story analysed alone that itself seems to hold several keeps the folder's
        stories in force: the banner still says which story is shown and leads back to
        all of them (its own split is told as a warning, its files under Show Details)."""
        warnings = analysis.folder_warnings if analysis is not None else ()
        warning = next((w for w in warnings if w.groups), None)
        alone = self.source == previous and self.shown_story is not None
        if analysis is not None and warning is not None and not alone:
            grouped = {f for group in warning.groups for f in group}
            strays = tuple(a.file for a in analysis.articles if a.file not in grouped)
            self.stories = Stories(warning.groups, warning.story_names, strays)
        elif self.source != previous or self.shown_story is None:
            self.stories = None
        elif analysis is not None and self.stories is not None and warning is None:
            # One story alone: it is named as its own report is titled from now on (a
            # story that splits in turn has no one title of its own to take).
            self.stories = self.stories.titled(self.shown_story, analysis.title)

    def _on_finished(self, loaded: _Loaded) -> None:
        previous = self.source
        if self._pending_afresh:
            self.options = self._surest(self.options)
        source = self._accept_pending()
        self.excluded -= loaded.gone
        self.included -= loaded.gone
        self._keep_stories(previous, loaded.analysis)
        self._ranker.cancel()
        self._corrector.cancel()
        self._take_corrections(loaded.folder_corrections)
        self.analysis = loaded.analysis
        self.raw_analysis = loaded.raw or loaded.analysis
        self._rank_seconds = loaded.rank_seconds
        self.analysis_changed.emit(loaded.analysis)
        if loaded.summary.options == self.options:
            # The panes that show the analysis and those that show the summary each take
            # a noticeable moment on a large story: let the event loop run in between.
            self._delivering = loaded.summary
            QTimer.singleShot(0, self, lambda summary=loaded.summary: self._deliver(summary))
        else:  # the user moved a control while the story was being read
            self.set_options(self.options)
        if isinstance(source, Path):
            self.folder_loaded.emit(source)

    def _deliver(self, summary: ConsensusSummary) -> None:
        if self._delivering is summary:  # not replaced meanwhile (latest wins)
            self._delivering = None
            self.summary = summary
            self.summary_changed.emit(summary)

    def _on_failed(self, error: BaseException) -> None:
        self._delivering = None
        if isinstance(error, Cancelled):
            self._pending = None
            self.cancelled.emit()
            return
        if self._only_exclusions_failed(error):
            # Everything was left out: keep the story shown so articles can be ticked again.
            self._pending = None
            self.failed.emit(
                Failure(
                    "Every article is left out",
                    "Tick at least one article in Articles to read the story again.",
                    keeps_story=True,
                )
            )
            return
        previous = self.source
        if self._pending_afresh:
            self.options = self._surest(self.options)
        source = self._accept_pending()
        self._keep_stories(previous, None)
        self.analysis, self.summary = None, None
        self.raw_analysis = None
        self._forget_folder()
        self.analysis_changed.emit(None)
        self.summary_changed.emit(None)
        if isinstance(error, NoArticlesError):
            failure = Failure(
                no_story_heading(error),
                no_articles_text(error),
                tuple(error.problems),
                in_subfolders=error.in_subfolders,
            )
        elif isinstance(error, OSError):
            failure = Failure("Could not read the folder", f"{describe(source)}: {reason(error)}")
        else:
            log.error("analysis failed", exc_info=error)
            failure = Failure("The analysis failed", f"{type(error).__name__}: {error}")
        self.failed.emit(failure)

    def _only_exclusions_failed(self, error: BaseException) -> bool:
        if not isinstance(error, NoArticlesError) or self._pending is None:
            return False
        source, excluded, _ = self._pending
        return bool(excluded) and self.analysis is not None and source == self.source

    def _summarize(self) -> None:
        assert self.analysis is not None
        started = time.perf_counter()
        try:
            summary = self._engine.summarize(self.analysis, self.options)
        except Exception as error:
            self._on_rank_failed(error)
            return
        self._rank_seconds = time.perf_counter() - started
        self.summary = summary
        self.summary_changed.emit(summary)

    def _on_corrected(self, result: _Loaded) -> None:
        """The story ranked again with the reader's new corrections."""
        if result.raw is not self.raw_analysis:
            return  # another story was opened meanwhile
        self.analysis = result.analysis
        self.analysis_changed.emit(result.analysis)
        if result.summary.options == self.options:
            self.summary = result.summary
            self.summary_changed.emit(result.summary)
        else:  # a control moved meanwhile
            self.set_options(self.options)

    def _on_ranked(self, summary: ConsensusSummary) -> None:
        if summary.analysis is self.analysis and summary.options == self.options:
            self.summary = summary
            self.summary_changed.emit(summary)

    def _on_rank_failed(self, error: BaseException) -> None:
        log.error("summarize failed", exc_info=error)
        self.summary = None
        self.summary_changed.emit(None)
        self.failed.emit(Failure("The summary failed", f"{type(error).__name__}: {error}"))

    def json_text(self, summary: ConsensusSummary | None = None) -> str:
        """The JSON export of ``summary`` (the one shown by default): exactly what
        ``corroborate summarize --format json`` prints."""
        summary = summary or self.summary
        if summary is None:
            return ""
        return engine_api.to_json_text(summary)

    def markdown(self) -> str | None:
        """The export text: exactly what the CLI prints for the same story and options."""
        return None if self.summary is None else self._engine.to_markdown(self.summary)
