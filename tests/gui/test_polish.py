"""A demanding reader's window: every pane usable on a small screen, failures said once,
tick boxes seen in either theme, links alike, Find that counts, each correction counted."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from corroborate.resources import sample_story

from .test_with_engine import wait_idle, window_showing


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return Path(shutil.copytree(sample_story(), tmp_path / "carrowgate"))


def test_two_not_the_same_claims_on_one_claim_count_as_two_corrections(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    window.summary_view.select_row(0)
    evidence = window.evidence_view.evidence
    analysis = window.session.analysis
    own_group = analysis.sentence_group[evidence.sentence]
    others = [s.group for s in analysis.claim(evidence.sentence).statements if s.group != own_group]
    assert len(others) >= 3
    window.evidence_view.not_same_claim(others[0])
    qtbot.waitUntil(lambda: bool(window.session.corrections.unmatched), timeout=60_000)
    wait_idle(qtbot, window)
    assert "1 correction by you" in window.caption.text()
    # The same row, another outlet set apart from it: a second correction.
    window.summary_view.select_sentence(evidence.sentence)
    qtbot.waitUntil(lambda: window.evidence_view.evidence is not None)
    before = window.session.corrections
    window.evidence_view.not_same_claim(others[1])
    qtbot.waitUntil(lambda: window.session.corrections != before, timeout=60_000)
    wait_idle(qtbot, window)
    assert "2 corrections by you" in window.caption.text()
    report = window.session.markdown()
    assert report is not None and report.count("- not the same claim:") == 2
    # Each is undone on its own.
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.corrections == before, timeout=60_000)
    wait_idle(qtbot, window)
    assert "1 correction by you" in window.caption.text()
