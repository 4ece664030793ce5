"""Soak: two million iterations with live views; memory stays flat after the first hundred thousand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# isort: split
import _shared  # benchmarks/_shared.py, see conftest

ITERATIONS = 2_000_000
WARM_UP = 100_000
GROWTH_LIMIT_MB = 50

# The window in a fresh interpreter, as a learner starts it: what this test process did before
# (hundreds of windows, files, parsed JSON) would leave the allocator in a state no app session has
# (glibc's dynamic mmap threshold then keeps freed buffers resident).
SOAK = r'''
import json, sys
import numpy as np
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from nngui.qt.main_window import MainWindow
from nngui.model.scenario import article_scenario

iterations, warm_up = int(sys.argv[1]), int(sys.argv[2])
sys.path.append(sys.argv[3])
from _shared import children_mb, resident_mb

def app_mb():
    """The window's process and its children (the training process)."""
    return resident_mb() + children_mb()

scenario = article_scenario()
scenario.iterations = iterations
window = MainWindow(scenario)
window.show()
window.truth_dock.raise_()  # every live view follows the run
readings = {}

def read(_progress):
    if "warm" not in readings and window.iteration >= warm_up:
        readings["warm"] = resident_mb()
        readings["warm app"] = app_mb()

window.trainer.progress.connect(read)
loop = QEventLoop()
window.trainingFinished.connect(loop.quit)
QTimer.singleShot(900_000, loop.quit)  # bounded: never wait for ever
window.train_action.trigger()
loop.exec()
settle = QEventLoop()
QTimer.singleShot(200, settle.quit)  # the last redraws
settle.exec()
readings["end"] = resident_mb()
readings["end app"] = app_mb()
readings["iteration"] = window.iteration
readings["losses"] = window.loss_plot.count()
readings["finite"] = bool(np.isfinite(window.loss_plot.losses()).all())
window.trainer.shutdown()
print(json.dumps(readings))
'''


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux's /proc")
def test_two_million_iterations_keep_memory_flat(isolated_settings):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NNGUI_SETTINGS_DIR=str(isolated_settings))
    benchmarks = str(Path(_shared.__file__).parent)  # the child reads memory with the benchmarks' code
    child = subprocess.run([sys.executable, "-c", SOAK, str(ITERATIONS), str(WARM_UP), benchmarks], env=env,
                           capture_output=True, text=True, timeout=1200)
    assert child.returncode == 0, child.stderr[-3000:]
    readings = json.loads(child.stdout.strip().splitlines()[-1])
    assert readings["iteration"] == ITERATIONS == readings["losses"]
    assert readings["finite"]
    for what in ("", " app"):  # the window's process; with its training process
        growth = readings["end" + what] - readings["warm" + what]
        assert growth <= GROWTH_LIMIT_MB, (
            f"resident memory{what} grew {growth:.1f} MB from iteration {WARM_UP:,} "
            f"({readings['warm' + what]:.1f} MB) to {ITERATIONS:,} ({readings['end' + what]:.1f} MB)")
