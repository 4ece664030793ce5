"""Training off the GUI thread: one loop (nngui.model.training.serve), hosted by a process or a thread.

The loop and its (name, value) messages are the same in both hosts; so is the way here of talking to
it: a relay thread sends each run and reads every report, and the GUI thread's asks (pause, stop,
speed) go down the same pipe. The loop imports no Qt, so the training process starts light.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import sys
import threading
import time
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

from nngui.model.limits import MAX_ITERATIONS
from nngui.model.network import Network
from nngui.model.training import Connection, TrainingProgress, local_pipe, serve

__all__ = ["BACKENDS", "MAX_ITERATIONS", "TrainingController", "TrainingProgress"]

# Where runs are trained: "process" (a child process: NumPy on tiny arrays holds Python's GIL, so
# in a thread every moment the window draws is a moment not training) or "thread" (a QThread).
BACKENDS = ("process", "thread")
# How long shutdown() lets the training process end by itself before ending it.
CHILD_EXIT_SECONDS = 2.0
# A training process that has not said "ready" this long after it was started never will (it is
# running a script's window instead, see _refuse_the_spawn_trap): it is ended, and the run goes to a thread.
READY_TIMEOUT_S = 10.0
# While waiting for a process to serve, the relay looks this often whether the run was stopped.
POLL_SECONDS = 0.02
# The exit code of a training process that found itself re-running a script's window.
SPAWN_TRAP_EXIT_CODE = 3
SPAWN_TRAP_MESSAGE = (
    "nngui: this is nngui's training process, and the script it re-imports builds nngui's window or "
    "training at module level (a spawned process runs the main script again). Put that code under "
    "`if __name__ == \"__main__\":`. This process ends now; the script trains in a thread instead."
)

# Serving threads that did not end when asked (a huge chunk still running): kept, never destroyed running.
_STRAGGLERS: list[QThread] = []


def _say(text: str) -> None:
    """A line on stderr, for whoever runs nngui from a terminal (a windowed build may have no stderr)."""
    if sys.stderr is not None:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()


def _refuse_the_spawn_trap() -> None:
    """End this process at once if it is a spawned process still re-running the main script.

    Spawning re-imports the main module; a script that builds a MainWindow at module level, without
    `if __name__ == "__main__":`, would build (and wait on) a second window in nngui's training
    process, which then never serves. Ending it here lets the window see the process end before it
    said "ready", and train in a thread instead.
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        _say(SPAWN_TRAP_MESSAGE)
        os._exit(SPAWN_TRAP_EXIT_CODE)


class _Host:
    """Where the loop runs: a pipe of commands to it and one of reports from it."""

    def __init__(self, commands: Connection, reports: Connection) -> None:
        self.commands = commands
        self.reports = reports
        self.ready = False              # it has said "ready" (the relay read it)
        self.since = time.monotonic()   # when it was started
        self._lock = threading.Lock()   # the GUI thread (asks, quit) and the relay (runs) both send

    def send(self, name: str, value: Any = None) -> None:
        with self._lock:
            self._send(name, value)

    def _send(self, name: str, value: Any) -> None:
        try:
            self.commands.send((name, value))
        except OSError:
            pass  # the loop has gone: its relay reports that

    def ended(self) -> str:
        """Why its reports stopped coming (for `failed`)."""
        raise NotImplementedError


