"""The unread-subfolders warning and the empty folder's hint name the subfolders holding
articles: a name is shown on one line whatever characters it holds, and a search stopped
before some subfolders never counts or names only what it reached as if it were all."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.engine import analyze, held_below
from corroborate.engine.models import AnalysisOptions, NoArticlesError
from corroborate.engine.readers.discover import unread_in_subfolders

ARTICLES = {
    "harlow-herald.txt": "Harlow Bridge Reopens\n\nThe Harlow Bridge reopened on Monday "
    "after two winters of repairs, the county council said. Mayor Edda Vance cut the "
    "ribbon at nine in the morning.",
    "kestra-post.txt": "Bridge in Harlow open again\n\nThe Harlow Bridge reopened on Monday "
    "after two winters of repairs, officials said. Mayor Edda Vance opened it at nine.",
    "orrin-times.txt": "Traffic returns to Harlow Bridge\n\nCars crossed the Harlow Bridge "
    "on Monday for the first time in two years. Mayor Edda Vance cut the ribbon.",
}
TEXT = next(iter(ARTICLES.values()))


def _folder(root: Path, subfolders: dict[str, int], top: bool = True) -> Path:
    root.mkdir()
    if top:
        for name, text in ARTICLES.items():
            (root / name).write_text(text)
    for name, count in subfolders.items():
        (root / name).mkdir()
        for number in range(count):
            (root / name / f"copy-{number}.txt").write_text(TEXT)
    return root


def _warning(folder: Path) -> str:
    analysis = analyze(folder, AnalysisOptions(processes=1))
    (reason,) = [p.reason for p in analysis.folder_warnings if p.kind == "subfolders"]
    return reason


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("day\n2", "“day\\n2”"),
        ("red\x1b[31mtide", "“red\\x1b[31mtide”"),
        ("tab\there", "“tab\\there”"),
    ],
)
def test_a_subfolder_named_with_a_line_break_or_an_escape_is_named_on_one_line(
    tmp_path: Path, name: str, said: str
) -> None:
    try:
        folder = _folder(tmp_path / "story", {name: 2, "zz-notes": 1})
    except OSError:
        pytest.skip("this file system does not allow such a name")
    reason = _warning(folder)
    assert "\n" not in reason and "\x1b" not in reason and "\t" not in reason
    assert f"2 in {said}" in reason
    alone = _folder(tmp_path / "alone", {name: 2})
    assert said in _warning(alone)


def test_the_empty_folders_hint_names_a_subfolder_with_a_line_break_on_one_line(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path / "story", {"day\n1": 3}, top=False)
    with pytest.raises(NoArticlesError) as raised:
        analyze(folder, AnalysisOptions(processes=1))
    assert held_below(raised.value) == "Its subfolder “day\\n1” holds articles"


def test_a_search_stopped_in_one_subfolder_does_not_say_it_alone_holds_the_articles(
    tmp_path: Path,
) -> None:
    # "archive" holds more than the search allows for; "zz-day-2" is never reached
    folder = _folder(tmp_path / "story", {"archive": 150, "zz-day-2": 2})
    below = unread_in_subfolders(folder, 50)
    assert below.where == (("archive", 101),) and below.unsearched == 1
    reason = _warning(folder)
    assert not reason.startswith("the subfolder “archive” holds")
    assert reason.endswith("(in “archive” and perhaps others)")


def test_a_search_stopped_among_many_subfolders_counts_the_others_found_as_at_least(
    tmp_path: Path,
) -> None:
    # 200 subfolders of one article each: the search stops after 101 of them
    folder = _folder(tmp_path / "story", {f"part-{n:03}": 1 for n in range(200)})
    below = unread_in_subfolders(folder, 50)
    assert len(below.where) + below.unsearched == 200
    others = len(below.where) - 3
    assert _warning(folder).endswith(
        f"(in “part-000”, “part-001”, “part-002” and at least {others} other subfolders)"
    )
    alone = _folder(tmp_path / "alone", {f"part-{n:03}": 1 for n in range(200)}, top=False)
    with pytest.raises(NoArticlesError) as raised:
        analyze(alone, AnalysisOptions(processes=1))
    assert held_below(raised.value) == (
        f"Its subfolders “part-000”, “part-001”, “part-002” and at least {others} others "
        "hold articles"
    )


def test_a_whole_search_names_and_counts_as_before(tmp_path: Path) -> None:
    # the look-alikes a stopped search must not change: every subfolder searched
    one = _folder(tmp_path / "one", {"refs": 1})
    assert _warning(one) == "the subfolder “refs” holds 1 more article file, which was not read"
    five = _folder(tmp_path / "five", {"a": 1, "b": 1, "c": 1, "d": 2, "e": 1})
    assert _warning(five).endswith(": 1 in “a”, 1 in “b”, 1 in “c” and 3 in 2 other subfolders")
    assert unread_in_subfolders(five, 50).unsearched == 0
    big = _folder(tmp_path / "big", {"archive": 60, "zz-day-2": 2})
    assert _warning(big).endswith("(in “archive” and “zz-day-2”)")
