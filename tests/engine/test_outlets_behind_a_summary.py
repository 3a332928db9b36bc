"""What a summary says of the outlets behind it: one outlet's reports or copies of one
story, and a minimum support asked above the outlets there are."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles import ONE_OUTLET, write_folder
from corroborate.engine import analyze, summarize


def test_two_reports_of_one_outlet_are_said_to_be_from_one_outlet_not_copies(
    tmp_path: Path,
) -> None:
    analysis = analyze(write_folder(tmp_path / "wall", ONE_OUTLET))
    assert analysis.independent_sources == 1 and len(analysis.articles) == 2
    notes = summarize(analysis).notes
    assert "All articles are from one outlet: nothing could be corroborated." in notes
    assert not any("copies" in note for note in notes)


def test_two_copies_of_one_report_are_still_said_to_be_copies(tmp_path: Path) -> None:
    text = ONE_OUTLET["first.txt"]
    analysis = analyze(write_folder(tmp_path / "wall", {"a.txt": text, "b.txt": text}))
    assert analysis.independent_sources == 1
    notes = summarize(analysis).notes
    assert "All articles are copies of one story: nothing could be corroborated." in notes


def test_a_minimum_support_above_the_outlets_there_are_asks_for_all_of_them(
    tmp_path: Path,
) -> None:
    from corroborate.engine.models import SummaryOptions
    from corroborate.resources import sample_story

    analysis = analyze(sample_story())
    assert analysis.independent_sources == 5
    every = summarize(analysis, SummaryOptions(sentences=2, min_sources=5))
    beyond = summarize(analysis, SummaryOptions(sentences=2, min_sources=12))
    assert [i.text for i in beyond.items] == [i.text for i in every.items]
    assert beyond.backed == every.backed
    assert beyond.notes == every.notes


def test_the_command_lines_minimum_support_above_the_outlets_reports_as_all_of_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from corroborate.cli import EXIT_OK, main

    assert main(["summarize", "--sentences", "2", "--min-sources", "5"]) == EXIT_OK
    every = capsys.readouterr().out
    assert main(["summarize", "--sentences", "2", "--min-sources", "12"]) == EXIT_OK
    assert capsys.readouterr().out == every
    assert "Only 1 of the 2" not in every
