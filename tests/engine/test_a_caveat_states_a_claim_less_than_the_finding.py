"""A sentence saying a claim's words are not known to be so states the claim less than one
asserting them.

"The study is only observational, so it is unable to prove a link between late dinners
and poor sleep" names every rare word of "late dinners may lead to poor sleep, a study
suggests", often more of them than the outlet's sentence telling the finding; but it
says the link is not shown. Of an outlet's sentences matched to a claim, the one the
evidence opens (:meth:`Analysis.states_best`) is the one asserting the claim's words, not
the caveat (:func:`unproven_words`, read by the pipeline into :attr:`Analysis.unproven`).

Nor does such a sentence back the claim: a pair whose shared words one sentence says are
not known, and the other tells, is no match ("It was not known how many gunmen were inside
the van" / "Several gunmen were inside the van"), and is handed on as a near pair; two
sentences both saying a thing is not known agree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import pytest

from articles import FLOOD_BACKDROP, between, in_backdrop, judged
from corroborate.engine import analyze
from corroborate.engine.matching import align
from corroborate.engine.matching.align import Aligner, align_with_near
from corroborate.engine.models import Analysis, Article, Match, Sentence, SourceGroup
from corroborate.engine.text.polarity import unproven_words
from corroborate.engine.text.segment import content_stem

_LEFT_OPEN = [
    (
        "The team says the study is only observational, so it is unable to prove a link "
        "between late dinners and poor sleep.",
        {"link", "late", "dinners", "poor", "sleep"},
    ),
    ("The survey did not prove that the levy raised rents.", {"levy", "raised", "rents"}),
    ("It is not clear whether the warehouse fire was set deliberately.", {"warehouse", "fire"}),
    ("It is unclear whether the warehouse fire was set deliberately.", {"warehouse", "fire"}),
    ("Harbour police could not confirm the drownings.", {"drownings"}),
    ("Officials declined to confirm the report of a merger.", {"report", "merger"}),
    ("No one knows why the footbridge gave way.", {"footbridge"}),
    ("It was unknown if the skipper has a lawyer.", {"skipper", "lawyer"}),
    # what a word of knowing governs ends at a comma or "but"
    (
        "It is not clear whether the pistol was real, but the police are investigating.",
        {"pistol", "real"},
    ),
]

_STATED = [
    "The study showed that late dinners led to poor sleep.",
    "It is clear that the warehouse fire was set deliberately.",
    "Police have not released the names of the two sailors who drowned.",
    "Harbour police confirmed the drownings but could not say when the boat sank.",
    "The skipper did not know the passengers.",  # knowing a person, no question after it
    "The storm poses an unknown threat to the harbour.",  # a thing named, not a fact left open
    "For reasons that remain unclear, the board rejected the offer.",  # the rejection is told
]


@pytest.mark.parametrize(("text", "words"), _LEFT_OPEN)
def test_the_words_after_a_denied_word_of_knowing_are_left_unknown(
    text: str, words: set[str]
) -> None:
    found = unproven_words(text)
    expected = {content_stem(w.lower()) for w in words}
    assert expected <= found, (text, sorted(found))


@pytest.mark.parametrize("text", _STATED)
def test_a_sentence_asserting_its_words_leaves_nothing_unknown(text: str) -> None:
    assert unproven_words(text) == frozenset()


# A denial governs a word of knowing in its own verb phrase: next to it, before its
# auxiliaries, a verb denying the verb after "to", "no" before a thing and "to", a nobody
# subject; "know" before a question, past an adverb or "for certain".
_DENIED_IN_ITS_PHRASE = [
    ("The minister did not know precisely where the skipper is being held.", {"skipper", "held"}),
    ("No one knows for certain what happened on the pier that night.", {"pier", "night"}),
    ("Neither he nor his aides could say for sure where the ferry would dock.", {"ferry", "dock"}),
    ("None of the harbour officials could confirm the drownings.", {"drownings"}),
    ("There is no evidence to show that the levy raised rents.", {"levy", "rents"}),
    (
        "The ministry has not been able to confirm reports that more troops are moving.",
        {"reports", "troops"},
    ),
    ("It was not immediately clear whether the skipper had a lawyer.", {"skipper", "lawyer"}),
    ("I don't know exactly what he meant by the harbour deal.", {"harbour", "deal"}),
    ("Divers can't yet be sure how the ferry sank.", {"ferry", "sank"}),
    ("Nobody has determined why the footbridge gave way.", {"footbridge"}),
    ("The coroner was unable to establish the cause of the sailor's death.", {"death"}),
    ("There is no proof that the levy raised rents.", {"levy", "rents"}),
    ("No official could confirm the drownings.", {"drownings"}),
    ("No one at the scene could confirm how the ferry sank.", {"ferry", "sank"}),
    ("The harbour master would neither confirm nor deny the report.", {"report"}),
    ("Nothing proves that the levy raised rents.", {"levy", "rents"}),
]

# A denying word earlier in a long clause, whose own verb stands between it and a later
# word of knowing, leaves nothing unknown: the clause states what follows.
_DENIED_ELSEWHERE = [
    "The failed mayoral candidate made clear she had no plans to run for the harbour board again.",
    "The ferry line buys routes where its own boats are not fast enough to beat established rivals.",
    "There is no way to tell the story without making it quite clear that the mayor knew the skipper.",
    "Brenner declined to give details until he was sure the sailors' families had been told.",
    "Recent polls have shown the race tied, though an aide not tied to either side said private "
    "polls had shown the mayor ahead.",
    "The critic who does not dwell on the plot says the duels are shown off best in the final scene.",
    "Police not only confirmed the drownings but named the two sailors.",
]


@pytest.mark.parametrize(("text", "words"), _DENIED_IN_ITS_PHRASE)
def test_a_denial_in_the_verb_phrase_of_a_word_of_knowing_leaves_what_follows_unknown(
    text: str, words: set[str]
) -> None:
    found = unproven_words(text)
    expected = {content_stem(w.lower()) for w in words}
    assert expected <= found, (text, sorted(found))


@pytest.mark.parametrize("text", _DENIED_ELSEWHERE)
def test_a_denial_earlier_in_a_long_clause_does_not_reach_a_later_word_of_knowing(
    text: str,
) -> None:
    assert unproven_words(text) == frozenset()


def test_an_adverb_after_know_is_not_among_the_words_left_unknown() -> None:
    found = unproven_words("The minister did not know precisely where the skipper is held.")
    assert content_stem("precisely") not in found
    assert content_stem("skipper") in found


_FINDING = "Late dinners may lead to poor sleep in older adults, a study of nurses suggests."
_CAVEAT = (
    "The authors say the study of nurses is only observational, so it is unable to prove "
    "that late dinners lead to poor sleep in older adults."
)
_TOLD = "Older adults who ate late dinners slept poorly, the researchers found."


def _stems(text: str) -> tuple[str, ...]:
    words = (w.strip(".,").lower() for w in text.split())
    return tuple(s for w in words if w and (s := content_stem(w)))


def _story() -> Analysis:
    """The Harbour Times tells the finding; the Valley Post tells it in other words, then
    gives the study's caveat, which holds more of the finding's words. Both of the Post's
    sentences are matched to the Times's."""
    articles = (
        Article(0, "0.txt", "Title 0", "Harbour Times", "text", (_FINDING,)),
        Article(1, "1.txt", "Title 1", "Valley Post", "text", (_TOLD, _CAVEAT)),
    )
    texts = [(0, 0, _FINDING), (1, 0, _TOLD), (1, 1, _CAVEAT)]
    sentences = tuple(
        Sentence(i, a, k, 0, t, _stems(t), frozenset(), (), len(t.split()))
        for i, (a, k, t) in enumerate(texts)
    )
    matches = (Match(0, 1, 0.4, "paraphrase"), Match(0, 2, 0.5, "paraphrase"))
    return Analysis(
        Path("/story"),
        articles,
        sentences,
        matches,
        (SourceGroup(0, (0,), 0), SourceGroup(1, (1,), 1)),
        (0, 1),
        neighbours=((1, 2), (0,), (0,)),
        echoes=(frozenset({0, 1}),) * 3,
        unproven=tuple(unproven_words(t) for _, _, t in texts),
    )


