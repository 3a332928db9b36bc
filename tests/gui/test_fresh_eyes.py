"""What a demanding reader notices on a first look at real stories: headings that say
what their figures count, and the reading pane left its room."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import window_showing


def test_every_column_heading_of_the_articles_and_the_outlets_figures_says_what_it_counts(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    for tree in (window.sources_view.tree, window.coverage_view.outlets):
        heading = tree.headerItem()
        tips = [heading.toolTip(column) for column in range(tree.columnCount())]
        assert all(len(tip.split()) >= 5 for tip in tips), tips
        assert len(set(tips)) == len(tips)  # each its own, not one tip for all
    outlets = window.coverage_view.outlets.headerItem()
    # the outlet's figures are of every article it wrote, each story and its copies once,
    # and each sentence once however many of its reports print it: both tips say so alike
    for column in (1, 2):
        assert "articles (copies once; one it printed in two reports once)" in " ".join(
            outlets.toolTip(column).split()
        )
    assert "Disagreements" in outlets.toolTip(2)


def test_the_article_and_the_disagreements_leave_a_dropped_folder_and_their_links_to_the_window(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    for browser in (window.article_view.browser, window.disagreements_view.browser):
        # a drop passes through to the window's drop zone, which opens the folder
        assert not browser.acceptDrops() and not browser.viewport().acceptDrops()
        assert not browser.openLinks()  # a click is the app's to follow, not a browse away
        assert browser.accessibleName()


def test_the_outlets_only_it_reports_heading_says_the_summarys_own_sentences_are_counted_first(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    summary = window.session.summary
    window.tabs.setCurrentWidget(window.coverage_view)
    qtbot.waitUntil(lambda: window.coverage_view.matrix is not None)
    matrix = window.coverage_view.matrix
    # The engine's figure counts what Reported by one outlet counts: sentences besides
    # the summary's; the table adds the summary's rows that the outlet alone fills in
    # the map above it, and its heading's tip says so.
    listed = {s.sentence for s in summary.single_source}
    assert not listed & {item.sentence for item in summary.items}
    assert sum(stats.single_source_total for stats in matrix.outlets) == sum(
        summary.single_source_totals
    )
    assert "the summary's rows that it alone backs" in (
        window.coverage_view.outlets.headerItem().toolTip(3)
    )


def test_each_summary_option_and_its_label_say_what_it_does_once_a_story_is_shown(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    bar = window.options_bar
    assert "sentences the summary quotes" in bar.length.toolTip()
    assert bar.length_label.toolTip() == bar.length.toolTip() == bar.length_value.toolTip()
    assert "independent outlets" in bar.min_sources.toolTip()
    assert bar.support_label.toolTip() == bar.min_sources.toolTip()


def test_back_and_forward_grow_and_shrink_with_the_text(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    toolbar = window.menu_actions.toolbar
    natural = toolbar.iconSize()
    window.set_text_scale(200)
    assert toolbar.iconSize().width() == natural.width() * 2
    window.set_text_scale(100)
    assert toolbar.iconSize() == natural
