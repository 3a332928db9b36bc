"""Two people of one surname are two people: a sentence about one never backs a sentence
about the other, however alike their words, and what each gives (an age, a count, a day, a
denial) is never set against the other's; one person's name written two ways still is one.

Every text here is invented: its outlets, people and events.
"""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.people import given_slips, lower_words, one_given_name, two_people
from corroborate.engine.text.roles import persons


def _story(make_folder, first: str, second: str):
    """Two outlets' reports of one hearing, each with one sentence about a witness."""
    return analyze(
        make_folder(
            {
                "a.txt": "Hearing on Tessel mill fire\n\nA hearing on the Tessel mill fire "
                "opened in Orrin on Monday.\n\n"
                f"{first} told the inquiry that the mill's sprinklers had been switched off "
                "for repairs a week before the blaze.\n\nThe hearing resumes on Friday.",
                "b.txt": "Tessel mill inquiry opens\n\nThe inquiry into the fire at the Tessel "
                "mill began in Orrin on Monday.\n\n"
                f"{second} told the inquiry the mill's sprinklers had been switched off for "
                "repairs a week before the fire.\n\nA report is due in the spring.",
            }
        )
    )


def _backed(analysis, word: str) -> bool:
    """Does the sentence about sprinklers of one outlet back the other's?"""
    said = [s.id for s in analysis.sentences if word in s.text]
    assert len(said) == 2
    return said[1] in analysis.neighbours[said[0]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Anton Ferrand", "Tomas Ferrand"),
        ("Engineer Anton Ferrand", "Tomas Ferrand"),
        ("Marta Kessler", "Ivo Kessler"),
    ],
)
def test_the_same_words_about_two_people_of_one_surname_are_not_one_claim(
    make_folder, first: str, second: str
) -> None:
    analysis = _story(make_folder, first, second)
    assert not _backed(analysis, "sprinklers")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("William Ferrand", "Bill Ferrand"),  # a known short form
        ("Michael Ferrand", "Mike Ferrand"),
        ("Alexander Ferrand", "Alex Ferrand"),  # the start of the full name
        ("Mohamed Ferrand", "Mohammed Ferrand"),  # a letter doubled by a house style
        ("Anton Ferrand", "Antón Ferrand"),  # an accent
        ("Anton Ferrand", "Ferrand"),  # the surname alone
        ("Anton Ferrand", "A. Ferrand"),  # an initial
        ("Anton Ferrand", "Mr. Ferrand"),
    ],
)
def test_one_person_named_two_ways_is_still_one_claim(make_folder, first: str, second: str) -> None:
    analysis = _story(make_folder, first, second)
    assert _backed(analysis, "sprinklers")


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("bill", "william"), ("mike", "michael"), ("alex", "alexander"), ("dan", "daniel"),
        ("mohamed", "mohammed"), ("ilsa", "isla"), ("anton", "anton"), ("jon", "john"),
        ("sara", "sarah"), ("ann", "anne"), ("jonas", "jonus"),
    ],
)  # fmt: skip
def test_a_short_form_a_start_or_a_spelling_is_one_given_name(x: str, y: str) -> None:
    assert one_given_name(x, y) and one_given_name(y, x)


@pytest.mark.parametrize(
    ("x", "y"),
    [("anton", "tomas"), ("marta", "ivo"), ("hillary", "bill"), ("jane", "gary")],
)
def test_different_given_names_are_two_given_names(x: str, y: str) -> None:
    assert not one_given_name(x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a couple named by both sentences
        ("Climbers Jane and Gary Wilson turned back at dusk.",
         "Jane Wilson and her husband Gary turned back at dusk."),
        # two bodies sharing a last word: nothing said of people
        ("A spokesman for the Panamsat Corp. said the satellite failed.",
         "A spokesman for General Motors Corp. said the satellite failed."),
        ("Officials of the Finance Ministry met the lenders.",
         "Officials of the Planning Ministry met the lenders."),
        # a rank or a role before the surname is no given name
        ("President Ferrand said the mill would reopen.",
         "Anton Ferrand said the mill would reopen."),
    ],
)  # fmt: skip
def test_a_couple_named_by_both_bodies_and_titles_are_not_two_people(a: str, b: str) -> None:
    assert not two_people(a, b)


