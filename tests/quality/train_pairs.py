"""A learned pair judge: can a small logistic model tell, better than the matcher's hand
rules (engine/matching/align.py), which sentence pairs state one fact?

    uv run python tests/quality/train_pairs.py CORPUS_DIR [--cache FILE] [--l2 X]
        [--claims-only] [--show N] [--full]

Pairs: every pair of sentences of two independent sources (the ``independent`` groups of
the count gold, ``tests/quality/gold``) that the matcher judged (:func:`align_with_near`'s
matches and near pairs; copies aside), on the tuning (``dev``) stories only: the stories
set aside (:func:`text_score.set_aside`) are never read. A pair is one fact (label 1) when
one labelled claim lists both files and a sentence of each matches its patterns, else 0.
``--claims-only`` keeps the pairs with a sentence of a labelled claim of two sources or
more (the pairs that decide a summary sentence's support).

Features (:data:`FEATURES`, what the matcher computes for a pair, :func:`features`): the
IDF cosine; the weighted share of the shorter sentence found in the longer; the
folder-rare words and the people named in common; the share, the number and the cosine of
the words said besides the names; one count for one thing; a clause of one found in the
other; both give counts; sharing more than who says them; different people; both places
in their articles (the first, the last, both among the first three); the shorter one's
length; a quotation in common; rapidfuzz's token-set ratio; the cosine times the rare
words; the cosine in the story's latent topics (LSA, :func:`_latent`); and the pair's
cosine over the best either sentence has in the other's article (:func:`_add_likeliest`).
Pairs whose figures, dates or clock times are apart, or where one sentence denies what
the other states, are never candidates: conflicts are looked for there.

Leave-one-story-out cross-validation: each story's pairs are scored by a model fitted on
the other stories (:func:`cross_validated`). Printed: the rules' precision and recall on
the labelled pairs; the model's on the pairs the rules leave apart, at each threshold (a
threshold is acceptable only where that precision is 0.9 or more); the model in the rules'
place; the two together; the top pairs, to read.

Measured (37 tuning stories, 3182 judged pairs, 925 one fact by the labels):

- the rules: 321 matches, precision 0.860, recall 276/925 (with ``--claims-only``: 316,
  0.873);
- the model on the 2492 candidates the rules leave apart (569 one fact), cross-validated:
  p >= 0.5 274 accepted, precision 0.624; p >= 0.7 101, 0.723; p >= 0.8 49, 0.735;
  p >= 0.9 16, 0.625. Without the two last features (the engine does not compute them)
  0.707 at 0.7 and 0.756 at 0.8 (41 pairs); an L2 of 0.1 or 10, quantile bins of the
  continuous features, fitting on the rules' matches too, the verbs two sentences share
  (past and -ing forms, irregular pasts; 0.736 at 0.8) or ``--claims-only`` (0.774 at 0.8)
  move it by 0.05 at most; both sentences among their article's first three, 0.765
  at 0.8 (34 pairs). No threshold reaches 0.9, nor the rules' own 0.86.
- Read by hand, the 41 pairs the 19-feature model accepts at p >= 0.8 hold one fact in 23,
  perhaps 27: the labels' patterns are looser than one fact ("missing 9-year-old Carlie"
  in a sentence on a reward and in one on the mother's misgivings), and two accepted
  pairs are a contradiction (Hamas claimed the attack / the Israelis blame Islamic Holy
  War). The features see a story's topic, not which fact of it a sentence tells.
- In the rules' place (every candidate): p >= 0.7 364 matches, precision 0.854, recall
  311; p >= 0.8 276, 0.920, 254: more precise than the rules only with fewer right matches
  (the undercount is the main error), and the rules kept with the model's pairs at
  p >= 0.8 added are 0.846 precise.
- Wired into the matcher as a last judge for the pairs every rule leaves apart (the 19
  features; each story judged by a model fitted on the other stories), the tuning summary
  support error fell from 0.563 to 0.508 at p >= 0.8 (0.441 at 0.7), the over-counts rose
  from 1 to 2 (3), single-source precision (0.932) and central facts flagged (2) held. The
  labels credit the topic-level pairs the reading above rejects, so the figure improves
  without the counts being truer: not kept.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from gold_check import fold, story_folder
from text_score import set_aside
from why_pair import _Seen

GOLD = Path(__file__).parent / "gold"

FEATURES = (
    "cosine",
    "contained",
    "rare shared",
    "names shared",
    "said share",
    "same count",
    "clause found",
    "both counted",
    "told alike",
    "names apart",
    "first place",
    "last place",
    "short terms",
    "quote shared",
    "both lead",
    "said words",
    "said cosine",
    "token set",
    "cosine x rare",
    "latent cosine",
    "likeliest",
)
#: the position of "both lead" among :data:`FEATURES`
BOTH_LEAD = FEATURES.index("both lead")


def tuning_golds() -> list[dict]:
    """The count gold of the tuning stories: never a story set aside."""
    hidden = set_aside()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    return [g for g in golds if g.get("split") == "dev" and g["story"] not in hidden]


def features(seen: _Seen, x: int, y: int) -> list[float] | None:
    """The pair's features (distinct-text positions ``x``, ``y``) but the two last, or
    None when the pair is never a candidate (values apart, or one denies what the other
    states)."""
    from rapidfuzz import fuzz

    from corroborate.engine.text.polarity import contradicts
    from corroborate.engine.text.segment import quote_in_common

    al = seen.al
    left, right = seen.distinct[x], seen.distinct[y]
    if al._apart(left, right, seen.timed[x] and seen.timed[y]):
        return None
    if contradicts(left.text, right.text):
        return None
    idf = seen.idf
    shared = seen.terms[x] & seen.terms[y]
    cosine = math.fsum(idf[t] ** 2 for t in shared) / (seen.norm[x] * seen.norm[y])
    contained = math.fsum(idf[t] for t in shared) / (min(seen.mass[x], seen.mass[y]) or 1)
    names, facts = seen.names, seen.facts
    said_x, said_y = names._said(x, seen.terms[x]), names._said(y, seen.terms[y])
    smaller = min(math.fsum(idf[t] for t in said_x), math.fsum(idf[t] for t in said_y))
    said_common = said_x & said_y
    said_share = math.fsum(idf[t] for t in said_common) / smaller if smaller else 0.0
    said_norm = math.sqrt(math.fsum(idf[t] ** 2 for t in said_x)) * math.sqrt(
        math.fsum(idf[t] ** 2 for t in said_y)
    )
    said_cosine = math.fsum(idf[t] ** 2 for t in said_common) / said_norm if said_norm else 0.0
    rare = min(facts.rare_count_of(x, y, seen.terms[y]), 6) / 6
    quoted = bool(left.quotes and right.quotes and quote_in_common(left.quotes, right.quotes))
    return [
        cosine,
        contained,
        rare,
        min(len(names.of(x) & names.of(y)), 3) / 3,
        said_share,
        float(facts.same_count(x, y)),
        float(facts.shared(x, y)),
        float(bool(facts.counts[x]) and bool(facts.counts[y])),
        float(names.told_alike(x, y, seen.terms[x], seen.terms[y], facts)),
        float(names.apart(x, y)),
        math.log1p(min(left.index, right.index)) / 4,
        math.log1p(max(left.index, right.index)) / 4,
        math.log1p(min(len(seen.terms[x]), len(seen.terms[y]))) / 4,
        float(quoted),
        float(max(left.index, right.index) <= 2),
        min(len(said_common), 8) / 8,
        said_cosine,
        fuzz.token_set_ratio(left.text, right.text) / 100,
        cosine * rare,
    ]


def _latent(seen: _Seen, rank: int = 40) -> np.ndarray:
    """Each distinct sentence as a unit vector of the story's latent topics (LSA: the
    leading singular vectors of the sentence-by-stem IDF matrix)."""
    vocabulary = {t: k for k, t in enumerate(seen.idf)}
    matrix = np.zeros((len(seen.distinct), len(vocabulary)))
    for i, terms in enumerate(seen.terms):
        for t in terms:
            matrix[i, vocabulary[t]] = seen.idf[t]
    u, sigma, _ = np.linalg.svd(matrix, full_matrices=False)
    k = min(rank, max(2, len(sigma) // 5))
    vectors = u[:, :k] * sigma[:k]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def _story_pairs(corpus: Path, gold: dict) -> list[dict[str, Any]]:
    """One row per judged pair of independent sources of one tuning story."""
    seen = _Seen(story_folder(corpus, gold))
    group = {f: k for k, g in enumerate(gold["independent"]) for f in g}
    off = set(gold.get("off_topic", []))
    claims = [c for c in gold["claims"] if len(c["files"]) >= 2]
    # each distinct text's file and the labelled claims it states there
    info: dict[int, tuple[str, frozenset[str]]] = {}
    for s in seen.sentences:
        position = seen.position[s.repeat_key]
        if position in info:
            continue
        name, text = seen.file_of(s.id), fold(s.text)
        info[position] = (
            name,
            frozenset(
                c["id"]
                for c in claims
                if name in c["files"] and any(re.search(p, text) for p in c["patterns"])
            ),
        )
    latent = _latent(seen)
    judged = dict.fromkeys(seen.near, False) | dict.fromkeys(seen.aligned, True)
    rows, done = [], set()
    for (a, b), matched in judged.items():
        x = seen.position[seen.sentences[a].repeat_key]
        y = seen.position[seen.sentences[b].repeat_key]
        if x == y or (min(x, y), max(x, y)) in done:
            continue
        done.add((min(x, y), max(x, y)))
        (fx, cx), (fy, cy) = info[x], info[y]
        if fx in off or fy in off or group.get(fx) == group.get(fy):
            continue
        if matched and seen.aligned[a, b].kind == "copy":
            continue
        found = features(seen, x, y)
        if found is not None:
            found.append(float(latent[x] @ latent[y]))
        rows.append(
            {
                "story": gold["story"],
                "label": int(bool(cx & cy)),
                "about a claim": bool(cx or cy),
                "matched": matched,
                "x": found,
                "texts": (seen.distinct[x].text, seen.distinct[y].text),
                "ends": ((x, seen.distinct[x].article), (y, seen.distinct[y].article)),
            }
        )
    return rows


def collect(corpus: Path) -> list[dict[str, Any]]:
    """The judged pairs of every tuning story whose folder is there."""
    rows = []
    for gold in tuning_golds():
        if story_folder(corpus, gold).is_dir():
            rows.extend(_story_pairs(corpus, gold))
    _add_likeliest(rows)
    return rows


def _add_likeliest(rows: list[dict[str, Any]]) -> None:
    """Each candidate's cosine over the best cosine either sentence has among the other's
    article's judged pairs (1.0: one is the other's likeliest there)."""
    best: dict[tuple[str, int, int], float] = {}
    for r in rows:
        if r["x"] is not None:
            (x, ax), (y, ay) = r["ends"]
            for key in ((r["story"], x, ay), (r["story"], y, ax)):
                best[key] = max(best.get(key, 0.0), r["x"][0])
    for r in rows:
        if r["x"] is not None:
            (x, ax), (y, ay) = r["ends"]
            top = max(best[r["story"], x, ay], best[r["story"], y, ax])
            r["x"] = [*r["x"], r["x"][0] / top if top else 0.0]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty (not on the intercept):
    the intercept, then one weight per column of ``x``."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + penalty @ w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def score(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The probability :func:`fit`'s weights give each row of ``x``."""
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def cross_validated(x: np.ndarray, y: np.ndarray, groups: np.ndarray, l2: float) -> np.ndarray:
    """Each row's probability by a model fitted on the rows of the other groups (stories)."""
    predicted = np.zeros(len(x))
    for group in sorted(set(groups.tolist())):
        out = groups == group
        predicted[out] = score(fit(x[~out], y[~out], l2), x[out])
    return predicted


