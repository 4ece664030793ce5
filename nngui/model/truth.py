"""The truth table's logic (no Qt): every 0/1 combination, and whether one neuron can learn the situations."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nngui.model.network import Array

LP_CELLS = 400_000  # the separability check runs when its table has at most this many numbers
_TOLERANCE = 1e-9


def combinations(k: int) -> Array:
    """Every row of k inputs that are 0 or 1, in counting order (input 1 is the leftmost bit)."""
    numbers = np.arange(1 << k)
    return ((numbers[:, None] >> np.arange(k - 1, -1, -1)) & 1).astype(np.float64)


def linearly_separable(inputs: npt.ArrayLike, targets: npt.ArrayLike, bias: bool = False,
                       activation: str = "sigmoid") -> bool:
    """Whether one neuron (of this activation) can answer every situation on the right side of 0.5.

    For a sigmoid: is there a weight vector w (with a bias weight when `bias`) such that x·w > 0
    for every target above 0.5 and x·w < 0 for every target below it (targets of exactly 0.5
    ask for nothing)? By Gordan's theorem this fails exactly when 0 is a convex combination
    of the rows z = ±x (the sign of each target), which a small linear program decides exactly.
    A tanh neuron answers 0.5 at x·w = atanh(0.5) > 0: without a bias that is a bias fixed below 0,
    so the rows get a bias column and one more row asking for a negative bias. The step answers 0
    where x·w = 0, so its 0s ask only x·w ≤ 0 (Motzkin's theorem: those rows' weights in the
    combination are not counted in its sum of 1). ReLU is for hidden neurons only: as a sigmoid.
    """
    x = np.asarray(inputs, dtype=np.float64)
    t = np.asarray(targets, dtype=np.float64).reshape(-1)
    if x.ndim == 1:
        x = x.reshape(-1, 1)
    tanh_offset = activation == "tanh" and not bias
    if bias or tanh_offset:
        x = np.hstack([x, np.ones((x.shape[0], 1))])
    sign = np.sign(t - 0.5)
    z = x[sign != 0] * sign[sign != 0, None]
    strict = sign[sign != 0] > 0 if activation == "step" and not bias else np.ones(z.shape[0], dtype=bool)
    if tanh_offset:
        z = np.vstack([z, np.eye(z.shape[1])[-1:] * -1.0])  # the bias below 0
        strict = np.append(strict, True)
    if z.shape[0] == 0:
        return True
    rows = unique_rows(np.hstack([z, strict[:, None]]))
    z, strict = rows[:, :-1], rows[:, -1] > 0
    if np.any(np.all(z[strict] == 0, axis=1)):
        return False  # x·w = 0 for every w: the answer is exactly 0.5 (the step: 0, asked to be 1)
    if not strict.any():
        return True  # w = 0 answers 0 everywhere: every 0 is right
    return not _zero_is_convex_combination(z, strict)


def one_neuron_cannot(x: Array, y: Array, bias: bool, groups: list[list[int]] | None = None,
                      activation: str = "sigmoid") -> bool:
    """No weighted sum of one neuron puts the situations' 1s and 0s on different sides of 0.5.

    Situations left out (they have notes of their own): contradictory ones (same inputs, different
    expected outputs; `groups` as same_inputs() gives them) and, without a bias, those whose inputs
    are all 0. `activation`: the neuron's (see linearly_separable()). False also when the check
    would be too large to decide quickly (more than LP_CELLS).
    """
    keep = np.ones(x.shape[0], dtype=bool)
    for group in same_inputs(x) if groups is None else groups:
        if len({float(y[n - 1]) for n in group}) > 1:
            keep[[n - 1 for n in group]] = False
    if not bias:
        keep &= ~np.all(x == 0, axis=1)
    x, y = x[keep], y[keep]
    if x.shape[0] == 0:
        return False
    unique = unique_rows(np.hstack([x, y[:, None]]))
    if unique.shape[0] * (unique.shape[0] + 2 * x.shape[1] + 4) > LP_CELLS:
        return False  # too large to decide quickly; say nothing rather than guess
    return not linearly_separable(unique[:, :-1], unique[:, -1], bias=bias, activation=activation)


def same_inputs(x: Array) -> list[list[int]]:
    """Groups (situation numbers, from 1) of situations whose inputs are exactly the same."""
    if x.shape[0] < 2:
        return []
    groups: dict[tuple[float, ...], list[int]] = {}
    for number, row in enumerate(x.tolist(), start=1):
        groups.setdefault(tuple(row), []).append(number)
    return [g for g in groups.values() if len(g) > 1]  # in the order of their first situation


@dataclass(frozen=True)
class TruthRows:
    """The truth table of k inputs and where the situations and the riddle fall in it."""

    rows: Array                   # combinations(k): one row per 0/1 combination
    situations: list[list[int]]   # per row: the numbers (from 1) of the situations with these inputs
    expected: list[list[float]]   # per row: the different expected outputs of those situations
    riddle_row: int               # the row of the riddle, or -1 when its inputs are not all 0 or 1


def truth_rows(x: Array, y: Array, riddle: npt.ArrayLike) -> TruthRows:
    """Every 0/1 combination of x's inputs, with the situations (x, y) and the riddle placed in rows."""
    k = x.shape[1]
    rows = combinations(k)
    situations: list[list[int]] = [[] for _ in range(rows.shape[0])]
    binary = np.all((x == 0) | (x == 1), axis=1)
    weights = 1 << np.arange(k - 1, -1, -1)
    row_numbers = (x[binary] @ weights).astype(int)
    for number, row in zip(np.flatnonzero(binary) + 1, row_numbers):
        situations[row].append(int(number))
    expected = [sorted({float(y[n - 1]) for n in s}) for s in situations]
    r = np.asarray(riddle, dtype=np.float64)
    riddle_row = int(r @ weights) if np.all((r == 0) | (r == 1)) else -1
    return TruthRows(rows, situations, expected, riddle_row)


