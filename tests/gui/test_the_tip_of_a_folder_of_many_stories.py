"""The Minimum support box of a folder of many stories analysed whole: its tip says what the
counts are out of as a range of the stories' outlets, as the report's note does, rather than
a row of forty counts."""

from __future__ import annotations

from typing import Any

from corroborate.engine.models import SummaryOptions
from corroborate.gui.controls import OptionsBar


def test_the_minimum_support_tip_gives_many_stories_outlets_as_a_range(qtbot: Any) -> None:
    bar = OptionsBar(SummaryOptions())
    qtbot.addWidget(bar)
    bar.set_source_count(130, (21, 24, 18, 18, 22, 17, 16, 22, 16, 23, 17, 22, 21))
    tip = bar.min_sources.toolTip()
    assert "This folder holds 13 stories" in tip
    assert "(16 to 24 of the 130)" in tip
    assert "21, 24" not in tip
    assert bar.min_sources.suffix() == " outlets"


def test_the_minimum_support_tip_of_a_few_stories_names_each_count(qtbot: Any) -> None:
    bar = OptionsBar(SummaryOptions())
    qtbot.addWidget(bar)
    bar.set_source_count(5, (3, 1, 3))
    assert "(3, 1 and 3 of the 5)" in bar.min_sources.toolTip()
