"""Selection: the concept-coverage objective and the ranking rules around it."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

import pytest

from corroborate.engine import Analysis, Objective, SummaryOptions, analyze, summarize
from corroborate.engine.consensus.objective import (
    FEATURES,
    BlendedCoverage,
    ConceptCoverage,
    LearnedCoverage,
    concept_features,
    concept_weights,
    sentence_concepts,
)
from corroborate.engine.consensus.rank import MAX_WORDS, MIN_WORDS, build_summary
from corroborate.engine.models import Sentence
from corroborate.engine.text.segment import content_stems, words


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory, story_files: dict[str, str]) -> Analysis:
    """The invented story of ``story_files`` analysed once (the ``story`` fixture is the
    sample story's folder)."""
    folder = tmp_path_factory.mktemp("story")
    for name, text in story_files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze(folder)


def _by_text(analysis: Analysis, start: str) -> Sentence:
    return next(s for s in analysis.sentences if s.text.startswith(start))


def test_only_concepts_that_two_voices_use_carry_weight(analysed: Analysis) -> None:
    weights = concept_weights(analysed, consensus=1.0, lead=0.0)
    voice = analysed.voice_of or analysed.group_of
    for concept, weight in weights.items():
        users = {voice[s.article] for s in analysed.sentences if concept in sentence_concepts(s)}
        assert weight == len(users) >= 2
    rail = _by_text(analysed, "Railway spokesman Ben Adair")
    assert not any(concept in weights for concept in sentence_concepts(rail))


def _sentence(sid: int, article: int, text: str) -> Sentence:
    stems = content_stems(words(text))
    return Sentence(sid, article, 0, 0, text, stems, frozenset(), (), len(text.split()))


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("The dam exploded at dawn.", "The dam explosion woke the valley."),
        ("Brandt sold ferries to Orrin.", "Brandt's sale of ferries stands."),
        ("A guard shot the prisoner.", "A guard's shooting of the prisoner is under review."),
    ],
)
def test_two_forms_of_one_word_in_two_outlets_make_one_concept(verb: str, noun: str) -> None:
    """One outlet writes the verb, another the noun: the fact they share is one concept."""
    sentences = [_sentence(0, 0, verb), _sentence(1, 1, noun)]
    assert not set(pairwise(sentences[0].stems)) & set(pairwise(sentences[1].stems))
    weights, _, concepts = ConceptCoverage().weigh(sentences, [0, 1])
    shared = set(concepts[0]) & set(concepts[1])
    assert shared
    assert all(weights[concept] > 0 for concept in shared)


def test_a_sentence_voices_print_word_for_word_counts_once_for_its_concepts() -> None:
    """An agency's updates repeat its paragraphs: the repeated wording is said once."""
    reprinted = "The Tessel bridge reopened to traffic on Monday."
    sentences = [
        _sentence(0, 0, reprinted),
        _sentence(1, 1, reprinted),
        _sentence(2, 2, "Crews said the Tessel bridge reopened after repairs."),
    ]
    weights, _, concepts = ConceptCoverage(consensus=1.0, lead=0.0).weigh(sentences, [0, 1, 2])
    assert weights[("tessel", "bridg")] == 2  # two wordings, not three voices
    assert not any(concept in weights for concept in set(concepts[0]) - set(concepts[2]))


def test_a_fixed_part_of_a_sentences_cost_is_added_to_its_words() -> None:
    """``fixed`` counts each sentence as that many words longer: a short sentence's value
    shrinks more than a long one's, and 0 leaves every value as it was."""
    sentences = [
        _sentence(0, 0, "Harbour police closed the Orrin quay."),
        _sentence(
            1,
            1,
            "Harbour police closed the Orrin quay after the Velka ferry struck the pier"
            " at dawn on Friday.",
        ),
        _sentence(
            2,
            2,
            "The Velka ferry struck the pier at dawn, and harbour police closed the Orrin quay.",
        ),
    ]
    weights, plain, concepts = ConceptCoverage().weigh(sentences, [0, 1, 2])
    assert ConceptCoverage(fixed=0.0).weigh(sentences, [0, 1, 2])[1] == plain
    _, padded, _ = ConceptCoverage(fixed=6.0).weigh(sentences, [0, 1, 2])
    for sentence, found, value in zip(sentences, concepts, padded, strict=True):
        gain = sum(weights.get(c, 0.0) for c in found)
        assert value == pytest.approx(gain / (sentence.words + 6))
    short, long = 0, 1
    assert padded[long] / padded[short] > plain[long] / plain[short]


