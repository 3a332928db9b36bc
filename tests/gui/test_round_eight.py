"""What a demanding reader still met: the story list showing another story than the one
analysed, a summary that could not be cut to a word count, status lines that said the
same thing three ways, a heading broken mid-word, a faint frame in the dark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton

from two_stories import write_two_stories

from .helpers import ENGINE_TIMEOUT_MS, wait_idle, window_opening


def _analyse_alone(qtbot: Any, window: Any, number: int) -> None:
    window.session.analyse_story(number)
    qtbot.waitUntil(lambda: window.session.shown_story == number, timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)


def test_the_story_list_shows_the_story_analysed_alone_not_the_folders_first(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    for number in (1, 0):
        _analyse_alone(qtbot, window, number)
        combo = window.banner.findChild(QComboBox, "storyChoice")
        assert combo.currentData() == number
        analyse = window.banner.findChild(QPushButton, "analyseStory")
        # Analysing the story shown alone again would change nothing: the button waits
        # for another story to be chosen, and its tip says so.
        assert not analyse.isEnabled() and "the one shown" in analyse.toolTip()
        combo.setCurrentIndex(combo.findData(1 - number))
        assert analyse.isEnabled()


def _status(window: Any) -> str:
    return str(window.statusBar().currentMessage())


def test_saving_the_map_and_exporting_the_summary_are_said_alike_naming_what_and_where(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_opening(qtbot, make_window, story)
    names = iter([tmp_path / "map.png", tmp_path / "brief.md"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(next(names)), ""))
    window.tabs.setCurrentWidget(window.coverage_view)
    qtbot.waitUntil(window.coverage_view.save_png.isEnabled)
    window.coverage_view.save_png.click()
    assert _status(window) == f"Coverage map saved to {tmp_path / 'map.png'}"
    window.include_coverage.setChecked(False)
    assert window.export_markdown() == tmp_path / "brief.md"
    assert _status(window) == f"Summary exported to {tmp_path / 'brief.md'}"
    window.copy_markdown()
    assert _status(window) == "Summary copied as Markdown"


def _edge_contrast(qtbot: Any, dark: bool, focused: bool) -> float:
    """How far a reading pane's outermost edge stands out from the window round it."""
    from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

    from corroborate.gui.theme import TickBoxStyle, contrast

    from .screenshot import dark_palette

    holder = QWidget()
    qtbot.addWidget(holder)
    style = TickBoxStyle("fusion")
    holder.setStyle(style)
    if dark:
        holder.setPalette(dark_palette())
    pane = QTextBrowser(holder)
    pane.setStyle(style)
    pane.setPlainText("The ferry ran again on Tuesday.")
    QVBoxLayout(holder).addWidget(pane)
    holder.resize(300, 160)
    holder.show()
    qtbot.waitExposed(holder)
    if focused:
        pane.setFocus()
        qtbot.waitUntil(pane.hasFocus)
    image = pane.grab().toImage()
    window = holder.palette().color(holder.palette().ColorRole.Window)
    middle = pane.height() // 2
    return contrast(image.pixelColor(0, middle), window)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_reading_panes_frame_shows_in_the_dark_as_in_the_light_and_its_focus_edge_reads_3_to_1(
    qtbot: Any, dark: bool
) -> None:
    assert _edge_contrast(qtbot, dark, focused=False) >= 1.9
    assert _edge_contrast(qtbot, dark, focused=True) >= 3.0


