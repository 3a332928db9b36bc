"""What a pane says is there is there: a caption over an empty summary points at no
sentence below it, a map with no claim asks no one to click its cells, and the hint over
the Articles list is measured on the rows the list shows, not only on its first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corroborate.cli import EXIT_OK, main

from .helpers import window_opening


def _plain(html: str) -> str:
    return html.replace("<b>", "").replace("</b>", "")


def test_one_article_that_gives_no_sentence_is_captioned_as_giving_none(
    qtbot: Any, make_window: Any, tmp_path: Path, capsys: Any
) -> None:
    folder = tmp_path / "ferry"
    folder.mkdir()
    # An article that is only its headline: the title takes its one sentence.
    (folder / "notice.txt").write_text("Varnholt ferry delayed by storm.\n", encoding="utf-8")
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

    folder = tmp_path / "ferry"
    folder.mkdir()
    (folder / "notice.txt").write_text("Varnholt ferry delayed by storm.\n", encoding="utf-8")
    window = window_opening(qtbot, make_window, folder)
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
