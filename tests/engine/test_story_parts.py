"""A count of one fate alone (only the dead, only the injured) against another source's
whole toll: more than the whole is a conflict, fewer may be a part of it."""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.conflicts.story_parts import alone_two_ways, parts_over_tolls
from corroborate.engine.text.specifics import analyse

_WHOLE = "The Dalby ferry fire killed 40 people and injured 75, harbour officials said."


def _story(make_folder, first: str, second: str):
    return analyze(
        make_folder(
            {
                "coast.txt": "Ferry fire off Dalby\n\n"
                "A ferry caught fire off Dalby on Sunday night.\n\n"
                f"{first}\n\n"
                "Divers searched the hull at dawn.",
                "ledger.txt": "Dalby mourns ferry victims\n\n"
                "Families gathered at the Dalby pier on Monday as the burnt ferry was towed in.\n\n"
                f"{second}\n\n"
                "The ferry line suspended its evening crossings.",
            }
        )
    )


def _found(analysis) -> list[tuple[str, str]]:
    sentences = analysis.sentences
    found = parts_over_tolls(sentences, analysis.group_of, lambda i: analyse(sentences[i].text))
    return sorted((f.a_words, f.b_words) for _, _, f in found)


@pytest.mark.parametrize(
    ("second", "values"),
    [
        pytest.param(
            "The fire, in which more than 60 people died, was the worst in the port's history.",
            ("40", "60"),
            id="more dead alone than the other outlet's whole toll",
        ),
        pytest.param(
            "Doctors said 110 passengers were injured in the blaze.",
            ("75", "110"),
            id="more injured alone than the other outlet's whole toll",
        ),
        pytest.param(
            "Doctors said 90 passengers were seriously injured in the blaze.",
            ("75", "90"),
            id="more seriously injured alone than all the injured of the whole toll",
        ),
    ],
)
def test_one_fate_counted_beyond_another_outlets_whole_toll_is_a_disagreement(
    make_folder, second: str, values: tuple[str, str]
) -> None:
    analysis = _story(make_folder, _WHOLE, second)
    assert analysis.independent_sources == 2
    assert _found(analysis) == [values]
    assert {(d.a_value, d.b_value) for d in analysis.disagreements} == {values}


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("Twelve people died at the scene of the fire.", id="fewer dead: a part"),
        pytest.param(
            "About 45 people died in the fire, the coroner said.", id="an estimate that fits"
        ),
        pytest.param(
            "The blaze was the port's worst since 1998, when 90 people died in a ferry fire.",
            id="another year's fire",
        ),
        pytest.param(
            "More than 300 people died when the ferry Stella sank in 1987.",
            id="many times the toll: another event",
        ),
        pytest.param(
            "The toll rose to 60 dead on Monday, the ministry said.",
            id="a count still changing",
        ),
    ],
)
def test_a_count_of_one_fate_that_may_be_a_part_or_another_events_stays_silent(
    make_folder, second: str
) -> None:
    assert _found(_story(make_folder, _WHOLE, second)) == []


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("Fewer than 60 people died in the fire, the coroner said.", id="fewer than"),
        pytest.param("Up to 60 people died in the fire, the coroner said.", id="up to"),
        pytest.param("As many as 60 people died in the fire, the coroner said.", id="as many as"),
        pytest.param("Doctors said under 110 passengers were injured.", id="under, the injured"),
        pytest.param(
            "No more than 60 people died in the fire, the coroner said.", id="no more than"
        ),
    ],
)
def test_a_count_bounded_above_never_exceeds_a_whole_toll_it_may_fit(
    make_folder, second: str
) -> None:
    analysis = _story(make_folder, _WHOLE, second)
    assert analysis.independent_sources == 2
    assert _found(analysis) == []


