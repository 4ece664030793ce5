"""The "Learn the math" panel: one iteration of the network, step by step, with its real matrices."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nngui.model import numbers
from nngui.model.network import StepTrace
from nngui.qt import i18n
from nngui.qt.widgets.equations import (
    SHOWN_COLUMNS,
    SHOWN_ROWS,
    FlowLayout,  # noqa: F401 (the window takes it from here)
    Matrix,
    Step,
    StepCard,
    equation_text,
    matrix_text,
    shown_value,
    subscript,
)

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

HISTORY = 50  # iterations kept for Back and Forward
VIEW_SETTLE_MS = 120  # the timeline's iteration gets its worked page once the slider rests this long
COPIED = 100  # rows and columns of a matrix put on the clipboard
EXAMPLE_TERMS = 5  # products written out in a worked example before "…"
ORDER_SHOWN = 30  # situations listed in the order of one-at-a-time updates before "…"
SITUATION_CARDS = 8  # situations, one at a time, whose own adjustment gets a card of its own

# -- the panel ---------------------------------------------------------------------


class ExplainPanel(QWidget):
    """Shows one iteration the way the article walks it, with Back/Forward through recent iterations."""

    stepRequested = Signal()  # the user pressed Step: the session performs one iteration, then show_trace()

    def __init__(self, parent: QWidget | None = None, session: TrainingSession | None = None) -> None:
        """With a session, show every step it takes, forget them when it is reset, and ask it to step."""
        super().__init__(parent)
        self.setObjectName("explainPanel")
        self._history: deque[tuple[StepTrace, int]] = deque(maxlen=HISTORY)
        self._index = -1
        self._step_reason = ""
        self._page_stale = False
        self._viewed = False  # the last entry is the timeline's iteration, not one stepped
        # While the timeline moves, the worked page (tens of milliseconds to build, hundreds for a big
        # network) is built once it rests; the title says the iteration at once.
        self._page_timer = QTimer(self, singleShot=True, interval=VIEW_SETTLE_MS)
        self._page_timer.timeout.connect(self._display)
        self._create_widgets()
        self.clear()
        self._session = session
        if session is not None:
            session.stepped.connect(self._on_stepped)
            session.wasReset.connect(self.clear)
            session.viewChanged.connect(self._on_viewed)
            session.finished.connect(self._on_run_finished)
            self.stepRequested.connect(session.step)

    # -- building ------------------------------------------------------------------
    def _create_widgets(self) -> None:
        self.iteration_label = QLabel(self)
        self.iteration_label.setObjectName("iterationLabel")
        font = self.iteration_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.iteration_label.setFont(font)

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.forward_button = QPushButton(self)
        self.forward_button.setObjectName("forwardButton")
        self.forward_button.clicked.connect(self.forward)

        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.addAction(self.copy_action)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy_action.trigger)

        self.step_button = QPushButton(self)
        self.step_button.setObjectName("explainStepButton")  # "stepButton" is the main window's
        self.step_button.clicked.connect(self.stepRequested)
        self._retranslate_buttons()

        self._buttons = buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.step_button)

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(20)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("explainScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.iteration_label)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

    def _retranslate_buttons(self) -> None:
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Show the iteration before this one"))
        self.forward_button.setText(self.tr("Forward ▶"))
        self.forward_button.setToolTip(self.tr("Show the iteration after this one"))
        self.copy_action.setText(self.tr("Copy"))
        self.copy_action.setToolTip(self.tr("Copy this iteration as text, every number in full"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.copy_action.toolTip())
        self.step_button.setText(self.tr("Step"))
        if self.step_button.isEnabled() or not self._step_reason:
            self.step_button.setToolTip(self.tr("Do one iteration and show its numbers"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "stack"):
            self._retranslate_buttons()
            self._write_placeholder()
            self._display()  # the steps again, in the new words (built when visible)

    def sizeHint(self) -> QSize:
        return QSize(420, 600)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._page_stale:
            self._display()

    def minimumSizeHint(self) -> QSize:
        # narrow (a quarter of a laptop's screen), but never narrower than its buttons: in Russian
        # «◀ Назад», «Вперёд ▶», «Копировать» and «Шаг» need more than 300 pixels
        margins = self.layout().contentsMargins()
        buttons = self._buttons.minimumSize().width() + margins.left() + margins.right()
        return QSize(max(300, buttons), 200)

    # -- public API ----------------------------------------------------------------
    def show_trace(self, trace: StepTrace, iteration: int) -> None:
        """Keep this iteration in the history and show it."""
        self._history.append((trace, int(iteration)))
        self._index = len(self._history) - 1
        self._display()

    @Slot(object)
    def _on_stepped(self, trace: StepTrace) -> None:
        self._forget_viewed()
        self.show_trace(trace, self._session.iteration)

    @Slot()
    def _on_run_finished(self) -> None:
        """After a run, the page shows its last iteration (recomputed exactly from the timeline), not
        the last one stepped before it."""
        session = self._session
        if session is None or session.iteration == 0 or self.current_iteration() == session.iteration:
            return
        trace = session.trace_at(session.iteration)
        if trace is not None:
            self._forget_viewed()
            self.show_trace(trace, session.iteration)

    @Slot(int)
    def _on_viewed(self, iteration: int) -> None:
        """The timeline shows another iteration: show the step taken at it, with its exact numbers
        (it replaces the one shown before, so Back still goes through the steps taken)."""
        self._forget_viewed()
        session = self._session
        trace = session.last_trace if session is not None else None
        if session is not None and session.is_viewing_past() and trace is not None:
            self._viewed = True
            self._history.append((trace, int(iteration)))
            self._index = len(self._history) - 1
            self.iteration_label.setText(self._title())
            self._page_timer.start()
        else:
            self._index = len(self._history) - 1
            self._display()

    def _forget_viewed(self) -> None:
        if self._viewed and self._history:
            self._history.pop()
        self._viewed = False

    def clear(self) -> None:
        """Forget every iteration (after Reset or a new scenario) and show the placeholder."""
        self._history.clear()
        self._viewed = False
        self._index = -1
        self._display()

    def current_trace(self) -> StepTrace | None:
        return self._history[self._index][0] if self._index >= 0 else None

    def current_iteration(self) -> int | None:
        return self._history[self._index][1] if self._index >= 0 else None

    def back(self) -> None:
        if self._index > 0:
            self._index -= 1
            self._display()

    def forward(self) -> None:
        if 0 <= self._index < len(self._history) - 1:
            self._index += 1
            self._display()

    def set_step_enabled(self, enabled: bool, reason: str = "") -> None:
        """Enable or disable Step; `reason` (when disabled) is shown as its tooltip."""
        self.step_button.setEnabled(enabled)
        self._step_reason = "" if enabled else reason
        self.step_button.setToolTip(
            self.tr("Do one iteration and show its numbers") if enabled or not reason else reason
        )
        if self._index < 0:
            self._show_placeholder()

    def text(self, full_precision: bool = False) -> str:
        """The shown iteration as plain text: rounded like the screen, or every digit with ASCII minus."""
        if self._index < 0:
            return self.placeholder.text()
        trace, _ = self._history[self._index]
        if full_precision:
            fmt, limit = numbers.exact, (COPIED, COPIED)
        else:
            fmt, limit = shown_value, (SHOWN_ROWS, SHOWN_COLUMNS)
        more = self._copy_more if full_precision else self._more
        parts = [self._title(), self._summary(trace, fmt)]
        number = 0
        for step in self._steps(trace):
            number += 1
            if step.section:
                parts.append(step.section.upper())
            block = [f"{number}. {step.title}", step.text, equation_text(step.terms)]
            block += [matrix_text(t, fmt, limit, more) for t in step.terms if isinstance(t, Matrix)]
            if step.example:
                block.append(step.example)
            parts.append("\n".join(block))
        text = "\n\n".join(parts) + "\n"
        return text if not full_precision else text.replace("−", "-")

    def copy(self) -> None:
        """Put the shown iteration on the clipboard, every number in full."""
        QGuiApplication.clipboard().setText(self.text(full_precision=True))

    # -- showing ---------------------------------------------------------------------
    def _title(self) -> str:
        if self._index < 0:
            return self.tr("No iteration yet")
        latest = max(iteration for _, iteration in self._history)
        return self.tr("Iteration {0} of {1}").format(i18n.whole(self._history[self._index][1]),
                                                      i18n.whole(latest))

    def _summary(self, trace: StepTrace, fmt: Callable[[float], str]) -> str:
        cross_entropy = trace.rules.loss == "cross-entropy"
        if trace.rules.one_at_a_time:
            if cross_entropy:
                text = self.tr("Error of this iteration (cross-entropy, each situation's at its turn): {0}.")
            else:
                text = self.tr("Error of this iteration (the mean of error², each situation's at its turn): "
                               "{0}.")
        elif cross_entropy:
            text = self.tr("Error before this iteration (cross-entropy): {0}.")
        else:
            text = self.tr("Error before this iteration (the mean of error²): {0}.")
        text = text.format(fmt(trace.loss))
        if trace.learning_rate != 1:
            text += " " + self.tr("Learning rate: {0}.").format(fmt(trace.learning_rate))
        return text

    def _more(self, rows: int, cols: int) -> str:
        notes = []
        if rows:
            notes.append("… " + self.tr("%Ln more rows", "", rows))
        if cols:
            notes.append("… " + self.tr("%Ln more columns", "", cols))
        return "\n".join(notes)

    def _copy_more(self, rows: int, cols: int) -> str:
        more = ([self.tr("%Ln more rows", "", rows)] if rows else []) + \
            ([self.tr("%Ln more columns", "", cols)] if cols else [])
        note = self.tr("(only the first %Ln rows and columns are copied; {0})", "", COPIED)
        return note.format(", ".join(more))

    def _show_placeholder(self) -> None:
        self._write_placeholder()
        self.stack.setCurrentWidget(self.placeholder)

    def _write_placeholder(self) -> None:
        """Before the first Step: what the panel will show, the four steps drawn as a little flow."""
        text = self.tr("Here, each Step is shown with its real numbers:\n\n"
                       "X  →  1. weigh  →  2. normalise  →  answer\n"
                       "answer  →  3. compare with y  →  4. calibrate W\n\n") + \
            self.tr("Press Step to see one iteration, number by number.")
        if self._step_reason:
            text += "\n\n" + self._step_reason
        self.placeholder.setText(text)

    def _display(self) -> None:
        self._page_timer.stop()
        self.iteration_label.setText(self._title())
        self.back_button.setEnabled(self._index > 0)
        self.forward_button.setEnabled(0 <= self._index < len(self._history) - 1)
        self.copy_action.setEnabled(self._index >= 0)
        self.copy_button.setEnabled(self._index >= 0)
        if self._index < 0:
            self.iteration_label.setToolTip("")
            self._show_placeholder()
            return
        self.iteration_label.setToolTip(
            self.tr("Showing {0} of the %Ln most recent iterations kept", "", len(self._history)).format(
                i18n.whole(self._index + 1))
        )
        if not self.isVisible():
            self._page_stale = True  # built when the panel is shown: nobody sees it now
            return
        self._page_stale = False
        trace, _ = self._history[self._index]
        page = QWidget()
        page.setObjectName("explainPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        summary = QLabel(self._summary(trace, shown_value), page)
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        for number, step in enumerate(self._steps(trace), start=1):
            if step.section:
                heading = QLabel(step.section, page)
                heading.setObjectName("section")
                font = heading.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.1)
                heading.setFont(font)
                heading.setWordWrap(True)
                layout.addSpacing(4)
                layout.addWidget(heading)
            layout.addWidget(StepCard(number, step, self._more, page))
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(page)
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.scroll)

    # -- the steps, in the article's words ------------------------------------------------
    def _steps(self, trace: StepTrace) -> list[Step]:
        count = len(trace.layers)
        steps: list[Step] = []
        for number in range(count):
            steps += self._forward_steps(trace, number)
        for number in range(count - 1, -1, -1):
            steps += self._backward_steps(trace, number)
        if count > 1:
            steps[0] = _with_section(steps[0], self.tr("Forward: from the inputs to the answer"))
            steps[2 * count] = _with_section(
                steps[2 * count], self.tr("Backward: calibrating, output layer first (backpropagation)"))
        if trace.situations:
            steps = [self._order_step(trace)] + steps + self._situation_steps(trace)
        return steps

    def _order_step(self, trace: StepTrace) -> Step:
        """One situation at a time: the order they were taken in, each with the weights the last one left."""
        order = ", ".join(i18n.whole(j + 1) for j in trace.order[:ORDER_SHOWN])
        if len(trace.order) > ORDER_SHOWN:
            order += ", …"
        if trace.rules.updates == "shuffled":
            text = self.tr("Situations one at a time, in the order {0} (shuffled by the seed): each adjusts "
                           "the weights before the next.").format(order)
        else:
            text = self.tr("Situations one at a time, in the order {0}: each adjusts the weights "
                           "before the next.").format(order)
        text += " " + self.tr("Each row below is its situation as computed at its turn, with the weights "
                              "the situation before it left; the worked examples follow situation {0}, "
                              "the first one taken. The adjustments of every situation add up.").format(
            i18n.whole(trace.order[0] + 1))
        if len(trace.order) > SITUATION_CARDS:
            text += " " + self.tr("The first %n situations taken show their own adjustments at the end.", "",
                                  SITUATION_CARDS)
        return Step(self.tr("One situation at a time"), text, (),
                    section=self.tr("The order of the situations"))

    def _situation_steps(self, trace: StepTrace) -> list[Step]:
        """Each situation's own adjustment of the output layer's weights, in the order taken."""
        steps: list[Step] = []
        last = len(trace.layers) - 1
        n = self._names(trace, last)
        total = len(trace.situations)
        for taken, (j, part) in enumerate(zip(trace.order[:SITUATION_CARDS], trace.situations), start=1):
            layer = part.layers[last]
            title = self.tr("Situation {0}, taken {1} of {2}").format(
                i18n.whole(j + 1), i18n.whole(taken), i18n.whole(total))
            text = self.tr("Its error {0} adjusts the weights it found; the next situation starts from "
                           "these.").format(shown_value(float(layer.error[0, 0])))
            if last:
                text += " " + self.tr("(The output layer's weights: the other layers change the same way.)")
            W = Matrix(n["W"], self.tr("weights before this situation"), layer.weights_before)
            adjustment = Matrix(n["adjustment"], self.tr("how much each weight changes"), layer.adjustment)
            new_w = Matrix(n["new W"], self.tr("weights after this situation"), layer.weights_after)
            step = Step(title, text, (W, "+", adjustment, "=", new_w))
            if taken == 1:
                step = _with_section(step, self.tr("Each situation's adjustment, in the order taken"))
            steps.append(step)
        return steps

    def _names(self, trace: StepTrace, number: int) -> dict[str, str]:
        """The symbols of layer `number` (0-based): W, out, … with a subscript when there are layers."""
        count = len(trace.layers)
        s = subscript(number + 1) if count > 1 else ""
        inputs = "X" if number == 0 else self.tr("out") + subscript(number)
        return {
            "X": inputs, "W": "W" + s, "b": "b" + s, "sum": self.tr("sum") + s, "out": self.tr("out") + s,
            "error": self.tr("error") + s, "slope": self.tr("slope") + s, "delta": self.tr("delta") + s,
            "adjustment": self.tr("adjustment") + s, "new W": self.tr("new W") + s,
            "new b": self.tr("new b") + s, "bias adjustment": self.tr("bias adjustment") + s,
        }

    def _layer_name(self, trace: StepTrace, number: int) -> str:
        if number == len(trace.layers) - 1:
            return self.tr("the output layer")
        return self.tr("hidden layer {0}").format(number + 1)

    def _forward_steps(self, trace: StepTrace, number: int) -> list[Step]:
        layer = trace.layers[number]
        count = len(trace.layers)
        n = self._names(trace, number)
        single = count == 1
        inputs_meaning = (self.tr("inputs, one row per situation") if number == 0
                          else self.tr("outputs of hidden layer {0}, one row per situation").format(number))
        X = Matrix(n["X"], inputs_meaning, layer.inputs)
        W = Matrix(n["W"], self.tr("weights, one column per neuron"), layer.weights_before)
        total = Matrix(n["sum"], self.tr("weighted sums, one row per situation"), layer.weighted_sum)
        out = Matrix(n["out"], self.tr("outputs, one row per situation"), layer.output)
        terms: list[Matrix | str] = [X, "·", W]
        if layer.bias_before is not None:
            terms += ["+", Matrix(n["b"], self.tr("bias, one per neuron"), layer.bias_before)]
        terms += ["=", total]

        if single:
            title = self.tr("Weigh the inputs")
        else:
            title = self.tr("Weigh the inputs of {0}").format(self._layer_name(trace, number))
        if number == 0:
            text = self.tr("Each row of X is one situation; each column of W holds one neuron's weights. "
                           "Multiply every input by its weight and add them up: X · W.")
        else:
            text = self.tr("The outputs of hidden layer {0} are the inputs of the next layer. "
                           "Its weights {1} weigh them the same way.").format(number, n["W"])
        if layer.bias_before is not None:
            text += " " + self.tr("The bias b is added to each sum.")
        row = self._row(trace)
        products = [(a, w) for a, w in zip(layer.inputs[row], layer.weights_before[:, 0])]
        example, tip = self._sum_of_products(products, layer.weighted_sum[row, 0],
                                             None if layer.bias_before is None else layer.bias_before[0])
        prefix = self._situation_prefix(layer.weights_before.shape[1], row)
        weigh = Step(title, text, tuple(terms), prefix + example, example_tip=prefix + tip)

        name = trace.activations[number]
        row = self._row(trace)
        s, o = layer.weighted_sum[row, 0], layer.output[row, 0]
        if name == "tanh":
            text = self.tr("tanh squeezes every weighted sum into a number between −1 and 1.")
            example, tip = _worked("tanh({0}) {sign} {result}", [s], o, lambda v: float(np.tanh(v[0])))
            title = self.tr("Normalise with tanh")
            if not single:
                title = self.tr("Normalise {0} with tanh").format(self._layer_name(trace, number))
            arrow = self.tr("→ tanh →")
        elif name == "relu":
            text = self.tr("ReLU keeps a weighted sum above 0 as it is (up to {0}) and turns the others "
                           "into 0.").format(i18n.whole(1000))
            example, tip = _worked("max(0, {0}) {sign} {result}", [s], o,
                                   lambda v: float(min(max(v[0], 0.0), 1000.0)))
            title = self.tr("Normalise with ReLU")
            if not single:
                title = self.tr("Normalise {0} with ReLU").format(self._layer_name(trace, number))
            arrow = self.tr("→ ReLU →")
        elif name == "step":
            text = self.tr("The step function answers 1 where the weighted sum is above 0, and 0 elsewhere.")
            example, tip = _worked(self.tr("step({0})") + " {sign} {result}", [s], o,
                                   lambda v: 1.0 if v[0] > 0 else 0.0)
            title = self.tr("Normalise with the step function")
            if not single:
                title = self.tr("Normalise {0} with the step function").format(
                    self._layer_name(trace, number))
            arrow = self.tr("→ step →")
        else:
            text = self.tr("The sigmoid 1 / (1 + e^−x) squeezes every weighted sum into a number "
                           "between 0 and 1.")
            example, tip = _worked("1 / (1 + e^{0}) {sign} {result}", [-s], o,
                                   lambda v: 1 / (1 + np.exp(v[0])))
            title = self.tr("Normalise with the sigmoid")
            if not single:
                title = self.tr("Normalise {0} with the sigmoid").format(self._layer_name(trace, number))
            arrow = self.tr("→ sigmoid →")
        if number == count - 1:
            text += " " + self.tr("These are the network's answers for the situations.")
        prefix = self._situation_prefix(layer.output.shape[1], row)
        squash = Step(title, text, (total, arrow, out), prefix + example, example_tip=prefix + tip)
        return [weigh, squash]

    def _backward_steps(self, trace: StepTrace, number: int) -> list[Step]:
        layer = trace.layers[number]
        count = len(trace.layers)
        n = self._names(trace, number)
        row = self._row(trace)
        prefix = self._situation_prefix(layer.output.shape[1], row)
        where = "" if count == 1 else " " + self.tr("({0})").format(self._layer_name(trace, number))
        out = Matrix(n["out"], self.tr("outputs, one row per situation"), layer.output)
        error = Matrix(n["error"], self.tr("errors, one row per situation"), layer.error)
        if trace.activations[number] == "tanh":
            slope_meaning = self.tr("slopes of tanh: 1 − out²")
        elif trace.activations[number] == "relu":
            slope_meaning = self.tr("slopes of ReLU: 1 or 0")
        else:
            slope_meaning = self.tr("slopes of the sigmoid")
        slope = None if layer.slope is None else Matrix(n["slope"], slope_meaning, layer.slope)
        delta = Matrix(n["delta"], self.tr("deltas, one row per situation"), layer.delta)
        adjustment = Matrix(n["adjustment"], self.tr("how much each weight changes"), layer.adjustment)
        steps: list[Step] = []

        if number == count - 1:
            target = np.round(layer.output + layer.error, 12)
            y = Matrix("y", self.tr("expected outputs, one row per situation"), target)
            text = self.tr("The error is the expected output minus the network's answer. "
                           "Negative means the answer was too high, positive too low.")
            example, tip = _worked("{0} − {1} {sign} {result}", [target[row, 0], layer.output[row, 0]],
                                   layer.error[row, 0], lambda v: v[0] - v[1])
            steps.append(Step(self.tr("Compare with the expected output") + where, text,
                              (y, "−", out, "=", error), prefix + example, example_tip=prefix + tip))
        else:
            above = trace.layers[number + 1]
            m = self._names(trace, number + 1)
            delta_above = Matrix(m["delta"], self.tr("deltas of the layer above"), above.delta)
            wt = Matrix(m["W"] + "ᵀ", self.tr("the layer above's weights, turned on their side"),
                        above.weights_before.T)
            if number + 1 == count - 1:
                text = self.tr("A hidden layer has no expected outputs. Its error is the output's delta "
                               "sent back through the weights: delta · Wᵀ.")
            else:
                text = self.tr("A hidden layer has no expected outputs. Its error is the next layer's "
                               "delta sent back through the weights: delta · Wᵀ.")
            text += " " + self.tr("Each hidden neuron gets a share of the blame in proportion to its "
                                  "weight to the next layer.")
            products = [(d, w) for d, w in zip(above.delta[row], above.weights_before[0])]
            example, tip = self._sum_of_products(products, layer.error[row, 0])
            steps.append(Step(self.tr("Send the error back") + where, text,
                              (delta_above, "·", wt, "=", error), prefix + example, example_tip=prefix + tip))

        steps += self._slope_steps(trace, number, out, error, slope, delta, where, prefix)

        xt_name = n["X"] + "ᵀ"
        xt = Matrix(xt_name, self.tr("the inputs turned on their side: one row per input"), layer.inputs.T)
        terms: list[Matrix | str] = [xt, "·", delta]
        text = self.tr("How much to change each weight: its input times the delta, added up over the "
                       "situations.")
        if number == 0:
            text += " " + self.tr("An input that was 0 leaves its weight alone.")
        if trace.learning_rate != 1:
            terms.append(f"× {shown_value(trace.learning_rate)}")
            text += " " + self.tr("The learning rate {0} scales every adjustment.").format(
                shown_value(trace.learning_rate))
        terms += ["=", adjustment]
        products = [(a, d) for a, d in zip(layer.inputs[:, 0], layer.delta[:, 0])]
        example, tip = self._sum_of_products(products, layer.adjustment[0, 0], rate=trace.learning_rate)
        prefix = self._weight_prefix(number, layer.weights_before.shape[1])
        steps.append(Step(self.tr("Adjustment = {0} · delta").format(xt_name) + where, text,
                          tuple(terms), prefix + example, example_tip=prefix + tip))

        W = Matrix(n["W"], self.tr("weights before this iteration"), layer.weights_before)
        new_w = Matrix(n["new W"], self.tr("weights after this iteration"), layer.weights_after)
        text = self.tr("Add the adjustment to the weights. The next iteration starts from these new weights.")
        example, tip = _worked("{0} + {1} {sign} {result}",
                               [layer.weights_before[0, 0], layer.adjustment[0, 0]],
                               layer.weights_after[0, 0], lambda v: v[0] + v[1], bracketed=(1,))
        prefix = self._weight_prefix(number, layer.weights_before.shape[1])
        steps.append(Step(self.tr("New weights = {0} + adjustment").format(n["W"]) + where, text,
                          (W, "+", adjustment, "=", new_w), prefix + example, example_tip=prefix + tip))

        if layer.bias_before is not None and layer.bias_adjustment is not None \
                and layer.bias_after is not None:
            b = Matrix(n["b"], self.tr("bias before this iteration"), layer.bias_before)
            adj = Matrix(n["bias adjustment"], self.tr("sum of the deltas"), layer.bias_adjustment)
            new_b = Matrix(n["new b"], self.tr("bias after this iteration"), layer.bias_after)
            text = self.tr("The bias is a weight whose input is always 1, so its adjustment is the sum "
                           "of the deltas (times the learning rate).")
            steps.append(Step(self.tr("New bias") + where, text, (b, "+", adj, "=", new_b)))
        return steps

    def _slope_steps(self, trace: StepTrace, number: int, out: Matrix, error: Matrix, slope: Matrix | None,
                     delta: Matrix, where: str, prefix: str) -> list[Step]:
        """The slope of the layer's activation and delta = error × slope (or delta = error, without one)."""
        layer = trace.layers[number]
        n = self._names(trace, number)
        row = self._row(trace)
        if slope is None or layer.slope is None:
            if trace.activations[number] == "step":
                text = self.tr("The step function has no slope: the perceptron rule adjusts by the error "
                               "itself (Rosenblatt's rule), so the delta is the error.")
            else:
                text = self.tr("With cross-entropy, the delta of the output is the error itself: the "
                               "sigmoid's slope cancels out of the formula.")
            value = float(layer.delta[row, 0])
            example = self.tr("delta = error = {0}").format(shown_value(value))
            tip = self.tr("delta = error = {0}").format(numbers.exact(value).replace("-", "−"))
            return [Step(self.tr("Delta = error (no slope)") + where, text, (error, "=", delta),
                         prefix + i18n.decimal(example), example_tip=prefix + i18n.decimal(tip))]
        steps: list[Step] = []
        o = layer.output[row, 0]
        if trace.activations[number] == "tanh":
            text = self.tr("How steep tanh is at each answer: 1 − out². It is largest at 0, where the neuron "
                           "is unsure, and tiny near −1 or 1, where it is sure.")
            example, tip = _worked("1 − {0}² {sign} {result}", [o], layer.slope[row, 0],
                                   lambda v: 1 - v[0] * v[0], bracketed=(0,))
            title = self.tr("The slope of tanh")
            terms: tuple[Matrix | str, ...] = (out, self.tr("→ 1 − {0}² →").format(n["out"]), slope)
        elif trace.activations[number] == "relu":
            text = self.tr("How steep ReLU is at each answer: 1 where the output is above 0 (and below "
                           "{0}), else 0. A neuron that answered 0 does not learn from this "
                           "situation.").format(i18n.whole(1000))
            example = self.tr("out = {0}, so the slope is {1}").format(
                shown_value(float(o)), shown_value(float(layer.slope[row, 0])))
            tip = self.tr("out = {0}, so the slope is {1}").format(
                numbers.exact(float(o)).replace("-", "−"), numbers.exact(float(layer.slope[row, 0])))
            example, tip = i18n.decimal(example), i18n.decimal(tip)
            title = self.tr("The slope of ReLU")
            terms = (out, self.tr("→ 1 if above 0, else 0 →"), slope)
        else:
            text = self.tr("How steep the sigmoid is at each answer: out × (1 − out). It is largest at 0.5, "
                           "where the neuron is unsure, and tiny near 0 or 1, where it is sure.")
            example, tip = _worked("{0} × (1 − {0}) {sign} {result}", [o], layer.slope[row, 0],
                                   lambda v: v[0] * (1 - v[0]))
            title = self.tr("The slope of the sigmoid")
            terms = (out, self.tr("× (1 − {0}) =").format(n["out"]), slope)
        steps.append(Step(title + where, text, terms, prefix + example, example_tip=prefix + tip))

        if trace.activations[number] == "relu":
            text = self.tr("Multiply each error by its slope, number by number (not a matrix product). "
                           "Where the slope is 0, the delta is 0.")
        else:
            text = self.tr("Multiply each error by its slope, number by number (not a matrix product). "
                           "Sure answers change little, unsure ones change more.")
        example, tip = _worked("{0} × {1} {sign} {result}", [layer.error[row, 0], layer.slope[row, 0]],
                               layer.delta[row, 0], lambda v: v[0] * v[1], bracketed=(1,))
        steps.append(Step(self.tr("Delta = error × slope") + where, text,
                          (error, "×", slope, "=", delta), prefix + example, example_tip=prefix + tip))
        return steps

    # -- worked examples -------------------------------------------------------------------
    @staticmethod
    def _row(trace: StepTrace) -> int:
        """The situation the worked examples follow: the first one taken (situation 1 all at once)."""
        return trace.order[0] if trace.order else 0

    def _situation_prefix(self, neurons: int, row: int = 0) -> str:
        if row:
            if neurons == 1:
                return self.tr("Situation {0}: ").format(i18n.whole(row + 1))
            return self.tr("Situation {0}, neuron 1: ").format(i18n.whole(row + 1))
        if neurons == 1:
            return self.tr("Situation 1: ")
        return self.tr("Situation 1, neuron 1: ")

    def _weight_prefix(self, number: int, neurons: int) -> str:
        """Names the weight a worked example adjusts: the first one of layer `number` (0-based)."""
        if number == 0:
            return self.tr("Weight 1: ") if neurons == 1 else self.tr("Weight from input 1 to neuron 1: ")
        if neurons == 1:
            return self.tr("Weight from hidden neuron 1: ")
        return self.tr("Weight from hidden neuron 1 to neuron 1: ")

    def _sum_of_products(self, products: Sequence[tuple[float, float]], result: float,
                         bias: float | None = None, rate: float = 1.0) -> tuple[str, str]:
        """The worked example "a × b + c × d … = result" as shown (adding up) and with every digit."""
        values = [v for pair in products for v in pair] + ([] if bias is None else [bias]) + [rate]
        count = len(products)

        def compute(v: Sequence[float]) -> float:
            total = sum(v[2 * i] * v[2 * i + 1] for i in range(count))
            return (total + (v[2 * count] if bias is not None else 0)) * v[-1]

        terms = [f"{{{2 * i}}} × {{{2 * i + 1}}}" for i in range(min(count, EXAMPLE_TERMS))]
        if count > EXAMPLE_TERMS:
            terms.append(self.tr("… (%n more)", "", count - EXAMPLE_TERMS))
        template = " + ".join(terms)
        if bias is not None:
            template += f" + {{{2 * count}}}"
        if rate != 1:
            template = f"({template}) × {{{len(values) - 1}}}"
        bracketed = [2 * i + 1 for i in range(count)] + ([2 * count] if bias is not None else [])
        return _worked(template + " {sign} {result}", values, result, compute, bracketed)


def _worked(template: str, values: Sequence[float], result: float,
            compute: Callable[[Sequence[float]], float], bracketed: Sequence[int] = ()) -> tuple[str, str]:
    """A worked example, as shown and as its tooltip: `template` with {0}, {1} … for the values and
    {sign} {result}. Shown, its numbers add up as written ("=", or "≈" where rounding cannot make
    them); the tooltip has every digit. The values numbered in `bracketed` are put in parentheses
    when negative, as written by hand."""
    negative_in_brackets = set(bracketed)  # (a set: a thousand situations' sum has 2,000 values)

    def filled(texts: Sequence[str], sign: str, shown: str) -> str:
        texts = [f"({t})" if i in negative_in_brackets and t.startswith(("−", "-")) else t
                 for i, t in enumerate(texts)]
        return template.format(*texts, sign=sign, result=shown)

    texts, sign, shown = numbers.adding_up(values, result, compute)
    exact = [numbers.exact(v).replace("-", "−") for v in values]
    return (i18n.decimal(filled(texts, sign, shown)),
            i18n.decimal(filled(exact, "=", numbers.exact(result).replace("-", "−"))))


def _with_section(step: Step, section: str) -> Step:
    return Step(step.title, step.text, step.terms, step.example, section)
