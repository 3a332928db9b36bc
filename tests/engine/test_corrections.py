"""The reader's corrections: applied to an analysis, stored as JSON, read by the CLI."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from corroborate.cli import EXIT_OK, EXIT_USAGE, main
from corroborate.engine import analyze, summarize, to_json, to_markdown
from corroborate.engine.conflicts.grouping import conflicts
from corroborate.engine.consensus.corrections import (
    CorrectionsError,
    apply_corrections,
    from_dict,
    load,
    merge_files,
    rename_outlet,
    save,
    to_dict,
    unmatch,
    unmatch_pairs,
    unmerge_files,
)
from corroborate.engine.models import Analysis, Corrections, SentenceKey
from corroborate.resources import sample_story


@cache
def sample() -> Analysis:
    return analyze(sample_story())


def _file(analysis: Analysis, outlet: str) -> str:
    return next(a.file for a in analysis.articles if a.outlet == outlet)


def test_no_corrections_change_no_count() -> None:
    analysis = sample()
    corrected = apply_corrections(analysis, Corrections())
    assert corrected.groups == analysis.groups
    assert [corrected.support_of(s.id) for s in corrected.sentences] == [
        analysis.support_of(s.id) for s in analysis.sentences
    ]


def test_renaming_an_outlet_changes_every_place_it_is_named() -> None:
    analysis = sample()
    file = _file(analysis, "Valley 7 News")
    corrected = apply_corrections(analysis, rename_outlet(Corrections(), [file], "V7"))
    assert [a.outlet for a in corrected.articles if a.file == file] == ["V7"]
    assert "Valley 7 News" not in to_markdown(summarize(corrected)).split("## Reader's")[0]
    assert "V7" in {o for item in summarize(corrected).items for o in item.outlets}


def test_naming_a_file_after_another_outlet_makes_them_one_source() -> None:
    analysis = sample()
    file = _file(analysis, "Valley 7 News")
    corrected = apply_corrections(analysis, rename_outlet(Corrections(), [file], "Meridian Press"))
    assert corrected.independent_sources == analysis.independent_sources - 1
    meridian = _file(analysis, "Meridian Press")
    ids = {a.file: a.id for a in corrected.articles}
    assert corrected.group_of[ids[file]] == corrected.group_of[ids[meridian]]


def test_merging_two_outlets_lowers_the_support_they_gave_together() -> None:
    analysis = sample()
    a, b = _file(analysis, "Meridian Press"), _file(analysis, "Valley 7 News")
    corrected = apply_corrections(analysis, merge_files(Corrections(), [a, b]))
    assert corrected.independent_sources == analysis.independent_sources - 1
    ga = corrected.group_of[next(x.id for x in corrected.articles if x.file == a)]
    gb = corrected.group_of[next(x.id for x in corrected.articles if x.file == b)]
    assert ga == gb
    files_backing = [
        {analysis.articles[analysis.sentences[p].article].file for p in analysis.backing[s.id]}
        for s in analysis.sentences
    ]
    both = [sid for sid, files in enumerate(files_backing) if files >= {a, b}]
    assert both, "the sample story has sentences both outlets back"
    for sid in both:
        assert corrected.support_of(sid) == analysis.support_of(sid) - 1


def test_not_the_same_claim_cuts_the_match_and_its_support() -> None:
    analysis = sample()
    sid = max(range(len(analysis.sentences)), key=analysis.support_of)
    group = analysis.sentence_group
    peer = next(p for p in analysis.neighbours[sid] if group[p] != group[sid])
    corrections = unmatch(Corrections(), analysis.sentence_key(sid), analysis.sentence_key(peer))
    corrected = apply_corrections(analysis, corrections)
    assert peer not in corrected.neighbours[sid]
    assert sid not in corrected.neighbours[peer]
    assert len(corrected.matches) < len(analysis.matches)


def test_merging_the_two_sides_of_a_conflict_removes_it() -> None:
    analysis = sample()
    first = analysis.disagreements[0]
    files = [analysis.article_of(s).file for s in (first.a, first.b)]
    corrected = apply_corrections(analysis, merge_files(Corrections(), files))
    assert first not in corrected.disagreements


def test_merges_join_and_undo() -> None:
    c = merge_files(Corrections(), ["a.txt", "b.txt"])
    c = merge_files(c, ["b.txt", "c.txt"])
    assert c.merged == (("a.txt", "b.txt", "c.txt"),)
    assert unmerge_files(c, ["c.txt"]).merged == ()
    assert merge_files(Corrections(), ["a.txt"]) == Corrections()
    assert rename_outlet(rename_outlet(Corrections(), ["a.txt"], "X"), ["a.txt"], "") == (
        Corrections()
    )


def test_corrections_round_trip_through_json(tmp_path: Path) -> None:
    analysis = sample()
    c = rename_outlet(Corrections(), ["x.txt"], "Real Name")
    c = merge_files(c, ["x.txt", "y.txt"])
    c = unmatch(c, analysis.sentence_key(0), analysis.sentence_key(1))
    path = tmp_path / "deep" / "c.json"
    save(c, path, folder="/some/folder")
    assert load(path) == c
    assert from_dict(json.loads(json.dumps(to_dict(c)))) == c
    assert load(tmp_path / "missing.json") == Corrections()
    (tmp_path / "bad.json").write_text('{"outlets": [{"file": 1}]}', encoding="utf-8")
    with pytest.raises(CorrectionsError):
        load(tmp_path / "bad.json")


def test_exports_carry_the_corrections() -> None:
    analysis = sample()
    file = _file(analysis, "Lowland Herald")
    corrected = apply_corrections(analysis, rename_outlet(Corrections(), [file], "The Herald"))
    markdown = to_markdown(summarize(corrected))
    assert "## Reader's corrections" in markdown
    assert f"`{file}` is published by The Herald" in markdown
    report = to_json(summarize(corrected))
    assert report["corrections"]["outlets"] == [{"file": file, "outlet": "The Herald"}]
    assert "## Reader's corrections" not in to_markdown(summarize(analysis))
    assert to_json(summarize(analysis))["corrections"] == {
        "outlets": [], "merged": [], "not_same_claim": []
    }  # fmt: skip


def test_the_cli_reads_a_corrections_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    analysis = sample()
    a, b = _file(analysis, "Meridian Press"), _file(analysis, "Valley 7 News")
    path = tmp_path / "corrections.json"
    save(merge_files(Corrections(), [a, b]), path)
    assert main(["summarize", "--format", "json", "--corrections", str(path)]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["independent_sources"] == analysis.independent_sources - 1
    assert report["corrections"]["merged"] == [sorted([a, b])]
    assert main(["summarize", "--corrections", str(tmp_path / "none.json")]) == EXIT_USAGE
    assert "no corrections file" in capsys.readouterr().err


def test_one_conflict_is_listed_once_whatever_number_of_pairs() -> None:
    analysis = sample()
    found = conflicts(analysis)
    assert sum(len(c.pairs) for c in found) == len(analysis.disagreements)
    keys = [(c.kind, frozenset(c.detail.split(" / "))) for c in found]
    assert len(keys) == len(set(keys)), "no conflict is listed twice"
    assert any(len(c.sides) > 2 for c in found)


def test_one_sentence_set_apart_from_several_is_one_line_of_the_report() -> None:
    from corroborate.engine.consensus.corrections import describe
    from corroborate.engine.models import SentenceKey

    def key(name: str) -> SentenceKey:
        return SentenceKey(f"{name}.txt", f"What the {name} wrote.")

    herald = key("herald")
    star = tuple((key(name), herald) for name in ("gazette", "post", "courier"))
    apart = (key("times"), key("daily"))
    lines = describe(Corrections(unmatched=(*star, apart)))
    assert lines == [
        "not the same claim: “What the herald wrote.” (`herald.txt`) and each of "
        "“What the gazette wrote.” (`gazette.txt`), “What the post wrote.” (`post.txt`) "
        "and “What the courier wrote.” (`courier.txt`)",
        "not the same claim: “What the times wrote.” (`times.txt`) and "
        "“What the daily wrote.” (`daily.txt`)",
    ]


def test_sentences_of_one_file_set_apart_from_each_other_are_listed_pair_by_pair() -> None:
    from corroborate.engine.consensus.corrections import describe
    from corroborate.engine.models import SentenceKey

    first = SentenceKey("herald.txt", "The ferry left at noon.")
    second = SentenceKey("herald.txt", "The ferry left at dusk.")
    third = SentenceKey("herald.txt", "The ferry never left.")
    lines = describe(Corrections(unmatched=((first, second), (first, third))))
    assert len(lines) == 2
    assert all(line.startswith("not the same claim: “The ferry left at noon.”") for line in lines)


def _star(hub: str, spokes: tuple[str, ...]) -> list[tuple[SentenceKey, SentenceKey]]:
    """One saying: ``hub``'s sentence set apart from each of ``spokes``'."""
    return [(_said(hub), _said(name)) for name in spokes]


def _said(name: str) -> SentenceKey:
    return SentenceKey(f"{name}.txt", f"The {name} says the pier reopens on Friday.")


def test_two_not_the_same_claims_about_one_claim_count_as_two_corrections() -> None:
    from corroborate.engine.consensus.corrections import count_corrections, describe

    first = unmatch_pairs(Corrections(), _star("herald", ("gazette", "post", "courier")))
    # The second sets another outlet apart from the claim's sentences still on it,
    # which the first saying's pairs share.
    both = unmatch_pairs(first, _star("post", ("gazette", "courier")))
    assert count_corrections(first) == 1
    assert count_corrections(both) == 2
    assert len(describe(both)) == 2
    assert describe(both)[0] == describe(first)[0]


def test_a_saying_that_sets_nothing_new_apart_is_no_correction() -> None:
    from corroborate.engine.consensus.corrections import count_corrections

    once = unmatch_pairs(Corrections(), _star("herald", ("gazette", "post")))
    assert unmatch_pairs(once, _star("herald", ("post",))) is once
    assert count_corrections(unmatch_pairs(once, [])) == 1


def test_each_saying_is_kept_by_the_corrections_file(tmp_path: Path) -> None:
    from corroborate.engine.consensus.corrections import count_corrections

    said = unmatch_pairs(Corrections(), _star("herald", ("gazette", "post", "courier")))
    said = unmatch_pairs(said, _star("post", ("gazette", "courier")))
    path = tmp_path / "corrections.json"
    save(said, path)
    assert load(path) == said
    assert count_corrections(load(path)) == 2
    # The pairs are listed as before, so an older version still reads every one.
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert len(stored["not_same_claim"]) == len(said.unmatched) == 5


def test_a_corrections_file_from_before_sayings_were_recorded_still_loads_and_counts(
    tmp_path: Path,
) -> None:
    from corroborate.engine.consensus.corrections import count_corrections

    pairs = [*_star("herald", ("gazette", "post")), (_said("times"), _said("daily"))]
    path = tmp_path / "old.json"
    path.write_text(
        json.dumps({
            "version": 1, "outlets": [], "merged": [],
            "not_same_claim": [
                [{"file": k.file, "text": k.text} for k in pair] for pair in pairs
            ],
        }),
        encoding="utf-8",
    )  # fmt: skip
    old = load(path)
    assert len(old.unmatched) == 3 and old.sayings == ()
    assert count_corrections(old) == 2  # grouped as far as the pairs tell
    # A new saying on top of them counts as one more, and the file keeps both kinds.
    newer = unmatch_pairs(old, _star("courier", ("gazette",)))
    assert count_corrections(newer) == 3
    save(newer, path)
    assert load(path) == newer


def test_a_saying_numbered_wrongly_makes_the_file_unreadable_not_wrong() -> None:
    pair = [{"file": "a.txt", "text": "One."}, {"file": "b.txt", "text": "Two."}]
    for numbers in ([0, 1], ["first"], [-1], 3):
        with pytest.raises(CorrectionsError):
            from_dict({"not_same_claim": [pair], "not_same_claim_saying": numbers})


def test_a_saying_about_an_outlet_whose_copies_are_two_files_is_one_line_of_the_report() -> None:
    from corroborate.engine.consensus.corrections import describe

    copies = (_said("herald"), SentenceKey("herald-reprint.txt", _said("herald").text))
    others = [_said(name) for name in ("gazette", "post", "courier")]
    said = unmatch_pairs(Corrections(), [(mine, theirs) for mine in copies for theirs in others])
    (line,) = describe(said)
    assert line.startswith("not the same claim: “The herald says")
    assert "(`herald-reprint.txt`) / “The herald says" in line and "(`herald.txt`) and" in line
    assert line.count("each of") == 1 and all(f"`{k.file}`" in line for k in others)


def test_the_json_report_given_as_corrections_applies_the_corrections_it_carries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The export's "corrections" object has the corrections file's shape: a reader who
    # passes the exported report gets its corrections, not a summary without them.
    analysis = sample()
    a, b = _file(analysis, "Meridian Press"), _file(analysis, "Valley 7 News")
    corrected = apply_corrections(analysis, merge_files(Corrections(), [a, b]))
    export = tmp_path / "story.json"
    export.write_text(json.dumps(to_json(summarize(corrected))), encoding="utf-8")
    assert main(["summarize", "--format", "json", "--corrections", str(export)]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["corrections"]["merged"] == [sorted([a, b])]
    assert report["independent_sources"] == analysis.independent_sources - 1


def test_a_json_file_holding_no_corrections_is_refused_not_applied_as_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "settings.json"
    other.write_text('{"theme": "dark", "outlet": "The Quillby Post"}', encoding="utf-8")
    assert main(["summarize", "--corrections", str(other)]) == EXIT_USAGE
    said = capsys.readouterr().err
    assert "settings.json is not a corrections file" in said
    assert "outlets" in said and "merged" in said


def test_a_corrections_entry_missing_a_field_is_named_with_that_field() -> None:
    with pytest.raises(CorrectionsError, match="an entry of outlets has no 'outlet'"):
        from_dict({"outlets": [{"file": "quillby.txt"}]})
    with pytest.raises(CorrectionsError, match="an entry of not_same_claim has no 'text'"):
        from_dict({"not_same_claim": [[{"file": "a.txt"}, {"file": "b.txt", "text": "B."}]]})


def test_an_empty_corrections_file_still_means_no_corrections() -> None:
    assert from_dict({}) == Corrections()
    assert from_dict({"version": 1, "folder": "/stories/quillby"}) == Corrections()


def test_the_sentences_a_saying_set_apart_are_named_as_the_report_names_any_list() -> None:
    from corroborate.engine import listed
    from corroborate.engine.consensus.corrections import describe

    for spokes in (("gazette", "post"), ("gazette", "post", "courier", "times")):
        said = unmatch_pairs(Corrections(), _star("herald", spokes))
        (line,) = describe(said)
        others = [f"“{_said(name).text}” (`{name}.txt`)" for name in sorted(spokes)]
        assert line.endswith("and each of " + listed(others))


def test_a_corrections_file_that_is_not_json_is_refused_with_where_it_stops_being_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "quillby-corrections.json"
    broken.write_text('{"outlets": [\n  {"file": "a.txt" "outlet": "Quillby Post"}]}', "utf-8")
    assert main(["summarize", "--corrections", str(broken)]) == EXIT_USAGE
    said = capsys.readouterr().err
    assert "quillby-corrections.json: it is not JSON (line 2, column" in said
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"outlets": [{"file": "a.txt", "outlet": "Café"}]}'.encode("latin-1"))
    assert main(["summarize", "--corrections", str(latin)]) == EXIT_USAGE
    assert "latin.json: it is not UTF-8 text" in capsys.readouterr().err
