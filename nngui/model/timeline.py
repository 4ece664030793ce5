"""The training timeline: the weights after every iteration since Reset, kept or recomputed exactly."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nngui.model.limits import HISTORY_BUDGET
from nngui.model.network import Network, StepTrace
from nngui.model.rules import ARTICLE, LearningRules

Array = npt.NDArray[np.float64]

#: The most earlier runs kept beside the current one for comparison ("up to five runs side by side").
MAX_COMPARED = 4
#: A compared run's loss curve keeps at most about this many points (its smallest and largest loss
#: of each block of iterations), so that four runs of millions of iterations cost little memory.
COMPARED_POINTS = 20_000


@dataclass(frozen=True, eq=False)
class Rule:
    """How iterations were trained: the situations' inputs, their expected outputs, the learning rate."""

    X: Array
    Y: Array
    learning_rate: float

    def __post_init__(self) -> None:  # one table of floats each, a row per situation
        X = np.asarray(self.X, dtype=np.float64)
        X = X.reshape(1, -1) if X.ndim == 1 else X
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "Y", np.asarray(self.Y, dtype=np.float64).reshape(X.shape[0], -1))

    def same(self, other: Rule | None) -> bool:
        return (other is not None and self.learning_rate == other.learning_rate
                and np.array_equal(self.X, other.X) and np.array_equal(self.Y, other.Y))


class _Rows:
    """Kept weights: one parameters() row per kept iteration, in order, in buffers that grow by half."""

    def __init__(self, width: int) -> None:
        self.values = np.empty((0, width))
        self.at = np.empty(0, dtype=np.int64)
        self.count = 0

    def append(self, rows: Array, at: npt.NDArray[np.int64]) -> None:
        end = self.count + len(rows)
        if end > len(self.at):
            capacity = max(end, int(1.5 * len(self.at)), 64)
            values = np.empty((capacity, self.values.shape[1]))
            values[: self.count] = self.values[: self.count]
            iterations = np.empty(capacity, dtype=np.int64)
            iterations[: self.count] = self.at[: self.count]
            self.values, self.at = values, iterations
        self.values[self.count:end] = rows
        self.at[self.count:end] = at
        self.count = end

    def keep_only(self, mask: npt.NDArray[np.bool_]) -> None:
        """Keep the rows where mask is true (mask covers the rows held)."""
        values, at = self.values[: self.count][mask], self.at[: self.count][mask]
        self.values, self.at, self.count = values, at, len(at)

    def multiples(self, every: int) -> int:
        return int(np.count_nonzero(self.at[: self.count] % every == 0))

    def nearest(self, iteration: int) -> int:
        """The index of the last row at or before `iteration`, or -1."""
        return int(np.searchsorted(self.at[: self.count], iteration, side="right")) - 1

    def copy(self) -> _Rows:
        rows = _Rows(self.values.shape[1])
        rows.values, rows.at = self.values[: self.count].copy(), self.at[: self.count].copy()
        rows.count = self.count
        return rows

    @property
    def nbytes(self) -> int:
        return self.values.nbytes + self.at.nbytes


class _Segment:
    """Iterations trained by one rule from one exact state (its anchor): the rows kept after it."""

    __slots__ = ("start", "anchor", "rule", "rows", "end")

    def __init__(self, start: int, anchor: Array, rule: Rule | None) -> None:
        self.start = start    # the iteration the anchor's weights are those of
        self.anchor = anchor  # parameters() at `start`, exactly
        self.rule = rule      # how the iterations after `start` were trained (None: none were yet)
        self.rows = _Rows(anchor.size)
        self.end = start      # the last iteration it covers

    def copy(self) -> _Segment:
        segment = _Segment(self.start, self.anchor, self.rule)
        segment.rows, segment.end = self.rows.copy(), self.end
        return segment


