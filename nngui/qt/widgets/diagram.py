"""The network diagram: neurons as circles, one line per weight coloured by its sign, thick by its size."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal, Slot
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
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QWidget,
)

from nngui.qt import i18n

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

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
# At most this many weights are drawn; beyond it each layer shows its strongest weights.
MAX_DRAWN_EDGES = 400
# Typed weights must lie within ±WEIGHT_EDIT_LIMIT.
WEIGHT_EDIT_LIMIT = 1e6

_COLUMN_GAP = 240.0       # scene units between layer columns
_NEURON_GAP = 76.0        # between neuron centres in a small layer
_COLUMN_HEIGHT = 470.0    # a crowded column is squeezed into this height
_RADIUS = 24.0            # neuron radius in a small layer
_MARGIN_PX = 14           # free pixels around the drawing (covers the edges' hover zone)
_MAX_SCALE = 1.6          # a tiny network is not blown up beyond this
_LABELLED_WEIGHTS = 8     # networks with at most this many weights write them on the lines
_Z_NEURON, _Z_TAG, _Z_HOVER = 10.0, 20.0, 9.0


def edge_width(weight: float, max_width: float = MAX_EDGE_WIDTH) -> float:
    """Line thickness in pixels: 1 at weight 0, strictly growing with |weight|, levelling off past ~8."""
    return float(_edge_styles(np.array([weight], dtype=np.float64), max_width)[0][0])


def _edge_styles(
    weights: np.ndarray, max_width: float = MAX_EDGE_WIDTH
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For a 1-D array of weights: line widths in pixels, RGB colours (rows, 0..1), strengths (0..1)."""
    magnitude = np.where(np.isfinite(weights), np.abs(weights), 0.0)
    strength = np.tanh(magnitude / EDGE_SATURATION)
    widths = 1.0 + (max_width - 1.0) * strength
    toward = np.where((weights > 0)[:, None], _rgb(POSITIVE), _rgb(NEGATIVE))
    grey = _rgb(NEAR_ZERO)
    colors = grey + (toward - grey) * np.sqrt(np.minimum(magnitude, 1.0))[:, None]
    return widths, colors, strength


def _rgb(color: QColor) -> np.ndarray:
    return np.array([color.redF(), color.greenF(), color.blueF()])


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _readable_on(fill: QColor) -> QColor:
    luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#111111") if luminance > 0.55 else QColor("#ffffff")


def _short_value(value: float) -> str:
    """A neuron's value short enough to sit inside its circle: 1, 0, 0.73 (0,73 in Russian)."""
    if not math.isfinite(value):
        return "?"
    if value == round(value) and abs(value) < 1000:
        return str(int(round(value)))
    return i18n.decimal(f"{value:.2f}")


def _pixel_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


class _Tag(QGraphicsItem):
    """A short text centred on its position, optionally on a rounded plate (weights, values, captions)."""

    def __init__(self, font: QFont, framed: bool = False, reserve: str = "") -> None:
        super().__init__()
        self._font = font
        self._framed = framed
        self._text = ""
        self._reserve = reserve  # the rectangle is at least this text's size, so the layout never jumps
        self.edge: _Edge | None = None  # the weight this tag writes, if any
        self.text_color = QColor(Qt.black)
        self.plate_color = QColor(Qt.white)
        self.border_color = QColor(Qt.gray)
        self._rect = QRectF()
        self.setZValue(_Z_TAG)
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


class _Edge(QGraphicsPathItem):
    """One weight: a line from neuron i of one layer to neuron j of the next, easy to hover and hit."""

    def __init__(self, layer: int, i: int, j: int, path: QPainterPath, hit_width_px: float) -> None:
        super().__init__(path)
        self.layer, self.i, self.j = layer, i, j
        self.weight = math.nan
        self.style: tuple[float, int] = (0.0, 0)  # the pen's width and colour
        self.tip = ""  # "Weight from input 1 to the output: {2}"
        self.base_z = -1.0
        self.hovered = False
        self.label: _Tag | None = None
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

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001
        self.hovered = True
        self.setZValue(_Z_HOVER)
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.hovered = False
        self.setZValue(self.base_z)
        self.update()
        super().hoverLeaveEvent(event)


