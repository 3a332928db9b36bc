"""Independent sources in invented folders of the copies real web folders hold: reprints with
their own intros and cuts, one outlet's pages saved twice or written under two names, sister
sections, syndicated bylines, credits to a wire, aggregators, press releases, translations
(``independence_folders.py`` holds the folders and their labels)."""

from __future__ import annotations

import pytest
from independence_folders import FOLDERS, FORTY_COPIES, SECOND_BATCH, Folder

from corroborate.engine import analyze


def _sources(folder: Folder, make_folder) -> set[frozenset[str]]:
    analysis = analyze(make_folder(folder.files))
    return {
        frozenset(analysis.articles[i].file for i in group.articles) for group in analysis.groups
    }


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(f, id=f.name, marks=pytest.mark.xfail(reason=f.reason, strict=True))
        if f.reason
        else pytest.param(f, id=f.name)
        for f in (*FOLDERS, *SECOND_BATCH)
    ],
)
def test_each_folder_counts_the_independent_sources_it_is_labelled_with(
    folder: Folder, make_folder
) -> None:
    assert _sources(folder, make_folder) == set(folder.sources)


def test_forty_identical_copies_of_a_page_and_three_reports_are_four_sources(make_folder) -> None:
    assert _sources(FORTY_COPIES, make_folder) == set(FORTY_COPIES.sources)
