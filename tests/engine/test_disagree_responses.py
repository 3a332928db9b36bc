"""When the emergency services reached the scene, timed two ways by two outlets: a clock
time in one ("showed up a few minutes after midnight"), a time told from the alarm in the
other ("alerted at 11:40 p.m. ... at the scene five minutes later", or "six minutes after
the call" with the call timed in another sentence of that outlet). Look-alikes a
fact-checker would not sign stay silent: the call and the dispatch, two moments of one
response; an arrival told as a bound; the first engine and the squads a few minutes
apart; an arrival at another blaze of another year; two days; an outlet telling two
arrivals far apart; an arrival that a responder only reports; the injured arriving at a
hospital.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from five_outlets import MakeFolder, date_details

from corroborate.engine.text.clock import delays
from corroborate.engine.text.specifics import analyse

FIRE = "the fire at the Kelmar dance hall"

#: Police at the hall a few minutes after midnight: the arrival every conflict below meets.
AFTER_MIDNIGHT = (
    "When police and paramedics showed up a few minutes after midnight, the hall was ablaze."
)


@pytest.mark.parametrize(
    ("sentences", "detail"),
    [
        pytest.param(
            {
                0: AFTER_MIDNIGHT,
                2: "Firefighters were alerted at 11:40 p.m. and had an engine at the scene "
                "five minutes later, the brigade said.",
            },
            "a few minutes after midnight / 11:40 p.m.; five minutes later",
            id="after midnight against an alarm at 11:40 p.m. and the scene five minutes later",
        ),
        pytest.param(
            {
                0: AFTER_MIDNIGHT,
                2: "The brigade was alerted at 11:40 p.m. by a caller from the quay. The first "
                "fire engines and rescue teams were on the scene six minutes after the call "
                "was received, the brigade chief said.",
            },
            "a few minutes after midnight / six minutes after the call",
            id="after midnight against six minutes after a call the outlet timed before",
        ),
        pytest.param(
            {
                0: "Paramedics arrived at 2:50 a.m. to find the doors chained, the union said.",
                2: "The first ambulance crews arrived at 3:25 a.m., the hospital said.",
            },
            "2:50 a.m. / 3:25 a.m.",
            id="paramedics at 2:50 a.m. and the first ambulance crews at 3:25 a.m.",
        ),
    ],
)
def test_the_emergency_services_reaching_the_scene_at_two_times_is_a_date_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str], detail: str
) -> None:
    assert date_details(make_folder, FIRE, sentences) == [detail]


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param(
            {
                0: "The call came in to the sheriff's office at 9:06 a.m., a spokesman said.",
                2: "Deputies were dispatched at 9:09 a.m. and reached the depot soon after.",
            },
            id="the call and the dispatch are two moments of one response",
        ),
        pytest.param(
            {
                0: "Dispatchers took the call at 9:06 a.m., and deputies arrived just over "
                "five minutes later.",
                2: "Deputies were on the scene at 9:14 a.m., the sheriff said.",
            },
            id="an arrival told as a bound holds of a later time",
        ),
        pytest.param(
            {
                0: "A fire engine arrived at 11:47 p.m., the brigade said.",
                2: "Rescue squads were on the scene at 11:50 p.m., the brigade said.",
            },
            id="the first engine and the squads a few minutes apart",
        ),
        pytest.param(
            {
                0: "In a 2019 blaze at the same hall, firefighters arrived at 1:15 a.m.",
                2: "Firefighters arrived at 11:47 p.m., the brigade said.",
            },
            id="an arrival at another blaze of another year",
        ),
        pytest.param(
            {
                0: "Police showed up at 2:50 a.m. Saturday, the union said.",
                2: "Rescue crews were on the scene at 3:30 a.m. Sunday, the mayor said.",
            },
            id="two days",
        ),
        pytest.param(
            {
                0: "Police showed up at 2:50 a.m., the union said. Firefighters arrived at "
                "3:40 a.m., the union added.",
                2: "Rescue crews were on the scene at 3:20 a.m., the mayor said.",
            },
            id="an outlet telling two arrivals far apart tells of two crews",
        ),
        pytest.param(
            {
                0: "Police said the marchers showed up at 10:05 a.m. and left at noon.",
                2: "Officers were on the scene at 10:40 a.m., the mayor said.",
            },
            id="an arrival the police only report is not theirs",
        ),
        pytest.param(
            {
                0: "Paramedics arrived at the hospital at 1:30 a.m. with the injured.",
                2: "Paramedics arrived at 11:47 p.m., the brigade said.",
            },
            id="paramedics arriving at a hospital are not at the scene",
        ),
    ],
)
def test_look_alikes_of_an_arrival_timed_two_ways_are_not_reported(
    make_folder: MakeFolder, sentences: Mapping[int, str]
) -> None:
    assert date_details(make_folder, FIRE, sentences) == []


def test_minutes_told_from_a_named_moment_are_read_with_the_moment() -> None:
    spec = analyse("The first trucks were on the scene six minutes after the call was received.")
    ((delay,),) = (delays(spec),)
    assert (delay.minutes, delay.approximate) == (6, False)
    assert spec.tokens[delay.moment].low == "call"


def test_minutes_after_a_time_of_day_or_told_as_a_bound_are_no_delay() -> None:
    assert delays(analyse("They came five minutes after midnight, a guard said.")) == []
    assert delays(analyse("They came more than 20 minutes after the call.")) == []
