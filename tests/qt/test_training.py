"""The training controller on both hosts (the training process, a thread): every loss, pause, stop,
speed, shutdown; the process dying, and the fallback to a thread where no process serves."""

from __future__ import annotations

import multiprocessing
import multiprocessing.spawn
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from nngui.model.network import Network
from nngui.model.training import PROGRESS_INTERVAL
from nngui.qt import training
from nngui.qt.training import BACKENDS, TrainingController, TrainingProgress

# The article's table: four situations, the output is the first input.
X = np.array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], dtype=float)
Y = np.array([0, 1, 1, 0], dtype=float)

# What "promptly" means for pause and stop, measured on the signals: the loop looks between chunks
# of ~20 ms; the rest is the pipe, the relay and a busy shared machine.
PROMPT_S = 0.25
PROMPT_MEDIAN_S = 0.1


class Recorder:
    """Every progress, failed and finished signal of a controller, in order, with the time it arrived."""

    def __init__(self, controller: TrainingController) -> None:
        self.events: list[tuple[str, object, float]] = []
        self.states: list[str] = []
        controller.progress.connect(self.on_progress)
        controller.finished.connect(self.on_finished)
        controller.failed.connect(self.on_failed)
        controller.stateChanged.connect(self.states.append)

    def on_progress(self, progress: TrainingProgress) -> None:
        self.events.append(("progress", progress, time.perf_counter()))

    def on_finished(self, final: TrainingProgress) -> None:
        self.events.append(("finished", final, time.perf_counter()))

    def on_failed(self, reason: str) -> None:
        self.events.append(("failed", reason, time.perf_counter()))

    @property
    def progress(self) -> list[TrainingProgress]:
        return [p for kind, p, _ in self.events if kind == "progress"]

    @property
    def finals(self) -> list[TrainingProgress]:
        return [p for kind, p, _ in self.events if kind == "finished"]

    @property
    def failures(self) -> list[str]:
        return [p for kind, p, _ in self.events if kind == "failed"]

    def times(self, kind: str, after: float = 0.0) -> list[float]:
        return [t for k, _, t in self.events if k == kind and t > after]

    def runs(self) -> list[tuple[list[TrainingProgress], TrainingProgress]]:
        """The events split into runs: the progress of each, then its final state."""
        runs, current = [], []
        for kind, p, _ in self.events:
            if kind == "progress":
                current.append(p)
            elif kind == "finished":
                runs.append((current, p))
                current = []
        assert current == [], "progress arrived after the last finished"
        return runs


def all_losses(progress: list[TrainingProgress]) -> np.ndarray:
    return np.concatenate([p.losses for p in progress]) if progress else np.empty(0)


@pytest.fixture(params=BACKENDS)
def controller(qtbot, request):
    c = TrainingController(backend=request.param)
    yield c
    c.shutdown()
    assert training_processes() == []


def training_processes() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == "nngui-training"]


def stop_and_time(qtbot, controller: TrainingController, recorder: Recorder) -> float:
    """Seconds from stop() to the finished signal."""
    asked = time.perf_counter()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.stop()
    return recorder.times("finished", asked)[0] - asked


def train_for(qtbot, seconds: float) -> None:
    """Let the run go on for a while (the event loop runs meanwhile)."""
    began = time.perf_counter()
    qtbot.waitUntil(lambda: time.perf_counter() - began >= seconds, timeout=int(seconds * 1000) + 5000)


def test_a_run_reports_every_loss_exactly_as_network_train(qtbot, controller):
    recorder = Recorder(controller)
    network = Network([3, 1])
    before = [w.copy() for w in network.weights]
    began = time.perf_counter()
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        controller.start(network, X, Y, 1.0, 200_000)
        # The run is trained where the backend says: in the training process, or in this one.
        assert len(training_processes()) == (1 if controller.backend == "process" else 0)
    elapsed = time.perf_counter() - began

    reference = Network([3, 1])
    expected = reference.train(X, Y, 200_000, 1.0)
    losses = all_losses(recorder.progress)
    final = recorder.finals[0]
    assert len(losses) == final.iteration == final.total == 200_000
    assert np.array_equal(losses, expected)
    assert np.array_equal(final.weights[0], reference.weights[0])
    assert final.biases is None and final.losses.size == 0
    assert controller.completed and not controller.is_running() and recorder.failures == []
    assert [np.array_equal(a, b) for a, b in zip(before, network.weights)] == [True]  # trained a copy
    iterations = [p.iteration for p in recorder.progress]
    assert iterations == sorted(iterations) and iterations[-1] == 200_000
    assert recorder.progress[-1].iterations_per_second > 0
    # One throttle, the loop's: at most ~30 reports a second (and the last), not one per chunk or iteration.
    assert 1 <= len(recorder.progress) <= elapsed * 30 + 3
    assert recorder.states == ["running", "idle"]


