"""Of an outlet's sentences matched to a claim, every output shows the one that states it best.

An outlet may have several sentences matched to one claim: one that tells it, and one
that only shares its speaker and a few of its words. The coverage map's cell, the
summary's evidence (the exports read it) and the claim itself put the one that tells it
first (:meth:`Analysis.states_best`), not the first in reading order.
"""

from __future__ import annotations

from pathlib import Path

from corroborate.engine import ConsensusSummary, analyze, summarize
from corroborate.engine.models import (
    Analysis,
    Article,
    Match,
    Sentence,
    SourceGroup,
    SummaryItem,
)
from corroborate.engine.report.coverage import REPORTS, coverage
from corroborate.resources import sample_story

_STOP = {"the", "to", "on", "will", "had", "from", "said", "of", "a", "its", "again", "by"}


def _stems(text: str) -> tuple[str, ...]:
    words = (w.strip(".,").lower() for w in text.split())
    return tuple(w for w in words if w and w not in _STOP)


def _story(articles: list[tuple[str, list[str]]], matches: list[Match]) -> Analysis:
    """An analysis made by hand: each article's outlet and sentences, each article its own
    source, and the matches between the sentences (ids in reading order over the folder)."""
    made, sentences = [], []
    for a, (outlet, texts) in enumerate(articles):
        made.append(Article(a, f"{a}.txt", f"Title {a}", outlet, "text", tuple(texts)))
        for index, text in enumerate(texts):
            words = len(text.split())
            sid = len(sentences)
            sentences.append(Sentence(sid, a, index, 0, text, _stems(text), frozenset(), (), words))
    neighbours: list[list[int]] = [[] for _ in sentences]
    for m in matches:
        neighbours[m.a].append(m.b)
        neighbours[m.b].append(m.a)
    groups = tuple(SourceGroup(a, (a,), a) for a in range(len(made)))
    return Analysis(
        Path("/story"),
        tuple(made),
        tuple(sentences),
        tuple(matches),
        groups,
        tuple(range(len(made))),
        neighbours=tuple(map(tuple, neighbours)),
        echoes=tuple(
            frozenset({s.article, *(sentences[n].article for n in neighbours[s.id])})
            for s in sentences
        ),
    )


_FERRY = "The ferry to Brannock will run again from Friday, the harbour board said."
_PIER = "The harbour board said the storm had torn planks from the Brannock pier."
_RESUME = "The Brannock ferry will run again from Friday."


def _ferry_story(pier: float = 0.5, resume: float = 0.4) -> Analysis:
    """The Harbour Times tells the ferry's return; the Valley Post first names the harbour
    board and the pier, and then tells the return. Both of its sentences are matched."""
    return _story(
        [("Harbour Times", [_FERRY]), ("Valley Post", [_PIER, _RESUME])],
        [Match(0, 1, pier, "paraphrase"), Match(0, 2, resume, "paraphrase")],
    )


def _summary(analysis: Analysis) -> ConsensusSummary:
    summary = summarize(analysis)
    assert [item.sentence for item in summary.items] == [0]
    return summary


def test_the_sentence_telling_the_claim_comes_before_one_sharing_only_its_speaker() -> None:
    analysis = _ferry_story()
    post = analysis.claim(0).statements[1]
    assert post.outlet == "Valley Post"
    assert post.sentences == (2, 1)  # the return, then the pier, though read after it


def test_the_map_cell_opens_the_sentence_that_states_the_claim() -> None:
    row = coverage(_summary(_ferry_story())).rows[0]
    assert row.cells[1].state == REPORTS and row.cells[1].sentence == 2


def test_the_summarys_evidence_quotes_the_sentence_that_states_the_claim() -> None:
    item: SummaryItem = _summary(_ferry_story()).items[0]
    assert item.evidence[1] == ("Valley Post", "1.txt", _RESUME)


def test_of_two_sentences_holding_as_much_of_the_claim_the_stronger_match_comes_first() -> None:
    alike = "The ferry to Brannock will run again from Friday."
    analysis = _story(
        [("Harbour Times", [_FERRY]), ("Valley Post", [alike, alike + " Tickets are free."])],
        [Match(0, 1, 0.6, "paraphrase"), Match(0, 2, 0.7, "paraphrase")],
    )
    assert analysis.claim(0).statements[1].sentences == (2, 1)


def test_of_two_sentences_stating_the_claim_alike_the_first_read_comes_first() -> None:
    analysis = _story(
        [("Harbour Times", [_FERRY]), ("Valley Post", [_RESUME, _RESUME])],
        [Match(0, 1, 0.5, "paraphrase"), Match(0, 2, 0.5, "paraphrase")],
    )
    assert analysis.claim(0).statements[1].sentences == (1, 2)


def test_the_claims_own_sentence_opens_its_own_outlets_cell() -> None:
    analysis = _ferry_story()
    assert analysis.claim(2).statements[1].sentences == (2,)
    assert analysis.states_best(2, 2) < analysis.states_best(2, 0)


def test_the_sample_storys_reopening_opens_at_the_ledgers_reopening_sentence() -> None:
    summary = summarize(analyze(sample_story()))
    analysis = summary.analysis
    matrix = coverage(summary)
    row = next(r for r in matrix.rows if "would reopen on Wednesday" in r.text)
    ledger = next(i for i, c in enumerate(matrix.columns) if c.outlet == "The Valley Ledger")
    shown = analysis.sentences[row.cells[ledger].sentence].text
    assert "will reopen Wednesday" in shown
