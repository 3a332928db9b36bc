"""Export as Markdown or JSON from the one dialog, and a folder's stories analysed one at
a time, each within reach of the others."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QPushButton

from corroborate.cli import main
from corroborate.gui.export import chosen_export
from corroborate.gui.session import Stories
from corroborate.gui.status import one_story_message
from two_stories import write_two_stories

from .fakes import FakeEngine
from .helpers import (
    ENGINE_TIMEOUT_MS,
    open_new_folder,
    wait_idle,
    window_opening,
)


def answer_dialog(monkeypatch: pytest.MonkeyPatch, name: Path, chosen_filter: str) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(name), chosen_filter)
    )


def test_a_name_typed_without_an_extension_gets_the_chosen_types_extension() -> None:
    assert chosen_export("/out/bridge", "Markdown (*.md)") == (Path("/out/bridge.md"), "markdown")
    assert chosen_export("/out/bridge", "JSON (*.json)") == (Path("/out/bridge.json"), "json")
    assert chosen_export("/out/bridge.json", "Markdown (*.md)")[1] == "json"
    assert chosen_export("/out/notes.txt", "JSON (*.json)") == (Path("/out/notes.txt"), "json")
    assert chosen_export("/out/notes.txt", "All files (*)") == (Path("/out/notes.txt"), "markdown")


def test_a_json_export_escapes_a_terminal_control_in_a_file_name_as_the_command_line_does(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path
) -> None:
    first = sorted(story.glob("*.txt"))[0]
    hostile = first.with_name("wire\x9b31m-copy.txt")
    first.rename(hostile)
    window = window_opening(qtbot, make_window, story)
    exported = window.session.json_text()
    printed = tmp_path / "cli.json"
    assert main(["summarize", str(story), "--format", "json", "-o", str(printed)]) == 0
    assert exported == printed.read_text(encoding="utf-8")
    assert "\x9b" not in exported and "\\u009b" in exported
    assert hostile.name in {d["file"] for d in json.loads(exported)["documents"]}


def test_choosing_json_in_the_export_dialog_writes_what_the_command_line_prints(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_opening(qtbot, make_window, story)
    window.options_bar.length.setValue(5)
    qtbot.waitUntil(lambda: window.session.summary.options.sentences == 5)
    window.include_coverage.setChecked(True)  # a JSON export carries no map
    answer_dialog(monkeypatch, tmp_path / "report", "JSON (*.json)")
    assert window.export_markdown() == tmp_path / "report.json"
    printed = tmp_path / "cli.json"
    cli = ["summarize", str(story), "--sentences", "5", "--format", "json", "-o", str(printed)]
    assert main(cli) == 0
    assert (tmp_path / "report.json").read_bytes() == printed.read_bytes()
    assert json.loads(printed.read_text(encoding="utf-8"))["summary"]
    assert not list(tmp_path.glob("*coverage*"))


def test_a_markdown_export_named_without_extension_is_saved_as_md_and_asks_before_replacing(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_opening(qtbot, make_window, story)
    existing = tmp_path / "bridge.md"
    existing.write_text("an earlier export\n", encoding="utf-8")
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(next(answers).value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    answer_dialog(monkeypatch, tmp_path / "bridge", "Markdown (*.md)")
    # "No" brings the dialog back (on the name with its extension), "Yes" replaces.
    assert window.export_markdown() == existing
    assert len(asked) == 2 and "bridge.md already exists" in asked[0]
    assert existing.read_text(encoding="utf-8") == window.session.markdown()
    assert not (tmp_path / "bridge").exists()


def _choose_story(qtbot: Any, window: Any, number: int) -> None:
    combo = window.banner.findChild(QComboBox, "storyChoice")
    combo.setCurrentIndex(combo.findData(number))
    [button] = [
        b for b in window.banner.findChildren(QPushButton) if b.text() == "Analyse This Story Alone"
    ]
    button.click()
    qtbot.waitUntil(lambda: window.session.shown_story == number, timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)


def test_a_story_of_a_mixed_folder_analysed_alone_says_so_and_leads_to_the_others(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    stories = window.session.stories
    assert stories is not None and len(stories.groups) == 2
    combo = window.banner.findChild(QComboBox, "storyChoice")
    # Each story is named in the list, not only numbered: whole in its tip, and in the
    # list too unless too long to read there, then cut with an ellipsis.
    named = [
        f"{n + 1} · {len(files)} articles · “{stories.labels[n]}”"
        for n, files in enumerate(stories.groups)
    ]
    assert [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())] == named
    for i, whole in enumerate(named):
        shown = combo.itemText(i)
        assert shown == whole or (shown.endswith("…") and whole.startswith(shown[:-1]))
    # The keyboard reaches the list and its button where they are read: after the
    # controls above the banner, before the banner's own buttons.
    analyse = window.banner.findChild(QPushButton, "analyseStory")
    window.options_bar.min_sources.setFocus()
    window.focusNextChild()
    assert window.focusWidget() is combo
    window.focusNextChild()
    assert window.focusWidget() is analyse
    window.focusNextChild()
    assert window.focusWidget() is window.banner.details_button
    # The list of stories never holds the window wider than a small screen.
    assert window.minimumSizeHint().width() <= 800
    _choose_story(qtbot, window, 0)
    assert window.minimumSizeHint().width() <= 800
    assert {a.file for a in window.session.analysis.articles} == set(stories.groups[0])
    said = window.banner.text()
    assert f"Story 1 of 2 alone: “{stories.labels[0]}”" in said
    # On to the other story from the banner, not by ticking its articles one by one.
    _choose_story(qtbot, window, 1)
    assert {a.file for a in window.session.analysis.articles} == set(stories.groups[1])
    assert "Story 2 of 2 alone" in window.banner.text()
    [every] = [
        b for b in window.banner.findChildren(QPushButton)
        if b.text() == "Analyse All Stories Together"
    ]  # fmt: skip
    every.click()
    qtbot.waitUntil(
        lambda: len(window.session.analysis.articles) == len(stories.files()),
        timeout=ENGINE_TIMEOUT_MS,
    )
    wait_idle(qtbot, window)
    assert window.session.shown_story is None
    assert "seems to hold 2 stories" in window.banner.text()


def test_the_stories_of_one_folder_are_forgotten_when_another_folder_is_opened(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    open_new_folder(qtbot, window, tmp_path, "mixed")
    window.session.stories = Stories((("a.txt",), ("b.txt",)), ("A", "B"))
    window.session.analyse_story(1)
    wait_idle(qtbot, window)
    assert window.session.shown_story == 1 and "Story 2 of 2 alone" in window.banner.text()
    open_new_folder(qtbot, window, tmp_path, "another")
    assert window.session.stories is None
    assert "alone" not in window.banner.text()


def test_one_story_alone_leaves_out_every_other_article_even_one_in_no_story(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    stories = Stories((("a.txt", "b.txt"), ("c.txt",)), ("A", "C"), strays=("x.txt",))
    assert stories.shown(frozenset({"c.txt", "x.txt"})) == 0
    assert stories.shown(frozenset({"c.txt"})) is None  # the stray is read too: a mix
    engine = FakeEngine()
    window = make_window(engine)
    open_new_folder(qtbot, window, tmp_path, "mixed")
    window.session.stories = stories
    window.session.analyse_story(1)
    wait_idle(qtbot, window)
    assert set(engine.calls[-1][1]) == {"a.txt", "b.txt", "x.txt"}
    window.session.analyse_all_stories()
    wait_idle(qtbot, window)
    assert engine.calls[-1][1] == ()


def test_a_name_with_dots_but_no_extension_still_gets_the_chosen_types_extension() -> None:
    assert chosen_export("/out/Mr. Park's bridge", "Markdown (*.md)") == (
        Path("/out/Mr. Park's bridge.md"),
        "markdown",
    )
    assert chosen_export("/out/vote 28.11", "JSON (*.json)") == (
        Path("/out/vote 28.11.json"),
        "json",
    )
    assert chosen_export("/out/bridge.v2", "Markdown (*.md)") == (
        Path("/out/bridge.v2"),
        "markdown",
    )


def test_a_json_export_is_of_the_summary_shown_when_export_was_chosen(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_opening(qtbot, make_window, story)
    shown = window.session.summary

    def answer(*_a: Any, **_k: Any) -> tuple[str, str]:
        window.session.summary = None  # the story is read again while the dialog is open
        return str(tmp_path / "report"), "JSON (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    assert window.export_markdown() == tmp_path / "report.json"
    window.session.summary = shown
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == window.session.json_text()


def test_the_one_story_message_counts_one_article_and_one_left_out_in_the_singular() -> None:
    stories = Stories(groups=(("a.txt", "b.txt"), ("c.txt",)), labels=("Bridge", "Fire"))
    assert "(2 articles; the folder's other article is left out)" in (
        one_story_message(stories, 0).text
    )
    assert "(1 article; the folder's other 2 are left out)" in one_story_message(stories, 1).text


def test_each_story_of_a_mixed_folder_is_named_in_the_banner_as_its_own_report_is_titled(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    named = window.session.stories.labels
    for number in range(len(named)):
        _choose_story(qtbot, window, number)
        title = window.session.summary.title
        # The list read before any story was analysed alone already named it so.
        assert named[number] == title
        assert f"Story {number + 1} of {len(named)} alone: “{title}”" in window.banner.text()
        combo = window.banner.findChild(QComboBox, "storyChoice")
        other = 1 - number
        tip = combo.itemData(combo.findData(other), Qt.ItemDataRole.ToolTipRole)
        assert tip.endswith(f"“{window.session.stories.labels[other]}”")


def test_a_story_analysed_alone_keeps_its_reports_title_as_its_name_among_the_others() -> None:
    stories = Stories((("a.txt", "b.txt"), ("c.txt",)), ("Bridge closes", "Fire"))
    titled = stories.titled(0, "Carrow bridge closed after survey")
    assert titled.labels == ("Carrow bridge closed after survey", "Fire")
    assert titled.groups == stories.groups
    assert stories.titled(None, "Anything") is stories


def test_open_articles_summarizes_the_files_chosen_as_one_story(
    qtbot: Any, make_window: Any, story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = sorted(story.glob("*.txt"))[:3]
    offered: list[str] = []

    def get_open_file_names(parent: Any, caption: str, start: str, filters: str) -> Any:
        offered.append(filters)
        return [str(path) for path in chosen], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    window = make_window()
    window.menu_actions.open_files.trigger()
    qtbot.waitUntil(
        lambda: (
            window.session.analysis is not None
            and [a.file for a in window.session.analysis.articles] == [p.name for p in chosen]
        ),
        timeout=ENGINE_TIMEOUT_MS,
    )
    wait_idle(qtbot, window)
    assert window.session.summary is not None
    articles = offered[0].split(";;")[0]
    assert articles.startswith("Articles (") and all(
        f"*{suffix}" in articles for suffix in (".txt", ".html", ".mhtml", ".pdf", ".odt", ".rtf")
    )


def test_a_report_exported_with_its_map_into_the_story_folder_is_not_read_back_as_articles(
    qtbot: Any, make_window: Any, story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_opening(qtbot, make_window, story)
    files = {a.file for a in window.session.analysis.articles}
    window.include_coverage.setChecked(True)
    answer_dialog(monkeypatch, story / "harbour-report", "Markdown (*.md)")
    assert window.export_markdown() == story / "harbour-report.md"
    assert (story / "harbour-report-coverage.png").is_file()
    first = window.session.analysis
    window.session.open_folder(story)
    qtbot.waitUntil(lambda: window.session.analysis is not first, timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert {a.file for a in window.session.analysis.articles} == files
    assert not window.session.analysis.file_problems
