"""The Markdown report quotes article text exactly: whatever a sentence, title or outlet
holds, a CommonMark renderer shows it as written, never as formatting.

Every text here is invented (fictional towns, outlets and events)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from corroborate.engine import (
    Corrections,
    SummaryOptions,
    analyze,
    apply_corrections,
    rename_outlet,
    summarize,
    to_json,
    to_markdown,
)
from corroborate.engine.conflicts.grouping import conflicts
from corroborate.engine.report.render import KIND_LABELS, md_text

markdown_it = pytest.importorskip("markdown_it")

#: Invented sentences, titles and names that Markdown would read as formatting.
SPECIAL = [
    "The *Orrin* dam_project failed, officials said [citing] 3 sources.",
    "A reader wrote [the mayor](http://example.invalid) a letter.",
    "The `spillway` gave way at <b>4 a.m.</b> on Tuesday.",
    "Residents of the \\ lower town said *** was painted on the wall.",
    "_Lowfield Daily_ said __all__ roads were shut.",
    "Claims could reach ~4 million, not ~~5~~ million.",
    "Crews wrote AT&amp;T and &#35;7 on the map, and AT&T on the van.",
    "# 12 homes were flooded in the lower town.",
    "###### Six hashes open the smallest heading.",
    "1. The council will meet on Friday.",
    "2) The council will vote.",
    "- A baker said her shop was under water.",
    "+ Two roads were closed.",
    "Votes were counted in room #",
    "Mira Holvek <mira@example.invalid> said <https://example.invalid> was down.",
    "!Kestrel Wire | Evening desk",
]

#: Ordinary news text: nothing in it is escaped, so the raw report reads as the text.
ORDINARY = [
    "The mayor's $4 million plan (about 5% of the budget) was well-known, officials said.",
    "“We will rebuild,” said Jana Petrik, 42, a long-time resident — and a baker.",
    'He called it "a disaster" on Tuesday; the vote is at 3:30 p.m. (local time)!',
    "The dam_project office and AT&T lines were hit: 1,200 homes lost power.",
    "#VelmoraFlood trended as 2.5 million people - a record - watched.",
    "Kestrel Wire",
]


def _renderer():
    return markdown_it.MarkdownIt("commonmark").enable("table")


def _shown_as(html_text: str) -> str:
    """What a reader sees of rendered HTML: its text, tags dropped, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def _paragraph(rendered: str) -> str:
    assert rendered.startswith("<p>") and rendered.endswith("</p>\n"), rendered
    return rendered[3:-5]


@pytest.mark.parametrize("text", SPECIAL + ORDINARY)
def test_text_escaped_for_markdown_renders_back_exactly_with_no_formatting(text: str) -> None:
    inner = _paragraph(_renderer().render(md_text(text)))
    assert "<" not in inner  # no tag: no emphasis, link, code span or raw HTML
    assert html.unescape(inner) == text


@pytest.mark.parametrize("text", SPECIAL)
def test_text_opening_a_list_item_or_a_heading_stays_the_items_text(text: str) -> None:
    md = _renderer()
    assert md.render(f"1. {md_text(text)}") == f"<ol>\n<li>{html.escape(text, False)}</li>\n</ol>\n"
    assert md.render(f"- {md_text(text)}") == f"<ul>\n<li>{html.escape(text, False)}</li>\n</ul>\n"
    assert md.render(f"### {md_text(text)}") == f"<h3>{html.escape(text, False)}</h3>\n"
    assert md.render(f"> {md_text(text)}") == (
        f"<blockquote>\n<p>{html.escape(text, False)}</p>\n</blockquote>\n"
    )


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_news_text_is_quoted_into_markdown_unchanged(text: str) -> None:
    assert md_text(text) == text


def test_a_pipe_in_a_table_cell_is_escaped_and_reads_back_exactly() -> None:
    text = "Kestrel | Wire *desk* \\ [notes]"
    table = f"| a | b |\n|---|---|\n| x | {md_text(text, table=True)} |\n"
    cells = re.findall(r"<td>(.*?)</td>", _renderer().render(table))
    assert [html.unescape(c) for c in cells] == ["x", text]


