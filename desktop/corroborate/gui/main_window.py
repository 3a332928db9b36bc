"""The main window: lays out the widgets and connects their signals, nothing more.

Decisions live elsewhere: the session runs the engine, the widgets display,
the settings facade remembers. This module only says which signal goes where.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine.models import Analysis, ConsensusSummary

from .actions import build_menus, fill_recent_menu, show_about
from .article_view import ArticleView
from .controls import OptionsBar
from .coverage_view import CoverageView, add_export_option
from .disagreements_view import DisagreementsView
from .drop_zone import DropZone
from .evidence_view import EvidenceView
from .export import export_with_dialog
from .session import Failure, Session
from .settings import AppSettings
from .single_source_view import SingleSourceView, unverified_note
from .sources_view import SourcesView
from .status import (
    MessageBanner,
    ProgressPanel,
    empty_summary_text,
    failure_message,
    summary_caption,
    summary_messages,
)
from .summary_view import SummaryView

APP_NAME = "Corroborate"


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: AppSettings) -> None:
        super().__init__()
        self.session, self.settings = session, settings
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        self.options_bar = OptionsBar(session.options)
        self.progress = ProgressPanel()
        self.banner = MessageBanner()
        self.summary_view = SummaryView()
        self.single_source_view = SingleSourceView()
        self.sources_view = SourcesView()
        self.coverage_view = CoverageView()
        self.disagreements_view = DisagreementsView()
        self.evidence_view = EvidenceView()
        self.article_view = ArticleView()
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.story_title = QLabel()
        self.story_title.setObjectName("storyTitle")
        self.story_title.setWordWrap(True)
        self.story_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.story_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.story_title.setFont(title_font)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        summary_page = QWidget()
        page = QVBoxLayout(summary_page)
        page.setContentsMargins(0, 6, 0, 0)
        page.addWidget(self.caption)
        page.addWidget(self.summary_view, 1)
        self.tabs.addTab(summary_page, "&Summary")
        self.tabs.addTab(self.single_source_view, "&Reported by one outlet")
        self.tabs.addTab(self.sources_view, "S&ources")
        self.tabs.addTab(self.coverage_view, "Co&verage")
        self.tabs.addTab(self.disagreements_view, "&Disagreements")
        self.detail = QStackedWidget()
        self.detail.addWidget(self.evidence_view)
        self.detail.addWidget(self.article_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(8)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(self.story_title, 1)
        header.addWidget(self.options_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(header)
        column.addWidget(self.progress)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.drop_zone = DropZone(content)
        self.setCentralWidget(self.drop_zone)
        self.menu_actions = build_menus(self)
        self.include_coverage = add_export_option(self, self.menu_actions.export)
        self.include_coverage.setChecked(self.settings.coverage_in_export())
        self.include_coverage.toggled.connect(self.settings.set_coverage_in_export)
        self.statusBar().showMessage("Drop a folder or article files onto the window", 6000)
        self._connect()
        self._restore()
        self.summary_view.list.setFocus()

    # -- wiring ---------------------------------------------------------------
    def _connect(self) -> None:
        s, a = self.session, self.menu_actions
        self.drop_zone.folder_dropped.connect(s.open_folder)
        self.drop_zone.files_dropped.connect(s.open_files)
        a.open_folder.triggered.connect(self.choose_folder)
        a.recent.aboutToShow.connect(self._fill_recent)
        a.reload.triggered.connect(s.rerun)
        a.export.triggered.connect(self.export_markdown)
        self.coverage_view.sentence_selected.connect(
            lambda sid: self._show_article(sid, sentence=True)
        )
        self.coverage_view.exported.connect(
            lambda path: self.statusBar().showMessage(f"Saved {path}", 5000)
        )
        a.copy_markdown.triggered.connect(self.copy_markdown)
        a.cancel.triggered.connect(s.cancel)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: show_about(self))
        self.progress.cancel_requested.connect(s.cancel)
        self.options_bar.options_changed.connect(s.set_options)
        self.options_bar.options_changed.connect(self.settings.set_options)
        self.sources_view.exclusion_changed.connect(s.set_excluded)
        self.sources_view.inclusion_changed.connect(s.include)
        self.summary_view.sentence_selected.connect(self._show_evidence)
        self.single_source_view.sentence_selected.connect(
            lambda item: self._show_article(
                item.sentence, sentence=True, note=unverified_note(item.outlet)
            )
        )
        self.sources_view.article_selected.connect(lambda aid: self._show_article(aid))
        self.evidence_view.article_requested.connect(
            lambda _aid, sid: self._show_article(sid, sentence=True)
        )
        self.tabs.currentChanged.connect(self._on_tab)
        s.started.connect(self._on_started)
        s.progress.connect(self.progress.update_progress)
        s.cancelled.connect(self._on_cancelled)
        s.analysis_changed.connect(self._on_analysis)
        self.disagreements_view.sentence_selected.connect(
            lambda sid: self._show_article(sid, sentence=True)
        )
        s.summary_changed.connect(self._on_summary)
        s.failed.connect(self._on_failed)
        s.folder_loaded.connect(self._remember_folder)
        self._on_idle()

    def _on_started(self, what: str) -> None:
        self.progress.start(what)
        self.banner.set_messages([])  # they were about the story being replaced
        self.menu_actions.cancel.setEnabled(True)

    def _on_cancelled(self) -> None:
        self._on_idle()
        if self.session.summary is not None:
            self.banner.set_messages(summary_messages(self.session.summary))
        self.statusBar().showMessage("Analysis cancelled", 4000)

    def _on_idle(self) -> None:
        self.progress.finish()
        self.menu_actions.cancel.setEnabled(False)
        has_summary = self.session.summary is not None
        self.menu_actions.export.setEnabled(has_summary)
        self.menu_actions.copy_markdown.setEnabled(has_summary)
        self.menu_actions.reload.setEnabled(self.session.source is not None)

    def _on_analysis(self, analysis: Analysis | None) -> None:
        self.sources_view.set_analysis(analysis, self.session.excluded, self.session.corroborated)
        self.disagreements_view.set_analysis(analysis)
        count = self.disagreements_view.count()
        index = self.tabs.indexOf(self.disagreements_view)
        self.tabs.setTabText(index, f"&Disagreements ({count})" if count else "&Disagreements")

    def _on_summary(self, summary: ConsensusSummary | None) -> None:
        if not self.session.busy:
            self._on_idle()
        self.coverage_view.set_summary(summary)
        if summary is None:
            self.summary_view.set_summary(None)
            self.single_source_view.set_summary(None)
            self.evidence_view.clear()
            self.article_view.clear()
            self.setWindowTitle(APP_NAME)
            self.caption.clear()
            self.story_title.clear()
            return
        self.setWindowTitle(f"{summary.title} — {APP_NAME}")
        self.story_title.setText(summary.title)
        self.caption.setText(summary_caption(summary))
        self.options_bar.set_source_count(summary.analysis.independent_sources)
        self.banner.set_messages(summary_messages(summary))
        self.single_source_view.set_summary(summary)
        self.summary_view.set_summary(summary, empty_summary_text(summary))
        if not summary.items:
            self.evidence_view.clear("No sentence to show evidence for.")

    def _on_failed(self, failure: Failure) -> None:
        self._on_idle()
        self.banner.set_messages(
            [failure_message(failure.title, failure.message, failure.problems)]
        )
        if failure.keeps_story:
            return
        self.summary_view.set_summary(None, f"{failure.title}.\n{failure.message}")
        self.evidence_view.clear("")
        self.tabs.setCurrentIndex(0)

    def _show_evidence(self, item: object) -> None:
        if self.session.analysis is not None:
            self.evidence_view.show_item(self.session.analysis, item)  # type: ignore[arg-type]
            self.detail.setCurrentWidget(self.evidence_view)

    def _show_article(self, ident: int, sentence: bool = False, note: str = "") -> None:
        analysis = self.session.analysis
        if analysis is None:
            return
        if sentence:
            self.article_view.show_sentence(analysis, ident, note)
        else:
            self.article_view.show_article(analysis, ident, None)
        self.detail.setCurrentWidget(self.article_view)

    def _on_tab(self, index: int) -> None:
        if index == 0 and (item := self.summary_view.current_item()) is not None:
            self._show_evidence(item)

    # -- commands -------------------------------------------------------------
    def choose_folder(self) -> None:
        start = str(self.settings.last_folder() or Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Open Folder of Articles", start)
        if folder:
            self.session.open_folder(Path(folder))

    def _fill_recent(self) -> None:
        folders = [f for f in self.settings.recent_folders() if f.is_dir()]
        fill_recent_menu(
            self.menu_actions.recent,
            folders,
            self.session.open_folder,
            self.settings.clear_recent_folders,
        )

    def _remember_folder(self, folder: Path) -> None:
        self.settings.add_recent_folder(folder)
        self.settings.set_last_folder(folder)

    def export_markdown(self) -> Path | None:
        text, summary = self.session.markdown(), self.session.summary
        if text is None or summary is None:
            return None
        path = export_with_dialog(self, self.settings, summary.title, text)
        if path is not None:
            self.statusBar().showMessage(f"Exported to {path}", 5000)
        if path is not None and self.include_coverage.isChecked():
            self.coverage_view.export_beside(path, text)
        return path

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
        sizes = self.settings.splitter_sizes("main")
        width = self.width()
        self.splitter.setSizes(sizes or [width * 57 // 100, width * 43 // 100])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter_sizes("main", self.splitter.sizes())
        self.settings.set_options(self.options_bar.options())
        self.settings.sync()
        self.session.shutdown()
        super().closeEvent(event)