def test_an_outlets_sentence_telling_the_finding_comes_before_its_caveat() -> None:
    post = _story().claim(0).statements[1]
    assert post.outlet == "Valley Post"
    assert post.sentences == (1, 2)


def test_unread_the_caveat_holding_more_of_the_claims_words_would_come_first() -> None:
    unread = dataclasses.replace(_story(), unproven=())
    assert unread.claim(0).statements[1].sentences == (2, 1)


def test_the_pipeline_reads_what_each_sentence_leaves_unknown(tmp_path: Path) -> None:
    (tmp_path / "times.txt").write_text(
        "Late dinners may harm sleep\n\n"
        "Late dinners may lead to poor sleep in older adults, a study of 900 nurses in "
        "Corley suggests. The nurses kept sleep diaries for two years.\n",
        encoding="utf-8",
    )
    (tmp_path / "post.txt").write_text(
        "Nurses who eat late sleep worse\n\n"
        "Nurses in Corley who ate late slept worse than those who ate early, researchers "
        "found. The authors say the study is only observational, so it is unable to prove "
        "that late dinners lead to poor sleep.\n",
        encoding="utf-8",
    )
    analysis = analyze(tmp_path)
    assert len(analysis.unproven) == len(analysis.sentences)
    left_open = {s.text for s in analysis.sentences if analysis.unproven[s.id]}
    assert left_open == {
        "The authors say the study is only observational, so it is unable to prove that "
        "late dinners lead to poor sleep."
    }


