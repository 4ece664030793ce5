"""The training session over a plain document (no window): Step, Train, Reset, every loss in order."""

from __future__ import annotations

import time

import numpy as np
import pytest
from helpers.article import RIDDLE_ANSWER, X, Y

from nngui.model.network import Network
from nngui.model.scenario import article_scenario
from nngui.qt.document import ScenarioDocument
from nngui.qt.session import UPDATE_INTERVAL_MS, LossHistory, TrainingSession


class Updates:
    """What a view subscribed to a session was told, in order."""

    def __init__(self, session: TrainingSession) -> None:
        self.losses: list[np.ndarray] = []
        self.weights = 0
        self.answers = 0
        self.resets = 0
        self.traces: list[object] = []
        session.lossesAppended.connect(lambda new: self.losses.append(np.array(new)))
        session.weightsChanged.connect(self._weights)
        session.answersChanged.connect(self._answers)
        session.wasReset.connect(self._reset)
        session.stepped.connect(self.traces.append)

    def _weights(self) -> None:
        self.weights += 1

    def _answers(self) -> None:
        self.answers += 1

    def _reset(self) -> None:
        self.resets += 1

    def every_loss(self) -> np.ndarray:
        return np.concatenate(self.losses) if self.losses else np.empty(0)


@pytest.fixture
def document(qtbot):
    return ScenarioDocument(article_scenario())


@pytest.fixture(params=["thread"])
def session(qtbot, document, request):
    s = TrainingSession(document, backend=request.param)
    yield s
    s.shutdown()


def train(qtbot, session: TrainingSession, timeout: int = 60_000) -> None:
    with qtbot.waitSignal(session.finished, timeout=timeout):
        session.train()


def test_step_is_one_traced_iteration_of_the_core(qtbot, session):
    updates = Updates(session)
    reference = article_scenario().network()
    expected = reference.step(X, Y, 1.0)
    with qtbot.waitSignal(session.stepped) as blocker:
        trace = session.step()
    assert blocker.args == [trace] and session.last_trace is trace
    assert trace.loss == expected.loss
    assert session.iteration == 1
    np.testing.assert_array_equal(session.network.weights[0], reference.weights[0])
    np.testing.assert_array_equal(session.losses(), [expected.loss])
    assert updates.traces == [trace] and updates.every_loss().tolist() == [expected.loss]
    assert updates.weights == 1 and updates.answers == 1


@pytest.mark.parametrize("session", ["process", "thread"], indirect=True)
def test_train_keeps_every_loss_in_order(qtbot, document, session):
    document.set_setting("iterations", 50_000)
    updates = Updates(session)
    train(qtbot, session)
    reference = article_scenario().network()
    expected = reference.train(X, Y, 50_000, 1.0)
    assert session.iteration == 50_000 and session.completed
    np.testing.assert_array_equal(session.losses(), expected)  # every loss, in order, bit for bit
    np.testing.assert_array_equal(session.network.weights[0], reference.weights[0])
    np.testing.assert_array_equal(updates.every_loss(), expected)  # and a view saw each one once
    assert updates.weights >= 1 and updates.answers >= 1
    assert session.losses().dtype == np.float64
    assert not document.is_locked() and session.state == "idle"


def test_the_article_riddle_after_training(qtbot, session):
    train(qtbot, session)
    assert session.riddle_answer() == pytest.approx(RIDDLE_ANSWER, abs=1e-8)
    activations = session.activations()
    assert [a.shape for a in activations] == [(3,), (1,)]
    np.testing.assert_array_equal(activations[0], [1, 0, 0])
    assert activations[-1][0] == session.riddle_answer()


def test_losses_of_runs_and_steps_follow_one_another(qtbot, document, session):
    document.set_setting("iterations", 300)
    reference = article_scenario().network()
    train(qtbot, session)
    session.step()
    train(qtbot, session)
    expected = np.concatenate([reference.train(X, Y, 300, 1.0), [reference.step(X, Y, 1.0).loss],
                               reference.train(X, Y, 300, 1.0)])
    assert session.iteration == 601
    np.testing.assert_array_equal(session.losses(), expected)


