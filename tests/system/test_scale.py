"""A big scenario (1,000 situations × 64 inputs, hidden layers 32, 16) opens, scrolls, edits and trains."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTableView

from nngui.qt.training import TrainingProgress
from nngui.qt.widgets.diagram import MAX_DRAWN_EDGES

# isort: split
from _shared import INPUTS, SITUATIONS, LatenessProbe, big_scenario  # benchmarks/_shared.py, see conftest

ITERATIONS = 2000
#: Far above the 50 ms goal (measured by benchmarks/scale.py): only a frozen window fails this.
FROZEN_MS = 500


def visible(view: QTableView, row: int, column: int) -> bool:
    rect = view.visualRect(view.model().index(row, column))
    return rect.isValid() and QRect(view.viewport().rect()).contains(rect.center())


@pytest.mark.slow
def test_a_big_scenario_opens_scrolls_edits_and_trains(qtbot, window, tmp_path):
    path = tmp_path / "big.nngui.json"
    big_scenario(ITERATIONS).save(path)
    assert window.open_file(path, confirm=False)
    scenario = window.document.scenario
    assert (scenario.n_situations, scenario.n_inputs) == (SITUATIONS, INPUTS)
    assert [w.shape for w in window.network.weights] == [(64, 32), (32, 16), (16, 1)]

    view = window.situations_view
    last = view.model().index(SITUATIONS - 1, INPUTS)  # the last situation's expected output
    def scrolled_there() -> bool:  # (again while the window's layout settles: it may narrow the grid)
        view.scrollTo(last)
        return visible(view, SITUATIONS - 1, INPUTS)

    qtbot.waitUntil(scrolled_there, timeout=5000)
    assert not visible(view, 0, 0)
    before = scenario.outputs[-1]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(last).center())
    assert window.document.scenario.outputs[-1] == 1 - before
    assert window.isWindowModified()

    probe = LatenessProbe()
    probe.start()
    with qtbot.waitSignal(window.trainingFinished, timeout=600_000):
        window.train_action.trigger()
    probe.stop()
    assert window.iteration == ITERATIONS == window.loss_plot.count()
    assert np.isfinite(window.loss_plot.losses()).all()
    answer = window.riddle_answer()
    assert math.isfinite(answer)
    assert window.answer_card.value_label.text() == f"{answer:.5f}"
    assert len(probe.lateness) > 10
    assert probe.percentile(0.99) < FROZEN_MS, f"the window froze: p99 {probe.percentile(0.99):.0f} ms"
    assert window.document.scenario.outputs[-1] == 1 - before  # training changed no situation


def test_the_diagram_of_wide_layers_draws_a_readable_few_edges(qtbot, window):
    window.document.set_scenario(big_scenario(5))
    diagram = window.diagram
    total = 64 * 32 + 32 * 16 + 16
    drawn = [edge for edge in diagram.edge_items() if edge.isVisible()]
    assert 0 < len(drawn) <= MAX_DRAWN_EDGES * 1.25  # each layer keeps a few, so a little over the cap
    assert f"Showing the {len(drawn)} strongest of {total:,} weights" in diagram.accessibleDescription()
    image = diagram.grab()
    assert not image.isNull() and image.width() > 100
    with qtbot.waitSignal(window.trainingFinished, timeout=120_000):
        window.train_action.trigger()
    still_drawn = [edge for edge in diagram.edge_items() if edge.isVisible()]
    assert 0 < len(still_drawn) <= MAX_DRAWN_EDGES * 1.25  # the strongest after training, still few
    assert f"Showing the {len(still_drawn)} strongest" in diagram.accessibleDescription()


def test_the_loss_plot_holds_millions_of_points(qtbot, window):
    plot = window.loss_plot
    rng = np.random.default_rng(3)
    chunk = 50_000
    total = 2_500_000
    weights = tuple(w.copy() for w in window.network.weights)
    for first in range(0, total, chunk):  # a long run's reports, as the training controller gives them
        losses = 0.25 * np.exp(-np.arange(first, first + chunk) / 4e5) * (1 + 0.1 * rng.random(chunk))
        losses[::100_000] = 0.0  # a few exact zeros, for the log scale
        window.trainer.progress.emit(TrainingProgress(losses, weights, None, first + chunk, total, 1e6))
    qtbot.waitUntil(lambda: plot.count() == total, timeout=5000)  # the session's last update
    assert window.session.iteration == total
    for log_scale in (True, False, True):
        window.log_scale_action.setChecked(log_scale)
        qtbot.wait(50)
        assert not plot.grab().isNull()
        (x_low, x_high), (y_low, y_high) = plot.getPlotItem().viewRange()
        assert all(math.isfinite(v) for v in (x_low, x_high, y_low, y_high))
        assert x_high >= total * 0.99
        for item in plot.getPlotItem().listDataItems():
            x, y = item.getData()
            assert x is not None and np.isfinite(y).all()
            assert len(x) < 100_000  # downsampled to the pixels, not two million points drawn
    losses = plot.losses()
    assert losses.shape == (total,) and losses[0] == 0.0 and losses[-1] > 0


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: OpenBLAS starts no threads anyway")
def test_importing_nngui_keeps_blas_to_one_thread():
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    code = ("import os, nngui.model.network, numpy; numpy.ones((64, 64)) @ numpy.ones((64, 64)); "
            "print(len(os.listdir('/proc/self/task')))")
    threads = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             check=True, timeout=120).stdout
    assert int(threads) == 1
