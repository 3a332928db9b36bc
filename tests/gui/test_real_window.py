"""The window as a demanding reader meets it: a page that says why nothing is shown
reads as an answer, the open dialog starts among the reader's own folders, and every
tab stays in reach at large text sizes on a small screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corroborate.engine import NoArticlesError

from .fakes import FakeEngine
from .helpers import drop_on, folder, wait_for_summary, wait_settled


def shown_with_a_story(qtbot: Any, make_window: Any, tmp_path: Path) -> Any:
    """A window on screen with a story (over the fake engine) summarized in it."""
    window = make_window(FakeEngine())
    window.show()
    drop_on(window.drop_zone, [folder(tmp_path, "story")])
    wait_for_summary(qtbot, window, "story")
    return window


def test_a_folder_without_articles_opens_its_page_with_an_icon_and_a_heading_said_once(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine(error=NoArticlesError("No readable article was found in “empty”."))
    window = make_window(engine)
    window.show()
    drop_on(window.drop_zone, [folder(tmp_path, "empty")])
    view = window.summary_view
    qtbot.waitUntil(lambda: view.heading() != "")
    assert view.heading() == "Nothing to summarize"
    assert view.failure_icon.isVisible() and not view.failure_icon.pixmap().isNull()
    page = view.placeholder.text()
    assert page.startswith("No readable article was found in “empty”.")
    assert page.count("No readable article") == 1
    # The next story that reads well puts the heading away with the page.
    engine.error = None
    drop_on(window.drop_zone, [folder(tmp_path, "story")])
    wait_for_summary(qtbot, window, "story")
    assert view.heading() == "" and not view.failure_icon.isVisible()


def test_an_analysis_that_fails_is_headed_by_what_failed_and_the_error_said_below_once(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine(error=ValueError("the tokenizer tables are missing")))
    window.show()
    drop_on(window.drop_zone, [folder(tmp_path, "story")])
    view = window.summary_view
    qtbot.waitUntil(lambda: view.heading() != "")
    assert view.heading() == "The analysis failed"
    page = view.placeholder.text()
    assert page.startswith("ValueError: the tokenizer tables are missing")
    assert "The analysis failed" not in page
    assert "Open Folder" in page.replace("\u00a0", " ")  # what to do next


def test_a_summary_that_is_only_empty_has_no_warning_heading(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    window.show()
    view = window.summary_view
    view.set_summary(None, "No sentence is reported by at least 9 of the 3 outlets.")
    assert view.heading() == "" and not view.failure_icon.isVisible()
    assert view.placeholder.isVisible()


def test_the_sample_story_is_not_remembered_so_open_folder_starts_among_the_readers_folders(
    qtbot: Any, make_window: Any, settings: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    import shutil

    from PySide6.QtWidgets import QFileDialog

    from corroborate.resources import sample_story

    starts: list[str] = []

    def ask(_parent: Any, _title: str, start: str, *_: Any) -> str:
        starts.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a: (starts.append(a[2]), ("", ""))[1]
    )
    window = make_window()
    window.session.open_folder(sample_story())
    qtbot.waitUntil(lambda: window.session.summary is not None, timeout=60_000)
    assert settings.recent_folders() == [] and settings.last_folder() is None
    window.choose_folder()
    assert sample_story() not in Path(starts[-1]).parents and Path(starts[-1]) != sample_story()
    # A story of the reader's own: Open Folder starts in the folder holding it, beside
    # where the next story usually is; Open Articles inside it, among its files.
    story = Path(shutil.copytree(sample_story(), tmp_path / "stories" / "carrowgate"))
    window.session.open_folder(story)
    qtbot.waitUntil(
        lambda: (
            window.session.summary is not None and window.session.summary.analysis.folder == story
        ),
        timeout=60_000,
    )
    assert settings.recent_folders() == [story]
    window.choose_folder()
    assert Path(starts[-1]) == tmp_path / "stories"
    window.choose_files()
    assert Path(starts[-1]) == story


def test_at_large_text_on_a_small_screen_every_tab_is_in_sight_beside_a_reading_pane_of_its_share(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QToolButton

    class Laptop:  # a 1024 × 640 screen, whatever the test's own screen is
        def availableGeometry(self) -> QRect:  # Qt's name
            return QRect(0, 0, 1024, 640)

    window = make_window(FakeEngine())
    window.screen = Laptop  # type: ignore[method-assign]
    window.resize(1024, 640)
    window.show()
    drop_on(window.drop_zone, [folder(tmp_path, "story")])
    wait_for_summary(qtbot, window, "story")
    window.summary_view.select_row(0)
    single = window.tabs.indexOf(window.single_source_view)
    bar = window.tabs.tabBar()

    def every_tab_in_sight() -> bool:
        wait_settled(qtbot, window)
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
        return not arrows and all(bar.tabRect(i).right() <= bar.width() for i in shown)

    assert window.tabs.tabText(single) == "&Reported by one outlet"
    assert every_tab_in_sight()
    for scale in (150, 200):
        window.set_text_scale(scale)
        window.reset_split()
        assert every_tab_in_sight(), f"the tab row scrolls at {scale}%"
        # the row runs over both panes: it takes none of the evidence pane's width
        assert window.detail.width() >= window.width() * 0.4, scale
    window.set_text_scale(250)  # the full names would not fit the window's width
    assert window.tabs.tabText(single) == "&Reported once"
    assert "Reported by one outlet" in window.tabs.tabToolTip(single)
    window.set_text_scale(100)
    assert window.tabs.tabText(single) == "&Reported by one outlet"
    assert every_tab_in_sight()


def test_a_text_size_kept_from_last_time_leaves_the_storys_title_bold_and_larger(
    qtbot: Any, qapp: Any, make_window: Any, settings: Any, tmp_path: Path
) -> None:
    from corroborate.gui.theme import Theme

    Theme(qapp)  # the app's style sheet, as the app runs with it
    settings.set_text_scale(150)
    window = shown_with_a_story(qtbot, make_window, tmp_path)
    title, text = window.story_title.font(), window.caption.font()
    assert title.bold()
    assert title.pointSizeF() >= text.pointSizeF() * 1.3


def test_a_long_title_makes_a_file_name_cut_between_words() -> None:
    from corroborate.gui.export import suggested_filename

    titles = (
        "More walkers are expected on the Ridgeline Trail this year thanks to the film",
        "Harbour council votes to close the old ferry terminal at Wexley Point by spring",
        "Storm knocks out power to thousands across the Fennick valley overnight",
    )
    for title in titles:
        name = suggested_filename(title).removesuffix(".md")
        assert len(name) <= 60
        words = name.split("-")
        # every word of the name is a whole word of the title, in order
        assert words == title.lower().split()[: len(words)], name


def test_with_no_documents_folder_the_export_and_open_dialogs_start_in_the_home_folder(
    settings: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QStandardPaths

    from corroborate.gui import export

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(home / "Documents"))
    assert export.documents_folder() == home
    assert export.start_folder(settings, tmp_path / "story") == home
    (home / "Documents").mkdir()
    assert export.start_folder(settings, tmp_path / "story") == home / "Documents"


def test_a_long_analysis_counts_its_seconds_beside_the_stage_so_a_still_bar_is_not_a_hang(
    qtbot: Any,
) -> None:
    from corroborate.gui import status

    now = [1000.0]
    panel = status.ProgressPanel()
    panel.clock = lambda: now[0]
    qtbot.addWidget(panel)
    panel.start("“harbour”")
    panel.update_progress("Matching sentences…", 0.5)
    assert panel.stage.text() == "Matching sentences…"  # a quick run shows no clock
    now[0] += 7.4
    qtbot.waitUntil(lambda: panel.stage.text() == "Matching sentences…  7 s", timeout=3000)
    panel.update_progress("Ranking sentences…", 0.8)
    assert panel.stage.text() == "Ranking sentences…  7 s"
    panel.finish()
    now[0] += 5
    qtbot.wait(1200)
    assert panel.stage.text() == "Ranking sentences…  7 s"  # no clock ticks once done


def test_a_folder_of_many_bare_files_says_so_in_one_line_naming_a_few(
    tmp_path: Path,
) -> None:
    from corroborate.engine import SummaryOptions, analyze, summarize
    from corroborate.gui.status import summary_messages

    story = tmp_path / "wexley-ferry"
    story.mkdir()
    openings = (
        "The Wexley Point ferry ran aground on a sandbar on Tuesday morning.",
        "A ferry bound for Wexley Point struck a sandbar early on Tuesday.",
        "Passengers spent hours aboard a grounded ferry off Wexley Point on Tuesday.",
        "Pilot boats worked through Tuesday morning to reach the stranded Wexley ferry.",
        "Tuesday's grounding of the Wexley Point ferry left the crossing closed.",
        "Harbour officials are examining why the Wexley ferry left the marked channel.",
        "Residents watched from the quay as the Wexley ferry sat on the sandbar.",
        "The captain of the Wexley Point ferry radioed for help shortly after dawn.",
    )
    details = (
        "Everyone aboard was brought ashore by pilot boats, officials said.",
        "No one was hurt, according to the harbour master, Ilse Varga.",
        "A council spokesman said the terminal would stay shut until Friday.",
        "Tugs are expected to refloat the vessel at high tide on Wednesday.",
        "The operator apologised and offered refunds to ticket holders.",
        "Divers will inspect the hull before the ferry sails again.",
        "The crossing normally carries about 900 people a day in summer.",
        "Local schools said pupils from the island would study at home.",
    )
    for n, (opening, detail) in enumerate(zip(openings, details, strict=True), 1):
        text = f"{opening} {detail} {details[n % 8]}\n"
        (story / f"ferry-{n:02}.txt").write_text(text, encoding="utf-8")
    summary = summarize(analyze(story), SummaryOptions(sentences=3, min_sources=2))
    note = next(m for m in summary_messages(summary) if "named after" in m.text)
    assert "and 5 more are named after their files" in note.text
    assert len(note.text) < 200
    assert note.details == ()  # not the names again below it: Articles lists every one


def test_the_row_in_hand_is_shown_selected_and_rename_is_enabled_as_f2_would_rename_it(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    window = shown_with_a_story(qtbot, make_window, tmp_path)
    window.tabs.setCurrentWidget(window.sources_view)
    view = window.sources_view
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0)
    view.tree.clearSelection()
    row = view.tree.topLevelItem(1)
    view.tree.setCurrentItem(row, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
    assert view.selected_files()  # F2 has a row in hand
    assert view.rename_button.isEnabled()
    assert view.tree.selectedItems() == [row]  # and it is shown as the one in hand


def test_ctrl_tab_goes_through_the_tabs_shown_from_a_page_as_in_any_tabbed_window(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    window = shown_with_a_story(qtbot, make_window, tmp_path)
    tabs, control = window.tabs, Qt.KeyboardModifier.ControlModifier
    shown = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
    window.summary_view.list.setFocus()
    qtbot.keyClick(window.summary_view.list, Qt.Key.Key_PageDown, control)
    assert tabs.currentIndex() == shown[1]
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_PageUp, control)
    assert tabs.currentIndex() == shown[0]
    qtbot.keyClick(window.summary_view.list, Qt.Key.Key_PageUp, control)
    assert tabs.currentIndex() == shown[-1]  # round to the last
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_Tab, control)
    assert tabs.currentIndex() == shown[0]
