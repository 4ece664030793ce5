"""Accessible names and descriptions, declared once as data, and the throttled announcement of changes.

``TABLE`` says, per objectName (optionally "scope/objectName", scope being an ancestor's objectName),
the name and the description a screen reader gets. ``None`` keeps what Qt already gives (a button's
text, a buddy label's text, a tool tip as the description). ``follow(window)`` applies the table to
the window and its docks and dialogs, again after each language change; entries whose widget does
not exist (yet) are simply skipped. ``Announcer`` keeps labels' accessible text up to date without a
screen reader hearing every iteration.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QToolButton,
    QWidget,
)

CONTEXT = "Accessibility"

Entry = tuple[str | None, str | None]

TABLE: dict[str, Entry] = {
    # The controls above everything (their texts name them; their tool tips describe them).
    "speedSlider": (QT_TRANSLATE_NOOP("Accessibility", "Training speed"), None),
    # The scenario: the situations, the riddle, the answer and the settings.
    "situationsTable": (
        QT_TRANSLATE_NOOP("Accessibility", "Training situations"),
        QT_TRANSLATE_NOOP("Accessibility", "One row per situation: its inputs, then the expected output. "
                                           "The arrow keys move between cells; Space switches a cell between "
                                           "0 and 1; typing a number changes it. The network's wrong answers "
                                           "are marked in the row headers.")),
    "riddleTable": (
        QT_TRANSLATE_NOOP("Accessibility", "Riddle"),
        QT_TRANSLATE_NOOP("Accessibility", "The riddle's inputs, then the network's answer to it. Space "
                                           "switches an input between 0 and 1.")),
    "answerCard": (QT_TRANSLATE_NOOP("Accessibility", "The network's answer to the riddle"), None),
    "answerLabel": (None, QT_TRANSLATE_NOOP("Accessibility", "The network's answer to the riddle, "
                                                             "a number from 0 to 1")),
    "verdictLabel": (None, QT_TRANSLATE_NOOP("Accessibility", "How many situations the network answers "
                                                              "right")),
    "iterationsSpin": (QT_TRANSLATE_NOOP("Accessibility", "Number of iterations"), None),
    "learningRateSpin": (QT_TRANSLATE_NOOP("Accessibility", "Learning rate"), None),
    "seedSpin": (QT_TRANSLATE_NOOP("Accessibility", "Seed (the starting number)"), None),
    "hiddenLayersEdit": (QT_TRANSLATE_NOOP("Accessibility", "Hidden layers"), None),
    "activationCombo": (QT_TRANSLATE_NOOP("Accessibility", "Activation function"), None),
    "updatesCombo": (QT_TRANSLATE_NOOP("Accessibility", "Updates: when the weights are adjusted"), None),
    "lossCombo": (QT_TRANSLATE_NOOP("Accessibility", "Loss: how the error is measured"), None),
    "settingsNote": (None, QT_TRANSLATE_NOOP("Accessibility", "Why the last change of a setting was "
                                                              "refused")),
    "clearTextButton": (QT_TRANSLATE_NOOP("Accessibility", "Clear"),
                        QT_TRANSLATE_NOOP("Accessibility", "Clear the text")),
    "qt_tableview_cornerbutton": (QT_TRANSLATE_NOOP("Accessibility", "Select all"),
                                  QT_TRANSLATE_NOOP("Accessibility", "Select every cell of the table")),
    # The diagram and the plots (the diagram writes its own description: its layers and weights).
    "networkView": (QT_TRANSLATE_NOOP("Accessibility", "Network diagram"), None),
    "weightEditor": (QT_TRANSLATE_NOOP("Accessibility", "Weight"), None),
    "logScaleCheck": (None, QT_TRANSLATE_NOOP("Accessibility", "Show the loss on a logarithmic scale, so "
                                                               "that the small losses of late training "
                                                               "stay visible")),
    "lossPlot": (QT_TRANSLATE_NOOP("Accessibility", "Loss plot"),
                 QT_TRANSLATE_NOOP("Accessibility", "The loss after each iteration; it falls as the network "
                                                    "learns. The latest loss is in the status bar.")),
    "timelineSlider": (QT_TRANSLATE_NOOP("Accessibility", "Training timeline"),
                       QT_TRANSLATE_NOOP("Accessibility", "Pick an iteration to see the weights and the loss "
                                                          "as they were then")),
    "weightsPlot": (QT_TRANSLATE_NOOP("Accessibility", "Weights plot"),
                    QT_TRANSLATE_NOOP("Accessibility", "Each weight's value over the iterations")),
    "trainingProgress": (QT_TRANSLATE_NOOP("Accessibility", "Training progress"),
                         QT_TRANSLATE_NOOP("Accessibility", "How much of the training run is done")),
    # The docks: Explain, the truth table, the input space.
    "explainPanel/backButton": (QT_TRANSLATE_NOOP("Accessibility", "Back"), None),
    "explainPanel/forwardButton": (QT_TRANSLATE_NOOP("Accessibility", "Forward"), None),
    "truthTableView": (
        QT_TRANSLATE_NOOP("Accessibility", "Truth table"),
        QT_TRANSLATE_NOOP("Accessibility", "Every combination of the inputs, one row each, with the "
                                           "network's answer; the rows it was trained on are marked.")),
    "spaceCombo": (QT_TRANSLATE_NOOP("Accessibility", "Space"), None),
    "axisCombo1": (QT_TRANSLATE_NOOP("Accessibility", "Axis 1"), None),
    "axisCombo2": (QT_TRANSLATE_NOOP("Accessibility", "Axis 2"), None),
    "axisCombo3": (QT_TRANSLATE_NOOP("Accessibility", "Axis 3"), None),
    "planesCombo": (QT_TRANSLATE_NOOP("Accessibility", "Planes"), None),
    # The tool bar's and the menu bar's overflow buttons (Qt's own).
    "dockTabBar": (QT_TRANSLATE_NOOP("Accessibility", "Panels"), None),
    "qt_toolbar_ext_button": (QT_TRANSLATE_NOOP("Accessibility", "More tools"), None),
    "qt_menubar_ext_button": (QT_TRANSLATE_NOOP("Accessibility", "More menus"), None),
    # Dialogs.
    "codeView": (QT_TRANSLATE_NOOP("Accessibility", "Python script"),
                 QT_TRANSLATE_NOOP("Accessibility", "The scenario as a standalone NumPy script (read only)")),
    "gettingStartedText": (QT_TRANSLATE_NOOP("Accessibility", "Getting started"), None),
}


def text(key: str) -> Entry:
    """The translated (name, description) of a TABLE key (None where Qt's own is kept)."""
    name, description = TABLE[key]
    return (None if name is None else QCoreApplication.translate(CONTEXT, name),
            None if description is None else QCoreApplication.translate(CONTEXT, description))


def _key(widget: QWidget) -> str | None:
    name = widget.objectName()
    if not name:
        return None
    parent = widget.parentWidget()
    while parent is not None:
        scoped = f"{parent.objectName()}/{name}"
        if scoped in TABLE:
            return scoped
        parent = parent.parentWidget()
    return name if name in TABLE else None


def _give_names(widget: QWidget) -> None:
    """Qt's unnamed helpers get objectNames: a line edit's clear button, the docks' tab bar. (Not the
    tool bar's buttons, named by their texts: asking a button for its action crashed PySide later.)"""
    if isinstance(widget, QLineEdit) and widget.isClearButtonEnabled():
        for button in widget.children():
            if isinstance(button, QToolButton) and not button.objectName():
                button.setObjectName("clearTextButton")
    docks = isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QMainWindow)
    if docks and not widget.objectName():
        widget.setObjectName("dockTabBar")  # the tabs of the docks tabbed together


