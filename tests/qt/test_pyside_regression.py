"""Guard against PySide6 6.12.0's crash: processEvents() while a Python function runs in a QThread.

The crash ("Fatal Python error: none_dealloc", exit 134) kills the whole process, so each case
runs in a subprocess and the test checks its exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

# A worker QObject in a QThread runs a pure-Python loop for about a second while the GUI thread
# calls processEvents() again and again, as pytest-qt and the main window do.
PURE_PYTHON_WORKER = """
import time
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication

class Worker(QObject):
    finished = Signal(int)

    @Slot()
    def run(self):
        total, flags, until = 0, [], time.perf_counter() + 1.0
        while time.perf_counter() < until:
            for i in range(1000):
                flags.append(i % 3 == 0 or None)  # plenty of None and bool references
                total += (i * i) % 7
            flags.clear()
        self.finished.emit(total)

app = QApplication([])
thread = QThread()
worker = Worker()
worker.moveToThread(thread)
thread.started.connect(worker.run)
worker.finished.connect(thread.quit)
thread.start()
while not thread.isFinished():
    app.processEvents()
thread.wait()
print("ok")
"""

# The same, with the real training controller doing the work (argv[1]: its backend; with "thread"
# the loop itself is Python running in a QThread).
TRAINING_CONTROLLER = """
import sys
import time
import numpy as np
from PySide6.QtWidgets import QApplication
from nngui.model.network import Network
from nngui.qt.training import TrainingController

app = QApplication([])
controller = TrainingController(backend=sys.argv[1])
finals = []
controller.finished.connect(finals.append)
X = np.array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], dtype=float)
controller.start(Network([3, 4, 1]), X, np.array([0, 1, 1, 0], dtype=float), 1.0, 10_000_000)
until = time.perf_counter() + 1.0
while time.perf_counter() < until:
    app.processEvents()
controller.stop()
while not finals:
    app.processEvents()
controller.shutdown()
print("ok" if controller.backend == sys.argv[1] else f"trained on the {controller.backend} backend")
"""


@pytest.mark.parametrize(("script", "argument"), [(PURE_PYTHON_WORKER, ""), (TRAINING_CONTROLLER, "thread"),
                                                 (TRAINING_CONTROLLER, "process")],
                         ids=["pure-python-worker", "controller-thread", "controller-process"])
def test_process_events_while_a_worker_thread_computes_does_not_crash(script, argument):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script), argument], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (
        f"exit code {result.returncode} (134 is the PySide6 6.12.0 crash):\n{result.stderr[-3000:]}"
    )
    assert result.stdout.strip() == "ok"
