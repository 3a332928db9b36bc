"""Score the text that reaches the report: page furniture, fragments, outlets, titles.

    uv run python tests/quality/text_score.py CORPUS_DIR [--json FILE] [--split dev]

``CORPUS_DIR`` holds ``multinews-dev``, ``duc2003`` and ``summit`` (the
evaluation corpora; the script prints a note and exits 0 without them). The
gold labels are ``tests/quality/gold/*.json`` (see ``gold/FORMAT.md``). For
each split of the gold (``dev``, ``heldout``) it reports, from the engine's
public API (``analyze``, ``summarize``, ``to_json``):

- furniture: report lines (title, summary and single-source sentences) that
  match one of the story's gold ``furniture`` patterns, per story;
- fragments: report sentences that are not whole sentences, by a mechanical
  check that needs no labels (a lower-case start; in the article, preceded by
  an abbreviation or an initial; ending in one; two sentences run together,
  ``said.New``);
- outlets: among articles whose outlet a reader can tell (gold ``outlets``),
  the share named right, named wrong, and left to the file name;
- titles: reports whose title matches one of the gold ``headlines``;
- quotable furniture: sentences of the story's articles that match a
  ``furniture`` pattern and that the engine would let the report quote (they
  stand alone, in an article not left out as off-topic), whether or not this
  report quotes them: the furniture a longer summary, or a story whose other
  sentences rank lower, could show.

The text-only labels in ``tests/quality/gold_text/`` (more dev stories,
labelled for headlines, furniture and outlets only) are scored the same way
as their own split line, ``dev-text``, and those of eight readable DUC 2003
clusters in ``gold_text/duc/`` as the line ``dev-duc`` (four more there are set aside
(``fresh``) since their counts were labelled, and scored in that split); the gold of
``gold/`` is scored as before and apart from them.

Two checks need no gold: a folder mixed from three DUC 2003 clusters must be
warned as holding several stories, and no multinews-dev story may be. The
fragment check also runs on every multinews-dev story without gold
(``unlabelled``). Details per story are printed only for splits other than
``heldout``: those stories are reported, never studied.

The module is importable: :func:`score_gold`, :func:`several_stories_check`
and :func:`fragments_in` serve the quality gate (``test_text_gate.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corroborate.engine.models import Analysis

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD_DIR = HERE / "gold"
#: Text-only labels (headlines, furniture, outlets) of further dev stories, scored as "dev-text".
TEXT_GOLD_DIR = HERE / "gold_text"
#: Stories labelled for their disagreements alone (``gold_score.py`` scores them).
CONFLICT_GOLD_DIR = HERE / "gold_conflicts"
TEXT_SPLIT = "dev-text"
#: Text-only labels of readable DUC 2003 clusters, scored as their own line, "dev-duc".
DUC_TEXT_GOLD_DIR = TEXT_GOLD_DIR / "duc"
DUC_TEXT_SPLIT = "dev-duc"
#: Three DUC 2003 clusters (three different events) mixed into one folder.
MIXED_CLUSTERS = ("d30020t", "d30005t", "d30010t")
#: Stories set aside when the gold was planned, kept aside even before their labels exist.
HELDOUT = frozenset({"mn000", "mn092", "mn111", "mn131", "mn158", "mn194", "mn198",
                     "d30051t", "d31038t"})  # fmt: skip

sys.path.insert(0, str(HERE))
from gold_check import fold, story_folder  # noqa: E402

# Abbreviations that do not end a sentence: titles, "No.", "St.", months before a day.
_TITLES = (
    "Mr|Mrs|Ms|Dr|Gov|Govs|Sen|Sens|Rep|Reps|Rev|Lt|Gen|Gens|Col|Capt|Sgt|Cpl|Maj|Adm|Cmdr"
    "|Prof|Pvt|Det|Atty|Supt|Insp|Msgr|Fr|St|Ste|Mt|Ft|No|Nos|Pres|vs"
)
_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
#: Initialisms that do end sentences ("…in the U.S. The …").
_PLACE_INITIALS = frozenset(
    {"U.S.", "U.K.", "U.N.", "D.C.", "E.U.", "L.A.", "N.Y.", "N.J.", "N.C.", "S.C.", "N.H."}
    | {"N.M.", "N.D.", "S.D.", "R.I."}
)
_ENDS_IN_TITLE = re.compile(rf"(?<![\w.])(?:{_TITLES})\.$")
_ENDS_IN_MONTH = re.compile(rf"(?<![\w.])(?:{_MONTHS})\.$")
_ENDS_IN_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.)+)$")
_RUN_TOGETHER = re.compile(r"[a-z]{2}[.!?][\"”’]?[A-Z][a-z]")
_LINE_LABEL = re.compile(r"^\s*[A-Z]\.\s*$")
_OPENING = re.compile(r"^[\"“‘'(\[\s]*")


def _ends_in_abbreviation(text: str, *, before_sentence: bool) -> bool:
    """Whether ``text`` ends in an abbreviation or initial that cannot end a sentence."""
    text = text.rstrip()
    if _ENDS_IN_TITLE.search(text):
        return True
    if before_sentence and _ENDS_IN_MONTH.search(text):
        return True  # "Jan. 24": the next "sentence" opens with the day
    initials = _ENDS_IN_INITIALS.search(text)
    return bool(initials) and initials.group(1) not in _PLACE_INITIALS


def fragment_reasons(sentence: str, article_text: str = "") -> list[str]:
    """Why a report sentence is a fragment (empty when it looks whole).

    ``article_text`` (spaces folded within each line) lets the check see what
    precedes the sentence on its line in the article.
    """
    reasons = []
    opening = _OPENING.sub("", sentence)
    if opening[:1].islower():
        reasons.append("lower-case start")
    if _ends_in_abbreviation(sentence.rstrip('"”’)'), before_sentence=False):
        reasons.append("ends in an abbreviation")
    if _RUN_TOGETHER.search(sentence) and not re.search(r"\w\.(?:com|org|net)\b", sentence):
        reasons.append("sentences run together")
    if article_text:
        at = article_text.find(" ".join(sentence.split()))
        before = article_text[:at].rsplit("\n", 1)[-1] if at > 0 else ""
        # a label opening the line ("Q." and "A." of an interview) is not an initial
        if (
            before.strip()
            and not _LINE_LABEL.match(before)
            and _ends_in_abbreviation(before, before_sentence=True)
        ):
            reasons.append("begins after an abbreviation")
    return reasons


@dataclass
class StoryScore:
    """What one story's report holds."""

    story: str
    split: str
    title: str = ""
    title_ok: bool | None = None
    furniture: list[str] = field(default_factory=list)
    fragments: list[str] = field(default_factory=list)
    #: per file with a readable outlet: "right", "wrong" or "file"
    outlets: dict[str, str] = field(default_factory=dict)
    outlet_names: dict[str, str] = field(default_factory=dict)
    several_stories: bool = False
    quotable_furniture: list[str] = field(default_factory=list)


