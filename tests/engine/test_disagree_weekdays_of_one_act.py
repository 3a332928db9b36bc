"""One act of the story given two weekdays by two outlets, each telling it in its own
words: an interview with the network on one side and with its host on the other, a
sentence of the story naming both ("an interview with the Varn Courier Thursday" / "a
conversation with Tomas Ek on Tuesday"); a weapon aimed at a photographer, or pointed at
one, the day right after the act or dating the "when" clause that tells it. Look-alikes a
fact-checker would not sign stay silent: the day an interview taped before aired, two interviewers no
sentence ties, a third day, days far apart, an interview to come, a weekday a show's name
ends with, a campaign aimed at an audience (no weapon named), a law aimed at the gun
trade (the weapon is what is aimed at).

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from five_outlets import MakeFolder, date_details

TOPIC = "the mayor of Varnholm and the harbour plan"

#: Ties the Courier's name to its host's: the interview is one, named two ways.
HOSTED = "Brandt spoke in an interview for the Varn Courier's Harbour Hour with Tomas Ek."


@pytest.mark.parametrize(
    ("sentences", "detail"),
    [
        pytest.param(
            {
                0: "Critics seized on remarks Brandt made during an interview with the Varn "
                "Courier Thursday about the harbour.",
                2: "In a long conversation with Tomas Ek on Tuesday, Brandt defended the plan.",
                3: HOSTED,
            },
            "Thursday / Tuesday",
            id="an interview with the network Thursday and with its host on Tuesday",
        ),
        pytest.param(
            {
                0: "Ek was riding with two friends Sunday when the driver took out a pistol "
                "and aimed it at a photographer behind them.",
                2: "The gun the driver pointed at a cameraman Saturday was a toy, his lawyer said.",
            },
            "Sunday / Saturday",
            id="a pistol aimed at a photographer Sunday and a gun pointed at a cameraman Saturday",
        ),
    ],
)
def test_one_act_told_in_other_words_on_two_weekdays_is_a_date_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str], detail: str
) -> None:
    assert date_details(make_folder, TOPIC, sentences) == [detail]


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param(
            {
                0: "Brandt's interview with the Varn Courier Sunday, taped on a visit to the port, "
                "drew complaints.",
                2: "In a long conversation with the Varn Courier on Friday, Brandt defended "
                "the plan.",
            },
            id="the day an interview aired, taped before, is not the day it was held",
        ),
        pytest.param(
            {
                0: "Critics seized on remarks Brandt made during an interview with the Varn "
                "Courier Thursday about the harbour.",
                2: "In a long conversation with Radio Kelm on Tuesday, Brandt defended the plan.",
            },
            id="two interviewers no sentence ties are two interviews",
        ),
        pytest.param(
            {
                0: "Critics seized on remarks Brandt made during an interview with the Varn "
                "Courier Thursday about the harbour.",
                2: "In a long conversation with Tomas Ek on Tuesday, Brandt defended the plan.",
                3: HOSTED,
                4: "Brandt repeated the figures in an interview with Tomas Ek on Wednesday.",
            },
            id="a third day tells of several interviews",
        ),
        pytest.param(
            {
                0: "Critics seized on remarks Brandt made during an interview with the Varn "
                "Courier Monday about the harbour.",
                2: "In a long conversation with the Varn Courier on Thursday, Brandt defended "
                "the plan.",
            },
            id="days three apart are two interviews",
        ),
        pytest.param(
            {
                0: "Critics seized on remarks Brandt made during an interview with the Varn "
                "Courier Thursday about the harbour.",
                2: "Brandt will defend the plan in a conversation with the Varn Courier on Friday.",
            },
            id="an interview to come",
        ),
        pytest.param(
            {
                0: "Brandt defended the plan in an interview with Varn News Sunday Review, "
                "aides said.",
                2: "In a long conversation with Varn News on Saturday, Brandt defended the plan.",
            },
            id="a weekday a show's name ends with",
        ),
        pytest.param(
            {
                0: "The council launched a campaign aimed at a younger audience Monday.",
                2: "A leaflet pointed at the same readers went out Tuesday, the council said.",
            },
            id="a campaign aimed at an audience, no weapon named",
        ),
        pytest.param(
            {
                0: "Ek's bill aimed at the gun trade passed the council Monday.",
                2: "A rival measure pointed at the gun trade cleared its committee Tuesday.",
            },
            id="a law aimed at the gun trade, the weapon the thing aimed at",
        ),
    ],
)
def test_look_alikes_of_one_act_on_two_weekdays_are_not_reported(
    make_folder: MakeFolder, sentences: Mapping[int, str]
) -> None:
    assert date_details(make_folder, TOPIC, sentences) == []
