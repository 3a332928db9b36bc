"""Independent sources under the variations a real folder shows, on the tuning stories.

    uv run python tests/quality/groups_stress.py CORPUS_DIR [--stories N] [-v]

Each labelled tuning story (``split`` "dev" in ``tests/quality/gold``; set-aside stories
are never read) is re-set in a temporary folder with one variation, and the number of
independent sources the engine reports (``Analysis.independent_sources``, the figure
``gold_score.py`` compares) is checked against the label's, changed as the variation
says. The variations, by class:

* ``copy-trim-first`` / ``copy-trim-last``: a copy of one article with its first
  paragraph, or its last two, cut (one source with the article);
* ``copy-furniture``: a copy under another headline with a site's furniture added
  (navigation, share links, related stories, a copyright line);
* ``copy-reordered`` / ``copy-edited``: a copy with two paragraphs swapped, or one
  sentence's words changed;
* ``html-beside-text``: the article saved as an HTML page beside its text;
* ``outlet-update``: the article and an update of it by the same outlet (a new lead
  added, its last paragraph cut), the outlet named in two forms;
* ``outlet-two-articles``: two articles of two independent groups signed by one outlet,
  named in two forms (one source fewer);
* ``forty-copies``: forty identical copies of the story's shortest article and one
  article of each other source (up to three): one source more than those others.

Only the engine's public API is used. Without the corpora the tool says so and exits 0.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gold_check import article_files, story_folder

GOLD = Path(__file__).resolve().parent / "gold"

#: One outlet written in two forms, as real pages name it.
OUTLET_FORMS = (
    ("Reuters", "Reuters Health"),
    ("The Guardian", "guardian.co.uk"),
    ("AP", "Associated Press"),
    ("Harlow Herald", "HarlowHerald.com"),
)

FURNITURE_TOP = ("Home | News | Politics | Business | Opinion", "Sign in", "Subscribe")
FURNITURE_BOTTOM = (
    "Share this article",
    "Facebook Twitter Email",
    "Related stories",
    "More from the region this week",
    "© 2026 Tessel Daily Courier. All rights reserved.",
)


@dataclass(frozen=True)
class Variation:
    """One re-set folder: its class, the story, its files' texts and the sources expected."""

    kind: str
    story: str
    files: dict[str, str]
    expected: int
    note: str = ""
    #: files signed with an outlet, and the form each is signed with
    signed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Story:
    """A labelled tuning story's article texts and independent groups (file names)."""

    name: str
    texts: dict[str, str]
    groups: tuple[frozenset[str], ...]


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs (blocks between blank lines), stripped."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def joined(paras: list[str]) -> str:
    return "\n\n".join(paras) + "\n"


def edited(para: str) -> str:
    """A paragraph with one sentence retouched: its first word of five letters or more
    replaced and a clause added at its end."""
    words = para.split(" ")
    for i, word in enumerate(words):
        if len(word) >= 5 and word.isalpha() and word.islower():
            words[i] = "reportedly"
            break
    text = " ".join(words)
    return text.rstrip(".") + ", according to people familiar with the matter."


def as_html(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>\n"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\n"
        f"<article><h1>{html.escape(title)}</h1>\n{body}</article>\n"
        "<footer>© 2026 Tessel Daily Courier</footer></body></html>\n"
    )


def load_stories(corpus_dir: Path) -> list[Story]:
    stories = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") != "dev" or gold.get("corpus") in ("sample", "summit"):
            continue
        folder = story_folder(corpus_dir, gold)
        if not folder.is_dir():
            continue
        files = article_files(folder)
        off = set(gold.get("off_topic", []))
        groups = tuple(
            frozenset(f for f in grp if f not in off and f in files) for grp in gold["independent"]
        )
        groups = tuple(g for g in groups if g)
        names = {f for g in groups for f in g}
        texts = {
            f"{name}.txt": files[name].read_text(encoding="utf-8", errors="replace")
            for name in sorted(names)
        }
        groups = tuple(frozenset(f"{n}.txt" for n in g) for g in groups)
        stories.append(Story(gold["story"], texts, groups))
    return stories


def named_elsewhere(story: Story, outlet: str, *signed: str) -> bool:
    """Whether an article not ``signed`` names ``outlet`` (its first word, or "AP" as a
    word): signing pages with it would join them to that article's outlet."""
    word = "Associated Press" if outlet == "AP" else outlet.split()[-1]
    pattern = re.compile(
        rf"\b{re.escape(word)}\b|\(AP\)|\bAP\b" if outlet == "AP" else rf"\b{re.escape(word)}", re.I
    )
    return any(pattern.search(t) for n, t in story.texts.items() if n not in signed)


