"""The learning core: a network of sigmoid (or tanh, ReLU, step) layers in plain NumPy, beside the article."""

from __future__ import annotations

import math
import operator
import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nngui.model.limits import (  # noqa: F401 (re-exported: tests and codegen use them here)
    ERROR_LIMIT,
    MAX_LAYER_SIZE,
    MAX_LEARNING_RATE,
    VALUE_LIMIT,
    WEIGHT_LIMIT,
)
from nngui.model.rules import ARTICLE, LearningRules, activate, losses_of, situation_order
from nngui.model.rules import slope as activation_slope
from nngui.model.texts import Number, Refusal, Text, count

Array = npt.NDArray[np.float64]

_VALUE_RANGE = {"low": Number(f"{-VALUE_LIMIT:g}"), "high": Number(f"{VALUE_LIMIT:g}")}

_BLOCK_ELEMENTS = 1 << 16  # errors kept per block of iterations before they become losses


def sigmoid(x: npt.ArrayLike, out: Array | None = None) -> Array:
    """The article's 1 / (1 + e^-x), which squeezes any number into the range 0 to 1.

    For x below -709, e^-x is too large for a float and becomes infinity; 1 / (1 + infinity)
    is exactly 0, the right answer, so that overflow is expected and not reported.
    """
    with np.errstate(over="ignore", under="ignore"):
        e = np.exp(np.negative(x, out=out, dtype=np.float64), out=out)
    return np.divide(1.0, np.add(e, 1.0, out=out), out=out)


def layer_output(
    inputs: Array, weights: Array, bias: Array | None = None, out: Array | None = None,
    sums: list[Array] | None = None, activation: str = "sigmoid", keep_sum: Array | None = None,
) -> Array:
    """One layer of the forward pass: sigmoid(inputs · weights + bias), in `out` if given.

    This is the only place a layer's output is computed: forward() calls it layer after layer,
    and train()'s fast loop calls it into arrays of its own. With `sums`, a copy of the weighted
    sum (inputs · weights + bias) is appended to that list (step() shows it); with `keep_sum`, it is
    copied into that array. Another `activation` than the sigmoid is applied by rules.activate().
    Call it inside ``np.errstate(over="ignore", under="ignore")``: e^-x overflows below -709.
    """
    s = _dot(inputs, weights, out=out)
    if bias is not None:
        s += bias
    if sums is not None:
        sums.append(s.copy())
    if keep_sum is not None:
        np.copyto(keep_sum, s)
    if activation != "sigmoid":
        return activate(activation, s)
    _negative(s, out=s)  # the sigmoid 1 / (1 + e^-s), in place
    _exp(s, out=s)
    s += 1.0
    return _divide(1.0, s, out=s)


# layer_output() runs a million times a second: its ufuncs are found once, not as attributes of np.
_dot, _negative, _exp, _divide = np.dot, np.negative, np.exp, np.divide


def forward(x: Array, weights: Sequence[Array], biases: Sequence[Array] | None = None,
            sums: list[Array] | None = None, activations: Sequence[str] | None = None) -> list[Array]:
    """Every layer's output, inputs first: ``[x, layer 1's output, ..., the network's output]``.

    micrograd's ``for layer in layers: x = layer(x)``, keeping each x. `x` is a checked
    (n, n_inputs) float table; `sums` as in layer_output(); `activations`, one per layer, the
    sigmoid everywhere if not given.
    """
    outputs = [x]
    with np.errstate(over="ignore", under="ignore"):
        for number, w in enumerate(weights):
            outputs.append(layer_output(outputs[-1], w, None if biases is None else biases[number],
                                        sums=sums,
                                        activation="sigmoid" if activations is None else activations[number]))
    return outputs


def sigmoid_slope(output: Array) -> Array:
    """The sigmoid's derivative, written with its own output: out * (1 - out)."""
    return output * (1.0 - output)


@dataclass(frozen=True)
class LayerTrace:
    """One layer's part of one iteration, in the article's words (all arrays are read-only copies)."""

    inputs: Array          # what enters the layer: X for the first layer
    weights_before: Array  # W, shape (n_in, n_out)
    weighted_sum: Array    # X · W (+ bias)
    output: Array          # sigmoid(X · W)
    error: Array           # target - output; for a hidden layer, the error sent back (within ±ERROR_LIMIT)
    slope: Array | None    # out * (1 - out), the sigmoid's derivative (rules.slope); None: delta = error
    delta: Array           # error * slope
    adjustment: Array      # learning_rate * Xᵀ · delta
    weights_after: Array   # W + adjustment
    bias_before: Array | None = None
    bias_adjustment: Array | None = None
    bias_after: Array | None = None


