"""What the network diagram is drawn with: its colours and line widths, and its scene items."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QLineEdit

from nngui.qt import i18n

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

# TensorFlow Playground's convention: blue for positive, orange for negative, grey near zero.
POSITIVE = QColor("#1f77c9")
NEGATIVE = QColor("#ef8a17")
NEAR_ZERO = QColor("#9b9b9b")
# A neuron's fill goes from the background (output 0) to this colour (output 1).
ACTIVE = QColor("#178f6e")

# Line thickness is 1 px at weight 0 and approaches MAX_EDGE_WIDTH as |weight| grows:
# width = 1 + (MAX_EDGE_WIDTH - 1) * tanh(|weight| / EDGE_SATURATION).
MAX_EDGE_WIDTH = 10.0
EDGE_SATURATION = 5.0

Z_NEURON, Z_TAG, Z_HOVER = 10.0, 20.0, 9.0

# A negative weight's line is dashed as well as orange (colour is never the only code): dashes and
# gaps at least this many pixels long, longer on thick lines.
DASH_PX, GAP_PX = 9.0, 5.0


def dash_pattern(width: float) -> list[float]:
    """A pen's dash pattern (in units of its width, as Qt wants) for a dashed line `width` px wide."""
    width = max(width, 1.0)
    return [max(DASH_PX, 2.5 * width) / width, max(GAP_PX, 1.2 * width) / width]


def edge_width(weight: float, max_width: float = MAX_EDGE_WIDTH) -> float:
    """Line thickness in pixels: 1 at weight 0, strictly growing with |weight|, levelling off past ~8."""
    return float(edge_styles(np.array([weight], dtype=np.float64), max_width)[0][0])