@dataclass
class SplitScore:
    """Totals over the stories of one split."""

    split: str
    stories: int = 0
    furniture: int = 0
    fragments: int = 0
    readable_outlets: int = 0
    outlets_right: int = 0
    outlets_wrong: int = 0
    titles_ok: int = 0
    titles_checked: int = 0
    several_stories: int = 0
    quotable_furniture: int = 0

    @property
    def furniture_per_story(self) -> float:
        return self.furniture / max(1, self.stories)

    @property
    def outlet_right_share(self) -> float:
        return self.outlets_right / max(1, self.readable_outlets)

    @property
    def outlet_wrong_share(self) -> float:
        return self.outlets_wrong / max(1, self.readable_outlets)

    def add(self, story: StoryScore) -> None:
        self.stories += 1
        self.furniture += len(story.furniture)
        self.fragments += len(story.fragments)
        self.readable_outlets += len(story.outlets)
        self.outlets_right += sum(v == "right" for v in story.outlets.values())
        self.outlets_wrong += sum(v == "wrong" for v in story.outlets.values())
        if story.title_ok is not None:
            self.titles_checked += 1
            self.titles_ok += story.title_ok
        self.several_stories += story.several_stories
        self.quotable_furniture += len(story.quotable_furniture)


def _outlet_key(name: str) -> str:
    name = fold(name).replace("&", " and ")
    name = re.sub(r"[^\w ]+", " ", name)
    name = " ".join(name.split())
    return name.removeprefix("the ").removesuffix(" com").removesuffix(" news")


