"""An outlet or a file named in a right-to-left script (Arabic, Hebrew) among English
articles: every line of the window that names it still reads left to right. Qt takes a text's
direction from its first letter, so a message opening with such a name ran right to left
(its full stop at the left edge), a card's file name read "txt.صحيفة", and the
Disagreements page set the English sentences of a card headed by such an outlet right to
left, all right-aligned."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QLabel

from corroborate.gui.coverage_paint import layout_for, paint_coverage
from corroborate.gui.evidence import marked_coverage
from corroborate.gui.plain import LEFT_TO_RIGHT_MARK, holds_right_to_left, left_to_right
from corroborate.gui.status import Message, MessageBanner
from three_stories import FILES

from .helpers import wait_cards, window_opening

ARABIC = "صحيفة الميناء"
HEBREW = "עיתון הנמל"


def _story(folder: Path) -> Path:
    """The bridge story of three outlets, the Harlow Herald's article under a name in Arabic
    and without its outlet's name in its dateline: the file's name stands for the outlet."""
    folder.mkdir()
    for name in ("bridge-tessel-times.txt", "bridge-river-wire.txt"):
        (folder / name).write_text(FILES[name], encoding="utf-8")
    herald = FILES["bridge-harlow-herald.txt"].replace("HARLOW (Harlow Herald) — ", "")
    (folder / f"{ARABIC}.txt").write_text(herald, encoding="utf-8")
    return folder


def _directions(document: QTextDocument) -> set[Qt.LayoutDirection]:
    found = set()
    block = document.begin()
    while block.isValid():
        found.add(block.textDirection())
        block = block.next()
    return found


def test_a_line_opening_with_a_right_to_left_name_is_marked_to_read_left_to_right() -> None:
    assert holds_right_to_left(ARABIC) and holds_right_to_left(HEBREW)
    assert not holds_right_to_left("Süddeutsche Zeitung · Le Monde · 新华社")
    said = f"{ARABIC} is named after its file."
    assert left_to_right(said) == LEFT_TO_RIGHT_MARK + said
    assert left_to_right(left_to_right(said)) == LEFT_TO_RIGHT_MARK + said
    # An English line is left as it is: nothing invisible is added where nothing needs it.
    assert left_to_right("Harbour Times is named after its file.") == (
        "Harbour Times is named after its file."
    )


def test_a_banner_message_opening_with_a_hebrew_name_reads_left_to_right(qtbot: Any) -> None:
    said = f"{HEBREW} is named after its file: the article never says who published it."
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.set_messages([Message("info", said)])
    banner.resize(900, 400)
    banner.show()
    [label] = [w for w in banner.findChildren(QLabel) if w.accessibleName() == said]
    assert label.text() == LEFT_TO_RIGHT_MARK + said
    assert label.toolTip() == ""  # said whole: no tip for an invisible mark
    assert banner.text() == said  # what is copied or read out holds no mark


def test_every_pane_naming_an_outlet_in_arabic_reads_left_to_right(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _story(tmp_path / "story"))
    analysis = window.session.analysis
    assert ARABIC in {a.outlet for a in analysis.articles}
    # The banner's note on outlets named after their files opens with the name.
    notes = [w for w in window.banner.findChildren(QLabel) if w.accessibleName().startswith(ARABIC)]
    assert notes and all(n.text().startswith(LEFT_TO_RIGHT_MARK) for n in notes)
    # The evidence cards: the outlet's heading and its file's name.
    window.summary_view.select_row(0)
    wait_cards(qtbot, window)
    named = [
        w for w in window.evidence_view.findChildren(QLabel) if w.isVisible() and ARABIC in w.text()
    ]
    assert named and all(w.text().startswith(LEFT_TO_RIGHT_MARK) for w in named)
    # The article (its byline names the outlet) and the Disagreements page are documents:
    # every paragraph is laid out left to right.
    arabic = next(a for a in analysis.articles if a.outlet == ARABIC)
    window.article_view.show_article(analysis, arabic.id, None)
    document = window.article_view.browser.document()
    assert ARABIC in document.toPlainText()
    assert _directions(document) == {Qt.LayoutDirection.LeftToRight}
    pane = window.disagreements_view.browser.document()
    pane.setHtml(f"<p><b>{ARABIC}</b></p><p>The bridge fell on Monday.</p>")
    assert _directions(pane) == {Qt.LayoutDirection.LeftToRight}


def _map(matrix: Any, palette: Any, font: Any) -> QImage:
    size = layout_for(matrix, font).size
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    paint_coverage(painter, matrix, palette, font)
    painter.end()
    return image


def test_the_coverage_map_draws_a_name_in_arabic_before_its_file_name_mark(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _story(tmp_path / "story"))
    view = window.coverage_view
    window.tabs.setCurrentIndex(
        next(i for i in range(window.tabs.count()) if "Coverage" in window.tabs.tabText(i))
    )
    qtbot.waitUntil(lambda: view.matrix is not None)
    assert view.matrix is not None
    matrix = marked_coverage(view.matrix, window.session.analysis)  # as the map draws it
    assert any(c.outlet.startswith(ARABIC) and c.outlet != ARABIC for c in matrix.columns)
    # Drawn as it is, each name reads as it does opened with a left-to-right mark: the
    # Arabic first, then "(file name)", not the other way about.
    marked = replace(
        matrix,
        columns=tuple(replace(c, outlet=LEFT_TO_RIGHT_MARK + c.outlet) for c in matrix.columns),
    )
    font = view.font()
    assert _map(matrix, view.palette(), font) == _map(marked, view.palette(), font)
