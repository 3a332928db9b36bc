"""Colours derived from the current palette, so light and dark themes both work.

Nothing in the app names a fixed colour: every tint is a blend of two palette
roles. When the system switches between light and dark, Qt sends a palette
change to every widget, and the widgets that paint or build HTML re-read these
helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleOption,
    QWidget,
)

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


def tick_box_colours(palette: QPalette, state: QStyle.StateFlag) -> tuple[QColor, QColor, QColor]:
    """A tick box's edge, fill and mark, from the palette: the edge half way from the
    text colour to the base (it stands out on a light base and a dark one alike), the
    fill the accent colour when ticked, and everything faded when disabled."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    marked = bool(state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_NoChange))
    edge = accent if marked else blend(text, base, 0.4)
    if state & QStyle.StateFlag.State_Selected:
        # On a selected row (the accent colour): outlined in the selection's text colour.
        edge = palette.color(QPalette.ColorRole.HighlightedText)
    fill = accent if marked else base
    mark = palette.color(QPalette.ColorRole.HighlightedText)
    if not state & QStyle.StateFlag.State_Enabled:
        edge, fill, mark = (blend(c, base, 0.55) for c in (edge, fill, mark))
    return edge, fill, mark


def paint_tick_box(painter: QPainter, option: QStyleOption) -> None:
    """A square box in ``option.rect``: empty, ticked, or with a dash (partly ticked)."""
    state = option.state
    side = max(6.0, min(option.rect.width(), option.rect.height()) - 1.0)
    box = QRectF(0, 0, side, side)
    box.moveCenter(QRectF(option.rect).center())
    edge, fill, mark = tick_box_colours(option.palette, state)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, max(1.0, side / 10)))
    painter.setBrush(fill)
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), side / 6, side / 6)
    pen = QPen(mark, max(1.5, side / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    x, y = box.left(), box.top()
    if state & QStyle.StateFlag.State_On:
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(x + side * 0.24, y + side * 0.52),
                    QPointF(x + side * 0.43, y + side * 0.70),
                    QPointF(x + side * 0.76, y + side * 0.32),
                ]
            )
        )
    elif state & QStyle.StateFlag.State_NoChange:
        painter.drawLine(
            QPointF(x + side * 0.28, y + side / 2), QPointF(x + side * 0.72, y + side / 2)
        )
    painter.restore()


def _standing_out(colour: QColor, background: QColor, palette: QPalette, ratio: float) -> QColor:
    """``colour``, moved towards the palette's text colour only as far as it takes to
    stand ``ratio`` : 1 out from ``background`` (WCAG contrast)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    for step in range(21):
        moved = blend(colour, text, step / 20)
        if contrast(moved, background) >= ratio:
            return moved
    return text


#: WCAG's least contrast for what shows a control's state (the focus edge)
FOCUS_CONTRAST = 3.0
#: a pane's edge without the focus stands out from the window as Fusion's light
#: palette has it (#aaaaaa on #efefef, 2 : 1): seen, and quieter than the focus edge
PANE_EDGE_CONTRAST = 2.0


#: the side of a tree's expand arrow at the system's text size, in pixels (Fusion's)
BRANCH_ARROW = 9


def paint_branch_arrow(painter: QPainter, option: QStyleOption, scale: float) -> None:
    """A tree row's expand arrow (▸ closed, ▾ open), as large as the text is: Fusion's
    stays 9 pixels at 200% text, where the tick boxes and icons beside it grow."""
    rect = QRectF(option.rect)
    side = min(BRANCH_ARROW * scale, rect.width() - 2, rect.height() - 2)
    if side < 3:
        return
    centre = rect.center()
    half, depth = side / 2, side / 4
    if option.state & QStyle.StateFlag.State_Open:
        points = [(-half, -depth), (half, -depth), (0.0, depth)]
    else:
        lean = -1.0 if option.direction == Qt.LayoutDirection.RightToLeft else 1.0
        points = [(-depth * lean, -half), (depth * lean, 0.0), (-depth * lean, half)]
    colour = option.palette.color(QPalette.ColorRole.Text)
    if option.state & QStyle.StateFlag.State_Selected:
        colour = option.palette.color(QPalette.ColorRole.HighlightedText)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(blend(colour, option.palette.color(QPalette.ColorRole.Base), 0.25))
    painter.drawPolygon(QPolygonF([centre + QPointF(x, y) for x, y in points]))
    painter.restore()


def focus_frame_colour(palette: QPalette) -> QColor:
    """The edge drawn round the pane or button that has the keyboard focus: the
    palette's accent, as a focused text box has it, made brighter (or darker) when the
    accent stands less than 3 : 1 out from the window round it."""
    window = palette.color(QPalette.ColorRole.Window)
    return _standing_out(
        palette.color(QPalette.ColorRole.Highlight), window, palette, FOCUS_CONTRAST
    )


def pane_edge_colour(palette: QPalette) -> QColor:
    """The edge of a reading pane without the focus: between the window colour and the
    text, 2 : 1 from the window in a light palette and a dark one alike (Fusion's own,
    a shade of the window, is 2 : 1 in a light palette but barely shows in a dark one)."""
    window = palette.color(QPalette.ColorRole.Window)
    return _standing_out(window, window, palette, PANE_EDGE_CONTRAST)


def paint_focus_frame(painter: QPainter, option: QStyleOption, radius: float = 0.0) -> None:
    """An edge :data:`FOCUS_EDGE` pixels thick in the accent colour just inside
    ``option.rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, radius > 0)
    pen = QPen(focus_frame_colour(option.palette), FOCUS_EDGE)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), radius, radius)
    painter.restore()


