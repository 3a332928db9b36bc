"""An article unticked in Articles, then deleted (or renamed) before the folder is read
again (File › Reload): the untick was a choice of nothing. It was listed twice in Articles,
as "Left out" and as "Skipped: no such article here, so nothing was left out", and the
banner said "1 file was left out of this summary" of it, beside a caption leaving nothing
out. It is forgotten: the story is the folder as it is, as the command line prints it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from corroborate.cli import EXIT_OK, main
from corroborate.resources import sample_story

from .helpers import wait_idle, window_opening

GONE = "lowland-herald.txt"


def _rows(window: Any) -> list[str]:
    tree = window.sources_view.tree
    rows, found = [], QTreeWidgetItemIterator(tree)
    while found.value():
        item = found.value()
        rows.append(" | ".join(item.text(column) for column in range(tree.columnCount())))
        found += 1
    return rows


def test_an_unticked_article_deleted_before_reload_is_forgotten(
    qtbot: Any, make_window: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = shutil.copytree(sample_story(), tmp_path / "story")
    window = window_opening(qtbot, make_window, folder)
    window.session.set_excluded(frozenset({GONE}))
    wait_idle(qtbot, window)
    assert any("Left out" in row for row in _rows(window))
    (folder / GONE).unlink()
    window.session.rerun()
    wait_idle(qtbot, window)
    assert window.session.excluded == frozenset()
    assert not [row for row in _rows(window) if GONE in row]
    assert "left out of this summary" not in window.banner.text()
    assert main(["summarize", str(folder)]) == EXIT_OK
    assert window.session.markdown() == capsys.readouterr().out
