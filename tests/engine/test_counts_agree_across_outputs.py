"""The command line's JSON and Markdown give one folder the same counts: articles,
independent outlets, each summary sentence's support and outlets, and the notes, for
every minimum support from 1 to two above the outlets there are; a folder with a copy
reprinted by another site, two articles one outlet wrote apart and an off-topic page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corroborate.cli import EXIT_OK, main
from corroborate.engine import analyze, summarize
from corroborate.engine.report.coverage import coverage

WIRE = (
    "Wexmoor council approves harbour wall\n\n"
    "WEXMOOR (Harbor Wire) - The council of Wexmoor approved the new harbour wall on Tuesday "
    "after a long and heated debate in the town hall.\n\n"
    "Fishermen had asked for a wall since the storms of last winter flooded the quay.\n\n"
    "The vote was seven to two, with the mayor Edda Varley voting in favour.\n\n"
    "The wall will cost 12 million pounds, the council's treasurer Olan Pike said."
)
WIRE_SECOND = (
    "Harbour wall to take two years, engineers say\n\n"
    "WEXMOOR (Harbor Wire) - Engineers said the Wexmoor harbour wall would take two years "
    "to build.\n\n"
    "Work on the foundations is due to start in the spring, the council's engineer Maud "
    "Renner said.\n\n"
    "The vote was seven to two, with the mayor Edda Varley voting in favour."
)
POST = (
    "Council backs harbour wall\n\nBy the Wexmoor Post\n\n"
    "The council of Wexmoor approved the new harbour wall on Tuesday after a long debate in "
    "the town hall.\n\n"
    "The vote was seven to two, with mayor Edda Varley in favour.\n\n"
    "The wall will cost 15 million pounds, the council's treasurer Olan Pike said.\n\n"
    "Critics said the wall would spoil the view from the promenade."
)
GAZETTE = (
    "Quay wall gets green light\n\nBy the Shore Gazette\n\n"
    "Wexmoor's councillors voted on Tuesday to build a sea wall around the harbour.\n\n"
    "Mayor Edda Varley was among the seven who backed the plan; two voted against it.\n\n"
    "Building is set to begin in the spring and to last two years, engineers said."
)
SOUPS = (
    "Ten autumn soups to try this weekend\n\nBy the Shore Gazette food desk\n\n"
    "Roast the squash with sage and garlic until soft, then blend it with stock.\n\n"
    "A spoon of cream and a pinch of nutmeg finish the soup.\n\n"
    "Serve it with warm bread and a sharp cheese."
)
#: The harbour wall story: a wire report and its reprint, the wire's second report, two
#: other outlets' reports and an off-topic page.
HARBOUR_WALL = {
    "a-harbor-wire.txt": WIRE,
    "b-coastal-daily-reprint.txt": WIRE,
    "c-harbor-wire-engineers.txt": WIRE_SECOND,
    "d-wexmoor-post.txt": POST,
    "e-shore-gazette.txt": GAZETTE,
    "f-soups.txt": SOUPS,
}
_SUPPORT = re.compile(r"^   — (\d+) of (\d+) outlets?: ([^·\n]+?)(?: · .*)?$", re.MULTILINE)
_OPENING = re.compile(r"^(\d+) articles? from (\d+) independent outlets?\.", re.MULTILINE)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == EXIT_OK
    return capsys.readouterr().out


def test_json_and_markdown_give_the_same_counts_for_every_minimum_support(
    make_folder, capsys: pytest.CaptureFixture[str]
) -> None:
    folder: Path = make_folder(HARBOUR_WALL)
    seen_outlets = set()
    for need in range(1, 7):
        base = ["summarize", str(folder), "--min-sources", str(need)]
        data = json.loads(_run([*base, "--format", "json"], capsys))
        markdown = _run([*base, "--format", "markdown"], capsys)
        total = data["independent_sources"]
        seen_outlets.add(total)
        opening = _OPENING.search(markdown)
        assert opening is not None
        assert (int(opening[1]), int(opening[2])) == (data["articles"], total)
        assert "f-soups.txt" in {w["file"] for w in data["warnings"] if w["kind"] == "off-topic"}
        rows = _SUPPORT.findall(markdown)
        assert [(int(s), int(of), names.split(", ")) for s, of, names in rows] == [
            (item["support"], total, item["outlets"]) for item in data["summary"]
        ]
        for note in data["notes"]:
            assert note in markdown
        backed_notes = [note for note in data["notes"] if "backed by" in note]
        if need >= total:  # more than there are asks for all of them, said so
            assert all(f"all {total} outlets" in note for note in backed_notes)
        else:
            assert all(f"{need} or more outlets" in note for note in backed_notes)
    # the reprint is one outlet with the wire, its engineers' story too; the soups are out
    assert seen_outlets == {3}


#: The JSON report's keys and its warnings' kinds, as README's JSON section lists them.
JSON_KEYS = {
    "title",
    "title_from",
    "stories",
    "articles",
    "independent_sources",
    "documents",
    "summary",
    "single_source",
    "disagreements",
    "spellings",
    "single_source_more",
    "notes",
    "left_out",
    "corrections",
    "warnings",
}
WARNING_KINDS = {
    "unreadable",
    "language",
    "off-topic",
    "not-found",
    "several-stories",
    "subfolders",
}


def test_the_json_report_keeps_the_keys_and_warning_kinds_the_readme_documents(
    make_folder, capsys: pytest.CaptureFixture[str]
) -> None:
    folder: Path = make_folder(
        {
            "a-harbor-wire.txt": WIRE,
            "d-wexmoor-post.txt": POST,
            "e-shore-gazette.txt": GAZETTE,
            "f-soups.txt": SOUPS,
            "later/c-harbor-wire-engineers.txt": WIRE_SECOND,
        }
    )
    data = json.loads(_run(["summarize", str(folder), "--format", "json"], capsys))
    assert set(data) == JSON_KEYS
    kinds = {warning["kind"] for warning in data["warnings"]}
    assert {"off-topic", "subfolders"} <= kinds <= WARNING_KINDS
    assert [w["file"] for w in data["warnings"] if w["kind"] == "subfolders"] == ["."]
    # the off-topic page is a file the counts leave out; the subfolder's unread file is not
    left = data["left_out"]
    assert [(f["file"], f["why"]) for f in left["files"]] == [("f-soups.txt", "off-topic")]
    assert left["folder_files"] == data["articles"] + 1 and left["note"].startswith(
        "Left out: 1 of"
    )
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r'`([a-z_-]+)(?:`|\[)|"([a-z_]+)":', readme))
    assert {name for pair in named for name in pair} >= JSON_KEYS | WARNING_KINDS


def test_an_outlets_figures_count_its_own_sentences_once_each_and_not_a_reprint_or_an_off_topic_page(
    make_folder,
) -> None:
    folder: Path = make_folder(HARBOUR_WALL)
    analysis = analyze(folder)
    files = [article.file for article in analysis.articles]
    assert "f-soups.txt" not in files
    wire = analysis.group_of[files.index("a-harbor-wire.txt")]
    stats = {s.group: s for s in coverage(summarize(analysis)).outlets}
    written = [files.index("a-harbor-wire.txt"), files.index("c-harbor-wire-engineers.txt")]
    sentences = analysis.article_sentences
    texts = {analysis.sentences[sid].text for a in written for sid in sentences[a]}
    # the wire's two reports count, the reprint of its first does not count again, and
    # the vote, printed word for word in both reports, is one sentence of the wire's
    assert stats[wire].sentences == len(texts) == sum(len(sentences[a]) for a in written) - 1
    # so a claim both its reports state, which another outlet backs, is backed once
    assert stats[wire].corroborated == sum(analysis.corroborated_counts[a] for a in written) - 1
    gazette = analysis.group_of[files.index("e-shore-gazette.txt")]
    assert stats[gazette].sentences == len(sentences[files.index("e-shore-gazette.txt")])
    assert (
        sum(s.sentences for s in stats.values())
        == sum(
            len(sentences[a])
            for a in range(len(files))
            if files[a] != "b-coastal-daily-reprint.txt"
        )
        - 1
    )
