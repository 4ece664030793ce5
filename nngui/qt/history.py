"""What the window does with the training timeline: train on from an earlier iteration, export it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from nngui.model.files import atomic_path
from nngui.model.timeline import write_history_csv
from nngui.qt import i18n
from nngui.qt.session import TrainingSession
from nngui.qt.widgets.weights_plot import neuron_name, weight_name

if TYPE_CHECKING:
    from collections.abc import Callable


def parameter_names(session: TrainingSession) -> list[str]:
    """The CSV's column names of a parameters() row, as the app names the weights ("input 1 → output
    1", "hidden 1.2 → output 1"), then the biases ("bias of output 1")."""
    network = session.network
    layers = len(network.weights)
    names = [weight_name(layer, i, j, layers) for layer, w in enumerate(network.weights)
             for i in range(w.shape[0]) for j in range(w.shape[1])]
    names += [QCoreApplication.translate("History", "bias of {0}").format(neuron_name(layer + 1, j, layers))
              for layer, b in enumerate(network.biases or []) for j in range(b.size)]
    return names


class History(QObject):
    """Train and Step from an earlier iteration ask first: continue from there (the later iterations
    are dropped, undoably) or go back to the last iteration."""

    def __init__(self, session: TrainingSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent

    @Slot()
    def train(self) -> None:
        """What Train does."""
        self._from_here(self.session.train)

    @Slot()
    def step(self) -> None:
        """What Step does."""
        self._from_here(self.session.step)

    def _from_here(self, act: Callable[[], object]) -> None:
        session = self.session
        if session.is_viewing_past() and not session.is_running():
            box = self.question_box()
            box.exec()
            clicked = box.clickedButton()
            if clicked is box.continue_button:
                session.continue_from_here()
            elif clicked is box.end_button:
                session.view_end()
            else:
                return
        act()

    def question_box(self) -> QMessageBox:
        session = self.session
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Train from an earlier iteration?"),
                          self.tr("You are looking at iteration {0} of {1}.").format(
                              i18n.whole(session.viewed_iteration), i18n.whole(session.iteration)),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("branchBox")
        box.setInformativeText(self.tr(
            "Continue from here: the iterations after it are dropped (Edit → Undo brings them back). "
            "Or go back to the last iteration and train on from there."))
        box.continue_button = box.addButton(self.tr("&Continue from Here"), QMessageBox.ButtonRole.AcceptRole)
        box.end_button = box.addButton(self.tr("Go to the &End"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(box.continue_button)
        return box

    def export_csv(self, path: str | os.PathLike[str]) -> int:
        """Write the history as CSV (iteration, loss, every weight); the file appears complete or not
        at all. Returns the step between the iterations written (1: every one)."""
        session = self.session
        with atomic_path(path) as temp:
            return write_history_csv(temp, session.timeline, session.loss_history.view(),
                                     session.iteration - len(session.loss_history), parameter_names(session))
