"""What only one outlet reports, grouped by outlet and marked as unverified.

These sentences may be scoops or mistakes: nothing else in the folder backs
them. Selecting one asks for it to be shown inside its article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from corroborate.engine.models import ConsensusSummary, SingleSourceItem

ItemRole = Qt.ItemDataRole.UserRole + 1
UNVERIFIED = "Unverified: no other independent source reports this."


class SingleSourceView(QWidget):
    sentence_selected = Signal(object)  # SingleSourceItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(
            "Reported by one outlet only, so not corroborated. Check before relying on it."
        )
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("singleSource")
        self.tree.setAccessibleName("Sentences reported by one outlet only (unverified)")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(18)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda item, _col: self._on_current(item, None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)

    def set_summary(self, summary: ConsensusSummary | None) -> None:
        self.tree.clear()
        if summary is None:
            return
        by_outlet: dict[str, list[SingleSourceItem]] = {}
        for item in summary.single_source:
            by_outlet.setdefault(item.outlet, []).append(item)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for outlet in sorted(by_outlet, key=str.lower):
            items = by_outlet[outlet]
            top = QTreeWidgetItem(self.tree, [f"{outlet}  ({len(items)})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for entry in items:
                row = QTreeWidgetItem(top, [entry.text])
                row.setIcon(0, warn)
                row.setData(0, ItemRole, entry)
                row.setToolTip(0, f"{UNVERIFIED}\n{entry.file}")
                row.setData(
                    0, Qt.ItemDataRole.AccessibleTextRole, f"Unverified, {outlet}: {entry.text}"
                )
            top.setExpanded(True)
        if not by_outlet:
            QTreeWidgetItem(
                self.tree, ["Nothing here: every salient sentence has a second source."]
            )

    def count(self) -> int:
        return sum(
            self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount())
        )

    def _on_current(self, current: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, ItemRole) is not None:
            self.sentence_selected.emit(current.data(0, ItemRole))