def test_a_concept_weighs_more_when_voices_put_it_early(analysed: Analysis) -> None:
    flat = concept_weights(analysed, consensus=1.0, lead=0.0)
    led = concept_weights(analysed, consensus=1.0, lead=1.0)
    assert flat.keys() == led.keys()
    assert all(led[c] > flat[c] for c in flat)
    # Stated in the first sentence by two voices: each voice's say is doubled.
    assert led[("tessel", "river")] >= 2 * flat[("tessel", "river")] - 1


def test_a_voices_bonus_for_an_early_concept_halves_with_each_later_sentence(
    analysed: Analysis,
) -> None:
    led = concept_weights(analysed, consensus=1.0, lead=1.0)
    voice = analysed.voice_of or analysed.group_of
    for concept, weight in led.items():
        first: dict[int, int] = {}
        for s in analysed.sentences:
            if concept in sentence_concepts(s):
                first[voice[s.article]] = min(first.get(voice[s.article], s.index), s.index)
        assert weight == pytest.approx(sum(1 + 0.5**i for i in first.values()))


def test_a_point_already_covered_adds_nothing(analysed: Analysis) -> None:
    selection = ConceptCoverage().start(analysed)
    toll = _by_text(analysed, "Fire Chief Tomas Brandt said two people were killed")
    assert selection.value(toll.id) > 0
    selection.add(toll.id)
    assert selection.value(toll.id) == 0


@pytest.mark.parametrize(
    "objective",
    [ConceptCoverage(), LearnedCoverage(), BlendedCoverage()],
    ids=["concept coverage", "learned", "blended"],
)
def test_values_never_grow_as_the_selection_grows(analysed: Analysis, objective: Objective) -> None:
    """The lazy greedy's premise: an earlier value is an upper bound on the current one."""
    rng = random.Random(7)
    ids = [s.id for s in analysed.sentences]
    for _ in range(5):
        selection = objective.start(analysed)
        before = {sid: selection.value(sid) for sid in ids}
        for sid in rng.sample(ids, 4):
            selection.add(sid)
            now = {i: selection.value(i) for i in ids}
            assert all(now[i] <= before[i] + 1e-12 for i in ids)
            before = now


def test_the_word_budget_is_reached_by_the_last_sentence_chosen(analysed: Analysis) -> None:
    summary = build_summary(analysed, SummaryOptions(words=40))
    words = [len(item.text.split()) for item in summary.items]
    assert sum(words) >= 40
    assert sum(words) - min(words) < 40 + max(words)
    assert len({item.text for item in summary.items}) == len(summary.items)


def test_each_claim_is_stated_once(analysed: Analysis) -> None:
    summary = build_summary(analysed, SummaryOptions(sentences=6, min_sources=1))
    chosen = [item.sentence for item in summary.items]
    for i, sid in enumerate(chosen):
        assert not set(analysed.neighbours[sid]) & set(chosen[i + 1 :])


def test_corroborated_sentences_come_first_while_any_remain(analysed: Analysis) -> None:
    for k in (1, 2, 3):
        summary = build_summary(analysed, SummaryOptions(sentences=6, min_sources=k))
        supports = [item.support for item in summary.items]
        assert supports == sorted(supports, reverse=True)
        if min(supports) >= k:
            continue
        # A weaker sentence got in: every readable strong one is chosen or already stated.
        chosen = {item.sentence for item in summary.items}
        stated = chosen | {n for sid in chosen for n in analysed.neighbours[sid]}
        texts = {item.text for item in summary.items}
        for s in analysed.sentences:
            if (
                s.standalone
                and MIN_WORDS <= s.words <= MAX_WORDS
                and analysed.support_of(s.id) >= k
            ):
                assert s.id in stated or s.text in texts


