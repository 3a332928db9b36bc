"""A demanding new user's first hour: going by the keyboard alone, opening a folder
that mixes stories, reading at a large text size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QStyle,
    QTextBrowser,
    QWidget,
)

from corroborate.gui.sources_view import HINT
from corroborate.gui.theme import Theme, focus_frame_colour
from two_stories import write_two_stories

from .helpers import wait_cards, wait_idle, wait_settled, window_opening, window_showing


def _looks(widget: QWidget) -> Any:
    return widget.grab().toImage()


def test_every_reading_pane_and_flat_button_the_tab_key_reaches_shows_that_it_has_the_focus(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    Theme(qapp)  # the app's style and style sheet, as the app runs with them
    window = window_showing(qtbot, make_window, story)
    window.summary_view.select_row(0)
    wait_cards(qtbot, window)  # built a few per turn of the event loop, then shown
    assert window.banner.isVisible()  # the sample story names an outlet by its file
    evidence = window.evidence_view.findChild(QScrollArea, "evidenceScroll")
    disagreements = window.disagreements_view.findChild(QTextBrowser, "disagreements")
    article = window.article_view.findChild(QTextBrowser, "article")
    stops: dict[str, tuple[int, QWidget]] = {
        "summary sentences": (0, window.summary_view.list),
        "evidence": (0, evidence),
        "Dismiss": (0, window.banner.dismiss),
        "article": (2, article),
        "disagreements": (4, disagreements),
    }
    unmarked = []
    for name, (tab, widget) in stops.items():
        window.tabs.setCurrentIndex(tab)
        if widget is article:
            window.sources_view.tree.setCurrentItem(window.sources_view.tree.topLevelItem(0))
        qtbot.waitUntil(widget.isVisible)
        window.tabs.tabBar().setFocus()
        qtbot.waitUntil(window.tabs.tabBar().hasFocus)
        wait_settled(qtbot, window)
        without = _looks(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        wait_settled(qtbot, window)
        if _looks(widget) == without:
            unmarked.append(name)
    assert not unmarked, f"nothing shows that these have the keyboard focus: {unmarked}"


def test_a_folder_mixing_stories_is_headed_by_its_name_and_count_as_its_title_bar_and_export_are(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def save_dialog(_parent: Any, _caption: str, proposed: str, _filters: str) -> tuple[str, str]:
        offered.append(Path(proposed).name)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "desk notes"))
    summary = window.session.summary
    assert summary is not None and "seems to hold 2 stories" in window.banner.text()
    # The heading over the panes does not name one of the stories the summary mixes.
    assert window.story_title.full_text() == "desk notes — 2 stories"
    assert summary.title not in window.story_title.text()
    assert window.windowTitle().startswith(window.story_title.full_text())
    # The export and the coverage map are offered under that name too, not one headline.
    window.export_markdown()
    window.tabs.setCurrentWidget(window.coverage_view)
    qtbot.waitUntil(window.coverage_view.save_png.isEnabled)
    window.coverage_view.save_png.click()
    assert offered == ["desk-notes-2-stories.md", "desk-notes-2-stories-coverage.png"]
    # One story analysed alone is headed by its own headline again.
    window.session.analyse_story(0)
    qtbot.waitUntil(lambda: window.session.shown_story == 0, timeout=60_000)
    wait_idle(qtbot, window)
    alone = window.session.summary
    assert alone is not None and window.story_title.full_text() == alone.title


def test_at_200_percent_text_the_messages_signs_the_lists_icons_and_the_tick_boxes_grow_with_it(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    Theme(qapp)
    window = window_showing(qtbot, make_window, story)
    assert window.banner.isVisible()
    tree = window.sources_view.tree

    def sizes() -> tuple[int, int, int, int]:
        signs = [
            label.pixmap().height()
            for label in window.banner.findChildren(QLabel)
            if not label.pixmap().isNull()
        ]
        style = tree.style()
        return (
            max(signs),
            style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, tree),
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, tree),
            tree.fontMetrics().height(),
        )

    sign, icon, box, line = sizes()
    window.set_text_scale(200)
    wait_settled(qtbot, window)
    big_sign, big_icon, big_box, big_line = sizes()
    assert big_line >= 1.8 * line
    # each in proportion to the text beside it, as Back and Forward already are
    for small, big in ((sign, big_sign), (icon, big_icon), (box, big_box)):
        assert big >= 1.8 * small, (small, big)
    # and back to the system's sizes at 100%
    window.set_text_scale(100)
    wait_settled(qtbot, window)
    assert sizes() == (sign, icon, box, line)


@pytest.mark.parametrize("size", [(1024, 640), (1024, 700)])
def test_at_large_text_on_a_small_window_the_articles_list_keeps_rows_in_sight_and_its_hint_is_never_cut(
    qtbot: Any, qapp: Any, make_window: Any, story: Path, size: tuple[int, int]
) -> None:
    Theme(qapp)
    window = window_showing(qtbot, make_window, story)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.tabs.setCurrentWidget(window.sources_view)
    view, tree = window.sources_view, window.sources_view.tree
    hint = next(label for label in view.findChildren(QLabel) if "Untick" in label.text())
    full = hint.text()
    for scale in (100, 150, 200):
        window.set_text_scale(scale)
        wait_settled(qtbot, window)
        row = tree.visualItemRect(tree.topLevelItem(0)).height()
        # four of the sample's five outlets at least, not one row under a paragraph
        assert tree.viewport().height() >= 4 * row, (scale, tree.viewport().height(), row)
        if hint.isVisible():  # whole lines of it, never a line cut through
            assert hint.height() >= hint.heightForWidth(hint.width()), scale
            assert full.startswith(hint.text())
        if hint.text() != full:
            assert hint.toolTip() == full  # said whole where it is not shown whole
    # back at the system's size on a larger window it is said whole again
    window.set_text_scale(100)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: hint.text() == full and hint.isVisible())


def test_a_correction_made_undone_or_made_again_is_said_on_the_status_line_with_the_key_to_undo(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    status = window.statusBar()
    stack = window.session.undo_stack
    window.sources_view.rename_outlet("lowland-herald.txt", "The Lowland Herald")
    wait_idle(qtbot, window)
    assert status.currentMessage() == "Done: Rename to “The Lowland Herald” · Ctrl+Z undoes it"
    stack.undo()
    wait_idle(qtbot, window)
    assert (
        status.currentMessage()
        == "Undone: Rename to “The Lowland Herald” · Ctrl+Shift+Z makes it again"
    )
    stack.redo()
    wait_idle(qtbot, window)
    assert status.currentMessage() == "Done: Rename to “The Lowland Herald” · Ctrl+Z undoes it"
    # Another folder forgets the corrections, and the line no longer offers to undo them.
    other = tmp_path / "other"
    other.mkdir()
    for article in sorted(story.iterdir())[:3]:
        (other / article.name).write_bytes(article.read_bytes())
    window.session.open_folder(other)
    wait_idle(qtbot, window)
    assert stack.count() == 0
    assert "undoes it" not in status.currentMessage()


def test_after_a_story_a_folder_of_unreadable_files_leaves_its_two_tabs_side_by_side_without_a_gap(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    bar = window.tabs.tabBar()
    unreadable = tmp_path / "unreadable"
    unreadable.mkdir()
    (unreadable / "empty.txt").write_text("", encoding="utf-8")
    (unreadable / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    window.session.open_folder(unreadable)
    wait_idle(qtbot, window)
    shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
    assert [bar.tabText(i).replace("&", "") for i in shown] == ["Summary", "Articles"]
    # each tab starts where the one before it ends: no room is kept for a hidden tab
    rects = [bar.tabRect(i) for i in shown]
    assert rects[1].left() == rects[0].right() + 1, [(r.left(), r.right()) for r in rects]


def test_at_200_percent_text_the_coverage_map_is_magnified_whole_and_its_saved_picture_is_unchanged(
    qtbot: Any, qapp: Any, make_window: Any, story: Path, tmp_path: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.resize(1280, 1000)
    qtbot.waitUntil(lambda: window.width() == 1280)
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.map.matrix is not None)
    wait_settled(qtbot, window)

    def look() -> tuple[float, Any]:
        """How tall a row of the map is drawn, and the size of the picture it saves."""
        layout = view.map.map_layout()
        assert layout is not None
        pitch = (layout.row_top(1) - layout.row_top(0)) * view.map.scale()
        picture = view.export(tmp_path / f"map-{window.settings.text_scale()}.png")
        return pitch, QImage(str(picture)).size()

    _pitch, picture = look()
    window.set_text_scale(200)
    wait_settled(qtbot, window)
    pitch, big_picture = look()
    # Cells, key and names grow together with the text: a row of the map holds a line
    # of it (laid out for the system's text size in a font twice as large, the claims
    # and the outlets' names were cut through by the rows) ...
    line = view.map.fontMetrics().height()
    assert pitch >= line, (pitch, line)
    # ... and a saved picture, for a document, is the same whatever the app's text size.
    assert big_picture == picture


def test_messages_dismissed_come_back_from_the_view_menu_with_the_story_chooser_they_held(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "desk notes"))
    banner = window.banner
    view_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&View"
    )
    offered = [a for a in view_menu.actions() if a.text().replace("&", "") == "Show Messages"]
    assert len(offered) == 1, [a.text() for a in view_menu.actions()]
    show = offered[0]
    assert banner.isVisible() and "seems to hold 2 stories" in banner.text()
    assert not show.isEnabled()  # nothing hidden to show
    banner.dismiss.click()
    assert banner.isHidden()
    # Not a dead end: the menu brings them back, the list of stories with them.
    assert show.isEnabled()
    show.trigger()
    assert banner.isVisible() and "seems to hold 2 stories" in banner.text()
    assert banner.findChild(QComboBox, "storyChoice") is not None
    assert not show.isEnabled()
    assert "View › Show Messages" in banner.dismiss.toolTip()


@pytest.mark.parametrize("scale", [70, 85, 200])
def test_a_saved_coverage_map_is_the_same_picture_at_a_smaller_or_larger_text_size(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path, scale: int
) -> None:
    window = window_showing(qtbot, make_window, story)
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.map.matrix is not None)
    system = QImage(str(view.export(tmp_path / "system.png")))
    window.set_text_scale(scale)
    wait_settled(qtbot, window)
    picture = QImage(str(view.export(tmp_path / f"at-{scale}.png")))
    # a document's picture: neither smaller nor larger with the app's text
    assert picture.size() == system.size(), (scale, picture.size(), system.size())
    assert picture == system
    svg = (view.export(tmp_path / f"at-{scale}.svg")).read_text(encoding="utf-8")
    assert svg == view_svg_at_system_size(window, view, tmp_path)


def view_svg_at_system_size(window: Any, view: Any, tmp_path: Path) -> str:
    """The map saved as SVG with the text at the system's size."""
    scale = window.settings.text_scale()
    window.set_text_scale(100)
    try:
        return (view.export(tmp_path / "system.svg")).read_text(encoding="utf-8")
    finally:
        window.set_text_scale(scale)


