"""The window over the real engine: the sample story, problems, export, cancel, scale."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFileDialog, QFrame, QPushButton, QStyleOptionViewItem

from corroborate.engine import SummaryOptions, analyze, summarize, to_markdown
from corroborate.engine.warm import analysis_steps, reader_steps
from corroborate.gui.article_view import ArticleView
from corroborate.gui.evidence_view import CARD_MEASURE_CHARS
from corroborate.gui.sources_view import FileRole
from corroborate.resources import sample_story
from two_stories import write_two_stories

from .helpers import (
    ENGINE_TIMEOUT_MS,
    deliver_queued,
    drop_on,
    event_loop_gaps,
    make_large_story,
    wait_idle,
    window_opening,
    window_showing,
)


def test_dropping_the_sample_story_shows_a_corroborated_summary(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = make_window()
    stages: list[str] = []
    window.session.progress.connect(lambda stage, _f: stages.append(stage))
    drop_on(window.drop_zone, [story])
    assert window.progress.isVisible()
    wait_idle(qtbot, window)
    summary = window.session.summary
    assert summary is not None and summary.items
    assert window.summary_view.model.rowCount() == len(summary.items)
    assert summary.title in window.windowTitle()
    assert summary.items[0].support >= 2
    assert window.evidence_view.evidence is not None
    assert len(window.evidence_view.evidence.sources) == summary.items[0].support
    assert stages, "the engine's progress stages reach the window"
    window.tabs.setCurrentWidget(window.sources_view)
    assert window.sources_view.tree.topLevelItemCount() == summary.analysis.independent_sources


def test_the_app_counts_support_in_independent_outlets_as_the_export_does(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    summary = window.session.summary
    total = summary.analysis.independent_sources
    markdown = to_markdown(summary)
    assert f"from {total} independent outlets." in markdown
    item = summary.items[0]
    row = window.summary_view.model.index(0)
    said = [
        window.caption.text().replace("<b>", "").replace("</b>", ""),
        window.evidence_view.heading.text(),
        row.data(Qt.ItemDataRole.AccessibleTextRole),
        window.summary_view.model.attribution(0),
        window.options_bar.min_sources.toolTip(),
        window.options_bar.min_sources.accessibleName(),
    ]
    assert f"of {total} independent outlets" in said[0]
    assert said[1] == f"Backed by {item.support} of {total} independent outlets"
    for text in said:
        assert "independent outlets" in text and "source" not in text.lower(), text


def test_the_banner_says_which_outlets_are_only_file_names_and_how_to_name_them(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    said = window.banner.text()
    assert "Lowland Herald is named after its file" in said
    assert "Rename an outlet in Articles (F2)" in said


def test_merging_a_disputing_file_into_a_backing_outlet_never_shows_it_disputing_itself(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    model = window.summary_view.model
    row = next(i for i, it in enumerate(model.items) if "reopen on Wednesday" in it.text)
    assert "disputed by Lowland Herald" in model.outlet_line(row)
    window.session.merge(["lowland-herald.txt", "05-rail-line-stays-shut.txt"])
    qtbot.waitUntil(lambda: bool(window.session.corrections.merged), timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)
    row = next(i for i, it in enumerate(model.items) if "reopen on Wednesday" in it.text)
    item = model.items[row]
    (backer,) = (o for o in item.outlets if o != "Meridian Press")
    line = model.outlet_line(row)
    assert f"disputed by {backer}" not in line
    assert f"another sentence of {backer} says otherwise" in line
    assert f"another sentence of {backer} says otherwise" in model.attribution(row)


def test_export_is_byte_identical_to_the_cli(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_opening(qtbot, make_window, story)
    window.options_bar.length.setValue(5)
    window.options_bar.min_sources.setValue(3)
    target = tmp_path / "export.md"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Markdown (*.md)")
    )
    assert window.export_markdown() == target
    cli = subprocess.run(
        [sys.executable, "-m", "corroborate", "summarize", str(story),
         "--sentences", "5", "--min-sources", "3"],
        capture_output=True, check=True, timeout=120,
    )  # fmt: skip
    assert target.read_bytes() == cli.stdout
    direct = to_markdown(summarize(analyze(story), SummaryOptions(sentences=5, min_sources=3)))
    assert target.read_bytes() == direct.encode("utf-8")


def test_an_empty_folder_is_explained(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    window = window_opening(qtbot, make_window, empty)
    assert window.banner.isHidden()  # said once, on the page
    assert window.summary_view.placeholder.isVisibleTo(window.summary_view)
    assert f"No readable article was found in “{empty}”" in window.summary_view.placeholder.text()
    assert not window.menu_actions.export.isEnabled()


def test_a_folder_gone_before_it_is_read_is_headed_as_not_found(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    gone = tmp_path / "gone"
    window = window_opening(qtbot, make_window, gone)
    assert window.summary_view.heading() == "Folder not found"
    page = window.summary_view.placeholder.text()
    assert f"The folder {gone} does not exist." in page
    assert "No readable article" not in page


def test_a_single_article_says_nothing_could_be_corroborated(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(sample_story() / "lowland-herald.txt", one)
    window = window_opening(qtbot, make_window, one)
    # Said over the summary, once (the banner does not say it again).
    assert "nothing can be corroborated" in window.caption.text()


def test_unreadable_files_are_listed_by_name(qtbot: Any, make_window: Any, story: Path) -> None:
    (story / "broken.txt").write_bytes(b"\x00\x01\x02" * 200)
    (story / "blank.txt").write_bytes(b"")
    window = window_opening(qtbot, make_window, story)
    assert window.session.summary is not None
    text = window.banner.text()
    assert "broken.txt" in text and "blank.txt" in text
    assert window.banner.messages[-1].level == "warning"


def test_cancel_stops_the_real_engine(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    big = make_large_story(tmp_path / "big", 120)
    window = make_window()
    changed: list[object] = []
    window.session.summary_changed.connect(changed.append)
    reported: list[object] = []
    window.session.progress.connect(lambda stage, _f: reported.append(stage))
    window.session.open_folder(big)
    qtbot.waitUntil(lambda: window.progress.isVisible())
    qtbot.waitUntil(lambda: bool(reported))  # the engine is at work
    qtbot.mouseClick(window.progress.cancel, Qt.MouseButton.LeftButton)
    assert not window.progress.isVisible()
    started = time.perf_counter()
    assert window.session._runner.wait(30_000)
    print(f"\nengine stopped {time.perf_counter() - started:.2f}s after Cancel")
    deliver_queued()
    assert changed == [] and window.session.summary is None


def test_a_large_folder_keeps_the_window_responsive(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    big = make_large_story(tmp_path / "big", 300)
    window = make_window()
    # As the app does before its first analysis (see prewarm): the engine's libraries
    # are imported on the GUI thread, never on the worker.
    for _name, work in [*analysis_steps(), *reader_steps({".txt"})]:
        work()
    with event_loop_gaps() as gaps:
        started = time.perf_counter()
        window.session.open_folder(big)
        wait_idle(qtbot, window)
    elapsed = time.perf_counter() - started
    assert window.session.summary is not None
    longest = max(gaps)
    print(
        f"\n300 articles analysed in {elapsed:.1f}s; event loop ticks: {len(gaps)}, "
        f"longest stall {longest} ms, median {sorted(gaps)[len(gaps) // 2]} ms"
    )
    assert longest < 1500, f"the GUI thread stalled for {longest} ms"


def test_self_test_summarizes_the_sample_story(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "corroborate", "--self-test"],
        capture_output=True, text=True, timeout=300, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("self-test ok:")
    assert not list(tmp_path.iterdir()), "the self-test must not write the user's settings"


_HUNG_AHEAD_SCRIPT = """
import functools, sys, time
import corroborate.gui.app as app
from corroborate.engine import ahead as ahead_module
from corroborate.engine.ahead import AnalysisAhead

