"""Each widget alone, over the hand-built story."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from corroborate.engine import shared_words
from corroborate.engine.models import Article, Disagreement, Statement, SummaryOptions
from corroborate.gui.article_view import ArticleView, article_html
from corroborate.gui.disagreements_view import DisagreementsView
from corroborate.gui.drop_zone import DropZone
from corroborate.gui.evidence import Evidence, SourceEvidence, evidence_for, highlight_html
from corroborate.gui.evidence_view import VERBATIM_NOTE, EvidenceView
from corroborate.gui.find_bar import find_in_list
from corroborate.gui.single_source_view import SingleSourceView
from corroborate.gui.sources_view import SourcesView
from corroborate.gui.status import Message, MessageBanner
from corroborate.gui.summary_view import SummaryView

from .fakes import fake_summarize, story
from .helpers import drop_on


def test_summary_view_lists_items_and_follows_the_keyboard(qtbot: Any) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    summary = fake_summarize(story())
    with qtbot.waitSignal(view.sentence_selected) as first:
        view.set_summary(summary)
    assert first.args[0] == summary.items[0]
    assert view.model.rowCount() == 2
    assert view.model.badge(summary.items[0]) == "3/3"
    tooltip = view.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "3 of 3 independent outlets" in tooltip and "Valley Post" in tooltip
    view.list.setFocus()
    with qtbot.waitSignal(view.sentence_selected) as second:
        qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert second.args[0] == summary.items[1]


#: Invented outlets for a sentence that a big folder's every outlet backs.
MANY_OUTLETS = tuple(
    f"{town} {paper}"
    for town in ("Harlow", "Fennick", "Tessel", "Carrow")
    for paper in ("Herald", "Courier", "Ledger", "Times")
)


def _backed_by_many(view: SummaryView) -> None:
    """The fake story's summary, its first sentence backed by sixteen outlets."""
    summary = fake_summarize(story())
    first = summary.items[0]
    statements = tuple(
        Statement(group, outlet, (first.sentence,)) for group, outlet in enumerate(MANY_OUTLETS)
    )
    claim = replace(first.claim, statements=statements)
    view.set_summary(replace(summary, items=(replace(first, claim=claim), *summary.items[1:])))


def test_a_sentence_many_outlets_back_names_a_few_and_counts_the_rest_on_its_row(
    qtbot: Any,
) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    _backed_by_many(view)
    line = view.model.outlet_line(0)
    assert line == "Harlow Herald · Harlow Courier · Harlow Ledger and 13 more"
    # a few outlets are all named, as before
    assert view.model.outlet_line(1) == " · ".join(view.model.items[1].outlets)
    # every outlet stays one hover or one screen reader away
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        said = view.model.index(0).data(role)
        assert all(outlet in said for outlet in MANY_OUTLETS)


def test_find_in_the_summary_finds_an_outlet_the_row_only_counts(qtbot: Any) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.show()
    _backed_by_many(view)
    view.select_row(1)
    assert "Carrow Times" not in view.model.outlet_line(0)
    assert find_in_list(view.list, "carrow times") == (1, 1)
    assert view.list.currentIndex().row() == 0
    assert find_in_list(view.list, "Dunmore Gazette") == (0, 0)


def test_the_evidence_for_a_sentence_many_outlets_back_names_every_one_and_opens_at_its_top(
    qtbot: Any, monkeypatch: Any
) -> None:
    import corroborate.gui.evidence_view as evidence_view

    analysis = story()
    summary = fake_summarize(analysis)
    article, sentence = analysis.articles[0], analysis.sentences[0]

    def backed_by_many(_analysis: Any, sentence_id: int) -> Evidence:
        sources = tuple(
            SourceEvidence(group, outlet, article, (sentence,))
            for group, outlet in enumerate(MANY_OUTLETS)
        )
        return Evidence(sentence_id, sources, ())

    monkeypatch.setattr(evidence_view, "evidence_for", backed_by_many)
    view = EvidenceView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    view.show_item(analysis, summary.items[0])
    qtbot.waitUntil(lambda: not view.cards_pending())
    said = view.silent.text()
    assert all(outlet in said for outlet in MANY_OUTLETS[evidence_view.MAX_CARDS :])
    bar = view.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    view.show_item(analysis, summary.items[1])  # another sentence: read from its top
    qtbot.waitUntil(lambda: not view.cards_pending())
    assert bar.value() == 0


