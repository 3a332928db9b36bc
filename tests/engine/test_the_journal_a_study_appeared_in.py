"""Two outlets saying in which journal a study appeared state one fact, however else worded.

"Their findings have been published in the Journal of Forensic Sciences" and "The
investigation … was reported Tuesday in the Journal of Forensic Sciences" share the
journal's name and little else: a journal named as where the study appeared is matched
(:func:`corroborate.engine.text.venues.venue`), a newspaper, another piece or an earlier
study in the same journal is not. Every outlet, journal, place and person here is invented.
"""

from __future__ import annotations

import pytest

from articles import judge
from corroborate.engine.matching import align as align_module
from corroborate.engine.models import Match
from corroborate.engine.text.venues import venue

# An invented story about one study, so that the pair's words are weighed over a folder.
STUDY_BACKDROP = (
    "Grey seals in Fennick harbour have doubled in number since the eelgrass returned. "
    "Researchers counted the seals from boats every spring. The harbour master welcomed "
    "the news.",
    "Seal numbers in Fennick harbour rose sharply, a survey found. The eelgrass beds were "
    "replanted by volunteers. Fishermen in Corley say the seals take their catch.",
    "The Fennick seal survey ran for six years. Volunteers replanted the eelgrass beds near "
    "Corley. The council will fund another count next spring.",
)

PUBLISHED = "Their findings have been published in the Journal of Harbour Ecology."
REPORTED = (
    "The survey of the seals was reported on Tuesday in the Journal of Harbour Ecology and "
    "is the first such count of the colony."
)
IS_IN = "The study, paid for by the Corley trust, is in The Annals of Coastal Medicine."
RESULTS_IN = (
    "Lead author Dr. Mira Holt and colleagues reported their results in the Annals of "
    "Coastal Medicine after counting the seals from boats."
)


def judged(left: str, right: str) -> Match | None:
    """The match between ``left`` and ``right`` aligned inside the study backdrop, if any."""
    return judge(left, right, STUDY_BACKDROP)[1]


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (PUBLISHED, "journal of harbour ecology"),
        (IS_IN, "annals of coastal medicine"),
        ("It appears in the journal Tidal Science on Monday.", "tidal science"),
        ("The team reports today in the medical journal Seal Health.", "seal health"),
        (
            "The results appear in Proceedings of the Fennick Academy of Sciences.",
            "proceedings of the fennick academy of sciences",
        ),
        ("It was published in the journal Harbour Research Letters.", "harbour research letters"),
    ],
)
def test_the_journal_a_sentence_says_a_study_appeared_in_is_read(text: str, journal: str) -> None:
    assert venue(text) == journal


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The plan was first reported in the Corley Evening Journal.", id="a newspaper"
        ),
        pytest.param(
            "An editorial in the Journal of Harbour Ecology questioned the count.",
            id="another piece",
        ),
        pytest.param(
            "An earlier study in the Journal of Harbour Ecology found fewer seals.",
            id="an earlier study",
        ),
        pytest.param(
            "A 2011 study in the Journal of Harbour Ecology found fewer seals.",
            id="a dated study",
        ),
        pytest.param(
            "Dr. Holt is an editor at the Journal of Harbour Ecology.", id="where someone works"
        ),
        pytest.param("The seals were counted from boats every spring.", id="no journal"),
    ],
)
def test_a_journal_named_otherwise_than_as_where_the_study_appeared_is_no_venue(
    text: str,
) -> None:
    assert venue(text) is None


@pytest.mark.parametrize(
    ("left", "right"),
    [(PUBLISHED, REPORTED), (IS_IN, RESULTS_IN)],
    ids=["published / reported", "is in / reported their results in"],
)
def test_two_sentences_naming_the_journal_a_study_appeared_in_are_matched(
    left: str, right: str
) -> None:
    assert judged(left, right) is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [(PUBLISHED, REPORTED), (IS_IN, RESULTS_IN)],
    ids=["published / reported", "is in / reported their results in"],
)
def test_without_reading_the_journal_the_two_are_left_apart(
    left: str, right: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(align_module, "venue", lambda _: None)
    assert judged(left, right) is None


# The journal beside a fact of its own: the first such analysis of the colony.
LONG = (
    "The investigation into the pupping grounds on the north shore was reported on Tuesday "
    "in the Journal of Harbour Ecology and is apparently the first such analysis of the "
    "disputed colony."
)


def test_a_sentence_with_facts_of_its_own_beside_the_journal_is_not_backed_by_it() -> None:
    # the journal is most of what the short sentence says, a minor part of the long one
    sentences, found = judge(PUBLISHED, LONG, STUDY_BACKDROP)
    assert found is not None
    assert found.backs is not None
    assert sentences[found.backs].text == PUBLISHED


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            PUBLISHED,
            "Their findings have been published in the Journal of Coastal Ecology.",
            id="two journals",
        ),
        pytest.param(
            "The seal count was first reported in the Corley Evening Journal.",
            "The harbour closure was reported in the Corley Evening Journal.",
            id="a newspaper both cite for two things",
        ),
        pytest.param(
            "An editorial in the Journal of Harbour Ecology questioned the seal count.",
            PUBLISHED,
            id="an editorial in the same journal",
        ),
        pytest.param(
            "An earlier study in the Journal of Harbour Ecology found fewer seals.",
            PUBLISHED,
            id="an earlier study in the same journal",
        ),
        pytest.param(
            "Their findings were published on Tuesday in the Journal of Harbour Ecology.",
            "Their findings were published on Friday in the Journal of Harbour Ecology.",
            id="published on two days",
        ),
    ],
)
def test_a_journal_in_common_does_not_join_two_different_facts(left: str, right: str) -> None:
    assert judged(left, right) is None