@dataclass(frozen=True)
class _Shortest:
    """A deliberately different objective: the shortest readable sentences, once each."""

    def start(self, analysis: Analysis) -> _ShortestSelection:
        return _ShortestSelection(analysis)


class _ShortestSelection:
    def __init__(self, analysis: Analysis) -> None:
        self._sentences = analysis.sentences
        self._chosen: set[int] = set()

    def value(self, sentence: int) -> float:
        return 0.0 if sentence in self._chosen else 1.0 / self._sentences[sentence].words

    def add(self, sentence: int) -> None:
        self._chosen.add(sentence)


def test_a_new_objective_is_one_class_given_in_the_summary_options(analysed: Analysis) -> None:
    summary = summarize(analysed, SummaryOptions(sentences=2, min_sources=1, objective=_Shortest()))
    lengths = sorted(s.words for s in analysed.sentences if s.standalone and s.words >= MIN_WORDS)
    assert sorted(analysed.sentences[i.sentence].words for i in summary.items) == lengths[:2]


def test_a_summary_item_voices_the_claim_the_analysis_gives_for_its_sentence(
    analysed: Analysis,
) -> None:
    summary = build_summary(analysed, SummaryOptions(sentences=6, min_sources=1))
    assert summary.items
    for item in summary.items:
        claim = analysed.claim(item.sentence)
        assert item.claim == claim
        assert item.support == len(analysed.backing_groups[item.sentence])
        assert [outlet for outlet, _, _ in item.evidence] == list(claim.outlets)
        for statement in claim.statements:
            for sid in statement.sentences:
                assert analysed.sentence_group[sid] == statement.group
                assert sid == item.sentence or sid in analysed.neighbours[item.sentence]


def test_a_claim_is_a_sentence_and_its_matches_never_a_chain_of_them(analysed: Analysis) -> None:
    from dataclasses import replace

    # three sentences of three sources, matched a~b and b~c only
    a, b, c = (
        next(s.id for s in analysed.sentences if analysed.sentence_group[s.id] == g)
        for g in range(3)
    )
    chain = replace(
        analysed,
        neighbours=tuple({a: (b,), b: (a, c), c: (b,)}.get(s.id, ()) for s in analysed.sentences),
        disagreements=(),
    )
    assert chain.claim(b).support == 3
    assert chain.claim(a).support == chain.claim(c).support == 2
    assert c not in {sid for st in chain.claim(a).statements for sid in st.sentences}


@dataclass(frozen=True)
class _Prefers:
    """An objective that values one sentence above all others, each sentence once."""

    first: int

    def start(self, analysis: Analysis) -> _PrefersSelection:
        return _PrefersSelection(self.first)


class _PrefersSelection:
    def __init__(self, first: int) -> None:
        self._first = first
        self._chosen: set[int] = set()

    def value(self, sentence: int) -> float:
        if sentence in self._chosen:
            return 0.0
        return 1.0 if sentence == self._first else 0.5

    def add(self, sentence: int) -> None:
        self._chosen.add(sentence)


