"""The list of what one outlet alone reports is the lenient side: a sentence is listed only
when no other outlet states any of its facts by the loosest evidence the engine has. Here,
one class of that evidence: the journal two outlets say one study appeared in (a sentence
printed word for word in two articles of one outlet shares its copies' echoes:
test_single_source.py). Beside it, sentences one outlet alone reports that must stay
listed. Every outlet, journal, place and person is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from single_source_listed import fact_pairs_told, listed_texts

from corroborate.engine.models import Sentence

BACKDROP = " ".join(
    f"Children at the Dunmore clinic {n} were weighed every month." for n in range(30)
)


def test_two_outlets_naming_the_journal_a_study_appeared_in_share_that_fact(
    sentences_of: Callable[..., list[Sentence]],
) -> None:
    published = "The report was published online Jan. 12 in the journal Fenwick Pediatrics."
    estimate = "By 2035, one child in five will need glasses, researchers estimate in the journal Fenwick Pediatrics."
    sentences = sentences_of(published, estimate, BACKDROP)
    assert (published, estimate) in fact_pairs_told(sentences)


def test_a_journal_named_as_the_place_of_another_study_or_piece_shares_nothing(
    sentences_of: Callable[..., list[Sentence]],
) -> None:
    published = "The report was published online Jan. 12 in the journal Fenwick Pediatrics."
    earlier = "A 2019 study in the journal Fenwick Pediatrics found the opposite."
    editorial = "An editorial in the journal Fenwick Pediatrics called for more screening."
    sentences = sentences_of(published, earlier, editorial, BACKDROP)
    assert not any(published in pair for pair in fact_pairs_told(sentences))


def test_two_journals_are_two_facts(sentences_of: Callable[..., list[Sentence]]) -> None:
    one = "The report was published online Jan. 12 in the journal Fenwick Pediatrics."
    other = "The findings appear this week in the journal Orrin Medicine."
    sentences = sentences_of(one, other, BACKDROP)
    assert (one, other) not in fact_pairs_told(sentences)


PUBLISHED = "The report was published online Jan. 12 in the journal Fenwick Pediatrics."


@pytest.mark.parametrize(
    "other_study",
    [
        "Dr. Orla Fenn of Brisk Institute reported in the journal Fenwick Pediatrics in March "
        "that a cheap antibiotic cured ear infections.",
        "Last spring, doctors in Varnholt reported in the journal Fenwick Pediatrics that "
        "vitamin drops had no effect on colds.",
        "Scientists in Dorrance have reported in the journal Fenwick Pediatrics that screen time "
        "harms sleep.",
        "Kemal Ostby of Tarsk showed in a paper published in the journal Fenwick Pediatrics that "
        "night lights do no harm.",
    ],
)
def test_a_journal_sentence_naming_a_team_or_place_the_other_outlet_never_names_is_another_study(
    sentences_of: Callable[..., list[Sentence]], other_study: str
) -> None:
    # one journal prints many studies: the one outlet telling of a second study (another
    # team, another town) is alone in telling it
    sentences = sentences_of(PUBLISHED, other_study, BACKDROP)
    assert (PUBLISHED, other_study) not in fact_pairs_told(sentences)


def test_a_journal_sentence_naming_the_team_the_other_outlet_names_too_shares_the_journal(
    sentences_of: Callable[..., list[Sentence]],
) -> None:
    team = "The Holmvik team's findings appear this week in the journal Fenwick Pediatrics."
    estimate = (
        "By 2035, one child in five will need glasses, researchers estimate in the journal "
        "Fenwick Pediatrics."
    )
    sentences = sentences_of(
        f"Nurses from Holmvik University weighed 4,000 pupils. {team}",
        f"Researchers said pupils at Holmvik schools were followed for three years. {estimate}",
        BACKDROP,
    )
    assert (team, estimate) in fact_pairs_told(sentences)


@pytest.mark.parametrize(
    "not_a_study",
    [
        "Dr. Ines Barlow, an editor at the journal Fenwick Pediatrics, said she was wary of "
        "small studies.",
        "The journal Fenwick Pediatrics retracted a paper by a Dorrance chemist last year.",
        "A notice withdrawing a paper by a Dorrance chemist was printed in the journal Fenwick "
        "Pediatrics last year.",
        "The Fenwick Journal reported the findings on Sunday.",
    ],
)
def test_a_journal_named_as_an_employer_a_retraction_or_an_outlet_shares_nothing(
    sentences_of: Callable[..., list[Sentence]], not_a_study: str
) -> None:
    sentences = sentences_of(PUBLISHED, not_a_study, BACKDROP)
    assert (PUBLISHED, not_a_study) not in fact_pairs_told(sentences)


STUDY_HERALD = """Fenwick Herald

Children who spend two hours a day outdoors are less likely to need glasses, a study of 4,000 pupils in Dunmore found.

The report was published online Jan. 12 in the journal Fenwick Pediatrics.

Dr. Orla Penhale, who was not involved in the work, said schools in Kestrel County already hold lessons outside.

A 2019 study in the journal Fenwick Pediatrics found the opposite in older pupils.
"""

STUDY_POST = """Marrowby Post

A study of 4,000 pupils in Dunmore found that children who spend two hours a day outdoors are less likely to need glasses.

By 2035, one child in five will need glasses, researchers estimate in the journal Fenwick Pediatrics.

The pupils were followed for three years by nurses from the Dunmore clinic.
"""


def test_a_study_s_journal_told_by_two_outlets_is_listed_as_neither_s_alone(
    make_folder: Callable[..., Path],
) -> None:
    # In a folder this small the matcher already finds the two journal sentences alike;
    # the whole analysis shows that the sentence one outlet alone tells stays listed.
    folder = make_folder({"herald.txt": STUDY_HERALD, "post.txt": STUDY_POST})
    listed = listed_texts(folder)
    assert not any("journal Fenwick Pediatrics" in text and "2019" not in text for text in listed)
    # what one outlet alone tells stays listed
    assert any("Orla Penhale" in text for text in listed)
