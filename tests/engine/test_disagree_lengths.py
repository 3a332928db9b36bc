"""The invented folders of :mod:`disagree_length_folders`, run through the whole engine: one
event's length told two ways by two outlets is a disagreement giving both lengths; a
planned length, an earlier event of the kind, a bound, a length so far, two units, two
places' events and a length of another thing are none.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import Folder, marked, reports_its_conflict, reports_no_disagreement
from disagree_length_folders import LENGTH_CONFLICTS, LENGTH_LOOKALIKES
from five_outlets import MakeFolder

from corroborate.engine.text.figures import event_lasted
from corroborate.engine.text.specifics import analyse


@pytest.mark.parametrize("folder", LENGTH_LOOKALIKES, ids=lambda f: f.name)
def test_lengths_of_two_events_moments_or_plans_are_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)


#: The conflicts the engine does not report yet, by folder, and why.
KNOWN_MISSES = {
    "a blackout's length": (
        "a blackout is read as no lasting event: it lasts one length on one street and another "
        "on the next, so two lengths of it are no disagreement the engine can sign"
    ),
    "an operation's length": (
        "'operation' is read as no lasting event: it names a surgery and a police or rescue "
        "operation alike, and a story often tells of both"
    ),
}


@pytest.mark.parametrize(
    "folder",
    marked(LENGTH_CONFLICTS, KNOWN_MISSES),
)
def test_one_events_length_told_two_ways_is_a_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_its_conflict(make_folder, folder)


def _lasted(sentence: str) -> list[str | None]:
    spec = analyse(sentence)
    return [event_lasted(spec, v) for v in spec.values if v.kind == "number"]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("A gunman surrendered, ending an 11-hour standoff.", "standoff"),
        ("The siege, which had lasted 30 hours, ended on Sunday.", "sieg"),
        ("The surgery lasted for 16 hours, the hospital said.", "surgeri"),
    ],
)
def test_a_length_told_against_the_events_noun_is_read_as_its_length(
    sentence: str, event: str
) -> None:
    assert _lasted(sentence) == [event]


@pytest.mark.parametrize(
    "sentence",
    [
        "A gunman held two hostages for 6 hours in Halvick.",  # the hostages', not an event's
        "Transit workers began a 48-hour strike.",  # a story may tell of several strikes
        "Negotiators spoke to the gunman for 11 hours during the standoff.",
        "The 24-hour shop near the standoff stayed open.",
    ],
)
def test_a_length_of_another_thing_than_a_lasting_event_is_not_read(sentence: str) -> None:
    assert not any(_lasted(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Power returned after a blackout that lasted 14 hours.",
        "Some customers endured a 14-hour outage after the storm.",
    ],
)
def test_a_blackouts_length_is_read_as_no_length_of_the_story_it_differs_street_by_street(
    sentence: str,
) -> None:
    assert _lasted(sentence) == [None]  # the figure is read, as no length of an event