class Timeline:
    """The weights after every iteration since Reset, within a memory budget.

    The training loop keeps the weights of every `every`-th iteration (every iteration while that
    fits HISTORY_BUDGET and costs little; see nngui.model.training.KEEP_SHARE); an iteration in
    between is recomputed from the kept one before it with the same rule, which gives exactly what
    training computed, because training in pieces is bit for bit training at once. Edits, steps and
    new rules start a segment from an exact state (an anchor), so a replay never crosses one.
    """

    def __init__(self, network: Network, budget: int = HISTORY_BUDGET, start: int = 0) -> None:
        self.budget = budget
        self.reset(network, start)

    def reset(self, network: Network, start: int = 0) -> None:
        """Start again at iteration `start` (0 after Reset; a file's) with `network`'s weights."""
        self._template = network.copy()
        self._segments = [_Segment(start, network.parameters(), None)]
        self._starts = [start]
        self.every = 1
        self._cache: tuple[int, Array] | None = None

    # -- what it holds ----------------------------------------------------------
    @property
    def first(self) -> int:
        """The first iteration it knows (0, or the iteration a file's network was saved at)."""
        return self._segments[0].start

    @property
    def end(self) -> int:
        """The last iteration it covers."""
        return self._segments[-1].end

    @property
    def nbytes(self) -> int:
        return sum(s.rows.nbytes + s.anchor.nbytes for s in self._segments)

    def _row_bytes(self) -> int:
        return 8 * (self._template.parameters().size + 1)

    def rule_at(self, iteration: int) -> Rule | None:
        """The rule that trained iteration `iteration` + 1 (None if none did)."""
        return self._segment(iteration).rule

    def rules(self) -> list[Rule]:
        return [s.rule for s in self._segments if s.rule is not None]

    # -- recording ----------------------------------------------------------------
    def begin(self, iteration: int, network: Network, rule: Rule, planned: int) -> int:
        """Training of `planned` iterations by `rule` starts from `network` at `iteration`; returns how
        sparsely to keep the weights (every this many iterations) to stay within the budget."""
        self.truncate(iteration)
        last = self._segments[-1]
        if last.rule is None and last.start == iteration:
            last.rule = rule
        elif not rule.same(last.rule):
            self.anchor(iteration, network, rule)
        every = self.every
        while self._kept_at(every) + planned // every > self.budget // self._row_bytes() and every < 1 << 40:
            every *= 2
        self._thin(every)
        return every

    def keep(self, rows: Array | None, at: npt.NDArray[np.int64] | None, end: int) -> bool:
        """Training reached iteration `end`, keeping `rows` (weights after iterations `at`). False
        when no rule was begun for it (then anchor() the state reached instead)."""
        last = self._segments[-1]
        if last.rule is None and end > last.end:
            return False
        if rows is not None and at is not None and len(rows):
            last.rows.append(rows, at)
            while self.nbytes > self.budget and last.rows.count > 1:
                self._thin(self.every * 2)
        last.end = max(last.end, end)
        return True

    def anchor(self, iteration: int, network: Network, rule: Rule | None = None) -> None:
        """The network has exactly these weights at `iteration` (an edit, a step, a file): the
        iterations after it are trained by `rule`."""
        self.truncate(iteration)
        self._cache = None
        last = self._segments[-1]
        segment = _Segment(iteration, network.parameters(), rule)
        if last.start == iteration and last.rows.count == 0:
            self._segments[-1] = segment  # a second edit at the same iteration replaces the first
        else:
            self._segments.append(segment)
            self._starts.append(iteration)

    def truncate(self, iteration: int) -> None:
        """Forget everything after `iteration` (training goes on from there)."""
        if iteration >= self.end:
            return
        self._cache = None
        while len(self._segments) > 1 and self._segments[-1].start > iteration:
            self._segments.pop()
            self._starts.pop()
        last = self._segments[-1]
        last.rows.keep_only(last.rows.at[: last.rows.count] <= iteration)
        last.end = iteration

    def until(self, iteration: int) -> Timeline:
        """A copy holding the iterations up to `iteration` (this one is unchanged)."""
        copy = Timeline.__new__(Timeline)
        copy.budget, copy.every, copy._template, copy._cache = self.budget, self.every, self._template, None
        copy._segments = [s.copy() for s in self._segments if s.start <= iteration]
        copy._starts = [s.start for s in copy._segments]
        copy.truncate(iteration)
        return copy

    def _kept_at(self, every: int) -> int:
        return sum(s.rows.multiples(every) for s in self._segments)

    def _thin(self, every: int) -> None:
        if every <= self.every:
            return
        self.every = every
        for segment in self._segments:
            rows = segment.rows
            rows.keep_only(rows.at[: rows.count] % every == 0)

    # -- reading -------------------------------------------------------------------
    def _segment(self, iteration: int) -> _Segment:
        return self._segments[max(0, bisect.bisect_right(self._starts, iteration) - 1)]

    def parameters_at(self, iteration: int) -> Array:
        """The weights after `iteration` iterations as one parameters() row (read-only)."""
        if not self.first <= iteration <= self.end:
            raise IndexError(f"iteration {iteration} is not from {self.first} to {self.end}")
        segment = self._segment(iteration)
        index = segment.rows.nearest(iteration)
        base, row = (segment.start, segment.anchor) if index < 0 else (
            int(segment.rows.at[index]), segment.rows.values[index])
        if self._cache is not None and base <= self._cache[0] <= iteration \
                and self._segment(self._cache[0]) is segment:
            base, row = self._cache
        if base < iteration and segment.rule is not None:  # (no rule: iterations it was not told of)
            network = self.network_with(row)
            rule = segment.rule
            network.train(rule.X, rule.Y, iteration - base, rule.learning_rate, done=base)
            row = network.parameters()
        row = row.copy() if row.flags.writeable else row
        row.flags.writeable = False
        self._cache = (iteration, row)
        return row

    def network_with(self, row: Array) -> Network:
        """A network of the timeline's shape with the weights of a parameters() row."""
        network = self._template.copy()
        network.set_parameters(row)
        return network

    def network_at(self, iteration: int) -> Network:
        """A new network with the weights after `iteration` iterations."""
        return self.network_with(self.parameters_at(iteration))

    def trace_at(self, iteration: int) -> StepTrace | None:
        """Every number of iteration `iteration` (the step from iteration - 1), or None for 0."""
        if iteration <= 0:
            return None
        rule = self.rule_at(iteration - 1)
        if rule is None:
            return None
        return self.network_at(iteration - 1).step(rule.X, rule.Y, rule.learning_rate, done=iteration - 1)

    def kept(self, columns: Sequence[int] | None = None,
             most: int | None = None) -> tuple[npt.NDArray[np.int64], Array]:
        """Every exact state held, in order of iteration: (iterations, one parameters() row each),
        only the `columns` given (default: all), and evenly thinned to about `most` rows."""
        at = np.concatenate([np.concatenate([[segment.start], segment.rows.at[: segment.rows.count]])
                             for segment in self._segments]).astype(np.int64)
        pick = None
        if most is not None and at.size > most:
            pick = np.unique(np.linspace(0, at.size - 1, most).astype(np.int64))
        chosen = slice(None) if columns is None else list(columns)
        rows = []
        for segment in self._segments:  # one part at a time: never a copy of every weight kept
            rows.append(segment.anchor[chosen].reshape(1, -1))
            rows.append(segment.rows.values[: segment.rows.count][:, chosen])
        values = np.concatenate(rows)
        return (at, values) if pick is None else (at[pick], values[pick])

    def each_iteration(self, first: int, last: int) -> Array:
        """The weights after each iteration from `first` to `last`, one row each, recomputed in one go."""
        out = np.empty((last - first + 1, self._template.parameters().size))
        out[0] = self.parameters_at(first)
        done = first
        while done < last:
            number = max(0, bisect.bisect_right(self._starts, done) - 1)
            segment = self._segments[number]
            following = self._segments[number + 1] if number + 1 < len(self._segments) else None
            stop = last if following is None else min(last, following.start - 1)
            if stop > done and segment.rule is None:  # iterations it was not told of: the state before
                out[done - first + 1: stop - first + 1] = out[done - first]
                done = stop
            elif stop > done:
                rule = segment.rule
                network = self.network_with(out[done - first])
                _, rows = network.train_keeping(rule.X, rule.Y, stop - done, rule.learning_rate, 1, done)
                out[done - first + 1: stop - first + 1] = rows
                done = stop
            if done < last and following is not None:  # the next iteration's weights are an anchor
                done += 1
                out[done - first] = following.anchor
        return out