def test_progress_comes_about_thirty_times_a_second(qtbot, controller):
    assert PROGRESS_INTERVAL == pytest.approx(1 / 30)
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.progress, timeout=10_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 100_000_000)
    began = time.perf_counter()
    train_for(qtbot, 1.0)  # a second of reports
    arrived = [t for t in recorder.times("progress", began) if t <= began + 1.0]
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.stop()
    assert 12 <= len(arrived) <= 31  # chunks of ~20 ms, a report once 1/30 s has passed: ~25 a second


def test_a_two_layer_network_with_biases_trains_like_network_train(qtbot, controller):
    recorder = Recorder(controller)
    Xs = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]], float)
    ys = np.array([0, 1, 1, 1, 1, 0, 0], float)
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        controller.start(Network([3, 4, 1], bias=True), Xs, ys, 0.5, 20_000)
    reference = Network([3, 4, 1], bias=True)
    expected = reference.train(Xs, ys, 20_000, 0.5)
    final = recorder.finals[0]
    assert np.array_equal(all_losses(recorder.progress), expected)
    for got, want in zip(final.weights + final.biases, reference.weights + reference.biases):
        assert np.array_equal(got, want)
    # The report holds copies: changing one does not reach the next.
    final.weights[0][:] = 0
    assert not np.array_equal(final.weights[0], reference.weights[0])


def test_the_situations_given_are_not_touched_nor_shared(qtbot, controller):
    inputs, targets = X.copy(), Y.copy()
    with qtbot.waitSignal(controller.progress, timeout=10_000):
        controller.start(Network([3, 1]), inputs, targets, 1.0, 10_000_000)
    inputs[:] = 0  # the caller edits its table while the run goes on
    targets[:] = 0
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.stop()
    reference = Network([3, 1])
    reference.train(X, Y, blocker.args[0].iteration, 1.0)
    assert np.array_equal(blocker.args[0].weights[0], reference.weights[0])


def test_pause_holds_the_run_and_resume_continues_it(qtbot, controller):
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.progress, timeout=10_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 10_000_000)
    paused = time.perf_counter()
    controller.pause()
    assert controller.is_paused() and controller.is_running()
    qtbot.wait(500)  # a window to see that nothing more comes
    # What was done before the loop took in the pause arrives promptly; then nothing.
    assert all(t - paused <= PROMPT_S for t in recorder.times("progress", paused)), "progress while paused"
    done = recorder.progress[-1].iteration

    resumed = time.perf_counter()
    controller.resume()
    assert not controller.is_paused()
    with qtbot.waitSignal(controller.progress, timeout=5000):
        pass
    assert recorder.times("progress", resumed)[0] - resumed <= PROMPT_S + PROGRESS_INTERVAL
    assert recorder.progress[-1].iteration > done
    assert stop_and_time(qtbot, controller, recorder) <= PROMPT_S
    assert recorder.states == ["running", "paused", "running", "idle"]
    ((progress, final),) = recorder.runs()
    losses = all_losses(progress)
    assert len(losses) == final.iteration < 10_000_000
    assert np.array_equal(losses, Network([3, 1]).train(X, Y, final.iteration, 1.0))  # none lost, none twice
    assert not controller.completed