@pytest.mark.parametrize(
    ("kind", "voiced_by_the_better_backed"), [("paraphrase", True), ("fact", False)]
)
def test_a_claim_is_voiced_by_the_sentence_stating_it_that_the_most_outlets_back(
    analysed: Analysis, kind: str, voiced_by_the_better_backed: bool
) -> None:
    from dataclasses import replace

    from corroborate.engine.models import Match

    # three readable sentences of three sources, matched a~b and b~c only: b is backed
    # by three outlets, a by two
    readable = [s for s in analysed.sentences if s.standalone and MIN_WORDS <= s.words <= MAX_WORDS]
    a, b, c = (next(s.id for s in readable if analysed.sentence_group[s.id] == g) for g in range(3))
    kinds = {frozenset((a, b)): kind, frozenset((b, c)): "paraphrase"}
    chain = replace(
        analysed,
        matches=tuple(
            Match(min(pair), max(pair), 0.5, found)  # type: ignore[arg-type]
            for pair, found in kinds.items()
        ),
        neighbours=tuple({a: (b,), b: (a, c), c: (b,)}.get(s.id, ()) for s in analysed.sentences),
        disagreements=(),
    )
    summary = build_summary(
        chain, SummaryOptions(sentences=1, min_sources=1, objective=_Prefers(a))
    )
    # the objective asks for a; when b states the same whole thing, b voices the claim
    # with the support that is true of it
    (item,) = summary.items
    assert item.sentence == (b if voiced_by_the_better_backed else a)
    assert item.support == (3 if voiced_by_the_better_backed else 2)


def test_a_summary_line_does_not_pass_over_a_sentence_it_holds_a_minor_part_of(
    tmp_path: Path,
) -> None:
    # "Red flags went up …, and the annual regatta was cancelled …" tells a part of the
    # line "Heavy swell closed the harbour beaches …" beside a fact of its own: voicing
    # that line does not state it, and it may still be chosen.
    from articles import MINOR_OF_TWO, SECOND_OF_TWO, STORM, TOLD_IN_ONE

    (tmp_path / "harbour-post.txt").write_text(TOLD_IN_ONE)
    (tmp_path / "coast-ledger.txt").write_text(f"{MINOR_OF_TWO} {SECOND_OF_TWO}")
    for k, text in enumerate(STORM):
        (tmp_path / f"storm-{k}.txt").write_text(text)
    analysis = analyze(tmp_path)
    ids = {s.text: s.id for s in analysis.sentences}
    assert analysis.neighbours[ids[TOLD_IN_ONE]]  # the coast outlet backs the one sentence
    summary = build_summary(analysis, SummaryOptions(sentences=40, min_sources=1))
    texts = [item.text for item in summary.items]
    assert TOLD_IN_ONE in texts
    assert MINOR_OF_TWO in texts


def test_a_concept_many_voices_open_with_is_worth_more_to_the_learned_weights() -> None:
    """The learned model's estimate grows with the voices using a concept and with how
    early they use it: a lead three outlets share outweighs a detail one gives late."""
    sentences = [
        _sentence(0, 0, "The Varnell ferry sank near Orrin harbour at dawn."),
        _sentence(1, 1, "The Varnell ferry sank off the coast on Sunday."),
        _sentence(2, 2, "Divers reached the Varnell ferry wreck by noon."),
        _sentence(3, 2, "A cook remembered the galley stove tipping over."),
    ]
    sentences[3] = Sentence(3, 2, 5, 5, sentences[3].text, sentences[3].stems, frozenset(), (), 8)
    weights, first, concepts = LearnedCoverage().weigh(sentences, [0, 1, 2])
    assert weights[("varnel", "ferri")] > weights[("galley", "stove")] > 0
    assert len(first) == len(concepts) == len(sentences)
    assert all(0 < w < 1 for w in weights.values())


def test_learned_weights_cover_only_concepts_enough_voices_use_when_asked() -> None:
    sentences = [
        _sentence(0, 0, "The Varnell ferry sank near Orrin harbour at dawn."),
        _sentence(1, 1, "The Varnell ferry sank off the coast on Sunday."),
    ]
    concepts = [sentence_concepts(s) for s in sentences]
    features = concept_features(sentences, concepts, [0, 1], least=2)
    assert set(features) == set(concepts[0]) & set(concepts[1])
    assert all(len(row) == len(FEATURES) for row in features.values())
    weights, _, _ = LearnedCoverage(least=2).weigh(sentences, [0, 1])
    assert weights.keys() == features.keys()


