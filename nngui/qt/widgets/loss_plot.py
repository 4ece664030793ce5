"""The live loss curve: every loss of the session drawn reduced to the view, fast past millions of them."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, Qt, Slot
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from nngui.model import numbers
from nngui.model.losses import LossHistory
from nngui.model.scenario import atomic_path
from nngui.qt import i18n
from nngui.qt.widgets.loss_marks import LossMarks, curve_colour

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

# On the log scale, losses of 0 (an error that underflowed) are drawn on a floor: a whole decade, at
# least this many decades below the smallest loss above 0, so the axis shows the real curve and not
# 10^-300. The floor is the same for the whole curve (panning does not move it).
FLOOR_DECADES = 1
# The floor, as log10, when no loss is above 0 (every loss is 0): the zeros lie along the bottom
# of a view reaching up to a loss of 1.
_ZEROS_ONLY_FLOOR = -3.0
# The curve gets the largest and the smallest loss of every block of losses, this many blocks per
# pixel of the plot's width (peak downsampling: a spike stays visible however far you zoom out).
_BLOCKS_PER_PIXEL = 2.0
# The width assumed before the plot is laid out (a hidden plot is never handed every loss).
_UNKNOWN_WIDTH = 640.0
_CSV_ROWS_PER_WRITE = 100_000
# From this window height (px) the loss axis has room for its long label.
TALL_WINDOW = 800
# The iteration axis shows at least iterations 1 to this, so that a single Step's point is in view.
_FEWEST_ITERATIONS = 10

# Points of a curve: x (iteration numbers) and y, or None and None when there are none.
_Points = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]] | tuple[None, None]


class LossPlot(pg.PlotWidget):
    """The loss (mean squared error) of every iteration, iteration 1 first, until cleared.

    Given a session, it draws the session's losses and follows it: each update of the session
    (lossesAppended, at most ~30 a second) is drawn at once, and a Reset clears the curve. Without
    one it draws losses of its own, given with append().
    """

    def __init__(self, parent: QWidget | None = None, session: TrainingSession | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": IterationAxis("bottom"), "left": _LossAxis("left")})
        del self.clear  # PlotWidget binds PlotItem.clear on the instance, which would hide ours
        self.setObjectName("lossPlot")
        # The losses drawn: the session's own (iteration i's loss is the (i - 1)th), with their range
        # for the view and the log scale's floor; log10 is taken only of the few points drawn.
        self._session = session
        self.history: LossHistory = session.loss_history if session is not None else LossHistory()
        self._log_scale = False
        self._drawn: tuple[int, int, int] | None = None  # the (first, end, step) handed to the curve

        item = self.getPlotItem()
        item.setMenuEnabled(False, enableViewBoxMenu=True)  # its log option would bypass set_log_scale
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setMouseEnabled(x=True, y=True)
        for name in ("left", "bottom"):  # the grid is opaque (fast to draw): behind the curve, not over it
            item.getAxis(name).setZValue(item.getViewBox().zValue() - 1)
        # On the log scale, a dashed line where losses of 0 are drawn, shown while there are any.
        self._floor_line = pg.InfiniteLine(angle=0, movable=False, label="",
                                           labelOpts={"position": 0.0, "anchors": [(0, 1), (0, 1)]})
        self._floor_line.setZValue(-1)  # under the curve
        self._floor_line.hide()
        item.addItem(self._floor_line, ignoreBounds=True)
        self._curve = _LossCurve()  # given the losses in view, reduced to the pixels (see _draw_view)
        self._curve.original = self._every_point
        item.addItem(self._curve)
        self._curve.setSkipFiniteCheck(True)
        self._curve.setDynamicRangeLimit(None)  # losses are small numbers; this would rescan all of them
        self._latest = pg.LabelItem("", justify="right")
        self._latest.setParentItem(item.getViewBox())
        self._latest.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 4))
        item.enableAutoRange()
        box = self._box = item.getViewBox()
        box.sigXRangeChanged.connect(self._view_changed)
        box.sigResized.connect(self._view_changed)
        box.sigResized.connect(self._show_latest)  # the empty plot's words wrap to its width
        box.sigResized.connect(self._fit_left_label)
        self._retranslate()
        self._apply_palette()
        self.marks: LossMarks | None = None
        if session is not None:
            session.lossesAppended.connect(self._redraw)
            session.wasReset.connect(self._forget)
            session.wasReset.connect(self._fit_left_label)  # the rules may have changed the loss
            session.viewChanged.connect(self._show_latest)
            self.marks = LossMarks(self, session)  # the iteration viewed, the hovered loss, earlier runs
        self._redraw()  # empty: no ticks yet

    # -- data ----------------------------------------------------------------
    def append(self, losses: npt.ArrayLike) -> None:
        """Add the losses of the next iterations (a plot without a session) and draw them."""
        if self._session is not None:
            raise RuntimeError("this plot draws its session's losses: the session appends them")
        if np.size(losses):
            self.history.append(losses)
            self._redraw()

    def reserve(self, more: int) -> None:
        """Make room for `more` losses beyond those held, so that appending them copies nothing."""
        self.history.reserve(more)

    def clear(self) -> None:
        """Forget every loss (a plot without a session); the view zooms to fit again."""
        if self._session is not None:
            raise RuntimeError("this plot draws its session's losses: reset the session")
        self.history.clear()
        self._forget()

    def offset(self) -> int:
        """Iterations before the first loss held: a file may keep a network but not its many losses."""
        return self._session.loss_offset() if self._session is not None else 0

    def count(self) -> int:
        """How many losses (iterations) the plot shows."""
        return len(self.history)

    def losses(self) -> npt.NDArray[np.float64]:
        """A copy of the losses, iteration 1 first."""
        return self.history.copy()

    # -- log scale -------------------------------------------------------------
    def set_log_scale(self, on: bool) -> None:
        """Show the loss on a logarithmic axis (losses of 0 are drawn on a dashed floor line)."""
        on = bool(on)
        if on == self._log_scale:
            return
        self._log_scale = on
        self.getPlotItem().getAxis("left").setLogMode(on)
        self._redraw()
        if self.marks is not None:
            self.marks.show_compared()
        self.getPlotItem().enableAutoRange()

    def log_scale(self) -> bool:
        return self._log_scale

    # -- export ------------------------------------------------------------------
    def export_csv(self, path: str | os.PathLike[str]) -> None:
        """Write "iteration,loss" rows (full precision); the file appears complete or not at all."""
        losses, offset = self.history.view(), self.offset()
        with atomic_path(path) as temp, open(temp, "w", encoding="utf-8", newline="\n") as f:
            f.write("iteration,loss\n")
            for first in range(0, losses.shape[0], _CSV_ROWS_PER_WRITE):
                block = losses[first:first + _CSV_ROWS_PER_WRITE].tolist()
                f.write("".join(f"{offset + first + i + 1},{value!r}\n" for i, value in enumerate(block)))

    def export_png(self, path: str | os.PathLike[str]) -> None:
        """Save the plot as it looks on screen."""
        self._redraw()
        image = self.grab()
        with atomic_path(path) as temp:
            if not image.save(temp, "PNG"):
                raise OSError(f"could not write the image {os.fspath(path)!r}")

    # -- drawing -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # not while pyqtgraph is still building the widget, nor once it is closed (its plot item gone)
        ready = hasattr(self, "_curve") and self.getPlotItem() is not None
        if ready and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
        elif ready and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @Slot()
    def _forget(self) -> None:
        """The losses were cleared: draw nothing, and fit the view again."""
        self._redraw()
        self.getPlotItem().enableAutoRange()

    @Slot()
    def _redraw(self, *_: object) -> None:
        """Draw the losses again (they changed, or the scale did)."""
        self._curve.bounds = self._bounds()
        empty = len(self.history) == 0
        item = self.getPlotItem()
        for name in ("left", "bottom"):  # an empty plot has no ticks: there is nothing to measure yet
            axis = item.getAxis(name)
            if axis.empty != empty:
                axis.empty = empty
                axis.picture = None
                axis.update()
        self._draw_view(again=True)
        self._show_floor()
        self._show_latest()

    def _every_point(self) -> _Points:
        """Every (iteration, loss) as the curve would show it unreduced: made only when asked for."""
        n = len(self.history)
        if n == 0:
            return None, None
        y = self.history.copy()
        if self._log_scale:
            _log10_floored(y, self._floor(), out=y)
        offset = self.offset()
        return np.arange(offset + 1, offset + n + 1, dtype=np.float64), y

    def _view_changed(self, *_: object) -> None:
        """The view was panned, zoomed or resized: hand the curve the losses it now shows."""
        self._draw_view(again=False)

    def _draw_view(self, again: bool) -> None:
        """Hand the curve the losses in view, reduced to the pixels; `again` after the losses changed."""
        n = len(self.history)
        drawn = self._visible(n) if n else None
        if drawn == self._drawn and not again:
            return
        self._drawn = drawn
        if drawn is None:
            self._curve.setData([], [])
            return
        x, y = _peaks(self.history.view(), *drawn)
        x += self.offset()
        if self._log_scale:
            _log10_floored(y, self._floor(), out=y)
        self._curve.setData(x, y)

    def _visible(self, n: int) -> tuple[int, int, int]:
        """(first, end, step): the losses[first:end] in view, and how many of them share a block.

        As pyqtgraph's peak downsampling and clip-to-view do, but with blocks that start at multiples
        of the step, so panning does not make the curve shimmer.
        """
        box = self._box
        pixels = box.width() if box.width() >= 1 else _UNKNOWN_WIDTH
        if box.autoRangeEnabled()[0]:  # the view fits every loss, or is about to
            return 0, n, max(1, int(n / (pixels * _BLOCKS_PER_PIXEL)))
        (left, right), _ = box.viewRange()
        offset = self.offset()
        left, right = left - offset, right - offset
        step = max(1, int((right - left) / (pixels * _BLOCKS_PER_PIXEL)))
        # iteration i is at x = i and is losses[i - 1]; one block more each side, so the line runs on
        first = min(max(math.ceil(left) - 1 - step, 0), n)
        end = min(max(math.ceil(right) - 1 + step, first), n)
        return first - first % step, end, step

    def _floor(self) -> float:
        """log10 of where losses of 0 are drawn on the log scale (see FLOOR_DECADES)."""
        if self.history.smallest_positive == math.inf:
            return _ZEROS_ONLY_FLOOR
        return float(math.floor(math.log10(self.history.smallest_positive)) - FLOOR_DECADES)

    def _bounds(self) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """The curve's extent, (x range, y range), known without scanning the losses; None if empty.

        Only finite losses count, and on the log scale the floor if there are zeros; with no finite
        loss to fit, the y range is that of losses from 0 (or the floor) to 1.
        """
        history = self.history
        if len(history) == 0:  # an empty view of its own: the old axes go
            empty_y = (_ZEROS_ONLY_FLOOR, 0.0) if self._log_scale else (0.0, 1.0)
            return (1.0, float(_FEWEST_ITERATIONS)), empty_y
        offset = self.offset()
        x_range = (offset + 1.0, float(offset + max(len(history), _FEWEST_ITERATIONS)))  # one Step's in view
        low, high = history.lowest, history.highest
        if not self._log_scale:
            return x_range, (_spread((low, high), max(0.2 * abs(high), 1e-6)) if low <= high else (0.0, 1.0))
        if history.smallest_positive == math.inf:  # nothing above 0 to fit
            return x_range, (_ZEROS_ONLY_FLOOR, 0.0)
        return x_range, _spread((self._floor() if low <= 0 else math.log10(low), math.log10(high)), 0.5)

    def _show_floor(self) -> None:
        """The dashed floor line, on the log scale while some loss is 0."""
        shown = self._log_scale and self.history.lowest <= 0
        if shown and self._floor_line.value() != self._floor():
            self._floor_line.setValue(self._floor())
        if shown != self._floor_line.isVisible():
            self._floor_line.setVisible(shown)
            if shown:
                self._floor_line.label.valueChanged()  # its text is set only while shown

    def _show_latest(self, *_: object) -> None:
        if self.getPlotItem() is None:  # closed
            return
        last = self.history.last()
        if last is None:  # an empty plot says what it will show, in its middle
            self._latest.setText(self.tr("Press Train or Step:<br>the loss of each iteration is drawn here."))
            self._latest.item.setTextWidth(max(120.0, min(320.0, self._box.width() - 24)))  # wraps
            self._latest.updateMin()
            self._latest.anchor(itemPos=(0, 0.5), parentPos=(0, 0.5), offset=(12, 0))
            return
        self._latest.item.setTextWidth(-1)
        self._latest.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 4))
        iteration = self.offset() + len(self.history)
        if self._session is not None and self._session.is_viewing_past():  # the timeline went back
            iteration = self._session.viewed_iteration
            last = self._session.loss_at(iteration)
            if last is None:
                self._latest.setText(self.tr("Iteration {0}").format(i18n.whole(iteration)))
                return
        self._latest.setText(self.tr("Loss at iteration {0}: {1}").format(
            i18n.whole(iteration), i18n.decimal(f"{last:.4g}")))

    def _fit_left_label(self, *_: object) -> None:
        """"Loss (mean squared error)" (or cross-entropy, by the rules) in a tall window, "Loss" in a
        laptop's or a netbook's, where the plot is too short for the long label (it was cut off); the
        tooltip always says which loss.
        (By the window's height, not the plot's: the same window gets the same label however its
        language was chosen.)"""
        item = self.getPlotItem()
        if item is None:
            return
        cross_entropy = self._session is not None and self._session.network.rules.loss == "cross-entropy"
        long = self.tr("Loss (cross-entropy)") if cross_entropy else self.tr("Loss (mean squared error)")
        short = self.tr("Loss")
        text = long if self.window().height() >= TALL_WINDOW else short
        axis = item.getAxis("left")
        if axis.labelText != text:
            item.setLabel("left", text)
        axis.setToolTip(long)

    def _retranslate(self) -> None:
        label = self._floor_line.label
        label.setFormat(self.tr("loss 0"))
        label.setToolTip(self.tr("Losses of exactly 0 are drawn on this dashed line: "
                                 "a logarithmic axis has no 0."))
        item = self.getPlotItem()
        self._fit_left_label()
        item.setLabel("bottom", self.tr("Iteration"))
        for name in ("left", "bottom"):  # tick numbers in the new locale's style
            axis = item.getAxis(name)
            axis.picture = None
            axis.update()
        self._show_latest()

    def _apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        grid = QColor(text)
        self.setBackground(base)
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.base = QColor(base)
            axis.setPen(pg.mkPen(grid))
            axis.setTextPen(pg.mkPen(text))
            axis.label.setDefaultTextColor(text)
            axis.enableAutoSIPrefix(False)  # "(x0.001)" beside the label puzzles a beginner
        # Room for "0.0001" from the start, and no shrinking, so the plot does not jump sideways.
        left = item.getAxis("left")
        left.setStyle(autoReduceTextSpace=False)
        left.textWidth = max(left.textWidth, QFontMetrics(self.font()).horizontalAdvance("0.0001"))
        left.setStyle()
        curve = curve_colour(dark)
        self._curve.setPen(pg.mkPen(curve, width=2))
        floor = QColor.fromRgbF(*(0.45 * t + 0.55 * b for t, b in  # opaque, between text and background
                                  zip(text.getRgbF()[:3], base.getRgbF()[:3], strict=True)))
        self._floor_line.setPen(pg.mkPen(floor, width=1, style=Qt.PenStyle.DashLine))
        self._floor_line.label.setColor(text)
        self._latest.setAttr("color", text.name())
        self._latest.setAttr("size", "9pt")
        self._latest.setText(self._latest.text)
        if getattr(self, "marks", None) is not None:
            self.marks.apply_palette()


class _LossCurve(pg.PlotDataItem):
    """The curve, with its extent given by the plot: auto-range settles in one pass, with no scan.

    pyqtgraph would measure the clipped, downsampled points on screen, which change with the view,
    so each new range asked for another redraw.
    """

    bounds: tuple[tuple[float, float], tuple[float, float] | None] | None = None
    # Every point, not only those drawn: pyqtgraph's own CSV export (the view's menu) asks for it.
    original: Callable[[], _Points] | None = None

    def getOriginalDataset(self) -> _Points:
        return super().getOriginalDataset() if self.original is None else self.original()

    def dataBounds(self, ax: int, frac: float = 1.0,
                   orthoRange: tuple[float, float] | None = None) -> tuple:  # noqa: N803 (pyqtgraph's name)
        if self.bounds is None or self.bounds[ax] is None or frac != 1.0 or orthoRange is not None:
            return super().dataBounds(ax, frac, orthoRange)
        return self.bounds[ax]


class _OpaqueGridAxis(pg.AxisItem):
    """An axis whose grid lines are drawn opaque, pre-mixed with the background (`base`) colour.

    Qt draws a translucent line many times slower than an opaque one, and the grid is most of a
    repaint; the colours come out the same as pyqtgraph's translucent grid over the background.
    """

    base: QColor | None = None
    empty = False  # no losses: no ticks

    def generateDrawSpecs(self, p: QPainter) -> tuple | None:
        specs = super().generateDrawSpecs(p)
        if specs is None or self.base is None:
            return specs
        axis_spec, tick_specs, text_specs = specs
        base = self.base
        mixed: dict[int, QPen] = {}  # one pen per tick level
        opaque = []
        for pen, p1, p2 in tick_specs:
            new = mixed.get(id(pen))
            if new is None:
                colour = pen.color()
                alpha = colour.alphaF()
                new = QPen(pen)
                new.setColor(QColor.fromRgbF(
                    colour.redF() * alpha + base.redF() * (1 - alpha),
                    colour.greenF() * alpha + base.greenF() * (1 - alpha),
                    colour.blueF() * alpha + base.blueF() * (1 - alpha)))
                mixed[id(pen)] = new
            opaque.append((new, p1, p2))
        return axis_spec, opaque, text_specs


class IterationAxis(_OpaqueGridAxis):
    """Iteration numbers written in full, as the user's locale writes them ("2,000,000", not "2e+06").

    Only whole iterations get a tick: there is no iteration 1.5.
    """

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803 (pyqtgraph's)
        if self.empty:
            return []
        # Labels like "2,000,000" are wide: ticks at least a label and a half apart, so they never run
        # into each other ("200,000400,000") on a narrow plot.
        low, high = sorted((minVal, maxVal))
        largest = QLocale().toString(round(max(abs(low), abs(high))))
        widest = QFontMetrics(self.font()).horizontalAdvance(largest)
        least = 1.5 * widest * (high - low) / max(size, 1.0)  # iterations between two labels, at least
        levels = []
        for spacing, values in super().tickValues(minVal, maxVal, size):
            if spacing is not None and spacing < 1:
                continue
            levels.append((spacing, [v for v in values if abs(v - round(v)) < 1e-9]))
        roomy = [(spacing, values) for spacing, values in levels if spacing is None or spacing >= least]
        if levels and not roomy:
            spacing = _nice_at_least(least)
            first = math.ceil(low / spacing) * spacing
            roomy = [(spacing, [float(v) for v in np.arange(first, high + spacing / 2, spacing)])]
        return roomy

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode or spacing * scale < 1:
            return [i18n.decimal(text) for text in super().tickStrings(values, scale, spacing)]
        locale = QLocale()
        return [locale.toString(round(v * scale)) for v in values]


class _LossAxis(_OpaqueGridAxis):
    """Loss values with the locale's decimal separator ("0,25" in Russian).

    On the log scale: ticks at whole decades (and at 2 and 5 times them only where a decade has room
    for their labels), every label of the axis written one way, as decimals ("0.001") or, once the
    axis reaches below 0.0001, as powers of ten ("10⁻⁵").
    """

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803 (pyqtgraph's)
        if self.empty:
            return []
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        low, high = sorted((minVal, maxVal))
        label = QFontMetrics(self.font()).height() * 1.6
        per_decade = size / max(high - low, 1e-12)  # pixels
        decades = list(range(math.ceil(low), math.floor(high) + 1))
        every = max(1, math.ceil(label / per_decade))  # a label every this many decades
        majors = [float(d) for d in decades if d % every == 0]
        minors: list[float] = []
        for factors in ((2, 5), (2, 3, 5), (2, 3, 4, 5, 6, 7, 8, 9)):  # as many as fit without overlap
            marks = sorted({d + math.log10(f) for d in range(math.floor(low), math.ceil(high) + 1)
                            for f in (1, *factors)})
            gaps = [b - a for a, b in zip(marks, marks[1:], strict=False)]
            if every > 1 or (gaps and min(gaps) * per_decade < label):
                break
            minors = [m for m in marks if low <= m <= high and abs(m - round(m)) > 1e-9]
        return [(1.0, majors), (None, minors)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if not self.logMode:
            return [i18n.decimal(text) for text in super().tickStrings(values, scale, spacing)]
        powers = 10 ** min(self.range) < 1e-4  # the whole axis decides, so one level does not differ
        return [i18n.decimal(numbers.power_of_ten(10 ** v) if powers else numbers.plain(10 ** v, 6))
                for v in values]


def _nice_at_least(least: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten that is at least `least` (and at least 1)."""
    power = 10.0 ** math.floor(math.log10(max(least, 1.0)))
    return next(f * power for f in (1, 2, 5, 10) if f * power >= least)


