"""Invented folders whose headline a reader can tell (tests/engine/titled_folders.py, each
labelled before the engine read it): the report is titled by the headline most outlets agree
with, whatever kicker, site name, byline, caption, deck or newswire field stands around it,
and a folder without headlines by its story, never by a caption, a byline or a dateline."""

from __future__ import annotations

from pathlib import Path

import pytest
from titled_folders import FOLDERS, TitledFolder, title_is_right, write_folder

from corroborate.engine import analyze


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(folder, marks=pytest.mark.xfail(reason=folder.open_reason, strict=True))
        if folder.open_reason
        else folder
        for folder in FOLDERS
    ],
    ids=[folder.name for folder in FOLDERS],
)
def test_each_folder_is_titled_as_a_reader_would_title_it(
    tmp_path: Path, folder: TitledFolder
) -> None:
    analysis = analyze(write_folder(tmp_path, folder))
    assert title_is_right(folder, analysis.title), analysis.title


def test_the_set_holds_thirty_folders_of_two_to_five_articles() -> None:
    assert len(FOLDERS) >= 30
    assert all(2 <= len(folder.files) <= 5 for folder in FOLDERS)
    assert len({folder.name for folder in FOLDERS}) == len(FOLDERS)
