"""Answering the message boxes and file dialogs a test makes the window show (as a person would)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox


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

    with _every_tick(answer):
        yield shown


class Chosen(list[str]):
    """The titles of the file dialogs answered, in order; `suggested` holds the name each offered."""

    def __init__(self) -> None:
        super().__init__()
        self.suggested: list[str] = []


@contextmanager
def choosing_files(*paths: str | os.PathLike[str]) -> Iterator[Chosen]:
    """Answer the window's file dialogs (objectName fileDialog) shown inside the block as a person
    would: put the next of `paths` into the file name box, wait for Save or Open to become
    clickable (the dialog checks the name as it lists the folder) and click it. A dialog that does
    not take its answer within two seconds is cancelled, so a test fails instead of hanging.
    Yields the titles of the dialogs answered (and the names they suggested)."""
    titles = Chosen()
    queue = [os.fspath(p) for p in paths]
    typed: list[tuple[QFileDialog, list]] = []  # each dialog answered: [ticks since, its path]

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if not (isinstance(widget, QFileDialog) and widget.objectName() == "fileDialog"
                    and widget.isVisible()):
                continue
            state = next((s for dialog, s in typed if dialog is widget), None)
            name_box = widget.findChild(QLineEdit, "fileNameEdit")
            if state is None and queue:
                titles.append(widget.windowTitle())
                titles.suggested.append(name_box.text())
                state = [0, queue.pop(0)]
                typed.append((widget, state))
            if state is None or state[0] >= 100:
                widget.reject()
                continue
            buttons = widget.findChild(QDialogButtonBox, "buttonBox")
            accept = next(b for b in buttons.buttons()
                          if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
            if state[0] % 10 == 0:
                # The whole path at once, as if pasted: typed key by key, the box's completer pops up
                # and swaps in names of the folder the dialog shows. Again every few ticks, in case
                # the dialog was still listing the folder (Save stays greyed until it knows).
                name_box.setText(state[1])
            elif accept.isEnabled():
                QTest.mouseClick(accept, Qt.MouseButton.LeftButton)  # Save or Open
            state[0] += 1

    with _every_tick(answer):
        yield titles


@contextmanager
def _every_tick(answer: Callable[[], None]) -> Iterator[None]:
    """Call `answer` every 20 ms inside the block: a modal dialog's own event loop runs it too."""
    timer = QTimer(interval=20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