def test_the_learned_objective_ranks_a_story_as_the_default_does_its_rules(
    analysed: Analysis,
) -> None:
    """Another objective changes which sentences are worth most, not ranking's rules:
    the budget is kept, each sentence once, and the same options give the same summary."""
    options = SummaryOptions(words=60, objective=LearnedCoverage())
    summary = build_summary(analysed, options)
    texts = [item.text for item in summary.items]
    assert texts and len(set(texts)) == len(texts)
    assert sum(len(t.split()) for t in texts[:-1]) < 60
    assert texts == [item.text for item in build_summary(analysed, options).items]


def test_a_blended_weight_is_a_share_of_the_consensus_and_a_share_of_the_learned_salience(
    analysed: Analysis,
) -> None:
    voice_of = analysed.voice_of or analysed.group_of
    sentences = analysed.sentences
    consensus, _, _ = ConceptCoverage().weigh(sentences, voice_of)
    learned, _, _ = LearnedCoverage().weigh(sentences, voice_of)
    for blend in (0.0, 0.1, 1.0):
        weights, _, _ = BlendedCoverage(blend=blend).weigh(sentences, voice_of)
        assert weights.keys() == learned.keys()
        assert sum(weights.values()) == pytest.approx(1.0)
        for concept, weight in weights.items():
            expected = blend * consensus.get(concept, 0.0) / sum(consensus.values()) + (
                1 - blend
            ) * learned[concept] / sum(learned.values())
            assert weight == pytest.approx(expected)


class _Spy:
    """An objective that records what it is told is chosen, valuing shorter sentences more."""

    def __init__(self) -> None:
        self.added: list[int] = []
        self.started = 0

    def start(self, analysis: Analysis) -> _Spy:
        self.started += 1
        self._sentences = analysis.sentences
        return self

    def value(self, sentence: int) -> float:
        return 0.0 if sentence in self.added else 1.0 / self._sentences[sentence].words

    def add(self, sentence: int) -> None:
        self.added.append(sentence)


def test_a_fill_objective_chooses_only_after_the_backed_sentences_run_out(
    analysed: Analysis,
) -> None:
    options = SummaryOptions(sentences=8, min_sources=2)
    alone = build_summary(analysed, replace(options, objective=ConceptCoverage()))
    spy = _Spy()
    filled = build_summary(analysed, replace(options, objective=ConceptCoverage(), fill=spy))
    backed = [item.sentence for item in alone.items if item.support >= 2]
    assert backed and len(backed) < len(alone.items)
    # the tier is the objective's alone; the fill is started once, told what the tier chose
    assert [i.sentence for i in filled.items if i.support >= 2] == backed
    assert spy.started == 1
    assert set(backed) <= set(spy.added[: len(backed) * 2])
    rest = [i for i in filled.items if i.support < 2]
    assert rest and all(item.sentence in spy.added for item in rest)
    assert (
        build_summary(analysed, replace(options, objective=ConceptCoverage(), fill=None)) == alone
    )


def test_a_fill_equal_to_the_objective_gives_the_summary_the_objective_gives_alone(
    analysed: Analysis,
) -> None:
    for options in (
        SummaryOptions(sentences=8, min_sources=2),
        SummaryOptions(words=120, min_sources=2),
        SummaryOptions(sentences=8, min_sources=3),
    ):
        alone = build_summary(analysed, replace(options, objective=ConceptCoverage()))
        assert (
            build_summary(
                analysed, replace(options, objective=ConceptCoverage(), fill=ConceptCoverage())
            ).items
            == alone.items
        )


class _FalsyFill(_Spy):
    """A fill whose truth value is false (as a sized objective with nothing in it)."""

    def __bool__(self) -> bool:
        return False


def test_a_fill_is_used_whatever_its_truth_value(analysed: Analysis) -> None:
    options = SummaryOptions(sentences=8, min_sources=2)
    fill = _FalsyFill()
    build_summary(analysed, replace(options, objective=ConceptCoverage(), fill=fill))
    assert fill.started == 1