def test_stop_ends_the_run_promptly_even_when_paused(qtbot, controller):
    recorder = Recorder(controller)
    latencies = []
    for number in range(6):
        with qtbot.waitSignal(controller.progress, timeout=10_000):
            controller.start(Network([3, 1]), X, Y, 1.0, 100_000_000)
        train_for(qtbot, 0.3)  # chunks at their full size
        if number % 2:
            controller.pause()
        latencies.append(stop_and_time(qtbot, controller, recorder))
        assert not controller.is_running() and not controller.completed
        assert recorder.states[-1] == "idle"
    assert sorted(latencies)[3] <= PROMPT_MEDIAN_S and max(latencies) <= PROMPT_S, latencies
    assert len(recorder.finals) == 6
    for progress, final in recorder.runs():
        assert len(all_losses(progress)) == final.iteration


def test_a_heavy_network_still_stops_promptly(qtbot, controller):
    recorder = Recorder(controller)
    rng = np.random.default_rng(0)
    Xs, ys = rng.random((1000, 64)), rng.random(1000)
    with qtbot.waitSignal(controller.progress, timeout=10_000):
        controller.start(Network([64, 32, 16, 1]), Xs, ys, 0.01, 1_000_000)
    train_for(qtbot, 0.3)
    assert stop_and_time(qtbot, controller, recorder) <= PROMPT_S
    assert 0 < recorder.finals[0].iteration < 1_000_000


def test_start_and_stop_a_hundred_times(qtbot, controller):
    recorder = Recorder(controller)
    for number in range(100):
        controller.start(Network([3, 1]), X, Y, 1.0, 1_000_000)
        if number % 10 == 0:
            qtbot.wait(20)
        controller.stop()  # the next start ends this run first
        if number % 3 == 0:
            with qtbot.waitSignal(controller.finished, timeout=5000):
                pass
    controller.shutdown()
    runs = recorder.runs()
    assert len(runs) == 100
    for progress, final in runs:
        losses = all_losses(progress)
        assert len(losses) == final.iteration
        assert np.array_equal(losses, Network([3, 1]).train(X, Y, final.iteration, 1.0))
    assert not controller.is_running()


@pytest.mark.parametrize("backend", BACKENDS)
def test_shutdown_during_training_leaves_no_running_thread(qtbot, qtlog, backend):
    for _ in range(10):
        controller = TrainingController(backend=backend)
        recorder = Recorder(controller)
        with qtbot.waitSignal(controller.progress, timeout=10_000):
            controller.start(Network([3, 4, 1]), X, Y, 1.0, 10_000_000)
        asked = time.perf_counter()
        controller.shutdown()
        assert time.perf_counter() - asked <= CHILD_EXIT_BOUND_S
        controller.shutdown()  # twice is harmless
        assert not controller.is_running()
        assert len(recorder.finals) == 1 and recorder.finals[0].iteration < 10_000_000
        assert training_processes() == []
        controller.deleteLater()
        del controller
    qtbot.wait(10)
    assert not [m for m in qtlog.records if "QThread" in m.message]


# shutdown() stops the run (tens of ms) and lets the process quit by itself.
CHILD_EXIT_BOUND_S = 1.5

