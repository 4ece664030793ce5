"""The training session: the network, its iteration, every loss and the last step — one source of truth."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand

from nngui.model.losses import LossHistory
from nngui.model.network import Network, StepTrace
from nngui.model.rules import LearningRules
from nngui.model.timeline import (
    MAX_COMPARED,
    ComparedRun,
    Rule,
    Timeline,
    compared_run,
    timeline_from_parts,
    timeline_to_dict,
)
from nngui.model.trained import Trained
from nngui.model.verdict import Verdict, judge
from nngui.qt import i18n
from nngui.qt.document import ScenarioDocument
from nngui.qt.training import TrainingController, TrainingProgress

Array = npt.NDArray[np.float64]

# The views follow a run at most this often (about 30 times a second): reports that arrive closer
# together are shown as one update.
UPDATE_INTERVAL_MS = 33
# One update of the views, with the painting it causes, may take at most 1/UPDATE_BUDGET of the time
# until the next: a loss plot's paint costs a few milliseconds (more under load, and a curve of tens of
# millions of losses tens of milliseconds to reduce), and is then shown less often. Counting the paint
# brought the window from 0.76× to 0.94× the bare core's throughput (benchmarks/RESULTS.md).
UPDATE_BUDGET = 10

class EditWeightCommand(QUndoCommand):
    """A weight typed on the diagram, undoable like any other edit."""

    def __init__(self, session: TrainingSession, layer: int, i: int, j: int, old: float, new: float) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Set a weight to {0}").format(
            i18n.decimal(f"{new:g}")))
        self.session, self.layer, self.i, self.j, self.old, self.new = session, layer, i, j, old, new

    def redo(self) -> None:
        self.session.set_weight(self.layer, self.i, self.j, self.new)

    def undo(self) -> None:
        self.session.set_weight(self.layer, self.i, self.j, self.old)


class BranchCommand(QUndoCommand):
    """Train on from an earlier iteration: the later iterations are dropped, undoably."""

    def __init__(self, session: TrainingSession, iteration: int) -> None:
        super().__init__(TrainingSession.tr("Continue from iteration {0}").format(i18n.whole(iteration)))
        self.session, self.iteration = session, iteration
        self.saved = session._keep_state()

    def redo(self) -> None:
        self.session._go_back_to(self.iteration)

    def undo(self) -> None:
        self.session._put_state(self.saved)


class TrainingSession(QObject):
    """The training state every view reads: the network, the iterations since Reset, every loss,
    the last step's numbers; and the operations on it (train, pause, step, reset, edit a weight).

    It rebuilds the network from the document when the scenario's shape, seed or whole scenario
    changes, and runs training through its TrainingController. A run's reports are applied at once
    (the losses and the iteration are always complete) and shown to the views as one update at most
    ~30 times a second (UPDATE_INTERVAL_MS), less often when the views' work needs it (UPDATE_BUDGET).
    """

    lossesAppended = Signal(object)  # Array: the losses added since the last update, in order (read-only)
    weightsChanged = Signal()        # the network's weights or biases changed (a run, a step, an edit, Reset)
    answersChanged = Signal()        # what the network answers may have changed: its weights, the riddle
    #                                  or the situations (read riddle_answer(), activations(), network)
    stepped = Signal(object)         # StepTrace: every number of the iteration just stepped (also last_trace)
    wasReset = Signal()              # fresh weights (Reset, a new seed, shape or scenario): iteration 0,
    #                                  no losses, no trace; weightsChanged and answersChanged follow
    stateChanged = Signal(str)       # "idle", "running" or "paused"
    finished = Signal()              # a run ended (completed or stopped), or Train had nothing to do
    message = Signal(str)            # a note for the status bar, translated
    viewChanged = Signal(int)        # the iteration the views show (the timeline): viewed_iteration
    comparedChanged = Signal()       # runs kept for comparison were added or removed (compared)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None,
                 backend: str = "process") -> None:
        super().__init__(parent)
        self.document = document
        self.network: Network = document.scenario.network()
        self.iteration = 0  # iterations trained since the last Reset
        self.last_trace: StepTrace | None = None
        self.timeline = Timeline(self.network)  # the weights after every iteration since Reset
        self.compared: list[ComparedRun] = []  # earlier runs kept on the loss plot (at most MAX_COMPARED)
        self.run_number = 1  # the number the current run gets when it is kept for comparison
        self._live = self.network  # the network at the last iteration, while an earlier one is viewed
        self._live_trace: StepTrace | None = None
        self._viewed: int | None = None  # the iteration viewed, if not the last
        self._run_rule: Rule | None = None
        # The current run's learning rate, hidden layers, seed and learning rules, for its compared curve.
        self._run_label: tuple[float, tuple[int, ...], int | None, LearningRules] | None = None
        self._last_run: ComparedRun | None = None  # the run a Reset cleared, for "Run again"
        self.iterations_per_second: float | None = None  # while a run reports, its measured rate
        self.run_done = 0   # iterations the active (or last) run has done so far
        self.run_total = 0  # iterations the active (or last) run was asked for
        self.speed: float | None = None  # iterations per second for the next run (None: as fast as possible)
        self._losses = LossHistory()
        self._seed = document.scenario.seed  # the seed self.network was made from
        self._shown = 0          # losses handed to the views so far
        self._pending = False    # something changed that the views have not been shown yet
        self._last_update = -math.inf
        self._interval_ms = UPDATE_INTERVAL_MS
        self._update_began = 0.0
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._measure_update)
        self._pending_reset = False
        self._closing = False
        self._verdict: Verdict | None = None
        self.answersChanged.connect(self._forget_verdict)  # first: before any view asks for it

        self.controller = TrainingController(self, backend)
        self.controller.progress.connect(self._on_progress)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self.message)
        self.controller.stateChanged.connect(self.stateChanged)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._update)

        document.situationsChanged.connect(self._on_answers_changed)
        document.riddleChanged.connect(self._on_answers_changed)
        document.shapeChanged.connect(self._rebuild)
        document.settingsChanged.connect(self._on_settings_changed)
        document.scenarioReplaced.connect(self._rebuild)
        document.scenarioReplaced.connect(self._forget_compared)  # another task: its runs compare anew

    # -- what the views read -------------------------------------------------------
    def losses(self) -> Array:
        """Every loss since the last Reset, iteration 1 first (a new array)."""
        return self._losses.copy()

    @property
    def loss_history(self) -> LossHistory:
        """The losses themselves (for drawing them without a copy; never change them)."""
        return self._losses

    def last_loss(self) -> float | None:
        return self._losses.last()

    @property
    def state(self) -> str:
        """ "idle", "running" or "paused"."""
        if not self.controller.is_running():
            return "idle"
        return "paused" if self.controller.is_paused() else "running"

    def is_running(self) -> bool:
        """True while a run is active, paused or not."""
        return self.controller.is_running()

    def is_paused(self) -> bool:
        return self.controller.is_paused()

    @property
    def completed(self) -> bool:
        """Whether the last run did all the iterations it was asked for."""
        return self.controller.completed

    def riddle_answer(self) -> float:
        """The network's answer to the riddle, at full precision."""
        return float(self.network.predict(np.array(self.document.scenario.riddle))[0])

    def activations(self) -> list[Array]:
        """Every neuron's value for the riddle, layer by layer, the riddle's inputs first."""
        return self.network.forward(np.array(self.document.scenario.riddle, dtype=np.float64))

    def verdict(self) -> Verdict:
        """How many situations the network answers right, which not, and what went wrong if the
        losses since Reset say (see nngui.model.verdict)."""
        if self._verdict is None:  # once per change of the answers, however many views ask
            scenario = self.document.scenario
            if not self.fits():
                return Verdict(0, scenario.n_situations, tuple(range(scenario.n_situations)))
            losses = self._losses.view()[: self.viewed_iteration - self.loss_offset()]
            self._verdict = judge(self.network.predict(scenario.X()), scenario.y(), losses)
        return self._verdict

    @Slot()
    def _forget_verdict(self) -> None:
        self._verdict = None

    def fits(self) -> bool:
        """Whether the network's shape is the scenario's (not so for a moment while inputs change)."""
        return self.network.layer_sizes == self.document.scenario.layer_sizes

    # -- operations ----------------------------------------------------------------------
    @Slot()
    def train(self) -> None:
        """Start training for the scenario's number of iterations (resumes a paused run)."""
        self.view_end()
        if self.controller.is_running():
            if self.controller.is_paused():
                self.controller.resume()
            return
        scenario = self.document.scenario
        if scenario.iterations == 0:
            self.message.emit(QCoreApplication.translate(
                "MainWindow", "Nothing to do: the number of iterations is 0."))
            self.finished.emit()
            return
        self.document.set_locked(QCoreApplication.translate(
            "MainWindow", "Stop training to edit the situations or the settings."))
        self.run_done, self.run_total = 0, scenario.iterations
        rule = self._run_rule = Rule(scenario.X(), scenario.y(), scenario.learning_rate)
        every = self.timeline.begin(self.iteration, self.network, rule, scenario.iterations)
        self._run_label = (scenario.learning_rate, tuple(scenario.hidden_layers), scenario.seed,
                           self.network.rules)
        self.controller.start(self.network, rule.X, rule.Y, rule.learning_rate, scenario.iterations,
                              self.speed, every, self.iteration)
        self._losses.reserve(scenario.iterations)  # room for the run's losses at once, not piecemeal

    @Slot()
    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one."""
        if self.controller.is_paused():
            self.view_end()
            self.controller.resume()
        else:
            self.controller.pause()

    @Slot()
    def pause(self) -> None:
        self.controller.pause()

    @Slot()
    def resume(self) -> None:
        self.view_end()
        self.controller.resume()

    @Slot(object)
    def set_speed(self, speed: float | None) -> None:
        """Iterations per second (None: as fast as possible), for the active run and the next ones."""
        self.controller.set_speed(speed)
        self.speed = speed

    @Slot()
    def step(self) -> StepTrace | None:
        """One iteration, traced number by number. A paused run takes the step itself (it stays
        paused, and Resume goes on to its end); `stepped` follows when its report arrives."""
        if self.controller.is_running():
            if not self.controller.is_paused():
                self.message.emit(QCoreApplication.translate(
                    "MainWindow", "Pause training to step one iteration at a time."))
                return None
            self.view_end()
            self.controller.step()
            return None
        self.view_end()
        scenario = self.document.scenario
        rule = Rule(scenario.X(), scenario.y(), scenario.learning_rate)
        self.timeline.begin(self.iteration, self.network, rule, 1)
        trace = self.network.step(rule.X, rule.Y, rule.learning_rate, done=self.iteration)
        self.iteration += 1
        self.last_trace = self._live_trace = trace
        self._losses.append([trace.loss])
        self.timeline.anchor(self.iteration, self.network, rule)  # step() is not train()'s fast loop
        self._pending = True
        self._update()
        self.stepped.emit(trace)
        return trace

    @Slot()
    def reset(self) -> None:
        """Fresh weights from the scenario (its seed or initial weights); the losses are cleared.
        A run is stopped first."""
        if self.controller.is_running():
            self._pending_reset = True
            self.controller.stop()
            return
        self._rebuild()
        self.message.emit(QCoreApplication.translate("MainWindow", "Fresh weights from seed {0}.").format(
            self.document.scenario.seed))

    def trained(self) -> Trained | None:
        """What a saved file keeps of the network: its weights, the iterations since Reset and the
        losses (if there are at most MAX_SAVED_LOSSES); None before the first iteration."""
        live, scenario = self._live, self.document.scenario
        timeline = timeline_to_dict(self.timeline, scenario.X(), scenario.y()) if self.fits() else None
        return Trained.of(self.iteration, live.weights, live.biases, self._losses.view(), timeline)

    def restore(self, trained: Trained | None) -> None:
        """Take up a network as a saved file kept it (the scenario is the document's already)."""
        if trained is None or self.controller.is_running():
            return
        self._rebuild()
        self._take_weights(trained.weights, trained.biases)
        self.iteration = trained.iteration
        if trained.losses is not None:
            self._losses.append(trained.losses)
        if trained.timeline_parts:
            self.timeline = timeline_from_parts(self.network, trained.timeline_parts, self.iteration)
        else:
            self.timeline.reset(self.network, self.iteration)  # the weights before are not in the file
        self._pending = True
        self._update()

    def set_weight(self, layer: int, i: int, j: int, value: float) -> None:
        """Set one weight of the network (not undoable: see edit_weight)."""
        self.view_end()
        self.network.weights[layer][i, j] = value
        self.timeline.anchor(self.iteration, self.network)
        self.weightsChanged.emit()
        self.answersChanged.emit()

    @Slot(int, int, int, float)
    def edit_weight(self, layer: int, i: int, j: int, value: float) -> None:
        """The learner typed a weight: set it as an undoable step (refused while training)."""
        if self.controller.is_running():
            self.message.emit(QCoreApplication.translate("MainWindow", "Stop training to edit weights."))
            return
        if self.is_viewing_past():
            self.message.emit(TrainingSession.tr(
                "You are looking at iteration {0}: press End to go back to the last iteration, "
                "or Train to continue from here, before editing weights.").format(
                    i18n.whole(self.viewed_iteration)))
            return
        old = float(self.network.weights[layer][i, j])
        self.document.undo_stack.push(EditWeightCommand(self, layer, i, j, old, value))

    def shutdown(self) -> None:
        """Stop any run and end the training process (the window calls this when it closes)."""
        self._closing = True
        self.controller.shutdown()

    # -- from the document ---------------------------------------------------------------
    def _compared_run(self) -> ComparedRun:
        """The current run's loss curve and settings, kept for comparison."""
        assert self._run_label is not None
        learning_rate, hidden, seed, rules = self._run_label
        return compared_run(learning_rate, hidden, seed, self._losses.view(), self.run_number, rules)

    @Slot()
    def _rebuild(self) -> None:
        """A fresh network from the scenario: iteration 0, no losses, no trace."""
        if len(self._losses) and self._run_label is not None:  # kept for "Run again from the same start"
            self._last_run = self._compared_run()
        self._viewed = None
        self.network = self._live = self.document.scenario.network()
        self._live_trace = None
        self.timeline.reset(self.network)
        self._seed = self.document.scenario.seed
        self.iteration = 0
        self.last_trace = None
        self._losses.clear()
        self._shown = 0
        self._pending = False
        self._timer.stop()
        self.wasReset.emit()
        self.weightsChanged.emit()
        self.answersChanged.emit()

    @Slot()
    def _on_answers_changed(self) -> None:
        self.view_end()
        if not self.fits():  # the number of inputs changed: a new network, which answers anew
            self._rebuild()
            return
        self.answersChanged.emit()

    @Slot()
    def _on_settings_changed(self) -> None:
        self.view_end()
        scenario = self.document.scenario
        shapes = [(a, b) for a, b in zip(scenario.layer_sizes, scenario.layer_sizes[1:])]
        if ([w.shape for w in self.network.weights] != shapes or scenario.seed != self._seed
                or scenario.rules().to_dict() != self.network.rules.to_dict()):
            self._rebuild()  # (the seed is compared above: it orders shuffled updates too)

    # -- from the training run --------------------------------------------------------------
    @Slot(object)
    def _on_progress(self, progress: TrainingProgress) -> None:
        self._apply(progress)
        if progress.trace is not None:  # a step of the paused run: shown at once, number by number
            self.last_trace = self._live_trace = progress.trace
            self._update()
            self.stepped.emit(progress.trace)
            return
        if self._timer.isActive():
            return
        wait_ms = self._interval_ms - (time.perf_counter() - self._last_update) * 1000.0
        if wait_ms <= 0:
            self._update()
        else:
            self._timer.start(int(wait_ms) + 1)

    @Slot(object)
    def _on_finished(self, final: TrainingProgress) -> None:
        self._apply(final)
        self.iterations_per_second = None
        self._update()
        self.document.set_locked(None)
        if not self._closing:
            if self.controller.completed:
                text = TrainingSession.tr("Trained %Ln iterations.", "", final.iteration)
            else:
                text = TrainingSession.tr("Training stopped after %Ln iterations.", "", final.iteration)
            self.message.emit(text)
        self.finished.emit()
        if self._pending_reset:
            self._pending_reset = False
            self.reset()

    # -- the timeline ---------------------------------------------------------------------
    @property
    def viewed_iteration(self) -> int:
        """The iteration the views show: the last one, unless the timeline went back."""
        return self.iteration if self._viewed is None else self._viewed

    def is_viewing_past(self) -> bool:
        return self._viewed is not None

    def weights_at(self, iteration: int) -> list[Array]:
        """The weight matrices after `iteration` iterations since Reset, input side first: exactly
        what training computed (kept, or recomputed from the kept iteration before)."""
        if iteration == self.iteration:
            return [w.copy() for w in self._live.weights]
        return self.timeline.network_at(iteration).weights

    def trace_at(self, iteration: int) -> StepTrace | None:
        """Every number of iteration `iteration` (None for 0, or where the timeline does not reach)."""
        if iteration == self.iteration and self._live_trace is not None:
            return self._live_trace
        if not self.timeline.first < iteration <= self.iteration:
            return None
        return self.timeline.trace_at(iteration)

    @Slot(int)
    def view(self, iteration: int) -> None:
        """Show the views the network as it was after `iteration` iterations (while no run goes on:
        before Train, after it, or while it is paused)."""
        if self.controller.is_running() and not self.controller.is_paused():
            return
        iteration = min(max(int(iteration), self.timeline.first), self.iteration)
        if iteration == self.viewed_iteration:
            return
        if iteration == self.iteration:
            self.view_end()
            return
        self._viewed = iteration
        self.network = self.timeline.network_at(iteration)
        self.last_trace = self.trace_at(iteration)
        self._show_view()

    @Slot()
    def view_end(self) -> None:
        """Back to the last iteration (every operation that changes the network comes here first)."""
        if self._viewed is None:
            return
        self._viewed = None
        self.network = self._live
        self.last_trace = self._live_trace
        self._show_view()

    def _show_view(self) -> None:
        self.viewChanged.emit(self.viewed_iteration)
        self.weightsChanged.emit()
        self.answersChanged.emit()

    def continue_from_here(self) -> None:
        """Drop the iterations after the one viewed, undoably, so training goes on from it."""
        if self._viewed is None or self.controller.is_running():
            return
        self.document.undo_stack.push(BranchCommand(self, self._viewed))

    def _keep_state(self) -> tuple[object, ...]:
        """What BranchCommand needs to undo: the whole timeline, losses, iteration and network."""
        return self.timeline, self._losses.copy(), self.iteration, self._live.copy(), self._live_trace

    def _put_state(self, state: tuple[object, ...]) -> None:
        timeline, losses, iteration, live, trace = state
        self.view_end()
        self.timeline = timeline  # type: ignore[assignment]
        self._losses.clear()
        self._losses.append(losses)  # type: ignore[arg-type]
        self.iteration = int(iteration)  # type: ignore[call-overload]
        self.network = self._live = live.copy()  # type: ignore[attr-defined]
        self.last_trace = self._live_trace = trace  # type: ignore[assignment]
        self._redraw_all()

    def _go_back_to(self, iteration: int) -> None:
        self.view_end()
        self._losses.truncate(iteration - self.loss_offset())
        self.timeline = self.timeline.until(iteration)
        self.iteration = iteration
        self.network = self._live = self.timeline.network_at(iteration)
        self.last_trace = self._live_trace = self.timeline.trace_at(iteration)
        self._redraw_all()

    def loss_offset(self) -> int:
        """Iterations without a loss held (a file that kept the network but not its many losses)."""
        return self.iteration - len(self._losses)

    def loss_at(self, iteration: int) -> float | None:
        """The loss iteration `iteration` computed (before its adjustment), if it is held."""
        index = iteration - 1 - self.loss_offset()
        return float(self._losses.view()[index]) if 0 <= index < len(self._losses) else None

    def _redraw_all(self) -> None:
        """The losses were cut or put back: the views draw everything again."""
        self._shown = 0
        self.wasReset.emit()
        self._pending = True
        self._update()
        if self.last_trace is not None:
            self.stepped.emit(self.last_trace)
        self.viewChanged.emit(self.iteration)

    def run_again(self) -> None:
        """Keep the last run's loss curve for comparison and train afresh from the same start (its
        first weights, if the network's shape is the same) with the settings now shown."""
        if self.controller.is_running():
            return
        self.view_end()
        if len(self._losses) and self._run_label is not None:
            self._last_run = self._compared_run()
        if self._last_run is not None:
            self.compared = [*self.compared, self._last_run][-MAX_COMPARED:]
            self.run_number = self._last_run.number + 1
            self._last_run = None
            self.comparedChanged.emit()
        start = self.timeline.network_at(self.timeline.first) if self.timeline.first == 0 else None
        self._rebuild()
        if start is not None and start.layer_sizes == self.network.layer_sizes \
                and (start.biases is None) == (self.network.biases is None):
            self._take_weights(start.weights, start.biases)
            self.timeline.reset(self.network)
        self._last_run = None
        self.train()

    @Slot()
    def _forget_compared(self) -> None:
        self._last_run = None
        self.run_number = 1
        if self.compared:
            self.compared = []
            self.comparedChanged.emit()

    def run_settings(self) -> tuple[float, tuple[int, ...], int | None, LearningRules] | None:
        """The current run's learning rate, hidden layers, seed and learning rules (None before it
        trained)."""
        return self._run_label if len(self._losses) else None

    def remove_compared(self, index: int) -> None:
        """Take a compared run off the loss plot."""
        if 0 <= index < len(self.compared):
            del self.compared[index]
            self.comparedChanged.emit()

    def follow_answers(self, slot: Callable[[], object]) -> None:
        """Call `slot` now and whenever the network's answers change: how a view follows the session."""
        self.answersChanged.connect(slot)
        slot()

    def _take_weights(self, weights: Sequence[npt.ArrayLike], biases: Sequence[npt.ArrayLike] | None) -> None:
        """Put weights (and biases) that training or a file produced into the session's network (the
        last iteration's, also while the timeline shows an earlier one)."""
        live = self._live
        for number, w in enumerate(weights):
            live.weights[number] = np.array(w, dtype=np.float64)
        if biases is not None and live.biases is not None:
            for number, b in enumerate(biases):
                live.biases[number] = np.array(b, dtype=np.float64)

    def _apply(self, progress: TrainingProgress) -> None:
        """Take in a run's report: its losses, the iterations they count and the weights after them."""
        if len(progress.losses) and progress.trace is None:
            self._live_trace = None  # the last step traced is no longer the last iteration
        if len(progress.losses):
            self._losses.append(progress.losses)
            self.iteration += len(progress.losses)
        self._take_weights(progress.weights, progress.biases)
        self.iterations_per_second = progress.iterations_per_second
        self.run_done, self.run_total = progress.iteration, progress.total
        if progress.trace is not None:
            self.timeline.anchor(self.iteration, self._live, self._run_rule)
        elif not self.timeline.keep(progress.kept, progress.kept_at, self.iteration):
            self.timeline.anchor(self.iteration, self._live)  # a report of a run it was not told of
        self._pending = True

    @Slot()
    def _measure_update(self) -> None:
        """An update's cost is its slots and the painting they asked for (the posted paint events run
        before a zero timer): the next update waits UPDATE_BUDGET times as long."""
        cost = time.perf_counter() - self._update_began
        self._interval_ms = max(UPDATE_INTERVAL_MS, int(1000 * UPDATE_BUDGET * cost))

    @Slot()
    def _update(self) -> None:
        """Show the views what changed since the last update, as one update."""
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        began = time.perf_counter()
        if len(self._losses) > self._shown:
            new = self._losses.view()[self._shown:]
            self._shown = len(self._losses)
            self.lossesAppended.emit(new)
        self.weightsChanged.emit()
        self.answersChanged.emit()
        self._last_update = self._update_began = began
        self._measure_timer.start()  # once the views have painted what this update changed
