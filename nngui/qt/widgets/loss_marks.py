"""What the loss plot marks beside the curve: the iteration viewed, the loss under the mouse, earlier runs."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Slot
from PySide6.QtGui import QColor, QPen

from nngui.qt import i18n

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession
    from nngui.qt.widgets.loss_plot import LossPlot

# Earlier runs are drawn in these colours, faded (the current run is the plot's own colour).
COMPARED_COLOURS = ("#d62728", "#2ca02c", "#9467bd", "#8c564b")


def curve_colour(dark: bool) -> QColor:
    """The current run's curve: a blue that stands out on white and on near-black alike (TensorFlow
    Playground's curve colours)."""
    return QColor("#64b5f6") if dark else QColor("#1565c0")


def compared_colour(number: int) -> QColor:
    return QColor(COMPARED_COLOURS[number % len(COMPARED_COLOURS)])


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPlot", text)


class LossMarks:
    """The loss plot's marks: a line at the iteration the timeline shows, the iteration and loss under
    the mouse, and the loss curves of the runs kept for comparison, faded and labelled."""

    def __init__(self, plot: LossPlot, session: TrainingSession) -> None:
        self.plot, self.session = plot, session
        item = plot.getPlotItem()
        self.viewed_line = pg.InfiniteLine(angle=90, movable=False)
        self.viewed_line.setZValue(5)
        self.viewed_line.hide()
        item.addItem(self.viewed_line, ignoreBounds=True)
        self.hover_dot = pg.TargetItem(size=9, movable=False, symbol="o")  # not a data item of the plot
        self.hover_dot.setZValue(6)
        self.hover_dot.hide()
        item.addItem(self.hover_dot, ignoreBounds=True)
        self.hover_text = pg.TextItem(anchor=(0, 1))
        self.hover_text.setZValue(7)
        self.hover_text.hide()
        item.addItem(self.hover_text, ignoreBounds=True)
        self.hovered: tuple[int, float] | None = None  # (iteration, loss) under the mouse
        self.curves: list[pg.PlotDataItem] = []
        plot.scene().sigMouseMoved.connect(self._hover)
        session.viewChanged.connect(self._show_viewed)
        session.wasReset.connect(self._show_viewed)
        session.comparedChanged.connect(self.show_compared)
        self.apply_palette()

    def apply_palette(self) -> None:
        text = self.plot.palette().color(self.plot.foregroundRole())
        pen = QPen(QColor("#e377c2"), 1.5)
        pen.setCosmetic(True)
        self.viewed_line.setPen(pen)
        self.hover_text.setColor(text)
        self.hover_dot.setPen(pg.mkPen(text))
        self.hover_dot.setBrush(pg.mkBrush(QColor("#e377c2")))
        self.hover_dot.setHoverBrush(pg.mkBrush(QColor("#e377c2")))

    @Slot()
    def _show_viewed(self, *_: object) -> None:
        session = self.session
        viewed = session.viewed_iteration
        self.viewed_line.setVisible(session.is_viewing_past() and viewed > 0)
        self.viewed_line.setValue(viewed)
        loss = session.loss_at(viewed)
        if session.is_viewing_past() and loss is not None:
            self.viewed_line.setToolTip(_tr("Iteration {0}: loss {1}").format(
                i18n.whole(viewed), i18n.decimal(f"{loss:.6g}")))

    @Slot(object)
    def _hover(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(position) or len(self.plot.history) == 0:
            self._hide_hover()
            return
        point = box.mapSceneToView(position)
        iteration = int(round(point.x()))
        iteration = min(max(iteration, self.session.loss_offset() + 1), self.session.iteration)
        loss = self.session.loss_at(iteration)
        if loss is None:
            self._hide_hover()
            return
        y = loss
        if self.plot.log_scale():
            y = math.log10(loss) if loss > 0 else self.plot._floor()
        # Only near the curve: within a tenth of the view's height of the loss there.
        (_, _), (bottom, top) = box.viewRange()
        if abs(point.y() - y) > 0.1 * (top - bottom) + 1e-12:
            self._hide_hover()
            return
        self.hovered = (iteration, loss)
        self.hover_dot.setPos(iteration, y)
        self.hover_dot.show()
        self.hover_text.setText(_tr("Iteration {0}: loss {1}").format(
            i18n.whole(iteration), i18n.decimal(f"{loss:.6g}")))
        self.hover_text.setPos(iteration, y)
        self.hover_text.show()

    def _hide_hover(self) -> None:
        self.hovered = None
        self.hover_dot.hide()
        self.hover_text.hide()

    @Slot()
    def show_compared(self) -> None:
        """Draw the compared runs' curves (on the scale the plot shows); the timeline bar under the plot
        labels each, in its colour, with its settings."""
        item = self.plot.getPlotItem()
        for curve in self.curves:
            item.removeItem(curve)
        self.curves = []
        log = self.plot.log_scale()
        for run in self.session.compared:
            colour = compared_colour(run.number - 1)
            colour.setAlphaF(0.55)
            pen = QPen(colour, 1.5)
            pen.setCosmetic(True)
            pen.setStyle(Qt.PenStyle.DashLine)  # faded and dashed: not the current run
            y = run.losses
            if log:
                y = np.log10(np.maximum(y, 10.0 ** self.plot._floor()))
            curve = pg.PlotDataItem(run.iterations, y, pen=pen)
            curve.setZValue(-0.5)
            item.addItem(curve)
            self.curves.append(curve)
