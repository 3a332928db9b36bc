"""Disagreements: precision and recall on hand-written pairs, and what the pipeline does with them.

A false alarm is worse than a miss, so precision is pinned higher than recall.
The floors are what was measured, less a small margin; run with ``-s`` to see
the figures.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from disagree_heldout import HELD_OUT
from disagree_pairs import PAIRS

from corroborate.engine import analyze, summarize, to_json, to_markdown
from corroborate.engine.conflicts.judge import KINDS, compare
from corroborate.engine.matching.align import align, align_with_near
from corroborate.engine.models import Analysis
from corroborate.resources import sample_story

CASES = Path(__file__).parents[1] / "quality" / "cases"
Pair = tuple[str, str, str | None]


def _score(pairs: Sequence[Pair]) -> tuple[float, float, list[str]]:
    """Precision and recall over conflicting pairs; a wrong kind is a miss and a false alarm."""
    hits = alarms = misses = 0
    wrong = []
    for a, b, expected in pairs:
        found = compare(a, b)
        kind = found.kind if found else None
        if kind == expected:
            hits += expected is not None
            continue
        alarms += kind is not None
        misses += expected is not None
        wrong.append(f"expected {expected}, got {kind}: {a!r} / {b!r}")
    precision = hits / (hits + alarms) if hits + alarms else 1.0
    return precision, hits / (hits + misses), wrong


def test_the_pair_sets_cover_every_kind() -> None:
    for pairs, least in ((PAIRS, 40), (HELD_OUT, 40)):
        assert len(pairs) >= least
        kinds = {kind for *_, kind in pairs}
        assert kinds == {*KINDS, None}
        assert len({(a, b) for a, b, _ in pairs}) == len(pairs)


@pytest.mark.parametrize(
    ("name", "pairs", "min_precision", "min_recall"),
    [("written first", PAIRS, 0.95, 0.85), ("held out", HELD_OUT, 0.9, 0.65)],
)
def test_precision_and_recall(
    name: str, pairs: Sequence[Pair], min_precision: float, min_recall: float
) -> None:
    precision, recall, wrong = _score(pairs)
    print(f"\n{name}: {len(pairs)} pairs, precision {precision:.2f}, recall {recall:.2f}")
    print("\n".join(wrong))
    assert precision >= min_precision, wrong
    assert recall >= min_recall, wrong


def test_a_finding_names_and_places_the_differing_words() -> None:
    a = "Two people were killed and 14 were injured, the fire chief said."
    b = "Two people were killed and 12 were injured, according to the fire chief."
    found = compare(a, b)
    assert found is not None and found.kind == "number"
    assert found.detail == "14 / 12"
    assert [a[s:e] for s, e in found.a_spans] == ["14"]
    assert [b[s:e] for s, e in found.b_spans] == ["12"]
    negated = compare("The mayor will attend the vigil.", "The mayor will not attend the vigil.")
    assert negated is not None and negated.detail == "attend / not attend"


def test_order_does_not_change_the_verdict() -> None:
    for a, b, _ in PAIRS + HELD_OUT:
        one, other = compare(a, b), compare(b, a)
        assert (one.kind if one else None) == (other.kind if other else None), (a, b)


def _disagreements(analysis: Analysis) -> set[tuple[str, str, str, str]]:
    found = set()
    for d in analysis.disagreements:
        a, b = analysis.sentences[d.a], analysis.sentences[d.b]
        files = sorted((analysis.articles[a.article].file, analysis.articles[b.article].file))
        found.add((d.kind, *files, d.detail))
    return found


def test_sample_story() -> None:
    analysis = analyze(sample_story())
    found = _disagreements(analysis)
    print("\nsample story:", *sorted(found), sep="\n  ")
    assert ("number", "01-bridge-collapses-into-tessel.txt",
            "03-bus-cars-plunge-into-river.txt", "14 / 12") in found  # fmt: skip
    assert ("number", "03-bus-cars-plunge-into-river.txt",
            "04-what-we-know-carrowgate-bridge.txt", "12 / 14") in found  # fmt: skip
    assert ("date", "01-bridge-collapses-into-tessel.txt", "lowland-herald.txt",
            "Wednesday / Thursday") in found  # fmt: skip
    # The Valley Ledger's "will reopen Wednesday if engineers find no damage" dates the
    # same reopening, though the two sentences differ around the day.
    assert ("date", "05-rail-line-stays-shut.txt", "lowland-herald.txt",
            "Wednesday / Thursday") in found  # fmt: skip
    # The copy (02) repeats 01's sentence: one finding per pair of sources, not two.
    assert not any("02-fennick" in " ".join(item) for item in found)
    assert len(found) == 4


def test_number_conflict_case() -> None:
    found = _disagreements(analyze(CASES / "number-conflict"))
    print("\nnumber-conflict:", *sorted(found), sep="\n  ")
    assert {(kind, detail) for kind, _, _, detail in found} <= {
        ("number", "40 / 38"), ("number", "38 / 40"), ("date", "Wednesday / Thursday"),
        ("date", "Thursday / Wednesday"),
    }  # fmt: skip
    assert sum(kind == "number" for kind, *_ in found) == 2


def test_conflicting_sentences_never_corroborate_each_other(make_folder) -> None:
    folder = make_folder(
        {
            "a.txt": "Flood shuts Orrin bridge\n\nThe governor will not attend the flood "
            "summit in Harlow next week, her office said.\n\nThe Orrin bridge was closed.",
            "b.txt": "Orrin bridge closed\n\nThe governor will attend the flood summit in "
            "Harlow next week, her office said.\n\nWater covered the Orrin bridge.",
        }
    )
    analysis = analyze(folder)
    assert [d.kind for d in analysis.disagreements] == ["negation"]
    d = analysis.disagreements[0]
    assert d.b not in analysis.neighbours[d.a]
    assert all({m.a, m.b} != {d.a, d.b} for m in analysis.matches)


def test_copies_are_never_in_disagreement(make_folder, story_files) -> None:
    wire = story_files["meridian.txt"]
    folder = make_folder(
        {"wire.txt": wire, "reprint.txt": wire.replace("14 were injured", "12 were injured")}
    )
    analysis = analyze(folder)
    assert analysis.independent_sources == 1
    assert analysis.disagreements == ()


def test_align_result_is_unchanged_by_the_near_misses() -> None:
    sentences = analyze(sample_story()).sentences
    matches, near = align_with_near(sentences)
    assert align(sentences) == matches
    assert not {(m.a, m.b) for m in matches} & {(p.a, p.b) for p in near}
    assert any(p.conflict for p in near)


def test_analysis_has_no_disagreements_by_default() -> None:
    assert Analysis.__dataclass_fields__["disagreements"].default == ()


def test_report_sections_and_json() -> None:
    summary = summarize(analyze(sample_story()))
    text = to_markdown(summary)
    assert text.index("## Summary") < text.index("## Where outlets disagree")
    assert text.index("## Where outlets disagree") < text.index("## Reported by one outlet")
    assert "   - Valley 7 News: Two people were killed and **12** were injured" in text
    report = json.loads(json.dumps(to_json(summary), ensure_ascii=False))
    keys = list(report)
    assert keys[keys.index("single_source") + 1] == "disagreements"
    for item in report["disagreements"]:
        assert set(item) == {"kind", "a", "b", "detail", "conflict"}
        assert item["kind"] in KINDS
        for side in (item["a"], item["b"]):
            assert set(side) == {"text", "file"}
            assert side["text"] in (sample_story() / side["file"]).read_text(encoding="utf-8")


def test_no_disagreement_adds_no_section_and_an_empty_list(make_folder, story_files) -> None:
    summary = summarize(analyze(make_folder(story_files)))
    assert summary.analysis.disagreements == ()
    assert "disagree" not in to_markdown(summary)
    # A key that is always there is simpler for tools to read than one that comes and goes.
    assert to_json(summary)["disagreements"] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Harbor Festival will go ahead as planned on Saturday, the organisers said.",
            "The Harbor Festival was postponed on Saturday, the organisers said.",
        ),
        (
            "The council vote on the stadium will go ahead as planned next week.",
            "The council vote on the stadium has been postponed until next month.",
        ),
    ],
)
def test_going_ahead_as_planned_and_being_called_off_disagree(a: str, b: str) -> None:
    finding = compare(a, b)
    assert finding is not None and finding.kind == "negation"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The launch was delayed by bad weather.", "The launch was delayed by a technical fault."),
        ("The concert will go ahead as planned.", "The football match was cancelled."),
    ],
)
def test_two_delays_or_two_different_events_do_not_disagree(a: str, b: str) -> None:
    assert compare(a, b) is None


def test_an_event_called_off_is_never_counted_as_support_for_it_going_ahead(make_folder) -> None:
    folder = make_folder(
        {
            "a.txt": "The Harbor Festival in Corley will go ahead as planned on Saturday, the "
            "organisers said.\n\nStalls open at nine.",
            "b.txt": "The Harbor Festival in Corley was postponed on Saturday, the organisers "
            "said.\n\nA new date has not been set.",
            "c.txt": "Storm warnings were issued for the coast near Corley.\n\nThe Harbor "
            "Festival organisers met on Friday.",
        }
    )
    analysis = analyze(folder)
    going = next(s.id for s in analysis.sentences if "as planned" in s.text)
    off = next(s.id for s in analysis.sentences if "postponed" in s.text)
    assert off not in analysis.corroboration(going)[1]
    assert any({d.a, d.b} == {going, off} for d in analysis.disagreements)


def test_two_tops_are_no_disagreement_yet_neither_backs_the_other(make_folder) -> None:
    # "up to 40" and "as many as 60" may both be true (no conflict to report), but they are
    # two outlets' two estimates: neither sentence is support for the other's figure
    folder = make_folder(
        {
            "a.txt": "Fire at Varnholm depot\n\nTwo workers died and up to 40 people were "
            "hurt in the Varnholm depot fire on Sunday, officials said.\n\nThe depot was "
            "closed.",
            "b.txt": "Varnholm depot blaze\n\nTwo workers died and as many as 60 people were "
            "hurt in the Varnholm depot fire on Sunday, officials said.\n\nRoads were shut.",
        }
    )
    analysis = analyze(folder)
    assert analysis.disagreements == ()
    hurt = [s.id for s in analysis.sentences if "hurt" in s.text]
    assert len(hurt) == 2 and hurt[1] not in analysis.neighbours[hurt[0]]