def test_a_toll_bounding_its_worst_hurt_above_does_not_exceed_the_injured_it_may_fit(
    make_folder,
) -> None:
    analysis = _story(
        make_folder,
        "The Dalby ferry fire killed 40 people and up to 90 were seriously injured.",
        "Doctors said 70 passengers were injured in the blaze.",
    )
    assert analysis.independent_sources == 2
    assert _found(analysis) == []


def test_one_outlets_own_counts_are_never_set_against_each_other(make_folder) -> None:
    analysis = analyze(
        make_folder(
            {
                "coast.txt": "Ferry fire off Dalby\n\n"
                f"{_WHOLE}\n\n"
                "Later, harbour officials said more than 60 people died in the fire.",
            }
        )
    )
    assert _found(analysis) == []


_WORST = "The Dalby ferry fire killed 40 people and more than 90 were seriously injured."


def test_more_seriously_injured_in_a_toll_than_another_outlets_injured_disagrees(
    make_folder,
) -> None:
    analysis = _story(
        make_folder, _WORST, "Doctors said 70 passengers were injured, 12 of them critically."
    )
    assert _found(analysis) == [("90", "70")]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "Doctors said 120 passengers were injured in the blaze.", id="all the injured, more"
        ),
        pytest.param(
            "Doctors said 30 passengers were critically injured.", id="fewer of the worst hurt"
        ),
    ],
)
def test_a_count_the_seriously_injured_of_a_toll_may_be_part_of_stays_silent(
    make_folder, second: str
) -> None:
    assert _found(_story(make_folder, _WORST, second)) == []


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        pytest.param(
            "Sunday's clashes killed 40 people and injured 75.",
            "Since the protests began, 70 people have been killed.",
            id="the dead since a campaign began",
        ),
        pytest.param(
            "Sunday's clashes killed 40 people and injured 75.",
            "More than 70 people have died in the unrest so far.",
            id="the dead of the unrest so far",
        ),
        pytest.param(
            "The blast killed 40 people and injured 75.",
            "Officials said 52 people had died, some of them later in hospital.",
            id="the dead with those who died later",
        ),
        pytest.param(
            "The blast killed 40 people and injured 75.",
            "The dead include 12 who succumbed to their wounds, bringing the toll to 52.",
            id="the dead with those who succumbed to their wounds",
        ),
    ],
)
def test_a_count_of_the_dead_over_a_span_or_with_later_deaths_is_not_set_against_one_toll(
    make_folder, whole: str, part: str
) -> None:
    assert _found(_story(make_folder, whole, part)) == []


@pytest.mark.parametrize(
    "whole",
    [
        pytest.param(
            "The blast killed four people and sent 30 injured to hospital.",
            id="the injured sent to hospital",
        ),
        pytest.param(
            "The blast killed four people and injured 30, who were taken to hospital.",
            id="the injured taken to hospital",
        ),
        pytest.param(
            "The blast killed four people and left 30 injured in hospital.",
            id="the injured left in hospital",
        ),
    ],
)
def test_more_injured_in_all_than_a_toll_counts_in_hospital_stays_silent(
    make_folder, whole: str
) -> None:
    part = "In all 45 people were injured, most of them treated and released."
    assert _found(_story(make_folder, whole, part)) == []


def test_more_injured_in_all_than_a_toll_counts_in_hospital_is_still_compared_the_other_way(
    make_folder,
) -> None:
    whole = "The blast killed four people and sent 30 injured to hospital."
    part = "Doctors said 20 people were injured in the blast."
    assert _found(_story(make_folder, whole, part)) == [("30", "20")]


def test_more_people_dead_than_a_toll_counts_soldiers_killed_stays_silent(make_folder) -> None:
    whole = "The attack killed 40 soldiers and wounded 75."
    part = "In all, 60 people died in the fighting, the ministry said."
    assert _found(_story(make_folder, whole, part)) == []


