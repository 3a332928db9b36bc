"""The window's content area, which also takes folders and files from the file manager.

A drop is always a Copy: nothing the user drops is ever moved or changed.

A drop of one folder emits :attr:`DropZone.folder_dropped`; a drop of article
files emits :attr:`DropZone.files_dropped`. While something droppable hovers,
an outline with a hint is drawn over the content so the user sees it will work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .theme import blend


def dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders named by a drag; web links and the like are ignored."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class _Overlay(QWidget):
    """Drawn above the content during a drag; lets every mouse event through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Highlight)
        veil = blend(pal.color(QPalette.ColorRole.Window), accent, 0.12)
        veil.setAlphaF(0.88)
        rect = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        painter.setBrush(veil)
        pen = QPen(accent, 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 16, 16)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "Drop to summarize")


class DropZone(QWidget):
    """Hosts the window's content and accepts dropped folders or article files."""

    folder_dropped = Signal(Path)
    files_dropped = Signal(list)  # list[Path]

    def __init__(self, content: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAccessibleName("Drop a folder or article files here")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._overlay = _Overlay(self)
        if content is not None:
            self.set_content(content)

    def set_content(self, content: QWidget) -> None:
        self._layout.addWidget(content)
        self._overlay.raise_()

    def _accepts(self, event: QDropEvent) -> bool:
        """A drop of local paths that can be taken as a Copy.

        The app only reads what is dropped, so it always answers Copy, whatever
        the file manager proposes: answering Move (Shift held, or a same-disk
        default) would let the file manager delete the user's files afterwards.
        """
        if not event.possibleActions() & Qt.DropAction.CopyAction:
            return False
        return any(p.is_dir() or p.is_file() for p in dropped_paths(event.mimeData()))

    @staticmethod
    def _accept_as_copy(event: QDropEvent) -> None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            self._accept_as_copy(event)
            self._overlay.setGeometry(self.rect())
            self._overlay.raise_()
            self._overlay.show()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            self._accept_as_copy(event)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._overlay.hide()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._overlay.hide()
        paths = [p for p in dropped_paths(event.mimeData()) if p.is_file() or p.is_dir()]
        if not self._accepts(event):
            event.ignore()
        elif len(paths) == 1 and paths[0].is_dir():
            self._accept_as_copy(event)
            self.folder_dropped.emit(paths[0])
        elif paths:
            # Several items, or files: every one of them is read (folders for their articles).
            self._accept_as_copy(event)
            self.files_dropped.emit(paths)
        else:
            event.ignore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._overlay.setGeometry(self.rect())
        super().resizeEvent(event)
