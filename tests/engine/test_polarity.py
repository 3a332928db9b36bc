"""A denial is never support: one sentence denying what another states is no match,
whichever judge would have matched the pair; look-alikes of a denial still match."""

from __future__ import annotations

import pytest

from articles import between, in_backdrop, judged
from corroborate.engine.matching import align as align_module
from corroborate.engine.matching.align import align_with_near
from corroborate.engine.models import Match, NearPair, Sentence
from corroborate.engine.text.polarity import contradicts, denied_words, nobody_words
from corroborate.engine.text.specifics import analyse

#: Clauses that lengthen a sentence, so that a shorter one is contained in it or stated by
#: one of its clauses rather than paraphrased by all of it.
PADDING = (
    "after a search of the Corley rail yard, the harbour sheds and three farms along the "
    "Tessel, while the airline counted its losses, as the mayor spoke to reporters about "
    "the harbour dues, and the Brannock coroner opened an inquest"
)


def _align(left: str, right: str) -> tuple[list[Sentence], list[Match], list[NearPair]]:
    sentences = in_backdrop(left, right)
    matches, near = align_with_near(sentences)
    return sentences, matches, near


# Each pair, as the judge that matched it before denial was read by every judge.
DENIALS = [
    pytest.param(
        "The pilot survived the crash.",
        "The pilot did not survive the crash.",
        "paraphrase",
        id="survived-paraphrase",
    ),
    pytest.param(
        "The vote went ahead as planned.",
        "The vote did not go ahead as planned.",
        "paraphrase",
        id="went-ahead-paraphrase",
    ),
    pytest.param(
        "Police in Fennick confirmed the arrest of a second suspect late on Monday.",
        "Police in Fennick did not confirm the arrest of a second suspect late on Monday.",
        "copy",
        id="confirmed-copy",
    ),
    pytest.param(
        "The bridge will reopen on Monday.",
        "The bridge will not reopen on Monday.",
        "copy",
        id="reopen-copy",
    ),
    pytest.param(
        "Police in Fennick did not confirm the arrest of a second suspect.",
        f"Police in Fennick confirmed the arrest of a second suspect, {PADDING}.",
        "contained",
        id="confirmed-contained",
    ),
    pytest.param(
        "The blast at the Dunmore plant did not kill 14 workers.",
        "The blast killed 14 workers, after a search of the Corley rail yard.",
        "fact",
        id="killed-shared-figure",
    ),
    pytest.param(
        'The pilot survived, and "we owe everything to the crews who reached him," the '
        "airline said in a statement.",
        'Airline officials, who said "we owe everything to the crews who reached him," '
        "confirmed the pilot did not survive.",
        "quote",
        id="survived-quotation",
    ),
    pytest.param(
        "The council vote on the Dunmore mill was postponed on Tuesday evening.",
        "The council vote on the Dunmore mill went ahead as planned on Tuesday evening.",
        "paraphrase",
        id="postponed-went-ahead",
    ),
    pytest.param(
        "Police in Fennick confirmed the arrest of a second suspect late on Monday.",
        "Police in Fennick denied the arrest of a second suspect late on Monday.",
        "copy",
        id="confirmed-denied",
    ),
    pytest.param(
        "The Harrow family did not sell the Dunmore mill to a Corley builder.",
        "The Harrow family sold the Dunmore mill to a Corley builder last spring.",
        "paraphrase",
        id="sell-sold-two-forms",
    ),
]


