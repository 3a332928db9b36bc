"""A small folder's report of the story is never left out as off-topic because its other
pages are few or copies of one text, and a page on something else still is
(:mod:`small_screened_folders`, labelled before the engine was run)."""

from __future__ import annotations

import pytest
from small_screened_folders import FOLDERS, SmallFolder

from corroborate.engine import analyze


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(f, id=f.name, marks=pytest.mark.xfail(reason=f.miss, strict=True))
        if f.miss
        else pytest.param(f, id=f.name)
        for f in FOLDERS
    ],
)
def test_each_small_folder_leaves_out_exactly_its_pages_on_something_else(
    folder: SmallFolder, make_folder
) -> None:
    problems = analyze(make_folder(folder.files)).problems
    assert {p.file for p in problems if p.kind == "off-topic"} == folder.off
