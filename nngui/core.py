"""The learning core: a network of sigmoid layers in plain NumPy, readable beside the article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

#: Weights are kept within ±WEIGHT_LIMIT so that no weighted sum can overflow to inf.
WEIGHT_LIMIT = 1e300
#: Larger learning rates could overflow an adjustment; nobody needs them.
MAX_LEARNING_RATE = 1e100
_BLOCK_ELEMENTS = 1 << 16  # errors kept per block before they become losses


def sigmoid(x: npt.ArrayLike, out: Array | None = None) -> Array:
    """The article's 1 / (1 + e^-x), computed as (1 + tanh(x/2)) / 2.

    Both are the same function; the tanh form never overflows, so a weighted sum of
    ±1e300 gives exactly 0 or 1 instead of a RuntimeWarning.
    """
    out = np.multiply(x, 0.5, out=out)
    np.tanh(out, out=out)
    out *= 0.5
    out += 0.5
    return out


def sigmoid_slope(output: Array) -> Array:
    """The sigmoid's derivative, written with its own output: out * (1 - out)."""
    return output * (1.0 - output)


@dataclass(frozen=True)
class LayerTrace:
    """One layer's part of one iteration, in the article's words (all arrays are copies)."""

    inputs: Array          # what enters the layer: X for the first layer
    weights_before: Array  # W, shape (n_in, n_out)
    weighted_sum: Array    # X · W (+ bias)
    output: Array          # sigmoid(X · W)
    error: Array           # target - output; for a hidden layer, the error sent back from above
    slope: Array           # out * (1 - out), the sigmoid's derivative
    delta: Array           # error * slope
    adjustment: Array      # learning_rate * Xᵀ · delta
    weights_after: Array   # W + adjustment
    bias_before: Array | None = None
    bias_adjustment: Array | None = None
    bias_after: Array | None = None


@dataclass(frozen=True)
class StepTrace:
    """Everything one iteration computed: one LayerTrace per layer, input side first."""

    layers: tuple[LayerTrace, ...]
    loss: float            # mean squared error before the adjustment
    learning_rate: float

    @property
    def output(self) -> Array:
        """The network's answers for the situations, before the adjustment."""
        return self.layers[-1].output


def _ordinal_list(values: Sequence[int]) -> str:
    return ", ".join(str(v) for v in values)


