"""Find (Ctrl+F) in the Coverage tab searches the map's claims with every outlet's
sentence of each, not only the words the map has room to show: the claim found becomes
the current cell, tinted and ringed across the map, and its sentence is shown in its
article; Enter and Shift+Enter step through the claims found; "No matches" is said when
none holds the words. On the bundled (fictional) sample story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from corroborate.gui.find_bar import searched_as
from corroborate.gui.theme import muted_text

from .helpers import wait_idle, wait_settled, window_showing


def _coverage_with_find(qtbot: Any, make_window: Any, story: Path) -> Any:
    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.coverage_view)
    wait_settled(qtbot, window)
    window.coverage_view.map.setFocus()
    window.menu_actions.find.trigger()
    assert window.find_bar.where.text() == "Find in Coverage:"
    return window


def _find(qtbot: Any, window: Any, text: str | None = None, backwards: bool = False) -> str:
    field = window.find_bar.field
    if text is not None:
        field.clear()
        QTest.keyClicks(field, text)
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(field, Qt.Key.Key_Return, modifier)
    return window.find_bar.status.text()


def _words_only_in_a_sentence_of_another_outlet(window: Any) -> tuple[str, int, int]:
    """Three words of an outlet's sentence of a claim that no claim's own text holds (the
    map shows the claims' text only), with the row and column they are in."""
    matrix = window.coverage_view.map.matrix
    sentences = window.session.summary.analysis.sentences
    claims = [searched_as(row.text) for row in matrix.rows]
    for r, row in enumerate(matrix.rows):
        for c, cell in enumerate(row.cells):
            if cell.sentence is None:
                continue
            words = sentences[cell.sentence].text.split()
            for at in range(len(words) - 2):
                phrase = " ".join(words[at : at + 3])
                if not any(searched_as(phrase) in claim for claim in claims):
                    return phrase, r, c
    raise AssertionError("every outlet's sentence of the sample story is a claim's own")


def _highlight_share(window: Any, row: int) -> int:
    """How many pixels of the row's band on screen are of the highlight colour's hue."""
    view = window.coverage_view.map
    layout, scale = view.map_layout(), view.scale()
    label = layout.label_rect(row)
    band = label.united(layout.cell_rect(row, layout.columns - 1)).adjusted(-5, -4, 5, 4)
    image: QImage = view.grab().toImage()
    colour = view.palette().color(QPalette.ColorRole.Highlight)
    top, bottom = int(band.top() * scale), int(band.bottom() * scale)
    left, right = int(band.left() * scale), int(band.right() * scale)
    near = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(max(0, left), min(image.width(), right), 3):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.hue() - colour.hue()) < 12 and pixel.saturation() > 60:
                near += 1
    return near


def test_find_in_coverage_finds_a_claim_by_the_words_of_any_outlets_sentence_of_it(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = _coverage_with_find(qtbot, make_window, story)
    phrase, row, column = _words_only_in_a_sentence_of_another_outlet(window)
    view = window.coverage_view.map
    before = _highlight_share(window, row)
    status = _find(qtbot, window, phrase)
    assert status.startswith("1 of "), status
    assert view.current == (row, column) and view.found == row
    assert window.find_bar.field.hasFocus(), "the keyboard stays in Find"
    # the claim found is marked across the map, so that the eye finds it
    assert _highlight_share(window, row) > before + 20
    # and the outlet's sentence that holds the words is shown in its article
    sentence = view.matrix.rows[row].cells[column].sentence
    assert window.detail.currentWidget() is window.article_view
    assert window.article_view._shown[2] == sentence  # highlighted there
    assert phrase in window.article_view.browser.toPlainText()
    # Find moving on replaces that step: Back goes to what was shown before Find
    steps = len(window._history)
    _find(qtbot, window)
    assert len(window._history) == steps
    wait_idle(qtbot, window)


def test_find_in_coverage_steps_through_the_claims_found_and_says_plainly_when_none(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = _coverage_with_find(qtbot, make_window, story)
    view = window.coverage_view.map
    sentences = window.session.summary.analysis.sentences
    word = "bridge"
    rows = [
        r
        for r, row in enumerate(view.matrix.rows)
        if word in row.text.casefold()
        or any(c.sentence is not None and word in sentences[c.sentence].text.casefold()
               for c in row.cells)
    ]  # fmt: skip
    assert len(rows) >= 3
    assert _find(qtbot, window, word).endswith(f" of {len(rows)}")
    first = view.found
    assert first == rows[0]
    assert _find(qtbot, window) == f"2 of {len(rows)}" and view.found == rows[1]
    assert _find(qtbot, window, backwards=True) == f"1 of {len(rows)}" and view.found == first
    assert _find(qtbot, window, backwards=True) == f"{len(rows)} of {len(rows)}"
    assert view.found == rows[-1], "before the first comes the last"
    assert _find(qtbot, window) == f"1 of {len(rows)}" and view.found == first
    status = window.find_bar.status
    assert not status.font().bold(), "a count is said as a muted aside"
    assert _find(qtbot, window, "zzqx unheard of") == "No matches"
    assert view.found is None, "no claim stays marked as found"
    assert status.font().bold(), "no match is said plainly, in bold"
    assert status.palette().color(status.foregroundRole()) != muted_text(window.palette())
    assert _find(qtbot, window, word) != "No matches"
    assert not status.font().bold()
    wait_idle(qtbot, window)


def test_closing_find_takes_the_mark_off_the_claim_it_found(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = _coverage_with_find(qtbot, make_window, story)
    view = window.coverage_view.map
    assert _find(qtbot, window, "bridge") != "No matches"
    assert view.found is not None
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert view.found is None
    wait_idle(qtbot, window)


def test_find_in_coverage_still_finds_an_outlet_in_the_figures_below_the_map(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = _coverage_with_find(qtbot, make_window, story)
    outlets = window.coverage_view.outlets
    name = outlets.topLevelItem(0).text(0)
    assert _find(qtbot, window, name) != "No matches"
    for _ in range(len(window.coverage_view.map.matrix.rows) + 1):
        if outlets.currentItem() is not None and name in outlets.currentItem().text(0):
            break
        _find(qtbot, window)
    assert name in outlets.currentItem().text(0)
    assert window.coverage_view.map.found is None
    wait_idle(qtbot, window)


def test_find_in_coverage_finds_an_outlets_other_sentence_of_a_claim_the_cell_does_not_show(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    # An outlet may state a claim in two sentences; its cell shows the first, and Find
    # looks through both, opening the one that holds the words.
    window = _coverage_with_find(qtbot, make_window, story)
    view = window.coverage_view.map
    analysis = window.session.summary.analysis
    shown = [
        searched_as(analysis.sentences[c.sentence].text)
        for row in view.matrix.rows
        for c in row.cells
        if c.sentence is not None
    ] + [searched_as(row.text) for row in view.matrix.rows]
    columns = {group.id: n for n, group in enumerate(analysis.groups)}
    found = None
    for r, row in enumerate(view.matrix.rows):
        for statement in analysis.claim(row.sentence).statements:
            for sid in statement.sentences:
                words = analysis.sentences[sid].text.split()
                for at in range(len(words) - 2):
                    phrase = " ".join(words[at : at + 3])
                    if not any(searched_as(phrase) in text for text in shown):
                        found = found or (phrase, r, columns[statement.group], sid)
    assert found is not None, "some outlet of the sample story states a claim twice"
    phrase, row, column, sentence = found
    assert _find(qtbot, window, phrase) == "1 of 1"
    assert view.current == (row, column) and view.found == row
    assert window.article_view._shown[2] == sentence
    wait_idle(qtbot, window)
