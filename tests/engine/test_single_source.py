"""Distinctness: how much of a sentence's word weight is its outlet's own; echoes: which
other outlets may state a sentence's fact."""

from __future__ import annotations

from corroborate.engine.consensus.single_source import (
    MIN_DISTINCT,
    distinctness,
    echo_groups,
    shared_fact_pairs,
)
from corroborate.engine.models import NearPair, Sentence
from corroborate.engine.text.segment import content_stem


def _sentences(*texts: tuple[int, str]) -> list[Sentence]:
    """One sentence per (article, text); the stems are the text's words."""
    return [
        Sentence(
            id=i,
            article=article,
            index=i,
            paragraph=0,
            text=text,
            stems=tuple(text.lower().split()),
            numbers=frozenset(),
            quotes=(),
            words=len(text.split()),
        )
        for i, (article, text) in enumerate(texts)
    ]


# The Glenmoor Ledger's sentence, and filler every outlet prints about the flood.
LEDGER = (0, "volunteers stacked sandbags along orchard lane before midnight")
FILLER = "river flood town mayor water"


def test_a_sentence_no_other_outlet_uses_any_word_of_is_wholly_its_own() -> None:
    sentences = _sentences(LEDGER, (0, FILLER), (1, FILLER), (1, "mayor thanked crews"))
    assert distinctness(sentences, [0, 1])[0] == 1.0


def test_a_sentence_another_outlet_mostly_restates_is_not_its_outlets_own() -> None:
    sentences = _sentences(
        LEDGER, (0, FILLER), (1, FILLER), (1, "volunteers stacked sandbags on orchard lane")
    )
    assert distinctness(sentences, [0, 1])[0] < MIN_DISTINCT


def test_outlets_that_each_share_one_story_word_leave_a_sentence_its_outlets_own() -> None:
    # Four other outlets, each using one of the sentence's words elsewhere in its story:
    # together they use most of its words, yet none of them tells what it tells.
    sentences = _sentences(
        LEDGER,
        (0, FILLER),
        (1, FILLER + " volunteers arrived"),
        (2, FILLER + " sandbags ran short"),
        (3, FILLER + " orchard flooded"),
        (4, FILLER + " before dawn"),
    )
    assert distinctness(sentences, [0, 1, 2, 3, 4])[0] >= MIN_DISTINCT


def test_adding_outlets_does_not_lower_a_sentences_share_unless_one_restates_it() -> None:
    others = [(1, FILLER + " volunteers arrived")]
    more = [(2, FILLER + " sandbags ran short"), (3, FILLER + " orchard flooded")]
    two = distinctness(_sentences(LEDGER, (0, FILLER), *others), [0, 1])[0]
    four = distinctness(_sentences(LEDGER, (0, FILLER), *others, *more), [0, 1, 2, 3])[0]
    assert four >= MIN_DISTINCT
    assert abs(four - two) < 0.1


def test_a_sentence_another_outlet_echoes_is_not_weighed_as_its_own() -> None:
    sentences = _sentences(LEDGER, (0, FILLER), (1, FILLER), (1, "mayor thanked crews"))
    echoes = [frozenset({0, 1}), frozenset({0}), frozenset({1}), frozenset({1})]
    shares = distinctness(sentences, [0, 1], echoes)
    assert shares[0] == 0.0
    assert shares[3] == distinctness(sentences, [0, 1])[3] > 0.0


def test_with_one_outlet_nothing_is_used_elsewhere() -> None:
    sentences = _sentences(LEDGER, (1, FILLER))
    assert distinctness(sentences, [0, 0]) == (1.0, 1.0)


def _read(*texts: tuple[int, str, tuple[str, ...], tuple[str, ...]]) -> list[Sentence]:
    """One sentence per (article, text, figure tags, quotations), its stems as the engine
    stems its words."""
    return [
        Sentence(
            id=i,
            article=article,
            index=i,
            paragraph=0,
            text=text,
            stems=tuple(filter(None, (content_stem(w.strip(',."').lower()) for w in text.split()))),
            numbers=frozenset(numbers),
            quotes=quotes,
            words=len(text.split()),
        )
        for i, (article, text, numbers, quotes) in enumerate(texts)
    ]