def test_summary_view_explains_an_empty_summary(qtbot: Any) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    summary = fake_summarize(story(), SummaryOptions(min_sources=9))
    view.set_summary(summary, "No sentence is reported by at least 9")
    assert view.placeholder.isVisibleTo(view)
    assert "at least 9" in view.placeholder.text()


def shown_evidence(qtbot: Any, item: int) -> EvidenceView:
    """An evidence view on screen showing the fake story's summary item ``item``."""
    analysis = story()
    summary = fake_summarize(analysis)
    view = EvidenceView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.show_item(analysis, summary.items[item])
    return view


def test_evidence_view_shows_each_source_and_the_silent_ones(qtbot: Any) -> None:
    view = shown_evidence(qtbot, 1)  # "Two people died", not in River News
    assert view.evidence is not None
    assert [s.outlet for s in view.evidence.sources] == ["Harbour Times", "Valley Post"]
    assert "River News" in view.silent.text()
    assert view.note.text() == f"The summary quotes Harbour Times. {VERBATIM_NOTE}"
    quotes = [w.text() for w in view.findChildren(QLabel, "quote")]
    assert any("Two</span>" in q and "people</span>" in q for q in quotes)


def test_choosing_another_sentence_leaves_no_card_of_the_last_one_on_screen(qtbot: Any) -> None:
    analysis = story()
    summary = fake_summarize(analysis)
    view = shown_evidence(qtbot, 0)
    qtbot.waitUntil(lambda: not view.cards_pending())
    old = view.findChildren(QFrame, "card")
    assert len(old) == 3 and all(card.isVisible() for card in old)
    view.show_item(analysis, summary.items[1])
    # Until the next turn of the event loop deletes them, they are hidden: never painted
    # behind the new cards, never found by Find.
    assert all(card.isHidden() for card in old)
    qtbot.waitUntil(lambda: len(view.findChildren(QFrame, "card")) == 2)


def test_evidence_prefers_the_original_over_its_copy() -> None:
    analysis = story()
    evidence = evidence_for(analysis, 3)  # quoted from the copy: the original is shown
    first = evidence.sources[0]
    assert first.article.file == "a.txt" and len(evidence.sources) == 3
    assert evidence.silent == ()


def test_evidence_shows_the_quoted_words_when_the_outlets_other_article_is_quoted() -> None:
    analysis = story()
    # b.txt is now the outlet's own other report, in its own words: not a copy.
    reworded = replace(analysis.sentences[4], text="Two people lost their lives.")
    sentences = (*analysis.sentences[:4], reworded, *analysis.sentences[5:])
    analysis = replace(analysis, sentences=sentences)
    evidence = evidence_for(analysis, 4)
    own = evidence.sources[0]
    assert own.article.file == "b.txt"
    assert [s.text for s in own.sentences] == ["Two people lost their lives."]


def test_evidence_shows_a_sentence_its_article_repeats_once(tmp_path: Path) -> None:
    from corroborate.engine import analyze

    said = "Divers pulled nine people from the Tessel River on Monday night, the fire chief said."
    (tmp_path / "a.txt").write_text(
        f"Harbour Times\n\n{said} The Carrowgate Bridge fell at about 6:40 p.m.\n"
    )
    repeated = "Fire crews said divers pulled nine people from the Tessel River on Monday night."
    (tmp_path / "b.txt").write_text(
        f"Valley Post\n\n{repeated} Police closed the roads near the bridge.\n\n{repeated}\n"
    )
    analysis = analyze(tmp_path)
    own = next(s.id for s in analysis.sentences if s.text == said)
    sources = evidence_for(analysis, own).sources
    assert len(sources) == 2
    assert [len(source.sentences) for source in sources] == [1, 1]


