"""The main window: wires the scenario, the grid, the diagram, the loss curve and training together."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QRectF,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QImage,
    QPainter,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nngui import __version__
from nngui.model.network import Network
from nngui.model.recovery import RecoveryStore
from nngui.model.scenario import (
    SUFFIX,
    Scenario,
    ScenarioError,
    article_scenario,
    atomic_path,
    load_preset,
    preset_names,
)
from nngui.qt import i18n
from nngui.qt.actions import Actions
from nngui.qt.document import ScenarioDocument
from nngui.qt.file_dialog import ask_path
from nngui.qt.messages import scenario_text, translate_error, translate_os_error
from nngui.qt.models import RiddleModel, SituationsModel
from nngui.qt.session import TrainingSession
from nngui.qt.widgets.controls import AnswerCard, SettingsBar, parse_hidden_layers
from nngui.qt.widgets.diagram import NetworkDiagram
from nngui.qt.widgets.explain import ExplainPanel, FlowLayout
from nngui.qt.widgets.grid import RiddleView, SituationsView
from nngui.qt.widgets.loss_plot import LossPlot
from nngui.qt.widgets.status import TrainingStatus
from nngui.qt.widgets.truth_table import TruthTablePanel

MAX_RECENT_FILES = 8
# Unsaved work is written to the recovery file this often (milliseconds).
AUTOSAVE_INTERVAL_MS = 3000


def settings() -> QSettings:
    """The app's settings; tests point NNGUI_SETTINGS_DIR at a temporary folder."""
    folder = os.environ.get("NNGUI_SETTINGS_DIR")
    if folder:
        return QSettings(str(Path(folder) / "nngui.ini"), QSettings.Format.IniFormat)
    return QSettings()


def settings_folder() -> Path:
    """Where settings-like files (the recovery file) live."""
    folder = os.environ.get("NNGUI_SETTINGS_DIR")
    if folder:
        return Path(folder)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".nngui")