# What every outlet prints about the Harlow levee, in sentences naming its mayor: her name
# is the story's own, in most sentences, so it is not rare in the folder.
HARLOW = [
    (article, f"Mayor Brennock said the river crested on {day} morning.", (f"d:{day}",), ())
    for article in (0, 1)
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
] + [
    (article, f"Crews from {town} stacked sandbags along the levee.", (), ())
    for article in (0, 1)
    for town in ("Dunmore", "Pellworth", "Astbury", "Kinloss", "Marrow")
]


def test_a_sentence_another_outlet_quotes_in_part_is_not_its_outlets_own() -> None:
    sentences = _read(
        *HARLOW,
        (
            0,
            'Brennock said the levee "held better than anyone hoped" on Sunday.',
            (),
            ("held better than anyone hoped",),
        ),
        (
            1,
            'The wall "held better than anyone hoped this week," she told the Courier.',
            (),
            ("held better than anyone hoped this week",),
        ),
    )
    echoes = echo_groups(sentences, [], [], [0, 1])
    assert echoes[-2] == echoes[-1] == frozenset({0, 1})
    assert distinctness(sentences, [0, 1], echoes)[-2] == 0.0


def test_a_rare_name_and_a_figure_another_outlet_gives_are_a_shared_fact() -> None:
    sentences = _read(
        *HARLOW,
        (0, "Rescuers found Ilse Varga, 52, on the roof of her barn.", ("n:52",), ()),
        (1, "The farmer, Ilse Varga, who is 52, waited nine hours.", ("n:52", "n:9"), ()),
        (0, "Mayor Brennock thanked 52 volunteers.", ("n:52",), ()),
        (1, "The mayor, Brennock, has led Harlow for 52 months.", ("n:52",), ()),
    )
    echoes = echo_groups(sentences, [], [], [0, 1])
    varga, other_varga, thanks, months = (len(HARLOW) + k for k in range(4))
    assert echoes[varga] == echoes[other_varga] == frozenset({0, 1})
    # the mayor is named in most of the story's sentences: her name and a figure may be two
    # facts, and a weekday is no figure of a fact
    assert echoes[thanks] == frozenset({0})
    assert echoes[months] == frozenset({1})
    assert all(echoes[k] == frozenset({k // 5 % 2}) for k in range(10))


def test_an_outlet_quoting_a_sentence_is_among_its_echoes_though_others_echo_both() -> None:
    # The reader may say an echoing outlet is the sentence's own (one outlet): echoes are then
    # renumbered, so each must name every outlet that shares the sentence's fact.
    sentences = _read(
        *HARLOW,
        (
            0,
            'Inspector Rhona Petrie said she had "never seen a span fold like that" before.',
            (),
            ("never seen a span fold like that",),
        ),
        (1, "An inspector said she had not seen a span fold like that before.", (), ()),
        (
            2,
            'Workers said they had "never seen a span fold" in decades of repairs.',
            (),
            ("never seen a span fold",),
        ),
        (3, "Workers said the girders had folded like paper during the repairs.", (), ()),
    )
    petrie, reworded, quoting, workers = (len(HARLOW) + k for k in range(4))
    near = [
        NearPair(petrie, reworded, 0.5, 0.5, False, True),
        NearPair(quoting, workers, 0.5, 0.5, False, True),
    ]
    echoes = echo_groups(sentences, [], near, [0, 1, 2, 3])
    assert echoes[petrie] == frozenset({0, 1, 2})
    assert echoes[quoting] == frozenset({0, 2, 3})
    assert echoes[reworded] == frozenset({0, 1})


def test_a_figure_one_outlet_gives_with_its_unit_and_another_without_is_a_shared_fact() -> None:
    sentences = _read(
        *HARLOW,
        (0, "Rescuers found Ilse Varga, 52, on the roof of her barn.", ("n:52@age",), ()),
        (1, "The farmer, Ilse Varga, who is 52, waited nine hours.", ("n:52", "n:9"), ()),
        (0, "Pellworth Mills pledged $40 million to Varga's cooperative.", ("n:40000000@$",), ()),
        (1, "Varga's cooperative got 40 million from Pellworth Mills.", ("n:40000000",), ()),
    )
    echoes = echo_groups(sentences, [], [], [0, 1])
    varga, other_varga, pledge, got = (len(HARLOW) + k for k in range(4))
    assert echoes[varga] == echoes[other_varga] == frozenset({0, 1})
    assert echoes[pledge] == echoes[got] == frozenset({0, 1})


def test_each_copy_of_a_sentence_shares_its_fact_and_quotation_with_another_outlet(
    sentences_of,
) -> None:
    """Copies of a wire story repeat a sentence's figures, names and quotation, which are
    compared once per two texts: each copy is still paired with the other outlet's
    sentence, and a sentence whose figure has another unit with none."""
    backdrop = " ".join(
        f"Volunteers filled sandbags on street {n} by the river." for n in range(30)
    )
    wire = 'Ferry captain Ilse Varga, 52, said "the river rose faster than anyone had seen."'
    other = 'Varga, who is 52, told reporters "the river rose faster than anyone had seen."'
    apart = "Ilse Varga has worked on the river crossing for 52 weeks without a day off."
    sentences = sentences_of(wire, wire, other, apart, backdrop)
    texts = [s.text for s in sentences]
    pairs = {
        (texts[a], sentences[a].article, texts[b], sentences[b].article)
        for a, b in shared_fact_pairs(sentences)
    }
    assert {(wire, 0, other, 2), (wire, 1, other, 2)} <= pairs
    assert not any(apart in (first, second) for first, _, second, _ in pairs)


def test_a_sentence_copied_into_an_outlets_update_shares_what_another_outlet_echoes() -> None:
    # The matcher judges a text printed twice once, and echoes reach the copy it judged:
    # the copy in the outlet's update (article 1, one outlet with article 0) echoes too.
    flight = "the first kestrel air flight landed at marrow field on saturday"
    sentences = _sentences(
        (0, flight),
        (1, flight),
        (1, "ferry crews at orrin harbour were stood down"),
        (2, "the first commercial flight from the new airport landed on saturday"),
    )
    near = [NearPair(0, 3, 0.15, 0.25, False, True)]
    echoes = echo_groups(sentences, [], near, [0, 0, 1])
    assert echoes[0] == echoes[1] == frozenset({0, 1})
    assert echoes[2] == frozenset({0})


def test_a_text_two_outlets_print_word_for_word_is_left_to_the_matcher() -> None:
    # Copies in two outlets' articles are matched as copies; here (no match given) neither
    # outlet's copy takes on what the other's echoes.
    flight = "the first kestrel air flight landed at marrow field on saturday"
    sentences = _sentences(
        (0, flight),
        (1, flight),
        (2, "the first commercial flight from the new airport landed on saturday"),
    )
    echoes = echo_groups(sentences, [], [NearPair(0, 2, 0.15, 0.25, False, True)], [0, 1, 2])
    assert echoes[0] == frozenset({0, 2})
    assert echoes[1] == frozenset({1})


def _share_beside(other_words: str) -> float:
    """The Ledger's sentence on a comet's sighting, weighed against another outlet that
    tells of it in ``other_words`` (the helper's stems are the words as written)."""
    sentences = _sentences(
        (0, "the comet was seen over western tarrow by the ridge observers"),
        (0, FILLER),
        (1, FILLER),
        (1, other_words),
    )
    return distinctness(sentences, [0, 1])[0]


def test_another_outlet_telling_a_fact_in_the_base_form_of_a_word_shares_it() -> None:
    # "west" / "western": one word and its derived form
    derived = _share_beside("observers saw the comet over west tarrow")
    unrelated = _share_beside("observers saw the comet over wren tarrow")
    assert derived < unrelated


def test_words_alike_only_in_their_letters_share_nothing_of_a_sentence() -> None:
    # "testy" is no form of "testified", nor "week" of "weekday"
    told = (0, "the mayor testified on a weekday before the flood panel")
    beside = _sentences(told, (0, FILLER), (1, FILLER), (1, "a testy week for the council"))
    alone = _sentences(told, (0, FILLER), (1, FILLER), (1, "a quiet season for the council"))
    assert distinctness(beside, [0, 1])[0] == distinctness(alone, [0, 1])[0]
