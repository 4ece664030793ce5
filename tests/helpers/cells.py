"""Clicking a table cell the way a person does: scrolled into view, then a real mouse click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


def click_cell(qtbot, view: QTableView, row: int, column: int) -> None:
    """Click the centre of a cell (scrolled into view first) with the left mouse button."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