@dataclass(frozen=True)
class StepTrace:
    """Everything one iteration computed: one LayerTrace per layer, input side first.

    One situation at a time (rules.updates "online" or "shuffled"), each situation's part is a
    StepTrace of its own in `situations`, in the order they were taken (`order`: their numbers,
    from 0); `layers` then holds every situation's row as computed at its turn, the weights before
    the first and after the last, and the adjustments added up.
    """

    layers: tuple[LayerTrace, ...]
    loss: float            # mean squared error (or cross-entropy) before the adjustment
    learning_rate: float
    rules: LearningRules = ARTICLE
    situations: tuple[StepTrace, ...] = ()
    order: tuple[int, ...] = ()

    @property
    def output(self) -> Array:
        """The network's answers for the situations, before the adjustment."""
        return self.layers[-1].output

    @property
    def activations(self) -> list[str]:
        """Each layer's activation, input side first ("sigmoid", "tanh", "relu" or "step")."""
        return self.rules.activations(len(self.layers))


def legacy_random_sample(seed: int | None, count: int) -> Array:
    """``np.random.RandomState(seed).random_sample(count)``, bit for bit.

    Small draws (the app's networks) use Python's own Mersenne Twister, set to the state NumPy's
    legacy seeding gives it: the same generator and the same 53-bit doubles, without importing
    numpy.random, which costs a noticeable part of the app's start-up.
    """
    if seed is None or count > _PYTHON_DRAW_LIMIT:
        return np.random.RandomState(seed).random_sample(count)
    seed = operator.index(seed)
    if not 0 <= seed <= 0xFFFFFFFF:
        raise Refusal(Text("seed_range", high=str(0xFFFFFFFF), what=str(seed)))
    state = [seed]  # MT19937's init_genrand, as NumPy's RandomState(seed) does it
    for i in range(1, 624):
        previous = state[-1]
        state.append((1812433253 * (previous ^ (previous >> 30)) + i) & 0xFFFFFFFF)
    generator = random.Random()
    generator.setstate((3, (*state, 624), None))
    return np.array([generator.random() for _ in range(count)])


#: Above this many weights legacy_random_sample asks NumPy (faster per number, slower to import).
_PYTHON_DRAW_LIMIT = 20_000