@pytest.mark.parametrize(("left", "right", "kind"), DENIALS)
def test_a_sentence_denying_what_another_states_is_no_match_whichever_judge_matched_it(
    left: str, right: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert contradicts(left, right) and contradicts(right, left)
    assert judged(left, right) is None
    # the judge that would match the pair, were denial not read before it is accepted
    monkeypatch.setattr(align_module, "contradicts", lambda a, b: False)
    monkeypatch.setattr(align_module, "polarity_apart", lambda a, b: False)
    found = judged(left, right)
    assert found is not None and found.kind == kind


def test_a_denied_pair_is_handed_on_as_a_near_pair_for_the_disagreement_stage() -> None:
    left, right = "The pilot survived the crash.", "The pilot did not survive the crash."
    sentences, matches, near = _align(left, right)
    assert not between(sentences, matches, left, right)
    found = between(sentences, near, left, right)
    assert len(found) == 1 and not found[0].conflict


LOOK_ALIKES = [
    pytest.param(
        "The pilot did not survive the crash.",
        "The pilot never survived the crash.",
        id="both-deny",
    ),
    pytest.param(
        "The pilot, who did not speak, survived the crash.",
        "The pilot survived the crash.",
        id="denial-of-another-word",
    ),
    pytest.param(
        "Not only the pilot but also the navigator survived the crash.",
        "The pilot and the navigator survived the crash.",
        id="not-only-but-also",
    ),
    pytest.param(
        "No fewer than 12 passengers survived the crash.",
        "12 passengers survived the crash.",
        id="no-fewer-than",
    ),
    pytest.param(
        "The plane came down not far from the city of Brannock.",
        "The plane came down near the city of Brannock.",
        id="not-far-from",
    ),
    pytest.param(
        "The inquiry will report no later than Monday.",
        "The inquiry will report by Monday.",
        id="no-later-than",
    ),
    pytest.param(
        "The crew had nothing but praise for the pilot of the plane.",
        "The crew had praise for the pilot of the plane.",
        id="nothing-but",
    ),
]


@pytest.mark.parametrize(("left", "right"), LOOK_ALIKES)
def test_a_look_alike_of_a_denial_still_matches(left: str, right: str) -> None:
    assert not contradicts(left, right)
    assert judged(left, right) is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a denial that declines: both say the thing was not confirmed
        (
            "Police could not confirm the arrest of the Fennick ferry pilot.",
            "Police declined to confirm the arrest of the Fennick ferry pilot.",
        ),
        # "denied his country was involved" denies it too
        (
            "The ministry said Corland is not involved in the Fennick dispute.",
            "The ministry denied Corland was involved in the Fennick dispute.",
        ),
        # a condition states nothing: "if it did not hand over"
        (
            "Corland will face sanctions if it does not hand over the two pilots.",
            "Corland faces sanctions for its failure to hand over the two pilots.",
        ),
        # one says what the other denies only of something else
        (
            "The offence would not result in a criminal record for the Fennick pilots.",
            "The offence could result in a fine for the Fennick pilots.",
        ),
        # a thing, not a predicate: "not a homicide" / "the homicide squad"
        (
            "Police called the deaths suspicious, not a homicide.",
            "The homicide squad took over the inquiry into the deaths.",
        ),
        # the denied word is a name
        ("The dog would not be Trouble.", "The Fennick heiress left her fortune to Trouble."),
        # the sentence states the word it denies, of something else
        (
            "The firm will not collect voice recordings, but it may still collect usage data.",
            "The firm may collect usage data.",
        ),
        # a share of things called off, the thing itself going ahead
        (
            "Three ferry crossings were cancelled, but the Fennick regatta went ahead as planned.",
            "The Fennick regatta went ahead as planned.",
        ),
        # a thing not called off goes ahead
        ("The Fennick regatta was not postponed.", "The Fennick regatta went ahead as planned."),
        # a thing denied, that the other sentence names without saying it is
        (
            "No weapon was found after the deputies fired.",
            "The woman appeared to be reaching for the weapon.",
        ),
        (
            "There are no plans for the mayor to meet the governor.",
            "Plans for a second meeting of the mayor and the governor are on hold.",
        ),
        # said of two subjects with no word in common
        (
            "The mayor did not attend the ceremony.",
            "The governor attended the ceremony.",
        ),
    ],
)
def test_a_denial_of_something_the_other_sentence_does_not_state_vetoes_nothing(
    left: str, right: str
) -> None:
    assert not contradicts(left, right) and not contradicts(right, left)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "No charges were filed against the Fennick pilot.",
            "Charges were filed against the Fennick pilot.",
        ),
        (
            "Police said there is no investigation into the Fennick fire.",
            "Police are conducting an investigation into the Fennick fire.",
        ),
    ],
)
def test_a_thing_one_sentence_says_there_is_none_of_contradicts_the_other_saying_it_is(
    left: str, right: str
) -> None:
    assert contradicts(left, right) and contradicts(right, left)


