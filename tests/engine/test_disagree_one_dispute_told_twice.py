"""One dispute between two outlets told twice by one of them, in two forms of its word: "there
is *no investigation*" in one outlet, "detectives are *investigating* the shooting" and, later,
"detectives ... are conducting an *investigation*" in another is one disagreement, shown once
by the first sentence that tells it. Two disputes of two things between the same two outlets
("no investigation" and "no arrests" / "investigating" and "two men were arrested") stay two.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

from collections.abc import Mapping

from five_outlets import MakeFolder, five_outlets

from corroborate.engine.conflicts.disagree import _key
from corroborate.engine.conflicts.finding import Finding

TOPIC = "the shooting at the Varnholt depot"


def _negations(make_folder: MakeFolder, sentences: Mapping[int, str]) -> list[str]:
    """The negation disagreements the five outlets' reports give, as their two sides."""
    analysis = five_outlets(make_folder, TOPIC, sentences)
    return [d.detail for d in analysis.disagreements if d.kind == "negation"]


def test_one_denial_met_by_two_forms_of_its_word_in_one_outlet_is_one_disagreement(
    make_folder: MakeFolder,
) -> None:
    found = _negations(
        make_folder,
        {
            0: "Police said there is no investigation into the shooting at the Varnholt depot.",
            2: "Detectives are investigating the shooting at the Varnholt depot. The file has "
            "been handed to detectives, who are conducting an investigation into the shooting "
            "at the Varnholt depot.",
        },
    )
    assert found == ["no investigation / investigating"]


def test_two_denials_of_two_things_between_two_outlets_stay_two_disagreements(
    make_folder: MakeFolder,
) -> None:
    found = _negations(
        make_folder,
        {
            0: "Police said there is no investigation into the shooting at the Varnholt depot. "
            "There have been no arrests after the shooting at the Varnholt depot, police said.",
            2: "Detectives are investigating the shooting at the Varnholt depot. Police said "
            "two men have been arrested after the shooting at the Varnholt depot.",
        },
    )
    assert sorted(found) == ["no arrests / arrested", "no investigation / investigating"]


def test_a_findings_words_are_kept_apart_by_their_stems_and_by_their_sources() -> None:
    told = Finding("negation", "no investigation", "investigating", ((0, 1),), ((0, 1),))
    again = Finding("negation", "no investigation", "investigation", ((0, 1),), ((0, 1),))
    other = Finding("negation", "no investigation", "inquiry", ((0, 1),), ((0, 1),))
    assert _key(told, 0, 2) == _key(again, 0, 2)
    assert _key(told, 0, 2) != _key(again, 0, 3)
    assert _key(told, 0, 2) != _key(other, 0, 2)
