"""The situations grid and the riddle row: click a cell to switch 0↔1, double-click to type a value."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from nngui.model import numbers
from nngui.model.checks import pasted_rows
from nngui.model.scenario import (
    MAX_FILE_BYTES,
    ScenarioError,
    read_text_file,
    situations_from_csv,
    situations_to_csv,
    write_text_atomic,
)
from nngui.qt import i18n
from nngui.qt.document import ScenarioDocument
from nngui.qt.messages import translate_error, translate_os_error
from nngui.qt.models import RiddleModel, SituationsModel
from nngui.qt.widgets.cell_note import CellNote
from nngui.qt.widgets.table_icons import table_icon

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

COLUMN_WIDTH = 70      # a compact cell: "Input 10" and "0.125" fit
MIN_COLUMN_WIDTH = 52


def starts_edit(text: str) -> bool:
    """Whether a key typed on a cell opens its editor: any printable character but a space (which
    switches the cell), so that "-1" or "abc" are typed in full and then stored or refused."""
    return bool(text) and text[0].isprintable() and not text[0].isspace()


class ValueDelegate(QStyledItemDelegate):
    """Types a value in a QLineEdit; draws the selection as an outline so the shading stays visible."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # what the user is typing stays (the cell was only shown again, e.g. retranslated)
        if isinstance(editor, QLineEdit) and isinstance(value, float):
            editor.setText(i18n.decimal(numbers.exact(value)))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """Store the text as typed; if the document refuses it, the old value stays and the view
        shows why beside the cell (the status bar says it too)."""
        if isinstance(editor, QLineEdit):
            text = editor.text().strip()
            if text != i18n.decimal(numbers.exact(index.data(Qt.ItemDataRole.EditRole))):
                view = self.parent()
                if isinstance(view, _ValueView):
                    view.commit(QModelIndex(index), lambda: model.setData(index, text))
                else:
                    model.setData(index, text, Qt.ItemDataRole.EditRole)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        rect = QRectF(option.rect)
        if index.column() == index.model().columnCount() - 1:  # the output / answer column
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 1.5))
            painter.drawLine(rect.topLeft() + QPointF(0.75, 0), rect.bottomLeft() + QPointF(0.75, 0))
        if selected:
            self._paint_selection_edges(painter, option, index, rect)
        painter.restore()

    def _paint_selection_edges(self, painter: QPainter, option: QStyleOptionViewItem,
                               index: QModelIndex | QPersistentModelIndex, rect: QRectF) -> None:
        """A 2 px frame around the selected area: edges only where the neighbour is not selected."""
        view = option.widget
        selection = view.selectionModel() if isinstance(view, QAbstractItemView) else None
        model = index.model()

        def outside(row: int, column: int) -> bool:
            neighbour = model.index(row, column)
            return not neighbour.isValid() or selection is None or not selection.isSelected(neighbour)

        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2.0))
        r = rect.adjusted(1, 1, -1, -1)
        row, column = index.row(), index.column()
        if outside(row - 1, column):
            painter.drawLine(r.topLeft(), r.topRight())
        if outside(row + 1, column):
            painter.drawLine(r.bottomLeft(), r.bottomRight())
        if outside(row, column - 1):
            painter.drawLine(r.topLeft(), r.bottomLeft())
        if outside(row, column + 1):
            painter.drawLine(r.topRight(), r.bottomRight())


