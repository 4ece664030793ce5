"""The training's numbers in words: the iteration, the latest loss and the speed, as the session has them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from nngui.model import numbers
from nngui.qt import i18n
from nngui.qt.accessibility import Announcer
from nngui.qt.session import TrainingSession
from nngui.qt.widgets.progress import TrainingProgressBar


class TrainingStatus(QObject):
    """Four labels that follow a session: the status bar's iteration, loss and speed, and the loss
    beside the plot's title ("now 0.0123"); and the progress bar of a long run (progress_bar). The
    labels' texts are the main window's (translation context "MainWindow"); refresh() writes them
    again, e.g. after a language change."""

    def __init__(self, session: TrainingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.iteration_label = QLabel(objectName="iterationStatus")
        self.loss_label = QLabel(objectName="lossStatus")
        self.speed_label = QLabel(objectName="speedStatus")
        self.loss_now_label = QLabel(objectName="lossValue")
        self.progress_bar = TrainingProgressBar(session)
        session.lossesAppended.connect(self.refresh)
        session.wasReset.connect(self.refresh)
        session.stateChanged.connect(self.refresh)
        session.viewChanged.connect(self.refresh)
        # What a screen reader reads of them: always current, but not every iteration (accessibility.py).
        self.announcer = Announcer([self.iteration_label, self.loss_label, self.loss_now_label],
                                   lambda: session.state == "running", self)
        self.refresh()

    def add_to(self, bar: QStatusBar) -> None:
        """Put the run's progress, the iteration, the loss and the speed at the status bar's right end."""
        bar.addPermanentWidget(self.progress_bar)
        for label in (self.iteration_label, self.loss_label, self.speed_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    @Slot()
    def refresh(self, *_: object) -> None:
        session = self.session
        self.iteration_label.setText(QCoreApplication.translate("MainWindow", "Iteration {0}").format(
            i18n.whole(session.iteration)))
        loss = session.last_loss()
        if loss is None:
            self.loss_label.setText(QCoreApplication.translate("MainWindow", "Loss —"))
            self.loss_now_label.setText("")
        else:
            text = i18n.decimal(numbers.loss(loss))
            self.loss_label.setText(QCoreApplication.translate("MainWindow", "Loss {0}").format(text))
            self.loss_now_label.setText(QCoreApplication.translate("MainWindow", "now {0}").format(text))
        if session.is_viewing_past():  # the plot's header follows the timeline
            viewed, then = session.viewed_iteration, session.loss_at(session.viewed_iteration)
            text = QCoreApplication.translate("MainWindow", "at iteration {0}: {1}")
            self.loss_now_label.setText("" if then is None else text.format(
                i18n.whole(viewed), i18n.decimal(numbers.loss(then))))
        rate = session.iterations_per_second
        if rate and session.state == "running":  # a paused run trains at no speed
            self.speed_label.setText(TrainingStatus.tr("%Ln iterations/s", "", int(rate)))
        else:
            self.speed_label.setText("")
        self.announcer.changed()
