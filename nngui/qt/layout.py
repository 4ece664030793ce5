"""The main window's layout at real screen sizes: a netbook's 1024×600, a laptop's 1366×768, a 1920×1080.

- The situations, the riddle and the answer always fit: the left column scrolls (the settings at its
  bottom go first), and the situations grid never shrinks below every situation (up to 6).
- A low window has a compact tool bar (text beside the icons).
- Until the learner first steps or opens a panel, the docks (Explain, Truth Table, Input Space) are
  left closed in a narrow window, and take a quarter of a wide one, not a third.
- A large window uses its room: the loss plot moves under the left column, the diagram gets the
  right side's whole height.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QSplitter

NARROW = 1200  # px: below this width the docks start closed
LOW = 800  # px: below this height the tool bar is compact
LARGE = (1600, 950)  # px: from this size the loss plot goes under the left column
SHOWN_SITUATIONS = 6  # the grid keeps room for this many situations before it scrolls
DOCK_SHARE = 0.25  # of the window's width, for the docks at the start


class WindowLayout(QObject):
    """Follows the window's size; stops deciding about the docks once the learner has."""

    def __init__(self, window: QMainWindow, remembered: bool) -> None:
        super().__init__(window)
        self.window = window
        self._docks = (window.explain_dock, window.truth_dock, window.input_space_dock)
        self._auto_docks = not remembered  # a remembered layout is the learner's own
        self._large: bool | None = None
        self._sized_docks = remembered
        self._wrap_left_column()
        self._keep_situations_visible()
        for dock in self._docks:
            dock.toggleViewAction().triggered.connect(self._learner_chose)
        window.session.stepped.connect(self._show_explain)
        self._timer = QTimer(self, singleShot=True, interval=0)  # dies with the window
        self._timer.timeout.connect(self._follow_size)
        window.installEventFilter(self)
        self._follow_size()

    # -- the left column ---------------------------------------------------------------
    def _wrap_left_column(self) -> None:
        window = self.window
        panel = window.scenario_panel
        scroll = QScrollArea(objectName="scenarioScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.main_splitter.replaceWidget(window.main_splitter.indexOf(panel), scroll)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(panel.minimumSizeHint().width())
        self.left_scroll = scroll
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, objectName="leftSplitter")
        self.left_splitter.setChildrenCollapsible(False)

    def _keep_situations_visible(self) -> None:
        model = self.window.situations_model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._fit_situations)
        self._fit_situations()

    def _fit_situations(self, *_: object) -> None:
        view = self.window.situations_view
        rows = min(max(view.model().rowCount(), 1), SHOWN_SITUATIONS)
        height = (view.horizontalHeader().sizeHint().height()
                  + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().sizeHint().height()
        view.setMinimumHeight(height)

    # -- the size ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange) \
                and watched is getattr(self, "window", None):  # not while the window is destroyed
            self._timer.start()  # after Qt has laid the window out
        return False

    def _follow_size(self) -> None:
        window = self.window
        width, height = window.width(), window.height()
        window.file_tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if height < LOW
                                                else Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        if self._auto_docks:
            shown = width >= NARROW
            opened = shown and not any(dock.isVisibleTo(window) for dock in self._docks)
            for dock in self._docks:
                if dock.isVisibleTo(window) != shown:
                    dock.setVisible(shown)
            if opened:  # only when they open: a tab the learner chose stays in front
                window.explain_dock.raise_()
            if shown:
                self._size_docks()
        self._set_large(width >= LARGE[0] and height >= LARGE[1])
        self._fit_situations()

    def _size_docks(self) -> None:
        if self._sized_docks:
            return
        self._sized_docks = True
        window = self.window
        width = max(300, min(520, int(window.width() * DOCK_SHARE)))
        window.resizeDocks([window.explain_dock], [width], Qt.Orientation.Horizontal)

    def _set_large(self, large: bool) -> None:
        """A large window: the loss plot under the left column; else beside the diagram."""
        if large == self._large:
            return
        self._large = large
        window = self.window
        plot = window.plot_panel
        if large:
            index = window.main_splitter.indexOf(self.left_scroll)
            window.main_splitter.replaceWidget(index, self.left_splitter)
            self.left_splitter.addWidget(self.left_scroll)
            self.left_splitter.addWidget(plot)
            self.left_splitter.setStretchFactor(0, 0)
            self.left_splitter.setStretchFactor(1, 1)
            room = max(1, window.main_splitter.height())
            panel = self.window.scenario_panel
            top = min(max(panel.sizeHint().height(), panel.minimumSizeHint().height()) + 24, room * 3 // 4)
            self.left_splitter.setSizes([top, room - top])
            width = max(self.left_scroll.minimumWidth(), int(window.width() * 0.3))
            total = sum(window.main_splitter.sizes())
            window.main_splitter.setSizes([width, max(1, total - width)])
        elif self.left_splitter.count():
            index = window.main_splitter.indexOf(self.left_splitter)
            window.right_splitter.addWidget(plot)
            window.main_splitter.replaceWidget(index, self.left_scroll)
            self.left_splitter.setParent(None)
            window.right_splitter.setStretchFactor(0, 3)
            window.right_splitter.setStretchFactor(1, 2)

    # -- the learner's choices -----------------------------------------------------------------
    def _learner_chose(self, *_: object) -> None:
        self._auto_docks = False
        if any(dock.isVisible() for dock in self._docks):
            self._size_docks()

    def _show_explain(self, *_: object) -> None:
        """The first Step: the Explain panel opens to show it (unless the learner closed it)."""
        if not self._auto_docks:
            return
        self._auto_docks = False
        dock = self.window.explain_dock
        dock.show()
        dock.raise_()
        self._size_docks()


def arrange(window: QMainWindow, remembered: bool) -> WindowLayout:
    """Make the window follow its size (see the module's text); `remembered`: its docks were restored."""
    return WindowLayout(window, remembered)

