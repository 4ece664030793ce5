"""When a long run finishes while the window is in the background: the window asks for attention, says
the verdict in its status bar, and a tray message says it too where the desktop has a tray."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSystemTrayIcon

from nngui.model.eta import RunClock
from nngui.qt.session import TrainingSession

#: A run that trained at least this many seconds (pauses left out) is worth a notification.
LONG_RUN_SECONDS = 10.0
#: How long a desktop notification stays, in milliseconds.
SHOWN_MS = 10_000
#: How long the status bar keeps saying it once the learner is back at the window, in milliseconds.
BACK_MS = 15_000


class RunNotifier(QObject):
    """Follows a session's runs; when one that trained LONG_RUN_SECONDS or more finishes and the
    window is not the active one (or is minimised), the window is alerted (the taskbar entry
    flashes), its status bar says "Training finished. 4 of 4 situations right." (a note under the
    passing messages and status tips, not one of them: it stays until BACK_MS after the learner is
    back, or the next run); and where the desktop has a system tray, a tray message says it too
    (its icon's tooltip keeps the verdict until nngui is active again)."""

    notified = Signal(str)  # the text of a notification just given (the verdict)

    def __init__(self, window: QMainWindow, session: TrainingSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.clock = RunClock()
        self.tray: QSystemTrayIcon | None = None
        self.last_text = ""
        self.note = QLabel(objectName="runFinishedNote")  # the status bar's note of the last notification
        self.note.setContentsMargins(4, 0, 4, 0)
        self.note.hide()
        self._noted = False  # a note is shown and the learner has not been back since
        window.statusBar().addWidget(self.note, 1)  # a normal widget: a message covers it for a while
        self._note_timer = QTimer(self, singleShot=True)
        self._note_timer.timeout.connect(self.note.hide)
        session.stateChanged.connect(self._on_state)
        session.finished.connect(self._on_finished)
        session.wasReset.connect(self._forget_note)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)

    def in_background(self) -> bool:
        """The learner is looking elsewhere: the window is not active, or minimised, or the app is not."""
        window = self.window
        return (not window.isActiveWindow() or window.isMinimized()
                or QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        now = time.perf_counter()
        if state == "running":
            self._forget_note()
            if self.clock.running:
                self.clock.resume(now)
            else:
                self.clock.start(now)
        elif state == "paused":
            self.clock.pause(now)

    @Slot()
    def _on_finished(self) -> None:
        seconds = self.clock.elapsed(time.perf_counter())
        was_running = self.clock.running
        self.clock.stop()
        if (not was_running or seconds < LONG_RUN_SECONDS or not self.session.completed
                or not self.window.isVisible() or not self.in_background()):
            return
        verdict = self.session.verdict()
        said = QCoreApplication.translate("AnswerCard", "{0} of %n situations right", "", verdict.total)
        text = self.tr("Training finished. {0}.").format(said.format(verdict.right))
        self.last_text = text
        self.note.setText(text)
        self.note.show()
        self._noted = True
        self.window.statusBar().clearMessage()  # "Trained 4,000,000 iterations." says less
        QApplication.alert(self.window)
        self._desktop(self.tr("nngui: training finished"), text)
        self.notified.emit(text)

    def _desktop(self, title: str, text: str) -> None:
        """A tray message, where the desktop has a system tray (the window's alert is shown anyway)."""
        if not (QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()):
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.messageClicked.connect(self._raise_window)
            self.tray.activated.connect(self._raise_window)
            QGuiApplication.instance().applicationStateChanged.connect(self._on_application_state)
        self.tray.setToolTip(text)
        self.tray.show()
        self.tray.showMessage(title, text, self.window.windowIcon(), SHOWN_MS)

    @Slot()
    def _raise_window(self, *_: object) -> None:
        if self.tray is not None:
            self.tray.hide()
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    @Slot(object)
    def _on_focus_window(self, *_: object) -> None:
        """Back at the window after a notification: the note stays a while longer, then goes."""
        if self._noted and self.window.isActiveWindow():
            self._noted = False
            self._note_timer.start(BACK_MS)

    @Slot()
    def _forget_note(self) -> None:
        self._noted = False
        self._note_timer.stop()
        self.note.hide()

    @Slot(Qt.ApplicationState)
    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        """Back at nngui: the tray icon has said its piece."""
        if state == Qt.ApplicationState.ApplicationActive and self.tray is not None:
            self.tray.hide()
