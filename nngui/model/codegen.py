"""The current scenario as a short standalone NumPy script: the listing the article lost (no Qt)."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from nngui.model import numbers
from nngui.model.network import ERROR_LIMIT, VALUE_LIMIT
from nngui.model.rules import LearningRules
from nngui.model.scenario import Scenario
from nngui.model.texts import QT_TRANSLATE_NOOP, lupdate  # mark the texts below (context ScriptTexts)

_WIDTH = 88            # comments and wrapped lists stay within this many columns
_RIDDLE_IN_PRINT = 60  # a riddle literal longer than this is left out of the printed line
_MATH_SPACE = re.compile(r" (?=[-+*/×−=] )|(?<= [-+*/×−=]) ")  # a space beside an operator


@dataclass(frozen=True)
class ScriptTexts:
    """Every comment and printed word of the script, English by default.

    nngui's code dialog passes them translated (`repeat` has plural forms: it is translated for the
    scenario's number of iterations). python_script fills in {0} (a name, or numbers written as
    Python literals: never in a locale's format).
    """

    untitled: str = QT_TRANSLATE_NOOP("ScriptTexts", "A scenario")
    one_neuron: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "{0}: one sigmoid neuron in plain NumPy, written out by nngui.")
    network: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "{0}: a network of sigmoid neurons in plain NumPy, written out by nngui.")
    hidden_layers: str = QT_TRANSLATE_NOOP("ScriptTexts", "Neurons in each hidden layer: {0}.")
    four_steps: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "It learns in the article's four steps (see the loop) and needs only NumPy.")
    sigmoid: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The article's 1 / (1 + e^-x). For x below -709, e^-x overflows to infinity, and "
        "1 / (1 + infinity) is 0, the right answer: so NumPy need not warn about it.")
    situations: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The situations: the inputs of each one (a row) and the output we expect for it.")
    given_weights: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The starting weights, as set in nngui (one row per input).")
    random_weights: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "Random starting weights from -1 to 1 (seed {0}: the same ones every run).")
    matrices: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "A matrix for each layer: one row per input, one column per neuron.")
    biases: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The biases: one extra weight per neuron, for an input that is always 1.")
    learning_rate: str = QT_TRANSLATE_NOOP("ScriptTexts", "how big each adjustment is")
    repeat: str = lupdate.translate("ScriptTexts", "4. Repeat, {0} times.", None, 0)  # {0}: the iterations
    repeat_once: str = QT_TRANSLATE_NOOP("ScriptTexts", "4. Repeat, once.")
    weigh: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "1. Weigh the inputs and normalise the sum with the sigmoid.")
    weigh_layers: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "1. Weigh and normalise, layer by layer: each layer's outputs feed the next.")
    error: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "2. The error: the expected output minus the network's output.")
    calibrate: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "3. Calibrate: the sigmoid's slope out * (1 - out) is small for a sure neuron.")
    calibrate_layers: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "3. Calibrate, from the output back to the inputs. A hidden layer's error is the delta of the "
        "layer above sent back through its weights (before they change); like nngui, it is capped "
        "at ±{0} (only absurd weights reach that).")
    riddle: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The riddle goes through the trained network the same way.")
    weights_after: str = QT_TRANSLATE_NOOP("ScriptTexts", "Weights after training:")
    riddle_label: str = QT_TRANSLATE_NOOP("ScriptTexts", "Riddle")
    # The other learning rules (nngui.model.rules): the article's script uses none of these.
    one_neuron_tanh: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "{0}: one tanh neuron in plain NumPy, written out by nngui.")
    one_neuron_step: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "{0}: one neuron with the step function (Rosenblatt's perceptron) in plain NumPy, "
        "written out by nngui.")
    network_tanh: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "{0}: a network of tanh neurons in plain NumPy, written out by nngui.")
    network_relu: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "{0}: a network of ReLU neurons with a sigmoid output neuron in plain NumPy, written out by nngui.")
    relu: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "ReLU: the weighted sum itself when it is above 0, else 0; like nngui, capped at {0}.")
    step: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The step function: 1 when the weighted sum is above 0, else 0.")
    situation_order: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The order in which iteration number i (1, 2, ...) takes the n situations, as in nngui: "
        "each situation gets a key from SplitMix64 of (seed, iteration, situation), and they go "
        "in the order of their keys. (NumPy's uint64 tables wrap around silently, as meant.)")
    online: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "Situations one at a time, in order: each adjusts the weights before the next.")
    shuffled: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "Situations one at a time, shuffled by seed {0}: each adjusts the weights before the next.")
    weigh_tanh: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "1. Weigh the inputs and normalise the sum with tanh (from -1 to 1).")
    weigh_step: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "1. Weigh the inputs and normalise the sum with the step function.")
    calibrate_tanh: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "3. Calibrate: the slope of tanh, 1 - out * out, is small for a sure neuron.")
    calibrate_step: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "3. Calibrate: the step function has no slope: the perceptron rule adjusts by the error itself.")
    calibrate_cross_entropy: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "3. Calibrate: with cross-entropy, the output's delta is the error itself (the sigmoid's "
        "slope cancels).")
    slope_tanh: str = QT_TRANSLATE_NOOP("ScriptTexts", "The slope of tanh: 1 - out * out.")
    slope_relu: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "The slope of ReLU: 1 where its output is above 0 (and below the cap), else 0.")
    delta_cross_entropy: str = QT_TRANSLATE_NOOP(
        "ScriptTexts",
        "Cross-entropy: the output's delta is the error itself (the sigmoid's slope cancels).")


def python_script(scenario: Scenario, texts: ScriptTexts | None = None) -> str:
    """A standalone script (needs only NumPy) that trains like nngui and prints the riddle's answer.

    Its comments and printed words are `texts` (English by default). Its last line of output is
    ``answer = <the answer at full precision>``, in every language. It follows the scenario's
    learning rules (activation, updates, loss); with the article's, it is the article's listing.
    """
    t = texts or ScriptTexts()
    sizes = scenario.layer_sizes
    count = len(sizes) - 1  # weight matrices: one per layer after the inputs
    rules = scenario.rules()
    rules.check(count)  # a Refusal for rules that cannot train this network (ReLU on the output, …)
    activations = rules.activations(count)
    lines: list[str] = []
    lines += _header(scenario, sizes, t)
    lines += ["import numpy as np", ""]
    if "sigmoid" in activations:
        lines += [
            "",
            "def sigmoid(x):",
            *_comment(t.sigmoid, "    "),
            "    with np.errstate(over=\"ignore\"):",
            "        return 1 / (1 + np.exp(-x))",
            "",
        ]
    if "relu" in activations:
        lines += ["", "def relu(x):", *_comment(t.relu.format(_number(VALUE_LIMIT)), "    "),
                  f"    return np.clip(x, 0, {_number(VALUE_LIMIT)})", ""]
    if "step" in activations:
        lines += ["", "def step(x):", *_comment(t.step, "    "), "    return np.where(x > 0, 1.0, 0.0)", ""]
    if rules.updates == "shuffled":
        lines += ["", *_situation_order(t), ""]
    lines += [
        "",
        *_comment(t.situations),
        "training_inputs = np.array(["
    ]
    lines += [f"    [{_numbers(row)}]," for row in scenario.inputs]
    lines += ["], dtype=float)"]
    lines += _wrapped("training_outputs = np.array([[", [_number(v) for v in scenario.outputs],
                      "]], dtype=float).T")
    lines += _wrapped("riddle = np.array([", [_number(v) for v in scenario.riddle], "], dtype=float)")
    lines += [""]
    lines += _starting_weights(scenario, sizes, t)
    lines += _commented(f"learning_rate = {scenario.learning_rate!r}", t.learning_rate)
    lines += [""]
    lines += _loop(scenario, count, t, rules)
    lines += [""]
    lines += _answer(scenario, count, t, activations)
    return "\n".join(lines) + "\n"


# -- the parts of the script ----------------------------------------------------

def _header(scenario: Scenario, sizes: list[int], t: ScriptTexts) -> list[str]:
    title = _clean(scenario.name) or _clean(t.untitled)
    activation = scenario.rules().activation
    if len(sizes) == 2:
        text = {"tanh": t.one_neuron_tanh, "step": t.one_neuron_step}.get(activation, t.one_neuron)
        out = _comment(text.format(title))
    else:
        text = {"tanh": t.network_tanh, "relu": t.network_relu}.get(activation, t.network)
        out = _comment(text.format(title))
        out += _comment(t.hidden_layers.format(", ".join(str(n) for n in sizes[1:-1])))
    out += _comment(_clean(scenario.description))
    out += _comment(t.four_steps)
    return out


def _situation_order(t: ScriptTexts) -> list[str]:
    """nngui.model.rules.situation_order for one iteration, bit for bit, in NumPy's uint64 arithmetic."""
    return [
        "def situation_order(seed, iteration, n):",
        *_comment(t.situation_order, "    "),
        "    x = (np.full(n, seed, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)",
        "         + np.full(n, iteration, dtype=np.uint64) * np.uint64(0xD1B54A32D192ED03)",
        "         + np.arange(n, dtype=np.uint64) * np.uint64(0x8CB92BA72F3D8DD7))",
        "    x = x ^ (x >> np.uint64(30))",
        "    x = x * np.uint64(0xBF58476D1CE4E5B9)",
        "    x = x ^ (x >> np.uint64(27))",
        "    x = x * np.uint64(0x94D049BB133111EB)",
        "    x = x ^ (x >> np.uint64(31))",
        "    return np.argsort(x, kind=\"stable\")",
    ]


