"""A beginner's first hour (issue 11), the training items: each test acts like the learner did."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from nngui.qt.main_window import MainWindow


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def train_and_wait(qtbot, window: MainWindow, timeout: int = 30_000) -> None:
    with qtbot.waitSignal(window.trainingFinished, timeout=timeout):
        click(qtbot, window.train_button)


def pause_a_long_run(qtbot, window: MainWindow, iterations: int = 5_000_000) -> None:
    window.settings_bar.iterations_spin.setValue(iterations)
    click(qtbot, window.train_button)
    qtbot.waitUntil(lambda: window.session.iteration > 0, timeout=10_000)
    click(qtbot, window.pause_button)
    qtbot.waitUntil(lambda: window.session.state == "paused", timeout=5000)


# -- item 7: Pause, then Step steps inside the paused run; Resume finishes it --------------------
def test_step_while_paused_advances_one_iteration_and_resume_finishes_the_run(qtbot, window):
    pause_a_long_run(qtbot, window, iterations=200_000)
    session = window.session
    qtbot.wait(200)  # the report the loop sends as it pauses has arrived
    before = session.iteration
    with qtbot.waitSignal(session.stepped, timeout=5000):
        click(qtbot, window.step_button)
    assert session.state == "paused"  # the run goes on: it did not end
    assert session.iteration == before + 1 == len(session.losses())
    trace = window.explain_panel.current_trace()
    assert trace is session.last_trace and trace.loss == session.losses()[-1]
    np.testing.assert_allclose(session.network.weights[0], trace.layers[0].weights_after)
    with qtbot.waitSignal(session.stepped, timeout=5000):
        click(qtbot, window.step_button)
    assert session.iteration == before + 2
    assert window.train_button.text().replace("&", "") == "Resume"
    with qtbot.waitSignal(window.trainingFinished, timeout=30_000):
        click(qtbot, window.train_button)  # Resume
    assert session.completed and session.iteration == 200_000 == len(session.losses())


# -- item 1: the XOR preset opens as one neuron, so the lesson of the stuck loss happens ------------
def preset_action(window: MainWindow, title: str):
    menu = window.actions.menus["presets"]
    (action,) = [a for a in menu.actions() if a.text() == title]
    return action


def test_the_xor_preset_opens_as_one_neuron_whose_loss_stays_stuck(qtbot, window):
    preset_action(window, "XOR").trigger()
    assert window.settings_bar.hidden_edit.text() == ""  # one neuron: no hidden layer
    assert window.session.network.layer_sizes == [3, 1]
    train_and_wait(qtbot, window)
    assert window.session.last_loss() == pytest.approx(0.25, abs=1e-3)  # stuck, as the text says
    if not window.truth_dock.isVisible():  # the learner opens the Truth Table (View menu)
        window.truth_dock.toggleViewAction().trigger()
    window.truth_dock.raise_()  # it warns that one neuron cannot learn these situations
    qtbot.waitUntil(lambda: window.truth_table.neuron_note.isVisibleTo(window.truth_table), timeout=5000)
    window.document.undo_stack.setClean()
    preset_action(window, "XOR with a hidden layer").trigger()
    assert window.settings_bar.hidden_edit.text() == "4"
    train_and_wait(qtbot, window)
    assert window.session.last_loss() < 1e-3  # the solved version learns it


# -- item 8: after a run, Train says it goes on from there; Reset starts over --------------------
def button_text(button) -> str:
    return button.text().replace("&", "")


def test_train_after_a_finished_run_says_it_trains_more(qtbot, window):
    assert button_text(window.train_button) == "Train"
    train_and_wait(qtbot, window)
    assert button_text(window.train_button) == "Train 10,000 more"
    assert "Reset starts over" in window.train_action.statusTip()
    window.settings_bar.iterations_spin.setValue(500)
    assert button_text(window.train_button) == "Train 500 more"
    train_and_wait(qtbot, window)
    assert window.session.iteration == 10_500  # it went on from where it stopped
    click(qtbot, window.reset_button)
    assert window.session.iteration == 0 and button_text(window.train_button) == "Train"
    with qtbot.waitSignal(window.session.stepped, timeout=5000):
        click(qtbot, window.step_button)
    assert button_text(window.train_button) == "Train 500 more"


# -- item 13: the lock banner: an icon, "paused" while paused, the grid stays put, Resume fits -------
def test_the_lock_banner_draws_an_icon_says_paused_and_moves_nothing(qtbot, window):
    window.settings_bar.iterations_spin.setValue(5_000_000)
    grid = window.situations_view
    top, row = grid.mapTo(window, grid.rect().topLeft()), window.controls
    widths = [b.width() for b in row.buttons.values()]
    pause_a_long_run(qtbot, window)
    banner, label = window.scenario_panel.lock_banner, window.lock_label
    assert label.isVisible() and "paused" in label.text()
    assert not any(ord(c) > 0x2FFF for c in label.text())  # no emoji: fonts here cannot draw one
    assert not window.scenario_panel.lock_icon.pixmap().isNull()  # a lock icon instead
    assert banner.isVisible()
    qtbot.wait(50)
    assert grid.mapTo(window, grid.rect().topLeft()) == top  # the grid was not pushed down
    assert button_text(window.train_button) == "Resume"
    assert [b.width() for b in row.buttons.values()] == widths  # nor did "Resume" widen the row
    click(qtbot, window.pause_button)
    qtbot.waitUntil(lambda: window.session.state == "running", timeout=5000)
    assert "running" in label.text()
    with qtbot.waitSignal(window.trainingFinished, timeout=10_000):
        click(qtbot, window.reset_button)
    qtbot.waitUntil(lambda: not label.isVisible())
    assert grid.mapTo(window, grid.rect().topLeft()) == top


# -- item 3: a verdict the learner can trust -------------------------------------------------------
def verdict_text(window: MainWindow) -> str:
    return window.findChild(QLabel, "verdictLabel").text()


def test_a_failed_run_says_how_many_situations_are_right_and_what_to_try(qtbot, window):
    window.settings_bar.learning_rate_spin.setValue(1000)
    train_and_wait(qtbot, window)
    assert window.session.last_loss() == pytest.approx(0.5)  # every weight blew up
    assert verdict_text(window) == "2 of 4 situations right"
    words = window.answer_card.words_label.text()
    assert "confident" not in words and "not" in words  # never "confident" about a failed run
    advice = window.findChild(QLabel, "verdictAdvice")
    assert advice.isVisible() and "smaller learning rate" in advice.text()
    model = window.situations_model
    assert model.wrong_rows() == [0, 3]  # the two situations whose output is 0: it answers 1
    header = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
    assert header is not None and not header.isNull()  # an icon, not colour alone
    assert "wrong" in model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None

    window.settings_bar.learning_rate_spin.setValue(1)
    click(qtbot, window.reset_button)
    train_and_wait(qtbot, window)
    assert verdict_text(window) == "4 of 4 situations right" and model.wrong_rows() == []
    assert not advice.isVisible() and "confident" in window.answer_card.words_label.text()


def test_a_stuck_one_neuron_is_told_to_try_a_hidden_layer(qtbot, window):
    preset_action(window, "XOR").trigger()
    train_and_wait(qtbot, window)
    assert verdict_text(window) == "0 of 4 situations right"  # 0.5 is on neither side
    advice = window.findChild(QLabel, "verdictAdvice")
    assert advice.isVisible() and "hidden layer" in advice.text()
    assert window.situations_model.wrong_rows() == [0, 1, 2, 3]


# -- item 9: the saved file keeps the trained network ------------------------------------------------
def test_a_file_saved_after_training_opens_with_the_trained_network(qtbot, window, add_window, tmp_path):
    train_and_wait(qtbot, window)
    answer, weights = window.riddle_answer(), window.session.network.weights[0].copy()
    losses = window.session.losses()
    path = tmp_path / "trained.nngui.json"
    assert window.save_to(path)

    later = add_window(MainWindow())
    later.show()
    try:
        assert later.open_file(path, confirm=False)
        assert later.session.iteration == 10_000
        np.testing.assert_array_equal(later.session.network.weights[0], weights)
        assert later.riddle_answer() == answer
        assert later.findChild(QLabel, "answerLabel").text() == "0.99994"
        np.testing.assert_array_equal(later.session.losses(), losses)
        assert later.loss_plot.count() == 10_000
        assert button_text(later.train_button) == "Train 10,000 more"
        assert verdict_text(later) == "4 of 4 situations right"
    finally:
        later.trainer.shutdown()


def test_a_file_saved_before_training_opens_as_before(qtbot, window, tmp_path):
    path = tmp_path / "fresh.nngui.json"
    assert window.save_to(path)
    assert json.loads(path.read_text())["version"] == 1 and "trained" not in json.loads(path.read_text())
    train_and_wait(qtbot, window)
    assert window.open_file(path, confirm=False)
    assert window.session.iteration == 0 and len(window.session.losses()) == 0
    assert button_text(window.train_button) == "Train"
