"""Coverage: which independent source reports which claim, as plain data.

One row per summary claim and per salient single-source claim, one column per
independent source (copies share a column). A cell says whether that source
reports the claim, disputes it (:attr:`.models.Claim.disputes`, as the summary's
"disputed by" reads it), or is silent, and names the sentence that
shows it, so a picture of the matrix can open that sentence when clicked.
The app draws it; the engine only computes it.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import (
    CONTRADICTS,
    REPORTS,
    Analysis,
    ConsensusSummary,
    CoverageCell,
    CoverageColumn,
    CoverageMatrix,
    CoverageRow,
    OutletStats,
)

_SILENT = CoverageCell()


def _row(analysis: Analysis, sentence: int, single: bool) -> CoverageRow:
    cells: dict[int, CoverageCell] = {}
    # Each source that states the claim shows its sentence: the row's own in its own
    # source, else the first of the source's, the one stating the claim best in its
    # original article (Analysis.states_best); each source that disputes it, its first
    # sentence that does, chosen alike.
    claim = analysis.claim(sentence)
    for statement in claim.statements:
        shown = sentence if sentence in statement.sentences else statement.sentences[0]
        cells[statement.group] = CoverageCell(REPORTS, shown)
    for dispute in claim.disputes:
        cells[dispute.group] = CoverageCell(CONTRADICTS, dispute.sentences[0])
    return CoverageRow(
        sentence=sentence,
        text=analysis.sentences[sentence].text,
        single_source=single,
        cells=tuple(cells.get(g.id, _SILENT) for g in analysis.groups),
    )


def _stats(summary: ConsensusSummary) -> tuple[OutletStats, ...]:
    analysis = summary.analysis
    against = analysis.contradicting
    single_of: dict[int, list[int]] = defaultdict(list)
    for item in summary.single_source:
        single_of[analysis.sentence_group[item.sentence]].append(item.sentence)
    # Every one, not only those listed (the summary counted them): the listed few are
    # the surest, not all.
    totals = summary.single_source_totals
    stats = []
    voice_of = analysis.voice_of
    for group in analysis.groups:
        # Each article the outlet wrote counts, its copies once (by the original when
        # it is one of them): a wire service's six reports, not its first alone. The unit
        # is the outlet's distinct sentence: one it printed verbatim in two of its reports
        # is one statement of it, in all three figures alike.
        written: dict[int, int] = {}
        for article in (group.original, *group.articles):
            written.setdefault(voice_of[article] if voice_of else group.original, article)
        statements: dict[str, list[int]] = {}
        for article in written.values():
            for sid in analysis.article_sentences[article]:
                statements.setdefault(analysis.sentences[sid].text, []).append(sid)
        corroborated = sum(
            any(analysis.support_of(sid) > 1 for sid in ids) for ids in statements.values()
        )
        # A statement another outlet contradicts counts once, in whichever of the
        # outlet's articles (a copy too) it is contradicted: as the map marks its row. A
        # copy's sentence stands for the statement it repeats, or (edited) for the first
        # one of its original it matches; one matching none is not a statement of the
        # outlet's, as "sentences" does not count it either.
        disputed: set[str] = set()
        for article in group.articles:
            for sid in analysis.article_sentences[article]:
                if sid not in against or all(
                    analysis.sentence_group[o] == group.id for o in against[sid]
                ):
                    continue
                text = analysis.sentences[sid].text
                if text not in statements:
                    source = written[voice_of[article] if voice_of else group.original]
                    echoed = [
                        n
                        for n in analysis.neighbours[sid]
                        if analysis.sentences[n].article == source
                    ]
                    if not echoed:
                        continue
                    text = analysis.sentences[min(echoed)].text
                disputed.add(text)
        single = tuple(single_of[group.id])
        outlet = analysis.group_outlets[group.id]
        total = max(totals[group.id] if group.id < len(totals) else 0, len(single))
        stats.append(
            OutletStats(
                group.id, outlet, len(statements), corroborated, len(disputed), single, total
            )
        )
    return tuple(stats)


def coverage(summary: ConsensusSummary) -> CoverageMatrix:
    """The claims-by-sources matrix of a summary, with per-outlet figures."""
    analysis = summary.analysis
    columns = tuple(
        CoverageColumn(
            group=g.id,
            outlet=analysis.group_outlets[g.id],
            files=analysis.group_files[g.id],
        )
        for g in analysis.groups
    )
    rows = [_row(analysis, item.sentence, False) for item in summary.items]
    rows += [_row(analysis, item.sentence, True) for item in summary.single_source]
    return CoverageMatrix(columns, tuple(rows), _stats(summary))
