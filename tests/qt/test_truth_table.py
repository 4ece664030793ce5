"""The truth table shows the network's answer for every 0/1 combination and says what cannot be learnt."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nngui.model.network import Network
from nngui.model.scenario import Scenario, article_scenario, load_preset
from nngui.model.truth import combinations
from nngui.qt.widgets.truth_table import ANSWER_ROLE, TruthTablePanel


@pytest.fixture
def panel(qtbot):
    widget = TruthTablePanel()
    qtbot.addWidget(widget)
    widget.resize(420, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column_texts(panel: TruthTablePanel, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = panel.view.model()
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def test_article_scenario_after_training(panel, qtmodeltester):
    scenario = article_scenario()
    net = scenario.network()
    net.train(scenario.X(), scenario.y(), 10_000)
    panel.update_table(scenario, net)
    model = panel.view.model()
    qtmodeltester.check(model)

    assert model.rowCount() == 8
    inputs = [[model.data(model.index(r, c)) for c in range(3)] for r in range(8)]
    assert inputs == [[str(v) for v in row] for row in combinations(3).astype(int)]

    answers = column_texts(panel, 3, ANSWER_ROLE)
    assert answers == list(net.predict(combinations(3))[:, 0])
    assert column_texts(panel, 3)[4] == f"{answers[4]:.4f}"

    # The article's situations 001→0, 111→1, 101→1, 011→0 sit at rows 1, 7, 5, 3; the riddle 100 at row 4.
    situations = column_texts(panel, 5)
    assert [situations[r] for r in (1, 7, 5, 3)] == ["✓ 1", "✓ 2", "✓ 3", "✓ 4"]
    assert situations[4] == "riddle"
    assert situations[0] == situations[2] == situations[6] == ""
    expected = column_texts(panel, 4)
    assert [expected[r] for r in (1, 7, 5, 3)] == ["0", "1", "1", "0"]
    assert "✓ marks the 4" in panel.summary.text()
    assert not panel.neuron_note.isVisibleTo(panel)
    assert not panel.situations_note.isVisibleTo(panel)


def test_answers_follow_the_weights_without_a_reset(panel, qtbot):
    scenario = article_scenario()
    net = scenario.network()
    panel.update_table(scenario, net)
    before = column_texts(panel, 3, ANSWER_ROLE)
    assert "✗" in "".join(column_texts(panel, 4))  # untrained: some answers on the wrong side of 0.5
    net.train(scenario.X(), scenario.y(), 2_000)
    with qtbot.assertNotEmitted(panel.view.model().modelReset), \
            qtbot.waitSignal(panel.view.model().dataChanged, timeout=1000):
        panel.update_table(scenario, net)
    after = column_texts(panel, 3, ANSWER_ROLE)
    assert after != before
    assert after == list(net.predict(combinations(3))[:, 0])
    assert "✗" not in "".join(column_texts(panel, 4))


def test_xor_without_hidden_layer_says_one_neuron_cannot(panel, qtbot):
    scenario = load_preset("xor")
    scenario.hidden_layers = []
    panel.update_table(scenario, scenario.network())
    assert panel.neuron_note.isVisibleTo(panel)
    assert "One neuron cannot learn these situations" in panel.neuron_text.text()
    assert "Add a hidden layer" in panel.neuron_text.text()
    with qtbot.waitSignal(panel.addHiddenLayerRequested, timeout=1000):
        qtbot.mouseClick(panel.add_hidden_button, Qt.MouseButton.LeftButton)

    # With the solved preset's hidden layer the warning goes away.
    scenario = load_preset("xor-hidden")
    panel.update_table(scenario, scenario.network())
    assert not panel.neuron_note.isVisibleTo(panel)
    assert panel.view.model().rowCount() == 8


def test_contradictory_and_repeated_situations_are_listed(panel):
    scenario = Scenario(inputs=[[0, 1], [0, 1], [1, 0], [1, 0], [1, 1], [1, 0]],
                        outputs=[0, 1, 1, 1, 0, 1], riddle=[0, 0])
    panel.update_table(scenario, scenario.network())
    note = panel.situations_note.text()
    assert panel.situations_note.isVisibleTo(panel)
    assert "Contradictory situations: 1 and 2." in note
    assert "Repeated situations: 3, 4 and 6." in note
    assert column_texts(panel, 3)[1] == "0 / 1"  # both expected outputs of inputs 0 1
    assert column_texts(panel, 4)[2] == "✓ 3, 4, 6"
    # The contradiction has its own note; the rest (10→1, 11→0) one neuron can learn.
    assert not panel.neuron_note.isVisibleTo(panel)


def test_all_zero_inputs_without_bias(panel):
    scenario = Scenario(inputs=[[0, 0], [1, 1]], outputs=[1, 0], riddle=[1, 0])
    panel.update_table(scenario, scenario.network())
    assert "Situation 1: every input is 0" in panel.situations_note.text()


def test_more_than_ten_inputs(panel):
    scenario = Scenario(inputs=[[0] * 10 + [1], [1] * 11], outputs=[0, 1], riddle=[1] + [0] * 10)
    panel.update_table(scenario, scenario.network())
    assert "Too many inputs for a truth table: 11 inputs would need 2^11 rows" in panel.summary.text()
    assert not panel.view.isVisibleTo(panel)
    assert panel.view.model().rowCount() == 0

    # Back to a small scenario: the table returns.
    scenario = article_scenario()
    panel.update_table(scenario, scenario.network())
    assert panel.view.isVisibleTo(panel)
    assert panel.view.model().rowCount() == 8


def test_ten_inputs_fill_1024_rows_quickly_enough(panel):
    rs = np.random.RandomState(0)
    x = (rs.random_sample((40, 10)) > 0.5).astype(float)
    scenario = Scenario(inputs=x.tolist(), outputs=x[:, 0].tolist(), riddle=[0] * 10)
    net = Network([10, 1], seed=1)
    panel.update_table(scenario, net)
    assert panel.view.model().rowCount() == 1024
    assert column_texts(panel, 10, ANSWER_ROLE) == list(net.predict(combinations(10))[:, 0])
    assert not panel.neuron_note.isVisibleTo(panel)  # "the output is input 1" is one weighted sum


def test_a_hidden_panel_catches_up_when_shown(qtbot):
    panel = TruthTablePanel()
    qtbot.addWidget(panel)
    scenario = article_scenario()
    net = scenario.network()
    panel.update_table(load_preset("xor"), load_preset("xor").network())
    panel.update_table(scenario, net)  # hidden: remembered, built when the panel is shown
    assert panel.view.model().rowCount() == 0  # no work while nobody can see it
    net.train(scenario.X(), scenario.y(), 1_000)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.view.model().rowCount() == 8
    assert column_texts(panel, 3, ANSWER_ROLE) == list(net.predict(combinations(3))[:, 0])
    assert "✓ marks the 4" in panel.summary.text()


def test_repeated_inputs_are_grouped_in_order_of_their_first_situation(panel):
    scenario = Scenario(inputs=[[1, 1], [0, 1], [1, 1], [0, 1], [1, 0], [0, 1]],
                        outputs=[1, 0, 1, 0, 1, 0], riddle=[0, 0])
    panel.update_table(scenario, scenario.network())
    assert "Repeated situations: 1 and 3; 2, 4 and 6." in panel.situations_note.text()
