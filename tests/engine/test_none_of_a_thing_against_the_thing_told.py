"""A thing said not to exist against the same thing told as there, in other words: "there
is *no investigation*" / "detectives are *investigating* the shooting"; "*no one has filed a
complaint*" / "three residents have made a formal *complaint*" (a conflict). Not when
either side is supposed or planned ("if a witness files a complaint", "poised to launch an
investigation"), when the two things are two of a kind ("no criminal investigation" / "an
internal investigation", a complaint against the driver / one against the bus company, an
earlier crash's inquiry), when "no one" counts a group the other need not be of ("no one
among the passengers"), when both deny it, or when one says how things stood and the other
how they stand. The pairs and folders were written and labelled before the engine read
them.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import Folder, reports_its_conflict, reports_no_disagreement
from five_outlets import MakeFolder

from corroborate.engine.conflicts.judge import compare
from corroborate.engine.conflicts.none_and_some import may_say_none

CONFLICTS = [
    pytest.param(
        "Police said there is no investigation into the shooting at the Varnholt depot.",
        "Detectives are investigating the shooting at the Varnholt depot.",
        {"no investigation", "investigating"},
        id="no investigation and investigating",
    ),
    pytest.param(
        "The council said no one has filed a complaint about the noise from the Tessel quarry.",
        "At least three residents have made a formal complaint about the noise from the "
        "Tessel quarry.",
        {"no one has filed a complaint", "complaint"},
        id="no one has filed a complaint and a formal complaint made",
    ),
    pytest.param(
        "There have been no arrests after the fire at the Orrin mill, police said.",
        "Police said two men have been arrested after the fire at the Orrin mill.",
        {"no arrests", "arrested"},
        id="no arrests and two men arrested",
    ),
    pytest.param(
        "There was no warning before the dam at Kessel burst, villagers said.",
        "Villagers at Kessel had received a warning before the dam burst.",
        {"no warning", "warning"},
        id="no warning and a warning received, both of a time past",
    ),
]

NOT_CONFLICTS = [
    pytest.param(
        "No one has filed a complaint against the driver, police in Varnholt said.",
        "A passenger has filed a complaint against the bus company in Varnholt, police said.",
        id="two complaints against two parties",
    ),
    pytest.param(
        "If no one files a complaint, there will be no investigation into the Varnholt brawl.",
        "If a witness files a complaint, police will investigate the Varnholt brawl.",
        id="a condition on both sides",
    ),
    pytest.param(
        "No one has filed a complaint about the blasting at the Tessel quarry.",
        "Residents would file a complaint about the blasting at the Tessel quarry if it went on.",
        id="a complaint only supposed",
    ),
    pytest.param(
        "There is no investigation into Saturday's crash at the Orrin bridge, police said.",
        "Police said they are investigating an earlier crash at the Orrin bridge.",
        id="an earlier crash investigated",
    ),
    pytest.param(
        "There is no investigation into the crash at the Orrin bridge, police said.",
        "Police investigated a crash at the Orrin bridge in 2019.",
        id="an investigation of another year",
    ),
    pytest.param(
        "No one among the passengers has filed a complaint about the Kessel ferry, the operator "
        "said.",
        "Two crew members have filed a complaint about the Kessel ferry, the operator said.",
        id="two groups of people",
    ),
    pytest.param(
        "There is no investigation into the fire at the Kessel warehouse.",
        "Prosecutors are poised to launch an investigation into the fire at the Kessel warehouse.",
        id="an investigation planned",
    ),
    pytest.param(
        "There is no criminal investigation into the derailment near Varnholt.",
        "The rail company has opened an internal investigation into the derailment near Varnholt.",
        id="two kinds of investigation",
    ),
    pytest.param(
        "There is no investigation into the fire at the Orrin depot.",
        "Police said no investigation has been opened into the fire at the Orrin depot.",
        id="both deny it",
    ),
    pytest.param(
        "There is no investigation into the fire at the Orrin depot, the mayor said.",
        "The mayor denied that an investigation is under way into the fire at the Orrin depot.",
        id="the other sentence denies it with a word",
    ),
    pytest.param(
        "No one had filed a complaint about the Tessel quarry by Friday.",
        "A resident has filed a complaint about the Tessel quarry.",
        id="how things stood against how they stand",
    ),
    pytest.param(
        "There is no investigation into the fire at the Orrin depot, police said.",
        "All four workers at the Orrin depot could face arrest, police said.",
        id="another thing that may happen",
    ),
]


@pytest.mark.parametrize(("one", "other", "values"), CONFLICTS)
def test_none_of_a_thing_against_the_thing_told_as_there_is_a_conflict(
    one: str, other: str, values: set[str]
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and found.kind == "negation"
        assert {found.a_words, found.b_words} == values


@pytest.mark.parametrize(("one", "other"), NOT_CONFLICTS)
def test_none_of_a_thing_against_another_thing_or_one_supposed_is_no_conflict(
    one: str, other: str
) -> None:
    assert compare(one, other) is None
    assert compare(other, one) is None


def test_the_cheap_test_on_the_text_lets_through_every_denial_the_judge_reads() -> None:
    for param in CONFLICTS:
        one, other, _ = param.values
        assert may_say_none(str(one)) or may_say_none(str(other))
    assert not may_say_none("Detectives are investigating the shooting at the Varnholt depot.")


FOLDER_CONFLICTS = (
    Folder(
        "the depot shooting: no investigation and one under way",
        ("no investigation", "investigating"),
        (
            """Shots fired at Varnholt depot

