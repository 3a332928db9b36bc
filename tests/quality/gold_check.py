"""Check a gold label file against the story's articles, without the engine.

    uv run python tests/quality/gold_check.py CORPUS_DIR tests/quality/gold/mn040.json

For every claim, the files in which a sentence matches one of its patterns;
claims whose matching files differ from their ``files`` are flagged, as are
conflict, furniture and headline patterns that match nothing. Sentences are
split with a plain regular expression so that labelling never sees what the
engine makes of the story.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def fold(text: str) -> str:
    """The form gold patterns are written against."""
    text = text.lower()
    text = re.sub(r"[‘’‚‛′]", "'", text)
    text = re.sub(r"[“”„‟″]", '"', text)
    text = re.sub(r"[–—―‒−]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def story_folder(corpus_dir: Path, gold: dict) -> Path:
    """Where a labelled story's articles are."""
    corpus = gold["corpus"]
    if corpus == "sample":
        return ROOT / "resources" / "sample-story"
    if corpus == "summit":
        return corpus_dir / "summit"
    return corpus_dir / corpus / gold["story"]


def article_files(folder: Path) -> dict[str, Path]:
    """The story's article files by label name (the file name without its extension)."""
    return {
        p.stem: p
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix in {".txt", ".md", ".html"} and p.name != "README.md"
    }


_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n")


def plain_sentences(text: str) -> list[str]:
    """Lines and rough sentences of an article, folded."""
    return [fold(s) for s in _SPLIT.split(text) if s and s.strip()]


def check(corpus_dir: Path, gold_file: Path) -> int:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    folder = story_folder(corpus_dir, gold)
    files = article_files(folder)
    sentences = {
        name: plain_sentences(path.read_text(encoding="utf-8", errors="replace"))
        for name, path in files.items()
    }
    problems = 0

    def where(patterns: list[str]) -> set[str]:
        found = set()
        for name, sents in sentences.items():
            if any(re.search(p, s) for p in patterns for s in sents):
                found.add(name)
        return found

    grouped = [f for group in gold["independent"] for f in group]
    if sorted(grouped) != sorted(files):
        print(f"! independent groups {sorted(grouped)} != files {sorted(files)}")
        problems += 1
    group_of = {f: i for i, group in enumerate(gold["independent"]) for f in group}
    for name in gold.get("outlets", {}):
        if name not in files:
            print(f"! outlets names an unknown file {name}")
            problems += 1
    ids = set()
    for claim in gold.get("claims", []):
        if claim["id"] in ids:
            print(f"! duplicate claim id {claim['id']}")
            problems += 1
        ids.add(claim["id"])
        found = where(claim["patterns"])
        listed = set(claim["files"])
        support = len({group_of.get(f, f) for f in listed})
        flag = " " if found == listed and support == claim["support"] else "!"
        if flag == "!":
            problems += 1
        print(
            f"{flag} {claim['id']:<28} support {claim['support']} (groups {support})"
            f"  listed {sorted(listed)}  matched {sorted(found)}"
        )
    for kind in ("conflicts", "not_conflicts"):
        for pair in gold.get(kind, []):
            for side in ("a", "b"):
                spec = pair[side]
                hit = any(re.search(spec["pattern"], s) for s in sentences.get(spec["file"], []))
                if not hit:
                    print(
                        f"! {kind} {pair.get('id', pair.get('what'))} side {side} matches nothing"
                    )
                    problems += 1
    for pattern in gold.get("furniture", []):
        if not where([pattern]):
            print(f"! furniture pattern {pattern!r} matches no line")
            problems += 1
    # Overlap: one sentence matching two claims is allowed only when it states both.
    for name, sents in sentences.items():
        for s in sents:
            hits = [
                c["id"]
                for c in gold.get("claims", [])
                if any(re.search(p, s) for p in c["patterns"])
            ]
            if len(hits) > 1:
                print(f"  note: {name}: one sentence matches {hits}: {s[:90]}")
    print(f"{problems} problem(s) in {gold_file.name}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    corpus_dir = Path(argv[0])
    return 1 if sum(check(corpus_dir, Path(f)) for f in argv[1:]) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
