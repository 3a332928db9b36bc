"""Independent sources in invented folders of the copies real web folders hold: reprints with
their own intros and cuts, one outlet's pages saved twice or written under two names, sister
sections, syndicated bylines, credits to a wire, aggregators, press releases, translations
(``independence_folders.py`` holds the folders and their labels)."""

from __future__ import annotations

import pytest
from independence_folders import (
    FOLDERS,
    FORTY_COPIES,
    SCREENED,
    SECOND_BATCH,
    Folder,
    folder_params,
    independent_sources,
)

from corroborate.engine.text.outlets import same_outlet_key, signing_outlet


@pytest.mark.parametrize("folder", folder_params((*FOLDERS, *SECOND_BATCH, *SCREENED)))
def test_each_folder_counts_the_independent_sources_it_is_labelled_with(
    folder: Folder, make_folder
) -> None:
    assert independent_sources(folder, make_folder) == set(folder.sources)


def test_forty_identical_copies_of_a_page_and_three_reports_are_fourindependent_sources(
    make_folder,
) -> None:
    assert independent_sources(FORTY_COPIES, make_folder) == set(FORTY_COPIES.sources)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Harlow Herald", "HarlowHerald.com", True),
        ("The Harlow Herald", "harlowherald.co.uk", True),
        ("Meridian News", "Meridian Sport", True),
        ("FCN", "FCN International", True),
        ("KVTR", "KVTR-TV", True),
        ("AP", "The Associated Press", True),
        ("Associated Press", "AP News", True),
        ("Fennick Post", "Fennick Post-Gazette", False),
        ("Daily News", "Daily Sport", False),
        ("Sun News", "The Sun", False),
        ("Harlow Herald", "Harlow Times", False),
    ],
)
def test_one_newsrooms_names_fold_to_one_outlet_and_other_papers_stay_apart(
    one: str, other: str, same: bool
) -> None:
    assert (same_outlet_key(one) == same_outlet_key(other)) is same


@pytest.mark.parametrize(
    ("lines", "signed"),
    [
        (["Floodwater sweeps farms", "By Lena Ortiz, The Harlow Herald"], "The Harlow Herald"),
        (["Floodwater sweeps farms", "By Lee Park | Associated Press"], "Associated Press"),
        (["Floodwater sweeps farms", "By The Associated Press"], "Associated Press"),
        (["Floodwater sweeps farms", "By the Harlow Herald"], "Harlow Herald"),
        (
            [
                "Floodwater sweeps farms",
                "Volunteers ferried elderly neighbours to the school gym as the water rose.",
                "By Lena Ortiz, The Harlow Herald",
            ],
            "The Harlow Herald",  # under a standfirst
        ),
        (["Floodwater sweeps farms", "By Lena Ortiz"], None),  # a writer, no outlet
        (["Floodwater sweeps farms", "By Lena Ortiz, Staff Writer"], None),  # a job
        (
            [
                "Floodwater sweeps farms",
                "Floodwater from the broken spillway swept through the farms west of Dunmere on Tuesday.",
                "Volunteers from the rowing club ferried elderly neighbours to the school gym.",
                "By Lena Ortiz, The Harlow Herald",
            ],
            None,  # below the story's paragraphs, a byline heads another story
        ),
    ],
)
def test_the_outlet_a_byline_above_the_story_signs_it_with(
    lines: list[str], signed: str | None
) -> None:
    assert signing_outlet(lines, lines[0]) == signed


def test_a_byline_naming_the_pages_own_outlet_shorter_keeps_the_page_with_its_outlet(
    make_articles,
) -> None:
    from dataclasses import replace

    from corroborate.engine.matching.independence import source_outlet_key

    (article,) = make_articles("Floodwater swept through farms west of Dunmere.")
    own = replace(article, outlet="Harlow Herald", outlet_from="text", signed_by="The Herald")
    other = replace(own, signed_by="Kessick Post")
    assert source_outlet_key(own) == same_outlet_key("Harlow Herald")
    assert source_outlet_key(other) == same_outlet_key("Kessick Post")