def edge_styles(
    weights: np.ndarray, max_width: float = MAX_EDGE_WIDTH
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For a 1-D array of weights: line widths in pixels, RGB colours (rows, 0..1), strengths (0..1)."""
    magnitude = np.where(np.isfinite(weights), np.abs(weights), 0.0)
    strength = np.tanh(magnitude / EDGE_SATURATION)
    widths = 1.0 + (max_width - 1.0) * strength
    toward = np.where((weights > 0)[:, None], rgb(POSITIVE), rgb(NEGATIVE))
    grey = rgb(NEAR_ZERO)
    colors = grey + (toward - grey) * np.sqrt(np.minimum(magnitude, 1.0))[:, None]
    return widths, colors, strength


def edge_budgets(sizes: list[int], most: int) -> list[int]:
    """How many of each layer's weights are drawn when at most `most` (about) may be."""
    counts = [a * b for a, b in zip(sizes, sizes[1:])]
    total = sum(counts)
    if total <= most:
        return counts
    return [min(c, max(48, round(most * c / total))) for c in counts]


def rgb(color: QColor) -> np.ndarray:
    return np.array([color.redF(), color.greenF(), color.blueF()])


def mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def readable_on(fill: QColor) -> QColor:
    luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#111111") if luminance > 0.55 else QColor("#ffffff")


def short_value(value: float) -> str:
    """A neuron's value short enough to sit inside its circle: 1, 0, 0.73 (0,73 in Russian)."""
    if not math.isfinite(value):
        return "?"
    if value == round(value) and abs(value) < 1000:
        return str(int(round(value)))
    return i18n.decimal(f"{value:.2f}")


def pixel_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


class Tag(QGraphicsItem):
    """A short text centred on its position, optionally on a rounded plate (weights, values, captions)."""

    def __init__(self, font: QFont, framed: bool = False, reserve: str = "") -> None:
        super().__init__()
        self._font = font
        self._framed = framed
        self._text = ""
        self._reserve = reserve  # the rectangle is at least this text's size, so the layout never jumps
        self.edge: Edge | None = None  # the weight this tag writes, if any
        self.text_color = QColor(Qt.black)
        self.plate_color = QColor(Qt.white)
        self.border_color = QColor(Qt.gray)
        self._rect = QRectF()
        self.setZValue(Z_TAG)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self._measure()

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._measure()
            self.update()

    def text(self) -> str:
        return self._text

    def _measure(self) -> None:
        metrics = QFontMetricsF(self._font)
        width = max(metrics.horizontalAdvance(self._text), metrics.horizontalAdvance(self._reserve))
        pad = metrics.height() * 0.3 if self._framed else 0.0
        height = metrics.height()
        rect = QRectF(-width / 2 - pad, -height / 2 - pad * 0.4, width + 2 * pad, height + pad * 0.8)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        if not self._text:
            return
        if self._framed:
            painter.setPen(QPen(self.border_color, 0))
            painter.setBrush(self.plate_color)
            radius = self._rect.height() / 3
            painter.drawRoundedRect(self._rect, radius, radius)
        painter.setFont(self._font)
        painter.setPen(self.text_color)
        painter.drawText(self._rect, Qt.AlignCenter, self._text)


class Edge(QGraphicsPathItem):
    """One weight: a line from neuron i of one layer to neuron j of the next, easy to hover and hit."""

    def __init__(self, layer: int, i: int, j: int, path: QPainterPath, hit_width_px: float) -> None:
        super().__init__(path)
        self.layer, self.i, self.j = layer, i, j
        self.weight = math.nan
        self.style: tuple[float, int] = (0.0, 0)  # the pen's width and colour
        self.tip = ""  # "Weight from input 1 to the output: {2}"
        self.base_z = -1.0
        self.hovered = False
        self.label: Tag | None = None
        self._hit_width_px = hit_width_px
        self._scene_per_px = 1.0
        self._shape: QPainterPath | None = None
        self.setAcceptHoverEvents(True)

    def set_scene_per_px(self, scene_per_px: float) -> None:
        """The view's scale changed: the hover zone is a fixed number of pixels wide."""
        if scene_per_px != self._scene_per_px:
            self.prepareGeometryChange()
            self._scene_per_px = scene_per_px
            self._shape = None

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(self._hit_width_px * self._scene_per_px)
            stroker.setCapStyle(Qt.RoundCap)
            self._shape = stroker.createStroke(self.path())
        return self._shape

    def boundingRect(self) -> QRectF:
        return self.shape().boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        pen = self.pen()
        if self.hovered:
            halo = QPen(pen)
            halo.setWidthF(pen.widthF() + 4)
            color = QColor(pen.color())
            color.setAlpha(90)
            halo.setColor(color)
            painter.setPen(halo)
            painter.drawPath(self.path())
        painter.setPen(pen)
        painter.drawPath(self.path())

    def light(self, on: bool) -> None:
        """Stand out (a halo, on top of the other lines) as under the mouse, or stop standing out."""
        self.hovered = on
        self.setZValue(Z_HOVER if on else self.base_z)
        self.update()

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001
        self.light(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.light(False)
        super().hoverLeaveEvent(event)


class Neuron(QGraphicsEllipseItem):
    """A neuron: a circle shaded by its output, the value written inside (or beside, for an output)."""

    def __init__(self, center: QPointF, radius: float, inside: Tag | None, beside: Tag | None) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.setPos(center)
        self.setZValue(Z_NEURON)
        self.radius = radius
        self.inside = inside
        self.beside = beside
        self.value = math.nan
        self.title = ""
        for tag in (inside, beside):
            if tag is not None:
                tag.setParentItem(self)

    def restyle(self, palette: QPalette) -> None:
        """Shade the circle by its value (the background's colour for 0, ACTIVE for 1), write the value
        inside or beside it and in its tool tip; unshaded and blank while the value is NaN."""
        background = palette.color(QPalette.Base)
        value = self.value
        if math.isnan(value):
            fill = background
            self.setToolTip(self.title)
        else:
            fill = mix(background, ACTIVE, value)
            tip = translate("NetworkDiagram", "{0}: {1}")  # "Output: 0.99994"
            self.setToolTip(tip.format(self.title, i18n.decimal(f"{value:.6g}")))
        self.setBrush(QBrush(fill))
        outline = QPen(mix(background, palette.color(QPalette.Text), 0.55), 1.5)
        outline.setCosmetic(True)
        self.setPen(outline)
        if self.inside is not None:
            self.inside.text_color = readable_on(fill)
            self.inside.set_text("" if math.isnan(value) else short_value(value))
            self.inside.update()
        if self.beside is not None:
            self.beside.set_text("" if math.isnan(value) else i18n.decimal(f"{value:.5f}"))


class WeightEditor(QLineEdit):
    """The inline box for typing a weight: Enter commits, Escape (or leaving it) cancels."""

    cancelled = Signal()  # the user gave up: Escape, or focus went elsewhere

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001
        super().focusOutEvent(event)
        if event.reason() not in (Qt.PopupFocusReason, Qt.ActiveWindowFocusReason):
            self.cancelled.emit()