def test_the_summary_length_can_be_counted_in_words_as_the_command_lines_words_and_is_kept(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path, settings: Any
) -> None:
    from corroborate.cli import main

    window = window_opening(qtbot, make_window, story)
    bar = window.options_bar
    unit = bar.findChild(QComboBox, "lengthUnit")
    assert [unit.itemText(i) for i in range(unit.count())] == ["sentences", "words"]
    bar.length.setValue(5)
    unit.setCurrentIndex(unit.findText("words"))
    bar.length.setValue(60)
    qtbot.waitUntil(lambda: window.session.summary.options.words == 60)
    summary = window.session.summary
    quoted = sum(len(item.text.split()) for item in summary.items)
    assert quoted >= 60 and f"({quoted} words)" in window.caption.text()
    # The export is what the command line prints for the same word count.
    printed = tmp_path / "cli.md"
    assert main(["summarize", str(story), "--words", "60", "-o", str(printed)]) == 0
    assert window.session.markdown() == printed.read_text(encoding="utf-8")
    # Back to sentences, the count chosen before is there again; both are kept.
    unit.setCurrentIndex(unit.findText("sentences"))
    assert bar.length.value() == 5
    qtbot.waitUntil(lambda: window.session.summary.options.words is None)
    unit.setCurrentIndex(unit.findText("words"))
    assert bar.length.value() == 60
    assert settings.options().words == 60 and settings.options().sentences == 5
    again = make_window()
    again_unit = again.options_bar.findChild(QComboBox, "lengthUnit")
    assert again_unit.currentText() == "words" and again.options_bar.length.value() == 60


def _arrow_height(qtbot: Any, text_ratio: float) -> int:
    """The height in pixels of a collapsed tree row's expand arrow, at ``text_ratio``
    times the system's text size."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from corroborate.gui.theme import TickBoxStyle, contrast

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setStyle(TickBoxStyle("fusion"))
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(font.pointSizeF() * text_ratio)
    tree.setFont(font)
    tree.setHeaderHidden(True)
    tree.setIndentation(round(20 * text_ratio))
    parent = QTreeWidgetItem(tree, ["Harbour Gazette"])
    QTreeWidgetItem(parent, ["The ferry ran again on Tuesday."])
    tree.resize(400, 200)
    tree.show()
    qtbot.waitExposed(tree)
    image = tree.viewport().grab().toImage()
    row = tree.visualItemRect(parent)
    base = tree.palette().color(tree.palette().ColorRole.Base)
    marked = [
        y
        for y in range(row.top(), row.bottom() + 1)
        for x in range(0, tree.indentation())
        if contrast(image.pixelColor(x, y), base) > 1.5
    ]
    return max(marked) - min(marked) + 1 if marked else 0


def test_a_trees_expand_arrow_grows_with_the_text_as_its_tick_boxes_do(qtbot: Any) -> None:
    normal, doubled = _arrow_height(qtbot, 1.0), _arrow_height(qtbot, 2.0)
    assert normal >= 5 and doubled >= 1.6 * normal


def test_an_articles_headline_in_a_narrow_pane_at_large_text_never_breaks_inside_a_word(
    qtbot: Any,
) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QFontDatabase

    from corroborate.gui.article_view import ArticleView

    from .fakes import story

    analysis = story()
    headline = "Families of the Fennick ferry crew gather at the harbourmaster's office"
    articles = (replace(analysis.articles[0], title=headline), *analysis.articles[1:])
    analysis = replace(analysis, articles=articles)
    view = ArticleView()
    qtbot.addWidget(view)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(font.pointSizeF() * 2.5)
    view.setFont(font)
    view.resize(190, 400)  # the right pane of a small window at 250% text
    view.show()
    qtbot.waitExposed(view)
    view.show_article(analysis, 0, None)
    document = view.browser.document()
    document.setTextWidth(view.browser.viewport().width())
    block = document.begin()
    # the headline, or as much of it as two lines hold, its lines parted where it has spaces
    shown = block.text()
    cut = shown.rstrip("…")
    assert shown.replace("\u2028", " ") == headline or headline.startswith(
        cut.replace("\u2028", " ")
    )
    layout = block.layout()
    ends = [
        layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
        for i in range(layout.lineCount())
    ]
    assert layout.lineCount() > 1
    for end in ends[:-1]:
        # each line stops after a space (a break between words), never between letters
        assert shown[end - 1] in " \u2028" or shown[end] in " \u2028", shown[:end]
