"""Score Corroborate's counts against the gold labels of real stories.

    uv run python tests/quality/gold_score.py CORPUS_DIR [STORY ...]

For each labelled story (``tests/quality/gold/*.json``) the engine analyses
the story's folder with default options, and its report is compared with the
labels: single-source precision, central facts flagged single-source, summary
support error and over-counts, contradictions counted as support,
disagreement precision (over the report's entries, one per conflict, as the reader sees
them) and recall, and whether the number of independent
sources is exact. Figures are printed per split: ``dev`` stories may guide
changes to the engine; ``heldout`` stories, and the ``fresh`` ones labelled
later to check the set-aside figures again on stories no change was ever
judged on, are only ever scored, as are the counts of the ``fresh-web`` stories
(web stories labelled for counts later, blind to the engine). Stories labelled for their disagreements
alone (``tests/quality/gold_conflicts/*.json``: groups, conflicts and
look-alikes, no claims) add a disagreement line per split; their ``blind``
split holds stories whose text is open to study but whose disagreements were
labelled without seeing the engine's report and are only ever scored, so their
per-story lines are never printed either.
Skips cleanly when the corpus folder is absent.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).parent))
from gold_check import fold, story_folder

if TYPE_CHECKING:
    from corroborate.engine import Analysis

#: splits only ever scored, never studied or tuned on for counts; ``fresh-web`` holds web stories
#: labelled for counts later, blind to the engine, whose text and disagreements stay open to study
#: (their text and disagreement labels are dev, in ``gold_text/`` and ``gold_conflicts/``);
#: ``blind-web`` holds the web stories whose disagreements were labelled blind too, later labelled
#: for counts: nothing of theirs is ever studied
SET_ASIDE_SPLITS = ("heldout", "fresh", "fresh-web", "blind-web")
SPLITS = ("dev", *SET_ASIDE_SPLITS)
#: disagreement-only labels written blind on stories whose text is open to study:
#: scored, never shown per story, never tuned on
BLIND_SPLITS = ("blind",)
CONFLICT_SPLITS = (*SPLITS, *BLIND_SPLITS)

GOLD = Path(__file__).parent / "gold"
#: stories labelled for their disagreements alone (conflicts, look-alikes, groups)
CONFLICT_GOLD = Path(__file__).parent / "gold_conflicts"


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def conflict_gold_files() -> list[Path]:
    return sorted(CONFLICT_GOLD.glob("*.json"))


def _stem(file: str) -> str:
    return Path(file).stem


def _matches(patterns: list[str], text: str) -> bool:
    folded = fold(text)
    return any(re.search(p, folded) for p in patterns)


@dataclass
class StoryScore:
    story: str
    split: str
    single_items: int = 0
    single_false: int = 0
    single_furniture: int = 0
    core_flagged: int = 0
    summary_items: int = 0
    summary_matched: int = 0
    support_abs_error: float = 0.0
    over_counts: int = 0
    unmatched_multi: int = 0
    contradictions_supported: int = 0
    conflicts: int = 0
    conflicts_found: int = 0
    disagreements: int = 0
    disagreements_true: int = 0
    disagreements_not_conflict: int = 0
    sources_expected: int = 0
    sources_found: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def sources_exact(self) -> bool:
        return self.sources_expected == self.sources_found


def _analysed(corpus_dir: Path, gold: dict) -> tuple[Analysis, dict, StoryScore]:
    """The engine's analysis of a labelled story, its report, and its score with the
    independent sources counted."""
    from corroborate.engine import AnalysisOptions, analyze, summarize, to_json

    folder = story_folder(corpus_dir, gold)
    # A corpus folder's README describes the corpus; it is not one of the story's articles.
    readme = ("README.md",) if (folder / "README.md").is_file() else ()
    analysis = analyze(folder, AnalysisOptions(exclude=readme))
    report = to_json(summarize(analysis))
    result = StoryScore(gold["story"], gold["split"])
    group_of = {f: i for i, grp in enumerate(gold["independent"]) for f in grp}
    off = set(gold.get("off_topic", []))
    result.sources_expected = len({group_of[f] for f in group_of if f not in off})
    result.sources_found = analysis.independent_sources
    return analysis, report, result


def score_story(corpus_dir: Path, gold: dict, verbose: bool = False) -> StoryScore:
    analysis, report, result = _analysed(corpus_dir, gold)
    claims = gold["claims"]

    def claims_in(text: str) -> list[dict]:
        return [c for c in claims if _matches(c["patterns"], text)]

    # Single-source list: precision, central facts flagged.
    core_hit: set[str] = set()
    for item in report["single_source"]:
        result.single_items += 1
        found = claims_in(item["text"])
        wrong = [c for c in found if c["support"] >= 2]
        if wrong:
            result.single_false += 1
            core_hit.update(c["id"] for c in wrong if c.get("core"))
            if verbose:
                result.notes.append(f"single-source but {wrong[0]['id']}: {item['text'][:80]}")
        if _matches(gold.get("furniture", []), item["text"]):
            result.single_furniture += 1
    result.core_flagged = len(core_hit)

    # Summary support against the truth.
    for item in report["summary"]:
        result.summary_items += 1
        found = claims_in(item["text"])
        if not found:
            if item["support"] >= 2:
                result.unmatched_multi += 1
                if verbose:
                    result.notes.append(
                        f"support {item['support']}, no labelled claim: {item['text'][:80]}"
                    )
            continue
        truth = max(c["support"] for c in found)
        result.summary_matched += 1
        result.support_abs_error += abs(item["support"] - truth)
        if item["support"] > truth:
            result.over_counts += 1
        if verbose and item["support"] != truth:
            result.notes.append(
                f"support {item['support']} vs {truth} ({found[0]['id']}): {item['text'][:70]}"
            )

    _score_disagreements(analysis, report, gold, result, verbose)
    return result


def _score_disagreements(
    analysis: Analysis, report: dict, gold: dict, result: StoryScore, verbose: bool
) -> None:
    """Contradictions counted as support, and the disagreements reported, against the labels."""
    # Contradictions counted as support: a conflict's two sides matched to each other.
    by_file: dict[str, list[int]] = {}
    for sentence in analysis.sentences:
        by_file.setdefault(_stem(analysis.articles[sentence.article].file), []).append(sentence.id)

    def side(spec: dict) -> list[int]:
        return [
            sid
            for sid in by_file.get(spec["file"], [])
            if re.search(spec["pattern"], fold(analysis.sentences[sid].text))
        ]

    for conflict in gold.get("conflicts", []):
        result.conflicts += 1
        left, right = side(conflict["a"]), side(conflict["b"])
        if any(r in analysis.corroboration(sid)[1] for sid in left for r in right):
            result.contradictions_supported += 1
            if verbose:
                result.notes.append(f"contradiction counted as support: {conflict['id']}")

    # Disagreements reported.
    def pair_matches(pair: dict, item: dict) -> bool:
        a, b = item["a"], item["b"]
        for x, y in ((a, b), (b, a)):
            if (
                _stem(x["file"]) == pair["a"]["file"]
                and _stem(y["file"]) == pair["b"]["file"]
                and re.search(pair["a"]["pattern"], fold(x["text"]))
                and re.search(pair["b"]["pattern"], fold(y["text"]))
            ):
                return True
        return False

    found_conflicts: set[int] = set()
    unmatched: list[int] = []
    look_alikes: set[int] = set()  # reports on a pair labelled no conflict
    pairs = report.get("disagreements", [])
    true_pairs: set[int] = set()
    for k, item in enumerate(pairs):
        hits = [i for i, c in enumerate(gold.get("conflicts", [])) if pair_matches(c, item)]
        if hits:
            true_pairs.add(k)
            found_conflicts.update(hits)
        else:
            unmatched.append(k)
            if any(pair_matches(p, item) for p in gold.get("not_conflicts", [])):
                look_alikes.add(k)
    # a report on a pair labelled no conflict is false, and credits no label either
    credited, crediting = _reported_by_another_pair(
        analysis, report, gold, side, found_conflicts, look_alikes
    )
    found_conflicts |= credited
    false_pairs: list[int] = []
    for k in unmatched:
        item = pairs[k]
        if k in crediting:
            # the label's conflict, reported through another pair of its sources' sentences
            true_pairs.add(k)
            continue
        told, label = _one_dispute(gold, item)
        if told and k not in look_alikes:
            # two labelled sentences of one dispute, each holding one of its values
            true_pairs.add(k)
            if label is not None:
                found_conflicts.add(label)
            continue
        false_pairs.append(k)
    # Scored as the reader sees them: one entry per conflict (the report's ``conflict``
    # number), each pair of it shown under it as its evidence. The pairs of one entry are of
    # one kind over the same values, so an entry is true when one of its pairs is a labelled
    # conflict and none is labelled no conflict: its other pairs tell that dispute again in
    # other sentences of the same sources.
    entries: dict[object, list[int]] = {}
    for k, item in enumerate(pairs):
        entries.setdefault(item.get("conflict", ("pair", k)), []).append(k)
    for members in entries.values():
        result.disagreements += 1
        if any(k in look_alikes for k in members):
            result.disagreements_not_conflict += 1
        elif any(k in true_pairs for k in members):
            result.disagreements_true += 1
            continue
        if verbose:
            for k in (k for k in members if k in false_pairs):
                item = pairs[k]
                result.notes.append(
                    f"false disagreement {item['kind']} {item.get('detail', '')}: "
                    f"{item['a']['text'][:50]} | {item['b']['text'][:50]}"
                )
    result.conflicts_found = len(found_conflicts)
    if verbose:
        for i, conflict in enumerate(gold.get("conflicts", [])):
            if i not in found_conflicts:
                what = conflict.get("what") or conflict.get("id", "")
                result.notes.append(f"conflict not reported: {str(what)[:110]}")


def _tells(spec: dict, said: dict) -> bool:
    """Is a reported sentence the labelled side ``spec`` (its file and its pattern)?"""
    return _stem(said["file"]) == spec["file"] and bool(
        re.search(spec["pattern"], fold(said["text"]))
    )


def _one_dispute(gold: dict, item: dict) -> tuple[bool, int | None]:
    """Does a reported disagreement set two labelled sentences of one dispute against each
    other, each holding one of its values, though no single label pairs them?

    Labels giving the same values (``detail``, e.g. "associate / partner") are one dispute
    told for several pairs of sentences: each label's ``a`` side holds the first value, its
    ``b`` side the second. A report setting one label's ``a`` sentence against another's
    ``b`` sentence, from two independent sources, reports that dispute; it credits the label
    whose two files are the report's, when there is one."""
    group_of = {f: i for i, grp in enumerate(gold.get("independent", [])) for f in grp}
    conflicts = gold.get("conflicts", [])
    a, b = item["a"], item["b"]
    if group_of.get(_stem(a["file"]), a["file"]) == group_of.get(_stem(b["file"]), b["file"]):
        return False, None
    for x, y in ((a, b), (b, a)):
        for one in conflicts:
            for other in conflicts:
                if (
                    fold(one.get("detail", ""))
                    and fold(one.get("detail", "")) == fold(other.get("detail", ""))
                    and _tells(one["a"], x)
                    and _tells(other["b"], y)
                ):
                    files = {_stem(a["file"]), _stem(b["file"])}
                    label = next(
                        (i for i, c in enumerate(conflicts)
                         if {c["a"]["file"], c["b"]["file"]} == files
                         and fold(c.get("detail", "")) == fold(one["detail"])),
                        None,
                    )  # fmt: skip
                    return True, label
    return False, None


