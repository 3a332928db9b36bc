"""The same folder gives the same report in every run.

Python orders a set of strings by hashes that change from one process to the
next (``PYTHONHASHSEED``), so any choice made by iterating a set can differ
between two runs of the same command: a count the reader sees change on a second
run is a broken promise. Each check analyses a folder in fresh interpreters with
different hash seeds and compares the reports byte for byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from corroborate.resources import sample_story

SEEDS = ("0", "1", "8", "9", "123")

#: Invented reports where one sentence uses two words of one family ("killed … died"),
#: which the matcher once read in whichever form a set happened to list first.
FAMILY_FORMS = {
    "harbour-gazette.txt": (
        "Quay collapse kills three\n\n"
        "Marlow was charged over the quay collapse, which killed three people who died "
        "when the old pier gave way and injured more than 40 on Saturday.\n\n"
        "Inspectors said the timber supports had rotted for years before the collapse."
    ),
    "fennick-courier.txt": (
        "Three dead after pier gives way\n\n"
        "Three people were dead and more than 40 hurt after the old pier at Marlow quay "
        "gave way on Saturday, the harbour authority said.\n\n"
        "The authority said divers searched the water through the night."
    ),
    "valley-ledger.txt": (
        "Pier collapse: deaths confirmed\n\n"
        "The deaths of three people in the Marlow pier collapse were confirmed on Sunday; "
        "more than 40 were injured when it gave way on Saturday.\n\n"
        "The harbour authority closed the quay until further notice."
    ),
}


def run(code: str, seed: str, *args: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    return done.stdout


def report(folder: Path, seed: str) -> str:
    code = (
        "import json, sys\n"
        "from corroborate.engine import analyze, summarize, to_json, to_markdown\n"
        "summary = summarize(analyze(sys.argv[1]))\n"
        "sys.stdout.write(json.dumps(to_json(summary), sort_keys=True) + to_markdown(summary))\n"
    )
    return run(code, seed, str(folder))


def test_a_sentence_using_two_forms_of_a_family_is_read_in_the_same_form_in_every_run() -> None:
    code = (
        "from corroborate.engine.matching.align import _Folder, _Kin\n"
        "terms = [frozenset({'kill', 'die', 'pier', 'marlow'}), frozenset({'dead', 'pier'})]\n"
        "kin = _Kin(_Folder(None, terms, None, None, None, None, None, None, None))\n"
        "print([sorted(words) for words in kin.read_as(0, 1)])\n"
    )
    readings = {run(code, seed) for seed in ("0", "1", "2", "3", "4", "5")}
    assert readings == {"[['dead', 'kill', 'marlow', 'pier'], ['die', 'pier']]\n"}


@pytest.mark.parametrize("which", ["sample story", "two forms of one word family"])
def test_a_folder_gives_the_same_report_whatever_the_hash_seed(which: str, tmp_path: Path) -> None:
    folder = sample_story()
    if which != "sample story":
        folder = tmp_path / "story"
        folder.mkdir()
        for name, text in FAMILY_FORMS.items():
            (folder / name).write_text(text, encoding="utf-8")
    reports = {seed: report(folder, seed) for seed in SEEDS}
    assert reports["0"].strip()
    assert all(text == reports["0"] for text in reports.values())


def test_each_sentences_share_of_words_its_outlet_alone_uses_is_the_same_in_every_run() -> None:
    # a share summed in a set's order differs in its last digits from run to run, and a
    # sentence at the single-source bar would be listed in one run and not the next
    code = (
        "import sys\n"
        "from corroborate.engine import analyze\n"
        "print(repr(analyze(sys.argv[1]).distinct))\n"
    )
    shares = {seed: run(code, seed, str(sample_story())) for seed in SEEDS}
    assert any(float(share) not in (0.0, 1.0) for share in shares["0"].strip("()\n").split(", "))
    assert all(text == shares["0"] for text in shares.values())
