"""The invented folders of :mod:`disagree_body_folders`, run through the whole engine: a
decision told by a body in one outlet and by its members in another ("the town council
approved a plan" / "councillors in Tessaly rejected a plan") is one decision told two
ways, a disagreement; a part of the body ("three councillors", "opposition councillors",
"councillors on the planning committee"), one member ("a juror", "a councillor in Tessaly"),
another town's councillors, another plan, or two jurors' view of a verdict is none; and a
statement confirmed in one outlet and another denied in the other ("received" / "accepted"
the offer), with no negation, role or time of day beside them, is none. The folders were
written and labelled before the engine read them.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_body_folders import BODY_CONFLICTS, BODY_LOOKALIKES, CONFIRMED_LOOKALIKES
from disagree_fresh_folders import Folder, reports_its_conflict, reports_no_disagreement
from five_outlets import MakeFolder

from corroborate.engine.text.polarity import may_tell_both_ways


@pytest.mark.parametrize("folder", BODY_LOOKALIKES, ids=lambda f: f.name)
def test_a_decision_of_a_part_of_the_body_one_member_or_another_body_is_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)


@pytest.mark.parametrize("folder", BODY_CONFLICTS, ids=lambda f: f.name)
def test_one_decision_told_by_the_body_and_by_its_members_both_ways_is_a_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_its_conflict(make_folder, folder)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The Orrin council passed the motion on Tuesday.", True),
        ("Jurors acquitted Dorn of arson.", True),
        ("The ministry denied the report.", False),
        ("Harlow Mills confirmed it had received the offer.", False),
        ("Forty passengers were hurt when the ferry struck the pier.", False),
        ("The hikers lost their compass on the ridge.", False),
    ],
)
def test_a_sentence_is_judged_for_a_decision_or_verdict_only_when_it_holds_a_verb_of_one(
    sentence: str, told: bool
) -> None:
    assert may_tell_both_ways(sentence) is told


@pytest.mark.parametrize("folder", CONFIRMED_LOOKALIKES, ids=lambda f: f.name)
def test_two_statements_confirmed_and_denied_with_nothing_else_flagging_them_are_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)