def test_the_evidence_for_a_sentence_holding_a_minor_part_of_anothers_shows_no_card_for_it(
    tmp_path: Path,
) -> None:
    """An outlet telling in one sentence what another tells in two adjacent ones does not
    back the one of the two that holds only a minor part of it: no card, listed as silent."""
    from articles import MINOR_OF_TWO, SECOND_OF_TWO, STORM, TOLD_IN_ONE
    from corroborate.engine import analyze

    (tmp_path / "harbour-post.txt").write_text(TOLD_IN_ONE)
    (tmp_path / "coast-ledger.txt").write_text(f"{MINOR_OF_TWO} {SECOND_OF_TWO}")
    for k, text in enumerate(STORM):
        (tmp_path / f"storm-{k}.txt").write_text(text)
    analysis = analyze(tmp_path)
    outlet_of = {a.file: a.outlet for a in analysis.articles}
    ids = {s.text: s.id for s in analysis.sentences}
    minor = evidence_for(analysis, ids[MINOR_OF_TWO])
    assert [source.outlet for source in minor.sources] == [outlet_of["coast-ledger.txt"]]
    assert outlet_of["harbour-post.txt"] in minor.silent
    told = evidence_for(analysis, ids[TOLD_IN_ONE])
    assert {source.outlet for source in told.sources} == {
        outlet_of["harbour-post.txt"],
        outlet_of["coast-ledger.txt"],
    }


def test_shared_words_are_read_as_the_engine_reads_them_figures_and_stems() -> None:
    text = "Two people were killed in the storms."
    shared = shared_words(text, ["2 people died in a storm."])
    marked = highlight_html(text, shared, "x")
    for word in ("Two", "people", "storms"):  # a figure in words or digits; an inflection
        assert f">{word}</span>" in marked
    for word in ("were", "killed", "the"):
        assert f">{word}</span>" not in marked


def test_sources_view_groups_copies_and_reports_exclusions(qtbot: Any) -> None:
    view = SourcesView()
    qtbot.addWidget(view)
    view.set_analysis(story())
    assert view.tree.topLevelItemCount() == 0  # built only when first shown
    view.show()
    tree = view.tree
    assert tree.topLevelItemCount() == 3
    harbour = next(
        tree.topLevelItem(i) for i in range(3) if tree.topLevelItem(i).text(0) == "Harbour Times"
    )
    assert harbour.childCount() == 1 and harbour.child(0).text(1).startswith("Copy")
    assert harbour.text(2) == "3" and harbour.text(3) == "2"
    with qtbot.waitSignal(view.exclusion_changed, timeout=3000) as blocker:
        harbour.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert blocker.args[0] == frozenset({"b.txt"})


def test_sources_view_tells_an_outlets_other_article_from_a_copy(qtbot: Any) -> None:
    # a.txt and b.txt are one group; written apart, each is its own voice
    analysis = replace(story(), voice_of=(0, 1, 2, 3))
    view = SourcesView()
    qtbot.addWidget(view)
    view.set_analysis(analysis)
    view.show()
    tree = view.tree
    harbour = next(
        tree.topLevelItem(i) for i in range(3) if tree.topLevelItem(i).text(0) == "Harbour Times"
    )
    assert harbour.child(0).text(1).startswith("Same outlet · ")
    assert "Another article by Harbour Times" in harbour.child(0).toolTip(0)


def test_sources_view_marks_a_copy_of_an_outlets_other_article_as_a_copy(qtbot: Any) -> None:
    # c.txt joins a.txt's group as a copy of b.txt, which a.txt's outlet wrote apart
    analysis = story()
    groups = (replace(analysis.groups[0], articles=(0, 1, 2)), replace(analysis.groups[2], id=1))
    analysis = replace(analysis, groups=groups, group_of=(0, 0, 0, 1), voice_of=(0, 1, 1, 3))
    view = SourcesView()
    qtbot.addWidget(view)
    view.set_analysis(analysis)
    view.show()
    harbour = view.tree.topLevelItem(0)
    assert harbour.text(0) == "Harbour Times"
    labels = [harbour.child(i).text(1) for i in range(harbour.childCount())]
    assert labels[0].startswith("Same outlet · ") and labels[1].startswith("Copy · ")
    assert "Copy of b.txt" in harbour.child(1).toolTip(0)


