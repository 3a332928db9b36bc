"""A denial told with "so far" ("officials so far did not release the names") tells how
things stood when the article was written, as "have not yet released" does: a later report
that the names were released is what happened next, no disagreement. "So" and "far" apart,
or "far" of a distance ("not so far from the river"), are no such word.

Every sentence here is invented: its places, people and events."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare


@pytest.mark.parametrize(
    "denial",
    [
        "Officials so far did not release the names of the Tessel victims.",
        "Officials did not so far release the names of the Tessel victims.",
        "Officials have not yet released the names of the Tessel victims.",
    ],
)
def test_a_denial_that_holds_so_far_is_no_disagreement_with_a_later_report(denial: str) -> None:
    done = "Officials released the names of the Tessel victims on Monday."
    assert compare(denial, done) is None and compare(done, denial) is None


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        pytest.param("Officials did not release the names of the Tessel victims.",
                     "Officials released the names of the Tessel victims on Monday.",
                     id="a plain denial"),
        pytest.param("So officials did not release the names of the Tessel victims, far away.",
                     "Officials released the names of the Tessel victims on Monday.",
                     id="so and far apart"),
        pytest.param("The Tessel mill is not so far from the river, the mayor said.",
                     "The Tessel mill is far from the river, the mayor said.",
                     id="far of a distance"),
    ],
)  # fmt: skip
def test_a_denial_without_so_far_still_disagrees(denial: str, assertion: str) -> None:
    for a, b in ((denial, assertion), (assertion, denial)):
        found = compare(a, b)
        assert found is not None and found.kind == "negation"
