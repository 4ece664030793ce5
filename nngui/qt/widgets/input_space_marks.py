"""The input space's marks: its colours, the layout's records, and the marks every drawing shares.

A corner or situation is a disc of the answer's colour (the diagram's scale), a situation also a
square for its expected output (filled 1, hollow 0); the riddle a ring with its answer; a plane an
arrow toward its side that answers 1. input_space_paint.py lays them out and draws the spaces.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from nngui.model import geometry, numbers
from nngui.model.geometry import Space
from nngui.model.network import Array
from nngui.qt import i18n
from nngui.qt.widgets.diagram import ACTIVE

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

#: The output neuron's plane, and the first hidden layer's neurons' planes, one colour each (none
#: of them the diagram's blue and orange of the weights' signs, nor its green of the answers).
PLANE_COLOUR = QColor("#5b4b9a")
HIDDEN_COLOURS = [QColor(c) for c in ("#d62728", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
                                      "#9467bd", "#393b79")]
#: Expected 1 is a filled square of the answers' "1" colour; expected 0 a hollow one.
EXPECTED_ONE = ACTIVE.darker(135)
RADIUS = 8.0           # a corner's disc, in pixels
MARGIN = 12.0          # around the drawing, in pixels
ARROW_LENGTH = 0.22    # the arrow toward the side that answers 1, in cube sides
MAX_LABELLED = 16      # at most this many points of the hidden space carry their inputs


def plane_colour(neuron: int | None) -> QColor:
    """The colour of the output's plane (None) or of hidden neuron `neuron`'s (from 0)."""
    return PLANE_COLOUR if neuron is None else HIDDEN_COLOURS[neuron % len(HIDDEN_COLOURS)]


def shade(value: float, background: QColor) -> QColor:
    """The diagram's colour scale for a neuron's output: the background at 0, its green at 1."""
    t = 0.0 if not math.isfinite(value) else min(max(value, 0.0), 1.0)
    return QColor.fromRgbF(*(b + (a - b) * t for a, b in zip(rgb(ACTIVE), rgb(background))))


def rgb(colour: QColor) -> tuple[float, float, float]:
    return colour.redF(), colour.greenF(), colour.blueF()


def heatmap(grid: Array, background: QColor) -> QImage:
    """A (rows, columns) grid of answers as an image in shade()'s colours, the grid's first row at the
    bottom."""
    values = np.clip(np.nan_to_num(np.asarray(grid, dtype=np.float64)[::-1]), 0.0, 1.0)
    low, high = np.array(rgb(background)), np.array(rgb(ACTIVE))
    c = np.round(255 * (low + (high - low) * values[..., None])).astype(np.uint32)
    pixels = np.ascontiguousarray((0xFF << 24) | (c[..., 0] << 16) | (c[..., 1] << 8) | c[..., 2])
    image = QImage(pixels.data, pixels.shape[1], pixels.shape[0], 4 * pixels.shape[1],
                   QImage.Format.Format_RGB32)
    return image.copy()  # its own pixels: the array goes away


@dataclass
class Look:
    """The colours and fonts of one drawing, from a widget's palette."""

    background: QColor
    text: QColor
    muted: QColor
    frame: QColor
    highlight: QColor
    font: QFont
    small: QFont

    @classmethod
    def of(cls, widget: QWidget) -> Look:
        palette = widget.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        font = QFont(widget.font())
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return cls(background, text, mix(background, text, 0.55), mix(background, text, 0.35),
                   QColor("#d4a017") if background.lightnessF() > 0.5 else QColor("#ffd24a"), font, small)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(rgb(a), rgb(b))))


@dataclass
class Target:
    """Something the mouse can point at: a corner, a situation (by number from 0) or the riddle."""

    kind: str        # "corner", "situation" or "riddle"
    index: int
    pos: QPointF


@dataclass
class Layout:
    """Where everything goes in a rectangle: the plot, the points in pixels, the legend below."""

    rect: QRectF
    plot: QRectF
    legend: list[list[tuple[float, Chunk]]]
    legend_top: float
    corners: Array               # (c, 2) pixels
    corner_depth: Array          # (c,) 3-D only, else zeros
    points: Array                # (n, 2) pixels: where each situation is drawn
    riddle: QPointF
    targets: list[Target] = field(default_factory=list)
    yaw: float = 0.0
    pitch: float = 0.0
    taken: list[QRectF] = field(default_factory=list)  # the labels drawn so far (the riddle's avoids them)
    # Labels that stay put while the answers change (the corners', the axes'), placed once: the view
    # hands every layout of the same geometry the same dict.
    static: dict[str, list[tuple[QRectF, str]]] = field(default_factory=dict)

    def to_pixels(self, space: Space, values: Array) -> Array:
        """Points of the space (rows of its d coordinates; 1-D: (x, answer)) in pixels."""
        values = np.asarray(values, dtype=np.float64)
        if space.dims == 3:
            screen, _ = geometry.project(geometry.unit(values, space.low, space.high), self.yaw, self.pitch)
            return self._from_screen(screen)
        if space.dims == 2:
            u = geometry.unit(values, space.low, space.high)
        else:
            answers = (values[:, 1] - space.answer_low) / (1.0 - space.answer_low)  # tanh: -1 … 1
            u = np.column_stack([geometry.unit(values[:, 0], space.low[0], space.high[0]), answers])
        plot = self.plot
        return np.column_stack([plot.left() + u[:, 0] * plot.width(),
                                plot.bottom() - u[:, 1] * plot.height()])

    def _from_screen(self, screen: Array) -> Array:
        centre, scale = self.plot.center(), min(self.plot.width(), self.plot.height()) * 0.53
        return np.column_stack([centre.x() + screen[:, 0] * scale, centre.y() - screen[:, 1] * scale])