def _reported_by_another_pair(
    analysis: Analysis,
    report: dict,
    gold: dict,
    side: Callable[[dict], list[int]],
    found: set[int],
    look_alikes: frozenset[int] | set[int] = frozenset(),
) -> tuple[set[int], set[int]]:
    """Labels whose conflict is reported through another pair of their sources' sentences,
    and the reported disagreements (their places in the report) through which they are.

    The report gives each conflict once for each two sources and the values they differ
    by, with one pair of sentences (:func:`corroborate.engine.conflicts.disagree.detect`):
    "wounded 21 Israelis" in one AP article against "injuring 24" in one NYT article stands
    for every AP sentence giving 21 against every NYT one giving 24 that states the same.
    A label on another such pair is credited when a reported disagreement sets the label's
    two sources (its files' independent groups) against each other with two values, and
    each of the label's two sentences gives its value and states what the reported
    sentence of its side states: it is that sentence, or one the engine matched with it
    (:meth:`Analysis.corroboration`), so the reader of the report sees the label's conflict.
    "The blast in Nairobi killed more than 250" is not credited through "more than 250
    people killed in the embassy attacks": one blast's dead are another claim than both's.
    A reported disagreement through which a label is credited is that label's conflict,
    and counts as a true report; one on a pair labelled no conflict (``look_alikes``, their
    places in the report) credits no label."""
    group_of = {f: i for i, grp in enumerate(gold.get("independent", [])) for f in grp}
    by_text: dict[str, list[int]] = {}
    for sentence in analysis.sentences:
        by_text.setdefault(fold(sentence.text), []).append(sentence.id)
    credited: set[int] = set()
    crediting: set[int] = set()
    for i, conflict in enumerate(gold.get("conflicts", [])):
        if i in found:
            continue
        ga, gb = group_of.get(conflict["a"]["file"]), group_of.get(conflict["b"]["file"])
        if ga is None or gb is None or ga == gb:
            continue
        ids = {ga: side(conflict["a"]), gb: side(conflict["b"])}
        for k, item in enumerate(report.get("disagreements", [])):
            if k in look_alikes:
                continue
            values = [fold(v) for v in item.get("detail", "").split(" / ")]
            if len(values) != 2 or not all(values):
                continue
            groups = (
                group_of.get(_stem(item["a"]["file"])),
                group_of.get(_stem(item["b"]["file"])),
            )
            if set(groups) != {ga, gb}:
                continue
            reported = [by_text.get(fold(item[k]["text"]), []) for k in ("a", "b")]
            if all(
                _states(analysis, value, ids[group], shown)
                for value, group, shown in zip(values, groups, reported, strict=True)
            ):
                credited.add(i)
                crediting.add(k)
    return credited, crediting


