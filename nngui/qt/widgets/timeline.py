"""The training timeline under the loss plot: a slider over every iteration, and the compared runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nngui.model.rules import ARTICLE, LearningRules
from nngui.model.timeline import ComparedRun
from nngui.qt import i18n
from nngui.qt.session import TrainingSession
from nngui.qt.widgets.equations import FlowLayout
from nngui.qt.widgets.loss_marks import compared_colour, curve_colour

#: PgUp and PgDn move the slider by this share of the iterations.
PAGE_SHARE = 0.05


def run_label(run: ComparedRun) -> str:
    """A compared run's settings, as its curve and its button are labelled."""
    return settings_label(run.learning_rate, run.hidden, run.seed, run.rules)


def settings_label(learning_rate: float, hidden: tuple[int, ...], seed: int | None,
                   rules: LearningRules = ARTICLE) -> str:
    """A run's settings in a few words: "learning rate 0.1 · no hidden layer · seed 1", and its learning
    rules where they are not the article's: "… · tanh, one at a time"."""
    hidden_text = (TimelineBar.tr("no hidden layer") if not hidden
                   else TimelineBar.tr("hidden {0}").format(", ".join(i18n.whole(n) for n in hidden)))
    seed_text = TimelineBar.tr("no seed") if seed is None else TimelineBar.tr("seed {0}").format(seed)
    text = TimelineBar.tr("learning rate {0} · {1} · {2}").format(
        i18n.decimal(f"{learning_rate:g}"), hidden_text, seed_text)
    if rules.is_article:
        return text
    return TimelineBar.tr("{0} · {1}").format(text, rules_words(rules))


def rules_words(rules: LearningRules) -> str:
    """What is not the article's in a run's learning rules: "tanh, one at a time", "cross-entropy"."""
    words = {
        "tanh": TimelineBar.tr("tanh"),
        "relu": TimelineBar.tr("ReLU"),
        "step": TimelineBar.tr("step function"),
        "online": TimelineBar.tr("one at a time"),
        "shuffled": TimelineBar.tr("one at a time, shuffled"),
        "cross-entropy": TimelineBar.tr("cross-entropy"),
    }
    chosen = [words[value] for value in (rules.activation, rules.updates, rules.loss) if value in words]
    return ", ".join(chosen)


def rules_sentence(rules: LearningRules) -> str:
    """A run's learning rules in full, for its tool tip."""
    activation = {"sigmoid": TimelineBar.tr("the sigmoid"), "tanh": TimelineBar.tr("tanh"),
                  "relu": TimelineBar.tr("ReLU in the hidden layers"),
                  "step": TimelineBar.tr("the step function (the perceptron rule)")}[rules.activation]
    updates = {"batch": TimelineBar.tr("all situations at once"),
               "online": TimelineBar.tr("one situation at a time"),
               "shuffled": TimelineBar.tr("one situation at a time, shuffled")}[rules.updates]
    loss = {"mse": TimelineBar.tr("the mean squared error"),
            "cross-entropy": TimelineBar.tr("cross-entropy")}[rules.loss]
    return TimelineBar.tr("Activation: {0}. Updates: {1}. Loss: {2}.").format(activation, updates, loss)