class _ProcessHost(_Host):
    """The long-lived training process and its two pipes (commands to it, reports from it)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a threaded Qt process
        commands_in, commands = context.Pipe(duplex=False)
        reports, reports_out = context.Pipe(duplex=False)
        super().__init__(commands, reports)
        self.process = context.Process(target=serve, args=(commands_in, reports_out),
                                       name="nngui-training", daemon=True)
        try:
            self.process.start()
        except BaseException:
            commands.close()
            reports.close()
            raise
        finally:
            commands_in.close()  # the child holds its own ends: closing ours lets each side see EOF
            reports_out.close()

    def is_alive(self) -> bool:
        return self.process.is_alive()

    def ended(self) -> str:
        self.process.join(1.0)
        return f"the training process ended (exit code {self.process.exitcode})"

    def kill(self) -> None:
        self.process.kill()
        self.process.join(1.0)

    def close(self, timeout: float = CHILD_EXIT_SECONDS) -> None:
        """Ask the process to quit, wait for it, and end it if it does not; safe to call twice."""
        if self._lock.acquire(timeout=timeout):  # not while a run is still being sent to a stuck process
            try:
                self._send("quit", None)
            finally:
                self._lock.release()
        self.process.join(timeout)
        if self.process.is_alive():
            self.kill()
        self.commands.close()
        self.reports.close()


class _ServeThread(QThread):
    """A QThread whose whole work is the loop."""

    def __init__(self, commands: Connection, reports: Connection) -> None:
        super().__init__()
        self.setObjectName("nngui-training")
        self._pipes = (commands, reports)

    def run(self) -> None:
        serve(*self._pipes)


class _ThreadHost(_Host):
    """The loop in a QThread of this process (the fallback), over in-process pipes; one per run."""

    def __init__(self) -> None:
        commands_in, commands = local_pipe()
        reports, reports_out = local_pipe()
        super().__init__(commands, reports)
        self._thread = _ServeThread(commands_in, reports_out)
        self._thread.start()

    def ended(self) -> str:
        return "the training thread ended"

    def close(self, timeout: float = CHILD_EXIT_SECONDS) -> None:
        """Ask the loop to quit and wait for its thread."""
        self.send("quit")
        if not self._thread.wait(int(timeout * 1000)):
            _STRAGGLERS.append(self._thread)
        self.commands.close()


class _Relay(QObject):
    """One run, from a QThread: waits until its host serves, sends the run, passes every report on.

    Waiting on a pipe releases the GIL, so the GUI thread runs freely meanwhile. A training process
    that ends or stays silent before it said "ready" never served: the relay ends it and gives the
    run to a thread instead (and says so with fellBack).
    """

    progress = Signal(object)  # TrainingProgress
    finished = Signal(object)  # TrainingProgress: the final state (the last known one if the host died)
    failed = Signal(str)       # an error in the run, or the process ended (finished follows)
    fellBack = Signal(str)     # the training process never served (why): this run and the next use a thread

    def __init__(self, host: _ProcessHost | None, run: tuple[Any, ...], start: TrainingProgress) -> None:
        super().__init__()
        self._host = host  # None: a thread host, made in the relay's thread
        self._run = run
        self._last = start
        self._lock = threading.Lock()
        self._asked: dict[str, Any] = {}    # the latest of each ask (stop, paused, speed) of this run
        self._serving: _Host | None = None  # the host that has the run: asks go straight to it
        self._steps = 0                     # steps asked before the loop had the run

    def ask(self, **flags: Any) -> None:
        """Pass what the GUI asks of the run on to the loop (once it has the run: until then they wait)."""
        with self._lock:
            self._asked.update(flags)
            if self._serving is not None:
                for name, value in flags.items():
                    self._serving.send(name, value)

    def step(self) -> None:
        """One traced iteration of the paused run (once the loop has the run: until then it waits)."""
        with self._lock:
            if self._serving is not None:
                self._serving.send("step", True)
            else:
                self._steps += 1

    @Slot()
    def run(self) -> None:
        host: _Host | None = None
        try:
            host = self._host or _ThreadHost()
            if not host.ready:
                outcome = self._wait_until_serving(host)
                if outcome == "stopped":
                    self.finished.emit(self._last)
                    return
                if outcome != "serving":
                    if isinstance(host, _ProcessHost):
                        host.kill()
                        self.fellBack.emit(outcome)
                        host = _ThreadHost()
                    else:
                        raise EOFError(outcome)
            self._send_run(host)
            self._relay_reports(host)
        except Exception as error:  # noqa: BLE001 - reported, and finished still comes
            self.failed.emit(f"{type(error).__name__}: {error}")
            self.finished.emit(replace(self._last, losses=np.empty(0)))
        finally:
            if isinstance(host, _ThreadHost):
                host.close()

    def _wait_until_serving(self, host: _Host) -> str:
        """Read the host's "ready": "serving", "stopped" (asked meanwhile), or why it never will."""
        deadline = host.since + READY_TIMEOUT_S
        while True:
            with self._lock:
                if self._asked.get("stop"):
                    return "stopped"
            wait = min(POLL_SECONDS, deadline - time.monotonic())
            if wait <= 0:
                return f"the training process did not start serving within {READY_TIMEOUT_S:g} s"
            try:
                if host.reports.poll(wait) and host.reports.recv()[0] == "ready":
                    host.ready = True
                    return "serving"
            except (EOFError, OSError):
                return host.ended() + " before it started serving"

    def _send_run(self, host: _Host) -> None:
        # Outside the lock: a run of big situations takes a while to go down a pipe, and the GUI
        # thread's asks must not wait for it; what they asked meanwhile follows the run.
        host.send("run", self._run)
        with self._lock:
            for name, value in self._asked.items():
                host.send(name, value)
            for _ in range(self._steps):
                host.send("step", True)
            self._serving = host

    def _relay_reports(self, host: _Host) -> None:
        while True:
            try:
                name, value = host.reports.recv()
            except (EOFError, OSError):
                self.failed.emit(host.ended())
                self.finished.emit(replace(self._last, losses=np.empty(0)))
                return
            if name == "progress":
                self._last = value
                self.progress.emit(value)
            elif name == "error":
                self.failed.emit(value)
            elif name == "finished":
                self.finished.emit(value)
                return


