"""A claim passed on is not stated: "The governor dismissed as rumour posts claiming that 237
homes had been destroyed" and "Reporters asked whether rescuers could really have counted
237 ruined homes" share nearly every word with "The flood destroyed 237 homes", and back
none of it. A sentence that states what it says before its hedge ("… amid unconfirmed
reports of troop movements"), or two sentences that both leave one claim open (passed on,
asked, or told as what may be), still match."""

from __future__ import annotations

import pytest

from articles import judge
from corroborate.engine.text.hearsay import passes_on

# A flood story of five invented outlets, so that the pair's words are judged over a folder.
FLOOD = (
    "The Ostrava river burst its banks in Varnley on Tuesday night. Rescuers searched the "
    "valley for survivors. The regional governor visited the town on Wednesday.",
    "Heavy rain fell on the Varnley valley for three days. Farmers lost their crops. The "
    "army sent boats to the villages near the river.",
    "Schools in Varnley stayed closed on Thursday. Volunteers handed out water and blankets. "
    "The railway line to Corley was washed away.",
    "Insurers said claims would run into millions. The mayor of Varnley asked for help. "
    "Engineers checked the dam above the town.",
    "The weather office warned of more rain at the weekend. Shops in Varnley sold out of "
    "sandbags. Residents cleared mud from their homes.",
)
STATED = "The flood destroyed 237 homes in Varnley, officials said."


@pytest.mark.parametrize(
    "passed_on",
    [
        pytest.param(
            "The governor dismissed as rumour posts claiming that 237 homes had been "
            "destroyed by the flood in Varnley.",
            id="dismissed as rumour",
        ),
        pytest.param(
            "Unconfirmed reports on social media said 237 homes had been destroyed by the "
            "flood in Varnley.",
            id="unconfirmed reports",
        ),
        pytest.param(
            "Residents wondered if the flood had really destroyed 237 homes in Varnley.",
            id="wondered if",
        ),
        pytest.param(
            "Reporters asked whether the flood could really have destroyed 237 homes in "
            "Varnley so quickly.",
            id="asked whether, without a question mark",
        ),
        pytest.param(
            "Officials rejected as a hoax a video claiming that the flood destroyed 237 "
            "homes in Varnley.",
            id="a hoax",
        ),
    ],
)
def test_a_claim_passed_on_does_not_back_the_claim_stated(passed_on: str) -> None:
    _, match = judge(passed_on, STATED, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Officials confirmed that 237 homes had been destroyed by the flood in Varnley.",
            STATED,
            id="a claim confirmed is stated",
        ),
        pytest.param(
            "The flood destroyed 237 homes in Varnley amid unconfirmed reports of looting.",
            STATED,
            id="the hedge after what the sentence states",
        ),
        pytest.param(
            "The flood destroyed 237 homes in Varnley, and officials were still checking "
            "whether the dam had held.",
            STATED,
            id="a question asked about something else",
        ),
        pytest.param(
            "Reporters asked whether the flood could really have destroyed 237 homes in "
            "Varnley so quickly.",
            "Reporters asked whether the flood could really have destroyed 237 homes in "
            "Varnley in one night.",
            id="both pass the claim on",
        ),
        pytest.param(
            "Asked whether the flood destroyed 237 homes in Varnley, the governor said the "
            "count was not finished.",
            'The governor was asked: "Did the flood destroy 237 homes in Varnley?"',
            id="one asks in reported words, the other quotes the question",
        ),
        pytest.param(
            "Unconfirmed reports on social media said 237 homes had been destroyed by the "
            "flood in Varnley.",
            "The flood may have destroyed 237 homes in Varnley, officials said.",
            id="one passes the claim on, the other tells it as what may be",
        ),
    ],
)
def test_a_claim_stated_beside_a_hedge_or_passed_on_by_both_still_matches(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


def test_the_claim_must_be_in_the_hedged_clause_not_before_the_hedge() -> None:
    other = "One of the two exits of the Varnley hall was blocked by fire."
    assert not passes_on(
        "One of the two exits of the Varnley hall was blocked by fire, and witnesses "
        "disagreed as to whether the fire came up the stairs.",
        other,
    )
    assert passes_on("Witnesses asked whether one of the two exits was blocked by fire.", other)


def test_a_noun_of_speculation_that_is_no_claim_passed_on_is_no_hedge() -> None:
    assert not passes_on(
        "Speculation about a second Varnley dam has grown since the flood.",
        "Plans for a second Varnley dam have grown since the flood.",
    )
