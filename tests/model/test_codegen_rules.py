"""The generated script follows every learning rule and still prints the app's answer and weights."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from nngui.model.codegen import python_script
from nngui.model.network import Network
from nngui.model.rules import ACTIVATIONS, LOSSES, UPDATES, LearningRules, situation_order
from nngui.model.scenario import Scenario, ScenarioError
from nngui.model.texts import Refusal

ANSWER = re.compile(r"^answer = (\S+)$")
XOR_INPUTS = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1], [0, 1, 0]]
XOR_OUTPUTS = [0, 1, 1, 0, 1]


def run(script: str, weights: list[str]) -> tuple[float, dict[str, np.ndarray]]:
    """Run the script (warnings are errors), then print its weight tables: its answer and its weights."""
    shown = "".join(f"\nprint({name!r}, repr({name}.ravel().tolist()))" for name in weights)
    done = subprocess.run([sys.executable, "-W", "error", "-"], input=script + shown, capture_output=True,
                          encoding="utf-8", timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.strip().splitlines()
    found = {}
    for line in lines[-len(weights):] if weights else []:
        name, values = line.split(" ", 1)
        found[name] = np.array(eval(values), dtype=float)  # noqa: S307 (our own script's list literal)
    answer_line = lines[-len(weights) - 1] if weights else lines[-1]
    match = ANSWER.match(answer_line)
    assert match, answer_line
    return float(match.group(1)), found


def app(scenario: Scenario) -> tuple[float, Network]:
    net = scenario.network()
    net.train(scenario.X(), scenario.y(), scenario.iterations, scenario.learning_rate)
    return float(net.predict(scenario.riddle)[0]), net


def valid(activation: str, loss: str, hidden: list[int]) -> bool:
    return LearningRules(activation, "batch", loss).refusal(len(hidden) + 1) is None


def combinations() -> list[tuple[str, str, str, list[int], bool]]:
    cases = []
    for activation, updates, loss in itertools.product(ACTIVATIONS, UPDATES, LOSSES):
        for hidden, bias in (([], False), ([3], True), ([4, 2], False)):
            if valid(activation, loss, hidden):
                cases.append((activation, updates, loss, hidden, bias))
    return cases


CASES = combinations()


def test_every_activation_update_and_loss_is_covered():
    assert {c[:3] for c in CASES} == {
        (a, u, lo) for a, u, lo in itertools.product(ACTIVATIONS, UPDATES, LOSSES)
        if (a, lo) not in {("tanh", "cross-entropy"), ("step", "cross-entropy")}}
    assert any(c[3] == [] for c in CASES if c[0] == "step") and not any(c[3] for c in CASES if c[0] == "step")
    assert all(c[3] for c in CASES if c[0] == "relu")


@pytest.mark.parametrize("activation, updates, loss, hidden, bias", CASES,
                         ids=[f"{a}-{u}-{lo}-{len(h)}{'-bias' if b else ''}" for a, u, lo, h, b in CASES])
def test_the_script_gives_the_apps_answer_and_weights(activation, updates, loss, hidden, bias):
    scenario = Scenario(inputs=XOR_INPUTS, outputs=XOR_OUTPUTS, riddle=[1, 0, 0], hidden_layers=hidden,
                        bias=bias, iterations=400, learning_rate=0.5, seed=11, activation=activation,
                        updates=updates, loss=loss, name=f"{activation} {updates} {loss}")
    scenario.validate()
    count = len(hidden) + 1
    weights = ["weights"] if count == 1 else [f"weights_{k}" for k in range(1, count + 1)]
    biases = [] if not bias else (["bias"] if count == 1 else [f"bias_{k}" for k in range(1, count + 1)])
    script = python_script(scenario)
    answer, found = run(script, weights + biases)
    expected, net = app(scenario)
    assert answer == pytest.approx(expected, abs=1e-6)
    for name, w in zip(weights, net.weights):
        np.testing.assert_allclose(found[name], w.ravel(), atol=1e-6, rtol=0)
    for name, b in zip(biases, net.biases or []):
        np.testing.assert_allclose(found[name], b.ravel(), atol=1e-6, rtol=0)
    if updates == "shuffled":
        assert "def situation_order(seed, iteration, n):" in script
    if activation != "sigmoid" and count == 1 and activation != "relu":
        assert "def sigmoid" not in script or loss == "cross-entropy"


def test_the_scripts_situation_order_is_nngui_s_bit_for_bit():
    script = python_script(Scenario(inputs=XOR_INPUTS, outputs=XOR_OUTPUTS, riddle=[1, 0, 0],
                                    updates="shuffled", iterations=1))
    source = script[script.index("def situation_order"):script.index("# The situations")]
    space: dict = {"np": np}
    exec(source, space)  # noqa: S102 (the generated function alone)
    for seed, n in ((0, 1), (1, 5), (2**32 - 1, 17), (123456789, 200)):
        for iteration in (1, 2, 3, 1000, 2**31 + 7):
            assert list(space["situation_order"](seed, iteration, n)) == \
                list(situation_order(seed, [iteration], n)[0])


def test_the_script_says_which_rule_it_follows():
    def script(**rules) -> str:
        hidden = [3] if rules.get("activation") == "relu" else []
        return python_script(Scenario(inputs=XOR_INPUTS, outputs=XOR_OUTPUTS, riddle=[1, 0, 0],
                                      hidden_layers=hidden, iterations=3, **rules))

    tanh = script(activation="tanh")
    assert "one tanh neuron" in tanh and "delta = error * (1 - output * output)" in tanh
    assert "np.tanh(np.dot(training_inputs, weights))" in tanh
    step = script(activation="step")
    assert "perceptron" in step and "no slope" in step and "\n    delta = error\n" in step
    relu = script(activation="relu")
    assert "layer_1 = relu(np.dot(training_inputs, weights_1))" in relu
    assert "delta_1 = error_1 * ((layer_1 > 0) & (layer_1 < 1000))" in relu
    assert "layer_2 = sigmoid(np.dot(layer_1, weights_2))" in relu
    cross = script(loss="cross-entropy")
    assert "cross-entropy" in cross and "\n    delta = error\n" in cross
    online = script(updates="online")
    assert "for j in range(len(training_inputs)):" in online and "one at a time, in order" in online
    shuffled = script(updates="shuffled", seed=9)
    assert "for j in situation_order(9, iteration + 1, len(training_inputs)):" in shuffled
    for text in (tanh, step, relu, cross, online, shuffled):
        compile(text, "rules.py", "exec")
        assert max(len(line) for line in text.splitlines()) <= 90


@pytest.mark.parametrize("activation, loss, hidden", [
    ("relu", "mse", []), ("step", "mse", [3]), ("tanh", "cross-entropy", []),
    ("step", "cross-entropy", []), ("tanh", "cross-entropy", [2])])
def test_invalid_combinations_are_refused_before_any_script(activation, loss, hidden):
    with pytest.raises(ScenarioError):
        Scenario(inputs=XOR_INPUTS, outputs=XOR_OUTPUTS, riddle=[1, 0, 0], hidden_layers=hidden,
                 activation=activation, loss=loss)
    scenario = Scenario(inputs=XOR_INPUTS, outputs=XOR_OUTPUTS, riddle=[1, 0, 0], hidden_layers=hidden)
    scenario.activation, scenario.loss = activation, loss  # changed behind validate()'s back
    with pytest.raises(ScenarioError):
        scenario.validate()
    with pytest.raises(Refusal):
        python_script(scenario)


OTHERS = [
    # given starting weights (no bias), a tanh network taken shuffled
    Scenario(inputs=[[0, 1], [1, 1], [1, 0]], outputs=[1, 0, 1], riddle=[1, 0], hidden_layers=[2],
             iterations=60, activation="tanh", updates="shuffled", seed=2**32 - 1,
             initial_weights=[[[0.1, -0.2], [0.3, 0.5]], [[0.7], [-1.0]]]),
    # no training at all, and fractional targets with cross-entropy and ReLU
    Scenario(inputs=[[0.25, 0.1], [0.3, 0.9]], outputs=[0.7, 0.125], riddle=[0.5, 0.33], hidden_layers=[3],
             iterations=0, activation="relu", loss="cross-entropy", seed=0),
    Scenario(inputs=[[0.25, 0.1], [0.3, 0.9]], outputs=[0.7, 0.125], riddle=[0.5, 0.33], hidden_layers=[3],
             iterations=500, learning_rate=2.0, activation="relu", loss="cross-entropy", updates="online",
             bias=True),
    # the perceptron on AND, one situation at a time, shuffled
    Scenario(inputs=[[0, 0], [0, 1], [1, 0], [1, 1]], outputs=[0, 0, 0, 1], riddle=[1, 1], bias=True,
             iterations=50, activation="step", updates="shuffled", seed=4),
]


@pytest.mark.parametrize("scenario", OTHERS, ids=range(len(OTHERS)))
def test_other_scenarios_print_the_apps_answer(scenario):
    answer, _ = run(python_script(scenario), [])
    assert answer == pytest.approx(app(scenario)[0], abs=1e-6)
