"""The equations of one iteration on screen: named matrices, the steps they make, laid out to wrap."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nngui.model import numbers
from nngui.model.network import Array
from nngui.qt import i18n

SHOWN_ROWS = 8     # rows of a matrix shown on screen
SHOWN_COLUMNS = 6  # columns of a matrix shown on screen (a dock is ~350–500 px wide)

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def shown_value(value: float) -> str:
    """numbers.plain() with the interface language's decimal separator (0,5 in Russian, as the article)."""
    return i18n.decimal(numbers.plain(value))


def subscript(number: int) -> str:
    return str(number).translate(_SUBSCRIPTS)


def _as_matrix(values: Array) -> Array:
    a = np.asarray(values, dtype=np.float64)
    return a.reshape(1, -1) if a.ndim == 1 else a


# -- what a step is made of ------------------------------------------------------


@dataclass(frozen=True)
class Matrix:
    """A named matrix in an equation; `meaning` says in words what its rows and columns are."""

    name: str
    meaning: str
    values: Array


@dataclass(frozen=True)
class Step:
    """One step of the iteration: a title, a plain sentence or two, an equation and one number worked out."""

    title: str
    text: str
    terms: tuple[Matrix | str, ...]  # matrices and the operators between them
    example: str = ""
    section: str = ""  # a heading printed before this step, if any
    example_tip: str = ""  # the worked example with every digit (its tooltip)


def matrix_text(m: Matrix, fmt: Callable[[float], str], limit: tuple[int, int],
                 more: Callable[[int, int], str]) -> str:
    """A matrix as aligned plain text: at most `limit` (rows, columns), then a note on the rest."""
    values = _as_matrix(m.values)
    rows, cols = values.shape
    shown = values[:limit[0], :limit[1]]
    cells = [[fmt(v) for v in row] for row in shown]
    width = max((len(c) for row in cells for c in row), default=1)
    lines = [f"{m.name} ({rows} × {cols}): {m.meaning}"]
    lines += ["  " + "  ".join(c.rjust(width) for c in row) for row in cells]
    if shown.shape != values.shape:
        lines += ["  " + note for note in more(rows - shown.shape[0], cols - shown.shape[1]).split("\n")]
    return "\n".join(lines)


def equation_text(terms: Sequence[Matrix | str]) -> str:
    return " ".join(t.name if isinstance(t, Matrix) else t for t in terms)


# -- matrices on screen ------------------------------------------------------------


class _MatrixModel(QAbstractTableModel):
    """The shown corner of a matrix: rounded numbers, every digit in the tooltip."""

    def __init__(self, values: Array, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = values
        self._texts = [[shown_value(v) for v in row] for row in values]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._values.shape[0]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._values.shape[1]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return i18n.decimal(numbers.exact(self._values[index.row(), index.column()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def widest_text(self) -> list[str]:
        return [t for row in self._texts for t in row]


class _MatrixBlock(QWidget):
    """A matrix's name, its numbers in a small fixed grid, its size and what is left out."""

    def __init__(self, matrix: Matrix, more: Callable[..., str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = _as_matrix(matrix.values)
        rows, cols = values.shape
        shown = values[:SHOWN_ROWS, :SHOWN_COLUMNS]
        self.setObjectName("matrixBlock")
        self.setToolTip(f"{matrix.name}: {matrix.meaning} ({rows} × {cols})")

        name = QLabel(matrix.name, self)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.view = QTableView(self)
        self.view.setObjectName("matrix")
        self.view.setAccessibleName(f"{matrix.name}: {matrix.meaning}")
        self.view.setModel(_MatrixModel(shown, self.view))
        self.view.horizontalHeader().hide()
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(False)
        metrics = self.view.fontMetrics()
        texts = self.view.model().widest_text()  # type: ignore[attr-defined]
        cell_width = max(metrics.horizontalAdvance(t) for t in [*texts, "0.0"]) + 10
        cell_height = metrics.height() + 6
        for header, size in ((self.view.horizontalHeader(), cell_width),
                             (self.view.verticalHeader(), cell_height)):
            header.setMinimumSectionSize(1)
            header.setDefaultSectionSize(size)
            header.setSectionResizeMode(header.ResizeMode.Fixed)
        frame = 2 * self.view.frameWidth()
        self.view.setFixedSize(shown.shape[1] * cell_width + frame, shown.shape[0] * cell_height + frame)

        notes = [f"{rows} × {cols}"]
        if rows > shown.shape[0] or cols > shown.shape[1]:
            notes.append(more(rows - shown.shape[0], cols - shown.shape[1]))
        size = QLabel("\n".join(notes), self)
        size.setObjectName("matrixNote")
        size.setAlignment(Qt.AlignmentFlag.AlignCenter)
        size.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = size.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        size.setFont(small)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(name)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps to a new line, each line centred vertically."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() for item in self._items) + self._gap * max(0, self.count() - 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, apply: bool) -> int:
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._items:
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > rect.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._gap
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _, hint in line)
            x = rect.x()
            for item, hint in line:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._gap
            y += height + self._gap
        return max(0, y - self._gap - rect.y())


class StepCard(QFrame):
    """One step on screen: title, sentences, the equation with its matrices, one number worked out."""

    def __init__(self, number: int, step: Step, more: Callable[..., str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)

        title = QLabel(f"{number}. {step.title}", self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)

        text = QLabel(step.text, self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)

        equation = QWidget()
        equation.setObjectName("equation")
        flow = FlowLayout(equation, spacing=8)
        for unit in _units(step.terms):
            flow.addWidget(_unit_widget(unit, more, equation))
        layout.addWidget(_EquationArea(equation, self))

        if step.example:
            example = QLabel(step.example, self)
            example.setObjectName("example")
            example.setWordWrap(True)
            example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            example.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            example.setToolTip(step.example_tip)
            layout.addWidget(example)


class _EquationArea(QScrollArea):
    """Holds an equation at the card's width; a matrix too wide for the panel scrolls sideways here alone."""

    def __init__(self, equation: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(equation)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.viewport().setAutoFillBackground(False)
        equation.setAutoFillBackground(False)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        equation = self.widget()
        needed = equation.minimumSizeHint().width()
        height = equation.heightForWidth(max(width, needed))
        if needed > width:
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        width = self.widget().sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 20)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self.height():
            self.setFixedHeight(height)


def _units(terms: Sequence[Matrix | str]) -> list[list[Matrix | str]]:
    """Group each operator with the matrix after it, so that a wrapped line starts with "= …"."""
    units: list[list[Matrix | str]] = []
    pending: list[Matrix | str] = []
    for term in terms:
        pending.append(term)
        if isinstance(term, Matrix):
            units.append(pending)
            pending = []
    if pending:
        if units:
            units[-1].extend(pending)
        else:
            units.append(pending)
    return units


def _unit_widget(unit: list[Matrix | str], more: Callable[..., str], parent: QWidget) -> QWidget:
    widget = QWidget(parent)
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for term in unit:
        if isinstance(term, Matrix):
            row.addWidget(_MatrixBlock(term, more, widget))
        else:
            operator = QLabel(term, widget)
            operator.setObjectName("operator")
            font = operator.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            operator.setFont(font)
            row.addWidget(operator)
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return widget