def test_sources_view_marks_an_outlet_known_only_by_its_file_name(qtbot: Any) -> None:
    analysis = story()
    named_by_file = replace(analysis.articles[0], outlet="a", outlet_from="file")
    analysis = replace(analysis, articles=(named_by_file, *analysis.articles[1:]))
    view = SourcesView()
    qtbot.addWidget(view)
    view.set_analysis(analysis)
    view.show()
    rows = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    by_file = [r for r in rows if r.text(0) == "a"]
    others = [r for r in rows if r.text(0) != "a"]
    assert by_file and by_file[0].font(0).italic()
    assert "file name" in by_file[0].toolTip(0)
    assert not any(r.font(0).italic() for r in others)


def test_sources_view_keeps_left_out_files_visible(qtbot: Any) -> None:
    view = SourcesView()
    qtbot.addWidget(view)
    view.set_analysis(story(), frozenset({"e.txt"}))
    assert view.excluded() == frozenset({"e.txt"})


def test_a_copy_unticked_under_its_original_is_the_one_file_left_out(qtbot: Any) -> None:
    view = SourcesView()
    qtbot.addWidget(view)
    view.set_analysis(story())
    view.show()
    tree = view.tree
    originals = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    copies = [row.child(i) for row in originals for i in range(row.childCount())]
    assert len(copies) == 1  # b.txt, a copy of a.txt, is listed under it
    copies[0].setCheckState(0, Qt.CheckState.Unchecked)
    assert view.excluded() == frozenset({"b.txt"})


def test_single_source_sentences_are_grouped_and_open_in_their_article(qtbot: Any) -> None:
    analysis = story()
    summary = fake_summarize(analysis)
    view = SingleSourceView()
    qtbot.addWidget(view)
    view.set_summary(summary)
    assert view.count() == 3
    outlets = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    # in the order the report lists them (the story's sources'), not by name
    assert outlets == ["Harbour Times  (1)", "Valley Post  (1)", "River News  (1)"]
    row = view.tree.topLevelItem(2).child(0)
    assert "Unverified" in row.toolTip(0)
    with qtbot.waitSignal(view.sentence_selected) as blocker:
        view.tree.setCurrentItem(row)
    item = blocker.args[0]
    assert item.text == "Rescuers searched the river."

    article = ArticleView()
    qtbot.addWidget(article)
    article.show_sentence(analysis, item.sentence)
    html = article.browser.toHtml()
    assert "Fennick Bridge falls" in html
    assert "background-color" in html
    assert "Rescuers searched the river." in article.browser.toPlainText()


def test_drop_zone_emits_a_dropped_folder(qtbot: Any, tmp_path: Path) -> None:
    zone = DropZone()
    qtbot.addWidget(zone)
    zone.resize(300, 200)
    zone.show()
    with qtbot.waitSignal(zone.folder_dropped) as blocker:
        drop_on(zone, [tmp_path])
    assert blocker.args[0] == tmp_path


def test_drop_zone_emits_dropped_files(qtbot: Any, tmp_path: Path) -> None:
    files = [tmp_path / "one.txt", tmp_path / "two.txt"]
    for f in files:
        f.write_text("text", encoding="utf-8")
    zone = DropZone()
    qtbot.addWidget(zone)
    zone.show()
    with qtbot.waitSignal(zone.files_dropped) as blocker:
        drop_on(zone, files)
    assert blocker.args[0] == files


def test_drop_zone_refuses_what_is_not_a_local_path(qtbot: Any) -> None:
    zone = DropZone()
    qtbot.addWidget(zone)
    zone.show()
    mime = QMimeData()
    mime.setText("just text")
    event = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(zone, event)
    assert not event.isAccepted()


def test_disagreements_are_listed_with_the_differing_words(qtbot: Any) -> None:
    dispute = Disagreement("number", 7, 10, "Two", "nine", ((0, 3),), ((0, 8),))
    analysis = replace(story(), disagreements=(dispute,))
    view = DisagreementsView()
    qtbot.addWidget(view)
    view.set_analysis(analysis)
    assert view.count() == 1
    html = view.browser.toHtml()
    assert "Valley Post" in html and "River News" in html and "Two / nine" in html
    with qtbot.waitSignal(view.sentence_selected) as blocker:
        view.browser.anchorClicked.emit(QUrl("sentence:10"))
    assert blocker.args[0] == 10

    evidence = EvidenceView()
    qtbot.addWidget(evidence)
    evidence.show_item(analysis, fake_summarize(analysis).items[1])  # backed by sentence 7
    said = evidence.silent.text()
    # River News mentions it, with another figure; nor does every outlet state it.
    assert said == "⚠ Disputed by River News (says nine); see Disagreements."


