"""The current scenario as a short standalone NumPy script: the listing the article lost (no Qt)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from nngui.core import ERROR_LIMIT
from nngui.scenario import Scenario

_WIDTH = 88            # comments and wrapped lists stay within this many columns
_RIDDLE_IN_PRINT = 60  # a riddle literal longer than this is left out of the printed line


def python_script(scenario: Scenario) -> str:
    """A standalone script (needs only NumPy) that trains like nngui and prints the riddle's answer.

    Its last line of output is ``answer = <the answer at full precision>``.
    """
    sizes = scenario.layer_sizes
    count = len(sizes) - 1  # weight matrices: one per layer after the inputs
    lines: list[str] = []
    lines += _header(scenario, sizes)
    lines += [
        "import numpy as np",
        "",
        "",
        "def sigmoid(x):",
        "    # The article's 1 / (1 + e^-x). For x below -709, e^-x overflows to infinity, and",
        "    # 1 / (1 + infinity) is 0, the right answer: so NumPy need not warn about it.",
        "    with np.errstate(over=\"ignore\"):",
        "        return 1 / (1 + np.exp(-x))",
        "",
        "",
        "# The situations: the inputs of each one (a row) and the output we expect for it.",
        "training_inputs = np.array(["
    ]
    lines += [f"    [{_numbers(row)}]," for row in scenario.inputs]
    lines += ["], dtype=float)"]
    lines += _wrapped("training_outputs = np.array([[", [_number(v) for v in scenario.outputs],
                      "]], dtype=float).T")
    lines += _wrapped("riddle = np.array([", [_number(v) for v in scenario.riddle], "], dtype=float)")
    lines += [""]
    lines += _starting_weights(scenario, sizes)
    lines += [f"learning_rate = {scenario.learning_rate!r}  # how big each adjustment is", ""]
    lines += _loop(scenario, count)
    lines += [""]
    lines += _answer(scenario, count)
    return "\n".join(lines) + "\n"


# -- the parts of the script ----------------------------------------------------

def _header(scenario: Scenario, sizes: list[int]) -> list[str]:
    title = _clean(scenario.name) or "A scenario"
    if len(sizes) == 2:
        who = "one sigmoid neuron"
    else:
        counts = [str(n) for n in sizes[1:-1]]
        hidden = counts[0] if len(counts) == 1 else ", ".join(counts[:-1]) + " and " + counts[-1]
        layers = "a hidden layer" if len(counts) == 1 else "hidden layers"
        plural = "" if counts == ["1"] else "s"
        who = f"a network with {layers} of {hidden} sigmoid neuron{plural}"
    out = _comment(f"{title}: {who} in plain NumPy, written out by nngui.")
    out += _comment(_clean(scenario.description))
    out.append("# It learns in the article's four steps (see the loop) and needs only NumPy.")
    return out


def _starting_weights(scenario: Scenario, sizes: list[int]) -> list[str]:
    names = _names(len(sizes) - 1)
    out: list[str] = []
    if scenario.initial_weights is not None:
        out.append("# The starting weights, as set in nngui (one row per input).")
        for name, matrix in zip(names.weights, scenario.initial_weights):
            out.append(f"{name} = np.array([")
            out += [f"    [{_numbers(row, exact=True)}]," for row in matrix]
            out.append("])")
        return out
    out.append(f"# Random starting weights from -1 to 1 (seed {scenario.seed}: the same ones every run).")
    if len(sizes) > 2:
        out.append("# A matrix for each layer: one row per input, one column per neuron.")
    out.append(f"np.random.seed({scenario.seed})")
    for name, n_in, n_out in zip(names.weights, sizes, sizes[1:]):
        out.append(f"{name} = 2 * np.random.random(({n_in}, {n_out})) - 1")
    if scenario.bias:
        out.append("# The biases: one extra weight per neuron, for an input that is always 1.")
        out += [f"{bias} = np.zeros({n_out})" for bias, n_out in zip(names.biases, sizes[1:])]
    return out


def _loop(scenario: Scenario, count: int) -> list[str]:
    n = _names(count)
    bias = scenario.bias and scenario.initial_weights is None
    out = [f"for iteration in range({scenario.iterations}):  # 4. Repeat, "
           f"{scenario.iterations:,} time{'' if scenario.iterations == 1 else 's'}."]
    if count == 1:
        out.append("    # 1. Weigh the inputs and normalise the sum with the sigmoid.")
    else:
        out.append("    # 1. Weigh and normalise, layer by layer: each layer's outputs feed the next.")
    for i in range(count):
        plus = f" + {n.biases[i]}" if bias else ""
        out.append(f"    {n.layers[i + 1]} = sigmoid(np.dot({n.layers[i]}, {n.weights[i]}){plus})")
    out += [
        "    # 2. The error: the expected output minus the network's output.",
        f"    {n.errors[-1]} = training_outputs - {n.layers[-1]}",
    ]
    if count == 1:
        out.append("    # 3. Calibrate: the sigmoid's slope out * (1 - out) "
                   "is small when the neuron is sure.")
    else:
        out += [
            "    # 3. Calibrate, from the output back to the inputs. A hidden layer's error is the",
            "    #    delta of the layer above sent back through its weights (before they change);",
            f"    #    like nngui, it is capped at ±{_number(ERROR_LIMIT)} (only absurd weights reach that).",
        ]
    for i in reversed(range(count)):
        out.append(f"    {n.deltas[i]} = {n.errors[i]} * ({n.layers[i + 1]} * (1 - {n.layers[i + 1]}))")
        if i:
            out.append(f"    {n.errors[i - 1]} = np.clip(np.dot({n.deltas[i]}, {n.weights[i]}.T), "
                       f"-{_number(ERROR_LIMIT)}, {_number(ERROR_LIMIT)})")
        out += [
            f"    {n.adjustments[i]} = learning_rate * np.dot({n.layers[i]}.T, {n.deltas[i]})",
            f"    {n.weights[i]} += {n.adjustments[i]}",
        ]
        if bias:
            out.append(f"    {n.biases[i]} += learning_rate * {n.deltas[i]}.sum(axis=0)")
    return out


def _answer(scenario: Scenario, count: int) -> list[str]:
    n = _names(count)
    bias = scenario.bias and scenario.initial_weights is None
    out = ["# The riddle goes through the trained network the same way."]
    value = "riddle"
    for i in range(count):
        plus = f" + {n.biases[i]}" if bias else ""
        step = f"sigmoid(np.dot({value}, {n.weights[i]}){plus})"
        if i < count - 1:
            out.append(f"hidden = {step}")
            value = "hidden"
        else:
            out.append(f"answer = float({step}[0])")
    if count == 1:
        out.append('print("Weights after training:", weights.ravel())')
    riddle = f"[{_numbers(scenario.riddle)}]"
    label = f"Riddle {riddle}" if len(riddle) <= _RIDDLE_IN_PRINT else "Riddle"
    out += [
        f'print("{label} ->", round(answer, 5))',
        'print("answer =", answer)',
    ]
    return out


# -- helpers ---------------------------------------------------------------------

class _names:
    """The script's variable names: the article's for one neuron, numbered ones for layers."""

    def __init__(self, count: int) -> None:
        if count == 1:
            self.weights = ["weights"]
            self.biases = ["bias"]
            self.layers = ["training_inputs", "output"]
            self.errors = ["error"]
            self.deltas = ["delta"]
            self.adjustments = ["adjustment"]
        else:
            numbers = range(1, count + 1)
            self.weights = [f"weights_{k}" for k in numbers]
            self.biases = [f"bias_{k}" for k in numbers]
            self.layers = ["training_inputs"] + [f"layer_{k}" for k in numbers]
            self.errors = [f"error_{k}" for k in numbers]
            self.deltas = [f"delta_{k}" for k in numbers]
            self.adjustments = [f"adjustment_{k}" for k in numbers]


def _number(value: float, exact: bool = False) -> str:
    """0 and 1 as the article writes them; any other number exactly (repr round-trips)."""
    value = float(value)
    if not exact and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _numbers(values: Sequence[float], exact: bool = False) -> str:
    return ", ".join(_number(v, exact) for v in values)


def _wrapped(start: str, items: list[str], end: str) -> list[str]:
    """``start a, b, c end`` on one line, or wrapped over several lines when it is long."""
    one_line = start + ", ".join(items) + end
    if len(one_line) <= _WIDTH:
        return [one_line]
    body = textwrap.wrap(", ".join(items), width=_WIDTH - 4, break_long_words=False,
                         break_on_hyphens=False)
    return [start] + ["    " + line for line in body] + [end.lstrip()]


def _clean(text: str) -> str:
    """A name or description made safe for a comment: no control or line-breaking characters."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _comment(text: str) -> list[str]:
    return ["# " + line for line in textwrap.wrap(text, width=_WIDTH - 2)]
