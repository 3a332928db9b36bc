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
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..disjoint import DisjointSets
from ..models import (
    Analysis,
    Article,
    Corrections,
    CorrectionsError,
    Disagreement,
    NewerCorrectionsError,
    SentenceKey,
    SourceGroup,
)
from ..text.lists import listed
from ..text.outlets import same_outlet_key
from .claims import neighbours, salience

FORMAT_VERSION = 1
#: two sentences the reader says do not state the same claim
Pair = tuple[SentenceKey, SentenceKey]


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
    """The two sentences do not state the same claim (one saying)."""
    return unmatch_pairs(corrections, [(a, b)])


def unmatch_pairs(corrections: Corrections, pairs: Iterable[Pair]) -> Corrections:
    """One "not the same claim": each pair's sentences do not state the same claim. The
    pairs not already set apart are recorded together as one saying, however many they
    are, so that each saying counts once and a second one about the same claim counts too."""
    known = set(corrections.unmatched)
    added: list[Pair] = []
    for a, b in pairs:
        pair = _pair(a, b)
        if a != b and pair not in known:
            known.add(pair)
            added.append(pair)
    if not added:
        return corrections
    ordered = sorted([*corrections.unmatched, *added], key=_pair_order)
    return replace(
        corrections,
        unmatched=tuple(ordered),
        sayings=(*corrections.sayings, tuple(sorted(added, key=_pair_order))),
    )


def _pair_order(pair: Pair) -> tuple[str, str, str, str]:
    return (pair[0].file, pair[0].text, pair[1].file, pair[1].text)


def unmatched_groups(pairs: Iterable[Pair]) -> list[list[Pair]]:
    """Pairs set apart with no record of the saying that made them (a corrections file
    written before sayings were recorded), grouped as far as the pairs tell: one saying
    sets one outlet's sentences apart from all of a claim's other sentences (several
    pairs sharing sentences), so pairs joined through shared sentences are one group."""
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


def sayings_of(corrections: Corrections) -> list[list[Pair]]:
    """Each "not the same claim" the reader said, as its pairs: those recorded, in the
    order said, then the unrecorded pairs of an older file as :func:`unmatched_groups`
    groups them."""
    recorded = [list(saying) for saying in corrections.sayings]
    said = {pair for saying in corrections.sayings for pair in saying}
    older = [pair for pair in corrections.unmatched if pair not in said]
    return recorded + unmatched_groups(older)


def count_corrections(corrections: Corrections) -> int:
    """How many corrections the reader made: each outlet renamed, each set of files
    merged, each "not the same claim" (:func:`sayings_of`), two about one claim as two."""
    return len(corrections.outlets) + len(corrections.merged) + len(sayings_of(corrections))


Quote = Callable[[SentenceKey], str]


def _unmatched_lines(group: list[Pair], quoted: Quote) -> list[str]:
    """A saying in words: one line when one file's sentences were set apart from
    several others (every pair has a side in that file), else one line per pair."""
    common = set.intersection(*({a.file, b.file} for a, b in group))
    if len(group) == 1 or len(common) != 1:
        return [f"not the same claim: {quoted(a)} and {quoted(b)}" for a, b in group]
    hub = common.pop()
    own = list(dict.fromkeys(key for pair in group for key in pair if key.file == hub))
    others = list(dict.fromkeys(key for pair in group for key in pair if key.file != hub))
    if not others:  # sentences of one file set apart from each other
        return [f"not the same claim: {quoted(a)} and {quoted(b)}" for a, b in group]
    said = " / ".join(map(quoted, own))
    return [f"not the same claim: {said} and each of {listed([quoted(k) for k in others])}"]


