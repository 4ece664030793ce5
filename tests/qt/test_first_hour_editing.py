"""A beginner's first hour (issue 11), the editing items: each test acts like the learner did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QToolButton

from nngui.model.scenario import article_scenario
from nngui.qt import i18n

ARTICLE_INPUTS = [[0.0, 0.0, 1.0], [1.0, 1.0, 1.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]]


@pytest.fixture
def language(qapp):
    """Switch languages in a test; English and the locale are back afterwards."""
    locale = QLocale()
    yield lambda code: i18n.set_language(qapp, code)
    i18n.set_language(qapp, "en")
    QLocale.setDefault(locale)


def open_editors(view: QTableView) -> list[QLineEdit]:
    return [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]


def go_to_cell(qtbot, view: QTableView, row: int, column: int) -> None:
    """Tab into the table, then walk to the cell with the arrow keys (a click would switch it)."""
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(column):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (row, column)


def type_on_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    """Select a cell and just type: the first key opens the editor; Enter stores what was typed."""
    go_to_cell(qtbot, view, row, column)
    qtbot.keyClicks(view, text[0])
    editors = open_editors(view)
    assert len(editors) == 1, f"typing {text[0]!r} on a cell did not open its editor"
    qtbot.keyClicks(editors[0], text[1:])
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not open_editors(view))


# -- item 2: a typed value is stored as typed, or refused at the cell ------------------------------
def test_minus_one_is_refused_beside_the_cell_and_the_old_value_stays(qtbot, window):
    grid = window.situations_view
    type_on_cell(qtbot, grid, 0, 0, "-1")
    assert window.document.scenario.inputs == ARTICLE_INPUTS  # not 1: the 0 stays
    note = window.findChild(type(grid.note), "cellNote")
    assert note is grid.note
    assert note.isVisible() and "'-1' is not a number from 0 to 1" in note.text()
    assert "Situation 1, input 1" in note.text()
    cell = grid.visualRect(grid.model().index(0, 0))
    below = grid.viewport().mapTo(note.parentWidget(), cell.bottomLeft())
    assert abs(note.y() - below.y()) <= 4  # right beside (below) the cell
    assert "'-1'" in window.statusBar().currentMessage()
    type_on_cell(qtbot, grid, 1, 3, "0.25")  # the next good value is stored, and the note goes
    assert window.document.scenario.outputs[1] == 0.25 and not note.isVisible()


def test_a_word_typed_into_a_cell_says_why_it_is_refused(qtbot, window):
    riddle = window.riddle_view
    type_on_cell(qtbot, riddle, 0, 1, "abc")
    assert window.document.scenario.riddle == [1.0, 0.0, 0.0]
    assert riddle.note.isVisible() and "'abc' is not a number from 0 to 1" in riddle.note.text()
    cell = riddle.viewport().mapTo(window, riddle.visualRect(riddle.model().index(0, 1)).bottomLeft())
    assert riddle.note.parentWidget() is window and riddle.note.y() >= cell.y()  # not clipped by the row
    assert window.document.undo_stack.count() == 0


@pytest.mark.parametrize("code", ["en", "ru"])
def test_comma_and_point_both_work_in_both_languages(qtbot, window, language, code):
    language(code)
    qtbot.wait(20)  # the window has retranslated
    grid = window.situations_view
    type_on_cell(qtbot, grid, 0, 0, "0,5")
    type_on_cell(qtbot, grid, 0, 1, "0.25")
    type_on_cell(qtbot, window.riddle_view, 0, 1, ",75")
    assert window.document.scenario.inputs[0][:2] == [0.5, 0.25]
    assert window.document.scenario.riddle[1] == 0.75
    assert not grid.note.isVisible()
    shown = grid.model().index(0, 0).data()
    assert shown == ("0,5" if code == "ru" else "0.5")


# -- item 6: no keyboard trap; reading order; shortcuts from anywhere ---------------------------
def test_tab_leaves_the_tables_and_arrows_and_space_work_inside(qtbot, window):
    grid, riddle = window.situations_view, window.riddle_view
    go_to_cell(qtbot, grid, 0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # arrows move inside
    assert grid.currentIndex().column() == 1 and window.focusWidget() is grid
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # Space switches the cell
    assert window.document.scenario.inputs[0][1] == 1.0
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    after_grid = window.focusWidget()
    assert after_grid is not grid and isinstance(after_grid, QToolButton)
    assert after_grid.defaultAction() is grid.add_situation_action
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.settings_bar.speed_slider
    riddle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(riddle, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.settings_bar.iterations_spin
    window.truth_dock.show()
    window.truth_dock.raise_()
    table = window.truth_table.view
    qtbot.waitUntil(table.isVisible)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert window.focusWidget() is not table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is not table


def test_tab_runs_through_the_window_in_reading_order(qtbot, window):
    window.train_button.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(16):
        widget = window.focusWidget()
        seen.append(widget.objectName() or widget.defaultAction().text())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == ["trainButton", "stepButton", "resetButton", "speedSlider", "situationsTable",
                    "addSituationButton", "removeSituationButton", "addInputButton", "removeInputButton",
                    "riddleTable",
                    "iterationsSpin", "learningRateSpin", "seedSpin", "hiddenLayersEdit", "networkView",
                    "logScaleCheck"]  # (Pause is skipped: there is no run to pause)


def test_add_and_remove_situation_keys_work_from_anywhere_in_the_window(qtbot, window):
    grid = window.situations_view
    shortcuts = {grid.add_situation_action: "Ctrl+Ins", grid.remove_situation_action: "Ctrl+Del",
                 grid.add_input_action: "Ctrl+Shift+Ins", grid.remove_input_action: "Ctrl+Shift+Del"}
    edit_menu = window.edit_menu.actions()
    for action, keys in shortcuts.items():
        assert action in edit_menu
        assert action.shortcut() == QKeySequence(keys)
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut  # not only in the grid
    window.diagram.setFocus()  # offscreen no window is active: the keys are checked under Xvfb
    grid.add_situation_action.trigger()
    assert window.document.scenario.n_situations == 5
    grid.remove_situation_action.trigger()
    assert window.document.scenario.n_situations == 4


# -- item 10: Undo covers "Add a hidden layer" and every setting; the grid fills its width ---------
def test_undo_covers_the_truth_tables_add_a_hidden_layer(qtbot, window):
    window.load_preset("two-layer")  # hidden layers 4; the learner clears the field first
    edit = window.settings_bar.hidden_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.scenario.hidden_layers == []
    window.truth_dock.show()
    window.truth_dock.raise_()
    button = window.truth_table.add_hidden_button
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.document.scenario.hidden_layers == [4]
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.document.scenario.hidden_layers == []  # before the truth table's offer
    window.undo_action.trigger()
    assert window.document.scenario.hidden_layers == [4]  # as the preset opened
    assert edit.text() == "4"


def test_undo_covers_every_setting_and_the_grid_still_fills_its_width(qtbot, window):
    bar = window.settings_bar
    for spin, text in ((bar.iterations_spin, "500"), (bar.learning_rate_spin, "0.5"), (bar.seed_spin, "7")):
        spin.setFocus()
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), text)
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.keyClick(bar.learning_rate_spin, Qt.Key.Key_Up)  # an arrow: one more step
    bar.hidden_edit.setFocus()
    qtbot.keyClicks(bar.hidden_edit, "3")
    qtbot.keyClick(bar.hidden_edit, Qt.Key.Key_Return)
    grid = window.situations_view
    qtbot.mouseClick(grid.add_input_action.associatedObjects()[-1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(grid.remove_input_action.associatedObjects()[-1], Qt.MouseButton.LeftButton)
    scenario = window.document.scenario
    assert (scenario.iterations, scenario.seed, scenario.hidden_layers) == (500, 7, [3])
    steps = 0
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
        steps += 1
    assert steps == 7
    assert scenario.to_dict() == article_scenario().to_dict()
    assert bar.iterations_spin.value() == 10_000 and bar.learning_rate_spin.value() == 1.0
    qtbot.wait(50)
    header = grid.horizontalHeader()
    assert abs(header.length() - grid.viewport().width()) <= 1  # the columns fill the grid's width
    riddle = window.riddle_view
    assert [riddle.columnWidth(c) for c in range(4)] == [grid.columnWidth(c) for c in range(4)]


# -- item 11: a new input goes after the last input ---------------------------------------------
def test_a_new_input_is_appended_after_the_last_input(qtbot, window):
    grid = window.situations_view
    go_to_cell(qtbot, grid, 1, 0)  # the current cell is in the first column
    button = grid.add_input_action.associatedObjects()[-1]
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    scenario = window.document.scenario
    assert scenario.inputs == [row + [0.0] for row in ARTICLE_INPUTS]
    assert scenario.riddle == [1.0, 0.0, 0.0, 0.0]
    assert grid.model().headerData(3, Qt.Orientation.Horizontal) == "Input 4"
    assert grid.model().headerData(4, Qt.Orientation.Horizontal) == "Output"


# -- item 16: copy and paste situations to and from a spreadsheet -------------------------------
def test_copy_gives_tab_separated_rows_for_a_spreadsheet(qtbot, window):
    grid = window.situations_view
    assert window.copy_action in window.edit_menu.actions()
    assert window.paste_action in window.edit_menu.actions()
    assert window.copy_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    assert window.paste_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Paste)
    for action in (window.copy_action, window.paste_action):  # the keys work in the grid (Xvfb)
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert grid in action.associatedObjects()
    go_to_cell(qtbot, grid, 0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select everything
    window.copy_action.trigger()
    assert QApplication.clipboard().text() == "0\t0\t1\t0\n1\t1\t1\t1\n1\t0\t1\t1\n0\t1\t1\t0\n"


def test_paste_from_a_spreadsheet_adds_rows_in_one_undo_step(qtbot, window):
    grid = window.situations_view
    go_to_cell(qtbot, grid, 3, 0)
    QApplication.clipboard().setText("Input 1\tInput 2\tInput 3\tOutput\r\n"
                                     "1\t0,5\t0\t1\r\n0\t1\t0.25\t0\r\n")
    window.paste_action.trigger()
    scenario = window.document.scenario
    assert scenario.inputs == ARTICLE_INPUTS[:3] + [[1.0, 0.5, 0.0], [0.0, 1.0, 0.25]]
    assert scenario.outputs == [0.0, 1.0, 1.0, 1.0, 0.0]
    assert grid.model().rowCount() == 5
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert scenario.inputs == ARTICLE_INPUTS and scenario.outputs == [0.0, 1.0, 1.0, 0.0]


def test_a_bad_pasted_cell_is_refused_naming_its_row_and_column(qtbot, window):
    grid = window.situations_view
    go_to_cell(qtbot, grid, 0, 0)
    QApplication.clipboard().setText("1\t1\n0\t-1\n")
    window.paste_action.trigger()
    assert window.document.scenario.inputs == ARTICLE_INPUTS  # nothing changed, not even row 1
    assert window.document.undo_stack.count() == 0
    text = grid.note.text()
    assert grid.note.isVisible() and "row 2, column 2" in text and "'-1'" in text
    assert "Situation 2, input 2" in text
    QApplication.clipboard().setText("1\t0\t1\t1\t0\n")  # five cells from the first column
    window.paste_action.trigger()
    assert "room for 4" in grid.note.text() and window.document.undo_stack.count() == 0


def test_paste_is_locked_while_training(qtbot, window):
    window.settings_bar.iterations_spin.setValue(300_000)
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
        assert window.session.is_running() and not window.paste_action.isEnabled()
    assert window.paste_action.isEnabled()


def test_a_weight_is_picked_with_the_arrows_and_edited_with_enter(qtbot, window):
    diagram = window.diagram
    window.train_button.setFocus(Qt.FocusReason.TabFocusReason)
    while window.focusWidget() is not diagram:  # Tab to the diagram, as a keyboard user does
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    qtbot.keyClick(diagram, Qt.Key.Key_Down)  # the second weight: input 2 to the output
    picked = diagram.edge_item(0, 1, 0)
    assert picked.hovered and "input 2" in picked.toolTip()
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    assert diagram.is_editing()
    editor = diagram.findChild(QLineEdit, "weightEditor")
    editor.selectAll()
    qtbot.keyClicks(editor, "0.75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.network.weights[0][1, 0] == 0.75)
    assert not diagram.is_editing()


def test_ctrl_z_in_a_settings_field_is_the_scenarios_undo(qtbot, window):
    """What Qt asks a field before a shortcut fires (real keys: tests/system/test_real_keys.py)."""
    def field_takes_ctrl_z(widget) -> bool:
        override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        override.ignore()
        QApplication.sendEvent(widget, override)
        return override.isAccepted()

    spin = window.settings_bar.iterations_spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "500")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.document.scenario.iterations == 500
    assert not field_takes_ctrl_z(spin)  # the window's Undo gets Ctrl+Z: back to 10,000
    qtbot.keyClicks(spin.lineEdit(), "7")  # something typed and not yet stored: the field's own undo
    assert field_takes_ctrl_z(spin)
    edit = window.settings_bar.hidden_edit
    assert not field_takes_ctrl_z(edit)
