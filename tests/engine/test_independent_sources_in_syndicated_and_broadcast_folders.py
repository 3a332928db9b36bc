"""Independent sources in invented folders of the forms the first sets left open: newscast and
programme bylines, network affiliates, a site's desks, syndication lines, sister papers, a wire
credit in the last line, a rewrite keeping the wire's quotes, opinion beside news, a press
release printed twice (``independence_open_folders.py`` holds the folders and their labels)."""

from __future__ import annotations

import pytest
from independence_folders import (
    COURIER_PAGE,
    HERALD,
    HERALD_EVENING,
    POST,
    POST_PAGE,
    Folder,
    folder_params,
    independent_sources,
    page,
)
from independence_open_folders import OPEN_FOLDERS

from corroborate.engine.text.outlets import signing_outlet, station_newscast


@pytest.mark.parametrize("folder", folder_params(OPEN_FOLDERS))
def test_each_open_form_folder_counts_the_independent_sources_it_is_labelled_with(
    folder: Folder, make_folder
) -> None:
    assert independent_sources(folder, make_folder) == set(folder.sources)


@pytest.mark.parametrize(
    ("last_lines", "signed"),
    [
        (["— Reuters"], "Reuters"),
        (["-- AP", "Copyright 2026 Kessick Post"], "Associated Press"),
        (["— The Associated Press"], "Associated Press"),
        (["– AFP."], "AFP"),
        (["Reuters"], None),  # a link's or a section's name, no sign-off
        (["— Lena Ortiz"], None),  # a writer, no outlet
        (["— Reuters reported the toll on Tuesday."], None),  # a sentence of the story
    ],
)
def test_an_agency_signing_a_story_off_alone_in_its_last_lines_signs_the_page(
    last_lines: list[str], signed: str | None
) -> None:
    lines = [
        "Spillway fails upstream of Dunmere",
        "Floodwater from the broken spillway swept through the farms west of Dunmere on Tuesday.",
        "Volunteers from the rowing club ferried elderly neighbours to the school gym.",
        *last_lines,
    ]
    assert signing_outlet(lines, lines[0]) == signed


@pytest.mark.parametrize(
    ("signed", "station", "own"),
    [
        ("Eyewitness News at 6", "KVTR", True),
        ("Harlow Action News", "KVTR-TV", True),
        ("World Tonight", "Harlow TV", True),
        ("Good Morning Harlow", "Harlow Valley Radio", True),
        ("NBC News", "KVTR", False),  # the network's copy on its affiliate's page
        ("Associated Press", "KVTR", False),
        ("Harlow Herald", "KVTR", False),  # a paper's story
        ("KBRK News", "KVTR", False),  # another station's
        ("Eyewitness News", "Harlow Herald", False),  # a paper is no station
        # papers and sites whose names a newscast's could be: their story, not the station's
        ("Fairview Daily News", "KVTR", False),
        ("Harlow Evening News", "Harlow TV", False),
        ("Brenn Valley Today", "KVTR", False),
        ("Oskarvale Live", "Brenn Valley Radio", False),
        ("Harlow Morning Star", "Harlow Valley Radio", False),
    ],
)
def test_a_station_reporters_byline_naming_its_newscast_is_the_stations_own(
    signed: str, station: str, own: bool
) -> None:
    assert station_newscast(signed, station) is own


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Compiled from wire reports", True),
        ("Staff and wire reports", True),
        ("From staff and wire reports", True),
        ("Harlow Herald staff and wire reports", True),
        ("From wire services", True),
        ("The Courier's wire services contributed to this report.", True),
        ("Information from wire services was used in this report.", True),
        ("Wire reports said the bridge had collapsed before dawn.", False),
        ("Wire services carried the governor's statement within minutes.", False),
        ("Wire Stories", False),  # a section's name above the story: no credit
        ("Wire reports", False),
    ],
)
def test_a_credit_to_wire_services_naming_none_credits_any_news_agency(
    line: str, credits: bool, make_articles
) -> None:
    from dataclasses import replace

    from corroborate.engine.matching.independence import _credits, credited_outlets

    story = "Floodwater swept through farms west of Dunmere on Tuesday."
    paper, agency, other = make_articles(story, story, story)
    paper = replace(paper, paragraphs=(story, line), outlet="Harlow Herald", outlet_from="text")
    agency = replace(agency, outlet="The Associated Press", outlet_from="text")
    other = replace(other, outlet="Kessick Post", outlet_from="text")
    lines = credited_outlets(paper)
    assert _credits(lines, agency) is credits
    assert not _credits(lines, other)


