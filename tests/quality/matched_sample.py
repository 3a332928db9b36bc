"""A sample of matched pairs, each read and judged, scored again on a later dump.

    uv run python tests/quality/matched_sample.py DUMP.json [SAMPLE.json]

``SAMPLE.json`` (by default ``matched_pairs_sample.json`` beside this script) lists matched
pairs of sentences drawn from an ``outputs_changes.py dump`` of the tuning stories, each as
its story and the two sentences' places (``file#index``), with a reader's judgement: "one
fact", "not one fact" or "doubtful", and for a false pair its class. No text of the
corpora is kept: the places name the sentences in the dump. This prints, for each
judgement, how many of its pairs ``DUMP.json`` still matches (in either order, of any
kind), the share of false pairs among the sample's pairs still matched, and the pairs no
longer matched, so that a change of the matcher is read against the same judgements.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "matched_pairs_sample.json"
JUDGEMENTS = ("one fact", "not one fact", "doubtful")


def matched(dump: dict) -> set[tuple[str, str, str]]:
    """Every matched pair of the dump as (story, one place, the other), both orders."""
    found = set()
    for story, outputs in dump.items():
        if not isinstance(outputs.get("matches"), list):
            continue  # a story whose counts are set aside: dumped as a digest
        for line in outputs["matches"]:
            a, _, b = line.split(" ")[:3]
            found |= {(story, a, b), (story, b, a)}
    return found


def score(dump: dict, pairs: list[dict]) -> dict[str, list[dict]]:
    """The sample's pairs the dump still matches, by judgement, and those it no longer
    matches (``"gone"``)."""
    still = matched(dump)
    found: dict[str, list[dict]] = {judged: [] for judged in (*JUDGEMENTS, "gone")}
    for pair in pairs:
        kept = (pair["story"], pair["a"], pair["b"]) in still
        found[pair["judged"] if kept else "gone"].append(pair)
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__)
        return 2
    dump = json.loads(Path(args[0]).read_text("utf-8"))
    sample = json.loads(Path(args[1] if len(args) > 1 else SAMPLE).read_text("utf-8"))
    pairs = sample["pairs"]
    found = score(dump, pairs)
    kept = sum(len(found[judged]) for judged in JUDGEMENTS)
    for judged in JUDGEMENTS:
        total = sum(pair["judged"] == judged for pair in pairs)
        print(f"{judged}: {len(found[judged])} of {total} still matched")
    false = len(found["not one fact"])
    print(f"false among the pairs still matched: {false}/{kept} ({false / (kept or 1):.1%})")
    for pair in found["gone"]:
        told = f" ({pair['class']})" if pair.get("class") else ""
        print(
            f"no longer matched: {pair['story']} {pair['a']} ~ {pair['b']}: {pair['judged']}{told}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
