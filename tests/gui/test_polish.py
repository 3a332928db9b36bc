"""A demanding reader's window: every pane usable on a small screen, failures said once,
tick boxes seen in either theme, links alike, Find that counts, each correction counted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from corroborate.gui.evidence_view import link_fragments
from corroborate.gui.find_bar import FIND_TEXT_ROLE

from .helpers import (
    one_outlet_story,
    open_find_bar,
    wait_idle,
    wait_settled,
    window_opening,
    window_showing,
)


def test_two_not_the_same_claims_on_one_claim_count_as_two_corrections(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.summary_view.select_row(0)
    evidence = window.evidence_view.evidence
    analysis = window.session.analysis
    own_group = analysis.sentence_group[evidence.sentence]
    others = [s.group for s in analysis.claim(evidence.sentence).statements if s.group != own_group]
    assert len(others) >= 3
    window.evidence_view.not_same_claim(others[0])
    qtbot.waitUntil(lambda: bool(window.session.corrections.unmatched), timeout=60_000)
    wait_idle(qtbot, window)
    assert "1 correction by you" in window.caption.text()
    # The same row, another outlet set apart from it: a second correction.
    window.summary_view.select_sentence(evidence.sentence)
    qtbot.waitUntil(lambda: window.evidence_view.evidence is not None)
    before = window.session.corrections
    window.evidence_view.not_same_claim(others[1])
    qtbot.waitUntil(lambda: window.session.corrections != before, timeout=60_000)
    wait_idle(qtbot, window)
    assert "2 corrections by you" in window.caption.text()
    report = window.session.markdown()
    assert report is not None and report.count("- not the same claim:") == 2
    # Each is undone on its own.
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.corrections == before, timeout=60_000)
    wait_idle(qtbot, window)
    assert "1 correction by you" in window.caption.text()


def test_a_folder_that_fails_to_load_says_why_once_naming_the_folder_and_the_file(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    broken = tmp_path / "harbour-files"
    broken.mkdir()
    (broken / "scan.txt").write_bytes(bytes(range(256)) * 16)
    window = window_opening(qtbot, make_window, broken)
    qtbot.waitUntil(lambda: window.summary_view.placeholder.isVisibleTo(window.summary_view))
    page = window.summary_view.placeholder.text()
    assert str(broken) in page and "scan.txt: it looks like a binary file" in page
    assert page.count("No readable article") == 1
    # Nowhere else: no banner above the page, no status line, no window of its own.
    assert window.banner.isHidden() and not window.banner.messages
    assert window.statusBar().currentMessage() == ""
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    # The page reads as the reason, not as a faint hint.
    assert window.summary_view.placeholder.property("failed") is True


def test_a_failure_that_keeps_the_story_is_said_once_in_the_banner_above_it(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    from corroborate.gui.session import Failure

    window = window_showing(qtbot, make_window, story)
    window.show_failure(
        Failure("Every article is left out", "Tick at least one article.", keeps_story=True)
    )
    assert window.banner.text().count("Every article is left out") == 1
    assert window.summary_view.list.isVisibleTo(window.summary_view)
    assert window.summary_view.placeholder.property("failed") is not True


def _find(qtbot: Any, window: Any, backwards: bool = False) -> str:
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, modifier)
    return window.find_bar.status.text()


def test_find_counts_the_matches_and_steps_through_them_with_enter_and_shift_enter(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    open_find_bar(qtbot, window)
    model = window.summary_view.model
    # What a row is searched by: its sentence and every outlet backing it.
    indexes = [model.index(i, 0) for i in range(model.rowCount())]
    rows = [str(i.data(FIND_TEXT_ROLE) or i.data(Qt.ItemDataRole.DisplayRole)) for i in indexes]
    word = "the"
    hits = [i for i, text in enumerate(rows) if word in text.lower()]
    assert len(hits) >= 3
    qtbot.keyClicks(window.find_bar.field, word)
    # From the row in hand (the first), Enter goes on to the next match, and says where.
    after = next(i for i in hits if i > 0)
    assert _find(qtbot, window) == f"{hits.index(after) + 1} of {len(hits)}"
    assert window.summary_view.list.currentIndex().row() == after
    assert _find(qtbot, window) == f"{hits.index(after) + 2} of {len(hits)}"
    assert _find(qtbot, window, backwards=True) == f"{hits.index(after) + 1} of {len(hits)}"
    # Past the last it comes round to the first.
    for _ in range(len(hits)):
        _find(qtbot, window)
    assert window.summary_view.list.currentIndex().row() in hits
    window.find_bar.field.clear()
    assert window.find_bar.status.text() == ""  # no count of a search no longer typed
    qtbot.keyClicks(window.find_bar.field, "zzqx")
    assert _find(qtbot, window) == "No matches"


def test_find_in_an_article_counts_each_occurrence_of_the_words(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    evidence = window.evidence_view.evidence
    sentence = evidence.sources[0].sentences[0]
    window.evidence_view.article_requested.emit(sentence.article, sentence.id)
    browser = window.article_view.browser
    browser.setFocus()
    qtbot.waitUntil(lambda: window._pane == "detail")
    window.menu_actions.find.trigger()
    assert window.find_bar.where.text() == "Find in the article:"
    total = browser.toPlainText().lower().count("bridge")
    assert total >= 2
    qtbot.keyClicks(window.find_bar.field, "bridge")
    first = _find(qtbot, window)
    assert first.endswith(f" of {total}")
    second = _find(qtbot, window)
    assert int(second.split()[0]) == int(first.split()[0]) % total + 1
    assert browser.textCursor().selectedText().lower() == "bridge"


def _tick_box_contrast(
    qtbot: Any, dark: bool, state: Qt.CheckState, own_style: bool = True
) -> float:
    """The strongest contrast between a tick box's pixels and the list's base colour."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from corroborate.gui.theme import TickBoxStyle, contrast

    from .screenshot import dark_palette

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    if own_style:
        style = TickBoxStyle("fusion")
        tree.setStyle(style)
    if dark:
        tree.setPalette(dark_palette())
    tree.setRootIsDecorated(False)
    tree.setHeaderHidden(True)
    item = QTreeWidgetItem(tree, ["Harbour Gazette"])
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, state)
    tree.resize(300, 80)
    tree.show()
    qtbot.waitExposed(tree)
    image = tree.viewport().grab().toImage()
    row = tree.visualItemRect(item)
    base = tree.palette().color(tree.palette().ColorRole.Base)
    pixels = [
        image.pixelColor(x, y)
        for x in range(row.left(), row.left() + row.height() + 4)
        for y in range(row.top(), row.bottom())
    ]
    return max(contrast(pixel, base) for pixel in pixels)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize(
    "state", [Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.PartiallyChecked]
)
def test_an_articles_tick_box_stands_out_from_the_list_in_either_theme(
    qtbot: Any, dark: bool, state: Qt.CheckState
) -> None:
    # 3:1, what a control's edge needs to be seen (WCAG's non-text contrast).
    assert _tick_box_contrast(qtbot, dark, state) >= 3.0


