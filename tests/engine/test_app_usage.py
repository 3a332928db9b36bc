"""A complaint about the app's arguments shows the program's usage as its help does,
not the parser's own (an internal option, a lower-case "folder")."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_a_complaint_about_the_apps_arguments_shows_the_usage_the_help_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from corroborate.arguments import app_parser
    from corroborate.cli import build_parser

    monkeypatch.chdir(tmp_path)
    helped = build_parser().format_usage()
    with pytest.raises(SystemExit) as ended:
        app_parser().parse_args(["first-story", "second-story"])
    assert ended.value.code == 2
    said = capsys.readouterr().err
    assert said.startswith(helped)
    assert "--self-test" not in said and "[folder]" not in said
