"""The main window's keyboard: Tab runs through the window in reading order; Copy and Paste belong
to the situations grid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QToolButton, QWidget

from nngui.qt.widgets.controls import format_hidden_layers

if TYPE_CHECKING:
    from nngui.qt.main_window import MainWindow


def _takes_tab(widget: QWidget) -> bool:
    """A widget Tab stops at (the line edit inside a spin box is its spin box's)."""
    parent = widget.parentWidget()
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(parent, QAbstractSpinBox)


def reading_order(window: MainWindow) -> list[QWidget]:
    """Top to bottom, left to right: the training buttons and the speed; the situations, their
    buttons, the riddle and the settings; the diagram and the loss plot. The docks' widgets follow
    in their own order (walking Qt's focus chain from Python to list them crashed PySide at exit)."""
    bar = window.settings_bar
    order: list[QWidget] = [*window.controls.buttons.values(), bar.speed_slider, window.situations_view]
    order += window.scenario_panel.findChildren(QToolButton)  # add/remove situation and input
    order += [window.riddle_view, bar.iterations_spin, bar.learning_rate_spin, bar.seed_spin,
              bar.hidden_edit, window.diagram, window.log_check, window.loss_plot]
    return [widget for widget in order if _takes_tab(widget)]


def set_reading_order(window: MainWindow) -> None:
    """Make Tab (and Shift+Tab, backwards) follow reading_order(window)."""
    order = reading_order(window)
    for before, after in zip(order, order[1:]):
        QWidget.setTabOrder(before, after)


class UndoPassesThrough(QObject):
    """Ctrl+Z (Ctrl+Y) in a settings field that shows the scenario's value, nothing typed since,
    undoes (redoes) the scenario's last step, as Edit → Undo does, instead of the field's own text."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.settings_bar
        self.fields = {bar.iterations_spin: "iterations", bar.learning_rate_spin: "learning_rate",
                       bar.seed_spin: "seed", bar.hidden_edit: "hidden_layers"}
        for field in self.fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        keys = QKeySequence.StandardKey
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (event.matches(keys.Undo) or event.matches(keys.Redo)) and self._shows_scenario(watched)):
            event.ignore()  # not the field's: the window's Undo or Redo takes the keys
            return True
        return False

    def _shows_scenario(self, field: QObject) -> bool:
        name = self.fields.get(field)  # type: ignore[call-overload]
        if name is None:
            return False
        value = getattr(self.window.document.scenario, name)
        if name == "hidden_layers":
            return field.text().strip() == format_hidden_layers(value)
        return field.lineEdit().text() == field.textFromValue(value)


def wire_keyboard(window: MainWindow) -> None:
    """The reading order, and Ctrl+C / Ctrl+V for the situations while the grid has the focus (Edit →
    Copy/Paste Situations work from anywhere; elsewhere the keys stay the focused widget's own:
    a text field's, the Explain panel's Copy)."""
    set_reading_order(window)
    window.undo_passes_through = UndoPassesThrough(window)
    for action in (window.copy_action, window.paste_action):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.situations_view.addAction(action)


__all__ = ["reading_order", "set_reading_order", "wire_keyboard"]