def test_more_soldiers_dead_than_another_outlets_soldiers_killed_disagrees(make_folder) -> None:
    whole = "The attack killed 40 soldiers and wounded 75."
    part = "In all, 60 soldiers died in the attack, the ministry said."
    assert _found(_story(make_folder, whole, part)) == [("40", "60")]


def _storm(make_folder, first: str, second: str):
    return analyze(
        make_folder(
            {
                "coast.txt": "Storm batters the Varn coast\n\n"
                "A storm swept the Varn coast on Sunday, hitting Dalby and Orrin.\n\n"
                f"{first}\n\n"
                "In Orrin, roofs were torn off and roads flooded.",
                "ledger.txt": "Varn coast counts storm damage\n\n"
                "Crews cleared roads in Dalby and Orrin on Monday.\n\n"
                f"{second}\n\n"
                "Power was restored to most homes in Orrin.",
            }
        )
    )


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        pytest.param(
            "The storm killed 40 people and injured 75 in Dalby.",
            "In Orrin, 60 people died.",
            id="one town's toll against another town's dead",
        ),
        pytest.param(
            "In Dalby the storm killed 40 people and injured 75.",
            "The storm killed 60 people across the region.",
            id="one town's toll against the region's dead",
        ),
        pytest.param(
            "The storm killed 40 people and injured 75 in Dalby.",
            "Nationwide, 60 people died in the storm.",
            id="one town's toll against the nation's dead",
        ),
    ],
)
def test_a_toll_of_one_place_is_not_set_against_the_dead_of_another_or_of_all(
    make_folder, whole: str, part: str
) -> None:
    assert _found(_storm(make_folder, whole, part)) == []


def test_a_span_named_outside_the_count_of_the_dead_does_not_stop_the_comparison(
    make_folder,
) -> None:
    part = (
        "It is the strongest evidence offered so far against the crew of the ferry, "
        "in which more than 60 people died."
    )
    assert _found(_story(make_folder, _WHOLE, part)) == [("40", "60")]


def test_more_people_injured_than_a_toll_counts_of_a_named_people_disagrees(make_folder) -> None:
    whole = "The blast killed two bombers and wounded 21 Varnians."
    part = "Doctors said 30 people were injured in the blast."
    assert _found(_story(make_folder, whole, part)) == [("21", "30")]


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        pytest.param(
            "The blast at the pier killed 40 people and injured 75.",
            "Together the twin explosions killed 60 people.",
            id="twin explosions against the blast at the pier",
        ),
        pytest.param(
            "The Dalby bombing killed 40 people and injured 75.",
            "The attacks on Dalby and Orrin, in which 60 people died, were claimed by no group.",
            id="the attacks on two towns against one town's bombing",
        ),
        pytest.param(
            "The fire in the engine room killed 40 people and injured 75.",
            "Both fires, in which 60 people died, started below deck.",
            id="both fires against one of them",
        ),
    ],
)
def test_the_dead_of_several_events_are_not_set_against_the_toll_of_one_of_them(
    make_folder, whole: str, part: str
) -> None:
    assert _found(_story(make_folder, whole, part)) == []


def test_the_dead_of_one_event_beyond_the_toll_of_several_still_disagree(make_folder) -> None:
    whole = "The twin bombings killed 40 people and injured 75."
    part = "The blast at the pier alone killed more than 60 people."
    assert _found(_story(make_folder, whole, part)) == [("40", "60")]


def test_one_wires_earlier_count_against_its_later_toll_stays_silent(make_folder) -> None:
    analysis = analyze(
        make_folder(
            {
                "wire_sunday.txt": "Ferry fire off Dalby\n\n"
                "DALBY (Harbor Wire) - A ferry caught fire off Dalby on Sunday night.\n\n"
                "More than 60 people died in the fire, the coast guard said.\n\n"
                "Divers searched the hull.",
                "wire_monday.txt": "Dalby ferry toll\n\n"
                "DALBY (Harbor Wire) - Rescuers searched the burnt ferry again.\n\n"
                f"{_WHOLE}\n\n"
                "The ferry line suspended crossings.",
                "ledger.txt": "Dalby mourns\n\n"
                "Families gathered at the Dalby pier as relatives waited for news.\n\n"
                "Chapel bells rang across the old town.",
            }
        )
    )
    files = {a.file: analysis.group_of[i] for i, a in enumerate(analysis.articles)}
    assert files["wire_sunday.txt"] == files["wire_monday.txt"] != files["ledger.txt"]
    assert _found(analysis) == []


