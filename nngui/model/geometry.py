"""The input space's geometry (no Qt): where a neuron answers 0.5, seen in its inputs' box.

A neuron answers f(w·x + b), and f grows with the weighted sum, so it answers above 0.5 on one side
of the level where f is 0.5 and below on the other: w·x + b = 0 for a sigmoid (the article's), about
0.549 for tanh (atanh(0.5), see rules.midpoint_sum), and for the step, which answers exactly 1 where
w·x + b > 0 and 0 elsewhere, the jump at 0. A hidden ReLU neuron answers 0 up to w·x + b = 0 and
more beyond: its boundary is where it starts answering, at 0. That boundary is a point on a line of
one input, a line across the square of two and a plane through the cube of three.

Everything here is what the input-space panel draws, computed without Qt so it can be tested
against cases worked out by hand: the boundary clipped to the box (ordered corners, or none), the
projection of 3-D points for a rotation, the answers over a grid, their 0.5 contour, and the hidden
activations that place each situation in the hidden space.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nngui.model.network import Array, Network
from nngui.model.rules import LearningRules, midpoint_sum
from nngui.model.truth import combinations

#: Answers over the square of two inputs are worked out on a grid this many points a side.
GRID_RESOLUTION = 64
#: At most this many situations are placed in the space (the first ones).
MAX_POINTS = 2_000
#: The planes of at most this many hidden neurons are worked out unless others are asked for.
MAX_PLANES = 8
#: The camera's distance from the cube's centre, in cube sides: far enough for a mild perspective.
CAMERA_DISTANCE = 3.2
#: The readable default angles (radians): a box seen from the front, a little to the right and above
#: (its front, right and top faces show): input 1 to the right, input 2 away, input 3 up.
DEFAULT_YAW = math.radians(-30.0)
DEFAULT_PITCH = math.radians(22.0)
PITCH_LIMIT = math.radians(89.0)


# -- the box and the boundary --------------------------------------------------------------------

def box_corners(low: npt.ArrayLike, high: npt.ArrayLike) -> Array:
    """The 2^d corners of the box [low, high], in counting order (the first axis is the leftmost bit)."""
    lo = np.asarray(low, dtype=np.float64).reshape(-1)
    hi = np.asarray(high, dtype=np.float64).reshape(-1)
    return lo + combinations(lo.size) * (hi - lo)


def box_edges(d: int) -> list[tuple[int, int]]:
    """The box's edges as pairs of corner numbers (box_corners' order) that differ in one coordinate."""
    return [(i, i | bit) for bit in (1 << np.arange(d - 1, -1, -1)).tolist()
            for i in range(1 << d) if not i & bit]


#: box_edges(d) as two arrays of corner numbers, for d = 1, 2, 3.
_EDGES = {d: tuple(np.array(ends) for ends in zip(*box_edges(d))) for d in (1, 2, 3)}


def level(activation: str) -> float:
    """The weighted sum at a neuron's boundary: where it answers 0.5 (rules.midpoint_sum: 0 for the
    sigmoid and the step, whose jump is there; atanh(0.5) ≈ 0.549 for tanh), and for ReLU where it
    starts answering (0: its answer is 0 on one side and grows on the other)."""
    return 0.0 if activation == "relu" else midpoint_sum(activation)


def boundary(weights: npt.ArrayLike, offset: float, low: npt.ArrayLike | None = None,
             high: npt.ArrayLike | None = None) -> Array:
    """Where weights·x + offset = 0 crosses the box [low, high] (the unit box by default), of 1–3 axes.

    The points, one row each: for three axes the corners of the plane's polygon, in order around it
    (counter-clockwise seen from the side that answers above 0.5); for two the ends of the line's
    segment; for one the point. No rows when the boundary misses the box, only touches it at an edge
    or a corner, or does not exist (every weight 0: the answer is the same everywhere).
    A neuron whose boundary is at another weighted sum than 0 (see level()) passes offset − level.
    """
    w = np.asarray(weights, dtype=np.float64).reshape(-1)
    d = w.size
    lo = np.zeros(d) if low is None else np.asarray(low, dtype=np.float64).reshape(-1)
    hi = np.ones(d) if high is None else np.asarray(high, dtype=np.float64).reshape(-1)
    none = np.zeros((0, d))
    if not 1 <= d <= 3 or not (np.all(np.isfinite(w)) and math.isfinite(offset)) or not np.any(w):
        return none
    corners = box_corners(lo, hi)
    f = corners @ w + offset
    i, j = _EDGES[d]
    crossed = f[i] * f[j] < 0  # the sign changes along the edge: it crosses there
    i, j = i[crossed], j[crossed]
    t = (f[i] / (f[i] - f[j]))[:, None]
    found = np.vstack([corners[f == 0], corners[i] + t * (corners[j] - corners[i])])
    points = _distinct(found, tolerance=1e-12 * float(np.max(hi - lo)))
    if points.shape[0] < d:
        return none
    if d == 3:
        points = _around(points, w)
    elif d == 2:
        points = points[np.lexsort(points.T[::-1])]  # left end first
    return points


def side(weights: npt.ArrayLike, offset: float, low: npt.ArrayLike | None = None,
         high: npt.ArrayLike | None = None, step: bool = False) -> int:
    """+1 when the boundary does not cut through the box and the box answers at least 0.5
    (weights·x + offset ≥ 0 at every corner: it misses, or only touches an edge or a corner),
    -1 when it answers at most 0.5 there, 0 when the boundary cuts through it (or is everywhere).

    With `step` the answer jumps: 1 where weights·x + offset > 0, exactly 0 where it is ≤ 0. Then
    -1 means the box answers 0 everywhere (touching included: the step answers 0 at the jump) and
    +1 that it answers 1 everywhere inside it (0 only where the boundary touches an edge or a corner).
    """
    w = np.asarray(weights, dtype=np.float64).reshape(-1)
    lo = np.zeros(w.size) if low is None else low
    hi = np.ones(w.size) if high is None else high
    f = box_corners(lo, hi) @ w + offset
    if np.all(f >= 0) and np.any(f > 0):
        return 1
    if np.all(f <= 0) and (step or np.any(f < 0)):
        return -1
    return 0


def _distinct(points: Array, tolerance: float) -> Array:
    kept: list[Array] = []
    for point in points:
        if all(np.max(np.abs(point - other)) > tolerance for other in kept):
            kept.append(point)
    return np.array(kept).reshape(-1, points.shape[1])


def _around(points: Array, normal: Array) -> Array:
    """The points of a convex polygon in a plane, in order: counter-clockwise seen from the normal's tip."""
    n = normal / np.linalg.norm(normal)
    helper = np.eye(3)[int(np.argmin(np.abs(n)))]
    u = np.cross(n, helper)
    u /= np.linalg.norm(u)
    v = np.cross(n, u)
    centred = points - points.mean(axis=0)
    angles = np.arctan2(centred @ v, centred @ u)
    return points[np.argsort(angles, kind="stable")]


