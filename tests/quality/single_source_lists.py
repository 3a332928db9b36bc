"""The single-source lists of the tuning stories, whole, against the labels: what each holds
and where the sentences the labels give one outlet alone went instead.

    uv run python tests/quality/single_source_lists.py CORPUS_DIR [STORY ...] [-v]

For each story labelled for its counts in the ``dev`` split (``tests/quality/gold/``), the
engine analyses its folder with default options and every sentence each outlet's list could
show (:func:`.consensus.single_source.single_source_candidates`, not only the few shown) is
read against the labelled claims: labelled as another source's too (a claim of support 2 or
more: a false promise if shown), as one outlet's (support 1), or unlabelled. Then each
sentence of a one-outlet claim, in a file of that claim, is followed to where it went: in the
whole list (shown or not), in the summary, or kept off the list, and by what: matched to
another source's sentence, a fact shared with one by the lenient reading
(:func:`.consensus.single_source.shared_fact_pairs`), another echo (a loose echo, a
contradiction, a credits box), too little of its own (distinctness), too short or not
standalone, or told again (a copy, a wording of one listed, a count the summary shows). A
copy's match or shared fact within its own source is no echo, and what one copy shares with
another source, every copy of its source shares (as the engine's echoes read it). The lenient
evidence is meant to keep another outlet's facts off the list; what it keeps off of one
outlet's own is the list's loss.

``-v`` prints each whole-list sentence labelled as another source's, and each one-outlet
sentence kept off by a match, a shared fact, an echo or its distinctness.

The stories whose counts are set aside (every split but ``dev``) are refused, named or not:
their lists are never printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from gold_score import _analysed, _matches, gold_files  # noqa: E402

#: where a one-outlet sentence went, in the order printed
FATES = (
    "shown",
    "listed, not shown",
    "in the summary",
    "matched",
    "shared fact",
    "other echo",
    "distinctness",
    "short or not standalone",
    "told again",
)


def tuning_golds(names: list[str]) -> list[dict]:
    """The labels of the stories asked (every ``dev`` story when none is named); a story
    set aside, or not labelled for its counts, stops the tool."""
    golds = {g["story"]: g for g in (json.loads(p.read_text("utf-8")) for p in gold_files())}
    for name in names:
        if name not in golds or golds[name]["split"] != "dev":
            raise SystemExit(f"{name}: not a tuning story labelled for counts (set aside?)")
    return [g for g in golds.values() if g["split"] == "dev" and (not names or g["story"] in names)]


def label_of(gold: dict, text: str) -> str:
    """``another`` (a claim two sources or more tell), ``one`` (one outlet's) or ``none``."""
    found = [c for c in gold["claims"] if _matches(c["patterns"], text)]
    if any(c["support"] >= 2 for c in found):
        return "another"
    return "one" if found else "none"


def story_lists(corpus_dir: Path, gold: dict) -> tuple[Counter[str], Counter[str], list[str]]:
    """The whole lists' labels, the one-outlet sentences' fates, and the lines ``-v`` prints."""
    from corroborate.engine import summarize
    from corroborate.engine.consensus.single_source import (
        MIN_DISTINCT,
        shared_fact_pairs,
        single_source_candidates,
    )
    from corroborate.engine.models import MIN_CLAIM_WORDS

    analysis, _, _ = _analysed(corpus_dir, gold)
    summary = summarize(analysis)
    rows = frozenset(item.sentence for item in summary.items)
    shown = {item.sentence for item in summary.single_source}
    lists = single_source_candidates(analysis, rows)
    listed = {sid for sids in lists.values() for sid in sids}
    sentences = analysis.sentences
    labels: Counter[str] = Counter()
    notes: list[str] = []
    for sid in sorted(listed):
        label = label_of(gold, sentences[sid].text)
        labels[label] += 1
        if label == "another":
            mark = "shown" if sid in shown else "listed"
            notes.append(f"  another's, {mark}: {sentences[sid].text[:100]}")
    group = analysis.sentence_group

    def told(pairs: list[tuple[int, int]]) -> set[tuple[int, str]]:
        """The texts, by source, that a pair links to another source's sentence: a copy's
        pair within its own source is no echo, and what one copy shares, every copy does."""
        return {
            (group[sid], sentences[sid].repeat_key)
            for a, b in pairs
            if group[a] != group[b]
            for sid in (a, b)
        }

    matched = told([(m.a, m.b) for m in analysis.matches])
    shared = told(shared_fact_pairs(sentences))
    fates: Counter[str] = Counter()
    for claim in gold["claims"]:
        if claim["support"] != 1:
            continue
        for sentence in sentences:
            file = analysis.articles[sentence.article].file.rsplit(".", 1)[0]
            if file not in claim["files"] or not _matches(claim["patterns"], sentence.text):
                continue
            sid = sentence.id
            text = (group[sid], sentence.repeat_key)
            if sid in listed:
                fate = "shown" if sid in shown else "listed, not shown"
            elif sid in rows:
                fate = "in the summary"
            elif not sentence.standalone or sentence.words < MIN_CLAIM_WORDS:
                fate = "short or not standalone"
            elif len(analysis.echoes[sid]) > 1 and text in matched:
                fate = "matched"
            elif len(analysis.echoes[sid]) > 1:
                fate = "shared fact" if text in shared else "other echo"
            elif analysis.distinct[sid] < MIN_DISTINCT:
                fate = "distinctness"
            else:
                fate = "told again"
            fates[fate] += 1
            if fate in ("matched", "shared fact", "other echo", "distinctness"):
                notes.append(f"  one outlet's ({claim['id']}), {fate}: {sentence.text[:90]}")
    return labels, fates, notes


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    if not argv:
        print(__doc__)
        return 2
    corpus_dir = Path(argv[0])
    golds = tuning_golds(argv[1:])
    if not corpus_dir.is_dir():
        print(f"skipped: no corpus folder at {corpus_dir}")
        return 0
    all_labels: Counter[str] = Counter()
    all_fates: Counter[str] = Counter()
    for gold in golds:
        labels, fates, notes = story_lists(corpus_dir, gold)
        all_labels += labels
        all_fates += fates
        print(
            f"{gold['story']:<10} whole lists {sum(labels.values()):>3}: another's "
            f"{labels['another']:>2}, one outlet's {labels['one']:>2}, unlabelled {labels['none']:>3}"
        )
        if verbose:
            print("\n".join(notes) if notes else "", end="\n" if notes else "")
    print(
        f"\n{len(golds)} stories, whole lists {sum(all_labels.values())}: another's "
        f"{all_labels['another']}, one outlet's {all_labels['one']}, unlabelled {all_labels['none']}"
    )
    total = sum(all_fates.values())
    print(f"one-outlet sentences labelled: {total}")
    for fate in FATES:
        print(f"  {fate:<24} {all_fates[fate]:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
