"""The settings bar's learning rules (#16), chosen as a person does: keys on the combos."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from nngui.model.network import Network
from nngui.model.rules import LearningRules
from nngui.model.scenario import Scenario
from nngui.qt import MainWindow


def choose(qtbot, combo: QComboBox, value: str) -> None:
    """Focus the combo and press Down/Up until `value` is current (keys, not setCurrentIndex)."""
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):  # (a refused choice puts the combo back)
        qtbot.keyClick(combo, key)


def train(qtbot, window) -> None:
    with qtbot.waitSignal(window.session.finished, timeout=60_000):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)


def test_tanh_chosen_with_the_keys_trains_a_tanh_neuron_and_undo_brings_back_the_sigmoid(qtbot, window):
    combo = window.findChild(QComboBox, "activationCombo")
    assert combo.currentData() == "sigmoid"
    choose(qtbot, combo, "tanh")
    qtbot.waitUntil(lambda: window.session.network.rules.activation == "tanh")
    assert window.document.scenario.activation == "tanh"
    assert window.document.undo_stack.undoText() == "Set activation to tanh"
    window.settings_bar.learning_rate_spin.setValue(0.1)
    train(qtbot, window)
    core = Network([3, 1], rules=LearningRules("tanh"))
    core.train(window.document.scenario.X(), window.document.scenario.y(), 10_000, 0.1)
    assert window.riddle_answer() == pytest.approx(float(core.predict([1, 0, 0])[0]), abs=1e-12)
    assert window.riddle_answer() != pytest.approx(0.99993704, abs=1e-4)
    window.document.undo_stack.undo()  # the learning rate
    window.document.undo_stack.undo()  # the activation
    qtbot.waitUntil(lambda: combo.currentData() == "sigmoid")
    assert window.session.network.rules.activation == "sigmoid"


def test_the_perceptron_with_a_hidden_layer_is_refused_with_the_reason(qtbot, window):
    edit = window.settings_bar.hidden_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "2")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.scenario.hidden_layers == [2])
    combo = window.findChild(QComboBox, "activationCombo")
    weights = [w.copy() for w in window.session.network.weights]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # straight to the last choice, the step function
    note = window.settings_bar.note
    qtbot.waitUntil(note.isVisible)
    assert "perceptron rule" in note.text()
    qtbot.waitUntil(lambda: combo.currentData() == "sigmoid")
    assert window.document.scenario.activation == "sigmoid"
    for a, b in zip(window.session.network.weights, weights):
        np.testing.assert_array_equal(a, b)  # nothing else changed


def test_cross_entropy_with_tanh_is_refused(qtbot, window):
    choose(qtbot, window.findChild(QComboBox, "activationCombo"), "tanh")
    qtbot.waitUntil(lambda: window.document.scenario.activation == "tanh")
    loss = window.findChild(QComboBox, "lossCombo")
    choose(qtbot, loss, "cross-entropy")
    qtbot.waitUntil(window.settings_bar.note.isVisible)
    assert "cross-entropy needs a sigmoid output" in window.settings_bar.note.text().lower()
    qtbot.waitUntil(lambda: loss.currentData() == "mse")
    assert window.document.scenario.loss == "mse"


def test_a_saved_file_keeps_the_rules_and_brings_them_back(qtbot, window, add_window, tmp_path):
    choose(qtbot, window.findChild(QComboBox, "updatesCombo"), "shuffled")
    qtbot.waitUntil(lambda: window.document.scenario.updates == "shuffled")
    path = tmp_path / "shuffled.nngui.json"
    window.document.scenario.save(path)
    other = add_window(MainWindow(Scenario.load(path)))
    assert other.findChild(QComboBox, "updatesCombo").currentData() == "shuffled"
    assert other.session.network.rules.updates == "shuffled"