# -- the view of the cube -------------------------------------------------------------------------

def rotation(yaw: float, pitch: float) -> Array:
    """The (3, 3) matrix whose rows give a point's screen right, screen up and depth (away from you).

    With yaw and pitch 0 you face the cube: axis 1 to the right, axis 2 away, axis 3 up. Yaw turns
    the cube about axis 3 (positive: axis 1 turns away from you, axis 2 toward the left); pitch lifts
    the eye above it (positive: you see the top face; 90° looks straight down).
    """
    cy, sy, cp, sp = math.cos(yaw), math.sin(yaw), math.cos(pitch), math.sin(pitch)
    right = np.array([cy, -sy, 0.0])
    away = np.array([sy, cy, 0.0])
    up = np.array([0.0, 0.0, 1.0])
    return np.vstack([right, cp * up + sp * away, cp * away - sp * up])


def project(points: npt.ArrayLike, yaw: float, pitch: float,
            distance: float = CAMERA_DISTANCE) -> tuple[Array, Array]:
    """Points of the unit cube (rows of 3) as seen for a rotation: their screen positions and depths.

    The cube's centre (0.5, 0.5, 0.5) lands at (0, 0); the screen's y grows upward; one cube side at
    the centre's depth is 1 long. The camera sits `distance` sides in front of the centre, so nearer
    points spread out a little (perspective). Depth grows away from the viewer: draw the largest first.
    """
    p = (np.asarray(points, dtype=np.float64).reshape(-1, 3) - 0.5) @ rotation(yaw, pitch).T
    depth = p[:, 2]
    scale = distance / (distance + depth)
    return p[:, :2] * scale[:, None], depth