def _states(analysis: Analysis, value: str, label: list[int], shown: list[int]) -> bool:
    """Does one of a label's sentences give the value as words of its own ("24", not
    "1924") and state what a reported sentence states: is it that sentence, or one the
    engine matched with it?"""
    pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
    backing = {b for r in shown for b in analysis.corroboration(r)[1]} | set(shown)
    return any(
        sid in backing and pattern.search(fold(analysis.sentences[sid].text)) for sid in label
    )


def score_conflict_story(corpus_dir: Path, gold: dict, verbose: bool = False) -> StoryScore:
    """A story labelled for its disagreements alone: conflicts, look-alikes and groups."""
    analysis, report, result = _analysed(corpus_dir, gold)
    _score_disagreements(analysis, report, gold, result, verbose)
    return result


def score_conflict_gold(
    corpus_dir: Path, stories: list[str] | None = None, verbose: bool = False
) -> list[StoryScore]:
    """Every story of ``gold_conflicts/`` whose folder is present."""
    scores = []
    for path in conflict_gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        if stories and gold["story"] not in stories:
            continue
        if story_folder(corpus_dir, gold).is_dir():
            scores.append(score_conflict_story(corpus_dir, gold, verbose))
    return scores


def _ratio(num: float, den: float) -> str:
    return f"{num / den:.2f}" if den else "n/a"


