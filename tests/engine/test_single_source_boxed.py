"""The list of what one outlet alone reports is the lenient side: a sentence is listed only
when no other outlet states any of its facts by the loosest evidence the engine has. Here,
one class of that evidence: a review's credits box another outlet's page prints beside its
story, which the reader leaves out of the story's sentences, giving two of the sentence's
rare full names ("Directed by Orla Fenwick and Bram Kessel" / "writer-directors Orla
Fenwick and Bram Kessel may have dreamed of …"). Beside it, the look-alikes that must stay
listed: one name in common, the story's own subjects named in most sentences, a line of the
sentence's own outlet, two outlets' different facts about one person, a figure of the box
beside another figure, and the page's other lines left out (a caption, a byline, a reader's
comment, a link, a sponsor's line) naming the same two people. Every outlet, film, place and
person is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from single_source_listed import listed_texts

from corroborate.engine.consensus.single_source import boxed_names
from corroborate.engine.models import Sentence
from corroborate.engine.text.furniture import review_credits

CREDITS = "Drama. Starring Tomas Ruud and Ilse Varga. Directed by Orla Fenwick and Bram Kessel."
# thirty sentences of the story's own words, so that the names above are rare in it
BACKDROP = " ".join(
    f"The harbour of Fennick looked lovely at dusk in scene {n} of the film." for n in range(30)
)


def _boxed(sentences_of: Callable[..., list[Sentence]], text: str, *box: str) -> bool:
    """Whether the sentence ``text`` of the second article is paired with the first article,
    whose page left out the lines ``box``: the first article is the backdrop."""
    sentences = sentences_of(BACKDROP, text)
    asked = [True] * len(sentences)
    group_of = [0, 1]
    found = set(boxed_names(sentences, [box, ()], group_of, asked))
    return any(sentences[sid].text == text and article == 0 for sid, article in found)


@pytest.mark.parametrize(
    "text",
    [
        "Writer-directors Orla Fenwick and Bram Kessel may have dreamed of the old seaside comedies.",
        "The film was made by Bram Kessel and Orla Fenwick over two winters in Fennick.",
        "Tomas Ruud and Ilse Varga play a locksmith and the widow who owes him money.",
    ],
)
def test_two_rare_full_names_another_page_s_credits_box_gives_are_a_fact_it_states(
    sentences_of: Callable[..., list[Sentence]], text: str
) -> None:
    assert _boxed(sentences_of, text, CREDITS)


@pytest.mark.parametrize(
    "text",
    [
        # one name in common: a person is named in many facts
        "Orla Fenwick grew up in a fishing village two hours north of Fennick.",
        # a first name in common is no name: "Orla Fenwick" and "Orla Brandt" are two people
        "Orla Brandt and Bram Holloway wrote the music for the film.",
        # two outlets' different facts about one person, each naming someone else beside her
        "Ilse Varga once shared a stage with Anna Brannoch in a touring production.",
    ],
)
def test_a_sentence_sharing_fewer_than_two_full_names_with_the_box_stays_its_outlet_s(
    sentences_of: Callable[..., list[Sentence]], text: str
) -> None:
    assert not _boxed(sentences_of, text, CREDITS)


@pytest.mark.parametrize(
    "text",
    [
        "Orla Fenwick wrote the script, and Orla Fenwick alone chose the cast in Fennick.",
        "The Orla Fenwick film was made in Fennick, Orla Fenwick told the Gazette.",
    ],
)
def test_one_person_named_twice_in_the_sentence_is_one_name_in_common(
    sentences_of: Callable[..., list[Sentence]], text: str
) -> None:
    assert not _boxed(sentences_of, text, CREDITS + " (R. 98 minutes.)")


def test_a_box_s_figure_beside_another_figure_of_the_sentence_shares_nothing(
    sentences_of: Callable[..., list[Sentence]],
) -> None:
    # the box gives a running time, the sentence a count of days: no name in common
    text = "The film was shot in 98 days, most of them in the rain."
    assert not _boxed(sentences_of, text, CREDITS + " (PG-13. 98 minutes.)")


def test_the_story_s_own_subjects_named_in_most_sentences_are_no_fact_of_one(
    sentences_of: Callable[..., list[Sentence]],
) -> None:
    # the two leads are the story's subjects: every outlet names them again and again
    subjects = " ".join(
        f"Tomas Ruud and Ilse Varga shine in scene {n} of the film." for n in range(30)
    )
    text = "Tomas Ruud and Ilse Varga first met on a ferry to Varnholt in 2009."
    sentences = sentences_of(subjects, text)
    found = set(boxed_names(sentences, [(CREDITS,), ()], [0, 1], [True] * len(sentences)))
    assert not any(sentences[sid].text == text for sid, _ in found)


def test_a_line_left_out_of_the_sentence_s_own_outlet_s_page_is_no_other_outlet_s(
    sentences_of: Callable[..., list[Sentence]],
) -> None:
    text = "Writer-directors Orla Fenwick and Bram Kessel may have dreamed of the old comedies."
    sentences = sentences_of(BACKDROP, text)
    # both articles are one outlet's (one group)
    found = set(boxed_names(sentences, [(CREDITS,), ()], [0, 0], [True] * len(sentences)))
    assert not found


HERALD = """Review: "Lantern Street" glows
By Mira Osk, Harlow Herald film critic