def test_a_name_spelled_two_ways_is_listed_apart_and_disputes_nothing(qtbot: Any) -> None:
    spelling = Disagreement("spelling", 7, 10, "Two", "Tow", ((0, 3),), ((0, 3),))
    analysis = replace(story(), spellings=(spelling,))
    view = DisagreementsView()
    qtbot.addWidget(view)
    view.set_analysis(analysis)
    assert view.count() == 0  # a spelling is no disagreement
    text = view.browser.toPlainText()
    assert text.startswith("No disagreement was found")
    assert "Names spelled differently" in text and "Two / Tow" in text
    assert "River News" in text  # each spelling's outlet, as a disagreement's

    evidence = EvidenceView()
    qtbot.addWidget(evidence)
    evidence.show_item(analysis, fake_summarize(analysis).items[1])  # backed by sentence 7
    said = evidence.silent.text()
    assert "Outlets spell a name differently (Two / Tow); see Disagreements." in said
    assert "Disputed elsewhere" not in said


def test_single_source_pane_says_how_many_more_are_not_listed(qtbot: Any) -> None:
    from dataclasses import replace

    listed = fake_summarize(story())
    # the first source has four more sentences than those listed
    summary = replace(listed, single_source_totals=(len(listed.single_source) + 4,))
    view = SingleSourceView()
    qtbot.addWidget(view)
    view.show()
    view.set_summary(summary)
    assert view.more.isVisible()
    assert view.more.text() == "…and 4 more sentences that one outlet alone reports, not listed."
    view.set_summary(replace(summary, single_source_totals=(len(listed.single_source),)))
    assert not view.more.isVisible()


def test_an_article_without_a_headline_is_not_headed_by_its_file_name() -> None:
    article = Article(
        0,
        "p01.txt",
        "p01",
        "PEOPLE",
        "text",
        ("Jon Bernthal says he was privy.",),
        title_from="file",
    )
    page = article_html(article, None, "#ff0", "#888")
    assert "<h2>" not in page
    assert "PEOPLE · p01.txt · no headline found" in page


def test_an_article_whose_headline_is_empty_opens_on_its_byline_without_a_gap_above() -> None:
    from PySide6.QtGui import QFont

    from corroborate.gui.article_view import fit_headline

    for title in ("", "   "):
        article = Article(0, "p02.txt", title, "Harbour Ledger", "byline", ("It fell.",))
        for headline in (None, fit_headline(title, QFont(), 500.0)):
            page = article_html(article, None, "#ff0", "#888", headline)
            assert "<h2>" not in page and "font-weight:700" not in page
            assert page.startswith('<p style="color:#888">Harbour Ledger · p02.txt')
            assert "no headline found" in page


def test_an_article_with_a_headline_is_headed_by_it_and_a_file_named_outlet_says_so() -> None:
    article = Article(0, "p01.txt", "Bridge falls", "p01", "file", ("It fell.",))
    page = article_html(article, None, "#ff0", "#888")
    assert "<h2>Bridge falls</h2>" in page
    assert "p01 (file name) · p01.txt" in page


def test_minimum_support_offers_no_more_sources_than_the_story_has(qtbot: Any) -> None:
    from corroborate.gui.controls import OptionsBar

    bar = OptionsBar(SummaryOptions(min_sources=2))
    qtbot.addWidget(bar)
    bar.set_source_count(5)
    bar.min_sources.setValue(9)
    assert bar.min_sources.value() == 5
    assert bar.min_sources.text() == "5 of 5"
    assert "filled with less-backed" in bar.min_sources.toolTip()