def test_the_theme_draws_the_tick_boxes_of_a_fusion_window_itself(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtWidgets import QStyleFactory

    from corroborate.gui.theme import Theme

    before = qapp.style().name()
    qapp.setStyle(QStyleFactory.create("fusion"))
    try:
        Theme(qapp)
        assert _tick_box_contrast(qtbot, True, Qt.CheckState.Unchecked, own_style=False) >= 3.0
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(QStyleFactory.create(before))


def _anchors(document: Any) -> list[tuple[str, str]]:
    """Each link of a rich text: its words and the colour they are drawn in."""
    from PySide6.QtGui import QTextDocument

    assert isinstance(document, QTextDocument)
    return [
        (fragment.text(), fragment.charFormat().foreground().color().name())
        for fragment in link_fragments(document)
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_disagreements_links_read_and_look_like_the_evidence_cards_links(
    qtbot: Any, make_window: Any, story: Path, dark: bool
) -> None:
    from PySide6.QtGui import QPalette, QTextDocument
    from PySide6.QtWidgets import QLabel

    from .screenshot import dark_palette

    window = window_showing(qtbot, make_window, story)
    if dark:
        window.setPalette(dark_palette())
    link = window.palette().color(QPalette.ColorRole.Link).name()
    window.tabs.setCurrentWidget(window.disagreements_view)
    listed = _anchors(window.disagreements_view.browser.document())
    assert len(listed) >= 4
    assert {words for words, _colour in listed} == {"Show in article"}
    assert {colour for _words, colour in listed} == {link}
    # The cards' links: the same words, drawn in the same colour (the palette's link).
    window.tabs.setCurrentIndex(0)
    window.summary_view.select_row(0)
    cards = [
        label for label in window.evidence_view.findChildren(QLabel)
        if "Show in article" in label.text()
    ]  # fmt: skip
    assert cards
    for label in cards:
        document = QTextDocument()
        document.setHtml(label.text())
        shown = [words for words, _colour in _anchors(document)]
        assert shown[0] == "Show in article"
        assert "color" not in label.text()  # drawn in the label's palette link colour
        assert label.palette().color(QPalette.ColorRole.Link).name() == link


def _fully_shown(widget: Any) -> bool:
    """Whether all of ``widget`` is on screen: not scrolled away nor cut by the window."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_every_panes_buttons_are_in_sight_on_a_1024_by_640_window(
    qtbot: Any, laptop_window: Any
) -> None:
    from PySide6.QtWidgets import QPushButton

    window = laptop_window
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_settled(qtbot, window)
        page = window.tabs.currentWidget()
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
        name = window.tabs.tabText(index)
        assert all(_fully_shown(b) for b in buttons), (name, [b.text() for b in buttons])
    # The coverage map's, in particular, with the map and figures scrolling above them.
    window.tabs.setCurrentWidget(window.coverage_view)
    wait_settled(qtbot, window)
    assert _fully_shown(window.coverage_view.save_png)
    assert _fully_shown(window.coverage_view.save_svg)
    assert window.coverage_view.page.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_silent_outlets_cell_of_the_coverage_map_is_seen_in_either_theme(
    qtbot: Any, make_window: Any, story: Path, dark: bool
) -> None:
    from PySide6.QtGui import QPalette

    from corroborate.gui.theme import contrast

    from .screenshot import dark_palette

    window = window_showing(qtbot, make_window, story)
    if dark:
        window.setPalette(dark_palette())
    window.tabs.setCurrentWidget(window.coverage_view)
    coverage_map = window.coverage_view.map
    qtbot.waitUntil(lambda: coverage_map.matrix is not None)
    matrix, layout = coverage_map.matrix, coverage_map.map_layout()
    row, column = next(
        (r, c)
        for r, line in enumerate(matrix.rows)
        for c, cell in enumerate(line.cells)
        if cell.state == ""
    )
    image = coverage_map.grab().toImage()
    rect = layout.cell_rect(row, column)
    scale = coverage_map.scale()
    base = coverage_map.palette().color(QPalette.ColorRole.Base)
    pixels = [
        image.pixelColor(int(x * scale), int(y * scale))
        for x in range(int(rect.left()), int(rect.right()))
        for y in range(int(rect.top()), int(rect.bottom()))
    ]
    assert max(contrast(pixel, base) for pixel in pixels) >= 3.0


def test_the_articles_number_headings_stay_whole_when_the_text_is_made_larger(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    header = tree.header()
    for scale in (100, 150, 200):
        window.set_text_scale(scale)
        wait_settled(qtbot, window)
        for column in (2, 3):
            heading = header.fontMetrics().horizontalAdvance(tree.headerItem().text(column))
            assert tree.columnWidth(column) >= heading + 8, (scale, column)


@pytest.mark.parametrize(("scale", "least"), [(100, 18), (150, 18), (200, 12)])
def test_the_articles_titles_take_the_room_the_outlets_give_at_large_text_on_a_1024_window(
    qtbot: Any, laptop_window: Any, scale: int, least: int
) -> None:
    window = laptop_window
    window.tabs.setCurrentWidget(window.sources_view)
    window.set_text_scale(scale)
    wait_settled(qtbot, window)
    tree = window.sources_view.tree
    chars = tree.header().fontMetrics().averageCharWidth()
    widths = [tree.columnWidth(column) for column in range(4)]
    # the titles get the most room the numbers leave (some 20 characters at 150%, 15 at
    # 200%); the outlets' names are elided before the titles are; no column runs past the edge
    assert widths[1] >= widths[0], (scale, widths)
    assert widths[1] >= least * chars, (scale, widths)
    assert sum(widths) <= tree.viewport().width(), (scale, widths)
    assert tree.textElideMode() == Qt.TextElideMode.ElideRight


def test_an_outlets_column_the_reader_widened_stays_so_when_the_window_is_resized(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    tree.header().resizeSection(0, 300)  # as the reader's drag does
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.set_text_scale(150)
    wait_settled(qtbot, window)
    assert tree.columnWidth(0) == 300


_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "in",
    "into",
    "of",
    "on",
    "or",
    "the",
    "to",
}


def test_every_button_is_worded_in_title_case_and_says_more_in_a_tooltip(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from two_stories import write_two_stories

    window = window_showing(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    # The banner's (this folder holds two stories) and every pane's.
    buttons = [b for b in window.findChildren(QPushButton) if b.text()]
    assert len(buttons) >= 8
    for button in buttons:
        words = button.text().replace("&", "").rstrip("…").split()
        lower = [
            w for i, w in enumerate(words) if w[0].islower() and (i == 0 or w not in _SMALL_WORDS)
        ]  # fmt: skip
        assert not lower, button.text()
        assert button.toolTip() or button.accessibleDescription(), button.text()


def test_a_story_named_longer_than_its_list_box_ends_with_an_ellipsis_not_cut_by_the_edge(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    from two_stories import write_two_stories

    window = window_showing(qtbot, make_window, write_two_stories(tmp_path / "mixed"))
    box = window.banner.findChild(QComboBox, "storyChoice")
    assert box is not None
    whole = box.currentText()
    box.setFixedWidth(260)  # a narrow window's
    qtbot.waitUntil(lambda: box.shown_text().endswith("…"))
    shown = box.shown_text()
    assert shown.endswith("…") and whole.startswith(shown[:-1].rstrip())
    assert box.fontMetrics().horizontalAdvance(shown) < box.width()
    box.setFixedWidth(box.fontMetrics().horizontalAdvance(whole) + 80)
    qtbot.waitUntil(lambda: box.shown_text() == whole)
    assert box.shown_text() == whole  # room for all of it: all of it


def test_a_sentence_opened_in_its_article_shows_whose_article_it_is_when_both_fit(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.resize(1280, 800)
    analysis = window.session.analysis
    view, bar = window.article_view, window.article_view.browser.verticalScrollBar()
    lead = next(s for s in analysis.sentences if s.paragraph == 0)
    window.evidence_view.article_requested.emit(lead.article, lead.id)
    qtbot.waitUntil(lambda: view.sentence_span(lead.text) is not None)
    wait_settled(qtbot, window)
    assert bar.maximum() > 0 and bar.value() == 0  # the headline and byline in sight
    # A sentence far down a long article: in sight, with what leads up to it above it.
    deep = max(analysis.sentences, key=lambda s: (s.paragraph, s.id))
    window.evidence_view.article_requested.emit(deep.article, deep.id)
    qtbot.waitUntil(lambda: bar.value() > 0)
    top, bottom = view.sentence_span(deep.text)
    height = view.browser.viewport().height()
    assert bar.value() <= top and bottom <= bar.value() + height
    assert top - bar.value() >= view.browser.fontMetrics().lineSpacing()


def test_f3_and_shift_f3_step_through_the_matches_with_the_focus_left_in_the_list(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    listed = window.summary_view.list
    listed.setFocus()
    window.summary_view.select_row(0)
    qtbot.keyClick(listed, Qt.Key.Key_F3)  # nothing looked for yet: Find opens
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "bridge")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_F3)
    assert window.find_bar.isVisible() and listed.hasFocus()
    first = window.find_bar.status.text()
    row = listed.currentIndex().row()
    assert row > 0 and " of " in first
    qtbot.keyClick(listed, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert listed.currentIndex().row() > row
    qtbot.keyClick(listed, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert listed.currentIndex().row() == row and window.find_bar.status.text() == first
    sheet = window.shortcuts_sheet().text()
    assert "F3" in sheet and "Find Next" in sheet and "Find Previous" in sheet


def test_find_in_the_evidence_counts_the_cards_lines_that_hold_the_words(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    from PySide6.QtWidgets import QFrame

    window.summary_view.select_row(0)
    qtbot.waitUntil(
        lambda: sum(c.isVisible() for c in window.evidence_view.findChildren(QFrame, "card")) >= 3
    )
    window.evidence_view.setFocus()
    qtbot.waitUntil(lambda: window._pane == "detail")
    window.menu_actions.find.trigger()
    assert window.find_bar.where.text() == "Find in the evidence:"
    qtbot.keyClicks(window.find_bar.field, "tessel")
    first = _find(qtbot, window)
    position, _of, total = first.split()
    assert position == "1" and int(total) >= 3  # one line of each card quoting it, at least
    assert _find(qtbot, window) == f"2 of {total}"
    assert _find(qtbot, window, backwards=True) == f"1 of {total}"
    assert _find(qtbot, window, backwards=True) == f"{total} of {total}"  # round to the last


def test_one_outlets_story_says_why_its_lists_are_empty_and_offers_nothing_to_select(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    one = one_outlet_story(tmp_path / "one")
    window = window_showing(qtbot, make_window, one)
    assert window.session.analysis.independent_sources == 1
    window.tabs.setCurrentWidget(window.single_source_view)
    view = window.single_source_view
    assert view.why_text().startswith("One outlet only")  # read, not chosen: no row
    assert view.tree.isHidden() and view.tree.topLevelItemCount() == 0
    assert window.single_source_view.note.isHidden()
    assert window.detail.isHidden()  # no "Select a sentence" beside a list without one
    window.tabs.setCurrentWidget(window.disagreements_view)
    said = window.disagreements_view.browser.toPlainText()
    assert said.startswith("One outlet only") and "Add articles from other outlets" in said
    assert window.detail.isHidden()


def test_every_tab_says_in_a_tooltip_what_it_shows_and_its_key(make_window: Any) -> None:
    window = make_window()
    for index in range(window.tabs.count()):
        text = window.tabs.tabText(index)
        key = text[text.index("&") + 1].upper()
        assert window.tabs.tabToolTip(index).endswith(f"(Alt+{key})"), text


def test_at_200_percent_text_on_a_1024_window_the_articles_outlets_and_titles_each_show_12_characters(
    qtbot: Any, laptop_window: Any
) -> None:
    from PySide6.QtWidgets import QStyle

    window = laptop_window
    window.tabs.setCurrentWidget(window.sources_view)
    window.set_text_scale(200)
    wait_settled(qtbot, window)
    tree = window.sources_view.tree
    chars = tree.header().fontMetrics().averageCharWidth()
    box = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    outlet, title = tree.columnWidth(0), tree.columnWidth(1)
    # a check box, an indent and some 12 characters of a name; as many of a headline
    assert outlet >= box + tree.indentation() + 12 * chars, (outlet, chars)
    assert title >= 12 * chars + 8, (title, chars)
    assert sum(tree.columnWidth(column) for column in range(4)) <= tree.viewport().width()


def test_the_articles_number_headings_are_short_only_where_the_full_ones_would_crowd_the_titles(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    heading = tree.headerItem()
    said = Qt.ItemDataRole.AccessibleTextRole
    for width, scale, names in (
        (1920, 200, ("Sentences", "Corroborated")),
        (1280, 100, ("Sentences", "Corroborated")),
        (1024, 200, ("Sent.", "Backed")),
    ):
        window.resize(width, 800)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        window.set_text_scale(scale)
        wait_settled(qtbot, window)
        assert (heading.text(2), heading.text(3)) == names, (width, scale)
        # the full heading is said to a screen reader and opens its tooltip, whichever shows
        assert heading.data(2, said) == "Sentences" and heading.data(3, said) == "Corroborated"
        assert heading.toolTip(2).startswith("Sentences: how many sentences")
        assert heading.toolTip(3).startswith("Corroborated: how many")
