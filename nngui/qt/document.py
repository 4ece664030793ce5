"""The scenario being edited: every change goes through an undo command of ScenarioDocument."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from nngui.model import checks, numbers
from nngui.model.rules import ACTIVATIONS, LOSSES, UPDATES, LearningRules
from nngui.model.scenario import Scenario
from nngui.model.texts import Refusal, Text
from nngui.qt import i18n
from nngui.qt.commands import (
    RIDDLE,
    RIDDLE_PART,
    SETTINGS,
    SETTINGS_PART,
    SHAPE,
    SITUATIONS,
    Command,
    InsertInput,
    InsertSituation,
    RemoveInput,
    RemoveSituations,
    ReplaceSituations,
    SetInitialWeights,
    SetSetting,
    SetValues,
)
from nngui.qt.messages import translate_error

#: The learning rules' settings (issue 16) and the values each may take, the article's first.
RULE_CHOICES = {"activation": ACTIVATIONS, "updates": UPDATES, "loss": LOSSES}


class SetRule(SetSetting):
    """Choose an activation, an update schedule or a loss: each choice is an undo step of its own."""

    def id(self) -> int:
        return -1


class ScenarioDocument(QObject):
    """The scenario being edited: its undo stack, file path, saved state and edit lock."""

    changed = Signal()            # anything about the scenario changed (dirty state, autosave)
    situationsChanged = Signal()  # situation values edited, situations or inputs added/removed, CSV imported
    shapeChanged = Signal()       # the network's shape changed (inputs, hidden layers, bias): rebuild it
    riddleChanged = Signal()
    settingsChanged = Signal()    # learning rate, iterations, seed, hidden layers, bias, weights, rules
    scenarioReplaced = Signal()   # a whole new scenario (New/Open/preset); implies all of the above
    lockedChanged = Signal(bool)
    message = Signal(str)         # why an edit was refused, for the status bar
    settingRefused = Signal(str, str)  # a setting's name and why its edit was refused, shown beside it

    # Fine-grained signals for the table models (emitted before the coarse ones above).
    situationValueChanged = Signal(int, int)         # row, column (column == n_inputs: the output)
    riddleValueChanged = Signal(int)                 # column
    aboutToInsertSituations = Signal(int, int)       # first, last row (the scenario is unchanged yet)
    situationsInserted = Signal(int, int)            # first, last row
    aboutToRemoveSituations = Signal(int, int)       # first, last row
    situationsRemoved = Signal(int, int)             # first, last row
    aboutToInsertInput = Signal(int)                 # column
    inputInserted = Signal(int)                      # column
    aboutToRemoveInput = Signal(int)                 # column
    inputRemoved = Signal(int)                       # column
    aboutToReset = Signal()                          # situations and riddle are about to be replaced
    resetDone = Signal()                             # ...and have been

    def __init__(self, scenario: Scenario, parent: QObject | None = None) -> None:
        super().__init__(parent)
        scenario.validate()
        self._scenario = scenario
        self._lock_reason: str | None = None
        self._restored = False  # set_scenario(modified=True): modified until saved
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        # The stack's index is up to date only after a command ran, so "changed" follows the stack.
        self.undo_stack.indexChanged.connect(self.changed)
        self.undo_stack.cleanChanged.connect(self.changed)

    # -- state -----------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        """The live scenario: read it freely, change it only through this document."""
        return self._scenario

    def is_modified(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    def set_scenario(self, scenario: Scenario, path: Path | None = None, modified: bool = False) -> None:
        """Edit a whole new scenario (New, Open, a preset, a recovery file); clears the undo history."""
        scenario.validate()
        self.aboutToReset.emit()
        self._scenario = scenario
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = Path(path) if path is not None else None
        self._restored = modified
        self.resetDone.emit()
        self.scenarioReplaced.emit()
        self.changed.emit()

    def mark_saved(self, path: Path) -> None:
        self.path = Path(path)
        self._restored = False
        self.undo_stack.setClean()
        self.changed.emit()

    def set_locked(self, reason: str | None) -> None:
        """Lock (reason given, e.g. while training) or unlock (None) situation, shape and settings edits."""
        was_locked = self.is_locked()
        self._lock_reason = reason
        if was_locked != self.is_locked():
            self.lockedChanged.emit(self.is_locked())

    def is_locked(self) -> bool:
        return self._lock_reason is not None

    def lock_reason(self) -> str | None:
        """Why situation, shape and settings edits are refused now (None: they are allowed)."""
        return self._lock_reason

    def undo(self) -> bool:
        """Undo the last step, unless the lock forbids the kind of edit it was."""
        return self._step(self.undo_stack.index() - 1, self.undo_stack.undo)

    def redo(self) -> bool:
        """Redo the next step, unless the lock forbids the kind of edit it was."""
        return self._step(self.undo_stack.index(), self.undo_stack.redo)

    def withdraw_last(self) -> bool:
        """Undo the last step and forget it (nothing to redo): a double-click takes back its first click."""
        index = self.undo_stack.index() - 1
        if not 0 <= index < self.undo_stack.count():
            return False
        command = self.undo_stack.command(index)
        if not isinstance(command, Command) or (command.lockable and not self._allowed()):
            return False
        command.withdrawn = True
        self.undo_stack.undo()
        return True

    def _step(self, index: int, action: Callable[[], None]) -> bool:
        if not 0 <= index < self.undo_stack.count():
            return False
        command = self.undo_stack.command(index)
        if getattr(command, "lockable", True) and not self._allowed():
            return False
        action()
        return True

    def _allowed(self) -> bool:
        if self._lock_reason is None:
            return True
        self.message.emit(self._lock_reason)
        return False

    def _refuse(self, refusal: Refusal) -> bool:
        """Say why an edit was refused (the model's rule, translated) and refuse it."""
        self.message.emit(translate_error(refusal))
        return False

    # -- values ------------------------------------------------------------------
    def set_input(self, row: int, column: int, value: float | str) -> bool:
        """Set input `column` of situation `row` (0-based) to a number from 0 to 1."""
        return self.set_situation_values([(row, column, value)])

    def set_output(self, row: int, value: float | str) -> bool:
        """Set the expected output of situation `row` to a number from 0 to 1."""
        return self.set_situation_values([(row, self._scenario.n_inputs, value)])

    def set_riddle(self, column: int, value: float | str) -> bool:
        """Set the riddle's input `column`; allowed while locked."""
        return self.set_riddle_values([(column, value)])

    def set_situation_values(self, cells: Sequence[tuple[int, int, float | str]], text: str = "") -> bool:
        """Set situation cells (row, column, value) in one undo step; column n_inputs is the output."""
        s = self._scenario
        k = s.n_inputs
        for row, column, _ in cells:
            if not (0 <= row < s.n_situations and 0 <= column <= k):
                raise IndexError(f"no situation cell at row {row}, column {column}")
        if not self._allowed():
            return False
        changes = []
        for row, column, value in cells:
            try:
                number = checks.situation_value(value, row, column, k)
            except Refusal as refusal:
                return self._refuse(refusal)
            old = s.outputs[row] if column == k else s.inputs[row][column]
            if old != number:
                changes.append((row, column, old, number))
        if not changes:
            return True
        if not text:
            if len(changes) > 1:
                text = self.tr("Change %Ln cells", "", len(changes))
            elif changes[0][1] == k:
                text = self.tr("Set situation {0}, output to {1}").format(
                    changes[0][0] + 1, i18n.decimal(numbers.exact(changes[0][3])))
            else:
                text = self.tr("Set situation {0}, input {1} to {2}").format(
                    changes[0][0] + 1, changes[0][1] + 1, i18n.decimal(numbers.exact(changes[0][3])))
        self.undo_stack.push(SetValues(self, changes, text))
        return True

    def paste_situations(self, rows: list[list[str]], row: int, column: int) -> bool:
        """Paste cells (rows of texts, as copied from a spreadsheet) with their top left at (row,
        column), in one undo step; rows beyond the last situation are added. Every cell is checked
        like a typed value: if one is refused, nothing changes."""
        s = self._scenario
        if not self._allowed():
            return False
        try:
            cells = checks.pasted_cells(rows, row, column, s.n_inputs, s.n_situations)
        except Refusal as refusal:
            return self._refuse(refusal)
        added = max(0, row + len(rows) - s.n_situations)
        k = s.n_inputs
        old = {(r, c): (s.outputs[r] if c == k else s.inputs[r][c])
               for r, c, _ in cells if r < s.n_situations}
        changes = [(r, c, old.get((r, c), 0.0), v) for r, c, v in cells if old.get((r, c), 0.0) != v]
        if not added and not changes:
            return True
        self.undo_stack.beginMacro(self.tr("Paste %Ln cells", "", len(cells)))
        for new_row in range(s.n_situations, s.n_situations + added):
            self.undo_stack.push(InsertSituation(self, new_row, [0.0] * k, 0.0, ""))
        if changes:
            self.undo_stack.push(SetValues(self, changes, ""))
        self.undo_stack.endMacro()
        return True

    def set_riddle_values(self, cells: Sequence[tuple[int, float | str]], text: str = "") -> bool:
        """Set several riddle inputs (column, value) in one undo step; allowed while locked."""
        riddle = self._scenario.riddle
        for column, _ in cells:
            if not 0 <= column < len(riddle):
                raise IndexError(f"no riddle input {column}")
        changes = []
        for column, value in cells:
            try:
                number = checks.riddle_value(value, column)
            except Refusal as refusal:
                return self._refuse(refusal)
            if riddle[column] != number:
                changes.append((RIDDLE, column, riddle[column], number))
        if not changes:
            return True
        if not text:
            if len(changes) > 1:
                text = self.tr("Change %Ln riddle inputs", "", len(changes))
            else:
                text = self.tr("Set riddle input {0} to {1}").format(
                    changes[0][1] + 1, i18n.decimal(numbers.exact(changes[0][3])))
        command = SetValues(self, changes, text)
        command.lockable = False
        self.undo_stack.push(command)
        return True

    def _write_value(self, row: int, column: int, value: float) -> None:
        s = self._scenario
        if row == RIDDLE:
            s.riddle[column] = value
            self.riddleValueChanged.emit(column)
        else:
            if column == s.n_inputs:
                s.outputs[row] = value
            else:
                s.inputs[row][column] = value
            self.situationValueChanged.emit(row, column)

    # -- situations and inputs ------------------------------------------------------
    def insert_situation(self, row: int, inputs: list[float] | None = None, output: float = 0.0) -> bool:
        """Insert a situation before `row` (n_situations appends); all inputs 0 unless given."""
        s = self._scenario
        if not 0 <= row <= s.n_situations:
            raise IndexError(f"cannot insert a situation at row {row}")
        if not self._allowed():
            return False
        try:
            values = checks.new_situation([0.0] * s.n_inputs if inputs is None else list(inputs), output,
                                          s.n_inputs, s.n_situations)
        except Refusal as refusal:
            return self._refuse(refusal)
        self.undo_stack.push(InsertSituation(self, row, values[:-1], values[-1],
                                              self.tr("Add situation {0}").format(row + 1)))
        return True

    def remove_situations(self, rows: list[int]) -> bool:
        """Remove the given situations (any order); refuses to remove the last one."""
        s = self._scenario
        chosen = sorted(set(rows))
        if not chosen:
            return False
        if chosen[0] < 0 or chosen[-1] >= s.n_situations:
            raise IndexError(f"no situation at rows {rows}")
        if not self._allowed():
            return False
        try:
            checks.keeps_one(s.n_situations - len(chosen), "situations")
        except Refusal as refusal:
            return self._refuse(refusal)
        text = (self.tr("Remove situation {0}").format(chosen[0] + 1) if len(chosen) == 1
                else self.tr("Remove %Ln situations", "", len(chosen)))
        self.undo_stack.push(RemoveSituations(self, chosen, text))
        return True

    def _insert_rows(self, row: int, inputs: list[list[float]], outputs: list[float]) -> None:
        s = self._scenario
        last = row + len(inputs) - 1
        self.aboutToInsertSituations.emit(row, last)
        s.inputs[row:row] = [list(r) for r in inputs]
        s.outputs[row:row] = list(outputs)
        self.situationsInserted.emit(row, last)

    def _remove_rows(self, row: int, count: int) -> tuple[list[list[float]], list[float]]:
        s = self._scenario
        self.aboutToRemoveSituations.emit(row, row + count - 1)
        inputs, outputs = s.inputs[row:row + count], s.outputs[row:row + count]
        del s.inputs[row:row + count]
        del s.outputs[row:row + count]
        self.situationsRemoved.emit(row, row + count - 1)
        return inputs, outputs

    def insert_input(self, column: int) -> bool:
        """Insert an input before `column` (n_inputs appends): 0 in every situation and the riddle."""
        s = self._scenario
        if not 0 <= column <= s.n_inputs:
            raise IndexError(f"cannot insert an input at column {column}")
        if not self._allowed():
            return False
        try:
            checks.more_inputs(s.n_inputs)
        except Refusal as refusal:
            return self._refuse(refusal)
        values = [0.0] * (s.n_situations + 1)
        self.undo_stack.push(InsertInput(self, column, values, self.tr("Add input {0}").format(column + 1)))
        return True

    def remove_input(self, column: int) -> bool:
        """Remove input `column` from every situation and the riddle; refuses to remove the last one."""
        s = self._scenario
        if not 0 <= column < s.n_inputs:
            raise IndexError(f"no input {column}")
        if not self._allowed():
            return False
        try:
            checks.keeps_one(s.n_inputs - 1, "inputs")
        except Refusal as refusal:
            return self._refuse(refusal)
        self.undo_stack.push(RemoveInput(self, column, self.tr("Remove input {0}").format(column + 1)))
        return True

    def _insert_column(self, column: int, values: list[float]) -> None:
        """Insert one input; values: one per situation, then the riddle's."""
        s = self._scenario
        self.aboutToInsertInput.emit(column)
        for row, value in zip(s.inputs, values):
            row.insert(column, value)
        s.riddle.insert(column, values[-1])
        self.inputInserted.emit(column)

    def _remove_column(self, column: int) -> list[float]:
        s = self._scenario
        self.aboutToRemoveInput.emit(column)
        values = [row.pop(column) for row in s.inputs]
        values.append(s.riddle.pop(column))
        self.inputRemoved.emit(column)
        return values

    def replace_situations(self, inputs: list[list[float]], outputs: list[float],
                           riddle: list[float] | None = None) -> bool:
        """Replace all situations (a CSV import) in one undo step.

        If the number of inputs changes, the riddle is resized (zeros added or inputs dropped)
        unless a riddle is given.
        """
        if not self._allowed():
            return False
        try:
            after = checks.situations_table(inputs, outputs, riddle, self._scenario.riddle)
        except Refusal as refusal:
            return self._refuse(refusal)
        self.undo_stack.push(ReplaceSituations(
            self, after, self.tr("Import %Ln situations", "", len(after[0]))))
        return True

    def _swap_situations(self, data: tuple[list[list[float]], list[float], list[float]]
                         ) -> tuple[list[list[float]], list[float], list[float]]:
        s = self._scenario
        old = (s.inputs, s.outputs, s.riddle)
        self.aboutToReset.emit()
        s.inputs, s.outputs, s.riddle = [list(r) for r in data[0]], list(data[1]), list(data[2])
        self.resetDone.emit()
        return old

    # -- settings -------------------------------------------------------------------
    def set_setting(self, name: str, value: Any) -> bool:
        """Set "learning_rate", "iterations", "seed", "hidden_layers" (a list), "bias", or a learning
        rule: "activation", "updates" or "loss" (one of the values in RULE_CHOICES).

        Consecutive changes of the same number merge into one undo step. A change that would give
        learning rules this network cannot train with (the step function with hidden layers, ReLU
        without one, cross-entropy without a sigmoid output) is refused, saying why.
        """
        if name not in SETTINGS and name not in RULE_CHOICES:
            raise ValueError(f"unknown setting {name!r}")
        if not self._allowed():
            return False
        try:
            checked = self._rule_choice(name, value) if name in RULE_CHOICES else checks.setting(name, value)
        except Refusal as refusal:
            return self._refuse_setting(name, refusal)
        if checked == getattr(self._scenario, name):
            return True
        problem = self._rules_problem(name, checked)
        if problem is not None:
            return self._refuse_setting(name, Refusal(problem))
        command = SetRule if name in RULE_CHOICES else SetSetting
        self.undo_stack.push(command(self, name, checked, self._setting_text(name, checked)))
        return True

    @staticmethod
    def _rule_choice(name: str, value: Any) -> str:
        choices = RULE_CHOICES[name]
        if not isinstance(value, str) or value not in choices:
            raise Refusal(Text("not_choice", what=repr(value)[:60], choices=", ".join(choices)))
        return value

    def _rules_problem(self, name: str, value: Any) -> Text | None:
        """Why the scenario's learning rules would not fit its network with `name` set to `value`."""
        s = self._scenario
        if name not in RULE_CHOICES and name != "hidden_layers":
            return None
        fields = {"activation": s.activation, "updates": s.updates, "loss": s.loss,
                  "hidden_layers": s.hidden_layers, name: value}
        rules = LearningRules(fields["activation"], fields["updates"], fields["loss"])
        return rules.refusal(len(fields["hidden_layers"]) + 1)

    def _refuse_setting(self, name: str, refusal: Refusal) -> bool:
        """Refuse a setting's edit: the reason goes to the status bar and beside the setting."""
        self.settingRefused.emit(name, translate_error(refusal))
        return self._refuse(refusal)

    def _setting_text(self, name: str, value: Any) -> str:
        if name == "learning_rate":
            return self.tr("Set learning rate to {0}").format(i18n.decimal(numbers.exact(value)))
        if name == "iterations":
            return self.tr("Set iterations to {0}").format(i18n.whole(value))
        if name == "seed":
            return self.tr("Set seed to {0}").format(value)
        if name == "bias":
            return self.tr("Turn bias on") if value else self.tr("Turn bias off")
        if name == "activation":
            return self.tr("Set activation to {0}").format(self.rule_name(name, value))
        if name == "updates":
            return self.tr("Set updates to {0}").format(self.rule_name(name, value))
        if name == "loss":
            return self.tr("Set loss to {0}").format(self.rule_name(name, value))
        if not value:
            return self.tr("Remove the hidden layers")
        return self.tr("Set hidden layers to {0}").format(", ".join(str(v) for v in value))

    def rule_name(self, name: str, value: str) -> str:
        """A learning rule's value in a few words: "tanh", "one situation at a time", "cross-entropy"."""
        names = {
            ("activation", "sigmoid"): self.tr("sigmoid"),
            ("activation", "tanh"): self.tr("tanh"),
            ("activation", "relu"): self.tr("ReLU"),
            ("activation", "step"): self.tr("step function"),
            ("updates", "batch"): self.tr("all situations at once"),
            ("updates", "online"): self.tr("one situation at a time"),
            ("updates", "shuffled"): self.tr("one at a time, shuffled"),
            ("loss", "mse"): self.tr("mean squared error"),
            ("loss", "cross-entropy"): self.tr("cross-entropy"),
        }
        return names.get((name, value), value)

    def set_initial_weights(self, weights: list[np.ndarray] | None) -> bool:
        """Start training from these weights (one (n_in, n_out) matrix per layer), or None for random."""
        if not self._allowed():
            return False
        s = self._scenario
        if weights is None:
            new = None
            text = self.tr("Use random initial weights")
        else:
            try:
                new = checks.initial_weights(weights, s.layer_sizes, s.bias)
            except Refusal as refusal:
                return self._refuse(refusal)
            text = self.tr("Set initial weights")
        if new == s.initial_weights:
            return True
        self.undo_stack.push(SetInitialWeights(self, new, text))
        return True

    def _notify(self, parts: Sequence[str]) -> None:
        """Emit the coarse signals for what a command touched ("changed" follows the undo stack)."""
        if SITUATIONS in parts:
            self.situationsChanged.emit()
        if RIDDLE_PART in parts:
            self.riddleChanged.emit()
        if SHAPE in parts:
            self.shapeChanged.emit()
        if SETTINGS_PART in parts:
            self.settingsChanged.emit()