def summarise(scores: list[StoryScore]) -> dict[str, float | int | str]:
    """The figures the closing note reports, over a set of stories."""
    items = sum(s.single_items for s in scores)
    false = sum(s.single_false for s in scores)
    matched = sum(s.summary_matched for s in scores)
    reported = sum(s.disagreements for s in scores)
    true = sum(s.disagreements_true for s in scores)
    conflicts = sum(s.conflicts for s in scores)
    return {
        "stories": len(scores),
        "single_source_items": items,
        "single_source_precision": round(1 - false / items, 3) if items else 1.0,
        "single_source_furniture": sum(s.single_furniture for s in scores),
        "core_facts_flagged_single": sum(s.core_flagged for s in scores),
        "summary_items": sum(s.summary_items for s in scores),
        "summary_items_matched": matched,
        "support_mae": round(sum(s.support_abs_error for s in scores) / matched, 3)
        if matched
        else 0.0,
        "over_counts": sum(s.over_counts for s in scores),
        "unmatched_items_with_support": sum(s.unmatched_multi for s in scores),
        "contradictions_supported": sum(s.contradictions_supported for s in scores),
        "disagreements_reported": reported,
        "disagreement_precision": round(true / reported, 3) if reported else 1.0,
        "disagreement_recall": round(sum(s.conflicts_found for s in scores) / conflicts, 3)
        if conflicts
        else 1.0,
        "false_alarms_on_lookalikes": sum(s.disagreements_not_conflict for s in scores),
        "sources_exact": f"{sum(s.sources_exact for s in scores)}/{len(scores)}",
    }


