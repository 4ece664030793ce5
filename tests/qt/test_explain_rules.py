"""The Explain panel follows the learning rules: tanh's slope, the perceptron's none, one at a time."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from nngui.model.scenario import Scenario, article_scenario

X = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]]
Y = [0, 1, 1, 0]


def step_in_explain(window, qtbot, scenario: Scenario, steps: int = 1) -> str:
    """Open the scenario in the window and press the Explain panel's Step; the panel's text."""
    window.document.set_scenario(scenario)
    window.explain_dock.show()
    window.explain_dock.raise_()
    qtbot.waitExposed(window.explain_panel)
    for _ in range(steps):
        with qtbot.waitSignal(window.session.stepped, timeout=10_000):
            qtbot.mouseClick(window.explain_panel.step_button, Qt.MouseButton.LeftButton)
    return window.explain_panel.text()


def shown(panel, name: str, occurrence: int = 0) -> np.ndarray:
    """The full-precision numbers of the shown matrix called `name` (from its cells' tooltips)."""
    views = [v for v in panel.findChildren(QTableView, "matrix") if v.accessibleName().split(":")[0] == name]
    assert views, f"no matrix called {name!r}"
    model = views[occurrence].model()
    return np.array([[float(model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole).replace("−", "-"))
                      for c in range(model.columnCount())] for r in range(model.rowCount())])


def examples(panel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, "example")]


def test_a_tanh_step_shows_tanhs_slope_and_the_traces_numbers(window, qtbot):
    scenario = Scenario(inputs=X, outputs=Y, riddle=[1, 0, 0], activation="tanh", seed=3)
    text = step_in_explain(window, qtbot, scenario)
    panel = window.explain_panel
    assert "Normalise with tanh" in text and "The slope of tanh" in text
    assert "1 − out²" in text and "slopes of tanh: 1 − out²" in text
    assert "sigmoid" not in text and "out × (1 − out)" not in text
    # The numbers are the iteration's, computed here from the starting weights.
    net = scenario.network()
    s = np.array(X, dtype=float) @ net.weights[0]
    out = np.tanh(s)
    np.testing.assert_allclose(shown(panel, "out"), out, rtol=0, atol=1e-12)
    np.testing.assert_allclose(shown(panel, "slope"), 1 - out ** 2, rtol=0, atol=1e-12)
    delta = (np.array(Y, dtype=float)[:, None] - out) * (1 - out ** 2)
    np.testing.assert_allclose(shown(panel, "delta"), delta, rtol=0, atol=1e-12)
    np.testing.assert_allclose(shown(panel, "new W"), net.weights[0] + np.array(X).T @ delta, atol=1e-12)
    trace = window.session.last_trace
    np.testing.assert_allclose(shown(panel, "slope"), trace.layers[0].slope, rtol=0, atol=0)
    # The worked examples use tanh's formulas.
    worked = examples(panel)
    assert any(e.startswith("Situation 1: tanh(") for e in worked), worked
    slope_example = next(e for e in worked if "²" in e)
    o = float(out[0, 0])
    assert slope_example.startswith("Situation 1: 1 − ") and f"{1 - o * o:.3f}"[:4] in slope_example


def test_the_perceptron_says_it_has_no_slope(window, qtbot):
    scenario = Scenario(inputs=X, outputs=[0, 0, 0, 1], riddle=[1, 0, 0], activation="step")
    text = step_in_explain(window, qtbot, scenario)
    assert "The step function has no slope: the perceptron rule adjusts by the error itself" in text
    assert "Normalise with the step function" in text and "Delta = error (no slope)" in text
    names = [v.accessibleName().split(":")[0] for v in window.explain_panel.findChildren(QTableView)]
    assert "The slope of" not in text and "slope" not in names
    panel = window.explain_panel
    out = shown(panel, "out")
    assert set(out.ravel()) <= {0.0, 1.0}
    np.testing.assert_array_equal(shown(panel, "delta"), shown(panel, "error"))


def test_cross_entropy_says_the_delta_is_the_error(window, qtbot):
    scenario = Scenario(inputs=X, outputs=Y, riddle=[1, 0, 0], loss="cross-entropy")
    text = step_in_explain(window, qtbot, scenario)
    assert "(cross-entropy)" in text and "the mean of error²" not in text
    assert "the sigmoid's slope cancels" in text
    np.testing.assert_array_equal(shown(window.explain_panel, "delta"), shown(window.explain_panel, "error"))


def test_online_updates_show_the_order_and_each_situations_adjustment(window, qtbot):
    scenario = Scenario(inputs=X, outputs=Y, riddle=[1, 0, 0], updates="online")
    text = step_in_explain(window, qtbot, scenario)
    assert ("Situations one at a time, in the order 1, 2, 3, 4: each adjusts the weights before the next"
            in text)
    assert "Situation 3, taken 3 of 4" in text
    panel = window.explain_panel
    # Each situation's card starts from the weights the one before it left.
    trace = window.session.last_trace
    for k in range(1, 4):
        np.testing.assert_array_equal(shown(panel, "W", 2 + k), shown(panel, "new W", k))
    net = scenario.network()
    w = net.weights[0].copy()
    for j in range(4):  # by hand: one situation at a time
        x = np.array([X[j]], dtype=float)
        out = 1 / (1 + np.exp(-(x @ w)))
        w = w + x.T @ ((Y[j] - out) * out * (1 - out))
    np.testing.assert_allclose(shown(panel, "new W", 1), trace.situations[0].layers[0].weights_after, atol=0)
    np.testing.assert_allclose(shown(panel, "new W", 4), w, rtol=0, atol=1e-12)
    np.testing.assert_allclose(shown(panel, "new W", 0), w, rtol=0, atol=1e-12)


def test_shuffled_updates_follow_the_seeds_order(window, qtbot):
    scenario = Scenario(inputs=X, outputs=Y, riddle=[1, 0, 0], updates="shuffled", seed=5)
    text = step_in_explain(window, qtbot, scenario, steps=2)
    trace = window.session.last_trace
    order = ", ".join(str(j + 1) for j in trace.order)
    assert f"in the order {order} (shuffled by the seed)" in text
    assert list(trace.order) == scenario.network().situation_order(2, 4)
    first = trace.order[0] + 1
    assert any(e.startswith(f"Situation {first}: ") for e in examples(window.explain_panel))


def test_the_articles_page_is_unchanged(window, qtbot):
    text = step_in_explain(window, qtbot, article_scenario())
    assert "Error before this iteration (the mean of error²)" in text
    assert "The slope of the sigmoid" in text and "one at a time" not in text



def test_many_situations_one_at_a_time_get_a_few_cards(window, qtbot):
    inputs = [[a, b, c] for a in (0, 1) for b in (0, 1) for c in (0, 1)] * 5
    scenario = Scenario(inputs=inputs, outputs=[row[0] for row in inputs], riddle=[1, 0, 0], updates="online")
    text = step_in_explain(window, qtbot, scenario)
    assert "in the order 1, 2, 3," in text and ", 30, …:" in text and ", 31" not in text
    assert "Situation 8, taken 8 of 40" in text and "taken 9 of 40" not in text
    assert "The first 8 situations taken show their own adjustments at the end." in text
