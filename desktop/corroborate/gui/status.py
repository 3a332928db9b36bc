"""Progress of a running analysis, and messages about what could not be done.

Problems (no readable article, a single article, unreadable files) appear in
the banner in plain words, so the window is never silently blank.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine.models import ConsensusSummary, FileProblem

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


class ProgressPanel(QFrame):
    """Stage label, progress bar and Cancel, shown only while an analysis runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.stage = QLabel(self)
        self.stage.setMinimumWidth(220)
        self.bar = QProgressBar(self)
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
        self.hide()

    def start(self, what: str) -> None:
        self.stage.setText(f"Opening {what}…")
        self.bar.setValue(0)
        self.show()

    def update_progress(self, stage: str, fraction: float) -> None:
        self.stage.setText(stage)
        self.bar.setValue(round(min(max(fraction, 0.0), 1.0) * 1000))

    def finish(self) -> None:
        self.hide()


class MessageBanner(QFrame):
    """A stack of messages with severity icons; dismissable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName("Messages")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        close = QPushButton("Dismiss", self)
        close.setAccessibleName("Dismiss messages")
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(self._rows, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: tuple[Message, ...] = ()
        self.hide()

    def set_messages(self, messages: list[Message]) -> None:
        self.messages = tuple(messages)
        while self._rows.count():
            row = self._rows.takeAt(0)
            if row.widget() is not None:
                row.widget().deleteLater()
        for message in messages:
            self._rows.addWidget(self._row(message))
        self.setVisible(bool(messages))

    def text(self) -> str:
        """Everything the banner says, for tests and accessibility."""
        return "\n".join("\n".join([m.text, *m.details]) for m in self.messages)

    def _row(self, message: Message) -> QWidget:
        row = QWidget(self)
        icon = QLabel(row)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(_ICONS[message.level]).pixmap(size, size))
        text = QLabel(message.text, row)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(text)
        for detail in message.details:
            label = QLabel("• " + detail, row)
            label.setObjectName("muted")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        return row


def summary_messages(summary: ConsensusSummary) -> list[Message]:
    """The engine's notes and any skipped files, as banner messages."""
    messages = [Message("info", note) for note in summary.notes]
    problems = summary.analysis.problems
    if problems:
        count = len(problems)
        noun = "file" if count == 1 else "files"
        messages.append(
            Message(
                "warning",
                f"{count} {noun} {'was' if count == 1 else 'were'} left out of this summary:",
                tuple(f"{p.file}: {p.reason}" for p in problems),
            )
        )
    return messages


def failure_message(title: str, message: str, problems: tuple[FileProblem, ...] = ()) -> Message:
    return Message("error", f"{title}. {message}", tuple(f"{p.file}: {p.reason}" for p in problems))


def empty_summary_text(summary: ConsensusSummary) -> str:
    """Why the summary list is empty, with what the user can do about it."""
    sources = summary.analysis.independent_sources
    if sources <= 1:
        return (
            "Only one independent source, so nothing can be corroborated.\n"
            "Add articles from other outlets about the same event."
        )
    need = summary.options.min_sources
    return (
        f"No sentence is reported by at least {need} of the {sources} independent sources.\n"
        "Lower the minimum support, or check that the articles are about the same event."
    )


def summary_caption(summary: ConsensusSummary) -> str:
    """One line over the summary: how many sentences, how strongly backed, from how much."""
    analysis = summary.analysis
    total, articles = analysis.independent_sources, len(analysis.articles)
    supports = [item.support for item in summary.items]
    if not supports:
        return f"{articles} articles, {total} independent sources"
    low, high = min(supports), max(supports)
    backing = f"<b>{high}</b>" if low == high else f"<b>{low}</b>–<b>{high}</b>"
    noun = "sentence" if len(supports) == 1 else "sentences"
    return (
        f"<b>{len(supports)}</b> {noun}, each backed by {backing} of <b>{total}</b> independent "
        f"sources ({articles} articles) · quoted verbatim"
    )
