"""The window trains by the scenario's learning rules (#16), and the timeline replays them exactly."""

from __future__ import annotations

import numpy as np
import pytest
from helpers.article import RIDDLE
from PySide6.QtCore import Qt

from nngui.model.network import Network
from nngui.model.rules import LearningRules, situation_order
from nngui.model.scenario import article_scenario
from nngui.qt import MainWindow


def scenario_with(**fields):
    scenario = article_scenario()
    for name, value in fields.items():
        setattr(scenario, name, value)
    scenario.validate()
    return scenario


def train_through_button(qtbot, window: MainWindow, timeout: int = 60_000) -> None:
    with qtbot.waitSignal(window.session.finished, timeout=timeout):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("fields", "layers"), [
    ({"activation": "tanh", "updates": "shuffled", "seed": 5}, [3, 1]),
    ({"activation": "relu", "hidden_layers": [4], "loss": "cross-entropy", "updates": "online"}, [3, 4, 1]),
    ({"activation": "step", "updates": "batch"}, [3, 1]),
])
def test_training_and_the_timeline_follow_the_rules(qtbot, add_window, fields, layers):
    scenario = scenario_with(iterations=3_000, **fields)
    window = add_window(MainWindow(scenario))
    rules = scenario.rules()
    assert window.session.network.rules == rules
    train_through_button(qtbot, window)
    core = Network(layers, seed=scenario.seed, rules=rules)
    losses = core.copy().train(scenario.X(), scenario.y(), 3_000)
    np.testing.assert_array_equal(window.session.losses(), losses)
    for iteration in (1, 2, 17, 1_234, 2_999, 3_000):
        got = window.session.weights_at(iteration)
        for a, b in zip(got, _trained(core, scenario, iteration).weights):
            np.testing.assert_array_equal(a, b)
        trace = window.session.trace_at(iteration)
        assert trace.loss == pytest.approx(losses[iteration - 1], rel=1e-12, abs=1e-15)
    assert window.riddle_answer() == float(_trained(core, scenario, 3_000).predict(RIDDLE)[0])


def _trained(core: Network, scenario, iterations: int) -> Network:
    network = core.copy()
    network.train(scenario.X(), scenario.y(), iterations)
    return network


def test_step_takes_the_shuffled_order_of_its_iteration(qtbot, add_window):
    scenario = scenario_with(updates="shuffled", seed=9)
    window = add_window(MainWindow(scenario))
    orders = []
    for _ in range(3):
        with qtbot.waitSignal(window.session.stepped) as stepped:
            qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
        orders.append(stepped.args[0].order)
    assert orders == [tuple(o) for o in situation_order(9, [1, 2, 3], 4)]
    core = Network([3, 1], seed=9, rules=LearningRules(updates="shuffled", seed=9))
    core.train(scenario.X(), scenario.y(), 3)
    np.testing.assert_allclose(window.session.network.weights[0], core.weights[0], rtol=1e-13)


def test_the_loss_plot_names_the_loss_it_draws(qtbot, add_window):
    window = add_window(MainWindow(scenario_with(loss="cross-entropy")))
    axis = window.loss_plot.getPlotItem().getAxis("left")
    assert axis.toolTip() == "Loss (cross-entropy)"
    train_through_button(qtbot, window)
    losses = window.session.losses()
    assert losses[-1] < losses[0] and np.all(losses > 0)  # cross-entropy, not the squared error
    network = window.session.network
    out = network.predict(window.document.scenario.X())
    y = window.document.scenario.y()
    assert losses[-1] == pytest.approx(float(-np.mean(y * np.log(out) + (1 - y) * np.log(1 - out))), rel=1e-3)
