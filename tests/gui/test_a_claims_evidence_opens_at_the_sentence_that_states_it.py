"""A claim's evidence opens at the outlet's sentence that states it, not at its first matched.

In the sample story The Valley Ledger has two sentences matched to the railway's reopening
claim: one that debris landed near the track, read first, and one that the line will
reopen Wednesday. Its cell in the coverage map, and its card in the evidence pane, open the
one that tells the reopening.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from corroborate.engine import ConsensusSummary, analyze, summarize
from corroborate.gui.coverage_view import CoverageView
from corroborate.gui.evidence_view import EvidenceView
from corroborate.resources import sample_story

LEDGER = "The Valley Ledger"


@pytest.fixture(scope="module")
def sample() -> ConsensusSummary:
    return summarize(analyze(sample_story()))


def _reopening(summary: ConsensusSummary) -> tuple[int, int]:
    """The reopening claim's sentence, and the Ledger's sentence that tells the reopening."""
    texts = [s.text for s in summary.analysis.sentences]
    claim = next(i for i, t in enumerate(texts) if "would reopen on Wednesday" in t)
    told = next(i for i, t in enumerate(texts) if "will reopen Wednesday if engineers" in t)
    return claim, told


def test_the_ledgers_cell_of_the_reopening_opens_its_reopening_sentence(
    qtbot: Any, sample: ConsensusSummary
) -> None:
    view = CoverageView()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.set_summary(sample)
    view.show()
    matrix = view.matrix
    layout = view.map.map_layout()
    assert matrix is not None and layout is not None
    claim, told = _reopening(sample)
    row = next(r for r, line in enumerate(matrix.rows) if line.sentence == claim)
    column = next(c for c, col in enumerate(matrix.columns) if col.outlet == LEDGER)
    centre = (layout.cell_rect(row, column).center() * view.map.scale()).toPoint()
    with qtbot.waitSignal(view.sentence_selected) as clicked:
        qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args[0] == told


def test_the_ledgers_evidence_card_quotes_and_opens_its_reopening_sentence_first(
    qtbot: Any, sample: ConsensusSummary
) -> None:
    claim, told = _reopening(sample)
    item = next(i for i in sample.items if i.sentence == claim)
    view = EvidenceView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.show_item(sample.analysis, item)
    assert view.evidence is not None
    ledger = next(s for s in view.evidence.sources if s.outlet == LEDGER)
    assert ledger.sentences[0].id == told
    qtbot.waitUntil(lambda: not view.cards_pending())
    card = next(
        c for c in view.findChildren(QFrame, "card") if c.accessibleName() == f"{LEDGER}'s wording"
    )
    links = [w.text() for w in card.findChildren(QLabel) if "href" in w.text()]
    assert any(f'href="{ledger.article.id}:{told}"' in text for text in links)