class Network:
    """A fully connected network of sigmoid layers: ``Network([3, 1])`` is the article's neuron.

    `rules` (LearningRules) choose another activation, update schedule or loss; the article's by default.
    """

    rules: LearningRules = ARTICLE

    def __init__(
        self,
        layer_sizes: Sequence[int],
        seed: int | None = 1,
        bias: bool = False,
        rules: LearningRules = ARTICLE,
    ) -> None:
        try:
            sizes = [operator.index(s) for s in layer_sizes]
        except TypeError:
            raise Refusal(Text("sizes_not_whole")) from None
        if len(sizes) < 2:
            raise Refusal(Text("too_few_layers"))
        for position, size in enumerate(sizes, start=1):
            if not 1 <= size <= MAX_LAYER_SIZE:
                raise Refusal(Text("layer_size", layer=str(position), neurons=count(size, "neurons"),
                                   m=MAX_LAYER_SIZE))
        rules.check(len(sizes) - 1)
        self.rules = rules
        # The article's lineage: np.random.seed(1); 2 * np.random.random((3, 1)) - 1, layer by layer.
        counts = [n_in * n_out for n_in, n_out in zip(sizes, sizes[1:])]
        samples = iter(np.split(legacy_random_sample(seed, sum(counts)), np.cumsum(counts)[:-1]))
        self.weights: list[Array] = [2 * next(samples).reshape(n_in, n_out) - 1
                                     for n_in, n_out in zip(sizes, sizes[1:])]
        self.biases: list[Array] | None = [np.zeros(n) for n in sizes[1:]] if bias else None

    @classmethod
    def from_weights(
        cls,
        weights: Sequence[npt.ArrayLike],
        biases: Sequence[npt.ArrayLike] | None = None,
        rules: LearningRules = ARTICLE,
    ) -> Network:
        """A network with copies of the given weight matrices, each of shape (n_in, n_out)."""
        if len(weights) == 0:
            raise Refusal(Text("no_weights"))
        arrays = []
        for number, w in enumerate(weights, start=1):
            try:
                a = np.array(w, dtype=np.float64)
            except (TypeError, ValueError):
                raise Refusal(Text("weights_not_numbers", layer=str(number))) from None
            if a.ndim == 1:
                a = a.reshape(-1, 1)
            if a.ndim != 2 or a.size == 0:
                raise Refusal(Text("weights_not_table", layer=str(number)))
            if max(a.shape) > MAX_LAYER_SIZE:
                raise Refusal(Text("layer_too_large", layer=str(number), n=MAX_LAYER_SIZE))
            arrays.append(a)
        for number, (a, b) in enumerate(zip(arrays, arrays[1:]), start=1):
            if a.shape[1] != b.shape[0]:
                raise Refusal(Text("layers_mismatch", layer=str(number), neurons=count(a.shape[1], "neurons"),
                                   next=str(number + 1), n=str(b.shape[0])))
        bias_arrays = None
        if biases is not None:
            if len(biases) != len(arrays):
                raise Refusal(Text("bias_count", vectors=count(len(biases), "bias_vectors"),
                                   layers=count(len(arrays), "layers")))
            bias_arrays = []
            for number, (b, a) in enumerate(zip(biases, arrays), start=1):
                try:
                    v = np.array(b, dtype=np.float64).reshape(-1)
                except (TypeError, ValueError):
                    v = np.array([np.nan])
                if v.shape != (a.shape[1],):
                    raise Refusal(Text("bias_shape", layer=str(number), n=str(a.shape[1])))
                bias_arrays.append(v)
        rules.check(len(arrays))
        net = cls.__new__(cls)
        net.weights = arrays
        net.biases = bias_arrays
        net.rules = rules
        net._check_weights()
        return net

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
        return Network.from_weights(self.weights, self.biases, self.rules)

    def with_rules(self, rules: LearningRules) -> Network:
        """A copy of this network (its weights as they are) that computes and learns by `rules`."""
        return Network.from_weights(self.weights, self.biases, rules)

    @property
    def activations(self) -> list[str]:
        """Each layer's activation, input side first."""
        return self.rules.activations(len(self.weights))

    # -- checking what the user gives us ---------------------------------------
    def _check_weights(self) -> None:
        """Refuse NaN or infinite weights and bring huge ones back to ±WEIGHT_LIMIT.

        The weights are a public list that a program may edit, so predict, step and train check
        them again before using them (and make each a float64 array of its own if it is not).
        """
        groups = [("weight_not_finite", self.weights)]
        if self.biases is not None:
            groups.append(("bias_not_finite", self.biases))
        for refusal, arrays in groups:
            for number, a in enumerate(arrays, start=1):
                if not (isinstance(a, np.ndarray) and a.dtype == np.float64 and a.flags.c_contiguous
                        and a.flags.writeable):
                    a = arrays[number - 1] = np.array(a, dtype=np.float64)
                if not np.isfinite(a).all():
                    where = ", ".join(str(int(i) + 1) for i in np.argwhere(~np.isfinite(a))[0])
                    raise Refusal(Text(refusal, position=where, layer=str(number)))
                np.clip(a, -WEIGHT_LIMIT, WEIGHT_LIMIT, out=a)

    def check_inputs(self, x: npt.ArrayLike) -> Array:
        """X as a float (n, n_inputs) array, or a ValueError a beginner understands."""
        n_in = self.n_inputs
        if isinstance(x, np.ndarray) and x.dtype.kind in "biuf":
            a = np.array(x, dtype=np.float64)
            if a.ndim == 1:
                a = a.reshape(1, -1)
            if a.ndim != 2:
                raise Refusal(Text("inputs_not_table"))
            if a.shape[1] != n_in:
                raise Refusal(Text("inputs_width", situation="1", inputs=count(a.shape[1], "inputs"),
                                   m=str(n_in)))
        else:
            rows = x.tolist() if isinstance(x, np.ndarray) else x
            if not _is_row(rows):
                raise Refusal(Text("inputs_not_list"))
            rows = list(rows)
            if rows and not _is_row(rows[0]):
                rows = [rows]  # one situation given as a flat list
            for number, row in enumerate(rows, start=1):
                if not _is_row(row):
                    raise Refusal(Text("situation_not_list", situation=str(number)))
                if len(row) != n_in:
                    raise Refusal(Text("inputs_width", situation=str(number),
                                       inputs=count(len(row), "inputs"), m=str(n_in)))
                for column, value in enumerate(row, start=1):
                    if not _is_number(value):
                        raise Refusal(Text("input_not_number", situation=str(number), input=str(column)))
            a = np.array(rows, dtype=np.float64).reshape(len(rows), n_in)
        bad = ~(np.abs(a) <= VALUE_LIMIT)  # also true for NaN
        if bad.any():
            row, column = np.argwhere(bad)[0]
            raise Refusal(Text("input_range", situation=str(row + 1), input=str(column + 1),
                               value=Number(f"{a[row, column]:g}"), **_VALUE_RANGE))
        return a

    def check_targets(self, y: npt.ArrayLike, n_situations: int) -> Array:
        """The expected outputs as a float (n, n_outputs) array, one row per situation."""
        k = self.n_outputs
        if isinstance(y, np.ndarray) and y.dtype.kind in "biuf":
            a = np.array(y, dtype=np.float64)
        else:
            rows = y.tolist() if isinstance(y, np.ndarray) else y
            if _is_number(rows) or (k > 1 and _is_row(rows) and rows and not _is_row(rows[0])):
                rows = [rows]  # the expected output of one situation
            if not _is_row(rows):
                raise Refusal(Text("targets_not_list", numbers=count(k, "numbers")))
            for number, row in enumerate(rows, start=1):
                cells = row if _is_row(row) else [row]
                if len(cells) != k or not all(_is_number(v) for v in cells):
                    raise Refusal(Text("target_not_numbers", situation=str(number),
                                       numbers=count(k, "numbers")))
            a = np.array(rows, dtype=np.float64)
        if a.ndim <= 1:
            a = a.reshape(-1, 1) if k == 1 else a.reshape(1, -1)
        if a.ndim != 2:
            raise Refusal(Text("targets_not_table", numbers=count(k, "numbers")))
        if a.shape[0] != n_situations:
            raise Refusal(Text("situations_outputs", situations=count(n_situations, "situations"),
                               outputs=count(a.shape[0], "expected_outputs")))
        if a.shape[1] != k:
            raise Refusal(Text("target_width", numbers=count(k, "numbers"), m=str(a.shape[1])))
        bad = ~(np.abs(a) <= VALUE_LIMIT)
        if bad.any():
            row, column = np.argwhere(bad)[0]
            raise Refusal(Text("target_range", situation=str(row + 1), value=Number(f"{a[row, column]:g}"),
                               **_VALUE_RANGE))
        return a

    @staticmethod
    def check_learning_rate(learning_rate: float) -> float:
        """The learning rate as a float from 0 to MAX_LEARNING_RATE, or a ValueError."""
        try:
            lr = float(learning_rate) if _is_number(learning_rate) else math.nan
        except OverflowError:  # an int too large for a float
            lr = math.inf
        if not 0 <= lr <= MAX_LEARNING_RATE:  # also refuses NaN
            raise Refusal(Text("bad_learning_rate", high=Number(f"{MAX_LEARNING_RATE:g}"),
                               what=repr(learning_rate)[:150]))
        return lr

    @staticmethod
    def check_iterations(iterations: int) -> int:
        """The number of iterations as an int ≥ 0 (10000.0 is accepted as 10000), or a ValueError."""
        if isinstance(iterations, (float, np.floating)) and float(iterations).is_integer():
            iterations = int(iterations)
        try:
            count = operator.index(iterations)
        except TypeError:
            count = -1
        if count < 0:
            raise Refusal(Text("bad_iterations", what=repr(iterations)[:150]))
        return count

    def _situations(self, x: npt.ArrayLike, y: npt.ArrayLike) -> tuple[Array, Array]:
        self._check_weights()
        X = self.check_inputs(x)
        if X.shape[0] == 0:
            raise Refusal(Text("no_situations_to_learn"))
        return X, self.check_targets(y, X.shape[0])

    # -- the article's four steps --------------------------------------------
    def forward(self, x: npt.ArrayLike) -> list[Array]:
        """Every layer's values for the situations `x`, inputs first: ``[X, hidden..., output]``.

        The one forward pass that predict(), step(), train() and the views' activations use
        (train's fast loop through the same layer_output()). For a table of situations each item
        is a (n, layer size) table; for one situation, given as a flat list or a 1-D array, each
        item is that situation's 1-D row, so ``net.forward(riddle)`` gives the diagram's
        activations of every neuron, the riddle's inputs first. The arrays are new, not views
        of the weights.
        """
        self._check_weights()
        layers = forward(self.check_inputs(x), self.weights, self.biases, activations=self.activations)
        return [a[0] for a in layers] if _is_single(x) else layers

    def predict(self, x: npt.ArrayLike) -> Array:
        """The output layer's values: (n_outputs,) for one situation, (n, n_outputs) for many."""
        return self.forward(x)[-1]

    def loss(self, x: npt.ArrayLike, y: npt.ArrayLike) -> float:
        """The loss of the current weights on the situations: the mean squared error (or cross-entropy)."""
        X, Y = self._situations(x, y)
        if self.rules.loss == "mse":
            return float(np.mean((Y - self.predict(X)) ** 2))
        sums: list[Array] = []
        forward(X, self.weights, self.biases, sums, self.activations)
        return float(losses_of(self.rules.loss, sums[-1][None], sums[-1][None], Y)[0])

    def situation_order(self, iteration: int, n: int) -> list[int]:
        """The order in which iteration number `iteration` (1, 2, …) takes the `n` situations
        when they are taken one at a time (rules.updates "online": in order; "shuffled": by the seed)."""
        if self.rules.updates == "shuffled":
            return [int(j) for j in situation_order(self.rules.seed, [iteration], n)[0]]
        return list(range(n))

    def step(self, x: npt.ArrayLike, y: npt.ArrayLike, learning_rate: float = 1.0,
             done: int = 0) -> StepTrace:
        """One iteration: weigh, normalise, compare, calibrate. Returns every number computed.

        `done`: the iterations trained before this one (shuffled updates take the situations in
        an order of the iteration's number).
        """
        X, Y = self._situations(x, y)
        lr = self.check_learning_rate(learning_rate)
        if not self.rules.one_at_a_time:
            return self._adjust(X, Y, lr)
        order = self.situation_order(done + 1, X.shape[0])
        parts = [self._adjust(X[j:j + 1], Y[j:j + 1], lr) for j in order]
        return _combined(parts, order, X, Y)

    def _adjust(self, X: Array, Y: Array, lr: float) -> StepTrace:
        """One adjustment of the weights for the situations X (all of them, or one)."""
        activations = self.activations
        last = len(self.weights) - 1
        # 1. Weigh the inputs and normalise with the sigmoid, layer by layer.
        sums: list[Array] = []
        layers = forward(X, self.weights, self.biases, sums, activations)
        inputs, outputs = layers[:-1], layers[1:]
        # 2. The error: what we wanted minus what we got.
        error = Y - layers[-1]
        if self.rules.loss == "mse":
            loss = float(np.mean(error * error))
        else:
            loss = float(losses_of(self.rules.loss, error[None], sums[-1][None], Y)[0])
        # 3. Calibrate, from the output back to the input.
        traces: list[LayerTrace] = []
        for number in range(last, -1, -1):
            w = self.weights[number]
            out = outputs[number]
            # Cross-entropy's gradient at a sigmoid output is the error itself: its slope cancels.
            no_slope = number == last and self.rules.loss == "cross-entropy"
            slope = None if no_slope else activation_slope(activations[number], out)
            delta = error.copy() if slope is None else error * slope
            adjustment = lr * (inputs[number].T @ delta)
            # The error the layer below is blamed for: each delta sent back along its weights.
            error_below = np.clip(delta @ w.T, -ERROR_LIMIT, ERROR_LIMIT)
            bias_before = bias_adjustment = bias_after = None
            if self.biases is not None:
                bias_before = self.biases[number]
                bias_adjustment = lr * delta.sum(axis=0)
                bias_after = bias_before + bias_adjustment
            traces.append(LayerTrace(
                inputs=inputs[number], weights_before=w, weighted_sum=sums[number], output=out,
                error=error, slope=slope, delta=delta, adjustment=adjustment,
                weights_after=w + adjustment, bias_before=bias_before,
                bias_adjustment=bias_adjustment, bias_after=bias_after,
            ))
            error = error_below
        traces.reverse()
        trace = StepTrace(layers=tuple(_read_only_copy(t) for t in traces), loss=loss, learning_rate=lr,
                          rules=self.rules)
        for number, t in enumerate(trace.layers):
            self.weights[number] = t.weights_after.copy()
            if self.biases is not None and t.bias_after is not None:
                self.biases[number] = t.bias_after.copy()
        return trace

    def train(
        self,
        x: npt.ArrayLike,
        y: npt.ArrayLike,
        iterations: int = 10_000,
        learning_rate: float = 1.0,
        done: int = 0,
    ) -> Array:
        """Repeat step() `iterations` times, quickly and without a trace; the loss of each iteration.

        Training in pieces (train(X, y, 300) three times) gives exactly what one train(X, y, 900) gives
        (with shuffled updates, tell each piece how many iterations were `done` before it).
        """
        return self.train_keeping(x, y, iterations, learning_rate, done=done)[0]

    def train_keeping(
        self,
        x: npt.ArrayLike,
        y: npt.ArrayLike,
        iterations: int,
        learning_rate: float = 1.0,
        every: int = 0,
        done: int = 0,
    ) -> tuple[Array, Array]:
        """train(), also keeping the weights along the way: (losses, kept).

        Counting iterations from `done` (those trained before this call), the weights after each
        iteration whose number is a multiple of `every` are kept, as one row of parameters() each,
        exactly as train() would have left them had it stopped there. every 0 keeps none.
        """
        X, Y = self._situations(x, y)
        lr = self.check_learning_rate(learning_rate)
        losses = np.empty(self.check_iterations(iterations))
        rows = (done + losses.size) // every - done // every if every > 0 else 0
        kept = np.empty((rows, sum(a.size for a in self._arrays())))
        if losses.size == 0:
            return losses, kept
        first = every - done % every if rows else 0  # iterations until the first kept one
        if len(self.weights) == 1 and self.biases is None and self.rules.is_article:
            _train_one_layer(X, Y, self.weights[0], lr, losses, kept, first, every)
        else:
            _train_layers(X, Y, self.weights, self.biases, lr, losses, kept, first, every,
                          self.rules, done)
        if rows:
            np.clip(kept, -WEIGHT_LIMIT, WEIGHT_LIMIT, out=kept)
        return losses, kept

    def _arrays(self) -> list[Array]:
        return self.weights + (self.biases or [])

    def parameters(self) -> Array:
        """Every weight, then every bias, layer by layer, as one flat row (a new array)."""
        return np.concatenate([a.reshape(-1) for a in self._arrays()])

    def set_parameters(self, row: npt.ArrayLike) -> None:
        """Take weights and biases from a row laid out as parameters() gives it."""
        row = np.asarray(row, dtype=np.float64)
        start = 0
        for arrays in (self.weights, self.biases or []):
            for number, a in enumerate(arrays):
                arrays[number] = row[start:start + a.size].reshape(a.shape).copy()
                start += a.size


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating))


