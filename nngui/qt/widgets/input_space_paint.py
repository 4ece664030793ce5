"""Drawing the input space with QPainter: the cube in perspective, the square's heatmap, the answer's curve.

The view (input_space_view.py) keeps the state; this module turns a geometry.Space into pixels,
the same way on the screen, into a PNG and into an SVG. layout() places everything (the view also
uses it to find what the mouse is over) and draw() paints it, with the marks of input_space_marks.
"""

from __future__ import annotations

import functools
import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from nngui.model import geometry, numbers
from nngui.model.geometry import Space
from nngui.model.network import Array
from nngui.qt import i18n
from nngui.qt.widgets.diagram import ACTIVE
from nngui.qt.widgets.diagram_legend import flow
from nngui.qt.widgets.input_space_marks import (
    MARGIN,
    PLANE_COLOUR,
    RADIUS,
    Chunk,
    Layout,
    Look,
    Target,
    arrow,
    coordinate,
    corner_discs,
    disc,
    expected_mark,
    heatmap,
    label_outward,
    plane_arrow,
    plane_colour,
    riddle_mark,
    shade,
    situations,
    static_labels,
)

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

_ARROWS = "→↗↑↖←↙↓↘"  # an axis' arrow by its direction on the screen, counter-clockwise from the right


# -- layout ------------------------------------------------------------------------------------------

def layout(space: Space, rect: QRectF, yaw: float, pitch: float, look: Look,
           planes: list[int] | None) -> Layout:
    """Place the plot, the points and the legend in `rect` (planes: as draw() takes them)."""
    metrics = QFontMetricsF(look.small)
    rows = _flow(_legend(space, planes), rect.width() - 2 * MARGIN, metrics)
    legend_height = len(rows) * metrics.height() * 1.5
    room = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN - legend_height)
    font = QFontMetricsF(look.font)
    if space.dims == 3:
        side = max(10.0, min(room.width(), room.height()))
        plot = QRectF(0, 0, side, side)
        plot.moveCenter(room.center())
    else:
        h = font.height()
        inner = room.adjusted(h * 3.4, h * 1.4, -h * 1.6, -h * 2.8)
        if space.dims == 2:
            side = max(10.0, min(inner.width(), inner.height()))
            plot = QRectF(inner.left() + (inner.width() - side) / 2, inner.top(), side, side)
        else:  # the answers' 0 and 1 a little inside the frame, so the squares on them show whole
            height = max(10.0, min(inner.height(), inner.width() * 0.8)) - 2 * RADIUS
            plot = QRectF(inner.left(), inner.center().y() - height / 2, max(10.0, inner.width()), height)
    out = Layout(rect, plot, rows, rect.bottom() - MARGIN / 2 - legend_height,
                 np.zeros((0, 2)), np.zeros(0), np.zeros((0, 2)), QPointF(), yaw=yaw, pitch=pitch)
    if space.dims == 1:
        corner_xy = np.column_stack([space.corners[:, 0], space.corner_answers])
        out.corners = out.to_pixels(space, corner_xy)
        out.points = out.to_pixels(space, np.column_stack([space.points[:, 0], space.answers]))
        riddle = out.to_pixels(space, np.array([[space.riddle[0], space.riddle_answer]]))[0]
    else:
        out.corners = out.to_pixels(space, space.corners)
        out.points = out.to_pixels(space, space.points)
        riddle = out.to_pixels(space, space.riddle[None, :])[0]
    if space.dims == 3:
        unit_corners = geometry.unit(space.corners, space.low, space.high)
        _, out.corner_depth = geometry.project(unit_corners, yaw, pitch)
    else:
        out.corner_depth = np.zeros(space.corners.shape[0])
    out.riddle = QPointF(*riddle)
    out.targets = [Target("situation", n, QPointF(*p)) for n, p in enumerate(out.points)]
    out.targets.append(Target("riddle", 0, out.riddle))
    if space.kind == "input":
        out.targets += [Target("corner", n, QPointF(*p)) for n, p in enumerate(out.corners)]
    return out


