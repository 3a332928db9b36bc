"""Start-up, small-job and bundle figures in one run: printed beside their targets, never asserted.

    uv run python tests/benchmarks/bench_startup.py [DATA_DIR] [--runs 5] [--bundle dist/Corroborate]

1. **Sample story, CLI**: ``corroborate summarize`` (the installed console
   script, so uv's own start is not counted) on the bundled sample story; median
   and best wall time, and CPU time (user + system), which a busy machine
   inflates far less than wall time.
2. **DUC articles against sumy's LexRank**: Corroborate on 30, 100 and 500
   articles and LexRank on 30 and 100, each in a fresh process, in this same
   run (see ``bench_scale.py`` for how the folders are made). Corroborate's
   figure is the job a user runs, ``corroborate summarize FOLDER --words 100``
   from the interpreter's start to the Markdown written; LexRank's is its child
   process reading the files and summarizing them to 100 words. The analysis
   and summary time inside one process is printed beside it. DATA_DIR defaults
   to ``../shared/corpora/duc2003``; skipped when absent.
3. **First summary in the app, from source**: the real entry point launched
   offscreen with a throwaway settings folder (``startup.py``), from spawning
   the interpreter to the sample story's summary on screen.
4. **The bundle**, when one is built: its unpacked size, its CLI on the sample
   story, and the time from launching ``corroborate --self-test`` to its report
   (the window opened offscreen and the sample story summarized), beside the
   same command from source.

Python writes no bytecode cache when PYTHONDONTWRITEBYTECODE is set, and then
compiles every module it imports on every start: the script says so, since an
installed environment has its cache.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

import bench_scale  # noqa: E402
import startup  # noqa: E402

TARGET_CLI_SECONDS = 0.8
TARGET_LEXRANK_FRACTION = 0.03
TARGET_APP_SECONDS = 1.2
TARGET_BUNDLE_APP_SECONDS = 1.0
TARGET_BUNDLE_MB = 150.0


def timed(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (its output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def until_line(command: Sequence[str], prefix: str, env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to its first output line starting with ``prefix``."""
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(prefix):
                seconds = time.perf_counter() - started
                proc.wait(timeout=60)
                return seconds
    raise RuntimeError(f"{command[0]} never printed {prefix!r}")


def summarize(label: str, runs: list[tuple[float, float]], target: float | None = None) -> None:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    line = (
        f"  {label}: median {statistics.median(walls):.2f} s, best {min(walls):.2f} s wall; "
        f"CPU median {statistics.median(cpus):.2f} s"
    )
    if target is not None:
        met = "met" if min(walls) <= target else "MISSED"
        line += f"  (target <= {target:g} s wall: {met} by the best run)"
    print(line, flush=True)


def repeat(runs: int, measure: Callable[[], tuple[float, float]]) -> list[tuple[float, float]]:
    return [measure() for _ in range(runs)]


def cli_figures(runs: int) -> None:
    command = cli_command("summarize")
    print("\n1. Sample story, CLI (`corroborate summarize`)")
    summarize("wall", repeat(runs, lambda: timed(command)), TARGET_CLI_SECONDS)


def cli_command(*args: str) -> list[str]:
    """The installed ``corroborate`` console script with ``args`` (``python -m corroborate``
    when the script is missing)."""
    script = Path(sys.executable).with_name("corroborate")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "corroborate", *args]