def _widgets(root: QWidget) -> list[QWidget]:
    """`root` and every widget in it. (Walked through children(): PySide's findChildren made the window's
    wrapper own what it found, and pyqtgraph's items were then torn down with a closed window.)"""
    found, todo = [root], [root]
    while todo:
        for child in todo.pop().children():
            if isinstance(child, QWidget):
                found.append(child)
                todo.append(child)
    return found


def apply(root: QWidget) -> None:
    """Give `root` and every widget in it the names and descriptions of TABLE, in the current language."""
    widgets = _widgets(root)
    for widget in widgets:
        _give_names(widget)
    for widget in widgets:
        key = _key(widget)
        if key is not None:
            name, description = text(key)
            if name is not None and widget.accessibleName() != name:
                widget.setAccessibleName(name)
            if description is not None and widget.accessibleDescription() != description:
                widget.setAccessibleDescription(description)
    for widget in widgets:  # a spin box's text field and a combo box's list are read as their owner
        parent = widget.parentWidget()
        inner = widget if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox) else None
        if isinstance(widget, QComboBox):
            inner, parent = widget.view(), widget
        if inner is not None:
            name = QAccessible.queryAccessibleInterface(parent).text(QAccessible.Text.Name)
            if inner.accessibleName() != name:
                inner.setAccessibleName(name)


