"""Names: the one reader of the people, places and bodies a sentence mentions (invented text)."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.text import names
from corroborate.engine.text.names import (
    NAME_WORD,
    _name_of,
    is_name_word,
    learn_readings,
    name_runs,
    names_in,
    opening_name,
    place_and_people,
    readings,
    reported_respelled,
    spelling_aliases,
    written_names,
)
from corroborate.engine.text.roles import persons


def test_names_are_capitalised_words_after_the_first_in_any_script() -> None:
    found = names_in("Élodie Durand told the Harlow Herald that Zoë Park had left for Łódź.")
    assert found == {"durand", "harlow", "herald", "zoe", "park", "łodz"}


def test_a_name_spelt_with_or_without_accents_is_one_name() -> None:
    assert names_in("Minister Erdoğan met Zoë Park.") == names_in("Minister Erdogan met Zoe Park.")


def test_a_possessive_is_the_name_and_acronyms_are_names() -> None:
    assert names_in("The bridge was Holloway’s pride, NATO said.") == {"holloway", "nato"}
    assert names_in("Officials of the US and the WHO met.") == {"us", "who"}


@pytest.mark.parametrize("word", ["Monday", "October", "Mr", "Dr", "The", "However", "2026"])
def test_days_months_titles_and_stop_words_are_not_names(word: str) -> None:
    assert not is_name_word(word)


def test_a_roles_title_is_not_a_name_when_the_caller_says_so() -> None:
    assert is_name_word("Mayor") and not is_name_word("Mayor", frozenset({"mayor"}))


def test_runs_of_names_stop_at_punctuation_and_plain_words() -> None:
    runs = name_runs("Renata Holloway met Kim Jong Nam, Tomas Brandt and Mr. Lee Park on Monday.")
    assert list(runs) == [
        ("renata", "holloway"),
        ("kim", "jong", "nam"),
        ("tomas", "brandt"),
        ("lee", "park"),
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [("israel", "israelis"), ("egypt", "egyptian"), ("russia", "russians"),
     ("china", "chinese"), ("iraq", "iraqi"), ("palestine", "palestinian")],
)  # fmt: skip
def test_a_place_and_its_people_are_known_as_one(one: str, other: str) -> None:
    assert place_and_people(one, other)
    assert place_and_people(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [("israel", "israel"), ("adam", "adams"), ("julia", "julie"), ("smith", "smyth"),
     ("iran", "iraqi"), ("kelly", "kelli"), ("france", "francis")],
)  # fmt: skip
def test_two_names_are_not_a_place_and_its_people(one: str, other: str) -> None:
    assert not place_and_people(one, other)


def _runs_word_by_word(text: str) -> tuple[tuple[str, ...], ...]:
    """:func:`name_runs` as plainly written: every word in turn, the text between two
    words ending a run unless it is only spaces."""
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    end = 0
    for match in NAME_WORD.finditer(text):
        if current and text[end : match.start()].strip():
            if len(current) >= 2:
                runs.append(tuple(current))
            current = []
        end = match.end()
        key = _name_of(match.group())
        if key is not None:
            current.append(key)
        else:
            if len(current) >= 2:
                runs.append(tuple(current))
            current = []
    if len(current) >= 2:
        runs.append(tuple(current))
    return tuple(runs)


#: Sentences of names, common words, figures and punctuation in any order.
_NAMEY_TEXT = st.lists(
    st.sampled_from(
        [
            "Elon",
            "Musk",
            "Musk's",
            "Kim",
            "Jong",
            "Nam",
            "Érdoğan",
            "NATO",
            "US",
            "Mr",
            "Dr.",
            "Monday",
            "The",
            "said",
            "the",
            "bridge",
            "it",
            "O'Neill",
            "Hak-soon",
            "3Com",
            "42",
        ]
    ).map(str)
    | st.sampled_from([" ", "  ", ", ", ". ", " - ", "\n", "(", ")", "’s", "_", "—"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NAMEY_TEXT)
def test_name_runs_visiting_only_name_words_are_the_runs_read_word_by_word(text: str) -> None:
    assert name_runs(text) == _runs_word_by_word(text)
    words = NAME_WORD.findall(text)
    assert names_in(text) == frozenset(k for w in words[1:] if (k := _name_of(w)) is not None)


def test_sentences_read_for_their_names_elsewhere_are_read_here_as_they_would_be() -> None:
    texts = [
        "Ferry captain Ilse Varga told the Kessel Bay Courier that Tarrow Lines had known.",
        "Two people died, Commander Ilse Varga said on Tuesday.",
    ]
    here = [(names_in(t), name_runs(t)) for t in texts]
    sent = pickle.loads(pickle.dumps(readings([*texts, texts[0]])))  # as a process sends them
    assert [text for text, _ in sent] == texts  # each text once
    for cached in (names._read, names_in, name_runs):
        cached.cache_clear()
    learn_readings(sent)
    assert [(names_in(t), name_runs(t)) for t in texts] == here
    assert not names._LEARNED  # each taken once, none left over


def test_a_surname_other_articles_spell_with_another_vowel_is_read_as_the_commoner_one() -> None:
    found = spelling_aliases(
        [
            (0, "The talks with Halid Morvadi went on."),
            (1, "Officials said Morvadi had left."),
            (2, "The aides of Halid Murvadi were not there."),
        ],
        persons,
    )
    assert found == {"murvadi": "morvadi"}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Halid Morvadi", "Halid Murvadi", id="one article writes both: two people"),
        pytest.param("Halid Morvadi", "Jamal Murvadi", id="no first name ties them"),
        pytest.param("Halid Tarsino", "Halid Tarsina", id="another last letter: another name"),
        pytest.param("Halid Delmoro", "Halid Dalmera", id="two vowels apart"),
        pytest.param("Halid Tempelo", "Halid Templeo", id="letters apart, not vowels"),
        pytest.param("Halid Morvadi", "Halid Morvidi", id="a spelling the sources disagree on"),
        pytest.param("Halid Marin", "Halid Marin", id="one spelling"),
        pytest.param("Halid Baker", "Halid Boker", id="an English word"),
    ],
)
def test_names_further_apart_or_written_together_are_not_one_name(one: str, other: str) -> None:
    together = other == "Halid Murvadi" and one == "Halid Morvadi" and "Jamal" not in other
    named = [
        (0, f"Officials said {one} had left."),
        (0 if together else 1, f"Aides to {other} left."),
    ]
    assert spelling_aliases(named, persons) == {}


def test_a_first_name_written_two_ways_before_one_surname_is_one_name() -> None:
    # "Mohamed Morsi" / "Mohammed Morsi": a doubled letter, tied by the surname
    found = spelling_aliases(
        [
            (0, "He met Hasanbek Torvald on Monday."),
            (1, "Officials said Hasanbek Torvald left."),
            (2, "The talks with Hassanbek Torvald ended."),
        ],
        persons,
    )
    assert found == {"hassanbek": "hasanbek"}


def test_first_names_written_two_ways_before_other_surnames_are_two_people() -> None:
    found = spelling_aliases(
        [
            (0, "He met Hasanbek Torvald on Monday."),
            (1, "The talks with Hassanbek Lindqvist ended."),
        ],
        persons,
    )
    assert found == {}


def test_a_first_name_the_sources_spell_two_ways_is_a_disagreement_not_one_name() -> None:
    # "Kasimir" / "Kasemir" before one surname is reported as a name spelled two ways,
    # so the matcher must not also read the two spellings as one name.
    named = [(0, "Kasimir Varga opened the hearing."), (1, "Kasemir Varga opened it.")]
    assert reported_respelled("kasimir", "kasemir", first=True)
    assert "kasemir" not in spelling_aliases(named, persons)
    assert "kasimir" not in spelling_aliases(named, persons)


def test_a_reason_names_the_storys_names_as_the_articles_write_them() -> None:
    texts = [
        "The findings appear in the New England Journal of Medicine this week.",
        "Dr. Halvard Osei said the Kettleford Institute would publish the data.",
        "A team led by Osei at the Kettleford Institute followed 900 patients.",
        "Patients, Osei said, were told about the WHO guidance.",
    ]
    keys = ["england", "halvard", "institute", "journal", "kettleford", "osei", "who"]
    # most mentioned first, as most write it; "Halvard" is written beside "Osei", given
    # already; "the" before a name is no part of it, "New" and "of" inside it are
    expected = ["Osei", "Kettleford Institute", "New England Journal of Medicine"]
    assert written_names(keys, texts) == expected
    assert written_names(keys, texts, most=5)[3:] == ["WHO"]
    assert written_names(["brandt"], texts) == []  # a name no text writes


def test_a_name_opening_a_sentence_is_read_apart_from_its_names() -> None:
    assert opening_name("Osei's team said the data were sound.") == "osei"
    assert "osei" not in names_in("Osei's team said the data were sound.")
    assert opening_name("The study followed 900 patients.") is None
    assert opening_name("") is None


def test_a_name_written_mostly_at_the_start_of_sentences_is_given_whole() -> None:
    texts = [
        "Brightwater Lines said the ferry had passed its inspection.",
        "Brightwater Lines suspended the route.",
        "The ferry is run by Brightwater Lines, the company said.",
        "Prime Minister Teodor Halas accepted her resignation.",
        "The party said Halas named a deputy.",
        "The deputy was named by Halas on Friday.",
        "Officials said the ferry was towed back.",  # a first word alone is any sentence's
    ]
    # as most write it: two of three mentions of Halas are his name alone
    assert written_names(["lines", "halas"], texts) == ["Brightwater Lines", "Halas"]
    assert written_names(["halas"], texts[3:4]) == ["Prime Minister Teodor Halas"]
    assert written_names(["officials"], texts) == []


def test_an_of_joins_a_name_only_between_two_capitalised_words() -> None:
    texts = ["The mayor of Harlow spoke to the University of Tessel Valley on Monday."]
    assert written_names(["tessel", "harlow"], texts) == ["University of Tessel Valley", "Harlow"]
    # at a name's end, or before punctuation, it is no part of it
    assert written_names(["kettleford"], ["A friend of Kettleford of, as they say, old."]) == [
        "Kettleford"
    ]
