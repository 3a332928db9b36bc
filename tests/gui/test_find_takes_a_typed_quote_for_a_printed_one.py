"""Find takes a quotation mark as typed on a keyboard (``'`` and ``"``) for the curly one a
page prints (``’``, ``“ ”``), and the other way round, in every kind of pane: the summary
list, an article, the list of what one outlet alone reports and the evidence cards. A
fact-checker who types "bridge's" finds "bridge’s". On the bundled sample story (a
fictional one), which prints both kinds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corroborate.gui.find_bar import find_in_list, find_in_text, find_in_tree, searched_as

from .helpers import wait_settled, window_showing

#: typed as a keyboard types them; the story prints "bridge’s" and "St. Brennan's"
TYPED_STRAIGHT = "bridge's eastern approach"
TYPED_CURLY = "St. Brennan’s Church"


def test_find_takes_a_typed_quote_for_a_printed_one_in_every_pane(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    wait_settled(qtbot, window)
    rows = window.summary_view
    assert any("bridge’s eastern" in rows.model.data(rows.model.index(r)) for r in range(8))
    position, total = find_in_list(rows.list, TYPED_STRAIGHT)
    assert total == 1 and position == 1
    assert "bridge’s eastern approach" in rows.current_item().text

    wait_settled(qtbot, window)
    assert window.evidence_view.find_next(TYPED_STRAIGHT) != (0, 0)

    item = rows.current_item()
    window._show_article(item.sentence, sentence=True)
    wait_settled(qtbot, window)
    browser = window.article_view.browser
    assert find_in_text(browser, TYPED_STRAIGHT) != (0, 0)
    assert browser.textCursor().selectedText() == "bridge’s eastern approach"
    assert find_in_text(browser, '"We are going') != (0, 0)  # printed “We are going

    window.tabs.setCurrentWidget(window.single_source_view)
    wait_settled(qtbot, window)
    tree = window.single_source_view.tree
    assert find_in_tree(tree, TYPED_CURLY) != (0, 0)
    assert "St. Brennan's Church" in tree.currentItem().text(0)


def test_find_compares_quotation_marks_case_and_hidden_breaks_alike() -> None:
    assert searched_as("The Bridge’s “Span”") == searched_as('the bridge\'s "span"')
    assert searched_as("Long\u200bName.txt") == "longname.txt"
    assert searched_as("it's") != searched_as("its")
