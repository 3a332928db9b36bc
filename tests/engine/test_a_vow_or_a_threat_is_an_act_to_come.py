"""A vow, a pledge, a promise or a threat to do something ("vowed to respond",
"pledged to rebuild the quay", "threatened to close the harbour") tells an act still to
come, as "expected to reopen" does: the act told as done backs it, it never backs the act
done. "To" after such a word before a noun ("pledged to the lifeboat fund") tells no act.

Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.text.verbs import acts_to_come


@pytest.mark.parametrize(
    ("done", "vowed"),
    [
        pytest.param(
            "The Fennick council responded by closing the harbour road to lorries on Tuesday.",
            "The Fennick council has vowed to respond by closing the harbour road to lorries "
            "on Tuesday.",
            id="responded / vowed to respond",
        ),
        pytest.param(
            "The Corley port authority closed the outer basin to trawlers after the gales.",
            "The Corley port authority threatened to close the outer basin to trawlers after "
            "the gales.",
            id="closed / threatened to close",
        ),
    ],
)
def test_the_act_done_backs_the_vow_and_the_vow_does_not_back_the_act_done(
    done: str, vowed: str
) -> None:
    for left, right in ((done, vowed), (vowed, done)):
        sentences, match = judge(left, right, STORM)
        assert match is not None
        assert match.backs is not None
        assert sentences[match.backs].text == vowed


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Officials in Corley have vowed to respond in kind.", "respond"),
        ("Vink promised to reopen the fish market by Friday.", "reopen"),
        ("The trawler crews are threatening to blockade the quay.", "blockade"),
        ("Marlow pledges to match every pound raised.", "match"),
    ],
)
def test_the_act_after_a_vow_is_read_as_still_to_come(text: str, act: str) -> None:
    assert act in acts_to_come(text)


def test_a_pledge_to_a_fund_tells_no_act_to_come() -> None:
    assert acts_to_come("Fennick pledged to the lifeboat fund a sum raised at the fair.") == (
        frozenset()
    )