BRACKWATER = """The *Orrin* dam_project fails in [Velmora](http://x.example) <b>flood</b>

VELMORA, May 4 (Brackwater *Star*) — The *Orrin* dam_project failed on Tuesday, officials said [citing] 3 sources.

Engineers blamed three days of heavy rain that swelled the Tessa River above its banks before dawn.

The regional council will meet on Friday to discuss repairs & costs of AT&amp;T lines, its chair Mira Holvek said.

Water levels rose by 2 meters in six hours, the river authority said.

About 40 families spent the night in a school gym in the <upper> town.
"""

KESTREL = """Orrin dam breaks after heavy rain in Velmora

VELMORA, May 4 (Kestrel | Wire) — The Orrin dam failed on Tuesday morning after heavy rain, officials said, flooding the lower town of Velmora.

Council chair Mira Holwek said the regional council would meet on Friday to discuss the repairs.

Water levels rose by 3 meters in six hours, according to the river authority.

A local `bakery` owner, Jana <Petrik>, said her shop was under two feet of water.

Rescue crews in boats pulled 11 people from flooded homes, the fire service said.
"""

LOWFIELD = """VELMORA — The Orrin dam gave way on Tuesday, and officials said the failure followed heavy rain, according to _Lowfield Daily_.

The regional council is to meet on Friday about repairs to the dam, chair Mira Holvek said.

Rescue crews used boats to pull 11 people from flooded homes, the fire service said.

Residents of the \\ lower town were moved to a school gym, the police said.

Insurers said claims could reach $4 million (about 5% of the town's budget).
"""


