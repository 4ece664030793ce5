"""The input space's geometry against cases worked out by hand, without Qt."""

from __future__ import annotations

import math

import numpy as np
import pytest
from helpers.article import RIDDLE, X, Y

from nngui.model import geometry
from nngui.model.geometry import (
    boundary,
    box_corners,
    box_edges,
    contour,
    crossings,
    hidden_activations,
    hidden_space,
    input_space,
    project,
    rotation,
    side,
)
from nngui.model.network import Network
from nngui.model.scenario import load_preset


def same_cycle(points: np.ndarray, expected: list[list[float]], atol: float = 1e-9) -> bool:
    """Whether `points` are `expected` in the same cyclic order (any starting corner, this direction)."""
    expected_array = np.array(expected, dtype=float)
    if points.shape != expected_array.shape:
        return False
    return any(np.allclose(np.roll(points, shift, axis=0), expected_array, atol=atol)
               for shift in range(len(points)))


def normal_of(points: np.ndarray) -> np.ndarray:
    """The polygon's orientation: the sum of its corners' cross products (Newell's method)."""
    return np.sum(np.cross(points, np.roll(points, -1, axis=0)), axis=0)


# -- the box ----------------------------------------------------------------------------------------

def test_the_cube_has_8_corners_in_counting_order_and_12_edges():
    corners = box_corners([0, 0, 0], [1, 1, 1])
    assert corners.tolist()[:3] == [[0, 0, 0], [0, 0, 1], [0, 1, 0]]
    assert corners.tolist()[-1] == [1, 1, 1]
    edges = box_edges(3)
    assert len(edges) == 12
    for i, j in edges:  # each edge joins corners that differ in exactly one input
        assert np.sum(corners[i] != corners[j]) == 1
    assert box_corners([-1, 0], [2, 5]).tolist() == [[-1, 0], [-1, 5], [2, 0], [2, 5]]
    assert sorted(box_edges(2)) == [(0, 1), (0, 2), (1, 3), (2, 3)]


# -- the boundary plane ---------------------------------------------------------------------------------

def test_an_axis_aligned_plane_is_a_square_across_the_cube():
    # input 1 = 0.5: 2·x₁ − 1 = 0, the square halfway along input 1
    points = boundary([2.0, 0.0, 0.0], -1.0)
    assert same_cycle(points, [[0.5, 0, 0], [0.5, 1, 0], [0.5, 1, 1], [0.5, 0, 1]])
    assert normal_of(points)[0] > 0  # counter-clockwise seen from the side that answers above 0.5
    assert side([2.0, 0.0, 0.0], -1.0) == 0


