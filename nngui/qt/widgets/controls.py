"""Small widgets of the main window: the settings bar (iterations, learning rate, seed, layers, the
learning rules, speed) and the card that shows the network's answer to the riddle."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nngui.model import checks, numbers
from nngui.model.rules import ACTIVATIONS, LOSSES, UPDATES
from nngui.model.scenario import (
    MAX_ITERATIONS,
    MAX_LEARNING_RATE,
    MAX_SEED,
    Scenario,
)
from nngui.model.texts import Refusal
from nngui.model.verdict import Verdict
from nngui.qt import i18n
from nngui.qt.accessibility import Announcer
from nngui.qt.document import ScenarioDocument
from nngui.qt.messages import translate_error

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

#: The learning rules' settings, each with its values (the article's first), as the combos offer them.
RULE_SETTINGS = {"activation": ACTIVATIONS, "updates": UPDATES, "loss": LOSSES}

# Speeds offered by the slider, in iterations per second; None is "as fast as possible".
SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 20, 50, 100, 300, 1000, 3000, 10000, None)


def parse_hidden_layers(text: str) -> list[int]:
    """'4' → [4]; '4, 3' → [4, 3]; '' → []. Raises ValueError with a plain message (translated).

    The rule is the model's (nngui.model.checks.typed_hidden_layers); this gives its refusal in
    the interface's language.
    """
    try:
        return checks.typed_hidden_layers(text)
    except Refusal as refusal:
        raise ValueError(translate_error(refusal)) from None


def format_hidden_layers(sizes: list[int]) -> str:
    return ", ".join(str(s) for s in sizes)


class LearningRateSpinBox(QDoubleSpinBox):
    """A spin box for the learning rate that shows 1, 0.5 or 1e-09 rather than 1.000000000."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)
        self.setRange(0.0, MAX_LEARNING_RATE)
        self.setSingleStep(0.1)
        self.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return self.locale().toString(value, "g", 6)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        value, ok = self._parse(text)
        return value if ok else self.value()

    def validate(self, text: str, pos: int) -> object:  # noqa: N802 (Qt override)
        stripped = text.strip()
        if stripped == "" or stripped in {"-", "+", ".", ",", "e", "E"} or stripped[-1:] in "eE+-.,":
            return QValidator.State.Intermediate, text, pos
        value, ok = self._parse(text)
        if not ok:
            return QValidator.State.Invalid, text, pos
        if not 0.0 <= value <= MAX_LEARNING_RATE:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def _parse(self, text: str) -> tuple[float, bool]:
        value, ok = self.locale().toDouble(text.strip())
        if not ok:
            value, ok = QLocale.c().toDouble(text.strip().replace(",", "."))
        if ok and not math.isfinite(value):
            ok = False
        return value, ok


