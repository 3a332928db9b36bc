"""One act of one named party on one day, told by one outlet in the act's own word and by
another in a phrase of other words, is one fact: "the skipper Jonas Brell was taken into
custody" is "Brell was arrested", "a gas main blew up" is its explosion, "stepped down" is
"resigned" (:data:`corroborate.engine.text.lexicon.ACTS_IN_OTHER_WORDS`, read by
:func:`corroborate.engine.matching.align._dated_acts` beside the name and the day both
sentences give). The phrases are read only there: another act of the person that day, the
same act of another person, the act planned, sought or denied, or a word of the act naming
another noun stay apart.
"""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.matching.align import _dated_acts

_TUESDAY = frozenset({"d:tuesday"})


@pytest.mark.parametrize(
    ("text", "past", "act"),
    [
        ("Jonas Brell was taken into custody in Corley on Tuesday.", True, "arrest"),
        ("Police took Jonas Brell into custody in Corley on Tuesday.", True, "arrest"),
        ("A gas main blew up under the Fennick fish market on Tuesday.", True, "explod"),
        ("The Corley mayor Anton Pell stepped down on Tuesday.", True, "resign"),
        ("The Corley harbour master Dora Vink passed away on Tuesday.", True, "die"),
        (
            "Vink spoke to reporters after stepping down from the Corley council on Tuesday.",
            False,
            "resign",
        ),
    ],
)
def test_an_act_told_in_a_phrase_of_other_words_is_read_as_its_own_word(
    text: str, past: bool, act: str
) -> None:
    assert act in {found for found, _ in _dated_acts(text, _TUESDAY, past)}


@pytest.mark.parametrize(
    "text",
    [
        "Police said Jonas Brell would be taken into custody in Corley on Tuesday.",
        "The Corley mayor Anton Pell is expected to step down on Tuesday.",
        "Protesters demanded that the Corley mayor Anton Pell step down on Tuesday.",
    ],
)
def test_a_phrase_of_an_act_to_come_or_sought_is_no_act_done(text: str) -> None:
    acts = {found for found, _ in _dated_acts(text, _TUESDAY, False)}
    assert not acts & {"arrest", "resign"}


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Jonas Brell, 41, who was the target of a smuggling inquiry by the harbour police, "
            "was taken into custody following a road stop in Corley on Tuesday evening, an "
            "officer said.",
            "The skipper's brother, Jonas Brell, was arrested on Tuesday evening in Corley, "
            "where the trawler is moored.",
            id="taken into custody / arrested",
        ),
        pytest.param(
            "A gas main blew up beneath the Fennick fish market on Tuesday night, shattering "
            "windows along the quay and forcing the lifeboat crew to clear forty homes nearby.",
            "Residents said the explosion at the Fennick fish market on Tuesday night was heard "
            "across the bay.",
            id="blew up / the explosion",
        ),
        pytest.param(
            "The Corley mayor Anton Pell stepped down on Tuesday, a week after the council "
            "refused to pay for the harbour repairs and the ferry company cut its winter "
            "sailings.",
            "Pell resigned on Tuesday, his office told reporters.",
            id="stepped down / resigned",
        ),
    ],
)
def test_one_act_told_in_other_words_of_one_named_party_on_one_day_is_one_fact(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORM)
    assert match is not None
    assert match.kind == "fact"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Jonas Brell, 41, was taken into custody after a road stop in Corley on Tuesday "
            "evening, an officer said.",
            "Brell was questioned by detectives at the harbour in Corley on Tuesday evening.",
            id="another act of the person that day",
        ),
        pytest.param(
            "Police took Jonas Brell into custody after a road stop in Corley on Tuesday evening.",
            "Police arrested Brell's business partner Ivo Marek at the quay in Corley on "
            "Tuesday evening.",
            id="the same act of another person named beside him",
        ),
        pytest.param(
            "The Corley mayor Anton Pell stepped down on Tuesday after the council refused to "
            "pay for the harbour repairs.",
            "Pell's resignation letter to the council was read out on Tuesday by his deputy.",
            id="a word of the act naming another noun",
        ),
        pytest.param(
            "The Corley mayor Anton Pell resigned on Tuesday after the council refused to pay "
            "for the harbour repairs.",
            "Protesters demanded that Pell step down on Tuesday outside the town hall.",
            id="the act sought",
        ),
        pytest.param(
            "The Corley mayor Anton Pell resigned on Tuesday after the council refused to pay "
            "for the harbour repairs.",
            "Pell is expected to step down on Tuesday, his deputy told reporters.",
            id="the act to come",
        ),
        pytest.param(
            "Jonas Brell was arrested after a road stop in Corley on Tuesday evening, an "
            "officer said.",
            "Brell's lawyer denied that he had been taken into custody in Corley on Tuesday "
            "evening.",
            id="the act denied",
        ),
    ],
)
def test_an_act_in_other_words_of_another_kind_or_party_or_not_done_is_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORM)
    assert match is None or match.kind != "fact"


# With no day nor year told by either sentence, the act of one named party is read in any
# clause: "The woman told Medlin she believed she was headed to Fayetteville" / "She told
# them she knew the man driving, and were likely headed to Fayetteville".


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The woman was able to give the dispatcher the colour of the van and told him she "
            "believed she was headed to Fennick.",
            "She answered, told them she knew the man driving, and were likely headed to Fennick.",
            id="headed to a place",
        ),
        pytest.param(
            "Once they had a location, harbour police spotted the van, freed the woman and "
            "arrested Brell.",
            "They arrested Jonas Brell and charged him with false imprisonment.",
            id="an arrest told beside other acts",
        ),
    ],
)
def test_one_act_of_one_named_party_with_no_day_told_by_either_is_one_fact(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORM)
    assert match is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Harbour police arrested Jonas Brell at the quay in Corley after a long chase.",
            "Harbour police questioned Jonas Brell at the quay in Corley for three hours.",
            id="another act of the person",
        ),
        pytest.param(
            "Harbour police arrested the skipper Jonas Brell at the quay in Corley.",
            "Harbour police arrested the skipper Karl Ostler at the quay in Corley.",
            id="the same act of another person of the same role",
        ),
        pytest.param(
            "Jonas Brell sold his trawler to a fish merchant from Corley last winter.",
            "Jonas Brell bought a new boat from the Corley yard with the insurance money.",
            id="a rare name shared with two acts",
        ),
        pytest.param(
            "Harbour police plan to arrest Jonas Brell at the quay in Corley.",
            "Harbour police arrested Jonas Brell at the quay in Corley after a long chase.",
            id="the act planned",
        ),
        pytest.param(
            "Harbour police denied they had arrested Jonas Brell at the quay in Corley.",
            "Harbour police arrested Jonas Brell at the quay in Corley after a long chase.",
            id="the act denied",
        ),
        pytest.param(
            "Harbour police arrested Jonas Brell at the quay in Corley in 2019.",
            "Harbour police arrested Jonas Brell at the quay in Corley after a long chase.",
            id="one sentence giving a year",
        ),
        pytest.param(
            "The Corley council decided to close the quay to trawlers for the winter.",
            "The Corley council's decision to sell the quay to the ferry company angered "
            "fishermen.",
            id="two decisions",
        ),
        pytest.param(
            "The harbour report asserted that Brell's firm worked through two shell companies.",
            "The prosecutors asserted that the roots of Brell's firm lay in a small office in "
            "Marlow.",
            id="two assertions",
        ),
    ],
)
def test_an_act_with_no_day_of_another_kind_party_or_occasion_is_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORM)
    assert match is None or match.kind != "fact"