def score_all(
    corpus_dir: Path, stories: list[str] | None = None, verbose: bool = False
) -> list[StoryScore]:
    scores = []
    for path in gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        if stories and gold["story"] not in stories:
            continue
        if gold["corpus"] != "sample" and not story_folder(corpus_dir, gold).is_dir():
            continue
        scores.append(score_story(corpus_dir, gold, verbose))
    return scores


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    corpus_dir = Path(argv[0])
    if not corpus_dir.is_dir():
        print(f"skipped: no corpus folder at {corpus_dir}")
        return 0
    scores = score_all(corpus_dir, argv[1:] or None, verbose)
    print(
        f"{'story':<10} {'split':<8} {'ss':>3} {'ssF':>3} {'core':>4} {'sum':>3} "
        f"{'mae':>5} {'over':>4} {'contra':>6} {'dis':>3} {'true':>4} {'conf':>4} "
        f"{'found':>5} {'src':>7}"
    )
    for s in scores:
        if s.split in SET_ASIDE_SPLITS:
            continue  # set aside: counted in the split's totals below, never shown per story
        mae = s.support_abs_error / s.summary_matched if s.summary_matched else 0.0
        print(
            f"{s.story:<10} {s.split:<8} {s.single_items:>3} {s.single_false:>3} "
            f"{s.core_flagged:>4} {s.summary_items:>3} {mae:>5.2f} {s.over_counts:>4} "
            f"{s.contradictions_supported:>6} {s.disagreements:>3} {s.disagreements_true:>4} "
            f"{s.conflicts:>4} {s.conflicts_found:>5} {s.sources_found:>3}/{s.sources_expected:<3}"
        )
        if verbose and s.split not in SET_ASIDE_SPLITS:
            for note in s.notes:
                print(f"    {note}")
    for split in SPLITS:
        part = [s for s in scores if s.split == split]
        if part:
            print(f"\n{split}: " + json.dumps(summarise(part), indent=1))
    conflict_scores = score_conflict_gold(corpus_dir, argv[1:] or None, verbose)
    if conflict_scores:
        print(f"\nstories labelled for disagreements alone ({CONFLICT_GOLD.name}/):")
        for s in conflict_scores:
            if s.split in SET_ASIDE_SPLITS or s.split in BLIND_SPLITS:
                continue
            print(
                f"{s.story:<10} {s.split:<8} reported {s.disagreements:>2}, true "
                f"{s.disagreements_true:>2}, labelled {s.conflicts:>2}, found {s.conflicts_found:>2}"
            )
            if verbose:
                for note in s.notes:
                    print(f"    {note}")
        for split in CONFLICT_SPLITS:
            part = [s for s in conflict_scores if s.split == split]
            if part:
                print(f"{split}: {disagreement_line(part)}")
    return 0


def disagreement_line(scores: list[StoryScore]) -> str:
    """Disagreement precision and recall over some stories, in one line."""
    figures = summarise(scores)
    # none reported: no precision to give (summarise's 1.0 would read as all of them right)
    precision = figures["disagreement_precision"] if figures["disagreements_reported"] else "n/a"
    return (
        f"{figures['stories']} stories, precision {precision} "
        f"({figures['disagreements_reported']} reported), recall "
        f"{sum(s.conflicts_found for s in scores)}/{sum(s.conflicts for s in scores)}, "
        f"false alarms on look-alikes {figures['false_alarms_on_lookalikes']}, "
        f"contradictions counted as support {figures['contradictions_supported']}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
