"""The training loop, without Qt: chunks, pause, stop, speed, throttled reports, in a process or a thread.

One loop (serve) and one set of (name, value) messages, whoever hosts it. To the loop:
("run", (network, X, y, learning_rate, iterations, speed[, every, done])), then for that run ("paused", bool),
("stop", True), ("speed", float or None) and, while paused, ("step", True): one traced iteration,
reported at once with its StepTrace; ("quit", None) ends it. From the loop: ("ready", None)
once, as soon as it serves; then for each run ("progress", TrainingProgress) at most ~30 times a second,
("error", text) if the run failed, and exactly one ("finished", TrainingProgress).
The training process talks over multiprocessing pipes; a thread of the same process over local_pipe().
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from nngui.model.network import Network, StepTrace

#: A chunk of iterations should take about this long, so pause and stop are noticed quickly.
CHUNK_SECONDS = 0.02
#: Progress goes out at most this often (about 30 times a second) while training runs; each report
#: costs the GUI thread time. The final state always goes out.
PROGRESS_INTERVAL = 1 / 30
#: The rate in TrainingProgress is measured over about this much time.
RATE_WINDOW = 1.0
#: Keeping the weights along the way (for the timeline) may cost at most this share of the training
#: time: a run keeps every `every`-th iteration's weights, and keeps them more sparsely (every twice
#: as many iterations at a time) while copying them would cost more than that.
KEEP_SHARE = 0.02
#: What keeping one weight (or bias) table costs: a copy into a row, about 1 µs on this machine;
#: counted as 1.5 µs so the article's network keeps every 32nd iteration (about 2 % of its time).
KEEP_SECONDS_PER_TABLE = 1.5e-6


class Connection(Protocol):
    """What the loop needs of a pipe end: a multiprocessing Connection, or a LocalConnection."""

    def send(self, message: Any) -> None: ...
    def recv(self) -> Any: ...
    def poll(self, timeout: float | None = 0.0) -> bool: ...


@dataclass(frozen=True)
class TrainingProgress:
    """What a run reports; it crosses threads (or processes), so every array is a copy."""

    losses: npt.NDArray[np.float64]               # the loss of each iteration done since the last report
    weights: tuple[npt.NDArray[np.float64], ...]  # the weights after the last of those iterations
    biases: tuple[npt.NDArray[np.float64], ...] | None
    iteration: int                                # iterations done so far in this run
    total: int                                    # iterations asked for in this run
    iterations_per_second: float                  # measured over the last ~second
    trace: StepTrace | None = None                # a step of the paused run: its every number
    kept: npt.NDArray[np.float64] | None = None   # weights kept along the way: one parameters() row each
    kept_at: npt.NDArray[np.int64] | None = None  # the iteration (counted from Reset) of each kept row


class Control:
    """What was asked of a run (stop, pause, a new speed), read from the loop's commands between chunks."""

    def __init__(self, speed: float | None, commands: Connection) -> None:
        self.stop = False
        self.paused = False
        self.speed = speed
        self.new_speed = False  # the speed changed since the loop last paced itself
        self.steps = 0          # steps asked of the paused run, not yet taken
        self._commands = commands

    def look(self, timeout: float | None = 0.0) -> None:
        """Take in what was asked since the last look; if nothing was, first wait up to `timeout`
        seconds for something (None: until something is asked). EOFError: the controller has gone."""
        if not self._commands.poll(timeout):
            return
        while True:
            name, value = self._commands.recv()
            if name not in ("stop", "paused", "speed", "step"):  # "quit" while a run is still going
                raise EOFError(name)
            if name == "step":
                self.steps += 1
            else:
                setattr(self, name, value)
            if name == "speed":
                self.new_speed = True
            if not self._commands.poll():
                return


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
        control: Control, report: Callable[[TrainingProgress], object], every: int = 0, done: int = 0,
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
        self._every = every          # keep every this many iterations' weights (0: none)
        self._before = done          # iterations since Reset before this run
        self._kept: list[np.ndarray] = []
        self._kept_at: list[np.ndarray] = []
        self._tables = len(network.weights) + len(network.biases or [])

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
                while control.paused and not control.stop and self._done < self._total:
                    if control.steps:
                        control.steps -= 1
                        self._step()
                    else:
                        control.look(None)
                control.steps = 0  # a step asked just as the run resumed is a step of the run
                now = time.perf_counter()
                self._meter.reset(now, self._done)
                pace_start, pace_done = now, self._done
            if control.stop or self._done >= self._total:
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
            losses, kept = self._network.train_keeping(self._X, self._y, count, self._learning_rate,
                                                       self._every, self._before + self._done)
            now = time.perf_counter()
            if len(kept):
                since_reset = self._before + self._done
                first = (since_reset // self._every + 1) * self._every
                self._kept.append(kept)
                self._kept_at.append(np.arange(first, since_reset + count + 1, self._every, dtype=np.int64))
            self._done += count
            self._pending.append(losses)
            self._keep_sparser(count, now - began)
            chunk = next_chunk(chunk, count, now - began)
            slow = speed is not None and speed * PROGRESS_INTERVAL <= 1.0
            if slow or now - last_report >= PROGRESS_INTERVAL:
                self._rate = self._meter.add(now, self._done)
                self._flush()
                last_report = now

    def _step(self) -> None:
        """One traced iteration of the paused run, reported at once with its trace."""
        trace = self._network.step(self._X, self._y, self._learning_rate, done=self._before + self._done)
        self._done += 1
        self._report(replace(self.snapshot(np.array([trace.loss])), trace=trace))

    def _keep_sparser(self, count: int, seconds: float) -> None:
        """Keep every twice as many iterations' weights while keeping them costs over KEEP_SHARE."""
        if self._every and count > 1:
            while self._tables * KEEP_SECONDS_PER_TABLE > KEEP_SHARE * self._every * seconds / count:
                self._every *= 2

    def _flush(self) -> None:
        """Report the losses (and kept weights) gathered since the last report, if any."""
        if self._pending:
            losses = np.concatenate(self._pending) if len(self._pending) > 1 else self._pending[0]
            self._pending = []
            progress = self.snapshot(losses)
            if self._kept:
                progress = replace(progress, kept=np.concatenate(self._kept),
                                   kept_at=np.concatenate(self._kept_at))
                self._kept, self._kept_at = [], []
            self._report(progress)

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
    """The loop's host runs this: trains each ("run", ...) it is sent, until ("quit", None) or the
    controller goes (the messages are in the module's docstring)."""
    try:
        reports.send(("ready", None))  # a process that re-ran a script's window instead never says this
        while True:
            name, value = commands.recv()
            if name == "quit":
                return
            if name != "run":
                continue  # a pause, stop or speed for a run that has already ended
            network, X, y, learning_rate, iterations, speed, *keeping = value
            trainer = Trainer(network, X, y, learning_rate, iterations, Control(speed, commands),
                              lambda progress: reports.send(("progress", progress)), *keeping)
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


class _Channel:
    """The queue behind a local pipe, shared by its two ends."""

    def __init__(self) -> None:
        self.messages: deque[Any] = deque()
        self.condition = threading.Condition()
        self.closed = False

    def readable(self) -> bool:
        return bool(self.messages) or self.closed


class LocalConnection:
    """One end of a one-way pipe inside this process, with a multiprocessing Connection's send, recv,
    poll and close; messages are passed as they are (the loop's reports are copies already)."""

    def __init__(self, channel: _Channel) -> None:
        self._channel = channel

    def send(self, message: Any) -> None:
        channel = self._channel
        with channel.condition:
            if channel.closed:
                raise BrokenPipeError("the other end of the pipe is closed")
            channel.messages.append(message)
            channel.condition.notify_all()

    def recv(self) -> Any:
        """The next message, waiting for it; EOFError once the pipe is closed and empty."""
        channel = self._channel
        with channel.condition:
            channel.condition.wait_for(channel.readable)
            if channel.messages:
                return channel.messages.popleft()
            raise EOFError("the pipe is closed")

    def poll(self, timeout: float | None = 0.0) -> bool:
        """Whether recv would return at once, waiting up to `timeout` seconds (None: until it would)."""
        channel = self._channel
        with channel.condition:
            return bool(channel.condition.wait_for(channel.readable, timeout))

    def close(self) -> None:
        """Close the pipe (both ends): the reader gets what is left, then EOFError; a send fails."""
        channel = self._channel
        with channel.condition:
            channel.closed = True
            channel.condition.notify_all()


def local_pipe() -> tuple[LocalConnection, LocalConnection]:
    """A one-way pipe between two threads: (receiving end, sending end), as multiprocessing.Pipe(False)."""
    channel = _Channel()
    return LocalConnection(channel), LocalConnection(channel)