ahead_module.silence_allowed = lambda _options: 1.0
if sys.argv[1] == "not asked":  # as for a story with the reader's corrections
    app.ask_ahead = lambda *_args: False
# the process meant to analyse the first story ahead hangs before it ever listens
hung = AnalysisAhead(prepare=functools.partial(time.sleep, 3600))
sys.exit(app.main(["--self-test"], hung))
"""


@pytest.mark.parametrize("asked", ["asked", "not asked"])
def test_the_app_analyses_its_first_story_itself_and_exits_when_the_process_ahead_hangs(
    tmp_path: Path, asked: str
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _HUNG_AHEAD_SCRIPT, asked],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test ok:" in done.stdout
    if asked == "asked":
        assert "analysis made ahead failed" in done.stderr  # said, then read here
    assert time.perf_counter() - started < 60  # no wait on the hung process at exit


_OPEN_FOLDER_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from corroborate.gui.app import main
from corroborate.gui.main_window import MainWindow

def watch():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next((w for w in windows if w.isVisible()), None)
    if window is not None and window.session.summary is not None:
        print("TITLE", window.windowTitle())
        print("FOLDER", window.session.source)
        window.close()
        QApplication.quit()
    else:
        QTimer.singleShot(50, watch)

QTimer.singleShot(0, watch)
QTimer.singleShot(60_000, QApplication.quit)
sys.exit(main(sys.argv[1:]))
"""


