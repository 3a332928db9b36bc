"""Rough edges a demanding user meets: links that all sound alike, names cut short,
a search that waits for Enter, a suggested file name cut mid-word."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from corroborate.engine.models import Disagreement
from corroborate.gui.disagreements_view import DisagreementsView

from .fakes import story


def _link_tooltips(document: QTextDocument) -> list[str]:
    """The tooltip of every link fragment in ``document``, in reading order."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().toolTip())
            it += 1
        block = block.next()
    return found


def test_each_show_in_article_link_in_disagreements_names_whose_sentence_it_opens(
    qtbot: Any,
) -> None:
    dispute = Disagreement("number", 7, 10, "Two", "nine", ((0, 3),), ((0, 8),))
    analysis = replace(story(), disagreements=(dispute,))
    view = DisagreementsView()
    qtbot.addWidget(view)
    view.show()
    view.set_analysis(analysis)
    outlets = [analysis.article_of(7).outlet, analysis.article_of(10).outlet]
    assert outlets[0] != outlets[1]
    names = [f"Show {outlet}'s sentence in its article" for outlet in outlets]
    assert _link_tooltips(view.browser.document()) == names
    # Reached by the keyboard, each link is described by its own outlet.
    view.browser.setFocus()
    described = []
    for _ in range(2):
        qtbot.keyClick(view.browser, Qt.Key.Key_Tab)
        qtbot.wait(1)
        described.append(view.browser.accessibleDescription())
    assert described == names


def test_a_long_title_gives_file_names_that_end_where_a_phrase_ends() -> None:
    from corroborate.engine.models import COVERAGE_IMAGE_END
    from corroborate.gui.export import suggested_filename

    cut_at_a_word = {
        "Shares in the Ostrava Tin and Copper Company plunge into the red as the mine floods":
            "shares-in-the-ostrava-tin-and-copper-company-plunge",
        "Ferry crews at Wexley Point walk out over the new rota and the pay of the night shift":
            "ferry-crews-at-wexley-point-walk-out-over-the-new-rota",
    }  # fmt: skip
    cut_at_a_clause = {
        "Harbour council votes to close the terminal, ending a century of crossings to Dunmore":
            "harbour-council-votes-to-close-the-terminal",
        "Fennick valley storm: thousands without power overnight as crews struggle to reach lines":
            "fennick-valley-storm",
    }  # fmt: skip
    for title, expected in {**cut_at_a_word, **cut_at_a_clause}.items():
        assert suggested_filename(title) == f"{expected}.md"
        # the coverage map's image is named by the same rule, the story's files side by side
        image = suggested_filename(title, f"{COVERAGE_IMAGE_END}.png")
        assert image == f"{expected}-coverage.png"
