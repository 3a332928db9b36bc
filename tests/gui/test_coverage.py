"""The coverage map: painted from the engine's matrix, clickable, exported as PNG, SVG and beside the Markdown."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QFileDialog

from corroborate.engine import ConsensusSummary, analyze, summarize
from corroborate.engine.models import CONTRADICTS, REPORTS
from corroborate.gui.coverage_paint import (
    PAD,
    key_height,
    key_top,
    layout_for,
    markdown_with_map,
)
from corroborate.gui.coverage_view import CoverageView
from corroborate.resources import sample_story

from .fakes import fake_summarize, story
from .helpers import window_opening


@pytest.fixture(scope="module")
def sample() -> ConsensusSummary:
    return summarize(analyze(sample_story()))


def _view(qtbot: Any, summary: ConsensusSummary | None) -> CoverageView:
    view = CoverageView()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.set_summary(summary)
    view.show()
    return view


def test_the_map_has_a_row_per_claim_and_a_column_per_source(
    qtbot: Any, sample: ConsensusSummary
) -> None:
    view = _view(qtbot, sample)
    matrix = view.matrix
    assert matrix is not None
    assert len(matrix.rows) == len(sample.items) + len(sample.single_source)
    assert len(matrix.columns) == sample.analysis.independent_sources
    # Drawn at its natural layout, scaled to use the pane.
    layout = view.map.map_layout()
    assert layout is not None and layout.rows == len(matrix.rows)
    scale = view.map.scale()
    size = QSize(int(layout.size.width() * scale), int(layout.size.height() * scale))
    assert view.map.size() == size
    image = view.map.grab().toImage()
    assert not image.isNull() and image.width() == size.width()
    assert view.outlets.topLevelItemCount() == len(matrix.columns)


def test_clicking_a_cell_selects_its_sentence(qtbot: Any, sample: ConsensusSummary) -> None:
    view = _view(qtbot, sample)
    matrix = view.matrix
    assert matrix is not None
    layout = view.map.map_layout()
    assert layout is not None
    scale = view.map.scale()
    row, column = next(
        (r, c)
        for r, line in enumerate(matrix.rows)
        for c, cell in enumerate(line.cells)
        if cell.state == CONTRADICTS
    )
    centre = (layout.cell_rect(row, column).center() * scale).toPoint()
    with qtbot.waitSignal(view.sentence_selected) as clicked:
        qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args[0] == matrix.rows[row].cells[column].sentence
    assert "contradicts this" in view.map.describe_cell(row, column)
    # an empty cell names no sentence: nothing to show
    empty = next(
        (r, c) for r, line in enumerate(matrix.rows) for c, cell in enumerate(line.cells)
        if not cell.state
    )  # fmt: skip
    with qtbot.assertNotEmitted(view.sentence_selected):
        point = (layout.cell_rect(*empty).center() * scale).toPoint()
        qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=point)
    assert layout.hit(QPointF(-5, -5)) is None


def test_the_keyboard_reaches_every_cell(qtbot: Any, sample: ConsensusSummary) -> None:
    view = _view(qtbot, sample)
    view.map.setFocus()
    assert view.map.current == (0, 0)
    qtbot.keyClick(view.map, Qt.Key.Key_Down)
    qtbot.keyClick(view.map, Qt.Key.Key_Left)
    assert view.map.current == (1, -1)
    with qtbot.waitSignal(view.sentence_selected) as chosen:
        qtbot.keyClick(view.map, Qt.Key.Key_Return)
    assert chosen.args[0] == view.matrix.rows[1].sentence
    assert view.map.accessibleDescription() == view.matrix.rows[1].text


def test_png_and_svg_exports(qtbot: Any, sample: ConsensusSummary, tmp_path: Path) -> None:
    view = _view(qtbot, sample)
    png = view.export(tmp_path / "map.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= view.map.width()
    svg = view.export(tmp_path / "map.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for column in view.matrix.columns:
        assert column.outlet in svg
    assert not list(tmp_path.glob(".*.tmp*")), "no temporary file left behind"


def test_markdown_gets_a_map_section_before_the_articles() -> None:
    text = "# Story\n\n## Summary\n\n1. A.\n\n## Articles\n\n| File |\n"
    out = markdown_with_map(text, "story-coverage.png")
    assert out.index("## Coverage map") < out.index("## Articles")
    assert "![Coverage map](story-coverage.png)" in out
    assert markdown_with_map("# Only a title\n", "x.png").endswith("![Coverage map](x.png)\n")


def test_the_map_works_over_the_stand_in_story_and_clears(qtbot: Any) -> None:
    analysis = story()
    view = _view(qtbot, fake_summarize(analysis))
    assert view.matrix is not None and view.matrix.rows
    assert all(cell.state in (REPORTS, "") for row in view.matrix.rows for cell in row.cells)
    view.set_summary(None)
    assert view.matrix is None and not view.save_png.isEnabled()
    assert view.outlets.topLevelItemCount() == 0


def test_window_tab_click_and_export_beside_the_markdown(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(shutil.copytree(sample_story(), tmp_path / "carrowgate"))
    window = window_opening(qtbot, make_window, folder)
    summary = window.session.summary
    assert summary is not None
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    assert view.matrix is not None and len(view.matrix.rows) >= len(summary.items)
    sid = view.matrix.rows[0].sentence
    view.map.activate(0, -1)
    assert window.detail.currentWidget() is window.article_view
    assert summary.analysis.sentences[sid].text in window.article_view.browser.toPlainText()

    plain, with_map = tmp_path / "plain.md", tmp_path / "with-map.md"
    for target in (plain, with_map):
        window.include_coverage.setChecked(target is with_map)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, t=target, **_k: (str(t), "Markdown")
        )
        assert window.export_markdown() == target
    expected = window.session.markdown()
    assert plain.read_text(encoding="utf-8") == expected
    assert not (tmp_path / "plain-coverage.png").exists()
    assert with_map.read_text(encoding="utf-8") == markdown_with_map(
        expected, "with-map-coverage.png"
    )
    assert not QImage(str(tmp_path / "with-map-coverage.png")).isNull()


def test_an_existing_map_image_is_replaced_only_when_confirmed(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = window_opening(qtbot, make_window, sample_story())
    report = tmp_path / "story.md"
    report.write_text("plain report\n", encoding="utf-8")
    image = tmp_path / "story-coverage.png"
    image.write_bytes(b"not really a picture")
    answers = []

    def answer(button: Any) -> Any:
        def exec_(box: QMessageBox) -> int:
            answers.append((box.textFormat(), box.text()))
            return int(button.value)

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.No))
    assert window.coverage_view.export_beside(report, "plain report\n") is None
    assert image.read_bytes() == b"not really a picture"
    assert report.read_text(encoding="utf-8") == "plain report\n"
    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Yes))
    assert window.coverage_view.export_beside(report, "plain report\n") == image
    # The question names a file: it is shown as plain text, never as markup.
    assert answers[0] == (Qt.TextFormat.PlainText, answers[0][1])
    assert "story-coverage.png" in answers[0][1]
    assert not QImage(str(image)).isNull()


def test_the_key_fills_the_corner_above_the_claims_beside_the_outlet_names(
    qtbot: Any, sample: ConsensusSummary
) -> None:
    view = _view(qtbot, sample)
    matrix = view.matrix
    assert matrix is not None
    font = view.map.font()
    layout = layout_for(matrix, font)
    key = key_height(QFontMetricsF(font))
    # Between the top of the map and the first claim, left of the first column.
    assert layout.header - 6 - key >= 0
    assert PAD + layout.header - 6 <= layout.row_top(0)
    assert layout.label < layout.cell_rect(0, 0).left()
    # No legend below the grid any more: one row of shares and the margin.
    assert layout.size.height() - layout.grid_bottom < 2 * (layout.cell_rect(0, 0).height() + PAD)
    # The key is painted: the corner is not blank.
    image = view.map.grab().toImage()
    scale = view.map.scale()
    corner = [
        image.pixelColor(int(x * scale), int(y * scale)).name()
        for x in range(int(PAD), int(PAD + 120), 2)
        for y in range(int(key_top(layout, QFontMetricsF(font))), int(PAD + key), 2)
    ]
    assert len(set(corner)) > 2


def test_the_outlet_figures_count_every_sentence_only_it_reports_and_say_how_many_are_unlisted(
    qtbot: Any,
) -> None:
    from corroborate.engine import SummaryOptions

    summary = summarize(analyze(sample_story()), SummaryOptions(single_source_per_outlet=0))
    view = _view(qtbot, summary)
    matrix = view.matrix
    assert matrix is not None
    counted = [int(view.outlets.topLevelItem(i).text(3)) for i in range(len(matrix.outlets))]
    assert sum(counted) == summary.single_source_more > 0
    unlisted = [view.outlets.topLevelItem(i).child(0).text(0) for i, n in enumerate(counted) if n]
    assert all(text.startswith("…and ") and "not listed" in text for text in unlisted)


def test_the_share_under_each_column_never_runs_into_its_neighbours_figure(qapp: Any) -> None:
    from corroborate.gui.coverage_paint import CELL, GAP, footer_labels

    base = QFont(qapp.font())
    caption, texts, _font = footer_labels([0.47, 0.5], base)
    assert texts == ["47%", "50%"] and "%" not in caption  # they fit: said in full
    for scale in (1.0, 1.6, 2.5):  # the text size the reader chose
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        caption, texts, small = footer_labels([1.0] * 36, font)
        metrics = QFontMetricsF(small)
        assert all(metrics.horizontalAdvance(t) <= CELL + GAP - 2 for t in texts)
        assert texts[0].startswith("100")
        assert texts[0].endswith("%") or caption.endswith("%")


def test_the_map_shown_again_unchanged_is_not_drawn_cell_by_cell_again(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import corroborate.gui.coverage_view as coverage_view

    drawn: list[int] = []
    real = coverage_view.paint_coverage
    monkeypatch.setattr(
        coverage_view, "paint_coverage", lambda *a, **k: (drawn.append(1), real(*a, **k))
    )
    view = _view(qtbot, fake_summarize(story()))
    board = view.map
    view.activateWindow()
    board.setFocus()
    qtbot.waitUntil(lambda: bool(drawn) and board.hasFocus())
    first = board.grab().toImage()
    count = len(drawn)
    board.repaint()  # as when its tab is brought back, or the window uncovered
    assert len(drawn) == count
    assert board.grab().toImage() == first
    # The focus ring moved by a key: the ring is drawn anew over the same picture.
    qtbot.keyClick(board, Qt.Key.Key_Right)
    board.repaint()
    assert len(drawn) == count and board.grab().toImage() != first
    # Another story's map, or another theme, is drawn anew.
    view.set_summary(fake_summarize(story(Path("/other"))))
    board.repaint()
    assert len(drawn) > count
    count = len(drawn)
    palette = board.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.darkGray)
    board.setPalette(palette)
    board.repaint()
    assert len(drawn) > count


def test_how_to_use_the_map_keeps_to_one_line_beside_the_save_buttons_at_large_text(
    qtbot: Any,
) -> None:
    from corroborate.gui.coverage_view import HOW_TO_READ

    view = _view(qtbot, fake_summarize(story()))
    note = view.note
    assert note.text() == HOW_TO_READ and not note.toolTip()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    view.resize(1000, 500)
    qtbot.waitUntil(lambda: note.text() != HOW_TO_READ)
    line = note.fontMetrics().lineSpacing()
    assert note.height() < 2 * line, "one line"
    assert note.toolTip() == HOW_TO_READ, "the whole a hover away"
    view.setFont(QFont())
    qtbot.waitUntil(lambda: note.text() == HOW_TO_READ)


def test_how_to_use_the_map_is_read_out_whole_when_shown_in_short_words(qtbot: Any) -> None:
    from corroborate.gui.coverage_view import HOW_TO_READ

    view = _view(qtbot, fake_summarize(story()))
    note = view.note
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    view.resize(700, 500)
    qtbot.waitUntil(lambda: note.text() != HOW_TO_READ)
    # The keys (Enter) are what a screen reader's user most needs to hear.
    assert note.accessibleName() == HOW_TO_READ
    view.setFont(QFont())
    view.resize(1000, 800)
    qtbot.waitUntil(lambda: note.text() == HOW_TO_READ)
    assert note.accessibleName() == HOW_TO_READ
