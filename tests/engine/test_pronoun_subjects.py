"""A sentence whose subject is a pronoun or a bare title is about whom the sentence before
it names (engine/matching/align.py, ``_PRONOUN_SUBJECT``): "He was shot dead" after a
sentence naming another man states nothing of the man another outlet names."""

from __future__ import annotations

import pytest

from articles import matched_beside

#: Other articles of the invented story, so that word weights are those of a small folder.
BACKDROP = (
    "Police in Millbrook said a gunman opened fire outside a bakery on Friday night. "
    "Shops on Quarry Lane stayed closed on Saturday. The council will meet on Monday.",
    "A gunman opened fire in Millbrook on Friday night. Residents laid flowers on Quarry "
    "Lane. Detectives asked drivers for dashboard footage.",
)


def matched(one: str, other: str, first: str, second: str) -> bool:
    """Are ``first`` (a sentence of the article ``one``) and ``second`` (of ``other``)
    matched when the two articles are aligned beside the backdrop?"""
    return matched_beside(BACKDROP, one, other, first, second)


SHOT = "He was shot dead outside his own shop shortly before closing time on Friday night."
NAMED = (
    "Jonas Reel was shot dead outside his own shop shortly before closing time on Friday "
    "night, his family said."
)


def test_a_pronoun_after_a_sentence_about_another_person_is_not_that_persons_fact() -> None:
    one = f"Officers named the dead man as Tomas Varga, a baker from the Eastgate district. {SHOT}"
    assert not matched(one, NAMED, SHOT, NAMED)


def test_a_pronoun_after_a_sentence_naming_the_same_person_still_matches() -> None:
    one = f"Officers named the dead man as Jonas Reel, a baker from the Eastgate district. {SHOT}"
    assert matched(one, NAMED, SHOT, NAMED)


def test_a_pronoun_after_a_sentence_naming_nobody_still_matches() -> None:
    one = f"Officers said the dead man was a baker from the Eastgate district. {SHOT}"
    assert matched(one, NAMED, SHOT, NAMED)


def test_a_bare_title_after_a_sentence_about_another_official_is_not_his_fact() -> None:
    resigned = "The commissioner resigned on Saturday after the shooting inquiry was announced."
    one = f"Ada Holm, the harbour commissioner, visited the bakery on Saturday morning. {resigned}"
    other = (
        "Piet Mulder, the harbour commissioner, resigned on Saturday after the shooting "
        "inquiry was announced."
    )
    assert not matched(one, other, resigned, other)
    same = f"Piet Mulder, the harbour commissioner, visited the bakery on Saturday. {resigned}"
    assert matched(same, other, resigned, other)


def test_a_pronoun_opening_a_quotation_is_the_speakers_and_still_matches() -> None:
    quoted = "“He ran up the fire escape to the roof and hid behind the chimney,” Olsen said."
    one = f"Deputies chased the driver of the grey van, Sergeant Ruth Olsen said. {quoted}"
    other = (
        "Sergeant Ruth Olsen said the van driver ran up the fire escape to the roof and hid "
        "behind the chimney."
    )
    assert matched(one, other, quoted, other)


#: the same shooting told of a man named in full, by another outlet
VARGA = (
    "Tomas Varga was shot dead outside his own shop shortly before closing time on Friday "
    "night, his family said."
)


def drove(surname: str, full: str) -> str:
    """An article whose sentence before :data:`SHOT` names a man by his surname beside a
    place of two words, and names him in full later."""
    return (
        f"{surname} drove to the Dania Beach market with his nephew on Friday evening. "
        f"{SHOT} {full} had run the bakery for twenty years."
    )


def test_a_place_of_two_words_before_a_pronoun_is_not_whom_it_is_about() -> None:
    assert matched(drove("Varga", "Tomas Varga"), VARGA, SHOT, VARGA)


def test_a_pronoun_after_a_surname_and_a_place_is_about_the_person_the_surname_names() -> None:
    assert not matched(drove("Reel", "Jonas Reel"), VARGA, SHOT, VARGA)


#: the vote put off, told by an outlet naming no one
VOTE = (
    "The {opening} on the harbour levy was put off until the first Sunday of June because "
    "the Westvale quay flooded."
)


@pytest.mark.parametrize("opening", ["general election", "chief reason for the vote"])
def test_a_title_read_as_a_word_of_another_subject_is_not_about_the_person_before(
    opening: str,
) -> None:
    told = VOTE.format(opening=opening).replace(" Westvale", "")
    one = f"Mayor Ada Holm toured the flooded harbour on Saturday morning. {told}"
    other = VOTE.format(opening=opening)
    assert matched(one, other, told, other)


def test_a_sentence_about_what_a_title_owns_is_not_about_the_person_before() -> None:
    released = "The coroner's office released the name of the man found inside the chimney."
    one = f"Tomas Varga had run the bakery on Quarry Lane for twenty years. {released}"
    other = (
        "The Westvale coroner's office released the name of the man found inside the "
        "chimney on Tuesday."
    )
    assert matched(one, other, released, other)


@pytest.mark.parametrize(
    "verb",
    ["has since resigned", "abruptly resigned", "resigns", "doesn’t plan to stay and resigned"],
)
def test_a_title_followed_by_its_verb_is_still_about_the_person_before(verb: str) -> None:
    said = f"The commissioner {verb} after the shooting inquiry was announced on Saturday."
    one = f"Ada Holm, the harbour commissioner, visited the bakery on Saturday morning. {said}"
    other = (
        f"Piet Mulder, the harbour commissioner, {verb} after the shooting inquiry was "
        "announced on Saturday."
    )
    assert not matched(one, other, said, other)
    same = f"Piet Mulder, the harbour commissioner, visited the bakery on Saturday. {said}"
    assert matched(same, other, said, other)


def test_a_pronoun_after_a_sentence_naming_only_a_newspaper_still_matches() -> None:
    one = (
        f"Officers were called to the bakery late on Friday, the Millbrook Tribune reported. {SHOT}"
    )
    assert matched(one, NAMED, SHOT, NAMED)


def king(surname: str) -> str:
    """An article naming a man in full whose surname is also a title's word, then opening a
    sentence with that surname alone before a verb of saying, then a pronoun."""
    return (
        f"The baker's brother, Walter {surname}, spoke to reporters on Saturday. "
        f"{surname} said the family had been warned about threats. {SHOT}"
    )


@pytest.mark.parametrize("surname", ["King", "Major", "Priest"])
def test_a_surname_that_is_a_title_s_word_opening_a_sentence_before_said_names_that_person(
    surname: str,
) -> None:
    # "He" is the man the sentence before names, by the surname the folder writes in full
    assert not matched(king(surname), NAMED, SHOT, NAMED)
    assert matched(king(surname), VARGA.replace("Tomas Varga", f"Walter {surname}"), SHOT,
                   VARGA.replace("Tomas Varga", f"Walter {surname}"))  # fmt: skip


def test_a_title_opening_a_sentence_before_a_name_is_no_surname() -> None:
    # "King Harald said": a title before a name, the sentence naming the king, not Walter King
    one = (
        "The baker's brother, Walter King, spoke to reporters on Saturday. "
        f"King Harald said the family had been warned about threats. {SHOT}"
    )
    assert not matched(one, NAMED, SHOT, NAMED)
