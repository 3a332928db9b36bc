"""A long compilation of unrelated reports (a week's digest of the wires) that names the
story's town or river in passing, in a handful of its thousands of sentences, is no report
of the story, however often it writes the common nouns of the story's names in names of
its own ("Orsk Vale River", "Police Chief"): it is left out as off-topic, with the reason. A long report on the story,
naming it in one sentence in ten, is kept (invented text throughout)."""

from __future__ import annotations

import random

from corroborate.engine import analyze
from corroborate.engine.text.stories import (
    LONG_WORDS,
    STORY_SENTENCE_SHARE,
    own_names,
    story_sentence_share,
    unnamed_long_documents,
)

_PLACES = ("Orsk Vale", "Pellinmoor", "Quarrytown", "Haddering", "Marrowby", "Saltreach")
_BODIES = ("Harrow Mining", "Vantis Air", "Corvane Bank", "Ember Pharmaceuticals", "Norland Rail")
_PEOPLE = ("Amira Solberg", "Jonas Petrakis", "Lidia Ferrow", "Callum Ashby", "Piet Varga")
_ACTS = ("approved", "rejected", "postponed", "welcomed", "delayed")
_PLANS = ("a plan to expand the harbour", "a tax on holiday lets", "a strike by ferry crews")


def _digest(paragraphs: int, in_passing: dict[int, str]) -> str:
    """A digest of invented unrelated reports, paragraph ``k`` of ``in_passing`` closing
    on its sentence."""
    rng = random.Random(11)
    lines = ["The week in brief: news from the wires"]
    for k in range(paragraphs):
        place, body, person = rng.choice(_PLACES), rng.choice(_BODIES), rng.choice(_PEOPLE)
        text = (
            f"{place.upper()}, June {rng.randint(1, 28)} - {body} {rng.choice(_ACTS)} "
            f"{rng.choice(_PLANS)} on Thursday, officials in {place} said. "
            f"{person}, a spokesperson for {body}, said {rng.randint(2, 900)} people had "
            f"signed a petition on the {place} River bridge, Police Chief {person} said. "
            f"The review found costs had risen by {rng.randint(3, 60)} percent since "
            f"{rng.randint(1990, 2024)}."
        )
        lines.append(text + (f" {in_passing[k]}" if k in in_passing else ""))
    return "\n\n".join(lines)


def test_a_long_digest_naming_the_town_in_passing_is_left_out_with_the_reason(
    make_folder, story_files
) -> None:
    passing = {
        40: "The bank also runs a call centre in Fennick, where it employs 90 people.",
        300: "Its ferries call at a pier on the Tessel River twice a week.",
    }
    digest = _digest(600, passing)
    analysis = analyze(make_folder({**story_files, "digest.txt": digest}))
    assert "digest.txt" not in {a.file for a in analysis.articles}
    [problem] = [p for p in analysis.problems if p.file == "digest.txt"]
    assert problem.kind == "off-topic"
    assert "only 2 of its" in problem.reason
    assert "Tessel River" in problem.reason
    assert analysis.independent_sources == 3


def test_a_digest_naming_the_town_in_passing_would_pass_the_never_names_rule_alone() -> None:
    story = [{"fennick", "carrowgate", "tessel", "brandt"}] * 3
    digest = [{"orsk", "vantis"}] * 998 + [{"fennick"}, {"tessel"}]
    names = [*story, set().union(*digest)]
    lengths = [400, 500, 450, 12 * LONG_WORDS]
    assert unnamed_long_documents(names, lengths) == {}  # it names the town somewhere
    sentences = [[{"fennick", "brandt"}] * 8] * 3 + [digest]
    assert list(unnamed_long_documents(names, lengths, None, sentences)) == [3]


def test_the_common_nouns_of_the_storys_names_do_not_name_it() -> None:
    central = ["bridge", "carrowgate", "river", "chief", "brandt"]
    lowered = [{"the", "bridge", "river"}, {"the"}, set()]
    assert own_names(central, 2, lowered) == ("carrowgate", "brandt")
    assert own_names(["river", "chief"], 2, lowered) == ("river", "chief")  # nothing else


def test_a_long_report_naming_the_story_in_one_sentence_in_ten_is_kept() -> None:
    story = [{"fennick", "carrowgate", "tessel", "brandt"}] * 3
    feature = [{"carrowgate"} if k % 10 == 0 else set() for k in range(200)]
    names = [*story, set().union(*feature)]
    lengths = [400, 500, 450, 3 * LONG_WORDS]
    sentences = [[{"fennick", "brandt"}] * 8] * 3 + [feature]
    assert story_sentence_share(feature, ["carrowgate"]) > STORY_SENTENCE_SHARE
    assert unnamed_long_documents(names, lengths, None, sentences) == {}
