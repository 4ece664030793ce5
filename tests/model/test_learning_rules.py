"""The learning rules (#16): gradients against finite differences, the perceptron, the orders, the file."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nngui.model.network import Network
from nngui.model.rules import ACTIVATIONS, ARTICLE, LOSSES, UPDATES, LearningRules, situation_order
from nngui.model.scenario import Scenario, article_scenario
from nngui.model.texts import Refusal, ScenarioError

ARTICLE_X = np.array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], dtype=np.float64)
ARTICLE_Y = np.array([[0, 1, 1, 0]], dtype=np.float64).T
GATES_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
AND_Y = np.array([[0, 0, 0, 1]], dtype=np.float64).T
XOR_Y = np.array([[0, 1, 1, 0]], dtype=np.float64).T

VALID = [LearningRules(a, u, loss) for a in ACTIVATIONS for u in UPDATES for loss in LOSSES
         if LearningRules(a, u, loss).refusal(2 if a == "relu" else 1) is None]


def objective(net: Network, X: np.ndarray, Y: np.ndarray) -> float:
    """What the adjustments descend: ½·Σ error² (the article's rule), or Σ cross-entropy."""
    out = net.predict(X)
    if net.rules.loss == "mse":
        return 0.5 * float(np.sum((Y - out) ** 2))
    return float(-np.sum(Y * np.log(out) + (1 - Y) * np.log(1 - out)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(activation=st.sampled_from(["sigmoid", "tanh", "relu"]), loss=st.sampled_from(LOSSES),
       hidden=st.lists(st.integers(1, 4), min_size=0, max_size=2), n_inputs=st.integers(1, 4),
       n_situations=st.integers(1, 5), bias=st.booleans(), seed=st.integers(0, 2**32 - 1))
def test_adjustments_are_the_gradient(activation: str, loss: str, hidden: list[int], n_inputs: int,
                                      n_situations: int, bias: bool, seed: int) -> None:
    """Every activation × loss on random layer sizes: step()'s adjustment (learning rate 1, all
    situations at once) is minus the gradient of the objective, by central finite differences."""
    if activation == "relu" and not hidden:
        hidden = [3]
    rules = LearningRules(activation, "batch", loss)
    assume(rules.refusal(len(hidden) + 1) is None)
    rng = np.random.default_rng(seed)
    X = rng.random((n_situations, n_inputs))
    Y = rng.random((n_situations, 1))
    sizes = [n_inputs, *hidden, 1]
    weights = [rng.normal(0, 0.8, (a, b)) for a, b in zip(sizes, sizes[1:])]
    biases = [rng.normal(0, 0.5, b) for b in sizes[1:]] if bias else None
    net = Network.from_weights(weights, biases, rules)
    sums: list[np.ndarray] = []
    from nngui.model.network import forward
    forward(X, net.weights, net.biases, sums, net.activations)
    assume(all(np.min(np.abs(s)) > 1e-3 for s in sums[:-1]) or activation != "relu")  # off ReLU's kink
    trace = net.copy().step(X, Y, 1.0)
    for number, layer in enumerate(trace.layers):
        numeric = numeric_gradient(net, "weights", number, X, Y)
        np.testing.assert_allclose(layer.adjustment, -numeric, rtol=1e-4, atol=1e-7)
        if bias:
            numeric_b = numeric_gradient(net, "biases", number, X, Y)
            np.testing.assert_allclose(layer.bias_adjustment, -numeric_b, rtol=1e-4, atol=1e-7)


def numeric_gradient(net: Network, arrays: str, number: int, X: np.ndarray, Y: np.ndarray,
                     eps: float = 1e-6) -> np.ndarray:
    """The objective's gradient for layer `number`'s weights (or biases), by central differences."""
    gradient = np.empty_like(getattr(net, arrays)[number])
    for index in np.ndindex(gradient.shape):
        plus, minus = net.copy(), net.copy()
        getattr(plus, arrays)[number][index] += eps
        getattr(minus, arrays)[number][index] -= eps
        gradient[index] = (objective(plus, X, Y) - objective(minus, X, Y)) / (2 * eps)
    return gradient


def test_the_article_is_unchanged_with_the_default_rules() -> None:
    net = Network([3, 1], seed=1)
    assert net.rules == ARTICLE
    losses = net.train(ARTICLE_X, ARTICLE_Y, 10_000)
    assert net.predict([1, 0, 0])[0] == pytest.approx(0.99993704, abs=5e-9)
    assert article_scenario().network().rules == ARTICLE
    assert losses[-1] < losses[0]


@pytest.mark.parametrize("updates", UPDATES)
def test_the_perceptron_learns_and(updates: str) -> None:
    """Rosenblatt's rule converges on a linearly separable task: every situation right, then no change."""
    net = Network([2, 1], seed=1, bias=True, rules=LearningRules("step", updates))
    losses = net.train(GATES_X, AND_Y, 200)
    right = np.flatnonzero(losses == 0)
    assert right.size and np.all(losses[right[0]:] == 0)
    np.testing.assert_array_equal(net.predict(GATES_X), AND_Y)
    weights = net.weights[0].copy()
    net.train(GATES_X, AND_Y, 50)
    np.testing.assert_array_equal(net.weights[0], weights)  # nothing left to correct


@pytest.mark.parametrize("updates", UPDATES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_perceptron_never_learns_xor(updates: str, seed: int) -> None:
    net = Network([2, 1], seed=seed, bias=True, rules=LearningRules("step", updates, seed=seed))
    losses = net.train(GATES_X, XOR_Y, 2_000)
    assert np.all(losses >= 0.25)  # at least one of the four situations wrong, every iteration
    assert set(np.unique(net.predict(GATES_X))) <= {0.0, 1.0}


def test_the_perceptron_adjusts_by_the_error_itself() -> None:
    net = Network.from_weights([[[0.5], [-0.5]]], [[0.0]], LearningRules("step"))
    trace = net.step(GATES_X, AND_Y, 0.1)
    layer = trace.layers[0]
    assert layer.slope is None
    np.testing.assert_array_equal(layer.output, [[0], [0], [1], [0]])
    np.testing.assert_array_equal(layer.delta, layer.error)
    np.testing.assert_allclose(layer.adjustment, 0.1 * GATES_X.T @ (AND_Y - layer.output))


@pytest.mark.parametrize("rules", VALID, ids=str)
def test_training_matches_step_and_pieces(rules: LearningRules) -> None:
    """For every valid rule: train() gives step()'s losses and weights, and training in pieces (told
    the iterations done) gives what one run gives."""
    layers = [3, 4, 1] if rules.activation == "relu" else [3, 1]
    net = Network(layers, seed=2, bias=True, rules=rules)
    stepped, whole, pieces = net.copy(), net.copy(), net.copy()
    losses = whole.train(ARTICLE_X, ARTICLE_Y, 60, 0.5)
    traced = [stepped.step(ARTICLE_X, ARTICLE_Y, 0.5, done=i).loss for i in range(60)]
    np.testing.assert_allclose(traced, losses, rtol=1e-12, atol=1e-15)
    split = np.concatenate([pieces.train(ARTICLE_X, ARTICLE_Y, n, 0.5, done=d)
                            for n, d in ((25, 0), (10, 25), (25, 35))])
    np.testing.assert_array_equal(split, losses)
    for a, b, c in zip(whole.weights, pieces.weights, stepped.weights):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_allclose(a, c, rtol=1e-12, atol=1e-14)


def test_one_at_a_time_takes_each_situation_in_turn() -> None:
    net = Network([3, 1], seed=1, rules=LearningRules(updates="online"))
    start = net.copy()
    trace = net.step(ARTICLE_X, ARTICLE_Y)
    assert trace.order == (0, 1, 2, 3)
    by_hand = start.copy()
    for j in range(4):  # each situation adjusts the weights the one before left
        by_hand.step(ARTICLE_X[j:j + 1], ARTICLE_Y[j:j + 1])
    np.testing.assert_allclose(net.weights[0], by_hand.weights[0], rtol=1e-15)
    assert [p.layers[0].inputs.shape for p in trace.situations] == [(1, 3)] * 4
    np.testing.assert_allclose(trace.layers[0].weights_after, net.weights[0])


def test_the_shuffled_order_depends_on_the_seed_and_iteration_only() -> None:
    orders = situation_order(7, np.arange(1, 201), 5)
    assert all(sorted(o) == list(range(5)) for o in orders)
    assert len({tuple(o) for o in orders}) > 60  # many of the 120 orders appear
    np.testing.assert_array_equal(situation_order(7, [42], 5)[0], orders[41])
    assert not np.array_equal(situation_order(8, np.arange(1, 201), 5), orders)
    net = Network([3, 1], rules=LearningRules(updates="shuffled", seed=7))
    assert net.step(ARTICLE_X, ARTICLE_Y, done=41).order == tuple(situation_order(7, [42], 4)[0])


@pytest.mark.parametrize(("rules", "layers", "reason"), [
    (LearningRules("relu"), [3, 1], "rules_relu_output"),
    (LearningRules("step"), [3, 2, 1], "rules_step_hidden"),
    (LearningRules("tanh", loss="cross-entropy"), [3, 1], "rules_cross_entropy"),
    (LearningRules("step", loss="cross-entropy"), [3, 1], "rules_cross_entropy"),
])
def test_invalid_combinations_are_refused(rules: LearningRules, layers: list[int], reason: str) -> None:
    with pytest.raises(Refusal) as refused:
        Network(layers, rules=rules)
    assert refused.value.text.id == reason
    with pytest.raises(Refusal):
        Network.from_weights(Network(layers).weights, rules=rules)


def test_unknown_rules_are_refused() -> None:
    with pytest.raises(Refusal, match="softmax"):
        LearningRules("softmax")


def scenario_file(**settings: object) -> dict:
    data = article_scenario().to_dict()
    data["settings"].update(settings)
    return data


def test_files_keep_the_rules_and_older_files_load_with_the_article() -> None:
    data = article_scenario().to_dict()
    assert not {"activation", "updates", "loss"} & set(data["settings"])  # older nngui still opens it
    assert Scenario.from_dict(data).rules() == ARTICLE
    changed = Scenario.from_dict(scenario_file(activation="tanh", updates="shuffled"))
    again = Scenario.from_json(changed.to_json())
    assert (again.activation, again.updates, again.loss) == ("tanh", "shuffled", "mse")
    assert json.loads(changed.to_json())["settings"]["activation"] == "tanh"
    assert again.network().rules == LearningRules("tanh", "shuffled", "mse", seed=1)


@pytest.mark.parametrize(("settings", "where", "words"), [
    ({"activation": "relu"}, "activation", "ReLU is for hidden layers"),
    ({"activation": "step", "hidden_layers": [2]}, "activation", "perceptron rule"),
    ({"activation": "tanh", "loss": "cross-entropy"}, "loss", "cross-entropy needs a sigmoid output"),
    ({"activation": "Sigmoid"}, "activation", "expected one of sigmoid, tanh, relu, step"),
    ({"updates": 1}, "updates", "expected one of batch, online, shuffled"),
    ({"loss": None}, "loss", "expected one of mse, cross-entropy"),
])
def test_bad_rules_in_a_file_say_what_and_where(settings: dict, where: str, words: str) -> None:
    with pytest.raises(ScenarioError) as refused:
        Scenario.from_dict(scenario_file(**settings), "lesson.nngui.json")
    message = str(refused.value)
    assert message.startswith(f"lesson.nngui.json: {where}: ") and words in message


def test_a_trained_file_with_rules_loads_its_network(tmp_path) -> None:
    scenario = Scenario.from_dict(scenario_file(activation="tanh", updates="online", loss="mse"))
    network = scenario.network()
    losses = network.train(scenario.X(), scenario.y(), 300)
    from nngui.model.trained import Trained
    path = tmp_path / "tanh.nngui.json"
    scenario.save(path, Trained.of(300, network.weights, network.biases, losses))
    loaded, trained = Scenario.load_trained(path)
    assert loaded.rules() == scenario.rules() and trained is not None
    restored = Network.from_weights(trained.weights, trained.biases, loaded.rules())
    np.testing.assert_array_equal(restored.predict(loaded.riddle), network.predict(scenario.riddle))
