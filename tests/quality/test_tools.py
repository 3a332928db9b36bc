"""The quality tools: they never show, nor read for training, the stories set aside from
tuning, and they say what a split's disagreement figures rest on.

The corpora are not needed: folders of invented text stand in for them, named as the
stories whose labels are set aside.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import duc  # noqa: E402
import gold_score  # noqa: E402
import groups_stress  # noqa: E402
import offtopic_audit  # noqa: E402
import single_source_lists  # noqa: E402
import text_changes  # noqa: E402
import text_score  # noqa: E402
import titles_audit  # noqa: E402
import titles_stress  # noqa: E402
import train_concepts  # noqa: E402
import train_pairs  # noqa: E402
import why_pair  # noqa: E402


def _conflict_stories(held_out: bool) -> list[str]:
    golds = [json.loads(p.read_text("utf-8")) for p in gold_score.conflict_gold_files()]
    return sorted(
        g["story"] for g in golds if (g["split"] in gold_score.SET_ASIDE_SPLITS) == held_out
    )


def _corpus(root: Path, duc_names: list[str]) -> Path:
    for name in duc_names:
        folder = root / "duc2003" / name
        folder.mkdir(parents=True)
        (folder / "APW19990101.0001.txt").write_text(
            "The Orrin ferry docked late on Monday.", encoding="utf-8"
        )
    return root


def test_a_story_whose_disagreement_labels_are_held_out_is_never_listed_for_reading(
    tmp_path: Path,
) -> None:
    held_out, tuning = _conflict_stories(True), _conflict_stories(False)
    assert held_out and tuning
    corpus = _corpus(tmp_path, [held_out[0], tuning[0]])
    assert set(held_out) <= text_score.set_aside()
    # disagreements_all.py and text_changes.py read the folders this lists
    assert [f.name for f in text_changes.story_folders(corpus)] == [tuning[0]]
    assert [f.name for f in titles_audit.stories(corpus, [])] == [tuning[0]]
    with pytest.raises(SystemExit):
        titles_audit.stories(corpus, [held_out[0]])


def test_the_titles_stress_test_reads_only_stories_whose_text_is_dev() -> None:
    chosen = set(titles_stress.golds())
    assert {"mn003", "d30005t"} <= chosen  # a tuning web story and a tuning DUC cluster
    assert not chosen & text_score.set_aside()
    assert not chosen & text_score.HELDOUT


def test_the_off_topic_audit_never_analyses_a_set_aside_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path, ["d39001t", "d30051t", "d31031t"])
    (corpus / "summit").mkdir()
    for name in ("mn000", "mn901"):
        (corpus / "multinews-dev" / name).mkdir(parents=True)
    analysed: list[str] = []

    class Quiet:
        problems = ()

    def recording(folder: Path) -> Quiet:
        analysed.append(folder.name)
        return Quiet()

    monkeypatch.setattr(offtopic_audit, "analyze", recording)
    offtopic_audit.duc(corpus, verbose=False)
    offtopic_audit.readable(corpus)
    offtopic_audit.long_documents(corpus)
    assert analysed == ["d39001t", "summit", "mn901", "d39001t", "summit", "mn901", "d39001t"]
    out = capsys.readouterr().out
    assert "readable folders: 3, off-topic pages 0" in out
    assert "long documents: 0," in out


def test_training_concept_weights_never_opens_a_set_aside_clusters_references(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["d39001t", "d30051t", "d39002t", "d39003t"]
    for name in names:
        refs = tmp_path / name / "refs"
        refs.mkdir(parents=True)
        (tmp_path / name / "APW19990101.0001.txt").write_text(
            "The Orrin ferry docked late on Monday.", encoding="utf-8"
        )
        (refs / "A.txt").write_text("A ferry docked in Orrin.", encoding="utf-8")
    opened: list[Path] = []
    read = duc.sumy_docs.read_text

    def recording(path: Path) -> str:
        opened.append(path)
        return read(path)

    monkeypatch.setattr(duc.sumy_docs, "read_text", recording)
    clusters, halves = train_concepts.open_clusters(tmp_path)
    assert [c.name for c in clusters] == ["d39001t", "d39002t", "d39003t"]
    assert opened and not [p for p in opened if "d30051t" in p.parts]
    # the halves stay those of the whole layout, set-aside clusters counted
    assert halves == {"d39001t": 0, "d30051t": 0, "d39002t": 1, "d39003t": 1}


def test_the_pair_judge_reads_only_tuning_stories_though_every_folder_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(train_pairs.GOLD.glob("*.json"))]
    for gold in golds:
        if gold["corpus"] not in ("sample", "summit"):
            (tmp_path / gold["corpus"] / gold["story"]).mkdir(parents=True)
    (tmp_path / "summit").mkdir()
    read: list[str] = []

    def recording(corpus: Path, gold: dict) -> list[dict]:
        read.append(gold["story"])
        return []

    monkeypatch.setattr(train_pairs, "_story_pairs", recording)
    assert train_pairs.collect(tmp_path) == []
    hidden = text_score.set_aside()
    assert read == [g["story"] for g in golds if g["split"] == "dev" and g["story"] not in hidden]
    assert len(read) >= 30
    assert not set(read) & hidden


def test_the_pair_judges_fit_weighs_the_feature_that_tells_the_labels_apart() -> None:
    rng = np.random.default_rng(7)
    telling, noise = rng.normal(size=400), rng.normal(size=400)
    labels = (telling + 0.3 * rng.normal(size=400) > 0).astype(float)
    x = np.stack([telling, noise], axis=1)
    w = train_pairs.fit(x, labels, l2=1.0)
    assert w[1] > 2.0
    assert abs(w[2]) < 0.5
    groups = np.repeat(np.arange(4), 100)
    predicted = train_pairs.cross_validated(x, labels, groups, l2=1.0)
    assert ((predicted >= 0.5) == (labels == 1)).mean() > 0.85


def test_a_split_reporting_no_disagreement_gives_no_precision_rather_than_a_perfect_one() -> None:
    quiet = [
        gold_score.StoryScore("d39001t", "heldout", conflicts=2),
        gold_score.StoryScore("d39002t", "heldout"),
    ]
    line = gold_score.disagreement_line(quiet)
    assert "precision n/a (0 reported)" in line
    assert "recall 0/2" in line
    found = gold_score.StoryScore("d39003t", "dev", conflicts=3, conflicts_found=1)
    found.disagreements, found.disagreements_true = 4, 3
    assert "precision 0.75 (4 reported), recall 1/3" in gold_score.disagreement_line([found])


@pytest.mark.parametrize("story", ["d30051t", "mn000", _conflict_stories(True)[0]])
def test_why_pair_refuses_a_set_aside_story_by_claim_or_by_folder(
    tmp_path: Path, story: str
) -> None:
    with pytest.raises(SystemExit, match="set aside"):
        why_pair.main([str(tmp_path), "--claim", f"{story}:any_claim"])
    folder = tmp_path / story
    folder.mkdir()
    with pytest.raises(SystemExit, match="set aside"):
        why_pair.main([str(folder), "Orrin ferry docked", "ferry docked"])


def test_why_pair_says_when_a_match_backs_the_other_sentence_only() -> None:
    from corroborate.engine.models import Match

    seen = object.__new__(why_pair._Seen)
    seen.final = {(0, 1): Match(a=0, b=1, score=0.3, kind="fact", backs=1)}
    seen.aligned = {}
    # the summary's sentence 0 holds facts of its own beside the one 1 tells: 1 backs nothing of it
    assert seen.status(0, 1) == "MATCHED (fact), backing this sentence only"
    assert seen.status(1, 0) == "MATCHED (fact)"
    assert seen.status(0, 2) == "not matched"


@pytest.mark.parametrize("story", ["d30051t", "mn000", "mn005", "mn022", "d39999t"])
def test_the_single_source_lists_tool_refuses_a_story_whose_counts_are_set_aside(
    tmp_path: Path, story: str
) -> None:
    with pytest.raises(SystemExit, match="not a tuning story"):
        single_source_lists.main([str(tmp_path), story])


def test_the_single_source_lists_tool_reads_only_tuning_stories_when_none_is_named() -> None:
    golds = single_source_lists.tuning_golds([])
    assert golds
    assert {g["split"] for g in golds} == {"dev"}


class _Said:
    def __init__(self, text: str) -> None:
        self.text = text


class _Told:
    """What the scorer reads of an analysis here: its sentences' texts, and which of them
    the engine matched as stating the same (each with itself)."""

    def __init__(self, texts: list[str], same: tuple[tuple[int, int], ...] = ((0, 1),)) -> None:
        self.sentences = [_Said(t) for t in texts]
        for i, sentence in enumerate(self.sentences):
            sentence.id = i  # type: ignore[attr-defined]
        self._backing = {i: {i} for i in range(len(texts))}
        for x, y in same:
            self._backing[x].add(y)
            self._backing[y].add(x)

    def corroboration(self, sentence: int) -> tuple[frozenset[int], tuple[int, ...]]:
        return frozenset(), tuple(sorted(self._backing[sentence]))


_TEXTS = [
    "The Orrin blast wounded 21 shoppers, the Harbor Wire said.",  # 0: wire, file w1
    "A blast at the Orrin market injured 21 people on Friday.",  # 1: wire, file w2
    "The Orrin bombing wounded 24 people, the Ledger said.",  # 2: ledger, file l1
    "Orrin's mayor said 24 stalls were damaged.",  # 3: ledger, file l2
]
_FILES = {"w1": [0], "w2": [1], "l1": [2], "l2": [3]}
_GOLD = {"independent": [["w1", "w2"], ["l1", "l2"]]}


def _side(spec: dict) -> list[int]:
    return _FILES[spec["file"]]


def _label(a_file: str, a_pattern: str, b_file: str, b_pattern: str) -> dict:
    return {
        "a": {"file": a_file, "pattern": a_pattern},
        "b": {"file": b_file, "pattern": b_pattern},
    }


_REPORT = {
    "disagreements": [
        {
            "kind": "number",
            "detail": "21 / 24",
            "a": {"file": "w1.txt", "text": _TEXTS[0]},
            "b": {"file": "l1.txt", "text": _TEXTS[2]},
        }
    ]
}


def test_a_conflict_reported_through_another_pair_of_its_two_sources_credits_its_label() -> None:
    gold = {**_GOLD, "conflicts": [_label("w2", "injured 21", "l1", "wounded 24")]}
    found, through = gold_score._reported_by_another_pair(
        _Told(_TEXTS), _REPORT, gold, _side, set()
    )
    assert found == {0}
    assert through == {0}  # the report's one disagreement is the label's: a true report


def test_a_label_of_one_source_or_without_the_reported_values_is_not_credited() -> None:
    one_source = {**_GOLD, "conflicts": [_label("w1", "wounded 21", "w2", "injured 21")]}
    no_value = {**_GOLD, "conflicts": [_label("w2", "injured 21", "l2", "stalls were")]}
    texts = [*_TEXTS[:3], "Orrin's mayor said stalls were damaged."]
    for gold in (one_source, no_value):
        found, through = gold_score._reported_by_another_pair(
            _Told(texts), _REPORT, gold, _side, set()
        )
        assert found == through == set()


def test_a_label_whose_sentence_states_another_claim_than_the_reported_one_is_not_credited() -> (
    None
):
    # "wounded 24 at the Orrin market" against the Ledger's reported "the Orrin bombing
    # wounded 24": the values and sources are the conflict's, but unmatched the two
    # sentences are two claims, and the report shows only the other
    texts = [*_TEXTS, "A second blast in Kell wounded 24 more, the Ledger said."]
    files = {**_FILES, "l2": [4]}
    gold = {**_GOLD, "conflicts": [_label("w2", "injured 21", "l2", "wounded 24")]}
    told = _Told(texts)
    assert gold_score._reported_by_another_pair(
        told, _REPORT, gold, lambda spec: files[spec["file"]], set()
    ) == (set(), set())
    matched = _Told(texts, same=((0, 1), (2, 4)))
    assert gold_score._reported_by_another_pair(
        matched, _REPORT, gold, lambda spec: files[spec["file"]], set()
    ) == ({0}, {0})


def test_a_label_already_found_by_its_own_pair_is_not_counted_again() -> None:
    gold = {**_GOLD, "conflicts": [_label("w1", "wounded 21", "l1", "wounded 24")]}
    assert gold_score._reported_by_another_pair(_Told(_TEXTS), _REPORT, gold, _side, {0}) == (
        set(),
        set(),
    )


def test_a_report_setting_two_labels_sentences_of_one_dispute_against_each_other_is_right() -> None:
    # one dispute (a rank told two ways) labelled for two pairs of sentences; the report
    # pairs the first label's b side with the second label's a side
    gold = {
        "independent": [["p01"], ["p02"], ["p03"]],
        "conflicts": [
            {"id": "rank", "detail": "deputy / chief",
             "a": {"file": "p02", "pattern": "the former deputy"},
             "b": {"file": "p01", "pattern": "former chief orla venn"}},
            {"id": "rank_2", "detail": "deputy / chief",
             "a": {"file": "p02", "pattern": "asking the former deputy, orla venn"},
             "b": {"file": "p03", "pattern": "the former chief who"}},
            {"id": "toll", "detail": "12 / 14",
             "a": {"file": "p03", "pattern": "killed 12"},
             "b": {"file": "p02", "pattern": "killed 14"}},
        ],
    }  # fmt: skip
    across = {
        "a": {"file": "p01.txt", "text": "The board overruled former chief Orla Venn."},
        "b": {"file": "p02.txt", "text": "It is asking the former deputy, Orla Venn, to stay."},
    }
    assert gold_score._one_dispute(gold, across) == (True, 0)
    # two sentences of one side of the dispute, or of two disputes, are no such report
    same_value = {
        "a": {"file": "p01.txt", "text": "The board overruled former chief Orla Venn."},
        "b": {"file": "p03.txt", "text": "She was the former chief who resigned."},
    }
    two_disputes = {
        "a": {"file": "p01.txt", "text": "The board overruled former chief Orla Venn."},
        "b": {"file": "p02.txt", "text": "The storm killed 14 people."},
    }
    assert gold_score._one_dispute(gold, same_value) == (False, None)
    assert gold_score._one_dispute(gold, two_disputes) == (False, None)


def test_a_story_labelled_blind_for_its_disagreements_is_scored_but_never_shown_per_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpora" / "multinews-dev" / "mn999"
    folder.mkdir(parents=True)
    (folder / "p01.txt").write_text(
        "The Orrin ferry docked late on Monday with 40 people aboard.", encoding="utf-8"
    )
    (folder / "p02.txt").write_text(
        "The Orrin ferry docked late on Monday with 44 people aboard.", encoding="utf-8"
    )
    labels = tmp_path / "gold_conflicts"
    labels.mkdir()
    gold = {
        "story": "mn999",
        "corpus": "multinews-dev",
        "split": "blind",
        "independent": [["p01"], ["p02"]],
        "conflicts": [
            {
                "what": "people aboard",
                "a": {"file": "p01", "pattern": "with 40 people aboard"},
                "b": {"file": "p02", "pattern": "with 44 people aboard"},
                "detail": "40 / 44",
            }
        ],
        "not_conflicts": [],
    }
    (labels / "mn999.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(gold_score, "CONFLICT_GOLD", labels)
    assert gold_score.main([str(tmp_path / "corpora"), "mn999"]) == 0
    out = capsys.readouterr().out
    blind = [line for line in out.splitlines() if line.startswith("blind: ")]
    assert len(blind) == 1 and "1 stories" in blind[0] and "/1" in blind[0], out
    assert "mn999" not in out
    assert "mn999" not in text_score.set_aside()


def _sample_story_labelled_blind(root: Path, monkeypatch: pytest.MonkeyPatch, tool) -> None:
    """The sample story (invented outlets, which report disagreements) as ``mn999`` of a
    corpus at ``root``, labelled blind for ``tool``."""
    import shutil

    shutil.copytree(
        HERE.parents[1] / "resources" / "sample-story", root / "multinews-dev" / "mn999"
    )
    monkeypatch.setattr(tool, "blind_stories", lambda: frozenset({"mn999"}))


def test_the_disagreements_of_a_story_labelled_blind_are_counted_but_never_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import disagreements_all

    _sample_story_labelled_blind(tmp_path, monkeypatch, disagreements_all)
    found = disagreements_all.reports(tmp_path, set())
    assert found and all(item == {"story": "blind", "kind": "blind"} for item in found)
    assert disagreements_all.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "mn999" not in out and f"0 reported, and {len(found)} on the stories" in out


class _Filed(_Told):
    """:class:`_Told` with each sentence's article and the articles' files, as
    :func:`gold_score._score_disagreements` reads them."""

    def __init__(self, texts: list[str], files: list[str], **kwargs) -> None:
        super().__init__(texts, **kwargs)
        self.articles = [_Said(f) for f in files]
        for article in self.articles:
            article.file = article.text  # type: ignore[attr-defined]
        for i, sentence in enumerate(self.sentences):
            sentence.article = i  # type: ignore[attr-defined]


def test_a_report_on_a_pair_labelled_a_look_alike_is_false_and_credits_no_label() -> None:
    # the reported pair (w1 "wounded 21 shoppers" / l1 "wounded 24 people") is labelled no
    # conflict: the shoppers are some of the people; the label on w2 / l1 is not found
    # through it although the engine matched w1 with w2
    told = _Filed(_TEXTS, ["w1.txt", "w2.txt", "l1.txt", "l2.txt"])
    gold = {
        **_GOLD,
        "conflicts": [_label("w2", "injured 21", "l1", "wounded 24")],
        "not_conflicts": [_label("w1", "wounded 21 shoppers", "l1", "wounded 24")],
    }
    result = gold_score.StoryScore("d39004t", "dev")
    gold_score._score_disagreements(told, _REPORT, gold, result, verbose=False)  # type: ignore[arg-type]
    assert (result.disagreements, result.disagreements_true) == (1, 0)
    assert result.disagreements_not_conflict == 1
    assert result.conflicts_found == 0
    # without the look-alike label the same report is the labelled conflict's, and true
    result = gold_score.StoryScore("d39004t", "dev")
    gold = {key: value for key, value in gold.items() if key != "not_conflicts"}
    gold_score._score_disagreements(told, _REPORT, gold, result, verbose=False)  # type: ignore[arg-type]
    assert (result.disagreements_true, result.conflicts_found) == (1, 1)


def test_disagreements_are_scored_as_the_report_lists_them_one_entry_per_conflict() -> None:
    # two pairs of one entry: the labelled w1 / l1, and the same 21 / 24 told again by the
    # wire's other sentence against the Ledger's (no label pairs w2 with l1's "wounded 24"
    # here): one entry, true; listed apart, the second pair is a false entry
    told = _Filed(_TEXTS, ["w1.txt", "w2.txt", "l1.txt", "l2.txt"])
    gold = {**_GOLD, "conflicts": [_label("w1", "wounded 21", "l1", "wounded 24")]}
    again = {
        "kind": "number",
        "detail": "21 / 24",
        "a": {"file": "w2.txt", "text": _TEXTS[1]},
        "b": {"file": "l2.txt", "text": "The Ledger put the wounded at 24."},
    }
    first = _REPORT["disagreements"][0]
    for conflicts, expected in (((1, 1), (1, 1)), ((1, 2), (2, 1))):
        report = {
            "disagreements": [
                {**first, "conflict": conflicts[0]},
                {**again, "conflict": conflicts[1]},
            ]
        }
        result = gold_score.StoryScore("d39004t", "dev")
        gold_score._score_disagreements(told, report, gold, result, verbose=False)  # type: ignore[arg-type]
        assert (result.disagreements, result.disagreements_true) == expected
        assert result.conflicts_found == 1
    # an entry holding a pair labelled no conflict is false, whatever its other pairs
    look_alike = {**gold, "not_conflicts": [_label("w2", "injured 21", "l2", "at 24")]}
    report = {"disagreements": [{**first, "conflict": 1}, {**again, "conflict": 1}]}
    result = gold_score.StoryScore("d39004t", "dev")
    gold_score._score_disagreements(told, report, look_alike, result, verbose=False)  # type: ignore[arg-type]
    assert (result.disagreements, result.disagreements_true) == (1, 0)
    assert result.disagreements_not_conflict == 1


#: three outlets on one invented accident: each words the accident its own way, two
#: print one aside word for word
_CRANE_STORY = {
    "courier.txt": "Harbour crane collapse halts Port Velden\n\nBy Orla Venn, Velden Courier\n\n"
    "A giant harbour crane toppled onto a cargo ship at Port Velden on Tuesday, injuring four"
    " dock workers and closing the eastern quay.\n\nThe crane operator said the wind gauge had"
    " shown calm air minutes before the fall.\n\nPort officials said the eastern quay would stay"
    " closed while engineers inspect the remaining cranes.\n\nThe ship, the Marrow Star, was"
    " carrying grain to the southern coast.\n",
    "northline.txt": "Crane falls on ship in Velden port\n\nBy Tam Holt, Northline News\n\n"
    "Four dockers were hurt when a towering quayside crane crashed down across the freighter"
    " Marrow Star at Velden port on Tuesday afternoon.\n\nThe crane operator said the wind gauge"
    " had shown calm air minutes before the fall.\n\nUnion leaders demanded an inquiry into"
    " maintenance of the port's ageing lifting gear.\n\nShipping along the eastern quay has been"
    " suspended until further notice.\n",
    "coastal.txt": "Velden quay shut after crane accident\n\nBy Ines Crow, Coastal Wire\n\n"
    "Velden harbour closed its eastern quay after a loading crane fell on a moored cargo vessel,"
    " leaving four port staff injured, officials said Tuesday.\n\nInvestigators will examine"
    " whether a corroded bolt in the crane base gave way under load.\n\nThe harbour master"
    " promised a full safety review of all lifting gear in the port within a month.\n",
}


def test_a_softer_tier_counting_unbacked_sentences_at_full_value_is_the_one_source_summary(
    tmp_path: Path,
) -> None:
    """``selection.py --backed-factor 1`` values every sentence alike, as ``min_sources`` 1
    does; the plain selection (no factor, no oracle) is ranking's own summary."""
    import selection

    from corroborate.engine import SummaryOptions, analyze
    from corroborate.engine.consensus.rank import build_summary

    for name, text in _CRANE_STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    analysis = analyze(tmp_path)

    def ranked(min_sources: int) -> list[str]:
        options = SummaryOptions(words=selection.BUDGET, min_sources=min_sources)
        return [item.text for item in build_summary(analysis, options).items]

    refs = ["A crane fell on a ship."]
    plain = selection.oracle_summary(analysis, refs, 2, False, False)
    softer = selection.oracle_summary(analysis, refs, 2, False, False, factor=1.0)
    assert plain == ranked(2)
    assert softer == ranked(1)
    assert softer != plain


