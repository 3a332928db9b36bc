from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.text.speakers import speaker_names, speaker_spans, speaker_stems


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two harbour officials at the scene said the ferry sank at noon.",
            {"harbor", "offici", "scene"},
        ),
        ("Fire officials on the site said the ferry sank at noon.", {"fire", "offici", "site"}),
    ],
)
def test_officials_at_the_scene_are_read_as_the_speaker(text: str, speaker: set[str]) -> None:
    assert speaker_stems(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Varga told the judge he had never seen the ferry.",
        "Varga told the jury that the ferry sank at noon.",
        "The skipper told the committee she saw the ferry sink.",
    ],
)
def test_whom_it_was_told_to_in_a_court_or_a_hearing_is_part_of_the_speaker(text: str) -> None:
    found = speaker_stems(text)
    assert found & {"judg", "juri", "committe"}
    assert not found & {"ferri", "sank", "sink", "seen"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In an interview with the Fennick Courier, Varga said the ferry sank.",
            {"interview", "fennick", "courier", "varga"},
        ),
        (
            "During a press conference on Monday, the mayor blamed the captain.",
            {"press", "confer", "monday"},
        ),
    ],
)
def test_where_it_was_said_opening_the_sentence_is_part_of_the_speaker(
    text: str, speaker: set[str]
) -> None:
    assert speaker_stems(text) == speaker


def test_an_opening_that_goes_on_to_tell_something_is_not_taken_for_where_it_was_said() -> None:
    assert speaker_spans("In a statement the ministry blamed the captain, and resigned.") == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A ministry spokesman confirmed to Telvar that the ferry sank.",
            {"ministri", "spokesman", "confirm", "telvar"},
        ),
        (
            "Harbour police confirmed to The Courier that the ferry sank.",
            {"harbor", "polic", "confirm", "courier"},
        ),
    ],
)
def test_confirmed_to_an_outlet_is_a_verb_of_saying(text: str, speaker: set[str]) -> None:
    assert speaker_stems(text) == speaker


def test_confirmed_to_be_is_no_verb_of_saying() -> None:
    assert speaker_spans("The toll was confirmed to be four.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The harbour office declined to comment on the ferry.",
        "Varga refused to comment.",
        "Chief Varga of the harbour police declined to comment on Monday.",
    ],
)
def test_declining_to_comment_tells_nothing_beyond_who_declined(text: str) -> None:
    found = speaker_stems(text)
    assert {"declin", "comment"} <= found or {"refus", "comment"} <= found
    assert "ferri" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank at noon, said Ines Varga, who didn't know any of the crew.",
        "The ferry sank at noon, said Ines Varga, whose brother sailed on it.",
        "The ferry sank at noon, said Ines Varga, who never saw it sink.",
    ],
)
def test_a_clause_about_the_speaker_closing_the_sentence_stays_with_what_it_tells(
    text: str,
) -> None:
    found = speaker_stems(text)
    assert {"ine", "varga"} <= found
    assert not found & {"crew", "brother", "sail", "sink", "know"}


@pytest.mark.parametrize(
    "text",
    [
        "The vote by Fennick lawmakers adds to a trend of closing harbours.",
        "The ruling by the harbour committee added to the cost of the ferry.",
    ],
)
def test_adding_to_something_is_no_verb_of_saying(text: str) -> None:
    assert speaker_spans(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A harbour official told the Fennick Courier on Tuesday that the ferry sank.",
            {"harbor", "offici", "told", "fennick", "courier", "tuesday"},
        ),
        (
            "A ministry spokesman confirmed to Telvar on Friday that the ferry sank.",
            {"ministri", "spokesman", "confirm", "telvar", "friday"},
        ),
    ],
)
def test_the_day_after_whom_it_was_told_to_is_part_of_the_speaker(
    text: str, speaker: set[str]
) -> None:
    assert speaker_stems(text) == speaker


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The ferry sank at noon, said Capt. Ines Varga, chief of the harbour police.",
         {"capt", "ines", "varga"}),
        ("Ines Varga said the ferry sank at noon.", {"ines", "varga"}),
        ("The ferry sank, according to Tomas Brandt.", {"tomas", "brandt"}),
        ("The ferry sank at noon, Fire Chief Tomas Brandt told reporters.",
         {"fire", "chief", "tomas", "brandt"}),
    ],
)  # fmt: skip
def test_the_names_of_who_says_a_sentence_are_read_from_its_speaker_phrase(
    text: str, names: set[str]
) -> None:
    assert speaker_names(text) == names
    assert "ferry" not in speaker_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to Tarrow police, the ferry sank at noon.",
        "The ferry sank at noon, the Port Ellery harbour office said.",
        "The Corley ferry sank at noon, officials said.",
    ],
)
def test_a_place_naming_where_a_source_is_stays_with_what_the_sentence_is_about(
    text: str,
) -> None:
    assert speaker_names(text) == frozenset()


def test_who_declined_to_comment_is_whom_the_sentence_is_about() -> None:
    text = "Mayor Holloway's office declined to comment on the inspection report."
    assert speaker_spans(text)
    assert speaker_names(text) == frozenset()
