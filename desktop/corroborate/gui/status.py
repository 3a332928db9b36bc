"""Progress of a running analysis, and messages about what could not be done.

Problems (no readable article, a single article, unreadable files) appear in
the banner in plain words, so the window is never silently blank.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionProgressBar,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine import (
    at_least,
    below_support,
    by_story_note,
    count_corrections,
    counted,
    file_named_note,
    independent_outlets,
    joined,
    plural,
    short_summary_note,
)
from corroborate.engine.models import ConsensusSummary, FileProblem

from .plain import isolated, left_to_right, menu_path, plain_tip, unbreakable_cut, unmarked

if TYPE_CHECKING:
    from .session import Failure, Stories

_ICONS = {
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


@dataclass(frozen=True)
class Message:
    level: str  # "info" | "warning" | "error"
    text: str
    details: tuple[str, ...] = ()
    #: stories of the folder the reader may analyse alone: (what the story is, its
    #: number from 0 in :attr:`Session.stories`), offered in a list with one button
    choices: tuple[tuple[str, int], ...] = ()
    #: the label of a button that reads every story together again ("": none)
    all_stories: str = ""
    #: the number of the story analysed alone now, which the list shows chosen (None: none)
    current: int | None = None
    #: a button under the message doing what it suggests: (its label, what it does, as
    #: :attr:`MessageBanner.action_requested` names it); () for none
    action: tuple[str, str] | tuple[()] = ()


#: what a message's button asks for: read the folder again with its subfolders
READ_SUBFOLDERS = "read-subfolders"
#: what a button asking for each of them does, said in its tip
ACTION_TIPS = {
    READ_SUBFOLDERS: "Read this folder again with the articles in its subfolders "
    f"(as {menu_path('File', 'Read Subfolders Too')} does)"
}

#: a run that has lasted this many seconds shows them beside its stage
ELAPSED_SHOWN_AFTER = 3


class ProgressBar(QProgressBar):
    """A progress bar whose busy state (range 0-0) is an empty groove with a short block
    gliding to and fro, as most desktops draw it, rather than the style's full striped
    bar: a full bar that then shows a small share done reads as one going backwards."""

    #: the gliding block's share of the groove's width
    BLOCK = 0.2
    #: milliseconds between two of its steps, and the steps of one crossing
    STEP_MS, CROSSING = 40, 50

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step = 0
        self._glide = QTimer(self)
        self._glide.setInterval(self.STEP_MS)
        self._glide.timeout.connect(self._advance)

    def busy(self) -> bool:
        return self.minimum() == 0 and self.maximum() == 0

    def _advance(self) -> None:
        if not self.busy() or not self.isVisible():
            self._glide.stop()
            return
        self._step = (self._step + 1) % (2 * self.CROSSING)
        self.update()

    def block_span(self) -> tuple[float, float]:
        """Where the busy block is, as shares of the groove's width (start, end)."""
        there = self._step if self._step <= self.CROSSING else 2 * self.CROSSING - self._step
        start = (1.0 - self.BLOCK) * there / self.CROSSING
        return start, start + self.BLOCK

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.busy():
            super().paintEvent(event)
            return
        if not self._glide.isActive() and self.isVisible():
            self._glide.start()
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        option.minimum, option.maximum, option.progress = 0, 1, 0  # the empty groove
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBar, option, painter, self)
        inner = self.rect().adjusted(2, 2, -2, -2)
        start, end = self.block_span()
        left = inner.left() + round(start * inner.width())
        width = max(4, round((end - start) * inner.width()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().highlight())
        painter.drawRoundedRect(left, inner.top(), width, inner.height(), 2, 2)
        painter.end()


class ProgressPanel(QFrame):
    """Stage label, progress bar and Cancel, shown only while an analysis runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.stage = QLabel(self)
        self.stage.setMinimumWidth(220)
        self.bar = ProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName("Analysis progress")
        self.cancel = QPushButton("Cancel", self)
        self.cancel.setAccessibleName("Cancel the analysis")
        self.cancel.setToolTip("Stop reading this folder (Esc)")
        self.cancel.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        # A long stage (matching the sentences of hundreds of articles) moves the bar
        # little: the seconds counted beside its name show the app is at work.
        self._stage = ""
        self._started = 0.0
        #: what tells the time (a test sets its own)
        self.clock: Callable[[], float] = time.monotonic
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_stage)
        self.hide()

    def start(self, what: str) -> None:
        self._started = self.clock()
        self._clock.start()
        self._set_stage(f"Opening {what}…")
        # Busy, not "0 %": the reading processes take a moment to start, and a bar
        # standing still at its start looks like an app that has stopped.
        self.bar.setRange(0, 0)
        self.show()

    def elapsed(self) -> float:
        """Seconds since the analysis started."""
        return self.clock() - self._started

    def _set_stage(self, stage: str) -> None:
        self._stage = stage
        self._show_stage()

    def _show_stage(self) -> None:
        seconds = int(self.elapsed())
        shown = f"{self._stage}  {seconds} s" if seconds >= ELAPSED_SHOWN_AFTER else self._stage
        if shown != self.stage.text():
            self.stage.setText(shown)

    def update_progress(self, stage: str, fraction: float) -> None:
        """Show ``stage`` and the share done: busy until a share is known, then never
        less than the bar already shows (a stage that reports a smaller share, or none,
        leaves the bar where it is), so that it never goes backwards."""
        self._set_stage(stage)
        if fraction <= 0.0 and self.bar.busy():
            return  # nothing measured yet: busy
        shown = self.bar.value() if not self.bar.busy() else 0
        self.bar.setRange(0, 1000)
        self.bar.setValue(max(shown, round(min(max(fraction, 0.0), 1.0) * 1000)))

    def finish(self) -> None:
        self._clock.stop()
        self.hide()


class MessageBanner(QFrame):
    """Messages with severity icons, each wrapped whole; long lists of details fold away.

    The details (e.g. every skipped file) sit behind "Show details" in a box of
    bounded height that scrolls, so a folder with hundreds of skipped files can
    never push the window past the screen. A message may offer choices (analyse
    one of the stories a folder holds): the stories are listed by name in a box beside
    one button, which emits :attr:`story_chosen` with the story's number (-1: every
    story together again).
    """

    #: the details box never grows taller than this many lines
    DETAIL_LINES = 8
    #: the share of the window's height the messages may take said whole
    ROOM_SHARE = 0.2
    story_chosen = Signal(int)  # a story's number in Session.stories; -1: all of them
    #: a message's button was pressed: what it does (:data:`READ_SUBFOLDERS`)
    action_requested = Signal(str)
    #: the messages were shown or hidden (new messages, Dismiss, Show Messages)
    shown_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName("Messages")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("bannerDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Details of the messages")
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.hide()
        self.details_button = QPushButton("Show De&tails", self)
        self.details_button.setToolTip("List every file and story the messages are about")
        self.details_button.setFlat(True)
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName("Show or hide the details")
        self.details_button.toggled.connect(self._show_details)
        self.dismiss = QPushButton("Dismiss", self)
        self.dismiss.setToolTip(
            "Hide these messages (View › Show Messages brings them back; "
            "the next story brings its own)"
        )
        self.dismiss.setAccessibleName("Dismiss messages")
        self.dismiss.setFlat(True)
        self.dismiss.clicked.connect(self._dismiss)
        self._buttons = buttons = QHBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.dismiss)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addLayout(self._rows)
        column.addWidget(self.details)
        self._outer = layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(column, 1)
        layout.addLayout(buttons)
        layout.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self.messages: tuple[Message, ...] = ()
        self._labels: list[_MessageLabel] = []
        self._folded = False
        self.hide()

    def set_messages(self, messages: list[Message]) -> None:
        self.messages = tuple(messages)
        while self._rows.count():
            row = self._rows.takeAt(0)
            widget = row.widget() if row is not None else None
            if widget is not None:
                widget.hide()  # out of sight now: its deletion waits for the event loop
                widget.deleteLater()
        self._labels = []
        for message in messages:
            self._rows.addWidget(self._row(message))
        self._order_focus()
        self._folded = False
        self._fill_details()
        self.details_button.setChecked(False)
        self._show_details(False)
        self.setVisible(bool(messages))
        self.shown_changed.emit(bool(messages))

    def _fill_details(self) -> None:
        """The details box: each message's list, and each message whole while they are
        folded to a line each."""
        said = [m for m in self.messages if m.details or self._folded]
        details = [
            "\n".join([m.text, *(f"• {d}" for d in m.details)]) for m in said
        ]  # fmt: skip
        self.details.setPlainText("\n\n".join(details))
        lines = min(self.DETAIL_LINES, sum(len(m.details) + 1 for m in said))
        spacing = self.details.fontMetrics().lineSpacing()
        height = spacing * max(lines, 1) + 12
        # As tall as its lines where the window has room; on a short window at large text
        # down to two lines, scrolling, rather than making the window taller than the screen.
        self.details.setMinimumHeight(min(height, spacing * 2 + 12))
        self.details.setMaximumHeight(height)
        self.details_button.setVisible(bool(details))
        if not details:  # an open box with nothing left to say, and no button to close it
            self.details_button.setChecked(False)
            self._show_details(False)

    @property
    def folded(self) -> bool:
        """Whether the messages are cut to one line each (large text on a short window),
        but one with a button of its own, whose words say what the button does."""
        return self._folded

    def whole_height(self) -> int:
        """How tall the banner is with each message said whole: the messages wrapped at
        the width they have so (Show Details, there only while they are folded, gives its
        width back), and what else its rows hold (a story list and its button, a message's
        own button), their spacing and the banner's margins; not the details box."""
        margins = self._outer.contentsMargins()
        whole = margins.top() + margins.bottom() + 2 * self.frameWidth()
        whole += self._rows.spacing() * (len(self._labels) - 1)
        only_folded = self._folded and not any(m.details for m in self.messages)
        wider = self.details_button.width() + self._buttons.spacing() if only_folded else 0
        for label in self._labels:
            row = label.parentWidget()  # its row: the label, and the row's list or button
            rest = row.height() - label.height() if row is not None else 0
            whole += label.whole_height(label.width() + wider) + rest
        return whole

    def fit(self) -> None:
        """Each message whole while the banner so takes at most :attr:`ROOM_SHARE` of the
        window's height; else (large text on a short window, where whole messages left
        the summary a line or two) each is cut to one line, whole in Show Details, but one
        with a button of its own ("Read Subfolders Too"), which its words explain. The
        banner is measured whole, its story list and buttons with its messages: a folder of
        several stories on a small screen at 150% kept two messages whole over one row of
        the summary, the messages alone being under the share."""
        labels = [label for label in self._labels if label.width() > 40]
        if not labels or self.isHidden():
            return
        folded = self.whole_height() > self.window().height() * self.ROOM_SHARE
        if folded == self._folded:
            return
        self._folded = folded
        for label in self._labels:
            label.set_folded(folded and not label.acts)
        self._fill_details()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        # Shown again (Show Messages) after the window changed height while hidden: the
        # rows keep their width, so no resize would fold or unfold them.
        super().showEvent(event)
        self.fit()

    def _dismiss(self) -> None:
        self.hide()
        self.shown_changed.emit(False)

    def show_again(self) -> None:
        """Bring back the messages Dismiss hid (nothing happens when there are none)."""
        if self.messages and self.isHidden():
            self.show()
            self.dismiss.setFocus(Qt.FocusReason.OtherFocusReason)
            self.shown_changed.emit(True)

    def _order_focus(self) -> None:
        """The rows' controls (made now, so last in the window's focus chain) take their
        place in reading order: before Show details and Dismiss, after what precedes them."""
        rows = [self._rows.itemAt(i) for i in range(self._rows.count())]
        controls = [
            w for item in rows
            if item is not None and (row := item.widget()) is not None
            for w in row.findChildren(QWidget)
            # (not a list's pop-up: a window of its own)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self.window()
        ]  # fmt: skip
        # The last control ahead of the banner (Qt places a widget after one that
        # takes the focus, not after a part of the banner's own details box).
        before = self.details.previousInFocusChain()
        while (
            before is not None
            and before is not self.window()
            and (self.isAncestorOf(before) or not before.focusPolicy() & Qt.FocusPolicy.TabFocus)
        ):
            before = before.previousInFocusChain()
        if before is None or before is self.window():
            return
        for control in controls:
            QWidget.setTabOrder(before, control)
            before = control

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText("Hide De&tails" if shown else "Show De&tails")

    def text(self) -> str:
        """Everything the banner says, for tests and accessibility."""
        return unmarked("\n".join("\n".join([m.text, *m.details]) for m in self.messages))

    def _row(self, message: Message) -> QWidget:
        row = QWidget(self)
        icon = _LevelIcon(_ICONS[message.level], row)
        text = message.text
        if message.details and not message.choices:
            # Beside a list of choices the details stay behind Show details.
            # " · " between them, as elsewhere in the window: a file's reason may hold a
            # comma ("binary, not text") or a semicolon ("14.2 MB; the limit is 5 MB").
            shown = " · ".join(message.details[:2])
            more = len(message.details) - 2
            text += f" {shown}" + (f" · and {more} more" if more > 0 else "")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        label = _MessageLabel(text, row)
        label.resized = self.fit
        label.acts = bool(message.action)
        self._labels.append(label)
        if message.action:
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(label)
            column.addLayout(self._action_line(message.action, row))
            layout.addLayout(column, 1)
            return row
        if not (message.choices or message.all_stories):
            layout.addWidget(label, 1)
            return row
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(label)
        column.addWidget(self._story_choices(message, row))
        layout.addLayout(column, 1)
        return row

    def _action_line(self, action: tuple[str, str], row: QWidget) -> QHBoxLayout:
        """The message's button, under its text at its left (a line of its own, so that
        the text keeps the row's whole width on a small screen at large text)."""
        caption, what = action
        button = QPushButton(caption, row)
        button.setObjectName("messageAction")
        button.setAccessibleName(caption.replace("&", ""))
        button.setToolTip(ACTION_TIPS.get(what, ""))
        button.clicked.connect(lambda: self.action_requested.emit(what))
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(button)
        line.addStretch(1)
        return line

    def _story_choices(self, message: Message, row: QWidget) -> _ChoiceLine:
        """The stories by name in a list, one button to analyse the one picked alone,
        and (when one story is shown) one to read them all together again."""
        line = _ChoiceLine(row)
        if message.choices:
            stories = ElidingComboBox(row)
            stories.setObjectName("storyChoice")
            stories.setAccessibleName("Story to analyse alone")
            # As wide as the row allows (up to a story's whole name), never so wide
            # that it holds the window wider than a small screen.
            policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            stories.setSizeAdjustPolicy(policy)
            # Ten letters at least: with sixteen, on a small screen at a large text
            # size the button was pushed to a line of its own, the notice four lines tall.
            stories.setMinimumContentsLength(10)
            stories.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            widest = self.fontMetrics().averageCharWidth() * 100
            stories.setMaximumWidth(widest)
            for label, number in message.choices:
                # A name may be a whole lead sentence: cut with an ellipsis, whole in the tip.
                shown = stories.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, widest - 40
                )
                stories.addItem(shown, number)
                stories.setItemData(stories.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            caption = QLabel("St&ory:", row)  # Alt+O: the list, whatever has the focus
            caption.setBuddy(stories)
            # Beside its list whatever the width: on a wide window the room the list (at its
            # widest) leaves is the line's end, not a gap after "Story:".
            caption.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            analyse = QPushButton("Analyse This Story Alone", row)
            analyse.setObjectName("analyseStory")
            analyse.setAccessibleName("Analyse the chosen story alone")
            analyse.setToolTip("Summarize only the articles of the story chosen in the list")
            analyse.clicked.connect(lambda: self.story_chosen.emit(int(stories.currentData())))
            if message.current is not None:
                # The list shows the story analysed now, as a list of choices shows the
                # one in force; analysing it alone again would change nothing.
                stories.setCurrentIndex(max(0, stories.findData(message.current)))

                def follow(_index: int) -> None:
                    chosen = stories.currentData() == message.current
                    analyse.setEnabled(not chosen)
                    analyse.setToolTip(
                        "This story is the one shown: choose another in the list"
                        if chosen
                        else "Summarize only the articles of the story chosen in the list"
                    )

                stories.currentIndexChanged.connect(follow)
                follow(stories.currentIndex())
            line.pick.addWidget(caption)
            line.pick.addWidget(stories, 1)
            line.act.addWidget(analyse)
        if message.all_stories:
            every = QPushButton(message.all_stories, row)
            every.setAccessibleName(message.all_stories.replace("&", ""))
            every.setToolTip("Summarize every article of the folder together again")
            every.clicked.connect(lambda: self.story_chosen.emit(-1))
            line.act.addWidget(every)
        return line


class _ChoiceLine(QWidget):
    """The story list and its buttons on one line; on a window too narrow for that (large
    text), the buttons on a line of their own under the list, rather than the line
    holding the window wider than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pick = QHBoxLayout()
        self.pick.setSpacing(6)
        self.act = QHBoxLayout()
        self.act.setSpacing(6)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self.box.addLayout(self.pick)
        self.box.addLayout(self.act)
        self.box.setAlignment(self.act, Qt.AlignmentFlag.AlignLeft)
        self.box.addStretch(0)  # the list takes the room first, up to its widest

    @property
    def wrapped(self) -> bool:
        """Whether the buttons are on a line of their own."""
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def _one_line(self) -> int:
        return self.pick.minimumSize().width() + self.box.spacing() + self.act.sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the list or the buttons, each on its own line."""
        narrowest = max(self.pick.minimumSize().width(), self.act.minimumSize().width())
        return QSize(narrowest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        one_line = self.width() >= self._one_line()
        direction = (
            QBoxLayout.Direction.LeftToRight if one_line else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != direction:
            self.box.setDirection(direction)


class ElidingComboBox(QComboBox):
    """A list box whose chosen entry, when longer than the box, ends with an ellipsis
    at the box's edge rather than being cut off mid-letter by it."""

    def shown_text(self) -> str:
        """The chosen entry as drawn: whole when it fits, else cut with an ellipsis."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(0, field.width() - 4)
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class _LevelIcon(QLabel):
    """A message's sign (information, warning, error), as large as the style's small
    icons at the text's size: drawn again when the text is made larger or smaller."""

    def __init__(self, sign: QStyle.StandardPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sign = sign
        self._draw()

    def _draw(self) -> None:
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self.setPixmap(self.style().standardIcon(self.sign).pixmap(side, side))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._draw()


class _MessageLabel(QLabel):
    """A message, whole: wrapped onto more lines on a narrow window rather than cut, so
    that the action it ends with ("rename an outlet in Articles (F2)") stays in sight,
    and selecting it copies all of it. A name too long for any line (a subfolder's, without
    a space) is cut in its middle (:func:`unbreakable_cut`), whole in the tooltip, rather
    than clipped at the banner's edge. Folded (large text on a short window), it is one
    line cut with an ellipsis, whole in its tooltip and in the banner's details."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(left_to_right(text), parent)
        self.full = text
        self.folded = False
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages name files: never rich text
        self.setWordWrap(True)
        self.setAccessibleName(unmarked(text))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(40)

    def whole_height(self, width: int) -> int:
        """How tall the message is said whole, wrapped at ``width``."""
        flags = int(Qt.TextFlag.TextWordWrap)
        return (
            self.fontMetrics().boundingRect(0, 0, max(width, 1), 100_000, flags, self.full).height()
        )

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if self.folded:
            text = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, width)
        else:
            text = unbreakable_cut(self.full, self.fontMetrics(), width)
        self.setToolTip(plain_tip(self.full) if text != self.full else "")
        text = left_to_right(text)
        if text != self.text():
            self.setText(text)

    #: called when the label's width changes (the banner folds or unfolds its messages)
    resized: Callable[[], None] | None = None
    #: the message has a button of its own, which its words explain: never folded
    acts = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
        if self.resized is not None and event.size().width() != event.oldSize().width():
            self.resized()


class _FittedLabel(QLabel):
    """A label that lays its text out again (:meth:`_fit`) whenever its width or its font
    changes."""

    def _fit(self) -> None:
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class CaptionLabel(_FittedLabel):
    """The line over the summary: whole when it fits in two lines; else in its shorter
    words (a small screen at a large text size), the whole a hover away."""

    MAX_LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._captions = ("", "")

    def set_captions(self, whole: str, short: str) -> None:
        self._captions = (whole, short)
        self._fit()

    def clear(self) -> None:
        self._captions = ("", "")
        super().clear()
        self.setToolTip("")
        self.setAccessibleName("")

    def lines_of(self, text: str) -> int:
        """How many lines ``text`` (rich text) takes at the label's width."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        document.setTextWidth(max(1, self.contentsRect().width()))
        height = document.documentLayout().documentSize().height()
        return int(height // max(1, self.fontMetrics().lineSpacing()))

    def _fit(self) -> None:
        whole, short = self._captions
        shown = whole
        if short and short != whole and self.lines_of(whole) > self.MAX_LINES:
            shown = short
        if self.text() != shown:
            self.setText(shown)
        # The caption is rich text, its document text already escaped.
        tip = f"<p>{whole}</p>" if shown != whole else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
        # Read out whole, as plain words, however much of it is shown.
        document = QTextDocument()
        document.setHtml(whole)
        said = document.toPlainText()
        if self.accessibleName() != said:
            self.setAccessibleName(said)


class TitleLabel(_FittedLabel):
    """The story's headline in at most :attr:`lines` lines, cut with an ellipsis after
    that; the tooltip and the accessible name have it all. Some stories' headlines
    are a whole paragraph, which would otherwise push the panes down a small screen."""

    lines = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # headlines come from the documents
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._note = ""
        self._keep_room()

    def set_title(self, text: str, note: str = "") -> None:
        """Show ``text``; ``note`` says where it came from when it is no headline (shown in
        the tooltip and given as the accessible description)."""
        self._full = text
        self._note = note
        self.setAccessibleName(unmarked(text))
        self.setAccessibleDescription(note)
        self._keep_room()
        self._fit()

    #: the narrowest a headline is squeezed to
    MIN_WIDTH = 120

    def _keep_room(self) -> None:
        """A headline keeps some width beside the options; no headline (no story yet)
        takes none, so the Back and Forward arrows never give theirs to an empty label
        (at large text on a small screen, Forward was folded behind a "»" button)."""
        wanted = self.MIN_WIDTH if self._full else 0
        if self.minimumWidth() != wanted:
            self.setMinimumWidth(wanted)

    def full_text(self) -> str:
        return self._full

    def refit(self) -> None:
        """Lay the title out again (after :attr:`lines` changed)."""
        self._fit()

    def _fit(self) -> None:
        """Lay the title out in lines of the label's width, broken between words where it
        has spaces and anywhere in a run too long for a line (a title taken from a file
        name, a web address), never cut off at the label's edge."""
        width = self.contentsRect().width()
        text = self._full
        if width > 40 and text:
            layout = QTextLayout(text, self.font())
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            starts: list[int] = []
            while len(starts) <= self.lines:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                starts.append(line.textStart())
            layout.endLayout()
            if len(starts) > self.lines:
                kept = [text[a:b].strip() for a, b in pairwise(starts[: self.lines])]
                rest = text[starts[self.lines - 1] :].strip()
                last = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
                text = "\n".join([*kept, last])
            else:  # the lines as laid out here, so that the label need not break them again
                text = "\n".join(text[a:b].strip() for a, b in pairwise([*starts, len(text)]))
        cut = "".join(text.split()) != "".join(self._full.split())
        tip = "\n\n".join([*([self._full] if cut else []), *([self._note] if self._note else [])])
        self.setToolTip(plain_tip(tip))
        if text != self.text():
            self.setText(text)


def story_choice(stories: Stories, number: int) -> str:
    """One story of a folder, as the list of stories names it."""
    count = len(stories.groups[number])
    return f"{number + 1} · {counted(count, 'article')} · “{stories.labels[number]}”"


def several_stories_text(count: int) -> str:
    """The several-stories warning beside the list that names the stories."""
    return (
        f"This folder seems to hold {count} stories, and the summary mixes them: "
        "choose one to analyse it alone."
    )


def story_splits_text(count: int) -> str:
    """Said when the story analysed alone seems itself to hold ``count`` stories."""
    return (
        f"This story too seems to hold {count} stories, and the summary mixes them; to read "
        "one alone, untick the others' articles in Articles:"
    )


def one_story_message(stories: Stories, shown: int) -> Message:
    """Said while one of a folder's stories is analysed alone: which, and the way to
    the others."""
    count = len(stories.groups[shown])
    others_count = len(stories.files()) - count
    articles = counted(count, "article")
    others = (
        "the folder's other article is left out"
        if others_count == 1
        else f"the folder's other {others_count} are left out"
    )
    text = (
        f"Story {shown + 1} of {len(stories.groups)} alone: “{stories.labels[shown]}” "
        f"({articles}; {others})."
    )
    choices = tuple((story_choice(stories, n), n) for n in range(len(stories.groups)))
    return Message(
        "info", text, choices=choices, all_stories="Analyse All Stories Together", current=shown
    )


def summary_messages(
    summary: ConsensusSummary, stories: Stories | None = None, shown: int | None = None
) -> list[Message]:
    """The engine's notes and any skipped files, as banner messages; ``stories`` and
    ``shown`` (the session's) say which of a folder's stories is analysed alone."""
    # With one independent outlet the caption over the summary (and the evidence's heading)
    # says that nothing can be corroborated: the engine's note saying so is not said again.
    notes = summary.notes if summary.analysis.independent_sources > 1 else ()
    messages = [Message("info", note) for note in notes]
    folder_warnings = summary.analysis.folder_warnings
    if stories is not None and shown is not None:
        messages.append(one_story_message(stories, shown))
    for warning in folder_warnings:
        choices: tuple[tuple[str, int], ...] = ()
        text = warning.reason[:1].upper() + warning.reason[1:] + "."
        if warning.kind == "subfolders":
            # The button under the text reads them (as the File menu's item of its name
            # does, which its tip names): the text need not say how, a line saved on a
            # small screen at large text.
            action = ("Read Subfolders Too", READ_SUBFOLDERS)
            messages.append(Message("warning", text, action=action))
            continue
        if stories is not None and stories.groups == warning.groups:
            choices = tuple((story_choice(stories, n), n) for n in range(len(warning.groups)))
            # The list names each story, Show details has its files: the warning itself
            # stays a line, not a paragraph of headlines and file names on a small window.
            text = several_stories_text(len(warning.groups))
        elif stories is not None and shown is not None and warning.groups:
            # The story analysed alone seems to split in turn: the folder's stories stay
            # the ones to choose from (the message above), so this one says how to go on.
            text = story_splits_text(len(warning.groups))
        # Each story's files, as the command line lists them: Show details has them all.
        labels = warning.labels if len(warning.labels) == len(warning.groups) else ()
        files = tuple(
            f"story {number}: “{labels[number - 1]}”: {joined(group)}"
            if labels
            else f"story {number}: {joined(group)}"
            for number, group in enumerate(warning.groups, 1)
        )
        messages.append(Message("warning", text, files, choices))
    by_story = by_story_note(summary)  # after the warning naming the stories it counts by
    if by_story:
        messages.append(Message("info", by_story))
    unnamed = file_named_note(summary.analysis, isolated)  # names side by side kept in order
    if unnamed:
        # (when many, the note names a few: Articles lists every one)
        messages.append(Message("info", f"{unnamed} Rename an outlet in Articles (F2)."))
    problems = summary.analysis.file_problems
    if problems:
        count = len(problems)
        messages.append(
            Message(
                "warning",
                f"{counted(count, 'file')} {plural(count, 'was', 'were')} left out of this summary:",
                tuple(f"{p.file}: {p.reason}" for p in problems),
            )
        )
    return messages


def failure_text(title: str, message: str, sep: str = " ") -> str:
    """The failure's title then its message, the title once: a message that already
    opens with it ("No readable article was found in …") is said alone."""
    if message.lower().startswith(title.lower()):
        return message
    return f"{title}.{sep}{message}"


#: what to do when no story is shown
NO_STORY_HINT = (
    "Drop a folder of articles (or several article files) onto the window, or choose "
    f"{menu_path('File', 'Open Folder…')}\u00a0(Ctrl+O)."
)
#: skipped files named on the page itself; Articles and Show details list every one
_PAGE_PROBLEMS = 5


def failure_heading(failure: Failure) -> str:
    """The heading of the page shown in place of a story that could not be read: the
    failure's title, or, when its message opens with the title ("No readable article
    was found in …"), what it means for the reader."""
    if failure.message.lower().startswith(failure.title.lower()):
        return "Nothing to summarize"
    return failure.title


def failure_page_text(failure: Failure) -> str:
    """What the window shows in place of a story that could not be read, under
    :func:`failure_heading`: why (naming the folder or file), the files skipped and
    their reasons, and what to do next. The heading is not said again."""
    lines = [failure.message]
    problems = failure.problems
    if problems:
        lines += [f"{p.file}: {p.reason}" for p in problems[:_PAGE_PROBLEMS]]
        if len(problems) > _PAGE_PROBLEMS:
            lines.append(f"…and {len(problems) - _PAGE_PROBLEMS} more (listed in Articles)")
    return "\n".join([*lines, "", NO_STORY_HINT])


def loading_text(source: Path | Sequence[Path]) -> str:
    """What the Summary page says while the first story is read: what, and from where."""
    if isinstance(source, Path):
        return f"Reading the articles in “{source.name or source}”…\n\nFolder: {source}"
    files = list(source)
    folders = {f.parent for f in files}
    where = f"Folder: {next(iter(folders))}" if len(folders) == 1 else "From several folders"
    what = f"“{files[0].name}”" if len(files) == 1 else f"{len(files)} article files"
    return f"Reading {what}…\n\n{where}"


def failure_message(title: str, message: str, problems: tuple[FileProblem, ...] = ()) -> Message:
    return Message(
        "error", failure_text(title, message), tuple(f"{p.file}: {p.reason}" for p in problems)
    )


def empty_summary_text(summary: ConsensusSummary) -> str:
    """Why the summary list is empty, with what the user can do about it."""
    sources = summary.analysis.independent_sources
    if sources <= 1:
        return (
            "Only one independent outlet, so nothing can be corroborated.\n"
            "Add articles from other outlets about the same event."
        )
    need = summary.min_support
    # worded as the caption and the report word it: "2 or more of the 5", "all 5"
    asked = (
        ("both independent outlets" if sources == 2 else f"all {independent_outlets(sources)}")
        if need >= sources
        else f"{at_least(need, sources)} of the {independent_outlets(sources)}"
    )
    return (
        f"No sentence is reported by {asked}.\n"
        "Lower the minimum support, or check that the articles are about the same event."
    )


def summary_caption(summary: ConsensusSummary, brief: bool = False) -> str:
    """One line over the summary: how many sentences, how strongly backed, from how much.
    ``brief``: in fewer words, for a narrow pane at a large text size (the outlets not
    called independent, "quoted verbatim" left to the reading pane, which says it)."""
    analysis = summary.analysis
    total, articles = analysis.independent_sources, len(analysis.articles)
    if total <= 1:
        if articles == 1:
            what = "One article"
        elif analysis.written_apart:
            what = f"{articles} articles from one outlet"
        else:
            what = f"{articles} copies of one story"
        if not summary.items:
            # Nothing is listed below (an article that is only its headline): the caption
            # says so, in the report's words, rather than point at sentences not there.
            return (
                f"<b>{what}: nothing can be corroborated.</b> No sentence could be "
                "selected; add articles from other outlets to compare."
            )
        return (
            f"<b>{what}: nothing can be corroborated.</b> The sentences below are one "
            "outlet's own, quoted verbatim; add articles from other outlets to compare."
        )
    supports = [item.support for item in summary.items]
    if not supports:
        return f"{articles} articles, {independent_outlets(total)}"
    low, high = min(supports), max(supports)
    backing = f"<b>{high}</b>" if low == high else f"<b>{low}</b>–<b>{high}</b>"
    noun = plural(len(supports), "sentence")
    if summary.options.words is not None:
        # Measured in words, the summary says how many it quotes, as it grows a sentence
        # at a time until it reaches the length asked for.
        quoted = sum(len(item.text.split()) for item in summary.items)
        noun += f" ({quoted} words)"
    corrected = count_corrections(analysis.corrections)
    yours = f" · {counted(corrected, 'correction')} by you" if corrected else ""
    need, backed = summary.min_support, summary.backed  # "all 5" when more are asked for
    # fewer sentences than the Length asks for: said, so that it is not taken for a fault
    short = short_summary_note(summary, counted=False)  # the caption begins with the count
    yours += f" · {html.escape(short)}" if short else ""
    outlets, verbatim = ("outlets", "") if brief else ("independent outlets", " · quoted verbatim")
    if backed == len(supports) or high < 2:
        each = "each " if len(supports) > 1 else ""  # "1 sentence, backed by 2 of 5"
        if analysis.counted_by_story:  # each out of its own story's outlets (by_story_note)
            return (
                f"<b>{len(supports)}</b> {noun}, {each}backed by {backing} of its story's "
                f"{outlets} (<b>{total}</b> in all, {articles} articles){verbatim}{yours}"
            )
        return (
            f"<b>{len(supports)}</b> {noun}, {each}backed by {backing} of <b>{total}</b> "
            f"{outlets} ({articles} articles){verbatim}{yours}"
        )
    # Said once, here, not as a banner: the summary is filled up to its length with
    # sentences below the minimum support, which each row's count shows too.
    rest = len(supports) - backed
    by = below_support(need)
    return (
        f"<b>{len(supports)}</b> {noun} from <b>{total}</b> {outlets} "
        f"({articles} articles): <b>{backed}</b> backed by {at_least(need, total)}, "
        f"<b>{rest}</b> {by}{verbatim}{yours}"
    )
