"""Summary length and minimum support: the options that only re-rank.

Moving either control emits :attr:`OptionsBar.options_changed` at once; the
session answers with ``summarize`` on the analysis in memory, never a re-read.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSpinBox, QWidget

from corroborate.engine import counted
from corroborate.engine.models import SummaryOptions

from .settings import MAX_MIN_SOURCES, MAX_SENTENCES

#: What Minimum support does: it orders, and the summary is filled from below it when
#: too few sentences reach it (the report's note then says so).
SUPPORT_TIP = (
    "Sentences at least this many independent outlets report come first; when there are "
    "too few, the summary is filled with less-backed ones (their badges show it)"
)

#: What Length does: the summary's length, changed at once (the story is not read again).
LENGTH_TIP = "How many sentences the summary quotes (the arrow keys move it one at a time)"

#: Why the options cannot be moved: they shape a summary, and none is shown.
NO_STORY_TIP = "No story is shown: open a folder of articles to choose its summary's options"


class OptionsBar(QWidget):
    options_changed = Signal(object)  # SummaryOptions

    def __init__(self, options: SummaryOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options = options
        self._story_shown = True
        self._sources = 0
        self.length = QSlider(Qt.Orientation.Horizontal, self)
        self.length.setRange(1, MAX_SENTENCES)
        self.length.setPageStep(3)
        self.length.setMinimumWidth(140)
        self.length.setAccessibleName("Summary length in sentences")
        self.length_value = QLabel(self)
        self.length_value.setMinimumWidth(90)
        self.length_label = length_label = QLabel("&Length", self)
        length_label.setBuddy(self.length)

        self.min_sources = QSpinBox(self)
        self.min_sources.setRange(1, MAX_MIN_SOURCES)
        self.min_sources.setAccessibleName("Minimum number of independent outlets")
        self.min_sources.setToolTip(SUPPORT_TIP)
        self.support_label = support_label = QLabel("&Minimum support", self)
        support_label.setBuddy(self.min_sources)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(length_label)
        layout.addWidget(self.length)
        layout.addWidget(self.length_value)
        layout.addSpacing(16)
        layout.addWidget(support_label)
        layout.addWidget(self.min_sources)
        self.set_options(options)
        self.length.valueChanged.connect(self._changed)
        self.min_sources.valueChanged.connect(self._changed)

    def options(self) -> SummaryOptions:
        return self._options

    def set_options(self, options: SummaryOptions) -> None:
        """Show ``options`` without announcing a change."""
        self._options = options
        for widget, value in (
            (self.length, options.sentences),
            (self.min_sources, options.min_sources),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self._show_length()

    def set_story_shown(self, shown: bool) -> None:
        """With no story shown both controls are disabled, their tips saying why: moving
        them would change nothing on screen."""
        self._story_shown = shown
        for widget in (self.length, self.length_label, self.length_value):
            widget.setEnabled(shown)
        tip = LENGTH_TIP if shown else NO_STORY_TIP
        for widget in (self.length, self.length_label, self.length_value):
            widget.setToolTip(tip)  # the word and the count say it as the slider does
        self._show_support()

    def set_source_count(self, sources: int) -> None:
        """The spin box counts against the story's independent sources.

        With one source there is nothing to corroborate: the box is disabled
        rather than offering "2 of 1".
        """
        self._sources = sources
        alone = sources <= 1
        self.min_sources.setSuffix("" if alone else f" of {sources}")
        self.min_sources.setSpecialValueText("")
        if not alone:
            # Never "7 of 5"; a saved choice above this story's count is kept, not lowered.
            self.min_sources.setMaximum(max(sources, self.min_sources.value()))
        self._show_support()

    def _show_support(self) -> None:
        alone = self._sources <= 1
        usable = self._story_shown and not alone
        self.min_sources.setEnabled(usable)
        self.support_label.setEnabled(usable)
        if not self._story_shown:
            tip = NO_STORY_TIP
        elif alone:
            tip = "One independent outlet: nothing can be corroborated"
        else:
            tip = SUPPORT_TIP
        self.min_sources.setToolTip(tip)
        self.support_label.setToolTip(tip)

    def _show_length(self) -> None:
        n = self.length.value()
        self.length_value.setText(counted(n, "sentence"))

    def _changed(self) -> None:
        self._show_length()
        self._options = replace(
            self._options, sentences=self.length.value(), min_sources=self.min_sources.value()
        )
        self.options_changed.emit(self._options)
