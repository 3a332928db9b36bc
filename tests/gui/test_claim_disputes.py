"""Who disputes a summary claim: the summary row, the coverage map, the Markdown export and
the evidence pane all read it from the claim, and name the same outlets."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from articles import one_sentence_story
from corroborate.engine.models import CONTRADICTS, Disagreement, Match, Sentence
from corroborate.engine.report.coverage import coverage
from corroborate.engine.report.render import render_markdown
from corroborate.gui.coverage_view import CoverageView
from corroborate.gui.evidence_view import EvidenceView
from corroborate.gui.summary_view import SummaryView

from .fakes import fake_summarize

CLAIM = "The Carrowgate Bridge collapse killed two people and injured 21, police said."


def _bridge_story() -> Any:
    """Five outlets: two state the claim whole, one backs only its "two killed" and gives a
    time of the fall another outlet puts otherwise, and one counts the injured otherwise."""
    return one_sentence_story(
        [
            ("a.txt", "Harbour Times", CLAIM),
            ("b.txt", "Valley Post", "Police said the bridge collapse killed two and hurt 21."),
            ("c.txt", "Coast Ledger", "Two people were killed when the bridge fell at 6:40 p.m."),
            ("d.txt", "River News", "The bridge collapse killed two people and injured 24."),
            ("e.txt", "Hill Gazette", "The Carrowgate Bridge fell at 7:15 p.m. on Monday."),
        ],
        matches=(Match(0, 1, 0.8, "paraphrase"), Match(0, 2, 0.5, "fact")),
        neighbours=((1, 2), (0,), (0,), (), ()),
        disagreements=(
            Disagreement("number", 0, 3, "21", "24"),
            Disagreement("date", 2, 4, "6:40 p.m.", "7:15 p.m."),
        ),
    )


def test_the_summary_row_the_map_the_export_and_the_evidence_pane_name_one_disputer(
    qtbot: Any,
) -> None:
    analysis = _bridge_story()
    summary = fake_summarize(analysis)
    item = summary.items[0]
    assert item.sentence == 0 and item.support == 3
    assert item.disputed_by == ("River News",)

    rows = SummaryView()
    qtbot.addWidget(rows)
    rows.set_summary(summary)
    line = rows.model.outlet_line(0)
    assert "disputed by River News" in line and "Hill Gazette" not in line

    matrix = coverage(summary)
    outlets = [column.outlet for column in matrix.columns]
    against = [
        outlets[c] for c, cell in enumerate(matrix.rows[0].cells) if cell.state == CONTRADICTS
    ]
    assert against == ["River News"]
    view = CoverageView()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.set_summary(summary)
    view.show()
    qtbot.waitUntil(lambda: view.matrix is not None)
    assert "contradicts" in view.map.describe_cell(0, outlets.index("River News"))
    assert "contradicts" not in view.map.describe_cell(0, outlets.index("Hill Gazette"))

    markdown = render_markdown(summary).splitlines()
    claim_line = markdown[markdown.index(f"1. {CLAIM}") + 2]  # its support, under it
    assert "disputed by River News" in claim_line and "Hill Gazette" not in claim_line

    pane = EvidenceView()
    qtbot.addWidget(pane)
    pane.show_item(analysis, item)
    said = pane.silent.text().splitlines()
    assert "⚠ Disputed by River News (says 24); see Disagreements." in said
    # River News mentions the claim, with another figure: it is not silent on it.
    assert "Not mentioned by: Hill Gazette" in said
    # The Coast Ledger backs the deaths alone; the time it is disputed on is not this claim.
    assert (
        "A backing sentence of Coast Ledger is disputed on another point "
        "(dates differ: 6:40 p.m. / 7:15 p.m.); see Disagreements." in said
    )
    assert not [x for x in said if "Disputed" in x and "Hill Gazette" in x]


def test_an_outlet_whose_other_article_gives_another_figure_is_named_apart_not_as_a_disputer(
    qtbot: Any,
) -> None:
    # The Harbour Times states the claim, then its later article counts the injured
    # otherwise: it backs the claim, so it never disputes it, and is never silent on it.
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", CLAIM),
            ("b.txt", "Harbour Times", "The bridge collapse killed two and injured 24."),
            ("c.txt", "Valley Post", "Police said the bridge collapse killed two and hurt 21."),
            ("d.txt", "River News", "The Carrowgate Bridge will be rebuilt, the mayor said."),
        ],
        sources=[[0, 1], [2], [3]],
        matches=(Match(0, 2, 0.8, "paraphrase"),),
        neighbours=((2,), (), (0,), ()),
        disagreements=(Disagreement("number", 1, 2, "24", "21"),),
    )
    summary = fake_summarize(analysis)
    item = summary.items[0]
    assert item.disputed_by == () and item.split_within == ("Harbour Times",)
    pane = EvidenceView()
    qtbot.addWidget(pane)
    pane.show_item(analysis, item)
    assert pane.silent.text().splitlines() == [
        "Not mentioned by: River News",
        "⚠ Another article of Harbour Times says otherwise (says 24); see Disagreements.",
    ]


def test_backers_that_differ_on_another_point_are_named_once_and_never_as_disputing_the_claim(
    qtbot: Any,
) -> None:
    # Two outlets back "two killed" alone and count the injured two ways, as a third does:
    # one point, told once, and no outlet disputes the deaths.
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", "Two people were killed, the Fennick police said."),
            ("b.txt", "Valley Post", "Two people were killed and 14 were injured."),
            ("c.txt", "Coast Ledger", "Two people were killed and 12 were injured."),
            ("d.txt", "River News", "Fire Chief Brandt said 14 people were injured."),
        ],
        matches=(Match(0, 1, 0.5, "fact"), Match(0, 2, 0.5, "fact")),
        neighbours=((1, 2), (0,), (0,), ()),
        disagreements=(
            Disagreement("number", 1, 2, "14", "12"),
            Disagreement("number", 2, 3, "12", "14"),
        ),
    )
    item = fake_summarize(analysis).items[0]
    assert item.sentence == 0 and item.disputed_by == ()
    pane = EvidenceView()
    qtbot.addWidget(pane)
    pane.show_item(analysis, item)
    assert pane.silent.text().splitlines() == [
        "Not mentioned by: River News",
        "Backing sentences of Valley Post and Coast Ledger are disputed on another point "
        "(numbers differ: 14 / 12); see Disagreements.",
    ]


def test_an_outlet_giving_two_other_figures_is_named_once_with_one_says(qtbot: Any) -> None:
    # The River News counts the injured 24 in one article and 26 in its update: one outlet
    # disputing the claim, with both of its figures, and "says" said once.
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", CLAIM),
            ("b.txt", "Valley Post", "Police said the bridge collapse killed two and hurt 21."),
            ("c.txt", "River News", "The bridge collapse killed two people and injured 24."),
            ("d.txt", "River News", "The bridge collapse killed two people and injured 26."),
        ],
        sources=[[0], [1], [2, 3]],
        matches=(Match(0, 1, 0.8, "paraphrase"),),
        neighbours=((1,), (0,), (), ()),
        disagreements=(
            Disagreement("number", 0, 2, "21", "24"),
            Disagreement("number", 0, 3, "21", "26"),
        ),
    )
    item = fake_summarize(analysis).items[0]
    assert item.sentence == 0 and item.disputed_by == ("River News",)
    pane = EvidenceView()
    qtbot.addWidget(pane)
    pane.show_item(analysis, item)
    assert pane.silent.text().splitlines() == [
        "⚠ Disputed by River News (says 24 and 26); see Disagreements."
    ]


def test_an_outlet_saying_otherwise_in_the_article_that_backs_the_claim_is_said_to_in_another_sentence(
    qtbot: Any,
) -> None:
    # The Dapple Times has one article: its opening backs the deaths at the Quayle port,
    # its next sentence counts them otherwise. There is no other article of it to look for.
    story = one_sentence_story(
        [
            ("a.txt", "Osprey Wire", "A crane collapse at the Quayle port killed four workers."),
            ("b.txt", "Bramble Gazette", "Four workers died when a Quayle port crane fell."),
            ("c.txt", "Dapple Times", "Relatives mourned the four Quayle port workers."),
        ],
        matches=(Match(0, 1, 0.8, "paraphrase"), Match(0, 2, 0.5, "fact")),
        neighbours=((1, 2), (0,), (0,)),
    )
    later = Sentence(
        3, 2, 1, 1, "The Quayle port crane collapse killed six workers.", (), frozenset(), (), 8
    )
    analysis = replace(
        story,
        sentences=(*story.sentences, later),
        neighbours=(*story.neighbours, ()),
        disagreements=(Disagreement("number", 0, 3, "four", "six"),),
    )
    summary = fake_summarize(analysis)
    item = summary.items[0]
    assert item.sentence == 0 and item.split_within == ("Dapple Times",)
    markdown = render_markdown(summary)
    assert "another sentence of Dapple Times says otherwise" in markdown
    assert "another article of" not in markdown
    pane = EvidenceView()
    qtbot.addWidget(pane)
    pane.show_item(analysis, item)
    assert (
        "⚠ Another sentence of Dapple Times says otherwise (says six); see Disagreements."
        in pane.silent.text().splitlines()
    )


def test_the_pane_names_the_disputers_in_the_order_the_summary_row_names_them(
    qtbot: Any,
) -> None:
    # The Osprey Wire states the disputing figure first, the Bramble Gazette after it;
    # the row sorts them by name, and the pane says them in that same order.
    analysis = one_sentence_story(
        [
            ("a.txt", "Harbour Times", CLAIM),
            ("b.txt", "Valley Post", "Police said the bridge collapse killed two and hurt 21."),
            ("c.txt", "Osprey Wire", "The bridge collapse killed two people and injured 24."),
            ("d.txt", "Bramble Gazette", "The bridge collapse killed two people, injuring 26."),
        ],
        matches=(Match(0, 1, 0.8, "paraphrase"),),
        neighbours=((1,), (0,), (), ()),
        disagreements=(
            Disagreement("number", 0, 2, "21", "24"),
            Disagreement("number", 0, 3, "21", "26"),
        ),
    )
    item = fake_summarize(analysis).items[0]
    assert item.disputed_by == ("Bramble Gazette", "Osprey Wire")
    pane = EvidenceView()
    qtbot.addWidget(pane)
    pane.show_item(analysis, item)
    assert pane.silent.text().splitlines() == [
        "⚠ Disputed by Bramble Gazette (says 26), Osprey Wire (says 24); see Disagreements."
    ]