def _legend(space: Space, planes: list[int] | None) -> list[list[Chunk]]:
    groups = [[Chunk("shade", translate("InputSpaceView", "answer 0 … 1"))],
              [Chunk("filled", translate("InputSpaceView", "expected 1")),
               Chunk("hollow", translate("InputSpaceView", "expected 0"))],
              [Chunk("riddle", translate("InputSpaceView", "riddle"))]]
    if space.single:
        if space.dims == 3:
            what = translate("InputSpaceView", "plane: answer 0.5")
        elif space.dims == 2:
            what = translate("InputSpaceView", "line: answer 0.5")
        else:
            what = translate("InputSpaceView", "point: answer 0.5")
        groups.append([Chunk("plane", what, PLANE_COLOUR)])
        return groups
    if space.dims == 2:  # the answer's own 0.5 contour, curved behind a hidden layer
        groups.append([Chunk("plane", translate("InputSpaceView", "answer 0.5"), None)])
    shown = [p for p in space.planes if planes is None or p.neuron in planes]
    if shown:
        groups.append([Chunk("text", translate("InputSpaceView", "where hidden neuron … is 0.5:"))]
                      + [Chunk("plane", str(p.neuron + 1), plane_colour(p.neuron)) for p in shown])
    return groups


def _flow(groups: list[list[Chunk]], width: float,
          metrics: QFontMetricsF) -> list[list[tuple[float, Chunk]]]:
    return flow(groups, width, metrics, _chunk_width)


def _chunk_width(chunk: Chunk, metrics: QFontMetricsF) -> float:
    sample = {"shade": 44.0, "plane": 18.0, "text": 0.0}.get(chunk.kind, metrics.height())
    return sample + (4.0 if sample else 0.0) + metrics.horizontalAdvance(chunk.text)


# -- drawing ------------------------------------------------------------------------------------------

def draw(painter: QPainter, space: Space, where: Layout, look: Look, planes: list[int] | None,
         names: list[str]) -> None:
    """Paint the space as laid out. `planes`: the hidden neurons whose planes to show (None: all);
    `names`: each coordinate's name ("Input 1", "Hidden neuron 2")."""
    painter.save()
    half = RADIUS + 5  # the labels keep off the points' marks
    where.taken = [QRectF(t.pos.x() - half, t.pos.y() - half, 2 * half, 2 * half) for t in where.targets]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setFont(look.font)
    shown = [p for p in space.planes if planes is None or p.neuron in planes]
    if space.dims == 3:
        _draw_cube(painter, space, where, look, shown, names)
    elif space.dims == 2:
        _draw_square(painter, space, where, look, shown, names)
    else:
        _draw_line(painter, space, where, look, shown, names)
    _draw_legend(painter, where, look)
    painter.restore()


def _draw_cube(painter: QPainter, space: Space, where: Layout, look: Look, planes: list,
               names: list[str]) -> None:
    corners, depth = where.corners, where.corner_depth
    hidden_edges, front_edges = _edges_by_facing(where.yaw, where.pitch)
    _lines(painter, corners, hidden_edges, QPen(look.frame, 1.0, Qt.PenStyle.DashLine))
    inputs = space.kind == "input"
    far = np.flatnonzero(depth > 0)
    near = np.flatnonzero(depth <= 0)
    if inputs:
        corner_discs(painter, space, where, look, far[np.argsort(-depth[far])])
    for plane in planes:
        if plane.points.shape[0] >= 3:
            _plane_polygon(painter, space, where, plane, alpha=90 if len(planes) == 1 else 55)
    _lines(painter, corners, front_edges, QPen(look.frame, 1.4))
    _axis_names(painter, space, where, look, names, front_edges)
    if inputs:
        corner_discs(painter, space, where, look, near[np.argsort(-depth[near])])
        _corner_labels(painter, space, where, look)
    situations(painter, space, where, look, skip_corner_points=inputs)
    for plane in planes:
        if plane.points.shape[0] >= 3:
            plane_arrow(painter, space, where, plane)
    riddle_mark(painter, space, where, look)