def test_reset_clears_the_losses_the_trace_and_the_iteration(qtbot, document, session):
    document.set_setting("iterations", 1000)
    train(qtbot, session)
    session.step()
    updates = Updates(session)
    with qtbot.waitSignal(session.wasReset):
        session.reset()
    assert session.iteration == 0 and session.losses().shape == (0,) and session.last_trace is None
    np.testing.assert_array_equal(session.network.weights[0], Network([3, 1], seed=1).weights[0])
    assert updates.resets == 1 and updates.weights == 1 and updates.answers == 1


def test_reset_while_training_stops_the_run_first(qtbot, document, session):
    document.set_setting("iterations", 10_000_000)
    session.train()
    qtbot.waitUntil(lambda: session.iteration > 0, timeout=10_000)
    with qtbot.waitSignal(session.wasReset, timeout=10_000):
        session.reset()
    assert not session.is_running() and session.iteration == 0 and len(session.losses()) == 0
    np.testing.assert_array_equal(session.network.weights[0], Network([3, 1], seed=1).weights[0])


def test_step_while_paused_steps_inside_the_paused_run(qtbot, document, session):
    document.set_setting("iterations", 10_000_000)
    session.train()
    qtbot.waitUntil(lambda: session.iteration > 0, timeout=10_000)
    session.pause()
    qtbot.waitUntil(lambda: session.state == "paused", timeout=2000)
    qtbot.wait(200)  # the report the loop sends as it pauses has arrived
    before = session.iteration
    with qtbot.waitSignal(session.stepped, timeout=10_000):
        session.step()
    assert session.state == "paused" and session.iteration == before + 1
    assert session.iteration == len(session.losses()) and session.losses()[-1] == session.last_trace.loss
    with qtbot.waitSignal(session.finished, timeout=10_000):
        session.controller.stop()


def test_step_while_running_is_refused(qtbot, document, session):
    document.set_setting("iterations", 10_000_000)
    session.train()
    qtbot.waitUntil(lambda: session.iteration > 0, timeout=10_000)
    with qtbot.waitSignal(session.message) as blocker:
        assert session.step() is None
    assert "Pause" in blocker.args[0] and session.last_trace is None
    with qtbot.waitSignal(session.finished, timeout=10_000):
        session.controller.stop()


def test_training_locks_the_document_until_it_ends(qtbot, document, session):
    document.set_setting("iterations", 10_000_000)
    session.train()
    assert document.is_locked() and session.state == "running"
    with qtbot.waitSignal(session.finished, timeout=10_000):
        session.controller.stop()
    assert not document.is_locked() and not session.completed


def test_zero_iterations_finish_at_once(qtbot, document, session):
    document.set_setting("iterations", 0)
    with qtbot.waitSignal(session.finished, timeout=1000), qtbot.waitSignal(session.message):
        session.train()
    assert session.iteration == 0 and not session.is_running()


def test_the_document_rebuilds_the_network(qtbot, document, session):
    updates = Updates(session)
    document.set_setting("hidden_layers", [4])
    assert session.network.layer_sizes == [3, 4, 1] and updates.resets == 1
    document.set_setting("seed", 7)
    np.testing.assert_array_equal(session.network.weights[0], Network([3, 4, 1], seed=7).weights[0])
    assert updates.resets == 2
    document.undo()  # the seed again: the seed's weights again
    np.testing.assert_array_equal(session.network.weights[0], Network([3, 4, 1], seed=1).weights[0])
    document.set_setting("learning_rate", 0.5)  # trains differently, the same weights
    assert updates.resets == 3
    document.insert_input(3)
    assert session.network.layer_sizes == [4, 4, 1] and session.fits()
    assert session.riddle_answer() == pytest.approx(float(session.network.predict([1, 0, 0, 0])[0]))


