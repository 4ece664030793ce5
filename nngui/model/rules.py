"""The learning rules a beginner chooses: the activation, the update schedule and the loss (no Qt).

The article's rule is the default, bit for bit: sigmoid neurons, all situations at once, the mean
squared error. The other choices are the classroom's next questions: a tanh or a ReLU neuron, the
step function with Rosenblatt's perceptron rule, one situation at a time (in order or shuffled with
the seed), and cross-entropy with a sigmoid output.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nngui.model.limits import VALUE_LIMIT
from nngui.model.texts import Refusal, Text

Array = npt.NDArray[np.float64]

#: Each setting's values, the article's first.
ACTIVATIONS = ("sigmoid", "tanh", "relu", "step")
UPDATES = ("batch", "online", "shuffled")
LOSSES = ("mse", "cross-entropy")


@dataclass(frozen=True)
class LearningRules:
    """How a network computes and learns: ``LearningRules()`` is the article's rule.

    `activation` is every layer's, except "relu": ReLU is for hidden layers, and the output neuron
    stays a sigmoid. `seed` orders the situations when `updates` is "shuffled".
    """

    activation: str = "sigmoid"
    updates: str = "batch"
    loss: str = "mse"
    seed: int = 1

    def __post_init__(self) -> None:
        for value, choices in ((self.activation, ACTIVATIONS), (self.updates, UPDATES), (self.loss, LOSSES)):
            if value not in choices:
                raise Refusal(Text("rules_unknown", what=repr(value)[:60], choices=", ".join(choices)))

    @property
    def is_article(self) -> bool:
        """Whether these are the article's rules (the seed then orders nothing)."""
        return (self.activation, self.updates, self.loss) == ("sigmoid", "batch", "mse")

    @property
    def one_at_a_time(self) -> bool:
        return self.updates != "batch"

    def activations(self, layers: int) -> list[str]:
        """The activation of each of `layers` layers of neurons, input side first."""
        if self.activation == "relu":
            return ["relu"] * (layers - 1) + ["sigmoid"]
        return [self.activation] * layers

    def refusal(self, layers: int) -> Text | None:
        """Why these rules cannot train a network of `layers` layers of neurons, or None if they can."""
        if self.activation == "relu" and layers < 2:
            return Text("rules_relu_output")
        if self.activation == "step" and layers > 1:
            return Text("rules_step_hidden")
        if self.loss == "cross-entropy" and self.activations(layers)[-1] != "sigmoid":
            return Text("rules_cross_entropy", activation=self.activation)
        return None

    def check(self, layers: int) -> None:
        """Refuse (Refusal) rules that cannot train a network of `layers` layers of neurons."""
        problem = self.refusal(layers)
        if problem is not None:
            raise Refusal(problem)

    def to_dict(self) -> dict[str, str]:
        return {"activation": self.activation, "updates": self.updates, "loss": self.loss}


ARTICLE = LearningRules()


def activate(name: str, s: Array) -> Array:
    """A layer's output from its weighted sums `s`, computed in place (`s` becomes the output).

    sigmoid: 1 / (1 + e^-s); tanh; ReLU: max(0, s), capped at VALUE_LIMIT so that a layer's outputs
    stay within the bounds an input has (see limits); step: 1 where s > 0, else 0.
    Call it inside ``np.errstate(over="ignore", under="ignore")`` (e^-s overflows below -709).
    """
    if name == "sigmoid":
        np.negative(s, out=s)
        np.exp(s, out=s)
        s += 1.0
        return np.divide(1.0, s, out=s)
    if name == "tanh":
        return np.tanh(s, out=s)
    if name == "relu":
        return np.clip(s, 0.0, VALUE_LIMIT, out=s)
    return np.greater(s, 0.0, out=s, casting="unsafe")  # step


def slope(name: str, output: Array, out: Array | None = None) -> Array | None:
    """The activation's derivative, written with its own output; None for the step (it has none).

    sigmoid: out · (1 − out); tanh: 1 − out²; ReLU: 1 where 0 < out < VALUE_LIMIT, else 0.
    """
    if name == "sigmoid":
        result = np.subtract(1.0, output, out=out)
        return np.multiply(result, output, out=result)
    if name == "tanh":
        result = np.multiply(output, output, out=out)
        return np.subtract(1.0, result, out=result)
    if name == "relu":
        inside = (output > 0.0) & (output < VALUE_LIMIT)
        if out is None:
            return inside.astype(np.float64)
        out[...] = inside
        return out
    return None


def midpoint_sum(name: str) -> float:
    """The weighted sum at which a neuron with this activation answers 0.5 (halfway from 0 to 1)."""
    return float(np.arctanh(0.5)) if name == "tanh" else 0.0


def losses_of(loss: str, errors: Array, sums: Array | None, targets: Array | None) -> Array:
    """The loss of each iteration of a block: `errors` (and for cross-entropy the output layer's
    weighted sums and the targets), one (situations, outputs) table per iteration.

    mse: the mean of error²; cross-entropy: the mean of −y·ln(out) − (1 − y)·ln(1 − out), computed
    from the sums as ln(1 + e^s) − y·s, which stays finite when out rounds to 0 or 1.
    """
    flat = errors.reshape(errors.shape[0], -1)
    if loss == "mse":
        return np.einsum("ij,ij->i", flat, flat) / flat.shape[1]
    assert sums is not None and targets is not None
    s = sums.reshape(sums.shape[0], -1)
    y = np.broadcast_to(targets.reshape(-1), s.shape)
    terms = np.maximum(s, 0.0) + np.log1p(np.exp(-np.abs(s))) - y * s
    return terms.mean(axis=1)


def situation_order(seed: int, iterations: npt.ArrayLike, n: int) -> npt.NDArray[np.intp]:
    """The order in which shuffled updates take the `n` situations in each of `iterations` (1, 2, …).

    A function of the seed and the iteration's number alone, so that training in pieces, replaying
    the timeline and the generated script all find the same order: each situation gets a key from
    SplitMix64 of (seed, iteration, situation), and the situations go in the order of their keys.
    """
    i = np.asarray(iterations, dtype=np.uint64).reshape(-1, 1)
    j = np.arange(n, dtype=np.uint64).reshape(1, -1)
    seeds = np.full((1, 1), seed, dtype=np.uint64)  # arrays: their products wrap silently, as meant
    x = (seeds * np.uint64(0x9E3779B97F4A7C15) + i * np.uint64(0xD1B54A32D192ED03)
         + j * np.uint64(0x8CB92BA72F3D8DD7))
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    x = x ^ (x >> np.uint64(31))
    return np.argsort(x, axis=1, kind="stable")