class TrainingController(QObject):
    """Runs one training at a time off the GUI thread; the GUI thread talks only to this object.

    Each run trains a copy of the network, by default in a child process started at the first run
    (or by prepare()) and kept until shutdown(); backend "thread" trains in a QThread instead, and so
    does the fallback where no process can be started or it never serves. Every loss of a run arrives
    through `progress` (throttled by the loop, at most ~30 times a second, and after every iteration
    at slow speeds); `finished` follows exactly once per run with the final weights and no losses.
    Call `shutdown()` before the controller goes away (e.g. in closeEvent).
    """

    progress = Signal(object)      # TrainingProgress: new losses and the weights after them
    finished = Signal(object)      # TrainingProgress: the final state of a run (its losses are empty)
    stateChanged = Signal(str)     # "idle", "running" or "paused"
    failed = Signal(str)           # a run ended with an error or its process died (finished follows)

    def __init__(self, parent: QObject | None = None, backend: str = "process") -> None:
        _refuse_the_spawn_trap()
        super().__init__(parent)
        if backend not in BACKENDS:
            raise ValueError(f"the backend must be one of {BACKENDS}, not {backend!r}")
        self._backend = backend
        self._process: _ProcessHost | None = None
        self._relay: _Relay | None = None
        self._relay_thread: QThread | None = None
        self._stopping = False
        self._paused = False
        self._completed = False
        self._state = "idle"
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def backend(self) -> str:
        """Where runs are trained: "process" or "thread" (after a process that failed, "thread")."""
        return self._backend

    # -- commands ------------------------------------------------------------
    def prepare(self) -> None:
        """Start the training process now, so that the first run begins at once (the app calls this
        just after its window is shown; starting the process takes a few hundred milliseconds)."""
        if self._relay is None:
            self._ready_process()

    def start(
        self,
        network: Network,
        X: np.ndarray,
        y: np.ndarray,
        learning_rate: float,
        iterations: int,
        speed: float | None = None,
        every: int = 0,
        done: int = 0,
    ) -> None:
        """Train a copy of `network` for `iterations` iterations at `speed` iterations per second.

        speed None trains as fast as possible. With `every`, the run also reports the weights after
        every `every`-th iteration counted from `done` (or sparser: see nngui.model.training.KEEP_SHARE).
        Raises ValueError for bad inputs and RuntimeError
        if a run is active and not stopped; after stop() a new start first ends the old run
        (its last progress and finished are delivered before this returns).
        """
        if self._relay is not None and not self._stopping:
            raise RuntimeError("a training run is already active; stop it first")
        inputs = network.check_inputs(X)
        targets = network.check_targets(y, inputs.shape[0])
        lr = network.check_learning_rate(learning_rate)
        count = int(iterations)
        if not 0 <= count <= MAX_ITERATIONS:
            raise ValueError(f"the number of iterations must be from 0 to {MAX_ITERATIONS}, not {iterations}")
        _check_speed(speed)
        self._end_run()
        if self._relay is not None:  # a slot connected to `finished` started another run
            raise RuntimeError("a training run is already active; stop it first")

        network = network.copy()  # a thread host trains the very object sent: copies, never the caller's
        start = TrainingProgress(np.empty(0), tuple(w.copy() for w in network.weights),
                                 None if network.biases is None else tuple(b.copy() for b in network.biases),
                                 0, count, 0.0)
        run = (network, inputs.copy(), targets.copy(), lr, count, speed, int(every), int(done))
        relay = _Relay(self._ready_process(), run, start)
        thread = QThread()
        thread.setObjectName("nngui-training-relay")
        relay.moveToThread(thread)
        thread.started.connect(relay.run)
        relay.progress.connect(self._on_progress)
        relay.failed.connect(self._on_failed)
        relay.fellBack.connect(self._on_fell_back)
        relay.finished.connect(self._on_finished)
        self._relay, self._relay_thread = relay, thread
        self._stopping = self._paused = False
        self._set_state("running")
        thread.start()

    def pause(self) -> None:
        """Hold the run after the current chunk (within a few tens of milliseconds)."""
        if self._relay is not None and not self._stopping and not self._paused:
            self._paused = True
            self._relay.ask(paused=True)
            self._set_state("paused")

    def resume(self) -> None:
        if self._relay is not None and not self._stopping and self._paused:
            self._paused = False
            self._relay.ask(paused=False)
            self._set_state("running")

    def step(self) -> None:
        """One traced iteration of the paused run: `progress` brings it, with its trace."""
        if self._relay is not None and not self._stopping and self._paused:
            self._relay.step()

    def stop(self) -> None:
        """Ask the run to stop; returns at once, `finished` follows within a few tens of milliseconds."""
        if self._relay is not None and not self._stopping:
            self._stopping = True
            self._relay.ask(stop=True)

    def set_speed(self, speed: float | None) -> None:
        """Iterations per second (None: as fast as possible); applies to the active run at once."""
        _check_speed(speed)
        if self._relay is not None:
            self._relay.ask(speed=speed)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop any run, join its thread and end the training process (for closeEvent); safe when idle
        and when called twice."""
        self.stop()
        self._end_run(timeout_ms)
        if self._process is not None:
            self._process.close()
            self._process = None
            self._end_run(timeout_ms)  # a run that did not stop by itself has seen its process end

    # -- state -----------------------------------------------------------------
    def is_running(self) -> bool:
        """True while a run is active, paused or not."""
        return self._relay is not None

    def is_paused(self) -> bool:
        return self._relay is not None and self._paused

    @property
    def completed(self) -> bool:
        """Whether the last finished run did all the iterations it was asked for."""
        return self._completed

    # -- from the relay (queued into this thread) ----------------------------
    @Slot(object)
    def _on_progress(self, progress: TrainingProgress) -> None:
        self.progress.emit(progress)

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self.failed.emit(self.tr("Training failed: {0}").format(reason))

    @Slot(str)
    def _on_fell_back(self, reason: str) -> None:
        _say(f"nngui: {reason}; training runs in a thread instead")
        self._backend = "thread"
        if self._process is not None:
            self._process.close()  # the relay has ended it already
            self._process = None

    @Slot(object)
    def _on_finished(self, final: TrainingProgress) -> None:
        if self._relay_thread is not None:
            self._relay_thread.quit()
            self._relay_thread.wait()
        self._relay = self._relay_thread = None
        self._paused = False
        self._completed = final.iteration == final.total
        self._set_state("idle")
        self.finished.emit(final)

    def _ready_process(self) -> _ProcessHost | None:
        """The training process, started if needed (again if it died); None for the thread backend."""
        if self._backend != "process":
            return None
        if self._process is not None and not self._process.is_alive():
            self._process.close()  # it died (its relay reported that): a new one takes over
            self._process = None
        if self._process is None:
            try:
                self._process = _ProcessHost()
            except Exception:  # noqa: BLE001 - no processes here (a sandbox, no pipes): use a thread
                self._backend = "thread"
                return None
        return self._process

    def _end_run(self, timeout_ms: int = 5000) -> None:
        """Wait for a stopping run's relay and deliver its last queued signals now."""
        if self._relay_thread is None:
            return
        self._relay_thread.quit()  # the relay's run() is still going until the run ends
        if not self._relay_thread.wait(timeout_ms):
            return
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


def _check_speed(speed: float | None) -> None:
    if speed is not None and not (math.isfinite(speed) and speed > 0):
        raise ValueError(f"the speed must be a positive number of iterations per second, not {speed!r}")
