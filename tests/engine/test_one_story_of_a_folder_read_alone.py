"""One story of a folder that seems to hold several, read alone: the command line's
``--story N`` reads it as the app's *Analyse This Story Alone* does (the other stories'
articles left out as of another story), and a reading of it that seems to split in turn
is headed by the story's own name in the Markdown, the JSON and the app alike
(:func:`corroborate.engine.story_name`, the one place that names it)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from corroborate.cli import EXIT_OK, EXIT_USAGE, main
from corroborate.engine import analyze, story_name, summarize, to_json, to_markdown
from two_stories import write_two_stories


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_two_stories(tmp_path_factory.mktemp("mixed") / "desk notes")


def test_story_n_on_the_command_line_reads_that_story_alone_leaving_the_others_out_as_another_story(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", "--format", "json", "--story", "1", str(folder)]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    whole = analyze(folder)
    warning = next(p for p in whole.problems if p.kind == "several-stories")
    assert {d["file"] for d in report["documents"]} == set(warning.groups[0])
    others = {f for group in warning.groups[1:] for f in group}
    assert {(item["file"], item["why"]) for item in report["left_out"]["files"]} == {
        (name, "another story") for name in others
    }
    assert report["stories"] == 1


def test_a_story_number_the_folder_does_not_hold_is_a_usage_error(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", "--story", "3", str(folder)]) == EXIT_USAGE
    assert "seems to hold 2 stories, not 3" in capsys.readouterr().err


def test_story_n_of_a_folder_of_one_story_is_a_usage_error(
    make_folder, story_files, capsys: pytest.CaptureFixture[str]
) -> None:
    one = make_folder(story_files)
    assert main(["summarize", "--story", "1", str(one)]) == EXIT_USAGE
    assert "does not seem to hold several stories" in capsys.readouterr().err


def test_a_reading_that_splits_again_is_headed_by_the_story_it_was_read_as(folder: Path) -> None:
    mixed = summarize(analyze(folder))
    assert story_name(mixed) == "desk notes — 2 stories"
    named = summarize(replace(mixed.analysis, story="Carrowgate bridge falls"))
    assert story_name(named) == "Carrowgate bridge falls"
    assert to_markdown(named).splitlines()[0] == "# Carrowgate bridge falls"
    report = to_json(named)
    assert (report["title"], report["title_from"]) == ("Carrowgate bridge falls", "story")


def test_the_several_stories_warning_says_how_to_summarize_one_alone(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(folder)]) == EXIT_OK
    said = capsys.readouterr().err
    assert "story 2: " in said
    assert "summarize one of them alone with --story N" in said
