"""The training timeline: replay any iteration exactly, train on from the past, compare runs, export."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from helpers.article import RIDDLE, X, Y
from helpers.dialogs import answering, choosing_files
from PySide6.QtCore import QPoint, QPointF, Qt

from nngui.model.network import Network
from nngui.qt import MainWindow


def train_through_button(qtbot, window: MainWindow, timeout: int = 60_000) -> None:
    with qtbot.waitSignal(window.session.finished, timeout=timeout):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)


def core(iterations: int, learning_rate: float = 1.0) -> Network:
    network = Network([3, 1])
    network.train(X, Y, iterations, learning_rate)
    return network


def drag_to(qtbot, window: MainWindow, iteration: int) -> None:
    """Move the timeline as a keyboard user would: Home, then the arrow keys and PgUp/PgDn."""
    slider = window.timeline_slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    while slider.value() + slider.pageStep() <= iteration:
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    while slider.value() < iteration:
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.viewed_iteration == iteration)


def test_the_slider_goes_back_to_the_untrained_network_and_forward_to_the_trained(qtbot, window):
    train_through_button(qtbot, window)
    session, slider = window.session, window.timeline_slider
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, 10_000, 10_000)
    trained = window.riddle_answer()
    assert trained == pytest.approx(0.99993704, abs=1e-8)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: session.viewed_iteration == 0)
    untrained = float(Network([3, 1]).predict(RIDDLE)[0])
    assert window.riddle_answer() == untrained
    # Every view shows iteration 0: the answer card, the verdict, the truth table and the diagram.
    assert window.answer_card.verdict_label.text() != ""
    assert "of 4 situations right" in window.answer_card.verdict_label.text()
    assert session.verdict().right < 4
    untrained_weights = Network([3, 1]).weights[0][:, 0].tolist()
    qtbot.waitUntil(lambda: [window.diagram.edge_item(0, i, 0).weight for i in range(3)] == untrained_weights)
    assert window.timeline_bar.label.text().startswith("Iteration 0 of 10")
    assert window.answer_card.caption.text() == "The network's answer to the riddle after iteration 0:"
    assert window.diagram_panel.title.text() == "The network after iteration 0 (End: the last)"
    qtbot.keyClick(slider, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: session.viewed_iteration == 10_000)
    assert not session.is_viewing_past()
    assert window.riddle_answer() == trained and session.verdict().right == 4
    assert window.answer_card.caption.text() == "The network's answer to the riddle:"
    assert window.diagram_panel.title.text() == "The network"


def test_every_iteration_shows_exactly_what_the_core_computed(qtbot, window):
    window.settings_bar.iterations_spin.setValue(20_000)
    train_through_button(qtbot, window)
    session = window.session
    for iteration in (1, 2, 3, 15, 16, 17, 1234, 9_999, 10_000, 19_999, 20_000):
        assert np.array_equal(session.weights_at(iteration)[0], core(iteration).weights[0]), iteration
    drag_to(qtbot, window, 1_234)
    expected = core(1_234)
    assert np.array_equal(session.network.weights[0], expected.weights[0])
    assert window.riddle_answer() == float(expected.predict(RIDDLE)[0])
    loss = window.session.losses()[1_233]
    assert window.loss_plot._latest.text == f"Loss at iteration 1,234: {loss:.4g}"
    assert window.status.loss_now_label.text().startswith("at iteration 1,234: ")
    # The Explain panel shows the step taken at that iteration, with its numbers.
    assert window.explain_panel.current_iteration() == 1_234
    trace = window.explain_panel.current_trace()
    assert np.array_equal(trace.layers[0].weights_before, core(1_233).weights[0])


def test_a_hidden_layer_network_replays_exactly_too(qtbot, window):
    window.load_preset("xor-hidden")
    window.settings_bar.iterations_spin.setValue(3_000)
    train_through_button(qtbot, window)
    session = window.session
    scenario = window.document.scenario
    for iteration in (1, 7, 500, 2_999, 3_000):
        network = scenario.network()
        network.train(scenario.X(), scenario.y(), iteration, scenario.learning_rate)
        for shown, trained in zip(session.weights_at(iteration), network.weights, strict=True):
            assert np.array_equal(shown, trained), iteration


def test_training_is_deterministic(qtbot, window):
    """The timeline rests on this: the same start and settings give the same weights, bit for bit,
    whether trained at once, in pieces, in the training process or in this one."""
    first = core(10_000).weights[0]
    pieces = Network([3, 1])
    for count in (1, 999, 3_000, 6_000):
        pieces.train(X, Y, count)
    assert np.array_equal(first, pieces.weights[0])
    train_through_button(qtbot, window)  # in the training process, in chunks of its own choosing
    assert np.array_equal(window.session.network.weights[0], first)


def test_train_from_the_past_asks_and_continues_from_there_undoably(qtbot, window):
    train_through_button(qtbot, window)
    drag_to(qtbot, window, 3_000)
    session = window.session
    with answering("Continue from Here") as shown:
        train_through_button(qtbot, window)
    assert shown.names == ["branchBox"]
    assert session.iteration == 13_000 and len(session.losses()) == 13_000
    assert np.array_equal(session.network.weights[0], core(13_000).weights[0])
    assert np.array_equal(session.weights_at(2_000)[0], core(2_000).weights[0])
    # Undo brings the dropped iterations back, then undoes the dropping itself.
    window.document.undo_stack.undo()
    assert session.iteration == 10_000
    assert np.array_equal(session.network.weights[0], core(10_000).weights[0])
    assert np.array_equal(session.weights_at(9_000)[0], core(9_000).weights[0])
    assert window.timeline_slider.maximum() == 10_000


def test_train_from_the_past_can_go_to_the_end_instead(qtbot, window):
    train_through_button(qtbot, window)
    drag_to(qtbot, window, 500)
    with answering("Go to the End"):
        train_through_button(qtbot, window)
    assert window.session.iteration == 20_000
    assert np.array_equal(window.session.network.weights[0], core(20_000).weights[0])


def test_cancel_leaves_everything_as_it_was(qtbot, window):
    train_through_button(qtbot, window)
    drag_to(qtbot, window, 500)
    with answering("Cancel"):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    assert window.session.viewed_iteration == 500 and window.session.iteration == 10_000
    assert not window.session.is_running()


def test_a_weight_cannot_be_edited_in_the_past(qtbot, window):
    train_through_button(qtbot, window)
    drag_to(qtbot, window, 10)
    before = window.session.network.weights[0].copy()
    window.session.edit_weight(0, 0, 0, 5.0)
    assert "iteration 10" in window.statusBar().currentMessage()
    assert np.array_equal(window.session.network.weights[0], before)


def test_comparing_three_learning_rates(qtbot, window):
    window.settings_bar.iterations_spin.setValue(2_000)
    first_weights = window.session.network.weights[0].copy()
    window.settings_bar.learning_rate_spin.setValue(0.1)
    train_through_button(qtbot, window)
    slow = window.session.losses()
    for rate in (1.0, 10.0):
        window.settings_bar.learning_rate_spin.setValue(rate)
        with qtbot.waitSignal(window.session.finished, timeout=60_000):
            qtbot.mouseClick(window.timeline_bar.run_again_button, Qt.MouseButton.LeftButton)
        # Afresh from the same first weights, with the rate now shown.
        assert np.array_equal(window.session.weights_at(0)[0], first_weights)
        assert np.array_equal(window.session.network.weights[0], core(2_000, rate).weights[0])
    compared = window.session.compared
    assert [run.learning_rate for run in compared] == [0.1, 1.0]
    assert np.array_equal(compared[0].losses, slow)
    assert len(window.loss_plot.marks.curves) == 2
    buttons = window.timeline_bar.run_buttons
    assert [b.text() for b in buttons] == ["✕ 1. learning rate 0.1 · no hidden layer · seed 1",
                                            "✕ 2. learning rate 1 · no hidden layer · seed 1"]
    assert window.timeline_bar.current_run_label.text() == \
        "3. learning rate 10 · no hidden layer · seed 1 (this run)"
    colours = [c.opts["pen"].color().name() for c in window.loss_plot.marks.curves]
    # A larger rate learns faster here: the last loss of each run says so.
    assert slow[-1] > compared[1].losses[-1] > window.session.losses()[-1]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.session.compared) == 1)
    assert window.session.compared[0].learning_rate == 1.0
    assert len(window.loss_plot.marks.curves) == 1
    # The run that stays keeps its number and its colour.
    assert window.timeline_bar.run_buttons[0].text().startswith("✕ 2. learning rate 1 ")
    assert window.loss_plot.marks.curves[0].opts["pen"].color().name() == colours[1]


def test_at_most_four_earlier_runs_are_kept(qtbot, window):
    window.settings_bar.iterations_spin.setValue(50)
    train_through_button(qtbot, window)
    for _ in range(6):
        with qtbot.waitSignal(window.session.finished, timeout=60_000):
            qtbot.mouseClick(window.timeline_bar.run_again_button, Qt.MouseButton.LeftButton)
    assert len(window.session.compared) == 4 and len(window.timeline_bar.run_buttons) == 4


def test_history_csv_has_every_iteration_its_loss_and_weights(qtbot, window, tmp_path):
    window.settings_bar.iterations_spin.setValue(300)
    train_through_button(qtbot, window)
    path = tmp_path / "history.csv"
    with choosing_files(path):
        window.export_history_csv_action.trigger()
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["iteration", "loss", "input 1 → output 1", "input 2 → output 1", "input 3 → output 1"]
    assert len(rows) == 1 + 301 and rows[1][:2] == ["0", ""]
    losses = window.session.losses()
    for iteration in (1, 150, 300):
        row = rows[1 + iteration]
        assert int(row[0]) == iteration and float(row[1]) == losses[iteration - 1]
        assert [float(v) for v in row[2:]] == core(iteration).weights[0].reshape(-1).tolist()


def trained_weights_plot(qtbot, window):
    """View → Weights over Time, then Train: the plot once it has drawn the whole run."""
    window.weights_action.trigger()
    train_through_button(qtbot, window)
    panel = window.weights_plot
    qtbot.waitUntil(lambda: len(panel.curves) == 3 and panel.curves[0][0].getData()[0][-1] == 10_000)
    return panel


def test_weights_plot_draws_each_weight_and_names_it_on_hover(qtbot, window):
    panel = trained_weights_plot(qtbot, window)
    x, y = panel.curves[0][0].getData()
    assert x[0] == 0 and x[-1] == 10_000 and y[-1] == window.session.network.weights[0][0, 0]
    # Hover the first weight's curve near its end.
    box = panel.plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: box.viewRange()[0][1] >= 9_000)
    widget_point = panel.plot.mapFromScene(box.mapViewToScene(QPointF(float(x[-40]), float(y[-40]))))
    with qtbot.waitSignal(panel.weightHovered, timeout=5_000) as hovered:
        qtbot.mouseMove(panel.plot.viewport(), QPoint(int(widget_point.x()), int(widget_point.y())))
    assert hovered.args[0] == (0, 0, 0)
    assert panel.hover_label.text().startswith("input 1 → output 1")
    assert window.diagram.edge_item(0, 0, 0).hovered  # the diagram lights up the same weight
    assert not window.diagram.edge_item(0, 1, 0).hovered


def test_hovering_the_loss_curve_names_the_iteration_and_loss(qtbot, window):
    train_through_button(qtbot, window)
    plot = window.loss_plot
    box = plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: box.viewRange()[0][1] >= 9_000)
    losses = window.session.losses()
    iteration = 200
    point = plot.mapFromScene(box.mapViewToScene(QPointF(iteration, float(losses[iteration - 1]))))
    qtbot.mouseMove(plot.viewport(), QPoint(int(point.x()), int(point.y())))
    qtbot.waitUntil(lambda: plot.marks.hovered is not None)
    shown, loss = plot.marks.hovered
    (left, right), _ = box.viewRange()
    per_pixel = (right - left) / box.width()
    assert abs(shown - iteration) <= 3 * per_pixel + 1 and loss == losses[shown - 1]
    assert plot.marks.hover_text.toPlainText().startswith(f"Iteration {shown}: loss ")


def test_a_saved_file_keeps_the_timeline(qtbot, window, add_window, tmp_path):
    window.settings_bar.iterations_spin.setValue(3_000)
    train_through_button(qtbot, window)
    window.settings_bar.learning_rate_spin.setValue(0.5)
    train_through_button(qtbot, window)
    path = tmp_path / "timeline.nngui.json"
    assert window.save_to(path)
    again = add_window(MainWindow())
    assert again.open_file(path, confirm=False)
    session = again.session
    assert session.iteration == 6_000 and again.timeline_slider.minimum() == 0
    expected = core(3_000)
    assert np.array_equal(session.weights_at(3_000)[0], expected.weights[0])
    expected.train(X, Y, 1_234, 0.5)
    assert np.array_equal(session.weights_at(4_234)[0], expected.weights[0])
    assert np.array_equal(session.weights_at(17)[0], core(17).weights[0])


def test_a_damaged_timeline_is_refused_with_its_place(qtbot, window, tmp_path):
    import json

    window.settings_bar.iterations_spin.setValue(300)
    train_through_button(qtbot, window)
    path = tmp_path / "t.nngui.json"
    assert window.save_to(path)
    data = json.loads(path.read_text())
    data["trained"]["timeline"]["parts"][0]["weights"] = [1.0, 2.0]
    bad = tmp_path / "bad.nngui.json"
    bad.write_text(json.dumps(data))
    before = window.session.network.weights[0].copy()
    with answering() as shown:
        assert not window.open_file(bad, confirm=False)
    assert shown == ["bad.nngui.json: trained network, training timeline, part 1, weights: 2 numbers; "
                     "expected 3 (every weight, then every bias, layer by layer)"]
    assert np.array_equal(window.session.network.weights[0], before)


def test_a_file_without_its_losses_goes_on_at_its_iteration(qtbot, window, add_window, tmp_path):
    """A network saved after more iterations than a file keeps losses for: the curve, the slider and
    the CSV count on from the saved iteration, not from 1."""
    from nngui.model.trained import MAX_SAVED_LOSSES

    window.settings_bar.iterations_spin.setValue(MAX_SAVED_LOSSES + 5)
    train_through_button(qtbot, window)
    path = tmp_path / "long.nngui.json"
    assert window.save_to(path)
    again = add_window(MainWindow())
    assert again.open_file(path, confirm=False)
    start = MAX_SAVED_LOSSES + 5
    assert again.session.iteration == start and again.loss_plot.count() == 0
    # The timeline is in the file (thinned), so every iteration is there again, exactly.
    assert again.timeline_slider.minimum() == 0
    assert np.array_equal(again.session.weights_at(54_321)[0], core(54_321).weights[0])
    # A file without it (written by an earlier nngui, say) starts the timeline at its iteration.
    import json

    data = json.loads(path.read_text())
    del data["trained"]["timeline"]
    path.write_text(json.dumps(data))
    assert again.open_file(path, confirm=False)
    assert again.timeline_slider.minimum() == start  # the weights before are not in the file
    again.settings_bar.iterations_spin.setValue(100)
    train_through_button(qtbot, again)
    x, _ = curve_of(again.loss_plot)
    assert x[0] == start + 1 and x[-1] == start + 100
    assert again.timeline_slider.minimum() == start and again.timeline_slider.maximum() == start + 100
    csv_path = tmp_path / "loss.csv"
    again.loss_plot.export_csv(csv_path)
    rows = csv_path.read_text().splitlines()
    assert rows[1].startswith(f"{start + 1},") and rows[-1].startswith(f"{start + 100},")


def curve_of(plot):
    return plot._curve.getData()


def test_a_paused_run_can_be_looked_back_at_and_resumes_from_its_end(qtbot, window):
    window.settings_bar.iterations_spin.setValue(10_000_000)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    session, slider = window.session, window.timeline_slider
    qtbot.waitUntil(lambda: session.iteration > 20_000, timeout=30_000)
    assert not slider.isEnabled()  # while it runs, the slider follows the end
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state == "paused")
    qtbot.waitUntil(slider.isEnabled)
    paused_at = session.iteration
    drag_to(qtbot, window, 10_000)
    assert np.array_equal(session.network.weights[0], core(10_000).weights[0])
    with qtbot.waitSignal(session.viewChanged, timeout=5_000):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)  # Resume: from the end
    assert not session.is_viewing_past()
    qtbot.waitUntil(lambda: session.iteration > paused_at + 1_000, timeout=30_000)
    with qtbot.waitSignal(session.finished, timeout=30_000):
        window.trainer.stop()
    assert np.array_equal(session.network.weights[0], core(session.iteration).weights[0])


def test_compared_runs_belong_to_their_scenario_and_a_lesson_locks_run_again(qtbot, window):
    window.settings_bar.iterations_spin.setValue(100)
    train_through_button(qtbot, window)
    with qtbot.waitSignal(window.session.finished, timeout=60_000):
        qtbot.mouseClick(window.timeline_bar.run_again_button, Qt.MouseButton.LeftButton)
    assert len(window.timeline_bar.run_buttons) == 1
    with answering("Discard"):
        assert window.open_lesson("article")
    assert window.session.compared == [] and window.timeline_bar.run_buttons == []
    assert not window.train_action.isEnabled()  # the lesson's first step locks Train ...
    assert not window.timeline_bar.run_again_button.isEnabled()  # ... and so Run again


def test_after_a_run_explain_shows_its_last_iteration(qtbot, window):
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    assert window.explain_panel.current_iteration() == 1
    window.settings_bar.iterations_spin.setValue(500)
    train_through_button(qtbot, window)
    panel = window.explain_panel
    assert panel.current_iteration() == 501
    trace = panel.current_trace()
    assert np.array_equal(trace.layers[0].weights_before, window.session.weights_at(500)[0])


def test_leaving_the_weights_plot_forgets_the_weight_it_named(qtbot, window):
    panel = trained_weights_plot(qtbot, window)
    box = panel.plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: box.viewRange()[0][1] >= 9_000)
    x, y = panel.curves[0][0].getData()
    point = panel.plot.mapFromScene(box.mapViewToScene(QPointF(float(x[-40]), float(y[-40]))))
    with qtbot.waitSignal(panel.weightHovered, timeout=5_000):
        qtbot.mouseMove(panel.plot.viewport(), QPoint(int(point.x()), int(point.y())))
    assert window.diagram.edge_item(0, 0, 0).hovered
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    with qtbot.waitSignal(panel.weightHovered, timeout=5_000) as forgotten:
        QApplication.sendEvent(panel.plot.viewport(), QEvent(QEvent.Type.Leave))
    assert forgotten.args[0] is None and panel.hover_label.text() == ""
    assert not window.diagram.edge_item(0, 0, 0).hovered
    ticks = ([0.0, 5000.0, 10000.0], 1.0, 5000.0)
    labels = panel.plot.getPlotItem().getAxis("bottom").tickStrings(*ticks)
    assert labels == window.loss_plot.getPlotItem().getAxis("bottom").tickStrings(*ticks)  # not "1e+04"
    assert "e" not in "".join(labels)


def in_front(widget) -> bool:
    """Shown to the learner: a dock behind another's tab stays "visible" to Qt, out of sight."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def test_a_panel_behind_a_tab_comes_to_the_front_from_the_view_menu(qtbot, window):
    window.input_space_action.trigger()  # View → Input Space
    window.weights_action.trigger()  # View → Weights over Time: in front, the input space behind it
    qtbot.waitUntil(lambda: in_front(window.weights_plot) and not in_front(window.input_space))
    window.input_space_action.trigger()  # open behind a tab: it comes to the front (Qt closed it)
    qtbot.waitUntil(lambda: in_front(window.input_space))
    assert not window.weights_dock.isHidden() and not in_front(window.weights_plot)
    window.weights_action.trigger()
    qtbot.waitUntil(lambda: in_front(window.weights_plot))
    window.weights_action.trigger()  # in front now: the same item closes it
    qtbot.waitUntil(window.weights_dock.isHidden)
