"""Off-topic audit: the real reports the off-topic screen leaves out, and the pages on other
things it keeps.

    uv run python tests/quality/offtopic_audit.py CORPUS_DIR [invented] [fresh] [local] [duc] [readable] [-v]

``invented``: the stories of :mod:`offtopic_cases` (invented text), each odd real report
and each page on something else added in turn to the story's four base reports and to its
first two ("full" and "small" folders), written under a temporary folder and analysed:
how many real reports are left out and how many other pages kept (``-v`` names them).

``fresh``: the same for the stories of :mod:`offtopic_cases_fresh`, a separate set (a
verdict, an election, a storm, a marathon, a company's results, a protest) kept apart so
the screen's rules are judged on cases they were not written against.

``local``: the stories of :mod:`offtopic_cases_local`, a third set (real reports from a
local angle: a town's own victims, a hospital, a neighbouring town, a business page),
each target page added to the story's first two base reports, its first four, and all
six with five of the story's other real reports (folders of 3, 5 and 12 articles): the
targets left out or kept, and the other real reports of the 12-article folders left out.

``duc``: random subsets of three to five articles (300 per cluster, seed 7) of every
readable DUC 2003 cluster, screened as the pipeline screens the whole cluster (its
articles' stems, names and figures, copies of one text judged once): every article is on
the cluster's topic, so every one left out is a loss, counted by article and, apart, when no
other article of its outlet is kept (its outlet lost with it; ``-v`` prints each subset's
similarities).

``readable``: every page of the readable folders (the summit story, ``multinews-dev``,
``duc2003``) the engine leaves out as off-topic, with its reason: the list to compare
before and after a change to the screen.

``long``: every long document (:data:`stories.LONG_WORDS` words or more) of the readable
folders, with the share of its sentences naming one of the story's central names no
other document writes in lower case (:func:`stories.story_sentence_share`,
:func:`stories.own_names`), lowest first, and those below
:data:`stories.STORY_SENTENCE_SHARE`: the margin of the long-document rule.

Set-aside stories (:func:`text_score.set_aside`) are skipped unopened. Nothing is
written into the project; no corpus text is printed, only file names.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from offtopic_cases import STORIES
from offtopic_cases_fresh import STORIES as FRESH
from offtopic_cases_local import STORIES as LOCAL
from text_score import set_aside

import corroborate.engine.pipeline as pipeline
from corroborate.engine import analyze
from corroborate.engine.matching.independence import copies_of_first
from corroborate.engine.text import screening, stories

SUBSETS_PER_CLUSTER = 300
SEED = 7


def invented_folders(
    stories: dict[str, dict] = STORIES,
) -> Iterator[tuple[str, str, list[tuple[str, list[str]]], str]]:
    """Each invented folder of ``stories``: its name, the target's role ("real" or "off"),
    the base reports (title, paragraphs) and the target page's text."""
    for story, spec in stories.items():
        for role in ("real", "off"):
            for kind, text in spec[role]:
                for size, base in (("full", spec["base"]), ("small", spec["base"][:2])):
                    yield f"{story}-{role}-{kind}-{size}", role, base, text


def invented(verbose: bool, stories: dict[str, dict] = STORIES, label: str = "invented") -> None:
    lost = kept = reals = offs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, role, base, text in invented_folders(stories):
            folder = Path(tmp) / name
            folder.mkdir()
            for i, (title, paragraphs) in enumerate(base):
                body = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
                (folder / f"{i + 1:02d}-base.txt").write_text(body, encoding="utf-8")
            (folder / "zz-target.txt").write_text(text, encoding="utf-8")
            problems = analyze(folder).problems
            if any(p.file == "zz-target.txt" and p.kind != "off-topic" for p in problems):
                continue  # another language, unreadable: not the screen's doing
            out = [p.reason for p in problems if p.file == "zz-target.txt"]
            base_out = [p.file for p in problems if p.file != "zz-target.txt"]
            if base_out:
                print(f"BASE LEFT OUT {name}: {base_out}")
            if role == "real":
                reals += 1
                lost += bool(out)
                if out and verbose:
                    print(f"real left out  {name} | {out[0]}")
            else:
                offs += 1
                kept += not out
                if not out and verbose:
                    print(f"other page kept {name}")
    print(f"{label}: real reports {reals}, left out {lost}; other pages {offs}, kept {kept}")


