"""Training off the GUI thread: a child process (or a worker thread) and the controller that runs it.

The loop itself is in nngui.model.training, which imports no Qt, so the child process starts light.
"""

from __future__ import annotations

import math
import multiprocessing
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

from nngui.model.limits import MAX_ITERATIONS
from nngui.model.network import Network
from nngui.model.training import ThreadControl, Trainer, TrainingProgress, serve

__all__ = ["BACKENDS", "MAX_ITERATIONS", "TrainingController", "TrainingProgress", "TrainingWorker"]

# Where runs are trained: "process" (a child process: NumPy on tiny arrays holds Python's GIL, so
# in a thread every moment the window draws is a moment not training) or "thread" (a QThread).
BACKENDS = ("process", "thread")
# How long shutdown() lets the training process end by itself before ending it.
CHILD_EXIT_SECONDS = 2.0


class TrainingWorker(QObject):
    """Trains a network in chunks inside a QThread (the thread backend); reports throttled."""

    progress = Signal(object)  # TrainingProgress: new losses and the weights after them
    finished = Signal(object)  # TrainingProgress: the final state, with no losses (all were reported)
    failed = Signal(str)       # the run ended with an error (finished follows)

    def __init__(
        self, network: Network, X: np.ndarray, y: np.ndarray, learning_rate: float, iterations: int,
        control: ThreadControl,
    ) -> None:
        super().__init__()
        self._trainer = Trainer(network, X, y, learning_rate, iterations, control, self.progress.emit)

    @Slot()
    def run(self) -> None:
        """Train until done or stopped; always ends with exactly one `finished`."""
        try:
            final = self._trainer.run()
        except Exception as error:  # noqa: BLE001 - reported, and finished still comes
            self.failed.emit(f"{type(error).__name__}: {error}")
            final = self._trainer.snapshot(np.empty(0))
        self.finished.emit(final)


class _ChildRelay(QObject):
    """Waits in a QThread for one run's reports from the training process and passes them on as signals.

    Waiting on the pipe releases the GIL, so the GUI thread runs freely meanwhile.
    """

    progress = Signal(object)  # TrainingProgress
    finished = Signal(object)  # TrainingProgress: the final state (the last known one if the process died)
    failed = Signal(str)       # an error in the run, or the process ended (finished follows)

    def __init__(self, child: _Child, start: TrainingProgress) -> None:
        super().__init__()
        self._child = child
        self._last = start

    @Slot()
    def run(self) -> None:
        try:
            self._child.send_run()  # here, not in the GUI thread: a new process may take a while to read
            while True:
                name, value = self._child.reports.recv()
                self._child.worked = True
                if name == "progress":
                    self._last = value
                    self.progress.emit(value)
                elif name == "error":
                    self.failed.emit(value)
                elif name == "finished":
                    self.finished.emit(value)
                    return
        except (EOFError, OSError):
            self._child.process.join(1.0)
            self.failed.emit(f"the training process ended (exit code {self._child.process.exitcode})")
            self.finished.emit(replace(self._last, losses=np.empty(0)))


