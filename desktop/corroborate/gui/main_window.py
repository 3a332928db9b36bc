"""The main window: lays out the widgets, connects their signals, and keeps the
window's own state: the reading history (Back/Forward), zoom, the find bar and
the export commands.

Decisions about the story live elsewhere: the session runs the engine, the
widgets display, the settings facade remembers.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine import (
    left_out_brief,
    left_out_line,
    mixed_folder,
    readable_suffixes,
    story_name,
    story_name_note,
)
from corroborate.engine.models import Analysis, Article, ConsensusSummary, SummaryItem
from corroborate.resources import sample_story

from .actions import build_menus, fill_recent_menu, shortcut_rows, show_about
from .article_view import ArticleView
from .controls import OptionsBar
from .coverage_view import CoverageView, add_export_option
from .disagreements_view import DisagreementsView
from .drop_zone import DropZone
from .evidence import file_named_outlets, marked_outlet
from .evidence_view import EvidenceView
from .export import documents_folder, export_with_dialog, start_folder
from .find_bar import FindBar, find_in_list, find_in_text, find_in_tree
from .help import ShortcutsSheet, UserGuide
from .plain import isolated, left_to_right, unmarked
from .session import Failure, Session
from .settings import MAX_TEXT_SCALE, MIN_TEXT_SCALE, AppSettings
from .single_source_view import SingleSourceView, unverified_note
from .single_source_view import attribution as single_source_attribution
from .sources_view import HINT as ARTICLES_HINT
from .sources_view import SourcesView
from .status import (
    ACTION_TIPS,
    READ_SUBFOLDERS,
    CaptionLabel,
    Message,
    MessageBanner,
    ProgressPanel,
    TitleLabel,
    empty_summary_text,
    failure_heading,
    failure_message,
    failure_page_text,
    loading_text,
    summary_caption,
    summary_messages,
)
from .summary_view import SummaryView
from .tab_pages import TabPages
from .theme import arrow_icon

APP_NAME = "Corroborate"
#: one step of Ctrl+= / Ctrl+-, in percent
TEXT_STEP = 10
#: the name of the tab of what one outlet reports, and its short name for a tab row
#: that would not fit the screen at large text sizes (the tooltip says it in full)
SINGLE_TAB_NAMES = ("&Reported by one outlet", "&Reported once")
_HISTORY = 200
#: the status line's first words, until a story is shown
DROP_HINT = "Drop a folder or article files onto the window"
#: the right (sentence and article) pane's first share of the width, in percent, per layout
DETAIL_SHARE = {"main": 43, "coverage": 26}


@dataclass(frozen=True)
class Location:
    """What the right pane shows, and from which tab: one step of Back and Forward."""

    tab: int
    #: "evidence" (ident: a summary sentence), "sentence" (a sentence in its article),
    #: "article" (an article from its start), "note" (a row of Articles that is no article
    #: read: ``note`` says why) or "hint" (nothing selected on that tab)
    kind: str
    ident: int = -1
    note: str = ""


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: AppSettings) -> None:
        super().__init__()
        self.session, self.settings = session, settings
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        self.options_bar = OptionsBar(session.options, words=settings.words())
        self.options_bar.set_story_shown(False)  # until a story is shown
        self.progress = ProgressPanel()
        self.banner = MessageBanner()
        self.summary_view = SummaryView()
        self.single_source_view = SingleSourceView()
        self.sources_view = SourcesView()
        self.coverage_view = CoverageView()
        self.coverage_view.start_folder = self._export_folder
        self.disagreements_view = DisagreementsView()
        self.evidence_view = EvidenceView()
        self.evidence_view.clear("")  # no story yet: nothing to select (the summary says so)
        self.article_view = ArticleView()
        self.detail_hint = QLabel()
        self.detail_hint.setObjectName("placeholder")
        self.detail_hint.setWordWrap(True)
        self.detail_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.find_bar = FindBar()
        # Titles and file names come from the documents: always shown as plain text.
        self.caption = CaptionLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        # What the counts leave out of the folder (files unticked, off topic…), in the
        # report's words, under the caption that gives the counts; file names as written.
        # Whole when it fits in two lines, else each kind only counted (a small window at a
        # large text size keeps its summary rows), the whole a hover away.
        self.left_out = CaptionLabel()
        self.left_out.setObjectName("leftOut")
        self.left_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.left_out.hide()
        self.story_title = TitleLabel()
        self.story_title.setObjectName("storyTitle")
        self.story_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The row of tabs runs across the whole window, over the pages and the reading
        # pane beside them: at a large text size it never takes the reading pane's width.
        self.tabs = TabPages()
        self.tabs.tabBar().setUsesScrollButtons(True)
        summary_page = QWidget()
        page = QVBoxLayout(summary_page)
        page.setContentsMargins(0, 6, 0, 0)
        page.addWidget(self.caption)
        page.addWidget(self.left_out)
        page.addWidget(self.summary_view, 1)
        self.tabs.addTab(summary_page, "&Summary")
        self.tabs.addTab(self.single_source_view, SINGLE_TAB_NAMES[0])
        self.tabs.addTab(self.sources_view, "&Articles")
        self.tabs.addTab(self.coverage_view, "&Coverage")
        self.tabs.addTab(self.disagreements_view, "&Disagreements")
        tab: QWidget
        for tab, tip in (
            (summary_page, "What several independent outlets report, quoted verbatim (Alt+S)"),
            (
                self.single_source_view,
                "Reported by one outlet: what only one outlet reports, unverified (Alt+R)",
            ),
            (
                self.sources_view,
                "The articles read: leave one out, rename or merge outlets (Alt+A)",
            ),
            (self.coverage_view, "Which outlet reports which claim, as a map (Alt+C)"),
            (self.disagreements_view, "Where outlets give different specifics (Alt+D)"),
        ):
            self.tabs.setTabToolTip(self.tabs.indexOf(tab), tip)
        self._articles_tip = self.tabs.tabToolTip(self.tabs.indexOf(self.sources_view))
        self.detail = QStackedWidget()
        self.detail.addWidget(self.evidence_view)
        self.detail.addWidget(self.article_view)
        self.detail.addWidget(self.detail_hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.menu_actions = build_menus(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(8)
        self._header = QHBoxLayout()
        self._header.setSpacing(16)
        self._header.addWidget(self.menu_actions.toolbar, 0, Qt.AlignmentFlag.AlignVCenter)
        self._header.addWidget(self.story_title, 1)
        self._header.addWidget(self.options_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        #: the options' own row, below the title, when the window is too narrow for both
        self._options_row = QHBoxLayout()
        self._options_row.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._header)
        column.addLayout(self._options_row)
        column.addWidget(self.progress)
        column.addWidget(self.banner)
        column.addWidget(self.tabs.tabBar())
        column.addWidget(self.splitter, 1)
        column.addWidget(self.find_bar)
        self.drop_zone = DropZone(content)
        self.setCentralWidget(self.drop_zone)
        self.include_coverage = add_export_option(self, self.menu_actions.export)
        self.include_coverage.setChecked(self.settings.coverage_in_export())
        self.include_coverage.toggled.connect(self.settings.set_coverage_in_export)
        #: the splitter layout in use, and each layout's last sizes
        self._layout = "main"
        self._splits: dict[str, list[int]] = {}
        self._history: list[Location] = []
        self._at = -1
        self._restoring = False
        #: the last thing each tab showed in the right pane
        self._tab_location: dict[int, Location] = {}
        #: which side had the focus last, for Find: "tabs" or "detail"
        self._pane = "tabs"
        self._base_point_size = QApplication.font().pointSizeF()
        self._base_icon_size = self.menu_actions.toolbar.iconSize()
        self._text_scale = self.settings.text_scale()
        self._apply_text_scale()
        # No story yet: only Summary (which says what to do), no empty panes to click through.
        self._show_story_tabs(False, sources=False)
        self.statusBar().showMessage(DROP_HINT, 6000)
        self._connect()
        self._restore()
        self._fit_detail_pane()  # no story yet: nothing beside the page saying what to do
        self._update_navigation()
        self.summary_view.list.setFocus()
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists only inside the application
        app.focusChanged.connect(self._on_focus)
        # Text boxes claim keys such as Ctrl+E (end of line) for themselves; the window's
        # commands must win from wherever the focus is (see eventFilter).
        # A spin box hands the key to its line edit directly, past that one's filter.
        for box in [*self.findChildren(QLineEdit), *self.findChildren(QAbstractSpinBox)]:
            box.installEventFilter(self)

    # -- wiring ---------------------------------------------------------------
    def _connect(self) -> None:
        s, a = self.session, self.menu_actions
        self.drop_zone.folder_dropped.connect(s.open_folder)
        self.drop_zone.files_dropped.connect(s.open_files)
        a.open_folder.triggered.connect(self.choose_folder)
        a.open_files.triggered.connect(self.choose_files)
        a.recent.aboutToShow.connect(self._fill_recent)
        a.reload.triggered.connect(s.rerun)
        a.read_subfolders.setChecked(s.recursive)
        a.read_subfolders.toggled.connect(self._read_subfolders)
        a.export.triggered.connect(self.export_markdown)
        self.coverage_view.sentence_selected.connect(self._follow_to_sentence)
        # A claim Find found is shown in its article, as a list's match is in the right
        # pane: the one step, replaced as Find moves on, not a step of Back's for each.
        self.coverage_view.sentence_found.connect(lambda s: self._show_article(s, sentence=True))
        self.coverage_view.exported.connect(
            lambda path: self.statusBar().showMessage(f"Coverage map saved to {path}", 5000)
        )
        a.copy_markdown.triggered.connect(self.copy_markdown)
        a.copy_sentence.triggered.connect(self.copy_sentence)
        a.cancel.triggered.connect(s.cancel)
        a.escape.triggered.connect(self.escape)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.find.triggered.connect(self.open_find)
        a.find_next.triggered.connect(lambda: self.find_again(backwards=False))
        a.find_previous.triggered.connect(lambda: self.find_again(backwards=True))
        a.bigger.triggered.connect(lambda: self.set_text_scale(self._text_scale + TEXT_STEP))
        a.smaller.triggered.connect(lambda: self.set_text_scale(self._text_scale - TEXT_STEP))
        a.actual_size.triggered.connect(lambda: self.set_text_scale(100))
        a.open_external.triggered.connect(self.open_externally)
        a.forget_corrections.triggered.connect(s.forget_corrections)
        a.undo.triggered.connect(s.undo_stack.undo)
        a.redo.triggered.connect(s.undo_stack.redo)
        s.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        s.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        # Methods, not lambdas: the connections go with the window when it closes.
        s.undo_stack.undoTextChanged.connect(self._name_undo)
        s.undo_stack.redoTextChanged.connect(self._name_redo)
        s.undo_stack.indexChanged.connect(self._said_correction)
        a.shortcuts.triggered.connect(lambda: self.shortcuts_sheet().show())
        a.guide.triggered.connect(lambda: self.user_guide().show())
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: show_about(self))
        self.find_bar.find_requested.connect(self.find_in_pane)
        self.find_bar.closed.connect(self.coverage_view.forget_found)
        self.find_bar.typed.connect(lambda text: self.find_in_pane(text, False, here=True))
        self.progress.cancel_requested.connect(s.cancel)
        self.options_bar.options_changed.connect(s.set_options)
        self.options_bar.options_changed.connect(self.settings.set_options)
        self.sources_view.exclusion_changed.connect(s.set_excluded)
        self.banner.story_chosen.connect(self._analyse_story)
        self.banner.action_requested.connect(self._message_action)
        a.show_messages.triggered.connect(self.banner.show_again)
        self.banner.shown_changed.connect(self._offer_messages)
        self.sources_view.inclusion_changed.connect(s.include)
        self.sources_view.hint_cut.connect(self._say_articles_hint)
        self._say_articles_hint(self.sources_view.hint_is_cut)
        self.sources_view.rename_requested.connect(s.rename_outlet)
        self.sources_view.merge_requested.connect(s.merge)
        self.sources_view.separate_requested.connect(s.separate)
        self.evidence_view.unmatch_requested.connect(s.unmatch)
        s.corrections_problem.connect(self._corrections_problem)
        self.summary_view.sentence_selected.connect(self._show_evidence)
        self.summary_view.page_action.connect(self._message_action)
        self.single_source_view.list_every.connect(s.list_every_single_source)
        self.single_source_view.sentence_selected.connect(
            lambda item: self._show_article(
                item.sentence, sentence=True, note=self._unverified_note(item.outlet)
            )
        )
        self.sources_view.article_selected.connect(lambda aid: self._show_article(aid))
        self.sources_view.file_selected.connect(self._show_file_note)
        self.evidence_view.article_requested.connect(
            lambda _aid, sid: self._follow_to_sentence(sid)
        )
        self.tabs.currentChanged.connect(self._fit_detail)
        self.tabs.currentChanged.connect(self._on_tab)
        self.detail.currentChanged.connect(lambda _index: self._fit_detail_pane())
        self.tabs.currentChanged.connect(lambda _index: self._find_follows())
        self.detail.currentChanged.connect(lambda _index: self._find_follows())
        s.started.connect(self._on_started)
        s.progress.connect(self.progress.update_progress)
        s.cancelled.connect(self._on_cancelled)
        s.analysis_changed.connect(self._on_analysis)
        self.disagreements_view.sentence_selected.connect(self._follow_to_sentence)
        s.summary_changed.connect(self._on_summary)
        s.failed.connect(self.show_failure)
        s.folder_loaded.connect(self._remember_folder)
        self._on_idle()

    def _say_articles_hint(self, cut: bool) -> None:
        """The Articles tab's tooltip says the hint over its list whole while the list
        has no room for it (large text on a short window), as nothing else then does."""
        tip = f"{self._articles_tip}\n\n{ARTICLES_HINT}" if cut else self._articles_tip
        self.tabs.setTabToolTip(self.tabs.indexOf(self.sources_view), tip)

    def _offer_messages(self, shown: bool) -> None:
        """View › Show Messages is offered while there are messages Dismiss has hidden."""
        self.menu_actions.show_messages.setEnabled(bool(self.banner.messages) and not shown)

    def _corrections_problem(self, text: str) -> None:
        """Said beside the story's own messages, not instead of them."""
        self.banner.set_messages([*self.banner.messages, Message("warning", text)])

    def _story_messages(self, summary: ConsensusSummary) -> list[Message]:
        """The banner for a story: its warnings, and any about its corrections file."""
        note = self.session.corrections_note
        s = self.session
        messages = summary_messages(summary, s.stories, s.shown_story)
        return messages + ([Message("warning", note)] if note else [])

    def _name_undo(self, step: str) -> None:
        self.menu_actions.undo.setText(f"&Undo {step}" if step else "&Undo")

    def _name_redo(self, step: str) -> None:
        self.menu_actions.redo.setText(f"&Redo {step}" if step else "&Redo")

    _undo_index = 0
    _said_step = ""

    def _said_correction(self, index: int) -> None:
        """A correction made, undone or made again is said on the status line, with the
        key that takes it back: the list re-sorts and a badge changes, and nothing else
        said what happened or that it can be undone. It says what was done, as the line's
        other messages do ("Summary copied as Markdown"), not the step's name alone, which
        read as a command ("Not the Same Claim")."""
        stack, status = self.session.undo_stack, self.statusBar()
        before, self._undo_index = self._undo_index, index
        if stack.count() == 0:
            # Forgotten with the story they were about: the key no longer undoes them.
            if status.currentMessage() == self._said_step:
                status.clearMessage()
            return
        native = QKeySequence.SequenceFormat.NativeText
        if index > before:
            key = self.menu_actions.undo.shortcut().toString(native)
            self._said_step = f"Done: {stack.text(index - 1)} · {key} undoes it"
        elif index < before:
            key = self.menu_actions.redo.shortcut().toString(native)
            self._said_step = f"Undone: {stack.text(index)} · {key} makes it again"
        else:
            return
        status.showMessage(self._said_step, 8000)

    def _on_started(self, what: str) -> None:
        self.progress.start(what)
        reading = self.session.reading
        if self.session.summary is None and reading is not None:
            # The first story (or the next after a failure): the page says what is read
            # and from where, not what to do to open one.
            self.summary_view.set_summary(None, loading_text(reading))
            self.detail_hint.setText("")
            self.detail.setCurrentWidget(self.detail_hint)
            self._fit_detail_pane()
        if self.statusBar().currentMessage() == DROP_HINT:
            self.statusBar().clearMessage()  # a folder is being read: no longer what to do
        self.banner.set_messages([])  # they were about the story being replaced
        self.menu_actions.cancel.setEnabled(True)
        self.menu_actions.escape.setEnabled(False)

    def _on_cancelled(self) -> None:
        self._on_idle()
        if self.session.summary is not None:
            self.banner.set_messages(self._story_messages(self.session.summary))
        elif self.session.analysis is None:
            # The first story was cancelled: no empty panes to click through.
            self.summary_view.set_summary(None)
            self._show_story_tabs(False, sources=False)
            self.tabs.setCurrentIndex(0)
            self._fit_detail_pane()
        self.statusBar().showMessage("Analysis cancelled", 4000)

    def _on_idle(self) -> None:
        self.progress.finish()
        self.menu_actions.cancel.setEnabled(False)
        self.menu_actions.escape.setEnabled(True)
        has_summary = self.session.summary is not None
        self.menu_actions.export.setEnabled(has_summary)
        self.menu_actions.copy_markdown.setEnabled(has_summary)
        self.menu_actions.reload.setEnabled(self.session.source is not None)
        self.menu_actions.forget_corrections.setEnabled(bool(self.session.corrections))

    def _on_analysis(self, analysis: Analysis | None) -> None:
        # Sentence and article ids belong to one analysis: the way back is forgotten,
        # first, so that the row Articles holds again (an outlet just renamed) shows its
        # article as the first step of the new way.
        if self._history and (analysis is None or self._history_analysis is not analysis):
            self._history, self._at, self._tab_location = [], -1, {}
        self._history_analysis = analysis
        self.sources_view.set_analysis(analysis, self.session.excluded)
        self.disagreements_view.set_analysis(analysis)
        count = self.disagreements_view.count()
        index = self.tabs.indexOf(self.disagreements_view)
        self.tabs.setTabText(index, f"&Disagreements ({count})" if count else "&Disagreements")
        self._fit_tabs()
        self.menu_actions.forget_corrections.setEnabled(bool(self.session.corrections))
        self._update_navigation()

    _history_analysis: Analysis | None = None

    def _show_left_out(self, text: str, brief: str = "") -> None:
        """Say under the counts what they leave out of the folder ("" when nothing); in
        ``brief`` words when the whole takes more than two lines. File names are the
        documents' own: shown as written, never as markup."""
        if text:
            self.left_out.set_captions(html.escape(text), html.escape(brief))
        else:
            self.left_out.clear()
        self.left_out.setVisible(bool(text))

    def _on_summary(self, summary: ConsensusSummary | None) -> None:
        if not self.session.busy:
            self._on_idle()
        self.find_bar.forget_result()
        self.coverage_view.set_summary(summary)
        if summary is None:
            self.summary_view.set_summary(None)
            self.single_source_view.set_summary(None)
            self.evidence_view.clear("")
            self.article_view.clear()
            self.setWindowTitle(APP_NAME)
            self.options_bar.set_story_shown(False)
            self.caption.clear()
            self._show_left_out("")
            self.story_title.set_title("")
            self._fit_header()
            self._fit_detail_pane()
            return
        self._show_story_tabs(True)
        if self.statusBar().currentMessage() == DROP_HINT:
            self.statusBar().clearMessage()  # a story is shown: no longer what to do
        name = drawn_story_name(summary)
        self.setWindowTitle(f"{story_window_title(summary)} — {APP_NAME}")
        # The window's heading names what is shown as the title bar does: a folder mixing
        # several stories by its name and count, not by one of its stories' headlines; one
        # story of it read alone by its own name, even should it split in turn.
        self.story_title.set_title(name, story_name_note(summary))
        self._fit_header()
        self.caption.set_captions(summary_caption(summary), summary_caption(summary, brief=True))
        self._show_left_out(left_out_line(summary.analysis), left_out_brief(summary.analysis))
        self.options_bar.set_story_shown(True)
        self.options_bar.set_source_count(
            summary.analysis.independent_sources, summary.analysis.story_sources
        )
        self.banner.set_messages(self._story_messages(summary))
        self.single_source_view.set_summary(summary)
        first = self.summary_view.summary is None
        self.summary_view.set_summary(summary, empty_summary_text(summary))
        if first and summary.items and self._focus_astray():
            # The list was hidden behind the page saying what to do, and the options are
            # disabled without a story, so the keys went to the tab bar (its one tab):
            # the first story's sentences take them, as arrows expect.
            self.summary_view.list.setFocus()
        if not summary.items:
            self.evidence_view.clear("No sentence to show evidence for.")
        if self.tabs.currentIndex() != 0:
            self._follow_tab(self.tabs.currentIndex())
        self._fit_detail_pane()

    def _focus_astray(self) -> bool:
        """Whether the keyboard focus is nowhere a reader put it: on no widget, or on the
        tab bar or the options it fell to while the summary list was hidden."""
        focus = QApplication.focusWidget()
        return (
            focus is None
            or focus is self
            or focus is self.tabs.tabBar()
            or self.options_bar.isAncestorOf(focus)
        )

    def _analyse_story(self, number: int) -> None:
        """Analyse one of the stories a folder holds alone (-1: all of them together)."""
        if number < 0:
            self.session.analyse_all_stories()
        else:
            self.session.analyse_story(number)

    def show_failure(self, failure: Failure) -> None:
        """Say why there is nothing to show; unless the story shown stays, clear it away."""
        self._on_idle()
        if failure.keeps_story:
            # The story stays in sight: the banner above it says what could not be done.
            self.banner.set_messages(
                [failure_message(failure.title, failure.message, failure.problems)]
            )
            return
        # Nothing of the last story stays: the panes that would show a story are put
        # away, and the page left says why and what to do, once (no banner, no status
        # line saying it again; every skipped file is listed in Articles).
        self.banner.set_messages([])
        if self.statusBar().currentMessage() == DROP_HINT:
            self.statusBar().clearMessage()  # the page says what to do
        below = failure.in_subfolders and not self.menu_actions.read_subfolders.isChecked()
        self.summary_view.set_summary(
            None,
            failure_page_text(failure),
            failed=True,
            heading=failure_heading(failure),
            action=("Read Subfolders Too", READ_SUBFOLDERS) if below else None,
        )
        if below:
            self.summary_view.page_button.setToolTip(ACTION_TIPS[READ_SUBFOLDERS])
        self.sources_view.show_skipped(failure.problems)
        self.evidence_view.clear("")
        self.article_view.clear()
        self._show_story_tabs(False, sources=bool(failure.problems))
        self.tabs.setCurrentIndex(0)
        self.options_bar.set_story_shown(False)
        self.options_bar.set_source_count(0)
        self._fit_header()
        # The Summary page says why and what to do next, once: nothing beside it.
        self.detail_hint.setText("")
        self.detail.setCurrentWidget(self.detail_hint)
        self._fit_detail_pane()

    def _show_story_tabs(self, shown: bool, sources: bool = True) -> None:
        """The tabs that show a story: all of them, or (no story) only Summary, and
        Articles when it lists skipped files."""
        for page in (self.single_source_view, self.coverage_view, self.disagreements_view):
            self.tabs.setTabVisible(self.tabs.indexOf(page), shown)
        self.tabs.setTabVisible(self.tabs.indexOf(self.sources_view), shown or sources)
        self._fit_tabs()

    # -- the right pane and the way back ------------------------------------------
    def _show_evidence(self, item: SummaryItem | None) -> None:
        # The item's own story: the session's analysis may already be the next story's
        # while the summary listed is still the last one's.
        analysis = self.summary_view.analysis()
        if analysis is None or item is None:
            return
        # The pane first, so that the cards are laid out for the width they will have.
        self.detail.setCurrentWidget(self.evidence_view)
        self._fit_detail_pane()
        self.evidence_view.show_item(analysis, item)
        self._visit(Location(0, "evidence", item.sentence))

    def _unverified_note(self, outlet: str) -> str:
        """The note over a single-outlet sentence's article, its outlet marked as the list
        marks it when a file's name stands in for it."""
        analysis = self.session.analysis
        file_named = file_named_outlets(analysis) if analysis is not None else frozenset()
        return unverified_note(marked_outlet(outlet, file_named))

    def _show_article(
        self, ident: int, sentence: bool = False, note: str = "", push: bool = False
    ) -> None:
        analysis = self.session.analysis
        if analysis is None:
            return
        if sentence:
            self.article_view.show_sentence(analysis, ident, note)
        else:
            self.article_view.show_article(analysis, ident, None)
        self.detail.setCurrentWidget(self.article_view)
        kind = "sentence" if sentence else "article"
        self._visit(Location(self.tabs.currentIndex(), kind, ident, note), push)

    def _show_file_note(self, note: str) -> None:
        """A row of Articles that is no article read (skipped, left out): the right pane
        says so, rather than keep the article shown before."""
        self.detail_hint.setText(note)
        self.detail.setCurrentWidget(self.detail_hint)
        self._fit_detail_pane()
        self._visit(Location(self.tabs.currentIndex(), "note", note=note))

    def _follow_to_sentence(self, sentence: int) -> None:
        """A link or a map cell followed to a sentence: shown in its article, one step
        that Back (or Esc) returns from."""
        self._show_article(sentence, sentence=True, push=True)

    def _show_hint(self, tab: int) -> None:
        hints = {
            1: "Select a sentence to read it in its article.",
            2: "Select an article to read it. Rename an outlet with F2; select two files and "
            "press Ctrl+M to count them as one outlet.",
            3: "Click a cell of the map (or press Enter on it) to read that outlet's sentence.",
            # Said over the list (or, with none, that none was found): the list has the
            # whole width, its versions side by side, until one is opened in its article.
            4: "",
        }
        if tab == 1 and not self.single_source_view.count():
            hints[1] = ""  # nothing to choose: the list says why nothing is listed
        self.detail_hint.setText(hints.get(tab, "Nothing selected."))
        self.detail.setCurrentWidget(self.detail_hint)
        self._fit_detail_pane()

    def _visit(self, location: Location, push: bool = False) -> None:
        """Record what the right pane now shows; a new selection on the same tab
        replaces the last step, a followed link or a new tab adds one."""
        self._tab_location[location.tab] = location
        if self._restoring:
            return
        current = self._history[self._at] if self._at >= 0 else None
        if current == location:
            return
        del self._history[self._at + 1 :]
        same_place = (
            current is not None
            and current.tab == location.tab
            and current.kind == location.kind
            and not push
        )
        if same_place:
            self._history[self._at] = location
        else:
            self._history.append(location)
            if len(self._history) > _HISTORY:
                del self._history[0]
        self._at = len(self._history) - 1
        self._update_navigation()

    def _update_navigation(self) -> None:
        self.menu_actions.back.setEnabled(self._at > 0)
        self.menu_actions.forward.setEnabled(0 <= self._at < len(self._history) - 1)

    def go_back(self) -> None:
        if self._at > 0:
            self._at -= 1
            self._restore_location(self._history[self._at])

    def go_forward(self) -> None:
        if self._at < len(self._history) - 1:
            self._at += 1
            self._restore_location(self._history[self._at])

    def _restore_location(self, location: Location) -> None:
        self._restoring = True
        try:
            self.tabs.setCurrentIndex(location.tab)
            analysis = self.session.analysis
            if location.kind == "evidence":
                self.summary_view.select_sentence(location.ident)
                item, listed = self.summary_view.current_item(), self.summary_view.analysis()
                if listed is not None and item is not None:
                    self.evidence_view.show_item(listed, item)
                self.detail.setCurrentWidget(self.evidence_view)
            elif location.kind in ("sentence", "article") and analysis is not None:
                if location.kind == "sentence":
                    self.article_view.show_sentence(analysis, location.ident, location.note)
                else:
                    self.article_view.show_article(analysis, location.ident, None)
                self.detail.setCurrentWidget(self.article_view)
            elif location.kind == "note":
                self.detail_hint.setText(location.note)
                self.detail.setCurrentWidget(self.detail_hint)
                self._fit_detail_pane()
            else:
                self._show_hint(location.tab)
            self._tab_location[location.tab] = location
        finally:
            self._restoring = False
        self._update_navigation()

    def _on_tab(self, index: int) -> None:
        if not self._restoring:
            self._follow_tab(index)

    def _follow_tab(self, index: int) -> None:
        """The right pane shows what belongs to the tab now in front."""
        if index == 0:
            item = self.summary_view.current_item()
            if item is not None:
                self._show_evidence(item)
                return
            self.detail.setCurrentWidget(self.evidence_view)
            return
        remembered = self._tab_location.get(index)
        if remembered is not None and remembered.kind != "hint":
            self._restoring = True
            try:
                self._restore_location(remembered)
            finally:
                self._restoring = False
            self._visit(remembered, push=True)
            return
        self._show_hint(index)
        self._visit(Location(index, "hint"), push=True)

    def escape(self) -> None:
        """Esc: close Find, else go back from an article to what led there."""
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
            return
        if self.detail.currentWidget() is self.article_view and self._at > 0:
            self.go_back()

    # -- reading comfort -------------------------------------------------------
    def set_text_scale(self, percent: int) -> None:
        percent = min(MAX_TEXT_SCALE, max(MIN_TEXT_SCALE, percent))
        if percent != self._text_scale:
            self._text_scale = percent
            self.settings.set_text_scale(percent)
            self._apply_text_scale()
            self._fit_tabs()
            self._fit_header()
            self.statusBar().showMessage(f"Text size {percent}%", 2000)

    def _layout_of(self, tab: int) -> str:
        """The splitter layout a tab reads best in: "coverage" (the map wide, the sentence
        read beside it narrow) or "main" (a list beside the sentence or article it opens)."""
        return "coverage" if self.tabs.widget(tab) is self.coverage_view else "main"

    def _fit_detail(self, index: int) -> None:
        """Each layout keeps its own split: the one left is remembered, the one entered
        is restored (or, the first time, set to its default share of the width)."""
        entered = self._layout_of(index)
        if entered != self._layout:
            self._remember_split()
            self._layout = entered
            self.splitter.setSizes(self._splits.get(entered) or self._default_split(entered))
        self._fit_detail_pane()

    def _remember_split(self) -> None:
        """Keep the present layout's split (not while its right pane is put away, nor
        before the window is shown: the split is then the one restored, not laid out)."""
        if not self.detail.isHidden() and self.isVisible():
            self._splits[self._layout] = self.splitter.sizes()

    def _fit_detail_pane(self) -> None:
        """The right pane is put away while it has nothing to show, and the tabs have the
        whole width: with no story (what to do, what is read, why nothing could be is
        said once, in the middle of the window), beside a list that says there is nothing
        to choose, and beside the coverage map until a cell is chosen (how to choose one
        is said under the map), and beside the disagreements until a version is opened (how
        is said over them). Choosing something brings it back at its layout's split."""
        hint = self.detail.currentWidget() is self.detail_hint
        away = (
            self.summary_view.summary is None
            or (hint and self._layout == "coverage")
            or (hint and not self.detail_hint.text())
        )
        if away == self.detail.isHidden():
            return
        if away:
            self._remember_split()
            had_focus = self._pane == "detail"
            self.detail.hide()
            if had_focus:  # the focus goes back to the tab in front, and Find with it
                self._pane = "tabs"
                if self._layout == "coverage":
                    self.coverage_view.map.setFocus()
                elif (page := self.tabs.currentWidget()) is not None:
                    page.setFocus()
        else:
            self.detail.show()
            self.splitter.refresh()  # its handle back in the layout before sizes are given
            self.splitter.setSizes(
                self._splits.get(self._layout) or self._default_split(self._layout)
            )

    def reset_split(self) -> None:
        """Every layout back to its first split, at the window's present width."""
        self._splits.clear()
        self.splitter.setSizes(self._default_split(self._layout))

    def _default_split(self, layout: str) -> list[int]:
        width = max(self.splitter.width(), self.width())
        share = DETAIL_SHARE[layout]
        return [width - width * share // 100, width * share // 100]

    def _fit_tabs(self) -> None:
        """Every tab (Disagreements and its count last) in sight rather than behind scroll
        arrows: the row has the window's width, and where the longest tab's name would
        not fit it gives way to its short name (its tooltip says it in full). Only at a
        very large text size on a small window may the row still scroll."""
        bar = self.tabs.tabBar()
        single = self.tabs.indexOf(self.single_source_view)
        room = self.width() - 24  # the window's margins

        def needed() -> int:
            return sum(
                bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i)
            )

        for name in SINGLE_TAB_NAMES:
            if self.tabs.tabText(single) != name:
                self.tabs.setTabText(single, name)
            if needed() + 4 <= room:
                break

    #: the story's title keeps at least this many average characters per line beside the
    #: options; on a narrower window the options take a row of their own below it
    TITLE_ROOM = 40

    def _fit_header(self) -> None:
        """Title and options side by side when both fit, else the options on a second row,
        so that on a narrow window the headline is read, not squeezed to two words."""
        titled = bool(self.story_title.full_text())  # no story: nothing to give room to
        title_room = self.story_title.fontMetrics().averageCharWidth() * self.TITLE_ROOM * titled
        title_room = max(title_room, self.story_title.minimumWidth())  # never squeezed more
        beside = (
            self.menu_actions.toolbar.sizeHint().width()
            + title_room
            + self.options_bar.sizeHint().width()
            + 2 * self._header.spacing()
            + 24  # the window's margins
        )
        below = self.width() < beside
        if below == (self._options_row.indexOf(self.options_bar) >= 0):
            return
        if below:
            self._header.removeWidget(self.options_bar)
            self._options_row.addWidget(self.options_bar, 0, Qt.AlignmentFlag.AlignLeft)
            self._options_row.addStretch(1)
        else:
            while self._options_row.count():
                self._options_row.takeAt(0)
            self._header.addWidget(self.options_bar, 0, Qt.AlignmentFlag.AlignVCenter)

    #: a window shorter than this many lines of its text gives the story's title one line,
    #: not two: at large text on a small screen the panes keep the room
    SHORT_WINDOW_LINES = 24

    def _fit_title_lines(self) -> None:
        line = QFontMetrics(QApplication.font()).lineSpacing()
        lines = 1 if self.height() < self.SHORT_WINDOW_LINES * line else 2
        if self.story_title.lines != lines:
            self.story_title.lines = lines
            self.story_title.refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title_lines()
        self._fit_header()
        self._fit_tabs()
        self.banner.fit()  # a shorter window: messages folded to a line each

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        actions = getattr(self, "menu_actions", None)  # not yet while the window is built
        if event.type() == QEvent.Type.PaletteChange and actions is not None:
            # light to dark and back: arrows drawn in the new palette's colours
            actions.back.setIcon(arrow_icon(self.palette(), back=True))
            actions.forward.setIcon(arrow_icon(self.palette(), back=False))

    _scaled = False  # whether the text size was ever changed from the system's

    def _apply_text_scale(self) -> None:
        if self._text_scale == 100 and not self._scaled:
            # The system's size: nothing to change (a font set on the whole tree
            # costs a re-polish of every widget at start-up).
            self._style_title(self.story_title.font().pointSizeF())
            return
        self._scaled = True
        font = QApplication.font()
        font.setPointSizeF(self._base_point_size * self._text_scale / 100)
        # Back and Forward grow with the text: at 200% a 16-pixel arrow is easily missed.
        self.menu_actions.toolbar.setIconSize(self._base_icon_size * (self._text_scale / 100))
        QApplication.setFont(font)
        # The widgets hear of it now, not at the next turn of the event loop.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.styleSheet():
            # Under a style sheet Qt passes no new font down to the widgets it styles
            # (every pane's text would keep its size, only the title would grow):
            # setting the sheet again re-polishes them with the new font.
            app.setStyleSheet(app.styleSheet())
        self._style_title(font.pointSizeF())
        self._fit_title_lines()
        self.summary_view.list.doItemsLayout()

    def _style_title(self, text_size: float) -> None:
        """The story's title, bold and a third larger than the text."""
        title = QFont(self.story_title.font())
        title.setPointSizeF(text_size * 1.35)
        title.setBold(True)
        self._title_font = title
        self.story_title.setFont(title)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown for the first time under the style sheet, a label takes back the font it
        # had when the sheet last polished it: a text size other than the system's, set
        # before, would leave the title in plain text of the text's size.
        if self.story_title.font() != self._title_font:
            self.story_title.setFont(self._title_font)

    def _current_pane(self) -> tuple[str, QWidget | None]:
        if self._pane == "detail":
            shown = self.detail.currentWidget()
            return ("the article", shown) if shown is self.article_view else ("the evidence", shown)
        page = self.tabs.currentWidget()
        name = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        return name.split(" (")[0], page

    def _find_follows(self) -> None:
        """Find, open, names the pane it now searches (another tab, the article…)."""
        self.find_bar.follow(self._current_pane()[0])

    def open_find(self) -> None:
        name, _pane = self._current_pane()
        self.find_bar.open_for(name)

    def find_again(self, backwards: bool) -> None:
        """F3 / Shift+F3: the next or previous match of what Find last looked for, in the
        pane in front, the keyboard focus left where it is (Find opens when it has
        nothing to look for yet)."""
        text = self.find_bar.field.text()
        if not text:
            self.open_find()
            return
        name, _pane = self._current_pane()
        self.find_bar.show_for(name)
        self.find_in_pane(text, backwards)

    def find_in_pane(self, text: str, backwards: bool, here: bool = False) -> None:
        """The next (or previous) match in the pane in front; ``here``, as one types: the
        match in hand stays found while it still matches what is typed."""
        _name, pane = self._current_pane()
        if pane is self.article_view:
            found = find_in_text(self.article_view.browser, text, backwards, here)
        elif pane is self.evidence_view:
            found = self.evidence_view.find_next(text, backwards, here)
        elif pane is self.disagreements_view:
            found = find_in_text(self.disagreements_view.browser, text, backwards, here)
        elif pane is self.single_source_view:
            found = find_in_tree(self.single_source_view.tree, text, backwards, here)
        elif pane is self.sources_view:
            found = find_in_tree(self.sources_view.tree, text, backwards, here)
        elif pane is self.coverage_view:
            found = self.coverage_view.find_next(text, backwards, here)
        else:
            found = find_in_list(self.summary_view.list, text, backwards, here)
        self.find_bar.show_result(found)

    def _focused_article(self) -> Article | None:
        """The article the reader is looking at: in the article pane, else the selection."""
        analysis = self.session.analysis
        if analysis is None:
            return None
        if self.detail.currentWidget() is self.article_view:
            return self.article_view.shown_article()
        item, listed = self.summary_view.current_item(), self.summary_view.analysis()
        if item is not None and listed is not None:
            return listed.article_of(item.sentence)
        return None

    def open_externally(self) -> None:
        article, analysis = self._focused_article(), self.session.analysis
        if article is None or analysis is None:
            self.statusBar().showMessage("Select a sentence or an article first", 4000)
            return
        path = Path(analysis.folder) / article.file
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.statusBar().showMessage(f"No application opens {path.name}", 5000)

    def copy_sentence(self) -> None:
        """The selected sentence with its file and supporting outlets, to the clipboard:
        of Reported by one outlet when that list has the focus or is in front, else of
        the summary, wherever the focus is."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QTextEdit) and focus.textCursor().hasSelection():
            focus.copy()  # text selected in an article or the evidence: that text
            return
        if isinstance(focus, QLabel) and focus.hasSelectedText():
            # Words selected on an evidence card (a quote, a file name): those words,
            # without the invisible marks that let a long file name wrap or keep names in a
            # right-to-left script in their order.
            QGuiApplication.clipboard().setText(
                unmarked(focus.selectedText().replace("\u200b", ""))
            )
            return
        text = ""
        tree = self.single_source_view.tree
        if tree.hasFocus() or self.tabs.currentWidget() is self.single_source_view:
            entry = self.single_source_view.current_item()
            if entry is not None:
                text = single_source_attribution(entry)
        else:
            index = self.summary_view.list.currentIndex()
            if index.isValid():
                text = self.summary_view.model.attribution(index.row())
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage("Sentence copied with its attribution", 3000)

    def shortcuts_sheet(self) -> ShortcutsSheet:
        sheet = ShortcutsSheet(shortcut_rows(self.menu_actions), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return sheet

    def user_guide(self) -> UserGuide:
        guide = UserGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return guide

    # -- keys that work from any focus ---------------------------------------------
    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Remember which side has the focus, for Find."""
        if new is not None and self.detail.isAncestorOf(new):
            self._pane = "detail"
        elif new is not None and (self.tabs.isAncestorOf(new) or new is self.tabs.tabBar()):
            self._pane = "tabs"
        else:
            return
        self._find_follows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_window_key(event, watched)
        ):
            # A text box would claim Ctrl+E (end of line) and the like for itself;
            # the window's commands come first, from wherever the focus is.
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _is_window_key(self, event: QKeyEvent, box: QObject | None = None) -> bool:
        pressed = QKeySequence(event.keyCombination())
        copy = self.menu_actions.copy_sentence
        return any(
            pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
            for act in self.menu_actions.window_wide()
            # Ctrl+C copies the text selected in a box, if any, rather than the sentence.
            if act.isEnabled() and not (act is copy and _has_selected_text(box))
            for keys in act.shortcuts()
        )

    # -- commands -------------------------------------------------------------
    def _message_action(self, what: str) -> None:
        """A message's button: what the menu item it names does."""
        if what == READ_SUBFOLDERS:
            # checking the menu's item reads the folder again, as choosing it does
            self.menu_actions.read_subfolders.setChecked(True)

    def _read_subfolders(self, on: bool) -> None:
        self.settings.set_read_subfolders(on)
        self.session.set_recursive(on)

    def _open_start(self, beside: bool) -> str:
        """Where the Open dialogs start: among the reader's own folders, never inside the
        app's bundled sample story. Open Folder starts ``beside`` the last story, in the
        folder that holds it, where the next story usually is; Open Articles in it."""
        last = self.settings.last_folder()
        if last is None or not last.is_dir() or _same_folder(last, sample_story()):
            return str(documents_folder())
        return str(last.parent if beside else last)

    def choose_folder(self) -> None:
        start = self._open_start(beside=True)
        folder = QFileDialog.getExistingDirectory(self, "Open Folder of Articles", start)
        if folder:
            self.session.open_folder(Path(folder))

    def choose_files(self) -> None:
        start = self._open_start(beside=False)
        patterns = " ".join(f"*{suffix}" for suffix in sorted(readable_suffixes()))
        files, _ = QFileDialog.getOpenFileNames(
            self, "Open Articles", start, f"Articles ({patterns});;All files (*)"
        )
        if files:
            self.session.open_files([Path(file) for file in files])

    def _fill_recent(self) -> None:
        folders = [f for f in self.settings.recent_folders() if f.is_dir()]
        fill_recent_menu(
            self.menu_actions.recent,
            folders,
            self.session.open_folder,
            self.settings.clear_recent_folders,
        )

    def _remember_folder(self, folder: Path) -> None:
        if _same_folder(folder, sample_story()):
            return  # shown on first run, from where the app is installed: not the reader's
        self.settings.add_recent_folder(folder)
        self.settings.set_last_folder(folder)

    def export_markdown(self) -> Path | None:
        text, summary = self.session.markdown(), self.session.summary
        if text is None or summary is None:
            return None
        analysis = summary.analysis
        exported = export_with_dialog(
            self, self.settings, story_name(summary), text, analysis.folder,
            analysis.files_read,
            # the summary shown now, as the Markdown is (another may be read meanwhile)
            json_text=lambda: self.session.json_text(summary),
        )  # fmt: skip
        if exported is None:
            return None
        path, fmt = exported
        # Every save, export and copy is said alike: what, done, and where to.
        said = f"Summary exported to {path}"
        if fmt == "markdown" and self.include_coverage.isChecked():
            image = self.coverage_view.export_beside(path, text)
            if image is not None:
                said += f", its coverage map beside it as {image.name}"
        self.statusBar().showMessage(said, 5000)
        return path

    def _export_folder(self) -> Path:
        summary = self.session.summary
        return start_folder(self.settings, summary.analysis.folder if summary else None)

    def copy_markdown(self) -> None:
        text = self.session.markdown()
        if text is not None:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage("Summary copied as Markdown", 4000)

    # -- persistence ----------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            d = self.settings.defaults
            screen = self.screen().availableGeometry()
            self.resize(
                min(d.window_width, screen.width() * 9 // 10),
                min(d.window_height, screen.height() * 9 // 10),
            )
        # Never larger than the screen, whatever was saved on a bigger one.
        screen = self.screen().availableGeometry()
        if self.height() > screen.height() or self.width() > screen.width():
            self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))
        for layout in DETAIL_SHARE:
            sizes = self.settings.splitter_sizes(layout)
            if sizes:
                self._splits[layout] = sizes
        self.splitter.setSizes(self._splits.get("main") or self._default_split("main"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self._remember_split()
        for layout, sizes in self._splits.items():
            self.settings.set_splitter_sizes(layout, sizes)
        self.settings.set_options(self.options_bar.options())
        self.settings.sync()
        self.session.shutdown()
        super().closeEvent(event)


#: a title bar, a task bar or a window list shows about this many characters
TITLE_CHARS = 80


def window_title(title: str, chars: int = TITLE_CHARS) -> str:
    """The story's title for the title bar: whole when short, else cut after a word with
    an ellipsis to ``chars`` characters (some stories' titles are a whole sentence; the
    window shows it all)."""
    title = " ".join(title.split())
    if len(title) <= chars:
        return title
    cut = title[: chars - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut[chars // 2 :] else cut
    return cut.rstrip(" ,;:—–-") + "…"


def story_window_title(summary: ConsensusSummary) -> str:
    """The title bar's name for what is shown (:func:`corroborate.engine.story_name`): the
    story's title, or, while the banner warns that the folder holds several stories mixed
    in one summary, the folder and how many stories it holds (one story's headline would
    name a summary that is not it); one of a folder's stories read alone that splits in
    turn by its own name. A long folder name is cut so that the count still fits in the
    title's length."""
    mixed = mixed_folder(summary)
    if mixed is not None and not summary.analysis.story:
        folder = mixed[0]
        count = story_name(summary).removeprefix(folder)  # " — 2 stories", as reported
        return _folder_first(window_title(folder, TITLE_CHARS - len(count)), count)
    return window_title(story_name(summary))


def drawn_story_name(summary: ConsensusSummary) -> str:
    """:func:`corroborate.engine.story_name` as the window's heading draws it: a folder
    named in a right-to-left script beside its stories' count set apart, and the line laid
    out left to right ("الأخبار — 3 stories"; Qt took the whole line's direction from the
    folder's first letter and drew "stories 3 — الأخبار", right-aligned). A story's own
    title, in whatever script, is drawn in its own direction, as it was."""
    name = story_name(summary)
    mixed = mixed_folder(summary)
    if mixed is None or summary.analysis.story or not name.startswith(mixed[0]):
        return name
    return _folder_first(mixed[0], name.removeprefix(mixed[0]))


def _folder_first(folder: str, count: str) -> str:
    """A folder's name and its stories' count (" — 3 stories"), the name set apart and the
    line left to right when the name is in a right-to-left script (else unchanged)."""
    return left_to_right(isolated(folder) + count)


def _has_selected_text(box: QObject | None) -> bool:
    if isinstance(box, QAbstractSpinBox):
        box = box.lineEdit()
    return isinstance(box, QLineEdit) and box.hasSelectedText()


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
