"""An act told as still to come ("Vink will meet Pell on Tuesday night", "engineers are
expected to reopen the line on Wednesday") is not the act told as done ("Vink met Pell on
Tuesday night", "engineers reopened the line on Wednesday"): whichever judge finds the two
alike, the doing backs the plan (it came true), the plan never backs the doing (its
outlet does not tell that it did). Two tellings of one plan, or one act done told beside
another act to come, still back each other. A habit of years told with one dated
occasion inside the sentence ("has long opposed the bypass, which it rejected again on
Monday") tells that occasion too, and backs it told alone.

Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.text.verbs import acts_to_come

_THE_MEETING = (
    "Harbour master Dora Vink met Tuesday night with the Corley mayor Anton Pell, two days "
    "after gales wrecked the lifeboat station, flooded the fish market and sank nine trawlers "
    "moored in the outer basin."
)


@pytest.mark.parametrize(
    ("done", "planned"),
    [
        pytest.param(
            _THE_MEETING,
            "Vink will meet Pell at the town hall on Tuesday night.",
            id="met / will meet",
        ),
        pytest.param(
            "Engineers reopened the coastal railway between Fennick and Marlow on Wednesday "
            "morning.",
            "Engineers are expected to reopen the coastal railway between Fennick and Marlow "
            "on Wednesday morning.",
            id="reopened / expected to reopen",
        ),
        pytest.param(
            "The Fennick council voted on Tuesday on the plan to close the harbour road to "
            "lorries.",
            "The Fennick council will vote on Tuesday on the plan to close the harbour road "
            "to lorries.",
            id="voted / will vote",
        ),
        pytest.param(
            "Dora Vink visited the flooded fish market in Corley on Wednesday with the "
            "lifeboat crew.",
            "Dora Vink said she would visit the flooded fish market in Corley on Wednesday "
            "with the lifeboat crew.",
            id="visited / would visit",
        ),
    ],
)
def test_the_act_done_backs_the_plan_and_the_plan_does_not_back_the_act_done(
    done: str, planned: str
) -> None:
    for left, right in ((done, planned), (planned, done)):
        sentences, match = judge(left, right, STORM)
        assert match is not None
        assert match.backs is not None
        assert sentences[match.backs].text == planned


def test_two_sentences_each_planning_what_the_other_tells_done_back_neither() -> None:
    _, match = judge(
        "Vink met Pell at the Corley town hall on Tuesday night and will visit the flooded "
        "fish market on Wednesday.",
        "Vink will meet Pell at the Corley town hall on Tuesday night and visited the flooded "
        "fish market on Wednesday.",
        STORM,
    )
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Vink will meet Pell at the town hall on Tuesday night, her office said.",
            "Vink is due to meet the Corley mayor Anton Pell at the town hall on Tuesday night.",
            id="one plan told twice",
        ),
        pytest.param(
            "Engineers reopened the coastal railway between Fennick and Marlow on Wednesday "
            "morning, and replacement coaches will run until Friday.",
            "The coastal railway between Fennick and Marlow was reopened by engineers on "
            "Wednesday morning.",
            id="the act done in both, another act to come in one",
        ),
        pytest.param(
            "Vink met Pell at the town hall on Tuesday night and will return to Corley on Friday.",
            "Vink met Pell at the Corley town hall on Tuesday night.",
            id="a meeting done in both, a return to come in one",
        ),
    ],
)
def test_one_plan_or_one_act_done_told_twice_still_backs_both(left: str, right: str) -> None:
    _, match = judge(left, right, STORM)
    assert match is not None
    assert match.backs is None


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("Vink will meet Pell on Tuesday.", {"meet"}),
        ("Engineers are expected to reopen the line on Wednesday.", {"reopen"}),
        ("Vink said she would visit the market.", {"visit"}),
        ("Vink is due to meet Pell.", {"meet"}),
        ("Vink plans to hold talks with Pell.", {"hold"}),
        ("Vink met Pell on Tuesday.", set()),
        ("Vink flew to Corley to meet Pell.", set()),
        ("The council will on Tuesday vote on the plan.", set()),
        ("The ferry line was closed on Tuesday due to flooding at the quay.", set()),
    ],
)
def test_an_act_to_come_is_read_after_a_modal_of_the_future_or_a_word_of_plans(
    text: str, acts: set[str]
) -> None:
    assert {act[:5] for act in acts_to_come(text)} == {act[:5] for act in acts}


def test_a_habit_with_one_dated_occasion_inside_backs_that_occasion() -> None:
    _, match = judge(
        "The Corley council has long opposed the Fennick bypass, which it rejected again on "
        "Monday.",
        "The Corley council rejected the Fennick bypass on Monday.",
        STORM,
    )
    assert match is not None


def test_a_habit_without_the_occasion_day_still_does_not_back_it() -> None:
    _, match = judge(
        "The Corley council has long opposed the Fennick bypass and has rejected it at every vote.",
        "The Corley council rejected the Fennick bypass on Monday.",
        STORM,
    )
    assert match is None


def test_a_cause_told_after_due_to_is_no_plan_and_the_pair_backs_both() -> None:
    _, match = judge(
        "The ferry line was closed on Tuesday due to flooding at the Corley quay.",
        "The Corley quay flooded on Tuesday and the ferry line was closed.",
        STORM,
    )
    assert match is not None
    assert match.backs is None
