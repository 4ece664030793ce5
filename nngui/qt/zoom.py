"""View → Zoom In / Zoom Out / Actual Size: every text of the window larger for a projector, remembered."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

from nngui.qt.settings import settings

# The zoom levels, in percent of the system's font size; Zoom In and Out step through them.
LEVELS = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
ACTUAL = 100
_KEY = "zoom"
_RATIO = "nnguiZoomRatio"      # a widget's own font size, as a share of the window's (a title's 1.15)
_PADDING = "nnguiZoomPadding"  # a table's row height above its font's height
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the widget set its own font size


class Zoom(QObject):
    """The window's zoom: its font (and so every text, the tables' rows, the diagram's legend and the
    loss plot's axes) at a percentage of the system font's size, stored in the settings."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        self._base = QFont(app.font()) if isinstance(app, QApplication) else QFont(window.font())
        self._percent = ACTUAL
        stored = settings().value(_KEY, ACTUAL)
        try:
            level = int(stored)
        except (TypeError, ValueError):
            level = ACTUAL
        # At 100 % there is nothing to change: the window keeps the system's font.
        if level in LEVELS and level != ACTUAL:
            self.set_percent(level, remember=False)

    def percent(self) -> int:
        """The zoom in percent: 100 is the system's size."""
        return self._percent

    @Slot()
    def zoom_in(self) -> None:
        self.set_percent(next((p for p in LEVELS if p > self._percent), LEVELS[-1]))

    @Slot()
    def zoom_out(self) -> None:
        self.set_percent(next((p for p in reversed(LEVELS) if p < self._percent), LEVELS[0]))

    @Slot()
    def actual_size(self) -> None:
        self.set_percent(ACTUAL)

    def set_percent(self, percent: int, remember: bool = True) -> None:
        """Show every text at `percent` of the system's size (and remember it across starts)."""
        if percent == self._percent:
            return
        self._remember_own_sizes()
        self._percent = percent
        font = QFont(self.window.font())
        font.setPointSizeF(self._base.pointSizeF() * percent / 100)
        self.window.setFont(font)
        self._scale_own_sizes(font.pointSizeF())
        self._fit_rows()
        self._fit_plots(font)
        self._update_actions()
        if remember:
            settings().setValue(_KEY, percent)

    def _remember_own_sizes(self) -> None:
        """Note, once, each widget that sets its own font size (a bold title 1.15 times as large)."""
        size = self.window.font().pointSizeF()
        for widget in self.window.findChildren(QWidget):
            own = widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and bool(
                widget.font().resolveMask() & _SIZE_RESOLVED)
            if own and widget.property(_RATIO) is None and size > 0:
                widget.setProperty(_RATIO, widget.font().pointSizeF() / size)

    def _scale_own_sizes(self, size: float) -> None:
        for widget in self.window.findChildren(QWidget):
            ratio = widget.property(_RATIO)
            if isinstance(ratio, float):
                font = QFont(widget.font())
                font.setPointSizeF(size * ratio)
                widget.setFont(font)

    def _fit_rows(self) -> None:
        """Every table's rows as tall as its text now needs."""
        for view in self.window.findChildren(QTableView):
            header = view.verticalHeader()
            height = QFontMetrics(view.font()).height()
            padding = view.property(_PADDING)
            if not isinstance(padding, int):
                padding = max(4, header.defaultSectionSize() - QFontMetrics(self._base).height())
                view.setProperty(_PADDING, padding)
            header.setDefaultSectionSize(height + padding)

    def _fit_plots(self, font: QFont) -> None:
        """pyqtgraph draws in a scene of its own: give the loss plot's axes the window's font."""
        plot = getattr(self.window, "loss_plot", None)
        if plot is None:
            return
        item = plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTickFont(QFont(font))
            axis.label.setFont(QFont(font))
            axis.picture = None
            axis.update()
        left = item.getAxis("left")
        left.textWidth = QFontMetrics(font).horizontalAdvance("0.0001")
        left.setStyle()

    def add_keys(self) -> None:
        """Once the actions exist: Ctrl+= zooms in too (Ctrl++ needs Shift on most keyboards)."""
        action = self.window.actions["zoom_in"]
        action.setShortcuts([*action.shortcuts(), QKeySequence("Ctrl+=")])
        self._update_actions()

    def _update_actions(self) -> None:
        actions = getattr(self.window, "actions", None)
        if actions is None or not hasattr(actions, "actions"):
            return
        for id, enabled in (("zoom_in", self._percent < LEVELS[-1]), ("zoom_out", self._percent > LEVELS[0]),
                            ("actual_size", self._percent != ACTUAL)):
            action = actions.actions.get(id)
            if action is not None:
                action.setEnabled(enabled)
