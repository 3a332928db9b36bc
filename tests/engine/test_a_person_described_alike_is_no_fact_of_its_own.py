"""Two sentences that describe one person in the same words ("the sister of the mill's
new owner", "a hydrologist at the University of Corley") and say nothing else alike do
not state one fact: the description, a clause with no verb beside the person's name
between commas, names whom each is about, as a name does. Two acts told of one person so
described, or two quotations of one speaker so described, back neither. The same act told
of the person ("was rescued by helicopter" / "a helicopter rescued …") and the same
quotation still match. Words inside a quotation are what is said, never a description,
whoever is named after them ("'I'm a very, very big river person,' Hanning said"). A
pair of which one sentence tells what the person said and the other tells no one saying
anything is not vetoed so: the other may tell the statement as her act in other words
(``test_a_speaker_described_before_the_verb.py``: "Marta Hensel, a former radio presenter
in Varnholt, said … the builder ruined her home" / "The former Varnholt radio presenter
Marta Hensel accused the contractor of wrecking her house")."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP, judge

# The flood story told by three more invented outlets, so that words two sentences share
# are rare in the folder, as in a real one.
FLOOD = (
    *FLOOD_BACKDROP,
    "Water reached the first floors of the old quarter by midnight. Police closed the "
    "bridge at Dunmore. A ferry carried stranded drivers across the lake. The power station "
    "was switched off as a precaution. Bakeries opened their ovens to feed the rescuers.",
    "The cathedral's crypt was flooded for the first time since records began. Museum staff "
    "moved paintings to the upper galleries. A landslide blocked the mountain road. Goats "
    "were lifted from a farm by tractor. The postal service suspended deliveries.",
    "Forecasters expect the river to fall by Saturday. Pumps were brought from the capital. "
    "Hospitals cancelled routine operations. The football match at the stadium was "
    "postponed. Charities collected clothes in the market square.",
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "If charges are brought, the sister of the mill's new owner is likely to be "
            "called as a witness.",
            "In the end the sister of the mill's new owner, Lotte Hanning, had not "
            "understood what was happening.",
            id="a relative told by the same words, two acts",
        ),
        pytest.param(
            '"When we put the gauge readings on one chart, we see two different surges '
            'coming down the valley," says Oskar Veldt, a hydrologist at the University of '
            "Corley who led both surveys.",
            "Asked what residents should do now, University of Corley hydrologist Oskar "
            'Veldt said: "Move upstairs. And keep a radio on."',
            id="one speaker's two quotations, described alike",
        ),
        pytest.param(
            "The deputy head of the Varnholt fire brigade, Ivo Marek, will lead the "
            "inquiry into the dam's sluices.",
            "Residents cheered as the deputy head of the Varnholt fire brigade, who "
            "rescued twelve children, walked into the town hall.",
            id="a post told by the same words, two acts",
        ),
        pytest.param(
            'Anna Brannoch, a dairy farmer near the Corley weir, said: "We lost every cow in '
            'one night."',
            "Anna Brannoch, a dairy farmer near the Corley weir, told reporters the insurers "
            "had not called back.",
            id="one speaker described alike before the verb, two statements",
        ),
        pytest.param(
            "The mayor of Dorrance, Tobias Quell, opened the shelter at the school on Tuesday.",
            "The mayor of Dorrance, Tobias Quell, has asked the army for more boats.",
            id="a short post beside the name, two acts",
        ),
        pytest.param(
            "The ferryman's daughter, Mira Tesk, 22, told police she had seen the dam crack.",
            "Tesk, 22, who had worked at the weir for a year, was taken to hospital, "
            "officials said.",
            id="an age beside the name, two acts",
        ),
    ],
)
def test_one_person_described_alike_with_nothing_else_in_common_is_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The sister of the mill's new owner was rescued from the roof of the mill by "
            "helicopter.",
            "A helicopter rescued the sister of the mill's new owner from the mill roof, "
            "officials said.",
            id="the same act told of a relative described alike",
        ),
        pytest.param(
            '"Move upstairs and keep a radio on," said Oskar Veldt, a hydrologist at the '
            "University of Corley.",
            'University of Corley hydrologist Oskar Veldt said: "Move upstairs and keep a '
            'radio on."',
            id="the same quotation of one described speaker",
        ),
        pytest.param(
            "Ivo Marek, the deputy head of the Varnholt fire brigade, was named to lead "
            "the inquiry.",
            "The deputy head of the Varnholt fire brigade was named on Wednesday to lead "
            "the inquiry into the sluices.",
            id="the same appointment of a post described alike",
        ),
        pytest.param(
            "A volunteer, Jiri Sollen, 33, of Corley, said he was unable to cross the bridge "
            "several hours after the flood.",
            "Jiri Sollen, 33, of Corley, said he was unable to cross the bridge several hours "
            "after the surge.",
            id="one statement of a person described alike",
        ),
        pytest.param(
            "The mayor of Dorrance, Tobias Quell, opened the shelter at the school on Tuesday.",
            "Tobias Quell, the mayor of Dorrance, opened the school shelter on Tuesday.",
            id="one act of a post described alike",
        ),
    ],
)
def test_one_person_described_alike_beside_one_act_still_matches(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            '"I\'m a very, very big Ostrava River person," Hanning said on Saturday.',
            "\u201cI\u2019m a very, very big Ostrava river person,\u201d Hanning said in Varnholt.",
            id="a quotation's words before the speaker's name",
        ),
        pytest.param(
            '"We lost the bakery, the mill and the school," Lotte Hanning, the mayor, said.',
            "\u201cWe\u2019ve lost the bakery, the mill and the school,\u201d Lotte Hanning "
            "said on Tuesday.",
            id="a quotation's list before the speaker's name",
        ),
    ],
)
def test_a_quotation_beside_its_speakers_name_is_no_description(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Dorrance has a new mayor, Tobias Quell, after the council vote on Monday.",
            "The new mayor of Dorrance, Tobias Quell, is a former schoolteacher.",
            id="the post told as what the town has",
        ),
        pytest.param(
            "Tobias Quell is the new mayor of Dorrance.",
            "Tobias Quell, the new mayor of Dorrance, toured the flooded streets.",
            id="the post told as what he is",
        ),
        pytest.param(
            "The council named Tobias Quell the new mayor of Dorrance.",
            "Tobias Quell, the new mayor of Dorrance, toured the flooded streets.",
            id="the post told as what he was named",
        ),
        pytest.param(
            "Last year Lotte Hanning became the first woman to lead the Varnholt council.",
            "Lotte Hanning, the first woman to lead the Varnholt council, toured the flooded "
            "streets.",
            id="the post told as what she became",
        ),
    ],
)
def test_a_description_the_other_sentence_states_of_the_same_person_still_matches(
    left: str, right: str
) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


@pytest.mark.parametrize(
    "right",
    [
        pytest.param(
            "So who is the ferryman who has got the mill's new owner's younger sister in such "
            "trouble?",
            id="in the possessive",
        ),
        pytest.param(
            "So who is the ferryman that has got the younger sister of the mill's new owner in "
            "such trouble?",
            id="after the noun",
        ),
    ],
)
def test_a_description_told_after_a_verb_but_of_no_one_named_is_still_no_match(
    right: str,
) -> None:
    left = (
        "The photograph shows Hanning, the younger sister of the mill's new owner, Lotte "
        "Hanning, waving from the bridge."
    )
    _, match = judge(left, right, FLOOD)
    assert match is None
