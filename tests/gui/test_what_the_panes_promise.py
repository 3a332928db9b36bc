"""What a pane says is there is there: a caption over an empty summary points at no
sentence below it, a map with no claim asks no one to click its cells, and the hint over
the Articles list is measured on the rows the list shows, not only on its first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corroborate.cli import EXIT_OK, main

from .helpers import window_opening


def _headline_only(tmp_path: Path) -> Path:
    """A folder of one article that is only its headline: the title takes its one
    sentence, and no summary sentence is left."""
    folder = tmp_path / "ferry"
    folder.mkdir()
    (folder / "notice.txt").write_text("Varnholt ferry delayed by storm.\n", encoding="utf-8")
    return folder


def _plain(html: str) -> str:
    return html.replace("<b>", "").replace("</b>", "")


def test_one_article_that_gives_no_sentence_is_captioned_as_giving_none(
    qtbot: Any, make_window: Any, tmp_path: Path, capsys: Any
) -> None:
    folder = _headline_only(tmp_path)
    window = window_opening(qtbot, make_window, folder)
    summary = window.session.summary
    assert summary is not None and not summary.items
    caption = _plain(window.caption.text())
    assert "nothing can be corroborated" in caption
    assert "below" not in caption, caption  # no sentence is listed below it
    assert "No sentence could be selected" in caption
    # The command line's report says it in the same words.
    assert main(["summarize", str(folder)]) == EXIT_OK
    assert "No sentence could be selected." in capsys.readouterr().out


def test_one_article_of_several_sentences_is_still_captioned_as_the_sentences_below(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "ferry"
    folder.mkdir()
    (folder / "ferry.txt").write_text(
        "Varnholt ferry delayed by storm\n\n"
        "The Varnholt ferry stayed in port on Tuesday as a storm crossed the strait.\n\n"
        "The harbour master said the crossing would resume once the wind dropped.\n",
        encoding="utf-8",
    )
    window = window_opening(qtbot, make_window, folder)
    summary = window.session.summary
    assert summary is not None and summary.items
    caption = _plain(window.caption.text())
    assert "The sentences below are one outlet's own" in caption
    assert window.summary_view.model.rowCount() == len(summary.items)


def test_a_coverage_map_with_no_claim_says_why_instead_of_asking_for_a_click(
    qtbot: Any, make_window: Any, tmp_path: Path, story: Path
) -> None:
    from corroborate.gui.coverage_view import HOW_TO_READ, HOW_TO_READ_SHORT, NOTHING_TO_MAP

    window = window_opening(qtbot, make_window, _headline_only(tmp_path))
    view = window.coverage_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.matrix is not None)
    assert not view.matrix.rows
    assert view.note.text() == NOTHING_TO_MAP
    assert not view.save_png.isEnabled()
    # A story with claims to click asks for the click again.
    window.session.open_folder(story)
    qtbot.waitUntil(lambda: view.matrix is not None and bool(view.matrix.rows), timeout=60_000)
    assert view.note.text() in (HOW_TO_READ, HOW_TO_READ_SHORT)
    assert view.note.accessibleName() == HOW_TO_READ


_OUTLETS = (
    ("ard", "Ard News", "Ferry stays in port"),
    (
        "borl",
        "Borlund Evening Standard and Harbour Chronicle",
        "Varnholt ferry kept in port for a second day as the storm over the strait holds",
    ),
    (
        "cask",
        "Caskmoor Weekly Observer and Coastal Review",
        "Storm across the Varnholt strait keeps the morning ferry and the freight boats in",
    ),
    (
        "dun",
        "Dunmore County Gazette and Island Record",
        "Harbour master at Varnholt says the crossing will resume only once the wind drops",
    ),
    (
        "elm",
        "Elmsworth Daily Telegraph and Ferry Times",
        "Passengers stranded at Varnholt quay as the storm holds the ferry through Tuesday",
    ),
)


def _rows_of_one_line_then_two(folder: Path) -> Path:
    """Five outlets: the first in the list with a short name and title (one line), the
    others long enough to take two lines on a narrow window at a large text size."""
    folder.mkdir()
    for number, (file, outlet, title) in enumerate(_OUTLETS):
        (folder / f"{file}.txt").write_text(
            f"{title}\n\nBy the {outlet}\n\n"
            "The Varnholt ferry stayed in port on Tuesday as a storm crossed the strait, "
            "the harbour master said.\n\n"
            "About 300 passengers were waiting at the quay when the crossing was called off."
            f"\n\nThe quay's cafe stayed open until {number + 8} in the evening.\n",
            encoding="utf-8",
        )
    return folder


def _whole_rows_in_sight(tree: Any) -> int:
    viewport = tree.viewport().rect()
    whole, item = 0, tree.topLevelItem(0)
    while item is not None:
        whole += viewport.contains(tree.visualItemRect(item))
        item = tree.itemBelow(item)
    return whole


def test_the_hint_over_the_articles_list_is_whole_only_while_four_rows_of_two_lines_show(
    qtbot: Any, qapp: Any, make_window: Any, tmp_path: Path
) -> None:
    from corroborate.gui.sources_view import HINT, LIST_ROWS
    from corroborate.gui.theme import Theme

    from .helpers import wait_settled

    Theme(qapp)
    window = window_opening(qtbot, make_window, _rows_of_one_line_then_two(tmp_path / "ferry"))
    window.resize(900, 600)
    window.tabs.setCurrentWidget(window.sources_view)
    window.set_text_scale(150)
    view, tree = window.sources_view, window.sources_view.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    heights_seen: set[tuple[int, ...]] = set()
    for height in range(440, 640, 20):
        window.resize(900, height)
        wait_settled(qtbot, window)
        heights = []
        item = tree.topLevelItem(0)
        while item is not None:
            heights.append(tree.visualItemRect(item).height())
            item = tree.itemBelow(item)
        heights_seen.add(tuple(heights))
        if view.hint.isVisible() and view.hint.text() == HINT:
            assert _whole_rows_in_sight(tree) >= LIST_ROWS, (height, heights)
    # The case the hint was mis-measured on: a first row of one line, the next of two.
    assert any(h[0] < h[1] for h in heights_seen), heights_seen
