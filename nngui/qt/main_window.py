"""The main window: builds the views of the document and the training session and wires them together."""

from __future__ import annotations

import atexit
import os

from PySide6.QtCore import QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nngui import __version__
from nngui.model.network import Network
from nngui.model.scenario import Scenario, article_scenario
from nngui.qt import accessibility, i18n
from nngui.qt.actions import Actions
from nngui.qt.autosave import Autosave
from nngui.qt.document import ScenarioDocument
from nngui.qt.files import Files, render_diagram
from nngui.qt.history import History
from nngui.qt.keyboard import wire_keyboard
from nngui.qt.layout import arrange
from nngui.qt.lessons import LessonController
from nngui.qt.messages import scenario_text
from nngui.qt.models import RiddleModel, SituationsModel
from nngui.qt.notify import RunNotifier
from nngui.qt.session import TrainingSession
from nngui.qt.settings import read_window_state, settings, settings_folder, write_window_state
from nngui.qt.widgets.controls import AnswerCard, SettingsBar, parse_hidden_layers
from nngui.qt.widgets.diagram import NetworkDiagram
from nngui.qt.widgets.explain import ExplainPanel
from nngui.qt.widgets.grid import RiddleView, SituationsView
from nngui.qt.widgets.input_space import InputSpacePanel
from nngui.qt.widgets.loss_plot import LossPlot
from nngui.qt.widgets.panels import ControlsBar, DiagramPanel, PlotPanel, ScenarioPanel
from nngui.qt.widgets.status import TrainingStatus
from nngui.qt.widgets.timeline import TimelineBar
from nngui.qt.widgets.truth_table import TruthTablePanel
from nngui.qt.widgets.weights_plot import WeightsPlot
from nngui.qt.zoom import Zoom

__all__ = ["MainWindow", "settings", "settings_folder"]


class _WindowsAtExit:
    """A script that ends without closing its window: stop its training and delete the window before
    the interpreter takes Qt apart piece by piece (pyqtgraph's views then crashed in a resize)."""

    registered = False

    def register(self) -> None:
        if not self.registered:
            self.registered = True
            atexit.register(self)  # after pyqtgraph's own handler, so it runs before it

    def __call__(self) -> None:
        import shiboken6

        app = QApplication.instance()
        windows = [w for w in (app.topLevelWidgets() if app else []) if isinstance(w, MainWindow)]
        for window in windows:
            if shiboken6.isValid(window):
                window.session.shutdown()
                shiboken6.delete(window)


_delete_windows_at_exit = _WindowsAtExit()


