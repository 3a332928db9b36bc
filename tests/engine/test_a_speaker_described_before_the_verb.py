"""A speaker described between commas right before the verb of saying ("Anna Brannoch, a
farmer in Varnholt, said: …") is who says the sentence, as one described after it is
("…, said Anna Brannoch, a farmer"): one quotation given so to two different people backs
neither, and given to one person, however each sentence describes her, still matches. A
description that is a clause of its own ("Brannoch, who lost her farm, said") or a place
described between commas ("In Varnholt, the worst-hit town, residents said") names no
speaker. The described speaker is read only as who is quoted: the description's words and
name stay what the sentence states, since another outlet may state them as its fact ("The
former Varnholt radio presenter Marta Hensel accused the contractor …")."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge
from corroborate.engine.text.speakers import speaker_names, speaker_spans

SAID = 'Anna Brannoch, a farmer in Varnholt, said: "We lost everything in one night."'


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            'Piet Dorrel, a baker in Varnholt, said: "We lost everything in one night."',
            id="another person described the same way",
        ),
        pytest.param(
            '"We lost everything in one night," Piet Dorrel, the owner of the mill, told reporters.',
            id="another person described after the quotation",
        ),
        pytest.param(
            '"We lost everything in one night," said Piet Dorrel, a baker.',
            id="another person described after the verb",
        ),
    ],
)
def test_one_quotation_given_to_two_described_people_backs_neither(other: str) -> None:
    _, match = judge(SAID, other, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            '"We lost everything in one night," said Anna Brannoch.',
            id="the same person named after the quotation",
        ),
        pytest.param(
            'Anna Brannoch, 54, a farmer, said: "We lost everything in one night."',
            id="the same person described otherwise",
        ),
        pytest.param(
            'Brannoch, a farmer, said: "We lost everything in one night."',
            id="the same person by surname",
        ),
    ],
)
def test_one_quotation_given_to_one_described_person_still_matches(other: str) -> None:
    _, match = judge(SAID, other, FLOOD)
    assert match is not None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(SAID, "Anna Brannoch, a farmer in Varnholt, said", id="opening the sentence"),
        pytest.param(
            '"It rose in an hour," Piet Dorrel, the owner of the mill, told reporters.',
            "Piet Dorrel, the owner of the mill, told reporters",
            id="after a quotation",
        ),
    ],
)
def test_a_speaker_described_between_commas_is_read_with_the_verb(text: str, speaker: str) -> None:
    assert [text[a:b] for a, b in speaker_spans(text, described=True)] == [speaker]


def test_a_described_speaker_is_read_only_as_who_is_quoted() -> None:
    assert speaker_spans(SAID) == ()
    assert {"anna", "brannoch"} <= speaker_names(SAID, described=True)
    assert not {"anna", "brannoch"} & speaker_names(SAID)


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            "The former Varnholt radio presenter Marta Hensel accused the contractor of "
            "wrecking her house.",
            id="her act told with the description as its subject",
        ),
        pytest.param(
            "The former Varnholt radio presenter held a news conference to accuse the "
            "contractor of wrecking her house.",
            id="her act told by the description alone",
        ),
    ],
)
def test_the_description_of_a_speaker_still_backs_a_sentence_telling_her_act(other: str) -> None:
    said = (
        "Marta Hensel, a former radio presenter in Varnholt, said in a news conference "
        "Wednesday that the builder ruined her home."
    )
    _, match = judge(said, other, FLOOD)
    assert match is not None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Brannoch, who lost her farm to the water, said the dam had held.",
            id="a clause describing her",
        ),
        pytest.param(
            "In Varnholt, the worst-hit town, residents said the water rose in an hour.",
            id="a place described between commas",
        ),
    ],
)
def test_a_clause_or_a_place_between_commas_names_no_speaker(text: str) -> None:
    assert not {"brannoch", "varnholt"} & speaker_names(text, described=True)
