"""The live loss curve: millions of points, log scale with zeros, clearing and export."""

from __future__ import annotations

import csv

import numpy as np
import pyqtgraph as pg
import pytest
from helpers.article import X, Y
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolTip

from nngui.model.network import Network
from nngui.qt.widgets.loss_plot import LossPlot, _peaks


@pytest.fixture
def plot(qtbot):
    widget = LossPlot()
    qtbot.addWidget(widget)
    widget.resize(640, 400)
    widget.show()
    return widget


def curve(plot: LossPlot):
    (item,) = plot.getPlotItem().listDataItems()
    return item


def shown(plot: LossPlot, qtbot) -> tuple[np.ndarray, np.ndarray]:
    """The points handed to the curve (in view, reduced to the pixels), once the view has settled
    on them."""
    plot.grab()  # the view fits the new losses as it paints; the curve follows the view
    return curve(plot).getData()


def held_bytes(plot: LossPlot) -> int:
    """The bytes of every array the plot, its losses and its curve hold."""
    arrays = [v for v in [*vars(plot).values(), *vars(plot.history).values()] if isinstance(v, np.ndarray)]
    arrays += [a for a in curve(plot).getData() if a is not None]
    return sum(a.nbytes for a in arrays)


def fits(plot: LossPlot, bottom: float, top: float) -> bool:
    """Whether the view's y range holds bottom to top, with no more than a little room around them."""
    (_, _), (low, high) = plot.getPlotItem().getViewBox().viewRange()
    room = 0.1 * (top - bottom)
    return bottom - room < low <= bottom and top <= high < top + room


def floor_line(plot: LossPlot):
    """The dashed line that losses of 0 are drawn on (log scale)."""
    (line,) = [item for item in plot.getPlotItem().items if isinstance(item, pg.InfiniteLine)]
    return line


def decaying_losses(n: int, seed: int = 4) -> np.ndarray:
    """Losses like a training run's: falling from 0.25 by orders of magnitude, with noise."""
    rng = np.random.default_rng(seed)
    return 0.25 * np.exp(-np.arange(n) / 1e5) * (1 + 0.2 * rng.random(n))


def test_the_plot_is_named_and_labelled(plot, qtbot):
    assert plot.objectName() == "lossPlot"
    plot.resize(640, 900)  # tall enough for the long label (a short one says "Loss": see below)
    qtbot.waitUntil(lambda: plot.getPlotItem().getAxis("left").labelText == "Loss (mean squared error)")
    item = plot.getPlotItem()
    assert item.getAxis("left").labelText == "Loss (mean squared error)"
    assert item.getAxis("bottom").labelText == "Iteration"
    assert plot.count() == 0 and plot.losses().shape == (0,)
    QCoreApplication.sendEvent(plot, QEvent(QEvent.Type.LanguageChange))  # labels are set again
    assert item.getAxis("left").labelText == "Loss (mean squared error)"


def test_iterations_count_from_one_across_appends(plot, qtbot):
    plot.append(np.array([0.5, 0.4, 0.3]))
    plot.append([0.2, 0.1])
    plot.append(np.empty(0))
    x, y = shown(plot, qtbot)
    assert list(x) == [1, 2, 3, 4, 5]
    assert list(y) == [0.5, 0.4, 0.3, 0.2, 0.1]
    assert list(plot.losses()) == [0.5, 0.4, 0.3, 0.2, 0.1]


def test_two_million_points_in_chunks(plot, qtbot):
    rng = np.random.default_rng(1)
    chunks = [rng.random(10_000) * np.exp(-i / 40) for i in range(210)]
    for chunk in chunks:
        plot.append(chunk)
    assert plot.count() == 2_100_000
    assert np.array_equal(plot.losses(), np.concatenate(chunks))
    x, y = shown(plot, qtbot)
    assert len(x) < 20_000  # downsampled to about the widget's width, peaks kept
    assert x[0] < 2_100_000 / 1000 and x[-1] > 2_100_000 * 0.999  # from the first to the latest
    assert y.max() == plot.losses().max() and y.min() == plot.losses().min()
    every_x, every_y = curve(plot).getOriginalDataset()  # what pyqtgraph's own export writes
    assert every_x[0] == 1 and every_x[-1] == 2_100_000 and np.array_equal(every_y, plot.losses())


