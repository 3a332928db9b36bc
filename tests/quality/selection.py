"""Does the summary's selection objective generalise? DUC 2003 halves and Multi-News in one run.

An on-demand script, not a pytest test: it needs corpora that are not part of
the repository and takes a few minutes. Usage::

    uv run python tests/quality/selection.py ../shared/corpora
    uv run python tests/quality/selection.py CORPORA --no-baselines --json out.json
    uv run python tests/quality/selection.py CORPORA --tuning --duc-only --no-baselines

``CORPORA`` holds ``duc2003`` (DUC 2003 Task 2, 30 clusters, four 100-word
references each) and ``multinews-dev`` (70 web stories; each reference is an
editor's summary of about 300 words). Either may be absent. Every summary is
cut to its first 100 words and scored with ``rouge-score`` (ROUGE-1 and
ROUGE-2 recall, Porter stemming), averaged over a story's references, then
over stories; the scorer is the one ``duc.py`` uses.

What it reports, in one table:

- Corroborate with default options (``min_sources=2``: the protocol of the
  headline figure) and with ``min_sources=1``, using the objective's default
  parameters (``rank.DEFAULT_OBJECTIVE``);
- each half of DUC 2003 (clusters in manifest order, first 15 and last 15)
  scored with the parameters that score best on the *other* half, chosen from
  a small grid: the held-out check that the parameters do not merely fit, each with
  how many of its clusters rose and fell against the rows at ``min_sources`` 2 and the
  largest single change (:class:`Moved`: one cluster's flip can carry a half);
- the same grid's best on all 30 clusters, to compare with the defaults;
- sumy's LexRank and TextRank and the lead of the first article (files in
  manifest order: the earliest for DUC, ``p01`` for Multi-News) on the same
  stories.

Multi-News only checks: nothing is chosen on it (the grid is searched on DUC
2003 alone). Each story is analysed once; the grid only re-ranks.

``--tuning`` leaves out the stories set aside (count labels held out, fresh or
fresh-web; disagreement labels held out or blind): the figures to explore a change on,
never the set-aside stories' (the halves stay those of the manifest, less the
stories left out). The figures to report are those of a run without it.
``--duc-only`` skips Multi-News. ``--learned`` ranks the rows with the learned
concept weights (``objective.LearnedCoverage``, fitted by ``train_concepts.py``)
instead of the default objective; the grid and the held-out rows stay
``ConceptCoverage``'s. ``--blended-fill`` fills each summary after its backed
tier by ``objective.BlendedCoverage`` (the rows' and, with each grid point's
``consensus`` and ``lead``, the grid's), the tier chosen as by default; ``--learned-fill`` fills it by
``objective.LearnedCoverage`` instead. ``--one-outlet learned`` or ``blended`` ranks
the stories one outlet wrote (nothing to corroborate) by ``LearnedCoverage`` or
``BlendedCoverage`` (the rows' and the grid's), the others as by default. What these
score is in ``rank.py``'s docstring.

``--oracle`` also says where the default protocol's ROUGE-2 on DUC 2003 could
come from: each next sentence chosen by its true ROUGE-2 gain (references in
hand) instead of the objective's value, within the backed tier, in the fill
after it, or both, under ranking's rules otherwise (the tier, one sentence per
claim, the best-backed voice, the reading order and the cut), for the clusters
with a candidate backed by two outlets and for those without (where the
objective alone chooses). Aggregates only: no story's summary is printed.

``--cache FILE`` keeps the analyses of every story in ``FILE`` and reloads them on the
next run, so that a change to ranking or its objective is scored in seconds instead of
minutes. The file is keyed (:func:`cache_key`) on the engine's code (every file under
``corroborate/`` but the two ranking modules, ``consensus/rank.py`` and
``consensus/objective.py``: an analysis holds nothing they work out, their concept
weights being worked out again for a reloaded analysis), on the locked dependencies, the
Python version and hash seed, and on the stories read (each file's path and bytes): a
cache made under another key is never used, and the run says so and analyses afresh.
Keep the file outside the repository (it holds the corpora's text, which is never
committed).

``--fixed C`` (repeatable) adds ``ConceptCoverage.fixed`` 0 and ``C`` to the grid: a fixed
part of a backed sentence's cost (its gain over ``words + C``), the fill after the tier
valued without it, so that the held-out rows say whether each half, on its own, would
choose it (``docs/quality-notes.md``, round 30).

``--backed-factor F`` (repeatable) also scores ``min_sources`` 2 with a softer tier:
no tier, each next sentence the one of highest value with an unbacked sentence's
value counted ``F`` times, so a backed sentence comes first only while its gain is
at least ``F`` times the best unbacked one's (``rank.py`` says what it costs in the
summary support error, which ``evaluate.py`` measures). Aggregates only.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import math
import os
import pickle
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _sumy_docs as sumy_docs
import duc

if TYPE_CHECKING:
    from corroborate.engine.models import Analysis, Objective, Selection

BUDGET = 100
#: The grid searched on DUC 2003: ConceptCoverage(consensus, lead, length). Small on
#: purpose: on 15 clusters a wider grid (length 0.5-1, lead up to 3) chose by noise.
GRID = {
    "consensus": (1.0, 2.0),
    "lead": (0.0, 1.0),
    "length": (1.0,),
}


@dataclass(frozen=True)
class Story:
    corpus: str
    name: str
    docs: tuple[Path, ...]
    refs: tuple[str, ...]
    #: DUC 2003's half (0 for the manifest's first 15 clusters, 1 for the rest); -1 else
    half: int = -1


def held_out_stories() -> frozenset[str]:
    """The stories set aside, never explored on: those whose count labels are held out
    (``gold/``, splits ``heldout``, ``fresh``, ``fresh-web`` and ``blind-web``) and those whose
    disagreement labels are (``gold_conflicts/``, split ``heldout`` or ``blind``)."""
    here = Path(__file__).resolve().parent
    set_aside = {
        "gold": ("heldout", "fresh", "fresh-web", "blind-web"),
        "gold_conflicts": ("heldout", "blind"),
    }
    found = set()
    for folder, splits in set_aside.items():
        for path in sorted((here / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if gold.get("split") in splits:
                found.add(gold["story"])
    return frozenset(found)


def load(
    corpora: Path, leave_out: frozenset[str] = frozenset(), multinews: bool = True
) -> list[Story]:
    stories = []
    duc_dir = corpora / "duc2003"
    if duc_dir.is_dir():
        half = duc.halves(duc_dir)
        for c in duc.load_clusters(duc_dir, leave_out):
            stories.append(Story("duc", c.name, c.docs, c.refs, half[c.name]))
    mn = corpora / "multinews-dev"
    if multinews and (mn / "manifest.json").is_file():
        manifest = json.loads((mn / "manifest.json").read_text(encoding="utf-8"))
        for name, entry in manifest.items():
            if name in leave_out:
                continue
            ref = sumy_docs.read_text(mn / "refs" / f"{name}.txt")
            docs = tuple(mn / name / f for f in entry["files"])
            stories.append(Story("mn", name, docs, (ref,)))
    return stories


#: The engine's package; every file under it but :data:`RANKING_ONLY` keys the cache.
PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "corroborate"
#: The modules that only rank an analysis: an analysis holds nothing they work out
#: (the pipeline works their concept weights out beside it, kept apart from it, by the
#: analysis' identity, and worked out again for a reloaded one).
RANKING_ONLY = frozenset({"engine/consensus/rank.py", "engine/consensus/objective.py"})


def cache_key(stories: Sequence[Story], package: Path = PACKAGE) -> str:
    """What the analyses of ``stories`` depend on, hashed: the engine's code (every file
    under ``package`` but :data:`RANKING_ONLY` and the bytecode), the lockfile beside
    it, the Python version, the hash seed, and each story's name and files' paths and
    bytes. A cache saved under another key is stale."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package).as_posix()
        if not path.is_file() or "__pycache__" in path.parts or relative in RANKING_ONLY:
            continue
        add(f"code {relative}", path.read_bytes())
    lock = package.parents[1] / "uv.lock"
    add("lock", lock.read_bytes() if lock.is_file() else b"")
    add("python", sys.version.encode())
    add("hash seed", os.environ.get("PYTHONHASHSEED", "random").encode())
    for story in stories:
        add(f"story {story.corpus} {story.name}", b"")
        for doc in story.docs:
            add(f"file {doc}", doc.read_bytes())
    return digest.hexdigest()