class TimelineBar(QWidget):
    """Drag the slider (or use the arrow keys, PgUp/PgDn, Home/End) to show every view the network as
    it was after that iteration; "Run again" keeps the run's curve and trains afresh from its start."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="timelineBar")
        self.session = session
        self._train_action: QAction | None = None
        self.slider = QSlider(Qt.Orientation.Horizontal, self, objectName="timelineSlider")
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setTracking(True)
        self.label = QLabel(self, objectName="timelineLabel")
        self.end_button = QToolButton(self, objectName="timelineEndButton")
        self.end_button.clicked.connect(session.view_end)
        self.run_again_button = QPushButton(self, objectName="runAgainButton")
        self.run_again_button.clicked.connect(session.run_again)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.end_button)
        self.slider.setMinimumWidth(120)
        # Under the slider, flowing into as many rows as the width needs (the plot may be narrow, and
        # Russian is long): which iteration is shown, the button that keeps this run for comparison,
        # and the runs kept (one button each, in its curve's colour).
        self.runs = QWidget(self, objectName="comparedRuns")
        self.runs_row = FlowLayout(self.runs, spacing=4)
        self.runs_row.setContentsMargins(0, 0, 0, 0)
        self.runs_row.addWidget(self.label)
        self.runs_row.addWidget(self.run_again_button)
        self.current_run_label = QLabel(self, objectName="currentRunLabel")  # beside runs compared
        self.runs_row.addWidget(self.current_run_label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.runs.setSizePolicy(policy)
        self.run_buttons: list[QToolButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.runs)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # A drag asks for many iterations a second: the views are shown the latest, once per event loop turn.
        self._apply_timer = QTimer(self, singleShot=True, interval=0)
        self._apply_timer.timeout.connect(self._apply)
        self.slider.valueChanged.connect(lambda _value: self._apply_timer.start())
        for signal in (session.lossesAppended, session.wasReset, session.viewChanged, session.stateChanged,
                       session.weightsChanged):
            signal.connect(self._follow)
        session.comparedChanged.connect(self._show_runs)
        self._retranslate()
        self._follow()

    def follow_action(self, train: QAction) -> None:
        """Run again trains: it may be used when Train may (a lesson may lock Train)."""
        self._train_action = train
        train.changed.connect(self._follow)
        self._follow()

    @Slot()
    def _apply(self) -> None:
        self.session.view(self.slider.value())

    @Slot()
    def _follow(self, *_: object) -> None:
        """Follow the session: the range is every iteration it knows, the value the one viewed."""
        session = self.session
        running = session.is_running() and not session.is_paused()
        first, last, viewed = session.timeline.first, session.iteration, session.viewed_iteration
        self.slider.blockSignals(True)
        self.slider.setRange(first, last)
        self.slider.setValue(viewed)
        self.slider.setPageStep(max(1, round((last - first) * PAGE_SHARE)))
        self.slider.blockSignals(False)
        self.slider.setEnabled(not running and last > first)
        self.end_button.setEnabled(session.is_viewing_past())
        self.run_again_button.setEnabled(not session.is_running() and (
            self._train_action is None or self._train_action.isEnabled()))
        if session.is_viewing_past():
            text = self.tr("Iteration {0} of {1}").format(i18n.whole(viewed), i18n.whole(last))
        else:
            text = self.tr("Iteration {0}").format(i18n.whole(last))
        self.label.setText(text)
        self._show_current_run()
        # As wide as its widest text, so the slider does not move while it is dragged.
        widest = self.tr("Iteration {0} of {1}").format(i18n.whole(last), i18n.whole(last))
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(widest) + 4)
        self.slider.setToolTip(self.tr("Pause or stop training to go back in time.") if running else self.tr(
            "Drag, or use the arrow keys, Page Up/Down, Home and End, to show the network after any "
            "iteration."))

    @Slot()
    def _show_runs(self) -> None:
        for button in self.run_buttons:
            self.runs_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.run_buttons = []
        session = self.session
        self._show_current_run()
        for number, run in enumerate(session.compared):
            button = QToolButton(self, objectName=f"comparedRun{number + 1}")
            button.setText(self.tr("✕ {0}. {1}").format(run.number, run_label(run)))
            button.setToolTip(self.tr("Take this run off the loss plot.") + "\n" + rules_sentence(run.rules))
            colour = compared_colour(run.number - 1)  # a run keeps its colour when another goes
            button.setStyleSheet(f"QToolButton {{ color: {colour.name()}; }}")
            button.clicked.connect(lambda _=False, n=number: self.session.remove_compared(n))
            self.run_buttons.append(button)
        for button in self.run_buttons:
            self.runs_row.addWidget(button)
            button.show()

    def _show_current_run(self) -> None:
        """Beside the runs compared, the current one: its number and settings, in its curve's colour."""
        session = self.session
        settings = session.run_settings()
        shown = bool(session.compared) and settings is not None
        self.current_run_label.setVisible(shown)
        if shown:
            self.current_run_label.setText(self.tr("{0}. {1} (this run)").format(
                session.run_number, settings_label(*settings)))
            self.current_run_label.setToolTip(rules_sentence(settings[3]))
            dark = self.palette().color(self.backgroundRole()).lightnessF() < 0.5
            self.current_run_label.setStyleSheet(f"QLabel {{ color: {curve_colour(dark).name()}; }}")

    def _retranslate(self) -> None:
        self.end_button.setText(self.tr("End"))
        self.end_button.setToolTip(self.tr("Back to the last iteration (End)."))
        self.run_again_button.setText(self.tr("Run again from the same start"))
        self.run_again_button.setToolTip(self.tr(
            "Keep this run's loss curve on the plot and train afresh from the same first weights with "
            "the settings now shown (up to five runs side by side)."))
        self._follow()
        self._show_runs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