"Lantern Street" follows a retired locksmith who returns to the harbour town of Fennick to settle an old debt.

The film takes its time, and the harbour scenes at dusk are lovely to look at.

The locksmith's slow return to his trade is the best thing in the film.

Its last act, a chase across the rooftops of Fennick, drags on far too long.

Still, the film is a gentle and often funny picture of a town that has seen better days.

Mira Osk is the Harlow Herald's film critic.

Lantern Street

Drama. Starring Tomas Ruud and Ilse Varga. Directed by Orla Fenwick and Bram Kessel. (PG-13. 98 minutes.)
"""

COURIER = """"Lantern Street" is a small, warm film about a locksmith
By Jonas Pell, Tessel Valley Courier

Writer-directors Orla Fenwick and Bram Kessel may have dreamed of the old seaside comedies of their youth.

The retired locksmith at its heart comes home to Fennick to settle an old debt.

The harbour at dusk is the film's loveliest sight, and the camera lingers on it.

A rooftop chase near the end runs long, but the film recovers in its final scenes.

It is a gentle film, and a funny one, about a town past its best days.
"""


def test_the_directors_another_review_names_in_its_credits_box_are_not_listed_as_one_outlet_s(
    make_folder: Callable[..., Path],
) -> None:
    folder = make_folder({"herald.txt": HERALD, "courier.txt": COURIER})
    listed = listed_texts(folder)
    assert not any("Orla Fenwick" in text for text in listed)
    # what one review alone says stays listed
    assert any("slow return to his trade" in text for text in listed)


DIRECTORS = (
    "Writer-directors Orla Fenwick and Bram Kessel may have dreamed of the old seaside comedies."
)


@pytest.mark.parametrize(
    "line",
    [
        # a caption names who is in a photo, not what they did
        "Orla Fenwick and Bram Kessel at an earlier premiere. (Photo: Ines Holt)",
        "Pictured: Orla Fenwick and Bram Kessel at an earlier event",
        # the page's writers
        "By Orla Fenwick and Bram Kessel, Staff Writers",
        # a reader's comment below the story, a link to another story, a sponsor's line
        "Orla Fenwick and Bram Kessel should never have been given the money.",
        "Related: Orla Fenwick and Bram Kessel part ways after ten years",
        "Sponsored by Orla Fenwick and Bram Kessel Productions",
    ],
)
def test_a_line_left_out_that_is_no_credits_box_gives_no_fact_however_many_names(
    sentences_of: Callable[..., list[Sentence]], line: str
) -> None:
    assert not review_credits(line)
    assert not _boxed(sentences_of, DIRECTORS, line)


@pytest.mark.parametrize(
    "line",
    [
        CREDITS,
        "Directed by Orla Fenwick and Bram Kessel. (R. 104 minutes.)",
        "Comedy. Starring Tomas Ruud, Ilse Varga. Rated PG.",
    ],
)
def test_a_review_s_credits_box_is_read_as_one(line: str) -> None:
    assert review_credits(line)


MARRIED = (
    "Orla Fenwick and Bram Kessel were married in Fennick in 2004 and divorced two years later."
)

GAZETTE = f"""Fennick Gazette

The comedy follows a ferry pilot who loses her licence in the port of Fennick.

Her brother runs a bakery that has not turned a profit in years.

The jokes land more often than not, and the pacing rarely sags.

{MARRIED}

The final scene takes place during a storm on the harbour wall.

The old steamer at the heart of the film nearly steals the show.
"""

POST = """Marrowby Post

Orla Fenwick and Bram Kessel at an earlier premiere. (Photo: Ines Holt)

The ferry pilot at the centre of this comedy loses her licence in Fennick.

Her brother's bakery is failing, and the family argues about money.

The storm at the end is the best thing in the film.

The old steamer is filmed with real affection.
"""


def test_a_caption_on_another_outlet_s_page_naming_two_people_leaves_their_fact_listed(
    make_folder: Callable[..., Path],
) -> None:
    # the caption says who is in the photo, not that they married: the marriage is the
    # Gazette's alone
    folder = make_folder({"gazette.txt": GAZETTE, "post.txt": POST})
    assert MARRIED in listed_texts(folder)