def test_the_matcher_and_the_ranking_ask_one_reading_of_each_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a sentence leaves unknown is read once per sentence, by the pipeline, and the
    matcher is handed that reading rather than reading the sentences again."""
    for name, headline, text in (
        ("times.txt", "Footbridge falls", "It is not clear why the Varnholt footbridge fell."),
        ("post.txt", "Bridge gives way", "The Varnholt footbridge fell into the canal."),
    ):
        (tmp_path / name).write_text(f"{headline}\n\n{text}\n", encoding="utf-8")
    readings: list[tuple[frozenset[str], ...]] = []
    texts: list[str] = []
    reading, reader = align.unproven_of, align.unproven_words

    def read_all(sentences: Sequence[Sentence]) -> tuple[frozenset[str], ...]:
        readings.append(reading(sentences))
        return readings[-1]

    def read_one(text: str) -> frozenset[str]:
        texts.append(text)
        return reader(text)

    monkeypatch.setattr(align, "unproven_of", read_all)
    monkeypatch.setattr(align, "unproven_words", read_one)
    analysis = analyze(tmp_path)
    assert readings == [analysis.unproven]
    assert sorted(texts) == sorted(s.text for s in analysis.sentences)
    assert any(analysis.unproven)


def test_the_matcher_asks_the_reading_it_is_handed() -> None:
    told, _, plain = (str(value) for value in _LEFT_OPEN_PAIRS[0].values)
    sentences = in_backdrop(told, plain, FLOOD_BACKDROP)
    assert between(sentences, Aligner(processes=1).match(sentences)[0], told, plain)
    # handed a reading in which the plain sentence leaves its own words unknown
    unknown = tuple(frozenset(s.stems) if s.text == plain else frozenset() for s in sentences)
    matches, near = Aligner(processes=1, unproven=unknown).match(sentences)
    assert not between(sentences, matches, told, plain)
    assert between(sentences, near, told, plain)


# A pair a judge matches when neither sentence says its words are not known: one telling a
# thing, the other saying it is not known (so no match), and the two alike told plainly.
_LEFT_OPEN_PAIRS = [
    pytest.param(
        "Several gunmen were inside the grey Fennick van, the sergeant said.",
        "It was not known how many gunmen were inside the grey Fennick van, but all were "
        "assumed to be armed.",
        "Four gunmen were inside the grey Fennick van, but all were assumed to be armed.",
        id="how-many-not-known",
    ),
    pytest.param(
        "Late dinners may raise the risk of poor sleep in Corley nurses, a study suggests.",
        "The authors say their study of Corley nurses is only observational, so it is unable "
        "to prove a link between late dinners and a higher risk of poor sleep.",
        "The authors say their study of Corley nurses is only observational, and it found a "
        "link between late dinners and a higher risk of poor sleep.",
        id="study-unable-to-prove",
    ),
]


@pytest.mark.parametrize(("told", "left_open", "plain"), _LEFT_OPEN_PAIRS)
def test_a_sentence_saying_what_another_tells_is_not_known_is_no_match(
    told: str, left_open: str, plain: str
) -> None:
    assert judged(told, plain, FLOOD_BACKDROP) is not None  # the judge matches the wording
    assert judged(told, left_open, FLOOD_BACKDROP) is None


def test_a_pair_left_open_is_handed_on_as_a_near_pair() -> None:
    told, left_open, _ = _LEFT_OPEN_PAIRS[0].values
    sentences = in_backdrop(str(told), str(left_open), FLOOD_BACKDROP)
    matches, near = align_with_near(sentences)
    assert not between(sentences, matches, str(told), str(left_open))
    assert between(sentences, near, str(told), str(left_open))


def test_two_sentences_both_saying_a_thing_is_not_known_agree() -> None:
    one = "The cause of the Varnholt warehouse fire had not been determined by Friday evening."
    other = "Firefighters said the cause of the Varnholt warehouse fire had not been determined."
    assert judged(one, other, FLOOD_BACKDROP) is not None