def test_a_diagonal_plane_through_three_corners_is_their_triangle():
    # x₁ + x₂ + x₃ = 1 passes exactly through 100, 010 and 001
    points = boundary([1.0, 1.0, 1.0], -1.0)
    assert same_cycle(points, [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    assert np.all(normal_of(points) > 0)
    # x₁ + x₂ + x₃ = 1.5 cuts the middle of six edges: a regular hexagon
    hexagon = boundary([1.0, 1.0, 1.0], -1.5)
    assert hexagon.shape == (6, 3)
    assert np.allclose(hexagon.sum(axis=1), 1.5)
    sides = np.linalg.norm(hexagon - np.roll(hexagon, 1, axis=0), axis=1)
    assert np.allclose(sides, math.sqrt(0.5))


def test_a_plane_that_misses_the_cube_has_no_corners_and_tells_the_side():
    assert boundary([1.0, 1.0, 1.0], 1.0).shape == (0, 3)  # x₁ + x₂ + x₃ = −1
    assert side([1.0, 1.0, 1.0], 1.0) == 1    # every corner answers above 0.5
    assert side([1.0, 1.0, 1.0], -4.0) == -1  # every corner answers below 0.5
    assert boundary([0.0, 0.0, 0.0], 0.0).shape == (0, 3)  # no weights: no boundary at all
    assert boundary([1.0, 0.0, 0.0], 0.0).shape == (4, 3)  # the face x₁ = 0 itself is on the boundary
    assert boundary([1.0, 1.0, 0.0], 0.0).shape == (0, 3)  # only touches the edge x₁ = x₂ = 0
    assert side([1.0, 1.0, 0.0], 0.0) == 1                  # ... and the cube answers 0.5 or more
    assert side([1.0, 2.0, 3.0], 0.0) == 1 and boundary([1.0, 2.0, 3.0], 0.0).shape == (0, 3)  # touches 000
    assert side([0.0, 0.0, 0.0], 0.0) == 0                  # 0.5 everywhere
    assert boundary([np.nan, 1.0, 0.0], 0.0).shape == (0, 3)


def test_the_article_s_trained_weights_give_a_quadrilateral_through_000():
    # 9.67·x₁ − 0.21·x₂ − 4.63·x₃ = 0. Without a bias the plane passes through 000; it crosses the
    # edges 010–110 at x₁ = 0.21/9.67, 011–111 at 4.84/9.67 and 001–101 at 4.63/9.67.
    w = [9.67, -0.21, -4.63]
    points = boundary(w, 0.0)
    assert same_cycle(points, [[0, 0, 0], [0.21 / 9.67, 1, 0], [4.84 / 9.67, 1, 1], [4.63 / 9.67, 0, 1]])
    assert np.allclose(points @ np.array(w), 0.0)
    assert normal_of(points) @ np.array(w) > 0
    # The riddle 100 is on the side that answers 1 (9.67 > 0), situation 001 on the 0 side.
    assert np.array([1, 0, 0]) @ w > 0 > np.array([0, 0, 1]) @ w


def test_a_line_across_the_square_and_a_point_on_the_line():
    assert boundary([1.0, 1.0], -1.0).tolist() == [[0, 1], [1, 0]]   # the square's diagonal
    assert boundary([1.0, -1.0], 0.0).tolist() == [[0, 0], [1, 1]]
    assert boundary([4.0], -1.0).tolist() == [[0.25]]
    assert boundary([4.0], 1.0).shape == (0, 1)
    assert side([4.0], 1.0) == 1
    # a larger box: 2 ≤ x₁ ≤ 4 crossed at 3
    assert boundary([1.0], -3.0, [2.0], [4.0]).tolist() == [[3.0]]


# -- the projection --------------------------------------------------------------------------------------

def test_the_projection_faces_the_cube_at_yaw_and_pitch_0():
    points = [[0.5, 0.5, 0.5], [1, 0.5, 0.5], [0.5, 0.5, 1], [0.5, 0, 0.5], [1, 0, 0.5]]
    screen, depth = project(points, 0.0, 0.0, distance=3.0)
    assert np.allclose(screen[0], [0, 0]) and depth[0] == 0
    assert np.allclose(screen[1], [0.5, 0])   # input 1 to the right, at the centre's depth: unscaled
    assert np.allclose(screen[2], [0, 0.5])   # input 3 up
    assert np.allclose(screen[3], [0, 0]) and depth[3] == -0.5  # input 2 = 0 is the near face
    assert np.allclose(screen[4], [0.5 * 3 / 2.5, 0])  # nearer points spread out: 3 / (3 − 0.5)


def test_yaw_turns_about_input_3_and_pitch_looks_from_above():
    screen, depth = project([[1, 0.5, 0.5]], math.radians(90), 0.0)
    assert np.allclose(screen, [[0, 0]]) and np.isclose(depth[0], 0.5)  # input 1 now points away
    screen, depth = project([[0.5, 0.5, 1], [0.5, 1, 0.5]], 0.0, math.radians(90))
    assert np.allclose(screen[0], [0, 0]) and np.isclose(depth[0], -0.5)  # the top face is nearest
    assert np.allclose(screen[1][1], 0.5)  # and the far side is at the top of the screen
    matrix = rotation(0.3, -0.7)
    assert np.allclose(matrix @ matrix.T, np.eye(3))  # a rotation: lengths and angles kept


def test_the_default_view_shows_the_top_and_front_of_the_cube():
    corners = box_corners([0, 0, 0], [1, 1, 1])
    screen, depth = project(corners, geometry.DEFAULT_YAW, geometry.DEFAULT_PITCH)
    assert screen[4, 0] > screen[0, 0]        # 100 to the right of 000
    assert screen[1, 1] > screen[0, 1]        # 001 above 000
    assert depth[7] > depth[0] or depth[2] > depth[0]  # something recedes
    assert len({tuple(p) for p in np.round(screen, 3)}) == 8  # no corner hides another


# -- answers over the box ---------------------------------------------------------------------------------

def test_the_contour_of_a_plane_is_its_line():
    xs = np.linspace(0, 1, 11)
    grid = xs[None, :] + xs[:, None]  # grid[i, j] = x_j + y_i
    segments = contour(grid, 0.95)
    assert segments.shape[0] == 10 + 9  # the line x + y = 0.95 crosses 19 cells
    assert np.allclose(segments.sum(axis=2), 0.95)
    assert contour(np.zeros((4, 4)), 0.5).shape == (0, 2, 2)


def test_the_contour_of_a_saddle_is_split_by_the_centre():
    grid = np.array([[1.0, 0.0], [0.0, 1.0]])  # the corners 00 and 11 are above 0.5
    segments = contour(grid, 0.5)
    assert segments.shape == (2, 2, 2)
    ends = sorted(tuple(sorted(map(tuple, s))) for s in segments.tolist())
    # centre 0.5 is not above 0.5, so the corners above are cut off on their own
    assert ends == [((0.0, 0.5), (0.5, 0.0)), ((0.5, 1.0), (1.0, 0.5))]


def test_crossings_of_a_curve():
    values = 1 / (1 + np.exp(-(8 * np.linspace(0, 1, 101) - 2)))  # sigmoid(8x − 2): 0.5 at x = 0.25
    assert np.allclose(crossings(values, 0.0, 1.0), [0.25], atol=1e-3)
    assert crossings(np.full(5, 0.9), 0.0, 1.0).size == 0


def test_the_article_s_input_space():
    network = Network.from_weights([[[9.67], [-0.21], [-4.63]]])
    space = input_space(network, X, Y, RIDDLE)
    assert space.dims == 3 and space.axes == (0, 1, 2) and space.single
    assert space.corner_answers.tolist() == network.predict(box_corners([0] * 3, [1] * 3))[:, 0].tolist()
    assert space.corner_answers[0] == 0.5          # 000: the weighted sum is 0 without a bias
    assert np.allclose(space.points, X) and space.exact.all()
    assert space.expected.tolist() == Y.tolist()
    assert space.riddle.tolist() == RIDDLE and space.riddle_answer > 0.9999
    (plane,) = space.planes
    assert plane.neuron is None and plane.side == 0 and plane.points.shape == (4, 3)
    assert space.grid is None


def test_more_inputs_than_axes_hold_the_others_at_the_riddle():
    network = Network.from_weights([[[1.0], [2.0], [3.0], [4.0], [-5.0]]])
    x = np.array([[0, 0, 0, 1, 1], [1, 1, 1, 0, 0]], dtype=float)
    riddle = [0, 0, 0, 1, 0.5]
    space = input_space(network, x, [1, 0], riddle, axes=(1, 3, 0))
    assert space.held.tolist() == riddle and space.size == 5
    assert space.exact.tolist() == [False, False]  # input 5 is 1 and 0, the riddle's is 0.5
    assert space.points.tolist() == [[0, 1, 0], [1, 0, 1]]
    (plane,) = space.planes
    # 2·x₂ + 4·x₄ + 1·x₁ + (3·0 − 5·0.5) = 0
    assert plane.weights.tolist() == [2, 4, 1] and plane.offset == -2.5
    values = space.corner_values(7)
    assert values.tolist() == [1, 1, 0, 1, 0.5]
    assert space.corner_answers[7] == pytest.approx(network.predict(values)[0])
    with pytest.raises(ValueError):
        input_space(network, x, [1, 0], riddle, axes=(1, 1))


def test_two_inputs_give_a_heatmap_and_one_input_a_curve():
    network = Network.from_weights([[[4.0], [4.0]]], biases=[[-4.0]])
    space = input_space(network, [[0, 0], [1, 1]], [0, 1], [1, 0], resolution=21)
    assert space.grid.shape == (21, 21)
    assert space.grid[0, 0] == pytest.approx(1 / (1 + math.e ** 4))   # x₁ = x₂ = 0
    assert space.grid[0, 20] == pytest.approx(0.5)                     # x₁ = 1, x₂ = 0
    assert np.allclose(space.contour.sum(axis=2), 1.0, atol=1e-2)      # along x₁ + x₂ = 1
    assert space.planes[0].points.tolist() == [[0, 1], [1, 0]]
    line = input_space(Network.from_weights([[[8.0]]], biases=[[-2.0]]), [[0], [1]], [0, 1], [0.5])
    assert line.grid.shape == (geometry.GRID_RESOLUTION,)
    assert np.allclose(line.contour, [0.25], atol=1e-3)
    assert line.planes[0].points.tolist() == [[0.25]]


def test_the_box_grows_to_hold_situations_outside_0_to_1():
    network = Network.from_weights([[[1.0], [1.0]]])
    space = input_space(network, [[-2, 0.5], [0.5, 3]], [0, 1], [0, 0])
    assert space.low.tolist() == [-2, 0] and space.high.tolist() == [1, 3]


def test_hidden_planes_and_the_hidden_space_of_xor():
    scenario = load_preset("xor")
    scenario.hidden_layers = [3]
    network = scenario.network()
    network.train(scenario.X(), scenario.y(), 20_000)
    x, y = scenario.X(), scenario.y()
    space = input_space(network, x, y, scenario.riddle)
    assert not space.single and [p.neuron for p in space.planes] == [0, 1, 2]
    for plane, k in zip(space.planes, range(3)):
        assert plane.weights.tolist() == network.weights[0][:, k].tolist()
    hidden = hidden_activations(network, x)
    assert np.allclose(hidden, network.forward(x)[1])
    inner = hidden_space(network, x, y, scenario.riddle)
    assert inner.kind == "hidden" and inner.dims == 3 and inner.single
    assert np.allclose(inner.points, hidden) and inner.exact.all()
    assert np.allclose(inner.answers, network.predict(x)[:, 0])
    assert np.allclose(inner.inputs, x)
    # Trained, the output neuron's plane separates XOR's 1s from its 0s in the hidden space.
    (plane,) = inner.planes
    sums = inner.points @ plane.weights + plane.offset
    assert np.all((sums > 0) == (y[:, 0] > 0.5))
    assert plane.points.shape[0] >= 3
    with pytest.raises(ValueError):
        hidden_space(Network([3, 1]), x, y, scenario.riddle)


def test_a_hidden_space_of_more_than_three_neurons_holds_the_rest_at_the_riddle():
    scenario = load_preset("xor-hidden")  # a hidden layer of 4
    network = scenario.network()
    inner = hidden_space(network, scenario.X(), scenario.y(), scenario.riddle, axes=(3, 0, 1))
    riddle_hidden = network.forward(np.array(scenario.riddle, dtype=float))[1]
    assert np.allclose(inner.held, riddle_hidden) and inner.size == 4
    (plane,) = inner.planes
    w = network.weights[1][:, 0]
    assert np.isclose(plane.offset, w[2] * riddle_hidden[2])
    assert plane.weights.tolist() == [w[3], w[0], w[1]]
