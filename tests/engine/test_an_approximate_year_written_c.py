"""A year after "c." or "ca." (circa: "built c. 1950") is approximate, as "about 1950" is: a
year near it is no disagreement, one far from it still is. "C." as an initial ("Jonas C.
Brandt") makes no year approximate.

Every sentence here is invented: its places, works and people."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare


@pytest.mark.parametrize(
    "approximate",
    [
        "The Orrin chapel was built c. 1950 by the Varn family.",
        "The Orrin chapel was built ca. 1950 by the Varn family.",
        "The Orrin chapel was built about 1950 by the Varn family.",
    ],
)
def test_a_year_written_circa_and_a_year_near_it_are_no_disagreement(approximate: str) -> None:
    near = "The Orrin chapel was built in 1951 by the Varn family."
    assert compare(approximate, near) is None and compare(near, approximate) is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("The Orrin chapel was built c. 1950 by the Varn family.",
                     "The Orrin chapel was built in 1958 by the Varn family.",
                     id="a year far from one written circa"),
        pytest.param("The Orrin chapel was built in 1950 by Jonas C. Brandt.",
                     "The Orrin chapel was built in 1951 by Jonas C. Brandt.",
                     id="an initial beside an exact year"),
    ],
)  # fmt: skip
def test_a_year_far_from_one_written_circa_or_beside_an_initial_still_disagrees(
    one: str, other: str
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and found.kind == "date"