def test_main_opens_the_folder_given_on_the_command_line(story: Path, tmp_path: Path) -> None:
    # In its own process, as the app runs: main() owns the application's event loop.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_FOLDER_SCRIPT, str(story)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines["FOLDER"] == str(story)
    title = lines["TITLE"]
    assert title.endswith(" — Corroborate") and len(title) > len(" — Corroborate")


def test_heavy_engine_modules_wait_for_the_first_analysis(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from corroborate.gui.app import application, build_window\n"
        "from corroborate.gui.settings import AppSettings\n"
        "app = application()\n"
        f"store = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "window, _ = build_window(AppSettings(store))\n"
        "window.show(); app.processEvents()\n"
        "heavy = ('nltk', 'sumy', 'numpy', 'rapidfuzz', 'corroborate.engine.pipeline')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


#: An article about another event, which screening leaves out of the bridge story.
OFF_TOPIC = (
    "The Riverside Bakers Guild said on Friday that its sourdough contest will move to the "
    "Old Corn Exchange, where judges from three counties will taste two hundred loaves.\n\n"
    "Organisers said entries had doubled since last spring, when the contest was held in "
    "a church hall and the queue for tickets stretched along Abbey Lane.\n"
)


def test_an_off_topic_article_can_be_included_anyway(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    (story / "bakers.txt").write_text(OFF_TOPIC, encoding="utf-8")
    window = window_opening(qtbot, make_window, story)
    files = {a.file for a in window.session.analysis.articles}
    assert "bakers.txt" not in files
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    off_topic = [r for r in rows if r.text(0) == "bakers.txt"]
    assert len(off_topic) == 1 and off_topic[0].checkState(0) == Qt.CheckState.Unchecked
    off_topic[0].setCheckState(0, Qt.CheckState.Checked)
    # In the same gesture, leave another article out: both changes must hold.
    herald = next(r for r in rows if r.data(0, FileRole) == "lowland-herald.txt")
    herald.setCheckState(0, Qt.CheckState.Unchecked)
    window.sources_view.apply_now()
    qtbot.waitUntil(lambda: window.session.included == {"bakers.txt"}, timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)
    files = {a.file for a in window.session.analysis.articles}
    assert "bakers.txt" in files and "lowland-herald.txt" not in files
    assert window.session.excluded == {"lowland-herald.txt"}


def test_an_off_topic_file_is_said_to_be_left_out_once_in_the_banner(story: Path) -> None:
    from corroborate.gui.status import summary_messages

    (story / "bakers.txt").write_text(OFF_TOPIC, encoding="utf-8")
    summary = summarize(analyze(story), SummaryOptions())
    left_out = [m for m in summary_messages(summary) if "bakers.txt" in " ".join(m.details)]
    assert len(left_out) == 1
    said = " ".join((left_out[0].text, *left_out[0].details))
    assert said.count("left out") == 1
    assert "bakers.txt: it seems to be about something else" in left_out[0].details


def test_dropping_two_folders_reads_both(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for index, article in enumerate(sorted(sample_story().glob("*.txt"))):
        shutil.copy(article, (first if index % 2 else second) / article.name)
    window = make_window()
    drop_on(window.drop_zone, [first, second])
    wait_idle(qtbot, window)
    read = {Path(a.file).parts[0] for a in window.session.analysis.articles}
    assert read == {"first", "second"}


def test_leaving_every_article_out_keeps_the_story_to_tick_again(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_opening(qtbot, make_window, story)
    shown = window.session.analysis
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    items = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        stack.extend(item.child(i) for i in range(item.childCount()))
        if item.data(0, FileRole):
            items.append(item)
    for item in items:
        item.setCheckState(0, Qt.CheckState.Unchecked)
    window.sources_view.apply_now()
    qtbot.waitUntil(lambda: "Every article is left out" in window.banner.text(), timeout=60_000)
    assert window.session.analysis is shown  # the story stays, with its articles to tick
    assert tree.topLevelItemCount() > 0
    items[0].setCheckState(0, Qt.CheckState.Checked)
    window.sources_view.apply_now()
    qtbot.waitUntil(lambda: window.session.analysis is not shown, timeout=60_000)
    wait_idle(qtbot, window)
    assert len(window.session.analysis.articles) == 1


def test_a_folder_of_several_stories_is_warned_and_one_story_can_be_analysed(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    [warning] = [m for m in window.banner.messages if m.choices]
    assert warning.level == "warning"
    assert "seems to hold 2 stories" in warning.text
    assert len(warning.choices) == 2
    chosen = window.session.stories.groups[warning.choices[0][1]]
    buttons = [
        b for b in window.banner.findChildren(QPushButton) if b.text() == "Analyse This Story Alone"
    ]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.session.analysis is not None
            and {a.file for a in window.session.analysis.articles} == set(chosen)
        ),
        timeout=ENGINE_TIMEOUT_MS,
    )
    wait_idle(qtbot, window)
    # One story now: no warning, but which story it is and the way to the other.
    assert not [m for m in window.banner.messages if m.level == "warning"]
    assert [m for m in window.banner.messages if m.all_stories]


def test_the_export_dialog_opens_outside_the_story_folder(
    qtbot: Any, make_window: Any, story: Path, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set_export_folder(story)  # an export once went into the articles
    window = window_opening(qtbot, make_window, story)
    proposed: list[str] = []

    def fake_dialog(_parent: Any, _caption: str, suggestion: str, _filter: str) -> tuple:
        proposed.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    window.export_markdown()
    window.coverage_view._save("png")
    assert len(proposed) == 2
    for suggestion in proposed:
        assert not Path(suggestion).resolve().is_relative_to(story.resolve())


def test_a_story_kept_in_subfolders_is_read_once_subfolders_are_read_too(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    nested = tmp_path / "by-outlet"
    for article in sample_story().iterdir():
        if article.is_file():
            (nested / article.stem).mkdir(parents=True)
            shutil.copy(article, nested / article.stem / article.name)
    window = window_opening(qtbot, make_window, nested)
    page = window.summary_view.placeholder.text()
    assert window.session.summary is None and "Read Subfolders Too" in page.replace("\u00a0", " ")
    window.menu_actions.read_subfolders.trigger()
    wait_idle(qtbot, window)
    summary = window.session.summary
    assert summary is not None and summary.items[0].support >= 2
    assert len(summary.analysis.articles) == sum(1 for _ in nested.rglob("*.*"))


def test_a_folder_holding_several_stories_lists_no_skipped_file_in_sources(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    assert window.session.analysis is not None and window.session.analysis.folder_warnings
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert not [r for r in rows if r.text(1).startswith("Skipped")]
    assert "." not in {r.text(0) for r in rows}


def test_a_folder_of_several_stories_lists_each_storys_files_under_show_details(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    [warning] = [m for m in window.banner.messages if m.choices]
    assert window.banner.details_button.isVisible()
    stories = window.session.stories
    for number, (files, name) in enumerate(zip(stories.groups, stories.labels, strict=True), 1):
        assert f"story {number}: “{name}”: {', '.join(files)}" in warning.details
    window.banner.details_button.click()
    assert all(
        file in window.banner.details.toPlainText()
        for fs in window.session.stories.groups
        for file in fs
    )


def test_a_summary_filled_below_the_minimum_support_says_so_once_in_its_caption_not_a_banner(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.options_bar.min_sources.setValue(4)
    qtbot.waitUntil(lambda: window.session.summary.options.min_sources == 4)
    summary = window.session.summary
    backed = sum(item.support >= 4 for item in summary.items)
    assert 0 < backed < len(summary.items), "the sample story has both kinds at 4"
    caption = window.caption.text().replace("<b>", "").replace("</b>", "")
    assert f"{backed} backed by 4 or more, {len(summary.items) - backed} by fewer than 4" in caption
    assert "4 or more" not in window.banner.text()
    assert "Fewer claims" not in window.banner.text()
    # Where every sentence reaches the minimum, the caption says only how strongly.
    window.options_bar.min_sources.setValue(1)
    qtbot.waitUntil(lambda: window.session.summary.options.min_sources == 1)
    assert "or more" not in window.caption.text()
    assert "each backed by" in window.caption.text()


def _line_widths(window: Any) -> list[int]:
    """How wide each summary sentence's lines may run, as the list lays them out."""
    view = window.summary_view.list
    delegate, model = view.itemDelegate(), view.model()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    return [
        delegate._layout(option, view.viewport().width(), model.index(row, 0))[1]
        for row in range(model.rowCount())
    ]


def test_on_a_very_wide_window_summary_lines_and_evidence_cards_keep_a_reading_measure(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = make_window()
    window.resize(2600, 1000)
    drop_on(window.drop_zone, [story])
    wait_idle(qtbot, window)
    window.splitter.setSizes([1300, 1300])
    window.summary_view.select_row(0)
    evidence = window.evidence_view
    qtbot.waitUntil(lambda: not evidence.cards_pending())
    view = window.summary_view.list
    assert view.viewport().width() > 1200
    widths = _line_widths(window)
    # About ninety characters a line, not the 2000 pixels the list has.
    assert widths and max(widths) < view.viewport().width() // 2
    assert max(widths) > QFontMetrics(view.font()).averageCharWidth() * 60
    cards = evidence.findChildren(QFrame, "card")
    card_measure = evidence.fontMetrics().averageCharWidth() * CARD_MEASURE_CHARS + 24
    qtbot.waitUntil(lambda: max(card.width() for card in cards) <= card_measure + 2)
    # Larger text keeps as many words to a line: the measure grows with the font.
    before, cards_before = max(widths), evidence.reading_width()
    window.set_text_scale(150)
    qtbot.waitUntil(lambda: max(_line_widths(window)) > before)
    assert evidence.reading_width() > cards_before


def test_an_article_on_a_very_wide_pane_wraps_at_a_reading_width_and_at_the_pane_when_narrow(
    qtbot: Any, story: Path
) -> None:
    analysis = analyze(story)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(1600, 700)
    view.show()
    view.show_article(analysis, 0, None)
    browser = view.browser
    qtbot.waitUntil(lambda: browser.document().textWidth() <= view.reading_width())
    assert view.reading_width() < browser.viewport().width() - 400
    assert not browser.horizontalScrollBar().isVisible()
    view.resize(420, 700)
    qtbot.waitUntil(lambda: browser.document().textWidth() <= browser.viewport().width())
    assert not browser.horizontalScrollBar().isVisible()


def test_a_folder_opened_through_a_symbolic_link_is_read_and_its_link_out_is_named_as_skipped(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path
) -> None:
    from corroborate.engine.readers.discover import OUTSIDE_FILE_REASON

    private = tmp_path / "private"
    private.mkdir()
    (private / "diary.txt").write_text("A private note about the weekend.\n", encoding="utf-8")
    (story / "diary.txt").symlink_to(private / "diary.txt")
    (story / "herald-again.txt").symlink_to("lowland-herald.txt")  # a sibling: read once
    dropped = tmp_path / "dropped"
    dropped.symlink_to(story)
    window = window_opening(qtbot, make_window, dropped)
    files = {a.file for a in window.session.analysis.articles}
    assert files == {a.file for a in analyze(story).articles}
    assert "diary.txt" not in files and "lowland-herald.txt" in files
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    skipped = [r.text(1) for r in rows if r.text(0) == "diary.txt"]
    assert skipped == [f"Skipped: {OUTSIDE_FILE_REASON}"]
