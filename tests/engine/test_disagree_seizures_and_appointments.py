"""One event told in other words and dated two ways by two outlets: a coup by its noun in
one ("the March 14 coup") and by the seizure in another ("the soldiers who seized power on
March 13"); one person's taking of one post given two months ("named fire chief in May
2019" / "hired in April"). Look-alikes a fact-checker would not sign stay silent: a seizure
of a region, not of the state, a lawful taking of power the day after, another seizure, a
story whose seizures are given three days; an interim post and the permanent one, a lesser
post and then a higher one, two steps told in one sentence, a month that belongs to another
post, two people of one surname, months half a year apart and two years.

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from five_outlets import MakeFolder, date_details

from corroborate.engine.text.appointments import appointments

COUP = "the coup in Varnland"


@pytest.mark.parametrize(
    ("sentences", "detail"),
    [
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "Neighbours want the soldiers who seized power on March 13 to hand it back.",
            },
            "March 14 / March 13",
            id="the March 14 coup and power seized on March 13",
        ),
        pytest.param(
            {
                0: "President Oskar Tell was ousted on March 14 by a junta of majors.",
                2: "The majors seized control of the country on March 13, the radio said.",
            },
            "March 14 / March 13",
            id="a president ousted on March 14 and the country seized on March 13",
        ),
    ],
)
def test_a_coup_told_as_a_seizure_by_one_outlet_and_dated_a_day_apart_is_a_date_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str], detail: str
) -> None:
    assert date_details(make_folder, COUP, sentences) == [detail]


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "Rebels seized control of the north on March 13, the army said.",
            },
            id="a region seized is not the state seized",
        ),
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "A caretaker president took power on March 15 with the court's blessing.",
            },
            id="power taken, perhaps lawfully, the day after",
        ),
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "A second group of officers seized power on March 15, the radio said.",
            },
            id="another seizure",
        ),
        pytest.param(
            {
                0: "Following the March 14 coup in Varnland, its neighbours closed their borders.",
                2: "The majors seized control of the country on March 13, the radio said.",
                4: "President Oskar Tell was ousted on March 15 by a junta of majors.",
            },
            id="three days given to the seizures: more than one event",
        ),
    ],
)
def test_a_region_seized_a_lawful_taking_another_seizure_or_three_days_are_no_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str]
) -> None:
    assert date_details(make_folder, COUP, sentences) == []


FIRE_CHIEF = "the new fire chief of Kestra"


@pytest.mark.parametrize(
    ("sentences", "detail"),
    [
        pytest.param(
            {
                0: "Marta Lind was named Kestra's fire chief in May 2019 after 20 years in Dalby.",
                2: "Lind, hired in April to rebuild the Kestra Fire Department, was well liked.",
            },
            "May / April",
            id="named fire chief in May 2019 and hired in April",
        ),
        pytest.param(
            {
                0: "Lind was named Kestra fire chief in May 2019, the council said.",
                2: "Lind was appointed fire chief in April 2019 after a long search.",
            },
            "May / April",
            id="named in May 2019 and appointed in April 2019",
        ),
    ],
)
def test_one_persons_appointment_to_one_post_given_two_months_is_a_date_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str], detail: str
) -> None:
    assert date_details(make_folder, FIRE_CHIEF, sentences) == [detail]


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param(
            {
                0: "Lind was named interim fire chief in April, the council said.",
                2: "Lind was named fire chief in May after a long search.",
            },
            id="the interim post and the permanent one",
        ),
        pytest.param(
            {
                0: "Lind was promoted to deputy fire chief in April, the council said.",
                2: "Lind was named fire chief in May after a long search.",
            },
            id="a lesser post and then the higher one",
        ),
        pytest.param(
            {
                0: "Lind was hired in April and sworn in as fire chief in May.",
                2: "Lind was named fire chief in May after a long search.",
            },
            id="two steps told in one sentence",
        ),
        pytest.param(
            {
                0: "Lind, who was named deputy fire chief in April, now leads the department.",
                2: "Lind was named fire chief in May after a long search.",
                4: "Lind, hired in April, knew the station well.",
            },
            id="a month that belongs to another post",
        ),
        pytest.param(
            {
                0: "Marta Lind was named fire chief in May, the council said.",
                2: "Oskar Lind was named fire chief in April after a long search.",
            },
            id="two people of one surname",
        ),
        pytest.param(
            {
                0: "Lind was hired in January, the council said.",
                2: "Lind was named fire chief in September after a long search.",
            },
            id="a hiring and a naming months apart",
        ),
        pytest.param(
            {
                0: "Lind was named fire chief in May 2019, the council said.",
                2: "Lind was named fire chief in April 2018 after a long search.",
            },
            id="two years: two terms",
        ),
        pytest.param(
            {
                0: "Lind was named Kestra's fire chief in May after a long search.",
                2: "Lind, hired in April by a Dalby law firm, left the town.",
            },
            id="a hiring told without a word of the post",
        ),
        pytest.param(
            {
                0: "Lind was named fire chief in Dalby in April, the council said.",
                2: "Lind was named fire chief in May after a long search.",
            },
            id="a post in another town",
        ),
    ],
)
def test_a_stand_in_a_lesser_post_steps_another_posts_month_or_two_people_are_no_conflict(
    make_folder: MakeFolder, sentences: Mapping[int, str]
) -> None:
    assert date_details(make_folder, FIRE_CHIEF, sentences) == []


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Marta Lind was named Kestra's fire chief in May 2019.", ("lind", "may", "2019")),
        ("Lind, hired in April to rebuild the department, was liked.", ("lind", "apr", None)),
        ("Lind, who was promoted to deputy chief in Sept., left.", ("lind", "sep", None)),
        ("Lind was appointed head coach in March of 2019.", ("lind", "mar", "2019")),
    ],
)
def test_a_person_named_right_before_a_hiring_or_naming_in_a_month_is_read(
    sentence: str, read: tuple[str, str, str | None]
) -> None:
    (found,) = appointments(sentence)
    assert (found.person, found.month, found.year) == read


@pytest.mark.parametrize(
    "sentence",
    [
        "Lind was named in a lawsuit in May.",  # no post
        "Lind was not named fire chief in May.",  # denied
        "Lind would be named fire chief in May.",  # a condition
        "Lind was elected mayor in May.",  # an election, a step of its own
        "He was appointed fire chief in May.",  # no name
        "The Fire Department, hired in May, left.",  # a body, not a person
        "Lind was named fire chief in Market Square.",  # no month
    ],
)
def test_a_denial_a_condition_an_election_no_post_or_no_name_is_not_read(sentence: str) -> None:
    assert appointments(sentence) == ()