VARNHOLT, May 4 (Meridian Press) — Two shots were fired at the Varnholt bus depot late on Friday, damaging a ticket machine.

Police told the Meridian Press that there is no investigation, because no one has reported a loss.

The depot reopened on Saturday morning.
""",
            """Varnholt depot shooting under investigation

By Ilse Maren, Harlow Herald

Two shots were fired at the bus depot in Varnholt on Friday night, and a ticket machine was damaged.

Detectives are investigating the shooting at the Varnholt depot after a driver reported it.

Buses ran as usual on Saturday.
""",
        ),
    ),
    Folder(
        "the quarry noise: no complaint and a formal complaint",
        ("no one has filed a complaint", "complaint"),
        (
            """Tessel quarry blasting resumes

TESSEL, June 2 (Coastline Daily) — Blasting resumed at the Tessel quarry on Monday after a two-week pause.

A council spokesman said no one has filed a complaint about the noise from the quarry.

The quarry employs 40 people.
""",
            """Residents object to Tessel quarry noise

By Oren Dahl, Valley Ledger

Blasting at the Tessel quarry started again on Monday after two weeks.

At least three residents have made a formal complaint about the noise from the quarry to the council.

The quarry's owner, Brannoch Stone, said blasting would end by four each afternoon.
""",
        ),
    ),
)

FOLDER_LOOKALIKES = (
    Folder(
        "the quarry: two complaints against two parties",
        None,
        (
            """Tessel quarry blasting resumes

TESSEL, June 2 (Coastline Daily) — Blasting resumed at the Tessel quarry on Monday after a two-week pause.

A council spokesman said no one has filed a complaint against the quarry's owner.

The quarry employs 40 people.
""",
            """Tessel quarry reopens

By Oren Dahl, Valley Ledger

Blasting at the Tessel quarry started again on Monday after two weeks.

One driver has filed a complaint against the haulage firm that serves the quarry.

The quarry's owner, Brannoch Stone, said blasting would end by four each afternoon.
""",
        ),
    ),
    Folder(
        "the depot: an investigation only planned",
        None,
        (
            """Fire at Orrin depot

ORRIN, May 4 (Meridian Press) — A fire damaged two buses at the Orrin depot on Friday night.

Police said there is no investigation into the fire at the depot.

The depot reopened on Saturday morning.
""",
            """Orrin depot fire

By Ilse Maren, Harlow Herald

Fire damaged two buses at the Orrin bus depot on Friday night.

Prosecutors are poised to launch an investigation into the fire at the depot, a spokesman said.

Buses ran as usual on Saturday.
""",
        ),
    ),
    Folder(
        "the ferry: no one among the passengers and two of the crew",
        None,
        (
            """Kessel ferry delayed

KESSEL, July 9 (Coastline Daily) — The Kessel ferry was held in port for six hours on Tuesday after an engine fault.

No one among the passengers has filed a complaint, the operator said.

The ferry sailed at noon.
""",
            """Kessel ferry crew object

By Oren Dahl, Valley Ledger

The ferry from Kessel was six hours late on Tuesday after its engine failed.

Two crew members have filed a complaint about the ferry's engine, the operator said.

The ferry left at noon.
""",
        ),
    ),
)


@pytest.mark.parametrize("folder", FOLDER_CONFLICTS, ids=lambda f: f.name)
def test_a_folder_telling_none_of_a_thing_and_the_thing_reports_it(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_its_conflict(make_folder, folder)


@pytest.mark.parametrize("folder", FOLDER_LOOKALIKES, ids=lambda f: f.name)
def test_a_folder_telling_none_of_one_thing_and_another_reports_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)
