"""A report of part of a folder says what it left out: the files the reader left out (excluded
on the command line, unticked in the app, another story of the folder) and those the engine
did (off topic, unreadable, Corroborate's own exports), each with why, in one line under the
counts that the Markdown, the JSON and the command line give alike. Folders are the bundled
sample story (invented outlets) with invented pages added."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corroborate.cli import EXIT_OK, main
from corroborate.engine import (
    AnalysisOptions,
    analyze,
    left_out_brief,
    left_out_line,
    summarize,
    to_json,
    to_markdown,
)
from two_stories import CHESS, article

HERALD = "lowland-herald.txt"
RAIL = "05-rail-line-stays-shut.txt"


def _line(markdown: str) -> str:
    """The report's left-out line ("" when there is none), read from the Markdown."""
    found = [line for line in markdown.splitlines() if line.startswith("Left out: ")]
    assert len(found) <= 1
    return found[0] if found else ""


def _plain(line: str) -> str:
    """A Markdown line as read: its code spans as the names they quote."""
    return line.replace("`", "")


def test_a_report_of_the_whole_folder_has_no_left_out_line_and_an_empty_json_key(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    analysis = analyze(story)
    assert analysis.left_out == ()
    assert left_out_line(analysis) == ""
    summary = summarize(analysis)
    assert "Left out" not in to_markdown(summary)
    report = to_json(summary)
    assert report["left_out"] == {"folder_files": len(analysis.articles), "note": "", "files": []}
    assert main(["summarize", str(story)]) == EXIT_OK
    assert "Left out" not in capsys.readouterr().out


def test_a_file_excluded_on_the_command_line_is_named_under_the_counts_and_in_the_json(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = len(list(story.iterdir()))
    assert main(["summarize", str(story), "--exclude", HERALD]) == EXIT_OK
    markdown = capsys.readouterr().out
    line = _line(markdown)
    assert line == f"Left out: 1 of {files} files (1 excluded: `{HERALD}`)"
    # under the line that counts the articles, the counts themselves unchanged
    lines = markdown.splitlines()
    assert lines[lines.index(line) - 2].startswith(f"{files - 1} articles from ")
    assert main(["summarize", str(story), "--exclude", HERALD, "--format", "json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == files - 1
    assert report["left_out"] == {
        "folder_files": files,
        "note": _plain(line),
        "files": [{"file": HERALD, "why": "excluded", "reason": ""}],
    }


def test_the_engines_own_leaving_out_is_named_with_the_reason_the_skipped_files_give(
    story: Path,
) -> None:
    (story / "chess-final.txt").write_text(article(CHESS, 0), encoding="utf-8")
    (story / "harbour-photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    analysis = analyze(story)
    skipped = {p.file: p.reason for p in analysis.file_problems}
    assert set(skipped) == {"chess-final.txt", "harbour-photo.jpg"}
    assert [(item.file, item.why, item.reason) for item in analysis.left_out] == [
        ("harbour-photo.jpg", "unreadable", skipped["harbour-photo.jpg"]),
        ("chess-final.txt", "off-topic", skipped["chess-final.txt"]),
    ]
    line = left_out_line(analysis)
    total = len(analysis.articles) + 2
    assert line == (
        f"Left out: 2 of {total} files (1 off topic: chess-final.txt, "
        f"{skipped['chess-final.txt']}; 1 skipped: harbour-photo.jpg, "
        f"{skipped['harbour-photo.jpg']})"
    )
    markdown = to_markdown(summarize(analysis))
    assert _plain(_line(markdown)) == line
    # the skipped files' own section is kept as it was
    assert "## Skipped files" in markdown


def test_an_export_saved_into_the_folder_is_counted_as_left_out_without_a_second_reason(
    story: Path,
) -> None:
    before = analyze(story)
    (story / "bridge-report.md").write_text(to_markdown(summarize(before)), encoding="utf-8")
    analysis = analyze(story)
    assert len(analysis.articles) == len(before.articles) and not analysis.file_problems
    [item] = analysis.left_out
    assert (item.file, item.why) == ("bridge-report.md", "export") and item.reason
    total = len(analysis.articles) + 1
    assert left_out_line(analysis) == (
        f"Left out: 1 of {total} files (1 Corroborate's own export: bridge-report.md)"
    )


def test_the_report_being_written_into_the_folder_never_names_itself_as_left_out(
    story: Path,
) -> None:
    report = story / "written.md"
    with report.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "corroborate", "summarize", str(story), "--exclude", HERALD],
            stdout=out,
            check=False,
        )
    assert done.returncode == EXIT_OK
    line = _line(report.read_text(encoding="utf-8"))
    assert line == f"Left out: 1 of {len(list(story.iterdir())) - 1} files (1 excluded: `{HERALD}`)"


def test_why_the_reader_left_files_out_is_said_as_the_app_tells_it(story: Path) -> None:
    options = AnalysisOptions(
        exclude=(RAIL, HERALD),
        excluded_as=((RAIL, "another story"), (HERALD, "unticked")),
    )
    analysis = analyze(story, options)
    assert [(item.file, item.why) for item in analysis.left_out] == [
        (RAIL, "another story"),
        (HERALD, "unticked"),
    ]
    total = len(analysis.articles) + 2
    assert left_out_line(analysis) == (
        f"Left out: 2 of {total} files (1 unticked: {HERALD}; 1 of another story: {RAIL})"
    )


def test_a_long_list_of_files_left_out_names_the_first_few_and_counts_the_rest(
    story: Path,
) -> None:
    names = sorted(p.name for p in story.iterdir())[:5]
    analysis = analyze(story, AnalysisOptions(exclude=tuple(names)))
    line = left_out_line(analysis)
    assert line == (
        f"Left out: 5 of {len(names) + len(analysis.articles)} files (5 excluded: "
        f"{names[0]}, {names[1]}, {names[2]}, and 2 more)"
    )


def test_the_brief_left_out_line_counts_each_kind_and_names_no_file(story: Path) -> None:
    (story / "harbour-at-dawn.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    names = sorted(p.name for p in story.iterdir() if p.suffix == ".txt")[:2]
    analysis = analyze(story, AnalysisOptions(exclude=tuple(names)))
    total = len(analysis.articles) + 3
    assert left_out_brief(analysis) == f"Left out: 3 of {total} files (2 excluded, 1 skipped)"
    assert "harbour-at-dawn.jpg" in left_out_line(analysis)
    whole = analyze(story)  # the photo alone is left out of the whole folder
    assert left_out_brief(whole) == f"Left out: 1 of {total} files (1 skipped)"
    for name in (*names, "harbour-at-dawn.jpg"):
        (story / name).unlink()
    assert left_out_brief(analyze(story)) == ""


def test_a_file_asked_to_be_left_out_that_is_not_there_is_no_file_left_out(story: Path) -> None:
    analysis = analyze(story, AnalysisOptions(exclude=("no-such-page.txt",)))
    assert analysis.left_out == ()
    assert left_out_line(analysis) == ""
    assert [p.kind for p in analysis.file_problems] == ["not-found"]


def test_leaving_files_out_changes_no_count_of_the_articles_kept(story: Path) -> None:
    (story / "chess-final.txt").write_text(article(CHESS, 0), encoding="utf-8")
    plain = summarize(analyze(story, AnalysisOptions(exclude=(HERALD,))))
    told = summarize(
        analyze(story, AnalysisOptions(exclude=(HERALD,), excluded_as=((HERALD, "unticked"),)))
    )
    plain_json, told_json = to_json(plain), to_json(told)
    assert plain_json.pop("left_out") != told_json.pop("left_out")
    assert plain_json == told_json


def test_an_article_in_another_language_is_counted_as_not_in_english_with_its_reason(
    story: Path,
) -> None:
    (story / "gazette-fr.txt").write_text(
        "Le conseil municipal a annoncé mardi que le vieux pont sur la rivière rouvrira la "
        "semaine prochaine après des travaux de réparation qui ont duré plus de six semaines.",
        encoding="utf-8",
    )
    analysis = analyze(story)
    [problem] = analysis.file_problems
    assert problem.kind == "language"
    [item] = analysis.left_out
    assert (item.file, item.why, item.reason) == ("gazette-fr.txt", "language", problem.reason)
    assert f"(1 not in English: gazette-fr.txt, {problem.reason})" in left_out_line(analysis)
