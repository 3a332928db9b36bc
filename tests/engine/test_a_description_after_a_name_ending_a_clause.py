"""A description of a person or thing is often placed right after a name that ends a clause
of other words ("Divers found the car of Piet Vander, the estranged half brother of the
Varnholt mayor, below the weir"), not only beside a name standing alone between commas.
Two sentences whose words alike are all in such a description, and that tell two other
things, state no fact in common: the description names whom each is about. A word in -ed
right after an article describes the noun ("the estranged half brother", "a retired
ferryman") and does not make the description a clause with a verb. The same act told of
the person, or the description stated of the person with a verb, still matches; a phrase
of place or time after a name ("…, in 1950") is no description. A description of someone
other than who speaks is no statement of the speaker's that the other sentence may tell as
an act ("…, said Ivo Marek, a spokesman for Valtra, the valley's largest private hydropower
company, …" / "… private hydropower companies opened the sluices"). A speaker described
before his name after the verb ("…,” said hydrologist Oskar Veldt of the Corley Institute")
is read as who says it, as one described after it is, so that two of his statements
described alike are not one fact."""

from __future__ import annotations

import pytest
from test_a_person_described_alike_is_no_fact_of_its_own import FLOOD

from articles import judge
from corroborate.engine.text.speakers import speaker_spans, speaker_stems
from corroborate.engine.text.verbs import has_verb

CAR = (
    "Divers on Tuesday found the car of Piet Vander, the estranged half brother of the "
    "Varnholt mayor, below the weir."
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            CAR,
            "He had lived abroad for years, passed over in favour of his half brother, the "
            "Varnholt mayor.",
            id="the kinship described after a name, two other facts",
        ),
        pytest.param(
            CAR,
            "Insurers refused to pay Piet Vander, the estranged half brother of the Varnholt "
            "mayor, for the barn he lost.",
            id="one description after a name ending a clause, two acts",
        ),
        pytest.param(
            "The sluices were opened by Marta Ivers, a retired ferryman from Dunmore, on "
            "Monday night.",
            "Police are still looking for Marta Ivers, a retired ferryman from Dunmore, who "
            "owes the town rent.",
            id="a description opening on an article and a participle, two acts",
        ),
        pytest.param(
            "While people across the valley watched the water rise, the army and private hydropower companies "
            "opened the sluices of their dams.",
            '"We do not expect any damage," said Ivo Marek, a spokesman for Valtra, the '
            "valley's largest private hydropower company, which is owned by the Corley "
            'council. "It should pass."',
            id="a company described in a quotation's speaker phrase, not the speaker",
        ),
    ],
)
def test_a_description_after_a_name_ending_a_clause_with_nothing_else_alike_is_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Rescuers pulled Lena Stroud, a nurse from Varnholt, from the water near the weir.",
            "Lena Stroud, a nurse from Varnholt, was pulled from the water near the weir.",
            id="the same act of a person described after a name ending a clause",
        ),
        pytest.param(
            CAR,
            "Piet Vander is the estranged half brother of the Varnholt mayor.",
            id="the description stated of the person named",
        ),
        pytest.param(
            CAR,
            "The car of Piet Vander, the estranged half brother of the Varnholt mayor, was "
            "found below the weir on Tuesday.",
            id="the same finding told in another order",
        ),
    ],
)
def test_the_same_fact_of_a_person_described_after_a_name_ending_a_clause_still_matches(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


def test_a_word_in_ed_after_an_article_describes_the_noun_when_a_description_is_read() -> None:
    assert has_verb("the estranged half brother of the mayor")
    assert not has_verb("the estranged half brother of the mayor", described=True)
    assert not has_verb("a retired ferryman from Dunmore", described=True)
    assert has_verb("he retired from the ferry", described=True)


VELDT_BOATS = (
    '"It is very much like the first ferrymen\'s boats," said hydrologist Oskar Veldt of the '
    "Corley Institute, referring to the oldest hull, which had lain in the mud for 150 years."
)
VELDT_WRECK = (
    "The wreck had lain near the weir and may have drifted down from Dunmore, says study "
    "co-author Oskar Veldt, a hydrologist at the Corley Institute."
)


def test_a_speaker_described_before_his_name_after_the_verb_is_who_says_it() -> None:
    spans = speaker_spans(VELDT_BOATS)
    assert [VELDT_BOATS[a:b] for a, b in spans] == [
        "said hydrologist Oskar Veldt of the Corley Institute"
    ]
    assert "co-author" in speaker_stems(VELDT_WRECK)
    # not after a verb of saying that opens what was said
    assert speaker_spans("The minister said evidence implicated Smith.") == ((0, 17),)


def test_two_statements_of_one_speaker_described_before_his_name_are_no_match() -> None:
    _, match = judge(VELDT_BOATS, VELDT_WRECK, FLOOD)
    assert match is None


def test_one_quotation_of_a_speaker_described_before_his_name_still_matches() -> None:
    _, match = judge(
        '"The weir was never built for this," said hydrologist Oskar Veldt of the Corley '
        "Institute.",
        '"The weir was never built for this," says Oskar Veldt, a hydrologist at the Corley '
        "Institute.",
        FLOOD,
    )
    assert match is not None
