"""Everything the engine reports on every readable story, and what a change of code changes in it.

    uv run python tests/quality/outputs_changes.py dump CORPUS_DIR OUT.json
    uv run python tests/quality/outputs_changes.py diff BEFORE.json AFTER.json

``dump`` analyses every readable story folder (:func:`text_changes.story_folders`: the set-aside
stories are never read) and writes, per story: its title, its independent sources, the pages
left out as off-topic, the report's line naming the files left out, each article's outlet and title, the matched sentence pairs, the summary
(each row's text, support and outlets), the single-source list, the disagreements and the
names spelled two ways. ``diff`` lists every one of these that differs between two dumps, so
that a change meant to change nothing can be shown to, and every change it does make read.

The stories whose disagreements were labelled blind (:func:`disagreements_all.blind_stories`)
are dumped with their disagreements only as a count, and ``diff`` says of them only that the
count moved: those reports are never read. Their sources, matched pairs, summary and
single-source list are dumped as a digest too (a matched pair may be the near side of a
disagreement), and so are those of the ``fresh-web`` stories (gold split ``fresh-web``: set
aside for their counts, their text open to study); ``diff`` says only that one changed.
The script prints a note and exits 0 when the corpora are absent.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from disagreements_all import blind_stories  # noqa: E402
from text_changes import dump_or_diff, story_folders  # noqa: E402

#: what the engine counts on a story: hidden on the stories whose counts are set aside
COUNT_OUTPUTS = ("sources", "matches", "summary", "single_source")
_HIDDEN = "digest "


def fresh_web_stories() -> frozenset[str]:
    """The stories whose count labels are set aside as ``fresh-web`` or ``blind-web``."""
    found = set()
    for path in (HERE / "gold").glob("*.json"):
        gold = json.loads(path.read_text("utf-8"))
        if gold.get("split") in ("fresh-web", "blind-web"):
            found.add(gold["story"])
    return frozenset(found)


def _hidden(value: object) -> str:
    return _HIDDEN + hashlib.sha1(json.dumps(value).encode()).hexdigest()[:12]


def _story(folder: Path, blind: bool, counts_hidden: bool = False) -> dict:
    from corroborate.engine import analyze, left_out_line, summarize

    analysis = analyze(folder)
    summary = summarize(analysis)
    sentences, articles = analysis.sentences, analysis.articles

    def where(sid: int) -> str:
        return f"{articles[sentences[sid].article].file}#{sentences[sid].index}"

    def said(item) -> str:  # a disagreement or a spelling note
        return (f"{item.kind}: {item.a_value!r} ({where(item.a)}) / {item.b_value!r} "
                f"({where(item.b)})")  # fmt: skip

    left = left_out_line(analysis)
    found = {
        "title": analysis.title,
        "title_from": analysis.title_from,
        "sources": [[articles[a].file for a in g.articles] for g in analysis.groups],
        "off_topic": sorted(p.file for p in analysis.problems if p.kind == "off-topic"),
        "problems": sorted(f"{p.kind}: {p.file}" for p in analysis.problems),
        # the line under the report's counts saying which files of the folder they leave out
        "left_out": _hidden(left) if blind and left else left,
        "articles": {a.file: f"{a.outlet} ({a.outlet_from}) | {a.title}" for a in articles},
        "matches": sorted(f"{where(m.a)} ~ {where(m.b)} {m.kind}" for m in analysis.matches),
        "summary": [
            f"[{item.support}] {item.text} <- {', '.join(item.sources)}" for item in summary.items
        ],
        "single_source": [f"{item.outlet}: {item.text}" for item in summary.single_source],
        "disagreements": (
            len(analysis.disagreements) if blind else sorted(map(said, analysis.disagreements))
        ),
        "spellings": sorted(map(said, analysis.spellings)),
        "texts": {where(s.id): s.text for s in sentences},
    }
    if counts_hidden:
        found.update((key, _hidden(found[key])) for key in COUNT_OUTPUTS)
    return found


def dump(corpus_dir: Path, out: Path) -> int:
    blind, fresh = blind_stories(), fresh_web_stories()
    stories = {
        f.name: _story(f, f.name in blind, f.name in blind | fresh)
        for f in story_folders(corpus_dir)
    }
    out.write_text(json.dumps(stories, indent=1, ensure_ascii=False), "utf-8")
    print(f"outputs_changes: {len(stories)} stories written to {out}")
    return 0


def _show(old: dict, key: str, line: str) -> str:
    """A line, with the text of each sentence it names by place (matches) added."""
    if key != "matches":
        return line[:400]
    a, _, rest = line.partition(" ~ ")
    b = rest.split(" ")[0]
    texts = old["texts"]
    return f"{line}\n      {texts.get(a, '?')[:200]}\n      {texts.get(b, '?')[:200]}"


def diff(before_file: Path, after_file: Path) -> int:
    before = json.loads(before_file.read_text("utf-8"))
    after = json.loads(after_file.read_text("utf-8"))
    counts: dict[str, int] = {}
    for story in sorted(set(before) | set(after)):
        old, new = before.get(story), after.get(story)
        if old is None or new is None:
            print(f"[{story}] only in {'after' if old is None else 'before'}")
            continue
        for key in {**old, **new}:  # a key one dump lacks (an output added since) is None
            a, b = old.get(key), new.get(key)
            if key == "texts" or a == b or (None in (a, b) and not (a or b)):
                continue  # unchanged, or added since and empty
            counts[key] = counts.get(key, 0) + 1
            if isinstance(a, int):  # a blind story's disagreements: a count, never read
                print(f"[{story}] {key}: {a} -> {b} (blind: not shown)")
            elif any(isinstance(v, str) and v.startswith(_HIDDEN) for v in (a, b)):
                # a fresh web story's counts (in either dump: one may predate the digest)
                print(f"[{story}] {key}: changed (counts set aside: not shown)")
            elif isinstance(a, dict):
                for k in sorted(set(a) | set(b)):
                    if a.get(k) != b.get(k):
                        print(f"[{story}] {key} {k}: {a.get(k)!r} -> {b.get(k)!r}")
            elif isinstance(a, list) and key not in ("title", "title_from"):
                for line in a:
                    if line not in b:
                        print(f"[{story}] {key} - {_show(old, key, str(line))}")
                for line in b:
                    if line not in a:
                        print(f"[{story}] {key} + {_show(new, key, str(line))}")
            else:
                print(f"[{story}] {key}: {a!r} -> {b!r}")
    print("\nstories changed per output: " + (
        " | ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "none"))  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    return dump_or_diff(argv, __doc__, "outputs_changes", dump, diff)


if __name__ == "__main__":
    raise SystemExit(main())
