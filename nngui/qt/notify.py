"""When a long run finishes while the window is in the background: the window asks for attention, says
the verdict in its status bar, and a tray message says it too where the desktop has a tray."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from nngui.model.eta import RunClock
from nngui.qt.session import TrainingSession

#: A run that trained at least this many seconds (pauses left out) is worth a notification.
LONG_RUN_SECONDS = 10.0
#: How long a desktop notification stays, in milliseconds.
SHOWN_MS = 10_000
#: How long the status bar says it again when the learner is back at the window, in milliseconds.
BACK_MS = 15_000


class RunNotifier(QObject):
    """Follows a session's runs; when one that trained LONG_RUN_SECONDS or more finishes and the
    window is not the active one (or is minimised), the window is alerted (the taskbar entry
    flashes), its status bar says "Training finished. 4 of 4 situations right." until the next
    message and once more when the learner is back at the window; and where the desktop has a
    system tray, a tray message says it too (its icon's tooltip keeps the verdict until nngui is
    active again)."""

    notified = Signal(str)  # the text of a notification just given (the verdict)

    def __init__(self, window: QMainWindow, session: TrainingSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.clock = RunClock()
        self.tray: QSystemTrayIcon | None = None
        self.last_text = ""
        self._waiting = ""  # said again in the status bar when the learner comes back to the window
        session.stateChanged.connect(self._on_state)
        session.finished.connect(self._on_finished)
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
            self._waiting = ""
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
        self.last_text = self._waiting = text
        self.window.statusBar().showMessage(text)  # kept until the next message (or a status tip)
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
        """Back at the window after a notification: the status bar says it once more, for a while
        (a status tip under the mouse may have replaced it meanwhile)."""
        if self._waiting and self.window.isActiveWindow():
            self.window.statusBar().showMessage(self._waiting, BACK_MS)
            self._waiting = ""

    @Slot(Qt.ApplicationState)
    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        """Back at nngui: the tray icon has said its piece."""
        if state == Qt.ApplicationState.ApplicationActive and self.tray is not None:
            self.tray.hide()