def _is_row(value: object) -> bool:
    return isinstance(value, (Sequence, np.ndarray)) and not isinstance(value, (str, bytes))


def _is_single(x: object) -> bool:
    """Whether `x` is one situation (a flat list or a 1-D array) rather than a table of them."""
    return x.ndim == 1 if isinstance(x, np.ndarray) else _is_row(x) and bool(x) and not _is_row(x[0])


def _combined(parts: list[StepTrace], order: list[int], X: Array, Y: Array) -> StepTrace:
    """One iteration's trace from its situations' parts, taken one at a time in `order`.

    Each table has a row per situation (in the situations' own order, as computed at their turn),
    the weights are those before the first part and after the last, the adjustments add up, and
    the loss is the mean over every situation's error, as training computes it.
    """
    rows = np.argsort(order)  # the part that computed each situation

    def stacked(number: int, name: str) -> Array | None:
        tables = [getattr(parts[int(p)].layers[number], name) for p in rows]
        return None if tables[0] is None else np.concatenate(tables)

    layers = []
    for number, first in enumerate(parts[0].layers):
        final = parts[-1].layers[number]
        adjustment = np.sum([p.layers[number].adjustment for p in parts], axis=0)
        bias_adjustment = None
        if first.bias_before is not None:
            bias_adjustment = np.sum([p.layers[number].bias_adjustment for p in parts], axis=0)
        layers.append(_read_only_copy(LayerTrace(
            inputs=stacked(number, "inputs"), weights_before=first.weights_before,
            weighted_sum=stacked(number, "weighted_sum"), output=stacked(number, "output"),
            error=stacked(number, "error"), slope=stacked(number, "slope"), delta=stacked(number, "delta"),
            adjustment=adjustment, weights_after=final.weights_after, bias_before=first.bias_before,
            bias_adjustment=bias_adjustment, bias_after=final.bias_after,
        )))
    rules = parts[0].rules
    out = layers[-1]
    loss = float(losses_of(rules.loss, out.error[None], out.weighted_sum[None], Y)[0])
    return StepTrace(layers=tuple(layers), loss=loss, learning_rate=parts[0].learning_rate, rules=rules,
                     situations=tuple(parts), order=tuple(order))