def local(verbose: bool) -> None:
    tally: Counter[tuple[str, int, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for story, spec in LOCAL.items():
            reals = [text for _, text in spec["real"]]
            for role in ("real", "off"):
                for kind, text in spec[role]:
                    for size in (3, 5, 12):
                        folder = Path(tmp) / f"{story}-{role}-{kind}-{size}"
                        folder.mkdir()
                        others = [t for t in reals if t != text][:5] if size == 12 else []
                        for i, (title, paragraphs) in enumerate(spec["base"][: size - 1]):
                            body = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
                            (folder / f"{i + 1:02d}-base.txt").write_text(body, encoding="utf-8")
                        for i, other in enumerate(others):
                            (folder / f"{i + 1:02d}-real.txt").write_text(other, encoding="utf-8")
                        (folder / "zz-target.txt").write_text(text, encoding="utf-8")
                        out = {p.file: p.reason for p in analyze(folder).problems
                               if p.kind == "off-topic"}  # fmt: skip
                        tally[(role, size, "targets")] += 1
                        tally[(role, size, "out")] += "zz-target.txt" in out
                        tally[(role, size, "reals out")] += len(out) - ("zz-target.txt" in out)
                        if verbose and (role == "real") == ("zz-target.txt" in out):
                            print(f"{folder.name}: {out.get('zz-target.txt', 'kept')}")
    for role in ("real", "off"):
        for size in (3, 5, 12):
            print(f"local {role} size {size}: {tally[(role, size, 'targets')]} targets, "
                  f"left out {tally[(role, size, 'out')]}; other real reports left out "
                  f"{tally[(role, size, 'reals out')]}")  # fmt: skip


def _screen_inputs(folder: Path) -> tuple[list[str], list[Counter[str]], dict[str, Any]]:
    """The file names, stems and other arguments the pipeline screens ``folder`` with."""
    got: dict[str, Any] = {}
    screen, off_topic = pipeline.screen, pipeline._off_topic

    def keep_args(docs: list[Counter[str]], **kw: Any) -> Any:
        got["args"] = (docs, kw)
        return screen(docs, **kw)

    def keep_files(articles: list, sentences: list, stems: list, duplicates: list, *a: Any) -> Any:
        first = copies_of_first(len(articles), duplicates)
        got["files"] = [articles[i].file for i in sorted(set(first))]
        return off_topic(articles, sentences, stems, duplicates, *a)

    pipeline.screen, pipeline._off_topic = keep_args, keep_files
    try:
        analyze(folder)
    finally:
        pipeline.screen, pipeline._off_topic = screen, off_topic
    if "args" not in got:
        return [], [], {}
    docs, kw = got["args"]
    return got["files"], docs, kw


def _passages_of(passages: Any, sub: list[int]) -> Any:
    """The subset's passages: the whole folder's, read by the subset's indexes."""
    return lambda j: passages(sub[j])


def duc(corpus: Path, verbose: bool) -> None:
    aside = set_aside()
    rng = random.Random(SEED)
    total = 0
    lost: Counter[tuple[str, str]] = Counter()
    alone: Counter[tuple[str, str]] = Counter()  # its outlet lost with it
    for cluster in sorted(p for p in (corpus / "duc2003").iterdir() if p.is_dir()):
        if cluster.name in aside:
            continue
        files, docs, kw = _screen_inputs(cluster)
        if not docs:
            continue
        for _ in range(SUBSETS_PER_CLUSTER):
            sub = sorted(rng.sample(range(len(docs)), rng.randint(3, min(5, len(docs)))))
            args = {
                k: [kw[k][i] for i in sub]
                for k in ("names", "mentioned", "outlets", "figures", "leads")
            }
            part = [docs[i] for i in sub]
            found = screening.screen(
                part,
                passages=_passages_of(kw["passages"], sub),
                runs=_passages_of(kw["runs"], sub),
                **args,
            )
            total += 1
            counted = {args["outlets"][j] for j in range(len(sub)) if j not in found.off_topic}
            for j in sorted(found.off_topic):
                lost[(cluster.name, files[sub[j]])] += 1
                outlet = args["outlets"][j]
                alone[(cluster.name, files[sub[j]])] += outlet is None or outlet not in counted
                if verbose:
                    sims = [s or 0.0 for s in screening.similarity_to_rest(part)]
                    shown = " ".join(f"{s:.3f}" for s in sims)
                    print(f"  {cluster.name} {files[sub[j]]}: {sims[j]:.3f} of [{shown}], "
                          f"typical {statistics.median(sims):.3f}")  # fmt: skip
    for (cluster_name, file), count in sorted(lost.items()):
        print(f"  {cluster_name} {file}: left out in {count} subsets, {alone[(cluster_name, file)]}"
              " of them with its outlet")  # fmt: skip
    print(f"duc subsets: {total}, on-topic articles left out {sum(lost.values())}, "
          f"{sum(alone.values())} of them with their outlet (no other article of it kept)")  # fmt: skip


def readable(corpus: Path) -> None:
    folders = _readable_folders(corpus)
    count = 0
    for folder in folders:
        for p in analyze(folder).problems:
            if p.kind == "off-topic":
                count += 1
                print(f"  {folder.name}/{p.file}: {p.reason}")
    print(f"readable folders: {len(folders)}, off-topic pages {count}")


def _readable_folders(corpus: Path) -> list[Path]:
    aside = set_aside()
    folders = [corpus / "summit"]
    for part in ("multinews-dev", "duc2003"):
        folders += sorted(p for p in (corpus / part).iterdir() if p.is_dir())
    return [f for f in folders if f.is_dir() and f.name not in aside]


def long_documents(corpus: Path) -> None:
    seen: list[tuple[float, int, str]] = []
    original = pipeline.unnamed_long_documents

    def record(
        names: Any,
        words: Any,
        mentioned: Any = None,
        sentence_names: Any = None,
        lowered: Any = None,
    ) -> Any:
        counts = Counter(name for own in names for name in own)
        for index, own in enumerate(sentence_names or []):
            if words[index] >= stories.LONG_WORDS:
                central = screening.story_names(names, index, counts)[: stories.CENTRAL_NAMES]
                if central:
                    own_names = stories.own_names(central, index, lowered)
                    share = stories.story_sentence_share(own, own_names)
                    seen.append((share, words[index], f"{folder.name} article {index + 1}"))
        return original(names, words, mentioned, sentence_names, lowered)

    pipeline.unnamed_long_documents = record
    try:
        for folder in _readable_folders(corpus):
            analyze(folder)
    finally:
        pipeline.unnamed_long_documents = original
    for share, words, name in sorted(seen):
        print(f"  {share:.3f} {words:6,} words  {name}")
    below = sum(1 for share, _, _ in seen if share < stories.STORY_SENTENCE_SHARE)
    print(f"long documents: {len(seen)}, below {stories.STORY_SENTENCE_SHARE}: {below}")


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    corpus = Path(argv[0])
    verbose = "-v" in argv
    parts = [a for a in argv[1:] if not a.startswith("-")]
    parts = parts or ["invented", "fresh", "local", "duc", "readable"]
    if "invented" in parts:
        invented(verbose)
    if "fresh" in parts:
        invented(verbose, FRESH, "fresh")
    if "local" in parts:
        local(verbose)
    if "duc" in parts:
        duc(corpus, verbose)
    if "readable" in parts:
        readable(corpus)
    if "long" in parts:
        long_documents(corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
