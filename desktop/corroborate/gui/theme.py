"""Colours derived from the current palette, so light and dark themes both work.

Nothing in the app names a fixed colour: every tint is a blend of two palette
roles. When the system switches between light and dark, Qt sends a palette
change to every widget, and the widgets that paint or build HTML re-read these
helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from corroborate.resources import app_icon_files, style_sheet


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` in [0, 1]."""
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG), used to pick readable text on a tinted background."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(background: QColor, palette: QPalette) -> QColor:
    """Whichever of the palette's text colours stands out more on ``background``."""
    candidates = [palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)]
    candidates.append(palette.color(QPalette.ColorRole.HighlightedText))
    return max(candidates, key=lambda c: contrast(c, background))


def support_fill(palette: QPalette, strength: float) -> QColor:
    """Badge colour: faint for weak support, the full highlight colour for unanimous."""
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    return blend(base, accent, 0.22 + 0.78 * min(max(strength, 0.0), 1.0))


def shared_word_fill(palette: QPalette) -> QColor:
    """Background for words two corroborating sentences share."""
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, palette.color(QPalette.ColorRole.Highlight), 0.30)


def sentence_fill(palette: QPalette) -> QColor:
    """Background for the sentence being pointed at inside a whole article."""
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, palette.color(QPalette.ColorRole.Highlight), 0.38)


def muted_text(palette: QPalette) -> QColor:
    """Secondary text (outlet names, file names): between text and background."""
    text = palette.color(QPalette.ColorRole.Text)
    return blend(text, palette.color(QPalette.ColorRole.Base), 0.38)


def arrow_icon(palette: QPalette, back: bool) -> QIcon:
    """Back (◀) or Forward (▶) drawn in the palette's button text, and dimmed when
    disabled: the style's own arrows are black whatever the palette, unseen on a dark one.
    A right-to-left layout points them the other way."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        back = not back
    icon = QIcon()
    colours = {
        QIcon.Mode.Normal: palette.color(QPalette.ColorRole.ButtonText),
        QIcon.Mode.Disabled: blend(
            palette.color(QPalette.ColorRole.ButtonText),
            palette.color(QPalette.ColorRole.Button),
            0.65,
        ),
    }
    for size in (16, 24, 32, 48):
        for mode, colour in colours.items():
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            tip, flat = (0.25, 0.7) if back else (0.75, 0.3)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(size * tip, size * 0.5),
                        QPointF(size * flat, size * 0.2),
                        QPointF(size * flat, size * 0.8),
                    ]
                )
            )
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def app_icon() -> QIcon:
    icon = QIcon()
    for path in app_icon_files():
        if path.is_file():
            icon.addFile(str(path))
    return icon


class Theme(QObject):
    """Applies the bundled style sheet and re-applies it when the colour scheme flips."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._sheet = style_sheet()
        app.setWindowIcon(app_icon())
        self.apply()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._on_scheme_changed)

    def apply(self) -> None:
        # The sheet only uses palette(...) references, so it suits any scheme.
        self._app.setStyleSheet(self._sheet)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()
