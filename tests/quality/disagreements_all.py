"""Every disagreement the engine reports over every readable story, to read by hand.

    uv run python tests/quality/disagreements_all.py CORPUS_DIR [STORY ...] [--json OUT.json]
    uv run python tests/quality/disagreements_all.py --diff BEFORE.json AFTER.json

Lists, for each story folder of ``CORPUS_DIR`` that may be read (``multinews-dev``,
``duc2003`` and ``summit``, the set-aside stories left out as in
:func:`text_changes.story_folders`; the corpus's folder of reference summaries is no story),
each reported disagreement: its kind, the two values, and the two sentences with their files;
then the names spelled two ways (kind ``spelling``), which the report lists apart.
The stories whose disagreements were labelled blind (:data:`gold_score.BLIND_SPLITS`) are
analysed but only counted (their disagreements, never their spellings): their reports are
the check of those labels, never read.
The gold labels cover only some stories; a class of disagreements is kept only when every
new report it makes over all of these is read and judged true. ``--json`` also writes the
reports, and ``--diff`` lists what two such files differ by: the reports only one of them
makes. The script prints a note and exits 0 when the corpora are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gold_score import BLIND_SPLITS, conflict_gold_files  # noqa: E402
from text_changes import story_folders  # noqa: E402

#: Characters of each sentence printed.
SHOWN = 300


def blind_stories() -> frozenset[str]:
    """The stories whose disagreement labels were written blind: never shown here."""
    golds = (json.loads(p.read_text("utf-8")) for p in conflict_gold_files())
    return frozenset(g["story"] for g in golds if g.get("split") in BLIND_SPLITS)


def reports(corpus_dir: Path, only: set[str]) -> list[dict[str, str]]:
    """Each reported disagreement of the readable stories; one ``{"story", "kind":
    "blind"}`` item stands for each report on a blind story, told apart by nothing else."""
    from corroborate.engine import analyze

    found = []
    blind = blind_stories()
    for folder in story_folders(corpus_dir):
        if only and folder.name not in only:
            continue
        analysis = analyze(folder)
        if folder.name in blind:
            found += [{"story": "blind", "kind": "blind"} for _ in analysis.disagreements]
            continue
        # the names spelled two ways too, under their kind ("spelling"): reported apart
        for d in (*analysis.disagreements, *analysis.spellings):
            a, b = analysis.sentences[d.a], analysis.sentences[d.b]
            found.append(
                {
                    "story": folder.name,
                    "kind": d.kind,
                    "values": f"{d.a_value} / {d.b_value}",
                    "a_file": analysis.articles[a.article].file,
                    "a": a.text,
                    "b_file": analysis.articles[b.article].file,
                    "b": b.text,
                }
            )
    return found


def _show(item: dict[str, str], mark: str = "==") -> None:
    print(f"{mark} {item['story']} [{item['kind']}] {item['values']}")
    print(f"   A {item['a_file']}: {item['a'][:SHOWN]}")
    print(f"   B {item['b_file']}: {item['b'][:SHOWN]}")


def _key(item: dict[str, str]) -> tuple[str, ...]:
    return item["story"], item["kind"], item["values"], item["a_file"], item["b_file"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("stories", nargs="*")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--diff", nargs=2, type=Path)
    args = parser.parse_args(argv)
    if args.diff:
        before, after = (json.loads(p.read_text("utf-8")) for p in args.diff)
        old, new = {_key(i): i for i in before}, {_key(i): i for i in after}
        for key in sorted(old.keys() - new.keys()):
            _show(old[key], "-")
        for key in sorted(new.keys() - old.keys()):
            _show(new[key], "+")
        print(f"{len(before)} before, {len(after)} after")
        return 0
    if args.corpus is None or not (args.corpus / "multinews-dev").is_dir():
        print("disagreements_all: no corpora here; nothing listed")
        return 0
    found = reports(args.corpus, set(args.stories))
    shown = [item for item in found if item["kind"] != "blind"]
    for item in shown:
        _show(item)
    spelled = sum(item["kind"] == "spelling" for item in shown)
    print(
        f"{len(shown) - spelled} reported, and {len(found) - len(shown)} on the stories "
        f"labelled blind; {spelled} names spelled two ways"
    )
    if args.json:
        args.json.write_text(json.dumps(shown, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
