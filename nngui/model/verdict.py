"""The verdict on a network: how many situations it answers right, and what went wrong in training."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

#: A loss that ends this much above where it began got worse: the steps overshoot.
WORSE_FACTOR = 1.05
#: Over the second half of a run, a loss that fell by less than this share of itself has stalled.
STALLED_SHARE = 0.01
#: A run shorter than this says too little about its trend to call it stalled.
SHORTEST_TREND = 100


@dataclass(frozen=True)
class Verdict:
    """How many situations the network answers right (on the correct side of 0.5), which are wrong,
    and why training did not get them all right, when the losses say: trouble is None (nothing to
    say, or not trained), "blew_up" (the loss is no number), "worse" (it rose), "stalled" (it stopped
    falling), or "still_falling" (more iterations would help)."""

    right: int
    total: int
    wrong: tuple[int, ...]  # the rows answered wrong, in order
    trouble: str | None = None

    @property
    def learned(self) -> bool:
        """Every situation is answered right."""
        return self.total > 0 and self.right == self.total


def is_right(answers: npt.ArrayLike, targets: npt.ArrayLike) -> npt.NDArray[np.bool_]:
    """For each situation, whether the answer is on the target's side of 0.5 (exactly 0.5, or no
    number, is on neither side: wrong)."""
    a = np.asarray(answers, dtype=np.float64).reshape(len(np.asarray(targets)), -1)
    t = np.asarray(targets, dtype=np.float64).reshape(a.shape)
    with np.errstate(invalid="ignore"):
        right = ((a > 0.5) & (t > 0.5)) | ((a < 0.5) & (t <= 0.5))
    return right.all(axis=1)


def judge(answers: npt.ArrayLike, targets: npt.ArrayLike, losses: npt.ArrayLike) -> Verdict:
    """The verdict on answers to the situations whose targets are given, after these losses
    (every loss since Reset, in order; none before training)."""
    right = is_right(answers, targets)
    wrong = tuple(int(i) for i in np.flatnonzero(~right))
    verdict = Verdict(int(right.sum()), int(right.size), wrong)
    history = np.asarray(losses, dtype=np.float64).reshape(-1)
    if history.size == 0 or verdict.learned:
        return verdict
    return Verdict(verdict.right, verdict.total, wrong, _trouble(history))


def _trouble(losses: npt.NDArray[np.float64]) -> str:
    first, last = float(losses[0]), float(losses[-1])
    if not math.isfinite(last):
        return "blew_up"
    if last > first * WORSE_FACTOR:
        return "worse"
    if losses.size >= SHORTEST_TREND:
        middle = float(losses[losses.size // 2])
        if middle - last <= STALLED_SHARE * middle:
            return "stalled"
    return "still_falling"