class SettingsBar(QGroupBox):
    """The training settings (iterations, learning rate, seed, hidden layers, the learning rules) and
    the speed slider.

    The settings are laid out as a small form (the group box); the speed slider and its label are
    separate widgets (speed_widget) that the window places beside the Train button.
    """

    speedChanged = Signal(object)  # float iterations per second, or None for "max"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iterations_spin = QSpinBox(objectName="iterationsSpin")
        self.iterations_spin.setRange(0, MAX_ITERATIONS)
        self.iterations_spin.setSingleStep(1000)
        self.iterations_spin.setGroupSeparatorShown(True)
        self.iterations_spin.setKeyboardTracking(False)
        self.iterations_spin.setAccelerated(True)
        self.learning_rate_spin = LearningRateSpinBox()
        self.learning_rate_spin.setObjectName("learningRateSpin")
        self.seed_spin = QSpinBox(objectName="seedSpin")
        self.seed_spin.setRange(0, min(MAX_SEED, 2**31 - 1))
        self.seed_spin.setKeyboardTracking(False)
        self.hidden_edit = QLineEdit(objectName="hiddenLayersEdit")
        self.hidden_edit.setClearButtonEnabled(True)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal, objectName="speedSlider")
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed_slider.setMinimumWidth(110)
        self.speed_label = QLabel(objectName="speedLabel")
        self.speed_slider.valueChanged.connect(self._on_speed)
        # The learning rules (issue 16): each item's data is the scenario's value ("tanh", "online").
        self.activation_combo = QComboBox(objectName="activationCombo")
        self.updates_combo = QComboBox(objectName="updatesCombo")
        self.loss_combo = QComboBox(objectName="lossCombo")
        self.rule_combos = {"activation": self.activation_combo, "updates": self.updates_combo,
                            "loss": self.loss_combo}
        for name, combo in self.rule_combos.items():
            for value in RULE_SETTINGS[name]:
                combo.addItem(value, value)  # the texts come in retranslate()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _index, n=name: self._on_rule_chosen(n))
        # Why the last edit of a setting was refused, under the settings (e.g. the step function with
        # a hidden layer); it goes when the settings change.
        self.note = QLabel(objectName="settingsNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self._note_announcer = Announcer([self.note], lambda: False, self, speaker=self.note)  # read out
        self._document: ScenarioDocument | None = None
        self._rule_tips: dict[str, str] = {}

        self.setObjectName("settingsBox")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self._labels: list[tuple[QLabel, QWidget]] = []
        places = ((self.iterations_spin, 0, 0), (self.learning_rate_spin, 0, 2),
                  (self.seed_spin, 1, 0), (self.hidden_edit, 1, 2))
        for widget, row, column in places:
            label = QLabel()
            label.setBuddy(widget)
            self._labels.append((label, widget))
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
        # A row each, as wide as their longest choice ("All situations at once (the article)").
        for row, combo in enumerate(self.rule_combos.values(), start=2):
            label = QLabel()
            label.setBuddy(combo)
            self._labels.append((label, combo))
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.note, 5, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.speed_widget = QWidget(objectName="speedControl")
        speed_layout = QHBoxLayout(self.speed_widget)
        speed_layout.setContentsMargins(0, 0, 0, 0)
        self.speed_caption = QLabel()
        self.speed_caption.setBuddy(self.speed_slider)
        speed_layout.addWidget(self.speed_caption)
        speed_layout.addWidget(self.speed_slider)
        speed_layout.addWidget(self.speed_label)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Set every text (again, after a language change); numbers follow the new locale."""
        locale = QLocale()
        for spin in (self.iterations_spin, self.learning_rate_spin, self.seed_spin):
            spin.setLocale(locale)  # the spin box shows its value again with the new separators
        metrics = self.fontMetrics()
        self.iterations_spin.setMinimumWidth(metrics.horizontalAdvance(locale.toString(100_000_000)) + 40)
        self.learning_rate_spin.setMinimumWidth(metrics.horizontalAdvance(locale.toString(0.000001)) + 40)
        self.seed_spin.setMinimumWidth(metrics.horizontalAdvance("0000000") + 40)
        self.hidden_edit.setMinimumWidth(metrics.horizontalAdvance("32, 16, 8") + 30)
        self.setTitle(self.tr("Settings"))
        texts = [self.tr("&Iterations:"), self.tr("&Learning rate:"), self.tr("&Seed:"),
                 self.tr("Hidden la&yers:"), self.tr("&Activation:"), self.tr("&Updates:"), self.tr("L&oss:")]
        for (label, _), text in zip(self._labels, texts):
            label.setText(text)
        self.speed_caption.setText(self.tr("Spee&d:"))
        self.iterations_spin.setToolTip(self.tr(
            "How many times Train repeats the four steps (the article uses 10,000)"))
        self.learning_rate_spin.setToolTip(self.tr(
            "How strongly each adjustment changes the weights (the article uses 1)"))
        self.seed_spin.setToolTip(self.tr(
            "The random seed for the starting weights (the article uses 1); Reset uses it"))
        self.hidden_edit.setToolTip(self.tr(
            "Sizes of hidden layers, e.g. 4 or 4, 3. Empty: the article's single neuron"))
        self.hidden_edit.setPlaceholderText(self.tr("none"))
        self.speed_slider.setToolTip(self.tr(
            "Training speed: from a watchable pace to as fast as possible"))
        self._retranslate_rules()
        self.speed_label.setMinimumWidth(max(metrics.horizontalAdvance(self._speed_text(speed))
                                             for speed in SPEEDS) + 6)
        self._on_speed(self.speed_slider.value())

    def _retranslate_rules(self) -> None:
        """The learning rules' combos: each choice's name, and a tool tip that explains it."""
        items = {
            "activation": [
                (self.tr("Sigmoid (the article)"), self.tr(
                    "Each neuron answers 1 / (1 + e^−sum): from 0 to 1, smoothly. The article's neuron.")),
                (self.tr("tanh"), self.tr(
                    "The hyperbolic tangent: like the sigmoid, but from −1 to 1 and steeper in the middle. "
                    "Its slope is 1 − output².")),
                (self.tr("ReLU (hidden layers)"), self.tr(
                    "The hidden neurons answer the sum itself, or 0 when it is negative; the output neuron "
                    "stays a sigmoid. Needs a hidden layer.")),
                (self.tr("Step (perceptron)"), self.tr(
                    "Each neuron answers 1 if its sum is above 0, else 0, and learns by Rosenblatt's "
                    "perceptron rule. Only for a network without hidden layers.")),
            ],
            "updates": [
                (self.tr("All situations at once (the article)"), self.tr(
                    "Each iteration adjusts the weights once, by the errors of every situation together.")),
                (self.tr("One situation at a time"), self.tr(
                    "Each iteration adjusts the weights after each situation, in the table's order.")),
                (self.tr("One at a time, shuffled"), self.tr(
                    "Each iteration adjusts the weights after each situation, in an order shuffled by "
                    "the seed.")),
            ],
            "loss": [
                (self.tr("Mean squared error (the article)"), self.tr(
                    "The loss is the mean of error²: a big mistake counts four times as much as a half "
                    "as big one.")),
                (self.tr("Cross-entropy"), self.tr(
                    "The loss punishes a confident wrong answer much more, so a sigmoid neuron that is "
                    "very wrong still learns fast. Needs a sigmoid output neuron.")),
            ],
        }
        tips = {
            "activation": self.tr("The activation function: how a neuron turns its weighted sum into its "
                                  "output (the article uses the sigmoid)"),
            "updates": self.tr("When the weights are adjusted: after all situations (the article), or "
                               "after each one"),
            "loss": self.tr("How the network's error is measured, and so how the weights are adjusted "
                            "(the article uses the mean squared error)"),
        }
        self._rule_tips = tips
        for name, combo in self.rule_combos.items():
            for index, (text, tip) in enumerate(items[name]):
                combo.setItemText(index, text)
                combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self._show_rule_tips()

    def _show_rule_tips(self) -> None:
        """A combo's tool tip says what it chooses, then what its current choice does."""
        for name, combo in self.rule_combos.items():
            choice = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
            combo.setToolTip(self.tr("{0}.\n{1}: {2}").format(self._rule_tips[name], combo.currentText(),
                                                              choice))

    def follow(self, document: ScenarioDocument) -> None:
        """Edit `document`'s learning rules from the combos, and show its refusals of setting edits
        under the settings. (The window's other settings are wired by the window itself.)"""
        if self._document is document:
            return
        if self._document is not None:
            self._document.settingRefused.disconnect(self._on_setting_refused)
        self._document = document
        document.settingRefused.connect(self._on_setting_refused)

    def _find_document(self) -> ScenarioDocument | None:
        if self._document is None:
            document = getattr(self.window(), "document", None)
            if isinstance(document, ScenarioDocument):
                self.follow(document)
        return self._document

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._find_document()

    def _on_rule_chosen(self, name: str) -> None:
        combo = self.rule_combos[name]
        document = self._find_document()
        if document is None:
            return
        if not document.set_setting(name, combo.currentData()):
            self._show_rule(name, getattr(document.scenario, name))  # refused: back to the current one

    @Slot(str, str)
    def _on_setting_refused(self, name: str, reason: str) -> None:
        self.show_note(reason[:1].upper() + reason[1:])

    def show_note(self, text: str) -> None:
        """Say under the settings why an edit was refused ("" hides the note)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self._note_announcer.changed()

    def _show_rule(self, name: str, value: str) -> None:
        combo = self.rule_combos[name]
        combo.blockSignals(True)
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        self._show_rule_tips()

    def speed(self) -> float | None:
        return SPEEDS[self.speed_slider.value()]

    def set_speed(self, speed: float | None) -> None:
        index = SPEEDS.index(speed) if speed in SPEEDS else len(SPEEDS) - 1
        self.speed_slider.setValue(index)

    def _speed_text(self, speed: float | None) -> str:
        if speed is None:
            return self.tr("max")
        return self.tr("%Ln it/s", "", int(speed))

    @Slot(int)
    def _on_speed(self, index: int) -> None:
        speed = SPEEDS[index]
        self.speed_label.setText(self._speed_text(speed))
        self.speedChanged.emit(speed)

    def show_scenario(self, scenario: Scenario) -> None:
        """Show the scenario's settings without emitting edits."""
        widgets = (self.iterations_spin, self.learning_rate_spin, self.seed_spin, self.hidden_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.iterations_spin.setValue(scenario.iterations)
        self.learning_rate_spin.setValue(scenario.learning_rate)
        self.seed_spin.setValue(min(scenario.seed, self.seed_spin.maximum()))
        self.hidden_edit.setText(format_hidden_layers(scenario.hidden_layers))
        for widget in widgets:
            widget.blockSignals(False)
        for name in self.rule_combos:
            self._show_rule(name, getattr(scenario, name))
        self._find_document()
        if self._document is not None and self._document.scenario is scenario:
            self.show_note("")  # the settings changed (or a new scenario came): the refusal is old

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Lock the settings that would change the network while it trains."""
        for widget in (self.iterations_spin, self.learning_rate_spin, self.seed_spin, self.hidden_edit,
                       *self.rule_combos.values()):
            widget.setEnabled(editable)
        self.setToolTip("" if editable else reason)


def answer_in_words(answer: float) -> tuple[str, str]:
    """The answer as (digit, confidence), e.g. (\"1\", \"confident\") — untranslated keys."""
    if answer >= 0.9:
        return "1", "confident"
    if answer >= 0.7:
        return "1", "fairly sure"
    if answer > 0.3:
        return "?", "unsure"
    if answer > 0.1:
        return "0", "fairly sure"
    return "0", "confident"


class AnswerCard(QFrame):
    """The network's answer to the riddle, as a number (0.99994) and in words (1 — confident)."""

    def __init__(self, parent: QWidget | None = None, session: TrainingSession | None = None) -> None:
        """With a session, show its network's answer to the riddle as it changes."""
        super().__init__(parent)
        self.setObjectName("answerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.value_label = QLabel(objectName="answerLabel")
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_label = QLabel(objectName="answerWords")
        words_font = QFont(self.words_label.font())
        words_font.setPointSizeF(words_font.pointSizeF() * 1.15)
        self.words_label.setFont(words_font)
        for label in (self.caption, self.words_label):  # long in Russian, and when not learned
            label.setWordWrap(True)
        # The verdict the learner can trust: how many situations it gets right, and if training went
        # wrong, why and what to try.
        self.verdict_label = QLabel(objectName="verdictLabel")
        self.advice_label = QLabel(objectName="verdictAdvice")
        self.advice_label.setWordWrap(True)
        self.advice_label.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        layout = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.caption)
        left.addWidget(self.words_label)
        layout.addLayout(left, 1)
        layout.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(layout)
        outer.addWidget(self.verdict_label)
        outer.addWidget(self.advice_label)
        self._answer: float | None = None
        self._verdict: Verdict | None = None
        self._session = session
        # A screen reader hears the answer and the verdict when they change: at once after a step or
        # a click on the riddle, every couple of seconds while training (accessibility.py).
        spoken = [self.value_label, self.words_label, self.verdict_label, self.advice_label]
        self.announcer = Announcer(spoken, self._training, self, speaker=self)
        self.retranslate()
        if session is not None:
            session.follow_answers(self._follow_session)
            session.stateChanged.connect(self.announcer.changed)  # a run's end is read at once

    def _training(self) -> bool:
        return self._session is not None and self._session.state == "running"

    def _show_caption(self) -> None:
        session = self._session
        if session is not None and session.is_viewing_past():  # the timeline went back
            self.caption.setText(self.tr("The network's answer to the riddle after iteration {0}:").format(
                i18n.whole(session.viewed_iteration)))
        else:
            self.caption.setText(self.tr("The network's answer to the riddle:"))

    @Slot()
    def _follow_session(self) -> None:
        self._show_caption()
        self._verdict = self._session.verdict()
        self.set_answer(self._session.riddle_answer())
        self.show_verdict(self._verdict)
        self.announcer.changed()

    def show_verdict(self, verdict: Verdict | None) -> None:
        """How many situations the network answers right ("3 of 4 situations right"); when training
        went wrong, a plain sentence why and what to try."""
        self._verdict = verdict
        if verdict is None or verdict.total == 0:
            self.verdict_label.setText("")
            self.advice_label.hide()
            return
        self.verdict_label.setText(
            self.tr("{0} of %n situations right", "", verdict.total).format(verdict.right))
        one_neuron = self._session is not None and not self._session.document.scenario.hidden_layers
        advice = {
            "blew_up": self.tr("The weights blew up: the learning rate is far too large. Try a smaller "
                               "learning rate, then Reset and Train."),
            "worse": self.tr("Training made the loss worse: each adjustment overshoots. Try a smaller "
                             "learning rate, then Reset and Train."),
            "stalled": self.tr("The loss has stopped falling: one neuron cannot get these situations "
                               "right. Try a hidden layer (for example 4).") if one_neuron else
            self.tr("The loss has stopped falling. Try a smaller learning rate, or more neurons in "
                    "the hidden layer, then Reset and Train."),
            "still_falling": self.tr("Not learned yet: the loss is still falling. Train more iterations."),
        }.get(verdict.trouble or "")
        if self._session is not None and self._session.state == "running":
            advice = None  # what to try is for when it has stopped (or paused)
        self.advice_label.setText(advice or "")
        self.advice_label.setVisible(bool(advice))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self._show_caption()
        self.set_answer(self._answer)
        self.show_verdict(self._verdict)
        self.announcer.changed()

    def answer(self) -> float | None:
        return self._answer

    def set_answer(self, answer: float | None) -> None:
        self._answer = answer
        if answer is None or not math.isfinite(answer):
            self.value_label.setText("—")
            self.words_label.setText("")
            self.value_label.setToolTip("")
            return
        self.value_label.setText(i18n.decimal(numbers.answer(answer)))  # "0.99994" (or "0,99994" in Russian)
        self.value_label.setToolTip(self.tr("Exactly {0}").format(i18n.decimal(repr(float(answer)))))
        digit, confidence = answer_in_words(answer)
        if self._verdict is not None and not self._verdict.learned and confidence != "unsure":
            confidence = "not learned"  # never "confident" about a network that did not learn
        words = {
            "not learned": self.tr("not to be trusted: the network has not learned the situations"),
            "confident": self.tr("confident"),
            "fairly sure": self.tr("fairly sure"),
            "unsure": self.tr("unsure"),
        }[confidence]
        if digit == "?":
            self.words_label.setText(self.tr("0 or 1? — {0}").format(words))
        else:
            self.words_label.setText(self.tr("{0} — {1}").format(digit, words))