QUIT_MID_RUN = """
import sys
import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from nngui.model.network import Network
from nngui.qt.training import TrainingController

app = QApplication([])
window = QWidget()
controller = TrainingController(window, backend=sys.argv[1])
X = np.array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], dtype=float)
controller.start(Network([3, 4, 1]), X, np.array([0, 1, 1, 0], dtype=float), 1.0, 10_000_000)
controller.progress.connect(lambda _: QTimer.singleShot(100, app.quit))  # quit mid-run
app.exec()
print("running" if controller.is_running() else "stopped")
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_quitting_the_application_mid_run_stops_training_cleanly(backend):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", QUIT_MID_RUN, backend], env=env, capture_output=True,
                            text=True, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, "stopped"), result.stderr[-3000:]
    assert "QThread" not in result.stderr


def test_shutdown_when_idle_is_harmless(qtbot, controller):
    controller.shutdown()
    controller.shutdown()
    assert not controller.is_running()


def test_a_slow_speed_reports_every_iteration_and_stops_promptly(qtbot, controller):
    recorder = Recorder(controller)
    controller.start(Network([3, 1]), X, Y, 1.0, 1000, speed=20)
    qtbot.waitUntil(lambda: len(recorder.progress) >= 4, timeout=10_000)
    assert [len(p.losses) for p in recorder.progress[:4]] == [1, 1, 1, 1]
    assert [p.iteration for p in recorder.progress[:4]] == [1, 2, 3, 4]
    assert stop_and_time(qtbot, controller, recorder) <= PROMPT_S
    ((progress, final),) = recorder.runs()
    assert len(all_losses(progress)) == final.iteration < 1000


def test_a_paced_run_keeps_its_speed(qtbot, controller):
    """At 200 iterations a second the iterations come at that rate, measured on the signals."""
    recorder = Recorder(controller)
    controller.start(Network([3, 1]), X, Y, 1.0, 100_000, speed=200)
    qtbot.waitUntil(lambda: bool(recorder.progress) and recorder.progress[-1].iteration >= 300,
                    timeout=20_000)
    assert stop_and_time(qtbot, controller, recorder) <= PROMPT_S
    stamped = [(p.iteration, t) for kind, p, t in recorder.events if kind == "progress"]
    (first, began), (last, ended) = stamped[0], stamped[-1]
    rate = (last - first) / (ended - began)
    assert 150 <= rate <= 250, rate
    assert 150 <= recorder.progress[-1].iterations_per_second <= 250


def test_one_iteration_a_second_can_still_pause_and_stop_at_once(qtbot, controller):
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.progress, timeout=10_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 100, speed=1)
    controller.pause()
    controller.resume()
    assert stop_and_time(qtbot, controller, recorder) <= PROMPT_S
    assert recorder.finals[0].iteration <= 2


def test_set_speed_takes_effect_during_a_run(qtbot, controller):
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.progress, timeout=10_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 50_000, speed=2)
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.set_speed(None)
    assert controller.completed
    assert np.array_equal(all_losses(recorder.progress), Network([3, 1]).train(X, Y, 50_000, 1.0))


def test_a_fast_paced_run_gives_the_same_losses(qtbot, controller):
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.start(Network([3, 1]), X, Y, 2.0, 3000, speed=5000)
    assert np.array_equal(all_losses(recorder.progress), Network([3, 1]).train(X, Y, 3000, 2.0))


def test_zero_iterations_finish_at_once(qtbot, controller):
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 0)
    assert recorder.progress == [] and recorder.finals[0].iteration == 0
    assert controller.completed


def test_bad_requests_are_refused(qtbot, controller):
    with pytest.raises(ValueError):
        controller.start(Network([3, 1]), X[:, :2], Y, 1.0, 10)
    with pytest.raises(ValueError):
        controller.start(Network([3, 1]), X, Y[:3], 1.0, 10)
    with pytest.raises(ValueError):
        controller.start(Network([3, 1]), X, Y, -1.0, 10)
    with pytest.raises(ValueError):
        controller.start(Network([3, 1]), X, Y, 1.0, -1)
    with pytest.raises(ValueError):
        controller.start(Network([3, 1]), X, Y, 1.0, 10, speed=0)
    with pytest.raises(ValueError):
        TrainingController(backend="gpu")
    assert not controller.is_running()

    controller.start(Network([3, 1]), X, Y, 1.0, 10_000_000)
    with pytest.raises(RuntimeError):
        controller.start(Network([3, 1]), X, Y, 1.0, 10)
    with pytest.raises(ValueError):
        controller.set_speed(float("nan"))
    assert controller.is_running()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.stop()


def test_an_error_in_the_run_is_reported_then_finished(qtbot, controller, monkeypatch):
    """The loop reports a failing run ("error", then "finished"); the host serves the next run."""
    recorder = Recorder(controller)
    network = Network([3, 1])
    network.weights[0] = network.weights[0][:2]  # the wrong shape for three inputs: train() raises
    monkeypatch.setattr(Network, "check_inputs", lambda self, X: np.asarray(X, float))
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.start(network, X, Y, 1.0, 1000)
    assert [kind for kind, _, _ in recorder.events] == ["failed", "finished"]
    assert recorder.failures[0].startswith("Training failed: ") and len(recorder.failures[0]) > 20
    assert recorder.finals[0].iteration == 0 and not controller.completed
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 1000)
    assert controller.completed


# -- the training process ------------------------------------------------------------------------

def test_runs_train_in_one_child_process_that_ends_with_shutdown(qtbot):
    controller = TrainingController()
    assert controller.backend == "process" and training_processes() == []  # started at the first run
    for _ in range(3):
        with qtbot.waitSignal(controller.finished, timeout=20_000):
            controller.start(Network([3, 1]), X, Y, 1.0, 1000)
    (child,) = training_processes()
    assert child.is_alive()
    controller.shutdown()
    assert not child.is_alive() and training_processes() == []


def test_prepare_starts_the_training_process_before_the_first_run(qtbot):
    controller = TrainingController()
    controller.prepare()
    (child,) = training_processes()
    controller.prepare()  # a second call keeps the same process
    assert training_processes() == [child]
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 1000)
    assert training_processes() == [child]  # the run used it
    assert sum(len(p.losses) for p in recorder.progress) == 1000
    controller.shutdown()
    assert not child.is_alive() and training_processes() == []
    thread = TrainingController(backend="thread")
    thread.prepare()  # nothing to start for the thread backend
    assert training_processes() == []


def test_asks_made_before_a_new_process_has_the_run_are_kept_in_order(qtbot):
    """The relay thread sends a run (here 1 MB of situations, more than a pipe holds, to a process
    still starting); pause and stop asked meanwhile wait for it and still take effect."""
    rng = np.random.default_rng(7)
    big_X = rng.integers(0, 2, size=(2000, 64)).astype(float)
    big_y = rng.integers(0, 2, size=(2000, 1)).astype(float)
    controller = TrainingController()
    recorder = Recorder(controller)
    asked = time.perf_counter()
    controller.start(Network([64, 8, 1]), big_X, big_y, 0.5, 10_000_000)
    assert time.perf_counter() - asked < 1.0  # the GUI thread does not wait for the process to read it
    controller.pause()  # asked before the new process has even read the run
    assert controller.is_paused()
    qtbot.wait(1500)
    assert recorder.finals == []
    held = sum(len(p.losses) for p in recorder.progress)
    qtbot.wait(500)
    assert sum(len(p.losses) for p in recorder.progress) == held  # paused: nothing more comes
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.stop()
    (final,) = recorder.finals
    assert final.iteration < 10_000_000 and not controller.completed
    with qtbot.waitSignal(controller.finished, timeout=20_000):  # the process serves the next run
        controller.start(Network([3, 1]), X, Y, 1.0, 1000)
    assert controller.completed
    controller.shutdown()


def test_a_training_process_that_dies_is_reported_and_replaced(qtbot):
    controller = TrainingController()
    recorder = Recorder(controller)
    with qtbot.waitSignal(controller.progress, timeout=20_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 10_000_000)
    (child,) = training_processes()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        child.kill()
    assert [kind for kind, _, _ in recorder.events][-2:] == ["failed", "finished"]  # failed, then finished
    assert len(recorder.failures) == 1 and "training process ended" in recorder.failures[0]
    ((progress, final),) = recorder.runs()
    assert len(all_losses(progress)) == final.iteration < final.total  # the last weights it reported
    assert np.array_equal(final.weights[0], progress[-1].weights[0])
    assert not controller.completed and not controller.is_running()
    assert recorder.states[-1] == "idle"

    with qtbot.waitSignal(controller.finished, timeout=20_000):  # a new process takes over
        controller.start(Network([3, 1]), X, Y, 1.0, 5000)
    assert controller.completed and len(recorder.failures) == 1 and controller.backend == "process"
    assert training_processes() != [child]
    assert np.array_equal(all_losses(recorder.runs()[1][0]), Network([3, 1]).train(X, Y, 5000, 1.0))
    controller.shutdown()
    assert training_processes() == []


@pytest.fixture
def silent_process(tmp_path, monkeypatch):
    """Every training process started now is one that never serves (as one re-running a script's window)."""
    program = tmp_path / "never-serves"
    program.write_text("#!/bin/sh\nexec sleep 60\n")
    program.chmod(0o755)
    monkeypatch.setattr(training, "READY_TIMEOUT_S", 1.0)
    executable = multiprocessing.spawn.get_executable()
    multiprocessing.spawn.set_executable(str(program))
    yield
    multiprocessing.spawn.set_executable(os.fsdecode(executable))


@pytest.mark.skipif(not os.path.exists("/bin/sh"), reason="needs /bin/sh")
def test_a_process_that_never_serves_is_ended_and_the_run_trains_in_a_thread(qtbot, silent_process):
    controller = TrainingController()
    recorder = Recorder(controller)
    asked = time.perf_counter()
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 5000)
    waited = recorder.times("progress")[0] - asked
    assert 1.0 <= waited < 5.0  # it waited READY_TIMEOUT_S for "ready", then trained at once
    assert controller.completed and recorder.failures == [] and controller.backend == "thread"
    assert np.array_equal(all_losses(recorder.progress), Network([3, 1]).train(X, Y, 5000, 1.0))
    assert training_processes() == []  # the silent one was ended
    with qtbot.waitSignal(controller.finished, timeout=20_000):  # the next run goes to a thread at once
        controller.start(Network([3, 1]), X, Y, 1.0, 1000)
    assert controller.completed and training_processes() == []
    controller.shutdown()


