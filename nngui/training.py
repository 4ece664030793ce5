"""Training in a worker thread: the worker QObject and the controller that owns its QThread."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

from nngui.core import Network

#: A chunk of iterations should take about this long, so pause and stop are noticed quickly.
CHUNK_SECONDS = 0.02
#: Progress goes out at most this often (about 20 times a second) while training runs; each report
#: costs the GUI thread time, and the GUI thread shares Python (the GIL) with the training.
PROGRESS_INTERVAL = 0.05
#: The rate in TrainingProgress is measured over about this much time.
RATE_WINDOW = 1.0
#: The most iterations one run may be asked for.
MAX_ITERATIONS = 1_000_000_000


@dataclass(frozen=True)
class TrainingProgress:
    """What the worker reports; it crosses threads, so every array is a copy."""

    losses: npt.NDArray[np.float64]               # the loss of each iteration done since the last report
    weights: tuple[npt.NDArray[np.float64], ...]  # the weights after the last of those iterations
    biases: tuple[npt.NDArray[np.float64], ...] | None
    iteration: int                                # iterations done so far in this run
    total: int                                    # iterations asked for in this run
    iterations_per_second: float                  # measured over the last ~second


class _RunControl:
    """The flags the GUI thread sets and the worker reads, guarded by one condition."""

    def __init__(self, speed: float | None) -> None:
        self.condition = threading.Condition()
        self.stop = False
        self.paused = False
        self.speed = speed
        self.speed_changed = False

    def update(self, **flags: object) -> None:
        with self.condition:
            for name, value in flags.items():
                setattr(self, name, value)
            self.condition.notify_all()


class _RateMeter:
    """Iterations per second over the last RATE_WINDOW seconds."""

    def __init__(self) -> None:
        self._samples: deque[tuple[float, int]] = deque()

    def reset(self, now: float, done: int) -> None:
        self._samples.clear()
        self._samples.append((now, done))

    def add(self, now: float, done: int) -> float:
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[1][0] >= RATE_WINDOW:
            self._samples.popleft()
        then, done_then = self._samples[0]
        return (done - done_then) / (now - then) if now > then else 0.0


class TrainingWorker(QObject):
    """Trains a network in chunks inside a QThread; reports losses and weights, throttled."""

    progress = Signal(object)  # TrainingProgress: new losses and the weights after them
    finished = Signal(object)  # TrainingProgress: the final state, with no losses (all were reported)

    def __init__(
        self, network: Network, X: np.ndarray, y: np.ndarray, learning_rate: float, iterations: int,
        control: _RunControl,
    ) -> None:
        super().__init__()
        self._network = network
        self._X = X
        self._y = y
        self._learning_rate = learning_rate
        self._total = iterations
        self._control = control
        self._done = 0
        self._pending: list[np.ndarray] = []
        self._rate = 0.0
        self._meter = _RateMeter()

    @Slot()
    def run(self) -> None:
        """Train until done or stopped; always ends with exactly one `finished`."""
        try:
            self._train()
        finally:
            self._report()
            self.finished.emit(self._snapshot(np.empty(0)))

    def _train(self) -> None:
        control = self._control
        chunk = 1
        now = time.perf_counter()
        last_report = now
        self._meter.reset(now, 0)
        pace_start, pace_done = now, 0  # the paced mode counts iterations due from here
        while self._done < self._total:
            with control.condition:
                if control.paused and not control.stop:
                    self._report()
                    while control.paused and not control.stop:
                        control.condition.wait()
                    now = time.perf_counter()
                    self._meter.reset(now, self._done)
                    pace_start, pace_done = now, self._done
                if control.stop:
                    return
                speed = control.speed
                if control.speed_changed:
                    control.speed_changed = False
                    pace_start, pace_done = time.perf_counter(), self._done
                count = min(chunk, self._total - self._done)
                if speed is not None:
                    now = time.perf_counter()
                    due = pace_done + math.floor((now - pace_start) * speed) + 1 - self._done
                    if due <= 0:  # too early for the next iteration: sleep, but wake for pause or stop
                        control.condition.wait(pace_start + (self._done - pace_done) / speed - now)
                        continue
                    if due > speed * RATE_WINDOW + chunk:  # far behind (too fast to keep up): start afresh
                        pace_start, pace_done = now, self._done
                    count = min(count, due)
            began = time.perf_counter()
            losses = self._network.train(self._X, self._y, count, self._learning_rate)
            now = time.perf_counter()
            self._done += count
            self._pending.append(losses)
            chunk = _next_chunk(chunk, count, now - began)
            slow = speed is not None and speed * PROGRESS_INTERVAL <= 1.0
            if slow or now - last_report >= PROGRESS_INTERVAL:
                self._rate = self._meter.add(now, self._done)
                self._report()
                last_report = now

    def _report(self) -> None:
        """Send the losses gathered since the last report, if any."""
        if self._pending:
            losses = np.concatenate(self._pending) if len(self._pending) > 1 else self._pending[0]
            self._pending = []
            self.progress.emit(self._snapshot(losses))

    def _snapshot(self, losses: np.ndarray) -> TrainingProgress:
        network = self._network
        return TrainingProgress(
            losses=losses,
            weights=tuple(w.copy() for w in network.weights),
            biases=None if network.biases is None else tuple(b.copy() for b in network.biases),
            iteration=self._done,
            total=self._total,
            iterations_per_second=self._rate,
        )


def _next_chunk(chunk: int, count: int, seconds: float) -> int:
    """The next chunk size: about CHUNK_SECONDS of work, growing at most twofold at a time."""
    if count < chunk:  # a short (paced or final) chunk says little about the full size
        return chunk
    if seconds <= 0:
        return chunk * 2
    ideal = int(count * CHUNK_SECONDS / seconds)
    return max(1, min(ideal, chunk * 2))


class TrainingController(QObject):
    """Runs one training at a time in its own QThread; the GUI thread talks only to this object.

    Each run trains a copy of the network. Every loss of a run arrives through `progress`
    (throttled, at most ~20 times a second, and after every iteration at slow speeds);
    `finished` follows exactly once per run with the final weights and no losses.
    Call `shutdown()` before the controller goes away (e.g. in closeEvent).
    """

    progress = Signal(object)      # TrainingProgress: new losses and the weights after them
    finished = Signal(object)      # TrainingProgress: the final state of a run (its losses are empty)
    stateChanged = Signal(str)     # "idle", "running" or "paused"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._control: _RunControl | None = None
        self._completed = False
        self._state = "idle"
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- commands ------------------------------------------------------------
    def start(
        self,
        network: Network,
        X: np.ndarray,
        y: np.ndarray,
        learning_rate: float,
        iterations: int,
        speed: float | None = None,
    ) -> None:
        """Train a copy of `network` for `iterations` iterations at `speed` iterations per second.

        speed None trains as fast as possible. Raises ValueError for bad inputs and RuntimeError
        if a run is active and not stopped; after stop() a new start first ends the old run
        (its last progress and finished are delivered before this returns).
        """
        if self._control is not None and not self._control.stop:
            raise RuntimeError("a training run is already active; stop it first")
        inputs = network.check_inputs(X)
        targets = network.check_targets(y, inputs.shape[0])
        lr = network.check_learning_rate(learning_rate)
        count = int(iterations)
        if not 0 <= count <= MAX_ITERATIONS:
            raise ValueError(f"the number of iterations must be from 0 to {MAX_ITERATIONS}, not {iterations}")
        _check_speed(speed)
        self._end_run()
        if self._control is not None:  # a slot connected to `finished` started another run
            raise RuntimeError("a training run is already active; stop it first")

        control = _RunControl(speed)
        thread = QThread()
        thread.setObjectName("nngui-training")
        worker = TrainingWorker(network.copy(), inputs.copy(), targets.copy(), lr, count, control)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        self._thread, self._worker, self._control = thread, worker, control
        self._set_state("running")
        thread.start()

    def pause(self) -> None:
        """Hold the run after the current chunk (within a few milliseconds)."""
        if self._control is not None and not self._control.stop and not self._control.paused:
            self._control.update(paused=True)
            self._set_state("paused")

    def resume(self) -> None:
        if self._control is not None and not self._control.stop and self._control.paused:
            self._control.update(paused=False)
            self._set_state("running")

    def stop(self) -> None:
        """Ask the run to stop; returns at once, `finished` follows within a few milliseconds."""
        if self._control is not None:
            self._control.update(stop=True)

    def set_speed(self, speed: float | None) -> None:
        """Iterations per second (None: as fast as possible); applies to the active run at once."""
        _check_speed(speed)
        if self._control is not None:
            self._control.update(speed=speed, speed_changed=True)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop any run and join its thread (for closeEvent); safe when idle and when called twice."""
        if self._control is not None:
            self._control.update(stop=True)
        self._end_run(timeout_ms)

    # -- state -----------------------------------------------------------------
    def is_running(self) -> bool:
        """True while a run is active, paused or not."""
        return self._control is not None

    def is_paused(self) -> bool:
        return self._control is not None and self._control.paused

    @property
    def completed(self) -> bool:
        """Whether the last finished run did all the iterations it was asked for."""
        return self._completed

    # -- from the worker (queued into this thread) --------------------------------
    @Slot(object)
    def _on_progress(self, progress: TrainingProgress) -> None:
        self.progress.emit(progress)

    @Slot(object)
    def _on_finished(self, final: TrainingProgress) -> None:
        thread = self._thread
        if thread is not None:
            thread.quit()
            thread.wait()
        self._thread = self._worker = self._control = None
        self._completed = final.iteration == final.total
        self._set_state("idle")
        self.finished.emit(final)

    def _end_run(self, timeout_ms: int = 5000) -> None:
        """Wait for a stopping run's thread and deliver its last queued signals now."""
        thread = self._thread
        if thread is None:
            return
        thread.quit()  # the worker's run() is still looping until it sees the stop flag
        if not thread.wait(timeout_ms):
            return
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


def _check_speed(speed: float | None) -> None:
    if speed is not None and not (math.isfinite(speed) and speed > 0):
        raise ValueError(f"the speed must be a positive number of iterations per second, not {speed!r}")
