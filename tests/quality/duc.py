"""Score Corroborate and baseline summarizers on DUC 2003 Task 2 with ROUGE recall.

An on-demand script, not a pytest test: it takes minutes and needs a corpus
that is not part of the repository. Usage::

    uv run python tests/quality/duc.py ../shared/corpora/duc2003
    uv run python tests/quality/duc.py DATA_DIR --clusters 5 --systems corroborate,lexrank
    uv run python tests/quality/duc.py DATA_DIR --json duc.json

Every system gets the same articles of a cluster and a word budget (100): it
selects sentences, best first, until the budget is reached. Each summary is cut
to its first 100 whitespace tokens, scored with ``rouge-score`` (ROUGE-1 and
ROUGE-2 recall, Porter stemming) against each of the four references; recall is
averaged over the references, then over clusters.

Systems: ``corroborate`` (the engine, ``SummaryOptions(words=100)``), sumy's
``lexrank``, ``textrank``, ``lsa``, ``luhn``, ``sumbasic`` (all articles as one
sumy document, sentences taken in the summarizer's rank order) and ``lead``
(the opening sentences of the cluster's most recent article).

The baselines take sentences exactly as ranked, repeats included, as stock
sumy would; ``--dedup-baselines`` makes them skip exact repeated sentences
(wire copies in one cluster), a kinder comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _sumy_docs as sumy_docs

BUDGET = 100
ALL_SYSTEMS = ("corroborate", *sumy_docs.SUMY_SYSTEMS, "lead")
LABELS = {"corroborate": "Corroborate", **sumy_docs.SUMY_SYSTEMS, "lead": "Lead"}

SummaryFn = Callable[[Sequence[Path], int], list[str]]


@dataclass(frozen=True)
class Cluster:
    """One DUC topic: its article files and its reference summaries."""

    name: str
    docs: tuple[Path, ...]
    refs: tuple[str, ...]


@dataclass
class SystemScore:
    """Per-cluster recall of one system, kept for the JSON output."""

    system: str
    rouge1: list[float] = field(default_factory=list)
    rouge2: list[float] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    clusters: list[str] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None

    def mean(self, values: list[float]) -> float:
        return sum(values) / len(values) if values else float("nan")


def _layout(data_dir: Path) -> list[tuple[str, list[str]]]:
    """Each cluster's name and article files, in manifest order (falling back to the folder
    listing); no article or reference is read."""
    manifest = data_dir / "manifest.json"
    if manifest.is_file():
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        return [(e["cluster"], [d["file"] for d in e["docs"]]) for e in entries]
    return [
        (d.name, sorted(p.name for p in d.glob("*.txt")))
        for d in sorted(data_dir.iterdir())
        if d.is_dir() and (d / "refs").is_dir()
    ]


def halves(data_dir: Path) -> dict[str, int]:
    """Each cluster's half of the layout: 0 for the first half (rounded down), 1 for the
    rest, every cluster counted, those set aside too."""
    layout = _layout(data_dir)
    return {name: int(i >= len(layout) // 2) for i, (name, _) in enumerate(layout)}


def load_clusters(data_dir: Path, leave_out: Set[str] = frozenset()) -> list[Cluster]:
    """Clusters in manifest order (falling back to the folder listing), but those named in
    ``leave_out``, whose references are never opened."""
    clusters = []
    for name, files in _layout(data_dir):
        if name in leave_out:
            continue
        folder = data_dir / name
        refs = tuple(
            "\n".join(line.strip() for line in sumy_docs.read_text(r).splitlines() if line.strip())
            for r in sorted((folder / "refs").glob("*.txt"))
        )
        clusters.append(Cluster(name, tuple(folder / f for f in files), refs))
    return clusters


def corroborate_summary(paths: Sequence[Path], budget: int) -> list[str]:
    """The engine's summary sentences, in presentation order."""
    from corroborate.engine import SummaryOptions, analyze, summarize

    summary = summarize(analyze(list(paths)), SummaryOptions(words=budget))
    return [item.text for item in summary.items]


def system_fn(name: str, dedup: bool) -> SummaryFn:
    """The summary function of a system name; ``dedup`` applies to the baselines only."""
    if name == "corroborate":
        return corroborate_summary
    if name == "lead":
        return lambda paths, budget: sumy_docs.lead_summary(paths, budget, dedup=dedup)

    def run(paths: Sequence[Path], budget: int) -> list[str]:
        texts = [sumy_docs.read_text(p) for p in paths]
        return sumy_docs.sumy_summary(name, texts, budget, dedup=dedup)

    return run


def truncate(sentences: Sequence[str], budget: int) -> str:
    """The summary as scored: its first ``budget`` whitespace tokens."""
    return " ".join(" ".join(sentences).split()[:budget])


