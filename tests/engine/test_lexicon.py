"""The shared word lists: each question about a word is answered once, for every stage."""

from __future__ import annotations

from corroborate.engine.conflicts.none_and_some import none_against_some
from corroborate.engine.text import lexicon
from corroborate.engine.text.people import two_people
from corroborate.engine.text.roles import titled
from corroborate.engine.text.segment import is_standalone, split_paragraph
from corroborate.engine.text.specifics import analyse
from corroborate.engine.text.standing import titles
from corroborate.engine.text.verbs import has_verb


def test_a_school_named_for_two_places_is_no_pair_of_people() -> None:
    # "academy" ended a place's name for the spelling check only; the people reader asks
    # the same list now
    assert not two_people(
        "Pupils of Ridgeview Academy marched on Tuesday.",
        "Pupils of Stonebrook Academy marched on Tuesday.",
    )
    assert two_people(
        "Anton Ferrand told the court he saw the fire.",
        "Tomas Ferrand told the court he saw the fire.",
    )


def test_an_associate_prime_minister_is_not_the_prime_minister() -> None:
    # a lesser post's words (assistant, deputy, associate ...) are one list for the
    # judge of names in roles and for the titles held one at a time
    assert "associate" in lexicon.LESSER_POSTS
    held = titles("Associate Prime Minister Ivo Brann met the envoys in Veltra.")
    assert not [t for t in held if t.kind == "minister"]
    held = titles("Prime Minister Ivo Brann met the envoys in Veltra.")
    assert [t for t in held if t.kind == "minister"]


def test_a_part_counted_past_ten_points_back_as_a_part_counted_below_it_does() -> None:
    # every number word (numbers.UNITS) names a part of what the sentence before named,
    # not only one to ten
    for count in ("Two", "Ten", "Eleven", "Fifteen", "Sixty"):
        assert not is_standalone(f"{count} of them were taken to the Marlow clinic.")
    assert is_standalone("Eleven villagers were taken to the Marlow clinic.")


def test_a_title_written_short_with_a_stop_never_ends_a_sentence_and_is_no_name() -> None:
    # the names reader and the sentence splitter read one list of short titles
    text = "The motion was tabled by Cllr. Ana Ruiz of the Harlow ward on Tuesday."
    assert list(split_paragraph(text)) == [text]
    for short in ("cllr", "msgr", "atty", "fr", "sgt"):
        assert titled(short)


def test_the_named_parts_of_the_modals_are_modals() -> None:
    assert lexicon.FUTURE_MODALS <= lexicon.MODALS
    assert lexicon.FORECAST_MODALS <= lexicon.MODALS


def test_every_modal_marks_a_verb_and_a_negation_reaches_past_it() -> None:
    # the verb marker and the negation reader ask the one list of modals
    assert not has_verb("the mayor of Dalby")
    for modal in lexicon.MODALS:
        assert has_verb(f"the mayor of Dalby {modal}")
        spec = analyse(f"The mayor of Dalby {modal} not attend the ceremony.")
        assert [(spec.tokens[n].low, spec.tokens[w].low) for n, w in spec.negations] == [
            ("not", "attend")
        ]


def test_a_denial_of_a_things_existence_after_any_modal_is_supposed_not_stated() -> None:
    told = analyse("Detectives are investigating the shooting at the Varnholt depot.")
    stated = analyse("There is no investigation into the shooting at the Varnholt depot.")
    assert none_against_some(stated, told) is not None
    for modal in lexicon.MODALS:
        supposed = analyse(
            f"There {modal} be no investigation into the shooting at the Varnholt depot."
        )
        assert none_against_some(supposed, told) is None


def test_a_contraction_is_no_word_of_its_own_as_the_judges_read_a_sentence() -> None:
    # the judges' word lists hold no "'s", "'ll", "'re", "'ve", "'d": none can stand alone
    spec = analyse("It's due Monday, they'll meet, police’ve been told and they'd left Dalby.")
    lows = [t.low for t in spec.tokens]
    assert {"it's", "they'll", "police've", "they'd"} <= set(lows)
    assert not [low for low in lows if low[:1] in "'’"]
