"""The panes list outlets whose names hold a comma ("Times, The") apart with semicolons,
as the report does, so that one outlet is never read as two."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from corroborate.resources import sample_story

from .helpers import wait_idle, window_showing

RENAMED = {
    "01-bridge-collapses-into-tessel.txt": "Smith, Jones & Co",
    "03-bus-cars-plunge-into-river.txt": "Times, The",
}


def test_a_summary_row_names_outlets_with_a_comma_apart_in_its_tip_and_its_copy(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    story = tmp_path / "story"
    shutil.copytree(sample_story(), story)
    window = window_showing(qtbot, make_window, story)
    for file, outlet in RENAMED.items():
        window.session.rename_outlet([file], outlet)
        wait_idle(qtbot, window)
    model = window.summary_view.model
    rows = [r for r, item in enumerate(model.items) if "Times, The" in item.outlets]
    assert rows, "the renamed outlet backs summary sentences"
    for row in rows:
        item = model.items[row]
        tip = model.data(model.index(row), Qt.ItemDataRole.AccessibleTextRole)
        named = tip.split(" (", 1)[1].split("): ", 1)[0]
        assert named.split("; ") == list(model.shown[row])  # as the pane marks them
        copied = model.attribution(row)
        assert copied.split("independent outlets: ", 1)[1].split("; ")[: len(item.outlets)] == list(
            item.outlets
        )
    # an outlet list without such a name keeps its commas
    plain = [
        r for r, item in enumerate(model.items) if not set(item.outlets) & set(RENAMED.values())
    ]
    for row in plain:
        tip = model.data(model.index(row), Qt.ItemDataRole.AccessibleTextRole)
        if len(model.shown[row]) > 1:
            assert ", ".join(model.shown[row]) in tip