def cached_analyses(
    stories: Sequence[Story], cache: Path | None, analyze: Callable[[Story], Analysis]
) -> list[Analysis]:
    """The stories' analyses: reloaded from ``cache`` when it was saved under the same
    :func:`cache_key`, else made by ``analyze`` (and saved there when a cache is given)."""
    key = cache_key(stories) if cache is not None else ""
    if cache is not None and cache.is_file():
        try:
            saved_key, analyses = pickle.loads(cache.read_bytes())
        except Exception as error:  # an unreadable cache is remade, never trusted
            print(f"cache {cache} unreadable ({error}); analysing afresh")
        else:
            if saved_key == key and len(analyses) == len(stories):
                print(f"analyses reloaded from {cache}")
                return list(analyses)
            print(f"cache {cache} is stale (other code, dependencies or stories); analysing afresh")
    analyses = [analyze(s) for s in stories]
    if cache is not None:
        cache.write_bytes(pickle.dumps((key, analyses), protocol=pickle.HIGHEST_PROTOCOL))
        print(f"analyses saved to {cache}")
    return analyses


class Scorer:
    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self._scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)

    def __call__(self, sentences: Sequence[str], refs: Sequence[str]) -> tuple[float, float]:
        text = duc.truncate(sentences, BUDGET)
        scores = [self._scorer.score(ref, text) for ref in refs]
        r1 = sum(s["rouge1"].recall for s in scores) / len(scores)
        r2 = sum(s["rouge2"].recall for s in scores) / len(scores)
        return 100 * r1, 100 * r2


