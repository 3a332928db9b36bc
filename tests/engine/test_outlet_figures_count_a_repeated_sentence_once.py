"""An outlet's figures on the Coverage tab count its distinct sentences: a sentence it
printed verbatim in two of its separate reports is one statement of that outlet, in
"sentences", "backed" and "disputed" alike; a reprint of another outlet's article counts
once under that outlet."""

from __future__ import annotations

from corroborate.engine import analyze, summarize
from corroborate.engine.models import Analysis, SourceGroup
from corroborate.engine.report.coverage import coverage

COST = "The wall will cost 12 million pounds, the council's treasurer Olan Pike said."
VOTE = "The vote was seven to two, with the mayor Edda Varley voting in favour."
WIRE = (
    "Wexmoor council approves harbour wall\n\n"
    "WEXMOOR (Harbor Wire) - The council of Wexmoor approved the new harbour wall on Tuesday "
    "after a long and heated debate in the town hall.\n\n"
    "Fishermen had asked for a wall since the storms of last winter flooded the quay.\n\n"
    f"{VOTE}\n\n{COST}"
)
WIRE_SECOND = (
    "Harbour wall to take two years, engineers say\n\n"
    "WEXMOOR (Harbor Wire) - Engineers said the Wexmoor harbour wall would take two years "
    "to build.\n\n"
    "Work on the foundations is due to start in the spring, the council's engineer Maud "
    f"Renner said.\n\n{COST}\n\n{VOTE}"
)
POST = (
    "Council backs harbour wall\n\nBy the Wexmoor Post\n\n"
    "The council of Wexmoor approved the new harbour wall on Tuesday after a long debate in "
    "the town hall.\n\n"
    "The vote was seven to two, with mayor Edda Varley in favour.\n\n"
    "The wall will cost 15 million pounds, the council's treasurer Olan Pike said.\n\n"
    "Critics said the wall would spoil the view from the promenade."
)
FILES = {
    "a-harbor-wire.txt": WIRE,
    "b-harbor-wire-engineers.txt": WIRE_SECOND,
    "c-wexmoor-post.txt": POST,
    "d-coastal-daily-reprint.txt": POST,
}


def distinct_figures(analysis: Analysis, group: SourceGroup) -> tuple[int, int, int]:
    """The outlet's distinct sentence texts over its separately written reports, those
    another outlet backs and those another outlet contradicts, counted here from the
    analysis directly."""
    written = {analysis.voice_of[a]: a for a in reversed((group.original, *group.articles))}
    by_text: dict[str, list[int]] = {}
    for article in written.values():
        for sid in analysis.article_sentences[article]:
            by_text.setdefault(analysis.sentences[sid].text, []).append(sid)
    against = analysis.contradicting
    backed = sum(any(analysis.support_of(s) > 1 for s in ids) for ids in by_text.values())
    disputed = sum(
        any(analysis.sentence_group[o] != group.id for s in ids for o in against.get(s, ()))
        for ids in by_text.values()
    )
    return len(by_text), backed, disputed


def test_a_sentence_an_outlet_printed_in_two_of_its_reports_counts_once_in_all_its_figures(
    make_folder,
) -> None:
    analysis = analyze(make_folder(FILES))
    assert analysis.independent_sources == 2
    names = [a.file for a in analysis.articles]
    wire = analysis.groups[analysis.group_of[names.index("a-harbor-wire.txt")]]
    second = names.index("b-harbor-wire-engineers.txt")
    assert second in wire.articles
    assert analysis.voice_of[second] != analysis.voice_of[wire.original]  # written apart
    matrix = coverage(summarize(analysis))
    stats = next(s for s in matrix.outlets if s.group == wire.id)
    printed = sum(len(analysis.article_sentences[a]) for a in wire.articles)
    # two sentences (the cost, the vote) are printed in both reports: each counts once
    assert stats.sentences == printed - 2
    assert (stats.sentences, stats.corroborated, stats.disputed) == distinct_figures(analysis, wire)
    assert stats.disputed == 1  # the cost, which the Post gives as 15 million
    assert 0 < stats.corroborated <= stats.sentences
    post = next(s for s in matrix.outlets if s.group != wire.id)
    post_group = analysis.groups[post.group]
    assert len(post_group.articles) == 2  # the reprint sits under the Post
    assert post.sentences == len(analysis.article_sentences[post_group.original])
    assert (post.sentences, post.corroborated, post.disputed) == distinct_figures(
        analysis, post_group
    )
    assert post.disputed == 1


VAGUE = "The treasurer Olan Pike said the wall would cost a great deal."
FIGURED = "The treasurer Olan Pike said the wall would cost 15 million pounds."
POST_LONGER = (
    POST.replace(
        "The wall will cost 15 million pounds, the council's treasurer Olan Pike said.", VAGUE
    )
    + "\n\nThe harbour master said boats would be moved to the north quay during the work."
)


def test_a_disputed_sentence_an_updated_copy_adds_counts_on_the_sentence_of_its_original(
    make_folder,
) -> None:
    updated = POST_LONGER.replace(VAGUE, FIGURED).rsplit("\n\n", 1)[0]
    files = {"a-harbor-wire.txt": WIRE, "b-post.txt": POST_LONGER, "c-post-updated.txt": updated}
    analysis = analyze(make_folder(files))
    names = [a.file for a in analysis.articles]
    post = analysis.groups[analysis.group_of[names.index("b-post.txt")]]
    copy = names.index("c-post-updated.txt")
    assert post.original == names.index("b-post.txt") and copy in post.articles
    assert analysis.voice_of[copy] == analysis.voice_of[post.original]  # a copy, not apart
    sides = {analysis.file_of(s) for d in analysis.disagreements for s in (d.a, d.b)}
    assert "c-post-updated.txt" in sides
    stats = next(s for s in coverage(summarize(analysis)).outlets if s.group == post.id)
    # the copy's figure is disputed; it stands for the original's cost sentence, one of
    # the Post's sentences, which the copy does not add to
    assert stats.sentences == len(analysis.article_sentences[post.original])
    assert stats.disputed == 1
