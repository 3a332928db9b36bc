"""A running count told with its earlier figure: "the fire destroyed 480 homes, *up from
237* on Tuesday". The rule: the base of the change is the same count at an earlier time,
so another outlet giving that figure ("the fire has destroyed 237 homes") tells the count
as it stood then (a report out of date, not two outlets disagreeing), while an outlet
giving a third figure ("510 homes") is set against the later count. The pairs and the
folders were written and labelled before the engine read them.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import Folder, reports_its_conflict, reports_no_disagreement
from five_outlets import MakeFolder

from corroborate.engine.conflicts.judge import compare

_RISEN = "The fire destroyed 480 homes in Varnholt, up from 237 on Tuesday, officials said."

NOT_CONFLICTS = [
    pytest.param(
        _RISEN,
        "The fire has destroyed 237 homes in Varnholt, officials said.",
        id="the earlier count told alone",
    ),
    pytest.param(
        _RISEN,
        "The fire had destroyed 237 homes in Varnholt by Tuesday, officials said.",
        id="the earlier count told with its day",
    ),
    pytest.param(
        "The death toll from the Varnholt fire rose to 12 on Wednesday from nine on Tuesday.",
        "Nine people died in the Varnholt fire, officials said.",
        id="a toll's earlier figure told alone",
    ),
    pytest.param(
        _RISEN,
        "The fire destroyed 237 barns in Varnholt, officials said.",
        id="the earlier figure of another thing",
    ),
]

CONFLICTS = [
    pytest.param(
        _RISEN,
        "The fire has destroyed 510 homes in Varnholt, officials said.",
        {"480", "510"},
        id="a third figure against the later count",
    ),
    pytest.param(
        "The fire destroyed 480 homes in Varnholt by Wednesday, up from 237 on Tuesday, "
        "officials said.",
        "The fire had destroyed 510 homes in Varnholt by Wednesday, officials said.",
        {"480", "510"},
        id="one day's count told two ways beside an earlier one",
    ),
]


@pytest.mark.parametrize(("one", "other"), NOT_CONFLICTS)
def test_a_count_and_its_earlier_figure_told_by_another_outlet_are_no_conflict(
    one: str, other: str
) -> None:
    assert compare(one, other) is None
    assert compare(other, one) is None


@pytest.mark.parametrize(("one", "other", "values"), CONFLICTS)
def test_a_third_figure_is_set_against_the_later_count(
    one: str, other: str, values: set[str]
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and {found.a_words, found.b_words} == values


_FIRST_REPORT = """Varnholt fire destroys 480 homes

VARNHOLT, Aug. 14 (Meridian Press) — The forest fire near Varnholt destroyed 480 homes by Wednesday, up from 237 on Tuesday, officials said.

About 2,000 people have left the town, and firefighters from three regions are at the fire line.

"The wind is our enemy," fire chief Ola Brenner said.
"""


def _second(homes: str) -> str:
    return f"""Homes lost as Varnholt fire spreads

By Ines Dahl, Harlow Herald

The forest fire near Varnholt has destroyed {homes} homes, officials said.

About 2,000 people have left the town, and fire chief Ola Brenner said the wind was driving the flames.
"""


def test_a_folder_whose_second_outlet_gives_the_earlier_count_reports_no_disagreement(
    make_folder: MakeFolder,
) -> None:
    folder = Folder("the earlier count by another outlet", None, (_FIRST_REPORT, _second("237")))
    reports_no_disagreement(make_folder, folder)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "'destroyed 480 homes by Wednesday, up from 237 on Tuesday' / 'has destroyed 510 homes': "
        "a count dated 'by Wednesday' is not set against an undated running count, which may "
        "be a later day's (the same pair with 'on Wednesday', or with no day, is reported)"
    ),
)
def test_a_folder_whose_second_outlet_gives_a_third_count_reports_it(
    make_folder: MakeFolder,
) -> None:
    folder = Folder(
        "a third count by another outlet", ("480", "510"), (_FIRST_REPORT, _second("510"))
    )
    reports_its_conflict(make_folder, folder)
