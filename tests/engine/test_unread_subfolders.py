"""A folder read without its subfolders says when they hold more articles, so that a
story split into folders is not summarised from its top folder alone unawares."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.cli import EXIT_OK, main
from corroborate.engine import analyze, held_below, summarize, to_markdown
from corroborate.engine.models import AnalysisOptions, NoArticlesError
from corroborate.engine.readers import discover as discover_module
from corroborate.engine.readers.discover import files_in_subfolders
from corroborate.resources import sample_story


def _sample_split(root: Path) -> Path:
    """The sample story with two of its articles moved into subfolders."""
    folder = Path(shutil.copytree(sample_story(), root / "story"))
    (folder / "wires").mkdir()
    (folder / "wires" / "older").mkdir()
    shutil.move(folder / "03-bus-cars-plunge-into-river.txt", folder / "wires")
    shutil.move(folder / "05-rail-line-stays-shut.txt", folder / "wires" / "older")
    return folder


def test_a_folder_whose_subfolders_hold_more_articles_warns_that_they_were_not_read(
    tmp_path: Path,
) -> None:
    analysis = analyze(_sample_split(tmp_path))
    warnings = [p for p in analysis.folder_warnings if p.kind == "subfolders"]
    assert [w.reason for w in warnings] == [
        "the subfolder “wires” holds 2 more article files, which were not read"
    ]
    assert not any(p.kind == "subfolders" for p in analysis.file_problems)
    markdown = to_markdown(summarize(analysis))
    assert "> The subfolder “wires” holds 2 more article files, which were not read." in markdown


def test_a_folder_read_with_its_subfolders_or_without_any_has_no_such_warning(
    tmp_path: Path,
) -> None:
    read_whole = analyze(_sample_split(tmp_path), AnalysisOptions(recursive=True))
    assert not read_whole.folder_warnings
    plain = analyze(Path(shutil.copytree(sample_story(), tmp_path / "plain")))
    assert not plain.folder_warnings


def test_hidden_folders_and_a_saved_pages_assets_are_not_counted_as_unread_articles(
    tmp_path: Path,
) -> None:
    folder = Path(shutil.copytree(sample_story(), tmp_path / "story"))
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text("A hidden note.", encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><body><p>The harbour wall in Wexmoor was approved on Tuesday.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "page_files").mkdir()
    (folder / "page_files" / "script.txt").write_text("var x = 1;", encoding="utf-8")
    assert not any(p.kind == "subfolders" for p in analyze(folder).problems)


def test_a_top_folder_of_many_articles_is_not_taken_for_unread_subfolders(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    base = (sample_story() / "01-bridge-collapses-into-tessel.txt").read_text(encoding="utf-8")
    for number in range(60):
        (folder / f"copy-{number:02}.txt").write_text(base, encoding="utf-8")
    (folder / "empty-subfolder").mkdir()
    assert not any(p.kind == "subfolders" for p in analyze(folder).problems)


def test_the_command_line_says_how_to_read_the_subfolders_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _sample_split(tmp_path)
    assert main(["summarize", str(folder), "--sentences", "2"]) == EXIT_OK
    err = capsys.readouterr().err
    assert err == (
        "corroborate: warning: the subfolder “wires” holds 2 more article files, which were "
        "not read; read them too with --recursive\n"
    )
    assert main(["summarize", str(folder), "--sentences", "2", "--recursive"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def _photos(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"img{number:04}.jpg").write_bytes(b"")


def test_a_subfolder_of_thousands_of_photos_is_not_said_to_hold_unread_articles(
    tmp_path: Path,
) -> None:
    folder = Path(shutil.copytree(sample_story(), tmp_path / "story"))
    _photos(folder / "photos", 3000)
    assert not any(p.kind == "subfolders" for p in analyze(folder).problems)


def test_a_search_of_subfolders_stopped_by_their_many_files_says_at_least_what_it_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the search allows for 50 files' entries (2,500) here, not 100 files' (5,000)
    monkeypatch.setattr(discover_module, "_SEARCH_FILES", 50)
    folder = _sample_split(tmp_path)
    _photos(folder / "zz-photos", 3000)
    warnings = [p.reason for p in analyze(folder).folder_warnings if p.kind == "subfolders"]
    assert warnings == [
        "the subfolder “wires” holds at least 2 more article files, which were not read"
    ]


def test_an_empty_folder_beside_thousands_of_photos_gives_no_hint_of_articles_below(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "empty"
    _photos(folder / "photos", 3000)
    with pytest.raises(NoArticlesError) as raised:
        analyze(folder)
    assert raised.value.in_subfolders == 0


def test_a_chain_of_deep_folders_many_siblings_and_a_loop_of_links_list_each_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(shutil.copytree(sample_story(), tmp_path / "story"))
    deep = folder / "deep"
    deep.mkdir()
    level = deep
    for _ in range(200):  # a path of 10,000 levels is longer than any system allows
        level = level / "d"
        level.mkdir()
    (folder / "loop").mkdir()
    (folder / "loop" / "up").symlink_to("..")
    (folder / "loop" / "top").symlink_to(folder)
    for number in range(10_000 // 200):
        (deep / f"side-{number}").mkdir()
    listed: list[Path] = []
    scandir = discover_module.os.scandir

    def listing(path: Path) -> Iterator[os.DirEntry[str]]:
        listed.append(Path(path).resolve())
        return scandir(path)

    monkeypatch.setattr(discover_module.os, "scandir", listing)
    unread = files_in_subfolders(folder, 50)
    assert unread == (0, True)
    # what makes it quick: no folder listed twice (the loop is not gone round), the chain
    # given up at the depth a reading gives up at, and nothing listed outside the folder
    assert len(listed) == len(set(listed))
    chain = [len(path.relative_to(deep).parts) for path in listed if path.is_relative_to(deep)]
    assert max(chain) == discover_module.MAX_DEPTH
    assert all(path.is_relative_to(folder.resolve()) for path in listed)


def test_a_subfolder_of_three_thousand_articles_is_said_to_hold_more_than_fifty(
    tmp_path: Path,
) -> None:
    folder = Path(shutil.copytree(sample_story(), tmp_path / "story"))
    (folder / "archive").mkdir()
    for number in range(3000):
        (folder / "archive" / f"report-{number:04}.txt").write_text("A report.", encoding="utf-8")
    warnings = [p.reason for p in analyze(folder).folder_warnings if p.kind == "subfolders"]
    assert warnings == [
        "the subfolder “archive” holds more than 50 more article files, which were not read"
    ]


def test_the_warning_names_the_subfolders_that_hold_the_unread_articles(tmp_path: Path) -> None:
    # a reader sees at once whether they are more of the story or something else: a
    # folder of reference notes, of drafts, of each day's reports
    folder = Path(shutil.copytree(sample_story(), tmp_path / "story"))
    for subfolder, count in (("day-one", 2), ("day-two", 1), ("notes", 3)):
        (folder / subfolder).mkdir()
        for number in range(count):
            (folder / subfolder / f"n{number}.txt").write_text(
                "The Orrin ferry sailed late on Friday.", encoding="utf-8"
            )
    warnings = [p.reason for p in analyze(folder).folder_warnings if p.kind == "subfolders"]
    assert warnings == [
        "the folder's subfolders hold 6 more article files, which were not read: "
        "2 in “day-one”, 1 in “day-two” and 3 in “notes”"
    ]


def test_beyond_four_subfolders_the_others_are_counted_not_named(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(sample_story(), tmp_path / "story"))
    for day in range(1, 7):
        (folder / f"day-{day}").mkdir()
        (folder / f"day-{day}" / "report.txt").write_text(
            "The Orrin ferry sailed late on Friday.", encoding="utf-8"
        )
    warnings = [p.reason for p in analyze(folder).folder_warnings if p.kind == "subfolders"]
    assert warnings == [
        "the folder's subfolders hold 6 more article files, which were not read: "
        "1 in “day-1”, 1 in “day-2”, 1 in “day-3” and 3 in 3 other subfolders"
    ]


@pytest.mark.parametrize(
    ("subfolders", "said"),
    [
        (("refs",), "Its subfolder “refs” holds articles"),
        (("day-1", "day-2"), "Its subfolders “day-1” and “day-2” hold articles"),
        (("a", "b", "c", "d"), "Its subfolders “a”, “b”, “c” and “d” hold articles"),
        (("a", "b", "c", "d", "e"), "Its subfolders “a”, “b”, “c” and 2 others hold articles"),
    ],
)
def test_a_folder_holding_articles_in_subfolders_alone_names_them(
    tmp_path: Path, subfolders: tuple[str, ...], said: str
) -> None:
    folder = tmp_path / "story"
    for name in subfolders:
        (folder / name).mkdir(parents=True)
        (folder / name / "report.txt").write_text(
            "The Orrin ferry sailed late on Friday.", encoding="utf-8"
        )
    with pytest.raises(NoArticlesError) as raised:
        analyze(folder)
    assert raised.value.subfolders == subfolders
    assert held_below(raised.value) == said


def test_the_hint_and_the_warning_name_the_first_three_subfolders_alike_and_count_the_rest() -> (
    None
):
    from corroborate.engine.report.subfolders import held_below as hint
    from corroborate.engine.report.subfolders import unread_warning

    names = ("day-1", "day-2", "day-3", "day-4", "day-5")
    warning = unread_warning(9, False, [(name, 0) for name in names], 0, 50)
    assert warning.endswith("(in “day-1”, “day-2”, “day-3” and 2 other subfolders)")
    assert (
        hint(9, names, 0) == "Its subfolders “day-1”, “day-2”, “day-3” and 2 others hold articles"
    )
    assert hint(0, names, 0) == ""
