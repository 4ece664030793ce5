"""The undo commands of a ScenarioDocument: each edit, done and undone (Qt's QUndoCommand)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from nngui.qt.document import ScenarioDocument

RIDDLE = -1  # the "row" of a riddle value in a value change
SETTINGS = ("learning_rate", "iterations", "seed", "hidden_layers", "bias")
MERGE_SECONDS = 1.5  # a spin box's arrow clicks this close together are one undo step

# What a command touched: the document emits the matching signals after it ran.
SITUATIONS, RIDDLE_PART, SHAPE, SETTINGS_PART = "situations", "riddle", "shape", "settings"

# Each command changes the scenario only through the document's _write/_insert/_remove helpers,
# which emit the fine-grained signals the models need; then _notify emits the coarse ones.

class Command(QUndoCommand):
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


class SetValues(Command):
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


class InsertSituation(Command):
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


class RemoveSituations(Command):
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


class _ShapeCommand(Command):
    """A command that changes the network's shape: the initial weights no longer fit and are dropped."""

    def __init__(self, document: ScenarioDocument, text: str) -> None:
        super().__init__(document, text)
        self.old_weights = document.scenario.initial_weights

    def _drop_weights(self) -> None:
        self.document.scenario.initial_weights = None

    def _restore_weights(self) -> None:
        self.document.scenario.initial_weights = self.old_weights


class InsertInput(_ShapeCommand):
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


class RemoveInput(_ShapeCommand):
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


class ReplaceSituations(_ShapeCommand):
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


class SetSetting(_ShapeCommand):
    def __init__(self, document: ScenarioDocument, name: str, value: Any, text: str) -> None:
        super().__init__(document, text)
        self.name = name
        self.old = getattr(document.scenario, name)
        self.new = value
        self.when = time.monotonic()

    def id(self) -> int:
        """Only a number's quick repeated steps merge: a change of the hidden layers or the bias
        (typed, or the truth table's "Add a hidden layer") is always a step of its own."""
        return -1 if self._reshapes() else 1000 + SETTINGS.index(self.name)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SetSetting) or other.name != self.name
                or other.when - self.when > MERGE_SECONDS):
            return False
        self.new = other.new
        self.when = other.when
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


class SetInitialWeights(_ShapeCommand):
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
