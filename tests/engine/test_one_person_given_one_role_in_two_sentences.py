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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police gave reporters the name of her boyfriend - Tomas Verhallen.", True),
        ("Ansel Dorn was the council's longest-serving treasurer.", True),
        ("Her boyfriend Tomas Verhallen was arrested.", False),
        ("The treasurer, Ansel Dorn, resigned on Monday.", False),
        ("Reed was the town mayor for eleven years.", True),
        ("The barred candidates were supporters of President Ilse Varn.", False),
    ],
)
def test_a_sentence_names_who_holds_a_role_or_tells_what_the_holder_did(
    text: str, names: bool
) -> None:
    assert names_role(text) is names