def _sides(saying: list[Pair]) -> tuple[list[SentenceKey], list[SentenceKey]] | None:
    """A saying's two sides when it set each sentence of one side apart from each of the
    other's (the fewer first: the sentences said to be another claim), else None."""
    side: dict[SentenceKey, int] = {}
    links: dict[SentenceKey, list[SentenceKey]] = {}
    for a, b in saying:
        links.setdefault(a, []).append(b)
        links.setdefault(b, []).append(a)
    for start in links:
        if start in side:
            continue
        side[start], todo = 0, [start]
        while todo:
            key = todo.pop()
            for other in links[key]:
                if other not in side:
                    side[other] = 1 - side[key]
                    todo.append(other)
                elif side[other] == side[key]:
                    return None
    one = sorted((key for key in links if side[key] == 0), key=lambda k: (k.file, k.text))
    two = sorted((key for key in links if side[key] == 1), key=lambda k: (k.file, k.text))
    if len(one) * len(two) != len(set(saying)):
        return None  # not every sentence of one side against every one of the other
    return (one, two) if len(one) <= len(two) else (two, one)


def _saying_lines(saying: list[Pair], quoted: Quote) -> list[str]:
    """A recorded saying in words: one line for the sentences it set apart from the
    others, whichever files either side's sentences are in."""
    sides = _sides(saying) if len(saying) > 1 else None
    if sides is None:
        return _unmatched_lines(saying, quoted)
    own, others = sides
    said = " / ".join(map(quoted, own))
    return [f"not the same claim: {said} and each of {listed([quoted(k) for k in others])}"]


def _backticked(file: str) -> str:
    return f"`{file}`"


def _as_written(text: str) -> str:
    return text