def evaluate(
    clusters: Sequence[Cluster],
    systems: Sequence[str],
    budget: int,
    *,
    dedup: bool = False,
    verbose: bool = False,
) -> list[SystemScore]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    results = [SystemScore(s) for s in systems]
    for cluster in clusters:
        for result in results:
            if result.error:
                continue
            started = time.perf_counter()
            try:
                sentences = system_fn(result.system, dedup)(cluster.docs, budget)
            except Exception as exc:
                # The engine may be unfinished or fail on a cluster; report, keep scoring the rest.
                result.error = f"{type(exc).__name__}: {exc} (cluster {cluster.name})"
                if verbose:
                    traceback.print_exc()
                print(f"  {LABELS[result.system]}: {result.error}", file=sys.stderr)
                continue
            result.seconds += time.perf_counter() - started
            text = truncate(sentences, budget)
            scores = [scorer.score(ref, text) for ref in cluster.refs]
            result.rouge1.append(sum(s["rouge1"].recall for s in scores) / len(scores))
            result.rouge2.append(sum(s["rouge2"].recall for s in scores) / len(scores))
            result.words.append(sumy_docs.word_count(sentences))
            result.clusters.append(cluster.name)
        if verbose:
            line = "  ".join(
                f"{LABELS[r.system]} {100 * r.rouge2[-1]:.1f}"
                for r in results
                if r.clusters and r.clusters[-1] == cluster.name
            )
            print(f"{cluster.name}: R-2 {line}", file=sys.stderr)
    return results


def print_table(results: Sequence[SystemScore], n_clusters: int, dedup: bool) -> None:
    seed = os.environ.get("PYTHONHASHSEED", "random")
    print(
        f"ROUGE recall x100 over {n_clusters} clusters (summaries cut to {BUDGET} words,"
        f" PYTHONHASHSEED={seed})"
    )
    if dedup:
        print("baselines skip exact repeated sentences")
    print(f"{'System':<12} {'R-1':>6} {'R-2':>6} {'words':>6} {'sec/cl':>7}")
    for r in results:
        if r.error and not r.clusters:
            print(f"{LABELS[r.system]:<12} {'-':>6} {'-':>6}   unavailable: {r.error}")
            continue
        note = f"  (partial: {r.error})" if r.error else ""
        avg_words = sum(r.words) / len(r.words)
        print(
            f"{LABELS[r.system]:<12} {100 * r.mean(r.rouge1):6.2f} {100 * r.mean(r.rouge2):6.2f}"
            f" {avg_words:6.1f} {r.seconds / len(r.clusters):7.2f}{note}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="e.g. ../shared/corpora/duc2003")
    parser.add_argument("--clusters", type=int, default=None, help="score only the first N")
    parser.add_argument(
        "--systems",
        default=",".join(ALL_SYSTEMS),
        help=f"comma-separated subset of {','.join(ALL_SYSTEMS)}",
    )
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write scores")
    parser.add_argument(
        "--dedup-baselines",
        action="store_true",
        help="let the baselines skip exact repeated sentences (stock sumy does not)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="per-cluster R-2")
    args = parser.parse_args(argv)

    if not args.data_dir.is_dir():
        print(f"DUC data not found at {args.data_dir}; skipping.")
        return 0
    systems = [s.strip().lower() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in ALL_SYSTEMS]
    if unknown:
        parser.error(f"unknown systems: {', '.join(unknown)}")

    clusters = load_clusters(args.data_dir)[: args.clusters]
    results = evaluate(clusters, systems, BUDGET, dedup=args.dedup_baselines, verbose=args.verbose)
    print_table(results, len(clusters), args.dedup_baselines)

    if args.json:
        payload = {
            "budget": BUDGET,
            "dedup_baselines": args.dedup_baselines,
            "python_hash_seed": os.environ.get("PYTHONHASHSEED"),
            "clusters": [c.name for c in clusters],
            "systems": {
                r.system: {
                    "rouge1_recall": r.mean(r.rouge1) if r.clusters else None,
                    "rouge2_recall": r.mean(r.rouge2) if r.clusters else None,
                    "mean_words": sum(r.words) / len(r.words) if r.words else None,
                    "seconds": r.seconds,
                    "error": r.error,
                    "per_cluster": {
                        c: {"rouge1": r1, "rouge2": r2, "words": w}
                        for c, r1, r2, w in zip(
                            r.clusters, r.rouge1, r.rouge2, r.words, strict=True
                        )
                    },
                }
                for r in results
            },
        }
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


def pin_hash_seed() -> None:
    """Re-run under a fixed PYTHONHASHSEED unless one is set.

    String hashing decides set and frozenset order, which reaches LSA's term
    matrix (and tie-breaks elsewhere), so unpinned runs differ in the second
    decimal. Set PYTHONHASHSEED yourself to try other seeds.
    """
    if os.environ.get("PYTHONHASHSEED") is None:
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])


if __name__ == "__main__":
    pin_hash_seed()
    sys.exit(main())
