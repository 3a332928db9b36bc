"""A share written with its sign ("30% of its 1,200 staff") is read as one written with the
word ("30 percent of its 1,200 staff"): the whole it is taken of is no rival for a count of
the share. A figure with a sign that takes no share ("a 5% rise") changes nothing.

Every sentence here is invented: its places, firms and people."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.specifics import analyse, share_told


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orlen plant will lay off 30% of its 1,200 staff next year.",
        "The Orlen plant will lay off 30 percent of its 1,200 staff next year.",
    ],
)
def test_a_whole_after_a_percentage_with_its_sign_or_its_word_is_read_as_a_share(
    sentence: str,
) -> None:
    spec = analyse(sentence)
    whole = next(v for v in spec.values if v.tag == "n:1200")
    assert share_told(spec, whole) == "percent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orlen plant, after a 5% rise in output, employs 1,200 staff.",
        "All of the 1,200 staff at the Orlen plant had a 5% rise.",
    ],
)
def test_a_figure_beside_a_percentage_that_takes_no_share_of_it_is_no_whole(
    sentence: str,
) -> None:
    spec = analyse(sentence)
    assert all(share_told(spec, v) is None for v in spec.values)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("The Orlen plant will lay off 30% of its 1,200 staff next year.",
                     "The Orlen plant will lay off 360 staff next year.", id="the share counted"),
        pytest.param("About 5% of the 1,200 staff at the Orlen plant were on leave.",
                     "About 60 staff at the Orlen plant were on leave.", id="a small share"),
    ],
)  # fmt: skip
def test_the_whole_a_percentage_with_its_sign_is_taken_of_is_no_rival_for_the_share(
    one: str, other: str
) -> None:
    assert compare(one, other) is None and compare(other, one) is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("The Orlen plant will lay off 30% of its 1,200 staff next year.",
                     "The Orlen plant will lay off 30% of its 1,000 staff next year.",
                     id="two wholes"),
        pytest.param("The Orlen plant, after a 5% rise in output, employs 1,200 staff.",
                     "The Orlen plant, after a 5% rise in output, employs 1,000 staff.",
                     id="a percentage that takes no share"),
    ],
)  # fmt: skip
def test_two_wholes_beside_a_percentage_with_its_sign_still_disagree(one: str, other: str) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and {found.a_words, found.b_words} == {"1,200", "1,000"}
