"""The pipeline end to end on small invented folders: errors, problems, progress, cancelling,
and the promises every summary keeps (verbatim text, honest support, options respected)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.engine import (
    Analysis,
    AnalysisOptions,
    Cancelled,
    NoArticlesError,
    SummaryOptions,
    analyze,
    summarize,
    to_json,
    to_markdown,
)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
NOISE = bytes((i * 37 + 11) % 256 for i in range(2048))


def normalise(text: str) -> str:
    return " ".join(text.split())


def test_empty_folder_raises(make_folder) -> None:
    folder = make_folder({})
    with pytest.raises(NoArticlesError) as caught:
        analyze(folder)
    assert caught.value.problems == ()
    assert str(folder) in str(caught.value)


def test_an_empty_folder_is_said_to_be_empty(make_folder) -> None:
    folder = make_folder({})
    (folder / ".DS_Store").write_bytes(b"\x00\x00")
    with pytest.raises(NoArticlesError) as caught:
        analyze(folder)
    assert str(caught.value) == f"No readable article was found in “{folder}”: the folder is empty."


def test_a_folder_holding_only_an_empty_subfolder_is_not_said_to_be_empty(make_folder) -> None:
    folder = make_folder({})
    (folder / "drafts").mkdir()
    with pytest.raises(NoArticlesError) as caught:
        analyze(folder)
    assert "empty" not in str(caught.value)


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(NoArticlesError):
        analyze(tmp_path / "nowhere")


def test_folder_of_unreadable_files_names_each_one(make_folder) -> None:
    folder = make_folder(
        {"empty.txt": "", "blank.md": "  \n\n\t\n", "image.txt": PNG, "noise.txt": NOISE}
    )
    with pytest.raises(NoArticlesError) as caught:
        analyze(folder)
    problems = {p.file: p.reason for p in caught.value.problems}
    assert set(problems) == {"empty.txt", "blank.md", "image.txt", "noise.txt"}
    assert all(reason for reason in problems.values())
    assert "empty" in problems["empty.txt"]
    assert "4 files were skipped" in str(caught.value)


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["image.txt"], "No readable article was found in the file given, “image.txt”"),
        (["image.txt", "noise.txt"], "No readable article was found in the 2 files given"),
    ],
)
def test_files_given_without_an_article_are_named_not_the_folder_they_lie_in(
    make_folder, given: list[str], said: str
) -> None:
    folder = make_folder({"image.txt": PNG, "noise.txt": NOISE, "empty.txt": ""})
    with pytest.raises(NoArticlesError) as caught:
        analyze([folder / name for name in given])
    assert str(caught.value).startswith(said)
    assert sorted(p.file for p in caught.value.problems) == given


def test_folder_of_chrome_only_names_the_file(make_folder) -> None:
    folder = make_folder({"menu.txt": "HARBOR HERALD\nHome | News | Sport\nLeave a Reply\n"})
    with pytest.raises(NoArticlesError) as caught:
        analyze(folder)
    assert [p.file for p in caught.value.problems] == ["menu.txt"]


def test_one_article_is_summarised_with_a_note(make_folder, story_files) -> None:
    folder = make_folder({"meridian.txt": story_files["meridian.txt"]})
    summary = summarize(analyze(folder))
    assert summary.notes == ("Only one article: nothing could be corroborated.",)
    assert summary.items
    assert all(item.support == 1 and item.sources == ("meridian.txt",) for item in summary.items)
    assert summary.single_source == ()
    assert summary.title == "Bridge collapses into Tessel River in Fennick"


def test_unreadable_file_among_good_ones_is_skipped_and_named(make_folder, story_files) -> None:
    folder = make_folder({**story_files, "empty.txt": "", "photo.txt": PNG})
    analysis = analyze(folder)
    assert sorted(a.file for a in analysis.articles) == sorted(story_files)
    assert {p.file for p in analysis.problems} == {"empty.txt", "photo.txt"}
    summary = summarize(analysis)
    assert summary.items
    assert not {"empty.txt", "photo.txt"} & {f for item in summary.items for f in item.sources}
    assert "## Skipped files" in to_markdown(summary)
    assert {w["file"] for w in to_json(summary)["warnings"]} == {"empty.txt", "photo.txt"}


def test_story_corroborated_across_outlets(make_folder, story_files) -> None:
    analysis = analyze(make_folder(story_files))
    assert analysis.independent_sources == 3
    assert {a.outlet for a in analysis.articles} == {"Meridian Press", "Valley News", "The Ledger"}
    summary = summarize(analysis, SummaryOptions(sentences=3))
    assert [item.support for item in summary.items] == [3, 3, 2]
    assert summary.items[0].text == (
        "Fire Chief Tomas Brandt said two people were killed and 14 were injured."
    )
    # What only one outlet reports is listed apart, per outlet; a sentence that another
    # outlet's sentence even loosely echoes ("closed" in Fennick: the school, the rail
    # line) is not promised as one outlet's alone.
    single = {(item.outlet, item.text) for item in summary.single_source}
    assert (
        "The Ledger",
        "Railway spokesman Ben Adair said debris from the span had landed within a few feet "
        "of the track.",
    ) in single
    assert all(len(analysis.echoes[item.sentence]) == 1 for item in summary.single_source)


#: A sentence only The Ledger reports, which the tests below have it print twice.
LEDGER_ALONE = (
    "Railway spokesman Ben Adair said debris from the span had landed within a few feet "
    "of the track."
)


def _ledger_printing_its_own_sentence_twice(story_files: dict[str, str]) -> dict[str, str]:
    """The story, The Ledger's page saved with its closing paragraph twice, as crawled pages
    often are."""
    ledger = story_files["the-ledger.txt"]
    assert LEDGER_ALONE in ledger
    return {**story_files, "the-ledger.txt": f"{ledger}\n\n{LEDGER_ALONE}\n"}


def test_a_sentence_its_source_repeats_is_listed_once_as_one_outlets(
    make_folder, story_files
) -> None:
    alone = LEDGER_ALONE
    files = _ledger_printing_its_own_sentence_twice(story_files)
    summary = summarize(analyze(make_folder(files)), SummaryOptions(sentences=3))
    assert [item.text for item in summary.single_source].count(alone) == 1


def test_a_repeated_sentence_the_summary_shows_is_not_also_listed_as_one_outlets(
    make_folder, story_files
) -> None:
    alone = LEDGER_ALONE
    files = _ledger_printing_its_own_sentence_twice(story_files)
    # a long summary is topped up with sentences one outlet alone reports
    summary = summarize(analyze(make_folder(files)), SummaryOptions(sentences=40))
    shown = {item.text for item in summary.items}
    assert alone in shown
    assert alone not in {item.text for item in summary.single_source}


def test_identical_text_under_two_names_counts_once(make_folder, story_files) -> None:
    folder = make_folder({**story_files, "copy-of-meridian.txt": story_files["meridian.txt"]})
    analysis = analyze(folder)
    assert len(analysis.articles) == 4
    assert analysis.independent_sources == 3
    summary = summarize(analysis)
    assert max(item.support for item in summary.items) == 3
    assert all(item.support <= 3 for item in summary.items)


def test_excluded_file_is_left_out(make_folder, story_files) -> None:
    analysis = analyze(make_folder(story_files), AnalysisOptions(exclude=("the-ledger.txt",)))
    assert sorted(a.file for a in analysis.articles) == ["meridian.txt", "valley-news.txt"]


def test_the_folder_is_never_modified(make_folder, snapshot, story_files) -> None:
    folder = make_folder(
        {**story_files, "sub/extra.txt": story_files["meridian.txt"], "empty.txt": "", "x.jpg": PNG}
    )
    before = snapshot(folder)
    analysis = analyze(folder, AnalysisOptions(recursive=True))
    for options in (SummaryOptions(), SummaryOptions(words=40, min_sources=3)):
        summary = summarize(analysis, options)
        to_markdown(summary)
        to_json(summary)
    assert snapshot(folder) == before


def test_progress_fractions_increase_to_one(make_folder, story_files) -> None:
    calls: list[tuple[str, float]] = []
    analyze(make_folder(story_files), progress=lambda stage, f: calls.append((stage, f)))
    fractions = [f for _, f in calls]
    assert len(calls) >= 4
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert fractions == sorted(fractions)
    assert fractions[0] < fractions[-1] == 1.0
    assert all(isinstance(stage, str) and stage.strip() for stage, _ in calls)
    assert len({stage for stage, _ in calls}) >= 3


def test_cancelled_from_the_start(make_folder, story_files) -> None:
    with pytest.raises(Cancelled):
        analyze(make_folder(story_files), cancelled=lambda: True)


@pytest.mark.parametrize("after", [1, 3, 5, 7])
def test_cancelled_part_way(make_folder, story_files, after: int) -> None:
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > after

    stages: list[str] = []
    with pytest.raises(Cancelled):
        analyze(
            make_folder(story_files), cancelled=cancelled, progress=lambda s, f: stages.append(s)
        )
    assert len(stages) <= after


def test_words_option_stops_once_reached(make_folder, story_files) -> None:
    analysis = analyze(make_folder(story_files))
    one = summarize(analysis, SummaryOptions(words=1))
    assert len(one.items) == 1
    for limit in (10, 25, 40, 60):
        items = summarize(analysis, SummaryOptions(words=limit)).items
        lengths = [len(item.text.split()) for item in items]
        assert sum(lengths) >= limit
        assert sum(lengths) - max(lengths) < limit


def test_min_sources_respected_while_enough_sentences_have_it(make_folder, story_files) -> None:
    analysis = analyze(make_folder(story_files))
    two = summarize(analysis, SummaryOptions(sentences=5, min_sources=2))
    assert [item.support >= 2 for item in two.items] == [True] * 5
    assert two.notes == ()
    three = summarize(analysis, SummaryOptions(sentences=4, min_sources=3))
    assert [item.support for item in three.items][:2] == [3, 3]
    assert all(item.support < 3 for item in three.items[2:])
    assert len(three.items) == 4
    # Filling the length below the minimum is said by the report, plainly, with its
    # counts; the summary's own notes (the app's banners) stay for what is wrong.
    assert three.notes == ()
    # (3 of the 3 outlets: "all 3", not "3 or more")
    note = "Only 2 of the 4 summary sentences are backed by all 3 outlets; the other 2"
    assert f"> {note} by fewer than 3." in to_markdown(three)
    assert any(n.startswith(note) for n in to_json(three)["notes"])
    assert "backed by 2 or more" not in to_markdown(two)


# --- properties over generated folders -----------------------------------------------------------

SENTENCES = [
    "The Carrowgate Bridge collapsed into the Tessel River on Monday evening.",
    "The Carrowgate Bridge fell into the Tessel River on Monday night, sending a bus into it.",
    "Fire Chief Tomas Brandt said two people were killed and 14 were injured.",
    "Two people died and 14 were hurt, according to Fire Chief Tomas Brandt.",
    "Fire Chief Tomas Brandt said three people were killed and 12 were injured.",
    "Divers pulled nine people from the Tessel River, Brandt said on Monday night.",
    "“We are going to find out exactly why this bridge came down,” Mayor Renata Holloway said.",
    "Holloway said: “We are going to find out exactly why this bridge came down.”",
    "He said the crossing had been swaying for days before it fell.",
    "However, the railway line beneath the bridge escaped serious damage.",
    "The steel truss bridge was built in 1962 and carried about 21,000 vehicles a day.",
    "The Tessel Valley Railway line will reopen on Wednesday, the railway said.",
    "Fennick High School, which draws pupils from both banks, will be closed on Tuesday.",
    "Replacement buses will run between Fennick and Corley Junction until the line reopens.",
    "Volunteers from Corley brought blankets and hot drinks to the families on the riverbank.",
]
CHROME = [
    "Bridge collapse in Fennick",
    "By Jane Doe",
    "Leave a Reply",
    "© 2025 Harbor Herald",
    "Click to comment",
]


@st.composite
def article_text(draw: st.DrawFn) -> str:
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CHROME)))
    body = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
    layout = draw(st.sampled_from(["paragraphs", "one paragraph", "bullets", "dateline"]))
    if layout == "paragraphs":
        lines += body
    elif layout == "one paragraph":
        lines.append(" ".join(body))
    elif layout == "bullets":
        lines += [f"- {s}" for s in body]
    else:
        lines += [f"FENNICK (Meridian Press) — {body[0]}", *body[1:]]
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CHROME)))
    return "\n\n".join(lines) + "\n"


FOLDERS = st.dictionaries(
    st.sampled_from(["a.txt", "b.txt", "harbor-herald.txt", "d.md", "sub-e.txt"]),
    article_text(),
    min_size=1,
    max_size=4,
)


def check_summary(analysis: Analysis, texts: dict[str, str], options: SummaryOptions) -> None:
    summary = summarize(analysis, options)
    groups = analysis.independent_sources
    for item in summary.items:
        assert 1 <= item.support <= groups
        assert len(item.outlets) == item.support
        assert item.file in item.sources
        assert set(item.sources) <= set(texts)
        assert normalise(item.text) in normalise(texts[item.file])
    for single in summary.single_source:
        assert normalise(single.text) in normalise(texts[single.file])
    to_markdown(summary)
    to_json(summary)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(FOLDERS, st.integers(1, 10), st.integers(1, 60), st.integers(1, 3))
def test_any_small_folder_gives_an_honest_summary(
    write_files, files: dict[str, str], sentences: int, words: int, min_sources: int
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = write_files(Path(name), files)
        analysis = analyze(folder)
        assert 1 <= analysis.independent_sources <= len(analysis.articles) <= len(files)

        by_count = SummaryOptions(sentences=sentences, min_sources=min_sources)
        check_summary(analysis, files, by_count)
        items = summarize(analysis, by_count).items
        assert len(items) <= sentences

        # --words N: selection stops as soon as N words are reached, or when nothing is left.
        by_words = SummaryOptions(words=words, min_sources=min_sources)
        check_summary(analysis, files, by_words)
        lengths = [len(item.text.split()) for item in summarize(analysis, by_words).items]
        everything = summarize(analysis, SummaryOptions(sentences=1000, min_sources=min_sources))
        if sum(lengths) < words:
            assert len(lengths) == len(everything.items)
        elif lengths:
            assert sum(lengths) - max(lengths) < words

        # min_sources: a weaker sentence enters only once the strong ones have run out.
        def strong(items) -> set[int]:
            return {item.sentence for item in items if item.support >= min_sources}

        if any(item.support < min_sources for item in items):
            assert strong(items) == strong(everything.items)
        supports = [item.support for item in items]
        assert supports == sorted(supports, reverse=True)


OFF_TOPIC = (
    "The Riverside Bakers Guild said on Friday that its sourdough contest will move to the "
    "Old Corn Exchange, where judges from three counties will taste two hundred loaves.\n\n"
    "Organisers said entries had doubled since last spring, when the contest was held in a "
    "church hall and the queue for tickets stretched along Abbey Lane.\n"
)


def test_off_topic_article_is_named_left_out_and_can_be_included(story: Path) -> None:
    (story / "bakers.txt").write_text(OFF_TOPIC, encoding="utf-8")
    analysis = analyze(story)
    assert "bakers.txt" not in {a.file for a in analysis.articles}
    assert [(p.file, p.kind) for p in analysis.problems] == [("bakers.txt", "off-topic")]
    kept = analyze(story, AnalysisOptions(include=("bakers.txt",)))
    assert "bakers.txt" in {a.file for a in kept.articles}
    assert kept.problems == ()
    assert "bakers.txt" in {
        a.file for a in analyze(story, AnalysisOptions(include_off_topic=True)).articles
    }
    missing = analyze(story, AnalysisOptions(include=("bakers.text",))).problems
    assert ("bakers.text", "not-found") in [(p.file, p.kind) for p in missing]


WEATHER_PAGE = (
    "REGIONAL FORECAST\n\n"
    "Showers will spread across the northern hills on Tuesday as low pressure moves in from "
    "the sea, with sleet on the high moors and heavy rain in the western valleys by evening.\n\n"
    "Farther south, sunshine and light winds will keep the farmland mild and dry, and fog "
    "will linger along the eastern coast until noon before breezes clear it.\n\n"
    "Gusty winds will batter the islands overnight, and a hard frost is likely inland, where "
    "gardeners are advised to cover tender plants before dark.\n\n"
    "Focus: {where}\n\n"
    "Rain on the hills upstream will swell the {river} River at {town} this week, where "
    "divers searched the water below the {bridge} Bridge on Monday. Forecasters said the "
    "current would slow them.\n"
)


def test_a_weather_page_with_a_paragraph_on_the_story_counts_its_outlet(story: Path) -> None:
    here = {"where": "the Tessel", "river": "Tessel", "town": "Fennick", "bridge": "Carrowgate"}
    (story / "weather.txt").write_text(WEATHER_PAGE.format(**here), encoding="utf-8")
    analysis = analyze(story)
    assert "weather.txt" in {a.file for a in analysis.articles}
    assert analysis.problems == ()
    # The same page about a river and a town the story never names is left out.
    elsewhere = {"where": "the Wend", "river": "Wend", "town": "Ossmoor", "bridge": "Harle"}
    (story / "weather.txt").write_text(WEATHER_PAGE.format(**elsewhere), encoding="utf-8")
    assert [(p.file, p.kind) for p in analyze(story).problems] == [("weather.txt", "off-topic")]


#: A city guide naming the story's city, river and district, with nothing on the story.
CITY_GUIDE = (
    "A weekend in Fennick\n\n"
    "Fennick is a lively river city known for its markets, its museums and its stone quays.\n\n"
    "Stroll along the Tessel at sunset, when the cafes of old Fennick fill with music and the "
    "smell of roasting chestnuts.\n\n"
    "The Carrowgate district is home to the best antique shops, and the covered market opens "
    "every Saturday from dawn.\n\n"
    "Hotels near the cathedral offer family rooms from 80 euros a night, and the tram to the "
    "airport runs every twenty minutes.\n"
)


def test_a_city_guide_naming_the_storys_places_but_nothing_of_it_is_off_topic(
    story: Path,
) -> None:
    (story / "guide.txt").write_text(CITY_GUIDE, encoding="utf-8")
    assert [(p.file, p.kind) for p in analyze(story).problems] == [("guide.txt", "off-topic")]


def test_a_weather_page_kept_for_its_paragraph_on_the_story_adds_no_forecast_sentences(
    story: Path,
) -> None:
    here = {"where": "the Tessel", "river": "Tessel", "town": "Fennick", "bridge": "Carrowgate"}
    (story / "weather.txt").write_text(WEATHER_PAGE.format(**here), encoding="utf-8")
    analysis = analyze(story)
    page = next(a.id for a in analysis.articles if a.file == "weather.txt")
    kept = [s.text for s in analysis.sentences if s.article == page]
    assert kept and all("Tessel" in text or "current" in text for text in kept)
    assert not any("frost" in s.text or "farmland" in s.text for s in analysis.sentences)


def test_one_speaker_giving_two_figures_is_not_one_claim(tmp_path: Path) -> None:
    # The shared attribution must not make different figures corroborate each other.
    (tmp_path / "a.txt").write_text(
        "Divers pulled nine people from the water, Fire Chief Tomas Brandt said.\n", "utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Fire Chief Tomas Brandt said 14 people were injured, four of them seriously.\n", "utf-8"
    )
    analysis = analyze(tmp_path)
    assert analysis.matches == ()
    summary = summarize(analysis)
    assert all(item.support == 1 for item in summary.items)


def test_a_new_matcher_is_one_class_given_in_the_options(make_folder, story_files) -> None:
    from corroborate.engine import Match, NearPair, Sentence

    class SameTextOnly:
        """Matches sentences of different articles only when their texts are identical."""

        def match(
            self, sentences: Sequence[Sentence], cancelled: object = None
        ) -> tuple[list[Match], list[NearPair]]:
            first: dict[str, list[Sentence]] = {}
            for s in sentences:
                first.setdefault(s.text, []).append(s)
            return [
                Match(a.id, b.id, 1.0, "copy")
                for same in first.values()
                for i, a in enumerate(same)
                for b in same[i + 1 :]
                if a.article != b.article
            ], []

    folder = make_folder(story_files)
    strict = analyze(folder, AnalysisOptions(matcher=SameTextOnly()))
    engine = analyze(folder)
    for sentence in strict.sentences:
        alike = {o.id for o in strict.sentences if o.text == sentence.text and o.id != sentence.id}
        assert set(strict.neighbours[sentence.id]) <= alike
    assert sum(map(len, strict.neighbours)) < sum(map(len, engine.neighbours))


def test_sentence_splitting_and_the_disagreement_check_stop_when_cancelled(
    make_folder, story_files
) -> None:
    from corroborate.engine.conflicts.disagree import detect
    from corroborate.engine.text.segment import segment

    analysis = analyze(make_folder(story_files))
    with pytest.raises(Cancelled):
        segment(analysis.articles, cancelled=lambda: True)
    near = [(m.a, m.b) for m in analysis.matches]
    assert near  # there is work to stop
    with pytest.raises(Cancelled):
        detect(
            analysis.sentences,
            analysis.matches,
            (),
            analysis.groups,
            analysis.group_of,
            cancelled=lambda: True,
        )


def test_a_folder_with_one_unreadable_file_says_one_file_was_skipped(make_folder) -> None:
    folder = make_folder({"empty.txt": ""})
    with pytest.raises(NoArticlesError) as caught:
        analyze(folder)
    assert "1 file was skipped" in str(caught.value)


def _ledger_reports(story_files: dict[str, str]) -> tuple[dict[str, str], str]:
    """The story, The Ledger's first report (its fullest, without Adair's sentence) and two
    updates giving his sentence, the second a little reworded; and that rewording."""
    ledger = story_files["the-ledger.txt"]
    reworded = LEDGER_ALONE.replace("from the span", "from the fallen span")
    first = ledger.replace(
        LEDGER_ALONE,
        "Engineers from the county and the railway walked the embankment on Tuesday "
        "morning and found no damage to the signals.",
    )
    files = {
        **story_files,
        "the-ledger.txt": first,
        "the-ledger-update.txt": ledger,
        "the-ledger-update-2.txt": ledger.replace(LEDGER_ALONE, reworded),
    }
    return files, reworded


def test_a_sentence_an_outlet_rewords_in_a_later_report_is_counted_once_as_its_own(
    make_folder, story_files
) -> None:
    files, reworded = _ledger_reports(story_files)
    analysis = analyze(make_folder(files))
    assert analysis.independent_sources == 3
    summary = summarize(analysis, SummaryOptions(sentences=3))
    listed = [item.text for item in summary.single_source]
    assert len({LEDGER_ALONE, reworded} & set(listed)) == 1
    one_copy = {**files}
    del one_copy["the-ledger-update-2.txt"]
    before = summarize(analyze(make_folder(one_copy)), SummaryOptions(sentences=3))
    assert sum(summary.single_source_totals) == sum(before.single_source_totals)


def test_a_sentence_the_summary_shows_in_an_outlets_other_wording_is_not_listed_as_its_own(
    make_folder, story_files
) -> None:
    files, reworded = _ledger_reports(story_files)
    # a long summary is topped up with sentences one outlet alone reports
    summary = summarize(analyze(make_folder(files)), SummaryOptions(sentences=40))
    assert {item.text for item in summary.items} & {LEDGER_ALONE, reworded}
    assert not {LEDGER_ALONE, reworded} & {item.text for item in summary.single_source}


DRIVING = "Ilse Varga, 52, had driven the Corley route every weekday since she moved from Dunmore."
BAKERY = (
    "A bakery near Astbury market, owned by two sons of Varga, 52, stayed shut on Tuesday out "
    "of respect."
)
EMBANKMENT = (
    "Engineers from the county and the railway walked the embankment on Tuesday morning and "
    "found no damage to the signals near Corley Junction."
)


@pytest.mark.parametrize(
    ("first", "update", "update_2"),
    [
        # each in one of The Ledger's later reports
        (EMBANKMENT, DRIVING, BAKERY),
        # one in its first report (the one shown for the outlet), one in a later report
        (f"{EMBANKMENT}\n\n{BAKERY}", DRIVING, EMBANKMENT),
    ],
    ids=["both-in-later-reports", "one-in-the-first-report"],
)
def test_two_sentences_of_one_outlet_sharing_only_a_figure_and_a_name_are_both_its_own(
    make_folder, story_files, first: str, update: str, update_2: str
) -> None:
    # The Ledger tells two things of the bus driver, her age the one fact they share: two
    # sentences, not one sentence reworded.
    ledger = story_files["the-ledger.txt"]
    files = {
        **story_files,
        "the-ledger.txt": f"{ledger}\n{first}\n",
        "the-ledger-update.txt": f"{ledger}\n{update}\n",
        "the-ledger-update-2.txt": f"{ledger}\n{update_2}\n",
    }
    analysis = analyze(make_folder(files))
    assert analysis.independent_sources == 3
    summary = summarize(analysis, SummaryOptions(sentences=3, single_source_per_outlet=10))
    listed = {item.text for item in summary.single_source}
    assert {DRIVING, BAKERY} <= listed
    assert sum(summary.single_source_totals) == len(summary.single_source)


#: An earlier wording of :data:`LEDGER_ALONE`, which The Ledger's updated page keeps below.
LEDGER_EARLIER = (
    "Debris from the span was lying within a few feet of the track, railway spokesman Ben "
    "Adair said."
)
#: The next thing only The Ledger reports.
LEDGER_NEXT = (
    "Passengers are being carried by replacement buses between Fennick and Corley Junction "
    "in the meantime."
)


def _ledger_page_keeping_its_earlier_wording(story_files: dict[str, str]) -> dict[str, str]:
    """The story, The Ledger's page updated in place: its earlier wording of Adair's sentence
    kept at the foot of the page, as web pages that are updated often keep them."""
    ledger = story_files["the-ledger.txt"]
    return {**story_files, "the-ledger.txt": f"{ledger}\nUpdated earlier:\n\n{LEDGER_EARLIER}\n"}


def test_an_updated_page_telling_its_fact_in_two_wordings_lists_it_once_and_counts_it_once(
    make_folder, story_files
) -> None:
    files = _ledger_page_keeping_its_earlier_wording(story_files)
    options = SummaryOptions(sentences=3, single_source_per_outlet=10)
    summary = summarize(analyze(make_folder(files)), options)
    listed = [item.text for item in summary.single_source]
    assert len({LEDGER_ALONE, LEDGER_EARLIER} & set(listed)) == 1
    before = summarize(analyze(make_folder(story_files)), options)
    assert summary.single_source_totals == before.single_source_totals
    assert len(listed) == sum(summary.single_source_totals)


def test_an_updated_page_shows_the_next_of_its_own_facts_instead_of_a_second_wording(
    make_folder, story_files
) -> None:
    files = _ledger_page_keeping_its_earlier_wording(story_files)
    options = SummaryOptions(sentences=3, single_source_per_outlet=2)
    summary = summarize(analyze(make_folder(files)), options)
    ledger = [item.text for item in summary.single_source if item.outlet == "The Ledger"]
    assert LEDGER_NEXT in ledger
    assert len({LEDGER_ALONE, LEDGER_EARLIER} & set(ledger)) == 1
    assert summary.single_source_more == 0


def test_a_fact_the_summary_shows_is_not_listed_again_in_its_pages_earlier_wording(
    make_folder, story_files
) -> None:
    files = _ledger_page_keeping_its_earlier_wording(story_files)
    # a summary long enough to be topped up with one of The Ledger's own sentences
    summary = summarize(analyze(make_folder(files)), SummaryOptions(sentences=8))
    shown = {item.text for item in summary.items}
    assert LEDGER_ALONE in shown
    listed = {item.text for item in summary.single_source}
    assert LEDGER_NEXT in listed
    assert not {LEDGER_ALONE, LEDGER_EARLIER} & listed


def test_two_sentences_of_one_page_giving_two_figures_in_like_words_are_both_listed(
    make_folder, story_files
) -> None:
    # one survey, two counts: alike in words, two facts (figures apart)
    adults = "A Corley parish survey counted 412 commuters who rode the Brindle ferry each week."
    pupils = "A Corley parish survey counted 96 pupils who rode the Brindle ferry each week."
    ledger = story_files["the-ledger.txt"]
    files = {**story_files, "the-ledger.txt": f"{ledger}\n{adults}\n\n{pupils}\n"}
    options = SummaryOptions(sentences=3, single_source_per_outlet=10)
    listed = {item.text for item in summarize(analyze(make_folder(files)), options).single_source}
    assert {adults, pupils} <= listed


#: :data:`LEDGER_ALONE` as The Ledger's later report tells it, naming what the debris hit.
LEDGER_FULLER = (
    "Railway spokesman Ben Adair said debris from the span had landed within a few feet "
    "of the track, bending a signal post beside the Corley line."
)


def _ledger_telling_adairs_fact_in_two_reports(story_files: dict[str, str]) -> dict[str, str]:
    """The story, The Ledger's first report (its fullest, without Adair's sentence) and two
    updates giving his sentence, the later one (read last) telling more of it."""
    ledger = story_files["the-ledger.txt"]
    return {
        **story_files,
        "the-ledger.txt": ledger.replace(
            LEDGER_ALONE,
            "Engineers from the county and the railway walked the embankment on Tuesday "
            "morning and found no damage to the signals.\n\nCounty crews closed the "
            "riverside footpath below the bridge until further notice.",
        ),
        "the-ledger-2.txt": ledger,
        "the-ledger-3.txt": ledger.replace(LEDGER_ALONE, LEDGER_FULLER),
    }


def test_a_fact_one_outlet_tells_in_two_reports_is_listed_once_in_its_fuller_wording(
    make_folder, story_files
) -> None:
    files = _ledger_telling_adairs_fact_in_two_reports(story_files)
    analysis = analyze(make_folder(files))
    assert analysis.independent_sources == 3
    options = SummaryOptions(sentences=3, single_source_per_outlet=10)
    summary = summarize(analysis, options)
    listed = [item.text for item in summary.single_source]
    assert LEDGER_FULLER in listed
    assert LEDGER_ALONE not in listed
    # listed once and counted once: the count is the folder's without the later wording
    earlier_only = {**files}
    del earlier_only["the-ledger-3.txt"]
    before = summarize(analyze(make_folder(earlier_only)), options)
    assert summary.single_source_totals == before.single_source_totals
    assert len(listed) == sum(summary.single_source_totals)


def test_the_report_and_its_json_list_one_outlets_fact_told_twice_as_the_summary_does(
    make_folder, story_files
) -> None:
    analysis = analyze(make_folder(_ledger_telling_adairs_fact_in_two_reports(story_files)))
    # every sentence listed, then one per outlet with the rest said by the "…and N more" line
    for per_outlet in (10, 1):
        summary = summarize(
            analysis, SummaryOptions(sentences=3, single_source_per_outlet=per_outlet)
        )
        listed = [item.text for item in summary.single_source]
        report = to_json(summary)
        assert [item["text"] for item in report["single_source"]] == listed
        assert report["single_source_more"] == summary.single_source_more
        assert summary.single_source_more == sum(summary.single_source_totals) - len(listed)
        markdown = normalise(to_markdown(summary))
        assert all(normalise(text) in markdown for text in listed)
        assert normalise(LEDGER_ALONE) not in markdown
        if per_outlet == 10:
            assert LEDGER_FULLER in listed
            assert summary.single_source_more == 0
        else:
            assert summary.single_source_more == 2
            assert "…and 2 more sentences that one outlet alone reports" in markdown


def test_an_outlets_fact_the_summary_shows_is_listed_in_neither_of_its_wordings(
    make_folder, story_files
) -> None:
    files = _ledger_telling_adairs_fact_in_two_reports(story_files)
    # a long summary is topped up with sentences one outlet alone reports
    summary = summarize(analyze(make_folder(files)), SummaryOptions(sentences=40))
    assert {item.text for item in summary.items} & {LEDGER_ALONE, LEDGER_FULLER}
    assert not {LEDGER_ALONE, LEDGER_FULLER} & {item.text for item in summary.single_source}


def test_a_page_telling_its_fact_twice_lists_the_fuller_of_its_wordings_once(
    make_folder, story_files
) -> None:
    # The Ledger's page tells Adair's sentence, then again lower down with what the debris hit
    fuller = (
        "Debris from the fallen span was lying within a few feet of the track and bent a "
        "signal post, railway spokesman Ben Adair said."
    )
    ledger = story_files["the-ledger.txt"]
    files = {**story_files, "the-ledger.txt": f"{ledger}\nUpdated:\n\n{fuller}\n"}
    options = SummaryOptions(sentences=3, single_source_per_outlet=10)
    summary = summarize(analyze(make_folder(files)), options)
    listed = [item.text for item in summary.single_source]
    assert fuller in listed
    assert LEDGER_ALONE not in listed
    before = summarize(analyze(make_folder(story_files)), options)
    assert summary.single_source_totals == before.single_source_totals


#: A general page on the story's subject: why bridges collapse, naming nothing.
BRIDGE_PRIMER = (
    "Why bridges collapse\n\n"
    "Most bridge collapses have one of three causes: a flood that scours away the ground "
    "under a pier, a ship or lorry striking the structure, or steel that has rusted for "
    "years unseen.\n\n"
    "Scour is the commonest. When a bridge collapses this way, its span falls into the "
    "water below. Fast water carries away the riverbed around a pier, and the pier tilts "
    "until the span above it falls. A bridge over a river is most at risk when the river "
    "floods.\n\n"
    "Rust is slower, and a rusted bridge can stand for years before its span collapses. "
    "Salt and rainwater reach the steel of a bridge span through failed paint and joints,"
    " and the beams thin until they can no longer carry the span.\n\n"
    "Collapses of a whole bridge are rare, and a bridge collapse into a river is rarer "
    "still. Most failing bridges show cracks, sagging or loud noises long before they "
    "fall, and are shut in time.\n"
)


def test_a_general_page_on_the_storys_subject_that_names_none_of_it_is_left_out_saying_so(
    story: Path,
) -> None:
    (story / "primer.txt").write_text(BRIDGE_PRIMER, encoding="utf-8")
    analysis = analyze(story)
    assert "primer.txt" not in {a.file for a in analysis.articles}
    [problem] = analysis.problems
    assert (problem.file, problem.kind) == ("primer.txt", "off-topic")
    assert problem.reason.startswith("it never names ")
    assert "Carrowgate Bridge" in problem.reason and "shares few of their words" in problem.reason
    assert "primer.txt" in {
        a.file for a in analyze(story, AnalysisOptions(include=("primer.txt",))).articles
    }


def test_a_short_wire_brief_on_the_event_naming_none_of_its_names_is_kept(story: Path) -> None:
    brief = (
        "Bridge collapse kills two\n\n"
        "A bridge span collapsed into a river on Monday evening, sending a city bus and three "
        "cars into the water. Two people were killed and 14 were injured, fire officials said, "
        "and divers pulled nine people from the river.\n"
    )
    (story / "brief.txt").write_text(brief, encoding="utf-8")
    analysis = analyze(story)
    assert "brief.txt" in {a.file for a in analysis.articles}
    assert analysis.problems == ()


def test_a_page_on_another_event_in_the_storys_city_on_its_day_is_left_out(story: Path) -> None:
    concert = (
        "Philharmonic opens spring season\n\n"
        "FENNICK, March 9 — The Fennick Philharmonic opened its spring season on Monday evening "
        "with a sold-out programme of Sibelius and Grieg at the Corn Hall.\n\n"
        "Conductor Alma Reinholt, in her third season with the orchestra, drew five curtain "
        "calls after the Second Symphony.\n\n"
        "The orchestra said ticket sales were up by a fifth on last year, helped by a scheme "
        "that gives pupils free seats on weekday nights.\n"
    )
    (story / "concert.txt").write_text(concert, encoding="utf-8")
    problems = analyze(story).problems
    assert [(p.file, p.kind) for p in problems] == [("concert.txt", "off-topic")]


#: A feature on the city's market that names the collapse once, in one paragraph.
MARKET_FEATURE = [
    "A morning at the old market",
    "The covered market on Quay Street has sold fish, cheese and flowers every morning for "
    "more than a century, and its stallholders like to say that nothing can close it.",
    "Marta Oduya has sold olives and pickled peppers from the same corner stall for thirty "
    "years, as her mother did before her, and she knows most of her customers by name.",
    "On a busy Saturday the market draws about six thousand shoppers, the traders say, many "
    "of them families who come for breakfast at the long tables under the glass roof.",
    "The bakers start at four in the morning. By seven the queue for rye loaves and cinnamon "
    "buns stretches past the flower stalls to the doors.",
    "Traders said fewer shoppers came from the Northbank district this week, after the "
    "Carrowgate Bridge over the Tessel collapsed on Monday.",
    "Rents have risen by a third in five years, and several of the older stallholders say "
    "their children will not take over. Two cheese stalls closed last spring.",
]


def test_a_feature_naming_the_event_in_passing_counts_for_that_passage_alone(
    story: Path,
) -> None:
    (story / "market.txt").write_text("\n\n".join(MARKET_FEATURE) + "\n", encoding="utf-8")
    analysis = analyze(story)
    assert analysis.problems == ()  # it names the story's bridge, river and district
    kept = [s.text for s in analysis.sentences if analysis.articles[s.article].file == "market.txt"]
    assert kept == [MARKET_FEATURE[5]]  # the market's own life is no claim on the story


#: A page on something else set in the story's city: its dateline or its headline names it.
CHOIR = {
    "dateline": (
        "Choir sings at the evening service\n\n"
        "FENNICK (Valley Wire) — Pupils of St Aldric's school sang at the evening service, their "
        "teacher Ines Marlowe said.\n\n"
        "The choir has practised since September and will tour the county in spring.\n"
    ),
    "headline": (
        "Fennick choir sings at the evening service\n\n"
        "Pupils of St Aldric's school sang at the evening service, their teacher Ines Marlowe "
        "said.\n\n"
        "The choir has practised since September and will tour the county in spring.\n"
    ),
}


@pytest.mark.parametrize("where", sorted(CHOIR))
def test_a_page_naming_the_storys_city_in_its_dateline_or_headline_is_not_said_never_to_name_it(
    story: Path, where: str
) -> None:
    (story / "choir.txt").write_text(CHOIR[where], encoding="utf-8")
    [problem] = analyze(story).problems
    assert (problem.file, problem.kind) == ("choir.txt", "off-topic")  # by its words
    assert "Fennick" not in problem.reason
    assert problem.reason == "it seems to be about something else"