def _read_only_copy(trace: LayerTrace) -> LayerTrace:
    """A LayerTrace whose arrays are its own, and cannot be changed by accident."""
    arrays = {}
    for name, value in vars(trace).items():
        if value is not None:
            value = np.array(value, dtype=np.float64)
            value.flags.writeable = False
        arrays[name] = value
    return LayerTrace(**arrays)


def _train_one_layer(X: Array, Y: Array, W: Array, lr: float, losses: Array,
                     kept: Array | None = None, first: int = 0, every: int = 0) -> None:
    """The article's loop for a single layer, rearranged so each iteration costs 8 NumPy calls.

    The sigmoid is also (1 + tanh(x/2)) / 2. With t = tanh(X·W / 2) the output is (1 + t) / 2, so
    error = (2y - 1 - t) / 2, slope = (1 - t²) / 4 and delta = (2y - 1 - t)(1 - t²) / 8.
    Keeping H = W / 2 (exact: a power of two) saves the halving; W is restored at the end.
    The errors of a block of iterations are kept and turned into losses all at once.
    From the `first` iteration on, every `every`-th one's weights go into the next row of `kept`.
    """
    H = W * 0.5
    wait, k = first, 0  # iterations until the next kept one (0: none are kept); the next row
    rows = None if kept is None else kept.reshape(kept.shape[0], *W.shape)
    Xt = np.ascontiguousarray(X.T) * (lr / 16.0)  # learning rate and constants folded in once
    Y2 = 2.0 * Y - 1.0
    ones = np.ones((X.shape[0], W.shape[1]))
    t = np.empty_like(ones)
    slope = np.empty_like(ones)
    delta = np.empty_like(ones)
    adjustment = np.empty_like(H)
    block = max(1, min(losses.shape[0], _BLOCK_ELEMENTS // t.size))
    errors = np.empty((block,) + t.shape)
    dot, tanh, multiply, subtract = np.dot, np.tanh, np.multiply, np.subtract
    done = 0
    while done < losses.shape[0]:
        count = min(block, losses.shape[0] - done)
        for error in errors[:count]:
            dot(X, H, out=t)                # 1. weigh: X·W / 2
            tanh(t, out=t)                  #    normalise: sigmoid = (1 + t) / 2
            subtract(Y2, t, out=error)      # 2. error, times 2
            multiply(t, t, out=slope)       # 3. slope, times 4: 1 - t²
            subtract(ones, slope, out=slope)
            multiply(error, slope, out=delta)  # delta, times 8
            dot(Xt, delta, out=adjustment)  #    adjustment / 2 = lr · Xᵀ·delta / 2
            H += adjustment
            if wait:  # (a countdown costs ~5 ns an iteration; slicing the block into runs cost ~45)
                wait -= 1
                if not wait:
                    multiply(H, 2.0, out=rows[k])
                    k, wait = k + 1, every
        _losses_of_block(errors[:count], losses[done:done + count])
        done += count
    losses *= 0.25                          # the mean of error² = the mean of (2·error)² / 4
    np.multiply(H, 2.0, out=W)
    np.clip(W, -WEIGHT_LIMIT, WEIGHT_LIMIT, out=W)


def _train_layers(
    X: Array, Y: Array, weights: list[Array], biases: list[Array] | None, lr: float, losses: Array,
    kept: Array | None = None, first: int = 0, every: int = 0, rules: LearningRules = ARTICLE,
    done: int = 0,
) -> None:
    """Backpropagation through any number of layers, as step() does it, in preallocated arrays.

    Updates the weights (and biases) in place; keeps rows as _train_one_layer does. By `rules`:
    each layer's activation and slope, cross-entropy's error without the output's slope, and one
    situation at a time (`done`: the iterations trained before, for the shuffled order).
    """
    wait, k = first, 0
    parts = []  # where each weight and bias table goes in a kept row
    start = 0
    for a in weights + (biases or []):
        parts.append((start, start + a.size, a))
        start += a.size
    n = X.shape[0]
    one_at_a_time = rules.one_at_a_time
    size = 1 if one_at_a_time else n                             # situations in one adjustment
    x_in = np.empty((1, X.shape[1])) if one_at_a_time else X
    y_in = np.empty((1, Y.shape[1])) if one_at_a_time else Y
    outputs = [np.empty((size, w.shape[1])) for w in weights]   # each layer's outputs
    inputs = [x_in, *outputs[:-1]]                               # what enters each layer
    deltas = [np.empty_like(out) for out in outputs]
    sent_back = [None, *(np.empty((size, w.shape[0])) for w in weights[1:])]  # error for the layer below
    # ±ERROR_LIMIT as whole tables: NumPy compares two tables much faster than a table and a number.
    caps = [(None, None), *((np.full(e.shape, -ERROR_LIMIT), np.full(e.shape, ERROR_LIMIT))
                            for e in sent_back[1:])]
    adjustments = [np.empty(w.shape) for w in weights]
    bias_adjustments = None if biases is None else [np.empty(b.shape) for b in biases]
    block = max(1, min(losses.shape[0], _BLOCK_ELEMENTS // Y.size))
    errors = np.empty((block, n, Y.shape[1]))
    cross_entropy = rules.loss == "cross-entropy"
    sums = np.empty_like(errors) if cross_entropy else None     # the output layer's weighted sums
    last = len(weights) - 1
    layer_biases = biases or [None] * len(weights)
    activations = rules.activations(len(weights))
    slopes = [None if (number == last and cross_entropy) else activations[number]
              for number in range(len(weights))]                 # None: delta = error
    everyone = [slice(None)]
    dot, subtract, multiply, minimum, maximum = np.dot, np.subtract, np.multiply, np.minimum, np.maximum
    trained = 0
    with np.errstate(over="ignore", under="ignore"):  # e^-x in the sigmoid may overflow: see sigmoid()
        while trained < losses.shape[0]:
            count = min(block, losses.shape[0] - trained)
            if rules.updates == "shuffled":
                numbers = np.arange(done + trained + 1, done + trained + count + 1)
                orders = situation_order(rules.seed, numbers, n)
            elif one_at_a_time:
                orders = [range(n)] * count
            for b in range(count):
                for j in (orders[b] if one_at_a_time else everyone):
                    if one_at_a_time:
                        j = slice(j, j + 1)
                        x_in[...] = X[j]
                        y_in[...] = Y[j]
                        error = errors[b, j]
                    else:
                        error = errors[b]
                    # 1. Weigh and normalise, layer by layer: forward() into the arrays kept for it.
                    for number, w in enumerate(weights):
                        layer_output(inputs[number], w, layer_biases[number], outputs[number],
                                     activation=activations[number],
                                     keep_sum=sums[b, j] if cross_entropy and number == last else None)
                    # 2. The error of the output layer.
                    subtract(y_in, outputs[last], out=error)
                    # 3. Calibrate, from the output back to the input.
                    for number in range(last, -1, -1):
                        out, delta, w = outputs[number], deltas[number], weights[number]
                        name = slopes[number]
                        if name == "sigmoid":
                            subtract(1.0, out, out=delta)
                            multiply(delta, out, out=delta)    # slope = out * (1 - out)
                            multiply(delta, error, out=delta)  # delta = error * slope
                        elif name is None or activation_slope(name, out, out=delta) is None:
                            delta[...] = error                 # no slope: delta = error
                        else:
                            multiply(delta, error, out=delta)
                        if number:
                            error = sent_back[number]
                            dot(delta, w.T, out=error)
                            low, high = caps[number]
                            maximum(error, low, out=error)  # capped at ±ERROR_LIMIT
                            minimum(error, high, out=error)
                        adjustment = dot(inputs[number].T, delta, out=adjustments[number])
                        if lr != 1.0:
                            adjustment *= lr
                        w += adjustment
                        if biases is not None and bias_adjustments is not None:
                            bias_adjustment = np.sum(delta, axis=0, out=bias_adjustments[number])
                            if lr != 1.0:
                                bias_adjustment *= lr
                            biases[number] += bias_adjustment
                if wait:
                    wait -= 1
                    if not wait:
                        row = kept[k]
                        for begin, end, a in parts:
                            row[begin:end] = a.reshape(-1)
                        k, wait = k + 1, every
            if rules.loss == "mse":
                _losses_of_block(errors[:count], losses[trained:trained + count])
            else:
                losses[trained:trained + count] = losses_of(rules.loss, errors[:count], sums[:count], Y)
            trained += count
    for array in weights + (biases or []):
        np.clip(array, -WEIGHT_LIMIT, WEIGHT_LIMIT, out=array)


def _losses_of_block(errors: Array, losses: Array) -> None:
    """The mean of error² for each iteration of a block (errors: one table per iteration)."""
    flat = errors.reshape(errors.shape[0], -1)
    np.einsum("ij,ij->i", flat, flat, out=losses)
    losses /= flat.shape[1]