def test_a_saved_minimum_support_above_a_storys_sources_is_kept_not_lowered(qtbot: Any) -> None:
    from corroborate.gui.controls import OptionsBar

    bar = OptionsBar(SummaryOptions(min_sources=4))
    qtbot.addWidget(bar)
    changes: list[object] = []
    bar.options_changed.connect(changes.append)
    bar.set_source_count(3)
    assert bar.min_sources.value() == 4 and not changes
    bar.set_source_count(6)
    bar.min_sources.setValue(9)
    assert bar.min_sources.value() == 6


def test_the_quoted_sentences_own_card_offers_and_names_no_not_the_same_claim(qtbot: Any) -> None:
    view = shown_evidence(qtbot, 0)
    qtbot.waitUntil(lambda: len(view.findChildren(QFrame, "card")) == len(view.evidence.sources))
    names = [w.accessibleName() for w in view.findChildren(QLabel) if "Show in article" in w.text()]
    own = [n for n in names if "not the same claim" not in n]
    assert len(own) == 1 and own[0].startswith("Show ")
    assert len(names) - 1 == sum("not the same claim" in n for n in names)


def test_a_coverage_map_the_worker_cannot_compute_is_logged_not_lost(
    qtbot: Any, monkeypatch: Any, caplog: Any
) -> None:
    import corroborate.gui.coverage_view as coverage_view

    def broken(summary: Any) -> Any:
        raise ValueError("no map")

    monkeypatch.setattr(coverage_view, "coverage", broken)
    view = coverage_view.CoverageView()
    qtbot.addWidget(view)
    view.set_summary(fake_summarize(story()))  # hidden: computed on a worker
    qtbot.waitUntil(lambda: "coverage map failed" in caplog.text, timeout=3000)
    assert view._ready is None


def test_with_one_article_the_one_outlet_pane_never_says_no_sentence_is_one_outlets_alone(
    qtbot: Any, tmp_path: Path
) -> None:
    from corroborate.engine import analyze, summarize
    from corroborate.resources import sample_story

    first = sorted(sample_story().glob("*.txt"))[0]
    (tmp_path / first.name).write_bytes(first.read_bytes())
    summary = summarize(analyze(tmp_path))
    view = SingleSourceView()
    qtbot.addWidget(view)
    view.set_summary(summary)
    said = view.why_text()
    assert view.count() == 0 and view.tree.topLevelItemCount() == 0
    assert "One outlet only" in said and "no sentence" not in said


def test_a_banner_message_on_a_narrow_window_wraps_whole_and_selecting_it_copies_it_all(
    qtbot: Any,
) -> None:
    text = (
        "The Lowland Herald and Weekly Agricultural Gazette of the Fens is named after its "
        "file: the article never says who published it. Rename an outlet in Articles (F2)."
    )
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.set_messages([Message("info", text)])
    banner.resize(780, 200)
    banner.show()
    qtbot.waitExposed(banner)
    label = next(w for w in banner.findChildren(QLabel) if w.accessibleName() == text)
    qtbot.waitUntil(lambda: label.height() >= 2 * label.fontMetrics().lineSpacing())
    assert label.text() == text  # whole, the action at its end included
    line = label.fontMetrics().horizontalAdvance(text)
    assert line > label.width()  # it would not fit on one line: it wraps
    label.setSelection(0, len(label.text()))
    assert label.selectedText() == text


def test_the_note_over_the_disagreements_is_one_short_line_on_a_short_pane_at_large_text(
    qtbot: Any,
) -> None:
    from corroborate.gui.disagreements_view import INTRO

    dispute = Disagreement("number", 7, 10, "Two", "nine", ((0, 3),), ((0, 8),))
    view = DisagreementsView()
    qtbot.addWidget(view)
    view.set_analysis(replace(story(), disagreements=(dispute,)))
    view.resize(1000, 700)
    view.show()
    qtbot.waitUntil(lambda: view.note.isVisible() and view.note.text() == INTRO)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    view.resize(1000, 250)
    qtbot.waitUntil(lambda: view.note.text() != INTRO)
    line = view.note.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: view.note.height() < 2 * line)  # one line
    assert view.note.toolTip() == INTRO and view.note.accessibleDescription() == INTRO
    view.resize(1000, 900)
    qtbot.waitUntil(lambda: view.note.text() == INTRO and not view.note.toolTip())