def duc_figures(data_dir: Path) -> None:
    print("\n2. DUC 2003 articles: Corroborate against sumy's LexRank (each in a fresh process)")
    if not data_dir.is_dir():
        print(f"  DUC data not found at {data_dir}; skipped.")
        return
    pool = bench_scale.pooled_articles(data_dir)
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        ours: dict[int, tuple[float, float]] = {}
        theirs: dict[int, bench_scale.Measurement] = {}
        for n in (30, 100, 500):
            folder = Path(tmp) / f"n{n}"
            bench_scale.fill_folder(folder, pool, n)
            # The job a user runs: a 100-word summary of the folder, from the interpreter's
            # start to the Markdown written (its warnings and output discarded).
            ours[n] = timed(cli_command("summarize", str(folder), "--words", "100"))
            inside = bench_scale.measure("corroborate", folder, n)
            print(
                f"  Corroborate, {n:>3} articles: {ours[n][0]:6.2f} s wall, {ours[n][1]:.2f} s CPU"
                f" (`corroborate summarize --words 100`; {inside.seconds:.2f} s of analysis"
                " and summary inside one process)",
                flush=True,
            )
            if n in (30, 100):
                theirs[n] = bench_scale.measure("lexrank", folder, n)
                print(
                    f"  LexRank,     {n:>3} articles: {theirs[n].process_seconds:6.2f} s wall "
                    f"({theirs[n].seconds:.2f} s summarizing, {theirs[n].cpu_seconds:.2f} s CPU)",
                    flush=True,
                )
        for n, lexrank in theirs.items():
            share = ours[n][0] / lexrank.process_seconds
            cpu_share = ours[n][1] / lexrank.cpu_seconds
            line = f"  {n} articles: Corroborate takes {share:.1%} of LexRank's wall time"
            line += f" ({cpu_share:.1%} of its CPU time)"
            if n == 100:
                met = "met" if share <= TARGET_LEXRANK_FRACTION else "MISSED"
                line += f"  (target <= {TARGET_LEXRANK_FRACTION:.0%}: {met})"
            print(line)


def app_figures(runs: int) -> None:
    print("\n3. First summary of the sample story in the app, from source (offscreen)")
    results = [startup.run_once() for _ in range(runs)]
    visible = [v for v, _c, _s in results]
    first = [s for _v, _c, s in results]
    print(f"  window visible: median {statistics.median(visible):.2f} s, best {min(visible):.2f} s")
    met = "met" if min(first) <= TARGET_APP_SECONDS else "MISSED"
    print(
        f"  first summary:  median {statistics.median(first):.2f} s, best {min(first):.2f} s"
        f"  (target <= {TARGET_APP_SECONDS:g} s: {met} by the best run)"
    )


def offscreen_env(home: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home, HOME=home)


def bundle_figures(bundle: Path, runs: int) -> None:
    print(f"\n4. The bundle ({bundle})")
    exe = bundle / "corroborate"
    if not exe.exists():
        print("  not built; run packaging/build-linux.sh first. Skipped.")
        return
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    met = "met" if size / 1e6 <= TARGET_BUNDLE_MB else "MISSED"
    print(f"  unpacked size: {size / 1e6:.1f} MB  (target <= {TARGET_BUNDLE_MB:g} MB: {met})")
    summarize("CLI on the sample story", repeat(runs, lambda: timed([str(exe), "summarize"])))
    with tempfile.TemporaryDirectory() as home:
        env = offscreen_env(home)
        source = [sys.executable, "-m", "corroborate", "--self-test"]
        for label, command, target in (
            ("bundle", [str(exe), "--self-test"], TARGET_BUNDLE_APP_SECONDS),
            ("source", source, TARGET_APP_SECONDS),
        ):
            times = [until_line(command, "self-test", env) for _ in range(runs)]
            ok = "met" if min(times) <= target else "MISSED"
            print(
                f"  launch to first summary (--self-test, {label}): median "
                f"{statistics.median(times):.2f} s, best {min(times):.2f} s"
                f"  (target <= {target:g} s: {ok} by the best run)",
                flush=True,
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=bench_scale.DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (not for DUC)")
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "Corroborate")
    parser.add_argument("--skip", default="", help="comma-separated: cli,duc,app,bundle")
    args = parser.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} CPUs, load average {load} (a busy machine inflates wall times)")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print(
            "PYTHONDONTWRITEBYTECODE is set: modules without a cached .pyc are compiled at every "
            "start (an installed environment has them: python -m compileall)"
        )
    if "cli" not in skip:
        cli_figures(args.runs)
    if "duc" not in skip:
        duc_figures(args.data_dir)
    if "app" not in skip:
        app_figures(args.runs)
    if "bundle" not in skip:
        bundle_figures(args.bundle, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