def unique_rows(rows: Array) -> Array:
    """The different rows, sorted (like np.unique(rows, axis=0), which would import numpy.ma: slow)."""
    return np.array(sorted(set(map(tuple, rows.tolist()))), dtype=np.float64).reshape(-1, rows.shape[1])


def _zero_is_convex_combination(z: Array, counted: Array | None = None) -> bool:
    """Phase 1 of the simplex method (Bland's rule) on: λ ≥ 0, zᵀλ = 0, Σλ = 1 (the sum over the
    `counted` rows only, every row by default)."""
    n, d = z.shape
    m = d + 1
    ones = np.ones((1, n)) if counted is None else np.asarray(counted, dtype=np.float64).reshape(1, n)
    a = np.vstack([z.T, ones])
    b = np.zeros(m)
    b[-1] = 1.0
    tableau = np.hstack([a, np.eye(m), b[:, None]])
    basis = list(range(n, n + m))
    cost = -tableau.sum(axis=0)  # reduced costs of "minimise the sum of the artificial variables"
    cost[n:n + m] = 0.0
    for _ in range(50 * (n + m)):
        candidates = np.flatnonzero(cost[:-1] < -_TOLERANCE)
        if candidates.size == 0:
            break
        column = int(candidates[0])
        entries = tableau[:, column]
        rows = np.flatnonzero(entries > _TOLERANCE)
        ratios = tableau[rows, -1] / entries[rows]
        best = ratios.min()
        ties = rows[ratios <= best + _TOLERANCE]
        row = int(min(ties, key=lambda r: basis[r]))
        tableau[row] /= tableau[row, column]
        others = tableau[:, column].copy()
        others[row] = 0.0
        tableau -= np.outer(others, tableau[row])
        cost -= cost[column] * tableau[row]
        basis[row] = column
    else:
        return False  # never happens with Bland's rule; if it did, claim nothing
    return -cost[-1] <= 1e-7