class Network:
    """A fully connected network of sigmoid layers: ``Network([3, 1])`` is the article's neuron."""

    def __init__(
        self,
        layer_sizes: Sequence[int],
        seed: int | None = 1,
        bias: bool = False,
    ) -> None:
        sizes = [int(s) for s in layer_sizes]
        if len(sizes) < 2:
            raise ValueError("a network needs at least an input layer and an output layer")
        for position, size in enumerate(sizes):
            if size < 1:
                raise ValueError(f"layer {position + 1} has {size} neurons; every layer needs at least 1")
        rs = np.random.RandomState(seed)
        # The article's lineage: np.random.seed(1); 2 * np.random.random((3, 1)) - 1, layer by layer.
        weights = [2 * rs.random_sample((n_in, n_out)) - 1 for n_in, n_out in zip(sizes, sizes[1:])]
        biases = [np.zeros(n_out) for n_out in sizes[1:]] if bias else None
        self._set(weights, biases)

    @classmethod
    def from_weights(
        cls,
        weights: Sequence[npt.ArrayLike],
        biases: Sequence[npt.ArrayLike] | None = None,
    ) -> Network:
        """A network with the given weight matrices, each of shape (n_in, n_out)."""
        net = cls.__new__(cls)
        if len(weights) == 0:
            raise ValueError("a network needs at least one weight matrix")
        arrays = []
        for number, w in enumerate(weights, start=1):
            a = np.array(w, dtype=np.float64)
            if a.ndim == 1:
                a = a.reshape(-1, 1)
            if a.ndim != 2 or a.size == 0:
                raise ValueError(f"weights of layer {number} must be a matrix (inputs × neurons)")
            if not np.all(np.isfinite(a)):
                raise ValueError(f"weights of layer {number} contain NaN or infinity")
            arrays.append(np.clip(a, -WEIGHT_LIMIT, WEIGHT_LIMIT))
        for number, (a, b) in enumerate(zip(arrays, arrays[1:]), start=1):
            if a.shape[1] != b.shape[0]:
                raise ValueError(
                    f"layer {number} has {a.shape[1]} neurons but layer {number + 1}'s weights "
                    f"expect {b.shape[0]} inputs"
                )
        bias_arrays = None
        if biases is not None:
            if len(biases) != len(arrays):
                raise ValueError(f"{len(biases)} bias vectors given for {len(arrays)} layers")
            bias_arrays = []
            for number, (b, a) in enumerate(zip(biases, arrays), start=1):
                v = np.array(b, dtype=np.float64).reshape(-1)
                if v.shape != (a.shape[1],) or not np.all(np.isfinite(v)):
                    raise ValueError(f"bias of layer {number} must be {a.shape[1]} finite numbers")
                bias_arrays.append(v)
        net._set(arrays, bias_arrays)
        return net

    def _set(self, weights: list[Array], biases: list[Array] | None) -> None:
        self.weights: list[Array] = weights
        self.biases: list[Array] | None = biases

    # -- shape -------------------------------------------------------------
    @property
    def layer_sizes(self) -> list[int]:
        return [self.weights[0].shape[0]] + [w.shape[1] for w in self.weights]

    @property
    def n_inputs(self) -> int:
        return self.weights[0].shape[0]

    @property
    def n_outputs(self) -> int:
        return self.weights[-1].shape[1]

    def copy(self) -> Network:
        return Network.from_weights(
            [w.copy() for w in self.weights],
            None if self.biases is None else [b.copy() for b in self.biases],
        )

    # -- checking what the user gives us ---------------------------------------
    def check_inputs(self, x: npt.ArrayLike, what: str = "situation") -> Array:
        """X as a float (n, n_inputs) array, or a ValueError a beginner understands."""
        n_in = self.n_inputs
        if isinstance(x, np.ndarray):
            a = x.astype(np.float64, copy=False)
            if a.ndim == 1:
                a = a.reshape(1, -1)
            if a.ndim != 2:
                raise ValueError(f"the inputs must be a table of {what}s, one row each")
            if a.shape[1] != n_in:
                raise ValueError(
                    f"{what} 1 has {a.shape[1]} inputs; the network expects {n_in}"
                )
        else:
            rows = list(x)  # type: ignore[arg-type]
            if rows and not isinstance(rows[0], (Sequence, np.ndarray)):
                rows = [rows]
            for number, row in enumerate(rows, start=1):
                if not isinstance(row, (Sequence, np.ndarray)) or isinstance(row, str):
                    raise ValueError(f"{what} {number} is not a row of numbers")
                if len(row) != n_in:
                    raise ValueError(
                        f"{what} {number} has {len(row)} inputs; the network expects {n_in}"
                    )
            try:
                a = np.array(rows, dtype=np.float64).reshape(len(rows), n_in)
            except (TypeError, ValueError):
                raise ValueError(f"every input of every {what} must be a number") from None
        if not np.all(np.isfinite(a)):
            row, col = np.argwhere(~np.isfinite(a))[0]
            raise ValueError(f"{what} {row + 1}, input {col + 1} is not a finite number")
        return a

    def check_targets(self, y: npt.ArrayLike, n_situations: int) -> Array:
        """The expected outputs as a float (n, n_outputs) array."""
        try:
            a = np.array(y, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError("every expected output must be a number") from None
        if a.ndim <= 1:
            a = a.reshape(-1, 1) if self.n_outputs == 1 else a.reshape(1, -1)
        if a.shape[0] != n_situations:
            raise ValueError(
                f"there are {n_situations} situations but {a.shape[0]} expected outputs"
            )
        if a.shape[1] != self.n_outputs:
            raise ValueError(
                f"each situation needs {self.n_outputs} expected outputs, got {a.shape[1]}"
            )
        if not np.all(np.isfinite(a)):
            row = int(np.argwhere(~np.isfinite(a))[0][0])
            raise ValueError(f"the expected output of situation {row + 1} is not a finite number")
        return a

    @staticmethod
    def check_learning_rate(learning_rate: float) -> float:
        lr = float(learning_rate)
        if not np.isfinite(lr) or lr < 0 or lr > MAX_LEARNING_RATE:
            raise ValueError(
                f"the learning rate must be a number from 0 to {MAX_LEARNING_RATE:g}, "
                f"not {learning_rate!r}"
            )
        return lr

    # -- the article's four steps --------------------------------------------
    def predict(self, x: npt.ArrayLike) -> Array:
        """The output layer's values: (n_outputs,) for one situation, (n, n_outputs) for many."""
        single = np.ndim(x) == 1
        a = self.check_inputs(x)
        for number, w in enumerate(self.weights):
            s = a @ w
            if self.biases is not None:
                s += self.biases[number]
            a = sigmoid(s)
        return a[0] if single else a

    def loss(self, x: npt.ArrayLike, y: npt.ArrayLike) -> float:
        """Mean squared error of the current weights on the situations."""
        X = self.check_inputs(x)
        Y = self.check_targets(y, X.shape[0])
        return float(np.mean((Y - self.predict(X)) ** 2))

    def step(self, x: npt.ArrayLike, y: npt.ArrayLike, learning_rate: float = 1.0) -> StepTrace:
        """One iteration: weigh, normalise, compare, calibrate. Returns every number computed."""
        X = self.check_inputs(x)
        Y = self.check_targets(y, X.shape[0])
        lr = self.check_learning_rate(learning_rate)
        # 1. Weigh the inputs and normalise with the sigmoid, layer by layer.
        inputs, sums, outputs = [], [], []
        a = X
        for number, w in enumerate(self.weights):
            inputs.append(a)
            s = a @ w
            if self.biases is not None:
                s = s + self.biases[number]
            sums.append(s)
            a = sigmoid(s)
            outputs.append(a)
        # 2. The error: what we wanted minus what we got.
        error = Y - a
        loss = float(np.mean(error * error))
        # 3. Calibrate, from the output back to the input.
        traces: list[LayerTrace] = []
        for number in range(len(self.weights) - 1, -1, -1):
            w = self.weights[number]
            out = outputs[number]
            slope = sigmoid_slope(out)
            delta = error * slope
            adjustment = lr * (inputs[number].T @ delta)
            error_below = delta @ w.T  # the error the layer below is blamed for
            w_after = np.clip(w + adjustment, -WEIGHT_LIMIT, WEIGHT_LIMIT)
            bias_before = bias_adj = bias_after = None
            if self.biases is not None:
                bias_before = self.biases[number].copy()
                bias_adj = lr * delta.sum(axis=0)
                bias_after = np.clip(bias_before + bias_adj, -WEIGHT_LIMIT, WEIGHT_LIMIT)
            traces.append(LayerTrace(
                inputs=inputs[number].copy(), weights_before=w.copy(), weighted_sum=sums[number],
                output=out, error=error, slope=slope, delta=delta, adjustment=adjustment,
                weights_after=w_after.copy(), bias_before=bias_before,
                bias_adjustment=bias_adj, bias_after=bias_after,
            ))
            error = error_below
        for number, t in enumerate(reversed(traces)):
            self.weights[number] = t.weights_after.copy()
            if self.biases is not None:
                assert t.bias_after is not None
                self.biases[number] = t.bias_after.copy()
        return StepTrace(layers=tuple(reversed(traces)), loss=loss, learning_rate=lr)

    def train(
        self,
        x: npt.ArrayLike,
        y: npt.ArrayLike,
        iterations: int = 10_000,
        learning_rate: float = 1.0,
    ) -> Array:
        """Repeat step() `iterations` times (fast, no trace); the loss of each iteration."""
        X = self.check_inputs(x)
        Y = self.check_targets(y, X.shape[0])
        lr = self.check_learning_rate(learning_rate)
        n = int(iterations)
        if n < 0:
            raise ValueError(f"the number of iterations must be ≥ 0, not {iterations}")
        losses = np.empty(n)
        if n == 0:
            return losses
        if len(self.weights) == 1 and self.biases is None:
            _train_one_layer(X, Y, self.weights[0], lr, losses)
        else:
            _train_layers(X, Y, self.weights, self.biases, lr, losses)
        return losses


def _train_one_layer(X: Array, Y: Array, W: Array, lr: float, losses: Array) -> None:
    """The article's loop for a single layer, rearranged so each iteration costs 8 NumPy calls.

    With t = tanh(X·W / 2) the sigmoid's output is (1 + t) / 2, so
    error = (2y - 1 - t) / 2, slope = (1 - t²) / 4 and delta = (2y - 1 - t)(1 - t²) / 8.
    Keeping H = W / 2 (exact: a power of two) saves the halving; W is restored at the end.
    The errors of a block of iterations are kept and turned into losses all at once.
    """
    H = W * 0.5
    Xt = np.ascontiguousarray(X.T) * (lr / 16.0)  # learning rate and constants folded in once
    Y2 = 2.0 * Y - 1.0
    t = np.empty((X.shape[0], W.shape[1]))
    s = np.empty_like(t)
    delta = np.empty_like(t)
    adjustment = np.empty_like(H)
    block = max(1, min(losses.shape[0], _BLOCK_ELEMENTS // t.size))
    errors = np.empty((block,) + t.shape)
    matmul, tanh, multiply, subtract, dot = np.matmul, np.tanh, np.multiply, np.subtract, np.dot
    done = 0
    while done < losses.shape[0]:
        count = min(block, losses.shape[0] - done)
        for i in range(count):
            e = errors[i]
            matmul(X, H, out=t)            # 1. weigh: X·W / 2
            tanh(t, out=t)                 #    normalise: sigmoid = (1 + t) / 2
            subtract(Y2, t, out=e)         # 2. error, times 2
            multiply(t, t, out=s)          # 3. slope, times 4: 1 - t²
            subtract(1.0, s, out=s)
            multiply(e, s, out=delta)      #    delta, times 8
            dot(Xt, delta, out=adjustment)  #    adjustment / 2 = lr · Xᵀ·delta / 2
            H += adjustment
        flat = errors[:count].reshape(count, -1)
        np.einsum("ij,ij->i", flat, flat, out=losses[done:done + count])
        done += count
    losses *= 0.25 / t.size                # the mean of error² = the mean of (2·error)² / 4
    np.multiply(H, 2.0, out=W)
    np.clip(W, -WEIGHT_LIMIT, WEIGHT_LIMIT, out=W)


def _train_layers(
    X: Array, Y: Array, weights: list[Array], biases: list[Array] | None, lr: float, losses: Array
) -> None:
    """Backpropagation through any number of layers (updates the weights in place)."""
    count = len(weights)
    for i in range(losses.shape[0]):
        outputs = []
        a = X
        for number in range(count):
            s = a @ weights[number]
            if biases is not None:
                s += biases[number]
            a = sigmoid(s, out=s)
            outputs.append(a)
        error = Y - a
        losses[i] = np.dot(error.reshape(-1), error.reshape(-1)) / error.size
        for number in range(count - 1, -1, -1):
            out = outputs[number]
            delta = error * out * (1.0 - out)
            below = outputs[number - 1] if number else X
            if number:
                error = delta @ weights[number].T
            w = weights[number]
            w += lr * (below.T @ delta)
            np.clip(w, -WEIGHT_LIMIT, WEIGHT_LIMIT, out=w)
            if biases is not None:
                b = biases[number]
                b += lr * delta.sum(axis=0)
                np.clip(b, -WEIGHT_LIMIT, WEIGHT_LIMIT, out=b)
