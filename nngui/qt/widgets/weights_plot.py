"""Weights over time: one curve per weight, coloured like its edge, from the training timeline."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nngui.qt import i18n
from nngui.qt.session import TrainingSession
from nngui.qt.widgets.diagram_items import NEGATIVE, POSITIVE
from nngui.qt.widgets.loss_plot import IterationAxis

translate = QCoreApplication.translate

#: Wide networks show only this many weights: the strongest at the iteration viewed.
MOST_CURVES = 12
#: A curve has at most about this many points (the kept iterations, evenly thinned).
MOST_POINTS = 4000


def neuron_name(layer: int, n: int, layers: int) -> str:
    """Neuron `n` (0-based) of layer `layer` (0: the inputs; `layers`: the output): "input 2",
    "hidden 1.3", "output 1"."""
    if layer == 0:
        return translate("WeightsPlot", "input {0}").format(n + 1)
    if layer == layers:
        return translate("WeightsPlot", "output {0}").format(n + 1)
    return translate("WeightsPlot", "hidden {0}.{1}").format(layer, n + 1)


def weight_name(layer: int, i: int, j: int, layers: int) -> str:
    """The weight from neuron i of layer `layer` to neuron j of the next: "input 2 → output 1"."""
    return translate("WeightsPlot", "{0} → {1}").format(neuron_name(layer, i, layers),
                                                         neuron_name(layer + 1, j, layers))


class WeightsPlot(QWidget):
    """Every weight after every iteration kept: hover a curve to name its weight (and light its edge)."""

    weightHovered = Signal(object)  # (layer, i, j) of the weight under the mouse, or None

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="weightsPanel")
        self.session = session
        self.plot = pg.PlotWidget(self, axisItems={"bottom": IterationAxis("bottom")})  # "1,000,000"
        self.plot.setObjectName("weightsPlot")
        self.plot.getPlotItem().setMenuEnabled(False, enableViewBoxMenu=True)
        self.plot.getPlotItem().showGrid(x=True, y=True, alpha=0.15)
        self.note = QLabel(self, objectName="weightsNote")
        self.note.setWordWrap(True)
        self.hover_label = QLabel(self, objectName="weightsHoverLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover_label)
        layout.addWidget(self.note)
        self.curves: list[tuple[pg.PlotDataItem, tuple[int, int, int]]] = []
        self.hovered: tuple[int, int, int] | None = None
        self.viewed_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#e377c2", width=1.5))
        self.plot.addItem(self.viewed_line, ignoreBounds=True)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.redraw)
        for signal in (session.lossesAppended, session.wasReset):
            signal.connect(self._later)
        session.weightsChanged.connect(self._later_if_edited)
        session.viewChanged.connect(self._show_viewed)
        self._drawn_for: tuple[object, int] | None = None  # (the timeline drawn, its end)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.viewport().installEventFilter(self)  # the mouse leaving forgets the weight it named
        for name in ("left", "bottom"):
            self.plot.getPlotItem().getAxis(name).enableAutoSIPrefix(False)  # no "(x0.001)"
        self._retranslate()

    @Slot()
    def _later(self, *_: object) -> None:
        if self.isVisible():  # a closed or tabbed-away panel does no work while training
            self._timer.start()

    @Slot()
    def _later_if_edited(self) -> None:
        """A weight typed on the diagram (or a step) changes the curves; the timeline moving does not."""
        if not self.session.is_viewing_past() and not self.session.is_running():
            self._later()

    def _key(self) -> tuple[object, int]:
        return self.session.timeline, self.session.timeline.end

    @Slot(int)
    def _show_viewed(self, iteration: int) -> None:
        self.viewed_line.setValue(iteration)
        self.viewed_line.setVisible(self.session.is_viewing_past())
        if self._drawn_for is None or self._drawn_for[0] is not self.session.timeline:
            self._later()  # a branch or its undo: another timeline

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._forget_hover()
        return super().eventFilter(watched, event)

    def _forget_hover(self) -> None:
        self.hover_label.setText("")
        if self.hovered is not None:
            self.hovered = None
            self.weightHovered.emit(None)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def series(self, columns: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(iterations, weights): the kept iterations (thinned to MOST_POINTS), the `columns` of a
        parameters() row (default: every one), ending with the last iteration."""
        timeline = self.session.timeline
        at, rows = timeline.kept(columns, MOST_POINTS)
        end = min(self.session.iteration, timeline.end)
        if at.size == 0 or at[-1] < end:  # the last iteration, if it was not kept
            last = timeline.parameters_at(end)
            at = np.append(at, end)
            rows = np.vstack([rows, last[columns if columns is not None else slice(None)]])
        return at, rows

    def _weights(self) -> list[tuple[int, int, int, int]]:
        """(layer, i, j, column in a parameters() row) of every weight, input side first."""
        result, column = [], 0
        for layer, w in enumerate(self.session.network.weights):
            for i in range(w.shape[0]):
                for j in range(w.shape[1]):
                    result.append((layer, i, j, column + i * w.shape[1] + j))
            column += w.size
        return result

    @Slot()
    def redraw(self) -> None:
        session = self.session
        item = self.plot.getPlotItem()
        for curve, _ in self.curves:
            item.removeItem(curve)
        self.curves = []
        self._forget_hover()
        if not session.fits() or session.is_running() and not self.isVisible():
            return
        self._drawn_for = self._key()
        weights = self._weights()
        last = session.timeline.parameters_at(min(session.iteration, session.timeline.end))
        shown = weights
        if len(weights) > MOST_CURVES:  # the strongest at the last iteration
            shown = sorted(sorted(weights, key=lambda w: -abs(last[w[3]]))[:MOST_CURVES])
            strongest_note = self.tr("The %Ln strongest weights at the last iteration are drawn", "",
                                     MOST_CURVES)
            self.note.setText(strongest_note + " " + self.tr("(of {0}).").format(i18n.whole(len(weights))))
        else:
            self.note.setText(self.tr("Hover a curve to name its weight; the diagram shows its edge."))
        at, rows = self.series([column for *_, column in shown])
        layers = len(session.network.weights)
        x = at.astype(np.float64)
        for number, (layer, i, j, column) in enumerate(shown):
            colour = QColor(POSITIVE if last[column] >= 0 else NEGATIVE)
            pen = QPen(colour, 1.5)
            pen.setCosmetic(True)
            if last[column] < 0:
                pen.setStyle(Qt.PenStyle.DashLine)  # as the diagram draws a negative weight
            curve = pg.PlotDataItem(x, rows[:, number], pen=pen)
            curve.setToolTip(weight_name(layer, i, j, layers))
            item.addItem(curve)
            self.curves.append((curve, (layer, i, j)))
        self.viewed_line.setValue(session.viewed_iteration)
        self.viewed_line.setVisible(session.is_viewing_past())
        item.enableAutoRange()

    @Slot(object)
    def _hover(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        found = None
        if box.sceneBoundingRect().contains(position) and self.curves:
            point = box.mapSceneToView(position)
            (_, _), (bottom, top) = box.viewRange()
            # Near a curve: within 6 % of the view's height, or 8 pixels, whichever is more.
            best = max(0.06 * (top - bottom), 8 * (top - bottom) / max(box.height(), 1.0)) + 1e-12
            for curve, weight in self.curves:
                x, y = curve.getData()
                if x is None or len(x) == 0:
                    continue
                k = min(int(np.searchsorted(x, point.x())), len(x) - 1)
                distance = abs(float(y[k]) - point.y())
                if distance < best:
                    best, found = distance, (weight, float(y[k]), int(x[k]))
        weight = None if found is None else found[0]
        if weight != self.hovered:
            self.hovered = weight
            self.weightHovered.emit(weight)
        if found is None:
            self.hover_label.setText("")
            return
        (layer, i, j), value, iteration = found
        self.hover_label.setText(self.tr("{0}: {1} at iteration {2}").format(
            weight_name(layer, i, j, len(self.session.network.weights)),
            i18n.decimal(f"{value:.4g}"), i18n.whole(iteration)))

    def _retranslate(self) -> None:
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("Weight"))
        item.setLabel("bottom", self.tr("Iteration"))
        self._apply_palette()
        self._later()

    def _apply_palette(self) -> None:
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)
