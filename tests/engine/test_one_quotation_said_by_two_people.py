"""One quotation given to two people backs neither: "“We have lost everything,” said Anna
Brannoch, a farmer" and "“We have lost everything,” said Tobias Quell, the mayor" tell that
two different people said the words, and a fact-checker would not count the one outlet as
backing the other. The same words given to one person, by full name, by surname or by
a title alone, or given by one sentence to a person the other also names, still match."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge

SAID = '"We have lost everything," said Anna Brannoch, a farmer in Varnholt.'


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            '"We have lost everything," said Tobias Quell, the mayor of Varnholt.',
            id="said by another, named after the quotation",
        ),
        pytest.param(
            'Tobias Quell told reporters in Varnholt: "We have lost everything."',
            id="said by another, named before the quotation",
        ),
    ],
)
def test_one_quotation_said_by_two_named_people_backs_neither(other: str) -> None:
    _, match = judge(SAID, other, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            '"We have lost everything," Brannoch told reporters in Varnholt.',
            id="the speaker by surname",
        ),
        pytest.param('"We have lost everything," a farmer in Varnholt said.', id="by a title"),
        pytest.param(
            '"We have lost everything," farmer Anna Brannoch, 54, said in Varnholt.',
            id="the speaker with a title and an age",
        ),
        pytest.param(
            'Anna Brannoch, a farmer, said: "We have lost everything," as she stood in Varnholt.',
            id="the speaker before the quotation",
        ),
        pytest.param(
            '"We have lost everything," Tobias Quell quoted Anna Brannoch, a farmer in '
            "Varnholt, as saying.",
            id="passed on by another who names the speaker",
        ),
    ],
)
def test_one_quotation_given_to_one_person_still_matches(other: str) -> None:
    _, match = judge(SAID, other, FLOOD)
    assert match is not None