@pytest.mark.parametrize(
    ("byline", "signed", "unknown"),
    [
        ("By Lee Park, FCN", "FCN", True),  # a network's initials: signs only beside its page
        ("By Lee Park, KVTR", "KVTR", False),  # a station's call letters sign alone
        ("By Hanne Ostrow, MD", None, False),  # a degree
        ("By Hanne Ostrow, CEO", None, False),  # an office
        ("By Hanne Ostrow, DVM", None, False),  # a vet's degree
    ],
)
def test_a_bylines_initials_sign_the_page_only_beside_a_page_of_that_outlet(
    byline: str, signed: str | None, unknown: bool
) -> None:
    from corroborate.engine.text.outlets import unknown_initials

    lines = ["Federal inspectors on their way to the valley", byline]
    assert signing_outlet(lines, lines[0]) == signed
    assert unknown_initials(signed or "") is unknown


def test_a_surer_signature_than_a_bylines_initials_signs_the_page() -> None:
    lines = [
        "Federal inspectors on their way to the valley",
        "By Lee Park, FCN",
        "Two inspectors from the dam safety office will reach Dunmere on Thursday.",
        "— Reuters",
    ]
    assert signing_outlet(lines, lines[0]) == "Reuters"


@pytest.mark.parametrize(
    ("byline", "writers"),
    [
        ("By Lena Ortiz", {"lena ortiz"}),
        ("By Lena Ortiz, Harlow Herald", {"lena ortiz"}),
        ("By Lena Ortiz and Sam Reyes, Harlow Herald", {"lena ortiz", "sam reyes"}),
        ("By Lena Ortiz - Updated May 4, 2026", {"lena ortiz"}),
        ("By The Associated Press", set()),  # an agency alone
        ("By the Harlow Herald", set()),  # a paper alone
        ("By Harlow Herald staff", set()),
        ("By Reuters Staff", set()),
        ("By the numbers", set()),
        ("Floodwater sweeps farms west of Dunmere", set()),
    ],
)
def test_the_writers_a_byline_names_are_read_and_an_outlet_signing_alone_names_none(
    byline: str, writers: set[str]
) -> None:
    from corroborate.engine.text.outlets import byline_writers

    assert byline_writers(byline) == writers


#: Two lines of the water authority's statement, printed word for word by two papers.
STATEMENT = (
    "The water authority said in a statement that the valley road would stay closed until Friday.",
    "Residents of the lower town should boil their drinking water until further notice.",
)


def test_two_reporters_of_one_name_quoting_one_statement_in_reports_of_their_own_are_twoindependent_sources(
    make_folder,
) -> None:
    folder = Folder(
        "two papers' reporters of one name, each quoting the statement in a report of their own",
        {
            "herald.txt": page(
                "Farms swept away west of Dunmere | Harlow Herald",
                [*HERALD, *STATEMENT],
                top=("By Sam Reyes",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": page(
                "Dunmere counts its losses | Kessick Post",
                [*POST, *STATEMENT],
                top=("By Sam Reyes",),
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        (frozenset({"herald.txt"}), frozenset({"post.txt"}), frozenset({"courier.txt"})),
    )
    assert independent_sources(folder, make_folder) == set(folder.sources)


def test_a_papers_story_the_agency_distributes_naming_the_paper_stays_one_source_with_its_other_reports(
    make_folder,
) -> None:
    herald = "© 2026 Harlow Herald. All rights reserved."
    folder = Folder(
        "the agency distributing a member paper's story, beside the paper's evening story",
        {
            "herald-morning.txt": page(
                "Floodwater sweeps farms west of Dunmere", HERALD, bottom=(herald,)
            ),
            "herald-evening.txt": page(
                "Water falls back in Dunmere", HERALD_EVENING, bottom=(herald,)
            ),
            "ap.txt": page(
                "Flood sweeps farms west of Dunmere",
                [*HERALD[:5], "The Harlow Herald first reported the flooding of the farms."],
                bottom=("Copyright 2026 The Associated Press. All rights reserved.",),
            ),
            "post.txt": POST_PAGE,
            "courier.txt": COURIER_PAGE,
        },
        (
            frozenset({"herald-morning.txt", "herald-evening.txt", "ap.txt"}),
            frozenset({"post.txt"}),
            frozenset({"courier.txt"}),
        ),
    )
    assert independent_sources(folder, make_folder) == set(folder.sources)
