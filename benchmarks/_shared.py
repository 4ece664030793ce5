"""What the benchmarks share with the slow tests: the big scenario, the lateness probe, resident memory."""

from __future__ import annotations

import os
import time

import nngui  # noqa: F401 - first, as in the app: it settles NumPy's BLAS threads before NumPy loads

# isort: split
import numpy as np
from PySide6.QtCore import QEventLoop, Qt, QTimer

from nngui.model.scenario import Scenario

#: The big scenario of benchmarks/scale.py and tests/test_scale.py.
SITUATIONS, INPUTS, HIDDEN, SEED = 1000, 64, [32, 16], 2024
PROBE_MS = 5


def big_scenario(iterations: int) -> Scenario:
    """SITUATIONS random 0/1 situations of INPUTS inputs (seeded), hidden layers HIDDEN."""
    rng = np.random.default_rng(SEED)
    return Scenario(
        inputs=rng.integers(0, 2, (SITUATIONS, INPUTS)).tolist(),
        outputs=rng.integers(0, 2, SITUATIONS).tolist(),
        riddle=rng.integers(0, 2, INPUTS).tolist(),
        hidden_layers=HIDDEN,
        iterations=iterations,
        name="scale",
    )


class LatenessProbe:
    """A PROBE_MS precise timer re-armed at every tick; records how late each tick fires (ms): how long
    the GUI thread was busy."""

    def __init__(self) -> None:
        self.lateness: list[float] = []
        self._due = 0.0
        self._timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._due = time.perf_counter() + PROBE_MS / 1000
        self._timer.start(PROBE_MS)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.lateness.append(max(0.0, (time.perf_counter() - self._due) * 1000))
        self.start()

    def percentile(self, fraction: float) -> float:
        """The lateness at rank ⌊fraction · ticks⌋ of the sorted ticks (the last one at most)."""
        ordered = sorted(self.lateness)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def resident_mb(pid: int | str = "self") -> float:
    """A process's resident memory (RSS) in MB, from /proc/<pid>/statm (0 if it has ended)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def children_mb() -> float:
    """The resident memory of this process's children (the training process), in MB."""
    total = 0.0
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if parent == os.getpid():
            total += resident_mb(entry)
    return total


def run_loop(seconds: float | None = None, until=None) -> None:  # noqa: ANN001
    """Run the GUI's event loop for `seconds`, or until the signal `until` fires."""
    loop = QEventLoop()
    if until is not None:
        until.connect(loop.quit)
    if seconds is not None:
        QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    if until is not None:
        until.disconnect(loop.quit)
