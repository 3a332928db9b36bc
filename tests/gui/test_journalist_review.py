"""The app as a journalist finds it: empty panes that say why at one place, a coverage
map whose key sits close over it, a failure page that fits at large text, a mixed
folder named as such everywhere, and counts that agree with the exports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from corroborate.cli import main
from corroborate.engine.models import (
    REPORTS,
    CoverageCell,
    CoverageColumn,
    CoverageMatrix,
    CoverageRow,
    OutletStats,
)
from corroborate.gui.coverage_paint import PAD, key_height, layout_for, paint_coverage
from two_stories import write_two_stories

from .helpers import drop_on, one_outlet_story, wait_settled, window_opening, window_showing


def _ink(image: QImage, background: QColor) -> QRect:
    """The box round every pixel of ``image`` well away from ``background``: where text
    is drawn."""
    left, top, right, bottom = image.width(), image.height(), -1, -1
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - background.lightness()) > 60:
                left, top = min(left, x), min(top, y)
                right, bottom = max(right, x), max(bottom, y)
    return QRect(QPoint(left, top), QPoint(right, bottom))


def _text_corner(qtbot: Any, window: Any, page: QWidget) -> QPoint:
    """Where the first text of ``page`` begins, in the window: the box of its ink in the
    page's first lines, its frame (the page's edge) left out."""
    window.tabs.setCurrentWidget(page)
    wait_settled(qtbot, window)
    origin = page.mapTo(window, QPoint(0, 0))
    band = QRect(origin + QPoint(5, 12), QSize(page.width() - 10, 50))
    shot = window.grab(band).toImage()
    return _ink(shot, page.palette().color(QPalette.ColorRole.Base)).topLeft() + band.topLeft()


def test_an_empty_reported_by_one_outlet_list_says_why_where_the_disagreements_pane_does(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_showing(qtbot, make_window, one_outlet_story(tmp_path / "one"))
    window.resize(1280, 800)
    single = _text_corner(qtbot, window, window.single_source_view)
    disagreements = _text_corner(qtbot, window, window.disagreements_view)
    assert window.single_source_view.why_text().startswith("One outlet only")
    # Before, the single-outlet pane's line began nine pixels further right (a tree row's
    # indent) and eight higher.
    assert abs(single.x() - disagreements.x()) <= 1, (single, disagreements)
    assert abs(single.y() - disagreements.y()) <= 1, (single, disagreements)


def _long_named_map() -> CoverageMatrix:
    names = ("The Saltmere and Corley Valley Courier", "Harrowgate Evening Lamp", "Quill FM")
    columns = tuple(CoverageColumn(i, name, (f"c{i}.txt",)) for i, name in enumerate(names))
    rows = tuple(
        CoverageRow(
            r,
            f"The ferry to Quillmoor ran {r + 2} extra crossings, its operator said.",
            False,
            tuple(CoverageCell(REPORTS, None) for _ in names),
        )
        for r in range(4)
    )
    stats = tuple(OutletStats(i, name, 4, 4, 0, ()) for i, name in enumerate(names))
    return CoverageMatrix(columns, rows, stats)


def test_a_coverage_map_of_long_outlet_names_starts_its_key_level_with_the_names_not_lower(
    qtbot: Any,
) -> None:
    matrix, font = _long_named_map(), QFont(QApplication.font())
    layout = layout_for(matrix, font)
    metrics = QFontMetricsF(font)
    assert layout.header > key_height(metrics) + 30  # the names make the band taller
    image = QImage(layout.size, QImage.Format.Format_ARGB32)
    palette = QApplication.style().standardPalette()
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    paint_coverage(painter, matrix, palette, font, None, layout.label, None, layout)
    painter.end()
    base = palette.color(QPalette.ColorRole.Base)
    band = int(PAD + layout.header)
    key = _ink(image.copy(QRect(0, 0, int(layout.label - 10), band)), base)
    right = QRect(int(layout.label), 0, image.width() - int(layout.label), band)
    names = _ink(image.copy(right), base)
    # Before, the key stood at the foot of the band, about 45 pixels under the names' tops.
    assert abs(key.top() - names.top()) <= metrics.height(), (key, names)
    assert key.bottom() < layout.row_top(0)  # and still over the claims, not on them


def _unreadable_folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "notes.txt").write_bytes(bytes(range(256)) * 12)
    (folder / "scan.pdf").write_bytes(b"\x00\x01not a pdf at all" * 40)
    (folder / "draft.docx").write_bytes(b"\x00\x01\x02")
    return folder


def test_the_failure_page_at_250_percent_on_a_short_window_scrolls_to_its_last_line(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window()
    window.set_text_scale(250)
    window.resize(1024, 500)
    drop_on(window.drop_zone, [_unreadable_folder(tmp_path / "unreadable")])
    qtbot.waitUntil(lambda: window.summary_view.heading() != "" and not window.session.busy)
    wait_settled(qtbot, window)
    # The page does not hold the window taller than asked (it was 771 pixels high).
    assert window.height() <= 520
    said = window.summary_view.placeholder
    assert "draft.docx" in said.text() and "Drop a folder" in said.text()
    page = window.summary_view.findChild(QScrollArea, "placeholderPage")
    assert page is not None and page.isVisible()
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0  # taller than the pane: it scrolls, rather than being cut
    # By the keyboard too: it takes the focus, and Page Down and End move it.
    assert page.focusPolicy() & Qt.FocusPolicy.TabFocus
    without = page.grab().toImage()
    page.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.hasFocus)
    wait_settled(qtbot, window)
    assert page.grab().toImage() != without  # an edge shows where the keys go
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    bar.setValue(bar.maximum())
    wait_settled(qtbot, window)
    # Its last line is then inside the pane, whole.
    bottom = said.mapTo(page.viewport(), QPoint(0, said.height()))
    assert bottom.y() <= page.viewport().height() + 1


def test_a_mixed_folder_is_named_alike_by_the_window_the_markdown_the_json_and_the_cli(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    folder = write_two_stories(tmp_path / "desk notes")
    window = window_opening(qtbot, make_window, folder)
    name = "desk notes — 2 stories"
    assert window.story_title.full_text() == name
    assert window.windowTitle() == f"{name} — Corroborate"
    assert window.session.markdown().splitlines()[0] == f"# {name}"
    exported = json.loads(window.session.json_text())
    # Before, the JSON's title was one story's opening sentence.
    assert exported["title"] == name and exported["stories"] == 2
    printed = tmp_path / "cli.json"
    assert main(["summarize", str(folder), "--format", "json", "-o", str(printed)]) == 0
    assert json.loads(printed.read_text(encoding="utf-8"))["title"] == name
    report = tmp_path / "cli.md"
    assert main(["summarize", str(folder), "-o", str(report)]) == 0
    assert report.read_text(encoding="utf-8").splitlines()[0] == f"# {name}"


def test_the_screenshot_tool_can_show_a_later_row_selected_on_each_list(
    qtbot: Any, qapp: Any, laptop_window: Any
) -> None:
    from .screenshot import sentence_rows, show_pane

    window = laptop_window
    show_pane(qapp, window, "summary", 3)
    assert window.summary_view.list.currentIndex().row() == 3
    assert window.evidence_view.evidence is not None  # its evidence beside it, as a click
    rows = sentence_rows(window.single_source_view.tree)
    assert len(rows) >= 2
    show_pane(qapp, window, "single", 1)
    assert window.single_source_view.tree.currentItem() is rows[1]
    show_pane(qapp, window, "sources", 99)  # past the end: the last row
    tree = window.sources_view.tree
    assert tree.currentItem() is tree.topLevelItem(tree.topLevelItemCount() - 1)


def _plain(html_text: str) -> str:
    return re.sub(r"<[^>]+>", "", html_text).replace("&nbsp;", " ")


def test_every_count_the_panes_show_for_the_sample_story_is_the_one_the_exports_give(
    qtbot: Any, laptop_window: Any, story: Path, tmp_path: Path
) -> None:
    window = laptop_window
    markdown = window.session.markdown()
    printed = tmp_path / "cli.json"
    assert main(["summarize", str(story), "--format", "json", "-o", str(printed)]) == 0
    report = json.loads(printed.read_text(encoding="utf-8"))
    total = report["independent_sources"]
    # The caption over the summary, the report's first line and the JSON.
    caption = _plain(window.caption.text())
    assert f"{len(report['summary'])} sentences" in caption
    assert f"of {total} independent outlets ({report['articles']} articles)" in caption
    assert f"{report['articles']} articles from {total} independent outlets" in markdown
    # Each summary row's badge, the report's support line and the JSON's support.
    model = window.summary_view.model
    badges = [model.badge(model.items[row]) for row in range(model.rowCount())]
    lines = re.findall(r"^   — (\d+) of (\d+) outlets", markdown, flags=re.MULTILINE)
    assert badges == [f"{item['support']}/{total}" for item in report["summary"]]
    assert lines == [(str(item["support"]), str(total)) for item in report["summary"]]
    # The Disagreements tab, its list, the report's numbered conflicts and the JSON's.
    view = window.disagreements_view
    conflicts = len({pair["conflict"] for pair in report["disagreements"]})
    assert window.tabs.tabText(window.tabs.indexOf(view)).endswith(f"({conflicts})")
    assert view.count() == conflicts
    part = markdown.split("## Where outlets disagree")[1].split("\n## ")[0]
    assert len(re.findall(r"^\d+\. \*\*", part, flags=re.MULTILINE)) == conflicts
    # Reported by one outlet: its rows and each outlet's count, the report's and JSON's.
    tree = window.single_source_view.tree
    assert window.single_source_view.count() == len(report["single_source"])
    part = markdown.split("## Reported by one outlet")[1].split("\n## ")[0]
    assert part.count("\n- ") == len(report["single_source"])
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        outlet, _, count = top.text(0).rpartition("  (")
        mine = [item for item in report["single_source"] if item["outlet"] == outlet]
        assert count == f"{len(mine)})" == f"{top.childCount()})"
    # The coverage map's outlet figures: as many sentences only it reports, in all.
    window.tabs.setCurrentWidget(window.coverage_view)
    qtbot.waitUntil(lambda: window.coverage_view.matrix is not None)
    outlets = window.coverage_view.outlets
    only = sum(int(outlets.topLevelItem(i).text(3)) for i in range(outlets.topLevelItemCount()))
    alone = sum(item["support"] == 1 for item in report["summary"])
    assert only == len(report["single_source"]) + report["single_source_more"] + alone
    # The Articles pane lists every document the JSON does (a copy under its original),
    # with as many sentences.
    articles = window.sources_view.tree
    tops = [articles.topLevelItem(i) for i in range(articles.topLevelItemCount())]
    rows = [r for top in tops for r in (top, *(top.child(j) for j in range(top.childCount())))]
    column = 2  # Sentences
    counts = sorted(int(row.text(column)) for row in rows)
    assert counts == sorted(document["sentences"] for document in report["documents"])


def test_an_outlets_only_it_reports_figure_counts_the_summary_rows_the_map_shows_it_alone_fill(
    qtbot: Any,
) -> None:
    from corroborate.engine import SummaryOptions, analyze, summarize
    from corroborate.gui.coverage_view import CoverageView
    from corroborate.resources import sample_story

    # Fourteen sentences: more than the outlets back together, so the last are one's own.
    summary = summarize(analyze(sample_story()), SummaryOptions(sentences=14))
    view = CoverageView()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.set_summary(summary)
    view.show()
    qtbot.waitUntil(lambda: view.matrix is not None)
    matrix = view.matrix
    alone: dict[int, int] = {}
    for row in matrix.rows:
        filled = [c for c, cell in enumerate(row.cells) if cell.state == REPORTS]
        if len(filled) == 1:
            alone[filled[0]] = alone.get(filled[0], 0) + 1
    assert sum(item.support == 1 for item in summary.items) >= 2  # the case in question
    for column, stats in enumerate(matrix.outlets):
        top = view.outlets.topLevelItem(column)
        unlisted = max(stats.single_source_total, len(stats.single_source)) - len(
            stats.single_source
        )
        # Every row of the map that only it fills, and those of its not drawn there.
        assert int(top.text(3)) == alone.get(column, 0) + unlisted, stats.outlet
        listed = [top.child(i).text(0) for i in range(top.childCount())]
        assert len([t for t in listed if not t.startswith("…and")]) == alone.get(column, 0)


def test_a_failure_page_that_fits_is_no_stop_for_the_tab_key(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window()
    window.resize(1280, 800)
    drop_on(window.drop_zone, [_unreadable_folder(tmp_path / "unreadable")])
    qtbot.waitUntil(lambda: window.summary_view.heading() != "" and not window.session.busy)
    wait_settled(qtbot, window)
    page = window.summary_view.findChild(QScrollArea, "placeholderPage")
    assert page is not None and page.verticalScrollBar().maximum() == 0
    assert page.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_single_outlet_list_says_the_summarys_own_one_outlet_sentences_are_not_repeated(
    qtbot: Any,
) -> None:
    from corroborate.engine import SummaryOptions, analyze, summarize
    from corroborate.gui.single_source_view import NOTE, SingleSourceView
    from corroborate.resources import sample_story

    from .screenshot import sentence_rows

    analysis = analyze(sample_story())
    view = SingleSourceView()
    qtbot.addWidget(view)
    view.set_summary(summarize(analysis))  # every summary sentence is backed by two or more
    assert view.note.text() == NOTE
    longer = summarize(analysis, SummaryOptions(sentences=14))
    view.set_summary(longer)
    alone = [item for item in longer.items if item.support == 1]
    assert len(alone) >= 2
    total = analysis.independent_sources
    assert view.note.text().endswith(
        f"Not repeated here: the {len(alone)} summary sentences that one outlet alone backs "
        f"(marked 1/{total})."
    )
    listed = {row.text(0) for row in sentence_rows(view.tree)}
    assert listed and not listed & {item.text for item in alone}