def _spread(span: tuple[float, float], least: float) -> tuple[float, float]:
    """A y range at least `least` high around a flat curve (a flat loss still gets labels)."""
    low, high = span
    if high - low >= least * 1e-3:
        return low, high
    middle = (low + high) / 2
    return middle - least / 2, middle + least / 2


def _peaks(losses: npt.NDArray[np.float64], first: int, end: int,
           step: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The losses[first:end] as the curve's (x, y), x being iteration numbers (index + 1).

    With a step above 1, every block of `step` losses becomes two points at the block's middle, its
    largest loss then its smallest (pyqtgraph's "peak" downsampling); the last block may be shorter.
    A NaN counts only in a block of NaNs. Only the result is new memory: the blocks are reduced
    where they lie.
    """
    if step == 1:
        return np.arange(first + 1, end + 1, dtype=np.float64), losses[first:end].copy()
    starts = np.arange(first, end, step)
    x = starts + np.minimum(step, end - starts) // 2 + 1.0
    y = np.empty((starts.shape[0], 2))
    np.fmax.reduceat(losses[first:end], starts - first, out=y[:, 0])
    np.fmin.reduceat(losses[first:end], starts - first, out=y[:, 1])
    return np.repeat(x, 2), y.reshape(-1)


def _log10_floored(values: npt.NDArray[np.float64], floor: float, out: npt.NDArray[np.float64]) -> None:
    """log10 of the values, with zeros (and anything below 10^floor) at `floor`; NaN and inf stay."""
    np.maximum(values, 0.0, out=out)
    with np.errstate(divide="ignore"):  # log10(0) is -inf, raised to the floor next
        np.log10(out, out=out)
    np.maximum(out, floor, out=out)
