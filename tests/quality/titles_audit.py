"""Audit the story titles: per story, the report's title and each article's headline as the
title reader sees it, with why it was taken or refused.

    uv run python tests/quality/titles_audit.py CORPUS_DIR [STORY ...]

With no story named, every readable multinews-dev story and DUC 2003 cluster and the summit
story are printed (the set-aside stories and those labelled blind never are: named, they are
refused); the bundled
sample story is printed when named, "sample-story". Per story::

    [mn003] TITLE (from: headline | lead | last resort)
      p01  candidate   agree 180  "Headline of the first article"   <- chosen
      p02  off story              "Sports: scores"
      p03  no headline            (file name)

A developer's tool: it reads the title reader's private helpers, so it follows them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the stories set aside from tuning, never printed, nor those labelled blind (their reports are
# never read: text_score.py hides them too)
from text_score import labelled_blind, set_aside


def stories(corpus: Path, named: list[str]) -> list[Path]:
    """The readable story folders, or the named ones."""
    hidden = set_aside() | labelled_blind()
    from corroborate.resources import sample_story

    folders = [
        *sorted((corpus / "multinews-dev").glob("mn*")),
        *sorted((corpus / "duc2003").glob("d3*")),
        corpus / "summit",
        # the bundled sample, when named
        *([sample_story()] if "sample-story" in named else []),
    ]
    if named:
        refused = [name for name in named if name in hidden]
        if refused:
            raise SystemExit(f"titles_audit: set aside, not shown: {' '.join(refused)}")
        folders = [f for f in folders if f.name in named]
    return [f for f in folders if f.is_dir() and f.name not in hidden]


def audit(folder: Path) -> list[str]:
    """The lines printed for one story."""
    from rapidfuzz import fuzz
    from rapidfuzz.utils import default_process

    from corroborate.engine import AnalysisOptions, analyze
    from corroborate.engine.text import titles as t
    from corroborate.engine.text.segment import content_stems, words

    readme = ("README.md",) if (folder / "README.md").is_file() else ()
    analysis = analyze(folder, AnalysisOptions(exclude=readme))
    articles, sentences, group_of = analysis.articles, analysis.sentences, analysis.group_of
    support = [
        len(
            {group_of[s.article], *(group_of[sentences[j].article] for j in analysis.neighbours[i])}
        )
        for i, s in enumerate(sentences)
    ]
    central = t._central_stems(sentences, support)
    shared = t._shared_stems(t._words_by_source(sentences, group_of))
    headlines = [a for a in articles if t.is_headline(a)]
    on_story = [a for a in headlines if set(content_stems(words(a.title))) & central]
    source = "headline" if any(a.title == analysis.title for a in headlines) else "lead/other"
    lines = [f"[{folder.name}] {analysis.title}  (from {source})"]
    for article in articles:
        title = article.title.strip()
        name = Path(article.file).stem
        if not article.has_headline:
            verdict = "no headline"
            top = _top_line(folder / article.file)
            if top:
                title = f"{title}  (top line refused: {_refused_as(top)}: {top[:90]!r})"
        elif len(title.split()) < 3:
            verdict = "too short"
        elif t._NOT_A_HEADLINE.search(title):
            verdict = "byline/prompt"
        elif t.top_line_is_no_headline(title):
            verdict = "not a headline"
        elif central and (
            article not in on_story
            if on_story
            else len(set(content_stems(words(title))) & shared) < t.SHARED_WORDS
        ):
            verdict = "off story"
        else:
            agree = sum(
                fuzz.token_sort_ratio(title, other.title, processor=default_process)
                for other in headlines
                if other is not article and group_of[other.id] != group_of[article.id]
            )
            verdict = f"candidate {agree:4.0f}"
        mark = "   <- chosen" if title == analysis.title else ""
        lines.append(f"  {name:<22} {verdict:<15} {title[:150]!r}{mark}")
    return lines


#: A top line this short, without a closing stop, could have been a headline.
TOP_LINE_WORDS = 20


def _top_line(path: Path) -> str | None:
    """The file's first line when it is short enough to be a headline, else None."""
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return None
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not line or len(line.split()) > TOP_LINE_WORDS or line.endswith((".", "!", "?", "”", '"')):
        return None
    return line


def _refused_as(line: str) -> str:
    """Why the title reader would not take a line for a headline."""
    from corroborate.engine.text import titles as t
    from corroborate.engine.text.furniture import furniture_kind

    if len(line.split()) < 3:
        return "too short"
    if t._NOT_A_HEADLINE.search(line):
        return "byline/prompt"
    if t.top_line_is_no_headline(line):
        return f"not a headline ({furniture_kind(line) or 'page line'})"
    return "left by the reader"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__)
        return 2
    corpus = Path(args[0])
    for folder in stories(corpus, args[1:]):
        print("\n".join(audit(folder)))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
