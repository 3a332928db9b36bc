"""The tab of what one outlet alone reports lists the outlets in the order the exported
report and the coverage map list them, so that a reader comparing them finds each in
its place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corroborate.engine import to_markdown

from .helpers import showing_the_single_outlet_list


def _headings(window: Any) -> list[str]:
    tree = window.single_source_view.tree
    return [tree.topLevelItem(i).text(0).split("  (")[0] for i in range(tree.topLevelItemCount())]


def test_the_single_outlet_tab_lists_the_outlets_in_the_order_the_exported_report_does(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = showing_the_single_outlet_list(qtbot, make_window, tmp_path / "bridge")
    shown = _headings(window)
    # the report the real engine writes of this summary (the stand-in's is shorter)
    exported = to_markdown(window.session.summary)
    reported = [line.removeprefix("### ") for line in exported.splitlines() if line[:4] == "### "]
    assert shown == reported
    assert shown != sorted(shown, key=str.lower), "the story tells the two orders apart"
    # The coverage map's rows of what one outlet alone reports come in that order too.
    rows = window.session.summary.single_source
    assert list(dict.fromkeys(item.outlet for item in rows)) == shown
