"""The analysis pipeline: ingest → sentences → alignment → independence → claims.

Progress and cancellation are plain callables so that a GUI can drive a
progress bar and a Cancel button without the engine knowing about it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .align import align_with_near
from .claims import concept_weights, form_claims, neighbours, salience
from .disagree import detect
from .discover import discover, source_root
from .independence import group_sources
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
from .screening import detect_language, off_topic
from .segment import content_stems, segment, words
from .titles import story_title

log = logging.getLogger(__name__)


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.absolute().relative_to(folder).as_posix()
    except ValueError:
        return path.name


def _screen(
    articles: list[Article], include_off_topic: bool, problems: list[FileProblem]
) -> list[Article]:
    """Leave out articles not in English and, unless asked to keep them, off-topic ones."""
    kept = []
    for article in articles:
        language = detect_language(" ".join(article.paragraphs))
        if language not in (None, "english"):
            problems.append(
                FileProblem(article.file, f"it seems to be in {language.title()}, not English")
            )
        else:
            kept.append(article)
    if not include_off_topic and len(kept) >= 3:
        stems = [Counter(content_stems(words(" ".join(a.paragraphs)))) for a in kept]
        outliers = off_topic(stems)
        for index in sorted(outliers):
            problems.append(
                FileProblem(
                    kept[index].file,
                    "it seems to be about something else; left out of the support counts",
                )
            )
        kept = [a for i, a in enumerate(kept) if i not in outliers]
    return [replace(a, id=i) for i, a in enumerate(kept)]


def run_analysis(
    source: Path | str | Iterable[Path | str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    exclude: Iterable[str] = (),
    recursive: bool = False,
    include_off_topic: bool = False,
    max_files: int = 2000,
) -> Analysis:
    def report(stage: str, fraction: float) -> None:
        if cancelled and cancelled():
            raise Cancelled
        if progress:
            progress(stage, fraction)

    folder = source_root(source)
    files, problems = discover(source, recursive=recursive, max_files=max_files)
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
    articles = _screen(articles, include_off_topic, problems)
    sentences = segment(tuple(articles))
    present = {s.article for s in sentences}
    if len(present) < len(articles):
        for article in articles:
            if article.id not in present:
                problems.append(FileProblem(article.file, "no complete sentence was found in it"))
        articles = [replace(a, id=i) for i, a in enumerate(a for a in articles if a.id in present)]
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
    matches, near = align_with_near(sentences, cancelled)
    report("Finding copies…", 0.8)
    groups, group_of = group_sources(articles, sentences, matches)
    # Sentences that contradict each other never corroborate each other.
    matches, disagreements = detect(sentences, matches, near, groups, group_of)
    report("Grouping claims…", 0.9)
    claims, claim_of = form_claims(sentences, matches, group_of)
    graph = neighbours(sentences, matches)
    backing = tuple(tuple(sorted((s.id, *graph[s.id]))) for s in sentences)
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
        backing=backing,
        backing_groups=tuple(
            frozenset(group_of[sentences[i].article] for i in ids) for ids in backing
        ),
        problems=tuple(problems),
        salience=salience(sentences, group_of),
        concept_weight=concept_weights(sentences, group_of),
        disagreements=disagreements,
        title=story_title(articles, group_of),
    )
    report("Done", 1.0)
    log.info(
        "analysed %d articles, %d sentences, %d matches",
        len(articles),
        len(sentences),
        len(matches),
    )
    return analysis
