"""Accessible to every learner (issue 15): names for every control in both languages, the diagram read
and walked by keys, negative weights dashed, announcements throttled, readable dark and high-contrast
palettes. The same checks through a real screen reader's bus: tests/system/test_atspi.py."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from nngui.qt import accessibility, palettes
from nngui.qt.widgets.diagram import NetworkDiagram
from nngui.qt.widgets.diagram_items import NEGATIVE
from nngui.qt.widgets.diagram_legend import legend_groups

Role = QAccessible.Role
#: What a screen reader must be able to name: buttons, tables, spin boxes, check boxes, sliders,
#: text fields, combo boxes, tabs.
INTERACTIVE = {Role.Button, Role.CheckBox, Role.RadioButton, Role.SpinBox, Role.Slider, Role.Table,
               Role.EditableText, Role.ComboBox, Role.PageTab, Role.PageTabList, Role.ProgressBar}
ARTICLE_WEIGHTS = [np.array([[9.672993], [-0.207784], [-4.629636]])]


def accessible_tree(widget: QWidget) -> list:
    """Every accessible object under `widget`, as a screen reader walks it (interfaces, not widgets)."""
    found, todo = [], [QAccessible.queryAccessibleInterface(widget)]
    while todo:
        node = todo.pop()
        if node is None or not node.isValid():
            continue
        found.append(node)
        if node.role() != Role.Table:  # a table's children are its cells (named by the model)
            todo.extend(node.child(i) for i in range(node.childCount()))
    return found


def unnamed(widget: QWidget) -> list[str]:
    return sorted(f"{node.role().name} {node.object().objectName()!r} in "
                  f"{node.object().parent().objectName() if node.object().parent() else ''!r}"
                  for node in accessible_tree(widget)
                  if node.role() in INTERACTIVE and not node.text(QAccessible.Text.Name).strip())


class Marked(QTranslator):
    """A stand-in language: every accessible text comes back marked, so a test sees it went through
    QCoreApplication.translate("Accessibility", …) and follows a live switch."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, N802
        return f"[{source}]" if context == accessibility.CONTEXT else None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override): an empty translator changes no language
        return False


def switch(app: QApplication, translator: QTranslator, on: bool) -> None:
    if on:
        app.installTranslator(translator)
    else:
        app.removeTranslator(translator)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def open_everything(window) -> list[QWidget]:
    """Every dock raised in turn, a step taken (Explain's pages), the code and help dialogs open."""
    for dock in (window.explain_dock, window.truth_dock, window.input_space_dock):
        dock.show()
        dock.raise_()
    window.step_action.trigger()
    return [window.show_code(), window.show_getting_started()]


# -- names -----------------------------------------------------------------------------------------

def test_every_control_of_the_window_docks_and_dialogs_has_a_name(qtbot, window):
    dialogs = open_everything(window)
    for top in (window, *dialogs):
        assert unnamed(top) == [], top.objectName()
    roles = {node.role() for node in accessible_tree(window)}
    assert {Role.Button, Role.Table, Role.SpinBox, Role.CheckBox, Role.Slider, Role.EditableText,
            Role.ComboBox} <= roles  # the walk sees the whole window, docks included
    for name, table in (("situationsTable", "Training situations"), ("riddleTable", "Riddle"),
                        ("truthTableView", "Truth table")):
        widget = window.findChild(QWidget, name)
        assert widget.accessibleName() == table and len(widget.accessibleDescription()) > 40
    assert window.findChild(QWidget, "networkView").accessibleName() == "Network diagram"
    assert window.findChild(QWidget, "lessonChooser").accessibleName() == "Lessons"  # not its current item
    assert window.findChild(QWidget, "weightEditor").accessibleName()
    assert window.log_check.accessibleDescription().startswith("Show the loss on a logarithmic scale")
    spin = window.settings_bar.iterations_spin
    assert spin.accessibleName() == spin.lineEdit().accessibleName() == "Number of iterations"