def test_each_append_is_drawn_at_once(plot):
    """The plot keeps no pace of its own: the session paces its updates (see test_session)."""
    plot.getPlotItem().getViewBox().setRange(xRange=(0, 10_000), yRange=(0, 1))  # the view stays put
    item = curve(plot)
    redraws = []
    item.sigPlotChanged.connect(redraws.append)
    for number in range(1, 4):
        plot.append(np.full(100, 0.25))
        assert len(redraws) == number
        assert 100 * number - 10 < item.getData()[0][-1] <= 100 * number  # the latest block is drawn


def test_a_plot_of_a_session_draws_the_sessions_losses(qtbot):
    from nngui.model.scenario import article_scenario
    from nngui.qt.document import ScenarioDocument
    from nngui.qt.session import TrainingSession

    document = ScenarioDocument(article_scenario())
    document.set_setting("iterations", 3000)
    session = TrainingSession(document, backend="thread")
    plot = LossPlot(session=session)
    qtbot.addWidget(plot)
    plot.show()
    try:
        with qtbot.waitSignal(session.finished, timeout=30_000):
            session.train()
        session.step()
        assert plot.history is session.loss_history  # the session's losses, not a copy
        assert plot.count() == 3001 and np.array_equal(plot.losses(), session.losses())
        x, y = curve(plot).getData()
        assert x[-1] == 3001 and y[-1] == session.losses()[-1]
        with pytest.raises(RuntimeError):
            plot.append([0.5])  # only the session adds losses
        session.reset()
        assert plot.count() == 0 and curve(plot).getData()[0] is None
    finally:
        session.shutdown()


def test_log_scale_copes_with_zero_and_tiny_losses(plot, qtbot):
    plot.append(np.array([0.3, 1e-3, 0.0, 5e-324, 1e-200]))
    plot.set_log_scale(True)
    assert plot.log_scale()
    assert plot.getPlotItem().getAxis("left").logMode
    plot.append(np.array([0.0, 1e-310, 0.1]))
    x, y = shown(plot, qtbot)
    assert np.all(np.isfinite(y))
    assert y[0] == pytest.approx(np.log10(0.3))
    assert y[3] == pytest.approx(np.log10(5e-324)) and y[6] == pytest.approx(-310)  # tiny, yet real
    assert y[2] == y[5] == -325  # zeros: a decade below the smallest loss (5e-324, a subnormal)
    plot.grab()  # draws without a warning (warnings are errors in this test suite)

    plot.set_log_scale(False)
    assert not plot.log_scale()
    x, y = shown(plot, qtbot)
    assert np.array_equal(y, plot.losses())
    assert plot.losses()[2] == 0.0  # the floor is for display only


def test_log_view_fits_the_real_curve_and_draws_zeros_on_a_dashed_floor(plot, qtbot):
    losses = 0.25 * np.exp(-np.arange(1000) / 100)  # from 0.25 to 1.1e-5: 4.3 decades
    zeros = [200, 500, 800, 999]
    losses[zeros] = 0.0  # a saturated sigmoid's error underflowed
    plot.append(losses)
    plot.set_log_scale(True)
    x, y = shown(plot, qtbot)
    assert np.array_equal(x, np.arange(1, 1001))  # a point per loss (1000 fit the pixels)
    assert list(np.flatnonzero(y == y.min())) == zeros
    assert y.min() == -6  # the floor: 10^-6, a decade below the smallest loss (1.1e-5)
    assert np.allclose(np.delete(y, zeros), np.log10(np.delete(losses, zeros)))
    assert fits(plot, -6, np.log10(0.25))  # the curve and its floor, not 10^-300
    line = floor_line(plot)
    assert line.isVisible() and line.value() == -6
    assert line.pen.style() == Qt.PenStyle.DashLine and line.label.toPlainText() == "loss 0"
    label = line.label  # hovering it explains the line
    point = plot.mapFromScene(label.mapToScene(label.boundingRect().center()))
    QCoreApplication.sendEvent(plot.viewport(), QHelpEvent(QEvent.Type.ToolTip, point,
                                                           plot.viewport().mapToGlobal(point)))
    assert "exactly 0" in QToolTip.text()
    QToolTip.hideText()

    plot.getPlotItem().getViewBox().setXRange(20, 60, padding=0)  # pan to where no loss is 0
    x, y = shown(plot, qtbot)
    assert y.min() > -1 and line.value() == -6  # the floor stays where it was
    plot.getPlotItem().enableAutoRange()

    plot.append([3e-9, 0.0])  # training finds a smaller loss: the floor moves down with it
    x, y = shown(plot, qtbot)
    assert y[-1] == -10 and y[-2] == pytest.approx(np.log10(3e-9)) and line.value() == -10
    assert fits(plot, -10, np.log10(0.25))

    plot.set_log_scale(False)  # zeros are at 0 again, and the floor line goes
    x, y = shown(plot, qtbot)
    assert np.array_equal(y, plot.losses()) and y[zeros[0]] == 0.0
    assert not line.isVisible()
    assert fits(plot, 0, 0.25)


