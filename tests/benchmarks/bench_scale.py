"""How Corroborate's time and memory grow with the number of articles.

A benchmark that prints figures, not a timed test: wall time and peak memory
change with the machine, so targets are printed beside the numbers, never
asserted. Usage::

    uv run python tests/benchmarks/bench_scale.py [DATA_DIR] [--sizes 10,100,500]

DATA_DIR defaults to ``../shared/corpora/duc2003`` next to the repository; the
script skips with a message when it is absent.

What is measured. Each figure comes from a fresh Python process, so caches,
imports and memory of one run never flatter the next. *seconds* is the time
inside that process from reading the folder to the finished summary (heavy
imports done lazily inside that span count, interpreter start does not);
*process s* is the whole child's wall time and *cpu s* its user+system CPU
time (steadier than wall time on a busy machine); *peak MB* is the child's peak
resident set size, from ``os.wait4`` (the child's own ``ru_maxrss``, which
unlike ``RUSAGE_CHILDREN`` does not carry over the largest earlier child).

- Corroborate: ``summarize(analyze(folder), SummaryOptions(words=100))`` on
  folders of 10, 100 and 500 articles, the cyclic garbage collector off, as every
  analysis of the program runs (before this was so, the benchmark ran it rarely, as
  ``collect_rarely`` sets it: about 0.4 s more of CPU at 500 articles).
- LexRank: sumy's LexRank over the same 100 articles built into one document,
  ranked and cut at 100 words (see ``tests/quality/_sumy_docs.py``).

The articles. All DUC 2003 clusters are pooled and de-duplicated by document
id (a few articles sit in two clusters), giving 289 distinct articles in
cluster order; the first N are copied into a temporary folder, which is
removed afterwards. 500 needs more than the pool, so the pool is repeated.
A verbatim repeat would be a byte-identical file, which a reader can spot
for free, and a templated suffix sentence would itself become a spurious
claim "corroborated" by hundreds of copies. So each repeat is what a wire
copy usually is: the same story trimmed of its last paragraph, under a new
file name (``<DOCNO>.copy<k>.txt``). Corroborate groups such copies with their
original as one source, so the 500-article folder holds 289 independent
stories plus 211 trimmed copies: it measures the cost of reading, matching
and grouping 500 files, not of 500 independent sources.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "corpora" / "duc2003"
BUDGET = 100
LEXRANK_ARTICLES = 100

TARGET_500_SECONDS = 10.0
TARGET_RERANK_SECONDS = 0.2
TARGET_LEXRANK_FRACTION = 0.1
TARGET_PEAK_MB = 1536.0  # 1.5 GB


@dataclass(frozen=True)
class Measurement:
    """One child process's figures."""

    system: str
    articles: int
    seconds: float
    process_seconds: float
    cpu_seconds: float
    peak_mb: float
    summary_words: int
    #: the slowest re-ranking of the analysis under a sweep of options (Corroborate only)
    rerank_seconds: float = 0.0


# --- the child side: one measurement per process --------------------------------------


def child_corroborate(folder: Path) -> dict[str, float]:
    import gc

    from corroborate.engine import SummaryOptions, analyze, collect_rarely, summarize

    collect_rarely()  # as the program (the command line, the app) does at its start
    # and its analyses run without the cyclic collector: the command line turns it off,
    # the process analysing the app's first story too, and the app pauses it while its
    # worker analyses (``corroborate.gui.tasks``)
    gc.disable()

    sweep = [
        *(SummaryOptions(sentences=n, min_sources=k) for n in (3, 8, 15) for k in (1, 2, 3)),
        *(SummaryOptions(words=w, min_sources=k) for w in (50, 100, 250) for k in (1, 2)),
    ]

    started = time.perf_counter()
    analysis = analyze(folder)
    summary = summarize(analysis, SummaryOptions(words=BUDGET))
    seconds = time.perf_counter() - started
    words = sum(len(item.text.split()) for item in summary.items)
    # Re-ranking, as on every slider move: the slowest of a sweep of option changes.
    rerank = 0.0
    for options in sweep:
        started = time.perf_counter()
        summarize(analysis, options)
        rerank = max(rerank, time.perf_counter() - started)
    return {"seconds": seconds, "words": words, "rerank": rerank}


def child_lexrank(folder: Path) -> dict[str, float]:
    sys.path.insert(0, str(REPO / "tests" / "quality"))
    import _sumy_docs as sumy_docs

    started = time.perf_counter()
    texts = [sumy_docs.read_text(p) for p in sorted(folder.glob("*.txt"))]
    sentences = sumy_docs.sumy_summary("lexrank", texts, BUDGET)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "words": sumy_docs.word_count(sentences)}


def run_child(system: str, folder: Path) -> int:
    run = child_corroborate if system == "corroborate" else child_lexrank
    print(json.dumps(run(folder)))
    return 0


# --- the parent side ---------------------------------------------------------------------


def pooled_articles(data_dir: Path) -> list[Path]:
    """Every distinct article of the corpus, in manifest (cluster) order."""
    manifest = data_dir / "manifest.json"
    if manifest.is_file():
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        paths = [data_dir / e["cluster"] / d["file"] for e in entries for d in e["docs"]]
    else:
        paths = sorted(p for p in data_dir.glob("*/*.txt"))
    seen: set[str] = set()
    unique = []
    for path in paths:
        if path.name not in seen and path.is_file():
            seen.add(path.name)
            unique.append(path)
    return unique