# -- two counts of one fate alone, one each source --------------------------------------


def _alone_found(analysis) -> list[tuple[str, str]]:
    sentences = analysis.sentences
    found = alone_two_ways(sentences, analysis.group_of, lambda i: analyse(sentences[i].text))
    return sorted((f.a_words, f.b_words) for _, _, f in found)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "Fire swept the ferry's car deck, leaving 40 people dead.",
            "At least 65 people died in the Dalby blaze, police said.",
            ("40", "65"),
            id="the dead left by the fire against the dead who died in it",
        ),
        pytest.param(
            "The Dalby ferry fire killed 40 people, harbour officials said.",
            "Officials put the death toll at 65.",
            ("40", "65"),
            id="the dead killed against where the death toll stands",
        ),
        pytest.param(
            "The Dalby ferry fire injured 40 people, harbour officials said.",
            "At least 65 people were hurt in the blaze, doctors said.",
            ("40", "65"),
            id="the injured counted in other words",
        ),
    ],
)
def test_two_outlets_counting_one_fate_alone_in_other_words_disagree(
    make_folder, first: str, second: str, values: tuple[str, str]
) -> None:
    analysis = _story(make_folder, first, second)
    assert _alone_found(analysis) == [values]
    assert [d.detail for d in analysis.disagreements if d.kind == "number"] == [" / ".join(values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Two passengers died at the scene, harbour officials said.",
            "The Dalby ferry fire killed three people.",
            id="the dead at the scene, a part of the whole",
        ),
        pytest.param(
            "A fire on the same ferry in 2019 killed 40 people.",
            "The Dalby ferry fire killed 65 people.",
            id="another year's fire",
        ),
        pytest.param(
            "So far 40 people have died, harbour officials said.",
            "The Dalby ferry fire killed 65 people.",
            id="a count so far, one moment of it",
        ),
        pytest.param(
            "The Dalby ferry fire killed 40 people.",
            "By Monday the death toll had risen to 65.",
            id="a toll still rising",
        ),
        pytest.param(
            "The Dalby ferry fire killed 40 people.",
            "The report raised the death toll to 65.",
            id="a toll raised to a figure, not where it stands",
        ),
        pytest.param(
            "The Dalby ferry fire killed 40 crew members.",
            "Rescuers said 65 passengers died.",
            id="two groups of the dead",
        ),
        pytest.param(
            "The Dalby ferry fire killed 40 people.",
            "Rescuers said 65 passengers died.",
            id="people against a group of them, which may be a part",
        ),
        pytest.param(
            "In Orrin harbour the fire killed 40 people.",
            "The Dalby ferry fire killed 65 people.",
            id="the dead of one place the other never names",
        ),
        pytest.param(
            "At least 40 people died in the Dalby blaze.",
            "More than 65 people were killed in the blaze.",
            id="two floors, which can both be true",
        ),
        pytest.param(
            "The Dalby ferry fire killed 40 people.",
            "Rescuers said 400 people died.",
            id="counts too far apart to be one event's",
        ),
        pytest.param(
            "Between 10 and 15 people died in the Dalby ferry fire, police said.",
            "The Dalby ferry fire killed a dozen people.",
            id="a figure inside a range of the dead",
        ),
        pytest.param(
            "Between 10 and 15 people were hurt in the Dalby ferry fire, police said.",
            "Sixteen people were injured in the Dalby ferry fire.",
            id="a figure near the end of a range of the injured",
        ),
        pytest.param(
            "The fire killed 30 people, harbour officials said on Sunday.",
            "On Monday the coast guard said 45 people had died.",
            id="two counts given on two days",
        ),
        pytest.param(
            "The last fire on a Dalby ferry, on the night route, killed 30 people.",
            "The Dalby ferry fire killed 45 people.",
            id="the last such event's dead",
        ),
        pytest.param(
            "The Dalby ferry fire killed 30 Britons.",
            "Forty-five people died in the Dalby ferry fire, including 15 crew members.",
            id="the dead of one people against all the dead with a part named",
        ),
        pytest.param(
            "Thirty of the dead were women, harbour officials said.",
            "The Dalby ferry fire killed 45 people.",
            id="a part of the dead, told as some of them",
        ),
        pytest.param(
            "Thirty of the injured were flown to Orrin.",
            "The Dalby ferry fire injured 45 people.",
            id="a part of the injured, told as some of them",
        ),
        pytest.param(
            "Thirty people are feared dead, harbour officials said.",
            "The Dalby ferry fire killed 45 people.",
            id="the feared dead, no count of the dead",
        ),
        pytest.param(
            "Thirty people were presumed dead after the search was called off.",
            "The Dalby ferry fire killed 45 people.",
            id="the presumed dead, no count of the dead",
        ),
        pytest.param(
            "The coast guard said the death toll was 30 and could rise.",
            "The Dalby ferry fire killed 45 people.",
            id="a toll told as likely to rise",
        ),
        pytest.param(
            "The fire had killed 30 people by Monday night.",
            "The Dalby ferry fire killed 45 people.",
            id="a count as it stood by a time",
        ),
        pytest.param(
            "Early reports put the number of dead at 30.",
            "The Dalby ferry fire killed 45 people.",
            id="an early report's count",
        ),
        pytest.param(
            "The fire left 30 people dead, officials said initially.",
            "The Dalby ferry fire killed 45 people.",
            id="a count first given",
        ),
    ],
)
def test_counts_of_one_fate_alone_that_may_both_be_true_stay_silent(
    make_folder, first: str, second: str
) -> None:
    assert _alone_found(_story(make_folder, first, second)) == []


