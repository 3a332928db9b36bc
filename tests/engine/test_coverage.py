"""Coverage matrix: claims against independent sources, and the figures per outlet."""

from __future__ import annotations

import pytest

from articles import one_sentence_story
from corroborate.engine import ConsensusSummary, SummaryOptions, analyze, summarize
from corroborate.engine.models import CoverageCell, Disagreement, Match, SummaryItem
from corroborate.engine.report.coverage import CONTRADICTS, REPORTS, coverage
from corroborate.resources import sample_story


@pytest.fixture(scope="module")
def sample() -> ConsensusSummary:
    return summarize(analyze(sample_story()))


def test_rows_are_the_summary_then_the_single_source_claims(sample: ConsensusSummary) -> None:
    matrix = coverage(sample)
    expected = [i.sentence for i in sample.items] + [i.sentence for i in sample.single_source]
    assert [row.sentence for row in matrix.rows] == expected
    assert [row.single_source for row in matrix.rows] == [False] * len(sample.items) + [True] * len(
        sample.single_source
    )


def test_columns_are_independent_sources_with_their_copies(sample: ConsensusSummary) -> None:
    analysis = sample.analysis
    matrix = coverage(sample)
    assert [c.group for c in matrix.columns] == [g.id for g in analysis.groups]
    meridian = next(c for c in matrix.columns if c.outlet == "Meridian Press")
    assert set(meridian.files) == {
        "01-bridge-collapses-into-tessel.txt",
        "02-fennick-bridge-collapse-two-dead.txt",
    }


def test_cells_name_a_sentence_of_their_source(sample: ConsensusSummary) -> None:
    analysis = sample.analysis
    matrix = coverage(sample)
    for row, item in zip(matrix.rows, sample.items, strict=False):
        assert row.support == item.support
    for row in matrix.rows:
        own = analysis.sentence_group[row.sentence]
        assert row.cells[own].state == REPORTS and row.cells[own].sentence == row.sentence
        for column, cell in zip(matrix.columns, row.cells, strict=True):
            if not cell.state:
                assert cell.sentence is None
                continue
            assert analysis.sentence_group[cell.sentence] == column.group


def test_a_contradicting_source_is_marked(sample: ConsensusSummary) -> None:
    analysis = sample.analysis
    matrix = coverage(sample)
    marked = {
        (row.sentence, cell.sentence)
        for row in matrix.rows
        for cell in row.cells
        if cell.state == CONTRADICTS
    }
    assert marked, "the sample story has disagreements; some row must show one"
    pairs = {frozenset((d.a, d.b)) for d in analysis.disagreements}
    for row_sentence, other in marked:
        _, backing = analysis.corroboration(row_sentence)
        assert any(frozenset((b, other)) in pairs for b in backing)
    thursday = next(s.id for s in analysis.sentences if "would reopen Thursday" in s.text)
    assert any(other == thursday for _, other in marked)


def _fire_story() -> ConsensusSummary:
    """Four outlets of a hall fire. The Harbour Times's claim (60 dead) is backed whole by
    the Valley Post and in one fact (the dead) by the Fen Courier, whose other fact (162
    injured) the Moor Gazette gives otherwise (190 injured); the Moor Gazette says nothing
    of the dead. The Tessel Ledger gives the dead otherwise (48)."""
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", "The hall fire killed 60 young people."),
            ("b.txt", "Valley Post", "Sixty young people died in the hall fire."),
            ("c.txt", "Fen Courier", "The fire killed 60 people and injured 162 others."),
            ("d.txt", "Moor Gazette", "More than 190 were injured in the fire."),
            ("e.txt", "Tessel Ledger", "The hall fire killed 48 young people."),
        ],
        matches=(Match(0, 1, 0.8, "paraphrase"), Match(0, 2, 0.5, "fact")),
        neighbours=((1, 2), (0,), (0,), (), ()),
        disagreements=(
            Disagreement("number", 2, 3, "162", "190"),
            Disagreement("number", 0, 4, "60", "48"),
        ),
    )
    claim = analysis.claim(0)
    text = analysis.sentences[0].text
    item = SummaryItem(claim, text, "a.txt", ("a.txt", "b.txt", "c.txt"))
    return ConsensusSummary("Hall fire", SummaryOptions(), (item,), (), (), analysis)


def test_the_map_marks_a_claim_disputed_by_the_outlets_its_summary_line_names() -> None:
    summary = _fire_story()
    matrix = coverage(summary)
    row = matrix.rows[0]
    assert [(cell.state, cell.sentence) for cell in row.cells[:3]] == [
        (REPORTS, i) for i in range(3)
    ]
    assert row.cells[4] == CoverageCell(CONTRADICTS, 4)
    marked = tuple(
        c.outlet
        for c, cell in zip(matrix.columns, row.cells, strict=True)
        if cell.state == CONTRADICTS
    )
    assert marked == summary.items[0].disputed_by == ("Tessel Ledger",)


