"""A denial worded with another verb never backs an affirmation: "The findings have not
been published in the journal Ventricle" is no support for "The findings appeared
Wednesday in the journal Ventricle", though the two share a rare name and the verbs
differ ("published" / "appeared"). When one sentence's main clause is denied ("not",
"never", "has yet to", "no … were", "failed to", "declined to") and the other's is
stated, the pair is no match. Look-alikes still match: a negation in an aside ("who did
not return calls"), "not only … but", a denial of a denial, and two sentences that both
deny ("no one was hurt" / "there were no injuries").

Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from articles import between, in_backdrop, judged
from corroborate.engine.matching.align import align_with_near
from corroborate.engine.models import NearPair
from corroborate.engine.text.polarity import polarity_apart

# A denial against an affirmation told with another verb, or another wording of "no".
DENIALS_IN_OTHER_WORDS = [
    pytest.param(
        "The findings have not been published in the journal Ventricle.",
        "The findings appeared Wednesday in the journal Ventricle.",
        id="not-published-appeared",
    ),
    pytest.param(
        "Police in Marrowick have not arrested Tobin Vasquell over the Dunmere fire.",
        "Police in Marrowick took Tobin Vasquell into custody over the Dunmere fire.",
        id="not-arrested-custody",
    ),
    pytest.param(
        "The Orlent Mining board has yet to approve the sale of the Kessway mine.",
        "The Orlent Mining board signed off on the sale of the Kessway mine.",
        id="has-yet-to",
    ),
    pytest.param(
        "No survivors were found in the wreckage of the Pellow Star trawler.",
        "Rescuers pulled three survivors from the wreckage of the Pellow Star trawler.",
        id="no-were",
    ),
    pytest.param(
        "Marta Quell never visited the Harlow Point refinery before the blast.",
        "Marta Quell toured the Harlow Point refinery before the blast.",
        id="never",
    ),
    pytest.param(
        "The Brisk Ferry company failed to reach a deal with the Corrow dockers union.",
        "The Brisk Ferry company struck a deal with the Corrow dockers union.",
        id="failed-to",
    ),
    pytest.param(
        "The Tessel county coroner declined to name the Ambry quarry victim.",
        "The Tessel county coroner identified the Ambry quarry victim.",
        id="declined-to",
    ),
]


@pytest.mark.parametrize(("left", "right"), DENIALS_IN_OTHER_WORDS)
def test_a_denial_in_other_words_does_not_back_an_affirmation(left: str, right: str) -> None:
    assert polarity_apart(left, right)
    assert polarity_apart(right, left)
    assert judged(left, right) is None


def test_a_denial_in_other_words_is_handed_on_as_a_near_pair() -> None:
    left = "The findings have not been published in the journal Ventricle."
    right = "The findings appeared Wednesday in the journal Ventricle."
    sentences = in_backdrop(left, right)
    matches, near = align_with_near(sentences)
    assert not between(sentences, matches, left, right)
    found: list[NearPair] = between(sentences, near, left, right)
    assert len(found) == 1 and not found[0].conflict


# Pairs with a negation that must still match: the two tell one fact the same way round.
STILL_ONE_FACT = [
    pytest.param(
        "Marta Quell, who did not return calls, resigned Monday from the Harlow Point board.",
        "Marta Quell resigned Monday from the Harlow Point board.",
        id="negation-in-an-aside",
    ),
    pytest.param(
        "Not only the Harlow Point refinery but also the Corrow depot was shut on Monday.",
        "The Harlow Point refinery and the Corrow depot were shut on Monday.",
        id="not-only-but",
    ),
    pytest.param(
        "The Orlent Mining board did not deny that it sold the Kessway mine to Pellow Holdings.",
        "The Orlent Mining board sold the Kessway mine to Pellow Holdings.",
        id="double-negative",
    ),
    pytest.param(
        "No one was hurt when the Pellow Star trawler ran aground off Ambry Head.",
        "There were no injuries when the Pellow Star trawler ran aground off Ambry Head.",
        id="both-negative",
    ),
    pytest.param(
        "The Tessel coroner said the Ambry quarry victim had not been wearing a helmet.",
        "According to the Tessel coroner, the Ambry quarry victim was not wearing a helmet.",
        id="both-deny-in-reported-speech",
    ),
]


@pytest.mark.parametrize(("left", "right"), STILL_ONE_FACT)
def test_a_pair_told_the_same_way_round_still_matches(left: str, right: str) -> None:
    assert not polarity_apart(left, right)
    assert judged(left, right) is not None


# Negations that deny nothing the other sentence states the other way round: each pair
# tells one fact, though only one of the two holds "not", "no" or "unable".
NO_POLARITY_APART = [
    pytest.param(
        "The Corrow vote came as no surprise to the Tessel county board.",
        "The Corrow vote was expected by the Tessel county board.",
        id="no-surprise",
    ),
    pytest.param(
        "The Ambry coroner did not say whether the quarry victim was wearing a helmet.",
        "The Ambry quarry victim was wearing a helmet.",
        id="a-question-left-open",
    ),
    pytest.param(
        "The Kessway hall was not supposed to hold more than 150 people.",
        "Licensed to hold a maximum of 150 people, the Kessway hall held 400.",
        id="a-bound-far-after-not",
    ),
    pytest.param(
        "The Brisk Ferry company shut down after the Corrow dockers union turned down its plan.",
        "The Brisk Ferry company shut down after failing to persuade the Corrow dockers union "
        "to accept its plan.",
        id="a-statement-in-words-that-deny",
    ),
    pytest.param(
        "Pellow Air has been unable to make payments on 300 million marks of debt.",
        "Pellow Air has 300 million marks of debt going unpaid.",
        id="unable-unpaid",
    ),
    pytest.param(
        "Orlent Bank will waive its costs should Marta Quell choose not to appeal.",
        "Orlent Bank said it would waive its costs if Marta Quell agrees not to appeal.",
        id="a-denial-in-a-condition",
    ),
    pytest.param(
        '"It makes no difference. The board has already chosen Tobin Vasquell," said Quell.',
        "The board has already chosen Tobin Vasquell.",
        id="no-difference-in-another-sentence-of-a-quote",
    ),
    pytest.param(
        "The Harlow Point storm hit the Corrow coast with no warning on Monday.",
        "The Harlow Point storm hit the Corrow coast on Monday.",
        id="with-no-warning",
    ),
]


@pytest.mark.parametrize(("left", "right"), NO_POLARITY_APART)
def test_a_negation_that_denies_nothing_the_other_states_leaves_polarity_alike(
    left: str, right: str
) -> None:
    assert not polarity_apart(left, right)
    assert not polarity_apart(right, left)
