"""A folder holding two stories: two articles the engine places in two different stories
tell of two events, so they never disagree, nor back or echo each other. Both invented
stories are explosions that killed two; one wounded 21, the other 40, and the two
stories' hospitals are quoted in the same words."""

from __future__ import annotations

import pytest

from corroborate.engine import analyze, summarize
from corroborate.engine.models import Analysis, FileProblem, stories_apart, stories_of

BLAST = {
    "harbour-post.txt": """Car bomb tears through Dunmere market

DUNMERE (Harbour Post) — A car bomb exploded in the crowded Saltgate market in Dunmere on Friday morning.

The blast killed two, apparently the bombers, and wounded 21 shoppers.

Police chief Anja Veller said the bombers had parked a red van beside the fish stalls.

The Dunmere council called off its vote on the harbour accord after the attack.

The hospital asked residents to give blood after the explosion.
""",
    "north-wire.txt": """Market bombing wounds shoppers in Dunmere

DUNMERE (North Wire) — Two bombers blew up a van in the Saltgate market in Dunmere on Friday, police said.

Police chief Anja Veller said the van had been parked beside the fish stalls.

The council put off its vote on the harbour accord, a spokesman said.

Shoppers ran from the market as smoke rose over Saltgate Row.
""",
    "coast-gazette.txt": """Dunmere council delays accord vote after market blast

The Dunmere council delayed its vote on the harbour accord after a car bomb exploded in the Saltgate market on Friday, wounding 24 shoppers.

Police chief Anja Veller said the two bombers died in the blast.

The van had been parked beside the fish stalls, Veller said.

Windows along Saltgate Row were shattered by the explosion.
""",
}
MILL = {
    "valley-times.txt": """Explosion rips through Corrin flour mill

CORRIN (Valley Times) — A dust explosion tore through the Brannock flour mill in Corrin late on Saturday.

The explosion killed two workers and wounded 40 others at the mill.

Mill manager Piet Lorrimer said the grain elevator had been cleaned on Thursday.

Families gathered outside the Brannock gates through the night.

The hospital asked residents to give blood after the explosion.
""",
    "upland-courier.txt": """Two die in Corrin mill explosion

Two workers died when a dust explosion tore through the Brannock flour mill in Corrin on Saturday night, mill manager Piet Lorrimer said.

Lorrimer said the grain elevator had been cleaned on Thursday.

Safety inspectors sealed the Brannock mill on Sunday.

Families waited outside the Brannock gates until dawn.
""",
    "river-daily.txt": """Corrin mourns two millers lost in dust explosion

The town of Corrin mourned on Sunday after a dust explosion at the Brannock flour mill killed two workers.

The grain elevator had been cleaned on Thursday, mill manager Piet Lorrimer said.

Safety inspectors sealed the mill and questioned its owners.

Flowers were left at the Brannock gates by families and friends.
""",
}
BLOOD = "The hospital asked residents to give blood after the explosion."


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    folder = tmp_path_factory.mktemp("two-events")
    for name, text in {**BLAST, **MILL}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze(folder)


def _story(analysis: Analysis, sentence: int) -> str:
    return "blast" if analysis.file_of(sentence) in BLAST else "mill"


def test_each_article_is_placed_in_the_story_the_warning_lists_it_in(mixed: Analysis) -> None:
    [warning] = [p for p in mixed.problems if p.kind == "several-stories"]
    for article in mixed.articles:
        [story] = [i for i, files in enumerate(warning.groups) if article.file in files]
        assert mixed.story_of[article.id] == story
    blast = {mixed.story_of[a.id] for a in mixed.articles if a.file in BLAST}
    mill = {mixed.story_of[a.id] for a in mixed.articles if a.file in MILL}
    assert len(blast) == len(mill) == 1 and blast != mill


def test_two_stories_counts_of_the_wounded_are_no_disagreement(mixed: Analysis) -> None:
    for item in (*mixed.disagreements, *mixed.spellings):
        assert _story(mixed, item.a) == _story(mixed, item.b)
    assert not any({item.a_value, item.b_value} == {"21", "40"} for item in mixed.disagreements)


def test_a_count_disputed_within_one_story_of_the_folder_is_still_reported(
    mixed: Analysis,
) -> None:
    assert any({item.a_value, item.b_value} == {"21", "24"} for item in mixed.disagreements)


def test_a_sentence_both_stories_write_alike_backs_neither(mixed: Analysis) -> None:
    told = [s.id for s in mixed.sentences if s.text == BLOOD]
    assert len(told) == 2
    for sentence in told:
        assert mixed.support_of(sentence) == 1
        assert len(mixed.echoes[sentence]) == 1
    for match in mixed.matches:
        assert _story(mixed, match.a) == _story(mixed, match.b)
    summary = summarize(mixed)
    for item in summary.items:
        if mixed.sentences[item.sentence].text == BLOOD:
            assert item.support == 1


def test_a_folder_of_one_story_places_no_article_in_a_story(
    make_folder, story_files: dict[str, str]
) -> None:
    analysis = analyze(make_folder(story_files))
    assert analysis.story_of == (None,) * len(analysis.articles)
    assert not stories_apart(analysis.story_of, 0, 1)


def test_an_article_in_none_of_the_stories_found_is_apart_from_none() -> None:
    warning = FileProblem(".", "two stories", "several-stories", (("a.txt", "b.txt"), ("c.txt",)))
    story_of = stories_of(["a.txt", "c.txt", "stray.txt", "b.txt"], [warning])
    assert story_of == (0, 1, None, 0)
    assert stories_apart(story_of, 0, 1)
    assert not stories_apart(story_of, 0, 3)
    assert not stories_apart(story_of, 2, 0) and not stories_apart(story_of, 2, 1)


def test_the_files_of_the_stories_are_read_from_the_warning_alone() -> None:
    unreadable = FileProblem("a.txt", "it could not be read")
    assert stories_of(["a.txt", "b.txt"], [unreadable]) == (None, None)
