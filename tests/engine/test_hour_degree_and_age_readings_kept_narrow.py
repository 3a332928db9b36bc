"""The readings that keep an hour of the clock, a degree of hurt, two people of one surname
and a party "between" two from false alarms, kept to their class: an hour after an article
names a thing ("the 9 a.m. train") and is no moment; "serious conditions" tell of no
patient; the gravely and the lightly hurt are two parts of the hurt; a title or a middle
name beside an age is no other person's given name; a "between" with no second party ends
at punctuation. Each look-alike beside the conflict it must not hide.

Every sentence here is invented: its places, people and outlets."""

from __future__ import annotations

import pytest

from corroborate.engine.conflicts.judge import compare
from corroborate.engine.conflicts.referents import credited_to_others
from corroborate.engine.text.clock import timed_apart
from corroborate.engine.text.specifics import analyse

NOT_CONFLICTS = [
    pytest.param("Two people suffered minor injuries in the Brannock tram crash.",
                 "Five people were seriously injured in the Brannock tram crash.",
                 id="the lightly and the gravely hurt"),
    pytest.param("Two people were slightly hurt in the Brannock tram crash.",
                 "Five people were critically injured in the Brannock tram crash.",
                 id="the slightly and the critically hurt"),
    pytest.param("The 9 a.m. train from Dellmoor derailed, killing four passengers.",
                 "The Dellmoor train derailed at 11 a.m., killing four passengers.",
                 id="an hour naming a train and the hour it derailed"),
]  # fmt: skip

STILL_CONFLICT = [
    pytest.param("The Dellmoor prison held 900 inmates in serious conditions.",
                 "The Dellmoor prison held 1,400 inmates.", {"900", "1,400"},
                 id="serious conditions are no degree of hurt"),
    pytest.param("Four patients remain in serious condition at Dellmoor General.",
                 "Six patients remain in serious condition at Dellmoor General.", {"Four", "Six"},
                 id="two counts of those in serious condition"),
    pytest.param("Sen. Voss, 61, led the Dellmoor inquiry.",
                 "Lena Voss, 64, led the Dellmoor inquiry.", {"61", "64"},
                 id="a short title beside an age is no given name"),
    pytest.param("Lena Marie Voss, 61, led the Dellmoor inquiry.",
                 "Lena Voss, 64, led the Dellmoor inquiry.", {"61", "64"},
                 id="a middle name beside an age is no other person's given name"),
    pytest.param("The Brannock quake struck at 6 a.m. on Monday.",
                 "The Brannock quake struck at 6 p.m. on Monday.", {"6 a.m.", "6 p.m."},
                 id="one hour of the morning and of the evening"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), NOT_CONFLICTS)
def test_two_degrees_of_hurt_and_an_hour_naming_a_thing_are_no_disagreement(
    one: str, other: str
) -> None:
    assert compare(one, other) is None and compare(other, one) is None


@pytest.mark.parametrize(("one", "other", "values"), STILL_CONFLICT)
def test_look_alikes_of_a_degree_of_hurt_an_hour_and_a_given_name_still_conflict(
    one: str, other: str, values: set[str]
) -> None:
    found = compare(one, other)
    assert found is not None and {found.a_words, found.b_words} == values


def test_an_hour_after_an_article_is_no_moment_that_keeps_two_sentences_apart() -> None:
    train = analyse("The 9 a.m. train from Dellmoor derailed, killing four passengers.")
    derailed = analyse("The Dellmoor train derailed at 11 a.m., killing four passengers.")
    struck = analyse("The Dellmoor train derailed at 9 a.m., killing four passengers.")
    assert not timed_apart(train, derailed)
    assert timed_apart(struck, derailed)


def test_a_between_without_a_second_party_ends_at_punctuation() -> None:
    army = analyse("The army said 40 people died in Dellmoor.")
    rebels = analyse(
        "Rebels said 120 people died in Dellmoor in fighting between villages; the army "
        "disputed the figure."
    )
    fighting = analyse(
        "Fighting between the army and rebels killed 40 people in Dellmoor, the health "
        "ministry said."
    )
    assert not credited_to_others(army, rebels)  # the rebels' sentence names the army
    assert credited_to_others(fighting, analyse("Rebels said 120 people were killed."))
