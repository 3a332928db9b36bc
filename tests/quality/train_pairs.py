"""A learned pair judge: can a small logistic model tell, better than the matcher's hand
rules, which of the pairs the rules leave apart state one fact?

    uv run python tests/quality/train_pairs.py CORPUS_DIR [--cache FILE]

Pairs: every pair of sentences of two independent sources (``independent`` groups of the
count gold, ``tests/quality/gold``) that the matcher judged (:func:`align_with_near`'s
matches and near pairs), on the tuning (``dev``) stories only; set-aside stories are never
read. A pair is one fact (label 1) when one labelled claim lists both files and both
sentences match its patterns; otherwise 0 (patterns are not exhaustive, so some 0s are
unlabelled paraphrases: the precision below is a floor).

Features (what the matcher computes for a pair, :func:`features`): the IDF cosine, the
weighted share of the shorter sentence found in the longer, the folder-rare words and the
people's names in common, the share of what the sentences say besides their names, one
count for one thing (``_Clauses.same_count``), a clause of one found in the other, both
give counts, who says them aside (``told_alike``), different people (``names.apart``), the
two sentences' places in their articles and the shorter one's length. Pairs whose figures,
dates or clock times are apart, or where one denies what the other states, are never
candidates (they are where conflicts are looked for).

Leave-one-story-out cross-validation: for each story, a model fitted on the others scores
its pairs; the report gives the rules' precision and recall on the same pairs and, for the
pairs the rules leave apart, the cross-validated precision and recall of the model at each
threshold. A threshold is acceptable only where that precision is at least 0.9.
"""

from __future__ import annotations

import json
import math
import pickle
import re
import sys
from pathlib import Path

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


