"""The main window's panels: the scenario on the left, the diagram and the loss plot on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from nngui.qt import i18n
from nngui.qt.icons import icon
from nngui.qt.widgets.explain import FlowLayout

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts


def _title(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setStyleSheet("font-weight: bold")
    return label


class ScenarioPanel(QWidget):
    """The situations with their buttons, the riddle with the network's answer, and the settings;
    above them the scenario's description and, while training, why the situations are locked."""

    def __init__(self, situations: QWidget, riddle: QWidget, answer: QWidget, settings: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="scenarioPanel")
        self.situations_title = _title("situationsTitle")
        self.description_label = QLabel(objectName="descriptionLabel")
        self.description_label.setWordWrap(True)
        # While training, why the situations are locked: a lock icon (fonts may lack an emoji) and
        # the words; its room is kept while it is hidden, so the grid never moves when it comes.
        self.lock_banner = QWidget(objectName="lockBanner")
        banner = QHBoxLayout(self.lock_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.lock_icon = QLabel(objectName="lockIcon")
        self.lock_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        try:
            self.lock_icon.setPixmap(icon("lock").pixmap(16, 16))
        except FileNotFoundError:
            pass
        self.lock_label = QLabel(objectName="lockLabel")
        self.lock_label.setWordWrap(True)
        banner.addWidget(self.lock_icon)
        banner.addWidget(self.lock_label, 1)
        policy = self.lock_banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.lock_banner.setSizePolicy(policy)
        self.lock_banner.hide()
        self._locked = self._paused = False
        self.riddle_title = _title("riddleTitle")
        self.riddle_hint = QLabel(objectName="riddleHint")
        self.riddle_hint.setWordWrap(True)
        grid_buttons = QWidget(objectName="gridButtons")
        self.grid_buttons = FlowLayout(grid_buttons, spacing=2)  # wraps when the panel is narrow

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 8)
        for widget in (self.situations_title, self.description_label, self.lock_banner, situations,
                       grid_buttons):
            layout.addWidget(widget)
        layout.addSpacing(6)
        for widget in (self.riddle_title, self.riddle_hint, riddle, answer):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(settings)
        layout.addStretch(1)

    def add_button_pairs(self, pairs: list[tuple[QAction, QAction]]) -> None:
        """A small button for each action under the situations, two by two."""
        for pair in pairs:
            group = QWidget()  # a narrow panel wraps the pairs, never a lone button
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 6, 0)
            row.setSpacing(2)
            for action in pair:
                button = QToolButton()
                button.setObjectName(action.objectName().removesuffix("Action") + "Button")  # addInputButton
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setAutoRaise(True)
                row.addWidget(button)
            self.grid_buttons.addWidget(group)

    def retranslate(self) -> None:
        self.situations_title.setText(translate("MainWindow", "Training situations"))
        self.riddle_title.setText(translate("MainWindow", "Riddle"))
        self.riddle_hint.setText(translate("MainWindow", "Click a cell to switch it between 0 and 1."))
        self.show_lock(self._locked, self._paused)  # its words (and so its room) in the new language

    def show_description(self, text: str) -> None:
        self.description_label.setText(text)
        self.description_label.setVisible(bool(text))

    def show_lock(self, locked: bool, paused: bool = False) -> None:
        """Say (or stop saying) that training, running or paused, locks the situations and settings."""
        self._locked, self._paused = locked, paused
        if paused:
            self.lock_label.setText(translate(
                "MainWindow", "Training is paused: the situations and settings are locked until it stops. "
                              "The riddle stays clickable."))
        else:  # also while hidden: the words it will show keep its room
            self.lock_label.setText(translate(
                "MainWindow", "Training is running: the situations and settings are locked until it stops. "
                              "The riddle stays clickable."))
        self.lock_banner.setVisible(locked)


class ControlsBar(QWidget):
    """The row above everything: Train, Pause, Step and Reset (each showing an action), then the speed."""

    def __init__(self, speed: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="controlsBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        self.buttons: dict[str, QToolButton] = {}
        for name in ("train", "pause", "step", "reset"):
            button = QToolButton(objectName=f"{name}Button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(False)
            button.setMinimumHeight(30)
            layout.addWidget(button)
            self.buttons[name] = button
        # Never shown: measures a button's width for a text. Made once, as a child: a widget made
        # and destroyed while the application hands out a LanguageChange crashes it.
        self._probe = QToolButton(self)
        self._probe.hide()
        layout.addSpacing(16)
        layout.addWidget(speed)
        layout.addStretch(1)

    def show_actions(self, actions: dict[str, QAction]) -> None:
        """Each button shows and triggers the action of its name."""
        for name, button in self.buttons.items():
            button.setDefaultAction(actions[name])

    def keep_width(self, name: str, texts: list[str]) -> None:
        """The button of that name is as wide as its widest text ("Resume", "Train 10,000 more"), so
        the row does not move when its text changes."""
        button = self.buttons[name]
        probe = self._probe  # measured as the button would be with each text
        probe.setToolButtonStyle(button.toolButtonStyle())
        probe.setIcon(button.icon())
        probe.setMinimumHeight(button.minimumHeight())
        probe.setFont(button.font())
        widths = [button.sizeHint().width()]
        for text in texts:
            probe.setText(text)
            widths.append(probe.sizeHint().width())
        button.setMinimumWidth(max(widths))


class DiagramPanel(QWidget):
    """The network diagram under its title."""

    def __init__(self, diagram: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="diagramPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 8, 0)
        self.title = _title("diagramTitle")
        self.title.setWordWrap(True)  # "after iteration 1,040 (End: the last)" must not widen the window
        layout.addWidget(self.title)
        layout.addWidget(diagram, 1)
        self.viewed: int | None = None  # the iteration the timeline went back to, if it did

    def show_viewed(self, iteration: int | None) -> None:
        """Say in the title when the diagram shows an earlier iteration than the last."""
        self.viewed = iteration
        self.retranslate()

    def retranslate(self) -> None:
        if self.viewed is None:
            self.title.setText(translate("MainWindow", "The network"))
        else:
            title = translate("MainWindow", "The network after iteration {0} (End: the last)")
            self.title.setText(title.format(i18n.whole(self.viewed)))


class PlotPanel(QWidget):
    """The loss plot under its title, the latest loss and the log-scale switch; the timeline under it."""

    def __init__(self, plot: QWidget, loss_now: QLabel, timeline: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="plotPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 8)
        header = QHBoxLayout()
        self.title = _title("lossTitle")
        self.log_check = QCheckBox(objectName="logScaleCheck")
        header.addWidget(self.title)
        # The loss beside the title takes the room there is (its long form, "at iteration 1,040: …",
        # must not widen the window); the status bar and the plot's corner say it too.
        loss_now.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(loss_now, 1)
        header.addWidget(self.log_check)
        layout.addLayout(header)
        layout.addWidget(plot, 1)
        if timeline is not None:
            layout.addWidget(timeline)

    def retranslate(self, log_scale_tip: str) -> None:
        self.title.setText(translate("MainWindow", "Loss"))
        self.log_check.setText(translate("MainWindow", "Log scale"))
        self.log_check.setToolTip(log_scale_tip)