def test_the_fill_picks_by_its_own_values_after_the_backed_tier(analysed: Analysis) -> None:
    options = SummaryOptions(sentences=8, min_sources=2)
    spy = _Spy()
    filled = build_summary(analysed, replace(options, objective=ConceptCoverage(), fill=spy))
    backed = [item for item in filled.items if item.support >= 2]
    rest = [item for item in filled.items if item.support < 2]
    # what the tier chose, then the fill's picks in the order it made them: the spy values
    # a shorter sentence more, so its picks run from shortest to longest
    picks = spy.added[len(spy.added) - len(rest) :]
    assert sorted(picks) == sorted(item.sentence for item in rest)
    lengths = [analysed.sentences[sid].words for sid in picks]
    assert len(lengths) >= 2 and lengths == sorted(lengths)
    assert backed


def test_a_filled_summary_stops_at_its_word_budget_and_repeats_nothing(
    analysed: Analysis,
) -> None:
    for budget in (40, 90, 150):
        options = SummaryOptions(words=budget, min_sources=2)
        for fill in (BlendedCoverage(), _Spy(), LearnedCoverage()):
            items = build_summary(
                analysed, replace(options, objective=ConceptCoverage(), fill=fill)
            ).items
            counts = [analysed.sentences[item.sentence].words for item in items]
            # the last sentence chosen may run over; none is chosen once the budget is met
            # (the order is for reading, so the last chosen is at most the longest)
            assert sum(counts) - max(counts) < budget
            assert len({item.sentence for item in items}) == len(items)
            assert len({item.text for item in items}) == len(items)


def test_a_blended_fill_gives_the_same_summary_every_time(analysed: Analysis) -> None:
    options = SummaryOptions(words=100, min_sources=2)
    first = build_summary(
        analysed, replace(options, objective=ConceptCoverage(), fill=BlendedCoverage())
    )
    for _ in range(3):
        assert (
            build_summary(
                analysed, replace(options, objective=ConceptCoverage(), fill=BlendedCoverage())
            )
            == first
        )


def test_a_fill_is_never_started_when_every_candidate_is_backed(analysed: Analysis) -> None:
    # at min_sources 1 every sentence is backed: there is nothing left for a fill to choose
    spy = _Spy()
    options = SummaryOptions(sentences=30, min_sources=1)
    filled = build_summary(analysed, replace(options, objective=ConceptCoverage(), fill=spy))
    assert spy.started == 0
    assert (
        filled.items == build_summary(analysed, replace(options, objective=ConceptCoverage())).items
    )


@dataclass(frozen=True)
class _ShortestOfNoWeights(_Shortest):
    """The shortest sentences again, from an objective that holds learned weights and
    has none yet: empty (``len`` 0), so false in a test of truth, and still given."""

    weights: tuple[float, ...] = ()

    def __len__(self) -> int:
        return len(self.weights)


class _EmptySpy(_Spy):
    """The recording fill, empty as a container of no weights is."""

    def __len__(self) -> int:
        return 0


def test_an_objective_that_is_empty_as_a_container_still_ranks_the_summary(
    analysed: Analysis,
) -> None:
    objective = _ShortestOfNoWeights()
    assert not objective
    summary = summarize(analysed, SummaryOptions(sentences=2, min_sources=1, objective=objective))
    lengths = sorted(s.words for s in analysed.sentences if s.standalone and s.words >= MIN_WORDS)
    assert sorted(analysed.sentences[i.sentence].words for i in summary.items) == lengths[:2]


def test_a_fill_that_is_empty_as_a_container_still_fills_the_summary(analysed: Analysis) -> None:
    spy = _EmptySpy()
    assert not spy
    filled = build_summary(analysed, SummaryOptions(sentences=8, min_sources=2, fill=spy))
    rest = [item for item in filled.items if item.support < 2]
    assert spy.started == 1
    assert rest and all(item.sentence in spy.added for item in rest)