class _Follower(QObject):
    """Applies TABLE to a window after each language change, and to each dialog it opens."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.stale = False  # the language changed while the window was closed
        window.installEventFilter(self)
        apply(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.stale = not self.window.isVisible()  # a closed window is left alone until shown again
            if not self.stale:
                apply(self.window)
        elif kind == QEvent.Type.Show and self.stale:
            self.stale = False
            apply(self.window)
        elif kind == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():  # a dialog, about to be shown
                apply(child)
        return False


def follow(window: QWidget) -> QObject:
    """Name the window's widgets now, after every language change, and in every dialog it opens."""
    return _Follower(window)


class Throttle(QObject):
    """Runs `action` when changed() is called: at once while `busy()` is false, else at most once per
    `interval_ms` (the last change always gets its turn). For what a screen reader reads: it follows
    a step or an edit at once, and a training run every couple of seconds, not every iteration."""

    def __init__(self, action: Callable[[], None], busy: Callable[[], bool], parent: QObject | None = None,
                 interval_ms: int = 2000) -> None:
        super().__init__(parent)
        self.action = action
        self.busy = busy
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timeout)
        self.pending = False

    @Slot()
    def changed(self, *_: object) -> None:
        if self.busy() and self.timer.isActive():
            self.pending = True
            return
        self.flush()
        self.timer.start()

    @Slot()
    def flush(self) -> None:
        """Run the action now."""
        self.pending = False
        self.action()

    @Slot()
    def _on_timeout(self) -> None:
        if self.pending:
            self.flush()
            self.timer.start()


class Announcer(Throttle):
    """Keeps labels' accessible names equal to their texts (see Throttle for when); with `speaker`,
    a screen reader is also told the new texts (an announcement event from that widget).

    Call changed() whenever the labels' texts may have changed. Once a label has an accessible name
    of its own, Qt no longer tells a screen reader each time its text changes: this does, sparingly.
    """

    def __init__(self, labels: Sequence[QLabel], busy: Callable[[], bool], parent: QObject | None = None,
                 interval_ms: int = 2000, speaker: QWidget | None = None) -> None:
        super().__init__(self.publish, busy, parent, interval_ms)
        self.labels = list(labels)
        self.speaker = speaker
        self.publish()

    def publish(self) -> None:
        """Give every label its current text as its accessible name now."""
        spoken = []
        for label in self.labels:
            current = "" if label.isHidden() else label.text()
            if label.accessibleName() != current:
                label.setAccessibleName(current)
                if current:
                    spoken.append(current)
        if spoken and self.speaker is not None:
            event = QAccessibleAnnouncementEvent(self.speaker, " ".join(spoken))
            QAccessible.updateAccessibility(event)


__all__ = ["CONTEXT", "TABLE", "Announcer", "Throttle", "apply", "follow", "text"]