def test_a_backer_of_one_fact_disputed_on_another_does_not_mark_its_disputer() -> None:
    row = coverage(_fire_story()).rows[0]
    moor_gazette = row.cells[3]
    assert moor_gazette.state == "" and moor_gazette.sentence is None


def test_outlet_figures(sample: ConsensusSummary) -> None:
    analysis = sample.analysis
    matrix = coverage(sample)
    assert [o.outlet for o in matrix.outlets] == [c.outlet for c in matrix.columns]
    for stats in matrix.outlets:
        assert 0 <= stats.corroborated <= stats.sentences
        assert 0.0 <= stats.share <= 1.0
        assert stats.disputed <= stats.sentences
        expected = tuple(
            item.sentence
            for item in sample.single_source
            if analysis.sentence_group[item.sentence] == stats.group
        )
        assert stats.single_source == expected
    assert sum(o.disputed for o in matrix.outlets) >= 2


def test_a_single_article_has_one_column(make_folder, story_files) -> None:
    folder = make_folder({"only.txt": story_files["meridian.txt"]})
    matrix = coverage(summarize(analyze(folder)))
    assert len(matrix.columns) == 1
    assert all(row.cells[0].state == REPORTS for row in matrix.rows)
    assert matrix.outlets[0].corroborated == 0


def test_what_only_an_outlet_reports_is_counted_whole_not_only_the_sentences_listed() -> None:
    summary = summarize(analyze(sample_story()), SummaryOptions(single_source_per_outlet=0))
    assert summary.single_source_more > 0, "none listed: every one is beyond the list"
    matrix = coverage(summary)
    for stats in matrix.outlets:
        assert stats.single_source_total >= len(stats.single_source)
    listed_and_more = len(summary.single_source) + summary.single_source_more
    assert sum(o.single_source_total for o in matrix.outlets) == listed_and_more


def test_a_disputing_source_with_copies_shows_its_original_articles_sentence() -> None:
    # The Valley Post's fuller report (c.txt) is the original its shorter copy (b.txt)
    # was built on; both give the dead otherwise.
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", "The hall fire killed 60 young people."),
            ("b.txt", "Valley Post", "The hall fire killed 48 young people."),
            ("c.txt", "Valley Post", "The hall fire killed 48 young people, police said."),
        ],
        [(0,), (2, 1)],
        neighbours=((), (), ()),
        disagreements=(
            Disagreement("number", 0, 1, "60", "48"),
            Disagreement("number", 0, 2, "60", "48"),
        ),
    )
    assert analysis.claim(0).disputes[0].sentences == (2, 1)
    item = SummaryItem(analysis.claim(0), analysis.sentences[0].text, "a.txt", ("a.txt",))
    summary = ConsensusSummary("Hall fire", SummaryOptions(), (item,), (), (), analysis)
    assert coverage(summary).rows[0].cells[1] == CoverageCell(CONTRADICTS, 2)


def test_a_backer_of_one_fact_disputed_on_that_fact_marks_its_disputer() -> None:
    # The Valley Post backs only the injured of the claim, and the Fen Courier counts them
    # otherwise: the claim's own "21" is disputed, though no sentence of the Fen Courier's
    # was set against the claim's sentence itself.
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", "The market bomb killed two attackers and injured 21."),
            ("b.txt", "Valley Post", "The blast wounded 21 shoppers, apparently at random."),
            ("c.txt", "Fen Courier", "Police said 24 shoppers were wounded in the blast."),
        ],
        matches=(Match(0, 1, 0.5, "fact"),),
        neighbours=((1,), (0,), ()),
        disagreements=(Disagreement("number", 1, 2, "21", "24"),),
    )
    assert analysis.claim(0).disputed_by == ("Fen Courier",)
    item = SummaryItem(analysis.claim(0), analysis.sentences[0].text, "a.txt", ("a.txt", "b.txt"))
    summary = ConsensusSummary("Market bomb", SummaryOptions(), (item,), (), (), analysis)
    assert coverage(summary).rows[0].cells[2] == CoverageCell(CONTRADICTS, 2)


def test_a_figure_inside_a_longer_one_is_not_the_claims_own() -> None:
    # "21" is no word of "210": the Valley Post's disputed count is not the claim's.
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", "The market bomb killed two and injured 210 shoppers."),
            ("b.txt", "Valley Post", "The blast killed two people and wounded 21 guards."),
            ("c.txt", "Fen Courier", "Police said 24 guards were wounded in the blast."),
        ],
        matches=(Match(0, 1, 0.5, "fact"),),
        neighbours=((1,), (0,), ()),
        disagreements=(Disagreement("number", 1, 2, "21", "24"),),
    )
    assert analysis.claim(0).disputes == ()
