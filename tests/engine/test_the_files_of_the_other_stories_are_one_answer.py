"""A folder of several stories, one analysed alone: the files left out as of another story
are every other story's and every article read that is in no story, never the chosen one's.
The command line's ``--story`` and the app's *Analyse This Story Alone* both ask this."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from corroborate.cli import _one_story
from corroborate.engine import AnalysisOptions, analyze, other_stories
from corroborate.engine.models import FileProblem

GROUPS = (("ferry-a.txt", "ferry-b.txt"), ("mill-a.txt",), ("vote-a.txt", "vote-b.txt"))


def test_the_other_stories_are_every_file_of_the_rest_and_the_strays() -> None:
    assert other_stories(GROUPS, 1, ("ferry-a.txt", "stray.txt")) == {
        "ferry-a.txt",
        "ferry-b.txt",
        "vote-a.txt",
        "vote-b.txt",
        "stray.txt",
    }


def test_a_file_of_the_chosen_story_is_never_left_out_even_when_read_again() -> None:
    assert other_stories(GROUPS, 0, ("ferry-a.txt", "ferry-b.txt")) == {
        "mill-a.txt",
        "vote-a.txt",
        "vote-b.txt",
    }


def test_the_command_lines_story_leaves_out_what_the_engine_names(
    make_folder: Callable[..., Path],
) -> None:
    folder = make_folder(
        {
            "ferry-a.txt": "The Tessel ferry ran aground off Varn Point on Monday, its owners said.",
            "stray.txt": "The Varn Point lighthouse reopened to visitors on Sunday afternoon.",
        }
    )
    warning = FileProblem(".", "several stories", "several-stories", GROUPS, ("F", "M", "V"))
    analysis = replace(analyze(folder), problems=(warning,))
    read = _one_story(analysis, AnalysisOptions(), 3)
    assert not isinstance(read, str)
    files = {a.file for a in analysis.articles}
    assert "stray.txt" in files
    assert set(read.exclude) == other_stories(GROUPS, 2, files)
    assert {why for _, why in read.excluded_as} == {"another story"}
    assert read.story == "V"