def _starting_weights(scenario: Scenario, sizes: list[int], t: ScriptTexts) -> list[str]:
    names = _names(len(sizes) - 1)
    out: list[str] = []
    if scenario.initial_weights is not None:
        out += _comment(t.given_weights)
        for name, matrix in zip(names.weights, scenario.initial_weights):
            out.append(f"{name} = np.array([")
            out += [f"    [{_numbers(row, exact=True)}]," for row in matrix]
            out.append("])")
        return out
    out += _comment(t.random_weights.format(scenario.seed))
    if len(sizes) > 2:
        out += _comment(t.matrices)
    out.append(f"np.random.seed({scenario.seed})")
    for name, n_in, n_out in zip(names.weights, sizes, sizes[1:]):
        out.append(f"{name} = 2 * np.random.random(({n_in}, {n_out})) - 1")
    if scenario.bias:
        out += _comment(t.biases)
        out += [f"{bias} = np.zeros({n_out})" for bias, n_out in zip(names.biases, sizes[1:])]
    return out


_FUNCTIONS = {"sigmoid": "sigmoid", "tanh": "np.tanh", "relu": "relu", "step": "step"}


def _loop(scenario: Scenario, count: int, t: ScriptTexts, rules: LearningRules) -> list[str]:
    n = _names(count)
    bias = scenario.bias and scenario.initial_weights is None
    activations = rules.activations(count)
    cross_entropy = rules.loss == "cross-entropy"
    repeat = t.repeat_once if scenario.iterations == 1 else t.repeat.format(scenario.iterations)
    out = _commented(f"for iteration in range({scenario.iterations}):", repeat)
    indent = "    "
    expected = "training_outputs"
    if rules.one_at_a_time:
        if rules.updates == "shuffled":
            out += _comment(t.shuffled.format(rules.seed), indent)
            out.append(f"{indent}for j in situation_order({rules.seed}, iteration + 1, "
                       "len(training_inputs)):")
        else:
            out += _comment(t.online, indent)
            out.append(f"{indent}for j in range(len(training_inputs)):")
        indent = "        "
        out += [f"{indent}situation = training_inputs[j:j + 1]",
                f"{indent}expected = training_outputs[j:j + 1]"]
        n.layers[0] = "situation"
        expected = "expected"
    activation = rules.activation
    weigh = t.weigh_layers if count > 1 else {"tanh": t.weigh_tanh, "step": t.weigh_step}.get(
        activation, t.weigh)
    out += _comment(weigh, indent)
    for i in range(count):
        plus = f" + {n.biases[i]}" if bias else ""
        function = _FUNCTIONS[activations[i]]
        out.append(f"{indent}{n.layers[i + 1]} = {function}(np.dot({n.layers[i]}, {n.weights[i]}){plus})")
    out += _comment(t.error, indent)
    out.append(f"{indent}{n.errors[-1]} = {expected} - {n.layers[-1]}")
    if count == 1:
        if cross_entropy:
            calibrate = t.calibrate_cross_entropy
        else:
            calibrate = {"tanh": t.calibrate_tanh, "step": t.calibrate_step}.get(activation, t.calibrate)
        out += _comment(calibrate, indent)
    else:
        out += _comment(t.calibrate_layers.format(_number(ERROR_LIMIT)), indent)
    explained: set[str] = set()  # a slope explained once, at its first layer
    for i in reversed(range(count)):
        name = None if (cross_entropy and i == count - 1) else activations[i]
        layer = n.layers[i + 1]
        if count > 1 and name != "sigmoid" and name not in explained:
            explained.add(str(name))
            note = {None: t.delta_cross_entropy, "tanh": t.slope_tanh, "relu": t.slope_relu}.get(name)
            if note:
                out += _comment(note, indent)
        if name == "sigmoid":
            out.append(f"{indent}{n.deltas[i]} = {n.errors[i]} * ({layer} * (1 - {layer}))")
        elif name == "tanh":
            out.append(f"{indent}{n.deltas[i]} = {n.errors[i]} * (1 - {layer} * {layer})")
        elif name == "relu":
            out.append(f"{indent}{n.deltas[i]} = {n.errors[i]} * (({layer} > 0) & ({layer} < "
                       f"{_number(VALUE_LIMIT)}))")
        else:  # the step function, or cross-entropy at the output: delta = error
            out.append(f"{indent}{n.deltas[i]} = {n.errors[i]}")
        if i:
            out.append(f"{indent}{n.errors[i - 1]} = np.clip(np.dot({n.deltas[i]}, {n.weights[i]}.T), "
                       f"-{_number(ERROR_LIMIT)}, {_number(ERROR_LIMIT)})")
        out += [
            f"{indent}{n.adjustments[i]} = learning_rate * np.dot({n.layers[i]}.T, {n.deltas[i]})",
            f"{indent}{n.weights[i]} += {n.adjustments[i]}",
        ]
        if bias:
            out.append(f"{indent}{n.biases[i]} += learning_rate * {n.deltas[i]}.sum(axis=0)")
    return out


