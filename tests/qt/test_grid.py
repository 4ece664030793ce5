"""The situations grid and the riddle row, driven the way a person uses them."""

from __future__ import annotations

import pytest
from helpers.cells import click_cell
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import QLineEdit

from nngui.model.scenario import article_scenario, load_preset
from nngui.qt.document import ScenarioDocument
from nngui.qt.models import RiddleModel, SituationsModel
from nngui.qt.widgets.grid import RiddleView, SituationsView


@pytest.fixture
def doc(qapp) -> ScenarioDocument:
    return ScenarioDocument(article_scenario())


@pytest.fixture
def views(qtbot, doc):
    situations, riddle = SituationsView(doc), RiddleView(doc)
    riddle.follow(situations)
    for view in (situations, riddle):
        qtbot.addWidget(view)
        view.resize(420, 240 if view is situations else view.height())
        view.show()
    qtbot.waitExposed(situations)
    return situations, riddle


def messages(doc: ScenarioDocument) -> list[str]:
    seen: list[str] = []
    doc.message.connect(seen.append)
    return seen




def open_editors(view) -> list[QLineEdit]:
    return [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]


def editor_of(view) -> QLineEdit:
    editors = open_editors(view)
    assert len(editors) == 1, "no editor is open"
    return editors[0]


def press_enter(qtbot, view, editor: QLineEdit) -> None:
    """Enter commits through a queued call: wait until the editor has closed."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not open_editors(view))


def type_into(qtbot, view, row: int, column: int, text: str) -> None:
    """Double-click a cell, type into its editor and press Enter.

    A real double-click arrives as press, release, double-click; QTest's mouseDClick sends only the
    last one, so the first click is sent before it.
    """
    index = view.model().index(row, column)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    editor = editor_of(view)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    press_enter(qtbot, view, editor)


# -- the models ------------------------------------------------------------------

def test_situations_model_passes_the_model_tester_through_edits(qtmodeltester, doc):
    model = SituationsModel(doc)
    qtmodeltester.check(model)
    doc.set_input(1, 2, 0.5)
    doc.insert_situation(2)
    doc.insert_input(0)
    qtmodeltester.check(model)
    doc.remove_situations([0, 3])
    doc.remove_input(2)
    doc.replace_situations([[1, 0], [0, 1], [1, 1]], [1, 1, 0])
    qtmodeltester.check(model)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    qtmodeltester.check(model)
    doc.set_scenario(load_preset("two-layer"))
    qtmodeltester.check(model)
    assert model.rowCount() == 7 and model.columnCount() == 4


def test_riddle_model_passes_the_model_tester_through_edits(qtmodeltester, doc):
    model = RiddleModel(doc)
    qtmodeltester.check(model)
    model.set_answer(0.99993704)
    doc.set_riddle(1, 1.0)
    doc.insert_input(3)
    qtmodeltester.check(model)
    doc.remove_input(0)
    doc.replace_situations([[1], [0]], [1, 0])
    qtmodeltester.check(model)


def test_situations_model_shows_values_and_headers(doc):
    model = SituationsModel(doc)
    doc.set_input(1, 2, 0.5)
    doc.set_output(0, 1 / 3)
    data = model.data
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Input 1", "Input 2", "Input 3", "Output"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "Situation 1"
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None
    assert data(model.index(1, 2)) == "0.5"
    assert data(model.index(0, 3)) == "0.333"
    assert data(model.index(1, 0)) == "1"
    assert data(model.index(0, 3), Qt.ItemDataRole.EditRole) == 1 / 3
    assert "0.3333333333333333" in data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignCenter
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable


def test_shading_grows_with_the_value_in_light_and_dark_palettes(doc):
    model = SituationsModel(doc)
    palette = QGuiApplication.palette()
    base = palette.base().color()

    def distance(row: int, column: int) -> float:
        brush: QBrush = model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole)
        color = brush.color()
        return sum(abs(a - b) for a, b in zip(color.getRgbF()[:3], base.getRgbF()[:3]))

    doc.set_input(1, 2, 0.5)
    assert distance(0, 0) == 0 < distance(1, 2) < distance(1, 1)  # 0, 0.5, 1
    assert 0 < distance(0, 3) < distance(1, 3)  # the output column is tinted even at 0


def test_model_emits_fine_grained_signals(qtbot, doc):
    model = SituationsModel(doc)
    with qtbot.waitSignal(model.dataChanged) as changed:
        doc.set_input(1, 2, 0.0)
    assert changed.args[0] == model.index(1, 2) and Qt.ItemDataRole.DisplayRole in changed.args[2]
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        doc.insert_situation(4)
    assert inserted.args[1:] == [4, 4]
    with qtbot.waitSignal(model.columnsRemoved) as removed:
        doc.remove_input(1)
    assert removed.args[1:] == [1, 1]
    with qtbot.waitSignal(model.modelReset):
        doc.set_scenario(article_scenario())


def test_riddle_model_shows_the_answer_read_only(doc):
    model = RiddleModel(doc)
    last = model.index(0, 3)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Answer"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Riddle"
    assert model.data(last) == "?"
    model.set_answer(0.99993704)
    assert model.data(last) == "0.99994"
    assert not model.flags(last) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(last, 0.5)
    doc.set_riddle(0, 0.0)  # another riddle: the old answer no longer holds
    assert model.data(last) == "?"


# -- clicking and typing -------------------------------------------------------------

def test_a_click_switches_a_situation_cell_and_undo_restores_it(qtbot, views, doc):
    situations, _ = views
    click_cell(qtbot, situations, 0, 0)
    assert doc.scenario.inputs[0][0] == 1.0
    assert situations.model().index(0, 0).data() == "1"
    assert situations.state() != situations.State.EditingState  # a click does not open the editor
    click_cell(qtbot, situations, 2, 3)
    assert doc.scenario.outputs[2] == 0.0
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.scenario.to_dict() == article_scenario().to_dict()


def test_a_click_on_a_half_value_makes_it_1_and_above_makes_it_0(qtbot, views, doc):
    situations, _ = views
    doc.set_input(0, 1, 0.4)
    doc.set_input(1, 1, 0.5)
    click_cell(qtbot, situations, 0, 1)
    click_cell(qtbot, situations, 1, 1)
    assert doc.scenario.inputs[0][1] == 1.0 and doc.scenario.inputs[1][1] == 0.0


def test_a_click_switches_the_riddle_but_not_the_answer(qtbot, views, doc):
    _, riddle = views
    riddle.set_answer(0.25)
    click_cell(qtbot, riddle, 0, 1)
    assert doc.scenario.riddle == [1.0, 1.0, 0.0]
    click_cell(qtbot, riddle, 0, 3)
    assert doc.scenario.riddle == [1.0, 1.0, 0.0]
    assert doc.undo_stack.count() == 1


def test_double_click_and_typing_sets_a_value_in_one_step(qtbot, views, doc):
    situations, riddle = views
    type_into(qtbot, situations, 1, 2, "0.25")
    assert doc.scenario.inputs[1][2] == 0.25
    assert situations.model().index(1, 2).data() == "0.25"
    assert doc.undo_stack.count() == 1  # the double-click's first click did not leave a switch behind
    doc.undo_stack.undo()
    assert doc.scenario.inputs[1][2] == 1.0
    type_into(qtbot, riddle, 0, 2, "0,75")
    assert doc.scenario.riddle[2] == 0.75


@pytest.mark.parametrize("text", ["2", "abc", "-1"])
def test_typing_an_invalid_value_is_refused_and_the_old_value_stays(qtbot, views, doc, text):
    situations, _ = views
    seen = messages(doc)
    type_into(qtbot, situations, 1, 2, text)
    assert doc.scenario.inputs[1][2] == 1.0
    assert seen == [f"Situation 2, input 3: '{text}' is not a number from 0 to 1"]
    assert doc.undo_stack.count() == 0


def test_typing_a_digit_or_f2_opens_the_editor(qtbot, views, doc):
    situations, _ = views
    situations.setFocus()
    situations.setCurrentIndex(situations.model().index(1, 0))  # holds 1: the typed digit replaces it
    qtbot.keyClick(situations, Qt.Key.Key_0)
    editor = editor_of(situations)
    assert editor.text() == "0"
    qtbot.keyClicks(editor, ".5")
    press_enter(qtbot, situations, editor)
    assert doc.scenario.inputs[1][0] == 0.5
    situations.setFocus()
    qtbot.keyClick(situations, Qt.Key.Key_F2)
    editor = editor_of(situations)
    assert editor.text() == "0.5"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_editors(situations))
    assert doc.scenario.inputs[1][0] == 0.5
    situations.setFocus()
    qtbot.keyClick(situations, Qt.Key.Key_X)  # a letter opens it too: "abc" is typed, then refused
    editor = editor_of(situations)
    assert editor.text() == "x"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_editors(situations))
    assert doc.scenario.inputs[1][0] == 0.5


def test_space_switches_and_delete_clears_the_selection_in_one_step(qtbot, views, doc):
    situations, _ = views
    situations.setFocus()
    situations.selectRow(1)
    qtbot.keyClick(situations, Qt.Key.Key_Space)
    assert doc.scenario.inputs[1] == [0.0, 0.0, 0.0] and doc.scenario.outputs[1] == 0.0
    situations.selectRow(2)
    qtbot.keyClick(situations, Qt.Key.Key_Delete)
    assert doc.scenario.inputs[2] == [0.0, 0.0, 0.0]
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.scenario.to_dict() == article_scenario().to_dict()


def test_locked_document_refuses_situation_clicks_but_not_riddle_clicks(qtbot, views, doc):
    situations, riddle = views
    seen = messages(doc)
    doc.set_locked("Stop training to edit the situations")
    click_cell(qtbot, situations, 0, 0)
    assert doc.scenario.inputs[0][0] == 0.0
    assert seen == ["Stop training to edit the situations"]
    seen.clear()
    center = situations.visualRect(situations.model().index(0, 1)).center()
    qtbot.mouseClick(situations.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(situations.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert not open_editors(situations)  # no editor opens while locked, the reason shows at once
    assert seen == ["Stop training to edit the situations"] * 2  # (the click, then the double-click)
    type_into(qtbot, riddle, 0, 0, "0.5")
    assert doc.scenario.riddle[0] == 0.5
    click_cell(qtbot, riddle, 0, 2)
    assert doc.scenario.riddle == [0.5, 0.0, 1.0]
    assert doc.scenario.to_dict()["situations"] == article_scenario().to_dict()["situations"]


# -- actions ----------------------------------------------------------------------------

def test_add_situation_inserts_after_the_current_row(qtbot, views, doc):
    situations, _ = views
    situations.setCurrentIndex(situations.model().index(1, 0))
    situations.add_situation_action.trigger()
    assert doc.scenario.n_situations == 5 and doc.scenario.inputs[2] == [0.0, 0.0, 0.0]
    assert situations.currentIndex().row() == 2
    assert situations.model().headerData(4, Qt.Orientation.Vertical) == "Situation 5"
    assert situations.add_situation_action.text() == "Add situation"
    assert not situations.add_situation_action.icon().isNull()


def test_rows_selected_in_the_header_are_removed_and_the_last_is_kept(qtbot, views, doc):
    situations, _ = views
    header = situations.verticalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 1))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=_section_center(header, 3))
    assert sorted({i.row() for i in situations.selectionModel().selectedIndexes()}) == [1, 3]
    situations.remove_situation_action.trigger()
    assert doc.scenario.inputs == [[0, 0, 1], [1, 0, 1]]
    assert doc.undo_stack.undoText() == "Remove 2 situations"
    situations.selectAll()
    seen = messages(doc)
    situations.remove_situation_action.trigger()
    assert doc.scenario.n_situations == 2 and seen and "last one" in seen[0]


def _section_center(header, section: int) -> QPoint:
    return QPoint(header.width() // 2,
                  header.sectionViewportPosition(section) + header.sectionSize(section) // 2)


def test_inputs_are_added_and_removed_with_the_riddle_following(qtbot, views, doc):
    situations, riddle = views
    shape_changes = []
    doc.shapeChanged.connect(lambda: shape_changes.append(1))
    situations.setCurrentIndex(situations.model().index(0, 0))
    situations.add_input_action.trigger()  # after the last input, wherever the current cell is
    assert doc.scenario.inputs[1] == [1.0, 1.0, 1.0, 0.0] and doc.scenario.riddle == [1.0, 0.0, 0.0, 0.0]
    assert riddle.model().columnCount() == 5 and situations.model().columnCount() == 5
    assert riddle.model().headerData(4, Qt.Orientation.Horizontal) == "Answer"
    situations.setCurrentIndex(situations.model().index(0, 4))  # the output: the last input goes
    situations.remove_input_action.trigger()
    assert doc.scenario.inputs[1] == [1.0, 1.0, 1.0]
    situations.setCurrentIndex(situations.model().index(0, 0))
    situations.remove_input_action.trigger()
    situations.remove_input_action.trigger()
    seen = messages(doc)
    situations.remove_input_action.trigger()
    assert doc.scenario.n_inputs == 1 and doc.scenario.riddle == [0.0]
    assert seen and "at least one input" in seen[0]
    assert len(shape_changes) == 4
    assert riddle.columnWidth(0) == situations.columnWidth(0)


def test_the_riddle_is_exactly_one_row_high_without_scroll_bars(views):
    _, riddle = views
    frame = 2 * riddle.frameWidth()
    assert riddle.height() == riddle.horizontalHeader().height() + riddle.rowHeight(0) + frame
    assert riddle.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert riddle.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert riddle.objectName() == "riddleTable"


def test_riddle_columns_line_up_under_the_situations(views, doc):
    situations, riddle = views
    assert situations.objectName() == "situationsTable"
    for column in range(4):
        assert riddle.columnViewportPosition(column) == situations.columnViewportPosition(column)
    assert riddle.verticalHeader().width() == situations.verticalHeader().width()


# -- CSV ------------------------------------------------------------------------------------

def test_csv_export_then_import_round_trips(qtbot, views, doc, tmp_path):
    situations, _ = views
    doc.set_input(1, 2, 0.25)
    path = tmp_path / "situations.csv"
    assert situations.export_csv(path)
    assert path.read_text().splitlines()[0] == "input 1,input 2,input 3,output"
    expected = doc.scenario.to_dict()
    doc.set_scenario(load_preset("two-layer"))
    assert situations.import_csv(path)
    assert [s["inputs"] for s in expected["situations"]] == doc.scenario.inputs
    assert [s["output"] for s in expected["situations"]] == doc.scenario.outputs
    assert situations.model().rowCount() == 4
    assert doc.undo_stack.undoText() == "Import 4 situations"


def test_importing_more_inputs_resizes_the_riddle(qtbot, views, doc, tmp_path):
    situations, riddle = views
    path = tmp_path / "wide.csv"
    path.write_text("a,b,c,d,out\n0,1,0,1,1\n1,1,1,1,0\n")
    assert situations.import_csv(path)
    assert doc.scenario.riddle == [1.0, 0.0, 0.0, 0.0]
    assert riddle.model().columnCount() == 5 and situations.model().rowCount() == 2
    doc.undo_stack.undo()
    assert doc.scenario.to_dict() == article_scenario().to_dict()


@pytest.mark.parametrize("text", [
    "0,1,1\n1,0\n",          # a row with the wrong number of columns
    "0,1,x\n1,0,1\n",        # text
    "0,1,1\n1,2,1\n",        # out of range
    "",                      # empty
])
def test_a_bad_csv_changes_nothing(qtbot, views, doc, tmp_path, text):
    situations, _ = views
    path = tmp_path / "bad.csv"
    path.write_text(text)
    seen = messages(doc)
    assert not situations.import_csv(path)
    assert doc.scenario.to_dict() == article_scenario().to_dict()
    assert doc.undo_stack.count() == 0
    assert len(seen) == 1 and seen[0].startswith("Cannot import the situations: bad.csv")


def test_export_to_an_impossible_place_reports_it(views, doc, tmp_path):
    situations, _ = views
    seen = messages(doc)
    assert not situations.export_csv(tmp_path / "missing-folder" / "x.csv")
    assert seen and seen[0].startswith("Cannot write x.csv")


def test_set_scenario_resets_the_views(qtbot, views, doc):
    situations, riddle = views
    click_cell(qtbot, situations, 0, 0)
    riddle.set_answer(0.5)
    doc.set_scenario(load_preset("two-layer"))
    assert situations.model().rowCount() == 7
    assert situations.model().index(6, 3).data() == "0"
    assert riddle.model().index(0, 3).data() == "?"
    assert not doc.undo_stack.canUndo()
    click_cell(qtbot, situations, 6, 0)
    assert doc.scenario.inputs[6] == [1.0, 0.0, 0.0]


def test_views_can_show_models_made_by_the_window(qtbot, doc):
    situations_model, riddle_model = SituationsModel(doc), RiddleModel(doc)
    situations, riddle = SituationsView(situations_model), RiddleView(riddle_model)
    qtbot.addWidget(situations)
    qtbot.addWidget(riddle)
    assert situations.model() is situations_model and riddle.riddle_model is riddle_model
    assert situations_model.parent() is None and riddle_model.parent() is None  # still the window's
    riddle.set_answer(0.5)
    assert riddle_model.answer() == 0.5


def test_views_over_a_document_own_the_models_they_make(views, doc):
    situations, riddle = views
    assert isinstance(situations.situations_model, SituationsModel)
    assert isinstance(riddle.riddle_model, RiddleModel)
    assert situations.model() is situations.situations_model and riddle.model() is riddle.riddle_model
    assert situations.situations_model.parent() is situations and riddle.riddle_model.parent() is riddle
    assert situations.document is doc and riddle.document is doc


def test_context_menu_offers_the_actions(views):
    situations, _ = views
    names = {a.text() for a in situations.actions()}
    assert names == {"Add situation", "Remove situation(s)", "Add input", "Remove input"}
    assert situations.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