def test_log_view_of_losses_that_are_all_zero(plot, qtbot):
    plot.set_log_scale(True)
    plot.append(np.zeros(50))
    x, y = shown(plot, qtbot)
    assert len(x) == 50 and np.all(y == -3)  # along the bottom of a view of losses up to 1
    assert fits(plot, -3, 0)
    assert floor_line(plot).isVisible() and floor_line(plot).value() == -3
    plot.append([0.02])  # a real loss: the floor is tied to it from now on
    x, y = shown(plot, qtbot)
    assert np.all(y[:50] == -3) and y[50] == pytest.approx(np.log10(0.02))  # 10^-3: a decade below 0.02
    plot.append([0.004])
    x, y = shown(plot, qtbot)
    assert np.all(y[:50] == -4) and floor_line(plot).value() == -4
    assert fits(plot, -4, np.log10(0.02))


def test_no_floor_line_without_zeros(plot, qtbot):
    plot.set_log_scale(True)
    plot.append(decaying_losses(1000))
    shown(plot, qtbot)
    assert not floor_line(plot).isVisible()
    assert fits(plot, np.log10(plot.losses().min()), np.log10(plot.losses().max()))


@pytest.mark.parametrize("log_scale", [False, True])
def test_nan_and_infinite_losses_leave_a_fitted_view(plot, qtbot, log_scale):
    plot.set_log_scale(log_scale)
    losses = np.linspace(0.3, 0.1, 1000)
    losses[[0, 400]] = np.nan
    losses[[10, 700]] = np.inf
    plot.append(losses[:500])
    plot.append(losses[500:])
    x, y = shown(plot, qtbot)
    assert np.isnan(y[[0, 400]]).all() and np.isposinf(y[[10, 700]]).all()  # gaps in the curve
    assert np.isfinite(y).sum() == 996
    (x_low, x_high), _ = plot.getPlotItem().getViewBox().viewRange()
    assert x_low <= 1 and 1000 <= x_high < 1100
    assert fits(plot, *((np.log10(0.1), np.log10(0.3)) if log_scale else (0.1, 0.3)))
    plot.grab()  # draws without a warning

    plot.set_log_scale(not log_scale)  # the other scale too
    shown(plot, qtbot)
    assert fits(plot, *((0.1, 0.3) if log_scale else (np.log10(0.1), np.log10(0.3))))


@pytest.mark.parametrize("log_scale", [False, True])
@pytest.mark.parametrize("value", [np.nan, np.inf])
def test_only_nan_or_infinite_losses_leave_a_finite_view(plot, qtbot, log_scale, value):
    plot.set_log_scale(log_scale)
    plot.append(np.full(20, value))
    shown(plot, qtbot)
    (x_low, x_high), _ = plot.getPlotItem().getViewBox().viewRange()
    assert x_low <= 1 and 20 <= x_high < 25
    assert fits(plot, -3, 0) if log_scale else fits(plot, 0, 1)  # nothing to fit: losses up to 1
    assert not floor_line(plot).isVisible()
    plot.append([0.2, 0.1])  # finite losses after all: the view fits them
    shown(plot, qtbot)
    assert fits(plot, *((np.log10(0.1), np.log10(0.2)) if log_scale else (0.1, 0.2)))


def test_clear_forgets_everything_and_fits_the_view_again(plot, qtbot):
    plot.append(np.linspace(1, 0, 5000))
    shown(plot, qtbot)
    plot.getPlotItem().getViewBox().setXRange(100, 200)  # the user zooms in
    assert plot.getPlotItem().getViewBox().autoRangeEnabled() == [False, True]
    plot.clear()
    assert plot.count() == 0
    assert plot.getPlotItem().getViewBox().autoRangeEnabled() == [True, True]
    x, y = shown(plot, qtbot)
    assert x is None
    plot.append([0.7, 0.6])
    x, y = shown(plot, qtbot)
    assert list(x) == [1, 2]


def test_export_csv_writes_every_iteration_exactly(plot, tmp_path):
    losses = Network([3, 1]).train(X, Y, 1000, 1.0)
    plot.append(losses)
    plot.append([0.0])
    path = tmp_path / "loss.csv"
    path.write_text("old contents")
    plot.export_csv(path)
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["iteration", "loss"]
    assert [int(r[0]) for r in rows[1:]] == list(range(1, 1002))
    assert np.array_equal([float(r[1]) for r in rows[1:]], np.append(losses, 0.0))
    assert [p.name for p in tmp_path.iterdir()] == ["loss.csv"]  # no temporary file left behind


