"""The input space in the window follows the scenario's learning rules (#16): a tanh network's boundary."""

from __future__ import annotations

import numpy as np

from nngui.model.scenario import article_scenario


def test_a_trained_tanh_network_s_plane_is_where_the_window_s_network_answers_one_half(qtbot, window):
    scenario = article_scenario()
    scenario.activation = "tanh"
    scenario.bias = True
    scenario.learning_rate = 0.1  # tanh learns the article's situations at this rate
    window.document.set_scenario(scenario)
    assert window.session.network.activations == ["tanh"]
    window.resize(1400, 860)
    if not window.input_space_action.isChecked():
        window.input_space_action.trigger()
    window.input_space_dock.raise_()
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train_action.trigger()
    panel = window.input_space
    qtbot.waitUntil(lambda: panel.space is not None and panel.space.riddle_answer
                    == window.session.network.predict(scenario.riddle)[0])
    (plane,) = panel.space.planes
    assert plane.activation == "tanh" and plane.points.shape[0] >= 3
    answers = window.session.network.predict(plane.points)[:, 0]
    np.testing.assert_allclose(answers, 0.5, atol=1e-9)  # not 0: tanh answers 0.5 at s = 0.549
    assert panel.space.answer_low == -1.0
