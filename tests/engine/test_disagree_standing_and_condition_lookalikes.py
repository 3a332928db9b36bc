"""Look-alikes of the vetoes of figures under two conditions and of counts as they stand on
two days, which must still be reported: one condition worded two ways, an "even if" that
sets no condition, a settlement agreed in the perfect and said on two days, and a day
something takes effect "as of". Beside them, the vetoed shapes themselves stay vetoed.
Every sentence here is invented: its firms, places, people and events."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare

STILL_DISPUTES = [
    pytest.param("If the Orla river rises another metre, 300 families in Brindle will have to leave.",
                 "If the river rises by another metre, 800 families in Brindle will have to leave.",
                 "number", id="one condition, one outlet naming the river"),
    pytest.param("The Vask dam held, even if 300 homes in Brindle were flooded.",
                 "The Vask dam held, even if 800 homes in Brindle were damaged by water.",
                 "number", id="even if concedes, it sets no condition"),
    pytest.param("Harlow Mills has agreed to pay 3 million dollars to the Brindle families, its lawyer said Tuesday.",
                 "Harlow Mills has agreed to pay 5 million dollars to the Brindle families, the families said Wednesday.",
                 "number", id="a sum agreed in the perfect said on two days"),
    pytest.param("The curfew in Brindle will be lifted as of Monday, the mayor said.",
                 "The curfew in Brindle will be lifted as of Wednesday, the mayor said.",
                 "date", id="the day a curfew ends, as of two days"),
    pytest.param("The Vask smoking ban takes effect as of March 1.",
                 "The Vask smoking ban takes effect as of April 1.",
                 "date", id="the day a ban starts, as of two dates"),
]  # fmt: skip

STILL_VETOED = [
    pytest.param("If the Orla river rises another metre, 300 families in Brindle will have to leave.",
                 "If the Orla river rises two more metres, 800 families in Brindle will have to leave.",
                 id="two heights of one river"),
    pytest.param("Unless the Vask pumps are repaired, 300 homes in Brindle will flood.",
                 "Unless the levee on the Orla holds, 800 homes in Brindle will flood.",
                 id="two conditions with no figure"),
    pytest.param("Health officials in Vask confirmed 41 cases as of Monday.",
                 "Health officials in Vask confirmed 41 cases as of Wednesday.",
                 id="one count as of two days"),
    pytest.param("The flood in Brindle has killed at least 12 people, police said Tuesday.",
                 "The flood in Brindle has killed at least 19 people, police said Thursday.",
                 id="a toll in the perfect said on two days"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "kind"), STILL_DISPUTES)
def test_a_look_alike_of_two_conditions_or_two_moments_is_still_a_disagreement(
    one: str, other: str, kind: str
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and found.kind == kind


@pytest.mark.parametrize(("one", "other"), STILL_VETOED)
def test_two_conditions_or_two_moments_of_a_count_are_no_disagreement(one: str, other: str) -> None:
    for a, b in ((one, other), (other, one)):
        assert compare(a, b) is None