def unit(points: npt.ArrayLike, low: Array, high: Array) -> Array:
    """Points of the box [low, high] in the unit box's coordinates (what project() takes)."""
    return (np.asarray(points, dtype=np.float64) - low) / (high - low)


def clamp_pitch(pitch: float) -> float:
    return max(-PITCH_LIMIT, min(PITCH_LIMIT, pitch))


# -- answers over the box -----------------------------------------------------------------------------

def hidden_activations(network: Network, x: npt.ArrayLike, layer: int = 1) -> Array:
    """The outputs of hidden layer `layer` (1: the first) for the situations x, one row per situation."""
    return network.forward(np.asarray(x, dtype=np.float64).reshape(-1, network.n_inputs))[layer]


def grid_points(axes: tuple[int, ...], held: Array, low: Array, high: Array,
                resolution: int = GRID_RESOLUTION) -> Array:
    """Inputs over a grid of the box: the axes vary, every other input is held; one row per point.

    One axis: `resolution` points from low to high. Two: resolution² points, row by row (the second
    axis is the slow one), so the answers reshape to (resolution, resolution) with the first row at
    the second axis' low end.
    """
    ticks = [np.linspace(low[k], high[k], resolution) for k in range(len(axes))]
    mesh = np.meshgrid(*ticks, indexing="xy") if len(axes) == 2 else ticks
    rows = np.repeat(held[None, :], resolution ** len(axes), axis=0)
    for k, axis in enumerate(axes):
        rows[:, axis] = np.asarray(mesh[k]).reshape(-1)
    return rows


def contour(grid: Array, level: float = 0.5, low: npt.ArrayLike = (0.0, 0.0),
            high: npt.ArrayLike = (1.0, 1.0)) -> Array:
    """The `level` contour of a (rows, columns) grid as line segments (marching squares): (m, 2, 2).

    grid[i, j] is the value at x = low₀ + j·(high₀ - low₀)/(columns - 1), y likewise with i; each
    segment is its two (x, y) ends, crossing points placed by linear interpolation along the cells'
    sides. A saddle cell (two opposite corners above, two below) is split by its centre's value.
    """
    g = np.asarray(grid, dtype=np.float64) - level
    rows, columns = g.shape
    if rows < 2 or columns < 2:
        return np.zeros((0, 2, 2))
    lo = np.asarray(low, dtype=np.float64)
    hi = np.asarray(high, dtype=np.float64)
    step = (hi - lo) / (np.array([columns, rows]) - 1)
    above = g > 0
    # A cell's corners: a = (i, j), b = (i, j+1), c = (i+1, j+1), d = (i+1, j); its sides a–b, b–c, c–d, d–a.
    a, b, c, d = g[:-1, :-1], g[:-1, 1:], g[1:, 1:], g[1:, :-1]
    pa, pb, pc, pd = above[:-1, :-1], above[:-1, 1:], above[1:, 1:], above[1:, :-1]
    i, j = np.mgrid[0:rows - 1, 0:columns - 1].astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        sides = [  # for each side: where it is crossed (x, y in grid units) and whether it is
            (np.stack([j + a / (a - b), i], -1), pa != pb),
            (np.stack([j + 1, i + b / (b - c)], -1), pb != pc),
            (np.stack([j + 1 - c / (c - d), i + 1], -1), pc != pd),
            (np.stack([j, i + 1 - d / (d - a)], -1), pd != pa),
        ]
    crossed = np.stack([s[1] for s in sides], -1)
    count = crossed.sum(-1)
    segments = []
    two = count == 2
    if two.any():
        order = np.argsort(~crossed[two], axis=-1, kind="stable")[:, :2]  # the two crossed sides
        where = np.stack([s[0][two] for s in sides], 1)
        segments.append(np.take_along_axis(where, order[:, :, None], axis=1))
    for ci, cj in zip(*np.nonzero(count == 4)):
        centre = (a[ci, cj] + b[ci, cj] + c[ci, cj] + d[ci, cj]) / 4
        p = [s[0][ci, cj] for s in sides]
        # The centre on a's side joins a's corner region across: pair the sides around b and d.
        pairs = [(0, 1), (2, 3)] if (centre > 0) == pa[ci, cj] else [(3, 0), (1, 2)]
        segments.append(np.array([[p[m], p[n]] for m, n in pairs]))
    if not segments:
        return np.zeros((0, 2, 2))
    result = np.concatenate(segments)
    result = result[np.any(result[:, 0] != result[:, 1], axis=1)]  # not where a corner is exactly level
    return lo + result * step