def test_export_csv_into_a_missing_folder_fails_cleanly(plot, tmp_path):
    plot.append([0.5])
    with pytest.raises(OSError):
        plot.export_csv(tmp_path / "missing" / "loss.csv")


def test_export_png_saves_the_picture(plot, tmp_path):
    plot.append(Network([3, 1]).train(X, Y, 10_000, 1.0))
    path = tmp_path / "loss.png"
    plot.export_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (plot.width(), plot.height())
    assert [p.name for p in tmp_path.iterdir()] == ["loss.png"]


def test_colours_follow_the_palette(plot):
    light = curve(plot).opts["pen"].color()
    palette = QPalette(plot.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    plot.setPalette(palette)
    assert plot.backgroundBrush().color() == QColor(30, 30, 30)
    dark = curve(plot).opts["pen"].color()
    assert dark != light and dark.lightnessF() > 0.5


def test_iteration_numbers_are_written_in_full(plot):
    labels = plot.getPlotItem().getAxis("bottom").tickStrings([0.0, 2_000_000.0, 4_000_000.0], 1.0, 2e6)
    assert labels == [QLocale().toString(n) for n in (0, 2_000_000, 4_000_000)]
    assert not any("e+" in label for label in labels)


def test_the_view_fits_every_loss_at_once_and_stays(plot, qtbot):
    rng = np.random.default_rng(2)
    losses = rng.random(300_000) * 0.2 + 0.05
    losses[123_456] = 0.9  # one spike, far from the end
    plot.append(losses)
    shown(plot, qtbot)
    plot.grab()
    box = plot.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = box.viewRange()
    assert x0 <= 1 and x1 >= 300_000
    assert y0 <= losses.min() and y1 >= 0.9
    plot.grab()  # drawing again settles nothing new
    assert box.viewRange() == [[x0, x1], [y0, y1]]


def test_the_grid_is_drawn_opaque_in_a_mix_of_text_and_background(plot):
    plot.append(np.linspace(1.0, 0.1, 100))  # an empty plot has no ticks, so no grid
    axis = plot.getPlotItem().getAxis("left")
    painter = QPainter(QImage(10, 10, QImage.Format.Format_ARGB32))
    try:
        _, ticks, _ = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    base = plot.palette().color(QPalette.ColorRole.Base)
    text = plot.palette().color(QPalette.ColorRole.Text)
    colours = {pen.color().rgba() for pen, _, _ in ticks}
    assert colours and all(QColor.fromRgba(c).alpha() == 255 for c in colours)
    for c in map(QColor.fromRgba, colours):  # between the background and the text colour
        assert min(base.red(), text.red()) <= c.red() <= max(base.red(), text.red())
        assert c.rgb() != text.rgb()


def test_log_view_of_two_million_losses_shows_the_zeros_and_a_spike(plot, qtbot):
    losses = decaying_losses(2_000_000)
    losses[::250_000] = 0.0  # exact zeros: drawn at the log scale's floor
    losses[1_234_567] = 0.9  # one spike, late in the run (iteration 1,234,568)
    plot.set_log_scale(True)
    for first in range(0, losses.shape[0], 50_000):
        plot.append(losses[first:first + 50_000])
    x, y = shown(plot, qtbot)
    assert len(x) < 20_000 and np.isfinite(y).all()
    step = x[2] - x[0]  # iterations per block: a largest and a smallest loss each
    assert step > 1
    assert y.max() == pytest.approx(np.log10(0.9))
    assert abs(x[np.argmax(y)] - 1_234_568) <= step
    floor = np.floor(np.log10(losses[losses > 0].min())) - 1  # a whole decade, one or two below
    assert floor == -11
    assert y.min() == floor
    (x_low, x_high), (y_low, y_high) = plot.getPlotItem().getViewBox().viewRange()
    assert x_low <= 1 and x_high >= 2_000_000 and floor - 1 < y_low <= floor and y_high >= np.log10(0.9)

    plot.getPlotItem().getViewBox().setXRange(1_234_000, 1_235_000, padding=0)  # zoom in on the spike
    x, y = shown(plot, qtbot)
    assert x[0] <= 1_234_000 and x[-1] >= 1_235_000 and len(x) < 5_000  # the view and a little more
    assert np.array_equal(x, np.arange(x[0], x[-1] + 1))  # every iteration in view, one point each
    assert np.array_equal(y, np.log10(losses[int(x[0]) - 1:int(x[-1])]))
    assert x[np.argmax(y)] == 1_234_568

    plot.set_log_scale(False)  # the whole run again, in losses
    x, y = shown(plot, qtbot)
    assert len(x) < 20_000 and y.max() == 0.9 and y.min() == 0.0


def test_memory_per_loss_is_bounded(plot, qtbot):
    plot.set_log_scale(True)
    losses = decaying_losses(2_000_000)
    most = 0.0
    for first in range(0, losses.shape[0], 40_000):
        plot.append(losses[first:first + 40_000])
        most = max(most, held_bytes(plot) / plot.count())
    shown(plot, qtbot)
    assert most <= 12 + 64 * 1024 / 40_000  # 8 bytes per loss, a buffer grown by half, a few points drawn
    held = held_bytes(plot)
    assert held <= 12 * plot.count() + 64 * 1024
    plot.set_log_scale(False)
    plot.set_log_scale(True)
    shown(plot, qtbot)
    assert held_bytes(plot) <= held + 64 * 1024  # switching scales keeps no copy of the losses
    plot.clear()
    assert held_bytes(plot) <= 64 * 1024  # a run of millions gives its buffer back on reset


def test_reserved_room_takes_a_whole_run_without_copying(plot, qtbot):
    plot.append([0.5, 0.4])
    plot.reserve(300_000)
    buffer = plot.history._buffer
    assert buffer.shape[0] >= 300_002
    losses = decaying_losses(300_000)
    for chunk in np.array_split(losses, 60):  # a run's progress reports
        plot.append(chunk)
    assert plot.history._buffer is buffer  # never regrown (no copy of what was held)
    np.testing.assert_array_equal(plot.losses(), np.concatenate([[0.5, 0.4], losses]))
    plot.reserve(0)
    plot.reserve(-5)  # nothing to make room for
    assert plot.history._buffer is buffer


def test_a_hidden_plot_is_not_handed_every_loss(qtbot):
    plot = LossPlot()  # never shown, so never laid out
    qtbot.addWidget(plot)
    plot.append(decaying_losses(100_000))
    x, y = curve(plot).getData()
    assert 0 < len(x) < 5_000 and y.max() == plot.losses().max()


def test_peaks_keep_the_largest_and_smallest_of_every_block():
    losses = np.array([0.5, 0.1, 0.3, 0.9, 0.2, 0.4, 0.0])
    x, y = _peaks(losses, 0, 7, 3)  # blocks of iterations 1-3, 4-6 and 7 (a short last one)
    assert list(x) == [2, 2, 5, 5, 7, 7]
    assert list(y) == [0.5, 0.1, 0.9, 0.2, 0.0, 0.0]
    x, y = _peaks(np.array([0.5, np.nan, 0.3, np.nan, np.nan, np.nan]), 0, 6, 3)
    assert list(y[:2]) == [0.5, 0.3] and np.isnan(y[2:]).all()  # a NaN hides only a block of NaNs
    x, y = _peaks(losses, 3, 6, 1)  # one point per loss, copied
    assert list(x) == [4, 5, 6] and list(y) == [0.9, 0.2, 0.4]
    y[0] = 7.0
    assert losses[3] == 0.9


def test_iteration_labels_never_run_into_each_other_on_a_narrow_plot(qtbot):
    from PySide6.QtGui import QFontMetrics

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 240)
    plot.show()
    plot.append(np.full(2_000_000, 0.1))
    qtbot.wait(50)
    axis = plot.getPlotItem().getAxis("bottom")
    (low, high), _ = plot.getPlotItem().viewRange()
    size = axis.geometry().width()
    for spacing, values in axis.tickValues(low, high, size):  # every level drawn, major and minor
        labels = axis.tickStrings(values, 1.0, spacing)
        widest = max(QFontMetrics(axis.font()).horizontalAdvance(t) for t in labels)
        assert spacing / (high - low) * size > widest  # pixels between two labels' centres


def test_a_short_plot_says_loss_rather_than_cut_its_label(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)  # a laptop's window: the plot is short
    plot.show()
    qtbot.waitExposed(plot)
    axis = plot.getPlotItem().getAxis("left")
    long = "Loss (mean squared error)"
    qtbot.waitUntil(lambda: axis.labelText == "Loss")
    assert axis.toolTip() == long
    plot.resize(400, 900)
    qtbot.waitUntil(lambda: axis.labelText == long)
