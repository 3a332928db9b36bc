"""One act of one named party on one day, told in a clause of each of two sentences, is one
fact: "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek two days
after the storm closed the quay" and "Quell was speaking to reporters after meeting Marek at
the town hall on Monday night" both tell that Quell and Marek met on Monday night
(:func:`corroborate.engine.matching.align._dated_acts`: the act a verb in the past in one, a
word of its family in the other, beside a name both sentences hold and the day both give).
The match is a "fact" backing the sentence the other holds most of. Not one act of two other
parties, nor an act told of another day, nor another act of the person on that day, nor a
denial, nor a question, nor the day of another clause.
"""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.matching.align import _dated_acts


@pytest.mark.parametrize(
    ("text", "days", "past", "found"),
    [
        (
            "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek.",
            {"d:monday"},
            True,
            ("meet", "marek"),
        ),
        (
            "Quell was speaking to reporters after meeting Marek at the town hall on Monday.",
            {"d:monday"},
            False,
            ("meet", "marek"),
        ),
        (
            "Quell was speaking to reporters after meeting Marek at the town hall on Monday.",
            {"d:monday"},
            True,
            None,
        ),
        (
            "Quell met Marek, and the council voted on Monday to close the quay.",
            {"d:monday"},
            True,
            None,
        ),
    ],
)
def test_an_act_is_read_beside_a_name_and_the_day_in_one_clause(
    text: str, days: set[str], past: bool, found: tuple[str, str] | None
) -> None:
    acts = _dated_acts(text, frozenset(days), past)
    if found is None:
        assert ("meet", "marek") not in acts
    else:
        assert found in acts


def test_one_act_of_one_named_party_on_one_day_backs_the_shorter_telling() -> None:
    left = (
        "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek, two days "
        "after gales wrecked the lifeboat station, flooded the fish market and sank nine "
        "trawlers moored in the outer basin."
    )
    right = "Quell was speaking to reporters after meeting Marek at the town hall on Monday night."
    sentences, match = judge(left, right, STORM)
    assert match is not None
    assert match.kind == "fact"
    assert sentences[match.backs].text == right  # the longer sentence tells more than the meeting


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek "
            "two days after the storm closed the quay.",
            "Quell was speaking to reporters after meeting Lena Stroud, the lifeboat "
            "coxswain, at the town hall on Monday night.",
            id="one person, two others met",
        ),
        pytest.param(
            "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek, two "
            "days after gales wrecked the lifeboat station and flooded the fish market.",
            "Petra Quell met the lifeboat coxswain Lena Stroud on Monday night to plan repairs "
            "to the slipway.",
            id="one person met two others, each clause naming its own",
        ),
        pytest.param(
            "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek "
            "two days after the storm closed the quay.",
            "Quell was speaking to reporters after meeting Marek at the town hall on Tuesday "
            "night.",
            id="another day",
        ),
        pytest.param(
            "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek "
            "two days after the storm closed the quay.",
            "Quell was speaking to reporters after inspecting the quay with Marek on Monday night.",
            id="another act of the two that day",
        ),
        pytest.param(
            "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek "
            "two days after the storm closed the quay.",
            "Quell denied she was meeting Marek at the town hall on Monday night.",
            id="a denial",
        ),
        pytest.param(
            "Harbour master Petra Quell met Monday night with the Fennick mayor Ivo Marek "
            "two days after the storm closed the quay.",
            "Was Quell meeting Marek at the town hall on Monday night?",
            id="a question",
        ),
        pytest.param(
            "Harbour master Petra Quell met the Fennick mayor Ivo Marek and the council "
            "closed the quay on Monday night.",
            "Quell was speaking to reporters after meeting Marek at the town hall on Monday night.",
            id="the day of another clause",
        ),
        pytest.param(
            "Harbour master Petra Quell told reporters on Monday night that the quay would stay "
            "closed until the engineers had checked every mooring along the outer basin.",
            "Quell said on Monday night that nine trawlers had sunk at their moorings.",
            id="one speaker's two statements on one day",
        ),
        pytest.param(
            "The Fennick mayor Ivo Marek opened a second shelter at the sports hall on Monday "
            "night as gales wrecked the lifeboat station and flooded the fish market.",
            "Marek closed the seafront road to traffic on Monday night.",
            id="a rare name shared, two acts",
        ),
        pytest.param(
            "Harbour master Petra Quell met Monday night with the deposed mayor Ivo Marek, two "
            "days after gales wrecked the lifeboat station, flooded the fish market and sank "
            "nine trawlers moored in the outer basin.",
            "Supporters of the deposed mayor Ivo Marek marched through Fennick on Monday night.",
            id="a participle describing the person, not an act",
        ),
        pytest.param(
            "The Fennick mayor Ivo Marek visited the flooded fish market on Monday night with "
            "the lifeboat crew and the harbour engineers.",
            "The Marlow mayor Anja Velde visited the flooded station on Monday night.",
            id="one role word, another person",
        ),
    ],
)
def test_a_name_and_a_day_in_common_with_another_act_or_party_are_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORM)
    assert match is None or match.kind != "fact"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Mayor Anton Pell resigned on Tuesday over the harbour repairs.",
            "Protesters in Corley demanded the resignation of Pell on Tuesday outside the town "
            "hall.",
            id="the act sought by others, not done",
        ),
        pytest.param(
            "Storm waves flooded Corley on Tuesday, forcing two hundred people from their homes.",
            "A flood warning for Corley was lifted on Tuesday evening by the weather office.",
            id="a word of the act's family naming another noun",
        ),
        pytest.param(
            "Fennick's flooded harbour was visited by the minister Ruth Ostler on Tuesday.",
            "Ostler's flooding inquiry opened on Tuesday in the town hall, as crews pumped water.",
            id="a participle after a possessive, not an act",
        ),
    ],
)
def test_an_act_sought_or_a_word_describing_a_noun_is_no_dated_act(left: str, right: str) -> None:
    _, match = judge(left, right, STORM)
    assert match is None or match.kind != "fact"