def crossings(values: Array, low: float, high: float, level: float = 0.5) -> Array:
    """Where a curve sampled evenly from low to high crosses `level` (linear interpolation)."""
    v = np.asarray(values, dtype=np.float64) - level
    x = np.linspace(low, high, v.size)
    k = np.flatnonzero((v[:-1] > 0) != (v[1:] > 0))
    return x[k] + (x[k + 1] - x[k]) * v[k] / (v[k] - v[k + 1])


# -- the whole picture --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Plane:
    """One neuron's boundary in the space shown, over that space's axes: where weights·x + offset is
    `level` (where it answers 0.5; a ReLU neuron: where it starts answering, see level())."""

    neuron: int | None   # None: the output neuron; k: hidden neuron k (from 0) of the first hidden layer
    weights: Array       # (d,) the neuron's weights of the axes
    offset: float        # its bias plus the held coordinates' part of the weighted sum
    points: Array        # boundary(): (m, d) ordered, no rows when it misses the box
    side: int            # when it does not cut through the box: +1 the box answers at least 0.5 (above,
    #                      but where the boundary touches it), -1 at most 0.5; when it does, 0 (the
    #                      step: +1 it answers 1 inside the box, -1 it answers 0 everywhere: side())
    activation: str = "sigmoid"  # the neuron's (its layer's)
    level: float = 0.0           # the weighted sum at the boundary: level(activation)


@dataclass(frozen=True)
class Space:
    """Everything the panel draws, for one state of the network: a box of 1–3 axes with the answers.

    The input space's coordinates are the inputs; the hidden space's are the last hidden layer's
    neurons, where the output neuron, and so its plane, sees each situation. Arrays are new.
    """

    kind: str            # "input" or "hidden"
    axes: tuple[int, ...]  # which coordinates are the axes (from 0), 1 to 3 of them
    size: int            # how many coordinates the space has (inputs, or neurons of the hidden layer)
    held: Array          # (size,) every coordinate's value where it is not an axis: the riddle's
    low: Array           # (d,) the box
    high: Array
    corners: Array       # (2^d, d)
    corner_answers: Array  # (2^d,) the network's answer at each corner (held coordinates as above)
    points: Array        # (n, d) the situations' places (the first MAX_POINTS)
    values: Array        # (n, size) their every coordinate (inputs, or hidden activations)
    inputs: Array        # (n, inputs) their inputs
    answers: Array       # (n,) the network's answers
    expected: Array      # (n,) their expected outputs
    exact: Array         # (n,) bool: their inputs off the axes equal the held ones (the input space;
    #                      in the hidden space, True: the points are the situations' own activations)
    situations: int      # how many situations there are in all
    riddle: Array        # (d,) the riddle's place
    riddle_values: Array  # (size,)
    riddle_inputs: Array  # (inputs,) the riddle's inputs (its values too, in the input space)
    riddle_answer: float
    planes: tuple[Plane, ...]  # the output's when its answer is one neuron's, else the first layer's
    single: bool         # the answer over this space is one neuron's: the plane is where it is 0.5
    grid: Array | None   # d ≤ 2: the answers over the box (grid_points' order, reshaped)
    contour: Array       # d == 2: the 0.5 contour's segments (m, 2, 2); d == 1: the crossings (m,)
    #                      (a step output's: its plane's own segment or point, exact where it jumps)
    activation: str = "sigmoid"  # the output neuron's: its answers lie in [answer_low, 1]
    answer_low: float = 0.0      # the lowest answer there can be: -1 for a tanh output, else 0

    @property
    def dims(self) -> int:
        return len(self.axes)

    def corner_values(self, corner: int) -> Array:
        """A corner's every coordinate (held ones included)."""
        values = self.held.copy()
        values[list(self.axes)] = self.corners[corner]
        return values


