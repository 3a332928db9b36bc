"""Learn concept weights from DUC 2003's references: which concepts do human summaries use?

An on-demand script, not a pytest test: it needs the corpora (not part of the
repository) and takes a minute or two. Usage::

    uv run python tests/quality/train_concepts.py ../shared/corpora

A concept is a stem bigram of :func:`corroborate.engine.consensus.objective.sentence_concepts`;
its label is 1 when some reference of the cluster uses it (the references read
as the engine reads a sentence), and its features are those of
:func:`~corroborate.engine.consensus.objective.concept_features`. A logistic
regression (L2, Newton's method, numpy only) is fitted on the DUC 2003 clusters
open to tuning (the eight whose labels or texts are set aside are never read).

Cross-validation by halves, as ``selection.py``'s (the manifest's first 15
clusters and its last 15, less those set aside): fitted on half A, scored on
half B, and the other way round; ROUGE-2 recall at ``min_sources`` 2 and 1 of
:class:`LearnedCoverage` against the default objective on the same clusters.
Then the coefficients fitted on all open clusters, to ship.

``--least 1`` (every concept, as shipped) or 2 (those two voices use, as the
default objective's); ``--power`` the exponents of the estimate to score;
``--soft`` labels a concept by the share of references that use it; ``--blend``
scores :class:`~corroborate.engine.consensus.objective.BlendedCoverage` as the
fill after the backed tier, with the coefficients fitted on one half, on that
half (to choose the blend) and on the other (held out). What was
measured, and why the learned weights are not the default, is in
:class:`~corroborate.engine.consensus.objective.LearnedCoverage`'s docstring;
with ``--least 1 --blend 0 0.1 0.25 0.4 0.6`` (as measured last)::

    22 clusters, 38951 concepts, 0.035 in a reference
    half A (11), fitted on B: log loss 0.1220 (base rate 0.1407); default objective R-2 9.15 / 10.73
      power 1.0: R-2 9.42 / 9.74
      blended fill 0.0: R-2 at min_sources 2 on half B (fitted) 9.63, on half A (held out) 8.93
      blended fill 0.1: R-2 at min_sources 2 on half B (fitted) 9.89, on half A (held out) 9.30
      blended fill 0.25: R-2 at min_sources 2 on half B (fitted) 9.85, on half A (held out) 9.43
      blended fill 0.4: R-2 at min_sources 2 on half B (fitted) 9.85, on half A (held out) 9.19
      blended fill 0.6: R-2 at min_sources 2 on half B (fitted) 9.22, on half A (held out) 9.15
    half B (11), fitted on A: log loss 0.1401 (base rate 0.1646); default objective R-2 9.26 / 11.06
      power 1.0: R-2 9.57 / 11.48
      blended fill 0.0: R-2 at min_sources 2 on half A (fitted) 9.10, on half B (held out) 9.74
      blended fill 0.1: R-2 at min_sources 2 on half A (fitted) 9.30, on half B (held out) 9.85
      blended fill 0.25: R-2 at min_sources 2 on half A (fitted) 9.11, on half B (held out) 9.70
      blended fill 0.4: R-2 at min_sources 2 on half A (fitted) 9.11, on half B (held out) 9.70
      blended fill 0.6: R-2 at min_sources 2 on half A (fitted) 9.15, on half B (held out) 9.22
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import duc
from selection import BUDGET, Scorer, mean

#: Never read: labels or texts set aside.
#: The last four are fresh since their counts were labelled.
SET_ASIDE = frozenset(
    ("d30051t", "d31038t", "d30003t", "d30016t", "d30025t", "d31001t", "d31028t", "d31050t")
) | frozenset(("d30042t", "d30048t", "d31002t", "d31013t"))


def open_clusters(duc_dir: Path) -> tuple[list[duc.Cluster], dict[str, int]]:
    """The clusters open to tuning, the references of those set aside never opened, and
    each cluster's half of the manifest (``selection.py``'s), set-aside ones counted."""
    return duc.load_clusters(duc_dir, SET_ASIDE), duc.halves(duc_dir)


def reference_concepts(refs: Sequence[str]) -> dict[tuple[str, str], float]:
    """Every concept the references use, with the share of them that use it, each
    reference read sentence by sentence."""
    from corroborate.engine.text.families import family_stems
    from corroborate.engine.text.segment import content_stems, sentence_words

    found: dict[tuple[str, str], float] = {}
    for ref in refs:
        own: set[tuple[str, str]] = set()
        for line in ref.splitlines():
            stems = family_stems(content_stems(sentence_words(line).words))
            own.update(itertools.pairwise(stems))
        for concept in own:
            found[concept] = found.get(concept, 0.0) + 1 / len(refs)
    return found


def rows(
    analysis: object, refs: Sequence[str], least: int, soft: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Each concept's features and label: 1 if a reference uses it, or with ``soft``
    the share of the references that do (ROUGE-2 recall averages over them)."""
    from corroborate.engine.consensus.objective import _concepts, concept_features
    from corroborate.engine.models import Analysis

    assert isinstance(analysis, Analysis)
    voice_of = analysis.voice_of or analysis.group_of
    features = concept_features(analysis.sentences, _concepts(analysis.sentences), voice_of, least)
    wanted = reference_concepts(refs)
    ordered = sorted(features)
    x = np.array([features[c] for c in ordered], dtype=float).reshape(-1, len(_features()))
    y = np.array([wanted.get(c, 0.0) if soft else float(c in wanted) for c in ordered], dtype=float)
    return x, y


