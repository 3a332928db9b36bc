"""Figures of one story that look like one count told two ways but are not: two figures each
said under its own condition ("if the river rises another metre" / "if it rises two more
metres"), and a count that can still grow told as it stands on two days ("has killed at
least 12, police said Tuesday" / "at least 19, police said Thursday"; "as of Monday" / "as
of Wednesday"; "the toll stood at 12 on Tuesday" / "at 19 on Thursday"; "nine are still
missing"), and a count of an occasion a time ago that opens its sentence ("A decade ago, a
similar storm killed 40"). None is reported; two figures under one condition, and a count
told as it stands on one day or with no day at all, still are, as is one event dated two
ways.

Every folder here is five invented articles by five invented outlets about an invented
event; only the sentences a test sets differ (:mod:`five_outlets`)."""

from __future__ import annotations

import pytest
from five_outlets import MakeFolder, five_outlets

from corroborate.engine import Analysis
from corroborate.engine.text.specifics import analyse, condition_of

#: Two sentences of two outlets, each giving a figure under a condition of its own.
TWO_CONDITIONS = [
    pytest.param(
        "the flood in Varnholt",
        "If the river rises another metre, 300 families will have to leave Varnholt.",
        "If the river rises two more metres, 800 families will have to leave Varnholt.",
        id="one river risen by two heights",
    ),
    pytest.param(
        "the Kestra election",
        "If turnout tops 60 percent, Ilse Varga would win by 5,000 votes, pollsters said.",
        "If turnout stays below 40 percent, Ilse Varga would lose by 2,000 votes, pollsters said.",
        id="two turnouts and what each would bring",
    ),
    pytest.param(
        "the strike at Kessel port",
        "Shipping losses would reach 40 million euros if the strike lasts a week, the port said.",
        "Shipping losses would reach 90 million euros if the strike lasts a month, the port said.",
        id="a condition after its figure",
    ),
]

#: Two sentences of two outlets giving a count as it stood on two days.
TWO_MOMENTS = [
    pytest.param(
        "the flood in Varnholt",
        "The flood has killed at least 12 people in Varnholt, police said Tuesday.",
        "The flood has killed at least 19 people in Varnholt, police said Thursday.",
        id="a toll in the perfect said on two days",
    ),
    pytest.param(
        "the Tarsk mine fire",
        "The fire has burned 400 hectares near Tarsk, firefighters said on Friday.",
        "The fire has burned 650 hectares near Tarsk, firefighters said on Saturday.",
        id="an area burned said on two days",
    ),
    pytest.param(
        "the measles outbreak in Orrin",
        "Health officials have confirmed 41 cases of measles in Orrin as of Monday.",
        "Health officials have confirmed 57 cases of measles in Orrin as of Wednesday.",
        id="cases as of two days",
    ),
    pytest.param(
        "the measles outbreak in Orrin",
        "As of Monday, health officials had confirmed 41 measles cases in Orrin.",
        "On Wednesday, health officials confirmed 57 measles cases in Orrin.",
        id="cases as of one day and on another",
    ),
    pytest.param(
        "the flood in Varnholt",
        "The flood destroyed 480 homes in Varnholt on Monday.",
        "The flood has destroyed 600 homes in Varnholt, officials said Wednesday.",
        id="one day's count and the count as it stood two days later",
    ),
    pytest.param(
        "the flood in Varnholt",
        "The death toll stood at 12 on Tuesday, police said.",
        "The death toll stood at 19 on Thursday, police said.",
        id="a toll's level on two days",
    ),
    pytest.param(
        "the flood in Varnholt",
        "Twelve people are still missing in Varnholt, officials said Tuesday.",
        "Nine people are still missing in Varnholt, officials said Thursday.",
        id="those still missing said on two days",
    ),
    pytest.param(
        "the flood in Varnholt",
        "Twelve people have died in Varnholt since Monday, police said Tuesday.",
        "Nineteen people have died in Varnholt since Monday, police said Thursday.",
        id="the dead since one day said on two later days",
    ),
]