def _line(taken: np.ndarray, y: np.ndarray) -> str:
    right = int((taken & (y == 1)).sum())
    return (
        f"{int(taken.sum())} accepted, {right} one fact, precision "
        f"{right / max(int(taken.sum()), 1):.3f}, recall {right}/{int(y.sum())}"
    )


def report(rows: list[dict[str, Any]], l2: float, shown: int, width: int) -> None:
    labels = np.array([r["label"] for r in rows])
    matched = np.array([r["matched"] for r in rows])
    print(f"judged pairs of independent sources: {len(rows)}, one fact: {labels.sum()}")
    print(f"the rules: {_line(matched, labels)}")
    pool = [r for r in rows if not r["matched"] and r["x"] is not None]
    x = np.array([r["x"] for r in pool])
    y = np.array([r["label"] for r in pool], dtype=float)
    predicted = cross_validated(x, y, np.array([r["story"] for r in pool]), l2)
    print(f"left apart by the rules, candidates {len(pool)}, one fact {int(y.sum())}:")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        print(f"  p >= {t:.1f}: {_line(predicted >= t, y)}")
    lead = x[:, BOTH_LEAD] == 1
    for name, part in (("both among the first three", lead), ("others", ~lead)):
        for t in (0.6, 0.7, 0.8):
            print(f"  {name}, p >= {t:.1f}: {_line((predicted >= t) & part, y)}")
    every = [r for r in rows if r["x"] is not None]
    x_all = np.array([r["x"] for r in every])
    y_all = np.array([r["label"] for r in every], dtype=float)
    ruled = np.array([r["matched"] for r in every])
    in_place = cross_validated(x_all, y_all, np.array([r["story"] for r in every]), l2)
    print(f"in the rules' place, every candidate ({len(every)}); the rules {_line(ruled, y_all)}")
    for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        print(f"  p >= {t:.2f}: {_line(in_place >= t, y_all)}")
    print("the rules kept where p >= low, and the model alone where p >= high:")
    for low in (0.0, 0.2, 0.4):
        for high in (0.8, 0.9, 1.01):
            taken = (ruled & (in_place >= low)) | (in_place >= high)
            print(f"  low {low:.1f} high {high:.2f}: {_line(taken, y_all)}")
    print(f"the {shown} pairs left apart with the highest cross-validated p (p, label, story):")
    for k in np.argsort(-predicted, kind="stable")[:shown]:
        one, other = pool[k]["texts"]
        print(
            f"  {predicted[k]:.2f} {int(y[k])} {pool[k]['story']} | {one[:width]} || {other[:width]}"
        )
    w = fit(x, y, l2)
    print(f"fitted on every story's pairs left apart: intercept {w[0]:+.3f}")
    for name, value in zip(FEATURES, w[1:], strict=True):
        print(f"  {name:14} {value:+.3f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, help="keep the pairs in this file, and reuse it")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--claims-only", action="store_true")
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--full", action="store_true", help="print the pairs' whole texts")
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        rows = pickle.loads(args.cache.read_bytes())
    else:
        rows = collect(args.corpus)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    if args.claims_only:
        rows = [r for r in rows if r["about a claim"]]
    report(rows, args.l2, args.show, 400 if args.full else 90)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
