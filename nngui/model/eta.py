"""How long a training run has left, from its recent rate or the chosen pace, smoothed (no Qt, no clock).

Every method takes `now`, a time in seconds on one clock (the caller's time.perf_counter()), so the
arithmetic is tested without waiting. The rate is measured from the run's own reports (the iterations
done at each), over the last RATE_WINDOW seconds of training, pauses left out; at a chosen pace the
machine keeps up with, the pace itself is the rate. The estimate counts down between reports and
follows a new measurement gradually (SMOOTHING), so it neither jumps nor stands still.
"""

from __future__ import annotations

import math
from collections import deque

#: The rate is measured over about this much training time (the last reports within it).
RATE_WINDOW = 2.0
#: No estimate at full speed before the reports span this long: the first ones say little.
SETTLE = 0.3
#: A new measurement moves the estimate by 1 - e^(-dt/SMOOTHING) of the difference.
SMOOTHING = 1.0
#: A measurement more than this many times above or below the estimate replaces it at once.
JUMP = 2.0
#: At a chosen pace, the pace is the rate as long as the run keeps this share of it.
KEEPS_UP = 0.8
#: While work remains the estimate is never less than this (so never "0 s").
LEAST = 1.0


class RunClock:
    """A run's training time: seconds since it started, its pauses left out."""

    def __init__(self) -> None:
        self._started: float | None = None
        self._paused_at: float | None = None
        self._paused_for = 0.0

    @property
    def running(self) -> bool:
        """A run has started and not ended (it may be paused)."""
        return self._started is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def start(self, now: float) -> None:
        self._started, self._paused_at, self._paused_for = now, None, 0.0

    def pause(self, now: float) -> None:
        if self._started is not None and self._paused_at is None:
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self._paused_at is not None:
            self._paused_for += max(0.0, now - self._paused_at)
            self._paused_at = None

    def stop(self) -> None:
        self._started = self._paused_at = None

    def elapsed(self, now: float) -> float:
        """Seconds of training so far (0 before a start; a pause holds it still)."""
        if self._started is None:
            return 0.0
        end = self._paused_at if self._paused_at is not None else now
        return max(0.0, end - self._started - self._paused_for)


class TimeLeft:
    """The seconds a run has left, from its reports: start(), then report() with the iterations done
    (and pause()/resume()); seconds_left() is None until there is enough to say, 0 when it is done,
    otherwise at least LEAST — never negative, NaN or infinite."""

    def __init__(self) -> None:
        self.clock = RunClock()
        self.done = 0
        self.total = 0
        self.pace: float | None = None
        self._samples: deque[tuple[float, int]] = deque()  # (training time, iterations done)
        self._estimate: float | None = None  # seconds left, as of training time _estimated_at
        self._estimated_at = 0.0

    def start(self, now: float, total: int, pace: float | None = None) -> None:
        """A run of `total` iterations starts, at `pace` iterations per second (None: full speed)."""
        self.clock.start(now)
        self.done, self.total = 0, max(0, int(total))
        self.pace = _pace(pace)
        self._samples.clear()
        self._estimate = None

    def stop(self) -> None:
        self.clock.stop()
        self._samples.clear()
        self._estimate = None

    def pause(self, now: float) -> None:
        self.clock.pause(now)

    def resume(self, now: float) -> None:
        self.clock.resume(now)

    @property
    def fraction(self) -> float:
        """The share of the run done, 0 to 1."""
        return min(1.0, self.done / self.total) if self.total > 0 else 0.0

    def set_pace(self, now: float, pace: float | None) -> None:
        """The chosen speed changed during the run: measure afresh, estimate from the new pace."""
        pace = _pace(pace)
        if pace == self.pace:
            return
        self.pace = pace
        t = self.clock.elapsed(now)
        self._samples.clear()
        self._samples.append((t, self.done))  # what was measured before says nothing of the new pace
        self._estimate = None
        self._update(t)

    def report(self, now: float, done: int, total: int | None = None) -> None:
        """The run has done `done` of its iterations (of `total`, if that is given anew)."""
        if not self.clock.running:
            return
        if total is not None:
            self.total = max(0, int(total))
        done = max(0, min(int(done), self.total))
        t = self.clock.elapsed(now)
        if self._samples and (done < self._samples[-1][1] or t < self._samples[-1][0]):
            self._samples.clear()  # not this run's counting, or the clock went back: start again
        self.done = done
        self._samples.append((t, done))
        while len(self._samples) > 2 and self._samples[1][0] <= t - RATE_WINDOW:
            self._samples.popleft()
        self._update(t)

    def rate(self) -> float | None:
        """Iterations per second the estimate assumes: the pace if the run keeps up with it, else the
        rate measured over the recent reports; None while there is not enough to measure."""
        measured = None
        if len(self._samples) >= 2:
            (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
            if t1 - t0 >= SETTLE and d1 > d0:
                measured = (d1 - d0) / (t1 - t0)
        if self.pace is not None and (measured is None or measured >= KEEPS_UP * self.pace):
            return self.pace
        return measured

    def seconds_left(self, now: float) -> float | None:
        """Seconds until the run is done, counted down since the last report; see the class."""
        if self.total > 0 and self.done >= self.total:
            return 0.0
        if self._estimate is None:
            return None
        left = self._estimate - (self.clock.elapsed(now) - self._estimated_at)
        return max(LEAST, left)

    def _update(self, t: float) -> None:
        rate = self.rate()
        if rate is None:
            return
        fresh = (self.total - self.done) / rate
        if self._estimate is None:
            self._estimate, self._estimated_at = fresh, t
            return
        dt = max(0.0, t - self._estimated_at)
        predicted = max(0.0, self._estimate - dt)
        low, high = sorted((max(predicted, LEAST), max(fresh, LEAST)))
        if high > JUMP * low:  # far off (a new speed, a machine suddenly busy): believe the new one
            self._estimate = fresh
        else:
            self._estimate = predicted + (fresh - predicted) * (1.0 - math.exp(-dt / SMOOTHING))
        self._estimated_at = t


def _pace(pace: float | None) -> float | None:
    """A usable pace, or None (full speed) for no number, 0 or less."""
    if pace is None:
        return None
    pace = float(pace)
    return pace if math.isfinite(pace) and pace > 0 else None
