"""Values told as bounds, spans or approximately that both may be true: two latest days
("by March 10" / "by March 12"), two earliest, a year inside a span or a decade another
outlet gives ("between 1950 and 1955" / "in 1953", "the 1950s" / "1953"), an approximate
year and one near it ("about 1950" / "1951"), a clock time inside a range written with its
unit twice ("between 2 a.m. and 4 a.m." / "3 a.m."). None is a disagreement, while the same
values told exactly, or outside the span, still are.

Every sentence here is invented: its places, works and events."""

from __future__ import annotations

import pytest
from five_outlets import MakeFolder, five_outlets

from corroborate.engine.conflicts.judge import compare

BOTH_MAY_HOLD = [
    pytest.param("The Orrin talks will end by March 10.", "The Orrin talks will end by March 12.",
                 id="two latest days"),
    pytest.param("Work on the Orrin dam will finish before 1999.",
                 "Work on the Orrin dam will finish before 2001.", id="two latest years"),
    pytest.param("The Orrin talks will end no later than March 10.",
                 "The Orrin talks will end no later than March 12.", id="two no-later-thans"),
    pytest.param("The Orrin vote will come no earlier than May 2.",
                 "The Orrin vote will come no earlier than May 5.", id="two earliest days"),
    pytest.param("The Orrin dam was built between 1950 and 1955.",
                 "The Orrin dam was built in 1953.", id="a year inside a span"),
    pytest.param("The Orrin dam was built from 1950 to 1955.", "The Orrin dam was built in 1953.",
                 id="a year inside a span from one year to another"),
    pytest.param("The Orrin dam was built in 1950-55.", "The Orrin dam was built in 1953.",
                 id="a year inside a span with its century left out"),
    pytest.param("The Orrin dam was built in 1950–1955.", "The Orrin dam was built in 1953.",
                 id="a year inside a span written with a dash"),
    pytest.param("The Orrin dam was built in the 1950s.", "The Orrin dam was built in 1953.",
                 id="a year inside a decade"),
    pytest.param("The Orrin dam was built in the early 1950s.",
                 "The Orrin dam was built in 1952.", id="a year inside the early part of a decade"),
    pytest.param("The Orrin dam was built around 1950.", "The Orrin dam was built in 1951.",
                 id="an approximate year and one near it"),
    pytest.param("The Orrin quake struck between 2 a.m. and 4 a.m. on Monday.",
                 "The Orrin quake struck at 3 a.m. on Monday.",
                 id="a clock time inside a range written with its unit twice"),
    pytest.param("Between 20 feet and 30 feet of snow fell on the Orrin pass.",
                 "About 25 feet of snow fell on the Orrin pass.",
                 id="a figure inside a range written with its unit twice"),
]  # fmt: skip

STILL_CONFLICT = [
    pytest.param("The Orrin dam was built in 1950.", "The Orrin dam was built in 1953.",
                 {"1950", "1953"}, id="two exact years"),
    pytest.param("The Orrin dam was built between 1950 and 1955.",
                 "The Orrin dam was built in 1958.", {"1950", "1958"}, id="a year outside a span"),
    pytest.param("The Orrin dam was built in the 1950s.", "The Orrin dam was built in 1963.",
                 {"1950", "1963"}, id="a year outside a decade"),
    pytest.param("The Orrin dam was built in the late 1940s.",
                 "The Orrin dam was built in 1953.", {"1940", "1953"},
                 id="a year outside the late part of a decade"),
    pytest.param("The Orrin talks will end by March 10.", "The Orrin talks will end on March 12.",
                 {"March 10", "March 12"}, id="a latest day and a day after it"),
    pytest.param("The Orrin quake struck at 2 a.m. on Monday.",
                 "The Orrin quake struck at 3 a.m. on Monday.", {"2 a.m.", "3 a.m."},
                 id="two clock times"),
    pytest.param("The Orrin quake struck between 2 a.m. and 4 a.m. on Monday.",
                 "The Orrin quake struck at 5 a.m. on Monday.", {"2 a.m. and 4 a.m.", "5 a.m."},
                 id="a clock time outside a range written with its unit twice"),
    pytest.param("Between 20 feet and 30 feet of snow fell on the Orrin pass.",
                 "About 45 feet of snow fell on the Orrin pass.",
                 {"20 feet and 30 feet", "45 feet"},
                 id="a figure outside a range written with its unit twice"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), BOTH_MAY_HOLD)
def test_bounds_spans_and_approximate_values_that_may_both_hold_are_no_disagreement(
    one: str, other: str
) -> None:
    assert compare(one, other) is None and compare(other, one) is None


@pytest.mark.parametrize(("one", "other", "values"), STILL_CONFLICT)
def test_exact_values_and_values_outside_a_span_still_conflict(
    one: str, other: str, values: set[str]
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and {found.a_words, found.b_words} == values


#: Two outlets' sentences of one story that may both hold, and the story's subject.
IN_A_FOLDER = [
    pytest.param("the Orrin dam", "The Orrin dam was built in the 1950s, officials said.",
                 "The Orrin dam was built in 1953, officials said.", id="a decade and a year"),
    pytest.param("the Orrin dam",
                 "The Orrin dam was built between 1950 and 1955, officials said.",
                 "The Orrin dam was built in 1953, officials said.", id="a span and a year"),
    pytest.param("the Orrin fire",
                 "The Orrin fire broke out between 2 a.m. and 4 a.m. on Monday, officials said.",
                 "The Orrin fire broke out at 3 a.m. on Monday, officials said.",
                 id="a range of clock times and a time inside it"),
]  # fmt: skip


@pytest.mark.parametrize(("topic", "one", "other"), IN_A_FOLDER)
def test_a_span_or_a_range_and_a_value_inside_it_are_no_disagreement_of_the_story(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = five_outlets(make_folder, topic, {0: one, 2: other})
    assert {one, other} <= {s.text for s in analysis.sentences}
    assert [(d.kind, d.detail) for d in analysis.disagreements] == []


def test_one_year_told_two_ways_is_still_a_disagreement_of_the_story(
    make_folder: MakeFolder,
) -> None:
    analysis = five_outlets(
        make_folder,
        "the Orrin dam",
        {0: "The Orrin dam opened in 1950, officials said.",
         2: "The Orrin dam opened in 1953, officials said."},
    )  # fmt: skip
    assert [(d.kind, d.detail) for d in analysis.disagreements] == [("date", "1950 / 1953")]