@pytest.mark.skipif(not os.path.exists("/bin/sh"), reason="needs /bin/sh")
def test_stop_while_waiting_for_a_process_to_serve_is_prompt(qtbot, silent_process):
    controller = TrainingController()
    recorder = Recorder(controller)
    controller.start(Network([3, 1]), X, Y, 1.0, 5000)
    qtbot.wait(100)
    assert stop_and_time(qtbot, controller, recorder) <= PROMPT_S
    assert recorder.finals[0].iteration == 0 and recorder.progress == [] and recorder.failures == []
    controller.shutdown()
    assert training_processes() == []


def test_where_no_process_can_be_started_runs_train_in_a_thread(qtbot, monkeypatch):
    def refuse(self):
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    controller = TrainingController()
    recorder = Recorder(controller)
    controller.prepare()
    assert controller.backend == "thread"
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.start(Network([3, 1]), X, Y, 1.0, 5000)
    assert controller.completed and recorder.failures == [] and training_processes() == []
    assert np.array_equal(all_losses(recorder.progress), Network([3, 1]).train(X, Y, 5000, 1.0))
    controller.shutdown()


NO_PROCESSES = """
import multiprocessing
import numpy as np
from PySide6.QtCore import QCoreApplication, QEventLoop
from nngui.model.network import Network
from nngui.qt.training import TrainingController

multiprocessing.set_executable("/bin/false")  # every process this one starts exits at once
app = QCoreApplication([])
controller = TrainingController()
controller.prepare()
failures, finals = [], []
controller.failed.connect(failures.append)
controller.finished.connect(finals.append)
loop = QEventLoop()
controller.finished.connect(loop.quit)
X = np.array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], dtype=float)
Y = np.array([0, 1, 1, 0], dtype=float)
for _ in range(2):
    controller.start(Network([3, 1]), X, Y, 1.0, 1000)
    loop.exec()
controller.shutdown()
reference = Network([3, 1])
reference.train(X, Y, 1000, 1.0)
same = np.array_equal(finals[1].weights[0], reference.weights[0])
print(len(failures), [f.iteration for f in finals], controller.backend, controller.completed, same)
"""


@pytest.mark.skipif(not os.path.exists("/bin/false"), reason="needs /bin/false")
def test_where_no_training_process_can_run_training_falls_back_to_a_thread():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", NO_PROCESSES], env=env, capture_output=True,
                            text=True, timeout=60)
    # Both runs train (the first too: the process ended before it served, so the run went to a thread).
    assert result.stdout.split() == ["0", "[1000,", "1000]", "thread", "True", "True"], result.stderr[-3000:]


@pytest.mark.slow
def test_ten_million_iterations(qtbot):
    controller = TrainingController()
    count = 0
    last = 0

    def on_progress(progress: TrainingProgress) -> None:
        nonlocal count, last
        count += len(progress.losses)
        last = progress.iteration

    controller.progress.connect(on_progress)
    with qtbot.waitSignal(controller.finished, timeout=600_000) as blocker:
        controller.start(Network([3, 1]), X, Y, 1.0, 10_000_000)
    assert count == last == blocker.args[0].iteration == 10_000_000
    assert controller.completed
    controller.shutdown()
