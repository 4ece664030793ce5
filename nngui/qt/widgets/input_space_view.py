"""The input space's drawing widget: the space as painted, turned by dragging, explained by hovering."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from nngui.model import geometry, numbers
from nngui.model.geometry import Space
from nngui.qt import i18n
from nngui.qt.widgets.input_space_marks import Layout, Look, Target
from nngui.qt.widgets.input_space_paint import draw, layout

#: Radians the cube turns per pixel dragged.
DRAG_SPEED = 0.01
#: How near (pixels) the mouse must come to a point to explain it.
HOVER_RADIUS = 13.0


def _values(values: np.ndarray) -> str:
    """Inputs as the article writes them, "1 0 0" (numbers the interface's way: 0,5 in Russian)."""
    return "  ".join(i18n.decimal(numbers.short(v)) for v in values)


class InputSpaceView(QWidget):
    """The space of a geometry.Space: the cube (drag to turn it, double-click to face it again), the
    square's heatmap or the answer's curve. Hovering a corner, a situation or the riddle shows a card
    with its inputs, the answer and the expected output. Drawing costs nothing while it is hidden.
    """

    viewChanged = Signal()  # the cube was turned (a drag or reset_view): yaw and pitch changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputSpaceView")
        self.setMouseTracking(True)
        self.setAutoFillBackground(False)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 220)
        self.space: Space | None = None
        self.names: list[str] = []            # each coordinate's name: "Input 1", "Hidden neuron 2"
        self.planes: list[int] | None = None  # the hidden neurons whose planes are drawn (None: all)
        self.yaw, self.pitch = geometry.DEFAULT_YAW, geometry.DEFAULT_PITCH
        self.empty_text = ""
        # Called as a paint begins (the panel then catches up, after the paint: nothing may change
        # widgets while Qt paints them).
        self.about_to_paint: Callable[[], None] | None = None
        self._layout: Layout | None = None
        self._static_key: tuple | None = None
        self._static: dict = {}  # Layout.static for the current geometry
        self._look: Look | None = None
        self._drag: QPointF | None = None
        self._hover: QPointF | None = None
        # The hover card looks like a tooltip through the palette's roles, not a style sheet: a
        # style sheet set again on a palette or style change (while Qt hands the change down the
        # widgets) swaps the card's style object under Qt's feet.
        self.card = QLabel(self)
        self.card.setObjectName("inputSpaceCard")
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.card.setAutoFillBackground(True)
        self.card.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.card.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.card.setFrameShape(QFrame.Shape.Box)
        self.card.setMargin(5)
        self.card.hide()

    # -- what is shown --------------------------------------------------------------------------
    def set_space(self, space: Space | None, names: list[str]) -> None:
        """Show this space (None: nothing, with empty_text); the card, if shown, follows."""
        if space is not None and (self.space is None or space.dims != self.space.dims):
            self._update_cursor(space)
        self.space, self.names = space, names
        self._layout = None
        self.update()
        if self.card.isVisible() and self._hover is not None:
            self._show_card(self._hover)

    def set_planes(self, planes: list[int] | None) -> None:
        self.planes = None if planes is None else list(planes)
        self._layout = None
        self.update()

    def reset_view(self) -> None:
        """Face the cube from the readable default angle again."""
        self.turn_to(geometry.DEFAULT_YAW, geometry.DEFAULT_PITCH)

    def turn_to(self, yaw: float, pitch: float) -> None:
        yaw = math.remainder(yaw, 2 * math.pi)
        pitch = geometry.clamp_pitch(pitch)
        if (yaw, pitch) != (self.yaw, self.pitch):
            self.yaw, self.pitch = yaw, pitch
            self._layout = None
            self.update()
            self.viewChanged.emit()

    def current_layout(self) -> Layout | None:
        """Where everything is drawn now (None with nothing to draw)."""
        if self.space is None:
            return None
        if self._layout is None or self._layout.rect != QRectF(self.rect()):
            space = self.space
            self._layout = layout(space, QRectF(self.rect()), self.yaw, self.pitch, self.look(),
                                  self.planes)
            key = (self._layout.rect.getRect(), self.yaw, self.pitch, space.kind, space.axes,
                   tuple(space.low), tuple(space.high), tuple(self.names), id(self._look))
            if key != self._static_key:  # a new geometry: its fixed labels are placed anew
                self._static_key, self._static = key, {}
            self._layout.static = self._static
        return self._layout

    def look(self) -> Look:
        if self._look is None:
            self._look = Look.of(self)
        return self._look

    def render_to(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the drawing into any rectangle of any paint device (the exports), background included."""
        look = self.look()
        painter.fillRect(rect, look.background)
        if self.space is None:
            painter.setPen(look.muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        where = layout(self.space, rect, self.yaw, self.pitch, look, self.planes)
        draw(painter, self.space, where, look, self.planes, self.names)

    # -- Qt ---------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(440, 420)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self.about_to_paint is not None:
            self.about_to_paint()
        painter = QPainter(self)
        try:
            look = self.look()
            painter.fillRect(self.rect(), look.background)
            where = self.current_layout()
            if where is None or self.space is None:
                painter.setPen(look.muted)
                painter.drawText(QRectF(self.rect()).adjusted(12, 12, -12, -12),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            else:
                draw(painter, self.space, where, look, self.planes, self.names)
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        looks = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if event.type() in looks:
            self._look = None
            self._layout = None
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.space is not None and self.space.dims == 3:
            self._drag = event.position()
            self.card.hide()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        position = event.position()
        if self._drag is not None:
            dx, dy = position.x() - self._drag.x(), position.y() - self._drag.y()
            self._drag = position
            self.turn_to(self.yaw - dx * DRAG_SPEED, self.pitch + dy * DRAG_SPEED)
            event.accept()
            return
        self._hover = position
        self._show_card(position)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            self._update_cursor(self.space)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self.space is not None and self.space.dims == 3:
            self.reset_view()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._hover = None
        self.card.hide()
        super().leaveEvent(event)

    def _update_cursor(self, space: Space | None) -> None:
        if space is not None and space.dims == 3:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    # -- hovering -------------------------------------------------------------------------------------
    def targets_at(self, position: QPointF) -> list[Target]:
        """What is drawn under `position`: the nearest point within HOVER_RADIUS, and all at its place."""
        where = self.current_layout()
        if where is None or not where.targets:
            return []
        distances = [math.hypot(t.pos.x() - position.x(), t.pos.y() - position.y()) for t in where.targets]
        nearest = int(np.argmin(distances))
        if distances[nearest] > HOVER_RADIUS:
            return []
        here = where.targets[nearest].pos
        return [t for t in where.targets
                if abs(t.pos.x() - here.x()) < 1.5 and abs(t.pos.y() - here.y()) < 1.5]

    def card_text(self, targets: list[Target]) -> str:
        """The hover card for these targets (rich text): inputs, the answer, the expected output."""
        space = self.space
        if space is None or not targets:
            return ""
        situations = [t.index for t in targets if t.kind == "situation"]
        corners = [t.index for t in targets if t.kind == "corner"]
        riddle = any(t.kind == "riddle" for t in targets)
        lines = []
        if situations:
            numbers_text = ", ".join(str(n + 1) for n in situations)
            title = (self.tr("Situation {0}") if len(situations) == 1 else self.tr("Situations {0}")).format(
                numbers_text)
            first = situations[0]
            inputs, answer = space.inputs[first], float(space.answers[first])
            hidden = space.values[first] if space.kind == "hidden" else None
        elif corners:
            inputs = space.corner_values(corners[0])
            title = self.tr("Corner {0}").format(_values(space.corners[corners[0]]))
            answer, hidden = float(space.corner_answers[corners[0]]), None
        else:
            title = self.tr("The riddle")
            inputs, answer = space.riddle_inputs, space.riddle_answer
            hidden = space.riddle_values if space.kind == "hidden" else None
        lines.append(f"<b>{title}</b>")
        if riddle and (situations or corners):
            lines.append(self.tr("These inputs are the riddle."))
        lines.append(self.tr("Inputs: {0}").format(_values(inputs)))
        if hidden is not None:
            lines.append(self.tr("Hidden neurons: {0}").format(
                "  ".join(i18n.decimal(numbers.answer(v, 3)) for v in hidden)))
        lines.append(self.tr("Answer: {0}").format(i18n.decimal(numbers.answer(answer))))
        if situations:
            expected = sorted({float(space.expected[n]) for n in situations})
            lines.append(self.tr("Expected: {0}").format(" / ".join(i18n.decimal(numbers.short(v))
                                                                    for v in expected)))
            if not all(space.exact[n] for n in situations):
                lines.append(self.tr("(drawn faint: its inputs off the axes are not the riddle's)"))
        elif corners:
            lines.append(self.tr("Expected: none (not one of the situations)"))
        else:
            lines.append(self.tr("Expected: ? (this is the riddle)"))
        return "<br>".join(lines)

    def _show_card(self, position: QPointF) -> None:
        text = self.card_text(self.targets_at(position))
        if not text:
            self.card.hide()
            return
        self.card.setText(text)
        self.card.adjustSize()
        size = self.card.size()
        x = position.x() + 16
        y = position.y() + 16
        if x + size.width() > self.width() - 2:
            x = position.x() - 16 - size.width()
        if y + size.height() > self.height() - 2:
            y = position.y() - 16 - size.height()
        self.card.move(int(max(2, x)), int(max(2, y)))
        self.card.show()
        self.card.raise_()