def variations(story: Story) -> list[Variation]:
    singles = [next(iter(g)) for g in story.groups if len(g) == 1]
    base = len(story.groups)
    out: list[Variation] = []
    # The longest article (of a single-file source when there is one): the article copied.
    name = max(singles or story.texts, key=lambda n: len(paragraphs(story.texts[n])))
    paras = paragraphs(story.texts[name])
    if len(paras) < 5:
        return out

    def copy(kind: str, text: str, fname: str = "copy.txt") -> None:
        out.append(Variation(kind, story.name, {**story.texts, fname: text}, base, name))

    copy("copy-trim-first", joined(paras[1:]))
    copy("copy-trim-last", joined(paras[:-2]))
    copy(
        "copy-furniture",
        joined(
            [
                "What we know so far: the latest on the story",
                *FURNITURE_TOP,
                *paras[1:],
                *FURNITURE_BOTTOM,
            ]
        ),
    )
    middle = len(paras) // 2
    swapped = list(paras)
    swapped[middle], swapped[middle + 1] = swapped[middle + 1], swapped[middle]
    copy("copy-reordered", joined(swapped))
    retouched = list(paras)
    retouched[middle] = edited(retouched[middle])
    copy("copy-edited", joined(retouched))
    copy("html-beside-text", as_html(paras[0], paras[1:]), "copy.html")

    for first, second in OUTLET_FORMS if name in singles else ():
        if named_elsewhere(story, first, name):
            continue
        early = joined([f"The story so far | {first}", *paras, f"© 2026 {first}"])
        update = joined(
            [
                f"New details emerge in the story - {second}",
                "Officials gave new details later in the day, adding to earlier accounts.",
                *paras[:-1],
                f"Copyright 2026 {second}",
            ]
        )
        files = {**story.texts, name: early, "update.txt": update}
        out.append(
            Variation(
                "outlet-update",
                story.name,
                files,
                base,
                f"{first}/{second}",
                ((name, first), ("update.txt", second)),
            )
        )

    others = [n for n in singles if n != name]
    for first, second in OUTLET_FORMS if others else ():
        other = others[0]
        if named_elsewhere(story, first, name, other):
            continue
        files = {
            **story.texts,
            name: joined([f"The story so far | {first}", *paras, f"© 2026 {first}"]),
            other: joined(
                [f"What happens next - {second}", story.texts[other], f"Copyright {second}"]
            ),
        }
        out.append(
            Variation(
                "outlet-two-articles",
                story.name,
                files,
                base - 1,
                f"{first}/{second}",
                ((name, first), (other, second)),
            )
        )

    if len(story.groups) >= 2:
        # Forty copies of the shortest article and one article of each other source.
        short = min(story.texts, key=lambda n: len(story.texts[n]))
        others = [min(g) for g in story.groups if short not in g][:3]
        files = {f"site{i:02}.txt": story.texts[short] for i in range(40)}
        files.update({n: story.texts[n] for n in others})
        out.append(Variation("forty-copies", story.name, files, len(others) + 1, short))
    return out


def found_sources(files: dict[str, str]) -> tuple[int, dict[str, str]]:
    """The independent sources the engine counts in a folder of ``files``, and the outlet
    it reads for each file."""
    from corroborate.engine import analyze

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fname, text in files.items():
            (folder / fname).write_text(text, encoding="utf-8")
        analysis = analyze(folder)
        return analysis.independent_sources, {a.file: a.outlet for a in analysis.articles}


def same_outlet(read: str | None, form: str) -> bool:
    """Whether the outlet the engine read for a page is the one it was signed with, in any
    of the outlet's forms."""
    from corroborate.engine.text.outlets import same_outlet_key

    return read is not None and same_outlet_key(read) == same_outlet_key(form)


def run(
    corpus_dir: Path,
    limit: int | None = None,
    verbose: bool = False,
    count: Callable[[dict[str, str]], tuple[int, dict[str, str]]] = found_sources,
    kinds: frozenset[str] = frozenset(),
) -> dict[str, tuple[int, int]]:
    """Every variation's result: for each class, (broken, tried)."""
    tried: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    unsigned: Counter[str] = Counter()
    stories = load_stories(corpus_dir)[:limit]
    for story in stories:
        base, _ = count(story.texts)
        if base != len(story.groups):
            print(f"{story.name}: base {base} != labelled {len(story.groups)}, skipped")
            continue
        for v in variations(story):
            if kinds and v.kind not in kinds:
                continue
            got, outlets = count(v.files)
            unread = [f for f, form in v.signed if not same_outlet(outlets.get(f), form)]
            if unread:
                # The page's own text names another outlet more plainly than the lines
                # added to sign it: not a page of the outlet, so not a test of grouping.
                unsigned[v.kind] += 1
                if verbose:
                    print(f"unsigned {v.kind:18} {v.story:8} {v.note}: {unread}")
                continue
            tried[v.kind] += 1
            if got != v.expected:
                broken[v.kind] += 1
                print(
                    f"BROKEN {v.kind:20} {v.story:8} {v.note:28} found {got} expected {v.expected}"
                )
            elif verbose:
                print(f"ok     {v.kind:20} {v.story:8} {v.note}")
            sys.stdout.flush()
    for kind, n in sorted(unsigned.items()):
        print(f"{kind}: {n} variations left out, a signed page read as another outlet")
    return {kind: (broken[kind], tried[kind]) for kind in tried}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--stories", type=int, default=None, help="only the first N stories")
    parser.add_argument("--kind", action="append", default=[], help="only this class")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not (args.corpus_dir / "multinews-dev").is_dir():
        print(f"no corpora under {args.corpus_dir}: nothing to stress")
        return 0
    results = run(args.corpus_dir, args.stories, args.verbose, kinds=frozenset(args.kind))
    total_b = sum(b for b, _ in results.values())
    total_t = sum(t for _, t in results.values())
    for kind, (b, t) in sorted(results.items()):
        print(f"{kind:22} broken {b}/{t}")
    print(f"{'all':22} broken {total_b}/{total_t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