@functools.lru_cache(maxsize=64)
def _edges_by_facing(yaw: float, pitch: float) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The cube's edges behind it (both faces next to them turned away) and the others."""
    rotation = geometry.rotation(yaw, pitch)
    eye = np.array([0.0, 0.0, -geometry.CAMERA_DISTANCE])
    visible = {}
    for axis in range(3):
        for value in (0, 1):
            normal = np.zeros(3)
            normal[axis] = 1.0 if value else -1.0
            centre = rotation @ (np.full(3, 0.5) + 0.5 * normal - 0.5)
            visible[(axis, value)] = float((centre - eye) @ (rotation @ normal)) < 0
    corners = geometry.box_corners([0, 0, 0], [1, 1, 1])
    hidden, front = [], []
    for i, j in geometry.box_edges(3):
        same = [(axis, int(corners[i][axis])) for axis in range(3) if corners[i][axis] == corners[j][axis]]
        (hidden if not any(visible[face] for face in same) else front).append((i, j))
    return hidden, front


def _lines(painter: QPainter, pixels: Array, pairs: list[tuple[int, int]], pen: QPen) -> None:
    painter.setPen(pen)
    for i, j in pairs:
        painter.drawLine(QPointF(*pixels[i]), QPointF(*pixels[j]))


def _plane_polygon(painter: QPainter, space: Space, where: Layout, plane, alpha: int) -> None:  # noqa: ANN001
    colour = plane_colour(plane.neuron)
    fill = QColor(colour)
    fill.setAlpha(alpha)
    polygon = QPolygonF([QPointF(*p) for p in where.to_pixels(space, plane.points)])
    # The fill without antialiasing (a translucent antialiased fill costs several times more, and
    # the antialiased outline drawn over it hides the difference).
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPolygon(polygon)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, 1.6))
    painter.drawPolygon(polygon)


def _corner_labels(painter: QPainter, space: Space, where: Layout, look: Look) -> None:
    painter.setFont(look.small)
    painter.setPen(look.muted)
    middle = QPointF(*where.corners.mean(axis=0))

    def place() -> list[tuple[QRectF, str]]:
        placed = []
        for n, pixel in enumerate(where.corners):
            text = " ".join(coordinate(v) for v in space.corners[n])
            placed.append((label_outward(painter, QPointF(*pixel), middle, text, RADIUS + 11, where,
                                         draw=False), text))
        return placed

    static_labels(painter, where, "corners", place)
    painter.setFont(look.font)


def _axis_names(painter: QPainter, space: Space, where: Layout, look: Look, names: list[str],
                front_edges: list[tuple[int, int]]) -> None:
    """Each axis' name by an edge along it, with an arrow toward its high end: the edge from the low
    corner if it shows, else the lowest edge along that axis that shows."""
    painter.setPen(look.text)
    middle = QPointF(*where.corners.mean(axis=0))
    corners = where.corners

    def place() -> list[tuple[QRectF, str]]:
        placed = []
        for k, axis in enumerate(space.axes):
            bit = 1 << (2 - k)
            along = [(i, j) for i, j in front_edges if j == i | bit and i != j]
            if not along:
                continue
            lowest = max(along, key=lambda e: corners[e[0], 1] + corners[e[1], 1])
            i, j = (0, bit) if (0, bit) in along else lowest
            start, end = QPointF(*corners[i]), QPointF(*corners[j])
            half = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
            angle = math.degrees(math.atan2(start.y() - end.y(), end.x() - start.x()))  # y grows down
            text = f"{names[axis]} {_ARROWS[round(angle / 45) % 8]}"
            placed.append((label_outward(painter, half, middle, text, 10, where, draw=False), text))
        return placed

    static_labels(painter, where, "axes", place)


# -- two inputs: the square, one input: the curve -----------------------------------------------------