class _Neuron(QGraphicsEllipseItem):
    """A neuron: a circle shaded by its output, the value written inside (or beside, for an output)."""

    def __init__(self, center: QPointF, radius: float, inside: _Tag | None, beside: _Tag | None) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.setPos(center)
        self.setZValue(_Z_NEURON)
        self.radius = radius
        self.inside = inside
        self.beside = beside
        self.value = math.nan
        self.title = ""
        for tag in (inside, beside):
            if tag is not None:
                tag.setParentItem(self)


@dataclass
class _LegendChunk:
    kind: str          # "line", "circle" or "text"
    text: str
    color: QColor | None = None
    width: float = 0.0  # the line's width in pixels
    value: float = 0.0  # the circle's neuron output
    muted: bool = False


class _WeightEditor(QLineEdit):
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


class NetworkDiagram(QGraphicsView):
    """The network as a picture: inputs, hidden neurons and outputs as circles, one line per weight.

    A line's colour is the weight's sign (blue positive, orange negative, grey near zero) and its pen
    width, in pixels, grows with |weight| (see ``edge_width``); hovering shows the exact weight and a
    double-click lets the user type a new one (``weightEdited``). Neurons are shaded by the riddle's
    activations. Networks with more than MAX_DRAWN_EDGES weights draw only the strongest weights of
    each layer; ``edge_item`` returns None for a weight that is not drawn. Given a session, it shows
    the session's network as it changes and hands typed weights to it.
    """

    weightEdited = Signal(int, int, int, float)  # layer (0 = input side), from-neuron, to-neuron, new value

    def __init__(self, parent: QWidget | None = None, session: TrainingSession | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.NoIndex)  # items restyle constantly; few to search
        self.setScene(self._scene)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setFrameShape(QGraphicsView.NoFrame)
        self.setBackgroundRole(QPalette.Base)
        self.setMinimumSize(240, 180)
        self.setMouseTracking(True)

        self._sizes: list[int] = []
        self._weights: list[np.ndarray] = []
        self._edges: list[np.ndarray] = []      # per layer, an (n_in, n_out) object array of _Edge
        self._shown: list[np.ndarray] = []      # per layer, which weights are drawn
        self._budget: list[int] = []            # per layer, how many weights may be drawn
        self._strongest: list[float] = []       # per layer, the largest |weight| (crowded layers only)
        self._neurons: list[list[_Neuron]] = []
        self._names: list[list[str]] = []       # "input 1", "hidden neuron 2 of layer 1", "the output"
        self._tags: list[_Tag] = []
        self._activations: list[np.ndarray] | None = None
        self._content = QRectF()
        self._max_width = MAX_EDGE_WIDTH
        self._dense = False
        self._legend_rows: list[list[tuple[float, _LegendChunk]]] = []
        self._legend_height = 0.0

        self._editable = True
        self._not_editable_reason = ""
        self._editing: _Edge | None = None
        self._editor = _WeightEditor(self.viewport())
        self._editor.setObjectName("weightEditor")
        self._editor.hide()
        self._editor.returnPressed.connect(self._commit_edit)
        self._editor.cancelled.connect(self._cancel_edit)
        self._editor.textEdited.connect(self._hide_message)
        self._message = QLabel(self.viewport())
        self._message.setObjectName("weightMessage")
        self._message.setWordWrap(True)
        self._message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._hide_message)
        self._retranslate()
        self._apply_palette()
        self._session = session
        if session is not None:
            session.weightsChanged.connect(self._show_weights)
            session.answersChanged.connect(self._show_activations)
            self.weightEdited.connect(session.edit_weight)
            self._show_weights()
            self._show_activations()

    @Slot()
    def _show_weights(self) -> None:
        self.set_weights(self._session.network.weights)

    @Slot()
    def _show_activations(self) -> None:
        self.set_activations(self._session.activations())

    def _retranslate(self) -> None:
        self._editor.setToolTip(self.tr("Type a weight, then press Enter (Esc cancels)"))

    # -- public API --------------------------------------------------------------
    def set_weights(self, weights: Sequence[np.ndarray]) -> None:
        """Show these weights, one (n_in, n_out) matrix per layer; cheap unless the layer sizes change.

        New layer sizes rebuild the drawing and clear the activations (send them again).
        """
        arrays = [np.array(w, dtype=np.float64) for w in weights]
        arrays = [a.reshape(-1, 1) if a.ndim == 1 else a for a in arrays]
        if not arrays or any(a.ndim != 2 or a.size == 0 for a in arrays):
            raise ValueError("the diagram needs at least one non-empty weight matrix per layer")
        for a, b in zip(arrays, arrays[1:]):
            if a.shape[1] != b.shape[0]:
                raise ValueError(f"weight matrices {a.shape} and {b.shape} do not chain")
        sizes = [arrays[0].shape[0]] + [a.shape[1] for a in arrays]
        rebuilt = sizes != self._sizes
        if rebuilt:
            self._rebuild(sizes)
        for layer, new in enumerate(arrays):
            self._update_layer(layer, new)
        if rebuilt:
            self._fit()  # after the first update, so the legend knows how many lines are drawn
        if self._editing is not None and not self._editing.isVisible():
            self._cancel_edit()

    def set_activations(self, activations: Sequence[np.ndarray] | None) -> None:
        """Shade the neurons by the riddle's activations: one 1-D array per layer, the inputs first.

        None, or arrays that do not match the layer sizes, leave the neurons unshaded.
        """
        values = None
        if activations is not None:
            values = [np.asarray(a, dtype=np.float64).reshape(-1) for a in activations]
            if [v.size for v in values] != self._sizes:
                values = None
        self._activations = values
        for layer, neurons in enumerate(self._neurons):
            for index, neuron in enumerate(neurons):
                value = math.nan if values is None else float(values[layer][index])
                if value != neuron.value and not (math.isnan(value) and math.isnan(neuron.value)):
                    neuron.value = value
                    self._style_neuron(neuron, layer)

    def edge_item(self, layer: int, i: int, j: int) -> QGraphicsItem | None:
        """The item drawing weight [i, j] of layer ``layer``, or None if that weight is not drawn."""
        edge = self._edges[layer][i, j]
        return edge if self._shown[layer][i, j] else None

    def edge_items(self) -> list[QGraphicsItem]:
        """Every drawn weight's item, layer by layer, row by row."""
        return [e for edges, shown in zip(self._edges, self._shown) for e in edges[shown]]

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Allow or forbid editing; a forbidden double-click shows ``reason`` instead of the editor."""
        self._editable = editable
        self._not_editable_reason = reason
        self._fit()  # the legend's editing hint comes and goes
        self.viewport().update()
        if not editable and self._editing is not None:
            edge = self._editing
            self._cancel_edit()
            self._show_message(self._reason_text(), self._edge_point(edge), error=False)

    def is_editing(self) -> bool:
        """Whether the weight editor is open."""
        return self._editing is not None

    # -- building ----------------------------------------------------------------
    def _rebuild(self, sizes: list[int]) -> None:
        self._cancel_edit()
        self._scene.clear()
        self._sizes = list(sizes)
        self._weights = [np.full((a, b), np.nan) for a, b in zip(sizes, sizes[1:])]
        self._tags = []
        self._neurons = []
        self._activations = None
        total = sum(a * b for a, b in zip(sizes, sizes[1:]))
        self._dense = max(sizes) > 12 or total > MAX_DRAWN_EDGES
        self._max_width = MAX_EDGE_WIDTH if max(sizes) <= 10 else max(3.0, MAX_EDGE_WIDTH * 10 / max(sizes))
        self._budget = self._edge_budgets(sizes)
        self._strongest = [-1.0] * (len(sizes) - 1)
        self._names = self._neuron_names(sizes)

        base = self.font()
        centers: list[list[QPointF]] = []
        lowest = 0.0
        for layer, n in enumerate(sizes):
            gap = _NEURON_GAP if n <= 1 else min(_NEURON_GAP, _COLUMN_HEIGHT / (n - 1))
            radius = min(_RADIUS, gap * 0.36)
            x = layer * _COLUMN_GAP
            column = [QPointF(x, (k - (n - 1) / 2) * gap) for k in range(n)]
            centers.append(column)
            lowest = max(lowest, column[-1].y() + radius)
            is_output = layer == len(sizes) - 1
            neurons = []
            for k, center in enumerate(column):
                inside = None
                if radius >= 16 and not is_output:  # an output's value is written beside it
                    inside = _Tag(_pixel_font(base, radius * 0.62, bold=True))
                    self._tags.append(inside)
                beside = None
                if is_output:
                    beside = _Tag(_pixel_font(base, max(15.0, min(19.0, radius * 0.8)), bold=True),
                                  framed=True, reserve="0.00000")
                    beside.setPos(radius + 8 + beside.boundingRect().width() / 2, 0)
                    self._tags.append(beside)
                neuron = _Neuron(center, radius, inside, beside)
                neuron.title = self._neuron_title(layer, k)
                self._scene.addItem(neuron)
                neurons.append(neuron)
            self._neurons.append(neurons)

        caption_font = _pixel_font(base, 15)
        for layer, n in enumerate(sizes):
            caption = _Tag(caption_font)
            caption.set_text(self._caption(layer, n))
            caption.setPos(layer * _COLUMN_GAP, lowest + 24)
            self._scene.addItem(caption)
            self._tags.append(caption)

        hit_width = max(self._max_width, 8.0) + 6.0
        tip = self.tr("Weight from {0} to {1}: {2}")
        label_font = _pixel_font(base, 13)
        self._edges, self._shown = [], []
        for layer, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):
            edges = np.empty((n_in, n_out), dtype=object)
            for i in range(n_in):
                for j in range(n_out):
                    path = QPainterPath(centers[layer][i])
                    path.lineTo(centers[layer + 1][j])
                    edge = _Edge(layer, i, j, path, hit_width)
                    source, target = self._names[layer][i], self._names[layer + 1][j]
                    edge.tip = tip.replace("{0}", source).replace("{1}", target)
                    if total <= _LABELLED_WEIGHTS:
                        edge.label = _Tag(label_font, framed=True)
                        edge.label.edge = edge  # a double-click on the label edits its weight
                        edge.label.setPos(path.pointAtPercent(0.3))
                        self._scene.addItem(edge.label)
                        self._tags.append(edge.label)
                    self._scene.addItem(edge)
                    edges[i, j] = edge
            self._edges.append(edges)
            self._shown.append(np.ones((n_in, n_out), dtype=bool))

        content = QRectF()
        for item in self._scene.items():
            if not isinstance(item, _Edge):
                content = content.united(item.sceneBoundingRect())
        self._content = content
        self._apply_palette()

    def _edge_budgets(self, sizes: list[int]) -> list[int]:
        counts = [a * b for a, b in zip(sizes, sizes[1:])]
        total = sum(counts)
        if total <= MAX_DRAWN_EDGES:
            return counts
        return [min(c, max(48, round(MAX_DRAWN_EDGES * c / total))) for c in counts]

    def _neuron_names(self, sizes: list[int]) -> list[list[str]]:
        names = []
        last = len(sizes) - 1
        for layer, n in enumerate(sizes):
            if layer == 0:
                names.append([self.tr("input {0}").format(k + 1) for k in range(n)])
            elif layer == last:
                if n == 1:
                    names.append([self.tr("the output")])
                else:
                    names.append([self.tr("output {0}").format(k + 1) for k in range(n)])
            else:
                name = self.tr("hidden neuron {0} of layer {1}")
                names.append([name.format(k + 1, layer) for k in range(n)])
        return names

    def _neuron_title(self, layer: int, k: int) -> str:
        if layer == 0:
            return self.tr("Input {0}").format(k + 1)
        if layer == len(self._sizes) - 1:
            return self.tr("Output") if self._sizes[-1] == 1 else self.tr("Output {0}").format(k + 1)
        return self.tr("Hidden neuron {0} of layer {1}").format(k + 1, layer)

    def _caption(self, layer: int, n: int) -> str:
        if layer == 0:
            name = self.tr("Input") if n == 1 else self.tr("Inputs")
        elif layer == len(self._sizes) - 1:
            name = self.tr("Output") if n == 1 else self.tr("Outputs")
        else:
            name = self.tr("Hidden layer {0}").format(layer)
        return self.tr("{0} ({1})").format(name, n) if n > 9 else name

    # -- updating ----------------------------------------------------------------
    def _update_layer(self, layer: int, new: np.ndarray) -> None:
        old = self._weights[layer]
        changed = ~((new == old) | (np.isnan(new) & np.isnan(old)))
        shown = self._shown[layer]
        budget = self._budget[layer]
        if budget < new.size:
            strength = np.nan_to_num(np.abs(new), nan=0.0).ravel()
            wanted = np.zeros(new.size, dtype=bool)
            wanted[np.argpartition(-strength, budget - 1)[:budget]] = True
            wanted = wanted.reshape(new.shape)
            for i, j in zip(*np.nonzero(wanted != shown)):
                self._edges[layer][i, j].setVisible(bool(wanted[i, j]))
                edge = self._edges[layer][i, j]
                if edge.label is not None:
                    edge.label.setVisible(bool(wanted[i, j]))
            appeared = wanted & ~shown
            self._shown[layer] = shown = wanted
            changed = (changed & shown) | appeared
        self._weights[layer] = new.copy()
        strongest = 0.0
        if self._dense:  # a crowded layer fades its lines relative to its strongest weight
            strongest = float(np.nanmax(np.abs(np.where(np.isfinite(new), new, 0.0)), initial=0.0))
            if strongest != self._strongest[layer]:
                self._strongest[layer] = strongest
                changed = shown
        rows, columns = np.nonzero(changed)
        if rows.size == 0:
            return
        values = new[rows, columns]
        widths, colors, strength = _edge_styles(values, self._max_width)
        if strongest > 0:
            # A faint crowd, the strongest stand out. Faded by mixing with the background, not by
            # transparency: translucent antialiased lines are several times slower to draw.
            emphasis = np.where(np.isfinite(values), np.abs(values), 0.0) / strongest
            base = _rgb(self.palette().color(QPalette.Base))
            colors = base + (colors - base) * (0.1 + 0.9 * emphasis**3)[:, None]
        rgba = (np.round(colors * 255).astype(np.int64) @ np.array([1 << 16, 1 << 8, 1])) | (0xFF << 24)
        widths = np.round(widths, 2)
        z_values = np.round(strength, 3)  # stronger weights on top, all below the neurons
        pen = QPen()
        pen.setCosmetic(True)  # the width is in pixels, whatever the zoom
        pen.setCapStyle(Qt.FlatCap)  # lines end under the neurons; round caps cost time
        edges = self._edges[layer]
        for k in range(rows.size):
            edge = edges[rows[k], columns[k]]
            weight = float(values[k])
            edge.weight = weight
            style = (float(widths[k]), int(rgba[k]))
            if style != edge.style:  # most small steps of training leave the look as it was
                edge.style = style
                pen.setWidthF(style[0])
                pen.setColor(QColor.fromRgba(style[1]))
                edge.setPen(pen)
            z = float(z_values[k])
            if z != edge.base_z:
                edge.base_z = z
                if not edge.hovered:
                    edge.setZValue(z)
            tip = edge.tip.replace("{2}", i18n.decimal(f"{weight:.6f}"))
            edge.setToolTip(tip)
            if edge.label is not None:
                edge.label.set_text(i18n.decimal(f"{weight:.2f}"))
                edge.label.setToolTip(tip)

    def _style_neuron(self, neuron: _Neuron, layer: int) -> None:
        palette = self.palette()
        background = palette.color(QPalette.Base)
        value = neuron.value
        if math.isnan(value):
            fill = background
            neuron.setToolTip(neuron.title)
        else:
            fill = _mix(background, ACTIVE, value)
            neuron.setToolTip(self.tr("{0}: {1}").format(neuron.title, i18n.decimal(f"{value:.6g}")))
        neuron.setBrush(QBrush(fill))
        outline = QPen(_mix(background, palette.color(QPalette.Text), 0.55), 1.5)
        outline.setCosmetic(True)
        neuron.setPen(outline)
        if neuron.inside is not None:
            neuron.inside.text_color = _readable_on(fill)
            neuron.inside.set_text("" if math.isnan(value) else _short_value(value))
            neuron.inside.update()
        if neuron.beside is not None:
            neuron.beside.set_text("" if math.isnan(value) else i18n.decimal(f"{value:.5f}"))

    def _apply_palette(self) -> None:
        palette = self.palette()
        for tag in self._tags:
            tag.text_color = palette.color(QPalette.Text)
            tag.plate_color = palette.color(QPalette.Base)
            tag.border_color = _mix(palette.color(QPalette.Base), palette.color(QPalette.Text), 0.3)
            tag.update()
        for layer, neurons in enumerate(self._neurons):
            for neuron in neurons:
                self._style_neuron(neuron, layer)
        self._error_style = "color: white; background: #c0392b; border-radius: 4px; padding: 3px 6px;"
        self._note_style = (
            f"color: {palette.color(QPalette.ToolTipText).name()};"
            f"background: {palette.color(QPalette.ToolTipBase).name()};"
            f"border: 1px solid {palette.color(QPalette.Mid).name()}; border-radius: 4px; padding: 3px 6px;"
        )

    # -- fitting and the legend --------------------------------------------------
    def _fit(self) -> None:
        viewport = self.viewport().rect()
        self._layout_legend(viewport.width() - 2 * _MARGIN_PX)
        if self._content.isEmpty():
            return
        room_w = max(1.0, viewport.width() - 2 * _MARGIN_PX)
        room_h = max(1.0, viewport.height() - 2 * _MARGIN_PX - self._legend_height)
        scale = min(room_w / self._content.width(), room_h / self._content.height(), _MAX_SCALE)
        self.setTransform(QTransform.fromScale(scale, scale))
        # The scene rect is exactly the viewport: the drawing sits centred in the room above the legend.
        width, height = viewport.width() / scale, viewport.height() / scale
        center = self._content.center()
        top = center.y() - (_MARGIN_PX + room_h / 2) / scale
        self.setSceneRect(QRectF(center.x() - width / 2, top, width, height))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        for edges in self._edges:
            for edge in edges.flat:
                edge.set_scene_per_px(1.0 / scale)
        if self._editing is not None:
            self._place_popups(self._edge_point(self._editing))

    def _legend_groups(self) -> list[list[_LegendChunk]]:
        """The legend's pieces; a group stays on one row when it can."""
        line = 4.0
        groups = [
            [
                _LegendChunk("line", self.tr("positive"), POSITIVE, line),
                _LegendChunk("line", self.tr("negative"), NEGATIVE, line),
                _LegendChunk("line", self.tr("near 0"), NEAR_ZERO, line),
            ],
            [_LegendChunk("text", self.tr("thickness = |weight|:"))]
            + [
                _LegendChunk("line", text, NEAR_ZERO, edge_width(value, self._max_width))
                for value, text in ((0.0, "0"), (1.0, "1"), (3.0, "3"), (8.0, "8+"))
            ],
            [
                _LegendChunk("text", self.tr("neuron output:")),
                _LegendChunk("circle", "0", value=0.0),
                _LegendChunk("circle", "1", value=1.0),
            ],
        ]
        drawn = sum(int(s.sum()) for s in self._shown)
        total = sum(s.size for s in self._shown)
        if drawn < total:
            note = self.tr("showing the {0} strongest of {1} weights").format(
                i18n.whole(drawn), i18n.whole(total))
            groups.append([_LegendChunk("text", note)])
        if self._editable:
            hint = self.tr("double-click a line to change its weight")
            groups.append([_LegendChunk("text", hint, muted=True)])
        return groups

    def _layout_legend(self, width: float) -> None:
        """Flow the legend's groups into rows that fit ``width`` pixels (a small view drops the extras)."""
        self._legend_rows = []
        self._legend_height = 0.0
        if not self._sizes:
            return
        groups = self._legend_groups()
        metrics = QFontMetricsF(self._legend_font())
        self._legend_rows = self._flow(groups, width, metrics)
        limit = max(2, int(0.25 * self.viewport().height() / (metrics.height() * 1.35)))
        while len(self._legend_rows) > limit and len(groups) > 2:
            if groups[-1][-1].muted:
                groups = groups[:-1]  # first the editing hint, then the neuron shades
            else:
                groups = groups[:2] + groups[3:]
            self._legend_rows = self._flow(groups, width, metrics)
        self._legend_height = len(self._legend_rows) * metrics.height() * 1.35
        self.setAccessibleDescription(self._describe())

    def _describe(self) -> str:
        """The legend in words, for screen readers."""
        text = self.tr(
            "Blue lines are positive weights, orange lines negative ones, grey lines near zero; "
            "the larger the weight, the thicker its line. Darker neurons have larger outputs."
        )
        drawn = sum(int(s.sum()) for s in self._shown)
        total = sum(s.size for s in self._shown)
        if drawn < total:
            note = self.tr("Showing the {0} strongest of {1} weights.")
            text += " " + note.format(i18n.whole(drawn), i18n.whole(total))
        return text

    def _flow(
        self, groups: list[list[_LegendChunk]], width: float, metrics: QFontMetricsF
    ) -> list[list[tuple[float, _LegendChunk]]]:
        space = metrics.horizontalAdvance(" ")
        rows: list[list[tuple[float, _LegendChunk]]] = [[]]
        x = 0.0
        for group in groups:
            sizes = [self._chunk_width(chunk, metrics) for chunk in group]
            whole = sum(sizes) + space * (len(sizes) - 1)
            if rows[-1] and x + whole > width:
                rows.append([])
                x = 0.0
            for chunk, size in zip(group, sizes):
                if rows[-1] and x + size > width:  # a group wider than the whole row
                    rows.append([])
                    x = 0.0
                rows[-1].append((x, chunk))
                x += size + space
            x += 2 * space
        return rows

    def _legend_font(self) -> QFont:
        return QFont(self.font())

    def _chunk_width(self, chunk: _LegendChunk, metrics: QFontMetricsF) -> float:
        sample = {"line": 24.0, "circle": metrics.height() * 0.9, "text": 0.0}[chunk.kind]
        gap = 4.0 if sample else 0.0
        return sample + gap + metrics.horizontalAdvance(chunk.text)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self._legend_rows:
            return
        painter.save()
        painter.resetTransform()  # the legend is drawn in viewport pixels, the same size at any zoom
        font = self._legend_font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        palette = self.palette()
        text_color = palette.color(QPalette.Text)
        background = palette.color(QPalette.Base)
        muted_color = _mix(background, text_color, 0.6)
        row_height = metrics.height() * 1.35
        y0 = self.viewport().height() - _MARGIN_PX / 2 - len(self._legend_rows) * row_height
        for number, row in enumerate(self._legend_rows):
            middle = y0 + (number + 0.5) * row_height
            for x0, chunk in row:
                x = _MARGIN_PX + x0
                if chunk.kind == "line":
                    pen = QPen(chunk.color, chunk.width)
                    pen.setCapStyle(Qt.FlatCap)
                    painter.setPen(pen)
                    painter.drawLine(QPointF(x, middle), QPointF(x + 24, middle))
                    x += 28
                elif chunk.kind == "circle":
                    diameter = metrics.height() * 0.9
                    painter.setPen(QPen(_mix(background, text_color, 0.55), 1.2))
                    painter.setBrush(_mix(background, ACTIVE, chunk.value))
                    painter.drawEllipse(QRectF(x, middle - diameter / 2, diameter, diameter))
                    x += diameter + 4
                painter.setPen(muted_color if chunk.muted else text_color)
                painter.drawText(QPointF(x, middle + metrics.ascent() - metrics.height() / 2), chunk.text)
        painter.restore()

    # -- events ------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        ready = hasattr(self, "_message_timer")  # changeEvent also arrives while __init__ runs
        if ready and event.type() == QEvent.LanguageChange:
            self._retranslate()
        if ready and event.type() == QEvent.LanguageChange and self._sizes:
            weights, activations = self._weights, self._activations
            self._sizes = []  # rebuild: names, captions and tooltips in the new language
            self.set_weights(weights)
            self.set_activations(activations)
            return
        if ready and event.type() in (QEvent.PaletteChange, QEvent.FontChange, QEvent.StyleChange):
            self._apply_palette()
            if self._dense:  # faded lines are mixed with the background colour
                self._strongest = [-1.0] * len(self._weights)
                for layer, weights in enumerate(self._weights):
                    self._update_layer(layer, weights)
            self._fit()
            self.viewport().update()

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        if self._editing is not None:
            self._cancel_edit()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001
        edge = self._edge_at(event.position().toPoint())
        if edge is None:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        if not self._editable:
            self._show_message(self._reason_text(), self._edge_point(edge), error=False)
            return
        self._start_edit(edge)

    def _edge_at(self, pos) -> _Edge | None:  # noqa: ANN001
        for item in self.items(pos):
            if isinstance(item, _Edge) and item.isVisible():
                return item
            if isinstance(item, _Tag) and item.edge is not None:
                return item.edge
            if isinstance(item, _Neuron):
                return None  # a neuron covers the lines' ends
        return None

    # -- editing -----------------------------------------------------------------
    def _edge_point(self, edge: _Edge) -> QPointF:
        return QPointF(self.mapFromScene(edge.path().pointAtPercent(0.5)))

    def _reason_text(self) -> str:
        return self._not_editable_reason or self.tr("The weights cannot be edited right now")

    def _start_edit(self, edge: _Edge) -> None:
        self._hide_message()
        self._editing = edge
        self._editor_text = i18n.decimal(f"{edge.weight:.6f}")
        self._editor.setText(self._editor_text)
        self._editor.selectAll()
        self._place_popups(self._edge_point(edge))
        self._editor.show()
        self._editor.raise_()
        self._editor.setFocus(Qt.MouseFocusReason)

    def _place_popups(self, point: QPointF) -> None:
        viewport = self.viewport().rect()
        metrics = self._editor.fontMetrics()
        width = metrics.horizontalAdvance("-0000000.000000") + 16
        height = self._editor.sizeHint().height()
        x = int(min(max(point.x() - width / 2, 2), viewport.width() - width - 2))
        y = int(min(max(point.y() - height / 2, 2), viewport.height() - height - 2))
        self._editor.setGeometry(x, y, width, height)
        self._popup_anchor = (x, y, width, height)
        if self._message.isVisible():
            self._place_message()

    def _place_message(self) -> None:
        viewport = self.viewport().rect()
        x, y, width, height = self._popup_anchor
        one_line = self._message.fontMetrics().horizontalAdvance(self._message.text()) + 16
        self._message.setFixedWidth(int(min(one_line, max(120, viewport.width() - 8))))
        self._message.adjustSize()
        size = self._message.size()
        mx = int(min(max(x + width / 2 - size.width() / 2, 4), viewport.width() - size.width() - 4))
        my = y + height + 4
        if my + size.height() > viewport.height() - 2:
            my = y - size.height() - 4
        self._message.move(mx, max(2, my))

    def _show_message(self, text: str, point: QPointF, error: bool) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(self._error_style if error else self._note_style)
        if self._editing is None:
            self._popup_anchor = (int(point.x()), int(point.y()), 0, 0)
        self._message.show()
        self._message.raise_()
        self._place_message()
        self._message_timer.start(6000 if error else 3500)

    def _hide_message(self) -> None:
        self._message_timer.stop()
        self._message.hide()

    def _commit_edit(self) -> None:
        edge = self._editing
        if edge is None:
            return
        text = self._editor.text().strip()
        if text == self._editor_text:
            self._cancel_edit()  # unchanged: nothing to do
            return
        value, problem = self._parse_weight(text)
        if problem:
            self._show_message(problem, self._edge_point(edge), error=True)
            self._editor.setFocus()
            return
        self._cancel_edit()
        self.weightEdited.emit(edge.layer, edge.i, edge.j, value)

    def _parse_weight(self, text: str) -> tuple[float, str]:
        """The typed weight, or an explanation of why it is refused."""
        cleaned = text.replace("\u2212", "-").replace(",", ".").replace(" ", "")
        try:
            value = float(cleaned)
        except ValueError:
            if not cleaned:
                return math.nan, self.tr("Type a number, for example 2.5")
            return math.nan, self.tr("\u201c{0}\u201d is not a number; type one like -4.63").format(text)
        if not math.isfinite(value):
            return math.nan, self.tr("A weight must be a finite number")
        if abs(value) > WEIGHT_EDIT_LIMIT:
            return math.nan, self.tr("A weight must be between {0} and {1}").format(
                i18n.whole(-WEIGHT_EDIT_LIMIT), i18n.whole(WEIGHT_EDIT_LIMIT))
        return value, ""

    def _cancel_edit(self) -> None:
        if self._editing is None:
            return
        self._editing = None
        self._editor.blockSignals(True)
        self._editor.hide()
        self._editor.blockSignals(False)
        self._hide_message()
        self.viewport().setFocus()
