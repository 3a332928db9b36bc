"""Two outlets that time one event to one moment, the same clock time on a date of the
calendar both give (or both to the minute), tell one fact, in whatever other words: "The
woman called the coastguard around 4 a.m. on February 9" / "Around 4 a.m. Friday, February
9, … took a radio call from a woman" (:func:`corroborate.engine.text.clock.one_moment`,
asked by the matcher's ``one_time_told`` judge). A round hour with no date is the time of
many events of a story, and a time alone is not what happened then: two rare words besides
must be shared, and the usual vetoes hold (another person named, a word denied).
"""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.text.clock import one_moment
from corroborate.engine.text.specifics import analyse


@pytest.mark.parametrize(
    ("left", "right", "same_day", "expected"),
    [
        pytest.param(
            "The ferry left Corley around 4 a.m. on March 3.",
            "Around 4 a.m. on Sunday, March 3, the ferry sailed.",
            True,
            True,
            id="a round hour on a day both give",
        ),
        pytest.param(
            "The first lifeboat reached the quay at 6:48 a.m.",
            "At 6:48 a.m. the first of three lifeboats came in.",
            False,
            True,
            id="both to the minute",
        ),
        pytest.param(
            "The ferry left Corley around 4 a.m.",
            "Around 4 a.m. the harbour lights went out.",
            False,
            False,
            id="a round hour with no day",
        ),
        pytest.param(
            "The ferry left Corley around 4 a.m. on March 3.",
            "Around 7 a.m. on Sunday, March 3, the ferry sailed.",
            True,
            False,
            id="two hours of one day",
        ),
    ],
)
def test_one_moment_is_one_clock_time_to_the_minute_or_on_a_day_both_give(
    left: str, right: str, same_day: bool, expected: bool
) -> None:
    assert one_moment(analyse(left), analyse(right), same_day) is expected


#: One outlet's report of the call, with the day and the hour.
_CALLED = (
    "The 34-year-old woman called the coastguard around 4 a.m. on February 9, 2024, saying her "
    "husband had locked her below deck of a trawler after a quarrel, the head of the rescue "
    "centre said."
)


def test_a_call_timed_to_one_moment_by_two_outlets_in_other_words_is_one_fact() -> None:
    _, match = judge(
        _CALLED,
        "Around 4 a.m. Friday, February 9, Fennick watch officer Dora Vink took a radio call "
        "from a woman who said she had been shut in the hold of a boat heading out of the bay.",
        STORM,
    )
    assert match is not None
    assert match.kind == "fact"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The 34-year-old woman called the coastguard around 4 a.m., saying her husband had "
            "locked her below deck of a trawler after a quarrel, the head of the rescue centre "
            "said.",
            "Around 4 a.m., Fennick watch officer Dora Vink took a radio call from a woman who "
            "said she had been shut in the hold of a boat heading out of the bay.",
            id="a round hour with no day",
        ),
        pytest.param(
            _CALLED,
            "Around 4 a.m. Friday, February 9, Fennick watch officer Dora Vink did not take a "
            "radio call from a woman, the harbour office said.",
            id="the call denied",
        ),
        pytest.param(
            "Dora Vink called the coastguard around 4 a.m. on February 9, 2024, saying her "
            "husband had locked her below deck of a trawler after a quarrel, the head of the "
            "rescue centre said.",
            "Around 4 a.m. Friday, February 9, Anna Rolle called the Fennick watch officer to "
            "say a woman had been shut in the hold of a boat heading out of the bay.",
            id="another person's call at that moment",
        ),
    ],
)
def test_a_moment_without_its_day_or_denied_or_of_another_person_is_no_match(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORM)
    assert match is None
