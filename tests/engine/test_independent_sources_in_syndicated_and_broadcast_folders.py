"""Independent sources in invented folders of the forms the first sets left open: newscast and
programme bylines, network affiliates, a site's desks, syndication lines, sister papers, a wire
credit in the last line, a rewrite keeping the wire's quotes, opinion beside news, a press
release printed twice (``independence_open_folders.py`` holds the folders and their labels)."""

from __future__ import annotations

import pytest
from independence_folders import Folder
from independence_open_folders import OPEN_FOLDERS

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
        for f in OPEN_FOLDERS
    ],
)
def test_each_open_form_folder_counts_the_independent_sources_it_is_labelled_with(
    folder: Folder, make_folder
) -> None:
    assert _sources(folder, make_folder) == set(folder.sources)