#: Two sentences of two outlets, one counting an earlier occasion it opens on.
EARLIER_OCCASION = [
    pytest.param(
        "the storm in Valmora",
        "A decade ago, a similar storm killed 40 people in Dalby.",
        "The storm killed 12 people in Dalby on Monday.",
        id="a decade ago opening the sentence",
    ),
    pytest.param(
        "the storm in Valmora",
        "Two years ago, the river flooded 300 homes in Dalby.",
        "The river flooded 120 homes in Dalby on Monday.",
        id="two years ago opening the sentence",
    ),
]

#: Two sentences of two outlets that disagree, and the kind and values reported.
STILL_TOLD_TWO_WAYS = [
    pytest.param(
        "the flood in Varnholt",
        "If the dam fails, 400 homes would be flooded in Varnholt, engineers said.",
        "If the dam fails, 900 homes would be flooded in Varnholt, engineers said.",
        ("number", "400 / 900"),
        id="two figures under one condition",
    ),
    pytest.param(
        "the flood in Varnholt",
        "The flood has killed at least 12 people in Varnholt, police said Tuesday.",
        "The flood has killed at least 19 people in Varnholt, police said Tuesday.",
        ("number", "12 / 19"),
        id="a toll in the perfect said on one day",
    ),
    pytest.param(
        "the measles outbreak in Orrin",
        "Health officials have confirmed 41 cases of measles in Orrin as of Monday.",
        "Health officials have confirmed 57 cases of measles in Orrin as of Monday.",
        ("number", "41 / 57"),
        id="cases as of one day",
    ),
    pytest.param(
        "the flood in Varnholt",
        "The flood has killed 12 people in Varnholt.",
        "The flood has killed 19 people in Varnholt.",
        ("number", "12 / 19"),
        id="a toll in the perfect with no day",
    ),
    pytest.param(
        "the Kestra election",
        "On Sunday in Kestra, voters chose Ilse Varga as mayor.",
        "On Monday in Kestra, voters chose Ilse Varga as mayor.",
        ("date", "Sunday / Monday"),
        id="one vote dated two ways",
    ),
]


def _pair(make_folder: MakeFolder, topic: str, one: str, other: str) -> Analysis:
    """Five outlets' reports of *topic*, the first giving *one*, the third *other*, both read
    into articles of two sources."""
    sentences = {0: one, 2: other}
    analysis = five_outlets(make_folder, topic, sentences)
    assert set(sentences.values()) <= {s.text for s in analysis.sentences}
    assert len(analysis.groups) == len(analysis.articles)
    return analysis


@pytest.mark.parametrize(("topic", "one", "other"), TWO_CONDITIONS)
def test_two_figures_each_under_its_own_condition_are_no_disagreement(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == []


@pytest.mark.parametrize(("topic", "one", "other"), TWO_MOMENTS)
def test_a_count_as_it_stands_told_on_two_days_is_no_disagreement(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == []


@pytest.mark.parametrize(("topic", "one", "other"), EARLIER_OCCASION)
def test_a_count_of_an_occasion_years_ago_opening_its_sentence_is_no_disagreement(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == []


@pytest.mark.parametrize(("topic", "one", "other", "found"), STILL_TOLD_TWO_WAYS)
def test_one_condition_one_day_or_no_day_still_leaves_a_disagreement(
    make_folder: MakeFolder, topic: str, one: str, other: str, found: tuple[str, str]
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == [found]


def test_a_condition_is_read_with_its_own_figures_and_never_with_the_figure_it_sets() -> None:
    spec = analyse("If the river rises two more metres, 800 families will have to leave.")
    figure = next(v for v in spec.values if v.tag == "n:800")
    told = condition_of(spec, figure.first)
    assert told is not None
    assert {"river", "rise", "n:2"} <= told
    assert "n:800" not in told and "famili" not in told


def test_a_figure_said_plainly_has_no_condition() -> None:
    spec = analyse("The flood forced 300 families to leave Varnholt, officials said.")
    figure = next(v for v in spec.values if v.tag == "n:300")
    assert condition_of(spec, figure.first) is None
