"""The progress bar moves inside the long stages: a large folder's ingesting, the
matching of its sentences, the search for disagreements and the grouping of claims tell
how far they have got, not only where they start."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path
from typing import Any

import pytest

from corroborate.engine import analyze
from corroborate.engine import pipeline as pipeline_module
from corroborate.engine.conflicts import disagree
from corroborate.engine.matching import align
from corroborate.resources import sample_story


def varied_story(folder: Path, count: int) -> Path:
    """``count`` plain-text articles varied from the bundled (invented) sample story: each
    under a station of its own number, a paragraph dropped and two swapped, so that the
    folder holds many distinct sentences telling the same facts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_story().glob("*.txt"))]
    folder.mkdir()
    for i in range(count):
        head, *paragraphs = texts[i % len(texts)].split("\n\n")
        paragraphs = [re.sub(r"\(([^)]+)\) —", f"(Station {i}) —", p) for p in paragraphs]
        if len(paragraphs) > 4:
            del paragraphs[1 + i % (len(paragraphs) - 2)]
            k = 2 + (i // 3) % (len(paragraphs) - 3)
            paragraphs[k], paragraphs[k + 1] = paragraphs[k + 1], paragraphs[k]
        text = "\n\n".join([f"{head} ({i})", *paragraphs])
        (folder / f"article-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def large_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return varied_story(tmp_path_factory.mktemp("progress") / "story", 60)


def test_a_large_folder_tells_its_reading_share_while_its_articles_are_ingested(
    large_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder of plain text is read at once and ingested after (half of it by a second
    # process): the share the bar shows grows as this process ingests its half.
    ingested = 0
    real = pipeline_module.ingest

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal ingested
        ingested += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline_module, "ingest", counting)
    calls: list[tuple[str, float, int]] = []
    analyze(large_folder, progress=lambda stage, f: calls.append((stage, f, ingested)))
    told = [f for stage, f, done in calls if stage.startswith("Reading") and done > 1]
    assert len(set(told)) >= 5, "the reading stage's share moves as articles are ingested"
    assert all(f <= pipeline_module.STAGE_STARTS["split"] for f in told)
    fractions = [f for _, f, _ in calls]
    assert fractions == sorted(fractions)


def test_matching_tells_the_share_of_the_pairs_judged(
    large_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        align, "STEP_PAIRS", 8, raising=False
    )  # a folder of tests has few pairs to judge
    calls: list[tuple[str, float]] = []
    analyze(large_folder, progress=lambda stage, f: calls.append((stage, f)))
    starts = pipeline_module.STAGE_STARTS
    matching = {f for stage, f in calls if stage.startswith("Matching")}
    assert len(matching) >= 5, "the bar moves while the sentences are matched"
    assert all(starts["match"] <= f <= starts["copies"] for f in matching)
    fractions = [f for _, f in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_a_long_stage_tells_the_bar_each_hundredth_of_it_at_most() -> None:
    told: list[tuple[str, float]] = []
    step = pipeline_module._within(lambda stage, f: told.append((stage, f)), "Matching", 0.5, 0.8)
    for k in range(10_001):
        step(k / 10_000)
    assert 90 <= len(told) <= 101
    assert told[0] == ("Matching", 0.5) and told[-1][1] == pytest.approx(0.8)
    assert [f for _, f in told] == sorted(f for _, f in told)


def test_the_stage_that_looks_for_disagreements_is_named_as_such(large_folder: Path) -> None:
    # on a large folder it takes about as long as matching: not under "Finding copies…"
    stages: list[str] = []
    analyze(large_folder, progress=lambda stage, _f: stages.append(stage))
    named = list(dict.fromkeys(stage for stage in stages if not stage.startswith("Reading")))
    assert named.index("Finding copies…") + 1 == named.index("Looking for disagreements…")


def test_no_progress_is_told_by_a_process_forked_to_share_the_work(
    large_folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # ingesting and matching shared with a second process even on a small folder: every
    # share the bar is told comes from the process that asked for the analysis (a forked
    # helper telling it would write to a pipe or a window that is not its own). Each
    # report is written to a file, which a forked process writes to as well.
    monkeypatch.setattr(align, "STEP_PAIRS", 8, raising=False)
    monkeypatch.setattr(align, "SHARED_JUDGING", 10)
    monkeypatch.setattr(pipeline_module, "SHARED_SPLITTING", 10)
    monkeypatch.setattr(pipeline_module, "SHARED_REST", 10)
    monkeypatch.setattr(disagree, "SHARED_PAIRS", 10)
    said = tmp_path / "progress.txt"
    told: list[tuple[str, float]] = []

    def progress(stage: str, fraction: float) -> None:
        told.append((stage, fraction))
        with said.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")

    analyze(large_folder, progress=progress)
    assert set(said.read_text(encoding="utf-8").split()) == {str(os.getpid())}
    matching = {f for stage, f in told if stage.startswith("Matching")}
    assert len(matching) >= 5
    for stage in ("Looking for disagreements…", "Grouping claims…"):
        assert len({f for named, f in told if named == stage}) >= 3, stage
    fractions = [f for _, f in told]
    assert fractions == sorted(fractions)


def test_the_bar_moves_while_disagreements_are_looked_for_and_claims_grouped(
    large_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each takes a second or more on a folder of hundreds of articles: the bar moves through
    # the pairs judged and the findings over the folder, and through the echoes of each
    # sentence, its distinctness and the story's title
    monkeypatch.setattr(disagree, "SHARED_PAIRS", 10**9)  # every pair judged here
    calls: list[tuple[str, float]] = []
    analyze(large_folder, progress=lambda stage, f: calls.append((stage, f)))
    starts = pipeline_module.STAGE_STARTS
    looking = {f for stage, f in calls if stage == "Looking for disagreements…"}
    grouping = {f for stage, f in calls if stage == "Grouping claims…"}
    assert len(looking) >= 5, "the bar moves while disagreements are looked for"
    assert all(starts["disagreements"] <= f <= starts["claims"] for f in looking)
    assert len(grouping) >= 4, "the bar moves while the claims are grouped"
    assert all(starts["claims"] <= f < 1.0 for f in grouping)
    fractions = [f for _, f in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


#: An invented event told from one template: each article fills its slots with fictional
#: people, towns and figures of its own, so that its sentences are alike but not repeated.
TEMPLATE = (
    "The {thing} in {town} {verb} on {day} morning, officials said.",
    "{first} {last}, a spokesperson for the {town} council, said {n} people had been affected.",
    "Rescue teams from {town2} arrived within {m} hours, according to {first2} {last2}.",
    '"We have never seen anything like this," said {first} {last}, who lives near the {thing}.',
    "The regional governor, {first2} {last2}, promised an inquiry into the {thing}.",
    "Engineers had warned in {year} that the {thing} needed repairs costing {n} thousand crowns.",
    "Residents of {town} were told to stay indoors while crews inspected the {thing2}.",
    "Police closed roads around {town} and asked drivers to use the {thing2} instead.",
    "{first2} {last2} said the cost of the damage could reach {m} million crowns.",
)
SLOTS = {
    "first": ("Arlen", "Brisa", "Corvin", "Delphine", "Eskel", "Farrow", "Gisla", "Halden"),
    "last": ("Quillfeather", "Ostrander", "Vellacott", "Brannock", "Thistlewood", "Marrowby"),
    "town": ("Port Velmar", "Castleby", "Norrowdale", "Emberwick", "Greyhaven", "Tallowford"),
    "thing": ("bridge", "ferry", "depot", "clinic", "market", "dam", "tunnel"),
    "verb": ("collapsed", "flooded", "burned", "closed", "was evacuated"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}


def template_story(folder: Path, count: int) -> Path:
    """``count`` plain-text articles written from :data:`TEMPLATE`, their slots filled at
    random (seeded) and their paragraphs shuffled."""
    rng = random.Random(7)
    folder.mkdir()
    for i in range(count):
        slots = {name: rng.choice(values) for name, values in SLOTS.items()}
        slots |= {
            f"{name}2": rng.choice(SLOTS[name]) for name in ("first", "last", "town", "thing")
        }
        slots |= {
            "n": rng.randint(3, 900),
            "m": rng.randint(2, 40),
            "year": rng.randint(1990, 2020),
        }
        paragraphs = [line.format(**slots) for line in TEMPLATE]
        rng.shuffle(paragraphs)
        text = "\n\n".join([f"The {slots['thing']} in {slots['town']} ({i})", *paragraphs])
        (folder / f"article-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_bar_moves_through_matching_before_the_first_pair_is_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a folder of template articles most of matching goes to the steps before the
    # pairs are judged (the words' weights, the candidate pairs, the readers of names and
    # facts, the screening): the bar moves through them, not only through the judging.
    folder = template_story(tmp_path / "story", 40)
    screening = align._screen
    screened = False

    def screen(*args: Any, **kwargs: Any) -> Any:
        nonlocal screened
        result = screening(*args, **kwargs)
        screened = True
        return result

    monkeypatch.setattr(align, "_screen", screen)
    calls: list[tuple[str, float, bool]] = []
    analyze(folder, progress=lambda stage, f: calls.append((stage, f, screened)))
    starts = pipeline_module.STAGE_STARTS
    before = {f for stage, f, judged in calls if stage.startswith("Matching") and not judged}
    assert len(before) >= 5, "the bar moves before the first pair is judged"
    assert all(starts["match"] <= f < starts["copies"] for f in before)
    fractions = [f for _, f, _ in calls]
    assert fractions == sorted(fractions)


def test_the_bar_moves_while_matches_are_given_to_sentences_repeated_verbatim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every article printed twice: each match of the distinct texts is given to the copies
    monkeypatch.setattr(align, "STEP_PAIRS", 8, raising=False)
    folder = template_story(tmp_path / "story", 30)
    for path in sorted(folder.glob("*.txt")):
        (folder / f"reprint-{path.name}").write_text(path.read_text(encoding="utf-8"), "utf-8")
    calls: list[tuple[str, float]] = []
    analyze(folder, progress=lambda stage, f: calls.append((stage, f)))
    starts = pipeline_module.STAGE_STARTS
    span = starts["copies"] - starts["match"]
    linking = starts["match"] + span * align.MATCHING_SHARES["linking"]
    told = {f for stage, f in calls if stage.startswith("Matching") and f > linking}
    assert len(told) >= 3, "the bar moves while the copies are given their matches"
    fractions = [f for _, f in calls]
    assert fractions == sorted(fractions)