def describe(
    corrections: Corrections,
    file: Callable[[str], str] = _backticked,
    text: Callable[[str], str] = _as_written,
) -> list[str]:
    """One line per correction, in plain words (the report lists these), each file name
    written by ``file`` and each outlet and sentence quoted by ``text`` (the Markdown
    report makes a file name a code span and escapes the text it quotes)."""

    def quoted(key: SentenceKey) -> str:
        return f"“{text(key.text)}” ({file(key.file)})"

    lines = [f"{file(name)} is published by {text(outlet)}" for name, outlet in corrections.outlets]
    lines += ["one outlet: " + ", ".join(map(file, group)) for group in corrections.merged]
    for saying in corrections.sayings:
        lines += _saying_lines(list(saying), quoted)
    said = {pair for saying in corrections.sayings for pair in saying}
    for group in unmatched_groups(p for p in corrections.unmatched if p not in said):
        lines += _unmatched_lines(group, quoted)
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
    from .single_source import distinctness

    articles = _renamed(analysis.articles, dict(corrections.outlets))
    # As in the engine, articles that name the same outlet are one source: a file the
    # reader names after an outlet already in the story joins that outlet.
    same_outlet: dict[str, list[str]] = {}
    for article in articles:
        if article.outlet_from != "file":
            same_outlet.setdefault(same_outlet_key(article.outlet), []).append(article.file)
    renamed = {file for file, _outlet in corrections.outlets}
    joined = tuple(
        tuple(files) for files in same_outlet.values() if len(files) > 1 and renamed & set(files)
    )
    groups, group_of, renumber = _merged(analysis, corrections.merged + joined)
    # a source one of whose outlets the reader renamed is named by its original again
    groups = tuple(
        replace(g, named=None) if renamed & {articles[a].file for a in g.articles} else g
        for g in groups
    )
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

    def apart(pairs: tuple[Disagreement, ...]) -> tuple[Disagreement, ...]:
        """The pairs still between two sources (never one the reader merged)."""
        return tuple(
            d for d in pairs if group_of[sentences[d.a].article] != group_of[sentences[d.b].article]
        )

    # Per-sentence sets of groups follow the groups' new numbers.
    echoes = tuple(frozenset(renumber[g] for g in groups_) for groups_ in analysis.echoes)
    return replace(
        analysis,
        articles=articles,
        matches=matches,
        groups=groups,
        group_of=group_of,
        neighbours=tuple(tuple(sorted(edges)) for edges in graph),
        salience=salience(sentences, voices),
        disagreements=apart(analysis.disagreements),
        spellings=apart(analysis.spellings),
        echoes=echoes,
        distinct=distinctness(sentences, group_of, echoes) if analysis.distinct else (),
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
        groups.append(
            SourceGroup(
                id=new_id, articles=joined, original=parts[0].original, named=parts[0].named
            )
        )
        for article in joined:
            group_of[article] = new_id
    return tuple(groups), tuple(group_of), renumber


# -- storing -------------------------------------------------------------------
def to_dict(corrections: Corrections) -> dict[str, Any]:
    """The JSON form (also the ``corrections`` object of the JSON report)."""
    return {
        "outlets": [{"file": f, "outlet": o} for f, o in corrections.outlets],
        "merged": [list(group) for group in corrections.merged],
        "not_same_claim": [
            [{"file": k.file, "text": k.text} for k in pair] for pair in corrections.unmatched
        ],
        **_saying_numbers(corrections),
    }


#: the key of the saying each "not_same_claim" pair was said in: a list beside that one,
#: a number (from 0, in the order said) or null for a pair from an older file; absent
#: when no saying is recorded, so older versions read the file as before
SAYING_KEY = "not_same_claim_saying"


def _saying_numbers(corrections: Corrections) -> dict[str, list[int | None]]:
    if not corrections.sayings:
        return {}
    number = {pair: n for n, saying in enumerate(corrections.sayings) for pair in saying}
    return {SAYING_KEY: [number.get(pair) for pair in corrections.unmatched]}


#: What a corrections file holds, and the keys beside them that say nothing of corrections.
_SECTIONS = frozenset({"outlets", "merged", "not_same_claim"})
_FILE_KEYS = frozenset({"version", "folder", SAYING_KEY})


def from_dict(data: object) -> Corrections:
    """Corrections from their JSON form; raises :class:`CorrectionsError` when malformed."""
    if not isinstance(data, dict):
        raise CorrectionsError("not a corrections file: it holds no JSON object")
    carried = data.get("corrections")
    if not _SECTIONS & data.keys() and isinstance(carried, dict):
        data = carried  # a JSON report: the corrections it was made with
    if not _SECTIONS & data.keys() and data.keys() - _FILE_KEYS:
        raise CorrectionsError(
            "not a corrections file: it holds none of " + ", ".join(sorted(_SECTIONS))
        )
    section = "outlets"
    try:
        outlets = tuple(sorted((str(e["file"]), str(e["outlet"])) for e in data.get("outlets", [])))
        section = "merged"
        merged = tuple(
            sorted(tuple(sorted(str(f) for f in group)) for group in data.get("merged", []))
        )
        section = "not_same_claim"
        unmatched: list[tuple[SentenceKey, SentenceKey]] = []
        for pair in data.get("not_same_claim", []):
            a, b = (SentenceKey(str(k["file"]), str(k["text"])) for k in pair)
            unmatched.append(_pair(a, b))
        sayings = _sayings(unmatched, data.get(SAYING_KEY))
    except KeyError as error:
        raise CorrectionsError(
            f"not a corrections file: an entry of {section} has no {error}"
        ) from None
    except (TypeError, ValueError, AttributeError) as error:
        raise CorrectionsError(f"not a corrections file: {error}") from None
    pairs = tuple(dict.fromkeys(sorted(unmatched, key=_pair_order)))
    return Corrections(outlets=outlets, merged=merged, unmatched=pairs, sayings=sayings)


def _sayings(pairs: list[Pair], numbers: object) -> tuple[tuple[Pair, ...], ...]:
    """The sayings recorded beside the pairs (none in a file from before they were)."""
    if numbers is None:
        return ()
    if not isinstance(numbers, list) or len(numbers) != len(pairs):
        raise ValueError(f"{SAYING_KEY} does not number each pair")
    said: dict[int, list[Pair]] = {}
    for pair, number in zip(pairs, numbers, strict=True):
        if number is None:
            continue
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise ValueError(f"{SAYING_KEY} holds {number!r}")
        if pair not in said.setdefault(number, []):
            said[number].append(pair)
    return tuple(tuple(sorted(said[n], key=_pair_order)) for n in sorted(said))


def load(path: Path | str) -> Corrections:
    """Read a corrections file; a missing file means no corrections."""
    path = Path(path)
    if not path.is_file():
        return Corrections()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}: {error.msg.lower()}"
        raise CorrectionsError(f"cannot read {path}: it is not JSON ({where})") from None
    except UnicodeDecodeError:
        raise CorrectionsError(f"cannot read {path}: it is not UTF-8 text") from None
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
