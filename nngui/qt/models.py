"""Table models over a ScenarioDocument: the situations grid and the riddle row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPalette

from nngui.model import numbers
from nngui.qt import i18n
from nngui.qt.document import ScenarioDocument
from nngui.qt.icons import icon

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: a table's cells have no children
VALUE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.BackgroundRole]
# True for every cell of a situation the network answers wrong (on the wrong side of 0.5).
WRONG_ROLE = Qt.ItemDataRole.UserRole + 1
WRONG_COLOUR = QColor("#c62828")  # on a light header; on a dark one (dark, high-contrast palettes):
WRONG_COLOUR_ON_DARK = QColor("#ff8a80")  # both read at a contrast of 4.5 or more


def wrong_colour() -> QColor:
    """The red of a situation answered wrong, readable on the palette's header background."""
    header = QGuiApplication.palette().color(QPalette.ColorRole.Button)
    return WRONG_COLOUR_ON_DARK if header.lightnessF() < 0.5 else WRONG_COLOUR


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(*(b + (t - b) * amount for b, t in zip(base.getRgbF()[:3], tint.getRgbF()[:3])))


def _output_tint(highlight: QColor) -> QColor:
    """The highlight's opposite hue (orange beside a blue highlight): marks outputs and answers."""
    if highlight.hsvSaturationF() < 0.15:
        return QColor(230, 140, 40)
    hue = (highlight.hsvHueF() + 0.5) % 1.0
    return QColor.fromHsvF(hue, max(highlight.hsvSaturationF(), 0.6), max(highlight.valueF(), 0.75))


def value_brush(value: float, output: bool = False) -> QBrush:
    """A cell's background: the palette's base colour tinted towards a highlight as the value nears 1.

    Text stays readable in light and dark palettes because the tint never exceeds about half.
    Outputs use the opposite hue and keep a faint tint even at 0, so the column stands apart.
    """
    palette = QGuiApplication.palette()
    highlight = palette.highlight().color()
    if output:
        return QBrush(_blend(palette.base().color(), _output_tint(highlight), 0.10 + 0.38 * value))
    return QBrush(_blend(palette.base().color(), highlight, 0.48 * value))


def _wrong_icon() -> QIcon:
    return icon("wrong")


def _bold() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return font