def outlet_right(found: str, accepted: Iterable[str]) -> bool:
    """A reader's names for the outlet, compared without case, punctuation, "The" or ".com"."""
    return _outlet_key(found) in {_outlet_key(name) for name in accepted}


@cache
def _analysis(folder: Path) -> Analysis:
    """The engine's analysis of a folder, through the public API."""
    from corroborate.engine import analyze

    return analyze(folder)


@cache
def _report(folder: Path) -> dict:
    """The engine's JSON report on a folder, through the public API."""
    from corroborate.engine import summarize, to_json

    return to_json(summarize(_analysis(folder)))


def quotable_furniture(folder: Path, patterns: Iterable[re.Pattern[str]]) -> list[str]:
    """The sentences matching a furniture pattern that the report may quote: standing alone,
    in an article not left out as off-topic."""
    patterns = list(patterns)
    analysis = _analysis(folder)
    left_out = {p.file for p in analysis.problems if p.kind == "off-topic"}
    return [
        f"{analysis.articles[s.article].file}: {s.text[:90]}"
        for s in analysis.sentences
        if s.standalone
        and analysis.articles[s.article].file not in left_out
        and any(p.search(fold(s.text)) for p in patterns)
    ]


def _article_texts(folder: Path) -> dict[str, str]:
    """Each article's text with the spaces inside a line folded, lines kept apart."""
    return {
        p.name: "\n".join(
            " ".join(line.split()) for line in p.read_text("utf-8", errors="replace").splitlines()
        )
        for p in folder.iterdir()
        if p.is_file()
    }


def report_sentences(report: dict) -> list[tuple[str, str]]:
    """(file, text) of every sentence the report quotes: summary, then single-source."""
    return [(item["file"], item["text"]) for item in report["summary"]] + [
        (item["file"], item["text"]) for item in report["single_source"]
    ]


def fragments_in(report: dict, folder: Path) -> list[str]:
    """The report's sentences that are fragments, each with its reasons."""
    texts = _article_texts(folder)
    found = []
    for file, text in report_sentences(report):
        reasons = fragment_reasons(text, texts.get(file, ""))
        if reasons:
            found.append(f"{text[:90]} [{', '.join(reasons)}]")
    return found


def several_stories_warned(report: dict) -> bool:
    return any(w.get("kind") == "several-stories" for w in report.get("warnings", ()))


def score_story(corpus_dir: Path, gold: dict) -> StoryScore:
    folder = story_folder(corpus_dir, gold)
    report = _report(folder)
    story = StoryScore(gold["story"], gold.get("split", "dev"), title=report["title"])
    folded_lines = [report["title"]] + [text for _, text in report_sentences(report)]
    furniture = [re.compile(p) for p in gold.get("furniture", ())]
    story.furniture = [
        line[:90] for line in folded_lines if any(p.search(fold(line)) for p in furniture)
    ]
    story.fragments = fragments_in(report, folder)
    story.quotable_furniture = quotable_furniture(folder, furniture)
    headlines = gold.get("headlines") or []
    if headlines:
        story.title_ok = any(re.search(p, fold(report["title"])) for p in headlines)
    documents = {Path(d["file"]).stem: d for d in report["documents"]}
    for file, accepted in gold.get("outlets", {}).items():
        if not accepted:
            continue
        document = documents.get(file)
        if document is None or document["outlet_from"] == "file":
            verdict = "file"
        else:
            verdict = "right" if outlet_right(document["outlet"], accepted) else "wrong"
        story.outlets[file] = verdict
        story.outlet_names[file] = document["outlet"] if document else "(left out)"
    story.several_stories = several_stories_warned(report)
    return story


