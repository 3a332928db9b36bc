"""Why two sentences of a story were matched, or not: what the matcher saw.

    uv run python tests/quality/why_pair.py FOLDER "words of one" "words of other"
    uv run python tests/quality/why_pair.py CORPUS_DIR --claim STORY:CLAIM_ID [-v]

The first form finds each sentence by a substring of its text (case folded; the
first sentence holding it), runs the engine on the folder and prints, for the
pair: the cosine and containment the judges use, the shared words with their
weights (``*`` marks a rare one, ``+`` one of the story's telling words, rare
in a pair that shares a figure), the screening verdict, each judge's verdict
(``_judge``'s kind, a clause found in the other, one figure for one thing, a
specific figure in common whatever words stand beside it, the journal a study
appeared in, one moment both give by the clock, the same fact in two
forms of a word), the vetoes (figures, dates or clock times
apart; different people; names alone; who says it), whether the sentences beside
the two (before, after) were matched, whether the aligner matched the pair and
whether the match outlived the disagreement check.

The third form lists every summary sentence of a tuning story shown with less
support than its label gives, with the labelled claim's sentences in the other
sources and the first reason each was not matched (or that it was matched on a fact
the summary sentence holds beside facts of its own, backing the other sentence only):

    uv run python tests/quality/why_pair.py CORPUS_DIR --undercounts STORY

The second form reads a labelled claim (``tests/quality/gold/STORY.json``) and
prints one line for each pair of its sentences (sentences of its ``files``
matching its patterns) from different independent groups: matched or not, and
the first reason found; ``-v`` prints the full view of every unmatched pair.

Set-aside stories (:func:`text_score.set_aside`) are refused in every form, named or
by their folder's name.

A developer's tool: it reads the matcher's private helpers, so it follows them.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gold_check import fold, story_folder
from text_score import set_aside

GOLD = Path(__file__).parent / "gold"


def _refuse_set_aside(story: str) -> None:
    """Stop before a set-aside story (by its name or its folder's) is read."""
    if story in set_aside():
        raise SystemExit(f"{story} is set aside: its output is not to be read")


class _Seen:
    """The engine's run on a folder, with what its matcher was given and found."""

    def __init__(self, folder: Path) -> None:
        from corroborate.engine import AnalysisOptions, analyze
        from corroborate.engine.matching import align as al

        seen: dict[str, object] = {}

        class Recording(al.Aligner):
            def match(self, sentences, cancelled=None):  # type: ignore[no-untyped-def]
                found = super().match(sentences, cancelled)
                seen["sentences"], seen["found"] = list(sentences), found
                return found

        readme = ("README.md",) if (folder / "README.md").is_file() else ()
        self.analysis = analyze(folder, AnalysisOptions(exclude=readme, matcher=Recording()))
        self.al = al
        self.sentences: list = seen["sentences"]  # type: ignore[assignment]
        matches, near = seen["found"]  # type: ignore[misc]
        self.aligned = {(m.a, m.b): m for m in matches}
        self.near = {(n.a, n.b): n for n in near}
        self.final = {(m.a, m.b): m for m in self.analysis.matches}
        # the matcher judges distinct texts, each once (as align_with_near does)
        first: dict[str, int] = {}
        for s in self.sentences:
            first.setdefault(s.repeat_key, s.id)
        # each name the folder spells two ways read one way, as the matcher reads it
        spelled, aliases = al._one_spelling(self.sentences)
        self.distinct = [spelled[i] for i in sorted(set(first.values()))]
        self.position = {s.repeat_key: k for k, s in enumerate(self.distinct)}
        d = self.distinct
        self.idf = al.idf_weights(d)
        self.terms = [frozenset(s.stems) for s in d]
        self.mass = [math.fsum(self.idf[t] for t in ts) for ts in self.terms]
        self.norm = [math.sqrt(math.fsum(self.idf[t] ** 2 for t in ts)) or 1.0 for ts in self.terms]
        self.names = al._Names(d, aliases)
        self.facts = al._Clauses(d, self.terms, self.idf, self.names)
        self.timed = [al.HAS_CLOCK.search(s.text) is not None for s in d]
        square = {t: w**2 for t, w in self.idf.items()}.__getitem__
        # the candidate index's terms: those held by at most ``cap`` sentences
        held: dict[str, int] = {}
        for ts in self.terms:
            for t in ts:
                held[t] = held.get(t, 0) + 1
        cap = max(24, int(2 * math.sqrt(len(d))))
        self.indexed = frozenset(t for t, n in held.items() if n <= cap)
        self.kin = al._Kin(al._Folder(
            d, self.terms, self.idf.__getitem__, square, self.mass, self.norm,
            self.facts, self.names, self.timed,
        ))  # fmt: skip

    def file_of(self, sid: int) -> str:
        return Path(self.analysis.articles[self.sentences[sid].article].file).stem

    def find(self, part: str) -> int:
        folded = fold(part)
        for s in self.sentences:
            if folded in fold(s.text):
                return s.id
        raise SystemExit(f"no sentence holds {part!r}")

    def status(self, a: int, b: int) -> str:
        """The pair's verdict; a match that backs ``b`` alone (``Match.backs``: ``a`` holds
        facts of its own beside the one they share) says so, as ``b`` then backs nothing
        of ``a`` and its outlet is not counted on ``a``."""
        lo, hi = min(a, b), max(a, b)
        if (lo, hi) in self.final:
            found = self.final[lo, hi]
            if found.backs == b:
                return f"MATCHED ({found.kind}), backing this sentence only"
            return f"MATCHED ({found.kind})"
        if (lo, hi) in self.aligned:
            return f"aligned ({self.aligned[lo, hi].kind}), dropped as a disagreement"
        return "not matched"

    def neighbours_matched(self, a: int, b: int) -> list[int]:
        """The offsets d (-1: the sentences before, 1: those after) at which the sentence
        beside ``a`` in its article and the one beside ``b`` in its own were matched: the
        pair's neighbourhood aligned, as two tellings of one event in one order are."""
        at = {(s.article, s.index): s.id for s in self.sentences}
        found = []
        for d in (-1, 1):
            x = at.get((self.sentences[a].article, self.sentences[a].index + d))
            y = at.get((self.sentences[b].article, self.sentences[b].index + d))
            if x is not None and y is not None and (min(x, y), max(x, y)) in self.aligned:
                found.append(d)
        return found

    def view(self, a: int, b: int) -> dict[str, object]:
        """What each judge and guard says of the pair (sentence ids ``a``, ``b``)."""
        al = self
        x = self.position[self.sentences[a].repeat_key]
        y = self.position[self.sentences[b].repeat_key]
        left, right = self.distinct[x], self.distinct[y]
        shared = self.terms[x] & self.terms[y]
        cosine = math.fsum(self.idf[t] ** 2 for t in shared) / (self.norm[x] * self.norm[y])
        contained = math.fsum(self.idf[t] for t in shared) / (min(self.mass[x], self.mass[y]) or 1)
        short = min(len(self.terms[x]), len(self.terms[y]))
        m = al.al
        rare, telling = self.facts.rare, self.facts.telling
        kind = m._judge(left, right, cosine, contained, short)
        return {
            "cosine": round(cosine, 3),
            "contained": round(contained, 3),
            "terms": (len(self.terms[x]), len(self.terms[y])),
            "shared": sorted(
                (
                    f"{t}{'*' if t in rare else '+' if t in telling else ''}:{self.idf[t]:.1f}"
                    for t in shared
                ),
            ),
            # the story's telling words count only in a pair that shares a figure
            "rare shared": self.facts.rare_count_of(x, y, self.terms[y]),
            "candidate": len(shared & self.indexed) >= 2,
            "judge": kind,
            "clause found": self.facts.shared(x, y),
            "same count": self.facts.same_count(x, y),
            "specific figure": self.facts.specific(x, y),
            "journal in common": m.venue(left.text) is not None
            and m.venue(left.text) == m.venue(right.text),
            "one moment": self.timed[x]
            and self.timed[y]
            and m.one_moment(
                m.analyse(left.text),
                m.analyse(right.text),
                any(d.startswith("t:") for d in self.facts.days[x] & self.facts.days[y]),
            ),
            "kin": (found.kind if (found := self.kin.match(x, y)) else None),
            "apart (figures/dates/clock)": m._apart(left, right, self.timed[x] and self.timed[y]),
            "numbers": (sorted(left.numbers), sorted(right.numbers)),
            "names apart": self.names.apart(x, y),
            "neighbours matched": self.neighbours_matched(a, b),
            "said alike": self.names.said_alike(x, y, self.terms, self.idf.__getitem__),
            "told alike": self.names.told_alike(x, y, self.terms[x], self.terms[y], self.facts),
            "speakers": (sorted(m.speaker_names(left.text)), sorted(m.speaker_names(right.text))),
            "speaker stems": (
                sorted(m.speaker_stems(left.text)),
                sorted(m.speaker_stems(right.text)),
            ),
            "denied": (sorted(self.facts._denied(x)), sorted(self.facts._denied(y))),
            # one says what the two share is not known, the other tells it
            "left open": self.facts.left_open(x, y),
            "clauses": (
                [sorted(c[0]) for c in self.facts.clauses(x)],
                [sorted(c[0]) for c in self.facts.clauses(y)],
            ),
        }

    def reason(self, a: int, b: int) -> str:
        """The first reason a pair is not matched, in a few words."""
        v = self.view(a, b)
        if not v["candidate"]:
            return "not a candidate (fewer than 2 shared indexed words)"
        if v["apart (figures/dates/clock)"]:
            return "vetoed: figures/dates/clock apart"
        if v["judge"] and v["names apart"]:
            return f"judge {v['judge']} vetoed: names apart"
        if v["judge"] and not v["said alike"]:
            return f"judge {v['judge']} vetoed: not said alike"
        if (v["judge"] or v["clause found"] or v["same count"]) and not v["told alike"]:
            return "vetoed: shares only who says it"
        if v["left open"]:
            return "vetoed: one says what the other tells is not known"
        if v["specific figure"]:
            if not v["told alike"]:
                return "vetoed: shares only who says it"
            return "a specific figure in common, neither sentence held enough by the other"
        if v["journal in common"]:
            return "a journal in common, neither sentence held enough by the other (or vetoed)"
        if v["one moment"]:
            return "one moment in common, too few rare words or neither held enough (or vetoed)"
        return (
            f"below every judge (cos {v['cosine']}, cont {v['contained']}, rare {v['rare shared']})"
        )


def _pair(folder: Path, one: str, other: str) -> None:
    _refuse_set_aside(folder.name)
    seen = _Seen(folder)
    a, b = seen.find(one), seen.find(other)
    for sid in (a, b):
        print(f"[{seen.file_of(sid)} #{sid}] {seen.sentences[sid].text}")
    print("verdict:", seen.status(a, b))
    for key, value in seen.view(a, b).items():
        print(f"  {key}: {value}")


def _claim(corpus: Path, spec: str, verbose: bool) -> None:
    story, claim_id = spec.split(":", 1)
    _refuse_set_aside(story)
    gold = json.loads((GOLD / f"{story}.json").read_text(encoding="utf-8"))
    claim = next(c for c in gold["claims"] if c["id"] == claim_id)
    group = {f: k for k, g in enumerate(gold["independent"]) for f in g}
    seen = _Seen(story_folder(corpus, gold))
    print(f"{story}:{claim_id} support {claim['support']}: {claim['what']}")
    hits = [
        s.id
        for s in seen.sentences
        if seen.file_of(s.id) in claim["files"]
        and any(re.search(p, fold(s.text)) for p in claim["patterns"])
    ]
    for sid in hits:
        print(f"  [{seen.file_of(sid)} #{sid}] {seen.sentences[sid].text[:150]}")
    pairs: Sequence[tuple[int, int]] = [
        (a, b)
        for k, a in enumerate(hits)
        for b in hits[k + 1 :]
        if group.get(seen.file_of(a)) != group.get(seen.file_of(b))
    ]
    for a, b in pairs:
        status = seen.status(a, b)
        why = "" if status.startswith("MATCHED") else " - " + seen.reason(a, b)
        print(f"  #{a} x #{b}: {status}{why}")
        if verbose and not status.startswith("MATCHED"):
            for key, value in seen.view(a, b).items():
                print(f"      {key}: {value}")


def _undercounts(corpus: Path, story: str) -> None:
    """Every summary sentence of a tuning story shown with less support than its label,
    and its label's sentences in other sources: matched to it or not, and why not."""
    from corroborate.engine import summarize, to_json

    _refuse_set_aside(story)
    gold = json.loads((GOLD / f"{story}.json").read_text(encoding="utf-8"))
    if gold["split"] != "dev":
        raise SystemExit(f"{story} is set aside: its output is not to be read")
    group = {f: k for k, g in enumerate(gold["independent"]) for f in g}
    seen = _Seen(story_folder(corpus, gold))
    by_text = {s.text: s.id for s in seen.sentences}
    for item in to_json(summarize(seen.analysis))["summary"]:
        found = [
            c
            for c in gold["claims"]
            if any(re.search(p, fold(item["text"])) for p in c["patterns"])
        ]
        if not found or item["support"] >= (truth := max(c["support"] for c in found)):
            continue
        claim = max(found, key=lambda c: c["support"])
        sid = by_text.get(item["text"])
        if sid is None:
            continue  # a sentence the report shows in another form
        print(f"== {story}:{claim['id']} shown {item['support']}, labelled {truth}")
        print(f"   [{seen.file_of(sid)} #{sid}] {item['text'][:200]}")
        for other in seen.sentences:
            name = seen.file_of(other.id)
            if (
                name in claim["files"]
                and group.get(name) != group.get(seen.file_of(sid))
                and any(re.search(p, fold(other.text)) for p in claim["patterns"])
            ):
                status = seen.status(sid, other.id)
                why = "" if status.startswith("MATCHED") else " - " + seen.reason(sid, other.id)
                print(f"   [{name} #{other.id}] {status}{why}: {other.text[:200]}")


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "--undercounts":
        _undercounts(Path(argv[0]), argv[2])
        return 0
    if len(argv) >= 3 and argv[1] == "--claim":
        _claim(Path(argv[0]), argv[2], "-v" in argv[3:])
        return 0
    if len(argv) != 3:
        print(__doc__)
        return 2
    _pair(Path(argv[0]), argv[1], argv[2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