class _ValueView(QTableView):
    """A table of 0..1 values: a click switches a cell 0↔1, double-click, F2 or a digit edits it."""

    follows_lock = True  # edits are refused while the document is locked (the riddle's are not)
    model_class: type[SituationsModel] | type[RiddleModel]  # the model a view makes over a document

    def __init__(self, source: ScenarioDocument | SituationsModel | RiddleModel,
                 parent: QWidget | None = None) -> None:
        """Show the model given, or a new model_class (owned by the view) over a document."""
        super().__init__(parent)
        model = self.model_class(source, self) if isinstance(source, ScenarioDocument) else source
        self.document: ScenarioDocument = model.document
        self.setModel(model)
        self.setItemDelegate(ValueDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        header.setDefaultSectionSize(COLUMN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(False)  # keeps "Output" the only bold column title
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self._pressed: QPersistentModelIndex | None = None      # where a plain left click started
        self._toggled: tuple[QPersistentModelIndex, int] | None = None  # last click's cell, stack index
        self.note = CellNote(self)  # why a typed value was refused, beside its cell

    # -- a refused value's note ----------------------------------------------------------
    def commit(self, index: QModelIndex, store: Callable[[], bool]) -> bool:
        """Run `store` (an edit of the document); if refused, show its reason beside the cell."""
        reasons: list[str] = []
        self.document.message.connect(reasons.append)
        try:
            done = store()
        finally:
            self.document.message.disconnect(reasons.append)
        if done:
            self.hide_note()
        elif reasons:
            self.show_note(index, reasons[-1])
        return done

    def show_note(self, index: QModelIndex, text: str) -> None:
        """Show `text` in a small note just below the cell."""
        self.note.show_under(self, index, text)

    def hide_note(self) -> None:
        self.note.dismiss()

    def sizeHint(self) -> QSize:
        """Room for every column at its compact width and for up to 12 rows (at least 3)."""
        rows = min(max(self.model().rowCount(), 3), 12)
        height = (self.horizontalHeader().sizeHint().height()
                  + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth())
        width = (self.verticalHeader().sizeHint().width() + self.model().columnCount() * COLUMN_WIDTH
                 + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width())
        return QSize(width, height)

    # -- clicking and typing ------------------------------------------------------
    def _editable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        plain = (event.button() == Qt.MouseButton.LeftButton
                 and not event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                              | Qt.KeyboardModifier.ControlModifier))
        self._pressed = QPersistentModelIndex(index) if plain and self._editable(index) else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if (pressed is not None and pressed.isValid() and QModelIndex(pressed) == index
                and event.button() == Qt.MouseButton.LeftButton
                and self.state() != QAbstractItemView.State.EditingState):
            self.toggle([index])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click edits the value as it was: the first click's switch is taken back."""
        index = self.indexAt(event.position().toPoint())
        toggled, self._toggled = self._toggled, None
        self._pressed = None
        if (toggled is not None and QModelIndex(toggled[0]) == index
                and self.document.undo_stack.index() == toggled[1]):
            self.document.withdraw_last()
        super().mouseDoubleClickEvent(event)

    def toggle(self, indexes: list[QModelIndex]) -> bool:
        """Switch each editable cell: values below 0.5 become 1, the others 0 (one undo step)."""
        cells = [(i, 1.0 if i.data(Qt.ItemDataRole.EditRole) < 0.5 else 0.0)
                 for i in indexes if self._editable(i)]
        if not cells:
            return False
        if len(cells) == 1:
            done = self.commit(cells[0][0], lambda: self.model().setData(cells[0][0], cells[0][1]))
        else:
            done = self.commit(cells[0][0], lambda: self.model().set_values(
                cells, _ValueView.tr("Switch %Ln cells", "", len(cells))))
        if done and len(cells) == 1:
            self._toggled = (QPersistentModelIndex(cells[0][0]), self.document.undo_stack.index())
        return done

    def clear_cells(self, indexes: list[QModelIndex]) -> bool:
        """Set the editable cells to 0 (one undo step)."""
        cells = [(i, 0.0) for i in indexes if self._editable(i)]
        text = _ValueView.tr("Clear %Ln cells", "", len(cells))
        return bool(cells) and self.model().set_values(cells, text)

    def _chosen(self) -> list[QModelIndex]:
        chosen = self.selectionModel().selectedIndexes()
        current = self.currentIndex()
        return chosen or ([current] if current.isValid() else [])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape and self.note.isVisible():
            self.hide_note()
        if self.state() != QAbstractItemView.State.EditingState and mods == Qt.KeyboardModifier.NoModifier:
            if key == Qt.Key.Key_Space:
                self.toggle(self._chosen())
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_cells(self._chosen())
                return
        super().keyPressEvent(event)

    def edit(self, index: QModelIndex | QPersistentModelIndex,
             trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
             event: QEvent | None = None) -> bool:
        """Typing opens the editor only for a digit, a point or a comma (other keys keep their use).

        While the document is locked the situations' editor does not open: the reason is shown at once.
        """
        if (trigger == QAbstractItemView.EditTrigger.AnyKeyPressed and isinstance(event, QKeyEvent)
                and not starts_edit(event.text())):
            return False
        reason = self.document.lock_reason()
        if (self.follows_lock and reason is not None and self._editable(QModelIndex(index))
                and trigger & self.editTriggers()):  # (Qt also asks with triggers it then ignores)
            self.document.message.emit(reason)
            self.show_note(QModelIndex(index), reason)
            return False
        opened = super().edit(index, trigger, event)
        if opened:
            self.hide_note()
        return opened

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.viewport().update()  # the shading follows the palette
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Show the headers and cells in the new language (and with its decimal separator)."""
        model = self.model()
        if hasattr(model, "retranslate"):
            model.retranslate()

    def _menu(self, actions: list[QAction | None], where: QPoint) -> None:
        menu = QMenu(self)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(where)


class SituationsView(_ValueView):
    """The situations: one row each, inputs then the expected output; with add/remove actions."""

    model_class = SituationsModel

    def __init__(self, source: ScenarioDocument | SituationsModel, parent: QWidget | None = None) -> None:
        """Show a SituationsModel, or a new one (owned by the view) over a document."""
        super().__init__(source, parent)
        model: SituationsModel = self.model()
        self.situations_model = model
        self.setObjectName("situationsTable")
        for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            changed.connect(self.updateGeometry)  # room for up to 12 situations (see sizeHint)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        model.columnsRemoved.connect(self._stretch_columns)
        self._create_actions()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._cell_menu)
        for header, slot in ((self.verticalHeader(), self._row_menu),
                             (self.horizontalHeader(), self._column_menu)):
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(slot)

    def _create_actions(self) -> None:
        def action(icon: QIcon, shortcut: QKeySequence | None, slot: object) -> QAction:
            result = QAction(icon, "", self)
            if shortcut is not None:  # from anywhere in the window, as the Edit menu promises
                result.setShortcut(shortcut)
                result.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            result.triggered.connect(slot)
            self.addAction(result)
            return result

        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        self.add_situation_action = action(
            table_icon(add=True, rows=True), QKeySequence(ctrl | Qt.Key.Key_Insert), self.add_situation)
        self.remove_situation_action = action(
            table_icon(add=False, rows=True), QKeySequence(ctrl | Qt.Key.Key_Delete), self.remove_situations)
        self.add_input_action = action(
            table_icon(add=True, rows=False), QKeySequence(ctrl | shift | Qt.Key.Key_Insert), self.add_input)
        self.remove_input_action = action(
            table_icon(add=False, rows=False), QKeySequence(ctrl | shift | Qt.Key.Key_Delete),
            self.remove_input)
        for name, made in (("addSituation", self.add_situation_action), ("removeSituation",
                           self.remove_situation_action), ("addInput", self.add_input_action),
                           ("removeInput", self.remove_input_action)):
            made.setObjectName(name + "Action")  # its button under the grid is name + "Button"
        self._retranslate_actions()

    def retranslate(self) -> None:
        super().retranslate()
        self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        texts = (
            (self.add_situation_action, self.tr("Add situation"),
             self.tr("Add a situation below the current one")),
            (self.remove_situation_action, self.tr("Remove situation(s)"),
             self.tr("Remove the selected situations")),
            (self.add_input_action, self.tr("Add input"),
             self.tr("Add an input (0 in every situation and in the riddle)")),
            (self.remove_input_action, self.tr("Remove input"),
             self.tr("Remove the current input column (or the last input) "
                     "from the situations and the riddle")),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    @Slot()
    def _stretch_columns(self) -> None:
        """Qt's header does not stretch the remaining columns after one is removed: ask it again."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.resizeSections(QHeaderView.ResizeMode.Stretch)

    def actions_for_menus(self) -> list[QAction]:
        return [self.add_situation_action, self.remove_situation_action,
                self.add_input_action, self.remove_input_action]

    # -- actions ---------------------------------------------------------------------
    def add_situation(self) -> bool:
        """Insert a situation of zeros after the current row (at the end if there is none)."""
        current = self.currentIndex()
        row = current.row() + 1 if current.isValid() else self.model().rowCount()
        if not self.document.insert_situation(row):
            return False
        self.setCurrentIndex(self.model().index(row, max(current.column(), 0)))
        self.scrollTo(self.currentIndex())
        return True

    def remove_situations(self) -> bool:
        """Remove every situation with a selected cell (or the current one)."""
        rows = sorted({index.row() for index in self._chosen()})
        if not rows or not self.document.remove_situations(rows):
            return False
        row = min(rows[0], self.model().rowCount() - 1)
        self.setCurrentIndex(self.model().index(row, 0))
        return True

    def add_input(self) -> bool:
        """Add an input after the last input (before the output): 0 in every situation and the riddle."""
        column = self.document.scenario.n_inputs
        current = self.currentIndex()
        if not self.document.insert_input(column):
            return False
        self.setCurrentIndex(self.model().index(max(current.row(), 0), column))
        return True

    def remove_input(self) -> bool:
        """Remove the current column if it is an input, else the last input."""
        k = self.document.scenario.n_inputs
        current = self.currentIndex()
        column = current.column() if current.isValid() and current.column() < k else k - 1
        return self.document.remove_input(column)

    # -- copy and paste (tab-separated, as spreadsheets do) -----------------------------------------
    def copy_cells(self) -> str:
        """Put the selected cells (every situation if none is selected) on the clipboard as
        tab-separated rows, each number in full with the language's decimal separator."""
        chosen = self.selectionModel().selectedIndexes()
        model = self.model()
        if chosen:
            rows = range(min(i.row() for i in chosen), max(i.row() for i in chosen) + 1)
            columns = range(min(i.column() for i in chosen), max(i.column() for i in chosen) + 1)
        else:
            rows, columns = range(model.rowCount()), range(model.columnCount())
        text = "".join("\t".join(i18n.decimal(numbers.exact(model.index(r, c).data(Qt.ItemDataRole.EditRole)))
                                 for c in columns) + "\n" for r in rows)
        QApplication.clipboard().setText(text)
        count = len(rows) * len(columns)
        self.document.message.emit(self.tr("Copied %Ln cells", "", count))
        return text

    def paste_cells(self) -> bool:
        """Paste tab-separated rows from the clipboard at the current cell (the selection's top left),
        in one undo step; rows beyond the last situation are added. If a cell is refused, nothing
        changes and a note beside the grid names its row and column."""
        chosen = self.selectionModel().selectedIndexes()
        current = self.currentIndex()
        if chosen:
            row, column = min(i.row() for i in chosen), min(i.column() for i in chosen)
        else:
            row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        rows = pasted_rows(QApplication.clipboard().text())
        at = self.model().index(row, column)
        if not self.commit(at, lambda: self.document.paste_situations(rows, row, column)):
            return False
        last = self.model().index(row + len(rows) - 1, column + len(rows[0]) - 1)
        selection = self.selectionModel()
        selection.select(QItemSelection(at, last), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.setCurrentIndex(at, QItemSelectionModel.SelectionFlag.NoUpdate)
        return True

    def import_csv(self, path: str | os.PathLike[str]) -> bool:
        """Replace the situations with a CSV file's (one undo step); on error nothing changes."""
        path = Path(path)
        try:
            inputs, outputs = situations_from_csv(read_text_file(path, MAX_FILE_BYTES), where=path.name)
        except ScenarioError as exc:
            self.document.message.emit(self.tr("Cannot import the situations: {0}").format(
                translate_error(exc)))
            return False
        return self.document.replace_situations(inputs, outputs)

    def export_csv(self, path: str | os.PathLike[str]) -> bool:
        """Write the situations as CSV (atomically); False, with a message, if that fails."""
        path = Path(path)
        try:
            write_text_atomic(path, situations_to_csv(self.document.scenario))
        except OSError as exc:
            self.document.message.emit(self.tr("Cannot write {0}: {1}").format(
                path.name, translate_os_error(exc.strerror) if exc.strerror else translate_error(exc)))
            return False
        return True

    # -- context menus ---------------------------------------------------------------------
    def _cell_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self._menu([self.add_situation_action, self.remove_situation_action, None,
                    self.add_input_action, self.remove_input_action], self.viewport().mapToGlobal(pos))

    def _row_menu(self, pos: QPoint) -> None:
        row = self.verticalHeader().logicalIndexAt(pos)
        if row >= 0 and not self.selectionModel().isRowSelected(row, QModelIndex()):
            self.selectRow(row)
        self._menu([self.add_situation_action, self.remove_situation_action],
                   self.verticalHeader().mapToGlobal(pos))

    def _column_menu(self, pos: QPoint) -> None:
        column = self.horizontalHeader().logicalIndexAt(pos)
        if column >= 0:
            row = max(self.currentIndex().row(), 0)
            self.selectionModel().setCurrentIndex(self.model().index(row, column),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)
        self._menu([self.add_input_action, self.remove_input_action],
                   self.horizontalHeader().mapToGlobal(pos))


class RiddleView(_ValueView):
    """The riddle: one row of inputs and the network's answer; exactly one row high, no scroll bars."""

    follows_lock = False
    model_class = RiddleModel

    def __init__(self, source: ScenarioDocument | RiddleModel, parent: QWidget | None = None,
                 session: TrainingSession | None = None) -> None:
        """Show a RiddleModel, or a new one (owned by the view) over a document; with a session,
        its network's answer beside the riddle, as it changes."""
        super().__init__(source, parent)
        self.riddle_model: RiddleModel = self.model()
        self._session = session
        if session is not None:
            session.follow_answers(self._follow_session)
        self.setObjectName("riddleTable")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionsClickable(False)
        self._leader: QTableView | None = None
        self._fit_height()

    def set_answer(self, value: float | None) -> None:
        """Show the network's answer for the riddle (None: not known yet)."""
        self.riddle_model.set_answer(value)

    @Slot()
    def _follow_session(self) -> None:
        self.set_answer(self._session.riddle_answer())

    def _fit_height(self) -> None:
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
            self._fit_height()

    def follow(self, situations: QTableView) -> None:
        """Line the riddle's columns up under the situations' (widths, row-header width, scrolling)."""
        self._leader = situations
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        lead_header = situations.horizontalHeader()
        lead_header.sectionResized.connect(self._sync_columns)
        lead_header.geometriesChanged.connect(self._sync_columns)
        situations.verticalHeader().geometriesChanged.connect(self._sync_columns)
        self.model().columnsInserted.connect(self._sync_columns)
        self.model().columnsRemoved.connect(self._sync_columns)
        self.model().modelReset.connect(self._sync_columns)
        situations.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        self.horizontalScrollBar().valueChanged.connect(situations.horizontalScrollBar().setValue)
        self._sync_columns()

    def _sync_columns(self, *_: object) -> None:
        leader = self._leader
        if leader is None:
            return
        lead_header = leader.horizontalHeader()
        for column in range(min(self.model().columnCount(), lead_header.count())):
            self.setColumnWidth(column, lead_header.sectionSize(column))
        width = max(leader.verticalHeader().sizeHint().width(), self.verticalHeader().sizeHint().width())
        leader.verticalHeader().setMinimumWidth(width)
        self.verticalHeader().setMinimumWidth(width)
        self.horizontalScrollBar().setValue(leader.horizontalScrollBar().value())


__all__ = ["RiddleView", "SituationsView", "ValueDelegate", "table_icon"]