class MainWindow(QMainWindow):
    """nngui's window: situations and riddle on the left, the network and its loss on the right."""

    trainingFinished = Signal()  # a training run ended (completed or stopped)

    def __init__(self, scenario: Scenario | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.document = ScenarioDocument(scenario if scenario is not None else article_scenario(), self)
        self.session = TrainingSession(self.document, self)
        self.trainer = self.session.controller  # the training controller (tests shut it down)
        self._closing = False
        self.recovery = RecoveryStore(settings_folder())
        self._needs_autosave = False
        self._has_recovery_file = False

        self.create_widgets()
        self.create_actions()
        self.create_status_bar()
        self.connect_signals()
        self.retranslate()
        self.read_settings()
        self.show_scenario()
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    # -- building ------------------------------------------------------------
    def create_widgets(self) -> None:
        doc = self.document
        self.situations_model = SituationsModel(doc, self)
        self.riddle_model = RiddleModel(doc, self)
        self.situations_view = SituationsView(self.situations_model, self)
        session = self.session
        self.riddle_view = RiddleView(self.riddle_model, self, session=session)
        self.riddle_view.follow(self.situations_view)
        self.answer_card = AnswerCard(session=session)
        self.settings_bar = SettingsBar()
        self.diagram = NetworkDiagram(session=session)
        self.loss_plot = LossPlot(session=session)
        self.explain_panel = ExplainPanel(session=session)
        self.truth_table = TruthTablePanel(session=session)
        self.status = TrainingStatus(session, self)
        self.explain_dock = QDockWidget(self, objectName="explainDock")
        self.explain_dock.setWidget(self.explain_panel)
        self.truth_dock = QDockWidget(self, objectName="truthTableDock")
        self.truth_dock.setWidget(self.truth_table)
        for dock in (self.explain_dock, self.truth_dock):
            dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                                 | Qt.DockWidgetArea.BottomDockWidgetArea)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.explain_dock, self.truth_dock)
        self.explain_dock.raise_()

        self.situations_title = QLabel(objectName="situationsTitle")
        self.situations_title.setStyleSheet("font-weight: bold")
        self.description_label = QLabel(objectName="descriptionLabel")
        self.description_label.setWordWrap(True)
        self.lock_label = QLabel(objectName="lockLabel")
        self.lock_label.setWordWrap(True)
        self.lock_label.hide()
        self.riddle_title = QLabel(objectName="riddleTitle")
        self.riddle_title.setStyleSheet("font-weight: bold")
        self.riddle_hint = QLabel(objectName="riddleHint")
        self.riddle_hint.setWordWrap(True)

        self.train_button = self._tool_button("trainButton")
        self.pause_button = self._tool_button("pauseButton")
        self.step_button = self._tool_button("stepButton")
        self.reset_button = self._tool_button("resetButton")

        left = QWidget(objectName="scenarioPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 4, 4, 8)
        left_layout.addWidget(self.situations_title)
        left_layout.addWidget(self.description_label)
        left_layout.addWidget(self.lock_label)
        left_layout.addWidget(self.situations_view)
        grid_buttons = QWidget(objectName="gridButtons")
        self.grid_buttons = FlowLayout(grid_buttons, spacing=2)  # wraps when the panel is narrow
        left_layout.addWidget(grid_buttons)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.riddle_title)
        left_layout.addWidget(self.riddle_hint)
        left_layout.addWidget(self.riddle_view)
        left_layout.addWidget(self.answer_card)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.settings_bar)
        left_layout.addStretch(1)

        plot_panel = QWidget(objectName="plotPanel")
        plot_layout = QVBoxLayout(plot_panel)
        plot_layout.setContentsMargins(4, 0, 8, 8)
        plot_header = QHBoxLayout()
        self.loss_title = QLabel(objectName="lossTitle")
        self.loss_title.setStyleSheet("font-weight: bold")
        self.loss_value = self.status.loss_now_label
        self.log_check = QCheckBox(objectName="logScaleCheck")
        plot_header.addWidget(self.loss_title)
        plot_header.addWidget(self.loss_value, 1)
        plot_header.addWidget(self.log_check)
        plot_layout.addLayout(plot_header)
        plot_layout.addWidget(self.loss_plot, 1)

        diagram_panel = QWidget(objectName="diagramPanel")
        diagram_layout = QVBoxLayout(diagram_panel)
        diagram_layout.setContentsMargins(4, 4, 8, 0)
        self.diagram_title = QLabel(objectName="diagramTitle")
        self.diagram_title.setStyleSheet("font-weight: bold")
        diagram_layout.addWidget(self.diagram_title)
        diagram_layout.addWidget(self.diagram, 1)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical, objectName="rightSplitter")
        self.right_splitter.addWidget(diagram_panel)
        self.right_splitter.addWidget(plot_panel)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 0)  # the tables keep their natural width;
        self.main_splitter.setStretchFactor(1, 1)  # the diagram and the plot take the rest
        self.main_splitter.setChildrenCollapsible(False)
        self.right_splitter.setChildrenCollapsible(False)

        controls = QWidget(objectName="controlsBar")
        controls_layout = QHBoxLayout(controls)
        controls_layout.setContentsMargins(8, 6, 8, 2)
        for button in (self.train_button, self.pause_button, self.step_button, self.reset_button):
            controls_layout.addWidget(button)
        controls_layout.addSpacing(16)
        controls_layout.addWidget(self.settings_bar.speed_widget)
        controls_layout.addStretch(1)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(2)
        central_layout.addWidget(controls)
        central_layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is not None and available.width() > 0:
            self.resize(min(1280, int(available.width() * 0.92)), min(820, int(available.height() * 0.92)))
        else:
            self.resize(1280, 820)

    def _tool_button(self, name: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(False)
        button.setMinimumHeight(30)
        return button

    def create_actions(self) -> None:
        """The actions, menus and file tool bar of actions.TABLE, and those made at run time."""
        self.actions = Actions(self)
        self.actions.follow_undo_stack(self.document.undo_stack)
        self.train_button.setDefaultAction(self.train_action)
        self.pause_button.setDefaultAction(self.pause_action)
        self.step_button.setDefaultAction(self.step_action)
        self.reset_button.setDefaultAction(self.reset_action)
        self.log_check.toggled.connect(self.log_scale_action.setChecked)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(self._on_language_action)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.actions.add_members("language", list(self.language_actions.values()))

        self.preset_actions: dict[str, QAction] = {}
        for name in preset_names():
            action = QAction(self)
            action.setData(name)
            action.triggered.connect(self._on_preset_action)
            self.preset_actions[name] = action
        self.actions.add_members("presets", list(self.preset_actions.values()))
        self.recent_actions = []
        for _ in range(MAX_RECENT_FILES):
            action = QAction(self)
            action.setVisible(False)
            action.triggered.connect(self._on_recent_action)
            self.recent_actions.append(action)
        self.actions.add_members("recent", self.recent_actions)

        view = self.situations_view
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([view.add_situation_action, view.remove_situation_action,
                                   view.add_input_action, view.remove_input_action])
        for pair in ((view.add_situation_action, view.remove_situation_action),
                     (view.add_input_action, view.remove_input_action)):
            group = QWidget()  # a narrow panel wraps the pairs, never a lone button
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 6, 0)
            row.setSpacing(2)
            for action in pair:
                button = QToolButton()
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setAutoRaise(True)
                row.addWidget(button)
            self.grid_buttons.addWidget(group)

    def create_status_bar(self) -> None:
        bar = self.statusBar()
        self.iteration_status = self.status.iteration_label
        self.loss_status = self.status.loss_label
        self.speed_status = self.status.speed_label
        for label in (self.iteration_status, self.loss_status, self.speed_status):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def connect_signals(self) -> None:
        doc = self.document
        doc.settingsChanged.connect(self._on_settings_changed)
        doc.scenarioReplaced.connect(self._on_scenario_replaced)
        doc.message.connect(self.show_message)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.changed.connect(self._update_title)
        doc.changed.connect(self._note_change)
        doc.undo_stack.indexChanged.connect(self._note_change)

        session = self.session
        session.stateChanged.connect(self._on_training_state)
        session.finished.connect(self.trainingFinished)
        session.message.connect(self.show_message)

        bar = self.settings_bar
        bar.iterations_spin.valueChanged.connect(self._on_iterations_edited)
        bar.learning_rate_spin.valueChanged.connect(self._on_learning_rate_edited)
        bar.seed_spin.valueChanged.connect(self._on_seed_edited)
        bar.hidden_edit.editingFinished.connect(self._on_hidden_layers_edited)
        bar.speedChanged.connect(session.set_speed)
        session.set_speed(bar.speed())

        self.truth_table.addHiddenLayerRequested.connect(self.add_hidden_layer)

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text (again, after a language change)."""
        self.explain_dock.setWindowTitle(self.tr("Explain"))  # before the actions: Qt names a
        self.truth_dock.setWindowTitle(self.tr("Truth Table"))  # dock's action after its title
        self.actions.retranslate()
        preset_titles = {
            "article": self.tr("The article's task"),
            "worked-example": self.tr("The article's worked example"),
            "two-layer": self.tr("Two layers (hidden layer of 4)"),
            "and": self.tr("AND"), "or": self.tr("OR"), "nand": self.tr("NAND"), "xor": self.tr("XOR"),
            "xnor": self.tr("First two equal (XNOR)"), "not-first": self.tr("NOT first input"),
            "majority": self.tr("Majority of three"), "parity": self.tr("Odd parity of three"),
        }
        for name, action in self.preset_actions.items():
            action.setText(preset_titles.get(name, name))
            action.setStatusTip(self.tr("Load the preset “{0}”").format(action.text()))
        self.situations_title.setText(self.tr("Training situations"))
        self.riddle_title.setText(self.tr("Riddle"))
        self.riddle_hint.setText(self.tr("Click a cell to switch it between 0 and 1."))
        self.diagram_title.setText(self.tr("The network"))
        self.loss_title.setText(self.tr("Loss"))
        self.log_check.setText(self.tr("Log scale"))
        self.log_check.setToolTip(self.log_scale_action.toolTip())
        self._update_training_controls()
        self.status.refresh()
        self._update_title()
        self._update_description()

    # -- scenario ------------------------------------------------------------
    def show_scenario(self) -> None:
        """Show a freshly loaded scenario: its settings and description (the session rebuilds the network)."""
        self.settings_bar.show_scenario(self.document.scenario)
        self._update_description()

    def _update_description(self) -> None:
        scenario = self.document.scenario
        text = scenario_text(scenario.description or "")
        self.description_label.setText(text)
        self.description_label.setVisible(bool(text))

    @Slot()
    def _on_scenario_replaced(self) -> None:
        self.show_scenario()
        self._update_title()

    @Slot()
    def _on_settings_changed(self) -> None:
        self.settings_bar.show_scenario(self.document.scenario)

    @Slot(int)
    def _on_iterations_edited(self, value: int) -> None:
        self.document.set_setting("iterations", value)

    @Slot(float)
    def _on_learning_rate_edited(self, value: float) -> None:
        self.document.set_setting("learning_rate", value)

    @Slot(int)
    def _on_seed_edited(self, value: int) -> None:
        self.document.set_setting("seed", value)  # the session makes the seed's weights

    @Slot()
    def _on_hidden_layers_edited(self) -> None:
        edit = self.settings_bar.hidden_edit
        try:
            sizes = parse_hidden_layers(edit.text())
        except ValueError as exc:
            self.show_message(self.tr("Hidden layers: {0}. Example: 4 or 4, 3").format(str(exc)))
            edit.setText(", ".join(str(s) for s in self.document.scenario.hidden_layers))
            return
        if sizes != self.document.scenario.hidden_layers:
            if not self.document.set_setting("hidden_layers", sizes):
                edit.setText(", ".join(str(s) for s in self.document.scenario.hidden_layers))

    # -- the network -----------------------------------------------------------
    @property
    def network(self) -> Network:
        """The session's network (read-only here: the session owns it)."""
        return self.session.network

    @property
    def iteration(self) -> int:
        """Iterations trained since the last Reset (the session's)."""
        return self.session.iteration

    def set_weight(self, layer: int, i: int, j: int, value: float) -> None:
        """Set one weight of the current network (not undoable; the diagram's edit is)."""
        self.session.set_weight(layer, i, j, value)

    @Slot()
    def add_hidden_layer(self) -> None:
        """The truth table's offer: give the network a hidden layer of 4 neurons."""
        if self.document.set_setting("hidden_layers", [4]):
            self.show_message(self.tr("Added a hidden layer of 4 neurons. Press Train."))

    def riddle_answer(self) -> float:
        """The network's answer to the riddle, at full precision."""
        return self.session.riddle_answer()

    @Slot(bool)
    def toggle_pause(self, checked: bool | None = None) -> None:
        self.session.toggle_pause()
        self.pause_action.setChecked(self.session.is_paused())

    @Slot(str)
    def _on_training_state(self, state: str) -> None:
        self._update_training_controls()

    def _update_training_controls(self) -> None:
        running, paused = self.session.is_running(), self.session.is_paused()
        self.actions.show_state(running, paused)
        self.settings_bar.set_editable(not running, self.tr("Stop training to change the settings."))
        self.diagram.set_editable(not running, self.tr("Stop training to edit weights."))
        self.explain_panel.set_step_enabled(not running or paused,
                                            self.tr("Pause training to step one iteration at a time."))
        if running:
            self.lock_label.setText(self.tr(
                "🔒 Training is running: the situations and settings are locked until it stops. "
                "The riddle stays clickable."))
        self.lock_label.setVisible(running)

    @Slot(bool)
    def set_log_scale(self, on: bool) -> None:
        self.loss_plot.set_log_scale(on)
        self.log_check.setChecked(on)

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- files ---------------------------------------------------------------
    def _update_title(self, *args: object) -> None:
        doc = self.document
        name = doc.path.name if doc.path else (scenario_text(doc.scenario.name) or self.tr("Untitled"))
        self.setWindowTitle(self.tr("{0}[*] — nngui").format(name))
        self.setWindowModified(doc.is_modified())

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes would be lost; True if it is fine to go on."""
        if not self.document.is_modified():
            return True
        box = self.unsaved_changes_box()
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def unsaved_changes_box(self) -> QMessageBox:
        """The question asked before unsaved changes would be lost (Save, Discard, Cancel), not shown yet."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("The scenario has unsaved changes. Save them first?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedChangesBox")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        # Qt's Russian says "Отклонить" (reject); "Не сохранять" is what the question needs.
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard", "unsaved changes"))
        return box

    def _stop_for_replace(self) -> bool:
        if self.trainer.is_running():
            self.show_message(self.tr("Stop training first."))
            return False
        return True

    @Slot()
    def new_scenario(self) -> None:
        if not self._stop_for_replace() or not self.confirm_discard():
            return
        scenario = article_scenario()
        scenario.name = ""
        self.document.set_scenario(scenario, None)

    @Slot()
    def open_dialog(self) -> None:
        if not self._stop_for_replace() or not self.confirm_discard():
            return
        path = self._ask_path(self.tr("Open Scenario"),
                              self.tr("nngui scenarios (*{0});;All files (*)").format(SUFFIX), "", save=False)
        if path:
            self.open_file(path, confirm=False)

    def open_file(self, path: str | os.PathLike[str], confirm: bool = True) -> bool:
        """Open a scenario file; on any problem show a clear message and keep the current one."""
        if confirm and (not self._stop_for_replace() or not self.confirm_discard()):
            return False
        try:
            scenario = Scenario.load(path)
        except ScenarioError as exc:
            self._error(self.tr("Cannot open the scenario"), translate_error(str(exc)))
            return False
        self.document.set_scenario(scenario, Path(path))
        self._add_recent_file(Path(path))
        self.show_message(self.tr("Opened {0}.").format(Path(path).name))
        return True

    def load_preset(self, name: str) -> bool:
        if not self._stop_for_replace() or not self.confirm_discard():
            return False
        self.document.set_scenario(load_preset(name), None)
        return True

    @Slot()
    def _on_preset_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.load_preset(str(action.data()))

    @Slot()
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    @Slot()
    def save_as(self) -> bool:
        suggested = self.document.path or Path(self._last_folder()) / (
            (scenario_text(self.document.scenario.name) or self.tr("scenario")) + SUFFIX)
        path = self._ask_path(self.tr("Save Scenario"), self.tr("nngui scenarios (*{0})").format(SUFFIX),
                              suggested)
        if not path:
            return False
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name + SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            self.document.scenario.save(path)
        except (OSError, ScenarioError) as exc:
            self._error(self.tr("Cannot save the scenario"),
                        self.tr("{0}: {1}").format(path.name, _reason(exc)))
            return False
        self.document.mark_saved(Path(path))
        self._add_recent_file(Path(path))
        self.show_message(self.tr("Saved {0}.").format(Path(path).name))
        return True

    def _ask_path(self, title: str, filters: str, default: str | Path, save: bool = True) -> Path | None:
        """Ask for a file to open or save, in the last folder used (see file_dialog.ask_path)."""
        return ask_path(self, title, filters, default, self._last_folder(), save)

    @Slot()
    def import_csv(self, path: Path | None = None) -> None:
        """Replace the situations with a CSV file's (asked for when not given); errors in a dialog."""
        if not isinstance(path, Path):
            path = self._ask_path(self.tr("Import Situations"),
                                  self.tr("CSV files (*.csv);;All files (*)"), "", save=False)
        if not path:
            return
        refused: list[str] = []
        self.document.message.connect(refused.append)
        try:
            imported = self.situations_view.import_csv(path)
        finally:
            self.document.message.disconnect(refused.append)
        if not imported and refused:
            self._error(self.tr("Cannot import the situations"), refused[-1])

    @Slot()
    def export_csv(self) -> None:
        path = self._ask_path(self.tr("Export Situations"), self.tr("CSV files (*.csv)"), "situations.csv")
        if path:
            self.situations_view.export_csv(path)

    @Slot()
    def export_loss_csv(self) -> None:
        path = self._ask_path(self.tr("Export Loss"), self.tr("CSV files (*.csv)"), "loss.csv")
        if path:
            self._export(lambda: self.loss_plot.export_csv(path), path)

    @Slot()
    def export_loss_png(self) -> None:
        path = self._ask_path(self.tr("Export Loss Plot"), self.tr("PNG images (*.png)"), "loss.png")
        if path:
            self._export(lambda: self.loss_plot.export_png(path), path)

    @Slot()
    def export_diagram_png(self) -> None:
        path = self._ask_path(self.tr("Export Diagram"), self.tr("PNG images (*.png)"), "network.png")
        if path:
            self._export(lambda: self.render_diagram(path), path)

    @Slot()
    def export_diagram_svg(self) -> None:
        path = self._ask_path(self.tr("Export Diagram"), self.tr("SVG drawings (*.svg)"), "network.svg")
        if path:
            self._export(lambda: self.render_diagram(path), path)

    def _export(self, write, path: Path) -> None:
        try:
            write()
        except OSError as exc:
            self._error(self.tr("Cannot export"), self.tr("{0}: {1}").format(path.name, _reason(exc)))
            return
        self.show_message(self.tr("Exported {0}.").format(path.name))

    def render_diagram(self, path: Path) -> None:
        """Save the network diagram as PNG or SVG (by the file's suffix)."""
        scene = self.diagram.scene()
        source = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
        if Path(path).suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator  # only here: not loaded at start-up

            with atomic_path(path) as temporary:
                generator = QSvgGenerator()
                generator.setFileName(temporary)
                generator.setSize(source.size().toSize())
                generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
                generator.setTitle(self.tr("nngui network diagram"))
                painter = QPainter(generator)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
                if not painter.end() or os.path.getsize(temporary) == 0:
                    raise OSError(0, self.tr("the drawing could not be written"))
                del painter, generator  # closes the file before it replaces the old one
            return
        scale = 2.0
        image = QImage((source.size() * scale).toSize(), QImage.Format.Format_ARGB32)
        image.fill(self.diagram.backgroundBrush().color() if self.diagram.backgroundBrush().style()
                   != Qt.BrushStyle.NoBrush else self.palette().base().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), source)
        painter.end()
        with atomic_path(path) as temporary:
            if not image.save(temporary, "PNG"):
                raise OSError(0, self.tr("the picture could not be written"))

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        self.show_message(text)
        if os.environ.get("NNGUI_NO_DIALOGS"):
            return
        box.exec()

    # -- recent files and settings -----------------------------------------------
    def _last_folder(self) -> str:
        last = settings().value("lastFile", "")
        return str(Path(str(last)).parent) if last else str(Path.home())

    def _recent_files(self) -> list[str]:
        value = settings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent_file(self, path: Path) -> None:
        files = [str(path.resolve())] + [f for f in self._recent_files() if f != str(path.resolve())]
        s = settings()
        s.setValue("recentFiles", files[:MAX_RECENT_FILES])
        s.setValue("lastFile", str(path.resolve()))
        self._update_recent_actions()

    @Slot()
    def clear_recent_files(self) -> None:
        settings().setValue("recentFiles", [])
        self._update_recent_actions()

    def _update_recent_actions(self) -> None:
        files = self._recent_files()
        for number, action in enumerate(self.recent_actions):
            if number < len(files):
                action.setText(f"&{number + 1} {Path(files[number]).name}")
                action.setData(files[number])
                action.setStatusTip(files[number])
                action.setVisible(True)
            else:
                action.setVisible(False)
        self.recent_menu.setEnabled(bool(files))

    @Slot()
    def _on_recent_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_file(str(action.data()))

    def read_settings(self) -> None:
        s = settings()
        geometry = s.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        for key, splitter in (("mainSplitter", self.main_splitter), ("rightSplitter", self.right_splitter)):
            state = s.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        state = s.value("windowState")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.log_scale_action.setChecked(str(s.value("logScale", "false")).lower() == "true")
        self._update_recent_actions()

    def write_settings(self) -> None:
        s = settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        s.setValue("mainSplitter", self.main_splitter.saveState())
        s.setValue("rightSplitter", self.right_splitter.saveState())
        s.setValue("logScale", self.log_scale_action.isChecked())
        s.sync()

    # -- help ------------------------------------------------------------------
    @Slot()
    def about(self) -> None:
        QMessageBox.about(self, self.tr("About nngui"), self.about_text())

    def about_text(self) -> str:
        """The About box's text (rich text), in the interface's language."""
        return self.tr(
            "<h3>nngui {0}</h3>"
            "<p>Watch a tiny neural network learn, and understand every number it computes.</p>"
            "<p>nngui teaches what one sigmoid neuron does: it weighs the inputs, normalises the sum "
            "with the sigmoid, compares the result with the expected output, and calibrates its "
            "weights — tens of thousands of times. Step through one iteration in the Explain panel, "
            "see every answer in the truth table, and take the whole thing home as a NumPy script.</p>"
            "<p>Built from the Russian beginners' article “Нейросеть на Python для чайников” "
            "(“A neural network in Python for dummies”), a retelling of the well-known "
            "“simple neural network in 9 lines of Python”. The situations, the riddle 1 0 0, "
            "the worked example with weights 0.5 and the seed 1 all come from there.</p>"
            "<p>Made with Python, NumPy, Qt (PySide6) and pyqtgraph.</p>"
        ).format(__version__)

    @Slot()
    def show_code(self) -> QDialog:
        """Show the scenario as a standalone Python script (the article's lost listing)."""
        from nngui.qt.code_dialog import CodeDialog  # only when asked for: not loaded at start-up

        dialog = CodeDialog(self.document.scenario.copy(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- language --------------------------------------------------------------
    @Slot()
    def _on_language_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.set_language(str(action.data()))

    def set_language(self, code: str) -> None:
        """Switch the whole app's language and remember it."""
        app = QApplication.instance()
        if app is None or code == i18n.current_language():
            return
        i18n.set_language(app, code)
        settings().setValue("language", code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.setLocale(QLocale())  # numbers too (the children follow their parent's locale)
            self.retranslate()
            for dock in (self.explain_dock, self.truth_dock):
                # Qt names a dock's float and close buttons only when its features change.
                features = dock.features()
                dock.setFeatures(features ^ QDockWidget.DockWidgetFeature.DockWidgetClosable)
                dock.setFeatures(features)
            for code, action in self.language_actions.items():
                action.setChecked(code == i18n.current_language())
        super().changeEvent(event)

    # -- recovery --------------------------------------------------------------
    @Slot()
    def autosave(self) -> None:
        """Write unsaved work to the recovery file when it changed since the last autosave."""
        doc = self.document
        if not doc.is_modified():
            if self._has_recovery_file:
                self.recovery.discard()
                self._has_recovery_file = False
            return
        if not self._needs_autosave:
            return
        try:
            self.recovery.save(doc.scenario, doc.path)
        except OSError as exc:
            self.show_message(self.tr("Could not write the recovery file: {0}").format(_reason(exc)))
            return
        self._needs_autosave = False
        self._has_recovery_file = True

    @Slot()
    def _note_change(self, *args: object) -> None:
        self._needs_autosave = True

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore the unsaved work found in recovery files."""
        for path in self.recovery.orphans():
            try:
                recovered = self.recovery.read(path)
            except ScenarioError:
                self.recovery.remove(path)
                continue
            original = recovered.original_path
            name = original.name if original else self.tr("an untitled scenario")
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore unsaved work?"),
                              self.tr("nngui was closed unexpectedly while {0} had unsaved changes. "
                                      "Restore them?").format(name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setObjectName("recoveryBox")
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Discard"))
            answer = box.exec()
            self.recovery.remove(path)
            if answer == QMessageBox.StandardButton.Yes:
                self.document.set_scenario(recovered.scenario, recovered.original_path, modified=True)
                self.autosave()
                return True
        return False

    # -- closing ---------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._closing and not self.confirm_discard():
            event.ignore()
            return
        self._closing = True
        self.autosave_timer.stop()
        self.session.shutdown()
        self.write_settings()
        self.recovery.discard()
        event.accept()


def _reason(exc: Exception) -> str:
    """Why a file operation failed, in the interface's language where nngui knows the words."""
    strerror = getattr(exc, "strerror", None)
    if strerror:
        return translate_os_error(strerror)
    return translate_error(str(exc))
