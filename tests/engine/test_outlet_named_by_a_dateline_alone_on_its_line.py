"""A dateline alone on its line names the agency in its brackets, as one opening the story's
first sentence does: "QUARRINGTON, England (Kestrel Wire) --" over the lead. Its place is in
capitals and its dash closes the line; a name with a party or a role in brackets and a
caption's place with its credit name no outlet, and a place alone in capitals (with no region
nor date) names only a newsroom: "OSKAR THALE (Harbour Party) --" is a speaker. All agencies, places and
people here are invented.
"""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

HEADLINE = "Dockers strike at Quarrington after rejecting pay offer"
STORY = (
    "Dockers at Quarrington walked out on Monday after rejecting a 4 percent pay offer, "
    "halting work at the port's two container berths.",
    "The union said the strike would last at least a week unless the port's owners improved "
    "their offer.",
    "About 40 ships were waiting offshore by Monday evening, the harbour master said.",
)


def _outlet(line: str) -> str:
    text = "\n\n".join((HEADLINE, line, *STORY))
    return ingest(RawDocument(text=text), "p01.txt", 0).outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("QUARRINGTON, England (Kestrel Wire) --", "Kestrel Wire"),
        ("QUARRINGTON, England, May 3 (Kestrel Wire) -", "Kestrel Wire"),
        ("QUARRINGTON (Kestrel Wire) —", "Kestrel Wire"),
        ("NEW QUARRINGTON, Orrland (KW) –", "KW"),
        ("QUARRINGTON (Reuters) -", "Reuters"),
        # (without its dash, read as before as the dateline joined to the lead under it)
        ("QUARRINGTON, England (Kestrel Wire)", "Kestrel Wire"),
    ],
)
def test_a_dateline_alone_on_its_line_names_the_agency_in_its_brackets(
    line: str, outlet: str
) -> None:
    assert _outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        # a name and a party, a role or a team in brackets, set off by a dash
        "Oskar Thale (Harbour Party) -",
        "Ana Ruiz (Union Secretary) —",
        # a caption's place in capitals and its credit, with no dash closing the line
        "QUARRINGTON DOCKS (File Photo)",
        # a place alone in capitals (no region, no date) before a name that is no newsroom's:
        # a speaker in capitals, a photo's credit, a version note, a role
        "OSKAR THALE (Harbour Party) --",
        "SEN. MARA VELL (D-Ore.) --",
        "PHOTO (Kestrel Images) -",
        "PHOTO (Getty Images) -",
        "UPDATED (Adds minister's comment) -",
        "QUARRINGTON DOCKS (Ines Varro) --",
        "PRESENTER (Studio) --",
    ],
)
def test_a_line_like_a_dateline_without_its_capitals_or_its_dash_names_no_outlet(
    line: str,
) -> None:
    assert _outlet(line) == "p01"
