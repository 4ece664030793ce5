"""The input space and the truth table follow the learning rules (#16): tanh, the step, ReLU."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nngui.model.geometry import hidden_box, hidden_space, input_space, level, side
from nngui.model.network import Network
from nngui.model.rules import LearningRules
from nngui.model.truth import combinations, linearly_separable, one_neuron_cannot

AND = combinations(2), np.array([[0.0], [0.0], [0.0], [1.0]])


def test_a_tanh_neuron_s_line_is_where_it_answers_one_half():
    network = Network.from_weights([np.array([[1.5], [-2.0]])], [np.array([0.3])],
                                   LearningRules(activation="tanh"))
    space = input_space(network, combinations(2), [0, 1, 1, 0], [0.5, 0.5])
    (plane,) = space.planes
    assert plane.level == level("tanh") == pytest.approx(math.atanh(0.5), rel=1e-15)
    assert plane.points.shape == (2, 2)
    along = plane.points[0] + np.linspace(0, 1, 7)[:, None] * (plane.points[1] - plane.points[0])
    np.testing.assert_allclose(network.predict(along)[:, 0], 0.5, atol=1e-12)
    # The contour of the answers drawn over the square is that same line.
    ends = space.contour.reshape(-1, 2)
    np.testing.assert_allclose(network.predict(ends)[:, 0], 0.5, atol=2e-3)
    assert space.answer_low == -1.0 and space.grid.min() < 0  # tanh answers below 0 too


def test_the_step_neuron_s_boundary_is_its_jump_at_zero():
    network = Network.from_weights([np.array([[1.0], [1.0]])], [np.array([-1.5])],
                                   LearningRules(activation="step"))
    space = input_space(network, *AND, riddle=[1, 1])
    (plane,) = space.planes
    np.testing.assert_allclose(plane.points, [[0.5, 1.0], [1.0, 0.5]])  # x1 + x2 = 1.5
    assert set(np.unique(space.grid)) == {0.0, 1.0}
    np.testing.assert_allclose(space.contour, plane.points[None])  # the line itself, not a staircase
    # No weights and no bias: the step answers 0 everywhere (s = 0 answers 0), a sigmoid 0.5 everywhere.
    assert side([0.0, 0.0], 0.0, step=True) == -1 and side([0.0, 0.0], 0.0) == 0
    assert side([1.0, 1.0], 0.0, step=True) == 1  # 1 inside, 0 only at the touched corner


def test_a_relu_hidden_space_box_reaches_the_largest_activation():
    network = Network.from_weights([np.array([[3.0, -1.0], [2.0, 0.5]]), np.array([[1.0], [-1.0]])],
                                   [np.array([0.0, 0.2]), np.array([-0.5])],
                                   LearningRules(activation="relu"))
    assert network.activations == ["relu", "sigmoid"]
    space = hidden_space(network, combinations(2), [0, 1, 1, 0], [1, 1])
    np.testing.assert_allclose(space.low, [0.0, 0.0])
    np.testing.assert_allclose(space.high, [5.0, 1.0])  # 3 + 2 at (1, 1); the second never above 1
    np.testing.assert_allclose(space.answers, network.predict(combinations(2))[:, 0])
    assert space.planes[0].activation == "sigmoid" and space.planes[0].level == 0.0
    low, high = hidden_box("tanh", np.zeros((3, 2)))
    np.testing.assert_allclose(low, [-1, -1]) and np.testing.assert_allclose(high, [1, 1])


def test_a_tanh_hidden_space_is_the_box_from_minus_one_to_one():
    network = Network([2, 3, 1], seed=4, bias=True, rules=LearningRules(activation="tanh"))
    space = hidden_space(network, combinations(2), [0, 1, 1, 0], [1, 0])
    np.testing.assert_allclose(space.low, -1.0) and np.testing.assert_allclose(space.high, 1.0)
    np.testing.assert_allclose(space.answers, network.predict(combinations(2))[:, 0])
    assert np.all((space.points >= -1) & (space.points <= 1))


def test_a_trained_perceptron_separates_and_in_its_input_space_and_its_truth_table_is_and():
    network = Network([2, 1], seed=3, bias=True, rules=LearningRules(activation="step"))
    x, y = AND
    network.train(x, y, iterations=200, learning_rate=0.5)
    space = input_space(network, x, y, [1, 1])
    (plane,) = space.planes
    assert plane.points.shape == (2, 2)  # the line crosses the square
    sums = x @ network.weights[0][:, 0] + network.biases[0][0]
    assert np.all((sums > 0) == (y[:, 0] == 1))  # AND's one 1 on one side, its three 0s on the other
    np.testing.assert_array_equal(space.corner_answers, y[:, 0])
    # The truth table's answers (network.predict over every combination): exactly AND's.
    np.testing.assert_array_equal(network.predict(combinations(2)), y)


def test_which_situations_one_neuron_cannot_learn_follows_the_activation():
    # Without a bias, a tanh neuron's 0.5 is at s = 0.549, not 0: x = 1 → 0, x = 2 → 1 is learnable.
    x, y = np.array([[1.0], [2.0]]), np.array([0.0, 1.0])
    assert one_neuron_cannot(x, y, bias=False)
    assert not one_neuron_cannot(x, y, bias=False, activation="tanh")
    tanh = Network.from_weights([np.array([[0.4]])], rules=LearningRules(activation="tanh"))
    assert np.all((tanh.predict(x)[:, 0] > 0.5) == (y == 1))
    # The step answers 0 where s = 0: its 0s need only s ≤ 0, so 0s on both sides of a 1's line are fine.
    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    y = np.array([1.0, 0.0, 0.0])
    assert one_neuron_cannot(x, y, bias=False)
    assert not one_neuron_cannot(x, y, bias=False, activation="step")
    assert not linearly_separable(x, y) and linearly_separable(x, y, activation="step")
    # XOR stays out of reach of every single neuron.
    for activation in ("sigmoid", "tanh", "step"):
        assert one_neuron_cannot(combinations(2), np.array([0.0, 1.0, 1.0, 0.0]), True, activation=activation)
