"""Every quality figure the product promises, against its target, in one run.

    uv run python tests/quality/evaluate.py CORPORA_DIR [--selection] [--json OUT]

Runs the count scorer (``gold_score.py``) and the text scorer
(``text_score.py``) on the labelled real stories and prints one table: each
figure on the tuning stories, on the stories set aside (never tuned on) and
on the ``fresh`` ones (set aside too, labelled later, on stories no change was
judged on) and the ``fresh web`` ones (web stories labelled for counts later, blind to
the engine; their text and disagreements were open to study before, so their text
and disagreement rows are no fresh measure) and the ``blind web`` ones (web stories whose
disagreements were labelled blind, labelled for counts later: nothing of theirs is studied), beside the target it is held to, and the text figures of the
text-only labels (``gold_text/``, more dev stories) in a ``dev-text`` column and
those of eight readable DUC 2003 clusters (``gold_text/duc/``, the four set aside there left out) in a ``dev-duc`` one.
The stories labelled for their disagreements alone add one line per split,
``blind`` among them (labels written without seeing the engine's report, on
stories whose text is open to study; scored, never tuned on).
``--selection`` also runs ``selection.py``
(ROUGE on DUC 2003 and Multi-News beside sumy and the lead baseline; several
minutes) and adds its lines. Skips cleanly when the corpora are absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import gold_score  # noqa: E402
import text_score  # noqa: E402

SPLITS = gold_score.SPLITS
#: the text-only labels of further dev stories: text figures only, a column of their own
TEXT_SPLIT = text_score.TEXT_SPLIT
DUC_TEXT_SPLIT = text_score.DUC_TEXT_SPLIT


@dataclass(frozen=True)
class Target:
    """A figure, how to read it from a split's results, and what it must reach."""

    label: str
    read: Callable[[dict], float | str]
    target: str
    met: Callable[[float | str], bool]


def _exact(value: float | str) -> bool:
    done, total = str(value).split("/")
    return done == total


def _share(value: float | str) -> float:
    part, total = str(value).split("/")
    return int(part) / max(1, int(total))


TARGETS = (
    Target("single-source precision", lambda c: c["single_source_precision"], ">= 0.9",
           lambda v: float(v) >= 0.9),
    Target("central facts flagged single-source", lambda c: c["core_facts_flagged_single"],
           "0", lambda v: float(v) == 0),
    Target("summary support error (outlets, mean)", lambda c: c["support_mae"], "<= 0.5",
           lambda v: float(v) <= 0.5),
    Target("summary sentences over-counted", lambda c: f"{c['over_counts']}/{c['summary_items_matched']}",
           "rare (<= 5%)", lambda v: _share(v) <= 0.05),
    Target("contradictions counted as support", lambda c: c["contradictions_supported"], "0",
           lambda v: float(v) == 0),
    Target("disagreement precision", lambda c: c["disagreement_precision"], ">= 0.9",
           lambda v: float(v) >= 0.9),
    Target("disagreement recall", lambda c: c["disagreement_recall"], ">= 0.5",
           lambda v: float(v) >= 0.5),
    Target("independent sources exact", lambda c: c["sources_exact"], "every story", _exact),
    Target("furniture lines in the report per story", lambda t: round(t["furniture_per_story"], 2),
           "<= 0.1", lambda v: float(v) <= 0.1),
    Target("fragments in the report", lambda t: t["fragments"], "0", lambda v: float(v) == 0),
    Target("outlet named right (readable outlets)", lambda t: round(t["outlet_right_share"], 2),
           ">= 0.8", lambda v: float(v) >= 0.8),
    Target("outlet named wrong (readable outlets)", lambda t: round(t["outlet_wrong_share"], 2),
           "<= 0.05", lambda v: float(v) <= 0.05),
    Target("titles that are headlines", lambda t: f"{t['titles_ok']}/{t['titles_checked']}",
           "every report", _exact),
)  # fmt: skip
#: which results each target reads: the first eight the counts, the rest the text
_COUNTS = 8


def figures(corpora: Path) -> dict[str, dict[str, dict]]:
    """Per split, the count figures and the text figures."""
    scores = gold_score.score_all(corpora)
    counts = {
        split: gold_score.summarise(part)
        for split in SPLITS
        if (part := [s for s in scores if s.split == split])
    }
    totals, _ = text_score.score_gold(corpora, text_score.GOLD_DIR)
    for split, gold_dir in (
        (TEXT_SPLIT, text_score.TEXT_GOLD_DIR),
        (DUC_TEXT_SPLIT, text_score.DUC_TEXT_GOLD_DIR),
    ):
        text_total, _ = text_score.score_text_gold(corpora, gold_dir, split)
        if text_total.stories:
            totals[split] = text_total
    text = {}
    for split, total in totals.items():
        text[split] = {
            "furniture_per_story": total.furniture_per_story,
            "fragments": total.fragments,
            "outlet_right_share": total.outlet_right_share,
            "outlet_wrong_share": total.outlet_wrong_share,
            "titles_ok": total.titles_ok,
            "titles_checked": total.titles_checked,
        }
    return {"counts": counts, "text": text}


def table(found: dict[str, dict[str, dict]]) -> list[str]:
    lines = [
        f"{'figure':<42} {'target':>13} {'tuning':>8} {'set aside':>10} {'fresh':>8}"
        f" {'fresh web':>9} {'blind web':>9}  met (set aside / fresh / web / blind)"
        f" {'dev-text':>9} {'dev-duc':>8}"
    ]
    for k, target in enumerate(TARGETS):
        source = found["counts"] if k < _COUNTS else found["text"]
        cells = [target.read(source[split]) if split in source else "-" for split in SPLITS]
        met = " / ".join(
            "-" if held == "-" else ("yes" if target.met(held) else "NO") for held in cells[1:]
        )
        extra = [
            target.read(source[split]) if split in source else "-"
            for split in (TEXT_SPLIT, DUC_TEXT_SPLIT)
        ]
        lines.append(
            f"{target.label:<42} {target.target:>13} {cells[0]!s:>8} {cells[1]!s:>10}"
            f" {cells[2]!s:>8} {cells[3]!s:>9} {cells[4]!s:>9}  {met:<37}"
            f" {extra[0]!s:>9} {extra[1]!s:>8}"
        )
    return lines


def selection(corpora: Path) -> dict:
    """``selection.py``'s ROUGE figures, run in its own process (it pins the hash seed)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "selection.json"
        subprocess.run(
            [sys.executable, str(HERE / "selection.py"), str(corpora), "--json", str(out)],
            check=True,
        )
        return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", type=Path, help="e.g. ../shared/corpora")
    parser.add_argument("--selection", action="store_true", help="also run selection.py")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args(argv)
    if not (args.corpora / "multinews-dev").is_dir():
        print(f"evaluate: no corpora under {args.corpora}; nothing scored")
        return 0
    found = figures(args.corpora)
    print("\n".join(table(found)))
    conflict_scores = gold_score.score_conflict_gold(args.corpora)
    found["disagreements_only"] = {}
    for split in gold_score.CONFLICT_SPLITS:
        part = [s for s in conflict_scores if s.split == split]
        if part:
            summary = gold_score.summarise(part)
            if not summary["disagreements_reported"]:
                summary["disagreement_precision"] = None  # nothing reported: no precision
            found["disagreements_only"][split] = summary
            print(f"disagreement labels only, {split}: {gold_score.disagreement_line(part)}")
    if args.selection:
        found["selection"] = selection(args.corpora)
    if args.json:
        args.json.write_text(json.dumps(found, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
