"""What a demanding user notices: panes that come back slowly on a large story, controls
folded out of sight at large text, a report headed otherwise than the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QFileDialog, QLabel, QTextBrowser, QToolButton, QWidget

import corroborate.gui.coverage_view as coverage_view
from corroborate.gui.coverage_view import CoverageMap
from corroborate.gui.disagreements_view import DisagreementsView
from corroborate.gui.evidence_view import EvidenceView
from two_stories import write_two_stories

from .helpers import wait_settled, window_opening
from .test_wide_map import _wide_matrix

SILENT = "Not mentioned by: " + ", ".join(f"The Harrowgate Lamp {i}" for i in range(300))


def _counting_label_layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The widths a label's text was laid out at (each a whole layout of its text)."""
    widths: list[int] = []
    plain = QLabel.heightForWidth

    def counted(label: QLabel, width: int) -> int:
        widths.append(width)
        return plain(label, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    return widths


def test_a_long_line_of_silent_outlets_is_laid_out_once_per_width(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = EvidenceView()
    qtbot.addWidget(view)
    line = view.silent
    line.setText(SILENT)
    reference = QLabel(SILENT)
    reference.setWordWrap(True)
    expected = {width: reference.heightForWidth(width) for width in (90, 400, 640)}
    widths = _counting_label_layouts(monkeypatch)
    for _ in range(3):  # a pane shown again passes the same widths again
        for width in (90, 400, 640):
            assert line.heightForWidth(width) == expected[width]
    assert sorted(widths) == [90, 400, 640]


def test_a_silent_line_given_new_words_or_a_larger_font_is_measured_anew(qtbot: Any) -> None:
    view = EvidenceView()
    qtbot.addWidget(view)
    line = view.silent
    line.setText(SILENT)
    long_height = line.heightForWidth(400)
    line.setText("Not mentioned by: The Harrowgate Lamp")
    short_height = line.heightForWidth(400)
    assert short_height < long_height
    font = QFont(line.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    line.setFont(font)
    assert line.heightForWidth(400) > short_height


def test_the_coverage_map_measures_hundreds_of_names_once_however_often_it_is_fitted(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[float] = []
    real = coverage_view.layout_for

    def counted(matrix: Any, font: QFont, label: float = 0.0, header_cap: float = 0.0) -> Any:
        measured.append(header_cap)
        return real(matrix, font, label, header_cap)

    monkeypatch.setattr(coverage_view, "layout_for", counted)
    view = CoverageMap()
    qtbot.addWidget(view)
    view.set_matrix(_wide_matrix(330, 12))
    view.fit_into(QSize(900, 600), 500)
    first = len(measured)
    assert first >= 2  # uncut, then its names' band cut to the pane
    sizes = []
    for _ in range(4):  # the Coverage tab shown again and again at one size
        view.fit_into(QSize(900, 600), 500)
        sizes.append(view.size())
    assert len(measured) == first
    assert len(set(sizes)) == 1


def test_with_no_story_at_large_text_on_a_small_screen_both_arrows_stay_in_sight(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window()
    window.set_text_scale(200)
    window.resize(1024, 600)
    wait_settled(qtbot, window)
    assert not window.story_title.full_text()
    toolbar = window.menu_actions.toolbar
    folded = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    # Before, the empty title kept 120 pixels and Forward was folded behind a "»" button.
    assert folded is None or not folded.isVisible()
    assert toolbar.width() >= toolbar.sizeHint().width()
    for action in (window.menu_actions.back, window.menu_actions.forward):
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible()
        options = window.options_bar
        right = button.mapTo(window, button.rect().topRight()).x()
        assert right < options.mapTo(window, options.rect().topLeft()).x()


def test_a_mixed_folders_heading_in_the_app_is_the_exported_reports_heading(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "desk notes"))
    shown = window.story_title.full_text()
    assert shown == "desk notes — 2 stories"
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Markdown (*.md)")
    )
    assert window.export_markdown() == target
    # Before, the report was headed by one story's opening sentence under the app's name
    # for the folder: the two read as two different documents.
    assert target.read_text(encoding="utf-8").splitlines()[0] == f"# {shown}"


FINDINGS = "".join(
    f"<h4>{n}. Numbers differ: {n} / {n + 1}</h4><p>The Quillmoor ferry carried {n} "
    f"passengers, the Harrowgate Lamp said; the Tarnwick Post put it at {n + 1}.</p>"
    for n in range(400)
)


def _counting_relayouts(browser: QTextBrowser) -> list[float]:
    """The widths ``browser``'s document is laid out at from now on (its layout says it
    changed at each)."""
    widths: list[float] = []
    document = browser.document()
    document.documentLayout().update.connect(lambda *_: widths.append(document.pageSize().width()))
    return widths


def _disagreements(qtbot: Any) -> tuple[QWidget, DisagreementsView]:
    host = QWidget()
    qtbot.addWidget(host)
    view = DisagreementsView(host)
    view.browser.setHtml(FINDINGS)
    host.resize(1200, 700)
    view.setGeometry(0, 0, 1200, 700)
    host.show()
    qtbot.waitExposed(host)
    wait_settled(qtbot, host)
    return host, view


def test_a_long_list_of_disagreements_shown_again_only_taller_or_shorter_is_not_laid_out_again(
    qtbot: Any,
) -> None:
    _host, view = _disagreements(qtbot)
    widths = _counting_relayouts(view.browser)
    for height in (500, 650, 400):  # the tab left, the window made shorter, and back
        view.hide()
        view.setGeometry(0, 0, 1200, height)
        view.show()
        wait_settled(qtbot, view)
    assert widths == []
    assert view.browser.document().pageSize().width() == view.browser.viewport().width()


def test_a_list_of_disagreements_passing_through_a_narrow_width_is_laid_out_once(
    qtbot: Any,
) -> None:
    _host, view = _disagreements(qtbot)
    widths = _counting_relayouts(view.browser)
    # Entering the tab: first the width beside the reading pane, then the window's, all
    # in one turn of the event loop.
    view.hide()
    view.show()
    view.setGeometry(0, 0, 700, 700)
    view.setGeometry(0, 0, 1000, 700)
    image = view.browser.grab()  # painted at once: laid out for the width it has
    assert view.browser.document().pageSize().width() == view.browser.viewport().width()
    assert not image.isNull()
    wait_settled(qtbot, view)
    assert widths and set(widths) == {view.browser.viewport().width()}


def _access_key(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_no_two_items_of_a_menu_share_an_access_key(make_window: Any) -> None:
    window = make_window()
    menus = [action.menu() for action in window.menuBar().actions()]
    checked = 0
    while menus:
        menu = menus.pop()
        keys: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                menus.append(action.menu())
            key = _access_key(action.text())
            if key is not None:
                keys.setdefault(key, []).append(action.text())
        # Before, View had "&Forward" and "&Find in Pane…": Alt+V, F moved between the two.
        assert all(len(texts) == 1 for texts in keys.values()), (menu.title(), keys)
        checked += 1
    assert checked >= 4


def _lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines ``width`` pixels wide, as a wrapped label breaks it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_the_menu_path_on_an_empty_folders_page_is_never_broken_across_lines(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window()
    window.set_text_scale(200)
    window.resize(1024, 600)
    empty = tmp_path / "empty"
    empty.mkdir()
    window.session.open_folder(empty)
    page = window.summary_view.placeholder
    qtbot.waitUntil(lambda: "No readable article" in page.text(), timeout=10_000)
    path = "File › Open Folder… (Ctrl+O)."
    # At every width of a small screen's page: before, "File ›" could end one line and
    # "Open Folder… (Ctrl+O)." begin the next (at 1024 × 600 and 200 %, it did).
    widest = QFontMetrics(page.font()).horizontalAdvance(path) + 2  # room for it whole
    for width in range(widest, page.contentsRect().width() + 1, 9):
        said = [text.replace("\u00a0", " ") for text in _lines(page.text(), page.font(), width)]
        assert any(path in text for text in said), (width, said)