def test_names_follow_the_language_live_and_in_every_dialog(qtbot, qapp, window):
    marked = Marked()
    try:
        switch(qapp, marked, True)
        dialogs = open_everything(window)  # opened in the new language
        for top in (window, *dialogs):
            assert unnamed(top) == []
        assert window.situations_view.accessibleName() == "[Training situations]"
        assert window.settings_bar.seed_spin.accessibleName() == "[Seed (the starting number)]"
        assert dialogs[0].findChild(QWidget, "codeView").accessibleName() == "[Python script]"
        switch(qapp, marked, False)
        assert window.situations_view.accessibleName() == "Training situations"
        assert dialogs[0].findChild(QWidget, "codeView").accessibleName() == "Python script"
        assert unnamed(window) == []
    finally:
        switch(qapp, marked, False)


def test_every_table_entry_is_a_translatable_text():
    for key, (name, description) in accessibility.TABLE.items():
        assert name is None or name.strip(), key
        assert (name, description) != (None, None), key
    assert {"timelineSlider", "weightsPlot", "trainingProgress"} <= set(accessibility.TABLE)


# -- the diagram without sight -------------------------------------------------------------------

def test_the_diagram_describes_its_layers_and_every_weight(qtbot, window):
    diagram = window.diagram
    description = diagram.accessibleDescription()
    assert description.startswith("Layers: 3 inputs; the output.")
    for i in range(3):
        assert diagram.edge_item(0, i, 0).toolTip() in description  # "Weight from input 1 to the output: …"
    assert "dashed" in description and "Enter" in description
    window.set_weight(0, 1, 0, 0.75)  # an edit is read at once
    assert "Weight from input 2 to the output: 0.750000" in diagram.accessibleDescription()
    window.settings_bar.hidden_edit.setText("4")
    window.settings_bar.hidden_edit.editingFinished.emit()
    layers = "Layers: 3 inputs; hidden layer 1, 4 neurons; the output."
    assert diagram.accessibleDescription().startswith(layers)
    assert diagram.accessibleDescription().count("Weight from") == 16


def test_the_keys_walk_the_weights_and_the_name_says_each_one(qtbot, window):
    diagram = window.diagram
    window.train_button.setFocus(Qt.FocusReason.TabFocusReason)
    while window.focusWidget() is not diagram:  # Tab to the diagram, as a keyboard user does
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert diagram.accessibleName() == "Network diagram"
    heard = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(diagram, key)
        heard.append(diagram.accessibleName())
    weights = window.network.weights[0][:, 0]
    expected = [f"Weight from input {k + 1} to the output: {weights[k]:.6f}" for k in (0, 1, 2, 0, 2)]
    assert heard == expected  # the fourth Down wraps round to the first weight
    qtbot.keyClick(diagram, Qt.Key.Key_Return)  # Enter edits the weight the keys picked
    editor = diagram.findChild(QLineEdit, "weightEditor")
    assert diagram.is_editing() and editor.accessibleName() == "Weight from input 3 to the output"
    editor.selectAll()
    qtbot.keyClicks(editor, "-2.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.network.weights[0][2, 0] == -2.5)
    assert "Weight from input 3 to the output: -2.500000" in diagram.accessibleDescription()
    QApplication.processEvents()  # the Enter that closed the editor is done with, as before a next key
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    assert diagram.accessibleName() == f"Weight from input 1 to the output: {weights[0]:.6f}"


# -- colour is never the only code -----------------------------------------------------------------

@pytest.fixture
def diagram(qtbot):
    view = NetworkDiagram()
    qtbot.addWidget(view)
    view.resize(700, 450)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_negative_weights_are_dashed_as_well_as_orange(diagram):
    diagram.set_weights(ARTICLE_WEIGHTS)
    styles = [diagram.edge_item(0, i, 0).pen().style() for i in range(3)]
    assert styles == [Qt.PenStyle.SolidLine, Qt.PenStyle.CustomDashLine, Qt.PenStyle.CustomDashLine]
    diagram.set_weights([-w for w in ARTICLE_WEIGHTS])  # the signs flip: so do the patterns
    styles = [diagram.edge_item(0, i, 0).pen().style() for i in range(3)]
    assert styles == [Qt.PenStyle.CustomDashLine, Qt.PenStyle.SolidLine, Qt.PenStyle.SolidLine]
    chunks = [chunk for group in legend_groups(10, 3, 3, True) for chunk in group]
    negative = [chunk for chunk in chunks if chunk.color == NEGATIVE]
    assert [chunk.dashed for chunk in negative] == [True]  # the legend's sample too


def test_a_negative_line_has_gaps_on_screen(diagram):
    diagram.set_weights([np.array([[6.0], [-6.0], [0.0]])])
    image = diagram.grab().toImage()

    def lit(edge) -> list[bool]:  # along the line's middle stretch: is the pixel far from the background?
        background = diagram.palette().color(QPalette.ColorRole.Base)
        flags = []
        for k in range(60):
            point = diagram.mapFromScene(edge.path().pointAtPercent(0.4 + 0.4 * k / 59))  # past its label
            colour = QColor(image.pixel(point.x(), point.y()))
            flags.append(abs(colour.lightness() - background.lightness()) > 40 or colour.saturation() > 60)
        return flags

    assert all(lit(diagram.edge_item(0, 0, 0)))  # positive: solid
    negative = lit(diagram.edge_item(0, 1, 0))
    assert 0.3 < sum(negative) / len(negative) < 0.9  # dashes and gaps


def test_expected_outputs_and_wrong_answers_are_written_not_only_coloured(qtbot, window):
    model = window.situations_model
    header = model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal)
    assert header == "Output"
    window.step_action.trigger()  # at the start the network answers situations wrong

    def marked() -> list[int]:
        return [row for row in range(model.rowCount()) if model.headerData(
            row, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleDescriptionRole)]

    qtbot.waitUntil(lambda: len(marked()) == 2)
    wrong = marked()
    tips = [model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) for row in wrong]
    assert wrong and all("wrong" in tip for tip in tips)
    assert window.answer_card.words_label.text()  # the answer in words beside its number


