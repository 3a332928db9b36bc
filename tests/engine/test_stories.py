"""Several stories in one folder, and long documents that never name the story (invented text)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from corroborate.cli import main
from corroborate.engine import analyze, summarize, to_json, to_markdown
from corroborate.engine.text.names import names_in
from corroborate.engine.text.segment import content_stems, words
from corroborate.engine.text.stories import (
    LONG_WORDS,
    several_stories,
    story_groups,
    unnamed_long_documents,
)
from two_stories import BRIDGE, CHESS, article, two_stories


def stems_of(text: str) -> Counter[str]:
    return Counter(content_stems(words(text)))


def test_articles_are_grouped_by_story() -> None:
    texts = two_stories()
    docs = [stems_of(text) for text in texts.values()]
    assert sorted(sorted(g) for g in story_groups(docs)) == [[0, 1, 2], [3, 4, 5]]
    assert sorted(sorted(g) for g in several_stories(docs)) == [[0, 1, 2], [3, 4, 5]]


def test_one_story_and_small_folders_are_not_several_stories() -> None:
    one = [stems_of(article(BRIDGE, i)) for i in range(6)]
    assert several_stories(one) == []
    few = [stems_of(article(BRIDGE, 0)), stems_of(article(CHESS, 0))] * 2
    assert several_stories(few) == []  # a group needs three articles


def test_a_folder_of_several_stories_is_warned_with_its_groups(make_folder) -> None:
    folder = make_folder(two_stories())
    analysis = analyze(folder)
    warnings = [p for p in analysis.problems if p.kind == "several-stories"]
    assert len(warnings) == 1
    assert "seems to hold 2 stories" in warnings[0].reason
    assert sorted(sorted(g) for g in warnings[0].groups) == [
        ["bridge-0.txt", "bridge-1.txt", "bridge-2.txt"],
        ["chess-0.txt", "chess-1.txt", "chess-2.txt"],
    ]
    summary = summarize(analysis)
    report = to_json(summary)
    [warning] = [w for w in report["warnings"] if w["kind"] == "several-stories"]
    assert sorted(sorted(g) for g in warning["groups"]) == sorted(
        sorted(g) for g in warnings[0].groups
    )
    markdown = to_markdown(summary)
    assert "> This folder seems to hold 2 stories" in markdown
    assert "## Skipped files" not in markdown  # a warning about the folder, not a skipped file


def test_each_story_of_a_folder_is_named_as_the_warning_names_it(make_folder) -> None:
    folder = make_folder(two_stories())
    [warning] = [p for p in analyze(folder).problems if p.kind == "several-stories"]
    assert len(warning.labels) == len(warning.groups) == 2
    for label, group in zip(warning.labels, warning.groups, strict=True):
        assert label and f"“{label}” ({len(group)} articles)" in warning.reason


def test_one_story_folder_gets_no_warning(make_folder, story_files) -> None:
    analysis = analyze(make_folder(story_files))
    assert not [p for p in analysis.problems if p.kind == "several-stories"]


def test_the_command_line_warns_on_standard_error_and_in_json(
    make_folder, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_folder(two_stories())
    assert main(["summarize", str(folder), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert "corroborate: warning: this folder seems to hold 2 stories" in err
    assert "story 1:" in err and "story 2:" in err
    kinds = [w["kind"] for w in json.loads(out)["warnings"]]
    assert kinds == ["several-stories"]


def test_the_warning_shows_control_characters_in_file_names_escaped(
    make_folder, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = two_stories()
    renamed = {
        name.replace("chess-", "chess-\x1b]0;TITLE\x07-")
        if name.startswith("chess-")
        else name: text
        for name, text in texts.items()
    }
    folder = make_folder(renamed)
    assert main(["summarize", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "story 2:" in err
    assert "\x1b" not in err and "\x07" not in err


def test_names_are_capitalised_words_inside_sentences_and_acronyms() -> None:
    found = names_in("The mayor of Harlow met NATO officials and Renata Holloway on Monday.")
    assert {"harlow", "nato", "renata", "holloway"} <= found
    assert not {"the", "monday"} & found  # a sentence's first word, a day


def test_a_long_document_that_never_names_the_story_is_found() -> None:
    story = [{"harlow", "carrowgate", "tessel", "brandt"}] * 3
    chapter = {"committee", "appendix"}
    lengths = [400, 500, 450, LONG_WORDS + 1]
    found = unnamed_long_documents([*story, chapter], lengths)
    assert list(found) == [3]
    assert set(found[3]) <= {"harlow", "carrowgate", "tessel", "brandt"}
    # short, or naming the story: kept
    assert unnamed_long_documents([*story, chapter], [400, 500, 450, 900]) == {}
    assert unnamed_long_documents([*story, chapter | {"harlow"}], lengths) == {}


def test_a_long_chapter_on_the_topic_that_never_names_the_event_is_left_out(
    make_folder, story_files
) -> None:
    # the story's words (bridge, span, river, inspection…) without its names
    paragraph = (
        "A bridge span may collapse into a river when an inspection rates the steel truss "
        "in poor condition and crews in boats cannot reach the bus, the cars or the divers. "
        "The county records show such bridges carried many vehicles a day for decades. "
    )
    files = {**story_files, "chapter.txt": "\n\n".join([paragraph] * (LONG_WORDS // 40 + 5))}
    analysis = analyze(make_folder(files))
    assert "chapter.txt" not in {a.file for a in analysis.articles}
    [problem] = [p for p in analysis.problems if p.file == "chapter.txt"]
    assert problem.kind == "off-topic"
    assert "never names" in problem.reason


def test_a_long_document_is_told_it_never_names_an_acronym_as_the_articles_write_it(
    make_folder,
) -> None:
    paragraph = (
        "A vaccine clinic needs cold stores, nurses and doses, and a health agency counts the "
        "doses each week before the clinics open their doors to the families who queue. "
    )
    files = {
        "a.txt": "Nurses said the WHO sent doses to the clinics of Tarrow this week.\n\n"
        "The vaccine clinic opened early.",
        "b.txt": "Families queued as the WHO counted the doses at the Tarrow clinics on Monday.\n\n"
        "The cold stores were full.",
        "c.txt": "Health officials said on Monday the WHO would fund more nurses for Tarrow.\n\n"
        "Each clinic needs doses.",
        "chapter.txt": "\n\n".join([paragraph] * (LONG_WORDS // 30 + 5)),
    }
    analysis = analyze(make_folder(files))
    [problem] = [p for p in analysis.problems if p.file == "chapter.txt"]
    assert "never names" in problem.reason
    assert "WHO" in problem.reason and "Who" not in problem.reason


def test_the_report_of_a_folder_of_two_stories_is_headed_by_the_folder_and_its_count(
    make_folder,
) -> None:
    folder = make_folder(two_stories())
    summary = summarize(analyze(folder))
    heading, *rest = to_markdown(summary).splitlines()
    # One story's opening sentence would name a summary that mixes both, as the app's
    # heading never did: both say the folder and how many stories it holds.
    assert heading == f"# {folder.name} — 2 stories"
    assert summary.title not in heading
    assert not any("its title is the opening sentence" in line for line in rest)
    # The JSON names it alike: one story's title would be a promise the summary breaks.
    report = to_json(summary)
    assert report["title"] == f"{folder.name} — 2 stories"
    assert report["title_from"] == "folder" and report["stories"] == 2
    assert not any("its title is the opening sentence" in note for note in report["notes"])


def test_the_json_of_one_story_keeps_its_title_and_counts_one_story(make_folder) -> None:
    folder = make_folder({f"bridge-{i}.txt": article(BRIDGE, i) for i in range(4)})
    summary = summarize(analyze(folder))
    report = to_json(summary)
    assert report["title"] == summary.title and report["title_from"] != "folder"
    assert report["stories"] == 1


def test_the_report_of_one_story_is_headed_by_its_title(make_folder) -> None:
    folder = make_folder({f"bridge-{i}.txt": article(BRIDGE, i) for i in range(4)})
    summary = summarize(analyze(folder))
    assert to_markdown(summary).splitlines()[0] == f"# {summary.title}"


def test_a_long_document_naming_the_story_only_where_names_are_not_read_names_it() -> None:
    # its headline, its dateline or a sentence's first word: "Harlow council …"
    story = [{"harlow", "carrowgate", "tessel", "brandt"}] * 3
    chapter = {"committee", "appendix"}
    lengths = [400, 500, 450, LONG_WORDS + 1]
    assert list(unnamed_long_documents([*story, chapter], lengths, [*story, chapter])) == [3]
    mentioned = [*story, chapter | {"harlow"}]
    assert unnamed_long_documents([*story, chapter], lengths, mentioned) == {}