def test_a_source_that_counts_the_dead_two_ways_leaves_the_count_uncompared(make_folder) -> None:
    wire = (
        "Ferry fire off Dalby\n\nA ferry caught fire off Dalby on Sunday night, and the "
        "harbour master closed the port to all traffic.\n\nThe Dalby ferry fire killed {} "
        "people, harbour officials said.\n\nDivers searched the hull at dawn while coast "
        "guard boats circled the wreck."
    )
    analysis = analyze(
        make_folder(
            {
                "coast.txt": wire.format(40),
                "coast2.txt": wire.format(46),
                "ledger.txt": "Dalby mourns ferry victims\n\nRescuers said 65 people died "
                "when the ferry burned.\n\nFamilies gathered at the pier.",
            }
        )
    )
    groups = analysis.group_of
    assert groups[0] == groups[1] != groups[2]  # the wire's two takes, and another source
    assert _alone_found(analysis) == []


def test_a_quake_and_its_aftershocks_against_the_quake_alone_stay_silent(make_folder) -> None:
    analysis = analyze(
        make_folder(
            {
                "wire.txt": "Quake shakes Varno\n\nA strong earthquake struck the mountain "
                "province of Varno before dawn on Tuesday.\n\nThe quake and its aftershocks "
                "killed 45 people, the governor said.\n\nLandslides blocked the valley road.",
                "ledger.txt": "Varno digs out\n\nRescuers dug through rubble in the village "
                "of Sarn after the earthquake in Varno.\n\nThe quake killed 30 people, "
                "officials said.\n\nSchools were turned into shelters.",
            }
        )
    )
    assert _alone_found(analysis) == []