# -- announcements ---------------------------------------------------------------------------------

def test_an_announcer_is_current_at_once_when_idle_and_sparing_while_busy(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.show()
    busy = [False]
    names: list[str] = []
    set_name = label.setAccessibleName
    label.setAccessibleName = lambda text: (names.append(text), set_name(text))  # type: ignore[method-assign]
    announcer = accessibility.Announcer([label], lambda: busy[0], interval_ms=200)
    label.setText("Iteration 1")
    announcer.changed()
    assert label.accessibleName() == "Iteration 1"  # idle: at once
    busy[0] = True
    names.clear()
    for iteration in range(2, 200):  # a training run's updates, faster than anyone can listen
        label.setText(f"Iteration {iteration}")
        announcer.changed()
    assert len(names) <= 1
    qtbot.waitUntil(lambda: label.accessibleName() == "Iteration 199")  # the last one always comes
    assert len(names) <= 2


def test_the_status_bar_and_the_answer_are_announced_throttled_while_training(qtbot, window):
    status, card = window.iteration_status, window.answer_card
    assert status.accessibleName() == status.text() == "Iteration 0"
    window.step_action.trigger()  # a step is read at once
    assert status.accessibleName() == "Iteration 1"
    assert card.value_label.accessibleName() == card.value_label.text()
    assert card.verdict_label.accessibleName() == card.verdict_label.text() != ""

    changes: list[str] = []
    set_name = status.setAccessibleName
    status.setAccessibleName = lambda text: (changes.append(text), set_name(text))  # type: ignore[method-assign]
    texts: list[str] = []
    window.session.lossesAppended.connect(lambda *_: texts.append(status.text()))
    window.settings_bar.set_speed(100)  # a run of 10,000 at 100 iterations a second: long enough
    window.train_action.trigger()
    qtbot.waitUntil(lambda: len(set(texts)) >= 30, timeout=30_000)
    # Thirty texts shown, far fewer read: one every couple of seconds (however fast the reports
    # come; the bound is loose for a loaded machine, where they come slowly; the exact rule is
    # checked by the announcer's own test above).
    assert len(changes) <= len(set(texts)) / 2
    qtbot.waitUntil(lambda: len(changes) >= 1, timeout=10_000)  # but the run is read as it goes
    assert window.session.is_running()
    with qtbot.waitSignal(window.session.stateChanged):
        window.pause_action.trigger()  # a pause is read at once
    assert status.accessibleName() == status.text()
    assert card.value_label.accessibleName() == card.value_label.text()
    window.reset_action.trigger()  # stops the run: its end is read at once
    qtbot.waitUntil(lambda: not window.session.is_running())
    assert status.accessibleName() == status.text() == "Iteration 0"


# -- palettes --------------------------------------------------------------------------------------

@pytest.fixture
def themed(qapp):
    """Set one of nngui's check palettes for a test; the system's is back afterwards."""
    old = qapp.palette()

    def use(name: str) -> None:
        qapp.setPalette(palettes.palette(name))
        QApplication.sendPostedEvents()  # every widget has it now

    yield use
    qapp.setPalette(old)
    QApplication.sendPostedEvents()


@pytest.mark.parametrize("name", palettes.NAMES)
def test_a_wrong_situation_stays_readable_in_dark_and_high_contrast(qtbot, window, themed, name):
    themed(name)
    model = window.situations_model
    window.step_action.trigger()  # the first step: the network answers two situations wrong

    def wrong() -> list[int]:
        return [row for row in range(model.rowCount()) if model.headerData(
            row, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleDescriptionRole)]

    qtbot.waitUntil(lambda: len(wrong()) == 2)
    header = window.situations_view.verticalHeader().palette().color(QPalette.ColorRole.Button)
    for row in wrong():
        brush = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole)
        assert palettes.contrast(brush.color(), header) >= 4.5
        assert "wrong" in model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("name", palettes.NAMES)
