"""The list of what one outlet alone reports is the lenient side: a sentence is listed only
when no other outlet states any of its facts by the loosest evidence the engine has. Here,
one class of that evidence: one moment told to the minute, in one zone or in two read by
their offsets ("the moon begins to enter the umbra at 6:48 a.m. EST" / "the eclipse begins
at 11:48am UTC"), which times one event though the sentences share no other word, read by
the clock times' own reader (:func:`corroborate.engine.text.clock.instant`). Beside it, the
look-alikes that must stay listed: a round hour many events share, an approximate time,
two moments of the day, a time in a zone beside one in none, a zone naming two offsets,
and a sentence sharing only the story's main name. Every outlet, place and person is
invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from single_source_listed import listed_texts

from corroborate.engine.consensus.single_source import shared_fact_pairs
from corroborate.engine.models import Sentence
from corroborate.engine.text.clock import ZONE_HOURS, ZONES, clocks, instant
from corroborate.engine.text.specifics import analyse

BACKDROP = " ".join(
    f"Watchers at the Ostby hill fort {n} set up their folding chairs early." for n in range(30)
)


def _paired(one: str, other: str, sentences: list[Sentence]) -> bool:
    pairs = {(sentences[a].text, sentences[b].text) for a, b in shared_fact_pairs(sentences)}
    return (one, other) in pairs or (other, one) in pairs


@pytest.mark.parametrize(
    ("time", "key"),
    [
        ("The eclipse begins at 6:48 a.m. EST.", "utc:708"),
        ("The eclipse begins at 11:48am UTC.", "utc:708"),
        ("The eclipse begins at 12:48 p.m. CET.", "utc:708"),
        ("The eclipse begins at 3:48 a.m. PST.", "utc:708"),
        ("The eclipse begins at 6:48 a.m.", ":408"),
        ("The eclipse begins at 6:48 a.m. ET.", "et:408"),
    ],
)
def test_a_time_told_to_the_minute_is_read_as_one_moment_in_utc_when_its_zone_names_one_offset(
    time: str, key: str
) -> None:
    assert [instant(clock) for clock in clocks(analyse(time))] == [key]


def test_every_zone_read_by_its_offset_is_a_zone_the_clock_reader_reads() -> None:
    assert set(ZONE_HOURS) <= ZONES


@pytest.mark.parametrize(
    "time",
    [
        "The ferry left at 6 a.m. EST.",
        "The ferry left at 11:00 a.m. UTC.",
        "The ferry left at about 6:48 a.m. EST.",
        "The ferry left around midnight.",
    ],
)
def test_a_round_hour_or_an_approximate_time_names_no_moment_to_the_minute(time: str) -> None:
    assert [instant(clock) for clock in clocks(analyse(time))] == [None]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Along the Tessel coast the moon will just begin to enter the umbra at 6:48 a.m. EST.",
            "On the night of the 31st, the lunar eclipse will begin at 11:48am UTC.",
        ),
        (
            "The first tremor was recorded at 9:17 p.m. CET by the Varnholt observatory.",
            "Seismographs in Marrowby logged a jolt at 8:17 pm GMT.",
        ),
        (
            "The Brannock dam gates were opened at 4:23 a.m., officials said.",
            "Water began pouring over the spillway at 4:23 a.m. as sirens sounded.",
        ),
    ],
)
def test_two_outlets_giving_one_moment_to_the_minute_share_that_fact(
    sentences_of: Callable[..., list[Sentence]], one: str, other: str
) -> None:
    sentences = sentences_of(one, other, BACKDROP)
    assert _paired(one, other, sentences)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a round hour is the time of many events of a day
        (
            "The Brannock dam gates were opened at 4:00 a.m., officials said.",
            "Schools in Ostby closed at 4:00 a.m. as a precaution.",
        ),
        # an approximate time may be another event a few minutes off
        (
            "The Brannock dam gates were opened at about 4:23 a.m., officials said.",
            "Water began pouring over the spillway at about 4:23 a.m. as sirens sounded.",
        ),
        # two moments of the eclipse: the umbra entered, totality begun
        (
            "Along the Tessel coast the moon will just begin to enter the umbra at 6:48 a.m. EST.",
            "Totality begins at 12:51pm UTC and lasts 76 minutes.",
        ),
        # the same minutes in a zone and in none: not compared
        (
            "Along the Tessel coast the moon will just begin to enter the umbra at 6:48 a.m. EST.",
            "The Varnholt ferry sails at 6:48 a.m. on weekdays.",
        ),
        # the same minutes in two zones are two moments hours apart
        (
            "The first tremor was recorded at 9:17 p.m. CET by the Varnholt observatory.",
            "Seismographs in Marrowby logged a jolt at 9:17 pm GMT.",
        ),
        # "ET" names summer's offset or winter's: read in no other zone
        (
            "Along the Tessel coast the moon will just begin to enter the umbra at 6:48 a.m. ET.",
            "On the night of the 31st, the lunar eclipse will begin at 11:48am UTC.",
        ),
    ],
)
def test_two_times_that_may_be_two_moments_share_nothing(
    sentences_of: Callable[..., list[Sentence]], one: str, other: str
) -> None:
    sentences = sentences_of(one, other, BACKDROP)
    assert not _paired(one, other, sentences)


GAZETTE = """Tessel Gazette

The moon will pass through the Earth's shadow on Wednesday in the first total eclipse over Ostby in nine years.

Along the Tessel coast the moon will just begin to enter the umbra at 6:48 a.m. EST, shortly before it sets.

Astronomer Ilse Varga of the Brannock observatory said the sky would be clear until dawn.

Varga plans to photograph the eclipse from the roof of the observatory's east dome.
"""

COURIER = """Marrowby Courier

Stargazers in Marrowby will see Wednesday's total eclipse of the moon from start to finish.

Darkening starts at 11:48am UTC, according to a timetable from the Brannock observatory.

The town council will switch off the street lights on Harl Street for an hour.

Ilse Varga of the Brannock observatory will give a free talk in the library on Tuesday.
"""


def test_one_moment_another_outlet_gives_in_another_zone_is_not_listed_as_one_outlet_s(
    make_folder: Callable[..., Path],
) -> None:
    folder = make_folder({"gazette.txt": GAZETTE, "courier.txt": COURIER})
    listed = listed_texts(folder)
    assert not any("6:48 a.m. EST" in text for text in listed)
    assert not any("11:48am UTC" in text for text in listed)
    # what one outlet alone tells stays listed
    assert any("street lights on Harl Street" in text for text in listed)
