"""A folder holding three stories, analysed whole: the window's badges, tooltips, caption,
evidence heading and "Not mentioned by" line count each summary sentence out of its own
story's outlets, as the command line's Markdown and JSON do, and the note saying so is
among the banner's messages. Invented folder (tests/three_stories.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from corroborate.cli import EXIT_OK, main
from corroborate.engine import by_story_note
from corroborate.gui.evidence_view import EvidenceView
from corroborate.gui.status import summary_messages
from three_stories import TOLD_BY, write_three_stories

from .helpers import wait_idle, window_opening


def test_the_window_and_the_reports_count_each_sentence_out_of_its_storys_outlets(
    qtbot: Any, make_window: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_three_stories(tmp_path / "three")
    assert main(["summarize", str(folder), "--format", "json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert main(["summarize", str(folder), "--format", "markdown"]) == EXIT_OK
    markdown = capsys.readouterr().out
    window = window_opening(qtbot, make_window, folder)
    wait_idle(qtbot, window)
    summary = window.session.summary
    analysis = summary.analysis
    assert analysis.counted_by_story and report["independent_sources"] == 6

    model = window.summary_view.model
    rows = [model.items[row] for row in range(model.rowCount())]
    lines = re.findall(r"^   — (\d+) of (\d+) outlets?:", markdown, flags=re.MULTILINE)
    assert [i.text for i in rows] == [i["text"] for i in report["summary"]]
    assert [(str(i["support"]), str(i["out_of"])) for i in report["summary"]] == lines
    assert [model.badge(i) for i in rows] == [f"{s}/{of}" for s, of in lines]
    assert {of for _, of in lines} == {"2", "3"}
    for row, item in enumerate(rows):
        tip = model.data(model.index(row), Qt.ItemDataRole.AccessibleTextRole)
        assert f"Backed by {item.support} of {item.out_of} independent outlets" in tip
        assert f"backed by {item.support} of {item.out_of} independent outlets" in (
            model.attribution(row)
        )

    note = by_story_note(summary)
    assert note in report["notes"] and markdown.count(note) == 1
    assert [m.text for m in summary_messages(summary)].count(note) == 1
    assert "of its story's independent outlets" in window.caption.text()

    pane = EvidenceView()
    qtbot.addWidget(pane)
    for item in rows:
        pane.show_item(analysis, item)
        assert (
            pane.heading.text() == f"Backed by {item.support} of {item.out_of} independent outlets"
        )
        told = TOLD_BY[item.file.split("-")[0]]
        silent = [x for x in pane.silent.text().splitlines() if x.startswith("Not mentioned by")]
        expected = sorted(told - set(item.outlets), key=str.lower)
        assert silent == ([f"Not mentioned by: {', '.join(expected)}"] if expected else [])


def test_one_story_analysed_alone_in_the_window_is_the_command_lines_story_n(
    qtbot: Any, make_window: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_three_stories(tmp_path / "three")
    window = window_opening(qtbot, make_window, folder)
    wait_idle(qtbot, window)
    window.session.analyse_story(1)
    wait_idle(qtbot, window)
    assert window.session.shown_story == 1
    exported = window.session.markdown()
    assert main(["summarize", str(folder), "--story", "2"]) == EXIT_OK
    assert capsys.readouterr().out == exported
    assert "of another story" in exported