@dataclass
class Chunk:
    kind: str            # "shade", "filled", "hollow", "riddle", "plane", "text"
    text: str
    colour: QColor | None = None



def plane_arrow(painter: QPainter, space: Space, where: Layout, plane) -> None:  # noqa: ANN001
    """A short arrow from the middle of the plane toward the side where the neuron answers above 0.5."""
    span = space.high - space.low
    normal = plane.weights * span  # the normal in the unit box's coordinates
    if not np.any(normal):
        return
    start = geometry.unit(plane.points.mean(axis=0), space.low, space.high)
    end = start + ARROW_LENGTH * normal / np.linalg.norm(normal)
    pixels = where.to_pixels(space, space.low + np.vstack([start, end]) * span)
    arrow(painter, QPointF(*pixels[0]), QPointF(*pixels[1]), plane_colour(plane.neuron), "1")

def arrow(painter: QPainter, start: QPointF, end: QPointF, colour: QColor, label: str) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length < 4:
        return
    ux, uy = dx / length, dy / length
    painter.setPen(QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(start, end)
    head = 8.0
    left = QPointF(end.x() - head * ux + head * 0.5 * uy, end.y() - head * uy - head * 0.5 * ux)
    right = QPointF(end.x() - head * ux - head * 0.5 * uy, end.y() - head * uy + head * 0.5 * ux)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([end, left, right]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    centre = QPointF(end.x() + ux * metrics.height() * 0.7, end.y() + uy * metrics.height() * 0.7)
    box = QRectF(0, 0, metrics.horizontalAdvance(label) + 4, metrics.height())
    box.moveCenter(centre)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    font.setBold(False)
    painter.setFont(font)

def corner_discs(painter: QPainter, space: Space, where: Layout, look: Look, order: Array) -> None:
    for n in order:
        disc(painter, QPointF(*where.corners[n]), RADIUS, space.corner_answers[n], look)

def disc(painter: QPainter, centre: QPointF, radius: float, answer: float, look: Look) -> None:
    painter.setPen(QPen(look.background, 1.5))
    painter.setBrush(shade(answer, look.background))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QPen(look.muted, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius + 0.8, radius + 0.8)

def coordinate(value: float) -> str:
    return i18n.decimal(numbers.short(value))

def label_outward(painter: QPainter, at: QPointF, middle: QPointF, text: str, gap: float,
                   where: Layout | None = None, draw: bool = True) -> QRectF:
    """Text next to a point, on the side away from `middle` (the drawing's centre), kept in the layout's
    rectangle; where another label is in the way, turned a quarter round the point (or half).
    Returns where it goes (drawn there unless `draw` is False)."""
    metrics = QFontMetricsF(painter.font())
    dx, dy = at.x() - middle.x(), at.y() - middle.y()
    length = math.hypot(dx, dy) or 1.0
    width, height = metrics.horizontalAdvance(text) + 2, metrics.height()
    boxes = []
    for ux, uy in ((dx, dy), (-dy, dx), (dy, -dx), (-dx, -dy)):
        ux, uy = ux / length, uy / length
        # Far enough along the direction that the text's box clears the point.
        reach = gap + 0.5 * abs(ux) * width + 0.5 * abs(uy) * height
        box = QRectF(0, 0, width, height)
        box.moveCenter(QPointF(at.x() + ux * reach, at.y() + uy * reach))
        if where is not None:
            bounds = where.rect
            box.moveLeft(min(max(box.left(), bounds.left()), bounds.right() - box.width()))
            box.moveTop(min(max(box.top(), bounds.top()), bounds.bottom() - box.height()))
        boxes.append(box)
    box = boxes[0]
    if where is not None:
        clear = [t.adjusted(-2, -2, 2, 2) for t in where.taken]
        box = next((b for b in boxes if not any(b.intersects(t) for t in clear)), box)
        where.taken.append(box)
    if draw:
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box


def static_labels(painter: QPainter, where: Layout, key: str,
                  place: Callable[[], list[tuple[QRectF, str]]]) -> None:
    """Draw labels that stay put while the answers change: placed by `place` the first time for this
    geometry, then only drawn again (and still kept clear of by the riddle's answer)."""
    placed = where.static.get(key)
    if placed is None:
        placed = where.static[key] = place()
    else:
        where.taken.extend(box for box, _ in placed)
    for box, text in placed:
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

def situations(painter: QPainter, space: Space, where: Layout, look: Look, skip_corner_points: bool) -> None:
    """Each situation: a square for its expected output (filled 1, hollow 0) around a disc of its answer.

    Situations whose coordinates off the axes differ from the held ones are drawn faint."""
    labelled = space.kind == "hidden" and space.points.shape[0] <= MAX_LABELLED
    middle = where.plot.center()
    if labelled and space.points.shape[0]:
        middle = QPointF(*where.points.mean(axis=0))
    for n in (range(space.points.shape[0]) if labelled else seen(where.points, space.exact)):
        centre = QPointF(*where.points[n])
        painter.setOpacity(1.0 if space.exact[n] else 0.35)
        expected_mark(painter, centre, space.expected[n], look)
        at_corner = skip_corner_points and space.dims > 1 and np.all(
            (space.points[n] == space.low) | (space.points[n] == space.high))
        if not at_corner or not space.exact[n]:
            disc(painter, centre, RADIUS * (0.8 if space.dims > 1 else 0.6), space.answers[n], look)
        if labelled:
            painter.setFont(look.small)
            painter.setPen(look.muted)
            text = " ".join(coordinate(v) for v in space.inputs[n])
            label_outward(painter, centre, middle, text, RADIUS + 8, where)
            painter.setFont(look.font)
    painter.setOpacity(1.0)
    if space.dims > 1 and skip_corner_points:  # the corners' discs go over the squares again
        exact = space.points[np.asarray(space.exact, dtype=bool)]
        hit = (exact[:, None, :] == space.corners[None, :, :]).all(axis=2).any(axis=0) if exact.size else []
        for corner in np.flatnonzero(hit):
            disc(painter, QPointF(*where.corners[corner]), RADIUS, space.corner_answers[corner], look)

#: Faint situations drawn on one spot at most: more would look the same (each is 35 % opaque), and a
#: thousand situations of 64 inputs fall on the cube's eight corners.
FAINT_LAYERS = 4


def seen(points: Array, exact: Array) -> list[int]:
    """The situations worth drawing, in order: on each spot the last exact one (it covers those before
    it) and the last FAINT_LAYERS faint ones; every situation when each has its own spot."""
    spots = np.round(np.asarray(points) * 2).astype(np.int64)  # to half a pixel
    kept: dict[tuple[int, int, bool], int] = {}
    chosen = []
    for n in range(len(spots) - 1, -1, -1):
        key = (int(spots[n, 0]), int(spots[n, 1]), bool(exact[n]))
        layers = kept.get(key, 0)
        if layers < (1 if key[2] else FAINT_LAYERS):
            kept[key] = layers + 1
            chosen.append(n)
    chosen.reverse()
    return chosen


def expected_mark(painter: QPainter, centre: QPointF, expected: float, look: Look) -> None:
    half = RADIUS + 4.5
    box = QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)
    if expected > 0.5:
        painter.setPen(QPen(EXPECTED_ONE.darker(120), 1.0))
        painter.setBrush(EXPECTED_ONE)
    else:
        painter.setPen(QPen(look.text, 1.8))
        painter.setBrush(look.background)
    painter.drawRect(box)
    painter.setBrush(Qt.BrushStyle.NoBrush)

def riddle_mark(painter: QPainter, space: Space, where: Layout, look: Look) -> None:
    """The riddle: a ring in the highlight colour and its answer beside it."""
    centre = where.riddle
    radius = RADIUS + 9
    painter.setPen(QPen(look.highlight, 3.0))
    painter.drawEllipse(centre, radius, radius)
    if space.dims == 1 or (space.kind == "hidden" and not np.all(space.points == space.riddle, axis=1).any()):
        disc(painter, centre, RADIUS * 0.7, space.riddle_answer, look)
    font = QFont(look.font)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(look.text)
    answer = i18n.decimal(numbers.answer(space.riddle_answer))
    text = translate("InputSpaceView", "riddle: {0}").format(answer)
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(text) + 6, metrics.height()
    reach = radius * 0.75
    candidates = [QRectF(centre.x() + dx * (reach + 2) - (width if dx < 0 else 0),
                         centre.y() + dy * (reach + 2) - (height if dy < 0 else 0), width, height)
                  for dx, dy in ((1, -1), (1, 1), (-1, -1), (-1, 1))]
    inside = [box for box in candidates if where.rect.contains(box)] or candidates
    # The place that covers the least of the other labels and marks (with some air around them).
    around = candidates[0].united(candidates[3]).adjusted(-8, -8, 8, 8)  # where the label may go
    others = [t.adjusted(-8, -8, 8, 8) for t in where.taken
              if t.intersects(around) and not t.contains(centre)]

    def covered(box: QRectF) -> float:
        return sum(max(0.0, (overlap := box.intersected(t)).width() * overlap.height()) for t in others)

    box = min(inside, key=covered)
    painter.fillRect(box, translucent(look.background, 200))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.setFont(look.font)

def translucent(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result