def trimmed(text: str) -> str:
    """A wire copy of ``text``: the same story without its last paragraph."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paragraphs) > 1:
        paragraphs = paragraphs[:-1]
    return "\n\n".join(paragraphs) + "\n"


def fill_folder(folder: Path, pool: Sequence[Path], count: int) -> None:
    """Copy ``count`` articles into ``folder``, repeating the pool as trimmed copies."""
    folder.mkdir(parents=True)
    for i in range(count):
        source = pool[i % len(pool)]
        repeat = i // len(pool)
        if repeat == 0:
            shutil.copyfile(source, folder / source.name)
        else:
            text = source.read_text(encoding="utf-8", errors="replace")
            target = folder / f"{source.stem}.copy{repeat}.txt"
            target.write_text(trimmed(text), encoding="utf-8")


def measure(system: str, folder: Path, articles: int) -> Measurement:
    """Run one measurement in a fresh interpreter and collect its own peak RSS."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", system, str(folder)]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None
    output = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    process_seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{system} on {articles} articles exited with {proc.returncode}")
    result = json.loads(output.decode().strip().splitlines()[-1])
    return Measurement(
        system=system,
        articles=articles,
        seconds=result["seconds"],
        process_seconds=process_seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        summary_words=int(result["words"]),
        rerank_seconds=result.get("rerank", 0.0),
    )


def best_of(system: str, folder: Path, articles: int, repeat: int) -> Measurement:
    """The fastest of ``repeat`` runs, with the largest peak memory seen."""
    runs = [measure(system, folder, articles) for _ in range(repeat)]
    fastest = min(runs, key=lambda m: m.seconds)
    peak = max(m.peak_mb for m in runs)
    return Measurement(
        fastest.system,
        articles,
        fastest.seconds,
        fastest.process_seconds,
        fastest.cpu_seconds,
        peak,
        fastest.summary_words,
        max(m.rerank_seconds for m in runs),
    )


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report(results: Sequence[Measurement]) -> None:
    labels = {"corroborate": "Corroborate", "lexrank": "LexRank (sumy)"}
    header = ("system", "articles", "seconds", "process s", "cpu s", "peak MB", "words", "rerank s")
    print("{:<15} {:>8} {:>9} {:>10} {:>8} {:>9} {:>6} {:>9}".format(*header))
    for m in results:
        print(
            f"{labels[m.system]:<15} {m.articles:>8} {m.seconds:>9.2f} {m.process_seconds:>10.2f}"
            f" {m.cpu_seconds:>8.2f}"
            f" {m.peak_mb:>9.1f} {m.summary_words:>6} {m.rerank_seconds:>9.3f}"
        )

    ours = {m.articles: m for m in results if m.system == "corroborate"}
    lexrank = next((m for m in results if m.system == "lexrank"), None)
    sizes = sorted(ours)
    if len(sizes) > 1:
        print("\ngrowth (Corroborate seconds):")
        for small, large in itertools.pairwise(sizes):
            ratio = ours[large].seconds / max(ours[small].seconds, 1e-9)
            exponent = math.log(ratio) / math.log(large / small)
            print(
                f"  {small} -> {large} articles: x{ratio:.2f} time for x{large / small:g}"
                f" articles (~ n^{exponent:.2f})"
            )

    print("\ntargets (printed, not asserted):")
    if 500 in ours:
        s = ours[500].seconds
        ok = verdict(s < TARGET_500_SECONDS)
        print(f"  500 articles < {TARGET_500_SECONDS:g} s: {s:.2f} s  {ok}")
        r = ours[500].rerank_seconds
        ok = verdict(r <= TARGET_RERANK_SECONDS)
        print(
            f"  re-rank 500 articles <= {TARGET_RERANK_SECONDS:g} s (slowest option change): {r:.3f} s  {ok}"
        )
    if lexrank and lexrank.articles in ours:
        s = ours[lexrank.articles].seconds
        limit = TARGET_LEXRANK_FRACTION * lexrank.seconds
        print(
            f"  {lexrank.articles} articles < LexRank/10 ({limit:.2f} s): {s:.2f} s"
            f" ({lexrank.seconds / max(s, 1e-9):.1f}x faster)  {verdict(s < limit)}"
        )
    if ours:
        peak = max(m.peak_mb for m in ours.values())
        ok = verdict(peak < TARGET_PEAK_MB)
        print(f"  peak memory < {TARGET_PEAK_MB:g} MB: {peak:.1f} MB  {ok}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", default="10,100,500", help="article counts for Corroborate")
    parser.add_argument("--no-lexrank", action="store_true", help="skip the LexRank baseline")
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure, fastest kept")
    parser.add_argument("--child", nargs=2, metavar=("SYSTEM", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        return run_child(args.child[0], Path(args.child[1]))

    if not args.data_dir.is_dir():
        print(f"DUC data not found at {args.data_dir}; skipping.")
        return 0
    pool = pooled_articles(args.data_dir)
    if not pool:
        print(f"no articles under {args.data_dir}; skipping.")
        return 0
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    print(f"{len(pool)} distinct articles pooled from {args.data_dir}; sizes {sizes}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{os.cpu_count()} CPUs, load average {load} (a busy machine inflates seconds)\n",
        flush=True,
    )

    results: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folders = {}
        for n in sorted({*sizes, *([] if args.no_lexrank else [LEXRANK_ARTICLES])}):
            folders[n] = Path(tmp) / f"n{n}"
            fill_folder(folders[n], pool, n)
        for n in sizes:
            results.append(best_of("corroborate", folders[n], n, args.repeat))
            print(f"  measured Corroborate on {n} articles", file=sys.stderr)
        if not args.no_lexrank:
            folder = folders[LEXRANK_ARTICLES]
            results.append(best_of("lexrank", folder, LEXRANK_ARTICLES, args.repeat))
            print(f"  measured LexRank on {LEXRANK_ARTICLES} articles", file=sys.stderr)
    print()
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
