"""What a demanding reader found using the window on real stories: the caption's
grammar with one sentence, the left-out files told apart, Find naming the pane it
searches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from corroborate.engine import to_markdown
from corroborate.gui.sources_view import FileRole

from .helpers import wait_idle, window_showing


def test_a_summary_of_one_sentence_is_not_said_to_be_each_backed(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.options_bar.length.setValue(1)
    qtbot.waitUntil(lambda: len(window.session.summary.items) == 1, timeout=60_000)
    caption = window.caption.text().replace("<b>", "").replace("</b>", "")
    assert caption.startswith("1 sentence, backed by ")
    assert "each" not in caption
    # Two sentences or more: each of them is.
    window.options_bar.length.setValue(2)
    qtbot.waitUntil(lambda: len(window.session.summary.items) == 2, timeout=60_000)
    assert "2 sentences, each backed by" in window.caption.text().replace("<b>", "").replace(
        "</b>", ""
    )


def test_files_left_out_are_told_apart_when_a_reason_holds_a_comma_or_a_semicolon(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    (story / "notes.txt").write_bytes(bytes(range(256)) * 40)  # binary, not text
    (story / "blank.txt").write_text("", encoding="utf-8")
    (story / "picture.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    (story / "dump.txt").write_text("Word after word. " * 400_000, encoding="utf-8")  # too large
    window = window_showing(qtbot, make_window, story)
    problems = window.session.analysis.file_problems
    assert len(problems) == 4
    reasons = {p.file: p.reason for p in problems}
    assert "," in reasons["notes.txt"] and ";" in reasons["dump.txt"], "the class: such reasons"
    shown = [m for m in window.banner.messages if "left out" in m.text]
    assert len(shown) == 1
    line = next(
        label.text() for label in window.banner.findChildren(QLabel)
        if label.text().startswith(shown[0].text)
    )  # fmt: skip
    first, second = (f"{p.file}: {p.reason}" for p in problems[:2])
    assert f"{first} · {second} · and 2 more" in line


def test_find_names_the_pane_it_searches_once_another_tab_is_in_front(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentIndex(0)
    window.menu_actions.find.trigger()
    field = window.find_bar.field
    QTest.keyClicks(field, "bridge")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.find_bar.where.text() == "Find in Summary:"
    assert " of " in window.find_bar.status.text()
    window.tabs.setCurrentWidget(window.disagreements_view)
    assert window.find_bar.where.text() == "Find in Disagreements:"
    assert window.find_bar.status.text() == "", "the Summary's count is not this pane's"
    # Enter then searches the pane it names.
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.find_bar.status.text()
    browser = window.disagreements_view.browser
    assert "bridge" in browser.textCursor().selectedText().casefold()
    wait_idle(qtbot, window)


def test_a_skipped_file_chosen_in_articles_says_why_instead_of_keeping_the_last_article(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    (story / "notes.txt").write_bytes(bytes(range(256)) * 40)  # binary, not text
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    article = next(r for r in rows if r.text(0) != "notes.txt")
    skipped = next(r for r in rows if r.text(0) == "notes.txt")
    tree.setCurrentItem(article)
    assert window.detail.currentWidget() is window.article_view
    tree.setCurrentItem(skipped)
    assert window.detail.currentWidget() is window.detail_hint
    note = window.detail_hint.text()
    reason = window.session.analysis.file_problems[0].reason
    assert note.startswith("notes.txt was skipped: ") and reason in note
    # Back returns to the article shown before, Forward to the note again.
    window.go_back()
    assert window.detail.currentWidget() is window.article_view
    window.go_forward()
    assert window.detail_hint.text() == note


def test_one_article_is_said_to_corroborate_nothing_once_not_again_in_a_banner(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    for article in sorted(story.glob("*.txt"))[1:]:
        article.unlink()
    window = window_showing(qtbot, make_window, story)
    assert window.session.analysis.independent_sources == 1
    assert window.session.summary.notes, "the engine notes it (the Markdown report says it)"
    assert "nothing can be corroborated" in window.caption.text()
    assert "corroborated" not in window.banner.text()
    assert window.banner.isHidden() or not window.banner.messages


def test_a_summary_sentence_copied_names_the_outlet_it_is_quoted_from_then_its_file(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    analysis = window.session.analysis
    window.summary_view.select_row(0)
    window.summary_view.list.setFocus()
    qtbot.keyClick(window.summary_view.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    for row, item in enumerate(window.session.summary.items):
        outlet = analysis.article_named(item.file).outlet
        said = window.summary_view.model.attribution(row)
        assert said.splitlines()[1].startswith(f"— {outlet} ({item.file}); backed by ")
    item = window.session.summary.items[0]
    assert copied == window.summary_view.model.attribution(0)
    assert f"— {analysis.article_named(item.file).outlet} ({item.file})" in copied


def test_an_outlet_renamed_in_articles_keeps_its_article_in_sight_beside_the_list(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    for position in (len(rows) - 1, 0):  # a row lower down, and the first row
        row = tree.topLevelItem(position)
        file = row.data(0, FileRole)
        tree.setCurrentItem(row, 0, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        assert window.article_view.shown_article().file == file
        name = f"Renamed Outlet {position}"
        window.sources_view.rename_outlet(outlet=name)
        qtbot.waitUntil(
            lambda n=name: n in window.session.analysis.group_outlets and not window.session.busy,
            timeout=60_000,
        )
        qtbot.waitUntil(
            lambda n=name: getattr(window.article_view.shown_article(), "outlet", "") == n,
            timeout=10_000,
        )
        assert tree.currentItem().data(0, FileRole) == file
        assert window.article_view.shown_article().file == file
        assert window.detail.currentWidget() is window.article_view


def test_a_minimum_support_of_every_outlet_is_said_as_all_of_them_not_as_or_more(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    total = window.session.analysis.independent_sources
    for need, said in ((total, f"all {total}"), (total - 1, f"{total - 1} or more")):
        window.options_bar.min_sources.setValue(need)
        qtbot.waitUntil(lambda n=need: window.session.summary.options.min_sources == n)
        summary = window.session.summary
        backed = sum(item.support >= need for item in summary.items)
        assert 0 < backed < len(summary.items), "the sample story has both kinds"
        caption = window.caption.text().replace("<b>", "").replace("</b>", "")
        assert f"{backed} backed by {said}, " in caption
        # The Markdown report says it the same way.
        markdown = to_markdown(summary)
        assert f"backed by {said} outlets;" in markdown
        assert f"{total} or more" not in caption + markdown


def test_the_status_line_stops_asking_for_a_folder_once_one_is_being_read(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = make_window()
    assert window.statusBar().currentMessage().startswith("Drop a folder")
    started: list[str] = []
    # (connected after the window's own slot: it sees the line as the window left it)
    window.session.started.connect(
        lambda _what: started.append(window.statusBar().currentMessage())
    )
    window.session.open_folder(story)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert not started[0].startswith("Drop a folder"), "said while the folder is read"
    wait_idle(qtbot, window)
