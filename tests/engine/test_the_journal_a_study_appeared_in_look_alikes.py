"""A journal named beside another piece, another study or no verb of telling is not where
the story's study appeared: a correction, a retraction notice, an accompanying review, a
column, an interview, a survey cited from a trade paper, a second or follow-up study or a
study of last year in the same journal do not make two sentences one fact; and a journal's
name read in full through the small words of other languages ("Revista *de* …"). Every
outlet, journal, place and person here is invented.
"""

from __future__ import annotations

import pytest

from articles import judge
from corroborate.engine.text.venues import venue

# An invented story about one vitamin trial, told by four invented outlets: its words
# (vitamin, heart, patients, trial) are in most sentences, as in a real folder.
TRIAL = (
    "Researchers at Harlen University said a daily dose of vitamin K lowered the risk of heart "
    "attacks in older patients. The trial followed patients in Harlen and Marlow for six years. "
    "Patients who took the vitamin had fewer heart attacks than those given a dummy pill. "
    "The researchers said more work was needed before doctors prescribe the vitamin.",
    "Doctors in Marlow welcomed the vitamin study but urged caution. Heart specialists said the "
    "trial was large and carefully run. The vitamin is cheap and sold without a prescription. "
    "Patients should talk to their doctors before taking it, the researchers said.",
    "The Harlen trial is the largest of its kind on vitamin K and the heart. Older patients "
    "with heart disease were chosen for the study. The vitamin did not cause serious side "
    "effects, the researchers reported. Pharmacies in Harlen reported a rush of customers.",
    "A heart charity in Marlow called the vitamin results encouraging. The researchers plan a "
    "second trial in younger patients. The study was paid for by a Harlen health fund. Heart "
    "doctors said the vitamin should not replace other treatment.",
)

PUBLISHED_ONLINE = "The results were published online in the journal Ventricle."
PUBLISHED = "Their findings have been published in the Journal of Coastal Cardiology."


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (PUBLISHED_ONLINE, "ventricle"),
        ("The study appears this week in the journal Ventricle.", "ventricle"),
        ("The report was published online Jan. 25 in the journal Ventricle.", "ventricle"),
        (
            "The vitamin study was reported on Tuesday in the Journal of Coastal Cardiology.",
            "journal of coastal cardiology",
        ),
        (
            "The Marlow results were published in the journal Revista de Cardiologia.",
            "revista de cardiologia",
        ),
        (
            "The trial is described in the journal Zeitschrift für Herzmedizin.",
            "zeitschrift für herzmedizin",
        ),
    ],
)
def test_the_journal_a_study_is_told_in_is_read_in_full(text: str, journal: str) -> None:
    assert venue(text) == journal


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A correction to the study was published in the Journal of Coastal Cardiology.",
            id="a correction",
        ),
        pytest.param(
            "A notice retracting the paper appeared in the journal Ventricle.",
            id="a retraction notice",
        ),
        pytest.param(
            "An accompanying review in the journal Ventricle questioned the dose.",
            id="an accompanying review",
        ),
        pytest.param(
            "Ida Marsh wrote in a column in the Journal of Coastal Cardiology that the dose "
            "was too high.",
            id="a column",
        ),
        pytest.param(
            "A Harlen pharmacist said in an interview in the Journal of Commerce that shelves "
            "were empty.",
            id="an interview in a trade paper",
        ),
        pytest.param(
            "Vitamin sales rose 40 percent, according to a survey in the Journal of Commerce.",
            id="a survey cited from a trade paper",
        ),
        pytest.param(
            "A second study, also in the Journal of Coastal Cardiology, found no effect on "
            "strokes.",
            id="a second study",
        ),
        pytest.param(
            "A follow-up study in the journal Ventricle will test younger patients.",
            id="a follow-up study",
        ),
        pytest.param(
            "A study last year in the Journal of Coastal Cardiology found the opposite.",
            id="a study of last year, no verb of telling",
        ),
    ],
)
def test_a_journal_holding_another_piece_or_study_is_no_venue(text: str) -> None:
    assert venue(text) is None


def test_two_journals_of_one_first_word_in_another_language_are_two() -> None:
    assert venue("The results were published in the journal Revista de Cardiologia.") != venue(
        "A smaller trial was reported in the journal Revista de Neurologia."
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "A notice retracting the paper appeared in the journal Ventricle.",
            PUBLISHED_ONLINE,
            id="a retraction notice / the study",
        ),
        pytest.param(
            "An accompanying review in the journal Ventricle questioned the dose.",
            PUBLISHED_ONLINE,
            id="an accompanying review / the study",
        ),
        pytest.param(
            "A follow-up study in the journal Ventricle will test younger patients.",
            PUBLISHED_ONLINE,
            id="a follow-up study / the study",
        ),
        pytest.param(
            "A study last year in the Journal of Coastal Cardiology found the opposite.",
            PUBLISHED,
            id="last year's study / the study",
        ),
        pytest.param(
            "Ida Marsh wrote in a column in the Journal of Coastal Cardiology that the dose "
            "was too high.",
            PUBLISHED,
            id="a column / the study",
        ),
    ],
)
def test_another_piece_in_the_same_journal_is_not_the_study(left: str, right: str) -> None:
    assert judge(left, right, TRIAL)[1] is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            PUBLISHED_ONLINE,
            "The study appears this week in the journal Ventricle.",
            id="published online / appears",
        ),
        pytest.param(
            "The work is described in the Proceedings of the Ostrand Academy of Sciences.",
            "Harlen University's team reported its findings in Proceedings of the Ostrand "
            "Academy of Sciences.",
            id="described / reported its findings",
        ),
    ],
)
def test_the_study_told_in_one_journal_two_ways_is_one_fact(left: str, right: str) -> None:
    found = judge(left, right, TRIAL)[1]
    assert found is not None
    assert found.kind == "fact"