def test_the_diagram_follows_the_palette(qtbot, diagram, themed, name):
    themed(name)
    diagram.set_weights(ARTICLE_WEIGHTS)
    image: QImage = diagram.grab().toImage()
    base = diagram.palette().color(QPalette.ColorRole.Base)
    assert QColor(image.pixel(3, 3)) == base  # the background is the palette's
    assert palettes.contrast(diagram.palette().color(QPalette.ColorRole.Text), base) >= 7  # its words


def test_a_palette_can_be_asked_for_by_name(qapp, monkeypatch, themed):
    themed("dark")  # restored afterwards
    monkeypatch.setenv("NNGUI_PALETTE", "high-contrast")
    style = qapp.style().name()
    try:
        palettes.from_environment(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Base) == QColor("#000000")
    finally:
        qapp.setStyle(style)


def test_a_check_box_and_a_text_field_stay_visible_in_high_contrast(qtbot, qapp):
    style, old = qapp.style().name(), qapp.palette()
    assert palettes.high_contrast(palettes.palette("high-contrast"))
    assert not palettes.high_contrast(palettes.palette("dark"))
    try:
        palettes.use(qapp, "high-contrast")
        QApplication.sendPostedEvents()
        for widget in (QCheckBox("Log scale"), QLineEdit()):
            qtbot.addWidget(widget)
            widget.resize(160, 30)
            widget.show()
            qtbot.waitExposed(widget)
            image = widget.grab().toImage()
            option = QStyleOptionButton()
            option.initFrom(widget)
            box = (widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, widget)
                   if isinstance(widget, QCheckBox) else widget.rect())
            ring = [QColor(image.pixel(x, y)).lightness() for x in range(box.left(), box.right() + 1)
                    for y in (box.top(), box.bottom())]
            assert max(ring) > 200, type(widget).__name__  # its frame shows on black
    finally:
        qapp.setStyle(style)
        qapp.setPalette(old)
        QApplication.sendPostedEvents()


def test_the_diagram_shows_when_the_keys_go_to_it(qtbot, window):
    """A focus ring: the diagram has no other cursor until a weight is picked."""
    diagram = window.diagram
    highlight = diagram.palette().color(QPalette.ColorRole.Highlight)

    def border_colour():
        image = diagram.viewport().grab().toImage()
        return image.pixelColor(1, image.height() // 2)

    window.situations_view.setFocus()
    qtbot.waitUntil(lambda: not diagram.hasFocus())
    assert border_colour() != highlight
    diagram.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(diagram.hasFocus)
    qtbot.waitUntil(lambda: border_colour() == highlight)
