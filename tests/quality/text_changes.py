"""What the text layer makes of every readable story, and what a change of code changes in it.

    uv run python tests/quality/text_changes.py dump CORPUS_DIR OUT.json
    uv run python tests/quality/text_changes.py diff BEFORE.json AFTER.json

``dump`` analyses every story folder of ``CORPUS_DIR`` (``multinews-dev``, ``duc2003`` and
``summit``) except those set aside (never read: their names are the gold's ``heldout`` and ``fresh``
splits and :data:`text_score.HELDOUT`), and writes, per article, its outlet and where it came
from, its title and where it came from, its story lines and the lines taken out as not story;
per story, the report's title. ``diff`` lists every line whose status differs between two
dumps (kept → taken out, taken out → kept), every outlet and every title that changed, and
counts them: each change is to be read before a recogniser is kept (a real sentence taken
for furniture, or an outlet named wrong, is worse than a miss).

Run ``dump`` once on the code before a change and once after (a base copy can be made with
``git archive main desktop resources | tar -x -C DIR`` and run with ``PYTHONPATH=DIR/desktop``).
The script prints a note and exits 0 when the corpora are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from text_score import set_aside  # noqa: E402


def story_folders(corpus_dir: Path) -> list[Path]:
    """Every readable story folder, set-aside ones left out."""
    aside = set_aside()
    folders = [
        *sorted((corpus_dir / "multinews-dev").glob("mn*")),
        *sorted((corpus_dir / "duc2003").glob("d3*")),
        corpus_dir / "summit",
    ]
    return [f for f in folders if f.is_dir() and f.name not in aside]


def dump(corpus_dir: Path, out: Path) -> int:
    from corroborate.engine import analyze

    stories = {}
    for folder in story_folders(corpus_dir):
        analysis = analyze(folder)
        stories[folder.name] = {
            "title": analysis.title,
            "articles": {
                a.file: {
                    "outlet": a.outlet,
                    "outlet_from": a.outlet_from,
                    "title": a.title,
                    "title_from": a.title_from,
                    "kept": list(a.paragraphs),
                    "removed": list(a.removed),
                }
                for a in analysis.articles
            },
        }
    out.write_text(json.dumps(stories, indent=1, ensure_ascii=False), "utf-8")
    print(f"text_changes: {len(stories)} stories written to {out}")
    return 0


def _lines(article: dict, key: str) -> set[str]:
    return {" ".join(line.split()) for line in article[key]}


def diff(before_file: Path, after_file: Path) -> int:
    before = json.loads(before_file.read_text("utf-8"))
    after = json.loads(after_file.read_text("utf-8"))
    counts = {"kept -> removed": 0, "removed -> kept": 0, "outlet": 0, "article title": 0,
              "story title": 0}  # fmt: skip
    for story in sorted(set(before) & set(after)):
        old, new = before[story], after[story]
        if old["title"] != new["title"]:
            counts["story title"] += 1
            print(f"[{story}] story title: {old['title']!r}\n{'':>10}-> {new['title']!r}")
        for file in sorted(set(old["articles"]) & set(new["articles"])):
            a, b = old["articles"][file], new["articles"][file]
            where = f"[{story}/{file}]"
            if (a["outlet"], a["outlet_from"]) != (b["outlet"], b["outlet_from"]):
                counts["outlet"] += 1
                print(f"{where} outlet: {a['outlet']} ({a['outlet_from']})"
                      f" -> {b['outlet']} ({b['outlet_from']})")  # fmt: skip
            if (a["title"], a["title_from"]) != (b["title"], b["title_from"]):
                counts["article title"] += 1
                print(f"{where} title: {a['title']!r} -> {b['title']!r}")
            kept_a, kept_b = _lines(a, "kept"), _lines(b, "kept")
            # a line cut in part (a dateline or a credit taken off) shows as both
            for line in sorted(kept_a - kept_b):
                counts["kept -> removed"] += 1
                print(f"{where} REMOVED: {line[:300]}")
            for line in sorted(kept_b - kept_a):
                counts["removed -> kept"] += 1
                print(f"{where} KEPT: {line[:300]}")
    print("\n" + " | ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


def dump_or_diff(
    argv: list[str] | None,
    doc: str,
    name: str,
    dump: Callable[[Path, Path], int],
    diff: Callable[[Path, Path], int],
) -> int:
    """The command line of a script that dumps what the engine makes of every readable
    story (``dump CORPUS_DIR OUT.json``) and lists what two dumps differ by (``diff BEFORE
    AFTER``); a note and 0 when the corpora are absent."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("corpus_dir", type=Path)
    d.add_argument("out", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "diff":
        return diff(args.before, args.after)
    if not (args.corpus_dir / "multinews-dev").is_dir():
        print(f"{name}: no corpora under {args.corpus_dir}; nothing written")
        return 0
    return dump(args.corpus_dir, args.out)


def main(argv: list[str] | None = None) -> int:
    return dump_or_diff(argv, __doc__, "text_changes", dump, diff)


if __name__ == "__main__":
    sys.exit(main())
