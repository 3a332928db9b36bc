"""What the app counts but does not list can be listed, and large text stays readable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from corroborate.engine.models import (
    SummaryOptions,
)

from .fakes import ListsTheSurestFew, story
from .helpers import showing_the_single_outlet_list, tooltip_at, wait_summarized


def test_the_single_outlet_sentences_counted_but_not_listed_can_be_listed_from_the_keyboard(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    view = window.single_source_view
    every = sum(window.session.summary.single_source_totals)
    assert view.count() == every - 1
    assert view.more.text().startswith("…and 1 more sentence")
    button = view.show_all
    assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert f"{every} sentences that one outlet alone reports" in button.accessibleName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count() == every)
    assert window.session.lists_every_single_source
    assert view.more.text() == f"All {every} are listed."
    # A shorter summary keeps every one listed: the controls set only the summary.
    window.options_bar.set_options(SummaryOptions(sentences=2))
    window.session.set_options(window.options_bar.options())
    qtbot.waitUntil(lambda: not window.session.busy)
    assert view.count() == every
    assert button.isVisible() and button.text() == "Show Fewer"
    button.click()
    qtbot.waitUntil(lambda: view.count() == every - 1)
    assert button.text().startswith("Show All")


def test_show_fewer_is_not_offered_when_no_outlet_has_more_than_the_surest_few(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    view = window.single_source_view
    view.show_all.click()
    qtbot.waitUntil(lambda: view.show_all.text() == "Show Fewer")
    # A longer summary at a minimum of one outlet takes in the rescuers and the other
    # outlets' own: River News is left with the few, and fewer would list the same.
    window.options_bar.set_options(SummaryOptions(sentences=5, min_sources=1))
    window.session.set_options(window.options_bar.options())
    qtbot.waitUntil(lambda: not window.session.busy and view.count() == 3)
    assert window.session.lists_every_single_source
    assert not view.show_all.isVisible() and not view.more.isVisible()


def test_an_outlets_heading_counts_all_it_alone_reports_not_only_those_listed(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    tree = window.single_source_view.tree
    headings = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    assert "River News  (3 of 4)" in headings and "Valley Post  (1)" in headings
    river = headings["River News  (3 of 4)"]
    assert river.childCount() == 3
    spoken = river.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert "3 of 4" in spoken and "surest" in spoken
    window.single_source_view.show_all.click()
    qtbot.waitUntil(lambda: window.single_source_view.count() == 6)
    labels = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
    assert "River News  (4)" in labels


def test_another_folder_lists_only_the_surest_single_outlet_sentences_again(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    surest = window.single_source_view.count()
    window.single_source_view.show_all.click()
    qtbot.waitUntil(lambda: window.single_source_view.count() > surest)
    window.session.open_folder(tmp_path / "harbour")
    qtbot.waitUntil(lambda: window.session.source == tmp_path / "harbour")
    wait_summarized(qtbot, window)
    assert not window.session.lists_every_single_source
    assert window.single_source_view.count() == surest


def _headed(qtbot: Any, headline: str, scale: float, width: int) -> Any:
    """An article view at ``scale`` times the usual text, ``width`` wide, showing an
    article headed ``headline``."""
    from PySide6.QtGui import QFontDatabase

    from corroborate.gui.article_view import ArticleView

    analysis = story()
    articles = (replace(analysis.articles[0], title=headline), *analysis.articles[1:])
    view = ArticleView()
    qtbot.addWidget(view)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(font.pointSizeF() * scale)
    view.setFont(font)
    view.resize(width, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(replace(analysis, articles=articles), 0, None)
    return view


def _heading_lines(view: Any) -> int:
    document = view.browser.document()
    document.setTextWidth(view.browser.viewport().width())
    return document.begin().layout().lineCount()


def test_an_articles_long_headline_at_double_text_size_takes_two_lines_at_most(
    qtbot: Any,
) -> None:
    headline = (
        "Harbourmaster confirms all eleven crew of the Fennick ferry are safe after the "
        "overnight storm drove the vessel onto the northern breakwater near Saltmere"
    )
    view = _headed(qtbot, headline, 2.0, 560)
    assert _heading_lines(view) <= 2
    shown = view.browser.document().begin().text().replace("\u2028", " ")
    assert shown.endswith("…") and headline.startswith(shown[:-1].rstrip())
    document = view.browser.document()
    on_headline = document.documentLayout().blockBoundingRect(document.begin()).center()
    tip = tooltip_at(qtbot, view.browser.viewport(), on_headline.toPoint())
    assert headline in tip, "the whole headline is a hover away"


def test_a_short_headline_is_set_larger_than_the_text_and_whole(qtbot: Any) -> None:
    view = _headed(qtbot, "Fennick ferry crew safe", 1.0, 700)
    assert _heading_lines(view) == 1
    assert view.browser.document().begin().text() == "Fennick ferry crew safe"
    assert view.headline is not None and view.headline.points > view.font().pointSizeF()
    assert not view.headline_tip


def test_a_headline_is_laid_out_again_when_the_pane_narrows(qtbot: Any) -> None:
    headline = "Harbourmaster confirms all eleven crew of the Fennick ferry are safe"
    view = _headed(qtbot, headline, 2.0, 1400)
    assert view.headline is not None and not view.headline.cut
    wide = view.headline.points
    view.resize(420, 500)
    qtbot.waitUntil(lambda: view.width() == 420)
    assert _heading_lines(view) <= 2
    assert view.headline.points < wide


def test_evidence_cards_in_a_row_keep_their_links_and_quotes_in_line_when_a_file_name_wraps(
    qtbot: Any,
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QFrame, QLabel

    from corroborate.gui.evidence_view import EvidenceView

    from .fakes import fake_summarize

    analysis = story()
    long_name = "valley-post-2026-11-03-storm-brings-down-the-fennick-bridge-overnight.txt"
    articles = tuple(
        replace(a, file=long_name) if a.outlet == "Valley Post" else a for a in analysis.articles
    )
    analysis = replace(analysis, articles=articles)
    view = EvidenceView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.show_item(analysis, fake_summarize(analysis).items[0])
    qtbot.waitUntil(lambda: not view.cards_pending())
    cards = [c for c in view.findChildren(QFrame, "card") if c.isVisible()]
    assert len(cards) >= 2 and len({c.y() for c in cards}) == 1, "one row of cards"

    def tops(name: str) -> set[int]:
        found = []
        for card in cards:
            labels = [w for w in card.findChildren(QLabel) if w.objectName() == name]
            if name == "":  # the links line: the one label taking the keyboard focus
                labels = [
                    w
                    for w in card.findChildren(QLabel)
                    if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                ]
            found.append(labels[0].mapTo(view, QPoint(0, 0)).y())
        return set(found)

    files = [c.findChildren(QLabel, "muted")[0] for c in cards]
    wrapped = next(f for f in files if f.text().replace("\u200b", "") == long_name)
    lines = wrapped.fontMetrics().boundingRect(
        0, 0, wrapped.width(), 10000, Qt.TextFlag.TextWordWrap, wrapped.text()
    )
    assert lines.height() > wrapped.fontMetrics().lineSpacing() * 1.5, "its name wraps"
    qtbot.waitUntil(lambda: len(tops("")) == 1 and len(tops("quote")) == 1)


def test_a_short_window_at_double_text_size_gives_the_storys_title_one_line(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window()
    window.resize(1024, 600)
    window.show()
    qtbot.waitUntil(lambda: window.height() == 600)
    title = (
        "Harbourmaster confirms all eleven crew of the Fennick ferry are safe after the "
        "overnight storm drove the vessel onto the northern breakwater near Saltmere"
    )
    window.story_title.set_title(title)
    assert window.story_title.text().count("\n") == 1, "two lines at the system's size"
    window.set_text_scale(200)
    qtbot.waitUntil(lambda: "\n" not in window.story_title.text())
    assert window.story_title.text().endswith("…")
    assert window.story_title.full_text() == title
    window.resize(1024, 1000)  # a taller window has the room for two again
    qtbot.waitUntil(lambda: window.story_title.text().count("\n") == 1)


def test_a_headline_cut_to_two_lines_is_cut_between_words() -> None:
    from PySide6.QtGui import QFont

    from corroborate.gui.article_view import fit_headline

    font = QFont()
    font.setPointSizeF(18)
    headline = (
        "Bridge collapses into Tessel River in Fennick, killing two, as rescuers search "
        "the water through the night for the missing driver of a delivery van"
    )
    for width in (260.0, 300.0, 340.0, 380.0):
        laid = fit_headline(headline, font, width)
        assert laid.cut and len(laid.lines) == 2
        shown = " ".join(laid.lines)[:-1]  # less the ellipsis
        assert headline.startswith(shown)
        assert headline[len(shown)] in " ,", f"cut inside a word: {laid.lines[-1]!r}"


def test_a_short_window_at_double_text_size_gives_the_single_outlet_list_the_lines_around_it(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(ListsTheSurestFew())
    window.resize(1024, 520)
    window.show()
    window.session.open_folder(tmp_path / "bridge")
    wait_summarized(qtbot, window)
    view = window.single_source_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.note.isVisible() and view.more.isVisible())
    window.set_text_scale(200)
    line = view.tree.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: not view.note.isVisible() and not view.more.isVisible())
    assert view.tree.viewport().height() >= 4 * line, "room for a few rows"
    # What the line under the list said is Show All's tip, the button still there.
    assert view.show_all.isVisible() and "1 not listed" in view.show_all.toolTip()
    button = view.show_all
    assert button.width() < 2 * button.sizeHint().width(), "at its own width, not the row's"
    assert button.geometry().right() > view.width() - 20, "at the right, under the list"
    window.resize(1024, 1000)
    qtbot.waitUntil(lambda: view.note.isVisible() and view.more.isVisible())


def test_the_unverified_note_over_an_article_in_a_short_pane_takes_two_lines_and_tips_the_rest(
    qtbot: Any,
) -> None:
    from corroborate.gui.single_source_view import unverified_note

    view = _headed(qtbot, "Fennick ferry crew safe", 2.0, 380)
    note = unverified_note("The Saltmere and Corley Valley Evening Ledger")
    analysis = view._shown[0]
    view.resize(380, 260)
    qtbot.waitUntil(lambda: view.height() == 260)
    view.show_sentence(analysis, 0, note)
    label = view.note
    lines = label.fontMetrics().boundingRect(
        0, 0, label.contentsRect().width(), 10000, Qt.TextFlag.TextWordWrap, label.text()
    )
    assert lines.height() <= 2 * label.fontMetrics().lineSpacing()
    assert label.text().endswith("…") and note.startswith(label.text()[:-1])
    assert note in label.toolTip() and label.accessibleName() == note
    view.resize(380, 1000)  # a tall pane has the room for all of it
    qtbot.waitUntil(lambda: label.text() == note)
    assert not label.toolTip()
