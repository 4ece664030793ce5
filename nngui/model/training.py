"""The training loop, without Qt: chunks, pause, stop, speed, throttled reports (also in the child)."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from nngui.model.network import Network

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: A chunk of iterations should take about this long, so pause and stop are noticed quickly.
CHUNK_SECONDS = 0.02
#: Progress goes out at most this often (about 20 times a second) while training runs; each report
#: costs the GUI thread time.
PROGRESS_INTERVAL = 0.05
#: The rate in TrainingProgress is measured over about this much time.
RATE_WINDOW = 1.0


@dataclass(frozen=True)
class TrainingProgress:
    """What a run reports; it crosses threads (or processes), so every array is a copy."""

    losses: npt.NDArray[np.float64]               # the loss of each iteration done since the last report
    weights: tuple[npt.NDArray[np.float64], ...]  # the weights after the last of those iterations
    biases: tuple[npt.NDArray[np.float64], ...] | None
    iteration: int                                # iterations done so far in this run
    total: int                                    # iterations asked for in this run
    iterations_per_second: float                  # measured over the last ~second


class Control:
    """What the GUI asked of a run (stop, pause, a new speed), as the training loop last took it in."""

    def __init__(self, speed: float | None) -> None:
        self.stop = False
        self.paused = False
        self.speed = speed
        self.new_speed = False  # the speed changed since the loop last paced itself

    def look(self, timeout: float | None = 0.0) -> None:
        """Take in what was asked since the last look; if nothing was, first wait up to `timeout`
        seconds for something (None: until something is asked)."""
        raise NotImplementedError

    def _take(self, name: str, value: Any) -> None:
        setattr(self, name, value)
        if name == "speed":
            self.new_speed = True


class ThreadControl(Control):
    """The control of a run in a worker thread: the GUI thread asks, the worker looks."""

    def __init__(self, speed: float | None) -> None:
        super().__init__(speed)
        self._condition = threading.Condition()
        self._asked: dict[str, Any] = {}

    def ask(self, **flags: Any) -> None:
        with self._condition:
            self._asked.update(flags)
            self._condition.notify_all()

    def look(self, timeout: float | None = 0.0) -> None:
        with self._condition:
            if not self._asked and timeout != 0.0:
                self._condition.wait(timeout)
            asked, self._asked = self._asked, {}
        for name, value in asked.items():
            self._take(name, value)


class PipeControl(Control):
    """The control of a run in the child process: (name, value) messages from the controller."""

    def __init__(self, speed: float | None, commands: Connection) -> None:
        super().__init__(speed)
        self._commands = commands

    def look(self, timeout: float | None = 0.0) -> None:
        if self._commands.poll(timeout):
            while True:
                name, value = self._commands.recv()  # EOFError: the controller has gone
                if name not in ("stop", "paused", "speed"):  # "quit" while a run is still going
                    raise EOFError(name)
                self._take(name, value)
                if not self._commands.poll():
                    break


class RateMeter:
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


class Trainer:
    """Trains a network in chunks, looks at its control between them, reports losses throttled."""

    def __init__(
        self, network: Network, X: np.ndarray, y: np.ndarray, learning_rate: float, iterations: int,
        control: Control, report: Callable[[TrainingProgress], object],
    ) -> None:
        self._network = network
        self._X = X
        self._y = y
        self._learning_rate = learning_rate
        self._total = iterations
        self._control = control
        self._report = report
        self._done = 0
        self._pending: list[np.ndarray] = []
        self._rate = 0.0
        self._meter = RateMeter()

    def run(self) -> TrainingProgress:
        """Train until done or stopped; every loss is reported; returns the final state (no losses)."""
        try:
            self._train()
        finally:
            self._flush()
        return self.snapshot(np.empty(0))

    def _train(self) -> None:
        control = self._control
        chunk = 1
        now = time.perf_counter()
        last_report = now
        self._meter.reset(now, 0)
        pace_start, pace_done = now, 0  # the paced mode counts iterations due from here
        while self._done < self._total:
            control.look()
            if control.paused and not control.stop:
                self._flush()
                while control.paused and not control.stop:
                    control.look(None)
                now = time.perf_counter()
                self._meter.reset(now, self._done)
                pace_start, pace_done = now, self._done
            if control.stop:
                return
            speed = control.speed
            if control.new_speed:
                control.new_speed = False
                pace_start, pace_done = time.perf_counter(), self._done
            count = min(chunk, self._total - self._done)
            if speed is not None:
                now = time.perf_counter()
                due = pace_done + math.floor((now - pace_start) * speed) + 1 - self._done
                if due <= 0:  # too early for the next iteration: sleep, but wake for pause or stop
                    control.look(pace_start + (self._done - pace_done) / speed - now)
                    continue
                if due > speed * RATE_WINDOW + chunk:  # far behind (too fast to keep up): start afresh
                    pace_start, pace_done = now, self._done
                count = min(count, due)
            began = time.perf_counter()
            losses = self._network.train(self._X, self._y, count, self._learning_rate)
            now = time.perf_counter()
            self._done += count
            self._pending.append(losses)
            chunk = next_chunk(chunk, count, now - began)
            slow = speed is not None and speed * PROGRESS_INTERVAL <= 1.0
            if slow or now - last_report >= PROGRESS_INTERVAL:
                self._rate = self._meter.add(now, self._done)
                self._flush()
                last_report = now

    def _flush(self) -> None:
        """Report the losses gathered since the last report, if any."""
        if self._pending:
            losses = np.concatenate(self._pending) if len(self._pending) > 1 else self._pending[0]
            self._pending = []
            self._report(self.snapshot(losses))

    def snapshot(self, losses: np.ndarray) -> TrainingProgress:
        network = self._network
        return TrainingProgress(
            losses=losses,
            weights=tuple(w.copy() for w in network.weights),
            biases=None if network.biases is None else tuple(b.copy() for b in network.biases),
            iteration=self._done,
            total=self._total,
            iterations_per_second=self._rate,
        )


def next_chunk(chunk: int, count: int, seconds: float) -> int:
    """The next chunk size: about CHUNK_SECONDS of work, growing at most twofold at a time."""
    if count < chunk:  # a short (paced or final) chunk says little about the full size
        return chunk
    if seconds <= 0:
        return chunk * 2
    ideal = int(count * CHUNK_SECONDS / seconds)
    return max(1, min(ideal, chunk * 2))


def serve(commands: Connection, reports: Connection) -> None:
    """The training process: trains each ("run", ...) it is sent, until ("quit", None) or the controller goes.

    Reports ("progress", TrainingProgress), ("error", text) and, once per run, ("finished", TrainingProgress).
    """
    try:
        while True:
            name, value = commands.recv()
            if name == "quit":
                return
            if name != "run":
                continue  # a pause, stop or speed for a run that has already ended
            network, X, y, learning_rate, iterations, speed = value
            trainer = Trainer(network, X, y, learning_rate, iterations, PipeControl(speed, commands),
                               lambda progress: reports.send(("progress", progress)))
            try:
                final = trainer.run()
            except (EOFError, OSError):
                raise
            except Exception as error:  # noqa: BLE001 - reported to the window, which stays up
                reports.send(("error", f"{type(error).__name__}: {error}"))
                final = trainer.snapshot(np.empty(0))
            reports.send(("finished", final))
    except (EOFError, OSError, KeyboardInterrupt):
        return  # the controller has gone (or its application is quitting)