def default_axes(size: int) -> tuple[int, ...]:
    return tuple(range(min(3, size)))


def input_space(network: Network, x: npt.ArrayLike, y: npt.ArrayLike, riddle: npt.ArrayLike,
                axes: tuple[int, ...] | None = None, resolution: int = GRID_RESOLUTION,
                neurons: Sequence[int] | None = None) -> Space:
    """The network's answers over its inputs: the box holds the situations and the riddle (at least
    [0, 1] on every axis); inputs off the axes are held at the riddle's values.

    With a hidden layer, the planes are those of the first hidden layer's `neurons` (from 0; by
    default the first MAX_PLANES).
    """
    k = network.n_inputs
    X = np.asarray(x, dtype=np.float64).reshape(-1, k)
    r = np.asarray(riddle, dtype=np.float64).reshape(k)
    axes = _checked_axes(axes, k)
    shown = X[:MAX_POINTS]
    low = np.minimum(0.0, np.min(np.vstack([shown[:, axes], r[None, axes]]), axis=0))
    high = np.maximum(1.0, np.max(np.vstack([shown[:, axes], r[None, axes]]), axis=0))
    first = network.activations[0]
    if len(network.weights) == 1:
        planes = (_plane(None, network.weights[0][:, 0], _bias(network, 0, 0), axes, r, low, high, first),)
    else:
        count = network.weights[0].shape[1]
        chosen = range(min(count, MAX_PLANES)) if neurons is None else [n for n in neurons if 0 <= n < count]
        planes = tuple(_plane(n, network.weights[0][:, n], _bias(network, 0, n), axes, r, low, high, first)
                       for n in chosen)
    return _space("input", network, axes, r, low, high, shown, shown, X.shape[0], y, r, r, planes,
                  len(network.weights) == 1, resolution)


def hidden_space(network: Network, x: npt.ArrayLike, y: npt.ArrayLike, riddle: npt.ArrayLike,
                 axes: tuple[int, ...] | None = None, resolution: int = GRID_RESOLUTION) -> Space:
    """The output neuron's view: each situation placed at the last hidden layer's activations.

    The output is one neuron of those activations, so its boundary there is a plane (a line, a
    point): where the hidden layer has made the situations separable, that plane separates them.
    Neurons off the axes are held at the riddle's activations. The box is the hidden neurons' range:
    [0, 1] for sigmoids, [-1, 1] for tanh, and for ReLU [0, the largest activation seen on that axis]
    (at least 1). The output neuron computes with its own activation (a sigmoid behind ReLU).
    """
    if len(network.weights) < 2:
        raise ValueError("a network without a hidden layer has no hidden space")
    every = np.asarray(x, dtype=np.float64).reshape(-1, network.n_inputs)
    X = every[:MAX_POINTS]
    r = np.asarray(riddle, dtype=np.float64).reshape(network.n_inputs)
    hidden = network.forward(X)[-2]
    riddle_hidden = network.forward(r)[-2]
    size = hidden.shape[1]
    axes = _checked_axes(axes, size)
    biases = None if network.biases is None else [network.biases[-1]]
    output = Network.from_weights([network.weights[-1]], biases,
                                  LearningRules(activation=network.activations[-1]))
    seen = np.vstack([hidden, riddle_hidden[None, :]])[:, list(axes)]
    low, high = hidden_box(network.activations[-2], seen)
    planes = (_plane(None, output.weights[0][:, 0], _bias(output, 0, 0), axes, riddle_hidden, low, high,
                     output.activations[0]),)
    # The output neuron's answers at these activations are the whole network's answers.
    return _space("hidden", output, axes, riddle_hidden, low, high, hidden, X, every.shape[0], y,
                  riddle_hidden, r, planes, True, resolution)