def load_gold(gold_dir: Path = GOLD_DIR) -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def set_aside(golds: Iterable[dict] | None = None) -> frozenset[str]:
    """The stories never read: the gold's ``heldout`` and ``fresh`` splits, those of the
    stories labelled for their disagreements alone (``gold_conflicts/``), and the list kept
    before the gold existed (``golds``: the gold already loaded, else read here). The
    ``fresh-web`` stories are not among them: set aside for their counts alone, their text
    and disagreements stay open to study, as they were before their counts were labelled."""
    golds = load_gold() if golds is None else golds
    every = [*golds, *load_gold(CONFLICT_GOLD_DIR)]
    return HELDOUT | {g["story"] for g in every if g.get("split") in ("heldout", "fresh")}


def labelled_blind() -> frozenset[str]:
    """The stories whose disagreements were labelled blind: their text figures count in
    their split's totals, but no line of their report is printed (a summary row can be the
    near side of a disagreement)."""
    return frozenset(g["story"] for g in load_gold(CONFLICT_GOLD_DIR) if g.get("split") == "blind")


def score_gold(
    corpus_dir: Path, gold_dir: Path = GOLD_DIR, splits: Iterable[str] | None = None
) -> tuple[dict[str, SplitScore], list[StoryScore]]:
    """Totals per split and each story's score, for the gold stories of ``splits``."""
    wanted = set(splits) if splits is not None else None
    totals: dict[str, SplitScore] = {}
    stories = []
    for gold in load_gold(gold_dir):
        split = gold.get("split", "dev")
        if wanted is not None and split not in wanted:
            continue
        if not story_folder(corpus_dir, gold).is_dir():
            continue
        story = score_story(corpus_dir, gold)
        stories.append(story)
        totals.setdefault(split, SplitScore(split)).add(story)
    return totals, stories


def score_text_gold(
    corpus_dir: Path, gold_dir: Path = TEXT_GOLD_DIR, split: str = TEXT_SPLIT
) -> tuple[SplitScore, list[StoryScore]]:
    """The totals of a line of text-only labels (``dev-text`` by default; ``dev-duc`` from
    :data:`DUC_TEXT_GOLD_DIR`) and each story's score."""
    total = SplitScore(split)
    stories = []
    hidden = set_aside()
    for gold in load_gold(gold_dir):
        if gold["story"] in hidden or not story_folder(corpus_dir, gold).is_dir():
            continue  # a cluster set aside since its text was labelled is scored in its split
        story = score_story(corpus_dir, gold)
        story.split = split
        stories.append(story)
        total.add(story)
    return total, stories


def mixed_folder(corpus_dir: Path, target: Path) -> Path:
    """Copy the articles (not the references) of three DUC clusters into one folder."""
    target.mkdir(parents=True, exist_ok=True)
    for cluster in MIXED_CLUSTERS:
        for article in sorted((corpus_dir / "duc2003" / cluster).glob("*.txt")):
            shutil.copy(article, target / article.name)
    return target


@dataclass
class SeveralStories:
    """The several-stories warning on a mixed folder and on single stories."""

    mixed_warned: bool
    mixed_warning: str
    single_stories: int
    #: single stories warned, by name (heldout ones counted, not named)
    warned: list[str]
    heldout_warned: int


def several_stories_check(corpus_dir: Path, heldout: Iterable[str] = ()) -> SeveralStories:
    heldout = set(heldout)
    with tempfile.TemporaryDirectory() as tmp:
        report = _report(mixed_folder(corpus_dir, Path(tmp) / "mixed"))
    warnings = [w["reason"] for w in report["warnings"] if w.get("kind") == "several-stories"]
    warned, heldout_warned, count = [], 0, 0
    for folder in sorted((corpus_dir / "multinews-dev").glob("mn*")):
        count += 1
        if several_stories_warned(_report(folder)):
            if folder.name in heldout:
                heldout_warned += 1
            else:
                warned.append(folder.name)
    return SeveralStories(
        bool(warnings), warnings[0] if warnings else "", count, warned, heldout_warned
    )


