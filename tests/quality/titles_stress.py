"""How well the story's title holds when a dev story's folder changes: a measure of the title
chooser on text it was not tuned on, without reading a set-aside story.

    uv run python tests/quality/titles_stress.py CORPUS_DIR [--show] [STORY ...]

Two tests, each scored against the story's gold ``headlines`` patterns (``gold/`` dev and
``gold_text/`` labels; the set-aside stories are never read):

- ``subsets``: the title of part of each folder: every web story without each of its articles
  in turn, and each DUC 2003 cluster as six draws of four of its ten files (a fixed seed), and
  each folder whole;
- ``page forms``: each real headline of a dev web story re-set as another page would set it,
  the rest of the folder as it is: in capitals, with an invented site's name after it or
  before it, under a kicker or a section's name, over a byline or a time stamp, under a
  caption, after a wire's slug, or gone.

``--show`` prints each title that misses the patterns (the stories labelled blind for their
disagreements are counted, never shown). The figures are a developer's, not a gate: many of a
subset's misses are a side piece left alone with one other article.
"""

from __future__ import annotations

import random
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_check import fold, story_folder
from text_score import DUC_TEXT_GOLD_DIR, TEXT_GOLD_DIR, labelled_blind, load_gold, set_aside

#: Draws of a DUC 2003 cluster's files, and the files in each.
DUC_DRAWS, DUC_DRAWN = 6, 4
#: The page forms a real headline is re-set in: its line becomes these lines.
FORMS: dict[str, Callable[[str], list[str]]] = {
    "capitals": lambda h: [h.upper()],
    "site after |": lambda h: [f"{h} | The Kelby Courier"],
    "site after -": lambda h: [f"{h} - Harlow Herald"],
    "site before": lambda h: [f"Harlow Herald | {h}"],
    "kicker": lambda h: ["EXCLUSIVE", h],
    "section": lambda h: ["World News", h],
    "byline": lambda h: [h, "By Lee Park, Staff Writer"],
    "time stamp": lambda h: [h, "Monday, March 4, 2019 10:45 AM"],
    "caption": lambda h: ["Rescue workers at the scene on Friday. (Photo: Kelby Courier)", h],
    "wire slug": lambda h: [f"UPDATE 2-{h}"],
    "gone": lambda h: [],
}


def golds() -> dict[str, dict]:
    """The dev stories' labels with headline patterns, by story."""
    hidden = set_aside()
    found: dict[str, dict] = {}
    for gold_dir in (TEXT_GOLD_DIR.parent / "gold", TEXT_GOLD_DIR, DUC_TEXT_GOLD_DIR):
        for gold in load_gold(gold_dir):
            if (
                gold["story"] not in hidden
                and gold.get("split", "dev") not in ("heldout", "fresh")
                and gold.get("headlines")
                and gold.get("corpus") != "sample"
            ):
                found[gold["story"]] = gold
    return found


def _matches(gold: dict, title: str) -> bool:
    return any(re.search(p, fold(title)) for p in gold["headlines"])


def subsets(corpus: Path, gold: dict, rng: random.Random) -> list[tuple[tuple[str, ...], str]]:
    """Each subset's left-out files and the title of the rest."""
    from corroborate.engine import AnalysisOptions, analyze

    folder = story_folder(corpus, gold)
    files = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != "README.md")
    readme = ("README.md",) if (folder / "README.md").is_file() else ()
    if folder.parent.name == "duc2003":
        drawn = [set(rng.sample(files, DUC_DRAWN)) for _ in range(DUC_DRAWS)]
        left = [tuple(f for f in files if f not in kept) for kept in drawn]
    else:
        left = [(f,) for f in files]
    left.append(())
    return [(out, analyze(folder, AnalysisOptions(exclude=out + readme)).title) for out in left]


def page_forms(corpus: Path, gold: dict, scratch: Path) -> list[tuple[str, str, str]]:
    """Each real headline's form, its file and the folder's title with it."""
    from corroborate.engine import AnalysisOptions, analyze
    from corroborate.engine.text.titles import is_headline

    folder = story_folder(corpus, gold)
    if folder.parent.name == "duc2003":
        return []
    readme = ("README.md",) if (folder / "README.md").is_file() else ()
    analysis = analyze(folder, AnalysisOptions(exclude=readme))
    found = []
    for article in filter(is_headline, analysis.articles):
        lines = (folder / article.file).read_text("utf-8", errors="replace").split("\n")
        at = next((i for i, line in enumerate(lines) if line.strip() == article.title), None)
        if at is None:
            continue
        for form, reset in FORMS.items():
            copy = scratch / f"{folder.name}-{len(found)}"
            shutil.copytree(folder, copy)
            text = "\n".join(lines[:at] + reset(lines[at].strip()) + lines[at + 1 :])
            (copy / article.file).write_text(text, "utf-8")
            title = analyze(copy, AnalysisOptions(exclude=readme)).title
            found.append((form, article.file, title))
            shutil.rmtree(copy)
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__)
        return 2
    corpus, show = Path(args[0]), "--show" in args
    named = [a for a in args[1:] if not a.startswith("--")]
    blind = labelled_blind()
    rng = random.Random(33)
    kinds: dict[str, list[int]] = {}
    forms = {form: [0, 0] for form in FORMS}
    with tempfile.TemporaryDirectory() as tmp:
        for story, gold in golds().items():
            if named and story not in named:
                continue
            if not story_folder(corpus, gold).is_dir():
                continue
            kind = "duc" if story.startswith("d3") else "web"
            tally = kinds.setdefault(kind, [0, 0])
            for left, title in subsets(corpus, gold, rng):
                ok = _matches(gold, title)
                tally[0] += ok
                tally[1] += 1
                if show and not ok and story not in blind:
                    print(f"[{story}] without {' '.join(left) or 'none'}: {title[:140]}")
            for form, file, title in page_forms(corpus, gold, Path(tmp)):
                ok = _matches(gold, title)
                forms[form][0] += ok
                forms[form][1] += 1
                if show and not ok and story not in blind:
                    print(f"[{story}] {file} {form}: {title[:140]}")
    for kind, (ok, total) in kinds.items():
        print(f"subsets, {kind}: {ok}/{total}")
    print(
        "page forms: "
        + ", ".join(f"{form} {ok}/{total}" for form, (ok, total) in forms.items() if total)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