def test_two_brothers_named_in_full_are_two_people() -> None:
    assert two_people(
        "Anton Ferrand told the inquiry the sprinklers were off.",
        "His brother, Tomas Ferrand, told the inquiry the sprinklers were off.",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anton Ferrand, 52, told the inquiry the sprinklers were off.",
         "Tomas Ferrand, 48, told the inquiry the sprinklers were off."),
        ("Anton Ferrand said 14 workers were hurt in the Tessel mill fire.",
         "Tomas Ferrand said 19 workers were hurt in the Tessel mill fire."),
        ("Anton Ferrand told the inquiry on Monday that the mill had closed.",
         "Tomas Ferrand told the inquiry on Tuesday that the mill had closed."),
        ("Anton Ferrand did not attend the inquiry into the mill fire.",
         "Tomas Ferrand attended the inquiry into the mill fire."),
    ],
)  # fmt: skip
def test_what_two_people_of_one_surname_give_is_never_set_against_each_other(
    a: str, b: str
) -> None:
    assert compare(a, b) is None and compare(b, a) is None


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Anton Ferrand, 52, told the inquiry the sprinklers were off.",
         "Anton Ferrand, 48, told the inquiry the sprinklers were off.", "52 / 48"),
        ("Bill Ferrand, 52, told the inquiry the sprinklers were off.",
         "William Ferrand, 48, told the inquiry the sprinklers were off.", "52 / 48"),
        ("Anton Ferrand did not attend the inquiry into the mill fire.",
         "Ferrand attended the inquiry into the mill fire.", "not attend / attended"),
    ],
)  # fmt: skip
def test_what_one_person_named_two_ways_gives_is_still_compared(
    a: str, b: str, detail: str
) -> None:
    found = compare(a, b)
    assert found is not None and found.detail == detail


def test_two_people_of_one_surname_named_in_one_role_are_a_name_disagreement() -> None:
    found = compare(
        "Police spokesman John Reed said the Orrin road was closed.",
        "Police spokesman Peter Reed said the Orrin road was closed.",
    )
    assert found is not None and (found.kind, found.detail) == ("name", "John Reed / Peter Reed")


@pytest.mark.parametrize(
    "other", ["Police spokesman Thomas Reed", "Police spokesman Reed", "Police spokesman J. Reed"]
)
def test_one_role_holder_named_two_ways_is_no_name_disagreement(other: str) -> None:
    assert (
        compare(
            "Police spokesman Tom Reed said the Orrin road was closed.",
            f"{other} said the Orrin road was closed.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("x", "y"),
    [
        # one name romanised or spelled in two languages' letters
        ("mohammed", "muhammad"), ("yusuf", "youssef"), ("aleksandr", "alexander"),
        ("stefan", "steven"), ("kris", "chris"),
        # two short forms of one full name
        ("peggy", "maggie"), ("bobby", "robbie"),
        # a compound given name and one of its parts
        ("jean-paul", "paul"), ("anna-lena", "anna"),
    ],
)  # fmt: skip
def test_one_name_romanised_two_ways_shortened_two_ways_or_compounded_is_one_given_name(
    x: str, y: str
) -> None:
    assert one_given_name(x, y) and one_given_name(y, x)


@pytest.mark.parametrize(
    "opening",
    [
        "Congressman", "Speaker", "Imam", "Pastor", "Brother", "Sister", "Madame", "Herr",
        "Defendant", "Suspect", "Actress", "Veteran", "Yesterday", "Today", "Ex-president",
        "Governor-General",
    ],
)  # fmt: skip
def test_a_title_a_word_of_family_or_trade_or_a_day_before_a_surname_is_no_given_name(
    opening: str,
) -> None:
    assert not two_people(
        f"{opening} Ferrand told reporters the Tessel mill deal was off.",
        "Anton Ferrand told reporters the Tessel mill deal was off.",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammed Basri said the Orrin dam held.", "Muhammad Basri said the Orrin dam held."),
        ("Aleksandr Volkan said the Orrin dam held.", "Alexander Volkan said the Orrin dam held."),
        ("Jean-Paul Marchet said the Orrin dam held.", "Paul Marchet said the Orrin dam held."),
        ("Hurricane Tessa flooded the Orrin coast.", "Typhoon Tessa flooded the Orrin coast."),
    ],
)
def test_one_person_named_by_two_outlets_two_ways_is_not_two_people(a: str, b: str) -> None:
    assert not two_people(a, b)


@pytest.mark.parametrize(
    ("x", "y"),
    [("tom", "tim"), ("dan", "don"), ("ben", "ken"), ("john", "joan"), ("dan", "dean"),
     ("ian", "ivan"), ("hans", "hand")],
)  # fmt: skip
def test_two_short_given_names_one_letter_apart_are_two_given_names(x: str, y: str) -> None:
    assert not one_given_name(x, y) and not one_given_name(y, x)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tom Ferrand", "Tim Ferrand"),  # short given names one letter apart
        ("Ian Ferrand", "Ivan Ferrand"),
        ("Wang Wei", "Wang Lei"),  # a family name written first, two given names
        ("Park Min-jun", "Park Ji-ho"),
        ("John Ferrand", "John Kessler"),  # one given name, two surnames
    ],
)
def test_the_same_words_about_two_people_sharing_one_name_are_not_one_claim(
    make_folder, first: str, second: str
) -> None:
    analysis = _story(make_folder, first, second)
    assert not _backed(analysis, "sprinklers")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Jon Ferrand", "John Ferrand"),
        ("Sara Ferrand", "Sarah Ferrand"),
        ("Mohamed Ferrand", "Mohammed Ferrand"),
        ("Wang Wei", "Mr. Wang"),
        ("Boris Ostrander", "Boris Ostrandor"),  # one surname misspelt
        ("Lena Varnhagen", "Lena Farnhagen"),
    ],
)
def test_one_person_whose_name_is_spelled_or_shortened_two_ways_is_still_one_claim(
    make_folder, first: str, second: str
) -> None:
    analysis = _story(make_folder, first, second)
    assert _backed(analysis, "sprinklers")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Flooding closed roads across New York on Sunday.",
         "Flooding closed roads across New Jersey on Sunday."),
        ("The Winter Games drew record crowds to Orrin.",
         "The Winter Olympics drew record crowds to Orrin."),
        ("Wang Wei and Wang Lei signed the Tessel accord.",
         "Wang Lei signed the Tessel accord on Monday."),
    ],
)  # fmt: skip
def test_places_events_and_a_sentence_naming_both_are_not_two_people(a: str, b: str) -> None:
    assert not two_people(a, b)


