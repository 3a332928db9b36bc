"""Rough edges a demanding user meets: links that all sound alike, names cut short,
a search that waits for Enter, a suggested file name cut mid-word."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from corroborate.engine.models import Disagreement
from corroborate.gui.disagreements_view import DisagreementsView
from corroborate.gui.evidence_view import link_fragments
from corroborate.gui.find_bar import FIND_TEXT_ROLE

from .fakes import story
from .helpers import open_find_bar, wait_settled, window_showing


def _link_tooltips(document: QTextDocument) -> list[str]:
    """The tooltip of every link fragment in ``document``, in reading order."""
    return [fragment.charFormat().toolTip() for fragment in link_fragments(document)]


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


def test_find_searches_as_one_types_the_latest_text_winning_and_enter_still_steps_on(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    bar = open_find_bar(qtbot, window)
    listed = window.summary_view.list
    model = window.summary_view.model
    rows = [str(model.index(i, 0).data(FIND_TEXT_ROLE)).lower() for i in range(model.rowCount())]
    word = "the"
    hits = [i for i, text in enumerate(rows) if word in text]
    assert len(hits) >= 3
    searched: list[str] = []
    bar.typed.connect(searched.append)
    qtbot.keyClicks(bar.field, word)  # quicker than the pause: one search, of it all
    qtbot.waitUntil(lambda: bar.status.text() != "", timeout=2000)
    assert searched == [word]
    assert bar.status.text() == f"1 of {len(hits)}"
    assert listed.currentIndex().row() == hits[0]
    assert bar.field.hasFocus()  # the keys stay in the box
    # Typing on keeps the match in hand while it still matches.
    qtbot.keyClick(bar.field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(searched) == 2, timeout=2000)
    assert searched == [word, word[:-1]]
    assert listed.currentIndex().row() == hits[0]
    # Enter and Shift+Enter still step to the next and the previous match, at once.
    qtbot.keyClicks(bar.field, word[-1])
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert listed.currentIndex().row() == hits[1]
    assert bar.status.text() == f"2 of {len(hits)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert listed.currentIndex().row() == hits[0]
    qtbot.wait(bar.TYPING_PAUSE_MS * 2)
    assert len(searched) == 2  # the search pending when Enter was pressed gave way to it


def test_at_a_1024_pixel_window_the_articles_outlet_column_shows_a_long_name_whole(
    qtbot: Any, laptop_window: Any
) -> None:
    from PySide6.QtGui import QFontMetrics

    window = laptop_window
    analysis = window.session.analysis
    long_name = "Associated Fennick Press"
    named = replace(analysis.articles[0], outlet=long_name)
    window.tabs.setCurrentWidget(window.sources_view)
    view = window.sources_view
    view.set_analysis(replace(analysis, articles=(named, *analysis.articles[1:])))
    wait_settled(qtbot, window)
    tree = view.tree
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == long_name
    )
    text = QFontMetrics(row.font(0)).horizontalAdvance(long_name)
    assert tree.visualItemRect(row).isValid()
    assert tree.columnWidth(0) >= text + 20  # the name and its check box, not "Associated …"
    assert tree.columnWidth(1) > tree.columnWidth(0)  # the headlines keep the most room
    # Should the reader narrow the column, the name in full is on the row's tooltip.
    assert row.toolTip(0).startswith(f"<p>{long_name}<br>")


def test_a_key_click_with_ctrl_leaves_no_key_held_so_a_row_chosen_later_is_the_only_one(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    window = window_showing(qtbot, make_window, story)
    window.tabs.setCurrentWidget(window.sources_view)
    tree = window.sources_view.tree
    assert tree.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    tree.setFocus()
    tree.setCurrentItem(first)
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    tree.setCurrentItem(second)  # as a later step (or test) chooses a row
    assert tree.selectedItems() == [second]


def test_a_folder_holding_only_an_export_says_the_export_was_recognised_and_skipped(
    qtbot: Any, make_window: Any, story: Path, tmp_path: Path
) -> None:
    from corroborate.engine import analyze, summarize, to_markdown

    exports = tmp_path / "saved-reports"
    exports.mkdir()
    report = to_markdown(summarize(analyze(story)))
    (exports / "fennick-bridge.md").write_text(report, encoding="utf-8")
    window = make_window()
    window.session.open_folder(exports)
    page = window.summary_view.placeholder
    qtbot.waitUntil(lambda: page.isVisibleTo(window.summary_view), timeout=60_000)
    qtbot.waitUntil(lambda: "fennick-bridge.md" in page.text(), timeout=60_000)
    said = "fennick-bridge.md: it is a summary Corroborate exported (Markdown), not an article"
    assert said in page.text()
    assert "1 file was skipped" in page.text()


def test_larger_text_chosen_before_articles_is_opened_leaves_the_outlet_heading_whole(
    qtbot: Any, laptop_window: Any
) -> None:
    window = laptop_window
    # The text grows while Articles is not in front (as when the app opens at 200%):
    # the header widening its too-narrow first column is no width the reader chose.
    window.set_text_scale(200)
    wait_settled(qtbot, window)
    window.tabs.setCurrentWidget(window.sources_view)
    wait_settled(qtbot, window)
    tree = window.sources_view.tree
    header = tree.header()
    chars = header.fontMetrics().averageCharWidth()
    outlet, title = tree.columnWidth(0), tree.columnWidth(1)
    assert outlet >= header.sectionSizeHint(0), outlet  # "Outlet", not "Out"
    assert outlet >= 8 * chars, (outlet, chars)  # a check box and a few letters of a name
    assert title >= max(outlet, 12 * chars), (title, outlet)  # the headlines keep the most


def test_a_suggested_file_name_is_one_windows_can_save_and_keeps_a_non_latin_title() -> None:
    from corroborate.engine.models import COVERAGE_IMAGE_END
    from corroborate.gui.export import suggested_filename

    # Device names Windows reserves whatever the extension ("con.md" cannot be saved).
    for title in ("Con", "NUL", "Aux", "prn", "COM1", "lpt9", "Con."):
        name = suggested_filename(title)
        assert name.split(".")[0] not in {"con", "nul", "aux", "prn", "com1", "lpt9"}, name
        assert name.startswith(title.strip(".").lower()), name  # still named after the story
    # A word beside it is no device name.
    assert suggested_filename("Con Edison restores power") == "con-edison-restores-power.md"
    # A title in another script is kept, not every such story saved as "summary.md".
    titles = {
        "Землетрясение в Токио": "землетрясение-в-токио",
        "Σεισμός στην Αθήνα: 3 νεκροί": "σεισμός-στην-αθήνα-3-νεκροί",
        "東京で地震": "東京で地震",
    }
    for title, expected in titles.items():
        assert suggested_filename(title) == f"{expected}.md"
        image = suggested_filename(title, f"{COVERAGE_IMAGE_END}.png")
        assert image == f"{expected}-coverage.png"
    # No character Windows forbids, no trailing dot or space; a word too long is cut.
    for title in ('Tax "reform": a/b\\c <yes>? | *no*.', "  ...  ", "x" * 300, ""):
        name = suggested_filename(title)
        stem = name.removesuffix(".md")
        assert not set(stem) & set('<>:"/\\|?*'), name
        assert stem and stem[-1] not in ". " and len(stem) <= 60, name


def test_an_empty_summary_says_the_minimum_support_as_the_caption_and_report_do() -> None:
    from corroborate.engine.models import SummaryOptions
    from corroborate.gui.status import empty_summary_text

    from .fakes import fake_summarize

    analysis = story()
    total = analysis.independent_sources
    assert total >= 3
    said = {}
    for need in (2, total, total + 2):
        summary = replace(fake_summarize(analysis, SummaryOptions(min_sources=need)), items=())
        said[need] = empty_summary_text(summary).splitlines()[0]
    assert said[2] == f"No sentence is reported by 2 or more of the {total} independent outlets."
    # every outlet asked for: "all 5", as the caption and the Markdown report put it
    assert said[total] == f"No sentence is reported by all {total} independent outlets."
    assert said[total + 2] == said[total]  # never "at least 7 of the 5"


def test_a_minimum_support_above_the_outlets_counts_the_sentences_every_outlet_backs(
    story: Path,
) -> None:
    from corroborate.engine import analyze, summarize
    from corroborate.engine.models import SummaryOptions
    from corroborate.engine.report.render import below_support_note
    from corroborate.gui.status import summary_caption

    analysis = analyze(story)
    total = analysis.independent_sources
    # A minimum kept from a story with more outlets asks for more than this one has.
    summary = summarize(analysis, SummaryOptions(min_sources=total + 3))
    by_all = sum(item.support >= total for item in summary.items)
    assert 0 < by_all < len(summary.items)
    rest = len(summary.items) - by_all
    note = below_support_note(summary)
    assert f"Only {by_all} of the {len(summary.items)} summary sentences" in note, note
    assert f"backed by all {total} outlets; the other {rest} by fewer than {total}." in note
    caption = summary_caption(summary)
    assert f"<b>{by_all}</b> backed by all {total}, <b>{rest}</b> by fewer than {total}" in (
        caption
    ), caption


def test_a_picture_merely_named_like_a_coverage_map_is_not_said_to_be_one_and_a_md_article_is_read(
    qtbot: Any, story: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from corroborate.engine import analyze, coverage, summarize
    from corroborate.engine.readers.discover import discover
    from corroborate.gui.coverage_paint import render_png, render_svg

    summary = summarize(analyze(story))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = tmp_path / "saved"
    saved.mkdir()
    render_png(coverage(summary), saved / "bridge-coverage.png", app.palette(), app.font())
    render_svg(coverage(summary), saved / "bridge-coverage.svg", app.palette(), app.font())
    photo = QImage(40, 30, QImage.Format.Format_RGB32)
    photo.fill(0x336699)
    assert photo.save(str(saved / "press-coverage.png"), "PNG")
    files, problems = discover(saved)
    assert files == []
    reasons = {problem.file: problem.reason for problem in problems}
    mine = "it is a coverage map Corroborate saved, not an article"
    assert reasons == {
        "bridge-coverage.png": mine,
        "bridge-coverage.svg": mine,
        "press-coverage.png": "not a supported format (.png)",
    }
    # An article that merely ends in .md is read, beside the maps or alone.
    (saved / "ferry-strike.md").write_text(
        "# Ferry crews at Wexley Point walk out\n\nCrews of the Wexley Point ferry stopped work "
        "on Monday over a new rota, the Dunmore Gazette reports.\n",
        encoding="utf-8",
    )
    files, problems = discover(saved)
    assert [path.name for path in files] == ["ferry-strike.md"]
    assert problems == []  # the maps beside an article pass without a word


def test_a_find_count_of_the_summary_before_it_was_ranked_again_is_cleared(
    qtbot: Any, make_window: Any, story: Path
) -> None:
    window = window_showing(qtbot, make_window, story)
    bar = open_find_bar(qtbot, window)
    qtbot.keyClicks(bar.field, "the")
    qtbot.waitUntil(lambda: bar.status.text() != "", timeout=2000)
    assert " of " in bar.status.text()
    # Another minimum support ranks another list: "3 of 8" counted the old one.
    need = window.session.summary.options.min_sources
    window.options_bar.min_sources.setValue(need + 1)
    qtbot.waitUntil(lambda: window.session.summary.options.min_sources == need + 1, timeout=60_000)
    wait_settled(qtbot, window)
    assert bar.isVisible() and bar.field.text() == "the"
    assert bar.status.text() == ""
    # Enter counts the matches of the list now shown.
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert " of " in bar.status.text()


def test_an_empty_summary_of_a_two_outlet_story_asks_for_both_outlets_not_all_two() -> None:
    from corroborate.engine.models import ConsensusSummary, SummaryOptions
    from corroborate.gui.status import empty_summary_text

    # only the outlet count and the minimum asked for are read
    two_outlets = SimpleNamespace(independent_sources=2)
    summary = ConsensusSummary(
        "", SummaryOptions(min_sources=2), (), (), (), analysis=cast(Any, two_outlets)
    )
    first = empty_summary_text(summary).splitlines()[0]
    assert first == "No sentence is reported by both independent outlets."


def _map_and_app(story: Path) -> tuple[Any, Any]:
    from PySide6.QtWidgets import QApplication

    from corroborate.engine import analyze, coverage, summarize

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return coverage(summarize(analyze(story))), app


def test_a_coverage_map_with_a_name_of_255_bytes_in_accented_letters_is_saved(
    qtbot: Any, story: Path, tmp_path: Path
) -> None:
    from corroborate.gui.coverage_paint import render_png, render_svg

    matrix, app = _map_and_app(story)
    out = tmp_path / "maps"
    out.mkdir()
    for suffix, render in ((".png", render_png), (".svg", render_svg)):
        name = "é" * 125 + "x" + suffix
        assert len(name.encode("utf-8")) == 255
        render(matrix, out / name, app.palette(), app.font())
        render(matrix, out / name, app.palette(), app.font())  # and replaced
    assert sorted(p.suffix for p in out.iterdir()) == [".png", ".svg"]
    assert next(out.glob("*.png")).read_bytes().startswith(b"\x89PNG")


def test_a_private_coverage_map_replaced_stays_private_and_a_linked_one_stays_a_link(
    qtbot: Any, story: Path, tmp_path: Path
) -> None:
    from corroborate.gui.coverage_paint import render_png

    matrix, app = _map_and_app(story)
    out = tmp_path / "maps"
    out.mkdir()
    private = out / "bridge-coverage.png"
    private.write_bytes(b"old")
    private.chmod(0o600)
    render_png(matrix, private, app.palette(), app.font())
    assert private.read_bytes().startswith(b"\x89PNG")
    assert private.stat().st_mode & 0o777 == 0o600
    shared = out / "shared"
    shared.mkdir()
    (shared / "map.png").write_bytes(b"old")
    link = out / "map.png"
    link.symlink_to(shared / "map.png")
    render_png(matrix, link, app.palette(), app.font())
    assert link.is_symlink() and (shared / "map.png").read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in out.iterdir()) == ["bridge-coverage.png", "map.png", "shared"]
