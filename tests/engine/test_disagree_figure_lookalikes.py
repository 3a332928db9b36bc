"""Figures of one story that look like one count told two ways but are two counts: a toll
for one town and one for the whole region, last year's count and this year's, the injured
and those taken to hospital, the missing and the dead, an increment and a total, two
ceilings of one estimate, homes destroyed and homes damaged, a length and a height, the
sum sought and the sum awarded, a count before an event and after it, a father's age and
his son's, the toll of the first of two blasts and of both, all the injured and those
still in hospital, those an event spared and those it befell, those that lost
something and those that got it back; and two steps of a story (a trial begun and resumed, an arrest and a charge)
each dated with the place after its day. None is reported as a disagreement, while one
count of one thing, or one day of one event, told two ways still is, and a part a toll
states after "including" is set against the same part, not the whole.

Every folder here is five invented articles by five invented outlets about an invented
event; only the sentences a test sets differ (:mod:`five_outlets`)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from five_outlets import MakeFolder, five_outlets

from articles import number_disagreements
from corroborate.engine import Analysis

#: Two sentences of two outlets giving two counts, and the story they are told in.
LOOK_ALIKES = [
    pytest.param(
        "the storm in Valmora",
        "The storm killed 12 people in Dalby, the town's mayor said.",
        "The storm killed 31 people across the Valmora region.",
        id="a toll for one town and the toll for the whole region",
    ),
    pytest.param(
        "the storm in Valmora",
        "The storm killed 12 people in the town of Dalby on Monday.",
        "The storm killed 31 people in Valmora province on Monday.",
        id="a town's toll and its province's on one day",
    ),
    pytest.param(
        "drownings on the Pell coast",
        "The coast guard recorded 48 drownings along the Pell coast last year.",
        "The coast guard has recorded 31 drownings along the Pell coast this year.",
        id="last year's count and this year's",
    ),
    pytest.param(
        "drownings on the Pell coast",
        "There were 48 drownings on the Pell coast in 2019, the coast guard said.",
        "There have been 31 drownings on the Pell coast this year, the coast guard said.",
        id="a named year's count and this year's",
    ),
    pytest.param(
        "the stand collapse at Orrin stadium",
        "Forty people were injured when the stand collapsed on Saturday.",
        "Twelve people were taken to hospital and later released after the stand collapsed "
        "on Saturday.",
        id="the injured and those hospitalised and released",
    ),
    pytest.param(
        "the stand collapse at Orrin stadium",
        "The collapse of the stand on Saturday injured 40 fans.",
        "The collapse of the stand on Saturday sent 12 fans to hospital.",
        id="the injured and those sent to hospital",
    ),
    pytest.param(
        "the stand collapse at Orrin stadium",
        "The collapse of the stand on Saturday injured 40 fans.",
        "Paramedics treated 15 fans at the scene after the stand collapsed on Saturday.",
        id="the injured and those treated at the scene",
    ),
    pytest.param(
        "the Tarsk mine flooding",
        "Up to 40 miners may have been trapped underground when the Tarsk mine flooded.",
        "As many as 60 miners may have been trapped underground when the Tarsk mine flooded.",
        id="up to 40 and as many as 60",
    ),
    pytest.param(
        "the Tarsk mine flooding",
        "The flooding of the Tarsk mine trapped up to 40 miners.",
        "The flooding of the Tarsk mine trapped as many as 60 miners.",
        id="two ceilings of one estimate in one sentence shape",
    ),
    pytest.param(
        "the Tarsk mine flooding",
        "Between 30 and 40 miners were trapped when the Tarsk mine flooded.",
        "Some 35 miners were trapped when the Tarsk mine flooded.",
        id="a figure inside the other's range",
    ),
    pytest.param(
        "the ferry sinking off Orrin",
        "Twelve passengers are still missing after the ferry sank off Orrin.",
        "Twenty passengers died after the ferry sank off Orrin.",
        id="the missing and the dead",
    ),
    pytest.param(
        "the fever outbreak in Orrin",
        "Health officials in Orrin reported 12 new fever cases on Monday.",
        "Health officials in Orrin have now counted 40 fever cases in all.",
        id="one day's new cases and the total",
    ),
    pytest.param(
        "the school bus crash near Dalby",
        "Twelve children were among the dead in the bus crash near Dalby.",
        "The bus crash near Dalby killed 30 people.",
        id="the children among the dead and all the dead",
    ),
    pytest.param(
        "the Kestra festival",
        "Organisers had expected 40,000 visitors at the Kestra festival.",
        "About 25,000 visitors came to the Kestra festival, organisers said.",
        id="the visitors expected and those who came",
    ),
    pytest.param(
        "the wildfire near Orrin",
        "The wildfire near Orrin destroyed 40 homes on Sunday.",
        "The wildfire near Orrin damaged 60 homes on Sunday.",
        id="the homes destroyed and the homes damaged",
    ),
    pytest.param(
        "the wildfire near Orrin",
        "Forty homes were destroyed by the wildfire near Orrin on Sunday.",
        "Sixty homes were damaged by the wildfire near Orrin on Sunday.",
        id="the homes destroyed and the homes damaged, told in the passive",
    ),
    pytest.param(
        "the Orrin bridge",
        "The new Orrin bridge is 400 metres long.",
        "The new Orrin bridge is 40 metres high.",
        id="a bridge's length and its height",
    ),
    pytest.param(
        "the Halvard lawsuit",
        "The family sought $2 million in damages from Halvard.",
        "A jury awarded the family $1.5 million in damages from Halvard.",
        id="the damages sought and the damages awarded",
    ),
    pytest.param(
        "the Halvard layoffs",
        "Halvard had 1,200 workers before the layoffs at its Dalby plant.",
        "Halvard has 800 workers at its Dalby plant after the layoffs.",
        id="the workers before the layoffs and after them",
    ),
    pytest.param(
        "the Kessler family",
        "Kessler, 54, runs the family bakery in Orrin.",
        "His son Tomas Kessler, 24, runs the family bakery in Orrin.",
        id="a father's age and his son's, set off after the son's name",
    ),
    pytest.param(
        "the Kestra bombing",
        "The first blast in Kestra killed 12 people on Friday.",
        "The two blasts in Kestra killed 30 people on Friday.",
        id="the toll of the first blast and of both",
    ),
    pytest.param(
        "the Kestra bombing",
        "The first of the two blasts in Kestra killed 12 people on Friday.",
        "The two blasts in Kestra killed 30 people on Friday.",
        id="the toll of the first of the two blasts and of both",
    ),
    pytest.param(
        "the stand collapse at Orrin stadium",
        "The collapse of the stand on Saturday injured 40 fans.",
        "Nine fans injured in the collapse on Saturday remain in hospital.",
        id="all the injured and those still in hospital",
    ),
    pytest.param(
        "the storm in Valmora",
        "The storm left 40,000 homes without power in Valmora on Monday.",
        "Power was restored to 12,000 homes in Valmora on Monday.",
        id="the homes left without power and those it was restored to",
    ),
    pytest.param(
        "the storm in Valmora",
        "The storm closed 30 schools across Valmora on Monday.",
        "Officials reopened 12 schools across Valmora on Monday.",
        id="the schools closed and those reopened",
    ),
    pytest.param(
        "the flooding in Dalby",
        "About 4,000 residents fled their homes in Dalby as the river rose.",
        "About 1,500 residents have returned to their homes in Dalby as the river fell.",
        id="the residents who fled and those who returned",
    ),
    pytest.param(
        "the storm in Valmora",
        "The storm left 40,000 homes without power in Valmora on Monday.",
        "Some 12,000 homes that had been without power in Valmora were reconnected on Monday.",
        id="the homes left without power and those reconnected, told after a that clause",
    ),
]

#: Two sentences of two outlets, one counting those an event spared and the other those it
#: befell: two groups, neither a count nor a denial in dispute.
SPARED_LOOK_ALIKES = [
    pytest.param(
        "the bus crash near Dalby",
        "Twelve passengers were not injured in the bus crash near Dalby on Sunday.",
        "Thirty passengers were injured in the bus crash near Dalby on Sunday.",
        id="the passengers not injured and those injured",
    ),
    pytest.param(
        "the bus crash near Dalby",
        "Twelve passengers walked away unhurt from the bus crash near Dalby on Sunday.",
        "Thirty passengers were hurt in the bus crash near Dalby on Sunday.",
        id="the passengers unhurt and those hurt",
    ),
]

#: Two sentences of two outlets dating two steps of one story, in the place each names
#: after its day.
DATE_LOOK_ALIKES = [
    pytest.param(
        "the Kessler trial",
        "The Kessler trial began on Monday in Orrin.",
        "The Kessler trial resumed on Wednesday in Orrin.",
        id="a trial that began on one day and resumed on another",
    ),
    pytest.param(
        "the Orrin stabbing",
        "Dorn was arrested on May 3 in Orrin.",
        "Dorn was charged on May 5 in Orrin.",
        id="an arrest and a charge two days apart",
    ),
]

#: Two sentences of two outlets giving one count of one thing two ways, the story they
#: are told in, and the two values the report gives (with their unit as written).
CONFLICTS = [
    pytest.param(
        "the Orrin warehouse fire",
        "The fire at the Orrin warehouse killed nine workers on Tuesday.",
        "The fire at the Orrin warehouse killed 14 workers on Tuesday.",
        {"nine", "14"},
        id="one fire's dead on one day",
    ),
    pytest.param(
        "the bus crash near Dalby",
        "The bus crash near Dalby on Sunday injured 23 passengers.",
        "Sunday's bus crash near Dalby injured 31 passengers.",
        {"23", "31"},
        id="one crash's injured",
    ),
    pytest.param(
        "the stand collapse at Orrin stadium",
        "Twelve fans were taken to hospital after the stand collapsed on Saturday.",
        "The stand collapse on Saturday sent 20 fans to hospital.",
        {"Twelve", "20"},
        id="the fans taken to hospital",
    ),
    pytest.param(
        "the flooding in Dalby",
        "Rescuers evacuated 300 residents from Dalby on Thursday.",
        "About 500 residents of Dalby were evacuated on Thursday.",
        {"300", "500"},
        id="the residents evacuated on one day",
    ),
    pytest.param(
        "the protest in Kestra",
        "Police arrested 17 protesters in Kestra on Friday.",
        "Police in Kestra arrested 26 protesters on Friday.",
        {"17", "26"},
        id="the protesters arrested",
    ),
    pytest.param(
        "the earthquake near Dalby",
        "The quake's epicentre was 40 kilometres north of Dalby, the seismology office said.",
        "The epicentre of the quake lay 65 kilometres north of Dalby.",
        {"40 kilometres", "65 kilometres"},
        id="the distance of the epicentre",
    ),
    pytest.param(
        "the Tarsk mine flooding",
        "The flooding of the Tarsk mine trapped 60 miners.",
        "The flooding of the Tarsk mine trapped up to 40 miners.",
        {"60", "40"},
        id="a count above the other's ceiling",
    ),
    pytest.param(
        "the Orrin bridge contract",
        "The city of Orrin paid Halvard Works $2.1 million for the bridge repairs.",
        "The city of Orrin paid Halvard Works $3.4 million for the bridge repairs.",
        {"$2.1 million", "$3.4 million"},
        id="the sum paid to a firm named before it",
    ),
    pytest.param(
        "the Orrin bridge contract",
        "The city of Orrin paid Halvard Works US$ 2.1 million for the bridge repairs.",
        "The city of Orrin paid Halvard Works US$ 3.4 million for the bridge repairs.",
        {"2.1 million", "3.4 million"},
        id="the sum paid to a firm named before it, its sign set off by a space",
    ),
    pytest.param(
        "the Kestra mayor's resignation",
        "Mayor Ilse Varga, 54, resigned on Tuesday.",
        "Mayor Ilse Varga, 55, resigned on Tuesday.",
        {"54", "55"},
        id="one mayor's age",
    ),
    pytest.param(
        "the Kestra bombing",
        "The first blast in Kestra killed 12 people on Friday.",
        "The first blast in Kestra killed 19 people on Friday.",
        {"12", "19"},
        id="the toll of the first blast",
    ),
]

#: One count of one thing told two ways in the words the look-alikes above are told apart
#: by ("still", "before" / "after", "new", "seeking", "not"), the story, and the values:
#: the words there say nothing of two counts, so the figures still disagree.
CONFLICTS_IN_LOOK_ALIKE_WORDS = [
    pytest.param(
        "the ferry sinking off Orrin",
        "Twelve passengers are missing after the ferry sank off Orrin on Sunday.",
        "Twenty passengers are still missing after the ferry sank off Orrin on Sunday.",
        {"Twelve", "Twenty"},
        id="more still missing than were missing at all",
    ),
    pytest.param(
        "the ferry sinking off Orrin",
        "Twelve passengers were missing after the ferry sank off Orrin on Sunday.",
        "Twenty passengers remain missing after the ferry sank off Orrin on Sunday.",
        {"Twelve", "Twenty"},
        id="more remaining missing than were missing at all",
    ),
    pytest.param(
        "the bus crash near Dalby",
        "The bus was carrying 40 passengers before the crash near Dalby on Sunday.",
        "After the crash near Dalby on Sunday, officials said the bus had been carrying 52 "
        "passengers.",
        {"40", "52"},
        id="the passengers aboard, one outlet dating the officials' word after the crash",
    ),
    pytest.param(
        "the Halvard plant",
        "Halvard will hire 200 new workers at its Dalby plant.",
        "Halvard will hire 350 workers at its Dalby plant.",
        {"200", "350"},
        id="the workers to be hired, new in one outlet's words",
    ),
    pytest.param(
        "the Orrin housing plan",
        "Builders completed 120 new homes in Orrin last year.",
        "Builders completed 150 homes in Orrin last year.",
        {"120", "150"},
        id="the homes built, new in one outlet's words",
    ),
    pytest.param(
        "the Orrin stabbing",
        "Police are seeking 12 suspects in the Orrin stabbing.",
        "Police said 15 suspects in the Orrin stabbing were at large.",
        {"12", "15"},
        id="the suspects police are seeking and those at large",
    ),
    pytest.param(
        "the strike in Dalby",
        "Workers demanding higher pay blocked 12 roads in Dalby on Monday.",
        "Workers blocked 15 roads in Dalby on Monday.",
        {"12", "15"},
        id="the roads blocked by workers demanding pay",
    ),
    pytest.param(
        "the Tarsk mine flooding",
        "Twelve miners have not been found since the Tarsk mine flooded on Monday.",
        "Fifteen miners are missing since the Tarsk mine flooded on Monday.",
        {"Twelve", "Fifteen"},
        id="the miners not found and the miners missing",
    ),
    pytest.param(
        "the Tarsk mine flooding",
        "Twelve miners were not accounted for after the Tarsk mine flooded on Monday.",
        "Fifteen miners were missing after the Tarsk mine flooded on Monday.",
        {"Twelve", "Fifteen"},
        id="the miners not accounted for and the miners missing",
    ),
    pytest.param(
        "the Kestra bombing",
        "The first of the two blasts in Kestra killed 12 people on Friday.",
        "The first blast in Kestra killed 19 people on Friday.",
        {"12", "19"},
        id="the toll of the first of two blasts and of the first blast",
    ),
    pytest.param(
        "the Kestra bombing",
        "The first of three blasts in Kestra killed 12 people on Friday.",
        "The first blast in Kestra killed 19 people on Friday.",
        {"12", "19"},
        id="the toll of the first of three blasts and of the first blast",
    ),
    pytest.param(
        "the storm in Valmora",
        "Power was restored to 12,000 homes in Valmora on Monday.",
        "Power was restored to 20,000 homes in Valmora on Monday.",
        {"12,000", "20,000"},
        id="the homes power was restored to, told two ways",
    ),
    pytest.param(
        "the storm in Valmora",
        "The storm left 40,000 homes without power in Valmora on Monday.",
        "The storm left 55,000 homes without power in Valmora on Monday.",
        {"40,000", "55,000"},
        id="the homes left without power, told two ways",
    ),
    pytest.param(
        "the storm in Valmora",
        "The storm left 40,000 homes without power on Monday as crews worked to restore lines in Valmora.",
        "The storm left 55,000 homes without power in Valmora on Monday.",
        {"40,000", "55,000"},
        id="the homes left without power told two ways, one with a later clause of restoring",
    ),
    pytest.param(
        "the storm in Valmora",
        "Floods closed 30 schools in Valmora that had reopened after the summer break on Monday.",
        "Floods closed 45 schools in Valmora on Monday.",
        {"30", "45"},
        id="the schools closed told two ways, one with a later clause of reopening",
    ),
    pytest.param(
        "the protest in Halden",
        "Riot police detained 80 protesters in Halden on Monday before they could return to the square.",
        "Riot police detained 120 protesters in Halden on Monday.",
        {"80", "120"},
        id="the protesters detained told two ways, one with a later clause of returning",
    ),
]

#: A toll with the part of it an "including" or "among them" phrase counts, against a
#: count of that part alone, the story, and the two parts' figures, which disagree.
PARTS_TOLD_TWO_WAYS = [
    pytest.param(
        "the Kestra bombing",
        "The bombing in Kestra killed 12 people, including three police officers, on Friday.",
        "The bombing in Kestra killed five police officers on Friday.",
        {"three", "five"},
        id="a part told after including and the same part alone",
    ),
    pytest.param(
        "the Kestra bombing",
        "The bombing in Kestra on Friday killed 12 people, among them three police officers.",
        "The bombing in Kestra on Friday killed five police officers.",
        {"three", "five"},
        id="a part told after among them and the same part alone",
    ),
    pytest.param(
        "the Kestra bombing",
        "The bombing in Kestra killed five police officers on Friday.",
        "The bombing in Kestra killed 12 people, including three police officers, on Friday.",
        {"five", "three"},
        id="the part alone told first and the part after including second",
    ),
]
#: Two tolls told with one part after "including" or "among them": the tolls conflict.
TOTALS_WITH_ONE_PART = [
    pytest.param(
        "the Kestra bombing",
        "The bombing in Kestra killed 12 people, including three police officers, on Friday.",
        "The bombing in Kestra killed 15 people, including three police officers, on Friday.",
        {"12", "15"},
        id="two tolls including one part",
    ),
    pytest.param(
        "the floods in Marlow",
        "Floods in Marlow province killed 30 people, among them four rescuers, on Sunday.",
        "Floods in Marlow province killed 34 people, among them four rescuers, on Sunday.",
        {"30", "34"},
        id="two tolls among them one part",
    ),
]
#: A toll with its part and the same part, or the rest, told alone: no conflict.
TOTAL_AND_PART = [
    pytest.param(
        "the Kestra bombing",
        "The bombing in Kestra killed 12 people, including three police officers, on Friday.",
        "Three police officers were killed in the bombing in Kestra on Friday.",
        id="a toll including a part and the part alone",
    ),
    pytest.param(
        "the Kestra bombing",
        "The bombing in Kestra on Friday killed 15 people, including three police officers.",
        "The bombing in Kestra on Friday killed 12 people.",
        id="a toll including a part and the rest",
    ),
    pytest.param(
        "the floods in Marlow",
        "Floods in Marlow province killed 34 people, among them four rescuers, on Sunday.",
        "Floods in Marlow province killed 30 people on Sunday.",
        id="a toll among them a part and the rest",
    ),
    pytest.param(
        "the Orrin crash",
        "The Orrin crash killed 20 passengers, including two children, on Tuesday.",
        "The Orrin crash killed 18 passengers and two children on Tuesday.",
        id="a toll including a part and the rest and the part added",
    ),
]


def _read(analysis: Analysis, sentences: Mapping[int, str]) -> None:
    """Both set sentences are read into the analysis, in articles of two sources."""
    read = {s.text for s in analysis.sentences}
    assert set(sentences.values()) <= read
    assert len(analysis.groups) == len(analysis.articles)


def _pair(make_folder: MakeFolder, topic: str, one: str, other: str) -> Analysis:
    """Five outlets' reports of *topic*, the first giving *one*, the third *other*."""
    sentences = {0: one, 2: other}
    analysis = five_outlets(make_folder, topic, sentences)
    _read(analysis, sentences)
    return analysis