def test_a_short_given_name_one_article_writes_for_the_one_most_write_is_its_slip() -> None:
    named = [
        (0, "Hans Carlsson, the lead detective, spoke on Monday."),
        (1, "Detective Hans Carlsson said the search would go on."),
        (2, "Hand Carlsson, the lead detective, spoke on Monday."),
        (3, "Tom Reyes and Tim Ostrova found the boat."),
    ]
    assert given_slips(named, persons) == {"hand": "hans"}


def test_a_short_given_name_two_articles_each_write_once_is_no_slip() -> None:
    named = [
        (0, "Tom Ferrand told the inquiry the sprinklers were off."),
        (1, "Tim Ferrand told the inquiry the sprinklers were off."),
    ]
    assert given_slips(named, persons) == {}


@pytest.mark.parametrize(
    ("x", "y"),
    [("yuri", "yury"), ("ali", "aly"), ("kai", "kay"), ("zaid", "zayd"), ("nick", "nik"),
     ("rick", "rik")],
)  # fmt: skip
def test_a_short_given_name_romanised_or_shortened_two_ways_is_one_given_name(
    x: str, y: str
) -> None:
    assert one_given_name(x, y) and one_given_name(y, x)


def _five_reports(names: list[str], common_words: str = "") -> list[int]:
    """Five outlets' reports of one storm, each with one sentence said by the named."""
    outlets = ["Orrin Ledger", "Tessel Courier", "Valmy Gazette", "Harbor Dispatch", "North Wire"]
    return [
        f"Storm closes crossing in Velmora\n\nVELMORA, May 4 ({outlet}) — A storm tore through "
        "Velmora on Tuesday, closing the main crossing over the river.\n\n"
        f"{name} said the crossing would stay closed to traffic until engineers had inspected "
        f"its cracked supports.\n\n{common_words}Shops on the island ran short of bread."
        for outlet, name in zip(outlets, names, strict=True)
    ]


def _backing(make_folder, texts: list[str]) -> int:
    analysis = analyze(make_folder({f"{k}.txt": text for k, text in enumerate(texts)}))
    said = [s.id for s in analysis.sentences if "cracked" in s.text]
    return sum(1 for i in said for j in said if i < j and j in analysis.neighbours[i])


@pytest.mark.parametrize(
    ("first", "second"),
    [("Yuri Dalmatov", "Yury Dalmatov"), ("Nick Faro", "Nik Faro"), ("Ali Rahimi", "Aly Rahimi")],
)
def test_five_outlets_quoting_one_man_romanised_two_ways_all_back_one_another(
    make_folder, first: str, second: str
) -> None:
    assert _backing(make_folder, _five_reports([first] * 2 + [second] * 3)) == 10


@pytest.mark.parametrize(
    ("first", "second"),
    [("Velmora Police", "Velmora Fire"), ("Rescue Teams", "Rescue Workers"),
     ("The Velmora Bridge", "The Velmora Viaduct")],
)  # fmt: skip
def test_a_place_before_two_common_nouns_names_no_two_people(
    make_folder, first: str, second: str
) -> None:
    words = (
        "Police said the viaduct and the bridge were hit, and the fire service and rescue "
        "teams and workers worked through the night.\n\n"
    )
    assert _backing(make_folder, _five_reports([first] * 2 + [second] * 3, words)) == 10


def test_two_people_sharing_a_given_name_still_say_two_things_in_a_five_outlet_folder(
    make_folder,
) -> None:
    texts = _five_reports(["John Ferrand"] * 2 + ["John Kessler"] * 3)
    assert _backing(make_folder, texts) == 4  # each man's outlets back each other alone


def test_a_common_noun_after_a_place_is_no_surname_when_the_folder_writes_it_lower_case() -> None:
    a = "Tessel Police said the road would reopen on Friday."
    b = "Tessel Fire said the road would reopen on Friday."
    assert two_people(a, b)  # alone, read as two names of one first word
    assert not two_people(a, b, common=lower_words(["The police and the fire crews left."]))