def _answer(scenario: Scenario, count: int, t: ScriptTexts, activations: Sequence[str]) -> list[str]:
    n = _names(count)
    bias = scenario.bias and scenario.initial_weights is None
    out = _comment(t.riddle)
    value = "riddle"
    for i in range(count):
        plus = f" + {n.biases[i]}" if bias else ""
        step = f"{_FUNCTIONS[activations[i]]}(np.dot({value}, {n.weights[i]}){plus})"
        if i < count - 1:
            out.append(f"hidden = {step}")
            value = "hidden"
        else:
            out.append(f"answer = float({step}[0])")
    if count == 1:
        out.append(f"print({_string(t.weights_after)}, weights.ravel())")
    riddle = f"[{_numbers(scenario.riddle)}]"
    label = t.riddle_label
    if len(riddle) <= _RIDDLE_IN_PRINT:
        label += " " + riddle
    out += [
        f"print({_string(label + ' ->')}, round(answer, 5))",
        'print("answer =", answer)',  # the same in every language: a program may read it
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
    """0 and 1 as the article writes them (numbers.exact); with `exact`, always as a float ("0.0")."""
    return repr(float(value)) if exact else numbers.exact(value)


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


def _comment(text: str, indent: str = "") -> list[str]:
    """`text` as comment lines within _WIDTH columns; a numbered step ("3. …") hangs under its words.

    Formulas stay on one line: the spaces around an operator (1 / (1 + e^-x)) do not break.
    """
    text = _MATH_SPACE.sub("\0", _clean(text))  # _clean left no NUL: it marks the spaces that stay
    step = re.match(r"\d+\. ", text)
    lines = textwrap.wrap(text, width=_WIDTH - len(indent) - 2, break_long_words=False,
                          break_on_hyphens=False, subsequent_indent=" " * (step.end() if step else 0))
    return [f"{indent}# {line}".replace("\0", " ") for line in lines]


def _commented(code: str, comment: str) -> list[str]:
    """`code  # comment` on one line when it fits, else the comment on the lines above."""
    if not _clean(comment):
        return [code]
    one_line = f"{code}  # {_clean(comment)}"
    if len(one_line) <= _WIDTH:
        return [one_line]
    indent = code[:len(code) - len(code.lstrip())]
    return _comment(comment, indent) + [code]


def _string(text: str) -> str:
    """A Python string literal of `text`, made clean (one line), in double quotes."""
    return '"' + _clean(text).replace("\\", "\\\\").replace('"', '\\"') + '"'