class _ValueModel(QAbstractTableModel):
    """What both tables share: one column per input, numbers from 0 to 1, listening to a document."""

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.aboutToInsertInput.connect(self._about_to_insert_input)
        document.inputInserted.connect(self.endInsertColumns)
        document.aboutToRemoveInput.connect(self._about_to_remove_input)
        document.inputRemoved.connect(self.endRemoveColumns)
        document.aboutToReset.connect(self.beginResetModel)
        document.resetDone.connect(self.endResetModel)

    def retranslate(self) -> None:
        """The language changed: every header and cell is shown again (texts and decimal separators)."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def _about_to_insert_input(self, column: int) -> None:
        self.beginInsertColumns(QModelIndex(), column, column)

    def _about_to_remove_input(self, column: int) -> None:
        self.beginRemoveColumns(QModelIndex(), column, column)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.document.scenario.n_inputs + 1

    def _value_data(self, value: float, role: int, output: bool) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return i18n.decimal(numbers.unit(value))
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return i18n.decimal(numbers.exact(value))
        if role == Qt.ItemDataRole.BackgroundRole:
            return value_brush(value, output)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _input_header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Input {0}").format(section + 1)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and not 0 <= section < self.columnCount():
            return None
        if orientation == Qt.Orientation.Vertical and not 0 <= section < self.rowCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if orientation == Qt.Orientation.Horizontal and section == self.columnCount() - 1:
            return self._last_header(role)
        if orientation == Qt.Orientation.Horizontal:
            return self._input_header(section, role)
        return self._row_header(section, role)

    def _last_header(self, role: int) -> Any:
        raise NotImplementedError

    def _row_header(self, section: int, role: int) -> Any:
        raise NotImplementedError


class SituationsModel(_ValueModel):
    """One row per situation: its inputs, then the expected output (the last column)."""

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(document, parent)
        document.situationValueChanged.connect(self._value_changed)
        document.aboutToInsertSituations.connect(self._about_to_insert_rows)
        document.situationsInserted.connect(self._rows_inserted)
        document.aboutToRemoveSituations.connect(self._about_to_remove_rows)
        document.situationsRemoved.connect(self._rows_removed)
        self._wrong: frozenset[int] = frozenset()  # the situations the network answers wrong
        self._session: Any = None

    def follow(self, session: Any) -> None:
        """Mark the situations the session's network answers wrong, as its answers change."""
        self._session = session
        session.answersChanged.connect(self._show_verdict)
        self._show_verdict()

    def _show_verdict(self) -> None:
        self.set_wrong_rows(self._session.verdict().wrong)

    def wrong_rows(self) -> list[int]:
        return sorted(self._wrong)

    def set_wrong_rows(self, rows: Sequence[int]) -> None:
        """Mark these situations as answered wrong (an icon, a colour and words on their headers)."""
        wrong = frozenset(r for r in rows if 0 <= r < self.rowCount())
        if wrong == self._wrong:
            return
        changed = sorted(wrong ^ self._wrong)
        self._wrong = wrong
        self.headerDataChanged.emit(Qt.Orientation.Vertical, changed[0], changed[-1])
        self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], self.columnCount() - 1),
                              [WRONG_ROLE])

    def _value_changed(self, row: int, column: int) -> None:
        index = self.index(row, column)
        self.dataChanged.emit(index, index, VALUE_ROLES)

    def _about_to_insert_rows(self, first: int, last: int) -> None:
        self.beginInsertRows(QModelIndex(), first, last)

    def _rows_inserted(self, first: int, last: int) -> None:
        self.endInsertRows()
        self.headerDataChanged.emit(Qt.Orientation.Vertical, first, self.rowCount() - 1)

    def _about_to_remove_rows(self, first: int, last: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, last)

    def _rows_removed(self, first: int, last: int) -> None:
        self.endRemoveRows()
        if first < self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, self.rowCount() - 1)

    def output_column(self) -> int:
        return self.document.scenario.n_inputs

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.document.scenario.n_situations

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        s = self.document.scenario
        row, column = index.row(), index.column()
        output = column == s.n_inputs
        value = s.outputs[row] if output else s.inputs[row][column]
        if role == WRONG_ROLE:
            return row in self._wrong
        if role == Qt.ItemDataRole.ToolTipRole:
            if output:
                where = self.tr("Situation {0}, expected output").format(row + 1)
            else:
                where = self.tr("Situation {0}, input {1}").format(row + 1, column + 1)
            return self.tr("{0}: {1}\nClick to switch between 0 and 1, double-click to type a value").format(
                where, i18n.decimal(numbers.exact(value)))
        return self._value_data(value, role, output)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask the document to set a value (a float or a typed text); False if it refused."""
        if role != Qt.ItemDataRole.EditRole or not self.checkIndex(
                index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return False
        return self.document.set_situation_values([(index.row(), index.column(), value)])

    def set_values(self, cells: Sequence[tuple[Index, float]], text: str = "") -> bool:
        """Set several cells in one undo step (used to toggle or clear a selection)."""
        return self.document.set_situation_values([(i.row(), i.column(), v) for i, v in cells], text)

    def _last_header(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Output")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The output each situation should give: what the network learns to answer")
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        return None

    def _input_header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Input {0} of every situation").format(section + 1)
        return super()._input_header(section, role)

    def _row_header(self, section: int, role: int) -> Any:
        wrong = section in self._wrong
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Situation {0}").format(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Situation {0}: click to select it (to remove it)").format(section + 1)
            if wrong:
                return self.tr("The network answers this situation wrong.") + "\n" + tip
            return tip
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and wrong:
            return self.tr("The network answers this situation wrong.")
        if role == Qt.ItemDataRole.DecorationRole and wrong:
            return _wrong_icon()
        if role == Qt.ItemDataRole.ForegroundRole and wrong:
            return QBrush(wrong_colour())
        if role == WRONG_ROLE:
            return wrong
        return None


class RiddleModel(_ValueModel):
    """One row: the riddle's inputs, then the network's answer (read-only, set with set_answer)."""

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(document, parent)
        self._answer: float | None = None
        document.riddleValueChanged.connect(self._value_changed)
        document.inputInserted.connect(self._forget_answer)
        document.inputRemoved.connect(self._forget_answer)
        document.resetDone.connect(self._forget_answer)

    def answer(self) -> float | None:
        return self._answer

    def set_answer(self, value: float | None) -> None:
        """Show the network's answer for the riddle (None: no answer yet)."""
        self._answer = None if value is None else float(value)
        index = self.index(0, self.columnCount() - 1)
        self.dataChanged.emit(index, index, VALUE_ROLES)

    def _forget_answer(self, *_: Any) -> None:
        """An answer for another riddle is wrong: the window sets a fresh one after riddleChanged."""
        if self._answer is not None:
            self.set_answer(None)

    def _value_changed(self, column: int) -> None:
        index = self.index(0, column)
        self.dataChanged.emit(index, index, VALUE_ROLES)
        self._forget_answer()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        column = index.column()
        riddle = self.document.scenario.riddle
        if column < len(riddle):
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Riddle, input {0}: {1}\n"
                               "Click to switch between 0 and 1, double-click to type a value").format(
                    column + 1, i18n.decimal(numbers.exact(riddle[column])))
            return self._value_data(riddle[column], role, output=False)
        return self._answer_data(role)

    def _answer_data(self, role: int) -> Any:
        answer = self._answer
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if answer is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "?"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The network's answer for the riddle appears here")
            if role == Qt.ItemDataRole.BackgroundRole:
                return value_brush(0.0, output=True)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return i18n.decimal(numbers.answer(answer))
        if role == Qt.ItemDataRole.EditRole:
            return answer
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The network's answer for the riddle: {0}").format(i18n.decimal(repr(answer)))
        if role == Qt.ItemDataRole.BackgroundRole:
            return value_brush(answer, output=True)
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < self.document.scenario.n_inputs:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask the document to set a riddle input (a float or a typed text); False if refused."""
        if role != Qt.ItemDataRole.EditRole or not self.checkIndex(
                index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return False
        if index.column() >= self.document.scenario.n_inputs:
            return False
        return self.document.set_riddle_values([(index.column(), value)])

    def set_values(self, cells: Sequence[tuple[Index, float]], text: str = "") -> bool:
        """Set several riddle inputs in one undo step (the answer cell is skipped)."""
        k = self.document.scenario.n_inputs
        return self.document.set_riddle_values([(i.column(), v) for i, v in cells if i.column() < k], text)

    def _last_header(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Answer")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("What the network answers for the riddle")
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        return None

    def _input_header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Input {0} of the riddle").format(section + 1)
        return super()._input_header(section, role)

    def _row_header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Riddle")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The riddle: a new situation whose output the network has to guess")
        return None