class MainWindow(QMainWindow):
    """nngui's window: situations and riddle on the left, the network and its loss on the right.

    It builds the views, gives them the document and the training session (``window.session``:
    the network, the iteration, every loss) and wires them; it holds no training state itself.
    The File menu's work is ``window.files``, the recovery file ``window.autosaver``.
    """

    trainingFinished = Signal()  # a training run ended (completed or stopped), or Train had nothing to do

    def __init__(self, scenario: Scenario | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        _delete_windows_at_exit.register()
        self.document = ScenarioDocument(scenario if scenario is not None else article_scenario(), self)
        self.session = TrainingSession(self.document, self)
        self.trainer = self.session.controller  # the training controller (tests shut it down)
        self.files = Files(self)
        self.autosaver = Autosave(self.document, self, self.show_message)
        self.recovery = self.autosaver.recovery
        self._closing = False

        self.create_widgets()
        self.lessons = LessonController(self)  # before the actions: Help → Lessons shows its dock
        self.zoom = Zoom(self)  # before the actions: View → Zoom In calls it
        self.create_actions()
        self.zoom.add_keys()
        self.status.add_to(self.statusBar())
        self.connect_signals()
        self.lessons.wire()  # after the window's connections: a lesson's locks are put back last
        self.retranslate()
        remembered = settings().contains("windowState")
        self.read_settings()
        self.arrangement = arrange(self, remembered)  # follows the window's size (layout.py)
        self.show_scenario()
        wire_keyboard(self)
        self.accessibility = accessibility.follow(self)  # names for screen readers (accessibility.py)

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
        self.history = History(session, self)  # Train from an earlier iteration asks first; the CSV
        self.timeline_bar = TimelineBar(session)
        self.timeline_slider = self.timeline_bar.slider
        self.weights_plot = WeightsPlot(session)
        self.explain_panel = ExplainPanel(session=session)
        self.truth_table = TruthTablePanel(session=session)
        self.input_space = InputSpacePanel(session=session)
        self.status = TrainingStatus(session, self)
        self.iteration_status, self.loss_status = self.status.iteration_label, self.status.loss_label
        self.speed_status = self.status.speed_label
        self.progress_bar = self.status.progress_bar  # a long run's share done and time left
        self.notifier = RunNotifier(self, session)  # a long run that ends in the background says so
        self.explain_dock = QDockWidget(self, objectName="explainDock")
        self.explain_dock.setWidget(self.explain_panel)
        self.truth_dock = QDockWidget(self, objectName="truthTableDock")
        self.truth_dock.setWidget(self.truth_table)
        self.input_space_dock = QDockWidget(self, objectName="inputSpaceDock")
        self.input_space_dock.setWidget(self.input_space)
        self.weights_dock = QDockWidget(self, objectName="weightsDock")
        self.weights_dock.setWidget(self.weights_plot)
        self.weights_plot.weightHovered.connect(self.diagram.highlight_weight)
        session.viewChanged.connect(lambda iteration: self.diagram_panel.show_viewed(
            iteration if session.is_viewing_past() else None))
        for dock in (self.explain_dock, self.truth_dock, self.input_space_dock, self.weights_dock):
            dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                                 | Qt.DockWidgetArea.BottomDockWidgetArea)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.explain_dock, self.truth_dock)
        self.tabifyDockWidget(self.truth_dock, self.input_space_dock)
        self.weights_dock.hide()  # View → Weights over Time opens it (a first start shows the essentials),
        self.tabifyDockWidget(self.input_space_dock, self.weights_dock)  # in the panels' tabs
        self.explain_dock.raise_()

        self.controls = ControlsBar(self.settings_bar.speed_widget)
        buttons = self.controls.buttons
        self.train_button, self.pause_button = buttons["train"], buttons["pause"]
        self.step_button, self.reset_button = buttons["step"], buttons["reset"]
        self.scenario_panel = left = ScenarioPanel(self.situations_view, self.riddle_view, self.answer_card,
                                                   self.settings_bar)
        self.lock_label = left.lock_label
        self.diagram_panel = DiagramPanel(self.diagram)
        self.plot_panel = PlotPanel(self.loss_plot, self.status.loss_now_label, self.timeline_bar)
        self.log_check = self.plot_panel.log_check

        self.right_splitter = QSplitter(Qt.Orientation.Vertical, objectName="rightSplitter")
        self.right_splitter.addWidget(self.diagram_panel)
        self.right_splitter.addWidget(self.plot_panel)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 0)  # the tables keep their natural width;
        self.main_splitter.setStretchFactor(1, 1)  # the diagram and the plot take the rest
        self.main_splitter.setChildrenCollapsible(False)
        self.right_splitter.setChildrenCollapsible(False)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(2)
        central_layout.addWidget(self.controls)
        central_layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is not None and available.width() > 0:
            self.resize(min(1280, int(available.width() * 0.92)), min(820, int(available.height() * 0.92)))
        else:
            self.resize(1280, 820)

    def create_actions(self) -> None:
        """The actions, menus and file tool bar of actions.TABLE, and those made at run time."""
        self.actions = Actions(self)
        self.actions.follow_undo_stack(self.document.undo_stack)
        self.controls.show_actions(self.actions.actions)
        self.timeline_bar.follow_action(self.train_action)
        self.log_check.toggled.connect(self.log_scale_action.setChecked)
        self.files.make_menus(self.actions)
        self.preset_actions = self.files.preset_actions
        self.recent_actions = self.files.recent_actions

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

        view = self.situations_view
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([view.add_situation_action, view.remove_situation_action,
                                   view.add_input_action, view.remove_input_action])
        self.scenario_panel.add_button_pairs([(view.add_situation_action, view.remove_situation_action),
                                              (view.add_input_action, view.remove_input_action)])

    def connect_signals(self) -> None:
        doc = self.document
        doc.settingsChanged.connect(self._on_settings_changed)
        doc.scenarioReplaced.connect(self.show_scenario)
        doc.message.connect(self.show_message)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.changed.connect(self._update_title)

        session = self.session
        session.stateChanged.connect(self._show_training_state)
        session.finished.connect(self.trainingFinished)
        session.weightsChanged.connect(self._show_train_text)  # a run ended, a step, a Reset
        self.situations_model.follow(session)  # the situations it answers wrong are marked
        doc.settingsChanged.connect(self._show_train_text)  # the number of iterations
        session.message.connect(self.show_message)

        bar = self.settings_bar
        bar.iterations_spin.valueChanged.connect(self._on_iterations_edited)
        bar.learning_rate_spin.valueChanged.connect(self._on_learning_rate_edited)
        bar.seed_spin.valueChanged.connect(self._on_seed_edited)
        bar.hidden_edit.editingFinished.connect(self._on_hidden_layers_edited)
        bar.speedChanged.connect(session.set_speed)
        session.set_speed(bar.speed())
        self.truth_table.addHiddenLayerRequested.connect(self.add_hidden_layer)
        self.input_space.message.connect(self.show_message)

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text (again, after a language change)."""
        self.lessons.retranslate()  # the Lessons dock's title, before its action is named
        self.explain_dock.setWindowTitle(self.tr("Explain"))  # before the actions: Qt names a
        self.truth_dock.setWindowTitle(self.tr("Truth Table"))  # dock's action after its title
        self.input_space_dock.setWindowTitle(self.tr("Input Space"))
        self.weights_dock.setWindowTitle(self.tr("Weights"))
        self.actions.retranslate()
        self.files.retranslate()
        self.scenario_panel.retranslate()
        self.diagram_panel.retranslate()
        self.plot_panel.retranslate(self.log_scale_action.toolTip())
        self._show_training_state()
        self.status.refresh()
        self._update_title()
        self._update_description()

    def _update_title(self, *args: object) -> None:
        doc = self.document
        name = doc.path.name if doc.path else (scenario_text(doc.scenario.name) or self.tr("Untitled"))
        self.setWindowTitle(self.tr("{0}[*] — nngui").format(name))
        self.setWindowModified(doc.is_modified())

    def _update_description(self) -> None:
        self.scenario_panel.show_description(scenario_text(self.document.scenario.description or ""))

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- the scenario's settings ---------------------------------------------------
    @Slot()
    def show_scenario(self) -> None:
        """Show a freshly loaded scenario: its settings, description and name (the session makes
        its network)."""
        self.settings_bar.show_scenario(self.document.scenario)
        self._update_description()
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

    @Slot()
    def add_hidden_layer(self) -> None:
        """The truth table's offer: give the network a hidden layer of 4 neurons."""
        if self.document.set_setting("hidden_layers", [4]):
            self.show_message(self.tr("Added a hidden layer of 4 neurons. Press Train."))

    # -- training ------------------------------------------------------------------
    @Slot(bool)
    def toggle_pause(self, checked: bool | None = None) -> None:
        self.session.toggle_pause()
        self.pause_action.setChecked(self.session.is_paused())

    @Slot()
    def _show_training_state(self, *args: object) -> None:
        """Enable what the training state allows, and say why the rest is locked."""
        running, paused = self.session.is_running(), self.session.is_paused()
        self.actions.show_state(running, paused)
        self.settings_bar.set_editable(not running, self.tr("Stop training to change the settings."))
        self.diagram.set_editable(not running, self.tr("Stop training to edit weights."))
        self.explain_panel.set_step_enabled(not running or paused,
                                            self.tr("Pause training to step one iteration at a time."))
        self.scenario_panel.show_lock(running, paused)
        self._show_train_text()

    @Slot()
    def _show_train_text(self, *args: object) -> None:
        """After iterations since Reset, Train goes on from there: its text says so ("Train 10,000 more")."""
        session, action = self.session, self.train_action
        n = self.document.scenario.iterations  # the plural form by n; n written as whole() writes it
        more = self.tr("&Train {0} more", "", n).format(i18n.whole(n))
        self.controls.keep_width("train", [self.tr("Res&ume"), more])
        if session.is_running() or session.iteration == 0:
            if not session.is_running():
                action.setText(self.tr("&Train"))
                action.setStatusTip(self.tr("Repeat the four steps for the set number of iterations"))
            return
        action.setText(more)
        action.setStatusTip(self.tr("Go on from iteration {0}; Reset starts over.").format(
            i18n.whole(session.iteration)))

    @Slot(bool)
    def set_log_scale(self, on: bool) -> None:
        self.loss_plot.set_log_scale(on)
        self.log_check.setChecked(on)

    # -- the automation contract (scripts and outside tests use these) ----------------
    @property
    def network(self) -> Network:
        """The session's network (read it only: the session owns it)."""
        return self.session.network

    @property
    def iteration(self) -> int:
        """Iterations trained since the last Reset (the session's)."""
        return self.session.iteration

    def train(self) -> None:
        """What Train does (trainingFinished follows when the run ends); from an earlier iteration
        of the timeline it first asks whether to continue from there."""
        self.history.train()

    def step(self) -> None:
        """What Step does: one traced iteration."""
        self.history.step()

    def reset(self) -> None:
        """What Reset does: fresh weights from the seed, the loss curve cleared."""
        self.session.reset()

    def riddle_answer(self) -> float:
        """The network's answer to the riddle, at full precision."""
        return self.session.riddle_answer()

    def set_weight(self, layer: int, i: int, j: int, value: float) -> None:
        """Set one weight of the current network (not undoable; the diagram's edit is)."""
        self.session.set_weight(layer, i, j, value)

    def open_lesson(self, name_or_path: str | os.PathLike[str]) -> bool:
        """Open a shipped lesson (see nngui.lesson_names()) or a lesson file in the Lessons panel."""
        return self.lessons.open_lesson(name_or_path)

    def load_preset(self, name: str) -> bool:
        return self.files.load_preset(name)

    def open_file(self, path: str | os.PathLike[str], confirm: bool = True) -> bool:
        """Open a scenario file; on any problem show a clear message and keep the current one."""
        return self.files.open_file(path, confirm)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        return self.files.save_to(path)

    def import_csv(self, path: os.PathLike[str] | None = None) -> None:
        self.files.import_csv(path)

    def render_diagram(self, path: str | os.PathLike[str]) -> None:
        """Save the network diagram as PNG or SVG (by the file's suffix)."""
        render_diagram(self.diagram, path)

    def unsaved_changes_box(self) -> QMessageBox:
        return self.files.unsaved_changes_box()

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore the unsaved work found in recovery files."""
        return self.autosaver.offer_recovery()

    # -- help ------------------------------------------------------------------
    @Slot()
    def show_getting_started(self) -> QDialog:
        """Help → Getting Started (F1): what to click first and what the colours mean."""
        from nngui.qt.help import show_getting_started

        return show_getting_started(self)

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
            for dock in self.findChildren(QDockWidget):
                # Qt names a dock's float and close buttons only when its features change.
                features = dock.features()
                dock.setFeatures(features ^ QDockWidget.DockWidgetFeature.DockWidgetClosable)
                dock.setFeatures(features)
            for code, action in self.language_actions.items():
                action.setChecked(code == i18n.current_language())
        super().changeEvent(event)

    # -- settings and closing ----------------------------------------------------
    def read_settings(self) -> None:
        read_window_state(self, self._splitters(), self.log_scale_action)

    def write_settings(self) -> None:
        write_window_state(self, self._splitters(), self.log_scale_action)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"mainSplitter": self.main_splitter, "rightSplitter": self.right_splitter}

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._closing and not self.files.confirm_discard():
            event.ignore()
            return
        self._closing = True
        self.session.shutdown()
        self.write_settings()
        self.autosaver.stop()
        event.accept()
