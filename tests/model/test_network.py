"""Tests of the learning core against the article's numbers, its 9-line loop and finite differences."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from helpers.article import RIDDLE_ANSWER, X, Y
from hypothesis import given, settings
from hypothesis import strategies as st

from nngui.model.network import (
    ERROR_LIMIT,
    MAX_LAYER_SIZE,
    MAX_LEARNING_RATE,
    VALUE_LIMIT,
    WEIGHT_LIMIT,
    Network,
    legacy_random_sample,
    sigmoid,
)

# The article's task table and riddle.
TASK_X = X
TASK_Y = Y.reshape(-1, 1)
RIDDLE = [1, 0, 0]

# The worked example the article computes by hand.
WORKED_X = [[0, 0, 1], [0, 1, 0], [1, 0, 1], [1, 1, 0]]
WORKED_Y = [0, 0, 1, 1]

# The two-layer case of the same lineage.
TWO_LAYER_X = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]]
TWO_LAYER_Y = [0, 1, 1, 1, 1, 0, 0]

XOR_X = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]]
XOR_Y = [0, 1, 1, 0]

FAST = settings(max_examples=60, deadline=None)


def plain_loop(X: np.ndarray, y: np.ndarray, W: np.ndarray, iterations: int) -> np.ndarray:
    """The article's loop, as printed in the lineage it comes from."""
    for _ in range(iterations):
        output = 1 / (1 + np.exp(-(X @ W)))
        error = y - output
        W += X.T @ (error * output * (1 - output))
    return W


def plain_two_layer_loop(X, y, W1, W2, iterations):
    for _ in range(iterations):
        hidden = 1 / (1 + np.exp(-(X @ W1)))
        output = 1 / (1 + np.exp(-(hidden @ W2)))
        output_delta = (y - output) * output * (1 - output)
        hidden_delta = (output_delta @ W2.T) * hidden * (1 - hidden)
        W2 += hidden.T @ output_delta
        W1 += X.T @ hidden_delta
    return W1, W2


def all_arrays(net: Network) -> list[np.ndarray]:
    return list(net.weights) + list(net.biases or [])


# -- the worked example ----------------------------------------------------------

def test_worked_example_matches_the_article():
    net = Network.from_weights([np.full((3, 1), 0.5)])
    trace = net.step(WORKED_X, WORKED_Y, learning_rate=1.0)
    (layer,) = trace.layers
    np.testing.assert_array_equal(layer.inputs, WORKED_X)
    np.testing.assert_array_equal(layer.weights_before.ravel(), [0.5, 0.5, 0.5])
    np.testing.assert_allclose(layer.weighted_sum.ravel(), [0.5, 0.5, 1, 1])
    np.testing.assert_array_equal(np.round(layer.output.ravel(), 2), [0.62, 0.62, 0.73, 0.73])
    np.testing.assert_array_equal(np.round(layer.error.ravel(), 2), [-0.62, -0.62, 0.27, 0.27])
    np.testing.assert_array_equal(np.round(layer.adjustment.ravel(), 3), [0.106, -0.093, -0.093])
    np.testing.assert_array_equal(np.round(layer.weights_after.ravel(), 3), [0.606, 0.407, 0.407])
    # The article prints the new weights truncated to two places: 0.60, 0.40, 0.40.
    np.testing.assert_array_equal(np.trunc(layer.weights_after.ravel() * 100) / 100, [0.60, 0.40, 0.40])
    # Every number follows from the previous ones exactly as the article's steps say.
    np.testing.assert_allclose(layer.output, 1 / (1 + np.exp(-layer.weighted_sum)), rtol=1e-15)
    np.testing.assert_array_equal(layer.error, np.array(WORKED_Y, float).reshape(-1, 1) - layer.output)
    np.testing.assert_array_equal(layer.slope, layer.output * (1 - layer.output))
    np.testing.assert_array_equal(layer.delta, layer.error * layer.slope)
    np.testing.assert_array_equal(layer.adjustment, layer.inputs.T @ layer.delta)
    np.testing.assert_array_equal(layer.weights_after, layer.weights_before + layer.adjustment)
    np.testing.assert_array_equal(net.weights[0], layer.weights_after)
    assert trace.loss == pytest.approx(np.mean(layer.error ** 2), rel=1e-15)
    assert trace.output is layer.output
    assert trace.learning_rate == 1.0


