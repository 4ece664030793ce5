"""Soak: two million iterations with live views; memory stays flat after the first hundred thousand."""

from __future__ import annotations

import os

import numpy as np
import pytest

from nngui.main_window import MainWindow
from nngui.scenario import article_scenario

ITERATIONS = 2_000_000
WARM_UP = 100_000
GROWTH_LIMIT_MB = 50


def resident_mb() -> float:
    """This process's resident memory (RSS) in MB, from /proc/self/statm."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux's /proc")
def test_two_million_iterations_keep_memory_flat(qtbot):
    scenario = article_scenario()
    scenario.iterations = ITERATIONS
    window = MainWindow(scenario)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.set_scenario(w.document.scenario))
    window.show()
    qtbot.waitExposed(window)
    window.truth_dock.raise_()  # every live view follows the run
    samples: dict[str, float] = {}

    def sample(_progress: object) -> None:
        if "warm" not in samples and window.iteration >= WARM_UP:
            samples["warm"] = resident_mb()

    window.trainer.progress.connect(sample)
    try:
        with qtbot.waitSignal(window.trainingFinished, timeout=900_000):
            window.train_action.trigger()
        qtbot.wait(100)  # the last redraws
        samples["end"] = resident_mb()
    finally:
        window.trainer.shutdown()
    assert window.iteration == ITERATIONS == window.loss_plot.count()
    assert np.isfinite(window.loss_plot.losses()).all()
    growth = samples["end"] - samples["warm"]
    assert growth <= GROWTH_LIMIT_MB, (
        f"resident memory grew {growth:.1f} MB from iteration {WARM_UP:,} "
        f"({samples['warm']:.1f} MB) to {ITERATIONS:,} ({samples['end']:.1f} MB)")