def features(seen: _Seen, x: int, y: int) -> list[float] | None:
    """The pair's features (distinct-text positions ``x``, ``y``), or None when the pair
    is never a candidate (values apart, or one denies what the other states)."""
    from corroborate.engine.text.polarity import contradicts
    from corroborate.engine.text.segment import quote_in_common
    from rapidfuzz import fuzz

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
    names = seen.names
    said_x = names._said(x, seen.terms[x])
    said_y = names._said(y, seen.terms[y])
    smaller = min(math.fsum(idf[t] for t in said_x), math.fsum(idf[t] for t in said_y))
    said_share = math.fsum(idf[t] for t in said_x & said_y) / smaller if smaller else 0.0
    facts = seen.facts
    said_common = said_x & said_y
    said_norm = math.sqrt(math.fsum(idf[t] ** 2 for t in said_x)) * math.sqrt(
        math.fsum(idf[t] ** 2 for t in said_y)
    )
    said_cosine = math.fsum(idf[t] ** 2 for t in said_common) / said_norm if said_norm else 0.0
    rare = min(facts.rare_count_of(x, y, seen.terms[y]), 6) / 6
    quoted = bool(left.quotes and right.quotes and quote_in_common(left.quotes, right.quotes))
    return [
        cosine,
        contained,
        min(facts.rare_count_of(x, y, seen.terms[y]), 6) / 6,
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


def collect(corpus: Path) -> list[dict]:
    """One row per judged pair of independent sources on every tuning story."""
    hidden = set_aside()
    rows = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") != "dev" or gold["story"] in hidden:
            continue
        folder = story_folder(corpus, gold)
        if not folder.is_dir():
            continue
        seen = _Seen(folder)
        group = {f: k for k, g in enumerate(gold["independent"]) for f in g}
        off = set(gold.get("off_topic", []))
        claims = [c for c in gold["claims"] if len(c["files"]) >= 2]
        # distinct position -> (file, matching claim ids)
        first: dict[str, int] = {}
        for s in seen.sentences:
            first.setdefault(s.repeat_key, s.id)
        info = {}
        for key, sid in first.items():
            name = seen.file_of(sid)
            text = fold(seen.sentences[sid].text)
            hit = frozenset(
                c["id"]
                for c in claims
                if name in c["files"] and any(re.search(p, text) for p in c["patterns"])
            )
            info[seen.position[key]] = (name, hit)
        latent = _latent(seen)
        judged = {}
        for a, b in seen.near:
            judged[a, b] = False
        for a, b in seen.aligned:
            judged[a, b] = True
        done = set()
        for (a, b), matched in judged.items():
            x = seen.position[seen.sentences[a].repeat_key]
            y = seen.position[seen.sentences[b].repeat_key]
            if x == y or (min(x, y), max(x, y)) in done:
                continue
            done.add((min(x, y), max(x, y)))
            (fx, cx), (fy, cy) = info[x], info[y]
            if fx in off or fy in off or group.get(fx) == group.get(fy):
                continue
            if seen.aligned.get((min(a, b), max(a, b))) is not None:
                kind = seen.aligned[min(a, b), max(a, b)].kind
                if kind == "copy":
                    continue
            feats = features(seen, x, y)
            if feats is not None:
                feats.append(float(latent[x] @ latent[y]))
            rows.append(
                {
                    "story": gold["story"],
                    "label": int(bool(cx & cy)),
                    "relevant": bool(cx or cy),
                    "matched": matched,
                    "candidate": feats is not None,
                    "x": feats,
                    "texts": (seen.distinct[x].text, seen.distinct[y].text),
                    "ends": ((x, seen.distinct[x].article), (y, seen.distinct[y].article)),
                }
            )
        print(f"{gold['story']}: {sum(r['story'] == gold['story'] for r in rows)} pairs", file=sys.stderr)
    return rows


def _add_mutual(rows: list[dict]) -> None:
    """Each candidate's cosine over the best cosine either sentence has among the other's
    article's judged pairs (1.0: each is the other's likeliest there)."""
    best: dict[tuple, float] = {}
    for r in rows:
        if r["x"] is None:
            continue
        (x, ax), (y, ay) = r["ends"]
        for key in ((r["story"], x, ay), (r["story"], y, ax)):
            best[key] = max(best.get(key, 0.0), r["x"][0])
    for r in rows:
        if r["x"] is None:
            continue
        (x, ax), (y, ay) = r["ends"]
        top = max(best[r["story"], x, ay], best[r["story"], y, ax])
        r["x"] = [*r["x"], r["x"][0] / top if top else 0.0]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty (not on the intercept)."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + penalty @ w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def score(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    corpus = Path(argv[0])
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    if cache and cache.is_file():
        rows = pickle.loads(cache.read_bytes())
    else:
        rows = collect(corpus)
        if cache:
            cache.write_bytes(pickle.dumps(rows))
    labels = np.array([r["label"] for r in rows])
    matched = np.array([r["matched"] for r in rows])
    tp = int((labels & matched).sum())
    print(f"judged pairs of independent sources: {len(rows)}, one fact by the gold: {labels.sum()}")
    print(
        f"rules: {matched.sum()} matched, precision {tp / max(matched.sum(), 1):.3f}, "
        f"recall {tp}/{labels.sum()} = {tp / max(labels.sum(), 1):.3f}"
    )
    _add_mutual(rows)
    if "--relevant" in argv:
        # only the pairs with a sentence of a labelled claim of two sources or more
        rows = [r for r in rows if r["relevant"]]
        labels = np.array([r["label"] for r in rows])
        matched = np.array([r["matched"] for r in rows])
        tp = int((labels & matched).sum())
        print(f"of them about a labelled claim: {len(rows)}, one fact: {labels.sum()}")
        print(
            f"rules: {matched.sum()} matched, precision {tp / max(matched.sum(), 1):.3f}, "
            f"recall {tp}/{labels.sum()} = {tp / max(labels.sum(), 1):.3f}"
        )
    pool = [r for r in rows if not r["matched"] and r["candidate"]]
    x = np.array([r["x"] for r in pool])
    y = np.array([r["label"] for r in pool], dtype=float)
    stories = np.array([r["story"] for r in pool])
    everything = [r for r in rows if r["candidate"]]
    x_all = np.array([r["x"] for r in everything])
    y_all = np.array([r["label"] for r in everything], dtype=float)
    stories_all = np.array([r["story"] for r in everything])
    if "--bins" in argv:  # the continuous features also read in quarter bins (a step shape)
        def binned(m: np.ndarray) -> np.ndarray:
            cuts = np.quantile(np.vstack([x, x_all]), [0.5, 0.75, 0.9], axis=0)
            extra = [(m[:, k] >= cuts[q, k]).astype(float) for k in (0, 1, 4, 17, 18) for q in range(3)]
            return np.hstack([m, np.stack(extra, axis=1)])

        x, x_all = binned(x), binned(x_all)
    if "--drop" in argv:  # leave some features out: --drop 3,5
        kept = [k for k in range(x.shape[1]) if str(k) not in argv[argv.index("--drop") + 1].split(",")]
        x, x_all = x[:, kept], x_all[:, kept]
    print(f"left apart by the rules, candidates: {len(pool)}, one fact: {int(y.sum())}")
    l2 = float(argv[argv.index("--l2") + 1]) if "--l2" in argv else 1.0
    predicted = np.zeros(len(pool))
    for story in sorted(set(stories)):
        out = stories == story
        if "--all" in argv:  # fitted on every judged pair, matched by the rules or not
            w = fit(x_all[stories_all != story], y_all[stories_all != story], l2)
        else:
            w = fit(x[~out], y[~out], l2)
        predicted[out] = score(w, x[out])
    print("cross-validated (leave one story out), on the pairs the rules leave apart:")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        taken = predicted >= t
        right = int((taken & (y == 1)).sum())
        print(
            f"  p >= {t:.1f}: {int(taken.sum())} accepted, {right} one fact, precision "
            f"{right / max(int(taken.sum()), 1):.3f}, recall {right}/{int(y.sum())}"
        )
    # the model in the rules' place: every candidate, the rules' matches among them
    every = np.zeros(len(everything))
    for story in sorted(set(stories_all)):
        out = stories_all == story
        every[out] = score(fit(x_all[~out], y_all[~out], l2), x_all[out])
    ruled = np.array([r["matched"] for r in everything])
    right = int((ruled & (y_all == 1)).sum())
    print(
        f"in the rules' place, on every candidate ({len(everything)}, one fact "
        f"{int(y_all.sum())}); the rules: {int(ruled.sum())} matched, precision "
        f"{right / max(int(ruled.sum()), 1):.3f}, recall {right}"
    )
    for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        taken = every >= t
        right = int((taken & (y_all == 1)).sum())
        print(
            f"  p >= {t:.2f}: {int(taken.sum())} accepted, {right} one fact, precision "
            f"{right / max(int(taken.sum()), 1):.3f}, recall {right}/{int(y_all.sum())}"
        )
    print("the rules and the model together (rules kept when p >= low, model alone when p >= high):")
    for low in (0.0, 0.2, 0.3, 0.4):
        for high in (0.8, 0.85, 0.9, 0.95, 1.01):
            taken = (ruled & (every >= low)) | (every >= high)
            right = int((taken & (y_all == 1)).sum())
            print(
                f"  low {low:.1f} high {high:.2f}: {int(taken.sum())} accepted, {right} one fact, "
                f"precision {right / max(int(taken.sum()), 1):.3f}"
            )
    order = np.argsort(-predicted)
    print("top 40 by cross-validated score:")
    for k in order[:40]:
        r = pool[k]
        print(f"  {predicted[k]:.2f} {int(y[k])} {r['story']} | {r['texts'][0][:90]} || {r['texts'][1][:90]}")
    w = fit(x, y, l2)
    print("fitted on every story:")
    print(f"  intercept {w[0]:+.3f}")
    for name, value in zip(FEATURES, w[1:], strict=False):
        print(f"  {name:14} {value:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