def unlabelled_fragments(corpus_dir: Path, labelled: Iterable[str]) -> tuple[int, list[str]]:
    """Fragments in the reports of the multinews-dev stories that have no gold."""
    skip = set(labelled)
    stories, found = 0, []
    for folder in sorted((corpus_dir / "multinews-dev").glob("mn*")):
        if folder.name in skip:
            continue
        stories += 1
        found += [f"{folder.name}: {f}" for f in fragments_in(_report(folder), folder)]
    return stories, found


def _print_split(total: SplitScore) -> None:
    print(
        f"{total.split:>10}: {total.stories} stories | furniture {total.furniture} "
        f"({total.furniture_per_story:.2f}/story) | fragments {total.fragments} | outlets right "
        f"{total.outlets_right}/{total.readable_outlets} ({100 * total.outlet_right_share:.0f}%), "
        f"wrong {total.outlets_wrong} ({100 * total.outlet_wrong_share:.0f}%) | titles "
        f"{total.titles_ok}/{total.titles_checked} | several-stories warned {total.several_stories}"
        f" | quotable furniture {total.quotable_furniture}"
    )


def _print_story(story: StoryScore) -> None:
    print(f"\n[{story.story}] title {'ok' if story.title_ok else 'NOT a headline'}: {story.title}")
    for line in story.furniture:
        print(f"  furniture: {line}")
    for line in story.fragments:
        print(f"  fragment: {line}")
    for line in story.quotable_furniture:
        print(f"  quotable furniture: {line}")
    for file, verdict in sorted(story.outlets.items()):
        if verdict != "right":
            print(f"  outlet {file}: {verdict} ({story.outlet_names[file]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--split", action="append", help="score only this split (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold label files")
    parser.add_argument("--no-text", action="store_true",
                        help="skip the text-only labels of gold_text (dev-text, dev-duc)")  # fmt: skip
    parser.add_argument("--no-unlabelled", action="store_true",
                        help="skip the checks on the 70 multinews-dev stories")  # fmt: skip
    args = parser.parse_args(argv)
    if not (args.corpus_dir / "multinews-dev").is_dir():
        print(f"text_score: no corpora under {args.corpus_dir}; nothing scored")
        return 0
    golds = load_gold(args.gold)
    if not golds:
        print(f"text_score: no gold labels in {GOLD_DIR}; only the unlabelled checks run")
    totals, stories = score_gold(args.corpus_dir, args.gold, splits=args.split)
    for split, gold_dir in ((TEXT_SPLIT, TEXT_GOLD_DIR), (DUC_TEXT_SPLIT, DUC_TEXT_GOLD_DIR)):
        if not args.no_text and (args.split is None or split in args.split):
            text_total, text_stories = score_text_gold(args.corpus_dir, gold_dir, split)
            if text_total.stories:
                totals[split] = text_total
                stories += text_stories
    blind = labelled_blind()
    for story in stories:
        if story.split not in ("heldout", "fresh") and story.story not in blind:
            _print_story(story)
    if any(story.story in blind for story in stories):
        print(f"(reports of the {len(blind)} stories labelled blind for disagreements not shown)")
    print()
    for total in totals.values():
        _print_split(total)
    out: dict = {"splits": {k: {**asdict(v), "furniture_per_story": v.furniture_per_story,
                                "outlet_right_share": v.outlet_right_share,
                                "outlet_wrong_share": v.outlet_wrong_share}
                            for k, v in totals.items()}}  # fmt: skip
    if not args.no_unlabelled:
        heldout = set_aside(golds)
        labelled = heldout | {g["story"] for g in golds}
        count, fragments = unlabelled_fragments(args.corpus_dir, labelled)
        several = several_stories_check(args.corpus_dir, heldout)
        print(f"unlabelled: {count} multinews-dev stories | fragments {len(fragments)}")
        for line in fragments:
            print(f"  fragment: {line}")
        print(
            f"several stories: mixed DUC folder warned {several.mixed_warned} "
            f"({several.mixed_warning[:120]}); single stories warned "
            f"{len(several.warned) + several.heldout_warned} of {several.single_stories} "
            f"{several.warned}"
        )
        out["unlabelled"] = {"stories": count, "fragments": len(fragments)}
        out["several_stories"] = asdict(several)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
