"""The coverage map's figures for an outlet count every article it wrote (a story and its
copies once), not its first alone: an agency's second report, disputed by another
outlet, shows as disputed beside the map that marks it."""

from __future__ import annotations

from corroborate.engine import analyze, summarize
from corroborate.engine.report.coverage import coverage

FIRST = (
    "WEXMOOR (Harbor Wire) - The council of Wexmoor approved the new harbour wall on Tuesday "
    "after a long and heated debate in the town hall.\n\n"
    "Fishermen had asked for a wall since the storms of last winter flooded the quay.\n\n"
    "The vote was seven to two, with the mayor voting in favour."
)
SECOND = (
    "WEXMOOR (Harbor Wire) - Engineers said the harbour wall would take two years to build.\n\n"
    "The wall will cost 12 million pounds, the council's treasurer said.\n\n"
    "Work on the foundations is due to start in the spring."
)
OTHER = (
    "The council of Wexmoor approved the new harbour wall on Tuesday after a long debate, "
    "the Wexmoor Post has learned.\n\n"
    "The wall will cost 15 million pounds, the council's treasurer said.\n\n"
    "Critics said the wall would spoil the view from the promenade."
)


def test_an_outlets_figures_count_each_article_it_wrote_and_a_dispute_in_its_second(
    make_folder,
) -> None:
    folder = make_folder({"a-first.txt": FIRST, "b-second.txt": SECOND, "post.txt": OTHER})
    analysis = analyze(folder)
    assert analysis.independent_sources == 2
    wire = next(g for g in analysis.groups if len(g.articles) == 2)
    assert any(d.kind == "number" for d in analysis.disagreements)
    stats = next(s for s in coverage(summarize(analysis)).outlets if s.group == wire.id)
    written = sum(len(analysis.article_sentences[a]) for a in wire.articles)
    assert stats.sentences == written
    assert stats.corroborated == sum(analysis.corroborated_counts[a] for a in wire.articles)
    assert stats.disputed == 1


def test_copies_of_one_story_count_once_in_an_outlets_figures(make_folder) -> None:
    folder = make_folder({"a-first.txt": FIRST, "a-copy.txt": FIRST, "post.txt": OTHER})
    analysis = analyze(folder)
    group = next(g for g in analysis.groups if len(g.articles) == 2)
    stats = next(s for s in coverage(summarize(analysis)).outlets if s.group == group.id)
    assert stats.sentences == len(analysis.article_sentences[group.original])