class _Child:
    """The long-lived training process and its two pipes (commands to it, reports from it)."""

    def __init__(self) -> None:
        self.worked = False  # it has reported something (a process that cannot even start never does)
        # Both the GUI thread (asks, quit) and the relay thread (the run) write to the commands pipe:
        # one at a time, and asks made before the run is sent wait for it (held, in order of names).
        self._lock = threading.Lock()
        self._run: Any = None
        self._held: dict[str, Any] | None = None
        context = multiprocessing.get_context("spawn")  # never fork a threaded Qt process
        commands_in, self.commands = context.Pipe(duplex=False)
        self.reports, reports_out = context.Pipe(duplex=False)
        self.process = context.Process(target=serve, args=(commands_in, reports_out),
                                       name="nngui-training", daemon=True)
        try:
            self.process.start()
        finally:
            commands_in.close()  # the child holds its own ends: closing ours lets each side see EOF
            reports_out.close()

    def is_alive(self) -> bool:
        return self.process.is_alive()

    def begin(self, run: tuple[Any, ...]) -> None:
        """Hand over a run for the relay thread to send (send_run); asks wait until it is sent."""
        with self._lock:
            self._run, self._held = run, {}

    def send_run(self) -> None:
        """Send the run handed over, then what was asked of it meanwhile (the relay thread does this:
        a run of big situations fills the pipe, and a process still starting reads it only later)."""
        with self._lock:
            run, self._run = self._run, None
            held, self._held = self._held or {}, None
            self._send("run", run)
            for name, value in held.items():
                self._send(name, value)

    def ask(self, **flags: Any) -> None:
        """Pass what the GUI asks of the run (stop, paused, speed) on to the process."""
        with self._lock:
            if self._held is not None:  # the run itself is not sent yet
                self._held.update(flags)
                return
            for name, value in flags.items():
                self._send(name, value)

    def _send(self, name: str, value: Any = None) -> None:
        try:
            self.commands.send((name, value))
        except OSError:
            pass  # the process has died: its relay reports that

    def close(self, timeout: float = CHILD_EXIT_SECONDS) -> None:
        """Ask the process to quit, wait for it, and end it if it does not."""
        if self._lock.acquire(timeout=timeout):  # not while a run is still being sent to a stuck process
            try:
                self._send("quit")
            finally:
                self._lock.release()
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout)
        self.commands.close()
        self.reports.close()


class _Run:
    """One run as the controller sees it: its thread, what was asked, and how to ask the trainer."""

    def __init__(self, thread: QThread, ask: Callable[..., None]) -> None:
        self.thread = thread
        self.ask_trainer = ask
        self.stop = False
        self.paused = False

    def ask(self, **flags: Any) -> None:
        for name in ("stop", "paused"):
            if name in flags:
                setattr(self, name, flags[name])
        self.ask_trainer(**flags)


