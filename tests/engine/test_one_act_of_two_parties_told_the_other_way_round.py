"""One act of two named parties told the other way round is another fact: "Harlen Rovers
beat Corley United 3-1" and "Corley United beat Harlen Rovers 3-1" share every word, as do
"The Tessaly regulator fined Brenmark Shipping $2 million" and "Brenmark Shipping fined the
Tessaly regulator $2 million". The act turned round by a passive ("Corley United were beaten
3-1 by Harlen Rovers"), an act of both together ("played", "drew with", "met") and one
party's post or description ("Corley United manager Tobias Quell") still match."""

from __future__ import annotations

import pytest

from articles import judge
from corroborate.engine.text.parties import swapped

MATCH = (
    "Harlen Rovers played Corley United on Saturday in the cup final at the Brisk stadium. "
    "Fans queued for hours. The referee was Ilse Varga.",
    "The final drew a crowd of thousands to the Brisk stadium. Both clubs had reached the "
    "cup final for the first time. Corley United fans travelled by train.",
    "Harlen Rovers' manager praised his players. Corley United's captain was injured in the "
    "first half. The cup will be shown in the Harlen town hall.",
    "The match was shown on television across the region. Harlen Rovers last won the cup "
    "decades ago. Tickets sold out in a day.",
)
FINE = (
    "Brenmark Shipping is the largest ferry operator in Tessaly. The Tessaly regulator "
    "opened its inquiry in March. The company's shares fell on Monday.",
    "The inquiry looked at safety records on Brenmark Shipping ferries. Passengers had "
    "complained about delays. The regulator's board met on Friday.",
    "Brenmark Shipping said it would appeal. The regulator's chief, Ilse Varga, spoke to "
    "reporters. Ferry services ran as normal.",
    "Kessel Mining and Varno Bank were in talks last year. The court in Tessaly heard the case "
    "in June. Lawyers for both sides declined to comment.",
)


@pytest.mark.parametrize(
    ("left", "right", "backdrop"),
    [
        pytest.param(
            "Harlen Rovers beat Corley United 3-1 in the cup final on Saturday.",
            "Corley United beat Harlen Rovers 3-1 in the cup final on Saturday.",
            MATCH,
            id="a winner and a loser swapped",
        ),
        pytest.param(
            "The Tessaly regulator fined Brenmark Shipping $2 million over its safety record.",
            "Brenmark Shipping fined the Tessaly regulator $2 million over its safety record.",
            FINE,
            id="who fined whom",
        ),
        pytest.param(
            "Varno Bank sued Kessel Mining for $2 million in a court in Tessaly.",
            "Kessel Mining sued Varno Bank for $2 million in a court in Tessaly.",
            FINE,
            id="who sued whom",
        ),
        pytest.param(
            "Corley United were beaten 3-1 by Harlen Rovers in the cup final on Saturday.",
            "Harlen Rovers were beaten 3-1 by Corley United in the cup final on Saturday.",
            MATCH,
            id="both passive, the parties swapped",
        ),
    ],
)
def test_one_act_of_two_parties_told_the_other_way_round_is_no_match(
    left: str, right: str, backdrop: tuple[str, ...]
) -> None:
    _, match = judge(left, right, backdrop)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right", "backdrop"),
    [
        pytest.param(
            "Harlen Rovers beat Corley United 3-1 in the cup final on Saturday.",
            "Corley United were beaten 3-1 by Harlen Rovers in the cup final on Saturday.",
            MATCH,
            id="the act turned round by a passive",
        ),
        pytest.param(
            "The Tessaly regulator fined Brenmark Shipping $2 million over its safety record.",
            "Brenmark Shipping was fined $2 million by the Tessaly regulator over its safety "
            "record.",
            FINE,
            id="a passive with the figure inside",
        ),
        pytest.param(
            "Harlen Rovers played Corley United in the cup final at the Brisk stadium on Saturday.",
            "Corley United played Harlen Rovers in the cup final at the Brisk stadium on Saturday.",
            MATCH,
            id="an act of both together",
        ),
        pytest.param(
            "Harlen Rovers drew with Corley United 1-1 in the cup final on Saturday.",
            "Corley United drew 1-1 with Harlen Rovers in the cup final on Saturday.",
            MATCH,
            id="drew with",
        ),
        pytest.param(
            "Harlen Rovers beat Corley United 3-1 in the cup final on Saturday.",
            "Harlen Rovers beat Corley United 3-1 on Saturday to win the cup final.",
            MATCH,
            id="the same order",
        ),
    ],
)
def test_one_act_told_of_the_same_parties_either_voice_still_matches(
    left: str, right: str, backdrop: tuple[str, ...]
) -> None:
    _, match = judge(left, right, backdrop)
    assert match is not None


def test_a_party_described_by_the_other_is_no_act_between_them() -> None:
    assert not swapped(
        "Tobias Quell, the founder of Brenmark Shipping, died on Monday.",
        "Brenmark Shipping founder Tobias Quell died on Monday.",
    )
    assert not swapped(
        "Corley United manager Tobias Quell praised his players.",
        "Tobias Quell, who manages Corley United, praised his players.",
    )


def test_a_party_told_after_a_place_word_is_no_object_of_the_act() -> None:
    assert not swapped(
        "Tobias Quell was arrested in Varnley on Monday.",
        "Varnley police arrested Tobias Quell on Monday.",
    )
