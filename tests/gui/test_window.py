"""The whole window over a controllable stand-in engine: wiring, timing, persistence."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QTabBar,
)

from corroborate.engine.models import FileProblem, NoArticlesError
from corroborate.gui.actions import about_text, app_version
from corroborate.gui.app import initial_source, open_source
from corroborate.gui.main_window import TITLE_CHARS, window_title
from corroborate.gui.settings import AppSettings, Defaults
from corroborate.resources import sample_story

from .fakes import FakeEngine, fake_markdown
from .helpers import (
    deliver_queued,
    drop_new_folder,
    drop_on,
    folder,
    open_new_folder,
    wait_for_summary,
    wait_idle,
)


def test_dropping_a_folder_shows_its_summary(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    story = folder(tmp_path, "story")
    drop_on(window.drop_zone, [story])
    wait_for_summary(qtbot, window, "story")
    assert engine.calls[0][0] == story
    assert window.summary_view.model.rowCount() == 2
    assert window.windowTitle() == "Bridge collapses in storm — Corroborate"
    assert window.single_source_view.count() == 3
    window.tabs.setCurrentWidget(window.sources_view)
    assert window.sources_view.tree.topLevelItemCount() == 3
    assert not window.progress.isVisible()
    assert window.evidence_view.evidence is not None  # first sentence preselected


def test_dropping_files_analyses_exactly_those(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    story = folder(tmp_path, "picked")
    files = [story / "a.txt", story / "c.txt"]
    for f in files:
        f.write_text("x", encoding="utf-8")
    drop_on(window.drop_zone, files)
    wait_for_summary(qtbot, window, "picked")
    assert engine.calls[0][0] == files


def test_latest_drop_wins_over_a_late_result(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    engine = FakeEngine(obey_cancel=False)  # the first run will finish late regardless
    release_first = engine.hold("first")
    window = make_window(engine)
    drop_on(window.drop_zone, [folder(tmp_path, "first")])
    qtbot.waitUntil(lambda: window.progress.stage.text().startswith("Reading first…"))
    drop_new_folder(qtbot, window, tmp_path, "second")
    qtbot.waitUntil(lambda: engine.saw_cancel == ["first"])  # the second drop cancelled it
    summaries: list[object] = []
    window.session.summary_changed.connect(summaries.append)
    release_first.set()
    qtbot.waitUntil(lambda: len(engine.calls) == 2 and window.session._runner.wait(50))
    deliver_queued()  # let any queued (stale) result reach the GUI thread
    assert summaries == []
    assert window.session.analysis.folder.name == "second"


def test_cancel_stops_the_run_and_keeps_the_previous_story(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    engine.hold("slow")
    window = make_window(engine)
    drop_new_folder(qtbot, window, tmp_path, "quick")
    drop_on(window.drop_zone, [folder(tmp_path, "slow")])
    qtbot.waitUntil(lambda: window.progress.isVisible())
    assert window.menu_actions.cancel.isEnabled()
    qtbot.mouseClick(window.progress.cancel, Qt.MouseButton.LeftButton)
    assert not window.progress.isVisible()
    assert not window.menu_actions.cancel.isEnabled()
    assert window.session._runner.wait(2000)  # the worker saw the cancel and stopped
    assert window.session.analysis.folder.name == "quick"
    assert window.summary_view.model.rowCount() == 2


def test_options_rerank_without_reading_again(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    drop_new_folder(qtbot, window, tmp_path)
    reads = len(engine.calls)
    window.options_bar.min_sources.setValue(3)
    assert window.summary_view.model.rowCount() == 1
    window.options_bar.length.setValue(1)
    window.options_bar.min_sources.setValue(1)
    assert window.summary_view.model.rowCount() == 1
    assert window.session.summary.options.sentences == 1
    assert len(engine.calls) == reads
    # The box stops at the story's sources: no "9 of 3".
    window.options_bar.min_sources.setValue(9)
    sources = window.session.analysis.independent_sources
    assert window.session.summary.options.min_sources == sources
    assert len(engine.calls) == reads


def test_leaving_an_article_out_reruns_with_exclude(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    drop_new_folder(qtbot, window, tmp_path)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "River News"
    )
    row.setCheckState(0, Qt.CheckState.Unchecked)
    window.sources_view.apply_now()
    qtbot.waitUntil(lambda: len(engine.calls) == 2 and not window.session.busy)
    assert engine.calls[1][1] == ("d.txt",)
    assert window.session.excluded == frozenset({"d.txt"})
    assert "d.txt" in window.sources_view.excluded()


@pytest.mark.parametrize(
    "title",
    [
        "Bridge collapses in storm",
        "Venture capital firm Kleiner, Perkins, Caufield and Byers is seeking to recover "
        "about $973,000 in costs from a high profile gender discrimination trial that "
        "captivated Silicon Valley, according to a court filing on Thursday.",
        "A" * 300,
    ],
)
def test_the_title_bar_shows_a_long_story_title_cut_after_a_word(title: str) -> None:
    shown = window_title(title)
    assert len(shown) <= TITLE_CHARS
    if len(title) <= TITLE_CHARS:
        assert shown == title
    else:
        assert shown.endswith("…") and title.startswith(shown[:-1])
        if " " in title:
            assert title[len(shown) - 1] in " ,"  # cut between words, not inside one


def test_on_a_narrow_window_every_tab_stays_in_sight_with_its_count(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    drop_new_folder(qtbot, window, tmp_path)
    window.resize(600, 500)  # narrower than the window can be: it keeps its minimum
    qtbot.waitUntil(lambda: window.width() < 800)
    bar = window.tabs.tabBar()
    last = bar.count() - 1
    assert window.tabs.tabText(last).startswith("&Disagreements")
    assert bar.tabRect(0).left() >= 0 and bar.tabRect(last).right() <= bar.width()
    assert window.width() <= window.screen().availableGeometry().width()


def test_a_folder_without_articles_is_explained(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    problems = (FileProblem("scan.pdf", "it has no text layer"),)
    engine = FakeEngine(error=NoArticlesError("No readable article in empty.", problems))
    window = make_window(engine)
    drop_on(window.drop_zone, [folder(tmp_path, "empty")])
    qtbot.waitUntil(lambda: "No readable" in window.summary_view.placeholder.text())
    page = window.summary_view.placeholder.text()
    assert "scan.pdf: it has no text layer" in page
    assert not window.menu_actions.export.isEnabled()
    assert window.windowTitle() == "Corroborate"


def test_a_folder_without_articles_lists_each_skipped_file_with_its_reason_in_sources(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    problems = (
        FileProblem("scan.pdf", "it has no text layer"),
        FileProblem("notes.docx", "it is damaged or not a Word document"),
    )
    engine = FakeEngine(error=NoArticlesError("No readable article in empty.", problems))
    window = make_window(engine)
    drop_on(window.drop_zone, [folder(tmp_path, "empty")])
    qtbot.waitUntil(lambda: window.tabs.isTabVisible(window.tabs.indexOf(window.sources_view)))
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(2)}
    assert tree.topLevelItemCount() == 2
    assert rows == {
        "scan.pdf": "Skipped: it has no text layer",
        "notes.docx": "Skipped: it is damaged or not a Word document",
    }


def test_a_folder_that_fails_after_a_story_leaves_nothing_of_that_story_and_says_why(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    drop_new_folder(qtbot, window, tmp_path)
    window.tabs.setCurrentWidget(window.coverage_view)
    problems = (FileProblem("story.txt", "it looks like a binary file, not text"),)
    engine.error = NoArticlesError("No readable article was found in “binary”.", problems)
    drop_on(window.drop_zone, [folder(tmp_path, "binary")])
    qtbot.waitUntil(lambda: window.session.summary is None and not window.session.busy)
    visible = [
        window.tabs.tabText(i).replace("&", "")
        for i in range(window.tabs.count())
        if window.tabs.isTabVisible(i)
    ]
    assert visible == ["Summary", "Articles"]  # Articles lists the skipped file
    assert window.tabs.currentIndex() == 0
    page = window.summary_view.placeholder.text()
    assert "“binary”" in page and "story.txt: it looks like a binary file, not text" in page
    assert "Open Folder" in page.replace("\u00a0", " ")  # and what to do next
    # Said once, on the page: the pane beside it does not repeat what to do.
    assert window.detail.currentWidget() is window.detail_hint
    assert window.detail_hint.text() == ""
    assert window.story_title.full_text() == "" and window.caption.text() == ""
    assert not window.options_bar.min_sources.isEnabled()
    assert "of" not in window.options_bar.min_sources.suffix()  # no count of the last story
    engine.error = None
    drop_new_folder(qtbot, window, tmp_path, "again")
    assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))
    assert window.options_bar.min_sources.isEnabled()


def test_an_empty_folder_after_a_story_shows_only_the_reason_and_what_to_do(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    drop_new_folder(qtbot, window, tmp_path)
    engine.error = NoArticlesError("No readable article was found in “empty”.")
    drop_on(window.drop_zone, [folder(tmp_path, "empty")])
    qtbot.waitUntil(lambda: window.session.summary is None and not window.session.busy)
    visible = [i for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
    assert visible == [0]
    assert window.summary_view.placeholder.text().startswith(
        "No readable article was found in “empty”."
    )
    assert window.sources_view.tree.topLevelItemCount() == 0


def test_a_folder_without_articles_says_so_once_not_title_then_the_same_words(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    error = NoArticlesError("No readable article was found in “empty”.")
    window = make_window(FakeEngine(error=error))
    drop_on(window.drop_zone, [folder(tmp_path, "empty")])
    qtbot.waitUntil(lambda: not window.session.busy and window.session.summary is None)
    qtbot.waitUntil(lambda: "No readable" in window.summary_view.placeholder.text())
    assert window.summary_view.placeholder.text().count("No readable article") == 1
    assert window.banner.isHidden()  # said on the page alone


def test_export_writes_the_engine_markdown_atomically(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    drop_new_folder(qtbot, window, tmp_path)
    target = tmp_path / "out" / "summary.md"
    target.parent.mkdir()
    target.write_text("old content", encoding="utf-8")
    proposed: list[str] = []

    def fake_dialog(_parent: Any, _caption: str, suggestion: str, _filter: str) -> tuple:
        proposed.append(suggestion)
        return str(target), "Markdown (*.md)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    assert window.export_markdown() == target
    assert proposed[0].endswith("bridge-collapses-in-storm.md")
    assert not proposed[0].startswith(str(tmp_path / "story"))  # never into the articles
    assert target.read_bytes() == fake_markdown(window.session.summary).encode("utf-8")
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    window.export_markdown()
    assert proposed[1] == str(target.parent / "bridge-collapses-in-storm.md")
    window.copy_markdown()
    assert QApplication.clipboard().text() == fake_markdown(window.session.summary)


def test_settings_are_restored(
    qtbot: Any, make_window: Any, tmp_path: Path, settings_file: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    story = folder(tmp_path, "story")
    drop_on(window.drop_zone, [story])
    wait_for_summary(qtbot, window, "story")
    window.resize(760, 540)
    window.splitter.setSizes([450, 286])
    window.options_bar.length.setValue(5)
    window.options_bar.min_sources.setValue(3)
    window.include_coverage.setChecked(True)
    sizes = window.splitter.sizes()
    window.close()

    reopened = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat), Defaults())
    assert reopened.recent_folders() == [story]
    assert initial_source(None, reopened) == story
    again = make_window(FakeEngine(), with_settings=reopened)
    assert again.size().width() == 760 and again.size().height() == 540
    drop_on(again.drop_zone, [story])  # the right pane is there once a story is
    wait_for_summary(qtbot, again, "story")
    assert again.splitter.sizes() == sizes
    assert again.session.options.sentences == 5 and again.session.options.min_sources == 3
    assert again.options_bar.length.value() == 5
    assert again.include_coverage.isChecked()


def test_first_run_shows_the_sample_and_a_vanished_folder_falls_back(
    settings: AppSettings, tmp_path: Path
) -> None:
    assert initial_source(None, settings) == sample_story()
    settings.set_last_folder(tmp_path / "gone")
    assert initial_source(None, settings) == sample_story()
    assert initial_source(tmp_path, settings) == tmp_path


def test_open_recent_lists_existing_folders(
    qtbot: Any, make_window: Any, tmp_path: Path, settings: AppSettings
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    kept, gone = folder(tmp_path, "kept"), tmp_path / "gone"
    settings.add_recent_folder(gone)
    settings.add_recent_folder(kept)
    window.menu_actions.recent.aboutToShow.emit()
    entries = [a.text() for a in window.menu_actions.recent.actions() if a.text()]
    assert entries == [str(kept), "Clear Recent"]
    window.menu_actions.recent.actions()[0].trigger()
    wait_for_summary(qtbot, window, "kept")


def test_dark_palette_recolours_the_evidence(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(FakeEngine())
    drop_new_folder(qtbot, window, tmp_path)

    def quotes() -> str:
        return "".join(w.text() for w in window.evidence_view.findChildren(QLabel, "quote"))

    before = quotes()
    dark = QPalette(window.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1f22"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: quotes() != before)
    finally:
        QApplication.setPalette(QApplication.style().standardPalette())


def test_about_names_the_version() -> None:
    assert app_version()
    assert app_version() in about_text()


def test_controls_have_accessible_names(make_window: Any) -> None:
    window = make_window(FakeEngine())
    for widget in (
        window.options_bar.length,
        window.options_bar.min_sources,
        window.progress.cancel,
        window.summary_view.list,
        window.sources_view.tree,
        window.single_source_view.tree,
    ):
        assert widget.accessibleName(), widget
    shortcuts = {
        a.text(): a.shortcut().toString()
        for a in window.menu_actions.__dict__.values()
        if hasattr(a, "shortcut")
    }
    assert shortcuts["&Open Folder…"] == "Ctrl+O"
    assert shortcuts["&Export Markdown or JSON…"] == "Ctrl+E"


def test_a_missing_command_line_folder_is_reported(make_window: Any, tmp_path: Path) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    open_source(window, tmp_path / "missing")
    page = window.summary_view.placeholder.text()
    assert window.summary_view.heading() == "Folder not found"
    assert page.count("does not exist") == 1 and str(tmp_path / "missing") in page
    assert "No readable article" not in page
    assert window.banner.isHidden()
    assert engine.calls == []


def test_a_command_line_folder_inside_a_file_is_said_to_be_inside_a_file(
    make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    (tmp_path / "notes.txt").write_text("a file, not a folder", encoding="utf-8")
    open_source(window, tmp_path / "notes.txt" / "story")
    page = window.summary_view.placeholder.text()
    assert window.summary_view.heading() == "Folder not found"
    assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in page
    assert "does not exist" not in page and engine.calls == []


def test_everything_the_tab_key_reaches_has_a_name_a_screen_reader_can_say(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    open_new_folder(qtbot, window, tmp_path)
    window.summary_view.list.setFocus()
    start, reached = window.summary_view.list, []
    widget = window.focusWidget()
    while widget is not None and widget not in reached and len(reached) < 60:
        reached.append(widget)
        window.focusNextChild()
        widget = window.focusWidget()
    assert widget is start  # the chain comes round to where it began
    # A tab bar says its tabs' names; every other stop says its own.
    unnamed = [
        w for w in reached
        if not isinstance(w, QTabBar)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
    ]  # fmt: skip
    assert unnamed == []


def test_the_progress_bar_is_busy_until_something_is_measured_then_shows_the_share_done(
    qtbot: Any,
) -> None:
    from corroborate.gui.status import ProgressPanel

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.start("the folder")
    assert panel.bar.maximum() == 0  # busy: the reading processes are starting
    panel.update_progress("Reading first…", 0.0)
    assert panel.bar.maximum() == 0
    panel.update_progress("Reading second…", 0.25)
    assert (panel.bar.maximum(), panel.bar.value()) == (1000, 250)
    panel.update_progress("Summarising…", 1.5)
    assert panel.bar.value() == 1000


def test_the_progress_bar_never_goes_backwards_once_a_share_is_shown(qtbot: Any) -> None:
    from corroborate.gui.status import ProgressPanel

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.start("the folder")
    panel.update_progress("Reading 200 articles…", 0.27)
    # a later report of nothing measured, or of a smaller share, keeps what is shown
    panel.update_progress("Reading 200 articles…", 0.0)
    assert (panel.bar.maximum(), panel.bar.value()) == (1000, 270)
    panel.update_progress("Splitting sentences…", 0.1)
    assert panel.bar.value() == 270
    assert panel.stage.text().startswith("Splitting sentences…")
    panel.update_progress("Matching sentences…", 0.5)
    assert panel.bar.value() == 500
    # the next folder starts from the beginning again
    panel.finish()
    panel.start("another folder")
    assert panel.bar.maximum() == 0
    panel.update_progress("Reading 3 articles…", 0.1)
    assert panel.bar.value() == 100


def test_the_busy_progress_bar_is_drawn_mostly_empty_not_as_a_full_bar(qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    from corroborate.gui.status import ProgressPanel

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 40)
    panel.start("the folder")

    def highlighted_share() -> float:
        image = panel.bar.grab().toImage()
        colour = panel.bar.palette().highlight().color()
        middle = image.height() // 2
        near = [QColor(image.pixel(x, middle)) for x in range(image.width())]
        close = [
            c for c in near
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green())
            + abs(c.blue() - colour.blue()) < 60
        ]  # fmt: skip
        return len(close) / len(near)

    busy = highlighted_share()
    assert 0.05 < busy < 0.35  # a short block glides in an empty groove
    panel.update_progress("Matching sentences…", 0.9)
    assert highlighted_share() > busy + 0.3  # the share done fills the bar as before


def test_the_coverage_map_gets_the_width_and_each_tab_layout_keeps_its_own_split(
    qtbot: Any, make_window: Any, tmp_path: Path, settings_file: Path
) -> None:
    window = make_window(FakeEngine())
    drop_new_folder(qtbot, window, tmp_path)
    window.resize(1280, 800)
    window.reset_split()
    reading = window.splitter.sizes()
    window.tabs.setCurrentWidget(window.coverage_view)
    # No cell chosen: no pane beside the map to say how to choose one (it says so below).
    assert window.detail.isHidden()
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] == 0)
    assert window.coverage_view.note.isVisibleTo(window)
    window.coverage_view.map.activate(0, 0)
    assert window.detail.currentWidget() is window.article_view
    assert not window.detail.isHidden()
    mapped = window.splitter.sizes()
    # The map is wide; the sentence read beside it narrow, narrower than beside a list.
    assert 0 < mapped[1] < sum(mapped) * 30 // 100 < reading[1]
    window.splitter.setSizes([900, sum(mapped) - 900])
    widened = window.splitter.sizes()
    window.tabs.setCurrentIndex(0)
    assert window.splitter.sizes() == reading
    window.tabs.setCurrentWidget(window.coverage_view)
    assert window.splitter.sizes() == widened
    window.close()
    reopened = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat), Defaults())
    assert reopened.splitter_sizes("coverage") == widened
    assert reopened.splitter_sizes("main") == reading


def test_a_story_without_disagreements_says_so_once_and_explains_no_list_that_is_not_there(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    drop_new_folder(qtbot, window, tmp_path)
    assert not window.session.analysis.disagreements
    window.tabs.setCurrentWidget(window.disagreements_view)
    view = window.disagreements_view
    assert view.browser.toPlainText() == "No disagreement was found between independent outlets."
    assert view.note.isHidden()  # "These outlets report …" over an empty list
    assert window.detail.currentWidget() is window.detail_hint
    assert window.detail_hint.text() == ""  # nothing to choose "Show in article" under


def test_a_window_without_a_story_offers_only_the_summary_tab_until_one_is_read(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())

    def shown() -> list[str]:
        tabs = window.tabs
        return [
            tabs.tabText(i).replace("&", "") for i in range(tabs.count()) if tabs.isTabVisible(i)
        ]

    assert shown() == ["Summary"]  # no empty Coverage or Articles to click through
    assert "Open Folder" in window.summary_view.placeholder.text().replace("\u00a0", " ")
    drop_new_folder(qtbot, window, tmp_path)
    # (on a small screen the second tab has its short name, "Reported once")
    assert [name.split()[0] for name in shown()] == [
        "Summary", "Reported", "Articles", "Coverage", "Disagreements"
    ]  # fmt: skip


def test_while_the_first_folder_is_read_the_summary_page_says_what_is_read_and_from_where(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    release = engine.hold("slow")
    window = make_window(engine)
    slow = folder(tmp_path, "slow")
    drop_on(window.drop_zone, [slow])
    qtbot.waitUntil(lambda: window.progress.isVisible())
    page = window.summary_view.placeholder.text()
    assert "“slow”" in page and str(slow) in page
    assert "Open Folder" not in page.replace(
        "\u00a0", " "
    )  # not the hint for a window with nothing to read
    assert window.detail_hint.text() == ""
    release.set()
    wait_for_summary(qtbot, window, "slow")
    assert not window.summary_view.placeholder.isVisibleTo(window.summary_view)


def test_a_cancelled_first_read_leaves_the_page_saying_what_to_do(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    engine.hold("slow")
    window = make_window(engine)
    drop_on(window.drop_zone, [folder(tmp_path, "slow")])
    qtbot.waitUntil(lambda: window.progress.isVisible())
    window.session.cancel()
    wait_idle(qtbot, window)
    assert "Open Folder" in window.summary_view.placeholder.text().replace("\u00a0", " ")


def test_a_narrow_window_gives_the_title_its_row_and_puts_the_options_below_it(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    drop_new_folder(qtbot, window, tmp_path)
    title, options = window.story_title, window.options_bar

    def top(widget: Any) -> int:
        return int(widget.mapTo(window, widget.rect().topLeft()).y())

    def below_title() -> bool:
        return top(options) >= top(title) + title.height()

    window.resize(1400, 800)
    qtbot.waitUntil(lambda: not below_title() and options.isVisible())
    window.resize(800, 600)
    qtbot.waitUntil(below_title)
    # The title has the header's width beside the arrows, not what the options leave.
    assert title.width() > window.width() - window.menu_actions.toolbar.width() - 80
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: not below_title())


def test_going_back_from_a_sentence_read_beside_the_map_gives_the_map_its_width_and_the_focus(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    drop_new_folder(qtbot, window, tmp_path)
    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.coverage_view)
    window.coverage_view.map.activate(0, 0)
    window.article_view.browser.setFocus()
    qtbot.waitUntil(lambda: window._pane == "detail")
    window.go_back()
    assert window.detail.isHidden()
    assert window.coverage_view.map.hasFocus()
    window.go_forward()
    assert window.detail.currentWidget() is window.article_view
    assert not window.detail.isHidden()


def test_the_first_story_to_arrive_takes_the_keys_from_the_tab_bar_they_fell_to(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # no story yet: the list is hidden behind what to do and the options are disabled,
    # so the focus is on the tab bar
    assert QApplication.focusWidget() is window.tabs.tabBar()
    drop_new_folder(qtbot, window, tmp_path)
    assert QApplication.focusWidget() is window.summary_view.list
    # a later re-ranking leaves the focus where the reader put it
    window.options_bar.min_sources.setFocus()
    qtbot.waitUntil(lambda: window.options_bar.min_sources.hasFocus())
    window.session.set_options(replace(window.session.options, sentences=1))
    qtbot.waitUntil(lambda: len(window.summary_view.model.items) == 1)
    assert window.options_bar.isAncestorOf(QApplication.focusWidget())


@pytest.mark.parametrize("dark", [False, True])
def test_the_back_and_forward_arrows_stand_out_in_a_light_and_a_dark_palette(
    make_window: Any, dark: bool
) -> None:
    from corroborate.gui.theme import contrast

    window = make_window(FakeEngine())
    palette = QPalette(window.palette())
    if dark:
        for role, colour in {
            QPalette.ColorRole.Window: "#2b2d31",
            QPalette.ColorRole.Button: "#33353a",
            QPalette.ColorRole.ButtonText: "#e6e6e6",
            QPalette.ColorRole.WindowText: "#e6e6e6",
        }.items():
            palette.setColor(role, QColor(colour))
        window.setPalette(palette)
    background = palette.color(QPalette.ColorRole.Window)
    for action in (window.menu_actions.back, window.menu_actions.forward):
        image = action.icon().pixmap(32, 32).toImage()
        ink = image.pixelColor(16, 16)  # the arrow's middle
        assert ink.alpha() == 255
        assert contrast(ink, background) >= 4.5
        dimmed = action.icon().pixmap(32, 32, QIcon.Mode.Disabled).toImage().pixelColor(16, 16)
        assert 1.5 <= contrast(dimmed, background) < contrast(ink, background)


def test_with_no_story_to_show_the_page_saying_why_has_the_whole_width(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    window.resize(1280, 800)
    window.show()
    assert window.detail.isHidden()  # nothing opened yet: what to do, in the middle
    drop_new_folder(qtbot, window, tmp_path)
    assert not window.detail.isHidden()  # the selected sentence's evidence
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] > 0)
    problems = (FileProblem("story.txt", "it looks like a binary file, not text"),)
    engine.error = NoArticlesError("No readable article was found in “binary”.", problems)
    drop_on(window.drop_zone, [folder(tmp_path, "binary")])
    qtbot.waitUntil(lambda: window.session.summary is None and not window.session.busy)
    assert window.detail.isHidden()
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] == 0)
    window.tabs.setCurrentWidget(window.sources_view)  # the skipped files, full width too
    assert window.detail.isHidden()


def test_the_invitation_to_drop_a_folder_leaves_the_status_line_once_a_story_is_shown(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    assert "Drop a folder" in window.statusBar().currentMessage()
    drop_new_folder(qtbot, window, tmp_path)
    assert "Drop a folder" not in window.statusBar().currentMessage()


def test_when_the_right_pane_goes_away_with_the_focus_the_tab_in_front_takes_it(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from corroborate.gui.session import Failure

    window = make_window(FakeEngine())
    window.activateWindow()
    drop_new_folder(qtbot, window, tmp_path)
    window.summary_view.list.setCurrentIndex(window.summary_view.model.index(0, 0))
    window.evidence_view.setFocus()
    qtbot.waitUntil(lambda: window._pane == "detail")
    window.show_failure(Failure("There is no folder", "There is no folder at /gone."))
    assert window.detail.isHidden()
    focused = QApplication.focusWidget()
    assert focused is not None and not window.coverage_view.isAncestorOf(focused)
    assert window.tabs.currentWidget().isAncestorOf(focused) or (
        focused is window.tabs.currentWidget()
    )
