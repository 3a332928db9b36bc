from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.text.speakers import speaker_spans, speaker_stems


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The council is wasting money,” the Fennick Courier newspaper said in an editorial.",
            {"fennick", "courier", "newspap", "editori"},
        ),
        (
            "The state news agency Telvar reported that the ferry had sunk.",
            {"state", "news", "agenc", "telvar", "report"},
        ),
        (
            "The ferry sank, a police spokesman told reporters on Monday.",
            {"polic", "spokesman", "told", "report", "monday"},
        ),
        ("Officials at the ministry said the ferry had sunk.", {"offici", "ministri"}),
        (
            "The ferry sank, according to a statement from the Tarrow ministry.",
            {"statement", "tarrow", "ministri"},
        ),
        (
            "The ferry sank at noon, said Capt. Ines Varga, chief of the harbour police.",
            {"capt", "ine", "varga", "chief", "harbor", "polic"},
        ),
        ("The skipper told investigators that the ferry sank at noon.", {"told", "investig"}),
        (
            "The ferry sank at noon, said harbour spokesman Ines Varga, a longtime pilot.",
            {"harbor", "spokesman", "ine", "varga", "longtim", "pilot"},
        ),
    ],
)
def test_the_phrase_telling_who_says_a_sentence_is_read_whatever_its_head(
    text: str, speaker: set[str]
) -> None:
    assert speaker_stems(text) == speaker
    assert "ferri" not in speaker_stems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two deaths were reported in the old town.",
        "He said the company would close the plant.",
        "Police arrested the newspaper's editor and two agency reporters.",
    ],
)
def test_what_a_sentence_states_is_never_taken_for_its_speaker(text: str) -> None:
    assert not speaker_stems(text) & {"death", "compani", "plant", "polic", "newspap", "agenc"}


def test_a_speaker_word_said_elsewhere_in_the_sentence_stays_with_what_it_states() -> None:
    text = "The newspaper printed a correction, the Fennick Courier newspaper said."
    assert "newspap" not in speaker_stems(text)
    ((start, end),) = speaker_spans(text)
    assert text[start:end] == "the Fennick Courier newspaper said"


@pytest.mark.parametrize(
    "text",
    [
        "The self-reported toll rose to four, officials said.",
        "It was a well-told tale of the flood, the Fennick Courier newspaper reported.",
        "Officials said the under-reported losses were large.",
    ],
)
def test_a_verb_of_saying_inside_a_hyphenated_word_is_no_speaker_phrase(text: str) -> None:
    found = speaker_stems(text)
    assert "offici" in found or "newspap" in found
    assert not found & {"toll", "tale", "loss", "self", "under"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry said on Monday Varga had resigned.", {"ministri", "monday"}),
        ("Officials said in a statement Varga had resigned.", {"offici", "statement"}),
        (
            "The agency reported on Tuesday Fennick Harbour would close.",
            {"agenc", "report", "tuesday"},
        ),
        (
            "The harbour office said in a statement Thursday that Varga had resigned.",
            {"harbor", "offic", "statement", "thursday"},
        ),
    ],
)
def test_a_name_after_where_and_when_it_was_said_is_what_the_sentence_tells(
    text: str, speaker: set[str]
) -> None:
    assert speaker_stems(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Police named the two suspects, Tarik Mahmoud Said Hemed and Rasa Noor.",
        "The first ferries of the season left from Port Said for Tarrow.",
        "Judges cleared Anwar Says Lemko of any part in the Fennick fraud.",
    ],
)
def test_a_capitalised_said_inside_a_sentence_is_a_name_not_a_verb(text: str) -> None:
    assert speaker_stems(text) == frozenset()


def test_a_capitalised_said_opening_what_it_tells_is_still_a_verb() -> None:
    assert speaker_stems("“We will rebuild the pier.” Said officials at the harbour office.")


_SAYING_TEXT = st.lists(
    st.sampled_from(
        ["said", "Said", "says", "told", "reported", "according", "to", "self-reported",
         "in", "a", "statement", "on", "Monday", "the", "ministry", "Varga", ",", ".", "—",
         "“", "”", '"', "officials", "police", "newspaper", "it", "was", "not", "-", ":"]
    ),
    max_size=30,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(_SAYING_TEXT, st.text(max_size=200)))
def test_any_text_has_speaker_spans_inside_it_and_never_raises(text: str) -> None:
    spans = speaker_spans(text)
    assert all(0 <= start <= end <= len(text) for start, end in spans)
    assert isinstance(speaker_stems(text), frozenset)
