"""Reports: the JSON contract, the Markdown layout, and a golden copy of the sample story's report.

Regenerate the golden file after an intended change of output with
``CORROBORATE_UPDATE_GOLDEN=1 uv run pytest tests/engine/test_report.py`` and read the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from corroborate.engine import (
    AnalysisOptions,
    Corrections,
    SummaryOptions,
    analyze,
    apply_corrections,
    counted,
    independent_outlets,
    merge_files,
    more_single_source,
    plural,
    rename_outlet,
    summarize,
    to_json,
    to_markdown,
)
from corroborate.resources import sample_story

GOLDEN = Path(__file__).parent / "golden" / "sample-story.md"
UPDATE = os.environ.get("CORROBORATE_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def sample_analysis():
    return analyze(sample_story())


def test_sample_story_markdown_matches_the_golden_file(sample_analysis) -> None:
    text = to_markdown(summarize(sample_analysis))
    if UPDATE:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8", newline="\n")
    assert GOLDEN.is_file(), "no golden file: run with CORROBORATE_UPDATE_GOLDEN=1 to create it"
    expected = GOLDEN.read_text(encoding="utf-8")
    assert text == expected, (
        "the sample story's Markdown changed; if intended, regenerate with "
        "CORROBORATE_UPDATE_GOLDEN=1 and review the diff"
    )


def test_json_contract(make_folder, story_files) -> None:
    files = {
        "meridian.txt": story_files["meridian.txt"],
        "valley/valley-news.txt": story_files["valley-news.txt"],
        "the-ledger.txt": story_files["the-ledger.txt"],
        "empty.txt": "",
    }
    folder = make_folder(files)
    summary = summarize(
        analyze(folder, AnalysisOptions(recursive=True)), SummaryOptions(sentences=8)
    )
    report = json.loads(json.dumps(to_json(summary), ensure_ascii=False))
    assert {"title", "documents", "summary", "single_source"} <= set(report)
    assert isinstance(report["title"], str) and report["title"]

    names = {"meridian.txt", "valley/valley-news.txt", "the-ledger.txt"}
    assert {d["file"] for d in report["documents"]} == names
    for document in report["documents"]:
        assert {"file", "title", "outlet", "sentences", "group"} <= set(document)
        assert isinstance(document["title"], str) and document["title"]
        assert isinstance(document["outlet"], str) and document["outlet"]
        assert isinstance(document["sentences"], int) and document["sentences"] > 0
        assert isinstance(document["group"], int)
    groups = {d["group"] for d in report["documents"]}

    assert report["summary"]
    for item in report["summary"]:
        assert {"text", "file", "support", "sources"} <= set(item)
        assert item["file"] in names
        assert isinstance(item["support"], int) and 1 <= item["support"] <= len(groups)
        assert isinstance(item["sources"], list) and item["file"] in item["sources"]
        assert set(item["sources"]) <= names
        assert " ".join(item["text"].split()) in " ".join(files[item["file"]].split())

    assert report["single_source"]
    for item in report["single_source"]:
        assert {"text", "file"} <= set(item)
        assert item["file"] in names
        assert item["text"] in files[item["file"]]

    # Paths are relative to the folder and use forward slashes: nothing absolute leaks out.
    assert str(folder) not in json.dumps(report)


def test_json_and_markdown_tell_the_same_summary(sample_analysis) -> None:
    summary = summarize(sample_analysis, SummaryOptions(sentences=4))
    report = to_json(summary)
    markdown = to_markdown(summary)
    assert markdown.startswith(f"# {report['title']}\n")
    for number, item in enumerate(report["summary"], 1):
        assert f"\n{number}. {item['text']}\n" in markdown
        assert f"— {item['support']} of {report['independent_sources']} outlets: " in markdown
    for item in report["single_source"]:
        assert f"\n- {item['text']}\n" in markdown
    assert report["articles"] == len(report["documents"]) == 6


def test_markdown_layout(make_folder, story_files) -> None:
    folder = make_folder({**story_files, "left|right.txt": story_files["meridian.txt"]})
    markdown = to_markdown(summarize(analyze(folder), SummaryOptions(sentences=2)))
    lines = markdown.splitlines()
    assert lines[0].startswith("# ")
    assert lines[2] == (
        "4 articles from 3 independent outlets. "
        "Every sentence below is quoted verbatim from one of the articles."
    )
    assert "## Summary" in lines
    assert lines.index("## Summary") < lines.index("## Reported by one outlet")
    assert lines.index("## Reported by one outlet") < lines.index("## Articles")
    assert "| File | Outlet | Title | Sentences | Counted as one outlet with |" in lines
    # A pipe in a file name does not break the table.
    row = next(line for line in lines if line.startswith("| `left"))
    assert row.startswith("| `left\\|right.txt` |")
    assert "`meridian.txt`" in row  # the copy is named
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_markdown_when_nothing_can_be_selected(make_folder) -> None:
    folder = make_folder({"a.txt": "He said it fell at dusk. They said it was late.\n"})
    markdown = to_markdown(summarize(analyze(folder)))
    assert "*No sentence could be selected.*" in markdown
    assert "> Only one article: nothing could be corroborated." in markdown


def test_disputed_summary_sentences_say_so_in_both_formats() -> None:
    from corroborate.resources import sample_story

    summary = summarize(analyze(sample_story()))
    disputed = [item for item in summary.items if item.disputed_by]
    assert disputed, "the sample story's reopening day is disputed"
    report = to_json(summary)
    by_text = {entry["text"]: entry for entry in report["summary"]}
    for item in disputed:
        assert by_text[item.text]["disputed_by"] == list(item.disputed_by)
        # the disputing outlet gives its own version, not the summary's
        assert not set(item.disputed_by) & set(item.outlets)
    assert f"disputed by {', '.join(disputed[0].disputed_by)}" in to_markdown(summary)


def test_an_outlet_that_backs_a_claim_is_never_named_as_disputing_it(sample_analysis) -> None:
    # The Lowland Herald gives Thursday for the reopening the Valley Ledger reports as
    # Wednesday; once the reader says both files are one outlet, that outlet backs the
    # claim and one of its articles says otherwise: no dispute by itself, but the split said.
    merged = merge_files(Corrections(), ["lowland-herald.txt", "05-rail-line-stays-shut.txt"])
    summary = summarize(apply_corrections(sample_analysis, merged))
    reopening = next(item for item in summary.items if "reopen on Wednesday" in item.text)
    outlet = sample_analysis.article_named("05-rail-line-stays-shut.txt").outlet
    assert outlet in reopening.outlets
    assert reopening.disputed_by == ()
    assert reopening.split_within == (outlet,)
    for item in summary.items:
        assert not set(item.disputed_by) & set(item.outlets)
    markdown = to_markdown(summary)
    assert f"disputed by {outlet}" not in markdown
    assert f"another sentence of {outlet} says otherwise" in markdown
    entry = next(e for e in to_json(summary)["summary"] if e["text"] == reopening.text)
    assert entry["disputed_by"] == [] and entry["split_within"] == [outlet]


def test_outlets_that_are_only_file_names_are_said_to_be_so_until_the_reader_names_them(
    sample_analysis,
) -> None:
    note = "> Lowland Herald is named after its file: the article never says who published it."
    assert note in to_markdown(summarize(sample_analysis)).splitlines()
    named = rename_outlet(Corrections(), ["lowland-herald.txt"], "Lowland Herald")
    renamed = to_markdown(summarize(apply_corrections(sample_analysis, named)))
    assert "named after its file" not in renamed


def test_single_source_sentences_beyond_those_listed_are_counted(sample_analysis) -> None:
    listed = summarize(sample_analysis)
    none_listed = summarize(sample_analysis, SummaryOptions(single_source_per_outlet=0))
    total = len(listed.single_source) + listed.single_source_more
    assert none_listed.single_source == ()
    assert none_listed.single_source_more == total > 0
    assert to_json(none_listed)["single_source_more"] == total
    assert f"…and {total} more sentence" in to_markdown(none_listed)


def test_the_report_says_where_the_single_source_sentences_it_does_not_list_are_listed(
    sample_analysis,
) -> None:
    none_listed = summarize(sample_analysis, SummaryOptions(single_source_per_outlet=0))
    unlisted = none_listed.single_source_more
    line = next(x for x in to_markdown(none_listed).splitlines() if "more sentence" in x)
    assert f"…and {unlisted} more sentence" in line
    assert "“Show All” on its tab “Reported by one outlet”" in line
    every = summarize(sample_analysis, SummaryOptions(single_source_per_outlet=10**6))
    assert every.single_source_more == 0
    assert "more sentence" not in to_markdown(every)


def test_each_summary_claim_carries_one_sentence_per_backing_outlet(sample_analysis) -> None:
    report = to_json(summarize(sample_analysis))
    for item in report["summary"]:
        evidence = item["evidence"]
        assert [e["outlet"] for e in evidence] == item["outlets"]
        assert len(evidence) == item["support"]
        assert {e["file"] for e in evidence} <= set(item["sources"])
        assert item["text"] in {e["text"] for e in evidence} or any(
            e["file"] == item["file"] for e in evidence
        )


def test_an_article_without_a_headline_is_listed_by_its_opening_words(tmp_path: Path) -> None:
    text = (
        "The Carrowgate bridge fell into the Tessel river on Monday evening, taking a bus and "
        "three cars with it, the mayor of Harlow said.\n\nDivers pulled nine people out."
    )
    (tmp_path / "p01.txt").write_text(text, encoding="utf-8")
    (tmp_path / "p02.txt").write_text(text.replace("Monday evening", "Monday"), encoding="utf-8")
    markdown = to_markdown(summarize(analyze(tmp_path)))
    row = next(line for line in markdown.splitlines() if line.startswith("| `p01.txt`"))
    assert "| p01 *(file name)* |" in row
    assert "*The Carrowgate bridge fell into the Tessel river on Monday evening, taking …*" in row


#: Two outlets' short reports of one closure, too short for the summaries asked of them.
FOG_AT_THE_TERMINAL = {
    "harbour-gazette.txt": (
        "Fog closed the Wexley ferry terminal on Tuesday morning for six hours.\n\n"
        "Port officials said the first crossing left at noon with 40 passengers.\n"
    ),
    "coast-record.txt": (
        "Thick fog shut the Wexley ferry terminal for six hours on Tuesday morning.\n\n"
        "The harbour master said radar on two boats had been repaired last month.\n"
    ),
}


def test_a_summary_shorter_than_asked_says_why_in_markdown_and_json(
    make_folder,
) -> None:
    folder = make_folder(FOG_AT_THE_TERMINAL)
    analysis = analyze(folder)
    asked = summarize(analysis, SummaryOptions(sentences=8))
    count = len(asked.items)
    assert 0 < count < 8
    note = f"{count} sentences, not the 8 asked for"
    assert any(line.startswith(f"> {note}") for line in to_markdown(asked).splitlines())
    assert any(n.startswith(note) for n in to_json(asked)["notes"])
    # A summary as long as asked has nothing to explain.
    full = summarize(analysis, SummaryOptions(sentences=count))
    assert "asked for" not in to_markdown(full)


def test_a_summary_measured_in_words_that_falls_short_says_how_many_it_quotes_and_why(
    make_folder,
) -> None:
    from corroborate.engine import short_summary_note

    folder = make_folder(FOG_AT_THE_TERMINAL)
    analysis = analyze(folder)
    short = summarize(analysis, SummaryOptions(words=400))
    quoted = sum(len(item.text.split()) for item in short.items)
    assert 0 < quoted < 400
    note = f"{quoted} words, not the 400 asked for: no other sentence"
    assert any(line.startswith(f"> {note}") for line in to_markdown(short).splitlines())
    assert any(n.startswith(note) for n in to_json(short)["notes"])
    assert short_summary_note(short, counted=False).startswith("Not the 400 asked for")
    # Reaching the words asked for (the last sentence may run past them): nothing to say.
    reached = summarize(analysis, SummaryOptions(words=quoted // 2))
    assert "asked for" not in to_markdown(reached)


def test_a_count_of_one_takes_the_singular_and_every_other_count_the_plural() -> None:
    assert [counted(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]
    assert plural(1, "outlet says", "outlets say") == "outlet says"
    assert plural(3, "outlet says", "outlets say") == "outlets say"
    assert plural(2, "was", "were") == "were"


def test_the_report_and_the_app_word_one_of_anything_in_the_singular() -> None:
    assert independent_outlets(1) == "1 independent outlet"
    assert independent_outlets(4) == "4 independent outlets"
    assert more_single_source(1).startswith("…and 1 more sentence that")
    assert more_single_source(2).startswith("…and 2 more sentences that")


def test_a_folder_of_many_bare_files_names_a_few_of_them_and_counts_the_rest() -> None:
    from corroborate.engine.report.render import file_named_note

    few = file_named_note(("wexley-01", "wexley-02", "wexley-03"))
    assert few == (
        "wexley-01, wexley-02 and wexley-03 are named after their files: "
        "the articles never say who published them."
    )
    many = file_named_note(tuple(f"wexley-{n:02}" for n in range(1, 121)))
    assert many == (
        "wexley-01, wexley-02, wexley-03 and 117 more are named after their files: "
        "the articles never say who published them."
    )


def test_a_minimum_asking_for_every_outlet_of_two_reads_both_not_all_two() -> None:
    from corroborate.engine.report.render import at_least

    assert at_least(2, 2) == "both"
    assert at_least(5, 2) == "both"
    assert at_least(3, 3) == "all 3"
    assert at_least(2, 5) == "2 or more"


def test_json_disagreements_say_which_conflict_of_the_markdown_each_pair_belongs_to(
    sample_analysis,
) -> None:
    # The sample story: one outlet says 12 injured, two say 14, so two pairs are one
    # conflict. JSON lists pairs; a program must be able to count conflicts as the report does.
    summary = summarize(sample_analysis)
    pairs = to_json(summary)["disagreements"]
    markdown = to_markdown(summary)
    section = markdown.split("## Where outlets disagree", 1)[1].split("\n## ", 1)[0]
    numbered = [line for line in section.splitlines() if line[:1].isdigit()]
    assert len(pairs) > len(numbered) > 0, "the sample story has a conflict of three sides"
    assert sorted({pair["conflict"] for pair in pairs}) == list(range(1, len(numbered) + 1))
    items: dict[int, str] = {}
    for line in section.splitlines():
        if line[:1].isdigit():
            current = int(line.split(".", 1)[0])
        if line[:1].isdigit() or line.startswith("   - "):
            items[current] = items.get(current, "") + line + "\n"
    for pair in pairs:
        item = items[pair["conflict"]]
        for side in (pair["a"], pair["b"]):
            assert side["text"] in item.replace("**", "")
        assert pair["detail"].split(" / ")[0] in item.splitlines()[0]


def test_the_line_about_show_all_fits_a_report_of_article_files_and_names_the_narrow_tab(
    sample_analysis,
) -> None:
    none_listed = summarize(sample_analysis, SummaryOptions(single_source_per_outlet=0))
    line = next(x for x in to_markdown(none_listed).splitlines() if "more sentence" in x)
    # A report may be of article files chosen one by one: "this folder" would be untrue.
    assert "folder" not in line and "open these articles in it" in line
    # A narrow window names the tab "Reported once": the line names it both ways.
    assert "“Reported by one outlet”" in line and "“Reported once”" in line


def test_a_report_titled_by_an_opening_sentence_says_no_headline_tells_the_story(
    make_folder,
) -> None:
    lead = (
        "The Carrowgate bridge fell into the Tessel river on Monday evening, taking a bus and "
        "three cars with it, the mayor of Harlow said.\n\nDivers pulled nine people out."
    )
    bare = make_folder({"p01.txt": lead, "p02.txt": lead.replace("Monday evening", "Monday")})
    summary = summarize(analyze(bare))
    note = "No article's headline tells this story: its title is the opening sentence"
    assert to_json(summary)["title_from"] == "lead"
    assert any(n.startswith(note) for n in to_json(summary)["notes"])
    assert f"> {note}" in to_markdown(summary)
    headed = make_folder(
        {"p01.txt": f"Carrowgate bridge falls into the Tessel\n\n{lead}", "p02.txt": lead},
        name="headed",
    )
    summary = summarize(analyze(headed))
    assert to_json(summary)["title_from"] == "headline"
    assert "headline tells this story" not in to_markdown(summary)


def test_a_minimum_above_the_outlets_there_are_asks_every_outlet_and_counts_who_reach_it(
    sample_analysis,
) -> None:
    total = sample_analysis.independent_sources
    asked_too_many = summarize(sample_analysis, SummaryOptions(min_sources=total + 3))
    asked_all = summarize(sample_analysis, SummaryOptions(min_sources=total))
    assert asked_too_many.min_support == asked_all.min_support == total
    items = asked_too_many.items
    backed = asked_too_many.backed
    assert backed == sum(item.support == total for item in items)
    assert 0 < backed < len(items)  # the sample story: some, not all, backed by all five
    assert f"Only {backed} of the {len(items)} summary sentences" in to_markdown(asked_too_many)


def test_the_reports_single_outlet_section_says_the_summarys_own_one_outlet_sentences_are_not_repeated() -> (
    None
):
    from corroborate.engine import SummaryOptions, analyze, summarize
    from corroborate.engine.report.render import render_markdown
    from corroborate.resources import sample_story

    analysis = analyze(sample_story())
    total = analysis.independent_sources
    # Every sentence of the default summary is backed by two outlets or more: nothing said.
    assert "Not repeated here" not in render_markdown(summarize(analysis))
    longer = summarize(analysis, SummaryOptions(sentences=14))
    alone = [item for item in longer.items if item.support == 1]
    assert len(alone) >= 2 and longer.single_source  # the case in question
    report = render_markdown(longer)
    section = report[report.index("## Reported by one outlet") :]
    assert (
        f"*Not repeated here: the {len(alone)} summary sentences that one outlet alone backs "
        f"(marked “1 of {total} outlets”).*"
    ) in section
    # as the summary marks them, and not listed again under their outlet
    assert report.count(f"— 1 of {total} outlets:") == len(alone)
    assert not any(f"- {item.text}" in section for item in alone)
