"""The invented folders of :mod:`disagree_length_folders`, run through the whole engine: one
event's length told two ways by two outlets is a disagreement giving both lengths; a
planned length, an earlier event of the kind, a bound, a length so far, two units, two
places' events and a length of another thing are none.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import Folder, files_of
from disagree_length_folders import LENGTH_CONFLICTS, LENGTH_LOOKALIKES
from five_outlets import MakeFolder

from corroborate.engine import Analysis, analyze
from corroborate.engine.models import Disagreement


def _analysed(make_folder: MakeFolder, folder: Folder) -> Analysis:
    analysis = analyze(make_folder(files_of(folder)))
    # each report is its own source: what is found or not is the disagreement stage's
    assert len(analysis.groups) == len(folder.reports)
    return analysis


def _gives(values: tuple[str, str], found: Disagreement) -> bool:
    """Does the disagreement set the two labelled lengths against each other?"""
    told = (found.a_value.lower(), found.b_value.lower())
    return all(any(x.lower() in y or y in x.lower() for y in told) for x in values)


@pytest.mark.parametrize("folder", LENGTH_LOOKALIKES, ids=lambda f: f.name)
def test_lengths_of_two_events_moments_or_plans_are_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    analysis = _analysed(make_folder, folder)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == []


@pytest.mark.parametrize("folder", LENGTH_CONFLICTS, ids=lambda f: f.name)
def test_one_events_length_told_two_ways_is_a_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    assert folder.conflict is not None
    analysis = _analysed(make_folder, folder)
    assert any(_gives(folder.conflict, d) for d in analysis.disagreements), [
        (d.kind, d.detail) for d in analysis.disagreements
    ]