def hidden_box(activation: str, seen: npt.ArrayLike) -> tuple[Array, Array]:
    """The box of a hidden layer's space, one axis per column of `seen` (activations seen there): the
    range of its neurons' outputs: sigmoid [0, 1], tanh [-1, 1], ReLU [0, the largest seen, at least 1]."""
    values = np.asarray(seen, dtype=np.float64)
    d = values.shape[1]
    if activation == "tanh":
        return np.full(d, -1.0), np.ones(d)
    if activation == "relu":
        finite = np.where(np.isfinite(values), values, 0.0)
        top = np.max(finite, axis=0) if values.shape[0] else np.ones(d)
        return np.zeros(d), np.maximum(1.0, top)
    return np.zeros(d), np.ones(d)


def _checked_axes(axes: tuple[int, ...] | None, size: int) -> tuple[int, ...]:
    if axes is None:
        return default_axes(size)
    axes = tuple(int(a) for a in axes)
    if not 1 <= len(axes) <= 3 or len(set(axes)) != len(axes) or not all(0 <= a < size for a in axes):
        raise ValueError(f"axes {axes} are not 1 to 3 different coordinates of {size}")
    return axes


def _bias(network: Network, layer: int, neuron: int) -> float:
    return 0.0 if network.biases is None else float(network.biases[layer][neuron])


def _plane(neuron: int | None, weights: Array, bias: float, axes: tuple[int, ...], held: Array,
           low: Array, high: Array, activation: str) -> Plane:
    others = np.ones(weights.size, dtype=bool)
    others[list(axes)] = False
    w = np.array(weights[list(axes)], dtype=np.float64)
    offset = bias + float(weights[others] @ held[others])
    at = level(activation)
    points = boundary(w, offset - at, low, high)
    where = 0 if points.shape[0] else side(w, offset - at, low, high, step=activation == "step")
    return Plane(neuron, w, offset, points, where, activation, at)


def _space(kind: str, network: Network, axes: tuple[int, ...], held: Array, low: Array, high: Array,
           values: Array, inputs: Array, situations: int, y: npt.ArrayLike, riddle_values: Array,
           riddle_inputs: Array, planes: tuple[Plane, ...], single: bool, resolution: int) -> Space:
    """The answers of `network` (whose inputs are this space's coordinates) over the box and at the points."""
    d = len(axes)
    corners = box_corners(low, high)
    corner_rows = np.repeat(held[None, :], corners.shape[0], axis=0)
    corner_rows[:, list(axes)] = corners
    others = np.ones(held.size, dtype=bool)
    others[list(axes)] = False
    expected = np.asarray(y, dtype=np.float64).reshape(-1)[:values.shape[0]]
    grid, lines = None, np.zeros((0, 2, 2)) if d == 2 else np.zeros(0)
    if d <= 2:
        answers = network.predict(grid_points(axes, held, low, high, resolution))[:, 0]
        grid = answers.reshape((resolution,) * d)
        lines = contour(grid, 0.5, low, high) if d == 2 else crossings(grid, low[0], high[0])
    activation = network.activations[-1]
    if single and activation == "step":  # the answers jump: the grid's contour would be a staircase
        points = planes[0].points
        if d == 2:
            lines = points[None, :, :] if points.shape[0] == 2 else np.zeros((0, 2, 2))
        elif d == 1:
            lines = points[:, 0].copy()
    riddle_answer = float(network.predict(riddle_values)[0])
    if kind == "input":
        exact = np.all(values[:, others] == held[others], axis=1)
    else:
        exact = np.ones(values.shape[0], dtype=bool)
    return Space(
        kind=kind, axes=axes, size=held.size, held=held.copy(), low=low, high=high,
        corners=corners, corner_answers=network.predict(corner_rows)[:, 0],
        points=values[:, list(axes)].copy(), values=values.copy(), inputs=np.array(inputs),
        answers=network.predict(values)[:, 0] if values.shape[0] else np.zeros(0),
        expected=expected, exact=exact,
        situations=situations, riddle=riddle_values[list(axes)].copy(),
        riddle_values=riddle_values.copy(), riddle_inputs=np.array(riddle_inputs, dtype=np.float64),
        riddle_answer=riddle_answer, planes=planes,
        single=single, grid=grid, contour=lines,
        activation=activation, answer_low=-1.0 if activation == "tanh" else 0.0,
    )