@pytest.mark.parametrize(("topic", "one", "other"), LOOK_ALIKES)
def test_two_counts_that_look_like_one_are_not_reported_as_a_disagreement(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [d.detail for d in analysis.disagreements if d.kind == "number"] == []


@pytest.mark.parametrize(("topic", "one", "other", "values"), CONFLICTS)
def test_one_count_told_two_ways_by_two_outlets_is_reported_with_both_figures(
    make_folder: MakeFolder, topic: str, one: str, other: str, values: set[str]
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert number_disagreements(analysis) == [values]


@pytest.mark.parametrize(("topic", "one", "other", "values"), CONFLICTS_IN_LOOK_ALIKE_WORDS)
def test_one_count_told_in_a_look_alikes_words_is_still_reported_with_both_figures(
    make_folder: MakeFolder, topic: str, one: str, other: str, values: set[str]
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert number_disagreements(analysis) == [values]


@pytest.mark.parametrize(("topic", "one", "other"), DATE_LOOK_ALIKES)
def test_two_steps_of_a_story_dated_in_one_place_are_not_a_date_conflict(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [d.detail for d in analysis.disagreements if d.kind == "date"] == []


def test_one_day_of_one_crash_told_two_ways_is_a_date_conflict(make_folder: MakeFolder) -> None:
    sentences = {
        0: "The Sept. 2 crash near Orrin killed all aboard.",
        2: "Everyone aboard died in the Sept. 3 crash near Orrin.",
    }
    analysis = five_outlets(make_folder, "the Orrin plane crash", sentences)
    _read(analysis, sentences)
    found = [d.detail for d in analysis.disagreements if d.kind == "date"]
    assert found == ["Sept. 2 / Sept. 3"]


def test_one_vote_dated_two_ways_at_the_opening_of_its_sentences_is_a_date_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "On Sunday in Kestra, voters chose Ilse Varga as mayor.",
        2: "On Monday in Kestra, voters chose Ilse Varga as mayor.",
    }
    analysis = five_outlets(make_folder, "the Kestra election", sentences)
    _read(analysis, sentences)
    found = [d.detail for d in analysis.disagreements if d.kind == "date"]
    assert found == ["Sunday / Monday"]


@pytest.mark.parametrize(("topic", "one", "other"), SPARED_LOOK_ALIKES)
def test_those_spared_and_those_befallen_are_two_groups_not_a_disagreement(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == []


def test_the_same_passengers_told_injured_and_not_injured_is_a_negation_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "Twelve passengers were not injured in the bus crash near Dalby on Sunday.",
        2: "Twelve passengers were injured in the bus crash near Dalby on Sunday.",
    }
    analysis = five_outlets(make_folder, "the bus crash near Dalby", sentences)
    _read(analysis, sentences)
    assert [d.kind for d in analysis.disagreements] == ["negation"]


@pytest.mark.parametrize(("topic", "one", "other", "values"), PARTS_TOLD_TWO_WAYS)
def test_a_part_counted_after_including_is_set_against_the_same_part_not_the_whole(
    make_folder: MakeFolder, topic: str, one: str, other: str, values: set[str]
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert number_disagreements(analysis) == [values]


@pytest.mark.parametrize(("topic", "one", "other", "values"), TOTALS_WITH_ONE_PART)
def test_two_tolls_stating_one_part_after_including_are_a_disagreement_over_the_toll(
    make_folder: MakeFolder, topic: str, one: str, other: str, values: set[str]
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert number_disagreements(analysis) == [values]


@pytest.mark.parametrize(("topic", "one", "other"), TOTAL_AND_PART)
def test_a_toll_with_its_part_and_the_part_or_the_rest_alone_are_no_disagreement(
    make_folder: MakeFolder, topic: str, one: str, other: str
) -> None:
    analysis = _pair(make_folder, topic, one, other)
    assert [d.detail for d in analysis.disagreements if d.kind == "number"] == []
