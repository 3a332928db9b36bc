"""The window shows one folder with the counts the command line's JSON gives it: the
articles, the independent outlets, each summary sentence's support, how many reach the
minimum support (for every minimum from 1 to two above the outlets there are), and each
outlet's figures on the Coverage tab: a folder with a reprint, two articles one outlet
wrote apart and an off-topic page."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from corroborate.cli import EXIT_OK, main

from .helpers import wait_idle, window_opening

WIRE = (
    "Wexmoor council approves harbour wall\n\n"
    "WEXMOOR (Harbor Wire) - The council of Wexmoor approved the new harbour wall on Tuesday "
    "after a long and heated debate in the town hall.\n\n"
    "Fishermen had asked for a wall since the storms of last winter flooded the quay.\n\n"
    "The vote was seven to two, with the mayor Edda Varley voting in favour."
)
FILES = {
    "a-harbor-wire.txt": WIRE,
    "b-coastal-daily-reprint.txt": WIRE,
    "c-harbor-wire-engineers.txt": (
        "Harbour wall to take two years, engineers say\n\n"
        "WEXMOOR (Harbor Wire) - Engineers said the Wexmoor harbour wall would take two years "
        "to build.\n\nThe vote was seven to two, with the mayor Edda Varley voting in favour."
    ),
    "d-wexmoor-post.txt": (
        "Council backs harbour wall\n\nBy the Wexmoor Post\n\n"
        "The council of Wexmoor approved the new harbour wall on Tuesday after a long debate "
        "in the town hall.\n\nSeven councillors, mayor Edda Varley among them, voted for "
        "the plan and two against it.\n\nThe treasurer said the cost would be met from "
        "reserves.\n\n"
        "Critics said the wall would spoil the view from the promenade."
    ),
    "e-shore-gazette.txt": (
        "Quay wall gets green light\n\nBy the Shore Gazette\n\n"
        "Wexmoor's councillors voted on Tuesday to build a sea wall around the harbour.\n\n"
        "Mayor Edda Varley was among the seven who backed the plan; two voted against it."
    ),
    "f-soups.txt": (
        "Ten autumn soups to try this weekend\n\nBy the Shore Gazette food desk\n\n"
        "Roast the squash with sage and garlic until soft, then blend it with stock.\n\n"
        "A spoon of cream and a pinch of nutmeg finish the soup."
    ),
}


def _bold(caption: str) -> list[int]:
    return [int(number) for number in re.findall(r"<b>(\d+)</b>", caption)]


def test_the_window_and_the_json_give_one_folder_the_same_counts_at_every_minimum_support(
    qtbot: Any, make_window: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "wall"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    window = window_opening(qtbot, make_window, folder)
    total = window.session.summary.analysis.independent_sources
    split = 0  # minimums at which some summary sentences fall below it
    for need in range(1, total + 3):
        options = replace(window.session.options, min_sources=need, words=None, sentences=6)
        window.session.set_options(options)
        qtbot.waitUntil(lambda n=need: window.session.summary.options.min_sources == n)
        wait_idle(qtbot, window)
        args = ["summarize", str(folder), "--min-sources", str(need), "--sentences", "6"]
        assert main([*args, "--format", "json"]) == EXIT_OK
        data = json.loads(capsys.readouterr().out)
        summary = window.session.summary
        assert data["independent_sources"] == total
        assert len(summary.analysis.articles) == data["articles"]
        assert [i.support for i in summary.items] == [i["support"] for i in data["summary"]]
        caption = window.caption.text()
        assert f"({data['articles']} articles)" in caption
        assert total in _bold(caption)
        backed = sum(i["support"] >= min(need, total) for i in data["summary"])
        if backed < len(data["summary"]):
            assert _bold(caption)[-2:] == [backed, len(data["summary"]) - backed]
            split += 1
    assert total == 3 and split >= 2
    window.tabs.setCurrentWidget(window.coverage_view)
    wait_idle(qtbot, window)
    shown = window.coverage_view.outlets
    for row, stats in enumerate(window.coverage_view.matrix.outlets):
        item = shown.topLevelItem(row)
        assert item.text(0) == stats.outlet
        assert f"({stats.corroborated} of {stats.sentences})" in item.text(1)
        assert item.text(2) == str(stats.disputed)


COST = "The wall will cost 12 million pounds, the council's treasurer Olan Pike said."
VOTE = "The vote was seven to two, with the mayor Edda Varley voting in favour."
REPEATING = {
    "a-harbor-wire.txt": f"{WIRE}\n\n{COST}",
    "b-harbor-wire-engineers.txt": (
        "Harbour wall to take two years, engineers say\n\n"
        "WEXMOOR (Harbor Wire) - Engineers said the Wexmoor harbour wall would take two years "
        "to build.\n\nWork on the foundations is due to start in the spring, the council's "
        f"engineer Maud Renner said.\n\n{COST}\n\n{VOTE}"
    ),
    "c-wexmoor-post.txt": (
        "Council backs harbour wall\n\nBy the Wexmoor Post\n\n"
        "The council of Wexmoor approved the new harbour wall on Tuesday after a long debate "
        "in the town hall.\n\nThe vote was seven to two, with mayor Edda Varley in favour.\n\n"
        "The wall will cost 15 million pounds, the council's treasurer Olan Pike said.\n\n"
        "Critics said the wall would spoil the view from the promenade."
    ),
}
REPEATING["d-coastal-daily-reprint.txt"] = REPEATING["c-wexmoor-post.txt"]


def test_an_outlets_disputed_sentence_printed_in_two_reports_counts_once_in_the_window_and_reports(
    qtbot: Any, make_window: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "wall"
    folder.mkdir()
    for name, text in REPEATING.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["summarize", str(folder), "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert main(["summarize", str(folder), "--format", "markdown"]) == EXIT_OK
    markdown = capsys.readouterr().out
    window = window_opening(qtbot, make_window, folder)
    window.tabs.setCurrentWidget(window.coverage_view)
    wait_idle(qtbot, window)
    documents = {d["file"]: d for d in data["documents"]}
    for name, document in documents.items():  # the articles table counts as the JSON does
        assert re.search(rf"\| `{re.escape(name)}` \|.*\| {document['sentences']} \|", markdown)
    shown = window.coverage_view.outlets
    figures = {}
    for row, stats in enumerate(window.coverage_view.matrix.outlets):
        item = shown.topLevelItem(row)
        assert f"({stats.corroborated} of {stats.sentences})" in item.text(1)
        assert item.text(2) == str(stats.disputed)
        files = {d["file"] for d in data["documents"] if d["group"] == stats.group}
        # "Disputed" counts the outlet's distinct sentences the JSON lists as contradicted
        contradicted = {
            side["text"]
            for pair in data["disagreements"]
            for side in (pair["a"], pair["b"])
            if side["file"] in files
        }
        assert stats.disputed == len(contradicted)
        figures[item.text(0)] = (stats, files)
    assert data["independent_sources"] == len(figures) == 2
    wire, wire_files = figures["Harbor Wire"]
    assert wire_files == {"a-harbor-wire.txt", "b-harbor-wire-engineers.txt"}
    # its two reports as the JSON and the Markdown count them, the cost and the vote once
    printed = sum(documents[f]["sentences"] for f in wire_files)
    assert (wire.sentences, wire.disputed) == (printed - 2, 1)
    assert wire.corroborated == 2  # the approval and the vote (in both reports), each once
    post, post_files = figures["Wexmoor Post"]
    assert len(post_files) == 2  # the reprint under the Post, counted once
    assert (post.sentences, post.disputed) == (documents["c-wexmoor-post.txt"]["sentences"], 1)