def test_learning_rate_scales_the_adjustment():
    trace = Network.from_weights([np.full((3, 1), 0.5)]).step(WORKED_X, WORKED_Y, learning_rate=0.25)
    expected = 0.25 * np.array([0.10575419, -0.09340316, -0.09340316])
    np.testing.assert_allclose(trace.layers[0].adjustment.ravel(), expected, rtol=1e-6)


# -- the lineage's published results ----------------------------------------------------

def test_initial_weights_follow_the_legacy_seeding():
    np.random.seed(1)
    expected = 2 * np.random.random((3, 1)) - 1
    np.testing.assert_array_equal(Network([3, 1], seed=1).weights[0], expected)
    np.testing.assert_array_equal(np.round(expected.ravel(), 3), [-0.166, 0.441, -1.000])
    np.random.seed(1)
    first, second = 2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1
    net = Network([3, 4, 1], seed=1)
    np.testing.assert_array_equal(net.weights[0], first)
    np.testing.assert_array_equal(net.weights[1], second)


@pytest.mark.parametrize("seed", [0, 1, 2, 7, 42, 99_999, 2**31 - 1, 2**32 - 1])
@pytest.mark.parametrize("count", [1, 3, 16, 624, 625, 20_000, 20_001])
def test_legacy_random_sample_is_numpys_random_state_bit_for_bit(seed, count):
    """Python's Mersenne Twister (small draws) and NumPy's (big ones) give the very same numbers."""
    expected = np.random.RandomState(seed).random_sample(count)
    np.testing.assert_array_equal(legacy_random_sample(seed, count), expected)
    np.testing.assert_array_equal(legacy_random_sample(np.int64(seed), count), expected)


@pytest.mark.parametrize("seed", [-1, 2**32])
def test_legacy_random_sample_refuses_seeds_numpy_refuses(seed):
    with pytest.raises(ValueError):
        np.random.RandomState(seed)
    with pytest.raises(ValueError):
        legacy_random_sample(seed, 3)


