"""The small icons of the situations' add/remove buttons: a grid with a row or column and a badge."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication


def table_icon(add: bool, rows: bool) -> QIcon:
    """A small grid with one row (or column) marked, and a + or − badge; from the theme if it has one."""
    names = {(True, True): "edit-table-insert-row-below", (False, True): "edit-table-delete-row",
             (True, False): "edit-table-insert-column-right", (False, False): "edit-table-delete-column"}
    themed = QIcon.fromTheme(names[(add, rows)])
    if not themed.isNull():
        return themed
    icon = QIcon()
    palette = QApplication.palette()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 32, size / 32)
        _paint_table_icon(painter, add, rows, palette)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _paint_table_icon(painter: QPainter, add: bool, rows: bool, palette: QPalette) -> None:
    """Draw on a 32×32 canvas: a 3×3 grid, its middle row or column filled, a badge at bottom right."""
    ink = palette.color(QPalette.ColorRole.WindowText)
    mark = palette.color(QPalette.ColorRole.Highlight)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(mark)
    painter.drawRect(QRectF(3, 11, 24, 8) if rows else QRectF(11, 3, 8, 24))  # the middle row/column
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(ink, 2))
    painter.drawRect(QRect(3, 3, 24, 24))
    painter.setPen(QPen(ink, 1.2))
    for t in (11, 19):
        painter.drawLine(QPointF(3, t), QPointF(27, t))
        painter.drawLine(QPointF(t, 3), QPointF(t, 27))
    badge = QColor(46, 160, 67) if add else QColor(214, 57, 52)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1.5))
    painter.setBrush(badge)
    painter.drawEllipse(QPointF(24, 24), 7.5, 7.5)
    painter.setPen(QPen(QColor("white"), 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(20.2, 24), QPointF(27.8, 24))
    if add:
        painter.drawLine(QPointF(24, 20.2), QPointF(24, 27.8))


__all__ = ["table_icon"]
