"""The cheap tests on a sentence's text, before any analysis, are built from the word
lists the judges read: a word added to a judge's list is let through by its cheap test.

Every sentence here is invented: its places, people and events."""

from __future__ import annotations

from corroborate.engine.text import polarity
from corroborate.engine.text.outcomes import CALLED_OFF, MAY_TELL_OUTCOME


def test_every_stem_of_a_thing_called_off_passes_both_cheap_tests_of_an_outcome() -> None:
    for stem in CALLED_OFF:
        text = f"The Dalby river festival was {stem}ed on Monday."
        assert MAY_TELL_OUTCOME.search(text.lower())
        assert "off" in polarity._signals(text)
    assert not MAY_TELL_OUTCOME.search("the dalby river festival opened on monday.")


def test_every_verb_of_a_decision_or_a_verdict_either_way_gives_its_signal() -> None:
    names = {
        polarity.CONFIRMING: "confirms",
        polarity.DENYING: "denies",
        polarity.APPROVING: "approves",
        polarity.REJECTING: "rejects",
        polarity.CONVICTING: "convicts",
        polarity.ACQUITTING: "acquits",
    }
    for pair in polarity.OPPOSED_VERBS:
        for stems in pair:
            for stem in stems:
                text = f"The Varnholt council {stem}ed it on Monday."
                assert names[stems] in polarity._signals(text)
