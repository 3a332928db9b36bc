"""Outlet names that hold a comma of their own ("Smith, Jones & Co", "Times, The") are not
read as two outlets where the report lists outlets: such lists are parted by semicolons."""

from __future__ import annotations

import re

import pytest

from corroborate.engine import (
    Corrections,
    analyze,
    apply_corrections,
    dispute_notes,
    joined,
    listed,
    rename_outlet,
    summarize,
    to_json,
    to_markdown,
)
from corroborate.engine.report.render import support_line
from corroborate.resources import sample_story

COMMA_NAMES = {
    "01-bridge-collapses-into-tessel.txt": "Smith, Jones & Co",
    "03-bus-cars-plunge-into-river.txt": "Times, The",
}


def test_names_without_a_comma_are_parted_by_commas_as_before() -> None:
    assert joined(["CNN", "Reuters", "AP"]) == "CNN, Reuters, AP"
    assert listed(["CNN", "Reuters", "AP"]) == "CNN, Reuters and AP"
    assert joined([]) == "" and joined(["CNN"]) == "CNN"


def test_a_list_holding_one_name_with_a_comma_parts_every_name_by_semicolons() -> None:
    assert joined(["Times, The", "Reuters", "AP"]) == "Times, The; Reuters; AP"
    assert joined(["Reuters", "Smith, Jones & Co"]) == "Reuters; Smith, Jones & Co"
    assert listed(["Times, The", "Reuters", "AP"]) == "Times, The; Reuters and AP"
    # two names read apart by their "and" already
    assert listed(["Times, The", "Reuters"]) == "Times, The and Reuters"


def test_the_support_line_and_the_dispute_notes_part_comma_names_by_semicolons() -> None:
    line = support_line(3, ("Times, The", "Reuters", "Smith, Jones & Co"), 4)
    assert line == "— 3 of 4 outlets: Times, The; Reuters; Smith, Jones & Co"
    notes = dispute_notes(("Times, The", "AP"), ("Smith, Jones & Co", "Reuters"))
    assert notes == [
        "disputed by Times, The; AP",
        "other sentences of Smith, Jones & Co; Reuters say otherwise",
    ]


@pytest.fixture(scope="module")
def renamed_summary():
    corrections = Corrections()
    for file, outlet in COMMA_NAMES.items():
        corrections = rename_outlet(corrections, [file], outlet)
    return summarize(apply_corrections(analyze(sample_story()), corrections))


def test_the_report_lists_outlets_named_with_a_comma_apart_with_semicolons(
    renamed_summary,
) -> None:
    markdown = to_markdown(renamed_summary)
    lines = [line for line in markdown.splitlines() if re.match(r"^\s*— \d+ of \d+ outlets:", line)]
    with_comma_names = [line for line in lines if "Jones" in line or "Times" in line]
    assert with_comma_names, "the renamed outlets back summary sentences"
    for line in with_comma_names:
        named = line.split("outlets: ", 1)[1]
        assert ", " not in named.replace("Smith, Jones", "").replace("Times, The", "")
        assert "; " in named or named.count(",") == 1
    # a list of outlets without such a name keeps its commas
    assert all(
        ";" not in line.split("outlets: ", 1)[1]
        for line in lines
        if "Jones" not in line and "Times" not in line
    )
    # the JSON keeps each outlet whole as an item of its own
    outlets = {o for entry in to_json(renamed_summary)["summary"] for o in entry["outlets"]}
    assert set(COMMA_NAMES.values()) <= outlets