def _features() -> tuple[str, ...]:
    from corroborate.engine.consensus.objective import FEATURES

    return FEATURES


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method, the bias not penalised."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def log_loss(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    p = np.clip(1 / (1 + np.exp(-(x @ w))), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="e.g. ../shared/corpora")
    parser.add_argument("--least", type=int, default=1, help="voices a concept needs")
    parser.add_argument("--power", type=float, nargs="*", default=[1.0])
    parser.add_argument("--soft", action="store_true", help="label by the share of references")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument(
        "--blend",
        type=float,
        nargs="*",
        default=[],
        help="also score objective.BlendedCoverage with these blends as the fill after the"
        " backed tier (the tier by the default objective), on each half and held out",
    )
    args = parser.parse_args(argv)

    from corroborate.engine import Objective, SummaryOptions, analyze
    from corroborate.engine.consensus.objective import (
        BlendedCoverage,
        ConceptCoverage,
        LearnedCoverage,
    )
    from corroborate.engine.consensus.rank import build_summary

    clusters, halves = open_clusters(args.corpora / "duc2003")
    analyses = [analyze(list(c.docs)) for c in clusters]
    data = [rows(a, c.refs, args.least, args.soft) for a, c in zip(analyses, clusters, strict=True)]
    names = _features()
    score = Scorer()

    def stack(indices: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        return (
            np.vstack([data[i][0] for i in indices]),
            np.concatenate([data[i][1] for i in indices]),
        )

    def r2(
        objective: Objective, indices: Sequence[int], ms: int, fill: Objective | None = None
    ) -> float:
        options = SummaryOptions(words=BUDGET, min_sources=ms, objective=objective, fill=fill)
        return mean(
            [
                score(
                    [item.text for item in build_summary(analyses[i], options).items],
                    clusters[i].refs,
                )[1]
                for i in indices
            ]
        )

    x_all, y_all = stack(range(len(clusters)))
    print(f"{len(clusters)} clusters, {len(y_all)} concepts, {y_all.mean():.3f} in a reference")
    idx = {k: [i for i, c in enumerate(clusters) if halves[c.name] == k] for k in (0, 1)}
    default = ConceptCoverage()
    for k in (0, 1):
        w = fit(*stack(idx[1 - k]), l2=args.l2)
        x, y = stack(idx[k])
        base = log_loss(x, y, np.array([math.log(y.mean() / (1 - y.mean()))] + [0] * (len(w) - 1)))
        print(
            f"half {'AB'[k]} ({len(idx[k])}), fitted on {'AB'[1 - k]}: log loss {log_loss(x, y, w):.4f}"
            f" (base rate {base:.4f}); default objective R-2"
            f" {r2(default, idx[k], 2):.2f} / {r2(default, idx[k], 1):.2f}"
        )
        for power in args.power:
            learned = LearnedCoverage(tuple(float(v) for v in w), args.least, power)
            print(
                f"  power {power}: R-2 {r2(learned, idx[k], 2):.2f} / {r2(learned, idx[k], 1):.2f}"
            )
        # a blend is chosen on the half the coefficients are fitted on, then held out
        for blend in args.blend:
            fill = BlendedCoverage(blend, tuple(float(v) for v in w))
            print(
                f"  blended fill {blend}: R-2 at min_sources 2 on half {'AB'[1 - k]} (fitted)"
                f" {r2(default, idx[1 - k], 2, fill):.2f}, on half {'AB'[k]} (held out)"
                f" {r2(default, idx[k], 2, fill):.2f}"
            )
    w = fit(x_all, y_all, l2=args.l2)
    print("fitted on all open clusters:")
    for name, v in zip(names, w, strict=True):
        print(f"  {name:<18} {v:+.3f}")
    everything = list(range(len(clusters)))
    print(
        f"default objective on all: R-2 {r2(default, everything, 2):.2f} / {r2(default, everything, 1):.2f}"
    )
    for power in args.power:
        learned = LearnedCoverage(tuple(float(v) for v in w), args.least, power)
        print(
            f"  learned, power {power}: R-2 {r2(learned, everything, 2):.2f} / {r2(learned, everything, 1):.2f}"
        )
    print("coefficients:", tuple(round(float(v), 3) for v in w))
    return 0


if __name__ == "__main__":
    duc.pin_hash_seed()
    sys.exit(main())