@pytest.mark.parametrize(
    ("text", "past", "act"),
    [
        ("A court in Corley issued an arrest warrant for Brell on Tuesday.", False, "arrest"),
        ("Protesters demanded the resignation of Pell on Tuesday.", False, "resign"),
        ("Residents called for the arrest of Brell on Tuesday.", False, "arrest"),
        ("Fennick's flooded harbour was shown to Ostler on Tuesday.", True, "flood"),
    ],
)
def test_a_sought_act_a_noun_modifier_or_a_possessive_participle_is_read_as_no_act(
    text: str, past: bool, act: str
) -> None:
    acts = {found for found, _ in _dated_acts(text, frozenset({"d:tuesday"}), past)}
    assert not {a for a in acts if a.startswith(act[:4])}


def test_a_gerund_before_a_name_and_a_noun_before_its_day_are_still_acts() -> None:
    met = _dated_acts(
        "Vink spoke to reporters after meeting Pell on Tuesday.", frozenset({"d:tuesday"}), False
    )
    indicted = _dated_acts(
        "A grand jury in Marlow returned an indictment Tuesday against Brell.",
        frozenset({"d:tuesday"}),
        False,
    )
    assert any(act.startswith("meet") for act, _ in met)
    assert any(act.startswith("indict") for act, _ in indicted)


_THE_MEETING = (
    "Harbour master Dora Vink met Tuesday night with the Corley mayor Anton Pell, two days "
    "after gales wrecked the lifeboat station, flooded the fish market and sank nine trawlers "
    "moored in the outer basin."
)


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            "Vink plans to meet Pell at the town hall on Tuesday night, her office told reporters.",
            id="a plan",
        ),
        pytest.param(
            "Vink failed to meet Pell at the town hall on Tuesday night as the ferry was "
            "cancelled.",
            id="an act not done",
        ),
        pytest.param(
            "Vink first met Pell at the town hall on a Tuesday night in 2019, long before the "
            "storm.",
            id="the same weekday of another year",
        ),
        pytest.param(
            "Vink cancelled a meeting with Pell at the town hall on Tuesday night as the gales "
            "grew.",
            id="an act called off",
        ),
    ],
)
def test_an_act_aimed_at_or_of_another_year_is_not_the_act_done_that_day(other: str) -> None:
    _, match = judge(_THE_MEETING, other, STORM)
    assert match is None or match.kind != "fact"


def test_the_meeting_told_after_a_verb_of_speaking_to_reporters_is_still_matched() -> None:
    right = "Vink was speaking to reporters after meeting Pell at the town hall on Tuesday night."
    sentences, match = judge(_THE_MEETING, right, STORM)
    assert match is not None
    assert match.kind == "fact"
    assert sentences[match.backs].text == right