def test_the_riddle_and_the_situations_change_the_answers_not_the_weights(qtbot, document, session):
    session.step()
    updates = Updates(session)
    document.set_riddle(1, 1)
    assert updates.answers == 1 and updates.weights == 0 and updates.resets == 0
    assert session.riddle_answer() == pytest.approx(float(session.network.predict([1, 1, 0])[0]))
    document.set_output(0, 1)
    assert updates.answers == 2 and updates.resets == 0 and session.iteration == 1


def test_a_typed_weight_is_undoable(qtbot, document, session):
    before = float(session.network.weights[0][0, 0])
    updates = Updates(session)
    session.edit_weight(0, 0, 0, 2.5)
    assert session.network.weights[0][0, 0] == 2.5 and updates.weights == 1
    document.undo()
    assert session.network.weights[0][0, 0] == before and updates.weights == 2


def test_reports_in_a_burst_are_shown_as_one_update(qtbot, document, session):
    document.set_setting("iterations", 10_000_000)
    updates = Updates(session)
    reports: list[object] = []
    session.controller.progress.connect(reports.append)
    session.train()
    qtbot.waitUntil(lambda: len(updates.losses) > 0, timeout=10_000)
    qtbot.wait(2 * UPDATE_INTERVAL_MS)  # the first updates are done
    reports.clear()
    shown = len(updates.losses)
    time.sleep(0.4)  # the window is busy: several reports wait in the queue meanwhile
    qtbot.wait(5)  # ... and arrive in one go
    assert len(reports) >= 3, "the run should have reported several times"
    assert len(updates.losses) - shown <= 1  # all shown at once, or once the interval is over
    with qtbot.waitSignal(session.finished, timeout=10_000):
        session.controller.stop()
    np.testing.assert_array_equal(updates.every_loss(), session.losses())  # none lost on the way


def test_loss_history_grows_by_half_and_keeps_its_range():
    history = LossHistory()
    capacity = history.capacity
    history.append(np.full(capacity, 0.5))
    history.append([0.0, np.nan, 0.25, np.inf])
    assert history.capacity == int(1.5 * capacity)
    assert len(history) == capacity + 4 and history.last() == np.inf
    assert (history.lowest, history.highest, history.smallest_positive) == (0.0, 0.5, 0.25)
    view = history.view()
    assert not view.flags.writeable and view.shape == (capacity + 4,)
    history.reserve(1_000_000)
    assert history.capacity == capacity + 4 + 1_000_000
    assert np.array_equal(history.copy()[-4:], [0.0, np.nan, 0.25, np.inf], equal_nan=True)
    history.clear()
    assert len(history) == 0 and history.last() is None and history.lowest == np.inf


def test_views_built_over_a_session_follow_it(qtbot, document, session):
    from nngui.qt.widgets.controls import AnswerCard
    from nngui.qt.widgets.diagram import NetworkDiagram
    from nngui.qt.widgets.explain import ExplainPanel
    from nngui.qt.widgets.status import TrainingStatus

    diagram, card = NetworkDiagram(session=session), AnswerCard(session=session)
    explain = ExplainPanel(session=session)
    status = TrainingStatus(session)
    for widget in (diagram, card, explain):
        qtbot.addWidget(widget)
    assert card.answer() == session.riddle_answer()
    trace = session.step()
    weight = float(session.network.weights[0][0, 0])
    assert f"{weight:.6f}" in diagram.edge_item(0, 0, 0).toolTip()
    assert card.answer() == session.riddle_answer() and explain.current_trace() is trace
    assert status.iteration_label.text() == "Iteration 1" and "Loss" in status.loss_label.text()
    with qtbot.waitSignal(explain.stepRequested):
        explain.step_button.click()  # the panel's Step asks the session for one
    assert session.iteration == 2 and explain.current_iteration() == 2
    diagram.weightEdited.emit(0, 0, 0, 1.5)  # a typed weight goes to the session, undoably
    assert session.network.weights[0][0, 0] == 1.5 and card.answer() == session.riddle_answer()
    session.reset()
    assert explain.current_trace() is None and status.iteration_label.text() == "Iteration 0"
