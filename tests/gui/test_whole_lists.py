"""What the app counts but does not list can be listed, and large text stays readable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from corroborate.engine.models import Analysis, ConsensusSummary, SummaryOptions
from corroborate.gui.session import EVERY_SINGLE_SOURCE

from .fakes import FakeEngine
from .helpers import wait_summarized


class _ListsTheSurestOne(FakeEngine):
    """Lists one single-outlet sentence, and counts the others, unless asked for all."""

    def summarize(
        self, analysis: Analysis, options: SummaryOptions | None = None
    ) -> ConsensusSummary:
        full = super().summarize(analysis, options)
        totals = (len(full.single_source),)
        if full.options.single_source_per_outlet >= EVERY_SINGLE_SOURCE:
            return replace(full, single_source_totals=totals)
        return replace(full, single_source=full.single_source[:1], single_source_totals=totals)


def test_the_single_outlet_sentences_counted_but_not_listed_can_be_listed_from_the_keyboard(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(_ListsTheSurestOne())
    window.session.open_folder(tmp_path / "bridge")
    wait_summarized(qtbot, window)
    view = window.single_source_view
    window.tabs.setCurrentWidget(view)
    every = sum(window.session.summary.single_source_totals)
    assert view.count() == 1 < every
    assert view.more.text().startswith(f"…and {every - 1} more sentence")
    button = view.show_all
    assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert f"{every} sentences that one outlet alone reports" in button.accessibleName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count() == every)
    assert window.session.lists_every_single_source
    assert view.more.text().startswith("Every sentence that one outlet alone reports is listed")
    # A shorter summary keeps every one listed: the controls set only the summary.
    window.options_bar.set_options(SummaryOptions(sentences=2))
    window.session.set_options(window.options_bar.options())
    qtbot.waitUntil(lambda: not window.session.busy)
    assert view.count() == every
    button.click()
    qtbot.waitUntil(lambda: view.count() == 1)
    assert button.text().startswith("Show All")


def test_another_folder_lists_only_the_surest_single_outlet_sentences_again(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(_ListsTheSurestOne())
    window.session.open_folder(tmp_path / "bridge")
    wait_summarized(qtbot, window)
    window.single_source_view.show_all.click()
    qtbot.waitUntil(lambda: window.single_source_view.count() > 1)
    window.session.open_folder(tmp_path / "harbour")
    qtbot.waitUntil(lambda: window.session.source == tmp_path / "harbour")
    wait_summarized(qtbot, window)
    assert not window.session.lists_every_single_source
    assert window.single_source_view.count() == 1
