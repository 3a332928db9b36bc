"""Look-alikes of a claim passed on and of one act told the other way round, which still back.

A rumour told as confirmed or true is stated ("The mayor confirmed the rumour that the storm
destroyed 237 homes"), and "falsely" or "hoax" said of the very act the other sentence tells
tells that it was done ("Police falsely accused Anton Ferrand …" backs "Police accused Anton
Ferrand …"). A sentence that tells both parties' acts ("Ferrand accused Varga of lying, and
Varga accused Ferrand of theft") holds each of them, and acts two people do together
("divorced", "kissed") are told either way round. The other side of each: a confirming
denied ("declined to confirm rumours that …") still passes a claim on, "May" the month
leaves nothing open, and one act told with the parties in one order but in the other voice
("The regulator fined Brenmark" / "The regulator was fined by Brenmark") is two facts."""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.text.hearsay import passes_on
from corroborate.engine.text.parties import swapped

STATED = "The storm destroyed 237 homes in Fennick on Monday."


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The mayor confirmed the rumour that the storm destroyed 237 homes in Fennick on "
            "Monday.",
            STATED,
            id="a rumour confirmed",
        ),
        pytest.param(
            "Rumours that the storm destroyed 237 homes in Fennick on Monday proved true.",
            STATED,
            id="a rumour proved true",
        ),
        pytest.param(
            "Police falsely accused Anton Ferrand of setting the warehouse fire in Fennick.",
            "Police accused Anton Ferrand of setting the warehouse fire in Fennick.",
            id="an accusation made falsely",
        ),
        pytest.param(
            "A hoax bomb threat closed Fennick station for three hours on Monday.",
            "A bomb threat closed Fennick station for three hours on Monday.",
            id="a hoax threat that closed a station",
        ),
        pytest.param(
            "Anton Ferrand accused Ilse Varga of lying, and Ilse Varga accused Anton Ferrand of "
            "theft in the Fennick court.",
            "Ilse Varga accused Anton Ferrand of theft in the Fennick court.",
            id="each party's act told in one sentence",
        ),
        pytest.param(
            "Tessaly Bank blamed Brenmark Shipping for the delay while Brenmark Shipping blamed "
            "Tessaly Bank.",
            "Brenmark Shipping blamed Tessaly Bank for the delay.",
            id="blame traded in one sentence",
        ),
        pytest.param(
            "Anton Ferrand divorced Ilse Varga in Fennick in 2019 after eleven years of marriage.",
            "Ilse Varga divorced Anton Ferrand in Fennick in 2019 after eleven years of marriage.",
            id="an act of two together",
        ),
        pytest.param(
            "Brenmark Shipping was fined 4 million crowns by the Tessaly regulator on Monday.",
            "The Tessaly regulator fined Brenmark Shipping 4 million crowns on Monday.",
            id="one act in either voice",
        ),
    ],
)
def test_a_claim_confirmed_or_an_act_told_both_ways_still_backs(left: str, right: str) -> None:
    _, match = judge(left, right, STORM)
    assert match is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Officials declined to confirm rumours that the storm destroyed 237 homes in "
            "Fennick on Monday.",
            STATED,
            id="a confirming declined",
        ),
        pytest.param(
            "Officials confirmed two deaths but dismissed rumours that the storm destroyed 237 "
            "homes in Fennick on Monday.",
            STATED,
            id="another fact confirmed, in another clause",
        ),
        pytest.param(
            "Reporters asked whether the storm had destroyed 237 homes in Fennick in May.",
            "The storm destroyed 237 homes in Fennick in May.",
            id="a fact told in May",
        ),
        pytest.param(
            "The Tessaly regulator fined Brenmark Shipping 4 million crowns on Monday.",
            "The Tessaly regulator was fined 4 million crowns by Brenmark Shipping on Monday.",
            id="one order, the other voice",
        ),
    ],
)
def test_a_confirming_denied_a_month_or_a_voice_turned_is_still_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORM)
    assert match is None


def test_a_hedge_said_of_another_act_still_passes_the_claim_on() -> None:
    # "falsely" qualifies "claimed", which the stated sentence does not hold
    assert passes_on("Posts falsely claimed the storm destroyed 237 homes in Fennick.", STATED)
    assert not passes_on(
        "Posts falsely claimed the storm destroyed 237 homes.", "Posts claimed it."
    )


def test_both_ways_round_in_one_sentence_and_one_way_in_the_other_is_no_swap() -> None:
    both = "Harlen Rovers beat Corley United in May, and Corley United beat Harlen Rovers in June."
    assert not swapped(both, "Corley United beat Harlen Rovers in June.")
    assert not swapped("Corley United beat Harlen Rovers in June.", both)
    assert swapped("Harlen Rovers beat Corley United.", "Corley United beat Harlen Rovers.")
