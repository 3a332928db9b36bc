"""The list of what one outlet alone reports is the lenient side: a sentence is listed only
when no other outlet states any of its facts by the loosest evidence the engine has. Here,
one class of that evidence: one count of one thing, which two outlets give in sentences
sharing no other word ("One of the two exit stairways was blocked" / "There were two exits,
but the one in the back was covered up"), read by the figures' own reader
(:func:`corroborate.engine.text.figures.shared_counts`). Beside it, the look-alikes that
must stay listed: the same figure counting other things, a sentence sharing only the
story's main name, and two outlets' different facts about one person. Every outlet, place
and person is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from single_source_listed import fact_pairs_told, listed_texts

from corroborate.engine.models import Sentence

BACKDROP = " ".join(
    f"Volunteers at the Ostby depot {n} sorted blankets every evening." for n in range(30)
)


def _paired(one: str, other: str, sentences: list[Sentence]) -> bool:
    pairs = fact_pairs_told(sentences)
    return (one, other) in pairs or (other, one) in pairs


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "One of the two exit stairways was blocked by smoke, witnesses said.",
            "There were two exits, but the one at the back was covered up.",
        ),
        (
            "Rescuers pulled 14 people from the rubble before dawn.",
            "By Tuesday night 14 people had been pulled alive from the rubble.",
        ),
        (
            "Three ferries were cancelled as the storm closed the harbour at Varnholt.",
            "Storm warnings kept three ferries in port all afternoon.",
        ),
    ],
)
def test_two_outlets_giving_one_count_of_one_thing_share_that_fact(
    sentences_of: Callable[..., list[Sentence]], one: str, other: str
) -> None:
    sentences = sentences_of(one, other, BACKDROP)
    assert _paired(one, other, sentences)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # the same figure counting other things
        (
            "One of the two exit stairways was blocked by smoke, witnesses said.",
            "The hall had been rented for two nights by a group of students.",
        ),
        (
            "Rescuers pulled 14 people from the rubble before dawn.",
            "The building had stood on Harl Street for 14 years.",
        ),
        (
            "Three ferries were cancelled as the storm closed the harbour at Varnholt.",
            "Three people were hurt when a roof blew off.",
        ),
        # two outlets' different facts about one person, each with the same small figure
        (
            "The mayor said two funerals would be held on Monday.",
            "The mayor, who has two sons, grew up near the hall.",
        ),
        # a group both take as known: what each says of it is its own
        (
            "The two women he met were later questioned by police.",
            "The two women the police accused deny any part in the theft.",
        ),
    ],
)
def test_one_figure_counting_two_things_shares_nothing(
    sentences_of: Callable[..., list[Sentence]], one: str, other: str
) -> None:
    sentences = sentences_of(one, other, BACKDROP)
    assert not _paired(one, other, sentences)


def test_a_sentence_sharing_only_the_story_s_main_name_and_a_figure_of_another_thing_shares_nothing(
    sentences_of: Callable[..., list[Sentence]],
) -> None:
    # "Brannock" is the story's own name, in most of its sentences: no fact of its own
    told = "Fire swept through the Brannock dance hall, killing 12 young people."
    doors = "The Brannock hall's owner said 12 fire doors had been fitted last year."
    backdrop = " ".join(f"Mourners at the Brannock hall gate {n} left flowers." for n in range(30))
    sentences = sentences_of(told, doors, backdrop)
    assert not _paired(told, doors, sentences)


HERALD = """Tessel Herald

Fire swept through the Brannock dance hall in Ostby late on Friday, killing 12 young people.

One of the two exit stairways was blocked by smoke, witnesses said.

Mayor Edda Kvist, who visited the hall on Saturday, said she would pay for the funerals.

Kvist grew up four streets from the hall and went to dances there as a girl.
"""

POST = """Marrowby Post

Twelve young people died when fire tore through the Brannock dance hall in Ostby on Friday night.

"There were two exits, but the one at the back was covered up," said a survivor.

Firefighters said they had not yet found what started the fire.

Mayor Edda Kvist said the city would hold a day of mourning on Monday.
"""


def test_a_count_another_outlet_gives_of_the_same_thing_is_not_listed_as_one_outlet_s(
    make_folder: Callable[..., Path],
) -> None:
    # In a folder this small the matcher's loose echoes reach most sentences; the whole
    # analysis shows the count kept off the list and what one outlet alone tells still on it.
    folder = make_folder({"herald.txt": HERALD, "post.txt": POST})
    listed = listed_texts(folder)
    assert not any("exit stairways" in text for text in listed)
    assert any("not yet found what started the fire" in text for text in listed)
