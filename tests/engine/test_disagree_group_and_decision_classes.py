"""Classes of sentence pairs the invented folders of :mod:`disagree_fresh_folders` showed
the judge reading wrong, each written as several pairs: a group among those present
counted below the people ("14 passengers" / "17 people"), survivors against the dead, a
figure said earlier, a decision or a verdict told both ways, an unnamed role's age set off
by commas ("the driver, 34,").

Every sentence here is invented: its places, people and events."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.polarity import contradicts
from corroborate.engine.text.specifics import analyse

A_PART_OF_THE_PEOPLE = [
    pytest.param("Seventeen people were injured when the ferry struck the pier at Tollan.",
                 "Fourteen passengers were hurt when the ferry hit the pier at Tollan.",
                 id="passengers below the people aboard"),
    pytest.param("Twenty-two people were injured when the bus overturned near Carrick.",
                 "Eighteen children were injured when the bus overturned near Carrick.",
                 id="children below the people"),
    pytest.param("The blast at the Orrin plant injured 40 people, the company said.",
                 "The blast at the Orrin plant injured 31 workers, the company said.",
                 id="workers below the people"),
    pytest.param("Nine people were killed in the shelling of Marrow Hill, officials said.",
                 "Six civilians were killed in the shelling of Marrow Hill, officials said.",
                 id="civilians below the people"),
    pytest.param("Police arrested 14 men after the clashes in Orrin on Saturday.",
                 "Police arrested 17 people after the clashes in Orrin on Saturday.",
                 id="men below the people, whatever befell them"),
]  # fmt: skip

STILL_A_CONFLICT = [
    pytest.param("Seventeen people were injured when the ferry struck the pier at Tollan.",
                 "Twenty passengers were hurt when the ferry hit the pier at Tollan.",
                 {"Seventeen", "Twenty"}, id="passengers above the people"),
    pytest.param("Eighteen children were injured when the bus overturned near Carrick.",
                 "Twelve children were injured when the bus overturned near Carrick.",
                 {"Eighteen", "Twelve"}, id="two counts of one group"),
    pytest.param("The blast at the Orrin plant injured 40 people, the company said.",
                 "The blast at the Orrin plant injured 31 people, the company said.",
                 {"40", "31"}, id="two counts of the people"),
    pytest.param("Brannick Foods will lay off 450 workers at its Harlow plant.",
                 "Brannick Foods will lay off 540 people at its Harlow plant.",
                 {"450", "540"}, id="workers laid off: chosen by the word, all of them"),
    pytest.param("The Harlow plant employs 1,200 workers, the company said.",
                 "The Harlow plant employs 1,500 people, the company said.",
                 {"1,200", "1,500"}, id="workers employed: the whole workforce"),
    pytest.param("The Orrin academy expelled 12 students after the exam leak.",
                 "The Orrin academy expelled 15 people after the exam leak.",
                 {"12", "15"}, id="students expelled: chosen by the word"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), A_PART_OF_THE_PEOPLE)
def test_a_group_among_those_present_counted_below_the_people_is_a_part_of_them(
    one: str, other: str
) -> None:
    assert compare(one, other) is None and compare(other, one) is None


@pytest.mark.parametrize(("one", "other", "values"), STILL_A_CONFLICT)
def test_a_group_counted_above_the_people_or_one_count_told_twice_still_conflicts(
    one: str, other: str, values: set[str]
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and {found.a_words, found.b_words} == values


OTHER_COUNTS = [
    pytest.param("Rescuers pulled 23 survivors from the rubble in Selmar after the quake.",
                 "The quake killed 11 people in Selmar, the civil defence agency said.",
                 id="survivors and the dead"),
    pytest.param("Crews found 40 survivors of the Orrin ferry sinking on Tuesday.",
                 "Twelve people died in the Orrin ferry sinking on Tuesday.",
                 id="survivors of a sinking and its dead"),
    pytest.param("The fire service had earlier said seven people were killed in the fire.",
                 "Nine people were killed in the fire, the fire service said.",
                 id="a count said earlier and the later one"),
    pytest.param("Police said earlier that 10 people were hurt at the Brannock fair.",
                 "Twelve people were hurt at the Brannock fair, police said.",
                 id="a count said earlier, the adverb after the verb"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), OTHER_COUNTS)
def test_survivors_against_the_dead_and_a_count_said_earlier_are_no_disagreement(
    one: str, other: str
) -> None:
    assert compare(one, other) is None and compare(other, one) is None


DECIDED_BOTH_WAYS = [
    pytest.param("The Fennick council passed a motion on Tuesday to repair the Carrow bridge.",
                 "The Fennick council defeated a motion on Tuesday to repair the Carrow bridge.",
                 ("passed", "defeated"), id="a motion passed and defeated"),
    pytest.param("The Orrin planning board approved the plan for a new stadium on Monday.",
                 "The Orrin planning board rejected the plan for a new stadium on Monday.",
                 ("approved", "rejected"), id="a plan approved and rejected"),
    pytest.param("A jury in Dalby convicted Tom Reyes of fraud on Monday.",
                 "A jury in Dalby acquitted Tom Reyes of fraud on Monday.",
                 ("convicted", "acquitted"), id="a defendant convicted and acquitted"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "values"), DECIDED_BOTH_WAYS)
def test_a_decision_or_a_verdict_told_both_ways_is_a_disagreement_and_no_support(
    one: str, other: str, values: tuple[str, str]
) -> None:
    found = compare(one, other)
    assert found is not None and found.kind == "negation"
    assert (found.a_words, found.b_words) == values
    assert contradicts(one, other) and contradicts(other, one)


DECIDED_APART = [
    pytest.param("The Orrin board approved the plan for a new stadium on Monday.",
                 "Residents of Orrin rejected the plan for a new stadium on Monday.",
                 id="two bodies deciding"),
    pytest.param("The Orrin board, which vetted 300 bids, approved 120 builders, only 30 of "
                 "them local.",
                 "The Orrin board, which vetted 300 bids, rejected all but about 30 local "
                 "builders.",
                 id="some approved and the rest rejected"),
    pytest.param("The Dalby council approved the budget on Monday.",
                 "The Dalby council rejected the bridge plan on Monday.",
                 id="two decisions of one body"),
    pytest.param("The board of Orrin Bank approved the merger on Friday.",
                 "The board of Kessick Bank rejected the merger on Friday.",
                 id="the boards of two named bodies"),
    pytest.param("Orrin Bank's board approved the merger with Kessick Bank on Friday.",
                 "Kessick Bank's board rejected the merger with Orrin Bank on Friday.",
                 id="the boards of the two sides of a merger"),
    pytest.param("The senate passed the water bill at its first reading in March.",
                 "The senate rejected the water bill at its final reading in June.",
                 id="two votes of one body on one bill"),
    pytest.param("A Kessick jury convicted Dorn of manslaughter on Friday.",
                 "A Kessick jury acquitted Dorn of murder on Friday.",
                 id="a split verdict: two charges"),
    pytest.param("The jury convicted the older brother of fraud on Friday.",
                 "The jury acquitted the younger brother of fraud on Friday.",
                 id="two defendants"),
    pytest.param("The council passed a motion of thanks to the Orrin firefighters.",
                 "The council rejected a motion to pay the Orrin firefighters more.",
                 id="two motions"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), DECIDED_APART)
def test_two_bodies_two_shares_or_two_decisions_are_no_decision_told_both_ways(
    one: str, other: str
) -> None:
    assert compare(one, other) is None and compare(other, one) is None
    assert not contradicts(one, other) and not contradicts(other, one)


AGES_OF_ONE_ROLE = [
    pytest.param("Police arrested the driver, 34, after his car hit a shelter in Orrin.",
                 "A 43-year-old driver was arrested after his car hit a shelter in Orrin.",
                 {"34", "43"}, id="a role's age set off and before the role"),
    pytest.param("Police arrested the driver, 34, after his car hit a shelter in Orrin.",
                 "Police arrested the driver, 35, after his car hit a shelter in Orrin.",
                 {"34", "35"}, id="a role's age set off on both sides"),
    pytest.param("The pilot, 51, landed the plane in a field near Dalby on Friday.",
                 "The 57-year-old pilot landed the plane in a field near Dalby on Friday.",
                 {"51", "57"}, id="a pilot's age"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "values"), AGES_OF_ONE_ROLE)
def test_one_unnamed_role_given_two_ages_in_sentences_told_alike_is_a_disagreement(
    one: str, other: str, values: set[str]
) -> None:
    found = compare(one, other)
    assert found is not None and {found.a_words, found.b_words} == values


NO_AGES_OF_ONE = [
    pytest.param("Police arrested a 26-year-old man after the crash in Orrin on Sunday.",
                 "Police arrested a 62-year-old man after the crash in Orrin on Sunday.",
                 id="a man's ages far apart: perhaps two men"),
    pytest.param("A 34-year-old victim was taken to Tallow hospital with burns.",
                 "A 71-year-old victim was taken to Tallow hospital with burns.",
                 id="a victim, not the victim: perhaps two of several"),
    pytest.param("Police arrested a 19-year-old suspect in Orrin on Monday.",
                 "Police arrested a 23-year-old suspect in Orrin on Monday.",
                 id="a suspect, not the suspect: perhaps two arrests"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), NO_AGES_OF_ONE)
def test_ages_far_apart_without_the_one_holder_of_a_role_give_no_conflict(
    one: str, other: str
) -> None:
    assert compare(one, other) is None and compare(other, one) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Water reached rooms 12, 34, and 56 of the Orrin hotel.",
        "The platforms, 3, 4 and 5, were closed after the Orrin derailment.",
    ],
)
def test_a_list_of_numbers_set_off_by_commas_gives_no_age(sentence: str) -> None:
    assert all(v.unit != "age" for v in analyse(sentence).values)


A_SHARE_AND_ITS_WHOLE = [
    pytest.param("The Brell chain will close half of its 40 shops by the end of the year.",
                 "The Brell chain said it would close 20 shops by the end of the year.",
                 id="half of a whole"),
    pytest.param("The Orlen plant will lay off 30 percent of its 1,200 staff next year.",
                 "The Orlen plant will lay off 360 staff next year.",
                 id="a percentage of a whole"),
    pytest.param("Most of the 300 passengers were asleep when the Orla ferry caught fire.",
                 "About 250 passengers were asleep when the Orla ferry caught fire.",
                 id="most of a whole"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), A_SHARE_AND_ITS_WHOLE)
def test_the_whole_a_share_is_taken_of_is_no_rival_for_the_share(one: str, other: str) -> None:
    assert compare(one, other) is None and compare(other, one) is None


A_WHOLE_AGAINST_A_COUNT_OF_IT = [
    pytest.param("The Brell chain will close 20 of its 40 shops by the end of the year.",
                 "The Brell chain said it would close 25 shops by the end of the year.",
                 {"40", "25"}, id="a share told as a figure, another figure for it"),
    pytest.param("Many of the 300 passengers aboard the Orla ferry were asleep when it caught fire.",
                 "The 280 passengers aboard the Orla ferry were asleep when it caught fire.",
                 {"300", "280"}, id="the other a group named as a whole"),
    pytest.param("Some of the 1,200 workers at the Harlow plant went on strike on Monday.",
                 "The Harlow plant, which employs 1,000 workers, was hit by a strike on Monday.",
                 {"1,200", "1,000"}, id="the other told by a verb the share's sentence lacks"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "values"), A_WHOLE_AGAINST_A_COUNT_OF_IT)
def test_a_whole_against_a_count_of_the_whole_or_another_figure_of_the_share_conflicts(
    one: str, other: str, values: set[str]
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and {found.a_words, found.b_words} == values


def test_a_share_told_as_a_figure_and_the_same_count_agree() -> None:
    one = "The Brell chain will close 20 of its 40 shops by the end of the year."
    other = "The Brell chain said it would close 20 shops by the end of the year."
    assert compare(one, other) is None and compare(other, one) is None


def test_all_of_a_whole_is_still_a_count_of_it() -> None:
    found = compare(
        "The Brell chain will close all of its 40 shops by the end of the year.",
        "The Brell chain said it would close 20 shops by the end of the year.",
    )
    assert found is not None and {found.a_words, found.b_words} == {"40", "20"}
