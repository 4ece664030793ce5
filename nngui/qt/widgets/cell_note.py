"""The note under a table's cell that says why a typed or pasted value was refused."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QWidget

NOTE_MS = 8000  # how long the note stays


class CellNote(QLabel):
    """A tooltip-coloured note (objectName cellNote) laid on the window just under a cell, so that
    a one-row table (the riddle) does not clip it; it goes after NOTE_MS, or when dismissed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="cellNote")
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.hide()
        self._timer = QTimer(self, singleShot=True, interval=NOTE_MS)
        self._timer.timeout.connect(self.hide)

    def show_under(self, view: QAbstractItemView, index: QModelIndex, text: str) -> None:
        """Show `text` under the cell `index` of `view` (above it if there is no room below)."""
        host = view.window()
        if self.parentWidget() is not host:
            self.setParent(host)
        self.setText(text)
        self.setFixedWidth(max(view.viewport().width() - 8, 160))
        self.adjustSize()
        cell = view.visualRect(index)
        below = view.viewport().mapTo(host, cell.bottomLeft())
        above = view.viewport().mapTo(host, cell.topLeft())
        y = below.y() + 2
        if y + self.height() > host.height() and above.y() - self.height() - 2 >= 0:
            y = above.y() - self.height() - 2
        self.move(view.viewport().mapTo(host, QPoint(4, 0)).x(), y)
        self.show()
        self.raise_()
        self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()


__all__ = ["NOTE_MS", "CellNote"]
