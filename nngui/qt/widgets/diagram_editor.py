"""Typing a weight on the network diagram: the inline box, the note beside it, what a weight may be."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from nngui.qt import i18n
from nngui.qt.widgets.diagram_items import WeightEditor

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

# Typed weights must lie within ±WEIGHT_EDIT_LIMIT.
WEIGHT_EDIT_LIMIT = 1e6
_ERROR_STYLE = "color: white; background: #c0392b; border-radius: 4px; padding: 3px 6px;"


def parse_weight(text: str) -> tuple[float, str]:
    """The typed weight, or NaN and an explanation of why it is refused (in the diagram's words)."""
    cleaned = text.replace("\u2212", "-").replace(",", ".").replace(" ", "")
    try:
        value = float(cleaned)
    except ValueError:
        if not cleaned:
            return math.nan, translate("NetworkDiagram", "Type a number, for example 2.5")
        return math.nan, translate("NetworkDiagram",
                                   "\u201c{0}\u201d is not a number; type one like -4.63").format(text)
    if not math.isfinite(value):
        return math.nan, translate("NetworkDiagram", "A weight must be a finite number")
    if abs(value) > WEIGHT_EDIT_LIMIT:
        return math.nan, translate("NetworkDiagram", "A weight must be between {0} and {1}").format(
            i18n.whole(-WEIGHT_EDIT_LIMIT), i18n.whole(WEIGHT_EDIT_LIMIT))
    return value, ""


class WeightPopups:
    """The box for typing a weight (objectName weightEditor) and the short note beside it
    (weightMessage: why a weight is refused, or why it cannot be edited now), in a viewport.

    Enter in the box calls `commit`; Escape or leaving it calls `cancel`. A plain object, so that its
    widgets' last signals while the view is destroyed find nothing half gone.
    """

    def __init__(self, viewport: QWidget, commit: Callable[[], None], cancel: Callable[[], None]) -> None:
        self.viewport = viewport
        self.editor = WeightEditor(viewport)
        self.editor.setObjectName("weightEditor")
        self.editor.hide()
        self.editor.returnPressed.connect(commit)
        self.editor.cancelled.connect(cancel)
        self.editor.textEdited.connect(self.hide_message)
        self.message = QLabel(viewport)
        self.message.setObjectName("weightMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.timer = QTimer(viewport)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide_message)
        self._anchor = (0, 0, 0, 0)  # where the box is (or the point a note without it points at)
        self._note_style = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setToolTip(translate("NetworkDiagram", "Type a weight, then press Enter (Esc cancels)"))

    def apply_palette(self, palette: QPalette) -> None:
        self._note_style = (
            f"color: {palette.color(QPalette.ToolTipText).name()};"
            f"background: {palette.color(QPalette.ToolTipBase).name()};"
            f"border: 1px solid {palette.color(QPalette.Mid).name()}; border-radius: 4px; padding: 3px 6px;"
        )

    def open(self, text: str, point: QPointF) -> None:
        """Show the box at `point` with `text` selected, ready for typing."""
        self.hide_message()
        self.editor.setText(text)
        self.editor.selectAll()
        self.place(point)
        self.editor.show()
        self.editor.raise_()
        self.editor.setFocus(Qt.MouseFocusReason)

    def close(self) -> None:
        """Hide the box (without a cancel) and its note."""
        self.editor.blockSignals(True)
        self.editor.hide()
        self.editor.blockSignals(False)
        self.hide_message()

    def place(self, point: QPointF) -> None:
        """Centre the box on `point`, inside the viewport; the note follows it."""
        viewport = self.viewport.rect()
        metrics = self.editor.fontMetrics()
        width = metrics.horizontalAdvance("-0000000.000000") + 16
        height = self.editor.sizeHint().height()
        x = int(min(max(point.x() - width / 2, 2), viewport.width() - width - 2))
        y = int(min(max(point.y() - height / 2, 2), viewport.height() - height - 2))
        self.editor.setGeometry(x, y, width, height)
        self._anchor = (x, y, width, height)
        if self.message.isVisible():
            self._place_message()

    def show_message(self, text: str, point: QPointF, error: bool, editing: bool) -> None:
        """A note under the box (`editing`), or under `point`, for a few seconds."""
        self.message.setText(text)
        self.message.setStyleSheet(_ERROR_STYLE if error else self._note_style)
        if not editing:
            self._anchor = (int(point.x()), int(point.y()), 0, 0)
        self.message.show()
        self.message.raise_()
        self._place_message()
        self.timer.start(6000 if error else 3500)

    def hide_message(self, *_: object) -> None:
        self.timer.stop()
        self.message.hide()

    def _place_message(self) -> None:
        viewport = self.viewport.rect()
        x, y, width, height = self._anchor
        one_line = self.message.fontMetrics().horizontalAdvance(self.message.text()) + 16
        self.message.setFixedWidth(int(min(one_line, max(120, viewport.width() - 8))))
        self.message.adjustSize()
        size = self.message.size()
        mx = int(min(max(x + width / 2 - size.width() / 2, 4), viewport.width() - size.width() - 4))
        my = y + height + 4
        if my + size.height() > viewport.height() - 2:
            my = y - size.height() - 4
        self.message.move(mx, max(2, my))
