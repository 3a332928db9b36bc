"""A headline the page set on three lines is one title, as one set on two is.

A print view or a narrow column breaks a long headline where the width runs out: "Harlow
Bridge Reopens After" / "Two Winters of Repairs to the" / "Damaged Pier". Each line but the
last ends where a headline cannot (on "After", "the", a comma), so the three are one
headline, in title case or in capitals. After "the" or a possessive, the next line is that
word's noun whatever its first word ("Damaged" reads as a verb), and a count's plural
("Two Winters") is no subject with its verb. Look-alikes stay apart: a headline ending on a
word a headline may end on over a second headline with its own verb, and a lead sentence
under a headline of two lines. Every text here is invented.
"""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

STORY = (
    "HARLOW — The town's main bridge reopened to traffic on Monday after a two-year repair, "
    "the council said.",
    "The bridge had been shut since a barge struck one of its piers in 2024.",
    "Crews worked through two winters to replace the damaged pier, engineers said.",
)


def _title(*top: str, joint: str = "\n\n") -> str:
    return ingest(RawDocument(joint.join([*top, *STORY])), "p01.txt", 0).title


THREE_LINES = {
    "after a preposition and a determiner": (
        "Harlow Bridge Reopens After",
        "Two Winters of Repairs to the",
        "Damaged Pier",
    ),
    "after a comma and a determiner": (
        "Harlow Bridge Reopens,",
        "Commuters Cheer as Traffic Returns to the",
        "Old Span",
    ),
    "after two prepositions": (
        "Harlow Bridge Reopens After",
        "Two Years of Repairs With",
        "Crews From Fennick",
    ),
}


@pytest.mark.parametrize("joint", ["\n\n", "\n"], ids=["paragraphs", "lines"])
@pytest.mark.parametrize("case", THREE_LINES)
def test_a_headline_set_on_three_lines_is_one_title(case: str, joint: str) -> None:
    lines = THREE_LINES[case]
    assert _title(*lines, joint=joint) == " ".join(lines)


def test_a_headline_in_capitals_set_on_three_lines_is_one_title() -> None:
    lines = ("HARLOW BRIDGE REOPENS AFTER", "TWO WINTERS OF REPAIRS TO THE", "DAMAGED PIER")
    assert " ".join(lines).lower() == _title(*lines, joint="\n").lower()


def test_a_headline_cut_before_a_counts_plural_is_joined() -> None:
    assert _title("Harlow Bridge Reopens After", "Two Winters of Work") == (
        "Harlow Bridge Reopens After Two Winters of Work"
    )


def test_a_headline_ending_on_after_over_a_count_and_its_verb_is_not_joined() -> None:
    upper, lower = "Harlow Asks What Comes After", "Two Councils Agree to Share the Repair Bill"
    assert _title(upper, lower) in (upper, lower)


def test_a_lead_sentence_under_a_headline_of_two_lines_is_not_joined_to_it() -> None:
    assert _title("Harlow Bridge Reopens After", "Two-Year Repair") == (
        "Harlow Bridge Reopens After Two-Year Repair"
    )
