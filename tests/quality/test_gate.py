"""Quality gate: the engine measured against hand-written ground truth, with pinned floors.

Each case folder was written with its truth file (outlets, copies, claims
that several outlets report, single-source sentences, conflicting pairs and
the web chrome around the story). The gate prints what it measures and
fails the build when a figure drops below its floor. Floors sit at what the
engine achieved when they were pinned; raise them as the engine improves.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from corroborate.engine import Analysis, ConsensusSummary, analyze, summarize, to_markdown
from corroborate.resources import sample_story

HERE = Path(__file__).parent
CASES = [("sample-story", sample_story(), HERE / "sample_story_truth.json")] + [
    (
        truth.name.removesuffix(".truth.json"),
        HERE / "cases" / truth.name.removesuffix(".truth.json"),
        truth,
    )
    for truth in sorted((HERE / "cases").glob("*.truth.json"))
]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.replace("’", "'")).strip().lower()


def _outlet(name: str) -> str:
    return _norm(name).removeprefix("the ")


@dataclass(frozen=True)
class Run:
    truth: dict
    analysis: Analysis
    summary: ConsensusSummary
    markdown: str

    def file_of(self, sentence_id: int) -> str:
        return self.analysis.article_of(sentence_id).file

    def group(self, file: str) -> int:
        article = self.analysis.article_named(file)
        assert article is not None, f"{file} was not read as an article"
        return self.analysis.group_of[article.id]


@pytest.fixture(scope="module", params=CASES, ids=[c[0] for c in CASES])
def run(request: pytest.FixtureRequest) -> Run:
    _, folder, truth_file = request.param
    analysis = analyze(folder)
    summary = summarize(analysis)
    return Run(json.loads(truth_file.read_text("utf-8")), analysis, summary, to_markdown(summary))


def test_copies_form_one_group_and_nothing_else_does(run: Run) -> None:
    expected = {frozenset(g) for g in run.truth.get("copy_groups", [])}
    found = {
        frozenset(run.analysis.articles[a].file for a in g.articles)
        for g in run.analysis.groups
        if len(g.articles) > 1
    }
    assert found == expected


def test_outlets_detected(run: Run) -> None:
    copies = {f for group in run.truth.get("copy_groups", []) for f in group}
    wrong = []
    for article in run.analysis.articles:
        expected = run.truth["outlets"][article.file]
        # A copy may be credited to the site that reposted it or to the wire it copies.
        accepted = {expected} | (
            {o for f, o in run.truth["outlets"].items() if f in copies}
            if article.file in copies
            else set()
        )
        if _outlet(article.outlet) not in {_outlet(o) for o in accepted}:
            wrong.append((article.file, article.outlet, expected))
    print(f"outlets wrong: {wrong}")
    assert len(wrong) <= FLOORS["outlets_wrong"]


def test_no_chrome_in_any_reported_sentence(run: Run) -> None:
    chrome = {_norm(line) for line in run.truth.get("boilerplate", []) if len(line.split()) >= 2}
    reported = [i.text for i in run.summary.items] + [i.text for i in run.summary.single_source]
    leaks = [text for text in reported if _norm(text) in chrome]
    leaks += [s.text for s in run.analysis.sentences if _norm(s.text) in chrome]
    assert leaks == []


def test_conflicting_sentences_never_corroborate(run: Run) -> None:
    by_text = {_norm(s.text): s.id for s in run.analysis.sentences}
    for pair in run.truth.get("disagreements", []):
        a = by_text.get(_norm(pair["a"]["sentence"]))
        b = by_text.get(_norm(pair["b"]["sentence"]))
        assert a is not None and b is not None, pair
        assert b not in run.analysis.neighbours[a], pair["detail"]


def _claim_found(run: Run, claim: dict) -> bool:
    """A summary item states the claim (holds its key terms) with more than one source."""
    terms = [_norm(t) for t in claim["key_terms"]]
    groups = {run.group(f) for f in claim["files"]}
    for item in run.summary.items:
        text = f" {_norm(item.text)} "
        if all(f" {t} " in text for t in terms):
            return len(groups) < 2 or item.support >= 2
    return False


def test_core_claims_recall(run: Run) -> None:
    claims = [
        c for c in run.truth.get("core_claims", []) if len({run.group(f) for f in c["files"]}) >= 2
    ]
    if not claims:
        pytest.skip("no multi-source claims in this case")
    found = [c["description"] for c in claims if _claim_found(run, c)]
    missed = [c["description"] for c in claims if not _claim_found(run, c)]
    recall = len(found) / len(claims)
    print(f"core claims recall {recall:.2f}; missed: {missed}")
    assert recall >= FLOORS["core_claim_recall"]


def test_single_source_sentences_are_never_presented_as_corroborated(run: Run) -> None:
    single = {_norm(s["sentence"]) for s in run.truth.get("single_source", [])}
    corroborated = [i.text for i in run.summary.items if i.support >= 2 and _norm(i.text) in single]
    assert corroborated == []


def test_single_source_recall(run: Run) -> None:
    truth = run.truth.get("single_source", [])
    if not truth or run.analysis.independent_sources < 2:
        pytest.skip("no single-source truth for this case")
    # Flagged either in its own section or, when the summary had to be topped up
    # with uncorroborated sentences, in the summary marked "1 of N outlets".
    listed = {_norm(i.text) for i in run.summary.single_source}
    listed |= {_norm(i.text) for i in run.summary.items if i.support == 1}
    found = sum(_norm(s["sentence"]) in listed for s in truth)
    recall = found / len(truth)
    print(f"single-source recall {recall:.2f} ({found}/{len(truth)})")
    assert recall >= FLOORS["single_source_recall"]


def test_every_summary_sentence_is_verbatim(run: Run) -> None:
    for item in run.summary.items:
        source = (run.analysis.folder / item.file).read_text("utf-8", errors="replace")
        assert " ".join(item.text.split()) in " ".join(source.split())


#: Pinned floors over every case (what the engine reached when pinned).
FLOORS = {
    "outlets_wrong": 0,
    "core_claim_recall": 0.5,
    # "Only one outlet" is a promise: a sentence is listed only when no other source
    # even loosely echoes it, which trades recall (this hand-picked truth holds
    # salient sentences other outlets partly echo) for precision, measured on real
    # stories by test_gold_gate.py (0.89 on the dev stories, from 0.40).
    "single_source_recall": 0.13,
}
