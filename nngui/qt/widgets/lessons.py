"""The Lessons panel: one step at a time — its text, what to do, an answer, Check, hints, Back and Next."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


@dataclass
class StepView:
    """What the panel shows of the current step, every text already in the interface's language."""

    title: str
    number: int                          # 1-based
    count: int
    text: str
    task: str = ""
    answer: str | None = None            # None, "number" or "choice"
    choices: list[str] = field(default_factory=list)
    typed: str = ""                      # the answer given so far (a number as typed, or a choice's index)
    status: str = ""                     # "done", "wrong", "todo" or "" (nothing to check)
    done_text: str = ""
    hints: list[str] = field(default_factory=list)
    hints_shown: int = 0
    locked: list[str] = field(default_factory=list)   # the names of the controls the step locks or hides
    can_back: bool = False
    can_next: bool = False


class LessonPanel(QWidget):
    """The view of a lesson (nngui.qt.lessons.LessonController decides what it shows)."""

    lessonChosen = Signal(str)   # the name of a shipped lesson picked in the list (Start)
    checkRequested = Signal()    # Check: the answer typed or chosen is in answer_text()
    hintRequested = Signal()
    backRequested = Signal()
    nextRequested = Signal()
    restartRequested = Signal()
    languageChanged = Signal()   # the interface's language changed: the controller shows the step anew

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self._view: StepView | None = None
        self._shown_status = ""
        self._names: list[tuple[str, str]] = []  # (name, title) of the shipped lessons

        self.chooser = QComboBox(objectName="lessonChooser")
        # As narrow as a short title: the panel must not make the window wider than the screen.
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(8)
        self.start_button = QPushButton(objectName="lessonStart")
        self.start_button.clicked.connect(self._on_start)
        self.restart_button = QPushButton(objectName="lessonRestart")
        self.restart_button.clicked.connect(self.restartRequested)
        self.other_button = QPushButton(objectName="lessonOther")
        self.other_button.clicked.connect(self._show_chooser)
        # The list of lessons is shown until a lesson starts; then the step has the room (the panel
        # shares its column with Explain), and "Other lessons" brings the list back.
        self.chooser_box = QWidget(objectName="lessonChooserBox")
        top = QHBoxLayout(self.chooser_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.start_button)

        self.title_label = QLabel(objectName="lessonTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.progress_label = QLabel(objectName="lessonProgress")
        self.text_label = QLabel(objectName="lessonText")
        self.task_label = QLabel(objectName="lessonTask")
        task_font = self.task_label.font()
        task_font.setBold(True)
        self.task_label.setFont(task_font)
        self.answer_edit = QLineEdit(objectName="lessonAnswer")
        self.answer_edit.returnPressed.connect(self.checkRequested)
        self.choices_box = QWidget(objectName="lessonChoices")
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_group = QButtonGroup(self)
        self.check_button = QPushButton(objectName="lessonCheck")
        self.check_button.clicked.connect(self.checkRequested)
        self.status_label = QLabel(objectName="lessonStatus")
        self.hint_button = QPushButton(objectName="lessonHint")
        self.hint_button.clicked.connect(self.hintRequested)
        self.hints_label = QLabel(objectName="lessonHints")
        self.locked_label = QLabel(objectName="lessonLocked")
        for label in (self.text_label, self.task_label, self.status_label, self.hints_label,
                      self.locked_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.locked_label.setStyleSheet("color: palette(placeholder-text);")

        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_edit, 1)
        answer_row.addWidget(self.check_button)
        answer_row.addStretch(0)  # Check keeps its own width when there is no field beside it
        self.back_button = QPushButton(objectName="lessonBack")
        self.back_button.clicked.connect(self.backRequested)
        self.next_button = QPushButton(objectName="lessonNext")
        self.next_button.clicked.connect(self.nextRequested)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint_button)
        buttons.addWidget(self.next_button)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label, 1)
        progress.addWidget(self.restart_button)
        progress.addWidget(self.other_button)
        column.addWidget(self.title_label)
        column.addLayout(progress)
        for widget in (self.text_label, self.task_label, self.choices_box):
            column.addWidget(widget)
        column.addLayout(answer_row)
        for widget in (self.status_label, self.hints_label, self.locked_label):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser_box)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(240)
        self.retranslate()
        self.show_nothing()

    # -- what the controller tells it ----------------------------------------------------
    def set_lessons(self, lessons: list[tuple[str, str]]) -> None:
        """The shipped lessons, (name, title in the interface's language), for the list."""
        self._names = list(lessons)
        current = self.chooser.currentIndex()
        self.chooser.clear()
        for name, title in self._names:
            self.chooser.addItem(title, name)
        if 0 <= current < self.chooser.count():
            self.chooser.setCurrentIndex(current)

    def choose(self, name: str) -> None:
        """Show this lesson as the one chosen in the list (when it is one of the shipped lessons)."""
        index = self.chooser.findData(name)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def show_nothing(self) -> None:
        """No lesson open: say what lessons are and offer the list."""
        self._view = None
        self.title_label.setText(self.tr("Lessons"))
        self.progress_label.setText("")
        self.text_label.setText(self.tr(
            "Learn by doing: each lesson asks you to predict, compute or change something, and checks "
            "what you did. Choose a lesson above and press Start."))
        for widget in (self.task_label, self.answer_edit, self.check_button, self.choices_box,
                       self.status_label, self.hints_label, self.locked_label, self.hint_button,
                       self.back_button, self.next_button, self.restart_button, self.other_button):
            widget.setVisible(False)
        self.chooser_box.setVisible(True)

    def show_finished(self, title: str) -> None:
        """The lesson's last step is done."""
        self.show_nothing()
        self.title_label.setText(title)
        self.text_label.setText(self.tr("You finished this lesson. Choose another one above, or restart "
                                        "this one."))
        self.restart_button.setVisible(True)
        self.chooser_box.setVisible(True)

    def show_step(self, view: StepView) -> None:
        """Show a step (again, after a check, a hint or a change of the session)."""
        old = self._view
        same_step = old is not None and (old.title, old.number) == (view.title, view.number)
        self._view = view
        self.title_label.setText(view.title)
        self.progress_label.setText(self.tr("Step {0} of {1}").format(view.number, view.count))
        self.text_label.setText(view.text)
        self.task_label.setText(view.task)
        self.task_label.setVisible(bool(view.task))
        self._show_answer(view, same_step)
        self._show_status(view)
        shown = view.hints[: view.hints_shown]
        self.hints_label.setText("\n".join(self.tr("Hint: {0}").format(h) for h in shown))
        self.hints_label.setVisible(bool(shown))
        self.hint_button.setVisible(bool(view.hints))
        self.hint_button.setEnabled(view.hints_shown < len(view.hints))
        self.locked_label.setText(self.tr("Locked by this lesson: {0}").format(", ".join(view.locked))
                                  if view.locked else "")
        self.locked_label.setVisible(bool(view.locked))
        for button in (self.back_button, self.next_button, self.restart_button, self.other_button):
            button.setVisible(True)
        if not same_step:
            self.chooser_box.setVisible(False)
        self.back_button.setEnabled(view.can_back)
        self.next_button.setEnabled(view.can_next)
        last = view.number == view.count
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))

    def _show_answer(self, view: StepView, same_step: bool) -> None:
        self.answer_edit.setVisible(view.answer == "number")
        self.check_button.setVisible(view.answer is not None)
        self.choices_box.setVisible(view.answer == "choice")
        if view.answer == "number" and not same_step:
            self.answer_edit.setText(view.typed)
            focus = QApplication.focusWidget()
            if focus is None or self.isAncestorOf(focus):  # the learner is in the panel: type at once
                self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        rebuild = not same_step or len(self.choice_group.buttons()) != len(view.choices)
        if view.answer == "choice" and rebuild:
            for button in self.choice_group.buttons():
                self.choice_group.removeButton(button)
                button.hide()
                button.setParent(None)  # at once: the new choices take the same names
                button.deleteLater()
            for number, text in enumerate(view.choices):
                button = QRadioButton(text, objectName=f"lessonChoice{number + 1}")
                self.choice_group.addButton(button, number)
                self.choices_layout.addWidget(button)
                button.setChecked(view.typed == str(number))
                button.setVisible(self.choices_box.isVisible())
        elif view.answer == "choice":
            for button, text in zip(self.choice_group.buttons(), view.choices):
                button.setText(text)

    def _show_status(self, view: StepView) -> None:
        texts = {
            "done": self.tr("Done! Go on with Next."),
            "wrong": self.tr("Not yet. Try again, or ask for a hint."),
            "todo": self.tr("Not done yet: the panel checks as you work."),
        }
        text = texts.get(view.status, "")
        if view.status == "done" and view.done_text:
            text = view.done_text + "\n" + text
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        colour = {"done": "#2e7d32", "wrong": "#c62828"}.get(view.status)
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        if text and text != self._shown_status:  # a new verdict is scrolled into view (after the layout)
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.status_label))
        self._shown_status = text

    def answer_text(self) -> str:
        """What the learner answered: the typed text, or the chosen choice's index ("" if none)."""
        if self._view is not None and self._view.answer == "choice":
            number = self.choice_group.checkedId()
            return str(number) if number >= 0 else ""
        return self.answer_edit.text()

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Open the lesson chosen in the list"))
        self.restart_button.setText(self.tr("Restart lesson"))
        self.restart_button.setToolTip(self.tr("Start this lesson over from its first step"))
        self.other_button.setText(self.tr("Other lessons"))
        self.other_button.setToolTip(self.tr("Show the list of lessons"))
        self.check_button.setText(self.tr("Check"))
        self.hint_button.setText(self.tr("Hint"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.answer_edit.setPlaceholderText(self.tr("Your answer"))
        self.chooser.setAccessibleName(self.tr("Lessons"))
        self.answer_edit.setAccessibleName(self.tr("Your answer"))
        if self._view is not None:
            self.show_step(self._view)
        else:
            self.show_nothing()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.languageChanged.emit()

    def _show_chooser(self) -> None:
        self.chooser_box.setVisible(not self.chooser_box.isVisible())

    def _on_start(self) -> None:
        name = self.chooser.currentData()
        if name:
            self.lessonChosen.emit(str(name))
