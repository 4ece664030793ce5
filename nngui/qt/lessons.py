"""The lessons' logic for a main window: open a lesson, walk its steps, check them against the session,
lock what a step locks, remember the progress, and share codes. The window only wires it."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLabel, QMessageBox, QWidget

from nngui.model.checks import is_number_text
from nngui.model.conditions import Snapshot, met
from nngui.model.lessons import SUFFIX, Lesson, Step, lesson_names, load_lesson
from nngui.model.network import Network
from nngui.model.scenario import Scenario, ScenarioError
from nngui.model.share import read_share_code, scenario_code, share_code
from nngui.qt import i18n
from nngui.qt.file_dialog import ask_path
from nngui.qt.files import last_folder
from nngui.qt.messages import translate_error
from nngui.qt.settings import settings
from nngui.qt.widgets.lessons import LessonPanel, StepView

if TYPE_CHECKING:
    from nngui.qt.main_window import MainWindow

translate = QCoreApplication.translate  # translate("Lessons", …) calls are what pyside6-lupdate extracts

# The names of the controls a lesson may lock or hide, as the panel says them.
CONTROL_NAMES = {
    "learning_rate": lambda: translate("Lessons", "learning rate"),
    "iterations": lambda: translate("Lessons", "iterations"),
    "seed": lambda: translate("Lessons", "seed"),
    "hidden_layers": lambda: translate("Lessons", "hidden layers"),
    "activation": lambda: translate("Lessons", "activation"),
    "updates": lambda: translate("Lessons", "updates"),
    "loss": lambda: translate("Lessons", "loss"),
    "situations": lambda: translate("Lessons", "situations"),
    "riddle": lambda: translate("Lessons", "riddle"),
    "weights": lambda: translate("Lessons", "weights on the diagram"),
    "train": lambda: translate("Lessons", "Train and Step"),
    "code": lambda: translate("Lessons", "Python code"),
    "input_space": lambda: translate("Lessons", "input space"),
    "truth_table": lambda: translate("Lessons", "truth table"),
    "explain": lambda: translate("Lessons", "Explain"),
}
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def number_typed(text: str) -> float | None:
    """A number as a learner types it: 0.62, 0,62, −0.62 (a typographic minus), or None."""
    text = text.strip().replace("−", "-").replace(",", ".").replace(" ", "")
    return float(text) if text and is_number_text(text) else None


class LessonController(QObject):
    """A lesson open in a window: which step, the answers given, the hints shown, what is locked.

    ``window.lessons``; its panel is ``window.lesson_panel`` in the dock ``window.lesson_dock``.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.lesson: Lesson | None = None
        self.key = ""            # where the progress is remembered: a shipped lesson's name or a file
        self.index = 0
        self.answers: dict[int, str] = {}      # step → the answer as given (text, or a choice's index)
        self.checked: dict[int, float] = {}    # step → the answer Check took, as a number
        self.remembered: dict[str, float] = {}
        self.done: set[int] = set()
        self.hints_shown = 0
        self.wrong = False
        self.base: Scenario | None = None
        self._locked: list[tuple[Any, str, Any]] = []  # (widget or action, "enabled"/"visible", old state)
        self.panel = LessonPanel()
        self.dock = QDockWidget(window, objectName="lessonDock")
        self.dock.setWidget(self.panel)
        areas = Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        self.dock.setAllowedAreas(areas)
        # Under the right-hand panels, not beside them: the window stays as wide as it was, and a step
        # can ask to look at the input space while the panel stays in view.
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock, Qt.Orientation.Vertical)
        self.dock.hide()
        window.lesson_dock, window.lesson_panel = self.dock, self.panel
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    def wire(self) -> None:
        """Follow the session and the panel (after the window's own connections, so that a lock is
        put back after the window enables what the training state allows)."""
        panel, session = self.panel, self.session
        panel.lessonChosen.connect(self.open_lesson)
        panel.checkRequested.connect(self.check)
        panel.hintRequested.connect(self.hint)
        panel.backRequested.connect(self.back)
        panel.nextRequested.connect(self.next)
        panel.restartRequested.connect(self.restart)
        panel.languageChanged.connect(self._on_language_changed)
        session.answersChanged.connect(self.later)
        session.finished.connect(self.later)
        session.stateChanged.connect(self._apply_locks)
        self.window.document.changed.connect(self.later)
        view_changed = getattr(session, "viewChanged", None)
        if view_changed is not None:  # the training timeline (issue 13)
            view_changed.connect(self.later)
        for dock in (self.window.input_space_dock, self.window.truth_dock, self.window.explain_dock):
            dock.visibilityChanged.connect(self.later)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(translate("Lessons", "Lessons"))
        language = i18n.current_language()
        titles = []
        for name in lesson_names():
            try:
                titles.append((name, load_lesson(name).title.get(language)))
            except ScenarioError:  # a shipped lesson is tested; a damaged install still starts
                continue
        self.panel.set_lessons(titles)

    # -- opening ----------------------------------------------------------------------------
    def offer_on_first_start(self, reopen: bool = True) -> None:
        """On the very first start, show the Lessons panel (not a dialog); later (with `reopen`),
        reopen the lesson the learner was in, unless there is unsaved work to keep."""
        s = settings()
        current = str(s.value("lessons/current", "") or "")
        if not s.value("lessons/offered"):
            s.setValue("lessons/offered", True)
            self.show_panel()
        elif current and reopen and not self.window.document.is_modified():
            self.open_lesson(current, quiet=True)

    def show_panel(self) -> None:
        """Show the Lessons panel, tall enough to read a step (the panels above it give way)."""
        if self.dock.isVisible():
            return
        self.dock.show()
        self.dock.raise_()
        height = max(320, int(self.window.height() * 0.62))
        QTimer.singleShot(50, lambda: self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical))

    @Slot(str)
    def open_lesson(self, name_or_path: str | os.PathLike[str], quiet: bool = False) -> bool:
        """Open a shipped lesson by name or a lesson file; a bad file is refused with a message that
        names the file, the step and the field, and nothing changes."""
        key = str(name_or_path)
        try:
            lesson = load_lesson(key) if key in lesson_names() else Lesson.load(Path(key))
        except ScenarioError as error:
            if not quiet:
                self._refuse(translate("Lessons", "Cannot open the lesson"), translate_error(error))
            return False
        if key not in lesson_names():
            key = str(Path(key).resolve())
        return self.start(lesson, key)

    def start(self, lesson: Lesson, key: str) -> bool:
        """Begin (or go on with) a lesson, at the step its remembered progress says."""
        if self.session.is_running():
            self.window.show_message(translate("Lessons", "Stop training first."))
            return False
        if self.lesson is None and not self.window.files.confirm_discard():
            return False
        self._release_locks()
        self.lesson, self.key = lesson, key
        self._read_progress()
        settings().setValue("lessons/current", key)
        self.panel.choose(key)
        self.show_panel()
        self.go_to(min(self.index, len(lesson.steps) - 1), load=True)
        return True

    @Slot()
    def open_dialog(self) -> None:
        """File → Open Lesson…: a lesson file chosen in a file dialog."""
        path = ask_path(self.window, translate("Lessons", "Open Lesson"),
                        translate("Lessons", "nngui lessons (*{0});;All files (*)").format(SUFFIX),
                        "", last_folder(), save=False)
        if path:
            self.open_lesson(path)

    def _refuse(self, title: str, text: str) -> None:
        """Say why something was refused: in the status bar and in a box that does not block."""
        self.window.show_message(text)
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("lessonErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not os.environ.get("NNGUI_NO_DIALOGS"):
            box.open()

    # -- the steps ------------------------------------------------------------------------------
    @property
    def step(self) -> Step | None:
        return self.lesson.steps[self.index] if self.lesson is not None else None

    def go_to(self, index: int, load: bool = False) -> bool:
        """Show step `index`; its scenario (or, with `load`, the one in force there) is loaded."""
        lesson = self.lesson
        if lesson is None or not 0 <= index < len(lesson.steps):
            return False
        if self.session.is_running():
            self.window.show_message(translate("Lessons", "Stop training first."))
            return False
        step = lesson.steps[index]
        scenario = step.scenario.copy() if step.scenario is not None else None
        if scenario is None and load:
            scenario = lesson.scenario_for(index)
        self.index, self.hints_shown, self.wrong = index, 0, False
        if scenario is not None:
            self.window.document.set_scenario(scenario, None)
        self.base = self.window.document.scenario.copy()
        self._write_progress()
        self._apply_locks()
        self.refresh()
        return True

    @Slot()
    def next(self) -> None:
        if self.lesson is None or not self._may_leave():
            return
        if self.index + 1 < len(self.lesson.steps):
            self.go_to(self.index + 1)
            return
        self._release_locks()
        settings().setValue("lessons/current", "")  # the next start does not reopen a finished lesson
        self.panel.show_finished(self.lesson.title.get(i18n.current_language()))

    @Slot()
    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.go_to(self.index - 1)

    @Slot()
    def restart(self) -> None:
        """Restart lesson: every answer and hint forgotten, back to step 1 and its scenario."""
        if self.lesson is None:
            return
        self.answers.clear()
        self.checked.clear()
        self.remembered.clear()
        self.done.clear()
        if self.go_to(0, load=True):
            self.window.show_message(translate("Lessons", "The lesson starts over."))

    def _may_leave(self) -> bool:
        step = self.step
        return step is not None and (not step.conditions or self.index in self.done)

    @Slot()
    def hint(self) -> None:
        step = self.step
        if step is not None and self.hints_shown < len(step.hints):
            self.hints_shown += 1
            self.refresh()

    @Slot()
    def check(self) -> None:
        """Check: take the answer typed or chosen, and decide the step."""
        step = self.step
        if step is None or step.answer is None:
            self.refresh()
            return
        given = self.panel.answer_text()
        value = None
        if step.answer == "choice":
            if given.isdigit() and int(given) < len(step.choices):
                value = step.choices[int(given)].value
        else:
            value = number_typed(given)
        self.answers[self.index] = given
        if value is None:
            self.checked.pop(self.index, None)
            self.wrong = True
            self.window.show_message(
                translate("Lessons", "Type a number, like 0.5.") if step.answer == "number"
                else translate("Lessons", "Choose an answer."))
        else:
            self.checked[self.index] = value
            self.wrong = not self._answer_right(step, value)
            if not self.wrong and step.remember:
                self.remembered[step.remember] = value
        self.refresh()
        self._write_progress()

    def _answer_right(self, step: Step, value: float) -> bool:
        snapshot = self.snapshot(value)
        return all(met(c, snapshot) for c in step.answer_conditions())

    # -- deciding ----------------------------------------------------------------------------------
    def snapshot(self, answer: float | None = None) -> Snapshot:
        """The session as the conditions see it (copies)."""
        session, window = self.session, self.window
        verdict = session.verdict()
        weights_at = getattr(session, "weights_at", None)
        riddle = np.array(window.document.scenario.riddle, dtype=np.float64)

        def riddle_at(iteration: int) -> float | None:
            try:
                found = weights_at(iteration)  # type: ignore[misc]
                if found is None:
                    return None
                weights, biases = (found if isinstance(found, tuple) and len(found) == 2
                                   and not isinstance(found[0], np.ndarray) else (found, None))
                return float(Network.from_weights(list(weights), biases, session.network.rules)
                             .predict(riddle)[0])
            except (ValueError, TypeError, IndexError, KeyError):
                return None

        showing = frozenset(name for name, dock in (("input_space", window.input_space_dock),
                                                    ("truth_table", window.truth_dock),
                                                    ("explain", window.explain_dock)) if dock.isVisible())
        return Snapshot(
            scenario=window.document.scenario.copy(),
            weights=tuple(w.copy() for w in session.network.weights),
            iteration=session.iteration, last_loss=session.last_loss(),
            right=verdict.right, total=verdict.total,
            riddle_answer=session.riddle_answer() if session.fits() else 0.5,
            answer=answer if answer is not None else self.checked.get(self.index),
            base=self.base,
            viewed_iteration=int(getattr(session, "viewed_iteration", session.iteration)),
            riddle_at=riddle_at if callable(weights_at) else None,
            showing=showing,
        )

    def is_met(self) -> bool:
        """Whether every condition of the current step holds now."""
        step = self.step
        if step is None:
            return False
        if not step.conditions:
            return True
        if step.answer is not None and self.index not in self.checked:
            return False
        snapshot = self.snapshot()
        return all(met(c, snapshot) for c in step.conditions)

    @Slot()
    def later(self, *_: object) -> None:
        """Check the step again once the session's change is over (once, however many signals came)."""
        if self.lesson is not None:
            self._refresh_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Decide the step and show it."""
        step, lesson = self.step, self.lesson
        if step is None or lesson is None:
            return
        if step.conditions and self.is_met() and self.index not in self.done:
            self.done.add(self.index)
            self._write_progress()
            self.window.show_message(translate("Lessons", "Step {0} done.").format(self.index + 1))
        done = self.index in self.done
        status = "" if not step.conditions else "done" if done else "wrong" if self.wrong else "todo"
        if status == "todo" and step.answer is not None and self.index not in self.answers:
            status = ""  # nothing checked yet: the Check button says what to do
        language = i18n.current_language()
        self.panel.show_step(StepView(
            title=lesson.title.get(language), number=self.index + 1, count=len(lesson.steps),
            text=self._filled(step.text.get(language)),
            task=self._filled(step.task.get(language)) if step.task else "",
            answer=step.answer, choices=[c.words.get(language) for c in step.choices],
            typed=self.answers.get(self.index, ""), status=status,
            done_text=self._filled(step.done.get(language)) if step.done else "",
            hints=[self._filled(h.get(language)) for h in step.hints], hints_shown=self.hints_shown,
            locked=[CONTROL_NAMES[name]() for name in dict.fromkeys((*step.lock, *step.hide))],
            can_back=self.index > 0, can_next=not step.conditions or done,
        ))

    def _filled(self, text: str) -> str:
        """{guess}, {riddle} and {iteration} in a step's text, written in."""
        session = self.session

        def value(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in self.remembered:
                return i18n.decimal(f"{self.remembered[name]:.4g}")
            if name == "riddle" and session.fits():
                return i18n.decimal(f"{session.riddle_answer():.4f}")
            if name == "iteration":
                return i18n.whole(session.iteration)
            return match.group(0) if name != "guess" else "?"

        return _PLACEHOLDER.sub(value, text)

    @Slot()
    def _on_language_changed(self) -> None:
        features = self.dock.features()  # Qt names a dock's float and close buttons when these change
        self.dock.setFeatures(features ^ QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.dock.setFeatures(features)
        self.retranslate()
        self.refresh()
        QTimer.singleShot(0, self._apply_locks)  # after the window has set its own tooltips again

    # -- locks ---------------------------------------------------------------------------------------
    def _controls(self, name: str) -> list[Any]:
        """The widgets and actions a control's name stands for."""
        w, bar = self.window, self.window.settings_bar
        table: dict[str, list[Any]] = {
            "learning_rate": [bar.learning_rate_spin], "iterations": [bar.iterations_spin],
            "seed": [bar.seed_spin], "hidden_layers": [bar.hidden_edit, w.truth_table.add_hidden_button],
            **{key: [bar.findChild(QWidget, f"{key}Combo")] for key in ("activation", "updates", "loss")},
            "situations": [w.situations_view, w.situations_view.add_situation_action,
                           w.situations_view.remove_situation_action, w.situations_view.add_input_action,
                           w.situations_view.remove_input_action, w.paste_action, w.import_csv_action],
            "riddle": [w.riddle_view], "weights": [w.diagram],
            "train": [w.train_action, w.step_action, w.explain_panel.step_button], "code": [w.code_action],
            "input_space": [w.input_space_dock, w.input_space_action],
            "truth_table": [w.truth_dock, w.truth_action], "explain": [w.explain_dock, w.explain_action],
        }
        return table[name]

    @Slot()
    def _apply_locks(self, *_: object) -> None:
        """Lock and hide what the current step says (again, after the window enabled its controls)."""
        self._release_locks(quietly=True)
        step = self.step
        if step is None:
            return
        reason = translate("Lessons", "Locked by the lesson")
        for name in step.lock:
            for control in self._controls(name):
                if control is self.window.diagram:
                    self.window.diagram.set_editable(False, reason)
                    self._locked.append((control, "editable", None))
                    continue
                if isinstance(control, QDockWidget):
                    continue  # its action is locked: the panel stays as it is
                self._locked.append((control, "enabled", control.isEnabled()))
                self._locked.append((control, "tip", control.toolTip()))
                control.setEnabled(False)
                control.setToolTip(f"{reason}: {control.toolTip()}" if control.toolTip() else reason)
        for name in step.hide:
            for control in self._controls(name):
                if control is self.window.diagram:
                    continue  # the diagram is the lesson's blackboard: never hidden
                if control is self.window.truth_table.add_hidden_button:  # the truth table shows it
                    self._locked.append((control, "enabled", control.isEnabled()))  # when it helps:
                    control.setEnabled(False)  # locked, not hidden
                    continue
                shown = (not control.isHidden() if isinstance(control, QWidget)
                         and not isinstance(control, QDockWidget) else control.isVisible())
                self._locked.append((control, "visible", shown))
                control.setVisible(False)
                for label in self._labels_of(control):
                    self._locked.append((label, "visible", True))
                    label.setVisible(False)

    def _labels_of(self, control: Any) -> list[QLabel]:
        if not isinstance(control, QWidget) or control.parentWidget() is None:
            return []
        return [label for label in control.parentWidget().findChildren(QLabel) if label.buddy() is control]

    def _release_locks(self, quietly: bool = False) -> None:
        """Give back every control the lesson locked or hid."""
        window = self.window
        for control, what, old in reversed(self._locked):
            if what == "editable":
                window.diagram.set_editable(not self.session.is_running(), QCoreApplication.translate(
                    "MainWindow", "Stop training to edit weights."))
            elif what == "enabled":
                control.setEnabled(old)
            elif what == "tip":
                control.setToolTip(old)
            elif what == "visible":
                control.setVisible(old)
        had = bool(self._locked)
        self._locked.clear()
        if had and not quietly:
            window._show_training_state()  # what the training state allows, without the lesson

    def locked(self) -> set[str]:
        """The names of the controls locked or hidden now."""
        step = self.step
        return set() if step is None or not self._locked else {*step.lock, *step.hide}

    def close_lesson(self) -> None:
        """Leave the lesson: every control back, the panel empty (the progress stays remembered)."""
        self._release_locks()
        self.lesson = None
        settings().setValue("lessons/current", "")
        self.panel.show_nothing()

    # -- progress ------------------------------------------------------------------------------------
    def _progress_key(self) -> str:
        return "lessons/progress/" + hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:16]

    def _write_progress(self) -> None:
        if self.lesson is None:
            return
        settings().setValue(self._progress_key(), json.dumps({
            "step": self.index, "answers": {str(k): v for k, v in self.answers.items()},
            "checked": {str(k): v for k, v in self.checked.items()},
            "remembered": self.remembered, "done": sorted(self.done)}))

    def _read_progress(self) -> None:
        self.index, self.answers, self.checked, self.remembered, self.done = 0, {}, {}, {}, set()
        try:
            data = json.loads(str(settings().value(self._progress_key(), "") or "{}"))
            n = len(self.lesson.steps) if self.lesson else 0
            self.index = int(data.get("step", 0)) if 0 <= int(data.get("step", 0)) < n else 0
            self.answers = {int(k): str(v) for k, v in dict(data.get("answers", {})).items()}
            self.checked = {int(k): float(v) for k, v in dict(data.get("checked", {})).items()}
            self.remembered = {str(k): float(v) for k, v in dict(data.get("remembered", {})).items()}
            self.done = {int(k) for k in data.get("done", [])}
        except (ValueError, TypeError, AttributeError):  # a damaged setting: start over
            self.index, self.answers, self.checked, self.remembered, self.done = 0, {}, {}, {}, set()

    # -- share codes ---------------------------------------------------------------------------------
    def share_code(self) -> str:
        """The code of the open lesson while its panel is shown, else of the scenario."""
        if self.lesson is not None and self.dock.isVisible() and self.lesson.data is not None:
            return share_code(self.lesson.data)
        return scenario_code(self.window.document.scenario)

    @Slot()
    def copy_share_code(self) -> str:
        """Edit → Copy as Share Code: the code on the clipboard, one line."""
        code = self.share_code()
        QGuiApplication.clipboard().setText(code)
        what = (translate("Lessons", "the lesson") if code != scenario_code(self.window.document.scenario)
                else translate("Lessons", "the scenario"))
        self.window.show_message(translate(
            "Lessons", "Copied a share code of {0} (%Ln characters).", "", len(code)).format(what))
        return code

    @Slot()
    def ask_share_code(self) -> QInputDialog:
        """Edit → Open Share Code…: a box to paste a code into (it does not block the window)."""
        dialog = QInputDialog(self.window, objectName="shareCodeDialog")
        dialog.setWindowTitle(translate("Lessons", "Open Share Code"))
        dialog.setLabelText(translate("Lessons", "Paste a share code (it starts with nngui1:):"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.open_share_code)
        dialog.open()
        return dialog

    @Slot(str)
    def open_share_code(self, code: str) -> bool:
        """Open the scenario or lesson a code holds; a bad code is refused and nothing changes."""
        try:
            found = read_share_code(code)
        except ScenarioError as error:
            self._refuse(translate("Lessons", "Cannot open the share code"), translate_error(error))
            return False
        if isinstance(found, Lesson):
            key = "share:" + hashlib.sha1(code.encode("utf-8")).hexdigest()[:16]
            return self.start(found, key)
        if self.session.is_running() or not self.window.files.confirm_discard():
            return False
        if self.lesson is not None:
            self.close_lesson()
        self.window.document.set_scenario(found, None)
        self.window.show_message(translate("Lessons", "Opened the scenario of a share code."))
        return True