def lead_of_first(docs: Sequence[Path], budget: int) -> list[str]:
    """The first article's opening sentences up to the budget."""
    return sumy_docs.take_words(sumy_docs.article_sentences(sumy_docs.read_text(docs[0])), budget)


def sumy_fn(name: str) -> Callable[[Sequence[Path], int], list[str]]:
    def run(docs: Sequence[Path], budget: int) -> list[str]:
        return sumy_docs.sumy_summary(name, [sumy_docs.read_text(p) for p in docs], budget)

    return run


def mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


@dataclass(frozen=True)
class Moved:
    """How a set of stories' ROUGE-2 moved from one ranking to another: how many rose and
    how many fell by more than ``least``, the net change summed over them, and the largest
    single change. On DUC 2003's 15-cluster halves one cluster can flip a half's mean by
    0.5 or more (d30005t: +7.3 when its backed tier holds one sentence fewer and the
    story's lead survives the cut), so a held-out gain is read with this beside it."""

    up: int
    down: int
    net: float
    largest: float

    @classmethod
    def between(cls, before: Sequence[float], after: Sequence[float], least: float = 0.01) -> Moved:
        changes = [b - a for a, b in zip(before, after, strict=True)]
        return cls(
            up=sum(c > least for c in changes),
            down=sum(c < -least for c in changes),
            net=math.fsum(changes),
            largest=max(changes, key=abs, default=0.0),
        )

    def __str__(self) -> str:
        if not (self.up or self.down):
            return "no cluster moved"
        return (
            f"clusters up {self.up}, down {self.down}, net {self.net:+.2f};"
            f" the largest one cluster's {self.largest:+.2f}"
        )


@dataclass(frozen=True)
class OneOutlet:
    """Ranks a story one outlet wrote by ``alone``, any other by ``otherwise``."""

    alone: Objective
    otherwise: Objective

    def start(self, analysis: Analysis) -> Selection:
        chosen = self.alone if analysis.independent_sources == 1 else self.otherwise
        return chosen.start(analysis)


