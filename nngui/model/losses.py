"""Every loss of a training session, in one growing NumPy buffer, with its range kept as it grows."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

_INITIAL_CAPACITY = 4096
# A full buffer grows by half: at most 12 bytes per loss (8 used), 20 while it is copied.
_GROWTH = 1.5
# clear() keeps a buffer up to this many losses (8 MB), so training again after a Reset does not
# grow it step by step once more.
_KEPT_CAPACITY = 1 << 20


class LossHistory:
    """Every loss so far, in order, in one NumPy buffer that grows by half when full; and its range.

    The range (the smallest and largest finite loss, the smallest above 0) is kept as losses arrive,
    so a plot can fit its view without scanning them; NaN and infinite losses are left out of it.
    """

    def __init__(self) -> None:
        self._buffer: Array = np.empty(_INITIAL_CAPACITY)
        self._count = 0
        self.lowest = math.inf
        self.highest = -math.inf
        self.smallest_positive = math.inf

    def __len__(self) -> int:
        return self._count

    def append(self, losses: npt.ArrayLike) -> Array:
        """Add the losses of the next iterations; returns them as stored (a read-only view)."""
        new = np.asarray(losses, dtype=np.float64).reshape(-1)
        start, end = self._count, self._count + new.size
        if end > self._buffer.shape[0]:
            self.reserve(max(end, int(_GROWTH * self._buffer.shape[0])) - self._count)
        self._buffer[start:end] = new
        self._count = end
        if new.size:
            finite = np.isfinite(new)
            finite = True if finite.all() else finite  # no mask when every loss is finite
            low = float(np.min(new, where=finite, initial=math.inf))
            self.lowest = min(self.lowest, low)
            self.highest = max(self.highest, float(np.max(new, where=finite, initial=-math.inf)))
            if low <= 0:
                low = float(np.min(new, where=finite & (new > 0), initial=math.inf))
            self.smallest_positive = min(self.smallest_positive, low)
        return self._read_only(start, end)

    def reserve(self, more: int) -> None:
        """Make room for `more` losses beyond those held, so that appending them copies nothing.

        The memory is only claimed from the system as losses fill it.
        """
        needed = self._count + max(0, int(more))
        if needed > self._buffer.shape[0]:
            buffer = np.empty(needed)
            buffer[: self._count] = self._buffer[: self._count]
            self._buffer = buffer

    def clear(self) -> None:
        """Forget every loss (a buffer of millions is given back)."""
        self._count = 0
        if self._buffer.shape[0] > _KEPT_CAPACITY:
            self._buffer = np.empty(_INITIAL_CAPACITY)
        self.lowest, self.highest, self.smallest_positive = math.inf, -math.inf, math.inf

    def view(self) -> Array:
        """Every loss, iteration 1 first, as a read-only view: valid until the next append or clear."""
        return self._read_only(0, self._count)

    def truncate(self, count: int) -> None:
        """Keep the first `count` losses only (training goes on from an earlier iteration)."""
        if count >= self._count:
            return
        kept = self._buffer[:max(0, count)].copy()
        self.clear()
        self.append(kept)

    def copy(self) -> Array:
        """Every loss, iteration 1 first, as a new array."""
        return self._buffer[: self._count].copy()

    def last(self) -> float | None:
        """The latest loss, or None when there is none."""
        return float(self._buffer[self._count - 1]) if self._count else None

    @property
    def capacity(self) -> int:
        """How many losses fit before the buffer grows."""
        return self._buffer.shape[0]

    def _read_only(self, start: int, end: int) -> Array:
        part = self._buffer[start:end]
        part.flags.writeable = False
        return part
