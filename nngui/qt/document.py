"""The scenario being edited: every change goes through an undo command of ScenarioDocument."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from nngui.model import numbers
from nngui.model.scenario import (
    MAX_HIDDEN_LAYERS,
    MAX_INPUTS,
    MAX_ITERATIONS,
    MAX_LAYER_SIZE,
    MAX_LEARNING_RATE,
    MAX_SEED,
    MAX_SITUATIONS,
    Scenario,
)
from nngui.qt import i18n

RIDDLE = -1  # the "row" of a riddle value in a value change
SETTINGS = ("learning_rate", "iterations", "seed", "hidden_layers", "bias")

# What a command touched: the document emits the matching signals after it ran.
SITUATIONS, RIDDLE_PART, SHAPE, SETTINGS_PART = "situations", "riddle", "shape", "settings"


def parse_unit_value(value: Any) -> float | None:
    """A number from 0 to 1 from a float or a text ("0,5" and spaces are fine), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    if not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) and 0.0 <= number <= 1.0 else None


class ScenarioDocument(QObject):
    """The scenario being edited: its undo stack, file path, saved state and edit lock."""

    changed = Signal()            # anything about the scenario changed (dirty state, autosave)
    situationsChanged = Signal()  # situation values edited, situations or inputs added/removed, CSV imported
    shapeChanged = Signal()       # the network's shape changed (inputs, hidden layers, bias): rebuild it
    riddleChanged = Signal()
    settingsChanged = Signal()    # learning rate, iterations, seed, hidden layers, bias, initial weights
    scenarioReplaced = Signal()   # a whole new scenario (New/Open/preset); implies all of the above
    lockedChanged = Signal(bool)
    message = Signal(str)         # why an edit was refused, for the status bar

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
        if not isinstance(command, _Command) or (command.lockable and not self._allowed()):
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

    def _refuse(self, text: str) -> bool:
        self.message.emit(text)
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
            number = parse_unit_value(value)
            if number is None:
                if column == k:
                    where = self.tr("Situation {0}, output").format(row + 1)
                else:
                    where = self.tr("Situation {0}, input {1}").format(row + 1, column + 1)
                return self._refuse(self.tr("{0}: '{1}' is not a number from 0 to 1").format(
                    where, numbers.quoted(value)))
            old = s.outputs[row] if column == k else s.inputs[row][column]
            if old != number:
                changes.append((row, column, old, number))
        if not changes:
            return True
        if not text:
            if len(changes) > 1:
                text = self.tr("Change {0} cells").format(len(changes))
            elif changes[0][1] == k:
                text = self.tr("Set situation {0}, output to {1}").format(
                    changes[0][0] + 1, i18n.decimal(numbers.exact(changes[0][3])))
            else:
                text = self.tr("Set situation {0}, input {1} to {2}").format(
                    changes[0][0] + 1, changes[0][1] + 1, i18n.decimal(numbers.exact(changes[0][3])))
        self.undo_stack.push(_SetValues(self, changes, text))
        return True

    def set_riddle_values(self, cells: Sequence[tuple[int, float | str]], text: str = "") -> bool:
        """Set several riddle inputs (column, value) in one undo step; allowed while locked."""
        riddle = self._scenario.riddle
        for column, _ in cells:
            if not 0 <= column < len(riddle):
                raise IndexError(f"no riddle input {column}")
        changes = []
        for column, value in cells:
            number = parse_unit_value(value)
            if number is None:
                return self._refuse(self.tr("Riddle, input {0}: '{1}' is not a number from 0 to 1").format(
                    column + 1, numbers.quoted(value)))
            if riddle[column] != number:
                changes.append((RIDDLE, column, riddle[column], number))
        if not changes:
            return True
        if not text:
            if len(changes) > 1:
                text = self.tr("Change {0} riddle inputs").format(len(changes))
            else:
                text = self.tr("Set riddle input {0} to {1}").format(
                    changes[0][1] + 1, i18n.decimal(numbers.exact(changes[0][3])))
        command = _SetValues(self, changes, text)
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
        if s.n_situations >= MAX_SITUATIONS:
            return self._refuse(self.tr("At most {0} situations are allowed").format(
                i18n.whole(MAX_SITUATIONS)))
        values = [0.0] * s.n_inputs if inputs is None else list(inputs)
        if len(values) != s.n_inputs:
            return self._refuse(self.tr("A situation needs {0} inputs, not {1}").format(
                s.n_inputs, len(values)))
        numbers = [parse_unit_value(v) for v in [*values, output]]
        if any(n is None for n in numbers):
            return self._refuse(self.tr("Every input and the output must be a number from 0 to 1"))
        self.undo_stack.push(_InsertSituation(self, row, numbers[:-1], numbers[-1],
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
        if len(chosen) >= s.n_situations:
            return self._refuse(self.tr("At least one situation is needed: the last one cannot be removed"))
        text = (self.tr("Remove situation {0}").format(chosen[0] + 1) if len(chosen) == 1
                else self.tr("Remove {0} situations").format(len(chosen)))
        self.undo_stack.push(_RemoveSituations(self, chosen, text))
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
        if s.n_inputs >= MAX_INPUTS:
            return self._refuse(self.tr("At most {0} inputs are allowed").format(MAX_INPUTS))
        values = [0.0] * (s.n_situations + 1)
        self.undo_stack.push(_InsertInput(self, column, values, self.tr("Add input {0}").format(column + 1)))
        return True

    def remove_input(self, column: int) -> bool:
        """Remove input `column` from every situation and the riddle; refuses to remove the last one."""
        s = self._scenario
        if not 0 <= column < s.n_inputs:
            raise IndexError(f"no input {column}")
        if not self._allowed():
            return False
        if s.n_inputs <= 1:
            return self._refuse(self.tr(
                "The network needs at least one input: the last one cannot be removed"))
        self.undo_stack.push(_RemoveInput(self, column, self.tr("Remove input {0}").format(column + 1)))
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
        if not inputs or len(inputs) != len(outputs):
            return self._refuse(self.tr("Every situation needs its inputs and one output"))
        if len(inputs) > MAX_SITUATIONS:
            return self._refuse(self.tr("At most {0} situations are allowed").format(
                i18n.whole(MAX_SITUATIONS)))
        k = len(inputs[0])
        if not 1 <= k <= MAX_INPUTS or any(len(row) != k for row in inputs):
            return self._refuse(self.tr("Every situation needs the same number of inputs (1 to {0})").format(
                MAX_INPUTS))
        new_inputs = [[parse_unit_value(v) for v in row] for row in inputs]
        new_outputs = [parse_unit_value(v) for v in outputs]
        if any(v is None for row in new_inputs for v in row) or any(v is None for v in new_outputs):
            return self._refuse(self.tr("Every input and output must be a number from 0 to 1"))
        old_riddle = self._scenario.riddle
        if riddle is None:
            new_riddle = (old_riddle + [0.0] * k)[:k]
        else:
            new_riddle = [parse_unit_value(v) for v in riddle]
            if len(new_riddle) != k or any(v is None for v in new_riddle):
                return self._refuse(self.tr("The riddle needs {0} numbers from 0 to 1").format(k))
        after = (new_inputs, new_outputs, new_riddle)
        self.undo_stack.push(_ReplaceSituations(
            self, after, self.tr("Import {0} situations").format(len(new_inputs))))
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
        """Set "learning_rate", "iterations", "seed", "hidden_layers" (a list) or "bias".

        Consecutive changes of the same setting merge into one undo step.
        """
        if name not in SETTINGS:
            raise ValueError(f"unknown setting {name!r}")
        if not self._allowed():
            return False
        try:
            checked = self._check_setting(name, value)
        except _Refused as refusal:
            return self._refuse(str(refusal))
        if checked == getattr(self._scenario, name):
            return True
        self.undo_stack.push(_SetSetting(self, name, checked, self._setting_text(name, checked)))
        return True

    def _check_setting(self, name: str, value: Any) -> Any:
        """The setting's value in its proper type; raises _Refused saying what is wrong."""
        if name == "learning_rate":
            if numbers.is_real(value) and 0 <= value <= MAX_LEARNING_RATE:
                return float(value)
            raise _Refused(self.tr("Learning rate: {0} must be a number from 0 to {1}").format(
                numbers.quoted(value), i18n.decimal(numbers.exact(MAX_LEARNING_RATE))))
        if name == "bias":
            if isinstance(value, bool):
                return value
            raise _Refused(self.tr("Bias must be on or off"))
        if name == "hidden_layers":
            if not isinstance(value, (list, tuple)) or len(value) > MAX_HIDDEN_LAYERS:
                raise _Refused(self.tr("Hidden layers: at most {0} layers are allowed").format(
                    MAX_HIDDEN_LAYERS))
            sizes = [_whole(v, 1, MAX_LAYER_SIZE) for v in value]
            if any(size is None for size in sizes):
                raise _Refused(self.tr(
                    "Hidden layers: each layer needs a whole number of neurons from 1 to {0}").format(
                    MAX_LAYER_SIZE))
            return sizes
        label, high = {"iterations": (self.tr("Iterations"), MAX_ITERATIONS),
                       "seed": (self.tr("Seed"), MAX_SEED)}[name]
        number = _whole(value, 0, high)
        if number is None:
            raise _Refused(self.tr("{0}: {1} must be a whole number from 0 to {2}").format(
                label, numbers.quoted(value), high))
        return number

    def _setting_text(self, name: str, value: Any) -> str:
        if name == "learning_rate":
            return self.tr("Set learning rate to {0}").format(i18n.decimal(numbers.exact(value)))
        if name == "iterations":
            return self.tr("Set iterations to {0}").format(i18n.whole(value))
        if name == "seed":
            return self.tr("Set seed to {0}").format(value)
        if name == "bias":
            return self.tr("Turn bias on") if value else self.tr("Turn bias off")
        if not value:
            return self.tr("Remove the hidden layers")
        return self.tr("Set hidden layers to {0}").format(", ".join(str(v) for v in value))

    def set_initial_weights(self, weights: list[np.ndarray] | None) -> bool:
        """Start training from these weights (one (n_in, n_out) matrix per layer), or None for random."""
        if not self._allowed():
            return False
        s = self._scenario
        if weights is None:
            new = None
            text = self.tr("Use random initial weights")
        else:
            if s.bias:
                return self._refuse(self.tr("Initial weights cannot be combined with bias"))
            sizes = s.layer_sizes
            shapes = [(a, b) for a, b in zip(sizes, sizes[1:])]
            arrays = [np.asarray(w, dtype=np.float64) for w in weights]
            if [a.shape for a in arrays] != shapes:
                return self._refuse(self.tr(
                    "Initial weights: the layers {0} need matrices of shapes {1}").format(
                    sizes, ", ".join(f"{a}×{b}" for a, b in shapes)))
            if not all(np.isfinite(a).all() and np.abs(a).max() <= 1e300 for a in arrays):
                return self._refuse(self.tr("Initial weights must be finite numbers"))
            new = [a.tolist() for a in arrays]
            text = self.tr("Set initial weights")
        if new == s.initial_weights:
            return True
        self.undo_stack.push(_SetInitialWeights(self, new, text))
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


class _Refused(Exception):
    """An edit is refused; the message says why (already translated)."""


def _whole(value: Any, low: int, high: int) -> int | None:
    if not numbers.is_real(value) or not float(value).is_integer():
        return None
    number = int(value)
    return number if low <= number <= high else None


# -- undo commands ---------------------------------------------------------------
# Each command changes the scenario only through the document's _write/_insert/_remove helpers,
# which emit the fine-grained signals the models need; then _notify emits the coarse ones.

class _Command(QUndoCommand):
    lockable = True  # refused by document.undo()/redo() while the document is locked

    def __init__(self, document: ScenarioDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.withdrawn = False  # undone for good: the stack drops it instead of keeping it for redo

    def undo(self) -> None:
        self.revert()
        if self.withdrawn:
            self.setObsolete(True)

    def revert(self) -> None:
        raise NotImplementedError


class _SetValues(_Command):
    def __init__(self, document: ScenarioDocument, changes: list[tuple[int, int, float, float]],
                 text: str) -> None:
        super().__init__(document, text)
        self.changes = changes  # (row or RIDDLE, column, old, new)

    def _apply(self, values: list[tuple[int, int, float]]) -> None:
        for row, column, value in values:
            self.document._write_value(row, column, value)
        riddle = any(row == RIDDLE for row, _, _ in values)
        self.document._notify([RIDDLE_PART] if riddle else [SITUATIONS])

    def redo(self) -> None:
        self._apply([(r, c, new) for r, c, _, new in self.changes])

    def revert(self) -> None:
        self._apply([(r, c, old) for r, c, old, _ in reversed(self.changes)])


class _InsertSituation(_Command):
    def __init__(self, document: ScenarioDocument, row: int, inputs: list[float], output: float,
                 text: str) -> None:
        super().__init__(document, text)
        self.row, self.inputs, self.output = row, inputs, output

    def redo(self) -> None:
        self.document._insert_rows(self.row, [self.inputs], [self.output])
        self.document._notify([SITUATIONS])

    def revert(self) -> None:
        self.document._remove_rows(self.row, 1)
        self.document._notify([SITUATIONS])


class _RemoveSituations(_Command):
    def __init__(self, document: ScenarioDocument, rows: list[int], text: str) -> None:
        super().__init__(document, text)
        self.ranges = _ranges(rows)  # (first, count), ascending
        self.removed: list[tuple[list[list[float]], list[float]]] = []

    def redo(self) -> None:
        self.removed = [self.document._remove_rows(first, count) for first, count in reversed(self.ranges)]
        self.removed.reverse()
        self.document._notify([SITUATIONS])

    def revert(self) -> None:
        for (first, _), (inputs, outputs) in zip(self.ranges, self.removed):
            self.document._insert_rows(first, inputs, outputs)
        self.document._notify([SITUATIONS])


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted distinct rows as (first, count) runs: [1, 2, 5] → [(1, 2), (5, 1)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs


class _ShapeCommand(_Command):
    """A command that changes the network's shape: the initial weights no longer fit and are dropped."""

    def __init__(self, document: ScenarioDocument, text: str) -> None:
        super().__init__(document, text)
        self.old_weights = document.scenario.initial_weights

    def _drop_weights(self) -> None:
        self.document.scenario.initial_weights = None

    def _restore_weights(self) -> None:
        self.document.scenario.initial_weights = self.old_weights


class _InsertInput(_ShapeCommand):
    def __init__(self, document: ScenarioDocument, column: int, values: list[float], text: str) -> None:
        super().__init__(document, text)
        self.column, self.values = column, values

    def redo(self) -> None:
        self._drop_weights()
        self.document._insert_column(self.column, self.values)
        self.document._notify([SITUATIONS, RIDDLE_PART, SHAPE, SETTINGS_PART])

    def revert(self) -> None:
        self.document._remove_column(self.column)
        self._restore_weights()
        self.document._notify([SITUATIONS, RIDDLE_PART, SHAPE, SETTINGS_PART])


class _RemoveInput(_ShapeCommand):
    def __init__(self, document: ScenarioDocument, column: int, text: str) -> None:
        super().__init__(document, text)
        self.column = column
        self.values: list[float] = []

    def redo(self) -> None:
        self._drop_weights()
        self.values = self.document._remove_column(self.column)
        self.document._notify([SITUATIONS, RIDDLE_PART, SHAPE, SETTINGS_PART])

    def revert(self) -> None:
        self.document._insert_column(self.column, self.values)
        self._restore_weights()
        self.document._notify([SITUATIONS, RIDDLE_PART, SHAPE, SETTINGS_PART])


class _ReplaceSituations(_ShapeCommand):
    def __init__(self, document: ScenarioDocument,
                 data: tuple[list[list[float]], list[float], list[float]], text: str) -> None:
        super().__init__(document, text)
        self.data = data
        self.reshapes = len(data[2]) != document.scenario.n_inputs

    def _swap(self) -> None:
        self.data = self.document._swap_situations(self.data)
        parts = [SITUATIONS, RIDDLE_PART]
        self.document._notify(parts + [SHAPE, SETTINGS_PART] if self.reshapes else parts)

    def redo(self) -> None:
        if self.reshapes:
            self._drop_weights()
        self._swap()

    def revert(self) -> None:
        self._swap()
        self._restore_weights()


class _SetSetting(_ShapeCommand):
    def __init__(self, document: ScenarioDocument, name: str, value: Any, text: str) -> None:
        super().__init__(document, text)
        self.name = name
        self.old = getattr(document.scenario, name)
        self.new = value

    def id(self) -> int:
        return 1000 + SETTINGS.index(self.name)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetSetting) or other.name != self.name:
            return False
        self.new = other.new
        self.setText(other.text())
        if self.new == self.old:
            # Back where it started: Qt drops the step without undoing it, so bring back the
            # initial weights the first change dropped (they fit the original shape again).
            if self._reshapes() and self.old_weights is not None:
                self._restore_weights()
                self.document._notify([SETTINGS_PART])
            self.setObsolete(True)
        return True

    def _reshapes(self) -> bool:
        return self.name in ("hidden_layers", "bias")

    def _set(self, value: Any) -> None:
        setattr(self.document.scenario, self.name, value)
        self.document._notify([SETTINGS_PART, SHAPE] if self._reshapes() else [SETTINGS_PART])

    def redo(self) -> None:
        if self._reshapes():
            self._drop_weights()
        self._set(self.new)

    def revert(self) -> None:
        self._restore_weights()
        self._set(self.old)


class _SetInitialWeights(_ShapeCommand):
    def __init__(self, document: ScenarioDocument, weights: list[list[list[float]]] | None,
                 text: str) -> None:
        super().__init__(document, text)
        self.new = weights

    def redo(self) -> None:
        self.document.scenario.initial_weights = self.new
        self.document._notify([SETTINGS_PART])

    def revert(self) -> None:
        self._restore_weights()
        self.document._notify([SETTINGS_PART])
