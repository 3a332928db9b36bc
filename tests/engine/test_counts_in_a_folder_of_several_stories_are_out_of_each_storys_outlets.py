"""A folder holding several stories, analysed whole: each sentence's count is out of the
independent outlets that tell its own story ("2 of the 3 that cover it", never "2 of the
6 in the folder"), the report says so once, and a folder of one story is counted as
before. Invented folder (tests/three_stories.py): a bridge collapse told by three outlets,
a chess final and an orchard fire by two each, one outlet writing on two of them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corroborate.engine import analyze, by_story_note, summarize
from corroborate.engine.models import Analysis, AnalysisOptions, ConsensusSummary
from corroborate.engine.report.render import render_json_text, render_markdown
from three_stories import TOLD_BY, write_three_stories

SUPPORT = re.compile(r"^   — (\d+) of (\d+) outlets?:", re.MULTILINE)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> ConsensusSummary:
    folder = write_three_stories(tmp_path_factory.mktemp("desk") / "three")
    return summarize(analyze(folder))


def _story(analysis: Analysis, sentence: int) -> str:
    return analysis.file_of(sentence).split("-")[0]


def test_each_sentence_counts_out_of_the_outlets_of_its_own_story(
    mixed: ConsensusSummary,
) -> None:
    analysis = mixed.analysis
    assert analysis.counted_by_story and analysis.independent_sources == 6
    for sentence in range(len(analysis.sentences)):
        named = {analysis.group_outlets[g] for g in analysis.sources_of(sentence)}
        assert named == TOLD_BY[_story(analysis, sentence)]
        assert analysis.out_of(sentence) == len(named)
        assert analysis.claim(sentence).out_of == len(named)
        assert analysis.support_of(sentence) <= analysis.out_of(sentence)
    assert sorted(analysis.story_sources) == [2, 2, 3]


def test_an_outlet_writing_on_two_stories_counts_in_each(mixed: ConsensusSummary) -> None:
    analysis = mixed.analysis
    [herald] = [g for g, o in enumerate(analysis.group_outlets) if o == "Harlow Herald"]
    stories = {
        _story(analysis, s)
        for s in range(len(analysis.sentences))
        if herald in analysis.sources_of(s)
    }
    assert stories == {"bridge", "chess"}


def test_the_report_gives_each_summary_sentence_its_storys_count_and_says_so_once(
    mixed: ConsensusSummary,
) -> None:
    markdown = render_markdown(mixed)
    lines = SUPPORT.findall(markdown)
    assert len(lines) == len(mixed.items) > 0
    for item, (support, of) in zip(mixed.items, lines, strict=True):
        assert (int(support), int(of)) == (item.support, item.out_of)
        assert item.out_of == len(TOLD_BY[item.file.split("-")[0]])
    assert {int(of) for _, of in lines} == {2, 3}  # never the folder's 6
    note = by_story_note(mixed)
    assert markdown.count(note) == 1
    assert "3 stories" in note and "of the 6" in note


def test_the_json_gives_what_each_support_is_out_of(mixed: ConsensusSummary) -> None:
    report = json.loads(render_json_text(mixed))
    assert report["independent_sources"] == 6 and report["stories"] == 3
    assert [i["out_of"] for i in report["summary"]] == [i.out_of for i in mixed.items]
    assert by_story_note(mixed) in report["notes"]


def test_a_folder_of_one_story_counts_out_of_every_outlet_and_says_nothing_of_stories(
    make_folder, story_files: dict[str, str]
) -> None:
    summary = summarize(analyze(make_folder(story_files)))
    analysis = summary.analysis
    assert not analysis.counted_by_story and analysis.story_sources == ()
    every = tuple(range(analysis.independent_sources))
    assert all(analysis.sources_of(s) == every for s in range(len(analysis.sentences)))
    assert by_story_note(summary) == ""
    report = json.loads(render_json_text(summary))
    assert all("out_of" not in item for item in report["summary"])
    lines = SUPPORT.findall(render_markdown(summary))
    assert lines and all(int(of) == analysis.independent_sources for _, of in lines)


def test_one_story_of_the_folder_analysed_alone_counts_out_of_its_own_outlets(
    tmp_path: Path,
) -> None:
    folder = write_three_stories(tmp_path / "three")
    others = tuple(f.name for f in folder.iterdir() if not f.name.startswith("chess"))
    analysis = analyze(folder, AnalysisOptions(exclude=others))
    assert not analysis.counted_by_story
    assert set(analysis.group_outlets) == TOLD_BY["chess"]