def test_the_analyses_cache_is_keyed_on_the_code_and_stories_but_not_the_ranking_modules(
    tmp_path: Path,
) -> None:
    """``selection.py --cache``: a change to the engine's code (a matcher, a word list) or
    to a story's text makes a new key; a change to ranking or its objective does not."""
    import selection

    package = tmp_path / "desktop" / "corroborate"
    (package / "engine" / "consensus").mkdir(parents=True)
    (package / "engine" / "matching").mkdir(parents=True)
    (tmp_path / "uv.lock").write_text("locked", encoding="utf-8")
    align = package / "engine" / "matching" / "align.py"
    align.write_text("THRESHOLD = 0.5\n", encoding="utf-8")
    rank = package / "engine" / "consensus" / "rank.py"
    rank.write_text("BUDGET = 100\n", encoding="utf-8")
    doc = tmp_path / "story" / "courier.txt"
    doc.parent.mkdir()
    doc.write_text(_CRANE_STORY["courier.txt"], encoding="utf-8")
    stories = [selection.Story("duc", "story", (doc,), ("A crane fell.",))]

    def key() -> str:
        return selection.cache_key(stories, package)

    first = key()
    assert key() == first
    rank.write_text("BUDGET = 120\n", encoding="utf-8")
    assert key() == first
    align.write_text("THRESHOLD = 0.6\n", encoding="utf-8")
    second = key()
    assert second != first
    doc.write_text(_CRANE_STORY["courier.txt"] + " A last line.", encoding="utf-8")
    third = key()
    assert third != second
    (tmp_path / "uv.lock").write_text("locked again", encoding="utf-8")
    assert key() != third


