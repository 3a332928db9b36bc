"""Discovery: which files of a folder (or a drop) are offered to the readers, and why not."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.engine import missing_folder, no_story_heading
from corroborate.engine.models import FileProblem, NoArticlesError
from corroborate.engine.readers import supported_suffixes
from corroborate.engine.readers.discover import TooManyFiles, discover, source_root


def make(root: Path, *names: str) -> Path:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("A story.")
    return root


def names(files: list[Path], root: Path) -> list[str]:
    return [file.relative_to(root).as_posix() for file in files]


def test_folder_listing_sorted_hidden_and_clutter_skipped(tmp_path: Path) -> None:
    make(tmp_path, "b.TXT", "A.md", "c.pdf", "d.html", "e.docx", "f.htm", "notes", "photo.jpg")
    make(tmp_path, ".hidden.txt", ".DS_Store", "Thumbs.db", "desktop.ini", "~$draft.docx")
    make(tmp_path, ".git/x.txt", "sub/g.txt")
    files, problems = discover(tmp_path)
    assert names(files, tmp_path) == ["A.md", "b.TXT", "c.pdf", "d.html", "e.docx", "f.htm"]
    assert problems == [
        FileProblem("notes", "not a supported format (no file suffix)"),
        FileProblem("photo.jpg", "not a supported format (.jpg)"),
    ]


def test_recursive_listing_skips_saved_page_assets(tmp_path: Path) -> None:
    make(tmp_path, "one.txt", "sub/two.txt", "sub/deeper/three.md", "sub/.hidden/four.txt")
    make(tmp_path, "Story.html", "Story_files/style.css", "Story_files/inner.html")
    files, problems = discover(str(tmp_path), recursive=True)
    assert names(files, tmp_path) == ["one.txt", "Story.html", "sub/deeper/three.md", "sub/two.txt"]
    assert problems == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_symbolic_link_loops_and_broken_links(tmp_path: Path) -> None:
    make(tmp_path, "a.txt", "sub/b.txt")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub" / "self").symlink_to(tmp_path / "sub", target_is_directory=True)
    (tmp_path / "alias.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "ring.txt").symlink_to(tmp_path / "ring.txt")
    files, problems = discover(tmp_path, recursive=True)
    assert sorted(f.resolve() for f in files) == [tmp_path / "a.txt", tmp_path / "sub/b.txt"]
    assert [p.file for p in problems] == ["gone.txt", "ring.txt"]
    assert problems[0].reason == "it is a broken link: what it points to does not exist"
    assert problems[1].reason == "it is a symbolic link that leads back to itself (a loop of links)"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_two_links_pointing_at_each_other_are_named_as_a_loop_not_as_broken(
    tmp_path: Path,
) -> None:
    make(tmp_path, "a.txt")
    (tmp_path / "x.txt").symlink_to("y.txt")
    (tmp_path / "y.txt").symlink_to("x.txt")
    (tmp_path / "z.txt").symlink_to("nowhere")
    _, problems = discover(tmp_path)
    reasons = {p.file: p.reason for p in problems}
    assert reasons["x.txt"] == reasons["y.txt"]
    assert "loop of links" in reasons["x.txt"]
    assert "broken" not in reasons["x.txt"]
    assert "broken link" in reasons["z.txt"]


def test_dropped_files_and_folders(tmp_path: Path) -> None:
    make(tmp_path, "x/a.txt", "x/b.txt", "y/c.md", "y/skip.bin")
    dropped = [tmp_path / "y", tmp_path / "x/b.txt", tmp_path / "x/b.txt", tmp_path / "x/nope.txt"]
    files, problems = discover(dropped)
    assert source_root(dropped) == tmp_path
    assert names(files, tmp_path) == ["x/b.txt", "y/c.md"]
    assert problems == [
        FileProblem("x/nope.txt", "it does not exist"),
        FileProblem("y/skip.bin", "not a supported format (.bin)"),
    ]
    assert discover([]) == ([], [])


def test_empty_folder_gives_no_files_and_no_error(tmp_path: Path) -> None:
    assert discover(tmp_path) == ([], [])


@pytest.mark.parametrize(
    ("target", "message"),
    [("missing", "does not exist"), ("file.txt", "is a file, not a folder")],
)
def test_bad_folder_raises_a_clear_error(tmp_path: Path, target: str, message: str) -> None:
    make(tmp_path, "file.txt")
    with pytest.raises(NoArticlesError, match=message):
        discover(tmp_path / target)


def test_a_missing_folder_is_told_by_what_happened_not_as_one_without_articles(
    tmp_path: Path,
) -> None:
    with pytest.raises(NoArticlesError) as caught:
        discover(tmp_path / "gone")
    assert caught.value.cause == "missing"
    assert no_story_heading(caught.value) == "Folder not found"
    assert str(caught.value) == f"The folder {tmp_path / 'gone'} does not exist."


@pytest.mark.parametrize("below", ["story", "story/day-1"])
def test_a_folder_whose_path_runs_through_a_file_says_which_part_is_a_file(
    tmp_path: Path, below: str
) -> None:
    make(tmp_path, "notes.txt")
    with pytest.raises(NoArticlesError) as caught:
        discover(tmp_path / "notes.txt" / below)
    assert caught.value.cause == "missing"
    assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in str(caught.value)
    assert "does not exist" not in str(caught.value)


def test_a_file_given_as_the_folder_and_an_empty_folder_are_headed_apart(tmp_path: Path) -> None:
    make(tmp_path, "file.txt")
    with pytest.raises(NoArticlesError) as caught:
        discover(tmp_path / "file.txt")
    assert no_story_heading(caught.value) == "Not a folder"
    assert no_story_heading(NoArticlesError("No readable article was found.")) == (
        "No readable article"
    )


def test_a_folder_that_is_there_is_not_missing(tmp_path: Path) -> None:
    make(tmp_path, "file.txt")
    assert missing_folder(tmp_path) is None
    assert missing_folder(tmp_path / "file.txt") is None
    assert missing_folder(tmp_path / "nowhere") is not None


def test_unopenable_folders(tmp_path: Path, monkeypatch) -> None:
    make(tmp_path, "a.txt", "private/b.txt")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name in ("private", "top"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = discover(tmp_path, recursive=True)
    assert names(files, tmp_path) == ["a.txt"]
    assert problems == [FileProblem("private/", "folder skipped (permission denied)")]
    (tmp_path / "top").mkdir()
    with pytest.raises(NoArticlesError, match=r"cannot be opened \(permission denied\)"):
        discover(tmp_path / "top")


def test_too_many_files(tmp_path: Path) -> None:
    make(tmp_path, *(f"{n:02}.txt" for n in range(6)))
    assert len(discover(tmp_path, max_files=6)[0]) == 6
    with pytest.raises(TooManyFiles, match="more than 5 article files") as raised:
        discover(tmp_path, max_files=5)
    assert isinstance(raised.value, NoArticlesError)


NAME = st.text("abAB.~_-", min_size=1, max_size=4).filter(lambda s: s not in (".", ".."))
SUFFIX = st.sampled_from([*sorted(supported_suffixes()), ".jpg", "", ".DS_Store", ".TXT"])
ENTRY = st.tuples(st.lists(NAME, max_size=3), NAME, SUFFIX)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(entries=st.lists(ENTRY, max_size=12), recursive=st.booleans(), limit=st.integers(1, 8))
def test_fuzz_random_folder_shapes(entries, recursive: bool, limit: int) -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        for folders, stem, suffix in entries:
            path = root.joinpath(*folders, stem + suffix)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("A story.")
            except OSError:  # a name already taken by a folder or a file
                continue
        try:
            files, problems = discover(root, recursive=recursive, max_files=limit)
        except TooManyFiles:
            return
        relative = names(files, root)
        assert len(files) <= limit and len(set(relative)) == len(relative)
        assert relative == sorted(relative, key=lambda n: (n.casefold(), n))
        for name in relative:
            assert not any(part.startswith(".") for part in name.split("/"))
            assert Path(name).suffix.lower() in supported_suffixes()
            assert recursive or "/" not in name
        assert all(not Path(p.file).is_absolute() for p in problems)


def test_the_programs_own_reports_and_coverage_maps_are_never_articles(
    tmp_path: Path, story_files: dict[str, str]
) -> None:
    import json

    from corroborate.engine import analyze, summarize, to_json, to_markdown

    for name, text in story_files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    summary = summarize(analyze(tmp_path))
    (tmp_path / "carrowgate-bridge.md").write_text(to_markdown(summary), encoding="utf-8")
    (tmp_path / "carrowgate-bridge.json").write_text(
        json.dumps(to_json(summary), indent=2), encoding="utf-8"
    )
    (tmp_path / "carrowgate-bridge-coverage.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "notes.md").write_text("# Notes\n\nA story of my own.", encoding="utf-8")
    files, problems = discover(tmp_path)
    assert names(files, tmp_path) == sorted([*story_files, "notes.md"])
    assert problems == []
    (tmp_path / "notes.md").unlink()
    again = analyze(tmp_path)  # the reports did not become one more outlet
    assert [a.file for a in again.articles] == [a.file for a in summary.analysis.articles]
    assert again.independent_sources == summary.analysis.independent_sources


def test_a_report_an_earlier_version_exported_into_the_folder_is_never_an_article(
    tmp_path: Path, story_files: dict[str, str]
) -> None:
    from corroborate.engine import analyze, summarize, to_markdown
    from corroborate.engine.models import EARLIER_VERBATIM_PROMISES, VERBATIM_PROMISE

    for name, text in story_files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = to_markdown(summarize(analyze(tmp_path)))
    assert VERBATIM_PROMISE in report
    for number, promise in enumerate(EARLIER_VERBATIM_PROMISES):
        older = report.replace(VERBATIM_PROMISE, promise)
        (tmp_path / f"report-{number}.md").write_text(older, encoding="utf-8")
    files, problems = discover(tmp_path)
    assert names(files, tmp_path) == sorted(story_files)
    assert problems == []


def test_a_readme_among_the_articles_is_named_as_skipped_never_read_as_an_outlet(
    tmp_path: Path, story_files: dict[str, str]
) -> None:
    from corroborate.engine import analyze

    for name, text in story_files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "README.md").write_text(
        "# Three outlets' reports\n\nCollected for the bridge story. Each file is one "
        "outlet's article, saved as plain text.\n",
        encoding="utf-8",
    )
    files, problems = discover(tmp_path)
    assert names(files, tmp_path) == sorted(story_files)
    assert [(p.file, p.kind) for p in problems] == [("README.md", "unreadable")]
    assert "README" in problems[0].reason and "not an article" in problems[0].reason
    analysis = analyze(tmp_path)
    assert "README.md" not in [a.file for a in analysis.articles]
    assert [p.file for p in analysis.file_problems] == ["README.md"]
    # Given by name, it is read like any file.
    given, _ = discover([tmp_path / "README.md"])
    assert [f.name for f in given] == ["README.md"]


def test_a_folder_holding_only_the_programs_own_exports_names_them_as_skipped_and_why(
    tmp_path: Path, story_files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from corroborate.cli import EXIT_NO_ARTICLES, main
    from corroborate.engine import analyze, summarize, to_json, to_markdown

    story = tmp_path / "story"
    story.mkdir()
    for name, text in story_files.items():
        (story / name).write_text(text, encoding="utf-8")
    summary = summarize(analyze(story))
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "carrowgate-bridge.md").write_text(to_markdown(summary), encoding="utf-8")
    (exports / "carrowgate-bridge.json").write_text(
        json.dumps(to_json(summary), indent=2), encoding="utf-8"
    )
    # the PNG's text chunk, as the app writes it into a saved map
    (exports / "carrowgate-bridge-coverage.png").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x20tEXtSoftware\x00Corroborate coverage map"
    )
    files, problems = discover(exports)
    assert files == []
    assert problems == [
        FileProblem("carrowgate-bridge-coverage.png", "it is a coverage map Corroborate saved, "
                    "not an article"),
        FileProblem("carrowgate-bridge.json", "it is a summary Corroborate exported (JSON), "
                    "not an article"),
        FileProblem("carrowgate-bridge.md", "it is a summary Corroborate exported (Markdown), "
                    "not an article"),
    ]  # fmt: skip
    with pytest.raises(NoArticlesError) as raised:
        analyze(exports)
    assert "3 files were skipped" in str(raised.value)
    assert list(raised.value.problems) == problems
    # The command line says so, file by file.
    assert main(["summarize", str(exports)]) == EXIT_NO_ARTICLES
    err = capsys.readouterr().err
    assert "skipped carrowgate-bridge.md: it is a summary Corroborate exported (Markdown)" in err
    assert "skipped carrowgate-bridge.json: it is a summary Corroborate exported (JSON)" in err
    # Beside the articles they were made from, the exports pass without a word.
    (story / "carrowgate-bridge.md").write_text(to_markdown(summary), encoding="utf-8")
    assert discover(story)[1] == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_out_of_the_folder_is_named_as_skipped_and_never_read(tmp_path: Path) -> None:
    # A folder unpacked from an archive may carry links to private files (a key, the
    # system's password list): their text must never become an article of a report.
    story, private = tmp_path / "story", tmp_path / "private"
    make(story, "a.txt", "b.txt")
    make(private, "secret.txt", "keys/id.txt")
    (story / "notes.txt").symlink_to(private / "secret.txt")
    (story / "keys").symlink_to(private / "keys", target_is_directory=True)
    (story / "alias.txt").symlink_to(story / "a.txt")  # inside: one file, read once
    for recursive in (False, True):
        files, problems = discover(story, recursive=recursive)
        assert sorted(f.resolve() for f in files) == [story / "a.txt", story / "b.txt"]
        skipped = {p.file: p.reason for p in problems}
        assert skipped.get("notes.txt", "").startswith("it is a link to a file outside")
        assert ("keys/" in skipped) == recursive


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_linked_file_named_on_its_own_is_read_and_links_between_dropped_folders_are_followed(
    tmp_path: Path,
) -> None:
    make(tmp_path, "desk/a.txt", "wire/b.txt", "elsewhere/c.txt")
    (tmp_path / "desk" / "b-link.txt").symlink_to(tmp_path / "wire" / "b.txt")
    (tmp_path / "desk" / "c-link.txt").symlink_to(tmp_path / "elsewhere" / "c.txt")
    files, problems = discover([tmp_path / "desk", tmp_path / "wire"])
    assert sorted(f.resolve() for f in files) == [tmp_path / "desk/a.txt", tmp_path / "wire/b.txt"]
    assert [p.file for p in problems] == ["desk/c-link.txt"]
    files, problems = discover([tmp_path / "desk/a.txt", tmp_path / "desk/c-link.txt"])
    assert sorted(f.resolve() for f in files) == [
        tmp_path / "desk/a.txt",
        tmp_path / "elsewhere/c.txt",
    ]
    assert problems == []


def test_a_link_to_a_sibling_is_read_once_under_the_files_own_name(tmp_path: Path) -> None:
    (tmp_path / "tollbridge-post.txt").write_text(
        "The Tollbridge Post reports.\n", encoding="utf-8"
    )
    (tmp_path / "a-copy.txt").symlink_to("tollbridge-post.txt")  # sorts first
    files, problems = discover(tmp_path)
    assert [path.name for path in files] == ["tollbridge-post.txt"] and problems == []
