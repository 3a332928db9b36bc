"""The command line, run in-process: output formats, files, refusals and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate import __version__
from corroborate.cli import EXIT_NO_ARTICLES, EXIT_OK, EXIT_OUTPUT, main
from corroborate.engine import analyze, summarize, to_markdown
from corroborate.resources import sample_story


def test_default_is_the_sample_story_in_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out == to_markdown(summarize(analyze(sample_story())))
    assert out.startswith("# ")
    assert "## Summary" in out
    assert err == ""


def test_json_format_parses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize", "--format", "json", "--sentences", "3"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert len(report["summary"]) == 3
    assert {"documents", "summary", "single_source"} <= set(report)


def test_folder_and_options(make_folder, story_files, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder({**story_files, "empty.txt": ""})
    code = main(
        ["summarize", str(folder), "--words", "20", "--min-sources", "3", "--format", "json"]
    )
    assert code == EXIT_OK
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert sum(len(item["text"].split()) for item in report["summary"]) >= 20
    assert report["summary"][0]["support"] == 3
    assert "skipped empty.txt" in err


def test_article_files_given_one_by_one_are_summarized_as_one_story(
    make_folder, story_files, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_folder({**story_files, "unrelated.txt": "Another story altogether."})
    chosen = sorted(folder / name for name in story_files)
    assert main(["summarize", "--format", "json", *map(str, chosen)]) == EXIT_OK
    files = [item["file"] for item in json.loads(capsys.readouterr().out)["documents"]]
    assert files == sorted(path.name for path in chosen)  # named relative to their folder
    assert main(["summarize", "--format", "json", str(chosen[0])]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)  # one file is read, not refused as no folder
    assert [item["file"] for item in report["documents"]] == [chosen[0].name]


def test_a_missing_file_among_those_given_is_named(
    make_folder, story_files, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_folder(story_files)
    given = [str(path) for path in sorted(folder.iterdir())] + [str(folder / "gone.txt")]
    assert main(["summarize", *given]) == EXIT_OK
    assert "gone.txt: it does not exist" in capsys.readouterr().err


def test_a_single_missing_article_file_is_named_as_a_file_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(tmp_path / "gone.html")]) == EXIT_NO_ARTICLES
    err = capsys.readouterr().err
    assert "gone.html: it does not exist" in err
    assert "folder" not in err.replace(str(tmp_path), "")
    assert main(["summarize", str(tmp_path / "gone")]) == EXIT_NO_ARTICLES
    assert "The folder" in capsys.readouterr().err  # a missing folder is still one


def test_a_single_missing_article_file_is_said_to_be_the_file_given_not_the_folder_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(tmp_path / "gone.txt")]) == EXIT_NO_ARTICLES
    first = capsys.readouterr().err.splitlines()[0]
    assert "the file given, “gone.txt”" in first
    assert str(tmp_path) not in first


def test_output_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.md"
    assert main(["summarize", "--output", str(target)]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == to_markdown(summarize(analyze(sample_story())))
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_existing_output_is_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    target.write_text("keep me", encoding="utf-8")
    code = main(["summarize", "--format", "json", "-o", str(target)])
    assert code == EXIT_OUTPUT != EXIT_OK
    assert target.read_text(encoding="utf-8") == "keep me"
    err = capsys.readouterr().err
    assert "--force" in err and "Traceback" not in err

    assert main(["summarize", "--format", "json", "-o", str(target), "--force"]) == EXIT_OK
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_output_into_a_missing_folder_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["summarize", "-o", str(tmp_path / "no" / "such" / "report.md")])
    assert code == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err


def test_empty_folder_fails_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["summarize", str(tmp_path)])
    assert code == EXIT_NO_ARTICLES != EXIT_OK
    out, err = capsys.readouterr()
    assert out == ""
    assert "No readable article" in err
    assert "Traceback" not in err


def test_a_missing_folder_is_said_to_be_missing_not_empty_of_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(tmp_path / "no-such")]) == EXIT_NO_ARTICLES
    out, err = capsys.readouterr()
    assert out == ""
    assert f"The folder {tmp_path / 'no-such'} does not exist." in err
    assert "No readable article" not in err and "Traceback" not in err


def test_a_folder_below_a_file_names_the_part_of_its_path_that_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "passwd").write_text("root:x:0:0", encoding="utf-8")
    assert main(["summarize", str(tmp_path / "passwd" / "x")]) == EXIT_NO_ARTICLES
    err = capsys.readouterr().err
    assert f"{tmp_path / 'passwd'} is a file, not a folder" in err
    assert "does not exist" not in err and "Traceback" not in err


def test_unreadable_files_are_listed_on_failure(
    make_folder, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_folder({"empty.txt": "", "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(300)})
    assert main(["summarize", str(folder)]) == EXIT_NO_ARTICLES
    err = capsys.readouterr().err
    assert "skipped empty.txt" in err and "skipped image.txt" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["summarize", "--sentences", "3", "--words", "50"],
        ["summarize", "--sentences", "0"],
        ["summarize", "--words", "many"],
        ["summarize", "--format", "html"],
        ["summarise"],
    ],
)
def test_usage_errors_exit_with_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err


def test_sentences_and_words_are_mutually_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["summarize", "--words", "50", "--sentences", "3"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"corroborate {__version__}"


def test_hints_and_unmatched_exclusions_are_reported(tmp_path: Path, capsys) -> None:
    import shutil

    from corroborate.resources import sample_story

    nested = tmp_path / "story" / "inside"
    shutil.copytree(sample_story(), nested)
    assert main(["summarize", str(tmp_path / "story")]) != 0
    assert capsys.readouterr().err == (
        f"corroborate: No readable article was found in “{tmp_path / 'story'}”. "
        "Its subfolder “inside” holds articles: read them too with --recursive.\n"
    )
    assert main(["summarize", str(nested), "--exclude", "nope.txt"]) == 0
    assert "nope.txt: no such article here" in capsys.readouterr().err


def test_the_command_lines_defaults_are_the_engines() -> None:
    from corroborate.cli import build_parser
    from corroborate.engine.models import SummaryOptions

    args = build_parser().parse_args(["summarize"])
    defaults = SummaryOptions()
    assert (args.sentences, args.min_sources) == (defaults.sentences, defaults.min_sources)


def test_the_engine_counts_articles_in_subfolders_and_names_no_option(tmp_path: Path) -> None:
    import shutil

    from corroborate.engine import NoArticlesError

    nested = tmp_path / "story" / "inside"
    shutil.copytree(sample_story(), nested)
    articles = len(list(nested.glob("*.txt")))
    with pytest.raises(NoArticlesError) as raised:
        analyze(tmp_path / "story")
    assert raised.value.in_subfolders == articles
    assert raised.value.subfolders == ("inside",)
    assert "--recursive" not in str(raised.value) and "subfolder" not in str(raised.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoArticlesError) as raised:
        analyze(tmp_path / "empty")
    assert raised.value.in_subfolders == 0


def test_include_keeps_one_off_topic_article_as_the_app_can(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (story / "bakers.txt").write_text(
        "The Riverside Bakers Guild said on Friday that its sourdough contest will move to the "
        "Old Corn Exchange, where judges from three counties will taste two hundred loaves.\n\n"
        "Organisers said entries had doubled since last spring, when the contest was held in a "
        "church hall and the queue for tickets stretched along Abbey Lane.\n",
        encoding="utf-8",
    )
    assert main(["summarize", str(story), "--format", "json"]) == EXIT_OK
    said = capsys.readouterr()
    left_out = json.loads(said.out)
    assert "bakers.txt" not in {d["file"] for d in left_out["documents"]}
    assert "skipped bakers.txt: it seems to be about something else" in said.err
    assert "(count it with --include bakers.txt)" in said.err
    assert main(["summarize", str(story), "--format", "json", "--include", "bakers.txt"]) == 0
    kept = json.loads(capsys.readouterr().out)
    assert "bakers.txt" in {d["file"] for d in kept["documents"]}


def test_every_summarize_option_is_explained_in_its_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    from corroborate.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    summarize_parser = commands.choices["summarize"]
    unexplained = [
        action.option_strings
        for action in summarize_parser._actions
        if action.option_strings and not action.help
    ]
    assert unexplained == []
    with pytest.raises(SystemExit):
        main(["summarize", "--help"])
    out = capsys.readouterr().out
    assert "markdown" in out and "json" in out and "(default markdown;" in out


def test_a_folder_whose_name_begins_with_a_dash_gets_a_hint_on_how_to_name_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "-quillby").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        main(["summarize", "-quillby"])
    assert ended.value.code == 2
    said = capsys.readouterr().err
    assert "unrecognized arguments: -quillby" in said
    assert "corroborate summarize -- -quillby" in said and "./-quillby" in said


def test_an_unknown_option_that_names_no_file_gets_no_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        main(["summarize", "--quillby"])
    said = capsys.readouterr().err
    assert "unrecognized arguments: --quillby" in said and " -- " not in said


@pytest.mark.parametrize("name", ["-rquillby", "-o", "--format"])
def test_a_dashed_folder_name_that_reads_as_a_known_option_still_gets_the_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / name).mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        main(["summarize", name])
    assert ended.value.code == 2
    said = capsys.readouterr().err
    assert f"corroborate summarize -- {name}" in said and f"./{name}" in said


def test_the_apps_own_arguments_give_the_same_hint_for_a_dashed_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from corroborate.arguments import app_parser

    (tmp_path / "-quillby").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        app_parser().parse_args(["-quillby"])
    assert ended.value.code == 2
    said = capsys.readouterr().err
    assert "unrecognized arguments: -quillby" in said
    assert "corroborate -- -quillby" in said and "./-quillby" in said
    assert app_parser().parse_args(["--", "-quillby"]).folder == Path("-quillby")


@pytest.mark.parametrize("typed", ["summarise", "summary", "sumarize", "Summarize"])
def test_a_mistyped_command_names_the_command_meant_and_opens_no_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    from corroborate.__main__ import main as program

    monkeypatch.chdir(tmp_path)
    assert program([typed, "quillby-story"]) == 2
    said = capsys.readouterr().err
    assert f"'{typed}' is no command" in said
    assert "did you mean 'corroborate summarize'?" in said


def test_a_folder_named_like_the_command_is_opened_as_any_folder_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corroborate.arguments import mistyped_command

    monkeypatch.chdir(tmp_path)
    assert mistyped_command(["summary"]) == "summarize"
    (tmp_path / "summary").mkdir()
    assert mistyped_command(["summary"]) == ""
    assert mistyped_command(["quillby-story"]) == ""
    assert mistyped_command([]) == ""


@pytest.mark.parametrize("given", [["--format"], ["-o", "report.md", "--self-test"]])
def test_an_option_of_the_command_line_given_without_its_command_says_how_to_run_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: list[str],
) -> None:
    from corroborate.arguments import app_parser

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        app_parser().parse_args(given)
    assert ended.value.code == 2
    option = next(word for word in given if word.startswith("-"))
    assert f"corroborate summarize FOLDER {option} …" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("given", "to_type"),
    [
        (["--format", "json", "story"], "corroborate summarize --format json story"),
        (["--words", "50", "summarize", "story"], "corroborate summarize --words 50 story"),
        (["-o", "report.md", "my story"], "corroborate summarize -o report.md 'my story'"),
    ],
)
def test_options_of_the_command_line_given_before_its_command_are_answered_with_the_line_to_type(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: list[str],
    to_type: str,
) -> None:
    from corroborate.arguments import app_parser

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        app_parser().parse_args(given)
    assert ended.value.code == 2
    said = capsys.readouterr().err
    assert f"\n  {to_type}\n" in said
    # the option's value is not listed as if the app had read it as the folder
    assert "unrecognized arguments" not in said


def test_an_option_of_the_command_line_with_a_value_it_refuses_keeps_the_general_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from corroborate.arguments import app_parser

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        app_parser().parse_args(["--format", "xml", "story"])
    said = capsys.readouterr().err
    assert "corroborate summarize FOLDER --format …" in said
    assert "--format xml" not in said


def test_an_unknown_option_of_summarize_is_told_with_the_commands_own_usage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        main(["summarize", "--quillby"])
    assert ended.value.code == 2
    said = capsys.readouterr().err
    assert said.startswith("usage: corroborate summarize ")
    assert "corroborate summarize: error: unrecognized arguments: --quillby" in said


def test_summarize_help_lists_every_exit_status_the_readme_documents(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import re

    from corroborate.cli import EXIT_STATUSES

    with pytest.raises(SystemExit):
        main(["summarize", "--help"])
    out = capsys.readouterr().out
    listed = [int(n) for n in re.findall(r"^ +(\d+)  \w", out.split("exit status:")[1], re.M)]
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    documented = [int(n) for n in re.findall(r"^\| *(\d+) \|", readme, re.M)]
    assert listed == [status for status, _ in EXIT_STATUSES] == documented
    assert len(set(listed)) == len(listed)


def test_a_report_written_to_a_json_file_is_json_unless_another_format_is_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "quillby-a.JSON"
    assert main(["summarize", "--output", str(report)]) == EXIT_OK
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]
    capsys.readouterr()
    notes = tmp_path / "quillby-b.json"
    assert main(["summarize", "-o", str(notes), "--format", "markdown"]) == EXIT_OK
    assert notes.read_text(encoding="utf-8").startswith("# ")
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "quillby-b.json is written as Markdown" in said
    other = tmp_path / "quillby.txt"
    assert main(["summarize", "-o", str(other)]) == EXIT_OK
    assert other.read_text(encoding="utf-8").startswith("# ")
    assert main(["summarize"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("# ")


@pytest.mark.parametrize(
    ("name", "asked", "noted"),
    [
        ("quillby.md", "json", True),  # JSON under a Markdown name
        ("quillby.markdown", "json", True),
        ("quillby.json", "json", False),  # as named
        ("quillby.md", "markdown", False),
        ("quillby.txt", "json", False),  # a name that says no format
    ],
)
def test_a_format_other_than_the_output_names_is_written_with_a_one_line_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, asked: str, noted: bool
) -> None:
    report = tmp_path / name
    assert main(["summarize", "-o", str(report), "--format", asked]) == EXIT_OK
    text = report.read_text(encoding="utf-8")
    assert text.startswith("{") if asked == "json" else text.startswith("# ")
    said = capsys.readouterr().err
    assert ("note:" in said) == noted
    if noted:
        assert said.count("\n") == 1 and name in said and "JSON" in said


def test_a_file_to_leave_out_may_be_given_as_the_shell_completes_its_path(
    make_folder, story_files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    folder = make_folder(story_files)
    first = sorted(story_files)[0]
    monkeypatch.chdir(folder.parent)
    assert main(["summarize", str(folder), "--format", "json"]) == EXIT_OK
    every = {d["file"] for d in json.loads(capsys.readouterr().out)["documents"]}
    for given in (f"{folder.name}/{first}", str(folder / first)):
        assert main(["summarize", folder.name, "--exclude", given, "--format", "json"]) == 0
        said = capsys.readouterr()
        assert {d["file"] for d in json.loads(said.out)["documents"]} == every - {first}
        assert "no such article" not in said.err
    (folder.parent / "elsewhere.txt").write_text("Not one of the story's articles.\n", "utf-8")
    assert main(["summarize", folder.name, "--exclude", "elsewhere.txt"]) == EXIT_OK
    assert "elsewhere.txt: no such article here" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="no /proc/self/fd here")
@pytest.mark.parametrize("name", ["report.md", "report.txt"])
def test_a_report_redirected_into_the_story_folder_is_not_named_as_a_skipped_file(
    make_folder, story_files, name: str
) -> None:
    import subprocess
    import sys

    folder = make_folder(story_files)
    command = [sys.executable, "-m", "corroborate", "summarize", str(folder)]
    with (folder / name).open("wb") as redirected:
        ended = subprocess.run(command, stdout=redirected, stderr=subprocess.PIPE, timeout=120)
    assert ended.returncode == EXIT_OK
    assert ended.stderr == b""
    report = (folder / name).read_text(encoding="utf-8")
    assert report.startswith("# ") and name not in report
    assert f"{len(story_files)} articles" in report


@pytest.mark.parametrize(
    "given",
    [[""], ["--output", ""], ["--corrections", ""], ["--exclude", ""], ["--include", ""]],
)
def test_an_empty_name_is_a_usage_error_never_the_current_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        main(["summarize", *given])
    assert ended.value.code == 2
    said = capsys.readouterr()
    assert "an empty name was given" in said.err
    assert said.out == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("given", ["reports/", "out/"])
def test_an_output_name_ending_in_a_slash_is_a_folder_and_no_file_is_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        main(["summarize", "--output", given])
    assert ended.value.code == 2
    said = capsys.readouterr()
    assert f"{given} names a folder" in said.err
    assert said.out == ""
    assert list(tmp_path.iterdir()) == []


def test_a_dash_for_the_output_file_is_standard_output_and_dot_slash_dash_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["summarize", "-o", "-", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["summary"]
    assert list(tmp_path.iterdir()) == []
    assert main(["summarize", "-o", "./-"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert (tmp_path / "-").read_text(encoding="utf-8").startswith("# ")


def test_an_output_path_through_a_file_and_a_folder_given_as_corrections_are_named_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "quillby.txt").write_text("A note.\n", encoding="utf-8")
    assert main(["summarize", "-o", str(tmp_path / "quillby.txt" / "report.md")]) == EXIT_OUTPUT
    assert "a part of its path is a file, not a folder" in capsys.readouterr().err
    assert main(["summarize", "--corrections", str(tmp_path)]) == 2
    assert f"{tmp_path} is a folder, not a corrections file" in capsys.readouterr().err


def test_version_given_after_the_command_says_where_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        main(["summarize", "--version"])
    assert ended.value.code == 2
    assert "--version is given before the command: corroborate --version" in (
        capsys.readouterr().err
    )