def test_a_stale_analyses_cache_is_never_reloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache saved under one key is reloaded under that key and analysed afresh (and
    saved again) under any other."""
    import selection

    doc = tmp_path / "courier.txt"
    doc.write_text(_CRANE_STORY["courier.txt"], encoding="utf-8")
    stories = [selection.Story("duc", "story", (doc,), ("A crane fell.",))]
    made: list[str] = []

    def analyze(story: selection.Story) -> object:
        made.append(story.name)
        return {"made": len(made)}

    cache = tmp_path / "analyses.pickle"
    monkeypatch.setattr(selection, "cache_key", lambda s: "code one")
    assert selection.cached_analyses(stories, cache, analyze) == [{"made": 1}]  # type: ignore[arg-type]
    assert selection.cached_analyses(stories, cache, analyze) == [{"made": 1}]  # type: ignore[arg-type]
    monkeypatch.setattr(selection, "cache_key", lambda s: "code two")
    assert selection.cached_analyses(stories, cache, analyze) == [{"made": 2}]  # type: ignore[arg-type]
    assert made == ["story", "story"]
    cache.write_bytes(b"not a pickle")
    assert selection.cached_analyses(stories, cache, analyze) == [{"made": 3}]  # type: ignore[arg-type]


def test_the_one_outlet_objective_ranks_only_the_stories_one_outlet_wrote(
    tmp_path: Path,
) -> None:
    """``selection.py --one-outlet`` ranks a story one outlet wrote by its objective and
    a story several outlets wrote as by default."""
    import selection

    from corroborate.engine import analyze
    from corroborate.engine.consensus.objective import ConceptCoverage
    from corroborate.engine.models import Analysis, Selection

    started: list[tuple[str, int]] = []

    @dataclass(frozen=True)
    class Told:
        """The default objective, saying which story it was started on."""

        name: str

        def start(self, analysis: Analysis) -> Selection:
            started.append((self.name, analysis.independent_sources))
            return ConceptCoverage().start(analysis)

    for name, text in _CRANE_STORY.items():
        (tmp_path / "three" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "three" / name).write_text(text, encoding="utf-8")
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "courier.txt").write_text(_CRANE_STORY["courier.txt"], encoding="utf-8")
    objective = selection.OneOutlet(Told("alone"), Told("otherwise"))
    objective.start(analyze(tmp_path / "three"))
    objective.start(analyze(tmp_path / "one"))
    assert started == [("otherwise", 3), ("alone", 1)]


def test_the_dump_of_every_report_keeps_a_blind_storys_disagreements_as_a_count_and_its_counts_as_a_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import outputs_changes

    _sample_story_labelled_blind(tmp_path, monkeypatch, outputs_changes)
    before = tmp_path / "before.json"
    assert outputs_changes.main(["dump", str(tmp_path), str(before)]) == 0
    dumped = json.loads(before.read_text("utf-8"))["mn999"]
    assert isinstance(dumped["disagreements"], int) and dumped["disagreements"] > 0
    for key in outputs_changes.COUNT_OUTPUTS:  # a matched pair may be a disagreement's near side
        assert dumped[key].startswith("digest ")
    assert dumped["title"] and dumped["texts"]
    # a change of code that moves the summary and the blind count: both are said to have
    # moved, neither by its text
    after = tmp_path / "after.json"
    changed = dict(dumped, disagreements=dumped["disagreements"] + 1)
    changed["summary"] = outputs_changes._hidden(["[1] The Orrin ferry docked late. <- x.txt"])
    after.write_text(json.dumps({"mn999": changed}), "utf-8")
    capsys.readouterr()
    assert outputs_changes.main(["diff", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "(blind: not shown)" in out
    assert "[mn999] summary: changed (counts set aside: not shown)" in out
    assert "Orrin ferry" not in out
    assert "disagreements: 1 | summary: 1" in out


def test_selection_explores_on_no_story_whose_count_or_disagreement_labels_are_set_aside() -> None:
    import selection

    left_out = selection.held_out_stories()
    held = set()
    for folder, splits in (
        ("gold", gold_score.SET_ASIDE_SPLITS),
        ("gold_conflicts", ("heldout", *gold_score.BLIND_SPLITS)),
    ):
        for path in (Path(__file__).parent / folder).glob("*.json"):
            gold = json.loads(path.read_text("utf-8"))
            if gold["split"] in splits:
                held.add(gold["story"])
    assert held and held <= left_out
    assert (
        not left_out
        & {
            json.loads(p.read_text("utf-8"))["story"]
            for p in (Path(__file__).parent / "gold").glob("*.json")
            if json.loads(p.read_text("utf-8"))["split"] == "dev"
        }
        - held
    )


def test_the_outputs_dump_hides_what_the_engine_counts_on_a_story_set_aside_for_its_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import outputs_changes

    story = {"sources": [["p01"]], "matches": ["a ~ b copy"], "summary": ["[2] A."],
             "single_source": [], "title": "T", "texts": {}}  # fmt: skip
    shown = dict(story, summary=["[3] A."])
    hidden = {k: outputs_changes._hidden(v) if k in outputs_changes.COUNT_OUTPUTS else v
              for k, v in story.items()}  # fmt: skip
    hidden_after = dict(hidden, summary=outputs_changes._hidden(["[3] A."]))
    before, after = tmp_path / "a.json", tmp_path / "b.json"
    before.write_text(json.dumps({"open": story, "fresh": hidden}), "utf-8")
    after.write_text(json.dumps({"open": shown, "fresh": hidden_after}), "utf-8")
    outputs_changes.diff(before, after)
    out = capsys.readouterr().out
    assert "[open] summary + [3] A." in out
    assert "[fresh] summary: changed (counts set aside: not shown)" in out
    assert not [line for line in out.splitlines() if line.startswith("[fresh]") and "A." in line]
    assert set(outputs_changes.fresh_web_stories()) >= {"mn048", "mn130"}


def test_a_held_out_gain_says_how_many_clusters_carry_it() -> None:
    """``selection.Moved``: a half's mean that rises through one cluster's flip, others
    falling, reads as one cluster up by more than the net, not as a steady gain."""
    import selection

    before = [9.0, 6.0, 12.0, 5.0, 7.0]
    one_flip = [16.0, 6.0, 11.0, 4.5, 7.005]
    moved = selection.Moved.between(before, one_flip)
    assert (moved.up, moved.down) == (1, 2)
    assert moved.net == pytest.approx(5.505)
    assert moved.largest == pytest.approx(7.0) and moved.largest > moved.net
    assert "clusters up 1, down 2" in str(moved)

    falls_most = selection.Moved.between(before, [9.5, 2.0, 12.5, 5.5, 7.5])
    assert falls_most.largest == pytest.approx(-4.0)
    assert str(selection.Moved.between(before, before)) == "no cluster moved"


def test_the_text_scorer_prints_no_report_line_of_a_story_labelled_blind():
    blind = text_score.labelled_blind()
    conflict_golds = text_score.load_gold(text_score.CONFLICT_GOLD_DIR)
    assert blind == {g["story"] for g in conflict_golds if g.get("split") == "blind"}
    assert blind, "the blind disagreement labels name their stories"


def test_the_matched_pairs_sample_is_scored_again_on_a_later_dump(tmp_path: Path, capsys) -> None:
    import matched_sample

    pairs = [
        {"story": "mn901", "a": "p01.txt#0", "b": "p02.txt#3", "kind": "fact",
         "judged": "not one fact", "class": "description"},
        {"story": "mn901", "a": "p01.txt#1", "b": "p02.txt#1", "kind": "paraphrase",
         "judged": "one fact"},
        {"story": "mn902", "a": "p01.txt#2", "b": "p03.txt#0", "kind": "fact",
         "judged": "doubtful"},
    ]  # fmt: skip
    dump = {
        # kept in the other order and of another kind: still the pair
        "mn901": {"matches": ["p02.txt#1 ~ p01.txt#1 fact"]},
        "mn902": {"matches": ["p01.txt#2 ~ p03.txt#0 fact"]},
        "mn903": {"matches": "digest 0123456789ab"},  # counts set aside: never read
    }
    found = matched_sample.score(dump, pairs)
    assert [len(found[j]) for j in (*matched_sample.JUDGEMENTS, "gone")] == [1, 0, 1, 1]
    (tmp_path / "dump.json").write_text(json.dumps(dump))
    (tmp_path / "sample.json").write_text(json.dumps({"pairs": pairs}))
    assert matched_sample.main([str(tmp_path / "dump.json"), str(tmp_path / "sample.json")]) == 0
    out = capsys.readouterr().out
    assert "false among the pairs still matched: 0/2" in out
    assert "no longer matched: mn901 p01.txt#0 ~ p02.txt#3: not one fact (description)" in out


def test_the_kept_sample_of_matched_pairs_names_no_set_aside_story() -> None:
    sample = json.loads((HERE / "matched_pairs_sample.json").read_text("utf-8"))
    aside = text_score.set_aside()
    assert sample["pairs"] and not {p["story"] for p in sample["pairs"]} & aside


def test_the_groups_stress_tool_reads_only_tuning_stories_and_skips_without_the_corpora(
    tmp_path: Path, capsys
) -> None:
    assert groups_stress.main([str(tmp_path)]) == 0
    assert "nothing to stress" in capsys.readouterr().out
    # a corpus folder holding every labelled story's files, set-aside ones included
    splits = {}
    for path in groups_stress.GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["corpus"] not in ("multinews-dev", "duc2003"):
            continue
        splits[gold["story"]] = gold["split"]
        folder = tmp_path / gold["corpus"] / gold["story"]
        folder.mkdir(parents=True)
        for name in (f for group in gold["independent"] for f in group):
            (folder / f"{name}.txt").write_text("An invented line.\n", encoding="utf-8")
    read = {story.name for story in groups_stress.load_stories(tmp_path)}
    assert read == {name for name, split in splits.items() if split == "dev"}


def test_the_groups_stress_tool_expects_one_source_fewer_when_two_sources_share_an_outlet() -> None:
    paras = [f"Paragraph {i} of the Tessel Gazette's report on the harbour fire." for i in range(6)]
    story = groups_stress.Story(
        "invented",
        {"a.txt": "\n\n".join(paras), "b.txt": "The Fennick Post's own report.\n\nIts end."},
        (frozenset({"a.txt"}), frozenset({"b.txt"})),
    )
    found = groups_stress.variations(story)
    expected = {v.kind: v.expected for v in found}
    assert expected["copy-trim-first"] == 2
    assert expected["outlet-two-articles"] == 1
    assert expected["forty-copies"] == 2
    assert all(dict(v.signed) for v in found if v.kind.startswith("outlet"))
