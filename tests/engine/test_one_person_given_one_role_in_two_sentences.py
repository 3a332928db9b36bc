"""One person given one role or tie in two outlets' sentences is one fact, backing the sentence
that tells little else: "Police named her boyfriend - Tomas Verhallen" is backed by "Her
boyfriend, 41-year-old Tomas Verhallen, was held overnight at Fennick station"
(:func:`corroborate.engine.text.specifics.roles_told`; the match is a "fact" backing the
sentence of the role only). Not two people given one role, nor one role word said of another
person, nor one person named in both with no role in common, nor a sentence telling what the
person did beside the role ("Her boyfriend Tomas Verhallen was arrested": only a sentence that
names the holder of a role, or says someone is it, is backed by the role,
:func:`corroborate.engine.text.roles.names_role`).
"""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.text.roles import names_role
from corroborate.engine.text.specifics import roles_told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Police named her boyfriend - Tomas Verhallen.", ("boyfriend", "verhallen")),
        (
            "Her boyfriend, 41-year-old Tomas Verhallen, was held overnight.",
            ("boyfriend", "verhallen"),
        ),
        ("Harbour master Petra Quell closed the quay.", None),
        ("The council's treasurer, Ansel Dorn, resigned.", ("treasur", "dorn")),
    ],
)
def test_the_role_or_tie_a_sentence_gives_a_person_is_read_with_the_persons_name(
    text: str, told: tuple[str, str] | None
) -> None:
    found = roles_told(text)
    if told is None:
        assert not any(name == "quell" for _, name in found)
    else:
        assert told in found


def test_one_person_given_one_tie_backs_the_sentence_that_tells_little_else() -> None:
    left = "Police gave reporters the name of her boyfriend - Tomas Verhallen."
    right = (
        "Her boyfriend, 41-year-old Tomas Verhallen, was held overnight at the Fennick station "
        "and charged with dangerous driving."
    )
    sentences, match = judge(left, right, STORM)
    assert match is not None
    assert match.kind == "fact"
    assert sentences[match.backs].text == left  # the longer sentence tells more than the tie


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Police gave reporters the name of her boyfriend - Tomas Verhallen.",
            "Her boyfriend, 41-year-old Anton Meiring, was held overnight at the Fennick station.",
            id="two people given one tie",
        ),
        pytest.param(
            "Police gave reporters the name of her boyfriend - Tomas Verhallen.",
            "Tomas Verhallen's brother, Anton Verhallen, drove the van to the quay.",
            id="the tie said of another person of the name",
        ),
        pytest.param(
            "Police gave reporters the name of her boyfriend - Tomas Verhallen.",
            "Tomas Verhallen was held overnight at the Fennick station.",
            id="one person named in both, no role in common",
        ),
        pytest.param(
            "Her boyfriend Tomas Verhallen was arrested.",
            "Her boyfriend, 41-year-old Tomas Verhallen, was released on bail at the Fennick "
            "station on Tuesday after questioning.",
            id="another fact of the person told beside one role",
        ),
    ],
)
def test_a_role_word_and_a_name_in_common_are_no_match_of_their_own(left: str, right: str) -> None:
    _, match = judge(left, right, STORM)
    assert match is None


#: A missing-woman story of invented outlets, the people named across it as in a real folder.
CANAL = (
    "Tomas Verhallen was seen leaving the flat. Piet Rolle and Anton Brask were interviewed. "
    "Jan Oster and Greta Oster asked for privacy. Frans Oster and Lena Vautrin attended the "
    "vigil.",
    "Detectives spoke to Tomas Verhallen, Piet Rolle and Anton Brask on Sunday. Karel Oster "
    "and Willem Oster were at the canal. Erik Vautrin owns a garage in Brelling.",
    "Marta Oster, 27, disappeared from her flat in Brelling on Friday night. Neighbours heard "
    "shouting before midnight. Police searched the canal on Saturday.",
    "The body of a woman was found near the Brelling canal on Sunday. Detectives sealed off "
    "the towpath. A post-mortem examination will be held on Monday.",
    "Friends of Marta Oster laid flowers outside the flat. Her employer, a bakery in "
    "Brelling, closed for the day. A vigil is planned for Tuesday evening.",
    "Brelling police appealed for witnesses who were near the canal. Officers took away a "
    "car from a street nearby. The inquiry team has twenty detectives.",
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Police identified her boyfriend, Tomas Verhallen, as the driver of the car.",
            "Her boyfriend, Tomas Verhallen, was released without charge.",
            id="the person named as another thing than the tie",
        ),
        pytest.param(
            "Her mother, Greta Oster, set up a fund in the name of her daughter.",
            "Her mother, Greta Oster, walked the towpath with the search team.",
            id="a fund in the name of someone",
        ),
        pytest.param(
            "Her uncle, Frans Oster, identified the body at the mortuary.",
            "Her uncle, Frans Oster, flew back from Corley on Sunday.",
            id="a body identified by the person",
        ),
        pytest.param(
            "Police have not named her boyfriend, Tomas Verhallen, who was seen with her on "
            "the night she vanished.",
            "Her boyfriend, Tomas Verhallen, was arrested at a house in the north of Brelling "
            "on suspicion of murder.",
            id="the holder not named",
        ),
    ],
)
def test_a_naming_word_about_another_thing_than_the_tie_backs_no_sentence(
    left: str, right: str
) -> None:
    _, match = judge(left, right, CANAL)
    assert match is None or match.kind != "fact"


def test_a_sentence_naming_the_holder_of_a_tie_with_another_wording_is_backed() -> None:
    left = "Police gave the name of her boyfriend, Tomas Verhallen."
    right = "Her boyfriend, 29-year-old Tomas Verhallen, was held overnight at Brelling station."
    sentences, match = judge(left, right, CANAL)
    assert match is not None
    assert match.kind == "fact"
    assert sentences[match.backs].text == left


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Police gave reporters the name of her boyfriend - Tomas Verhallen.", {"boyfriend"}),
        ("Ansel Dorn was the council's longest-serving treasurer.", {"treasur"}),
        ("Her boyfriend Tomas Verhallen was arrested.", set()),
        ("The treasurer, Ansel Dorn, resigned on Monday.", set()),
        ("Reed was the town mayor for eleven years.", {"mayor"}),
        ("The barred candidates were supporters of President Ilse Varn.", set()),
        ("Police named her husband as Piet Rolle.", {"husband"}),
        ("The man held was identified as Anton Brask, her cousin.", {"cousin"}),
        ("The man was identified as her boyfriend.", {"boyfriend"}),
        ("Piet Rolle, the founder's son, was named chief executive of Varnholt Mills.", {"chief"}),
        ("A man named Anton Brask, the victim's cousin, called the police.", set()),
        ("Police identified her boyfriend, Tomas Verhallen, as the driver of the car.", set()),
        ("Her mother set up a fund in the name of her daughter.", set()),
        ("In the name of her daughter, Greta Oster set up a fund.", set()),
        ("Her uncle, Frans Oster, identified the body at the mortuary.", set()),
        ("Her brother, Karel Oster, was named in the will as the sole heir.", set()),
    ],
)
def test_a_sentence_names_the_holder_of_a_role_or_tells_another_thing(
    text: str, named: set[str]
) -> None:
    assert names_role(text) == named
