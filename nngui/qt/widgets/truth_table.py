"""The truth table: the network's answer for every combination of 0/1 inputs, and what cannot be learnt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nngui.model import numbers
from nngui.model.network import Array, Network
from nngui.model.scenario import Scenario
from nngui.model.truth import one_neuron_cannot, same_inputs, truth_rows
from nngui.qt import i18n
from nngui.qt.widgets.equations import shown_value

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

MAX_TRUTH_INPUTS = 10  # 2^10 = 1024 rows
MAX_LISTED = 8         # groups of situation numbers listed in a note before "and N more"
_NOTES_CELLS = 2_000_000  # notes on the situations are worked out up to this many inputs in all
ANSWER_ROLE = Qt.ItemDataRole.UserRole + 1  # the answer as a float 0..1, for the bar


def _join(situations: Sequence[int], and_word: str) -> str:
    """1 and 3; 1, 3 and 5."""
    texts = [str(n) for n in situations]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + and_word + texts[-1]


class TruthTableModel(QAbstractTableModel):
    """Rows: every 0/1 combination. Columns: the inputs, the answer, the expected output, the situations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = np.zeros((0, 0))
        self._answers = np.zeros(0)
        self._expected: list[list[float]] = []  # per row: the different expected outputs
        self._situations: list[list[int]] = []
        self._riddle_row = -1

    # -- filling -----------------------------------------------------------------------
    def set_rows(self, rows: Array, expected: list[list[float]], situations: list[list[int]],
                 riddle_row: int) -> None:
        self.beginResetModel()
        self._rows = rows
        self._answers = np.full(rows.shape[0], np.nan)
        self._expected = expected
        self._situations = situations
        self._riddle_row = riddle_row
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: headers and cells are shown again in its words and number style."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def set_answers(self, answers: Array) -> None:
        self._answers = np.asarray(answers, dtype=np.float64).reshape(-1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.answer_column),
                                  self.index(self.rowCount() - 1, self.expected_column),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ANSWER_ROLE])

    @property
    def inputs(self) -> int:
        return self._rows.shape[1]

    @property
    def answer_column(self) -> int:
        return self.inputs

    @property
    def expected_column(self) -> int:
        return self.inputs + 1

    @property
    def situation_column(self) -> int:
        return self.inputs + 2

    # -- the model -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows.shape[0]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._rows.shape[1] == 0 else self.inputs + 3

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < self.inputs:
                if self.inputs <= 4:
                    return self.tr("Input {0}").format(section + 1)
                return str(section + 1)
            return [self.tr("Answer"), self.tr("Expected"), self.tr("Situation")][section - self.inputs]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section < self.inputs:
                return self.tr("Input {0}").format(section + 1)
            return [self.tr("The network's answer for these inputs"),
                    self.tr("The expected output, where these inputs are one of the situations"),
                    self.tr("✓: the network was trained on these inputs (the situation's number)")
                    ][section - self.inputs]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.FontRole and row == self._riddle_row:
            font = QFont()
            font.setBold(True)
            return font
        if column < self.inputs:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(int(self._rows[row, column]))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if column == self.answer_column:
            answer = float(self._answers[row])
            if np.isnan(answer):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return i18n.decimal(numbers.answer(answer, 4))
            if role == Qt.ItemDataRole.ToolTipRole:
                return i18n.decimal(repr(answer))
            if role == ANSWER_ROLE:
                return answer
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if column == self.expected_column:
            values = self._expected[row]
            wrong = self._wrong_side(row)
            if role == Qt.ItemDataRole.DisplayRole:
                text = " / ".join(shown_value(v) for v in values)
                return text + "  ✗" if wrong else text
            if role == Qt.ItemDataRole.ToolTipRole and wrong:
                return self.tr("The answer {0} is on the wrong side of 0.5").format(
                    i18n.decimal(numbers.answer(self._answers[row], 4)))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        situations = self._situations[row]
        riddle = row == self._riddle_row
        if role == Qt.ItemDataRole.DisplayRole:
            parts = ["✓ " + ", ".join(str(n) for n in situations)] if situations else []
            if riddle:
                parts.append(self.tr("riddle"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = []
            if situations:
                listed = ", ".join(str(n) for n in situations)
                tips.append(self.tr("Trained on: situation {0}").format(listed))
            if riddle:
                tips.append(self.tr("These inputs are the riddle"))
            return "\n".join(tips) or None
        return None

    def _wrong_side(self, row: int) -> bool:
        """The answer, as shown (4 decimals), is not on the expected output's side of 0.5.

        Decided on the shown number, so two answers that read the same are marked alike: "0.5000"
        is on neither side, so it is wrong for an expected 0 and for an expected 1.
        """
        values = self._expected[row]
        answer = self._answers[row]
        if len(values) != 1 or values[0] == 0.5 or np.isnan(answer):
            return False
        shown = float(numbers.answer(float(answer), 4))
        return not (shown > 0.5 if values[0] > 0.5 else shown < 0.5)


class _AnswerDelegate(QStyledItemDelegate):
    """Draws the answer with a bar behind it: empty for 0, full for 1."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        answer = index.data(ANSWER_ROLE)
        if isinstance(answer, float) and np.isfinite(answer):
            colour = option.palette.color(QPalette.ColorRole.Highlight)
            colour.setAlpha(90)
            bar = option.rect.adjusted(2, 3, -2, -3)
            bar.setWidth(round(bar.width() * min(1.0, max(0.0, answer))))
            painter.save()
            painter.fillRect(bar, colour)
            painter.restore()
        super().paint(painter, option, index)


class TruthTablePanel(QWidget):
    """Every 0/1 combination of the inputs with the network's answer, and notes on the situations."""

    addHiddenLayerRequested = Signal()  # the user asked for a hidden layer (one neuron cannot learn this)

    def __init__(self, parent: QWidget | None = None, session: TrainingSession | None = None) -> None:
        """With a session, show its network's answers (for its document's scenario) as they change."""
        super().__init__(parent)
        self.setObjectName("truthTable")
        self._key: tuple | None = None
        self._shown: tuple[Scenario, Network] | None = None  # what update_table() showed last
        self._stale = False  # update_table() was called while hidden: refresh when shown
        self._rows = np.zeros((0, 0))
        self._delegate_column = -1
        self._create_widgets()
        self._session = session
        if session is not None:
            session.follow_answers(self._follow_session)

    @Slot()
    def _follow_session(self) -> None:
        self.update_table(self._session.document.scenario, self._session.network)

    def _create_widgets(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.neuron_note = QFrame(self)
        self.neuron_note.setObjectName("neuronNote")
        self.neuron_note.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel(self.neuron_note)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.neuron_text = QLabel(self.neuron_note)
        self.neuron_text.setWordWrap(True)
        self.add_hidden_button = QPushButton(self.neuron_note)
        self.add_hidden_button.setObjectName("addHiddenLayerButton")
        self.add_hidden_button.clicked.connect(self.addHiddenLayerRequested)
        text_column = QVBoxLayout()
        text_column.addWidget(self.neuron_text)
        text_column.addWidget(self.add_hidden_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self.neuron_note)
        row.setContentsMargins(8, 8, 8, 8)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text_column, 1)

        self.situations_note = QLabel(self)
        self.situations_note.setObjectName("situationsNote")
        self.situations_note.setWordWrap(True)
        self.situations_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.situations_note.setMargin(6)
        self.situations_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = TruthTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("truthTableView")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.view.setModel(self.model)
        self._delegate = _AnswerDelegate(self.view)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setHighlightSections(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.neuron_note)
        layout.addWidget(self.situations_note)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)  # keeps the notes at the top while the table is hidden
        self.neuron_note.hide()
        self.situations_note.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text (again, after a language change)."""
        self.neuron_text.setText(self.tr(
            "One neuron cannot learn these situations: no single weighted sum separates the 1s from "
            "the 0s (like XOR). Add a hidden layer."))
        self.add_hidden_button.setText(self.tr("Add a hidden layer"))
        self.model.retranslate()
        if self._shown is None or not self.isVisible():  # a hidden panel writes its summary when shown
            self.summary.setText(self.tr("No situations yet."))
        if self._shown is not None:
            self._key = None  # the notes and the summary are written again
            self.update_table(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(380, 420)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._stale and self._shown is not None:
            self._refresh(*self._shown)
        super().showEvent(event)

    # -- public API ------------------------------------------------------------------------
    def update_table(self, scenario: Scenario, network: Network) -> None:
        """Show the network's answers for every 0/1 combination; cheap when only the weights changed.

        While the panel is hidden (e.g. a tab behind another) this only remembers what to show:
        the table is brought up to date when the panel is shown.
        """
        self._shown = (scenario, network)
        self._stale = not self.isVisible()
        if not self._stale:
            self._refresh(scenario, network)

    def _refresh(self, scenario: Scenario, network: Network) -> None:
        self._stale = False
        k = scenario.n_inputs
        single_neuron = len(network.weights) == 1
        key = (scenario.inputs, scenario.outputs, scenario.riddle,
               network.n_inputs, single_neuron, network.biases is not None, network.rules.activation)
        if key != self._key:  # compares the lists' contents: the scenario may be edited in place
            self._key = ([list(r) for r in scenario.inputs], list(scenario.outputs),
                         list(scenario.riddle), *key[3:])
            self._rebuild(scenario, network)
        if network.n_inputs != k or k > MAX_TRUTH_INPUTS:
            return
        self.model.set_answers(network.predict(self._rows)[:, 0])

    # -- building --------------------------------------------------------------------------
    def _rebuild(self, scenario: Scenario, network: Network) -> None:
        k = scenario.n_inputs
        notes: list[str] = []
        cannot = False
        if scenario.n_situations * k <= _NOTES_CELLS:  # huge scenarios get no notes rather than a pause
            x = scenario.X()
            y = scenario.y()[:, 0]
            groups = same_inputs(x)
            notes = self._situation_notes(x, y, groups, k, network)
            cannot = (network.n_inputs == k and len(network.weights) == 1
                      and one_neuron_cannot(x, y, network.biases is not None, groups,
                                            activation=network.activations[-1]))
        self.situations_note.setText("\n\n".join(notes))
        self.situations_note.setVisible(bool(notes))
        self.neuron_note.setVisible(cannot)

        if network.n_inputs != k:
            self.summary.setText(self.tr("The network has %Ln inputs but the situations have {0}.", "",
                                         network.n_inputs).format(i18n.whole(k)))
            self._rows = np.zeros((0, 0))
            self.model.set_rows(self._rows, [], [], -1)
            self.view.hide()
            return
        if k > MAX_TRUTH_INPUTS:
            self.summary.setText(self.tr(
                "Too many inputs for a truth table: %Ln inputs would need 2^%n rows. A truth table is "
                "shown for up to {0} inputs.", "", k).format(MAX_TRUTH_INPUTS))
            self._rows = np.zeros((0, 0))
            self.model.set_rows(self._rows, [], [], -1)
            self.view.hide()
            return

        table = truth_rows(scenario.X(), scenario.y()[:, 0], scenario.riddle)
        self._rows = table.rows
        self.model.set_rows(table.rows, table.expected, table.situations, table.riddle_row)

        trained = sum(1 for s in table.situations if s)
        rows = self.tr("%Ln rows", "", self._rows.shape[0])
        self.summary.setText(self.tr("Every combination of the %Ln inputs ({0}).", "", k).format(rows) + " "
                             + self.tr("✓ marks the %Ln rows the network was trained on; the other rows "
                                       "show how it answers inputs it has never seen.", "", trained))
        self.view.show()
        self._fit_columns()
        if self._delegate_column >= 0:
            self.view.setItemDelegateForColumn(self._delegate_column, None)
        self._delegate_column = self.model.answer_column
        self.view.setItemDelegateForColumn(self._delegate_column, self._delegate)

    def _fit_columns(self) -> None:
        """Size the columns once per scenario: measuring 1024 rows on every update would cost too much."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # the rows in view: every input cell is "0" or "1"
        self.view.resizeColumnsToContents()
        bold = QFont(self.view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model
        for column in (model.expected_column, model.situation_column):
            texts = [model.data(model.index(row, column)) or "" for row in range(model.rowCount())]
            if column == model.expected_column:
                texts = [t + "  ✗" for t in texts]  # room for the mark of a wrong answer
            widest = max((metrics.horizontalAdvance(t) for t in set(texts)), default=0)
            header.resizeSection(column, max(header.sectionSize(column), widest + 16))
        answer_width = metrics.horizontalAdvance("0.0000") + 32  # room for the bar to show
        header.resizeSection(model.answer_column, max(header.sectionSize(model.answer_column), answer_width))
        header.setStretchLastSection(True)

    def _situation_notes(self, x: Array, y: Array, groups: list[list[int]], k: int,
                         network: Network) -> list[str]:
        and_word = self.tr(" and ")
        contradictory, repeated = [], []
        for group in groups:
            values = {float(y[n - 1]) for n in group}
            (contradictory if len(values) > 1 else repeated).append(group)
        notes = []
        if contradictory:
            notes.append(self.tr(
                "Contradictory situations: {0}. They have the same inputs but different expected "
                "outputs, so no network can answer all of them right.").format(
                    self._groups_text(contradictory, and_word)))
        if repeated:
            notes.append(self.tr(
                "Repeated situations: {0}. They have the same inputs and the same expected output; "
                "each repeat counts again in training.").format(self._groups_text(repeated, and_word)))
        if len(network.weights) == 1 and network.biases is None:
            zero = [int(n) + 1 for n in np.flatnonzero(np.all(x == 0, axis=1) & (y != 0.5))]
            if zero:
                notes.append(self.tr(
                    "Situation {0}: every input is 0, so one neuron without a bias always answers "
                    "exactly 0.5 there.").format(_join(zero[:MAX_LISTED], and_word)))
        if k <= MAX_TRUTH_INPUTS:
            other = [int(n) + 1 for n in np.flatnonzero(~np.all((x == 0) | (x == 1), axis=1))]
            if other:
                notes.append(self.tr(
                    "Situation {0}: inputs other than 0 and 1, so not a row of this table.").format(
                        _join(other[:MAX_LISTED], and_word) + ("…" if len(other) > MAX_LISTED else "")))
        return notes

    def _groups_text(self, groups: list[list[int]], and_word: str) -> str:
        text = "; ".join(_join(g, and_word) for g in groups[:MAX_LISTED])
        if len(groups) > MAX_LISTED:
            text += self.tr("; and {0} more").format(len(groups) - MAX_LISTED)
        return text
