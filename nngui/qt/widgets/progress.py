"""The status bar's progress bar for a run: the share done and the time left, "paused" while paused."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Slot
from PySide6.QtWidgets import QProgressBar, QWidget

from nngui.model import numbers
from nngui.model.eta import TimeLeft
from nngui.qt import i18n
from nngui.qt.session import TrainingSession
from nngui.qt.taskbar import TaskbarProgress

#: The bar's range: a thousand steps move it smoothly across its width.
STEPS = 1000
#: A run that ends sooner than this after it started never shows the bar (no flash for short runs).
SHOW_AFTER_MS = 400
#: Between reports (at a slow pace, one a second) the time left is counted down this often.
TICK_MS = 250


def time_text(seconds: float) -> str:
    """A time left in the interface's language: "12 s", "1 min 25 s", "21 min", "1 h 30 min"."""
    hours, minutes, secs = numbers.duration(seconds)
    translate = QCoreApplication.translate  # (lupdate needs the context written out)
    if hours:
        return (translate("TrainingProgressBar", "{0} h {1} min").format(i18n.whole(hours), minutes)
                if minutes else translate("TrainingProgressBar", "{0} h").format(i18n.whole(hours)))
    if minutes:
        return (translate("TrainingProgressBar", "{0} min {1} s").format(minutes, secs) if secs
                else translate("TrainingProgressBar", "{0} min").format(minutes))
    return translate("TrainingProgressBar", "{0} s").format(secs)


class TrainingProgressBar(QProgressBar):
    """While a run goes on: how much of it is done and about how long it has left, estimated from
    its recent speed (the chosen pace when the speed slider is below "max"); "paused" while paused.
    It shows itself once a run has gone on for SHOW_AFTER_MS (at once when paused) and hides when
    the run ends; the taskbar entry shows the same share where the desktop has a way (taskbar.py).
    It reads the run from the session (run_done, run_total, speed) and keeps nothing of it but the
    estimate."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="trainingProgress")
        self.session = session
        self.estimate = TimeLeft()
        self.taskbar = TaskbarProgress()  # the same share done on the taskbar entry, where it shows one
        self.setRange(0, STEPS)
        self.setValue(0)
        self.setTextVisible(True)
        self._appear_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._appear_timer.timeout.connect(self._appear)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.refresh)
        session.stateChanged.connect(self._on_state)
        session.lossesAppended.connect(self._on_progress)
        session.stepped.connect(self._on_progress)
        self.hide()
        self.retranslate()
        if session.is_running():  # built while a run goes on
            self._on_state(session.state)

    # -- what the tests and the notifier read ------------------------------------------
    def seconds_left(self) -> float | None:
        """The estimate shown now: seconds until the run is done (None while it is being measured)."""
        return self.estimate.seconds_left(time.perf_counter())

    # -- following the session ------------------------------------------------------
    @Slot(str)
    def _on_state(self, state: str) -> None:
        now = time.perf_counter()
        estimate, session = self.estimate, self.session
        if state == "running":
            if estimate.clock.running:
                estimate.resume(now)
            else:
                estimate.start(now, session.run_total, session.speed)
                self._appear_timer.start()
            self._tick.start()
        elif state == "paused":
            estimate.pause(now)
            self._tick.stop()
            self._appear()
        else:  # the run ended
            estimate.stop()
            self._appear_timer.stop()
            self._tick.stop()
            self.hide()
            self.taskbar.clear()
        self.refresh()

    @Slot(object)
    def _on_progress(self, *_: object) -> None:
        if not self.estimate.clock.running:
            return
        now = time.perf_counter()
        self.estimate.set_pace(now, self.session.speed)
        self.estimate.report(now, self.session.run_done, self.session.run_total)
        self.refresh()

    @Slot()
    def _appear(self) -> None:
        if self.estimate.clock.running:
            self.show()

    # -- texts ----------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Write the share done and the time left (again, e.g. after a language change)."""
        estimate = self.estimate
        if not estimate.clock.running:
            return
        now = time.perf_counter()
        if self.session.speed != estimate.pace:  # the slider moved between reports
            estimate.set_pace(now, self.session.speed)
        self.setValue(int(STEPS * estimate.fraction))
        if not self.isHidden():
            self.taskbar.show(estimate.fraction)
        percent = i18n.whole(math.floor(100 * estimate.fraction))
        done = self.tr("{0} of %Ln iterations of this run done.", "", estimate.total).format(
            i18n.whole(estimate.done))
        left = estimate.seconds_left(now)
        if estimate.clock.paused:
            text = self.tr("{0}% · paused").format(percent)
            tip = done + "\n" + self.tr("Paused: Resume goes on to the end of the run.")
        elif left is None:
            text = self.tr("{0}%").format(percent)
            tip = done
        else:
            text = self.tr("{0}% · {1} left").format(percent, time_text(left))
            pace = estimate.pace
            if pace is not None and estimate.rate() == pace:  # the run keeps the chosen pace
                speed = QCoreApplication.translate("TrainingStatus", "%Ln iterations/s", "", int(pace))
                how = self.tr("About {0} left, at the chosen speed: {1}.").format(time_text(left), speed)
            else:
                how = self.tr("About {0} left, at the speed of the last few seconds.").format(
                    time_text(left))
            tip = done + "\n" + how
        if text != self.format():
            self.setFormat(text)
            self.setAccessibleDescription(text)
        if tip != self.toolTip():
            self.setToolTip(tip)

    def retranslate(self) -> None:
        # Its accessible name is the accessibility table's (accessibility.py, "trainingProgress"); its
        # accessible description, while a run goes on, the bar's text: the share done and the time left.
        samples = [self.tr("{0}% · {1} left").format("100", self.tr("{0} min {1} s").format(55, 55)),
                   self.tr("{0}% · paused").format("100")]
        width = max(self.fontMetrics().horizontalAdvance(text) for text in samples)
        self.setFixedWidth(max(140, width + 40))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.retranslate()
