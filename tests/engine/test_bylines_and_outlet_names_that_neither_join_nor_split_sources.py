"""Look-alikes of one newsroom's names and of a syndicated story's byline: a paper's or a
section's word left alone names many outlets, a joint byline of two papers' writers names no
one outlet the page's story is, and a writer's role after a comma is no paper's name. Every
outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.text.outlets import same_outlet_key, signing_outlet

TITLE = "Fire destroys Tessel mill in Fennick"
#: Three reports of one invented event written apart (no two share a sentence).
REPORTS = (
    (
        "A fire destroyed the old Tessel mill in Fennick on Tuesday night, fire officials said.",
        "Fire Chief Tomas Brandt said 40 firefighters fought the blaze for six hours.",
        "No one was hurt, Brandt said, because the mill had been empty since March.",
        "The cause of the fire at the Tessel mill is under investigation.",
    ),
    (
        "Flames tore through the empty Tessel mill in Fennick late on Tuesday.",
        "Neighbours on Carrow Street said they heard a loud bang shortly before 10 p.m.",
        "Mill owner Carla Venn said the building had been due to become flats next year.",
        "Chief Tomas Brandt told reporters the roof collapsed within an hour.",
    ),
    (
        "The Tessel mill, a Fennick landmark for 120 years, burned down on Tuesday night.",
        "Residents of about 30 homes near the mill were told to keep their windows shut.",
        "Historian Ana Lyle said the mill once employed 800 weavers.",
        "Police closed the Tessel Road bridge until Wednesday morning.",
    ),
    (
        "Investigators were sifting through the ruins of the Tessel mill in Fennick on Wednesday.",
        "Councillor Piet Marr called the loss of the mill a blow to the town.",
        "Carla Venn, who owns the site, said she would wait for the fire service's report.",
        "Crews stayed at the Tessel mill overnight to put out hot spots.",
    ),
)


def _page(site: str, report: int, *top: str) -> str:
    return "\n\n".join(
        [f"{TITLE} | {site}", *top, *REPORTS[report], f"© 2026 {site}. All rights reserved."]
    )


def _sources(make_folder, files: dict[str, str]) -> set[frozenset[str]]:
    analysis = analyze(make_folder(files))
    return {
        frozenset(analysis.articles[i].file for i in group.articles) for group in analysis.groups
    }


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The Independent", "Independent Online"),  # a paper's word alone is many papers'
        ("Express", "Express-News"),
        ("The Examiner", "Examiner Online"),
        ("World", "World News"),  # a section's word alone names no newsroom
        ("Business Wire", "Business Live"),
        ("US News", "US Sport"),
    ],
)
def test_a_name_that_would_keep_only_a_papers_or_a_sections_word_stays_its_own_outlet(
    one: str, other: str
) -> None:
    assert same_outlet_key(one) != same_outlet_key(other)


def test_a_brands_sections_still_fold_to_one_outlet() -> None:
    assert same_outlet_key("Kestrel News") == same_outlet_key("Kestrel Sport")
    assert same_outlet_key("Harlow Gazette") == same_outlet_key("The Harlow Gazette Online")


@pytest.mark.parametrize(
    ("byline", "signed"),
    [
        # a joint byline of two papers' writers signs with neither alone
        ("By Lena Ortiz, Harlow Herald, and Sam Reyes, Fennick Post", None),
        ("By Lena Ortiz, Harlow Herald and Sam Reyes, Fennick Post", None),
        # a writer's role ending in a paper's word is no paper
        ("By Lena Ortiz, Patient Advocate", None),
        ("By Lena Ortiz, Community Leader", None),
        # a paper of that word still signs, and a freelance's paper after "for"
        ("By Lena Ortiz, Harlow Advocate", "Harlow Advocate"),
        ("By Lena Ortiz, For The Harlow Herald", "The Harlow Herald"),
        ("By Lena Ortiz and Sam Reyes, Harlow Herald", "Harlow Herald"),
    ],
)
def test_what_a_byline_above_the_story_signs_it_with(byline: str, signed: str | None) -> None:
    lines = [TITLE, byline, *REPORTS[0]]
    assert signing_outlet(lines, TITLE) == signed


def test_a_joint_byline_of_two_papers_keeps_the_page_with_its_own_paper(make_folder) -> None:
    files = {
        "herald-joint.txt": _page(
            "Harlow Herald", 0, "By Lena Ortiz, Harlow Herald, and Sam Reyes, Fennick Post"
        ),
        "herald.txt": _page("Harlow Herald", 1, "By Dana Cole"),
        "post.txt": _page("Fennick Post", 2, "By Piet Marr"),
        "courier.txt": _page("Corley Courier", 3, "By Ana Lyle"),
    }
    assert frozenset({"herald-joint.txt", "herald.txt"}) in _sources(make_folder, files)


def test_an_outside_writers_op_ed_on_a_papers_site_is_the_papers_source(make_folder) -> None:
    files = {
        "daily-op-ed.txt": _page("Fennick Daily", 0, "By Lena Ortiz, Patient Advocate"),
        "daily.txt": _page("Fennick Daily", 1, "By Sam Reyes"),
        "courier.txt": _page("Corley Courier", 2, "By Ana Lyle"),
    }
    assert len(_sources(make_folder, files)) == 2


def test_two_papers_one_named_by_a_papers_word_alone_are_two_sources(make_folder) -> None:
    files = {
        "independent.txt": _page("The Independent", 0),
        "online.txt": _page("Independent Online", 1),
        "courier.txt": _page("Corley Courier", 2),
    }
    assert len(_sources(make_folder, files)) == 3
