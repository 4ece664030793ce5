"""The main window's keyboard: Tab runs through the window in reading order; Copy and Paste belong
to the situations grid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QToolButton, QWidget

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


def wire_keyboard(window: MainWindow) -> None:
    """The reading order, and Ctrl+C / Ctrl+V for the situations while the grid has the focus (Edit →
    Copy/Paste Situations work from anywhere; elsewhere the keys stay the focused widget's own:
    a text field's, the Explain panel's Copy)."""
    set_reading_order(window)
    for action in (window.copy_action, window.paste_action):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.situations_view.addAction(action)


__all__ = ["reading_order", "set_reading_order", "wire_keyboard"]