@dataclass(frozen=True)
class ComparedRun:
    """An earlier run kept for comparison: its settings and its loss curve (reduced, see COMPARED_POINTS)."""

    learning_rate: float
    hidden: tuple[int, ...]
    seed: int | None
    iterations: npt.NDArray[np.float64]  # x: iteration numbers, from 1
    losses: Array                        # y: the loss at each
    number: int = 1                      # run 1, 2, 3 … of this scenario (its colour stays with it)
    rules: LearningRules = ARTICLE       # how it computed and learned (the activation, updates, loss)


def compared_run(learning_rate: float, hidden: tuple[int, ...], seed: int | None,
                 losses: npt.ArrayLike, number: int = 1, rules: LearningRules = ARTICLE) -> ComparedRun:
    """Keep a run's losses for comparison: every one, or each block's smallest and largest."""
    y = np.asarray(losses, dtype=np.float64).reshape(-1)
    x = np.arange(1, y.size + 1, dtype=np.float64)
    block = -(-y.size // (COMPARED_POINTS // 2))
    if block > 1:
        usable = y.size - y.size % block
        blocks = y[:usable].reshape(-1, block)
        low, high = np.argmin(blocks, axis=1), np.argmax(blocks, axis=1)
        starts = np.arange(0, usable, block)
        index = np.sort(np.concatenate([starts + low, starts + high, np.arange(usable, y.size)]))
        x, y = x[index], y[index]
    return ComparedRun(float(learning_rate), tuple(hidden), seed, x, y.copy(), number, rules)


#: A history CSV holds at most this many numbers (rows × columns); longer runs are written every
#: k-th iteration (the header's note says which).
MAX_CSV_NUMBERS = 20_000_000
_CSV_ROWS_PER_BLOCK = 20_000


def write_history_csv(path: str, timeline: Timeline, losses: npt.ArrayLike, loss_offset: int,
                      names: list[str]) -> int:
    """Write "iteration,loss,<every weight and bias>" rows to `path` (a temporary file: see
    nngui.model.files.atomic_path): the weights after each iteration (the loss is that iteration's,
    computed before its adjustment). Returns the step between rows written (1: every iteration)."""
    loss = np.asarray(losses, dtype=np.float64).reshape(-1)
    first, last = timeline.first, timeline.end
    width = 2 + len(names)
    step = max(1, -(-((last - first + 1) * width) // MAX_CSV_NUMBERS))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(["iteration", "loss", *names]) + "\n")
        for begin in range(first, last + 1, _CSV_ROWS_PER_BLOCK * step):
            end = min(last, begin + _CSV_ROWS_PER_BLOCK * step - 1)
            rows = timeline.each_iteration(begin, end)[::step]
            for offset, row in enumerate(rows):
                iteration = begin + offset * step
                index = iteration - 1 - loss_offset
                shown = repr(float(loss[index])) if 0 <= index < loss.size else ""
                f.write(f"{iteration},{shown}," + ",".join(repr(v) for v in row.tolist()) + "\n")
    return step


# -- in a file ------------------------------------------------------------------------------------
#: A file keeps the timeline when it holds at most this many numbers (about 4 MB of JSON), thinning
#: its kept weights to fit; when even its exact states do not fit, only the last weights are kept.
MAX_SAVED_TIMELINE_NUMBERS = 200_000


def timeline_to_dict(timeline: Timeline, X: Array, Y: Array) -> dict | None:
    """The timeline as a file keeps it (situations equal to `X`, `Y`, the scenario's, are left
    out), thinned to MAX_SAVED_TIMELINE_NUMBERS; None when it does not fit."""
    width = timeline._template.parameters().size
    segments = timeline._segments
    fixed = sum(width + (0 if s.rule is None or s.rule.same(Rule(X, Y, s.rule.learning_rate))
                         else s.rule.X.size + s.rule.Y.size) for s in segments)
    room = MAX_SAVED_TIMELINE_NUMBERS - fixed
    if room < 0:
        return None
    every = max(1, timeline.every)
    while sum(s.rows.multiples(every) for s in segments) * (width + 1) > room:
        every *= 2
    parts = []
    for segment in segments:
        part: dict = {"start": segment.start, "weights": segment.anchor.tolist(),
                      "learning_rate": None if segment.rule is None else segment.rule.learning_rate}
        rule = segment.rule
        if rule is not None and not rule.same(Rule(X, Y, rule.learning_rate)):
            part["situations"], part["outputs"] = rule.X.tolist(), rule.Y.tolist()
        rows = segment.rows
        chosen = rows.at[: rows.count] % every == 0
        part["kept_at"] = rows.at[: rows.count][chosen].tolist()
        part["kept"] = rows.values[: rows.count][chosen].tolist()
        parts.append(part)
    return {"parts": parts}


def timeline_from_parts(network: Network, parts: list[dict], end: int) -> Timeline:
    """A timeline from checked parts (see nngui.model.trained), ending at iteration `end`."""
    timeline = Timeline(network, start=parts[0]["start"])
    timeline._segments, timeline._starts = [], []
    for part in parts:
        segment = _Segment(part["start"], part["weights"], part["rule"])
        if len(part["kept_at"]):
            segment.rows.append(part["kept"], part["kept_at"])
        timeline._segments.append(segment)
        timeline._starts.append(segment.start)
    for segment, following in zip(timeline._segments, timeline._segments[1:]):
        segment.end = following.start
    timeline._segments[-1].end = end
    return timeline
