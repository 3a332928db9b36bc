"""What the window says and offers while no story is shown, while a folder's stories are
mixed in one summary, and after a failure: its controls, its title, its About box, and
the failure page at another text size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corroborate.engine.models import NoArticlesError
from corroborate.gui.actions import about_text
from corroborate.gui.main_window import TITLE_CHARS, window_title
from corroborate.resources import SAMPLE_STORY_TITLE, resource_path
from two_stories import write_two_stories

from .fakes import FakeEngine
from .helpers import (
    ENGINE_TIMEOUT_MS,
    drop_new_folder,
    drop_on,
    folder,
    wait_idle,
    window_opening,
)


def test_the_summary_options_are_disabled_and_say_why_until_a_story_is_shown(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    bar = window.options_bar
    assert window.session.summary is None
    for control in (bar.length, bar.min_sources):
        assert not control.isEnabled()
        assert "No story is shown" in control.toolTip()
    drop_new_folder(qtbot, window, tmp_path)
    assert bar.length.isEnabled() and bar.min_sources.isEnabled()
    assert "No story is shown" not in bar.length.toolTip() + bar.min_sources.toolTip()
    # A folder that cannot be read takes the story away: the options go with it.
    engine.error = NoArticlesError("No readable article was found in “empty”.")
    drop_on(window.drop_zone, [folder(tmp_path, "empty")])
    qtbot.waitUntil(lambda: window.session.summary is None and not window.session.busy)
    for control in (bar.length, bar.min_sources):
        assert not control.isEnabled()
        assert "No story is shown" in control.toolTip()
    engine.error = None
    drop_new_folder(qtbot, window, tmp_path, "again")
    assert bar.length.isEnabled() and bar.min_sources.isEnabled()


def test_the_about_box_names_the_sample_story_by_the_title_its_summary_has(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    said = about_text()
    assert SAMPLE_STORY_TITLE in said and "sample-story" not in said
    # The title named is the one the engine gives the sample (here a copy of it).
    window = window_opening(qtbot, make_window, story)
    assert window.session.summary is not None
    assert window.session.summary.title == SAMPLE_STORY_TITLE


def test_the_about_box_credits_the_common_english_words_and_their_licence() -> None:
    said = about_text()
    assert "wordfreq" in said and "Robyn Speer" in said and "CC BY-SA 4.0" in said
    notice = resource_path("licences", "common-english-words.txt").read_text(encoding="utf-8")
    assert "creativecommons.org/licenses/by-sa/4.0" in notice
    # what the licence asks of a credit: the copyright line, the source, the disclaimer of
    # warranties and the changes made
    assert "Copyright 2022 Robyn Speer" in notice
    assert "github.com/rspeer/wordfreq" in notice
    assert "without warranties" in notice
    assert "Changes made:" in notice


def test_a_folder_mixing_several_stories_is_titled_by_its_name_and_count_not_one_headline(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / "mixed desk"))
    summary = window.session.summary
    assert summary is not None and "seems to hold 2 stories" in window.banner.text()
    assert window.windowTitle() == "mixed desk — 2 stories — Corroborate"
    assert summary.title not in window.windowTitle()
    # One of its stories analysed alone is that story again: titled by its headline.
    window.session.analyse_story(0)
    qtbot.waitUntil(lambda: window.session.shown_story == 0, timeout=ENGINE_TIMEOUT_MS)
    wait_idle(qtbot, window)
    alone = window.session.summary
    assert alone is not None and not alone.analysis.folder_warnings
    assert window.windowTitle() == f"{window_title(alone.title)} — Corroborate"


def test_a_mixed_folder_with_a_long_name_keeps_its_story_count_within_the_title_length(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    name = "Corley desk notes on the harbour board and the Tessel ferry strike " * 2
    window = window_opening(qtbot, make_window, write_two_stories(tmp_path / name.strip()))
    title = window.windowTitle().removesuffix(" — Corroborate")
    assert title.endswith("… — 2 stories")
    assert title.startswith("Corley desk notes on the harbour board")
    assert len(title) <= TITLE_CHARS


def test_a_folder_of_one_story_keeps_its_headline_as_the_window_title(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    drop_new_folder(qtbot, window, tmp_path, "single")
    assert window.windowTitle() == "Bridge collapses in storm — Corroborate"


def test_the_failure_pages_warning_icon_grows_and_shrinks_with_the_text_size(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(FakeEngine(error=NoArticlesError("No readable article was found.")))
    drop_on(window.drop_zone, [folder(tmp_path, "empty")])
    qtbot.waitUntil(lambda: window.summary_view.heading() != "" and not window.session.busy)
    icon = window.summary_view.failure_icon

    def side() -> float:
        pixmap = icon.pixmap()
        return pixmap.height() / pixmap.devicePixelRatio()

    before = side()
    window.set_text_scale(150)
    qtbot.waitUntil(lambda: side() > before * 1.3)
    line = window.summary_view.fontMetrics().height()
    assert side() == line * 3  # three lines of the new text high
    window.set_text_scale(100)
    qtbot.waitUntil(lambda: side() == before)