class TrainingController(QObject):
    """Runs one training at a time off the GUI thread; the GUI thread talks only to this object.

    Each run trains a copy of the network, by default in a child process started at the first run
    and kept until shutdown() (backend "thread": in a QThread; also the fallback where no process can
    be started). Every loss of a run arrives through `progress` (throttled, at most ~20 times a
    second, and after every iteration at slow speeds); `finished` follows exactly once per run with
    the final weights and no losses. Call `shutdown()` before the controller goes away (e.g. in
    closeEvent).
    """

    progress = Signal(object)      # TrainingProgress: new losses and the weights after them
    finished = Signal(object)      # TrainingProgress: the final state of a run (its losses are empty)
    stateChanged = Signal(str)     # "idle", "running" or "paused"
    failed = Signal(str)           # a run ended with an error or its process died (finished follows)

    def __init__(self, parent: QObject | None = None, backend: str = "process") -> None:
        super().__init__(parent)
        if backend not in BACKENDS:
            raise ValueError(f"the backend must be one of {BACKENDS}, not {backend!r}")
        self._backend = backend
        self._child: _Child | None = None
        self._run: _Run | None = None
        self._worker: QObject | None = None
        self._completed = False
        self._state = "idle"
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def backend(self) -> str:
        """Where runs are trained: "process" or "thread" (after a failed process start, "thread")."""
        return self._backend

    # -- commands ------------------------------------------------------------
    def prepare(self) -> None:
        """Start the training process now, so that the first run begins at once (the app calls this
        just after its window is shown; starting the process takes a few hundred milliseconds)."""
        if self._run is None:
            self._ready_child()

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
        if self._run is not None and not self._run.stop:
            raise RuntimeError("a training run is already active; stop it first")
        inputs = network.check_inputs(X)
        targets = network.check_targets(y, inputs.shape[0])
        lr = network.check_learning_rate(learning_rate)
        count = int(iterations)
        if not 0 <= count <= MAX_ITERATIONS:
            raise ValueError(f"the number of iterations must be from 0 to {MAX_ITERATIONS}, not {iterations}")
        _check_speed(speed)
        self._end_run()
        if self._run is not None:  # a slot connected to `finished` started another run
            raise RuntimeError("a training run is already active; stop it first")

        network = network.copy()
        thread = QThread()
        thread.setObjectName("nngui-training")
        child = self._ready_child()
        if child is not None:
            start = TrainingProgress(np.empty(0), tuple(network.weights),
                                     None if network.biases is None else tuple(network.biases), 0, count, 0.0)
            worker: TrainingWorker | _ChildRelay = _ChildRelay(child, start)
            child.begin((network, inputs, targets, lr, count, speed))  # the relay thread sends it
            run = _Run(thread, child.ask)
        else:
            control = ThreadControl(speed)
            worker = TrainingWorker(network, inputs.copy(), targets.copy(), lr, count, control)
            run = _Run(thread, control.ask)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._run, self._worker = run, worker
        self._set_state("running")
        thread.start()

    def pause(self) -> None:
        """Hold the run after the current chunk (within a few tens of milliseconds)."""
        if self._run is not None and not self._run.stop and not self._run.paused:
            self._run.ask(paused=True)
            self._set_state("paused")

    def resume(self) -> None:
        if self._run is not None and not self._run.stop and self._run.paused:
            self._run.ask(paused=False)
            self._set_state("running")

    def stop(self) -> None:
        """Ask the run to stop; returns at once, `finished` follows within a few tens of milliseconds."""
        if self._run is not None and not self._run.stop:
            self._run.ask(stop=True)

    def set_speed(self, speed: float | None) -> None:
        """Iterations per second (None: as fast as possible); applies to the active run at once."""
        _check_speed(speed)
        if self._run is not None:
            self._run.ask(speed=speed)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop any run, join its thread and end the training process (for closeEvent); safe when idle
        and when called twice."""
        self.stop()
        self._end_run(timeout_ms)
        if self._child is not None:
            self._child.close()
            self._child = None
            self._end_run(timeout_ms)  # a run that did not stop by itself has seen its process end

    # -- state -----------------------------------------------------------------
    def is_running(self) -> bool:
        """True while a run is active, paused or not."""
        return self._run is not None

    def is_paused(self) -> bool:
        return self._run is not None and self._run.paused

    @property
    def completed(self) -> bool:
        """Whether the last finished run did all the iterations it was asked for."""
        return self._completed

    # -- from the worker or relay (queued into this thread) ----------------------------
    @Slot(object)
    def _on_progress(self, progress: TrainingProgress) -> None:
        self.progress.emit(progress)

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self.failed.emit(self.tr("Training failed: {0}").format(reason))

    @Slot(object)
    def _on_finished(self, final: TrainingProgress) -> None:
        if self._run is not None:
            self._run.thread.quit()
            self._run.thread.wait()
        self._run = self._worker = None
        self._completed = final.iteration == final.total
        self._set_state("idle")
        self.finished.emit(final)

    def _ready_child(self) -> _Child | None:
        """The training process, started if needed (again if it died); None for the thread backend."""
        if self._backend != "process":
            return None
        if self._child is not None and not self._child.is_alive():
            dead, self._child = self._child, None
            dead.close()
            if not dead.worked:  # it died before reporting anything: processes do not work here
                self._backend = "thread"
                return None
        if self._child is None:
            try:
                self._child = _Child()
            except Exception:  # noqa: BLE001 - no processes here (a sandbox, no pipes): use a thread
                self._backend = "thread"
                return None
        return self._child

    def _end_run(self, timeout_ms: int = 5000) -> None:
        """Wait for a stopping run's thread and deliver its last queued signals now."""
        if self._run is None:
            return
        thread = self._run.thread
        thread.quit()  # the worker's run() is still looping until it sees the stop
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
