"""One act told of two people is two facts: "Mayor Tobias Quell resigned from the council on
Monday after the audit found missing funds" and "Anna Brannoch resigned from the council on
Monday after the audit found missing funds" share every word but who, and a clause of one
found in the other backs neither. The same person named two ways (by title and surname, by
a title alone, by a pronoun, as who says it) still backs the sentence."""

from __future__ import annotations

import pytest

from articles import judge, matched_beside

# A council story of six invented outlets: the two councillors are named in full and by
# surname alone, as a real folder names its people, and the story's own words (council,
# town, budget) are in many of its sentences.
COUNCIL = (
    "The Corley town budget has been under review since spring. Quell told reporters the "
    "town would cut spending. Schools in Corley reopened after the holiday.",
    "Residents packed the town hall on Sunday night to hear the budget. Brannoch said she "
    "would answer questions at the next meeting. The roads department asked for new trucks.",
    "Harlen auditors examined the town's accounts for three months. Council meetings were "
    "suspended during the review. Shops closed early on Friday for the festival.",
    "A caretaker will chair the council until elections in the spring. The Corley Gazette "
    "first reported the review. The library will stay open on weekends.",
    "Opposition members called for new elections in Corley. Ilse Varga, the regional "
    "auditor, said her office would publish the figures. Varga declined to comment further.",
    "The town's bus routes were cut last year. Parents asked the council to keep the "
    "swimming pool open. The harbour master retired in May.",
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Mayor Tobias Quell resigned from the council on Monday after the audit found "
            "missing funds.",
            "Anna Brannoch resigned from the council on Monday after the audit found missing "
            "funds.",
            id="one act, two people named in full",
        ),
        pytest.param(
            "Tobias Quell resigned from the council on Monday after the audit found missing "
            "funds, the Gazette said.",
            "Deputy mayor Anna Brannoch resigned from the council on Monday after the audit "
            "found missing funds, days before the vote on the budget.",
            id="one act, two people, each sentence with words of its own",
        ),
    ],
)
def test_one_act_of_two_named_people_is_no_match(left: str, right: str) -> None:
    _, match = judge(left, right, COUNCIL)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Mayor Quell resigned from the council on Monday after the audit found missing funds.",
            "Tobias Quell resigned from the council on Monday after the audit found missing "
            "funds, the Gazette said.",
            id="a title and surname, then the name in full",
        ),
        pytest.param(
            "The mayor resigned from the council on Monday after the audit found missing funds.",
            "Tobias Quell resigned from the council on Monday after the audit found missing "
            "funds, the Gazette said.",
            id="a title alone",
        ),
        pytest.param(
            "Tobias Quell, who resigned from the council on Monday after the audit found "
            "missing funds, has hired a lawyer.",
            "Mayor Tobias Quell resigned from the council on Monday after the audit found "
            "missing funds.",
            id="the same person, the act in a clause",
        ),
        pytest.param(
            "Tobias Quell resigned from the council on Monday after the audit found missing "
            "funds, Ilse Varga said.",
            "Anna Brannoch said Tobias Quell resigned from the council on Monday after the "
            "audit found missing funds.",
            id="the same person, told by two others",
        ),
    ],
)
def test_one_person_named_two_ways_is_still_one_fact(left: str, right: str) -> None:
    _, match = judge(left, right, COUNCIL)
    assert match is not None


def test_a_pronoun_after_the_persons_name_is_still_that_person() -> None:
    one = (
        "Tobias Quell has led the town for six years. He resigned from the council on Monday "
        "after the audit found missing funds."
    )
    other = (
        "Mayor Tobias Quell resigned from the council on Monday after the audit found "
        "missing funds. The deputy mayor will stand in."
    )
    assert matched_beside(
        COUNCIL,
        one,
        other,
        "He resigned from the council on Monday after the audit found missing funds.",
        "Mayor Tobias Quell resigned from the council on Monday after the audit found "
        "missing funds.",
    )


def test_a_pronoun_after_another_persons_name_is_that_other_person() -> None:
    one = (
        "Anna Brannoch has sat on the council for six years. She resigned from the council "
        "on Monday after the audit found missing funds."
    )
    other = (
        "Mayor Tobias Quell resigned from the council on Monday after the audit found "
        "missing funds. The deputy mayor will stand in."
    )
    assert not matched_beside(
        COUNCIL,
        one,
        other,
        "She resigned from the council on Monday after the audit found missing funds.",
        "Mayor Tobias Quell resigned from the council on Monday after the audit found "
        "missing funds.",
    )
