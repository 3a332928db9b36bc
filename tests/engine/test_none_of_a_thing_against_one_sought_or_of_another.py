"""A thing said not to exist is set against the thing told as there in other wordings too
("there has been *no arrest*" / "police have *arrested* a contractor", "*no one has lodged an
appeal*" / "a walkers' group has lodged an appeal"), but never against the thing only sought
("walkers are *demanding* an investigation", "*calling for* a public inquiry", "*seeking* an
explanation", "*looking for* a link", "*awaiting* a report"), against another thing of its
name (an investigation of another party, a hospital of another place, a complaint against a
firm *that* serves the place), or against it on another day. One outlet's denial set against
two sentences of another outlet telling the thing, one as a verb and one as a noun, is one
dispute, shown once.

Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest
from five_outlets import MakeFolder

from corroborate.engine import analyze, conflicts_of, summarize, to_markdown
from corroborate.engine.conflicts.judge import compare
from corroborate.engine.conflicts.none_and_some import may_say_none, none_against_some
from corroborate.engine.text.specifics import analyse

TOLD_AS_THERE = [
    pytest.param(
        "There has been no arrest over the collapse of the Dunmere footbridge in Marrowick.",
        "Police have arrested a contractor over the collapse of the Dunmere footbridge in "
        "Marrowick.",
        id="no arrest and a contractor arrested",
    ),
    pytest.param(
        "No one has lodged an appeal against the closure of the riverside path in Marrowick.",
        "A walkers' group has lodged an appeal against the closure of the riverside path in "
        "Marrowick.",
        id="no one has lodged an appeal and an appeal lodged",
    ),
    pytest.param(
        "There is no criminal investigation into the collapse of the Dunmere footbridge, the "
        "council said.",
        "Police are investigating the collapse of the Dunmere footbridge, the council said.",
        id="no criminal investigation and police investigating",
    ),
]

SOUGHT_OR_ANOTHER = [
    pytest.param(
        "There is no investigation into the collapse of the Dunmere footbridge, walkers said.",
        "Walkers are demanding an investigation into the collapse of the Dunmere footbridge.",
        id="an investigation demanded",
    ),
    pytest.param(
        "There is no public inquiry into the collapse of the Dunmere footbridge, walkers said.",
        "Walkers are calling for a public inquiry into the collapse of the Dunmere footbridge.",
        id="an inquiry called for",
    ),
    pytest.param(
        "No one has offered an explanation for the collapse of the Dunmere footbridge.",
        "Walkers are seeking an explanation for the collapse of the Dunmere footbridge.",
        id="an explanation sought",
    ),
    pytest.param(
        "There is no link between the Dunmere footbridge collapse and the Corley flood, "
        "engineers said.",
        "Engineers are looking for a link between the Dunmere footbridge collapse and the "
        "Corley flood.",
        id="a link looked for",
    ),
    pytest.param(
        "There is no report on the collapse of the Dunmere footbridge, the council said.",
        "The council is awaiting a report on the collapse of the Dunmere footbridge.",
        id="a report awaited",
    ),
    pytest.param(
        "There is no investigation into the Marrowick council over the Dunmere footbridge "
        "collapse, police said.",
        "Police are investigating the Vellum Build company over the Dunmere footbridge "
        "collapse, police said.",
        id="another party investigated",
    ),
    pytest.param(
        "There is no hospital in Marrowick, so the walkers from the Dunmere footbridge went "
        "elsewhere.",
        "The walkers from the Dunmere footbridge are in the hospital in Corley.",
        id="a hospital of another place",
    ),
    pytest.param(
        "No one has filed a complaint against the Tessel quarry's owner, the council said.",
        "One driver has filed a complaint against the haulage firm that serves the Tessel "
        "quarry, the council said.",
        id="a complaint against a firm that serves the place",
    ),
]


@pytest.mark.parametrize(("one", "other"), TOLD_AS_THERE)
def test_none_of_a_thing_against_the_thing_told_in_other_wordings_is_a_conflict(
    one: str, other: str
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and found.kind == "negation"


@pytest.mark.parametrize(("one", "other"), SOUGHT_OR_ANOTHER)
def test_none_of_a_thing_against_the_thing_sought_or_another_of_its_name_is_no_conflict(
    one: str, other: str
) -> None:
    assert compare(one, other) is None
    assert compare(other, one) is None


def test_none_of_a_thing_on_one_day_against_the_thing_on_another_is_no_conflict() -> None:
    # two days, each named: the denial may have held on the first and the thing on the other
    none = "On Monday there was no investigation into the Dunmere footbridge collapse."
    some = "By Wednesday police were investigating the Dunmere footbridge collapse."
    assert compare(none, some) is None and compare(some, none) is None
    same_day = "On Monday police were investigating the Dunmere footbridge collapse."
    found = compare(none, same_day)
    assert found is not None and found.kind == "negation"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"], ids=["straight", "curly"])
def test_there_s_no_with_either_apostrophe_is_read_as_there_is_no(apostrophe: str) -> None:
    none = (
        f"There{apostrophe}s no investigation into the Dunmere footbridge collapse, walkers said."
    )
    some = "Police are investigating the Dunmere footbridge collapse, walkers said."
    assert may_say_none(none)  # so a pair the matcher found only loosely alike is judged
    found = none_against_some(analyse(none), analyse(some))
    assert found is not None and found.a_words == "no investigation"


DENIAL = """Footbridge falls in Marrowick

MARROWICK, March 3 (Ostel Wire) — The Dunmere footbridge collapsed into the Ostel river on Monday evening, and four walkers fell into the water.

A council spokesman told the Ostel Wire that there is no investigation into the collapse of the footbridge.

Rescuers pulled all four walkers from the river within an hour.
"""

TOLD_TWICE = """Dunmere footbridge collapse investigated

By Petra Laine, Corley Courier

The Dunmere footbridge gave way on Monday evening, dropping four walkers into the Ostel river.

Police are investigating the collapse of the footbridge, a council spokesman said.

Rescuers pulled all four walkers from the river within an hour.

Engineers from the council are conducting an investigation into the collapse of the footbridge alongside the police.
"""


def test_one_denial_against_the_thing_told_as_a_verb_and_as_a_noun_is_one_dispute_shown_once(
    make_folder: MakeFolder,
) -> None:
    analysis = analyze(make_folder({"01-report.txt": DENIAL, "02-report.txt": TOLD_TWICE}))
    pairs = [d for d in analysis.disagreements if d.kind == "negation"]
    assert {d.b_value for d in pairs} == {"investigating", "investigation"}
    (conflict,) = [c for c in conflicts_of(analysis) if c.kind == "negation"]
    assert conflict.detail == "no investigation / investigating"
    assert len(conflict.sides) == 3 and len(conflict.pairs) == 2
    report = to_markdown(summarize(analysis))
    assert report.count("One says the opposite") == 1
    assert "**investigation**" in report  # the second sentence is shown under the one entry