def test_a_networks_first_weights_do_not_load_numpy_random():
    """numpy.random takes ~15 ms to import: the app's start-up builds its first network without it."""
    import subprocess
    import sys

    code = ("import sys\nfrom nngui.model.network import Network\nNetwork([3, 4, 1], seed=1)\n"
            "print('numpy.random' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]


def test_article_riddle_answer():
    net = Network([3, 1], seed=1)
    losses = net.train(TASK_X, TASK_Y, iterations=10_000, learning_rate=1.0)
    assert net.predict(RIDDLE)[0] == pytest.approx(RIDDLE_ANSWER, abs=5e-9)
    np.testing.assert_allclose(net.weights[0].ravel(), [9.673, -0.208, -4.630], atol=5e-4)
    assert losses.shape == (10_000,)
    assert losses[0] > 0.2 and losses[-1] < 1e-4
    assert np.all(np.diff(losses) < 0)  # this task's loss falls at every iteration


def test_two_layer_answer():
    net = Network([3, 4, 1], seed=1)
    net.train(TWO_LAYER_X, TWO_LAYER_Y, iterations=60_000)
    assert net.predict([1, 1, 0])[0] == pytest.approx(0.0078876, abs=5e-8)


def test_one_layer_training_equals_the_plain_loop():
    net = Network([3, 1], seed=1)
    net.train(TASK_X, TASK_Y, iterations=2_000)
    W = plain_loop(TASK_X, TASK_Y, Network([3, 1], seed=1).weights[0], 2_000)
    np.testing.assert_allclose(net.weights[0], W, rtol=1e-12, atol=1e-12)


def test_two_layer_training_equals_the_plain_loop():
    X, y = np.array(TWO_LAYER_X, float), np.array([TWO_LAYER_Y], float).T
    net = Network([3, 4, 1], seed=1)
    net.train(X, y, iterations=2_000)
    W1, W2 = plain_two_layer_loop(X, y, *Network([3, 4, 1], seed=1).weights, 2_000)
    np.testing.assert_allclose(net.weights[0], W1, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(net.weights[1], W2, rtol=1e-12, atol=1e-12)


# -- train() is step() repeated, and chunks change nothing ----------------------------------

@pytest.mark.parametrize("sizes, bias", [([3, 1], False), ([3, 1], True), ([3, 4, 1], False),
                                          ([3, 4, 1], True), ([3, 5, 3, 2], True)])
def test_train_is_step_repeated(sizes, bias):
    rs = np.random.RandomState(5)
    X = rs.random_sample((6, 3))
    Y = rs.random_sample((6, sizes[-1]))
    trained, stepped = Network(sizes, seed=2, bias=bias), Network(sizes, seed=2, bias=bias)
    losses = trained.train(X, Y, iterations=300, learning_rate=0.8)
    step_losses = [stepped.step(X, Y, learning_rate=0.8).loss for _ in range(300)]
    np.testing.assert_allclose(losses, step_losses, rtol=1e-12, atol=1e-15)
    for a, b in zip(all_arrays(trained), all_arrays(stepped)):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("sizes, bias", [([3, 1], False), ([3, 1], True), ([3, 4, 1], False),
                                          ([3, 4, 1], True), ([3, 5, 3, 2], False)])
@pytest.mark.parametrize("pieces", [[1, 999], [500, 500], [1] * 7 + [993], [333, 333, 334]])
def test_chunked_training_is_identical_to_one_run(sizes, bias, pieces):
    X, y = np.array(TWO_LAYER_X, float), np.array(TWO_LAYER_Y, float)
    Y = np.repeat(y.reshape(-1, 1), sizes[-1], axis=1)
    whole, chunked = Network(sizes, seed=1, bias=bias), Network(sizes, seed=1, bias=bias)
    losses = whole.train(X, Y, iterations=sum(pieces))
    chunk_losses = np.concatenate([chunked.train(X, Y, iterations=n) for n in pieces])
    np.testing.assert_array_equal(losses, chunk_losses)
    for a, b in zip(all_arrays(whole), all_arrays(chunked)):
        np.testing.assert_array_equal(a, b)


@settings(max_examples=25, deadline=None)
@given(first=st.integers(0, 20_000), second=st.integers(0, 20_000), hidden=st.booleans())
def test_chunks_across_loss_blocks(first, second, hidden):
    """The core turns errors into losses in blocks (16,384 iterations here); any split gives the same."""
    sizes = [3, 2, 1] if hidden else [3, 1]
    whole, chunked = Network(sizes, seed=3), Network(sizes, seed=3)
    losses = whole.train(TASK_X, TASK_Y, iterations=first + second)
    chunk_losses = np.concatenate([chunked.train(TASK_X, TASK_Y, first),
                                   chunked.train(TASK_X, TASK_Y, second)])
    np.testing.assert_array_equal(losses, chunk_losses)
    for a, b in zip(whole.weights, chunked.weights):
        np.testing.assert_array_equal(a, b)


def test_zero_iterations_and_zero_learning_rate_change_nothing():
    net = Network([3, 2, 1], seed=1)
    before = [w.copy() for w in net.weights]
    assert net.train(TASK_X, TASK_Y, iterations=0).shape == (0,)
    losses = net.train(TASK_X, TASK_Y, iterations=5, learning_rate=0)
    assert np.all(losses == losses[0])
    for a, b in zip(before, net.weights):
        np.testing.assert_array_equal(a, b)


# -- gradients ----------------------------------------------------------------

@st.composite
def small_networks(draw):
    n_layers = draw(st.integers(1, 3))
    sizes = [draw(st.integers(1, 4)) for _ in range(n_layers + 1)]
    n = draw(st.integers(1, 5))
    bias = draw(st.booleans())
    seed = draw(st.integers(0, 2**32 - 1))
    lr = draw(st.sampled_from([1.0, 0.5, 3.0]))
    return sizes, n, bias, seed, lr


@FAST
@given(small_networks())
def test_adjustments_follow_the_gradient_of_the_mean_squared_error(case):
    """adjustment = lr · Xᵀ·delta = -lr · (N / 2) · d(loss)/dW, N = situations × outputs."""
    sizes, n, bias, seed, lr = case
    rs = np.random.RandomState(seed)
    weights = [rs.uniform(-2, 2, (a, b)) for a, b in zip(sizes, sizes[1:])]
    biases = [rs.uniform(-1, 1, b) for b in sizes[1:]] if bias else None
    X = rs.random_sample((n, sizes[0]))
    Y = rs.random_sample((n, sizes[-1]))
    net = Network.from_weights(weights, biases)
    trace = net.copy().step(X, Y, learning_rate=lr)
    assert trace.loss == pytest.approx(net.loss(X, Y), rel=1e-12)
    scale = -lr * Y.size / 2
    eps = 1e-6
    parameters = [(w, t.adjustment) for w, t in zip(net.weights, trace.layers)]
    if bias:
        parameters += [(b, t.bias_adjustment) for b, t in zip(net.biases, trace.layers)]
    for array, adjustment in parameters:
        gradient = np.empty_like(array)
        for index in np.ndindex(array.shape):
            kept = array[index]
            array[index] = kept + eps
            up = net.loss(X, Y)
            array[index] = kept - eps
            down = net.loss(X, Y)
            array[index] = kept
            gradient[index] = (up - down) / (2 * eps)
        np.testing.assert_allclose(adjustment, scale * gradient, rtol=1e-5, atol=1e-8)


def test_hidden_layer_error_is_the_error_sent_back():
    net = Network([3, 4, 2, 1], seed=7, bias=True)
    trace = net.step(TWO_LAYER_X, TWO_LAYER_Y, learning_rate=0.5)
    assert len(trace.layers) == 3
    np.testing.assert_array_equal(trace.layers[0].inputs, TWO_LAYER_X)
    for below, above in zip(trace.layers, trace.layers[1:]):
        np.testing.assert_array_equal(above.inputs, below.output)
        np.testing.assert_allclose(below.error, above.delta @ above.weights_before.T, rtol=1e-15)
    np.testing.assert_array_equal(trace.layers[-1].error,
                                  np.array(TWO_LAYER_Y, float).reshape(-1, 1) - trace.output)
    for layer in trace.layers:
        np.testing.assert_array_equal(layer.slope, layer.output * (1 - layer.output))
        np.testing.assert_array_equal(layer.delta, layer.error * layer.slope)
        np.testing.assert_array_equal(layer.adjustment, 0.5 * (layer.inputs.T @ layer.delta))
        np.testing.assert_array_equal(layer.weights_after, layer.weights_before + layer.adjustment)
        np.testing.assert_array_equal(layer.bias_adjustment, 0.5 * layer.delta.sum(axis=0))
        np.testing.assert_array_equal(layer.bias_after, layer.bias_before + layer.bias_adjustment)
        np.testing.assert_allclose(layer.weighted_sum,
                                   layer.inputs @ layer.weights_before + layer.bias_before)


def test_trace_is_a_read_only_copy():
    net = Network([3, 2, 1], seed=1, bias=True)
    trace = net.step(TASK_X, TASK_Y)
    kept = [layer.weights_after.copy() for layer in trace.layers]
    for w in net.weights:
        w += 1.0
    for layer, after in zip(trace.layers, kept):
        np.testing.assert_array_equal(layer.weights_after, after)
        for name, value in vars(layer).items():
            assert value.flags.writeable is False, name
            with pytest.raises(ValueError):
                value[...] = 0


# -- what one neuron can and cannot learn ----------------------------------------------

def test_xor_needs_a_hidden_layer():
    one = Network([3, 1], seed=1)
    one.train(XOR_X, XOR_Y, iterations=20_000)
    answers = one.predict(XOR_X).ravel()
    assert np.max(np.abs(answers - XOR_Y)) > 0.45  # at least one situation stays near 0.5 or wrong
    hidden = Network([3, 4, 1], seed=1)
    losses = hidden.train(XOR_X, XOR_Y, iterations=20_000)
    assert losses[-1] < 1e-3
    np.testing.assert_array_equal(np.round(hidden.predict(XOR_X).ravel()), XOR_Y)


def test_one_neuron_cannot_learn_the_two_layer_table():
    net = Network([3, 1], seed=1)
    losses = net.train(TWO_LAYER_X, TWO_LAYER_Y, iterations=20_000)
    assert losses[-1] > 0.1
    assert np.any(np.round(net.predict(TWO_LAYER_X).ravel()) != TWO_LAYER_Y)


# -- predict and sigmoid ----------------------------------------------------------

def test_predict_shapes():
    net = Network([3, 2], seed=1)
    assert net.predict([1, 0, 0]).shape == (2,)
    assert net.predict(np.array([1, 0, 0])).shape == (2,)
    assert net.predict([[1, 0, 0]]).shape == (1, 2)
    assert net.predict(TASK_X).shape == (4, 2)
    assert net.predict(TASK_X.astype(int)).shape == (4, 2)
    assert net.predict((True, False, False)).shape == (2,)
    assert net.predict([]).shape == (0, 2)
    np.testing.assert_array_equal(net.predict(TASK_X)[1], net.predict(TASK_X[1]))


def test_forward_gives_every_layer_inputs_first():
    """One forward pass: what predict, step and the diagram's activations show all come from it."""
    net = Network([3, 4, 2, 1], seed=1, bias=True)
    net.biases = [np.full(n, 0.25) for n in (4, 2, 1)]
    layers = net.forward(TASK_X)
    assert [a.shape for a in layers] == [(4, 3), (4, 4), (4, 2), (4, 1)]
    np.testing.assert_array_equal(layers[0], TASK_X)
    for below, above, w, b in zip(layers, layers[1:], net.weights, net.biases):
        np.testing.assert_allclose(above, 1 / (1 + np.exp(-(below @ w + b))), rtol=1e-15)
    np.testing.assert_array_equal(layers[-1], net.predict(TASK_X))
    trace = net.copy().step(TASK_X, TASK_Y)
    for layer, inputs, output in zip(trace.layers, layers, layers[1:]):
        np.testing.assert_array_equal(layer.inputs, inputs)
        np.testing.assert_array_equal(layer.output, output)
    riddle = net.forward(RIDDLE)  # one situation: one row per layer, the diagram's activations
    assert [a.shape for a in riddle] == [(3,), (4,), (2,), (1,)]
    np.testing.assert_array_equal(riddle[-1], net.predict(RIDDLE))
    net.forward(TASK_X)[1][:] = 7  # new arrays: changing them changes nothing
    np.testing.assert_array_equal(net.forward(TASK_X)[1], layers[1])


def test_predict_and_loss_do_not_learn():
    net = Network([3, 4, 1], seed=1)
    before = [w.copy() for w in net.weights]
    net.predict(TASK_X)
    net.loss(TASK_X, TASK_Y)
    for a, b in zip(before, net.weights):
        np.testing.assert_array_equal(a, b)


def test_sigmoid():
    assert sigmoid(0.0) == 0.5
    x = np.linspace(-30, 30, 61)
    np.testing.assert_allclose(sigmoid(x), 1 / (1 + np.exp(-x)), rtol=1e-15)
    np.testing.assert_allclose(sigmoid(x) + sigmoid(-x), 1.0, rtol=1e-15)
    np.testing.assert_array_equal(sigmoid([-1e300, -800.0, 800.0, 1e300]), [0.0, 0.0, 1.0, 1.0])
    out = np.empty(3)
    assert sigmoid(np.array([0, 1, 2]), out=out) is out
    np.testing.assert_allclose(out, 1 / (1 + np.exp(-np.array([0.0, 1.0, 2.0]))))


def test_copy_is_independent():
    net = Network([3, 2, 1], seed=1, bias=True)
    twin = net.copy()
    twin.train(TASK_X, TASK_Y, iterations=10)
    assert not np.array_equal(net.weights[0], twin.weights[0])
    assert not np.array_equal(net.biases[0], twin.biases[0])
    assert twin.layer_sizes == net.layer_sizes == [3, 2, 1]
    assert (net.n_inputs, net.n_outputs) == (3, 1)


# -- nothing overflows ------------------------------------------------------------

def strict(function, *args, **kwargs):
    """Call function with every warning an error and NumPy raising on overflow or invalid values."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            return function(*args, **kwargs)


def assert_finite(net: Network, *arrays) -> None:
    for a in [*all_arrays(net), *arrays]:
        assert np.all(np.isfinite(a))
        assert np.all(np.abs(a) <= max(WEIGHT_LIMIT, VALUE_LIMIT))


@pytest.mark.parametrize("learning_rate", [1.0, 1e3, MAX_LEARNING_RATE])
@pytest.mark.parametrize("sizes", [[3, 1], [3, 4, 1], [3, 5, 4, 2], [3, 2, 2, 2, 1]])
@pytest.mark.parametrize("bias", [False, True])
def test_huge_learning_rates_stay_finite(learning_rate, sizes, bias):
    net = Network(sizes, seed=1, bias=bias)
    Y = np.repeat(TASK_Y, sizes[-1], axis=1)
    losses = strict(net.train, TASK_X, Y, iterations=50, learning_rate=learning_rate)
    trace = strict(net.step, TASK_X, Y, learning_rate=learning_rate)
    answers = strict(net.predict, TASK_X)
    assert_finite(net, losses, answers, *[a for layer in trace.layers for a in vars(layer).values()
                                          if a is not None])


@pytest.mark.parametrize("sign", [1, -1])
@pytest.mark.parametrize("sizes", [[3, 1], [3, 2, 1], [3, 4, 3, 1]])
def test_huge_weights_stay_finite(sign, sizes):
    weights = [np.full((a, b), sign * 1e300) for a, b in zip(sizes, sizes[1:])]
    for lr in (1.0, 1e3, MAX_LEARNING_RATE):
        net = Network.from_weights(weights)
        losses = strict(net.train, TASK_X, TASK_Y, iterations=20, learning_rate=lr)
        strict(net.step, TASK_X, TASK_Y, learning_rate=lr)
        assert_finite(net, losses, strict(net.predict, TASK_X))


def test_cancelling_huge_weights_send_back_a_capped_error():
    """±1e300 weights that cancel keep the output unsaturated, so a huge error is sent back."""
    weights = [np.zeros((3, 2)), np.array([[1e300], [-1e300]]), ]
    for lr in (1.0, 1e3, MAX_LEARNING_RATE):
        for method in ("train", "step"):
            net = Network.from_weights(weights)
            if method == "train":
                result = strict(net.train, TASK_X, TASK_Y, iterations=5, learning_rate=lr)
            else:
                result = strict(net.step, TASK_X, TASK_Y, learning_rate=lr)
                assert np.max(np.abs(result.layers[0].error)) == ERROR_LIMIT
                result = result.loss
            assert_finite(net, np.asarray(result))
    deep = Network.from_weights([np.zeros((3, 2)), np.array([[1e300, -1e300], [-1e300, 1e300]]),
                                 np.array([[1e300], [-1e300]])], )
    strict(deep.train, TASK_X, TASK_Y, iterations=5, learning_rate=MAX_LEARNING_RATE)
    assert_finite(deep)


@FAST
@given(
    sizes=st.lists(st.integers(1, 4), min_size=2, max_size=4),
    magnitudes=st.lists(st.sampled_from([0.0, 1.0, 1e10, 1e150, 1e300, -1e300, -1e10]), min_size=1),
    value=st.sampled_from([0.0, 1.0, VALUE_LIMIT, -VALUE_LIMIT]),
    lr=st.sampled_from([0.0, 1.0, 1e3, MAX_LEARNING_RATE]),
    bias=st.booleans(),
)
def test_extreme_numbers_never_overflow(sizes, magnitudes, value, lr, bias):
    rs = np.random.RandomState(len(magnitudes))
    weights = [rs.choice(magnitudes, (a, b)) * rs.choice([-1, 1], (a, b)) for a, b in zip(sizes, sizes[1:])]
    biases = [rs.choice(magnitudes, b) for b in sizes[1:]] if bias else None
    net = Network.from_weights(weights, biases)
    X = np.full((3, sizes[0]), value)
    Y = np.full((3, sizes[-1]), -value)
    losses = strict(net.train, X, Y, iterations=3, learning_rate=lr)
    strict(net.step, X, Y, learning_rate=lr)
    assert_finite(net, losses, strict(net.predict, X))


def test_wide_layer_at_the_value_limit():
    net = Network.from_weights([np.full((MAX_LAYER_SIZE, 1), 1e300)])
    X = np.full((2, MAX_LAYER_SIZE), VALUE_LIMIT)
    assert_finite(net, strict(net.train, X, [1, 0], iterations=3, learning_rate=MAX_LEARNING_RATE))


def test_from_weights_brings_huge_weights_to_the_limit():
    net = Network.from_weights([[[1e308], [-1e308], [5.0]]])
    np.testing.assert_array_equal(net.weights[0].ravel(), [WEIGHT_LIMIT, -WEIGHT_LIMIT, 5.0])


def test_from_weights_copies():
    w = np.full((3, 1), 0.5)
    net = Network.from_weights([w])
    net.train(TASK_X, TASK_Y, iterations=3)
    np.testing.assert_array_equal(w, 0.5)


def test_weights_edited_by_a_program_are_checked():
    net = Network([3, 1], seed=1)
    net.weights[0] = [[1], [2], [3]]  # a plain list of ints
    net.train(TASK_X, TASK_Y, iterations=2)
    assert net.weights[0].dtype == np.float64
    net.weights[0][0, 0] = 1e305
    strict(net.train, TASK_X, TASK_Y, iterations=2)
    assert net.weights[0][0, 0] == WEIGHT_LIMIT
    net.weights[0][1, 0] = np.nan
    with pytest.raises(ValueError, match=r"^weight \(2, 1\) of layer 1 is not a finite number$"):
        net.predict(RIDDLE)


# -- messages a beginner understands ---------------------------------------------------

TABLE = "the weights of layer 1 must be a table (inputs × neurons)"
FINITE = "of layer 1 is not a finite number"
LIMITS = "must be between -1000 and 1000"


@pytest.mark.parametrize("make, message", [
    (lambda: Network([3]), "a network needs at least an input layer and an output layer"),
    (lambda: Network([3, 0]), "layer 2 has 0 neurons; a layer needs from 1 to 1,024"),
    (lambda: Network([3, -1, 1]), "layer 2 has -1 neurons; a layer needs from 1 to 1,024"),
    (lambda: Network([3, MAX_LAYER_SIZE + 1]),
     "layer 2 has 1,025 neurons; a layer needs from 1 to 1,024"),
    (lambda: Network([3, 2.5]), "the layer sizes must be whole numbers, like [3, 4, 1]"),
    (lambda: Network.from_weights([]), "a network needs at least one weight matrix"),
    (lambda: Network.from_weights([[["a"], [1], [2]]]), "the weights of layer 1 must be a table of numbers"),
    (lambda: Network.from_weights([np.zeros((2, 2, 2))]), TABLE),
    (lambda: Network.from_weights([np.zeros((0, 1))]), TABLE),
    (lambda: Network.from_weights([np.zeros((3, 2)), np.zeros((3, 1))]),
     "layer 1 has 2 neurons but layer 2's weights expect 3 inputs"),
    (lambda: Network.from_weights([[[0.5], [np.nan], [0.5]]]), f"weight (2, 1) {FINITE}"),
    (lambda: Network.from_weights([[[0.5], [0.5], [np.inf]]]), f"weight (3, 1) {FINITE}"),
    (lambda: Network.from_weights([np.zeros((3, 2))], [np.zeros(2), np.zeros(2)]),
     "2 bias vectors given for 1 layer"),
    (lambda: Network.from_weights([np.zeros((3, 2))], [np.zeros(3)]),
     "the bias of layer 1 must be 2 numbers"),
    (lambda: Network.from_weights([np.zeros((3, 2))], [["a", "b"]]), "the bias of layer 1 must be 2 numbers"),
    (lambda: Network.from_weights([np.zeros((3, 2))], [[0, np.nan]]), f"bias (2) {FINITE}"),
])
def test_network_messages(make, message):
    with pytest.raises(ValueError) as caught:
        make()
    assert str(caught.value) == message


NET = Network([3, 1], seed=1)


@pytest.mark.parametrize("x, message", [
    ([[0, 0, 1], [1, 1, 1], [1, 0], [0, 1, 1]], "situation 3 has 2 inputs; the network expects 3"),
    (np.zeros((4, 2)), "situation 1 has 2 inputs; the network expects 3"),
    ([0, 1], "situation 1 has 2 inputs; the network expects 3"),
    ([[0, 0, 1], [1, "1", 1]], "situation 2, input 2 is not a number"),
    ([[0, 0, 1], [1, None, 1]], "situation 2, input 2 is not a number"),
    (np.array([[0, 0, "x"]], dtype=object), "situation 1, input 3 is not a number"),
    ([[0, 0, 1], 5], "situation 2 is not a list of numbers"),
    ([[0, 0, 1], "abc"], "situation 2 is not a list of numbers"),
    ("001", "the inputs must be a list of situations, each a list of numbers"),
    (5, "the inputs must be a list of situations, each a list of numbers"),
    (None, "the inputs must be a list of situations, each a list of numbers"),
    (np.zeros((2, 2, 3)), "the inputs must be a table of situations, one row each"),
    ([[0, 0, 1], [0, np.nan, 1]], f"situation 2, input 2 is nan; inputs {LIMITS}"),
    ([[0, 0, 1], [0, 1, np.inf]], f"situation 2, input 3 is inf; inputs {LIMITS}"),
    (np.array([[0, 0, 1], [1e4, 0, 0]]), f"situation 2, input 1 is 10000; inputs {LIMITS}"),
])
def test_input_messages(x, message):
    for action in (lambda: NET.predict(x), lambda: NET.copy().train(x, [0, 1, 1, 0][:1], 1)):
        with pytest.raises(ValueError) as caught:
            action()
        assert str(caught.value) == message


@pytest.mark.parametrize("y, message", [
    ([0, 1, 1], "4 situations but 3 expected outputs"),
    ([[0, 1], [1, 0], [1, 1], [0, 0]], "the expected output of situation 1 must be one number"),
    (np.zeros((4, 2)), "each situation needs one number as its expected output, not 2"),
    ([0, 1, "1", 0], "the expected output of situation 3 must be one number"),
    ([0, 1, None, 0], "the expected output of situation 3 must be one number"),
    ([[0], [1], [1, 1], [0]], "the expected output of situation 3 must be one number"),
    ("0110", "the expected outputs must be a list with one number per situation"),
    (np.zeros((4, 1, 1)), "the expected outputs must be a table with one number per situation"),
    ([0, 1, np.nan, 0], f"the expected output of situation 3 is nan; it {LIMITS}"),
    (np.array([0, 1, 1, -1e9]), f"the expected output of situation 4 is -1e+09; it {LIMITS}"),
])
def test_target_messages(y, message):
    for action in (lambda: NET.copy().train(TASK_X, y, 1), lambda: NET.copy().step(TASK_X, y),
                   lambda: NET.loss(TASK_X, y)):
        with pytest.raises(ValueError) as caught:
            action()
        assert str(caught.value) == message


def test_expected_outputs_of_a_wider_output_layer():
    net = Network([3, 2], seed=1)
    net.step([0, 1, 1], [0.5, 1])  # one situation given flat
    net.step([[0, 1, 1]], [[0.5, 1]])
    with pytest.raises(ValueError, match="^the expected output of situation 2 must be 2 numbers$"):
        net.step([[0, 1, 1], [1, 1, 1]], [[0.5, 1], [1]])


@pytest.mark.parametrize("lr", [-1, -1e-9, np.nan, np.inf, 1e101, 10**400, "0.5", None, [1]])
def test_learning_rate_messages(lr):
    with pytest.raises(ValueError, match=r"^the learning rate must be a number from 0 to 1e\+06, not "):
        NET.copy().train(TASK_X, TASK_Y, 1, learning_rate=lr)
    with pytest.raises(ValueError, match=r"^the learning rate must be a number from 0 to 1e\+06, not "):
        NET.copy().step(TASK_X, TASK_Y, learning_rate=lr)


@pytest.mark.parametrize("iterations", [-1, 2.5, "10", None, np.nan])
def test_iteration_messages(iterations):
    with pytest.raises(ValueError, match="^the number of iterations must be a whole number ≥ 0, not "):
        NET.copy().train(TASK_X, TASK_Y, iterations)


def test_whole_float_iterations_are_accepted():
    assert NET.copy().train(TASK_X, TASK_Y, 1e2).shape == (100,)
    assert NET.copy().train(TASK_X, TASK_Y, np.int64(7)).shape == (7,)


def test_no_situations():
    for action in (lambda: NET.copy().train([], [], 3), lambda: NET.copy().step(np.zeros((0, 3)), [])):
        with pytest.raises(ValueError, match="^there are no situations to learn from$"):
            action()
