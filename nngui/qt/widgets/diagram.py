"""The network diagram: neurons as circles, one line per weight coloured by its sign, thick by its size.

The view is here; what it is drawn with (colours, widths, scene items) is in diagram_items, its
legend in diagram_legend.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from nngui.qt import accessibility, i18n
from nngui.qt.widgets.diagram_editor import WEIGHT_EDIT_LIMIT, WeightPopups, parse_weight
from nngui.qt.widgets.diagram_items import (
    ACTIVE,
    EDGE_SATURATION,
    MAX_EDGE_WIDTH,
    NEAR_ZERO,
    NEGATIVE,
    POSITIVE,
    Edge,
    Neuron,
    Tag,
    dash_pattern,
    edge_budgets,
    edge_styles,
    edge_width,
    mix,
    pixel_font,
    rgb,
)
from nngui.qt.widgets.diagram_legend import (
    Rows,
    describe,
    draw_legend,
    layout_legend,
    legend_groups,
    legend_height,
)
from nngui.qt.widgets.diagram_reading import caption, network_description, neuron_names, neuron_title

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

# The colours, widths and limits are this module's API too (they live in diagram_items and _editor).
__all__ = ["ACTIVE", "EDGE_SATURATION", "MAX_DRAWN_EDGES", "MAX_EDGE_WIDTH", "NEAR_ZERO", "NEGATIVE",
           "POSITIVE", "WEIGHT_EDIT_LIMIT", "NetworkDiagram", "edge_width"]

# At most this many weights are drawn; beyond it each layer shows its strongest weights.
MAX_DRAWN_EDGES = 400

_COLUMN_GAP = 240.0       # scene units between layer columns
_NEURON_GAP = 76.0        # between neuron centres in a small layer
_COLUMN_HEIGHT = 470.0    # a crowded column is squeezed into this height
_RADIUS = 24.0            # neuron radius in a small layer
_MARGIN_PX = 14           # free pixels around the drawing (covers the edges' hover zone)
_MAX_SCALE = 1.6          # a tiny network is not blown up beyond this
_LABELLED_WEIGHTS = 8     # networks with at most this many weights write them on the lines


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
        self._edges: list[np.ndarray] = []      # per layer, an (n_in, n_out) object array of Edge
        self._shown: list[np.ndarray] = []      # per layer, which weights are drawn
        self._budget: list[int] = []            # per layer, how many weights may be drawn
        self._strongest: list[float] = []       # per layer, the largest |weight| (crowded layers only)
        self._neurons: list[list[Neuron]] = []
        self._names: list[list[str]] = []       # "input 1", "hidden neuron 2 of layer 1", "the output"
        self._tags: list[Tag] = []
        self._activations: list[np.ndarray] | None = None
        self._content = QRectF()
        self._max_width = MAX_EDGE_WIDTH
        self._dense = False
        self._legend_rows: Rows = []
        self._legend_height = 0.0
        self._legend_text = ""
        self._speak_pick = False  # the accessible name is the picked weight's
        # What a screen reader reads: the layers and weights, kept current (throttled while training).
        self._reading = accessibility.Throttle(self._publish_reading, self._training, self)

        self._editable = True
        self._not_editable_reason = ""
        self._editing: Edge | None = None
        self._picked: Edge | None = None  # the weight the arrow keys have picked (Enter edits it)
        self._closed_by_key = False  # the editor has just closed (its key event is still on its way)
        self._editor_text = ""  # the weight as the box showed it when it opened
        self._popups = WeightPopups(self.viewport(), self._commit_edit, self._cancel_edit)
        self._apply_palette()
        self._session = session
        if session is not None:
            session.weightsChanged.connect(self._show_weights)
            session.answersChanged.connect(self._show_activations)
            session.stateChanged.connect(self._reading.changed)  # a run's end is read at once
            self.weightEdited.connect(session.edit_weight)
            self._show_weights()
            self._show_activations()

    @Slot()
    def _show_weights(self) -> None:
        self.set_weights(self._session.network.weights)

    @Slot()
    def _show_activations(self) -> None:
        self.set_activations(self._session.activations())

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
        self._reading.changed()

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
                    neuron.restyle(self.palette())

    def edge_item(self, layer: int, i: int, j: int) -> QGraphicsItem | None:
        """The item drawing weight [i, j] of layer ``layer``, or None if that weight is not drawn."""
        edge = self._edges[layer][i, j]
        return edge if self._shown[layer][i, j] else None

    def edge_items(self) -> list[QGraphicsItem]:
        """Every drawn weight's item, layer by layer, row by row."""
        return [e for edges, shown in zip(self._edges, self._shown) for e in edges[shown]]

    @Slot(object)
    def highlight_weight(self, weight: tuple[int, int, int] | None) -> None:
        """Light up weight (layer, i, j) as hovering it does (the weights plot names it), or none."""
        old = getattr(self, "_highlighted", None)
        if old is not None and old is not self._picked:
            old.light(False)
        edge = None
        if weight is not None and weight[0] < len(self._edges):
            layer, i, j = weight
            edges = self._edges[layer]
            if i < edges.shape[0] and j < edges.shape[1]:
                edge = self.edge_item(layer, i, j)
        self._highlighted = edge
        if edge is not None:
            edge.light(True)

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Allow or forbid editing; a forbidden double-click shows ``reason`` instead of the editor."""
        self._editable = editable
        self._not_editable_reason = reason
        self._fit()  # the legend's editing hint comes and goes
        self.viewport().update()
        if not editable and self._editing is not None:
            edge = self._editing
            self._cancel_edit()
            self._show_note(self._reason_text(), edge, error=False)

    def is_editing(self) -> bool:
        """Whether the weight editor is open."""
        return self._editing is not None

    # -- building ----------------------------------------------------------------
    def _rebuild(self, sizes: list[int]) -> None:
        self._cancel_edit()
        self._picked = None  # its item goes with the scene
        self._scene.clear()
        self._sizes = list(sizes)
        self._weights = [np.full((a, b), np.nan) for a, b in zip(sizes, sizes[1:])]
        self._tags = []
        self._neurons = []
        self._activations = None
        total = sum(a * b for a, b in zip(sizes, sizes[1:]))
        self._dense = max(sizes) > 12 or total > MAX_DRAWN_EDGES
        self._max_width = MAX_EDGE_WIDTH if max(sizes) <= 10 else max(3.0, MAX_EDGE_WIDTH * 10 / max(sizes))
        self._budget = edge_budgets(sizes, MAX_DRAWN_EDGES)
        self._strongest = [-1.0] * (len(sizes) - 1)
        self._names = neuron_names(sizes)

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
                    inside = Tag(pixel_font(base, radius * 0.62, bold=True))
                    self._tags.append(inside)
                beside = None
                if is_output:
                    beside = Tag(pixel_font(base, max(15.0, min(19.0, radius * 0.8)), bold=True),
                                  framed=True, reserve="0.00000")
                    beside.setPos(radius + 8 + beside.boundingRect().width() / 2, 0)
                    self._tags.append(beside)
                neuron = Neuron(center, radius, inside, beside)
                neuron.title = neuron_title(sizes, layer, k)
                self._scene.addItem(neuron)
                neurons.append(neuron)
            self._neurons.append(neurons)

        caption_font = pixel_font(base, 15)
        for layer in range(len(sizes)):
            tag = Tag(caption_font)
            tag.set_text(caption(sizes, layer))
            tag.setPos(layer * _COLUMN_GAP, lowest + 24)
            self._scene.addItem(tag)
            self._tags.append(tag)

        hit_width = max(self._max_width, 8.0) + 6.0
        tip = self.tr("Weight from {0} to {1}: {2}")
        label_font = pixel_font(base, 13)
        self._edges, self._shown = [], []
        for layer, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):
            edges = np.empty((n_in, n_out), dtype=object)
            for i in range(n_in):
                for j in range(n_out):
                    path = QPainterPath(centers[layer][i])
                    path.lineTo(centers[layer + 1][j])
                    edge = Edge(layer, i, j, path, hit_width)
                    source, target = self._names[layer][i], self._names[layer + 1][j]
                    edge.tip = tip.replace("{0}", source).replace("{1}", target)
                    if total <= _LABELLED_WEIGHTS:
                        edge.label = Tag(label_font, framed=True)
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
            if not isinstance(item, Edge):
                content = content.united(item.sceneBoundingRect())
        self._content = content
        self._apply_palette()

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
        widths, colors, strength = edge_styles(values, self._max_width)
        if strongest > 0:
            # A faint crowd, the strongest stand out. Faded by mixing with the background, not by
            # transparency: translucent antialiased lines are several times slower to draw.
            emphasis = np.where(np.isfinite(values), np.abs(values), 0.0) / strongest
            base = rgb(self.palette().color(QPalette.Base))
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
            style = (float(widths[k]), int(rgba[k]), weight < 0)
            if style != edge.style:  # most small steps of training leave the look as it was
                edge.style = style
                pen.setWidthF(style[0])
                pen.setColor(QColor.fromRgba(style[1]))
                if style[2]:  # negative: dashed as well as orange, for eyes that cannot tell the colours
                    pen.setDashPattern(dash_pattern(style[0]))
                else:
                    pen.setStyle(Qt.SolidLine)
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

    def _apply_palette(self) -> None:
        palette = self.palette()
        for tag in self._tags:
            tag.text_color = palette.color(QPalette.Text)
            tag.plate_color = palette.color(QPalette.Base)
            tag.border_color = mix(palette.color(QPalette.Base), palette.color(QPalette.Text), 0.3)
            tag.update()
        for neurons in self._neurons:
            for neuron in neurons:
                neuron.restyle(palette)
        self._popups.apply_palette(palette)

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
            self._popups.place(self._edge_point(self._editing))

    def _layout_legend(self, width: float) -> None:
        """Flow the legend into rows that fit ``width`` pixels (a small view drops the extras)."""
        self._legend_rows = []
        self._legend_height = 0.0
        if not self._sizes:
            return
        drawn = sum(int(s.sum()) for s in self._shown)
        total = sum(s.size for s in self._shown)
        groups = legend_groups(self._max_width, drawn, total, self._editable)
        font = QFont(self.font())
        self._legend_rows = layout_legend(groups, width, self.viewport().height(), font)
        self._legend_height = legend_height(self._legend_rows, font)
        self._legend_text = describe(drawn, total)
        self._reading.changed()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.resetTransform()  # the legend is drawn in viewport pixels, the same size at any zoom
        if self._legend_rows:
            draw_legend(painter, self._legend_rows, QFont(self.font()), self.palette(), _MARGIN_PX,
                        self.viewport().height() - _MARGIN_PX / 2)
        if self.hasFocus():  # a keyboard user sees where the keys go (the arrows pick a weight)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))
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
        ready = hasattr(self, "_popups")  # changeEvent also arrives while __init__ runs
        if ready and event.type() == QEvent.LanguageChange:
            self._popups.retranslate()
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
            self._show_note(self._reason_text(), edge, error=False)
            return
        self._start_edit(edge)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        """The keyboard's way to a weight: the arrows pick one (highlighted, its value shown),
        Enter or F2 edits it. Tab still leaves the diagram."""
        edges = self.edge_items()
        key = event.key()
        arrows = (Qt.Key_Down, Qt.Key_Right, Qt.Key_Up, Qt.Key_Left)
        if (self._editing is not None or not edges or event.modifiers() & ~Qt.KeypadModifier
                or self._closed_by_key  # the Enter that closed the editor, passed on to its parent
                or key not in (*arrows, Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2)):
            super().keyPressEvent(event)
            return
        event.accept()
        picked = self._picked if any(e is self._picked for e in edges) else None
        if key in arrows:
            step = 1 if key in (Qt.Key_Down, Qt.Key_Right) else -1
            number = next(k for k, e in enumerate(edges) if e is picked) + step if picked else (
                0 if step > 0 else -1)
            self._pick(edges[number % len(edges)])
            return
        edge = picked or edges[0]
        self._pick(edge)
        if self._editable:
            self._start_edit(edge)
        else:
            self._show_note(self._reason_text(), edge, error=False)

    def _pick(self, edge: Edge) -> None:
        """Highlight `edge` as hovering does, and say which weight it is and its value."""
        old = self._picked
        if old is not None and old is not edge:
            old.light(False)
        self._picked = edge
        edge.light(True)
        self._show_note(edge.toolTip(), edge, error=False)
        self._speak_pick = True
        self._reading.flush()  # a screen reader says which weight it is and its value

    # -- for screen readers --------------------------------------------------------
    def _training(self) -> bool:
        return self._session is not None and self._session.state == "running"

    def _publish_reading(self) -> None:
        """The accessible description (layers, weights, legend) and name: from the moment the keys pick
        a weight until the diagram loses the focus, the name is that weight and its value."""
        drawn = [edge.toolTip() for edge in self.edge_items()]
        total = sum(edges.size for edges in self._edges)
        description = network_description(self._sizes, drawn, total, self._legend_text, self._editable)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        picked = self._picked if self._picked is not None and self._picked.isVisible() else None
        name = picked.toolTip() if picked is not None and self._speak_pick else (
            accessibility.text("networkView")[0] or "")
        if name != self.accessibleName():
            self.setAccessibleName(name)  # Qt tells the screen reader the name changed

    def focusInEvent(self, event) -> None:  # noqa: ANN001
        super().focusInEvent(event)
        self.viewport().update()  # the focus ring

    def focusOutEvent(self, event) -> None:  # noqa: ANN001
        super().focusOutEvent(event)
        self.viewport().update()
        self._speak_pick = False  # back to "Network diagram" for whoever comes back to it
        self._reading.flush()

    def _edge_at(self, pos) -> Edge | None:  # noqa: ANN001
        for item in self.items(pos):
            if isinstance(item, Edge) and item.isVisible():
                return item
            if isinstance(item, Tag) and item.edge is not None:
                return item.edge
            if isinstance(item, Neuron):
                return None  # a neuron covers the lines' ends
        return None

    # -- editing -----------------------------------------------------------------
    def _edge_point(self, edge: Edge) -> QPointF:
        return QPointF(self.mapFromScene(edge.path().pointAtPercent(0.5)))

    def _reason_text(self) -> str:
        return self._not_editable_reason or self.tr("The weights cannot be edited right now")

    def _show_note(self, text: str, edge: Edge, error: bool) -> None:
        self._popups.show_message(text, self._edge_point(edge), error, editing=self._editing is not None)

    def _start_edit(self, edge: Edge) -> None:
        self._editing = edge
        self._editor_text = i18n.decimal(f"{edge.weight:.6f}")
        self._popups.editor.setAccessibleName(edge.tip.replace("{2}", "").strip(" :"))  # which weight
        self._popups.open(self._editor_text, self._edge_point(edge))

    def _commit_edit(self) -> None:
        edge = self._editing
        if edge is None:
            return
        text = self._popups.editor.text().strip()
        if text == self._editor_text:
            self._cancel_edit()  # unchanged: nothing to do
            return
        value, problem = parse_weight(text)
        if problem:
            self._show_note(problem, edge, error=True)
            self._popups.editor.setFocus()
            return
        self._cancel_edit()
        self.weightEdited.emit(edge.layer, edge.i, edge.j, value)

    def _cancel_edit(self) -> None:
        if self._editing is None:
            return
        self._editing = None
        self._closed_by_key = True
        QTimer.singleShot(0, lambda: setattr(self, "_closed_by_key", False))
        self._popups.close()
        self.viewport().setFocus()