def oracle_summary(
    analysis: object,
    refs: Sequence[str],
    min_sources: int,
    in_tier: bool,
    in_fill: bool,
    factor: float | None = None,
) -> list[str]:
    """The summary ranking would choose, except that within the backed tier
    (``in_tier``) and/or after it (``in_fill``) each next sentence is the one whose
    addition raises the summary's ROUGE-2 recall most (an oracle: references in hand).
    With neither it is the default summary, chosen without lazy evaluation.

    With a ``factor`` (and no oracle) there is no tier: each next sentence is the one of
    highest value, an unbacked sentence's value counted ``factor`` times (a backed
    sentence is chosen first while its gain is at least ``factor`` times the best
    unbacked one's: a softer tier)."""
    from rouge_score import tokenizers

    from corroborate.engine.consensus.rank import (
        DEFAULT_OBJECTIVE,
        _best_backed,
        _Candidate,
        _voices,
        order_for_reading,
    )
    from corroborate.engine.models import Analysis

    assert isinstance(analysis, Analysis)
    tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)

    def bigrams(text: str) -> Counter[tuple[str, str]]:
        tokens = tokenizer.tokenize(text)
        return Counter(itertools.pairwise(tokens))

    wanted = [bigrams(ref) for ref in refs]

    def recall(texts: Sequence[str]) -> float:
        found = bigrams(duc.truncate(texts, BUDGET))
        return mean(
            [sum(min(n, ref[g]) for g, n in found.items()) / max(1, ref.total()) for ref in wanted]
        )

    sentences, backing = analysis.sentences, analysis.backing_groups
    selection = DEFAULT_OBJECTIVE.start(analysis)
    states: list[list[int]] = [[] for _ in sentences]
    for sid, backers in enumerate(analysis.neighbours):
        for backer in backers:
            states[backer].append(sid)
    voices = _voices(analysis)
    chosen: list[_Candidate] = []
    stated: set[int] = set()
    texts: set[str] = set()
    words = 0
    while words < BUDGET:
        free = [s for s in voices if s not in stated and sentences[s].text not in texts]
        if not free:
            break
        tier = [s for s in free if len(backing[s]) >= min_sources]
        if (in_tier and tier) or (in_fill and not tier):

            def gain(sid: int) -> tuple[float, int]:
                added = _Candidate(sentences[sid], len(backing[sid]))
                return recall([c.voice.text for c in order_for_reading([*chosen, added])]), -sid

            sid = max(tier or free, key=gain)
        else:

            def weighed(s: int) -> float:
                value = selection.value(s)
                if factor is None or len(backing[s]) >= min_sources:
                    return value
                return value * factor

            sid = min(
                free if factor is not None else tier or free,
                key=lambda s: (weighed(s) <= 0, -weighed(s), sentences[s].index, s),
            )
        best = _best_backed(analysis, sid, stated, texts)
        for picked in sorted({sid, best}):
            selection.add(picked)
            stated.update(states[picked])
            stated.add(picked)
        chosen.append(_Candidate(sentences[best], len(backing[best])))
        texts.add(sentences[best].text)
        words += sentences[best].words
    return [c.voice.text for c in order_for_reading(chosen)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="e.g. ../shared/corpora")
    parser.add_argument("--no-baselines", action="store_true", help="Corroborate only")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write scores")
    parser.add_argument(
        "--tuning", action="store_true", help="leave out the stories whose labels are held out"
    )
    parser.add_argument("--duc-only", action="store_true", help="skip Multi-News")
    parser.add_argument(
        "--oracle",
        action="store_true",
        help="say how much choosing by the references gains, in the tier and after it",
    )
    parser.add_argument(
        "--blended-fill",
        action="store_true",
        help="fill the summary after the backed tier by objective.BlendedCoverage (the"
        " grid's too, with each grid point's consensus and lead)",
    )
    parser.add_argument(
        "--learned-fill",
        action="store_true",
        help="fill the summary after the backed tier by objective.LearnedCoverage",
    )
    parser.add_argument(
        "--one-outlet",
        choices=("learned", "blended"),
        default=None,
        help="rank the stories one outlet wrote by objective.LearnedCoverage or"
        " BlendedCoverage (the rows' and the grid's)",
    )
    parser.add_argument(
        "--learned",
        action="store_true",
        help="rank with the learned concept weights (objective.LearnedCoverage) instead",
    )
    parser.add_argument(
        "--backed-factor",
        type=float,
        action="append",
        default=[],
        metavar="F",
        help="also score min_sources 2 without the tier, an unbacked sentence's value"
        " counted F times (repeatable); aggregates only",
    )
    parser.add_argument(
        "--fixed",
        type=float,
        action="append",
        default=[],
        metavar="C",
        help="also search ConceptCoverage.fixed C in the grid, in the backed tier only"
        " (repeatable); the rows stay the defaults'",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        metavar="FILE",
        help="keep the analyses in FILE (outside the repository) and reload them while the"
        " code, dependencies and stories they depend on are unchanged",
    )
    args = parser.parse_args(argv)
    if args.blended_fill and args.learned_fill:
        parser.error("--blended-fill and --learned-fill are two fills: give one")

    leave_out = held_out_stories() if args.tuning else frozenset()
    stories = load(args.corpora, leave_out, multinews=not args.duc_only)
    if leave_out:
        print(f"left out (labels held out): {', '.join(sorted(leave_out))}")
    if not stories:
        print(f"no duc2003 or multinews-dev under {args.corpora}; skipping.")
        return 0

    from corroborate.engine import SummaryOptions, analyze
    from corroborate.engine.consensus.objective import (
        BlendedCoverage,
        ConceptCoverage,
        LearnedCoverage,
    )
    from corroborate.engine.consensus.rank import (
        DEFAULT_OBJECTIVE,
        MAX_WORDS,
        MIN_WORDS,
        _voices,
        build_summary,
    )

    # the objective of the rows and of the comparison of protocols; the grid is
    # ConceptCoverage's either way
    ranked_by = LearnedCoverage() if args.learned else DEFAULT_OBJECTIVE
    # what fills the summary after the backed tier: the tier's objective (None), or with
    # --blended-fill BlendedCoverage (for the grid, with the grid point's consensus and lead)
    fill_of: Callable[[ConceptCoverage], Objective | None] = (
        (lambda g: BlendedCoverage(consensus=g.consensus, lead=g.lead, length=g.length))
        if args.blended_fill
        else (lambda g: LearnedCoverage())
        if args.learned_fill
        else (lambda g: None)
    )
    ranked_fill = fill_of(DEFAULT_OBJECTIVE)
    # with --one-outlet, the stories one outlet wrote are ranked by another objective
    one_outlet = {"learned": LearnedCoverage(), "blended": BlendedCoverage()}.get(
        args.one_outlet or ""
    )

    def ranked(objective: Objective) -> Objective:
        return objective if one_outlet is None else OneOutlet(one_outlet, objective)

    ranked_by = ranked(ranked_by)

    score = Scorer()
    started = time.perf_counter()
    analyses = cached_analyses(stories, args.cache, lambda s: analyze(list(s.docs)))
    print(f"{len(stories)} stories ready in {time.perf_counter() - started:.0f} s")

    def corroborate(
        objective: Objective, fill: Objective | None, min_sources: int
    ) -> list[tuple[float, float]]:
        options = SummaryOptions(
            words=BUDGET, min_sources=min_sources, objective=objective, fill=fill
        )
        return [
            score([item.text for item in build_summary(a, options).items], s.refs)
            for s, a in zip(stories, analyses, strict=True)
        ]

    # rows: label -> per-story
    rows: dict[str, list[tuple[float, float]]] = {}
    rows["Corroborate"] = corroborate(ranked_by, ranked_fill, 2)
    rows["Corroborate, min 1"] = corroborate(ranked_by, ranked_fill, 1)

    duc_idx = [i for i, s in enumerate(stories) if s.corpus == "duc"]
    mn_idx = [i for i, s in enumerate(stories) if s.corpus == "mn"]
    halves = tuple([i for i in duc_idx if stories[i].half == k] for k in (0, 1))
    fixed = (0.0, *(f for f in args.fixed if f != 0.0))
    grid = [
        ConceptCoverage(consensus=c, lead=le, length=ln, fixed=fx)
        for c, le, ln, fx in itertools.product(
            GRID["consensus"], GRID["lead"], GRID["length"], fixed
        )
    ]

    def grid_fill(objective: ConceptCoverage) -> Objective | None:
        """The fill of a grid point: ``fill_of``'s, and with a fixed part (``--fixed``)
        the same objective without it (the fixed part is the backed tier's alone)."""
        fill = fill_of(objective)
        if fill is None and objective.fixed:
            return dataclasses.replace(objective, fixed=0.0)
        return fill

    # Parameters are chosen on the mean R-2 of both protocols (min_sources 2 and 1):
    # twice the evidence of either alone, on a landscape where 15 clusters are noisy.
    protocols = (2, 1)
    r2 = {
        (g, ms): {
            i: score(
                [
                    item.text
                    for item in build_summary(
                        analyses[i],
                        SummaryOptions(
                            words=BUDGET,
                            min_sources=ms,
                            objective=ranked(objective),
                            fill=grid_fill(objective),
                        ),
                    ).items
                ],
                stories[i].refs,
            )[1]
            for i in duc_idx
        }
        for g, objective in enumerate(grid)
        for ms in protocols
    }

    def best_on(indices: Sequence[int]) -> int:
        return max(
            range(len(grid)),
            key=lambda g: mean([r2[g, ms][i] for ms in protocols for i in indices]),
        )

    held_out: dict[int, list[float]] = {ms: [] for ms in protocols}
    if duc_idx:
        print(f"objective: {ranked_by}; fill: {ranked_fill}")
        best = best_on(duc_idx)
        figures = ", ".join(
            f"min_sources={ms} {mean(list(r2[best, ms].values())):.2f}" for ms in protocols
        )
        scope = "all DUC 2003" + (" less the stories left out" if leave_out else "")
        print(f"grid best on {scope}: {grid[best]} -> R-2 {figures}")
    if all(halves):
        for k, half in enumerate(halves):
            g = best_on(halves[1 - k])
            figures = ", ".join(
                f"min_sources={ms} {mean([r2[g, ms][i] for i in half]):.2f}" for ms in protocols
            )
            print(
                f"half {'AB'[k]} with the parameters chosen on half {'AB'[1 - k]}, {grid[g]}:"
                f" R-2 {figures}"
            )
            for ms in protocols:
                held_out[ms].append(mean([r2[g, ms][i] for i in half]))
            moved = Moved.between(
                [rows["Corroborate"][i][1] for i in half], [r2[g, 2][i] for i in half]
            )
            print(f"  against the rows at min_sources=2: {moved}")

    if not args.no_baselines:
        for label, fn in (
            ("sumy LexRank", sumy_fn("lexrank")),
            ("sumy TextRank", sumy_fn("textrank")),
            ("lead (first article)", lead_of_first),
        ):
            rows[label] = [score(fn(s.docs, BUDGET), s.refs) for s in stories]

    def cell(values: list[tuple[float, float]], idx: Sequence[int], which: int) -> str:
        return f"{mean([values[i][which] for i in idx]):6.2f}" if idx else "     -"

    print()
    print("ROUGE recall x100, summaries cut to 100 words (rouge-score, stemmed)")
    header = (
        f"{'system':<30} {'DUC R-1':>7} {'DUC R-2':>7} {'half A':>7} {'half B':>7}"
        f" {'MN R-1':>7} {'MN R-2':>7}"
    )
    print(header)
    out: dict[str, dict[str, float]] = {}
    for label, values in rows.items():
        print(
            f"{label:<30} {cell(values, duc_idx, 0):>7} {cell(values, duc_idx, 1):>7}"
            f" {cell(values, halves[0], 1):>7} {cell(values, halves[1], 1):>7}"
            f" {cell(values, mn_idx, 0):>7} {cell(values, mn_idx, 1):>7}"
        )
        out[label] = {
            "duc_r1": mean([values[i][0] for i in duc_idx]),
            "duc_r2": mean([values[i][1] for i in duc_idx]),
            "mn_r1": mean([values[i][0] for i in mn_idx]),
            "mn_r2": mean([values[i][1] for i in mn_idx]),
        }
    for min_sources, held in held_out.items():
        if len(held) != 2:
            continue
        label = "Corroborate, held out" + (", min 1" if min_sources == 1 else "")
        print(f"{label:<30} {'':>7} {'':>7} {held[0]:7.2f} {held[1]:7.2f}")
        out[label] = {"half_a": held[0], "half_b": held[1]}
    print("(held out: each half of DUC 2003 with the parameters chosen on the other half)")

    # Why the default (min_sources 2) trails min_sources 1 on DUC 2003: whether the two
    # use the budget differently, or whether what min_sources 1 picks is backed by one
    # source only (then only more support, not another objective, closes the gap).
    if duc_idx:
        print()
        print("min_sources 2 against 1 on DUC 2003 (the objective of the rows):")
        words: dict[int, list[int]] = {}
        single = total = 0
        for ms in protocols:
            words[ms] = []
            for i in duc_idx:
                items = build_summary(
                    analyses[i],
                    SummaryOptions(
                        words=BUDGET, min_sources=ms, objective=ranked_by, fill=ranked_fill
                    ),
                ).items
                words[ms].append(sum(len(item.text.split()) for item in items))
                if ms == 1:
                    single += sum(item.support < 2 for item in items)
                    total += len(items)
        print(
            "  summary words before the cut: "
            + ", ".join(
                f"min_sources={ms} {mean(words[ms]):.1f} (fewest {min(words[ms])})"
                for ms in protocols
            )
        )
        candidates = [
            [
                s.id
                for s in analyses[i].sentences
                if s.standalone and MIN_WORDS <= s.words <= MAX_WORDS
            ]
            for i in duc_idx
        ]
        backed = [
            sum(analyses[i].support_of(sid) >= 2 for sid in ids)
            for i, ids in zip(duc_idx, candidates, strict=True)
        ]
        print(
            f"  candidate sentences backed by 2+ sources: {mean(backed):.1f} per cluster"
            f" of {mean([len(ids) for ids in candidates]):.1f}"
            f" ({sum(b == 0 for b in backed)} clusters have none)"
        )
        print(f"  min_sources=1 summaries: {single} of {total} sentences backed by one source")
        out["min_sources 2 against 1"] = {
            **{f"words_min_sources_{ms}": mean(words[ms]) for ms in protocols},
            "backed_candidates": mean(backed),
            "candidates": mean([len(ids) for ids in candidates]),
            "single_source_in_min_1": single,
            "sentences_in_min_1": total,
        }
    if args.oracle and duc_idx:
        print()
        print("min_sources 2 on DUC 2003, each next sentence chosen by its true ROUGE-2 gain:")
        tiered = [
            i
            for i in duc_idx
            if any(len(analyses[i].backing_groups[sid]) >= 2 for sid in _voices(analyses[i]))
        ]
        untiered = [i for i in duc_idx if i not in tiered]
        for label, in_tier, in_fill in (
            ("the objective (the defaults)", False, False),
            ("oracle within the backed tier", True, False),
            ("oracle after the tier", False, True),
            ("oracle in both", True, True),
        ):
            got = {
                i: score(
                    oracle_summary(analyses[i], stories[i].refs, 2, in_tier, in_fill),
                    stories[i].refs,
                )[1]
                for i in duc_idx
            }
            print(
                f"  {label:<32} all {mean(list(got.values())):6.2f}"
                f"  with a backed candidate ({len(tiered)}) {mean([got[i] for i in tiered]):6.2f}"
                f"  without ({len(untiered)}) {mean([got[i] for i in untiered]):6.2f}"
            )
            out[f"oracle: {label}"] = {
                "duc_r2": mean(list(got.values())),
                "tiered": mean([got[i] for i in tiered]),
                "untiered": mean([got[i] for i in untiered]),
            }
    if args.backed_factor:
        print()
        print(
            "min_sources 2 without the tier, an unbacked sentence's value counted F times"
            " (the summary support error is evaluate.py's to measure):"
        )
        for factor in args.backed_factor:
            got = [
                score(oracle_summary(a, s.refs, 2, False, False, factor), s.refs)[1]
                for s, a in zip(stories, analyses, strict=True)
            ]
            print(
                f"  F {factor:<5} DUC {mean([got[i] for i in duc_idx]):6.2f}"
                f" [{mean([got[i] for i in halves[0]]):.2f} / {mean([got[i] for i in halves[1]]):.2f}]"
                f"  Multi-News {mean([got[i] for i in mn_idx]):6.2f}"
            )
            out[f"backed factor {factor}"] = {
                "duc_r2": mean([got[i] for i in duc_idx]),
                "half_a": mean([got[i] for i in halves[0]]),
                "half_b": mean([got[i] for i in halves[1]]),
                "mn_r2": mean([got[i] for i in mn_idx]),
            }
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    duc.pin_hash_seed()
    sys.exit(main())