#: the style's sizes that grow with the text: the small icons beside a list's rows and a
#: message (the warning of a skipped file), and the tick boxes
_TEXT_SIZED = (
    QStyle.PixelMetric.PM_SmallIconSize,
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
)


def text_ratio_of(widget: QWidget | None) -> float:
    """How ``widget``'s text compares with the system's (View › Larger Text, Smaller
    Text): 2 at 200%, 0.7 at 70%, 1 when it cannot be told."""
    if widget is None:
        return 1.0
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    size = widget.font().pointSizeF()
    if system <= 0 or size <= 0:
        return 1.0
    return size / system


def text_scale_of(widget: QWidget | None) -> float:
    """How much larger ``widget``'s text is than the system's (View › Larger Text), at
    least 1: a size in pixels kept for the system's text is multiplied by it."""
    return max(1.0, text_ratio_of(widget))


#: how thick the edge round the pane that has the keyboard focus is, in pixels
FOCUS_EDGE = 2


def _framed_pane(widget: QWidget | None) -> bool:
    """A list or text pane with a frame (not a list popped up from a box, which has
    none; the style sheet draws its own round the summary)."""
    return isinstance(widget, QAbstractScrollArea) and widget.frameShape() != QFrame.Shape.NoFrame


class TickBoxStyle(QProxyStyle):
    """The platform's style, with tick boxes (the articles' ticks, any check box) drawn
    from the palette: Fusion draws their edge in a shade of the window colour, which on
    a dark palette barely shows against the dark base of a list.

    Its small icons (a skipped file's warning) and tick boxes grow with the text, as
    Back and Forward do: at 200% text a 16-pixel sign beside a line twice as tall is
    easily missed.

    It also shows where the keyboard is: Fusion marks a focused text box, but not a
    focused reading pane (the summary, an article, the evidence, the disagreements)
    nor a flat button (the banner's Dismiss), so a reader going by Tab saw nothing
    change. Those get an edge in the accent colour while they have the focus."""

    _BOXES = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in self._BOXES:
            paint_tick_box(painter, option)
        elif element == QStyle.PrimitiveElement.PE_IndicatorBranch and (
            option.state & QStyle.StateFlag.State_Children
        ):
            paint_branch_arrow(painter, option, text_scale_of(widget))
        else:
            super().drawPrimitive(element, option, painter, widget)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        size = super().pixelMetric(metric, option, widget)
        if metric in _TEXT_SIZED:
            return round(size * text_scale_of(widget))
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and _framed_pane(widget):
            # Room for the whole focus edge: with the style's one pixel, the list or
            # text inside covered the edge's inner half, a faint one-pixel change of
            # colour round an article where the summary has two.
            return max(size, FOCUS_EDGE)
        return size

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.ControlElement.CE_ShapedFrame and _framed_pane(widget):
            if focused:
                paint_focus_frame(painter, option)
            else:
                # the pane's own edge, seen in any palette, and inside it the room kept
                # for the focus edge, in the colour of the pane
                painter.save()
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(pane_edge_colour(option.palette), 1))
                painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
                painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Base), 1))
                painter.drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5))
                painter.restore()
            return
        if not focused or widget is None:
            return
        if (
            element == QStyle.ControlElement.CE_PushButtonBevel
            and isinstance(widget, QPushButton)
            and widget.isFlat()
        ):
            paint_focus_frame(painter, option, radius=4.0)


#: styles whose own tick boxes follow a dark palette: kept as they are
_NATIVE_TICKS = {"macos", "windows11", "breeze"}


class Theme(QObject):
    """Applies the bundled style sheet and re-applies it when the colour scheme flips."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._sheet = style_sheet()
        app.setWindowIcon(app_icon())
        style = app.style()
        if not isinstance(style, TickBoxStyle) and style.name().lower() not in _NATIVE_TICKS:
            app.setStyle(TickBoxStyle(style.name()))
        self.apply()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._on_scheme_changed)

    def apply(self) -> None:
        # The sheet only uses palette(...) references, so it suits any scheme.
        self._app.setStyleSheet(self._sheet)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()


#: the sides a row's sign is drawn at, in pixels (text from small to 250%)
_SIGN_SIDES = (16, 20, 24, 32, 40, 48, 64)


def warning_sign(style: QStyle) -> QIcon:
    """The style's warning sign for a row of a list, drawn in its own colours on a selected
    row too: a style tints an icon with the selection's colour there, and a warning sign
    so tinted (olive on blue) reads as one greyed out."""
    sign = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    steady = QIcon()
    for side in _SIGN_SIDES:
        pixmap = sign.pixmap(side, side)
        steady.addPixmap(pixmap, QIcon.Mode.Normal)
        steady.addPixmap(pixmap, QIcon.Mode.Selected)
    return steady
