"""The one list of verbs of saying, and the stages that read it, on invented sentences."""

from __future__ import annotations

import re

import pytest

from corroborate.engine.text.clock import clocks
from corroborate.engine.text.numbers import dates_a_statement
from corroborate.engine.text.saying import ACCORDING_TO, REPORTS, SAYS, words_pattern
from corroborate.engine.text.specifics import analyse


def test_every_verb_of_saying_is_a_verb_that_reports_a_statement() -> None:
    assert SAYS <= REPORTS


def test_forms_in_s_that_are_more_often_nouns_report_nothing() -> None:
    # "news reports Friday night that…", "the United States said"
    assert not {"reports", "states"} & REPORTS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ferry left at dawn, the harbour office said.", "said"),
        ("Rescuers told the Harlow Courier the quay was safe.", "told"),
        ("Two boats sank, according to the coast guard.", ACCORDING_TO),
        ("The Saidov brothers sailed on Tuesday.", None),
        ("Teller Brandt counted the votes.", None),
    ],
)
def test_a_verb_of_saying_is_found_whole_and_never_inside_a_longer_word(
    text: str, found: str | None
) -> None:
    match = re.search(words_pattern(SAYS | {ACCORDING_TO}), text, re.IGNORECASE)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize("verb", ["said", "announced", "confirmed", "wrote"])
def test_a_day_beside_any_verb_that_reports_dates_the_saying(verb: str) -> None:
    lower = f"the quay reopened , the harbour office {verb} monday".split()
    assert dates_a_statement(lower, len(lower) - 1, len(lower) - 1)


def test_a_day_after_reports_used_as_a_noun_dates_the_event() -> None:
    sentence = "she heard news reports monday night that the quay had reopened"
    lower = sentence.split()
    assert not dates_a_statement(lower, lower.index("monday"), lower.index("monday"))


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The harbour office announced at 4:20 p.m. that the ferry sank.", 0),
        ("The ferry sank at 4:20 p.m., the harbour office said.", 1),
    ],
)
def test_a_clock_time_beside_a_verb_that_reports_is_the_statements(text: str, times: int) -> None:
    assert len(clocks(analyse(text))) == times
