"""The "Learn the math" panel shows one iteration with the article's numbers, and navigates and copies."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from nngui.model import numbers
from nngui.model.network import Network
from nngui.qt.widgets.explain import HISTORY, ExplainPanel

WORKED_X = np.array([[0, 0, 1], [0, 1, 0], [1, 0, 1], [1, 1, 0]], dtype=float)
WORKED_Y = np.array([0, 0, 1, 1], dtype=float)


@pytest.fixture
def panel(qtbot):
    widget = ExplainPanel()
    qtbot.addWidget(widget)
    widget.resize(440, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def matrix(panel: ExplainPanel, name: str, occurrence: int = 0) -> QTableView:
    """The shown matrix called `name` (its accessible name starts with the name and a colon)."""
    views = [v for v in panel.findChildren(QTableView, "matrix")
             if v.accessibleName().split(":")[0] == name]
    assert views, f"no matrix called {name!r}"
    return views[occurrence]


def cells(view: QTableView, role=Qt.ItemDataRole.DisplayRole) -> list[list[str]]:
    model = view.model()
    return [[model.data(model.index(r, c), role) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def column(view: QTableView, role=Qt.ItemDataRole.DisplayRole) -> list[str]:
    return [row[0] for row in cells(view, role)]


def worked_trace():
    return Network.from_weights([np.full((3, 1), 0.5)]).step(WORKED_X, WORKED_Y)


def test_worked_example_shows_the_articles_numbers(panel, qtmodeltester):
    trace = worked_trace()
    panel.show_trace(trace, 1)

    text = panel.text()
    for number in ["0.606", "0.407", "0.106", "−0.093", "0.622", "0.731", "−0.622", "0.269"]:
        assert number in text
    assert "Iteration 1 of 1" in text
    assert panel.findChild(type(panel.iteration_label), "iterationLabel").text() == "Iteration 1 of 1"

    assert column(matrix(panel, "sum")) == ["0.5", "0.5", "1", "1"]
    assert column(matrix(panel, "out")) == ["0.622", "0.622", "0.731", "0.731"]
    assert column(matrix(panel, "error")) == ["−0.622", "−0.622", "0.269", "0.269"]
    assert column(matrix(panel, "adjustment")) == ["0.106", "−0.093", "−0.093"]
    new_w = matrix(panel, "new W")
    assert column(new_w) == ["0.606", "0.407", "0.407"]
    # Hovering a cell shows every digit.
    tips = column(new_w, Qt.ItemDataRole.ToolTipRole)
    assert [float(t) for t in tips] == list(trace.layers[0].weights_after[:, 0])
    assert tips[0].startswith("0.60575")
    qtmodeltester.check(new_w.model())
    # X and W appear as grids of real cells.
    assert cells(matrix(panel, "X")) == [["0", "0", "1"], ["0", "1", "0"], ["1", "0", "1"], ["1", "1", "0"]]
    # Each cell is wide enough for its number.
    for view in panel.findChildren(QTableView, "matrix"):
        metrics = view.fontMetrics()
        for r, row in enumerate(cells(view)):
            for c, value in enumerate(row):
                assert view.columnWidth(c) > metrics.horizontalAdvance(value)
                assert view.rowHeight(r) >= metrics.height()


def test_steps_follow_the_article_order(panel):
    panel.show_trace(worked_trace(), 1)
    text = panel.text()
    titles = ["Weigh the inputs", "Normalise with the sigmoid", "Compare with the expected output",
              "The slope of the sigmoid", "Delta = error × slope", "Adjustment = Xᵀ · delta",
              "New weights = W + adjustment"]
    positions = [text.index(f"{n}. {t}") for n, t in enumerate(titles, start=1)]
    assert positions == sorted(positions)
    assert "learning rate" not in text.lower()  # the rate is 1: nothing to say


def test_learning_rate_is_mentioned_when_not_one(panel):
    trace = Network.from_weights([np.full((3, 1), 0.5)]).step(WORKED_X, WORKED_Y, learning_rate=0.5)
    panel.show_trace(trace, 1)
    assert "The learning rate 0.5 scales every adjustment." in panel.text()
    assert column(matrix(panel, "adjustment")) == ["0.053", "−0.047", "−0.047"]


def test_back_and_forward_through_three_steps(panel, qtbot):
    net = Network.from_weights([np.full((3, 1), 0.5)])
    traces = [net.step(WORKED_X, WORKED_Y) for _ in range(3)]
    for number, trace in enumerate(traces, start=1):
        panel.show_trace(trace, number)
    assert panel.iteration_label.text() == "Iteration 3 of 3"
    assert not panel.forward_button.isEnabled()

    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert panel.current_trace() is traces[1]
    assert panel.iteration_label.text() == "Iteration 2 of 3"
    shown = [float(t) for t in column(matrix(panel, "W"), Qt.ItemDataRole.ToolTipRole)]
    assert shown == list(traces[1].layers[0].weights_before[:, 0])

    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert panel.current_trace() is traces[0]
    assert column(matrix(panel, "new W")) == ["0.606", "0.407", "0.407"]
    assert not panel.back_button.isEnabled()
    panel.back()  # nothing before the first
    assert panel.current_trace() is traces[0]

    qtbot.mouseClick(panel.forward_button, Qt.MouseButton.LeftButton)
    assert panel.current_trace() is traces[1]
    qtbot.mouseClick(panel.forward_button, Qt.MouseButton.LeftButton)
    assert panel.current_trace() is traces[2]
    assert not panel.forward_button.isEnabled()

    # A new step while looking back shows the new iteration.
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    newest = net.step(WORKED_X, WORKED_Y)
    panel.show_trace(newest, 4)
    assert panel.current_trace() is newest
    assert panel.iteration_label.text() == "Iteration 4 of 4"


def test_history_keeps_the_most_recent_iterations(panel):
    net = Network.from_weights([np.full((3, 1), 0.5)])
    panel.hide()  # nothing is built while hidden
    traces = [net.step(WORKED_X, WORKED_Y) for _ in range(HISTORY + 5)]
    for number, trace in enumerate(traces, start=1):
        panel.show_trace(trace, number)
    for _ in range(HISTORY + 5):
        panel.back()
    assert panel.current_trace() is traces[5]
    assert panel.iteration_label.text() == f"Iteration 6 of {HISTORY + 5}"
    panel.show()
    assert column(matrix(panel, "new W"), Qt.ItemDataRole.ToolTipRole)[0] == numbers.exact(
        traces[5].layers[0].weights_after[0, 0])


def test_copy_puts_every_digit_on_the_clipboard(panel, qtbot):
    trace = worked_trace()
    panel.show_trace(trace, 1)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    layer = trace.layers[0]
    assert repr(float(layer.weights_after[0, 0])) in copied
    assert repr(float(layer.adjustment[1, 0])) in copied
    assert repr(float(layer.output[0, 0])) in copied
    assert "−" not in copied  # ASCII minus when copying
    assert "Iteration 1 of 1" in copied
    # The Ctrl+C action does the same.
    QGuiApplication.clipboard().clear()
    panel.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == copied


def test_hidden_layer_matches_a_hand_computed_iteration(panel):
    w1 = np.array([[0.3, -0.8], [0.6, 0.1]])
    w2 = np.array([[1.2], [-0.7]])
    x = np.array([[0.0, 1.0], [1.0, 1.0], [1.0, 0.0]])
    y = np.array([[1.0], [0.0], [1.0]])
    trace = Network.from_weights([w1, w2]).step(x, y)
    panel.show_trace(trace, 1)

    # The iteration by hand, step by step.
    sum1 = x @ w1
    out1 = 1 / (1 + np.exp(-sum1))
    sum2 = out1 @ w2
    out2 = 1 / (1 + np.exp(-sum2))
    error2 = y - out2
    delta2 = error2 * out2 * (1 - out2)
    error1 = delta2 @ w2.T          # the output's delta sent back through the weights
    delta1 = error1 * out1 * (1 - out1)
    new_w2 = w2 + out1.T @ delta2
    new_w1 = w1 + x.T @ delta1

    expected = {"sum₁": sum1, "out₁": out1, "sum₂": sum2, "out₂": out2, "error₂": error2,
                "delta₂": delta2, "W₂ᵀ": w2.T, "error₁": error1, "delta₁": delta1,
                "adjustment₁": x.T @ delta1, "new W₂": new_w2, "new W₁": new_w1}
    for name, values in expected.items():
        view = matrix(panel, name)
        assert cells(view) == [[numbers.short(v) for v in row] for row in values], name
        tips = np.array([[float(t) for t in row] for row in cells(view, Qt.ItemDataRole.ToolTipRole)])
        np.testing.assert_allclose(tips, values, rtol=1e-12, atol=1e-15, err_msg=name)

    text = panel.text()
    assert "delta · Wᵀ" in text
    # Forward through both layers, then backward from the output layer.
    assert text.index("Weigh the inputs of hidden layer 1") \
        < text.index("Weigh the inputs of the output layer")
    assert text.index("Compare with the expected output (the output layer)") \
        < text.index("Send the error back (hidden layer 1)") \
        < text.index("New weights = W₁ + adjustment (hidden layer 1)")


def test_large_matrices_show_a_corner_and_say_what_is_left_out(panel):
    rs = np.random.RandomState(3)
    x = (rs.random_sample((1000, 64)) > 0.5).astype(float)
    trace = Network([64, 1], seed=2).step(x, x[:, :1])
    panel.show_trace(trace, 1)

    view = matrix(panel, "X")
    assert view.model().rowCount() == 8 and view.model().columnCount() == 6
    text = panel.text()
    assert "… 992 more rows" in text
    assert "… 58 more columns" in text
    notes = [label.text() for label in panel.findChildren(type(panel.iteration_label), "matrixNote")]
    assert any("1000 × 64" in n and "992 more rows" in n and "58 more columns" in n for n in notes)

    copied = panel.text(full_precision=True)
    assert "only the first 100 rows and columns are copied; 900 more rows" in copied
    assert len(copied) < 2_000_000


def test_clear_shows_the_placeholder_and_step_asks_the_window(panel, qtbot):
    panel.show_trace(worked_trace(), 1)
    panel.clear()
    assert panel.current_trace() is None
    assert "Press Step to see one iteration, number by number" in panel.text()
    assert panel.stack.currentWidget() is panel.placeholder
    assert not panel.copy_button.isEnabled()
    assert not panel.back_button.isEnabled() and not panel.forward_button.isEnabled()

    with qtbot.waitSignal(panel.stepRequested, timeout=1000):
        qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)

    panel.set_step_enabled(False, "Training is running")
    assert not panel.step_button.isEnabled()
    assert panel.step_button.toolTip() == "Training is running"
    with qtbot.assertNotEmitted(panel.stepRequested):
        qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    panel.set_step_enabled(True)
    assert panel.step_button.isEnabled()


def test_the_panels_step_button_leaves_the_windows_name_alone(qtbot):
    """The window's automation name "stepButton" names only its own button; the panel's has another."""
    from nngui.qt.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        panel = window.explain_panel
        assert panel.findChild(QPushButton, "explainStepButton") is panel.step_button
        assert window.findChildren(QWidget, "stepButton") == [window.step_button]
    finally:
        window.trainer.shutdown()


def test_bias_steps_are_shown(panel):
    net = Network.from_weights([np.full((3, 1), 0.5)], biases=[[0.25]])
    trace = net.step(WORKED_X, WORKED_Y)
    panel.show_trace(trace, 1)
    assert column(matrix(panel, "b")) == ["0.25"]
    new_b = column(matrix(panel, "new b"), Qt.ItemDataRole.ToolTipRole)
    assert float(new_b[0]) == trace.layers[0].bias_after[0]
    assert "New bias" in panel.text()
