"""Summary length and minimum support: the options that only re-rank.

Moving either control emits :attr:`OptionsBar.options_changed` at once; the
session answers with ``summarize`` on the analysis in memory, never a re-read.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QWidget

from corroborate.engine import counted, plural, story_counts
from corroborate.engine.models import SummaryOptions

from .settings import DEFAULT_WORDS, MAX_MIN_SOURCES, MAX_SENTENCES, MAX_WORDS, MIN_WORDS

#: What Minimum support does: it orders, and the summary is filled from below it when
#: too few sentences reach it (the report's note then says so).
SUPPORT_TIP = (
    "Sentences at least this many independent outlets report come first; when there are "
    "too few, the summary is filled with less-backed ones (their badges show it)"
)

#: What Length does: the summary's length, changed at once (the story is not read again).
LENGTH_TIP = "How many sentences the summary quotes (the arrow keys move it one at a time)"
#: ... when counted in words, as the command line's --words counts them
WORDS_TIP = (
    "How many words the summary quotes: sentences are added until it reaches this many, "
    "so the last one may run past it (the arrow keys move it ten words at a time)"
)
#: What the unit box does
UNIT_TIP = (
    "Count the summary's length in whole sentences, or in words for a brief with a word "
    "limit (Alt+U)"
)
#: the key that puts the focus on the unit box: a list box has no label of its own to
#: carry an underlined letter, as Length and Minimum support do
UNIT_KEY = "Alt+U"
#: the unit box's entries, in order: what each counts
UNITS = ("sentences", "words")
#: the step of the length slider counted in words (its arrow keys), and its page step
WORD_STEP, WORD_PAGE = 10, 50

#: Why the options cannot be moved: they shape a summary, and none is shown.
NO_STORY_TIP = "No story is shown: open a folder of articles to choose its summary's options"


class OptionsBar(QWidget):
    options_changed = Signal(object)  # SummaryOptions

    def __init__(
        self, options: SummaryOptions, parent: QWidget | None = None, words: int | None = None
    ) -> None:
        """``words``: the length in words last chosen, offered when the reader switches
        the unit to words (``options`` counting sentences say none)."""
        super().__init__(parent)
        self._options = options
        self._story_shown = True
        self._sources = 0
        #: in a folder of several stories analysed whole, how many sources each counts out of
        self._stories: tuple[int, ...] = ()
        self.length = QSlider(Qt.Orientation.Horizontal, self)
        self.length.setRange(1, MAX_SENTENCES)
        self.length.setPageStep(3)
        self.length.setMinimumWidth(140)
        self.length.setAccessibleName("Summary length in sentences")
        self.length_value = QLabel(self)
        self._fit_value_width()
        self.length_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.length_label = length_label = QLabel("&Length", self)
        length_label.setBuddy(self.length)
        #: what the length counts: whole sentences, or words (a brief's word limit)
        self.unit = QComboBox(self)
        self.unit.setObjectName("lengthUnit")
        self.unit.addItems(list(UNITS))
        self.unit.setAccessibleName("Summary length counted in")
        self.unit.setToolTip(UNIT_TIP)
        unit_key = QShortcut(QKeySequence(UNIT_KEY), self)
        unit_key.setContext(Qt.ShortcutContext.WindowShortcut)
        unit_key.activated.connect(self._focus_unit)
        #: the count in the unit not shown, kept for when the reader switches back
        self._sentences = options.sentences
        self._words = options.words or words or DEFAULT_WORDS

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
        layout.addWidget(self.unit)
        layout.addSpacing(16)
        layout.addWidget(support_label)
        layout.addWidget(self.min_sources)
        self.set_options(options)
        self.length.valueChanged.connect(self._changed)
        self.min_sources.valueChanged.connect(self._changed)
        self.min_sources.valueChanged.connect(self._show_suffix)
        self.unit.currentIndexChanged.connect(self._unit_changed)

    def _focus_unit(self) -> None:
        if self.unit.isEnabled():
            self.unit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def options(self) -> SummaryOptions:
        return self._options

    def set_options(self, options: SummaryOptions) -> None:
        """Show ``options`` without announcing a change."""
        self._options = options
        self._sentences = options.sentences
        if options.words is not None:
            self._words = options.words
        for widget in (self.length, self.min_sources, self.unit):
            widget.blockSignals(True)
        self.unit.setCurrentIndex(
            UNITS.index("words" if options.words is not None else "sentences")
        )
        self._fit_slider()
        self.min_sources.setValue(options.min_sources)
        for widget in (self.length, self.min_sources, self.unit):
            widget.blockSignals(False)
        self._show_length()

    def _fit_value_width(self) -> None:
        """Room for the longest count (1000 words), the unit box close beside it."""
        digits = self.length_value.fontMetrics().horizontalAdvance("8888")
        self.length_value.setMinimumWidth(digits)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_value_width()

    def _in_words(self) -> bool:
        return self.unit.currentIndex() == UNITS.index("words")

    def _fit_slider(self) -> None:
        """The slider's range, steps and value for the unit chosen (signals blocked)."""
        if self._in_words():
            self.length.setRange(MIN_WORDS, MAX_WORDS)
            self.length.setSingleStep(WORD_STEP)
            self.length.setPageStep(WORD_PAGE)
            self.length.setValue(self._words)
            self.length.setAccessibleName("Summary length in words")
        else:
            self.length.setRange(1, MAX_SENTENCES)
            self.length.setSingleStep(1)
            self.length.setPageStep(3)
            self.length.setValue(self._sentences)
            self.length.setAccessibleName("Summary length in sentences")

    def set_story_shown(self, shown: bool) -> None:
        """With no story shown both controls are disabled, their tips saying why: moving
        them would change nothing on screen."""
        self._story_shown = shown
        for widget in (self.length, self.length_label, self.length_value, self.unit):
            widget.setEnabled(shown)
        self.unit.setToolTip(UNIT_TIP if shown else NO_STORY_TIP)
        self._show_length_tip()
        self._show_support()

    def _show_length_tip(self) -> None:
        if not self._story_shown:
            tip = NO_STORY_TIP
        else:
            tip = WORDS_TIP if self._in_words() else LENGTH_TIP
        for widget in (self.length, self.length_label, self.length_value):
            widget.setToolTip(tip)  # the word and the count say it as the slider does

    def set_source_count(self, sources: int, stories: tuple[int, ...] = ()) -> None:
        """The spin box counts against the story's independent sources.

        With one source there is nothing to corroborate: the box is disabled
        rather than offering "2 of 1". In a folder of several stories analysed whole,
        ``stories`` gives how many sources each story's counts are out of
        (:attr:`~corroborate.engine.models.Analysis.story_sources`): no sentence is counted
        out of the folder's every outlet, so the box says "2 outlets", not "2 of 9", and
        its tip each story's count (an article of none of the stories found counts out of
        every outlet, so the box still goes up to the folder's count).
        """
        self._sources = sources
        self._stories = stories
        alone = sources <= 1
        self.min_sources.setSpecialValueText("")
        if not alone:
            # Never "7 of 5"; a saved choice above this story's count is kept, not lowered.
            self.min_sources.setMaximum(max(sources, self.min_sources.value()))
        self._show_suffix()
        self._show_support()

    def _show_suffix(self) -> None:
        """The suffix after the count: "of 5", or in a folder of several stories (each
        sentence's count out of its own story's outlets) "outlets", singular at 1."""
        if self._sources <= 1:
            suffix = ""
        elif self._stories:
            suffix = " " + plural(self.min_sources.value(), "outlet")
        else:
            suffix = f" of {self._sources}"
        if suffix != self.min_sources.suffix():
            self.min_sources.setSuffix(suffix)

    def _show_support(self) -> None:
        alone = self._sources <= 1
        usable = self._story_shown and not alone
        self.min_sources.setEnabled(usable)
        self.support_label.setEnabled(usable)
        if not self._story_shown:
            tip = NO_STORY_TIP
        elif alone:
            tip = "One independent outlet: nothing can be corroborated"
        elif self._stories:
            tip = (
                f"This folder holds {len(self._stories)} stories: each sentence's count is out "
                "of the independent outlets that tell its own story "
                f"({story_counts(self._stories, self._sources)}). " + SUPPORT_TIP
            )
        else:
            tip = SUPPORT_TIP
        self.min_sources.setToolTip(tip)
        self.support_label.setToolTip(tip)

    def _show_length(self) -> None:
        # The unit box beside says what the number counts.
        self.length_value.setText(str(self.length.value()))
        self.length_value.setAccessibleName(
            counted(self.length.value(), "word" if self._in_words() else "sentence")
        )

    def _unit_changed(self) -> None:
        self.length.blockSignals(True)
        self._fit_slider()
        self.length.blockSignals(False)
        self._show_length_tip()
        self._changed()

    def _changed(self) -> None:
        if self._in_words():
            # A slider moved by the mouse lands between steps: kept to whole tens.
            self._words = max(MIN_WORDS, round(self.length.value() / WORD_STEP) * WORD_STEP)
            if self.length.value() != self._words:
                self.length.blockSignals(True)
                self.length.setValue(self._words)
                self.length.blockSignals(False)
        else:
            self._sentences = self.length.value()
        self._show_length()
        self._options = replace(
            self._options,
            sentences=self._sentences,
            words=self._words if self._in_words() else None,
            min_sources=self.min_sources.value(),
        )
        self.options_changed.emit(self._options)
