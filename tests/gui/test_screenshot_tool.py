"""The screenshot tool renders every pane of a story it summarized, and the page that
says why of a folder that gave no summary."""

from __future__ import annotations

from typing import Any

from corroborate.gui.session import Failure

from .screenshot import PANES, panes_shown


def test_a_summarized_story_is_rendered_on_every_pane_asked_for_though_its_summary_has_a_title(
    laptop_window: Any,
) -> None:
    summary = laptop_window.session.summary
    assert summary is not None and summary.title  # a title, as a failure has one too
    assert panes_shown([summary], list(PANES)) == list(PANES)


def test_a_folder_that_gave_no_summary_is_rendered_as_the_page_that_says_why() -> None:
    failure = Failure(title="Nothing to summarize", message="The folder is empty.")
    assert panes_shown([failure], list(PANES)) == ["summary"]


def test_a_folder_that_gave_neither_a_summary_nor_a_failure_renders_nothing() -> None:
    assert panes_shown([], list(PANES)) is None
    assert panes_shown([None], list(PANES)) is None
