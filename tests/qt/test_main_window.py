"""The main window, driven the way a learner uses it: clicks, Train, waiting for results."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers.article import RIDDLE_ANSWER
from helpers.cells import click_cell
from helpers.dialogs import answering, choosing_files
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableView

from nngui.model.network import Network
from nngui.model.scenario import Scenario, article_scenario, load_preset
from nngui.qt.files import recent_files
from nngui.qt.main_window import MainWindow


def train_and_wait(qtbot, window: MainWindow, timeout: int = 30_000) -> None:
    with qtbot.waitSignal(window.trainingFinished, timeout=timeout):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)


def answer_label(window: MainWindow) -> float:
    return float(window.findChild(object, "answerLabel").text())


def test_contract_object_names(window):
    for name in ("situationsTable", "riddleTable", "answerLabel", "trainButton", "pauseButton",
                 "stepButton", "resetButton", "iterationsSpin", "seedSpin", "learningRateSpin",
                 "hiddenLayersEdit", "networkView", "lossPlot"):
        assert window.findChild(object, name) is not None, name


def test_train_reproduces_the_article(qtbot, window):
    train_and_wait(qtbot, window)
    assert window.riddle_answer() == pytest.approx(RIDDLE_ANSWER, abs=1e-8)
    assert window.findChild(object, "answerLabel").text() == "0.99994"
    assert window.iteration == 10_000
    assert window.loss_plot.count() == 10_000
    assert "1" in window.answer_card.words_label.text()


def test_the_session_is_the_windows_training_state(qtbot, window):
    """window.session (network, iteration, losses()) is the contract; the window keeps no copy."""
    train_and_wait(qtbot, window)
    session = window.session
    reference = article_scenario().network()
    expected = reference.train(article_scenario().X(), article_scenario().y(), 10_000, 1.0)
    assert session.iteration == window.iteration == 10_000 and isinstance(session.iteration, int)
    np.testing.assert_array_equal(session.losses(), expected)
    np.testing.assert_array_equal(session.network.weights[0], reference.weights[0])
    assert window.network is session.network and window.trainer is session.controller
    assert window.loss_plot.history is session.loss_history
    for state in ("last_loss", "_pending_step", "last_trace", "_run_started", "stop_training"):
        assert not hasattr(window, state), state
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    assert session.last_trace is not None and window.explain_panel.current_trace() is session.last_trace
    assert window.explain_panel.current_iteration() == 10_001


def test_riddle_click_changes_the_answer_at_once(qtbot, window):
    train_and_wait(qtbot, window)
    riddle = window.findChild(QTableView, "riddleTable")
    click_cell(qtbot, riddle, 0, 0)  # 1 0 0 → 0 0 0
    assert window.document.scenario.riddle == [0, 0, 0]
    expected = window.network.predict([0, 0, 0])[0]
    assert answer_label(window) == pytest.approx(expected, abs=1e-5)
    assert answer_label(window) == pytest.approx(0.5, abs=1e-5)  # the trained weights give sigmoid(0)
    click_cell(qtbot, riddle, 0, 2)  # 0 0 1 → the third weight alone: about sigmoid(-4.63)
    assert answer_label(window) == pytest.approx(window.network.predict([0, 0, 1])[0], abs=1e-5)
    assert answer_label(window) < 0.02


def test_grid_clicks_change_what_is_learned(qtbot, window):
    situations = window.findChild(QTableView, "situationsTable")
    # Make the output the opposite of the first input: flip every output cell.
    for row in range(4):
        click_cell(qtbot, situations, row, 3)
    assert window.document.scenario.outputs == [1, 0, 0, 1]
    train_and_wait(qtbot, window)
    assert window.riddle_answer() < 0.01


def test_pause_resume_and_stop(qtbot, window):
    window.settings_bar.iterations_spin.setValue(5_000_000)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.iteration > 0, timeout=10_000)
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.trainer.is_paused(), timeout=2000)
    qtbot.wait(150)
    frozen = window.iteration
    qtbot.wait(200)
    assert window.iteration == frozen
    assert window.train_action.text().replace("&", "") == "Resume"
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)  # resume
    qtbot.waitUntil(lambda: window.iteration > frozen, timeout=5000)
    with qtbot.waitSignal(window.trainingFinished, timeout=5000):
        qtbot.mouseClick(window.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.iteration == 0 and not window.trainer.is_running(), timeout=5000)
    assert window.loss_plot.count() == 0


def test_step_matches_one_iteration_of_the_core(qtbot, window):
    reference = article_scenario().network()
    scenario = window.document.scenario
    expected = reference.step(scenario.X(), scenario.y(), 1.0)
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    assert window.iteration == 1
    np.testing.assert_allclose(window.network.weights[0], expected.layers[0].weights_after)
    assert window.loss_plot.count() == 1
    assert window.loss_plot.losses()[0] == pytest.approx(expected.loss)


def test_step_while_paused_steps_and_stays_paused(qtbot, window):
    window.settings_bar.iterations_spin.setValue(5_000_000)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.iteration > 0, timeout=10_000)
    window.pause_action.trigger()
    qtbot.waitUntil(lambda: window.trainer.is_paused(), timeout=2000)
    with qtbot.waitSignal(window.session.stepped, timeout=5000):
        qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    assert window.trainer.is_paused() and window.loss_plot.count() == window.iteration
    with qtbot.waitSignal(window.trainingFinished, timeout=5000):
        qtbot.mouseClick(window.reset_button, Qt.MouseButton.LeftButton)


def test_reset_gives_the_seeds_weights(qtbot, window):
    train_and_wait(qtbot, window)
    qtbot.mouseClick(window.reset_button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(window.network.weights[0], Network([3, 1], seed=1).weights[0])
    assert window.iteration == 0
    window.settings_bar.seed_spin.setValue(7)
    np.testing.assert_array_equal(window.network.weights[0], Network([3, 1], seed=7).weights[0])


def test_hidden_layers_edit_rebuilds_the_network(qtbot, window):
    edit = window.findChild(QLineEdit, "hiddenLayersEdit")
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "4, 3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.scenario.hidden_layers == [4, 3]
    assert [w.shape for w in window.network.weights] == [(3, 4), (4, 3), (3, 1)]
    assert len(window.diagram.edge_items()) == 3 * 4 + 4 * 3 + 3
    edit.clear()
    qtbot.keyClicks(edit, "4, x")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.scenario.hidden_layers == [4, 3]
    assert "x" in window.statusBar().currentMessage()
    assert edit.text() == "4, 3"


def test_xor_needs_the_hidden_layer(qtbot, window):
    window.document.set_scenario(load_preset("xor-hidden"))
    train_and_wait(qtbot, window)
    net = window.network
    for row, target in zip(window.document.scenario.inputs, window.document.scenario.outputs):
        assert round(float(net.predict(row)[0])) == target


def test_edit_a_weight_on_the_diagram_and_undo(qtbot, window):
    view = window.diagram
    edge = view.edge_item(0, 0, 0)
    path = edge.path()
    middle = path.pointAtPercent(0.35)
    pos = view.mapFromScene(edge.mapToScene(QPointF(middle)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = view.findChild(QLineEdit, "weightEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "2.5")
    with qtbot.waitSignal(view.weightEdited, timeout=2000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.network.weights[0][0, 0] == 2.5
    assert "2.5" in view.edge_item(0, 0, 0).toolTip()
    assert window.riddle_answer() == pytest.approx(window.network.predict([1, 0, 0])[0])
    window.undo_action.trigger()
    assert window.network.weights[0][0, 0] == pytest.approx(Network([3, 1], seed=1).weights[0][0, 0])


def test_undo_redo_of_grid_and_settings(qtbot, window):
    situations = window.findChild(QTableView, "situationsTable")
    click_cell(qtbot, situations, 0, 0)
    assert window.document.scenario.inputs[0][0] == 1
    assert window.isWindowModified()
    window.settings_bar.iterations_spin.setValue(500)
    assert window.document.scenario.iterations == 500
    window.undo_action.trigger()
    assert window.document.scenario.iterations == 10_000
    assert window.settings_bar.iterations_spin.value() == 10_000
    window.undo_action.trigger()
    assert window.document.scenario.inputs[0][0] == 0
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.document.scenario.inputs[0][0] == 1


def test_edits_are_locked_while_training(qtbot, window):
    window.settings_bar.iterations_spin.setValue(5_000_000)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.iteration > 0, timeout=10_000)
    situations = window.findChild(QTableView, "situationsTable")
    before = [row[:] for row in window.document.scenario.inputs]
    click_cell(qtbot, situations, 0, 0)
    assert window.document.scenario.inputs == before
    assert window.lock_label.isVisible()
    assert not window.settings_bar.iterations_spin.isEnabled()
    riddle = window.findChild(QTableView, "riddleTable")
    click_cell(qtbot, riddle, 0, 1)  # the riddle stays clickable
    assert window.document.scenario.riddle == [1, 1, 0]
    with qtbot.waitSignal(window.trainingFinished, timeout=5000):
        window.pause_action.trigger()
        window.reset_action.trigger()
    qtbot.waitUntil(lambda: not window.lock_label.isVisible())
    click_cell(qtbot, situations, 0, 0)
    assert window.document.scenario.inputs[0][0] == 1


def _dismiss_message_box(texts: list[str]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.accept()
            return
    QTimer.singleShot(20, lambda: _dismiss_message_box(texts))


def test_opening_a_corrupt_file_shows_why_and_keeps_the_scenario(qtbot, window, tmp_path):
    click_cell(qtbot, window.findChild(QTableView, "situationsTable"), 1, 0)
    before = window.document.scenario.to_dict()
    bad = tmp_path / "broken.nngui.json"
    data = article_scenario().to_dict()
    data["situations"][2]["inputs"][1] = "seven"
    bad.write_text(json.dumps(data), encoding="utf-8")
    texts: list[str] = []
    QTimer.singleShot(0, lambda: _dismiss_message_box(texts))
    assert window.open_file(bad, confirm=False) is False
    assert texts and "broken.nngui.json" in texts[0] and "situation 3" in texts[0]
    assert window.document.scenario.to_dict() == before
    truncated = tmp_path / "cut.nngui.json"
    truncated.write_text(article_scenario().to_json()[:120], encoding="utf-8")
    QTimer.singleShot(0, lambda: _dismiss_message_box(texts))
    assert window.open_file(truncated, confirm=False) is False
    assert "cut.nngui.json" in texts[-1]
    assert window.document.scenario.to_dict() == before


def test_the_file_menu_through_its_file_dialogs(qtbot, window, tmp_path):
    """Save As, Export, Import and Open as a person does them: the menu action, then a name typed
    into the file dialog and Return."""
    situations = window.findChild(QTableView, "situationsTable")
    click_cell(qtbot, window.findChild(QTableView, "riddleTable"), 0, 2)  # riddle 1 0 1
    saved, exported = tmp_path / "mine.nngui.json", tmp_path / "situations.csv"
    with choosing_files(saved, exported) as titles:
        window.save_as_action.trigger()
        window.export_csv_action.trigger()
    assert titles == ["Save Scenario", "Export Situations"]
    assert Scenario.load(saved).riddle == [1, 0, 1] and "mine.nngui.json" in window.windowTitle()
    assert exported.read_text(encoding="utf-8").splitlines()[1] == "0,0,1,0"

    click_cell(qtbot, situations, 0, 0)  # situation 1 becomes 1 0 1
    assert window.document.scenario.inputs[0] == [1, 0, 1]
    with choosing_files(exported) as titles:
        window.import_csv_action.trigger()
    assert titles == ["Import Situations"] and window.document.scenario.inputs[0] == [0, 0, 1]

    broken = tmp_path / "broken.nngui.json"
    broken.write_text(saved.read_text(encoding="utf-8").replace('"riddle"', '"ridle"'), encoding="utf-8")
    window.document.undo_stack.setClean()  # no unsaved-changes question before Open
    before = window.document.scenario.to_dict()
    with choosing_files(broken) as titles, answering() as shown:
        window.open_action.trigger()
    assert titles == ["Open Scenario"]
    assert len(shown) == 1 and "broken.nngui.json" in shown[0], list(shown)
    assert window.document.scenario.to_dict() == before
    window.document.set_scenario(load_preset("xor"))
    window.document.undo_stack.setClean()
    with choosing_files(saved) as titles, answering() as shown:
        window.open_action.trigger()
    assert titles == ["Open Scenario"] and list(shown) == []
    assert window.document.scenario.riddle == [1, 0, 1] and "mine.nngui.json" in window.windowTitle()


def test_save_and_open_round_trip(qtbot, window, tmp_path):
    click_cell(qtbot, window.findChild(QTableView, "riddleTable"), 0, 2)
    path = tmp_path / "mine.nngui.json"
    assert window.save_to(path)
    assert not window.isWindowModified()
    assert Scenario.load(path).riddle == [1, 0, 1]
    window.document.set_scenario(load_preset("xor"))
    assert window.open_file(path, confirm=False)
    assert window.document.scenario.riddle == [1, 0, 1]
    assert str(path.resolve()) in recent_files()
    assert "mine.nngui.json" in window.windowTitle()


def test_close_during_training_is_clean(qtbot, add_window):
    for _ in range(20):
        w = add_window(MainWindow())
        w.show()
        w.settings_bar.iterations_spin.setValue(10_000_000)
        w.document.undo_stack.setClean()
        w.train_action.trigger()
        qtbot.waitUntil(lambda w=w: w.iteration > 0, timeout=10_000)
        assert w.close()
        assert not w.trainer.is_running()


def test_start_stop_100_times(qtbot, window):
    window.settings_bar.iterations_spin.setValue(10_000_000)
    for _ in range(100):
        window.train_action.trigger()
        with qtbot.waitSignal(window.trainingFinished, timeout=5000):
            window.trainer.stop()
    assert not window.trainer.is_running()
    assert window.loss_plot.count() == window.iteration


def test_settings_remember_geometry_and_log_scale(add_window):
    first = add_window(MainWindow())
    first.resize(700, 500)
    first.log_scale_action.setChecked(True)
    first.close()
    second = add_window(MainWindow())
    assert (second.width(), second.height()) == (700, 500)
    assert second.log_scale_action.isChecked()
    assert second.loss_plot.log_scale()


def test_exports(qtbot, window, tmp_path):
    train_and_wait(qtbot, window)
    window.loss_plot.export_csv(tmp_path / "loss.csv")
    lines = (tmp_path / "loss.csv").read_text().splitlines()
    assert len(lines) == 10_001
    window.render_diagram(tmp_path / "net.png")
    window.render_diagram(tmp_path / "net.svg")
    assert (tmp_path / "net.png").stat().st_size > 1000
    assert "<svg" in (tmp_path / "net.svg").read_text()


def test_exports_replace_old_files_whole_and_leave_no_temporaries(window, tmp_path):
    """Every export goes through a temporary file and one rename: the old file stays until the new one
    is complete, and nothing is left beside it."""
    for name in ("net.png", "net.svg", "loss.csv", "loss.png"):
        (tmp_path / name).write_text("old")
    window.render_diagram(tmp_path / "net.png")
    window.render_diagram(tmp_path / "net.svg")
    window.loss_plot.export_csv(tmp_path / "loss.csv")
    window.loss_plot.export_png(tmp_path / "loss.png")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loss.csv", "loss.png", "net.png", "net.svg"]
    for name in ("net.png", "loss.png"):
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG"), name
    svg = (tmp_path / "net.svg").read_text()
    assert "<svg" in svg and svg.rstrip().endswith("</svg>")  # closed: written out before the rename
    assert (tmp_path / "loss.csv").read_text().startswith("iteration,loss")
    missing = tmp_path / "missing"
    for export in (lambda: window.render_diagram(missing / "net.svg"),
                   lambda: window.render_diagram(missing / "net.png")):
        with pytest.raises(OSError):
            export()
    assert not missing.exists()


def test_every_action_has_a_shortcut_and_a_tooltip(window):
    actions = [window.new_action, window.open_action, window.save_action, window.save_as_action,
               window.train_action, window.pause_action, window.step_action, window.reset_action,
               window.undo_action, window.redo_action, window.quit_action, window.log_scale_action,
               window.import_csv_action, window.export_csv_action]
    for action in actions:
        assert not action.shortcut().isEmpty(), action.text()
        assert action.toolTip(), action.text()
