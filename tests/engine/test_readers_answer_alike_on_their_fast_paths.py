"""Readers that skip work on most texts answer as they would reading every text in full.

A habit's pattern is searched for only in a piece holding one of the words its forms are
written with, and never skipped where a letter outside ASCII reads as an ASCII one without
case ("ſ" as "s"); a folder's lower-case words are found in its texts read as one, a line
apart; the words beside a figure are remembered by the sentence's text and the figure's
place, so two sentences never share them."""

from __future__ import annotations

import pytest

from corroborate.engine.text import figures
from corroborate.engine.text.figures import same_role
from corroborate.engine.text.people import lower_words
from corroborate.engine.text.specifics import analyse
from corroborate.engine.text.verbs import tells_a_habit


@pytest.mark.parametrize(
    "piece",
    [
        "Ferries USUALLY dock at the east pier of Varnholt.",
        "The Corley council HAS LONG opposed the bridge.",
        "Fishermen cross the lagoon Each Tuesday to sell their catch.",
        "Tessel Valley has been flooded for Decades by the spring melt.",
        "Ferries uſually dock at the east pier of Varnholt.",
        "The council’s repeated warnings went unheeded in Dorrance.",
    ],
)
def test_a_habit_is_read_whatever_the_case_or_letters_it_is_written_in(piece: str) -> None:
    assert tells_a_habit(piece)


@pytest.mark.parametrize(
    "piece",
    [
        "The ferry docked at the east pier of Varnholt on Tuesday.",
        "Ever since the flood, the Corley council has opposed the bridge.",
        "The worst flooding in Tessel Valley for decades closed the road.",
        "A majority that could shape the river council for years was elected.",
    ],
)
def test_a_piece_telling_no_habit_is_read_as_none(piece: str) -> None:
    assert not tells_a_habit(piece)


def test_a_folders_lower_case_words_are_each_texts_own() -> None:
    texts = ["Mayor Anna Brannoch was re-", "elected in Varnholt", "the ferry’s crew", "Corley"]
    found = lower_words(texts)
    assert found == {"was", "re-", "elected", "in", "the", "ferry’s", "crew"}
    assert found == frozenset().union(*(lower_words([text]) for text in texts))


def test_the_words_beside_a_figure_are_each_sentences_own() -> None:
    killed = analyse("The flood killed 12 people in Varnholt on Tuesday.")
    homes = analyse("The flood destroyed 12 homes in Varnholt on Tuesday.")
    killed_again = analyse("Rescuers said the flood killed 12 people in Varnholt.")
    for _ in range(2):  # asked again, from the readings kept
        assert same_role(killed, killed.values[0], killed_again, killed_again.values[0])
        assert not same_role(killed, killed.values[0], homes, homes.values[0])


def test_the_words_beside_a_figure_are_read_again_once_let_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(figures, "KEPT_READINGS", 4)
    left = analyse("The storm destroyed 237 homes in Dorrance.")
    right = analyse("Officials said 237 homes were destroyed in Dorrance.")
    first = same_role(left, left.values[0], right, right.values[0])
    for k in range(figures.KEPT_READINGS + 1):  # more sentences than are kept
        spec = analyse(f"The storm destroyed {k + 1000} homes in Dorrance.")
        same_role(spec, spec.values[0], right, right.values[0])
    assert same_role(left, left.values[0], right, right.values[0]) == first
