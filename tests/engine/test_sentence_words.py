"""One tokenisation of a sentence, read by every stage: a part of it reads as it would alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corroborate.engine.matching.align import _statements
from corroborate.engine.text.segment import WORD, sentence_words, words_between
from corroborate.engine.text.specifics import analyse


def test_a_sentence_is_read_into_its_words_and_where_each_stands() -> None:
    text = "The U.S. ferry carried 1,200 people, officials said."
    read = sentence_words(text)
    assert read.words == ("The", "U.S.", "ferry", "carried", "1,200", "people", "officials", "said")
    assert [text[a:b] for a, b in zip(read.starts, read.ends, strict=True)] == list(read.words)


def test_a_figure_cut_at_its_comma_is_read_as_the_part_alone_reads_it() -> None:
    text = "The ferry carried 1,200 people"
    cut = text.index(",")
    assert words_between(text, 0, cut) == ("The", "ferry", "carried", "1")
    assert words_between(text, cut + 1, len(text)) == ("200", "people")


@given(st.text(alphabet="aU1_,.-'’% \u00e9", max_size=60))
def test_each_word_stands_where_the_word_reader_found_it(text: str) -> None:
    read = sentence_words(text)
    spans = [match.span() for match in WORD.finditer(text)]
    assert list(zip(read.starts, read.ends, strict=True)) == spans


@given(
    st.text(alphabet="ab1,.-' U", max_size=40),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_any_part_of_a_sentence_has_the_words_it_has_alone(text: str, i: int, j: int) -> None:
    start, end = sorted((min(i, len(text)), min(j, len(text))))
    assert words_between(text, start, end) == tuple(WORD.findall(text[start:end]))


def test_a_hyphenated_word_split_at_and_is_read_as_its_parts_alone_read() -> None:
    # no verb after "and": one clause, its two parts joined by "and"
    assert _statements("Harlow police saw the hit-and-run wreck.") == (
        ("Harlow", "police", "saw", "the", "hit", "and", "run", "wreck"),
    )
    # a verb after it: two clauses
    assert _statements("A hit-and-run driver fled the quay.") == (
        ("A", "hit"),
        ("run", "driver", "fled", "the", "quay"),
    )


def test_the_specifics_reader_holds_the_sentences_own_words() -> None:
    text = "Divers found 12 survivors, the harbour office said on Monday."
    assert tuple(t.text for t in analyse(text).tokens) == sentence_words(text).words
