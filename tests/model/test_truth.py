"""The truth table's logic: the 0/1 combinations and the exact separability check, without Qt."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from nngui.model.truth import combinations, linearly_separable, one_neuron_cannot, same_inputs, truth_rows


def test_combinations_count_in_order():
    assert combinations(2).tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert combinations(10).shape == (1024, 10)


@pytest.mark.parametrize(("k", "separable"), [(2, 14), (3, 104)])
def test_separability_is_exact(k, separable):
    """The number of 0/1 functions of k inputs one neuron with a bias can learn: 14 for 2, 104 for 3."""
    rows = combinations(k)
    count = sum(linearly_separable(rows, targets, bias=True)
                for targets in itertools.product([0, 1], repeat=2 ** k))
    assert count == separable


def test_separability_without_bias_goes_through_zero():
    # Without a bias the boundary passes through 0: "input 1 is off" cannot be told from "both off".
    assert not linearly_separable([[0, 1], [1, 1], [0, 0]], [1, 0, 0], bias=False)
    assert linearly_separable([[0, 1], [1, 1]], [1, 0], bias=False)
    assert linearly_separable([[0, 1], [1, 1], [0, 0]], [1, 0, 0], bias=True)


def test_same_inputs_groups_situations_in_order():
    x = np.array([[0, 1], [1, 1], [0, 1], [1, 1], [0, 0]], dtype=float)
    assert same_inputs(x) == [[1, 3], [2, 4]]
    assert same_inputs(x[:1]) == []


def test_one_neuron_cannot_learn_xor_but_can_learn_or():
    rows = combinations(2)
    assert one_neuron_cannot(rows, np.array([0, 1, 1, 0.0]), bias=True)
    assert not one_neuron_cannot(rows, np.array([0, 1, 1, 1.0]), bias=True)
    # contradictions are left out: what remains (0 1 → 1, 1 0 → 1) is learnt
    x = np.array([[0, 1], [0, 1], [1, 0]], dtype=float)
    assert not one_neuron_cannot(x, np.array([0, 1, 1.0]), bias=True)
    # without a bias, all-zero inputs are left out (they have a note of their own)
    assert not one_neuron_cannot(np.array([[0, 0], [1, 1.0]]), np.array([1, 0.0]), bias=False)


def test_truth_rows_place_the_situations_and_the_riddle():
    x = np.array([[0, 1], [1, 1], [0, 1], [0.5, 1]])
    table = truth_rows(x, np.array([1, 0, 0, 1.0]), [1, 0])
    assert table.rows.tolist() == combinations(2).tolist()
    assert table.situations == [[], [1, 3], [], [2]]
    assert table.expected == [[], [0.0, 1.0], [], [0.0]]
    assert table.riddle_row == 2
    assert truth_rows(x, np.zeros(4), [0.5, 1]).riddle_row == -1