@pytest.fixture(scope="module")
def velmora(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("velmora")
    for name, text in {
        "brackwater.txt": BRACKWATER,
        "kestrel.txt": KESTREL,
        "low*field.txt": LOWFIELD,
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_every_sentence_title_and_outlet_the_report_quotes_renders_exactly(velmora: Path) -> None:
    summary = summarize(analyze(velmora), SummaryOptions(sentences=3))
    analysis = summary.analysis
    rendered = _renderer().render(to_markdown(summary))
    # Only the report's own formatting: its bold disagreements and italic notes, no link,
    # no code but the file names, no raw HTML.
    assert "<a " not in rendered and "<b>" not in rendered
    assert set(re.findall(r"<code>(.*?)</code>", rendered)) == {
        html.escape(a.file, False) for a in analysis.articles
    }
    # Italics only for the report's own notes, "(file name)" and whole headline-less titles;
    # bold only for the disagreements' kind and differing words.
    own = {
        "(file name)",
        *(a.label for a in analysis.articles if not a.has_headline),
        *(_shown_as(n) for n in re.findall(r"<p><em>(.*?)</em></p>", rendered)),
    }
    for em in re.findall(r"<em>(.*?)</em>", rendered):
        assert "<" not in em and html.unescape(em) in own, em
    bold = {_shown_as(b) for b in re.findall(r"<strong>(.*?)</strong>", rendered)}
    spans = {
        analysis.sentences[side.sentence].text[start:end]
        for item in conflicts(analysis)
        for side in item.sides
        for start, end in side.spans
    }
    assert bold - spans == {f"{KIND_LABELS[c.kind]}: {c.detail}" for c in conflicts(analysis)}
    heading = re.search(r"<h1>(.*?)</h1>", rendered)
    assert heading is not None and _shown_as(heading.group(1)) == summary.title
    items = [_shown_as(li) for li in re.findall(r"<li>(?:\n<p>)?(.*?)(?:</p>)?\n", rendered)]
    quoted = [item.text for item in summary.items] + [item.text for item in summary.single_source]
    assert {i.text for i in summary.single_source}, "the test needs single-outlet sentences"
    for text in quoted:
        assert text in items
    for outlet in {a.outlet for a in analysis.articles}:
        assert f"<h3>{html.escape(outlet, False)}</h3>" in rendered or not any(
            i.outlet == outlet for i in summary.single_source
        )
    rows = re.findall(r"<tr>\n(.*?)</tr>", rendered, re.S)[1:]
    cells = [[_shown_as(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in rows]
    assert [(row[0], row[1].removesuffix(" (file name)")) for row in cells] == [
        (a.file, a.outlet) for a in analysis.articles
    ]
    assert [row[2] for row in cells] == [a.label for a in analysis.articles]
    # The disagreement quotes both sides whole, the differing figure in bold.
    sides = [analysis.sentences[s].text for d in analysis.disagreements for s in (d.a, d.b)]
    assert sides, "the test needs a disagreement"
    said = [_shown_as(li) for li in re.findall(r"<li>(.*?)</li>", rendered)]
    for text in sides:
        assert any(line.endswith(": " + text) for line in said)


def test_the_json_report_keeps_the_text_as_written(velmora: Path) -> None:
    summary = summarize(analyze(velmora), SummaryOptions(sentences=3))
    report = to_json(summary)
    assert "\\*" not in str(report) and "\\[" not in str(report)
    assert {d["outlet"] for d in report["documents"]} >= {"Brackwater *Star*", "Kestrel | Wire"}


def test_a_readers_correction_quotes_the_outlet_it_names_exactly(velmora: Path) -> None:
    analysis = analyze(velmora)
    corrections = rename_outlet(Corrections(), ["low*field.txt"], "The *Lowfield* [Daily]")
    markdown = to_markdown(summarize(apply_corrections(analysis, corrections)))
    rendered = _renderer().render(markdown)
    corrected = rendered.split("corrections</h2>", 1)[1]
    assert "<li><code>low*field.txt</code> is published by The *Lowfield* [Daily]</li>" in corrected


def test_a_folder_of_two_stories_is_named_in_the_heading_as_it_is_spelled(make_folder) -> None:
    from two_stories import two_stories

    folder = make_folder(two_stories(), name="# desk *notes* [May]")
    summary = summarize(analyze(folder))
    markdown = to_markdown(summary)
    rendered = _renderer().render(markdown)
    assert rendered.startswith(f"<h1>{html.escape(folder.name, False)} — 2 stories</h1>\n")
    # The warning naming each story quotes their openings as written.
    [warning] = [p for p in summary.analysis.problems if p.kind == "several-stories"]
    quoted = re.findall(r"<blockquote>\n(.*?)</blockquote>", rendered, re.S)
    quotes = [_shown_as(q) for block in quoted for q in re.findall(r"<p>(.*?)</p>", block, re.S)]
    assert any(warning.reason[1:] in line for q in quotes for line in q.splitlines())


def test_each_summary_sentence_renders_as_a_paragraph_with_its_support_under_it(
    make_folder,
) -> None:
    from two_stories import two_stories

    summary = summarize(analyze(make_folder(two_stories(), name="desk")))
    rendered = _renderer().render(to_markdown(summary))
    assert summary.items, "the test needs a summary"
    summary_part = rendered.split("<h2>Summary</h2>", 1)[1].split("<h2>", 1)[0]
    listed = re.findall(r"<li>\n<p>(.*?)</p>\n<p>(.*?)</p>\n</li>", summary_part, re.S)
    # A viewer shows the quote alone on its lines, the count of its outlets apart under
    # it: never run on as if the outlets' names were the article's words.
    assert [_shown_as(quote) for quote, _support in listed] == [i.text for i in summary.items]
    assert all(_shown_as(support).startswith("— ") for _quote, support in listed)
    # Each note over the summary is a paragraph of its own, not run into the next.
    notes = re.findall(r"<blockquote>\n(.*?)</blockquote>", rendered, re.S)
    paragraphs = [p for block in notes for p in re.findall(r"<p>(.*?)</p>", block, re.S)]
    assert len(paragraphs) >= 2, "the test needs two notes"
    assert all("\n" not in p for p in paragraphs)
