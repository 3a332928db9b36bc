"""A deadline set is one day: two outlets giving it two days disagree.

"Harlow Mills must repay the loan by March 10" / "by April 10" tell of one deadline a court
or a lender set, and the two days cannot both be it, where "the talks will end by March 10"
/ "by March 12" are two forecasts of a latest day that may both hold (and stay no
conflict: tests/engine/test_disagree_bound_lookalikes.py). Every sentence here is invented:
its firms, places and events.
"""

from __future__ import annotations

import pytest
from five_outlets import MakeFolder, five_outlets

from corroborate.engine.conflicts.judge import compare

DEADLINES = [
    pytest.param("Harlow Mills must repay the Fennick loan by March 10, the court said.",
                 "Harlow Mills must repay the Fennick loan by April 10, the court said.",
                 id="must ... by"),
    pytest.param("The court ordered Harlow Mills to repay the loan by March 10.",
                 "The court ordered Harlow Mills to repay the loan by April 10.",
                 id="ordered to ... by"),
    pytest.param("Payment from Harlow Mills is due by March 10.",
                 "Payment from Harlow Mills is due by April 10.", id="due by"),
    pytest.param("Tenants of the Orrin block were required to leave by March 10.",
                 "Tenants of the Orrin block were required to leave before April 10.",
                 id="required to ... before"),
]  # fmt: skip

FORECASTS = [
    pytest.param("The Orrin talks will end by March 10.", "The Orrin talks will end by March 12.",
                 id="will end by"),
    pytest.param("Repairs to the Orrin bridge should be finished by March 10.",
                 "Repairs to the Orrin bridge should be finished by April 10.",
                 id="should be finished by"),
    pytest.param("The Orrin vote will come no earlier than May 2, even if a deadline is set.",
                 "The Orrin vote will come no earlier than May 5.",
                 id="two earliest days beside the word deadline"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), DEADLINES)
def test_a_deadline_set_given_two_days_is_a_disagreement(one: str, other: str) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and found.kind == "date"


@pytest.mark.parametrize(("one", "other"), FORECASTS)
def test_two_forecast_latest_or_earliest_days_are_no_disagreement(one: str, other: str) -> None:
    assert compare(one, other) is None and compare(other, one) is None


def test_a_loan_deadline_given_two_days_by_two_outlets_is_a_disagreement_of_the_story(
    make_folder: MakeFolder,
) -> None:
    analysis = five_outlets(
        make_folder,
        "the Harlow Mills loan",
        {0: "Harlow Mills must repay the loan by March 10, the court said.",
         2: "Harlow Mills must repay the loan by April 10, the court said."},
    )  # fmt: skip
    assert [(d.kind, d.detail) for d in analysis.disagreements] == [("date", "March 10 / April 10")]