def test_the_focus_edge_round_an_article_the_disagreements_and_the_articles_list_is_two_pixels_as_round_the_summary(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    Theme(qapp)
    window = window_showing(qtbot, make_window, story)
    accent = focus_frame_colour(window.palette()).rgb()
    panes: dict[str, tuple[int, QWidget]] = {
        "summary sentences": (0, window.summary_view.list),
        "Articles list": (2, window.sources_view.tree),
        "article": (2, window.article_view.findChild(QTextBrowser, "article")),
        "disagreements": (4, window.disagreements_view.findChild(QTextBrowser, "disagreements")),
    }
    thin, moved = [], []
    for name, (tab, pane) in panes.items():
        window.tabs.setCurrentIndex(tab)
        if tab == 2:
            window.sources_view.tree.setCurrentItem(window.sources_view.tree.topLevelItem(0))
        qtbot.waitUntil(pane.isVisible)
        window.tabs.tabBar().setFocus()
        qtbot.waitUntil(window.tabs.tabBar().hasFocus)
        wait_settled(qtbot, window)
        without, room = _looks(pane), pane.viewport().geometry()
        pane.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(pane.hasFocus)
        wait_settled(qtbot, window)
        focused = _looks(pane)
        middle = focused.height() // 2
        # two pixels of accent across the left edge, half-way down
        if [focused.pixel(x, middle) for x in (0, 1)] != [accent, accent]:
            thin.append(name)
        # and nothing inside the edge moves with the focus (a text is not even redrawn)
        inside = (2, 2, focused.width() - 4, focused.height() - 4)
        if pane.viewport().geometry() != room or (
            isinstance(pane, QTextBrowser) and focused.copy(*inside) != without.copy(*inside)
        ):
            moved.append(name)
    assert not thin, f"the focus edge is thinner round these: {thin}"
    assert not moved, f"the contents change with the focus in: {moved}"


def test_a_hint_over_articles_left_out_at_large_text_can_still_be_read_from_the_articles_tab_and_the_list(
    qtbot: Any, qapp: Any, make_window: Any, story: Path
) -> None:
    Theme(qapp)
    window = window_showing(qtbot, make_window, story)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1024, 640))
    window.tabs.setCurrentWidget(window.sources_view)
    view = window.sources_view
    full = HINT
    tab = window.tabs.indexOf(view)
    window.set_text_scale(250)
    qtbot.waitUntil(lambda: view.hint.isHidden())
    # The hint's own tooltip cannot be reached on a label not shown: the tab and the
    # list say it whole instead.
    assert full in window.tabs.tabToolTip(tab)
    assert view.tree.accessibleDescription() == full
    window.set_text_scale(100)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: view.hint.isVisible() and view.hint.text() == full)
    assert full not in window.tabs.tabToolTip(tab)
    assert window.tabs.tabToolTip(tab).startswith("The articles read")