def test_the_words_a_sentence_denies_are_read_once_for_every_stage() -> None:
    assert denied_words(analyse("The pilot did not survive the crash.")) == {"surviv"}
    assert denied_words(analyse("Not only the pilot survived.")) == frozenset()
    assert "die" in nobody_words(analyse("Nobody died in the crash."))
    assert not nobody_words(analyse("The pilot died in the crash."))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The court did not just fine the Dunmore mill, it closed it.",
            "The court fined the Dunmore mill.",
        ),
        ("The rebels did not merely seize Orrin; they burned it.", "The rebels seized Orrin."),
        (
            "The Fennick mayor did not simply attend the summit.",
            "The Fennick mayor attended the summit.",
        ),
    ],
)
def test_not_just_x_says_x_and_more_so_it_denies_nothing(left: str, right: str) -> None:
    assert not contradicts(left, right) and not contradicts(right, left)


@pytest.mark.parametrize(
    ("left", "owner", "right"),
    [
        (
            "The mayor's aide did not attend the Fennick summit.",
            "The mayor did not attend the Fennick summit.",
            "The mayor attended the Fennick summit.",
        ),
        (
            "Varga’s lawyer did not appear in court in Corley.",
            "Varga did not appear in court in Corley.",
            "Varga appeared in court in Corley.",
        ),
        (
            "The pilot's son did not survive the crash.",
            "The pilot did not survive the crash.",
            "The pilot survived the crash.",
        ),
    ],
)
def test_a_denial_of_someone_s_aide_is_not_said_of_the_one_whose_aide_it_is(
    left: str, owner: str, right: str
) -> None:
    assert not contradicts(left, right) and not contradicts(right, left)
    # the one whose aide it is, denied the same thing, is a contradiction
    assert contradicts(owner, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The governor of Fennick did not deny the report.",
            "The governor of Fennick confirmed the report.",
        ),
        ("The Corley ministry never denied the deal.", "The Corley ministry confirmed the deal."),
    ],
)
def test_not_denying_a_statement_is_no_contradiction_of_confirming_it(
    left: str, right: str
) -> None:
    assert not contradicts(left, right) and not contradicts(right, left)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Did the Fennick minister not resign on Tuesday?",
            "The Fennick minister resigned on Tuesday.",
        ),
        ("Why did the pilot not survive the crash?", "The pilot survived the crash."),
        ("Will the Fennick regatta not go ahead?", "The Fennick regatta went ahead as planned."),
    ],
)
def test_a_question_states_nothing_so_it_denies_nothing(left: str, right: str) -> None:
    assert not contradicts(left, right) and not contradicts(right, left)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The Fennick inquiry will report no later than Monday.",
            "The Fennick inquiry will report later, on Monday.",
        ),
        ("The ferry will sail no earlier than Friday.", "The ferry will sail earlier, on Friday."),
        (
            "The Corley levy will raise no more than 12 million.",
            "The Corley levy will raise more, 12 million.",
        ),
    ],
)
def test_a_bound_before_than_denies_nothing_the_other_sentence_states(
    left: str, right: str
) -> None:
    assert not contradicts(left, right) and not contradicts(right, left)


def test_a_pair_whose_only_negations_deny_nothing_is_never_analysed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from corroborate.engine.text import polarity

    def analysed(*_: object) -> None:
        raise AssertionError("the cheap test should have skipped the pair")

    monkeypatch.setattr(polarity, "analyse", analysed)
    monkeypatch.setattr(polarity, "_denies", analysed)
    pairs = [
        (
            "The Fennick council met on day 12, not only the hearing but the vote.",
            "The Fennick council met on day 12 for the hearing and the vote.",
        ),
        ("The Corley mill did not just close; it was razed.", "The Corley mill was closed."),
        ("No doubt the Orrin ferry sank.", "The Orrin ferry sank on Monday."),
        ("The Brisk levy will raise no more than 12 million.", "The Brisk levy will raise more."),
    ]
    for left, right in pairs:
        assert not contradicts(left, right)
