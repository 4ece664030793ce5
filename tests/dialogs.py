"""Answering the message boxes a test makes the window show (the test's stand-in for a person)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class Shown(list[str]):
    """The texts of the message boxes shown, in order; `names` holds their objectNames."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []


@contextmanager
def answering(button_text: str | None = None) -> Iterator[Shown]:
    """Answer every message box shown inside the block: click the button labelled `button_text`
    (a box without one is rejected, so a test never hangs on a question it did not expect), or
    accept it when no button is named. Yields what the boxes showed."""
    shown = Shown()

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                shown.names.append(widget.objectName())
                if button_text is None:
                    widget.accept()
                    continue
                button = next((b for b in widget.buttons() if b.text().replace("&", "") == button_text),
                              None)
                if button is None:
                    widget.reject()
                else:
                    button.click()

    timer = QTimer(interval=20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        yield shown
    finally:
        timer.stop()
