"""Headlines stacked on a page that are two headlines, not one cut in two; a kicker's headline
over a shorter standfirst; story sentences that open like a scene's caption but go on past it.
Invented pages (Vellmouth Gazette, Tarsk, Harlow)."""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.furniture import furniture_lines
from corroborate.engine.text.ingest import ingest

STORY = (
    "VELLMOUTH — A passenger ferry sank off the Vellmouth harbour wall on Monday after striking "
    "rocks in heavy fog, the coastguard said.",
    "All 46 passengers and six crew were pulled from the water by lifeboats and fishing boats "
    "within an hour.",
    "Investigators will examine whether the vessel's radar was working, the maritime agency said.",
)


def _title(*top: str) -> str:
    return ingest(RawDocument("\n\n".join([*top, *STORY])), "p01.txt", 0).title


#: A headline ending on a word a headline may end on ("For", "Her", "With", "After"), over a
#: second headline with a verb of its own.
STACKED = {
    "a stranded preposition": (
        "The Ferry Nobody Would Vouch For",
        "Inspectors Warned Twice About Its Pumps",
    ),
    "an object pronoun": ("Survivor Thanks Fisherman Who Saved Her", "Ferry Captain Questioned"),
    "a phrasal verb's preposition": (
        "What Vellmouth Must Now Live With",
        "Families Wait for News of the Missing",
    ),
    "a clause's last word": (
        "Vellmouth Asks What Comes After",
        "Council Meets to Plan the Harbour's Repair",
    ),
}


@pytest.mark.parametrize("stack", STACKED)
def test_a_headline_ending_on_a_preposition_over_a_headline_with_its_own_verb_is_not_joined(
    stack: str,
) -> None:
    upper, lower = STACKED[stack]
    # (which of the two is the title is the longer one's: what matters is that none is glued)
    assert _title(upper, lower) in (upper, lower)


def test_a_headline_cut_after_a_preposition_over_the_rest_of_its_phrase_is_still_joined() -> None:
    assert _title("Harlow Bridge Reopens After", "Two-Year Repair") == (
        "Harlow Bridge Reopens After Two-Year Repair"
    )


@pytest.mark.parametrize("kicker", ["Live:", "LIVE:", "Analysis:", "EXCLUSIVE:"])
def test_a_kickers_headline_over_a_standfirst_as_long_as_its_rest_stays_the_title(
    kicker: str,
) -> None:
    assert _title(f"{kicker} Harlow Marathon as It Happens", "Runners Set Off in Record Heat") == (
        "Harlow Marathon as It Happens"
    )


#: Sentences opening like a scene's caption (a subject, a verb of a scene in the present) that
#: go on past its place or tell a deadline: the story's.
GOING_ON = (
    "Rescuers prepare for a third night at sea as hopes fade for the 12 still missing.",
    "Volunteers search the riverbank at Tarsk while officials count the cost of the flood.",
    "Mourners weep in the square because the town has lost four of its own.",
    "Crews clear the road to Tarsk, with engineers expecting to reopen it by Wednesday.",
    "Workers repair the harbour wall, which the council hopes to finish by March 3.",
    "Engineers inspect the dam near Tarsk, aiming to finish the survey by the end of June.",
)

#: Captions of the same forms: a place or a moment closes the last clause.
CAPTIONS = (
    "Mourners weep as coffins pass through Vellmouth on Monday.",
    "Rescuers prepare to lift the wreck at the harbour in Vellmouth on Tuesday.",
    "Volunteers search the riverbank while soldiers stack sandbags in Tarsk on Sunday.",
    "Passengers wrapped in blankets wait at the harbour after the rescue.",
)


@pytest.mark.parametrize("sentence", GOING_ON)
def test_a_scene_sentence_going_on_past_its_place_or_naming_a_deadline_stays_in_the_story(
    sentence: str,
) -> None:
    lines = [STORY[0], sentence, STORY[1], STORY[2]]
    assert 1 not in furniture_lines(lines)


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_whose_last_clause_ends_on_its_place_or_moment_is_still_a_caption(
    caption: str,
) -> None:
    lines = [STORY[0], caption, STORY[1], STORY[2]]
    assert furniture_lines(lines).get(1) == "caption"