def _draw_square(painter: QPainter, space: Space, where: Layout, look: Look, planes: list,
                 names: list[str]) -> None:
    plot = where.plot
    painter.drawImage(plot, heatmap(space.grid, look.background))
    painter.setPen(QPen(look.frame, 1.2))
    painter.drawRect(plot)
    # The answer's 0.5 contour (a straight line for one neuron, curved behind a hidden layer).
    segments = space.contour
    if segments.shape[0]:
        ends = where.to_pixels(space, segments.reshape(-1, 2)).reshape(-1, 2, 2)
        colour = PLANE_COLOUR if space.single else look.text
        painter.setPen(QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for a, b in ends:
            painter.drawLine(QPointF(*a), QPointF(*b))
    for plane in planes:
        if plane.points.shape[0] < 2:
            continue
        if not space.single:
            ends = where.to_pixels(space, plane.points)
            painter.setPen(QPen(plane_colour(plane.neuron), 2.0, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(*ends[0]), QPointF(*ends[1]))
        plane_arrow(painter, space, where, plane)
    _ticks(painter, space, where, look, names, answer_axis=False)
    if space.kind == "input":
        corner_discs(painter, space, where, look, np.arange(space.corners.shape[0]))
        painter.setFont(look.small)
        painter.setPen(look.muted)

        def place() -> list[tuple[QRectF, str]]:
            placed = []
            for n, pixel in enumerate(where.corners):
                text = " ".join(coordinate(v) for v in space.corners[n])
                placed.append((label_outward(painter, QPointF(*pixel), plot.center(), text, RADIUS + 8,
                                             where, draw=False), text))
            return placed

        static_labels(painter, where, "corners", place)
        painter.setFont(look.font)
    situations(painter, space, where, look, skip_corner_points=space.kind == "input")
    riddle_mark(painter, space, where, look)


def _ticks(painter: QPainter, space: Space, where: Layout, look: Look, names: list[str],
           answer_axis: bool) -> None:
    """The axes' ends and names: the first axis below the plot, the second (or the answer) on the left."""
    plot = where.plot
    metrics = QFontMetricsF(look.font)
    painter.setPen(look.text)
    h = metrics.height()
    frame = _frame(space, plot)
    # The box's ends, where the corners' labels do not already say them.
    ends = answer_axis or space.kind != "input"
    if ends:
        low, high = coordinate(space.low[0]), coordinate(space.high[0])
        top = frame.bottom() + 10
        painter.drawText(QRectF(plot.left() - 30, top, 60, h), Qt.AlignmentFlag.AlignCenter, low)
        painter.drawText(QRectF(plot.right() - 30, top, 60, h), Qt.AlignmentFlag.AlignCenter, high)
    painter.drawText(QRectF(plot.left(), frame.bottom() + 10 + h * 1.1, plot.width(), h),
                     Qt.AlignmentFlag.AlignCenter, names[space.axes[0]] + " →")
    if answer_axis:
        ticks = [(0.0, "0"), (0.5, i18n.decimal("0.5")), (1.0, "1")]
        if space.answer_low < 0:  # a tanh output: its answers go down to -1
            ticks = [(space.answer_low, i18n.decimal(numbers.short(space.answer_low))), *ticks]
        ticks = [((v - space.answer_low) / (1.0 - space.answer_low), text) for v, text in ticks]
        title = translate("InputSpaceView", "Answer")
    else:
        ticks = [(0.0, coordinate(space.low[1])), (1.0, coordinate(space.high[1]))] if ends else []
        title = names[space.axes[1]] + " →"
    for value, text in ticks:
        y = plot.bottom() - value * plot.height()
        painter.drawText(QRectF(plot.left() - 6 - 50, y - h / 2, 50, h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    painter.save()
    painter.translate(plot.left() - h * 2.6, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, -h / 2, plot.height(), h), Qt.AlignmentFlag.AlignCenter,
                     title)
    painter.restore()


def _frame(space: Space, plot: QRectF) -> QRectF:
    """The frame drawn around the plot: the curve's leaves room above 1 and below 0."""
    return plot.adjusted(0, -RADIUS - 4, 0, RADIUS + 4) if space.dims == 1 else plot


def _draw_line(painter: QPainter, space: Space, where: Layout, look: Look, planes: list,
               names: list[str]) -> None:
    plot = where.plot
    frame = _frame(space, plot)
    strip = QRectF(plot.left(), frame.bottom(), plot.width(), 8)
    painter.drawImage(strip, heatmap(space.grid[None, :], look.background))
    painter.setPen(QPen(look.frame, 1.2))
    painter.drawRect(frame)
    half = where.to_pixels(space, np.array([[space.low[0], 0.5]]))[0, 1]
    painter.setPen(QPen(look.muted, 1.0, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(plot.left(), half), QPointF(plot.right(), half))
    for plane in planes:  # each neuron's 0.5 point: a vertical line
        if plane.points.shape[0] == 0:
            continue
        x = where.to_pixels(space, np.array([[plane.points[0, 0], 0.5]]))[0, 0]
        colour = plane_colour(plane.neuron)
        painter.setPen(QPen(colour, 2.0, Qt.PenStyle.SolidLine if space.single else Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
        toward = 1.0 if plane.weights[0] > 0 else -1.0
        top = frame.top() + 14
        arrow(painter, QPointF(x, top), QPointF(x + toward * 28, top), colour, "1")
    xs = np.linspace(space.low[0], space.high[0], space.grid.size)
    curve = where.to_pixels(space, np.column_stack([xs, space.grid]))
    path = QPainterPath(QPointF(*curve[0]))
    for p in curve[1:]:
        path.lineTo(QPointF(*p))
    painter.setPen(QPen(ACTIVE.darker(120), 2.4))
    painter.drawPath(path)
    _ticks(painter, space, where, look, names, answer_axis=True)
    # Each situation's expected output (the square) and its answer on the curve: the gap is its error.
    expected = where.to_pixels(space, np.column_stack([space.points[:, 0], space.expected]))
    for n in range(space.points.shape[0]):
        painter.setOpacity(1.0 if space.exact[n] else 0.35)
        painter.setPen(QPen(look.muted, 1.0, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(*expected[n]), QPointF(*where.points[n]))
        expected_mark(painter, QPointF(*expected[n]), space.expected[n], look)
        disc(painter, QPointF(*where.points[n]), RADIUS * 0.7, space.answers[n], look)
    painter.setOpacity(1.0)
    if space.kind == "input":
        corner_discs(painter, space, where, look, np.arange(space.corners.shape[0]))
    riddle_mark(painter, space, where, look)


# -- the legend -----------------------------------------------------------------------------------------

def _draw_legend(painter: QPainter, where: Layout, look: Look) -> None:
    metrics = QFontMetricsF(look.small)
    painter.setFont(look.small)
    row_height = metrics.height() * 1.5
    size = metrics.height() * 0.8
    for number, row in enumerate(where.legend):
        middle = where.legend_top + (number + 0.5) * row_height
        for x0, chunk in row:
            x = where.rect.left() + MARGIN + x0
            if chunk.kind == "shade":
                for k in range(11):
                    painter.fillRect(QRectF(x + 4 * k, middle - size / 2, 4, size),
                                     shade(k / 10, look.background))
                painter.setPen(QPen(look.frame, 1.0))
                painter.drawRect(QRectF(x, middle - size / 2, 44, size))
                x += 48
            elif chunk.kind in ("filled", "hollow"):
                centre = QPointF(x + size / 2, middle)
                painter.save()
                painter.translate(centre)
                painter.scale(size / (2 * RADIUS + 9), size / (2 * RADIUS + 9))
                expected_mark(painter, QPointF(0, 0), 1.0 if chunk.kind == "filled" else 0.0, look)
                painter.restore()
                x += size + 4
            elif chunk.kind == "riddle":
                painter.setPen(QPen(look.highlight, 2.0))
                painter.drawEllipse(QPointF(x + size / 2, middle), size / 2, size / 2)
                x += size + 4
            elif chunk.kind == "plane":
                colour = chunk.colour or look.text
                painter.setPen(QPen(colour, 2.4))
                painter.drawLine(QPointF(x, middle), QPointF(x + 18, middle))
                x += 22
            painter.setPen(look.text)
            painter.drawText(QPointF(x, middle + metrics.ascent() - metrics.height() / 2), chunk.text)
    painter.setFont(look.font)
