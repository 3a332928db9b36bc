"""The analysis pipeline: ingest → sentences → alignment → independence → claims.

Progress and cancellation are plain callables so that a GUI can drive a
progress bar and a Cancel button without the engine knowing about it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from .align import align
from .claims import concept_weights, form_claims, neighbours, salience
from .ingest import ingest
from .models import (
    Analysis,
    Article,
    CancelFn,
    Cancelled,
    FileProblem,
    NoArticlesError,
    ProgressFn,
)
from .readers import UnreadableFile, read_document
from .segment import segment

log = logging.getLogger(__name__)


def _resolve(
    source: Path | str | Iterable[Path | str],
) -> tuple[Path, list[Path], list[FileProblem]]:
    from .discover import discover

    if isinstance(source, str | Path):
        folder = Path(source)
        files, problems = discover(folder)
        return folder, files, problems
    paths = [Path(p) for p in source]
    files, problems = discover(paths)
    folder = _common_folder(paths)
    return folder, files, problems


def _common_folder(paths: list[Path]) -> Path:
    if not paths:
        return Path.cwd()
    parents = [p if p.is_dir() else p.parent for p in paths]
    common = parents[0].resolve()
    for parent in parents[1:]:
        while common not in (parent.resolve(), *parent.resolve().parents):
            common = common.parent
    return common


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return path.name


def run_analysis(
    source: Path | str | Iterable[Path | str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    exclude: Iterable[str] = (),
) -> Analysis:
    def report(stage: str, fraction: float) -> None:
        if cancelled and cancelled():
            raise Cancelled
        if progress:
            progress(stage, fraction)

    folder, files, problems = _resolve(source)
    excluded = set(exclude)
    files = [f for f in files if _relative(f, folder) not in excluded]
    articles: list[Article] = []
    for number, path in enumerate(files):
        report(f"Reading {len(files)} articles…", 0.3 * number / max(1, len(files)))
        name = _relative(path, folder)
        try:
            raw = read_document(path)
        except UnreadableFile as reason:
            problems.append(FileProblem(name, str(reason)))
            continue
        article = ingest(raw, name, len(articles))
        if not article.paragraphs:
            problems.append(FileProblem(name, "no story text was found in it"))
            continue
        articles.append(article)
    report("Splitting sentences…", 0.3)
    sentences = segment(tuple(articles))
    present = {s.article for s in sentences}
    if len(present) < len(articles):
        for article in articles:
            if article.id not in present:
                problems.append(FileProblem(article.file, "no complete sentence was found in it"))
        articles = [a for a in articles if a.id in present]
        articles = [_renumber(a, i) for i, a in enumerate(articles)]
        sentences = segment(tuple(articles))
    if not articles:
        where = f"“{folder}”"
        raise NoArticlesError(
            f"No readable article was found in {where}."
            if not problems
            else f"No readable article was found in {where}: {len(problems)} file(s) were skipped.",
            tuple(problems),
        )
    report("Matching sentences…", 0.5)
    matches = align(sentences, cancelled)
    report("Finding copies…", 0.8)
    from .independence import group_sources

    groups, group_of = group_sources(articles, sentences, matches)
    report("Grouping claims…", 0.9)
    claims, claim_of = form_claims(sentences, matches, group_of)
    graph = neighbours(sentences, matches)
    analysis = Analysis(
        folder=folder,
        articles=tuple(articles),
        sentences=tuple(sentences),
        matches=tuple(matches),
        groups=groups,
        group_of=group_of,
        claims=claims,
        claim_of=claim_of,
        neighbours=tuple(tuple(sorted(edges)) for edges in graph),
        problems=tuple(problems),
        salience=salience(sentences, group_of),
        concept_weight=concept_weights(sentences, group_of),
    )
    report("Done", 1.0)
    log.info(
        "analysed %d articles, %d sentences, %d matches",
        len(articles),
        len(sentences),
        len(matches),
    )
    return analysis


def _renumber(article: Article, new_id: int) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)
