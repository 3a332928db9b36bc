"""The reader's corrections: rename an outlet, merge files into one outlet, unmatch two sentences.

The engine's counts are its best reading; the person who knows the outlets
knows better. A :class:`~corroborate.engine.models.Corrections` is applied to
an :class:`~corroborate.engine.models.Analysis` after it is built and before it
is ranked: :func:`apply_corrections` returns a new analysis whose groups,
matches, claims and per-sentence figures are recomputed through the same
functions the pipeline uses, so ranking, the app and both exports see one
consistent story, whatever the ranking does with it.

Corrections are stored as JSON (:func:`save`, :func:`load`) by the app, beside
its own settings and never in the article folder, and read by the command line
with ``--corrections FILE``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from ..disjoint import DisjointSets
from ..models import (
    Analysis,
    Article,
    Corrections,
    CorrectionsError,
    NewerCorrectionsError,
    SentenceKey,
    SourceGroup,
)
from .claims import neighbours, salience

FORMAT_VERSION = 1


# -- building ------------------------------------------------------------------
def rename_outlet(corrections: Corrections, files: Iterable[str], outlet: str) -> Corrections:
    """``files`` are published by ``outlet`` (an empty name undoes the rename)."""
    files = set(files)
    kept = tuple((f, o) for f, o in corrections.outlets if f not in files)
    added = tuple((f, outlet.strip()) for f in sorted(files)) if outlet.strip() else ()
    return replace(corrections, outlets=tuple(sorted(kept + added)))


def merge_files(corrections: Corrections, files: Iterable[str]) -> Corrections:
    """``files`` are one outlet; sets that share a file with them are joined to them."""
    joined = set(files)
    others = []
    for group in corrections.merged:
        if joined & set(group):
            joined |= set(group)
        else:
            others.append(group)
    if len(joined) < 2:
        return corrections
    merged = sorted([*others, tuple(sorted(joined))])
    return replace(corrections, merged=tuple(merged))


def unmerge_files(corrections: Corrections, files: Iterable[str]) -> Corrections:
    """Forget every merge that involves any of ``files``."""
    files = set(files)
    kept = tuple(g for g in corrections.merged if not files & set(g))
    return replace(corrections, merged=kept)


def _pair(a: SentenceKey, b: SentenceKey) -> tuple[SentenceKey, SentenceKey]:
    return (a, b) if (a.file, a.text) <= (b.file, b.text) else (b, a)


def unmatch(corrections: Corrections, a: SentenceKey, b: SentenceKey) -> Corrections:
    """The two sentences do not state the same claim."""
    pair = _pair(a, b)
    if pair in corrections.unmatched or a == b:
        return corrections
    pairs = sorted([*corrections.unmatched, pair], key=lambda p: (p[0].file, p[0].text, p[1].file))
    return replace(corrections, unmatched=tuple(pairs))


Pair = tuple[SentenceKey, SentenceKey]


def unmatched_groups(pairs: Iterable[Pair]) -> list[list[Pair]]:
    """The reader's "not the same claim" sayings, as far as the pairs tell: one saying
    sets one outlet's sentences apart from all of a claim's other sentences (several
    pairs sharing sentences), so pairs joined through shared sentences are one group.
    Two sayings about one claim share sentences too, and are then counted as one: the
    pairs do not record which saying made them."""
    pairs = list(pairs)
    index: dict[SentenceKey, int] = {}
    for pair in pairs:
        for key in pair:
            index.setdefault(key, len(index))
    sets: DisjointSets[int] = DisjointSets(range(len(index)))
    for a, b in pairs:
        sets.union(index[a], index[b])
    groups: dict[int, list[Pair]] = {}
    for pair in pairs:
        groups.setdefault(sets.find(index[pair[0]]), []).append(pair)
    return list(groups.values())


def count_corrections(corrections: Corrections) -> int:
    """How many corrections the reader made: each outlet renamed, each set of files
    merged, each "not the same claim" (:func:`unmatched_groups`)."""
    return (
        len(corrections.outlets)
        + len(corrections.merged)
        + len(unmatched_groups(corrections.unmatched))
    )


def _quoted(key: SentenceKey) -> str:
    return f"“{key.text}” (`{key.file}`)"


def _unmatched_lines(group: list[Pair]) -> list[str]:
    """A saying in words: one line when one file's sentences were set apart from
    several others (every pair has a side in that file), else one line per pair."""
    common = set.intersection(*({a.file, b.file} for a, b in group))
    if len(group) == 1 or len(common) != 1:
        return [f"not the same claim: {_quoted(a)} and {_quoted(b)}" for a, b in group]
    hub = common.pop()
    own = list(dict.fromkeys(key for pair in group for key in pair if key.file == hub))
    others = list(dict.fromkeys(key for pair in group for key in pair if key.file != hub))
    if not others:  # sentences of one file set apart from each other
        return [f"not the same claim: {_quoted(a)} and {_quoted(b)}" for a, b in group]
    listed = ", ".join(map(_quoted, others[:-1])) + (" and " if others[:-1] else "")
    said = " / ".join(map(_quoted, own))
    return [f"not the same claim: {said} and each of {listed}{_quoted(others[-1])}"]


def describe(corrections: Corrections) -> list[str]:
    """One line per correction, in plain words (the report lists these)."""
    lines = [f"`{file}` is published by {outlet}" for file, outlet in corrections.outlets]
    lines += ["one outlet: " + ", ".join(f"`{f}`" for f in group) for group in corrections.merged]
    for group in unmatched_groups(corrections.unmatched):
        lines += _unmatched_lines(group)
    return lines


# -- applying ------------------------------------------------------------------
def apply_corrections(analysis: Analysis, corrections: Corrections) -> Analysis:
    """A new analysis with ``corrections`` applied; names that match nothing are ignored.

    Outlets are renamed (a file named after an outlet already in the story
    joins it, as the engine joins one outlet's articles), groups holding files
    the reader merged become one group, matches between sentences the reader unmatched are dropped, and the
    match graph, claims, salience, concept weights and disagreements between
    what is now one source are recomputed.
    """
    if not corrections:
        return replace(analysis, corrections=corrections)
    from ..matching.independence import outlet_key  # numpy: only once there is a story
    from .single_source import distinctness

    articles = _renamed(analysis.articles, dict(corrections.outlets))
    # As in the engine, articles that name the same outlet are one source: a file the
    # reader names after an outlet already in the story joins that outlet.
    same_outlet: dict[str, list[str]] = {}
    for article in articles:
        if article.outlet_from != "file":
            same_outlet.setdefault(outlet_key(article.outlet), []).append(article.file)
    renamed = {file for file, _outlet in corrections.outlets}
    joined = tuple(
        tuple(files) for files in same_outlet.values() if len(files) > 1 and renamed & set(files)
    )
    groups, group_of, renumber = _merged(analysis, corrections.merged + joined)
    matches = analysis.matches
    if corrections.unmatched:
        by_key = {(articles[s.article].file, s.text): s.id for s in analysis.sentences}
        cut = set()
        for a, b in corrections.unmatched:
            x, y = by_key.get((a.file, a.text)), by_key.get((b.file, b.text))
            if x is not None and y is not None:
                cut.add((min(x, y), max(x, y)))
        matches = tuple(m for m in matches if (min(m.a, m.b), max(m.a, m.b)) not in cut)
    sentences = analysis.sentences
    graph = neighbours(sentences, matches)
    # Ranking weighs voices (copies once, an outlet's separate reports each) when the
    # analysis has them; merging outlets changes groups, not voices.
    voices = analysis.voice_of or group_of
    disagreements = tuple(
        d
        for d in analysis.disagreements
        if group_of[sentences[d.a].article] != group_of[sentences[d.b].article]
    )
    return replace(
        analysis,
        articles=articles,
        matches=matches,
        groups=groups,
        group_of=group_of,
        neighbours=tuple(tuple(sorted(edges)) for edges in graph),
        salience=salience(sentences, voices),
        disagreements=disagreements,
        # Per-sentence sets of groups follow the groups' new numbers.
        echoes=tuple(frozenset(renumber[g] for g in groups_) for groups_ in analysis.echoes),
        distinct=distinctness(sentences, group_of) if analysis.distinct else (),
        corrections=corrections,
    )


def _renamed(articles: tuple[Article, ...], outlets: dict[str, str]) -> tuple[Article, ...]:
    return tuple(
        replace(a, outlet=outlets[a.file], outlet_from="reader") if a.file in outlets else a
        for a in articles
    )


def _merged(
    analysis: Analysis, merged: tuple[tuple[str, ...], ...]
) -> tuple[tuple[SourceGroup, ...], tuple[int, ...], dict[int, int]]:
    """The groups after joining those that hold files the reader says are one outlet,
    each article's group, and each old group id's new one."""
    if not merged:
        same = {g.id: g.id for g in analysis.groups}
        return analysis.groups, analysis.group_of, same
    article_of = {a.file: a.id for a in analysis.articles}
    joined_groups: DisjointSets[int] = DisjointSets(range(len(analysis.groups)))
    for files in merged:
        ids = [analysis.group_of[article_of[f]] for f in files if f in article_of]
        for other in ids[1:]:
            joined_groups.union(ids[0], other)
    members: dict[int, list[SourceGroup]] = {}
    for group in analysis.groups:
        members.setdefault(joined_groups.find(group.id), []).append(group)
    groups, group_of = [], [0] * len(analysis.articles)
    renumber: dict[int, int] = {}
    for new_id, key in enumerate(sorted(members)):
        parts = members[key]
        renumber.update((g.id, new_id) for g in parts)
        joined = tuple(sorted(a for g in parts for a in g.articles))
        groups.append(SourceGroup(id=new_id, articles=joined, original=parts[0].original))
        for article in joined:
            group_of[article] = new_id
    return tuple(groups), tuple(group_of), renumber


# -- storing -------------------------------------------------------------------
def to_dict(corrections: Corrections) -> dict:
    """The JSON form (also the ``corrections`` object of the JSON report)."""
    return {
        "outlets": [{"file": f, "outlet": o} for f, o in corrections.outlets],
        "merged": [list(group) for group in corrections.merged],
        "not_same_claim": [
            [{"file": k.file, "text": k.text} for k in pair] for pair in corrections.unmatched
        ],
    }


def from_dict(data: object) -> Corrections:
    """Corrections from their JSON form; raises :class:`CorrectionsError` when malformed."""
    if not isinstance(data, dict):
        raise CorrectionsError("not a corrections file: it holds no JSON object")
    try:
        outlets = tuple(sorted((str(e["file"]), str(e["outlet"])) for e in data.get("outlets", [])))
        merged = tuple(
            sorted(tuple(sorted(str(f) for f in group)) for group in data.get("merged", []))
        )
        unmatched: list[tuple[SentenceKey, SentenceKey]] = []
        for pair in data.get("not_same_claim", []):
            a, b = (SentenceKey(str(k["file"]), str(k["text"])) for k in pair)
            unmatched.append(_pair(a, b))
    except (TypeError, KeyError, ValueError, AttributeError) as error:
        raise CorrectionsError(f"not a corrections file: {error}") from None
    return Corrections(outlets=outlets, merged=merged, unmatched=tuple(unmatched))


def load(path: Path | str) -> Corrections:
    """Read a corrections file; a missing file means no corrections."""
    path = Path(path)
    if not path.is_file():
        return Corrections()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        why = getattr(error, "strerror", None) or error
        raise CorrectionsError(f"cannot read {path}: {why}") from None
    version = data.get("version", FORMAT_VERSION) if isinstance(data, dict) else FORMAT_VERSION
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CorrectionsError(f"{path} is not a corrections file: its version is {version!r}")
    if version > FORMAT_VERSION:
        raise NewerCorrectionsError(
            f"{path} was written by a newer version of Corroborate (corrections format "
            f"{version}; this version reads format {FORMAT_VERSION} and older)"
        )
    try:
        return from_dict(data)
    except CorrectionsError as error:
        raise CorrectionsError(f"{path} is {error}") from None


def set_aside(path: Path | str) -> Path:
    """Rename an unreadable corrections file to ``<name>.unreadable.json`` (or
    ``<name>.unreadable-2.json`` …, never over another) so that new corrections do
    not overwrite it; returns the new name. Raises OSError when it cannot be renamed."""
    path = Path(path)
    for n in range(1, 1000):
        suffix = ".unreadable.json" if n == 1 else f".unreadable-{n}.json"
        kept = path.with_name(path.stem + suffix)
        if not kept.exists():
            path.rename(kept)
            return kept
    raise FileExistsError(f"too many unreadable corrections files beside {path}")


def save(corrections: Corrections, path: Path | str, folder: str = "") -> None:
    """Write ``corrections`` as JSON, atomically; ``folder`` is recorded for the reader."""
    from corroborate.atomic import write_atomically

    data = {"version": FORMAT_VERSION, **({"folder": folder} if folder else {})}
    data.update(to_dict(corrections))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text, overwrite=True)
