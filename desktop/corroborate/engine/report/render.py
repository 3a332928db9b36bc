"""Report: the summary as Markdown and as JSON.

The Markdown is the one product text: the CLI prints it and the app exports
it byte for byte, so both call :func:`render_markdown`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from ..conflicts.grouping import conflicts, spellings
from ..consensus.corrections import describe, to_dict
from ..models import (
    SPELLINGS_HEADING,
    SPELLINGS_NOTE,
    VERBATIM_PROMISE,
    Analysis,
    Article,
    Conflict,
    ConsensusSummary,
    Disagreement,
    FileProblem,
    LeftOut,
    LeftOutWhy,
)
from ..readers.plaintext import shown
from .words import counted, joined, listed, plural

_MAX_NAMED = 6


#: Characters of quoted text that Markdown would read as formatting, wherever they stand:
#: backslash, code span, emphasis and strikethrough (``*``, ``~``; ``_`` only where it can open
#: or close one: ``dam_project`` stays as written), link brackets, HTML and autolinks, an ``&``
#: that would begin a character reference (``&amp;`` written in the text stays ``&amp;``).
_MD_INLINE = re.compile(r"[\\`*\[\]<>~]|(?<![^\W_])_|_(?![^\W_])|&(?=#?[0-9A-Za-z]+;)")
#: What would make a line of quoted text a heading, a list item or a numbered item when it
#: opens the line (or a list item's text): ``# 12 homes``, ``- a``, ``+ b``, ``1. c``, ``2) d``
#: (``#MeToo`` opens no heading and stays as written).
_MD_LINE_START = re.compile(
    r"^(\s*)(?:(#)(?=#{0,5}(?:\s|$))|([-+])(?=\s|$)|(\d{1,9})([.)])(?=\s|$))"
)
#: A run of ``#`` ending the text, which would close a heading (and be dropped from it).
_MD_CLOSING_HASHES = re.compile(r"(?<=\s)#(?=#*\s*$)")


def md_text(text: str, table: bool = False) -> str:
    """Text quoted into the Markdown report (a sentence, title, outlet or folder name) made
    to read exactly as written: each character Markdown would take for formatting is
    escaped with a backslash, and nothing else (apostrophes, full stops, hyphens,
    parentheses, ``$``, ``%`` and quotation marks stay as they are, so the raw report
    reads as the text). ``table``: in a cell of a table, where ``|`` ends the cell.
    Control characters and line breaks show as ``\\n`` and the like (:func:`shown`)."""
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(), shown(text))
    text = _MD_LINE_START.sub(
        lambda m: (
            m.group(1)
            + (
                "\\" + (m.group(2) or m.group(3))
                if m.group(4) is None
                else m.group(4) + "\\" + m.group(5)
            )
        ),
        text,
    )
    text = _MD_CLOSING_HASHES.sub(r"\\#", text)
    return text.replace("|", "\\|") if table else text


def _md_escape(text: str) -> str:
    """Text quoted into a cell of the articles table."""
    return md_text(text, table=True)


def _line(text: str) -> str:
    """A line of the report's own words that quotes names or article text (a reason, a
    warning), kept on its one line, everything it quotes read as written."""
    return md_text(text)


@lru_cache(maxsize=4096)
def _code(name: str, in_table: bool = False) -> str:
    """A file name as a Markdown code span, whatever backticks, pipes or line breaks it holds
    (remembered: the articles table names a copy once for each of its group's articles)."""
    name = shown(name)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", name)), default=0) + 1)
    pad = " " if name.startswith("`") or name.endswith("`") else ""
    span = f"{fence}{pad}{name}{pad}{fence}"
    return span.replace("|", "\\|") if in_table else span


def independent_outlets(count: int) -> str:
    """``5 independent outlets``: the product's one word for what support counts.

    Copies of one story and an outlet's other articles count once, so the count
    is of *independent* outlets; the report and the app both say it this way.
    """
    return counted(count, "independent outlet")


def dispute_notes(
    disputed_by: tuple[str, ...], split_within: tuple[str, ...], name: Callable[[str], str] = shown
) -> list[str]:
    """What follows a summary sentence's support when outlets differ on it:
    ``disputed by CNN`` (outlets that do not state it), and ``another sentence of
    Reuters says otherwise`` (an outlet that states it, one of whose other sentences
    gives a different specific: it backs the claim, so it never disputes it). That
    sentence may be in another article of it (a copy, an update, a file merged into it)
    or in the very article that backs the claim: "another article" would send the
    reader looking for one it may not have. Each outlet written by ``name`` (the Markdown
    report escapes it)."""
    notes = []
    if disputed_by:
        notes.append(f"disputed by {joined(name(o) for o in disputed_by)}")
    if len(split_within) == 1:
        notes.append(f"another sentence of {name(split_within[0])} says otherwise")
    elif split_within:
        notes.append(f"other sentences of {joined(name(o) for o in split_within)} say otherwise")
    return notes


def support_line(
    support: int, outlets: tuple[str, ...], total: int, name: Callable[[str], str] = shown
) -> str:
    """``— 4 of 5 outlets: CNN, Real News Now, …``, each outlet written by ``name``."""
    names = [name(o) for o in outlets[:_MAX_NAMED]]
    named = joined([*names, "…"] if len(outlets) > _MAX_NAMED else names)
    return f"— {support} of {counted(total, 'outlet')}: {named}"


def below_support(need: int) -> str:
    """How the summary sentences under the minimum support ``need`` are said to be backed:
    ``by one outlet alone`` under a minimum of 2, else ``by fewer than 3`` (report and app)."""
    return "by one outlet alone" if need == 2 else f"by fewer than {need}"


def at_least(need: int, total: int) -> str:
    """How many outlets a minimum support of ``need`` out of ``total`` asks for:
    ``2 or more``, or ``all 5`` when it is every one of them, ``both`` when they are
    two (report and app)."""
    if need >= total:
        return "both" if total == 2 else f"all {total}"
    return f"{need} or more"


def title_note(summary: ConsensusSummary) -> str:
    """When the report's title is no article's headline, what it is: ``No article's headline
    tells this story: its title is the opening sentence the most outlets back.``
    Empty when it is a headline (report and app)."""
    source = summary.analysis.title_from
    if source in ("lead", "sentence"):
        return _title_sentence_note(summary.analysis, opening=source == "lead")
    if source == "none":
        return "No article has a headline or a sentence to title the story by."
    return ""


def _title_sentence_note(analysis: Analysis, opening: bool) -> str:
    """:func:`title_note` for a title that is a sentence (an article's opening one, or
    another): the one "the most outlets back", or, with one independent outlet, where no
    sentence is backed by another outlet, the article's (or an article's) own."""
    one = len(analysis.articles) == 1
    if opening:
        if analysis.independent_sources > 1:
            told = "the opening sentence the most outlets back"
        else:
            told = f"the opening sentence of {'the article' if one else 'one of the articles'}"
        return f"No article's headline tells this story: its title is {told}."
    if analysis.independent_sources > 1:
        told = "the sentence the most outlets back"
    else:
        told = "one of the article's sentences" if one else "a sentence of one of the articles"
    return (
        "No article has a headline or an opening sentence that stands as a title: its "
        f"title is {told}."
    )


def below_support_note(summary: ConsensusSummary) -> str:
    """When some summary sentences are backed by fewer outlets than the minimum asked
    for (the summary is filled up to its length with the best of the rest), how many:
    ``Only 3 of the 8 summary sentences are backed by 2 or more outlets; the other 5
    by one outlet alone.`` Empty when every sentence reaches it, and when nothing
    is corroborated at all (the summary's own note says so)."""
    items, need = summary.items, summary.min_support
    if not items or summary.notes or need <= 1:
        return ""
    backed = summary.backed
    if backed == len(items):
        return ""
    rest = len(items) - backed
    by = below_support(need)
    least = at_least(need, summary.analysis.independent_sources)
    if backed == 0:
        return f"No summary sentence is backed by {least} outlets: each is backed {by}."
    return (
        f"Only {backed} of the {len(items)} summary sentences "
        f"{plural(backed, 'is', 'are')} backed by {least} outlets; "
        f"the other {rest} {by}."
    )


def short_summary_note(summary: ConsensusSummary, counted: bool = True) -> str:
    """When the summary holds fewer sentences than asked for, why: every other
    sentence either cannot be read alone (it leans on the one before it, or is too short
    or too long to voice a claim) or states a claim already shown. ``5 sentences, not
    the 8 asked for: no other sentence of these articles reads well alone and adds a
    claim the summary lacks.`` Measured in words, the same of the words quoted (``968
    words, not the 2000 asked for: …``, counted as the app's caption counts them).
    Without the count when ``counted`` is false (a line that gives it already). Empty
    when the summary is as long as asked."""
    count = len(summary.items)
    if not count:
        return ""
    if summary.options.words is not None:
        asked = summary.options.words
        sentences = summary.analysis.sentences
        quoted = sum(len(item.text.split()) for item in summary.items)
        # short by both counts, or the note would read "2003 words, not the 2000 asked for"
        if (
            quoted >= asked
            or sum(sentences[item.sentence].words for item in summary.items) >= asked
        ):
            return ""
        said = f"{quoted} {plural(quoted, 'word')}"
    else:
        asked = summary.options.sentences
        if count >= asked:
            return ""
        said = f"{count} {plural(count, 'sentence')}"
    reason = (
        f"not the {asked} asked for: no other sentence of these articles "
        "reads well alone and adds a claim the summary lacks."
    )
    return f"{said}, {reason}" if counted else reason[0].upper() + reason[1:]


def copies_of(analysis: Analysis) -> dict[int, list[str]]:
    """For each article, the files of the other articles of its source: its copies, and
    the other articles of its outlet."""
    files = analysis.group_files
    return {
        a.id: [f for f in files[analysis.group_of[a.id]] if f != a.file] for a in analysis.articles
    }


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def file_named_outlets(analysis: Analysis) -> tuple[str, ...]:
    """The outlets (one per independent source) that are only their article's file name."""
    return tuple(
        analysis.group_outlets[group.id]
        for group in analysis.groups
        if analysis.articles[group.original].outlet_from == "file"
    )


#: outlets named after their files are all listed when there are at most this many,
#: else the first few are and the rest counted
FILE_NAMES_IN_FULL = 5
FILE_NAMES_NAMED = 3


def file_named_note(outlets: tuple[str, ...], name: Callable[[str], str] = shown) -> str:
    """Said wherever outlets are listed, when some are only file names (report and app):
    a reader must not take ``p02`` for a publisher. Each written by ``name``."""
    if not outlets:
        return ""
    named = [name(o) for o in outlets]
    if len(named) == 1:
        return f"{named[0]} is named after its file: the article never says who published it."
    if len(named) > FILE_NAMES_IN_FULL:
        # A folder of hundreds of bare files: a few named, the rest counted (the list
        # of articles names every one), not a paragraph of file names.
        names = joined(named[:FILE_NAMES_NAMED]) + f" and {len(named) - FILE_NAMES_NAMED} more"
    else:
        names = listed(named)
    return f"{names} are named after their files: the articles never say who published them."


#: How each kind of file left out is counted in :func:`left_out_line`, in this order (the
#: reader's choices first, then the engine's).
LEFT_OUT_LABELS: dict[LeftOutWhy, str] = {
    "unticked": "unticked",
    "excluded": "excluded",
    "another story": "of another story",
    "off-topic": "off topic",
    "language": "not in English",
    "unreadable": "skipped",
    "export": "Corroborate's own export",
}
#: Files of one kind named in :func:`left_out_line` before the rest are counted.
LEFT_OUT_NAMED = 3


def _left_out_kinds(analysis: Analysis) -> list[tuple[LeftOutWhy, str, list[LeftOut]]]:
    """The files the counts leave out, by kind in :data:`LEFT_OUT_LABELS`' order, each
    kind with its label (the exports' in the plural when there are several)."""
    by_kind: dict[LeftOutWhy, list[LeftOut]] = {}
    for item in analysis.left_out:
        by_kind.setdefault(item.why, []).append(item)
    kinds = []
    for why, label in LEFT_OUT_LABELS.items():
        if items := by_kind.get(why, []):
            if why == "export" and len(items) > 1:
                label = "Corroborate's own exports"
            kinds.append((why, label, items))
    return kinds


def _left_out_said(analysis: Analysis, parts: list[str], joint: str) -> str:
    """``Left out: 3 of 30 files (…)``, the kinds' ``parts`` joined by ``joint``."""
    left = len(analysis.left_out)
    total = len(analysis.articles) + left
    return f"Left out: {left} of {counted(total, 'file')} ({joint.join(parts)})"


def left_out_line(
    analysis: Analysis, name: Callable[[str], str] = shown, quote: Callable[[str], str] = shown
) -> str:
    """What the story's counts leave out of the folder, said under them so that a report of
    part of a folder says what it is a count of: ``Left out: 3 of 30 files (2 unticked:
    a.txt, b.txt; 1 off topic: c.txt, it never names Varnholt, which the other articles
    name, and shares few of their words)``. Each kind counted, its first
    :data:`LEFT_OUT_NAMED` files named (the engine's with their reasons) and the rest
    counted (``and 4 more``); files written by ``name``, reasons by ``quote`` (the Markdown
    report's code spans and escapes). Empty when the counts are of the whole folder. The
    report, the JSON and the app say it alike."""
    if not analysis.left_out:
        return ""
    parts = []
    for why, label, items in _left_out_kinds(analysis):
        # an export's reason is its label ("a summary Corroborate exported"): not said twice
        told = why != "export"
        named = [
            name(item.file) + (f", {quote(item.reason)}" if told and item.reason else "")
            for item in items[:LEFT_OUT_NAMED]
        ]
        more = len(items) - LEFT_OUT_NAMED
        if more > 0:
            named.append(f"and {more} more")
        # a reason holds commas: the files of a kind with reasons are parted by semicolons
        joint = "; " if told and any(item.reason for item in items) else ", "
        parts.append(f"{len(items)} {label}: {joint.join(named)}")
    return _left_out_said(analysis, parts, "; ")


def left_out_brief(analysis: Analysis) -> str:
    """:func:`left_out_line` in its shorter words, each kind counted but no file named:
    ``Left out: 3 of 30 files (2 unticked, 1 off topic)``, for a window with little room
    (the whole line a hover away). Empty when the counts are of the whole folder."""
    if not analysis.left_out:
        return ""
    parts = [f"{len(items)} {label}" for _, label, items in _left_out_kinds(analysis)]
    return _left_out_said(analysis, parts, ", ")


def _left_out_json(analysis: Analysis) -> dict[str, Any]:
    """The ``left_out`` key: the files the counts leave out and the line saying so."""
    return {
        "folder_files": len(analysis.articles) + len(analysis.left_out),
        "note": left_out_line(analysis),
        "files": [
            {"file": item.file, "why": item.why, "reason": item.reason}
            for item in analysis.left_out
        ],
    }


def mixed_folder(summary: ConsensusSummary) -> tuple[str, int] | None:
    """While the folder seems to hold several stories mixed in one summary, the folder's
    name (its white space folded) and how many stories it holds; else None."""
    analysis = summary.analysis
    stories = max((len(w.groups) for w in analysis.folder_warnings), default=0)
    if stories <= 1:
        return None
    return " ".join(analysis.folder.name.split()) or str(analysis.folder), stories


def story_name(summary: ConsensusSummary) -> str:
    """What the summary is of, named whole: the story's title, or, when the folder seems
    to hold several stories mixed in one summary, the folder and how many stories it
    holds (``desk notes — 2 stories``): one story's headline would name a summary that
    is not it. One story of a folder read alone that seems to split in turn is named as
    the folder read whole named it (:attr:`.models.Analysis.story`, "Bridge falls"), not
    by the folder, which it is not. The report's heading and the app's say it alike, and
    an export is named after it."""
    mixed = mixed_folder(summary)
    if mixed is not None:
        if summary.analysis.story:
            return summary.analysis.story
        name, stories = mixed
        return f"{name} — {counted(stories, 'story', 'stories')}"
    return summary.title


def story_name_note(summary: ConsensusSummary) -> str:
    """What is said of :func:`story_name`: when the story's title is no article's
    headline, where it came from (:func:`title_note`); nothing for a folder named by its
    stories' count."""
    return title_note(summary) if mixed_folder(summary) is None else ""


def more_single_source(count: int) -> str:
    """The line saying how many single-outlet sentences are not listed (report and app)."""
    return f"…and {counted(count, 'more sentence')} that one outlet alone reports, not listed."


def not_repeated_note(summary: ConsensusSummary, mark: Callable[[int], str]) -> str:
    """Said over the list of what one outlet alone reports when the summary itself quotes
    sentences one outlet alone backs (filled up to its length): that those are not listed
    again there, so that an outlet's sentences in the summary and in the list are not taken
    to disagree. ``mark`` is how the summary marks such a sentence out of so many outlets
    ("1/5" in the app, "1 of 5 outlets" in the report); in a folder of several stories the
    marks of each count met are named ("1/3 or 1/2"). Empty when there is none, or when
    there is one outlet."""
    alone = [item for item in summary.items if item.support == 1]
    if not alone or summary.analysis.independent_sources <= 1:
        return ""
    those = "the summary sentence" if len(alone) == 1 else f"the {len(alone)} summary sentences"
    marks = " or ".join(mark(total) for total in dict.fromkeys(item.out_of for item in alone))
    return f"Not repeated here: {those} that one outlet alone backs (marked {marks})."


#: beyond this many stories their outlets' counts are given as a range, not one by one
STORY_COUNTS_LISTED = 6


def story_counts(told: Sequence[int], total: int) -> str:
    """How many of a folder's ``total`` independent outlets tell each of its stories
    (``told``, story by story), as the notes on its counts say it: each count while they are
    few (``4, 3 and 2 of the 7``), else their range (``16 to 24 of the 130``, ``18 of the
    130 each``), forty counts in a row being read as none."""
    if len(told) <= STORY_COUNTS_LISTED:
        return f"{listed([str(n) for n in told])} of the {total}"
    low, high = min(told), max(told)
    return f"{low} of the {total} each" if low == high else f"{low} to {high} of the {total}"


def by_story_note(summary: ConsensusSummary) -> str:
    """Said once when the counts are out of each story's own outlets (a folder holding
    several stories analysed together, :attr:`.models.Analysis.counted_by_story`): ``This
    folder holds 3 stories: each sentence's count is out of the independent outlets that
    tell its own story (4, 3 and 2 of the 7), and an outlet that tells only another story
    is never counted as leaving it out.`` Empty for one story (report and app)."""
    analysis = summary.analysis
    if not analysis.counted_by_story:
        return ""
    told = analysis.story_sources
    total = analysis.independent_sources
    if all(count == total for count in told):
        each = "both" if total == 2 else f"all {total}"
        return (
            f"This folder holds {len(told)} stories, each told by {each} independent "
            "outlets: each sentence's count is out of its own story's outlets."
        )
    return (
        f"This folder holds {len(told)} stories: each sentence's count is out of the "
        f"independent outlets that tell its own story ({story_counts(told, total)}), "
        "and an outlet that tells only another story is never counted "
        "as leaving it out."
    )


def more_single_source_where(count: int) -> str:
    """The report's line counting the single-outlet sentences not listed, and saying where
    every one of them is listed (the CLI prints the same report)."""
    return (
        more_single_source(count)[:-1]
        + " here. The app lists every one: open these articles in it and choose “Show All” "
        "on its tab “Reported by one outlet” (“Reported once” in a narrow window)."
    )


def _heading(summary: ConsensusSummary) -> str:
    """The report's heading (:func:`story_name`), the title or folder name it quotes escaped."""
    mixed = mixed_folder(summary)
    if mixed is not None and not summary.analysis.story:
        name, stories = mixed
        return f"{md_text(name)} — {counted(stories, 'story', 'stories')}"
    return md_text(story_name(summary))


def render_markdown(summary: ConsensusSummary) -> str:
    analysis = summary.analysis
    total = analysis.independent_sources
    n_articles = len(analysis.articles)
    lines = [
        f"# {_heading(summary)}",
        "",
        f"{counted(n_articles, 'article')} from {independent_outlets(total)}. " + VERBATIM_PROMISE,
        "",
    ]
    left_out = left_out_line(analysis, _code, _line)
    lines += [left_out, ""] if left_out else []
    unnamed = file_named_note(file_named_outlets(analysis), md_text)
    below = below_support_note(summary)
    short = short_summary_note(summary)
    titled = story_name_note(summary)
    by_story = by_story_note(summary)
    notes = [
        *([titled] if titled else []),
        *([by_story] if by_story else []),
        *summary.notes,
        *([below] if below else []),
        *([short] if short else []),
        *(_line(_sentence_case(p.reason)) for p in analysis.folder_warnings),
        *([unnamed] if unnamed else []),
    ]
    # Each note a paragraph of its own: lines of one quote run together in a viewer.
    lines += [line for note in notes for line in (">", f"> {note}")][1:]
    lines += [""] if notes else []
    lines += ["## Summary", ""]
    for number, item in enumerate(summary.items, 1):
        lines.append(f"{number}. {md_text(item.text)}")
        line = support_line(item.support, item.outlets, item.out_of, md_text)
        notes = dispute_notes(item.disputed_by, item.split_within, md_text)
        line += "".join(f" · {note}" for note in notes)
        # The support a paragraph of the item's own, under the quote: on the quote's
        # line a viewer would run it on as if it were the article's words.
        lines += ["", f"   {line}", ""]
    if not summary.items:
        lines += ["*No sentence could be selected.*", ""]
    lines += _disagreement_lines(analysis)
    lines += _spelling_lines(analysis)
    if summary.single_source or summary.single_source_more:
        lines += [
            "## Reported by one outlet",
            "",
            "*Unverified: no other outlet in this folder reports these sentences.*",
            "",
        ]
        again = not_repeated_note(summary, lambda of: f"“1 of {counted(of, 'outlet')}”")
        lines += [f"*{again}*", ""] if again else []
        for outlet, items in summary.single_source_by_outlet.items():
            lines += (
                [f"### {_line(outlet)}", ""] + [f"- {md_text(item.text)}" for item in items] + [""]
            )
        if summary.single_source_more:
            lines += [f"*{more_single_source_where(summary.single_source_more)}*", ""]
    lines += _articles_table(analysis)
    if analysis.corrections:
        lines += ["## Reader's corrections", ""]
        lines += [
            "*The counts above include these corrections made by the reader.*",
            "",
        ]
        corrected = describe(analysis.corrections, _code, md_text)
        lines += [f"- {line}" for line in corrected] + [""]
    skipped = analysis.file_problems
    if skipped:
        lines += ["## Skipped files", ""]
        lines += [f"- {_code(p.file)}: {_line(p.reason)}" for p in skipped] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


#: How each kind of disagreement is named, in the report and in the app.
KIND_LABELS = {
    "number": "Numbers differ",
    "date": "Dates differ",
    "name": "Names differ",
    "role": "Roles differ",
    "negation": "One says the opposite",
    "spelling": "Spelled differently",
}


def _as_written(text: str) -> str:
    return text


def marked(
    text: str,
    spans: tuple[tuple[int, int], ...],
    before: str,
    after: str,
    quote: Callable[[str], str] = _as_written,
) -> str:
    """``text`` with each span wrapped in ``before``/``after`` (e.g. ``**`` for bold), each
    piece of the text written by ``quote`` (the Markdown report escapes them)."""
    out, last = [], 0
    for start, end in sorted(spans):
        out += [quote(text[last:start]), before, quote(text[start:end]), after]
        last = end
    return "".join([*out, quote(text[last:])])


def _disagreement_lines(analysis: Analysis) -> list[str]:
    """Every side of each conflict, outlets named, the differing words in bold."""
    if not analysis.disagreements:
        return []
    lines = [
        "## Where outlets disagree",
        "",
        "*These outlets report the same thing with different specifics; "
        "neither sentence counts as corroborating the other.*",
        "",
    ]
    for number, item in enumerate(conflicts(analysis), 1):
        lines.append(
            f"{number}. **{KIND_LABELS.get(item.kind, item.kind)}: {md_text(item.detail)}**"
        )
        for side in item.sides:
            sentence = analysis.sentences[side.sentence]
            outlet = analysis.article_of(side.sentence).outlet
            bold = marked(sentence.text, side.spans, "**", "**", md_text)
            lines.append(f"   - {_line(outlet)}: {bold}")
    return [*lines, ""]


def spelling_line(analysis: Analysis, item: Conflict) -> str:
    """One name spelled two ways, each spelling with the outlets that write it:
    "Dimitri Olivares (Daily News) / Dimitri Oliveras (New York Post)"."""
    outlets: dict[str, list[str]] = {}
    for side in item.sides:
        named = outlets.setdefault(side.value, [])
        outlet = analysis.article_of(side.sentence).outlet
        if outlet not in named:
            named.append(outlet)
    return " / ".join(f"{value} ({joined(named)})" for value, named in outlets.items())


def _spelling_lines(analysis: Analysis) -> list[str]:
    """The names the sources spell two ways, after the disagreements and apart from them."""
    if not analysis.spellings:
        return []
    lines = [f"## {SPELLINGS_HEADING}", "", f"*{SPELLINGS_NOTE}*", ""]
    for number, item in enumerate(spellings(analysis), 1):
        lines.append(f"{number}. {_line(spelling_line(analysis, item))}")
    return [*lines, ""]


def _pairs_json(
    analysis: Analysis, pairs: tuple[Disagreement, ...], folded: tuple[Conflict, ...], key: str
) -> list[dict[str, Any]]:
    def side(sid: int) -> dict[str, str]:
        return {"text": analysis.sentences[sid].text, "file": analysis.file_of(sid)}

    # The pairs found, each with the number (under ``key``) of the entry it belongs to as
    # the Markdown report and the app list them (two outlets saying 14 against one saying
    # 12: two pairs, one conflict).
    number = {id(pair): n for n, item in enumerate(folded, 1) for pair in item.pairs}
    return [
        {
            "kind": d.kind,
            "a": side(d.a),
            "b": side(d.b),
            "detail": d.detail,
            key: number[id(d)],
        }
        for d in pairs
    ]


def _disagreements_json(analysis: Analysis) -> list[dict[str, Any]]:
    return _pairs_json(analysis, analysis.disagreements, conflicts(analysis), "conflict")


def _spellings_json(analysis: Analysis) -> list[dict[str, Any]]:
    """The names spelled two ways, pair by pair as the disagreements are, each with the
    number of the name it belongs to in the report's list (``spelling``)."""
    return _pairs_json(analysis, analysis.spellings, spellings(analysis), "spelling")


def _title_cell(article: Article) -> str:
    """The headline; an article without one is shown by its opening words, in italics."""
    label = _md_escape(article.label)
    return label if article.has_headline or label == _md_escape(article.title) else f"*{label}*"


def _articles_table(analysis: Analysis) -> list[str]:
    counts = analysis.sentence_counts
    copies = copies_of(analysis)
    lines = [
        "## Articles",
        "",
        "| File | Outlet | Title | Sentences | Counted as one outlet with |",
        "|---|---|---|---:|---|",
    ]
    for article in analysis.articles:
        copy = joined(_code(f, in_table=True) for f in copies[article.id]) or "—"
        # An outlet the text never names goes by its file name, and the report says so.
        outlet = _md_escape(article.outlet) + (
            " *(file name)*" if article.outlet_from == "file" else ""
        )
        lines.append(
            f"| {_code(article.file, in_table=True)} | {outlet} | "
            f"{_title_cell(article)} | {counts[article.id]} | {copy} |"
        )
    return [*lines, ""]


def _warning_json(problem: FileProblem) -> dict[str, Any]:
    found: dict[str, Any] = {"file": problem.file, "reason": problem.reason, "kind": problem.kind}
    if problem.groups:
        found["groups"] = [list(group) for group in problem.groups]
    return found


#: C1 controls (8-bit terminal escapes), which JSON leaves raw; C0 ones it escapes itself.
_C1_CONTROLS = re.compile("[\x7f-\x9f]")


def render_json_text(summary: ConsensusSummary) -> str:
    """The JSON report as the file the command line prints and the app exports: indented,
    UTF-8 text, with every control character escaped (safe on a terminal)."""
    text = json.dumps(render_json(summary), ensure_ascii=False, indent=2) + "\n"
    return _C1_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render_json(summary: ConsensusSummary) -> dict[str, Any]:
    analysis = summary.analysis
    counts = analysis.sentence_counts
    copies = copies_of(analysis)
    mixed = mixed_folder(summary)
    report = {
        # What the report is of, as its Markdown heading and the app's title bar name it:
        # a folder mixing several stories by its name and their count, not by one's title.
        "title": story_name(summary),
        "title_from": (
            analysis.title_from if mixed is None else "story" if analysis.story else "folder"
        ),
        "stories": mixed[1] if mixed is not None else 1,
        "articles": len(analysis.articles),
        "independent_sources": analysis.independent_sources,
        "documents": [
            {
                "file": a.file,
                "title": a.title,
                "title_from": a.title_from,
                "outlet": a.outlet,
                "outlet_from": a.outlet_from,
                "sentences": counts[a.id],
                "group": analysis.group_of[a.id],
                "copies": copies[a.id],
            }
            for a in analysis.articles
        ],
        "summary": [
            {
                "text": item.text,
                "file": item.file,
                "support": item.support,
                # in a folder holding several stories alone: what the support is out of
                **({"out_of": item.out_of} if analysis.counted_by_story else {}),
                "sources": list(item.sources),
                "outlets": list(item.outlets),
                "disputed_by": list(item.disputed_by),
                "split_within": list(item.split_within),
                "evidence": [
                    {"outlet": outlet, "file": file, "text": text}
                    for outlet, file, text in item.evidence
                ],
            }
            for item in summary.items
        ],
        "single_source": [
            {"text": item.text, "file": item.file, "outlet": item.outlet}
            for item in summary.single_source
        ],
        "disagreements": _disagreements_json(analysis),
        "spellings": _spellings_json(analysis),
        "single_source_more": summary.single_source_more,
        "notes": [
            *summary.notes,
            *filter(
                None,
                [
                    story_name_note(summary),
                    by_story_note(summary),
                    below_support_note(summary),
                    short_summary_note(summary),
                ],
            ),
        ],
        "corrections": to_dict(analysis.corrections),
        "warnings": [_warning_json(p) for p in analysis.problems],
        "left_out": _left_out_json(analysis),
    }
    return report
