"""Show All over the single-outlet list: where the keys are, and which story it belongs to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .fakes import SUREST, ListsTheSurestFew
from .helpers import deliver_queued, showing_the_single_outlet_list, tooltip_at, wait_summarized


def test_the_keyboard_focus_stays_on_show_all_as_it_becomes_show_fewer_and_back(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    view = window.single_source_view
    button = view.show_all
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count() > SUREST)
    assert button.text() == "Show Fewer"
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count() == SUREST)
    assert button.text().startswith("Show All")
    assert QApplication.focusWidget() is button


def test_a_cancelled_opening_of_another_folder_leaves_the_story_shown_listing_every_one(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    view, session = window.single_source_view, window.session
    every = sum(session.summary.single_source_totals)
    view.show_all.click()
    qtbot.waitUntil(lambda: view.count() == every)
    gate = session._engine.hold("harbour")
    session.open_folder(tmp_path / "harbour")
    # While the other folder is read, the reader moves a control of the story shown.
    window.options_bar.length.setValue(window.options_bar.length.value() - 1)
    qtbot.waitUntil(lambda: session.summary.options.sentences == session.options.sentences)
    assert view.count() == every, "the story shown keeps its whole list"
    session.cancel()
    gate.set()
    assert session.source == tmp_path / "bridge"
    assert session.lists_every_single_source
    assert view.show_all.text() == "Show Fewer"
    view.show_all.click()
    qtbot.waitUntil(lambda: view.count() == SUREST)
    assert view.show_all.text().startswith("Show All")


def test_a_folder_opened_after_show_all_lists_the_surest_though_a_control_moved_meanwhile(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    view, session = window.single_source_view, window.session
    view.show_all.click()
    qtbot.waitUntil(lambda: view.count() > SUREST)
    gate = session._engine.hold("harbour")
    session.open_folder(tmp_path / "harbour")
    window.options_bar.length.setValue(window.options_bar.length.value() - 1)
    gate.set()
    qtbot.waitUntil(lambda: session.source == tmp_path / "harbour")
    wait_summarized(qtbot, window)
    assert not session.lists_every_single_source
    assert view.count() == SUREST
    assert view.show_all.text().startswith("Show All")


def test_a_folder_read_again_with_its_subfolders_while_opening_still_lists_the_surest(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    view, session = window.single_source_view, window.session
    view.show_all.click()
    qtbot.waitUntil(lambda: view.count() > SUREST)
    gate = session._engine.hold("harbour")
    session.open_folder(tmp_path / "harbour")
    session.set_recursive(True)  # the reading starts over, of the same folder
    gate.set()
    qtbot.waitUntil(lambda: session.source == tmp_path / "harbour")
    wait_summarized(qtbot, window)
    assert True in session._engine.read_subfolders  # the runs may start in either order
    assert not session.lists_every_single_source
    assert view.count() == SUREST


def test_a_headline_with_no_place_to_break_is_cut_to_the_panes_width_not_run_past_it() -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from corroborate.gui.article_view import fit_headline

    font = QFont()
    font.setPointSizeF(10)
    width = 400.0
    for headline in (
        "Fennickbridgecollapselivecoverage" * 4,  # a run with nowhere to break
        "Fennickbridgecollapselivecoverage" * 4 + " as divers search the Tessel",
        "Divers search the Tessel " + "Fennickbridgecollapselivecoverage" * 4,
    ):
        laid = fit_headline(headline, font, width)
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(laid.points)
        metrics = QFontMetricsF(bold)
        assert all(metrics.horizontalAdvance(line) <= width for line in laid.lines), laid
        assert laid.cut and laid.lines[-1].endswith("…"), laid
        assert headline.startswith(" ".join(laid.lines)[:-1][:20])


def test_a_reader_scrolled_back_to_the_headline_stays_there_as_the_pane_narrows_or_recolours(
    qtbot: Any,
) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QFontDatabase

    from corroborate.gui.article_view import ArticleView

    from .fakes import story

    analysis = story()
    headline = "Harbourmaster confirms all eleven crew of the Fennick ferry are safe"
    articles = (replace(analysis.articles[0], title=headline), *analysis.articles[1:])
    analysis = replace(analysis, articles=articles)
    last = max(s.id for s in analysis.sentences if s.article == 0)
    view = ArticleView()
    qtbot.addWidget(view)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(font.pointSizeF() * 2.5)
    view.setFont(font)
    view.resize(1000, 260)
    view.show()
    qtbot.waitExposed(view)
    view.show_sentence(analysis, last)
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)  # placed at the sentence, below the fold
    fitted = view.headline
    bar.setValue(0)  # the reader scrolls back up to the headline
    view.resize(460, 260)
    qtbot.waitUntil(lambda: view.headline != fitted)  # laid out again for the width
    deliver_queued()  # whatever the new layout queued has run
    assert bar.value() == 0
    from PySide6.QtGui import QColor, QPalette

    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    view.setPalette(palette)  # a dark theme chosen
    deliver_queued()
    assert bar.value() == 0


def test_a_cut_headlines_whole_text_shows_on_the_headline_not_over_the_article_body(
    qtbot: Any,
) -> None:
    from dataclasses import replace

    from PySide6.QtCore import QPoint

    from corroborate.gui.article_view import ArticleView

    from .fakes import story

    analysis = story()
    headline = (
        "Harbourmaster confirms all eleven crew of the Fennick ferry are safe after the "
        "overnight storm drove the vessel onto the northern breakwater near Saltmere"
    )
    articles = (replace(analysis.articles[0], title=headline), *analysis.articles[1:])
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(360, 600)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(replace(analysis, articles=articles), 0, None)
    assert view.headline is not None and view.headline.cut
    document = view.browser.document()
    heading = document.documentLayout().blockBoundingRect(document.begin())
    body = document.documentLayout().blockBoundingRect(document.findBlockByNumber(2))
    on_headline = QPoint(int(heading.center().x()), int(heading.center().y()))
    on_body = QPoint(int(body.center().x()), int(body.center().y()))
    qtbot.waitUntil(lambda: headline in tooltip_at(qtbot, view.browser.viewport(), on_headline))
    assert tooltip_at(qtbot, view.browser.viewport(), on_body) == "", (
        "the body's text is not the headline"
    )


def test_a_whole_list_no_longer_than_the_surest_few_says_nothing_of_fewer(qtbot: Any) -> None:
    from dataclasses import replace

    from corroborate.engine.models import SummaryOptions
    from corroborate.gui.session import EVERY_SINGLE_SOURCE
    from corroborate.gui.single_source_view import SingleSourceView

    from .fakes import RIVER_OWN, fake_summarize, story

    every = SummaryOptions(single_source_per_outlet=EVERY_SINGLE_SOURCE)
    full = fake_summarize(story(river_own=RIVER_OWN), every)
    view = SingleSourceView()
    qtbot.addWidget(view)
    view.show()
    one = replace(full, single_source=full.single_source[:1], single_source_totals=(1,))
    view.set_summary(one)
    assert view.count() == 1
    assert not view.more.isVisible() and not view.show_all.isVisible()
    # Six, four of them River News's: fewer would list five.
    view.set_summary(replace(full, single_source_totals=(1, 1, 4)))
    assert view.count() == 6
    assert view.more.text() == "All 6 are listed." and view.show_all.text() == "Show Fewer"


def test_the_report_names_the_button_and_the_tab_the_app_shows_for_the_unlisted_sentences(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    import re

    from corroborate.engine import to_markdown
    from corroborate.gui.main_window import SINGLE_TAB_NAMES

    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    summary = window.session.summary
    line = next(x for x in to_markdown(summary).splitlines() if "more sentence" in x)
    button, tab, narrow = re.findall(r"“([^”]+)”", line)
    assert window.single_source_view.show_all.text().startswith(button + " ")
    assert SINGLE_TAB_NAMES[0].replace("&", "") == tab
    assert SINGLE_TAB_NAMES[1].replace("&", "") == narrow


class _SlowToListEveryOne(ListsTheSurestFew):
    """Ranks on a worker (as a large story does), and holds the ranking listing every
    single-outlet sentence until :attr:`release` is set."""

    def __init__(self) -> None:
        super().__init__()
        import threading

        self.release = threading.Event()
        self.held = threading.Event()

    def summarize(self, analysis: Any, options: Any = None) -> Any:
        from corroborate.gui.session import EVERY_SINGLE_SOURCE

        if options is not None and options.single_source_per_outlet >= EVERY_SINGLE_SOURCE:
            self.held.set()
            self.release.wait(10)
        return super().summarize(analysis, options)


def test_a_whole_list_ranked_too_late_is_dropped_once_the_reader_asked_for_fewer(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = _SlowToListEveryOne()
    window = make_window(engine)
    window.session.open_folder(tmp_path / "bridge")
    wait_summarized(qtbot, window)
    session, view = window.session, window.single_source_view
    session._rank_seconds = 1.0  # as slow as a large story's: ranked on a worker
    view.show_all.click()
    qtbot.waitUntil(engine.held.is_set)
    session.list_every_single_source(False)  # the reader changed their mind meanwhile
    engine.release.set()
    assert session._ranker.wait(5000)
    deliver_queued()
    assert view.count() == SUREST and not session.lists_every_single_source
    assert view.show_all.text().startswith("Show All")
