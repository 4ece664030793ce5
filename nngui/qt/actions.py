"""Every action of the main window declared once, as data; menus, tool bar, texts and enabling follow."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QStyle

Key = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap

# When an action (or the actions put in a menu at run time) may be used: a rule of the training
# state. Actions without a rule are left alone (undo and redo follow the undo stack).
RULES: dict[str, Callable[[bool, bool], bool]] = {
    "idle": lambda running, paused: not running,
    "idle_or_paused": lambda running, paused: not running or paused,
    "running": lambda running, paused: running,
    "paused": lambda running, paused: paused,
}


@dataclass(frozen=True)
class Menu:
    """A menu of the menu bar (parent None) or a submenu."""

    id: str                   # the window's attribute is <id>_menu
    title: str                # QT_TRANSLATE_NOOP("MainWindow", ...)
    parent: str | None = None
    section: int = 0          # in its parent: sections are divided by separators
    members: str | None = None  # RULES name for the actions put in it at run time (recent files, presets)


@dataclass(frozen=True)
class Action:
    """One action: what it says, does and looks like, where it is listed, and when it is enabled."""

    id: str                            # the window's attribute is <id>_action
    text: str                          # QT_TRANSLATE_NOOP("MainWindow", ...): the menu's text
    tip: str = ""                      # the status tip; the tooltip is "tip (shortcut)"
    shortcut: str | Key | None = None
    slot: str | None = None            # what it does: an attribute of the window ("session.train")
    signal: str = "triggered"          # "toggled": the slot takes the checked state
    menu: str | None = None            # the Menu it is listed in (in the order of this table)
    section: int = 0                   # in its menu: sections are divided by separators
    toolbar: int | None = None         # its group on the file tool bar (groups divided by separators)
    icon: str | None = None            # resources/icons/<icon>.svg ...
    fallback: Pixmap | None = None     # ... or this standard icon where that is missing
    icon_text: str | None = None       # the tool bar's shorter text
    checkable: bool = False
    enabled: str | None = None         # RULES name; None: left alone
    checked: str | None = None         # RULES name for its checked state (pause: while paused)
    paused_text: str | None = None     # its text while a run is paused (train: "Resume")
    dock: str | None = None            # it is this dock's show/hide action (a window attribute)


# The main window's menus and actions, in menu order; texts in the translation context "MainWindow".
TABLE: tuple[Menu | Action, ...] = (
    Menu("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    Action("new", QT_TRANSLATE_NOOP("MainWindow", "&New"),
           QT_TRANSLATE_NOOP("MainWindow", "Start a new scenario (the article's task)"),
           Key.New, "files.new_scenario", menu="file", toolbar=0, icon="new", fallback=Pixmap.SP_FileIcon,
           enabled="idle"),
    Action("open", QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
           QT_TRANSLATE_NOOP("MainWindow", "Open a scenario file"),
           Key.Open, "files.open_dialog", menu="file", toolbar=0, icon="open",
           fallback=Pixmap.SP_DialogOpenButton, enabled="idle"),
    Action("open_lesson", QT_TRANSLATE_NOOP("MainWindow", "Open &Lesson…"),
           QT_TRANSLATE_NOOP("MainWindow", "Open a lesson file (*.nngui-lesson.json) in the Lessons panel"),
           None, "lessons.open_dialog", menu="file", enabled="idle"),
    Menu("recent", QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"), "file", members="idle"),
    Action("clear_recent", QT_TRANSLATE_NOOP("MainWindow", "&Clear List"),
           QT_TRANSLATE_NOOP("MainWindow", "Forget the recent files"),
           None, "files.clear_recent_files", menu="recent", section=1),
    Menu("presets", QT_TRANSLATE_NOOP("MainWindow", "&Presets"), "file", members="idle"),
    Action("save", QT_TRANSLATE_NOOP("MainWindow", "&Save"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the scenario"),
           Key.Save, "files.save", menu="file", section=1, toolbar=0, icon="save",
           fallback=Pixmap.SP_DialogSaveButton),
    Action("save_as", QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the scenario in a new file"),
           "Ctrl+Shift+S", "files.save_as", menu="file", section=1),
    Action("import_csv", QT_TRANSLATE_NOOP("MainWindow", "&Import Situations (CSV)…"),
           QT_TRANSLATE_NOOP("MainWindow", "Replace the situations with those of a CSV file"),
           "Ctrl+Shift+I", "files.import_csv", menu="file", section=2, enabled="idle"),
    Action("export_csv", QT_TRANSLATE_NOOP("MainWindow", "Export Si&tuations (CSV)…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the situations as a CSV file"),
           "Ctrl+Shift+E", "files.export_csv", menu="file", section=2),
    Menu("export", QT_TRANSLATE_NOOP("MainWindow", "E&xport"), "file", section=2),
    Action("export_loss_csv", QT_TRANSLATE_NOOP("MainWindow", "Loss as &CSV…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the loss of every iteration as a CSV file"),
           "Ctrl+Alt+L", "files.export_loss_csv", menu="export"),
    Action("export_loss_png", QT_TRANSLATE_NOOP("MainWindow", "Loss Plot as &PNG…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the loss plot as a picture"),
           "Ctrl+Alt+P", "files.export_loss_png", menu="export"),
    Action("export_diagram_png", QT_TRANSLATE_NOOP("MainWindow", "Diagram as P&NG…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the network diagram as a picture"),
           "Ctrl+Alt+D", "files.export_diagram_png", menu="export"),
    Action("export_diagram_svg", QT_TRANSLATE_NOOP("MainWindow", "Diagram as &SVG…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the network diagram as a scalable SVG drawing"),
           "Ctrl+Alt+S", "files.export_diagram_svg", menu="export"),
    Action("export_input_space_png", QT_TRANSLATE_NOOP("MainWindow", "Input Space as PN&G…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the input space as a picture"),
           None, "input_space.export_png", menu="export"),
    Action("export_input_space_svg", QT_TRANSLATE_NOOP("MainWindow", "Input Space as S&VG…"),
           QT_TRANSLATE_NOOP("MainWindow", "Save the input space as a scalable SVG drawing"),
           None, "input_space.export_svg", menu="export"),
    Action("export_history_csv", QT_TRANSLATE_NOOP("MainWindow", "Training &History as CSV…"),
           QT_TRANSLATE_NOOP("MainWindow", "Every iteration: its loss and every weight after it"),
           None, "files.export_history_csv", menu="export", enabled="idle"),
    Action("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QT_TRANSLATE_NOOP("MainWindow", "Close nngui"),
           "Ctrl+Q", "close", menu="file", section=3),

    Menu("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),  # section 1: the situations' actions (grid.py)
    # Undo and redo go through the document, which refuses locked steps while training; their
    # texts and enabled states follow the undo stack (follow_undo_stack).
    Action("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "", Key.Undo, "document.undo", menu="edit",
           toolbar=1, icon="undo", fallback=Pixmap.SP_ArrowBack),
    Action("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "", Key.Redo, "document.redo", menu="edit",
           toolbar=1, icon="redo", fallback=Pixmap.SP_ArrowForward),
    Action("copy", QT_TRANSLATE_NOOP("MainWindow", "&Copy Situations"),
           QT_TRANSLATE_NOOP("MainWindow",
                             "Copy the selected cells (or every situation) as tab-separated text, "
                             "for a spreadsheet"),
           Key.Copy, "situations_view.copy_cells", menu="edit", section=1),
    Action("paste", QT_TRANSLATE_NOOP("MainWindow", "&Paste Situations"),
           QT_TRANSLATE_NOOP("MainWindow",
                             "Paste cells copied from a spreadsheet at the current cell; "
                             "rows beyond the last situation are added"),
           Key.Paste, "situations_view.paste_cells", menu="edit", section=1, enabled="idle"),

    Action("copy_share_code", QT_TRANSLATE_NOOP("MainWindow", "Copy as S&hare Code"),
           QT_TRANSLATE_NOOP("MainWindow",
                             "Copy the scenario (or the lesson shown) as one line of text to paste anywhere"),
           None, "lessons.copy_share_code", menu="edit", section=2),
    Action("open_share_code", QT_TRANSLATE_NOOP("MainWindow", "Open Share C&ode…"),
           QT_TRANSLATE_NOOP("MainWindow", "Open the scenario or lesson of a pasted share code"),
           None, "lessons.ask_share_code", menu="edit", section=2, enabled="idle"),

    Menu("training", QT_TRANSLATE_NOOP("MainWindow", "&Training")),
    Action("train", QT_TRANSLATE_NOOP("MainWindow", "&Train"),
           QT_TRANSLATE_NOOP("MainWindow", "Repeat the four steps for the set number of iterations"),
           "F5", "history.train", menu="training", icon="train", fallback=Pixmap.SP_MediaPlay,
           enabled="idle_or_paused", paused_text=QT_TRANSLATE_NOOP("MainWindow", "Res&ume")),
    Action("pause", QT_TRANSLATE_NOOP("MainWindow", "&Pause"),
           QT_TRANSLATE_NOOP("MainWindow", "Pause or resume training"),
           "F6", "toggle_pause", menu="training", icon="pause", fallback=Pixmap.SP_MediaPause,
           checkable=True, enabled="running", checked="paused"),
    Action("step", QT_TRANSLATE_NOOP("MainWindow", "&Step"),
           QT_TRANSLATE_NOOP("MainWindow", "One iteration: weigh, normalise, compare, calibrate"),
           "F10", "history.step", menu="training", icon="step", fallback=Pixmap.SP_MediaSkipForward,
           enabled="idle_or_paused"),
    Action("reset", QT_TRANSLATE_NOOP("MainWindow", "&Reset"),
           QT_TRANSLATE_NOOP("MainWindow", "Fresh starting weights from the seed; clears the loss curve"),
           "Ctrl+R", "session.reset", menu="training", icon="reset", fallback=Pixmap.SP_BrowserReload),

    Menu("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    Action("explain", QT_TRANSLATE_NOOP("MainWindow", "&Explain Panel"),
           QT_TRANSLATE_NOOP("MainWindow", "Show one iteration step by step, with the real numbers"),
           "Ctrl+E", menu="view", toolbar=2, icon="explain", fallback=Pixmap.SP_FileDialogInfoView,
           icon_text=QT_TRANSLATE_NOOP("MainWindow", "Explain"), dock="explain_dock"),
    Action("truth", QT_TRANSLATE_NOOP("MainWindow", "&Truth Table"),
           QT_TRANSLATE_NOOP("MainWindow", "The network's answer for every combination of 0 and 1"),
           "Ctrl+T", menu="view", dock="truth_dock"),
    Action("input_space", QT_TRANSLATE_NOOP("MainWindow", "I&nput Space"),
           QT_TRANSLATE_NOOP("MainWindow", "Where the network answers 1 and where 0, over its inputs"),
           "Ctrl+I", menu="view", dock="input_space_dock"),
    Action("weights", QT_TRANSLATE_NOOP("MainWindow", "&Weights over Time"),
           QT_TRANSLATE_NOOP("MainWindow", "Every weight after every iteration, coloured like its edge"),
           "Ctrl+Shift+W", menu="view", dock="weights_dock"),
    Action("code", QT_TRANSLATE_NOOP("MainWindow", "Show as Python &Code…"),
           QT_TRANSLATE_NOOP("MainWindow",
                             "The lost listing of the article: this scenario as a short NumPy script"),
           "Ctrl+Shift+P", "show_code", menu="view", toolbar=2, icon="code",
           fallback=Pixmap.SP_FileDialogContentsView,
           icon_text=QT_TRANSLATE_NOOP("MainWindow", "Python Code")),
    Action("log_scale", QT_TRANSLATE_NOOP("MainWindow", "Logarithmic Loss &Scale"),
           QT_TRANSLATE_NOOP("MainWindow", "Show the loss on a logarithmic scale"),
           "Ctrl+L", "set_log_scale", "toggled", menu="view", section=1, checkable=True),
    Menu("language", QT_TRANSLATE_NOOP("MainWindow", "&Language"), "view", section=2),
    # The zoom (zoom.py): every text larger for a projector; Ctrl+= also zooms in (zoom.Zoom.add_keys).
    Action("zoom_in", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
           QT_TRANSLATE_NOOP("MainWindow", "Make every text larger, for a projector"),
           Key.ZoomIn, "zoom.zoom_in", menu="view", section=3),
    Action("zoom_out", QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
           QT_TRANSLATE_NOOP("MainWindow", "Make every text smaller"),
           Key.ZoomOut, "zoom.zoom_out", menu="view", section=3),
    Action("actual_size", QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"),
           QT_TRANSLATE_NOOP("MainWindow", "Every text at the system's size again"),
           "Ctrl+0", "zoom.actual_size", menu="view", section=3),

    Menu("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
    Action("getting_started", QT_TRANSLATE_NOOP("MainWindow", "&Getting Started"),
           QT_TRANSLATE_NOOP("MainWindow", "What to click first, and what the colours mean"),
           Key.HelpContents, "show_getting_started", menu="help"),
    Action("lessons", QT_TRANSLATE_NOOP("MainWindow", "&Lessons"),
           QT_TRANSLATE_NOOP("MainWindow", "Learn by doing: lessons that ask, check and give hints"),
           None, menu="help", dock="lesson_dock"),
    Action("about", QT_TRANSLATE_NOOP("MainWindow", "&About nngui"),
           QT_TRANSLATE_NOOP("MainWindow", "What nngui teaches, and credits"),
           None, "about", menu="help", section=1),
)


def _camel(id: str) -> str:
    first, *rest = id.split("_")
    return first + "".join(part.capitalize() for part in rest)


def translate(text: str) -> str:
    """A text of this table in the interface's language."""
    return QCoreApplication.translate("MainWindow", text) if text else ""


def icon(name: str, fallback: Pixmap) -> QIcon:
    """resources/icons/<name>.svg, or the style's standard icon where that cannot be loaded."""
    try:
        from nngui.qt.icons import icon as load

        result = load(name)
        if not result.isNull():
            return result
    except (ImportError, FileNotFoundError, OSError):
        pass
    return QApplication.style().standardIcon(fallback)


class Actions:
    """The window's actions, menus and file tool bar, made from TABLE.

    Each action is also the window's attribute <id>_action, each menu <id>_menu, the tool bar
    file_tool_bar (old names that scripts and tests use).
    """

    def __init__(self, window: QMainWindow, table: Iterable[Menu | Action] = TABLE) -> None:
        self.window = window
        self.table = tuple(table)
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._members: dict[str, list[QAction]] = {}  # each menu's actions put in at run time
        self._sections: dict[str, int] = {}  # the last section given an entry, per menu
        self._stack: QUndoStack | None = None
        self.tool_bar = window.addToolBar("")
        self.tool_bar.setObjectName("fileToolBar")
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        groups: list[tuple[int, QAction]] = []
        for entry in self.table:
            if isinstance(entry, Menu):
                menu = QMenu(window)
                menu.setObjectName(_camel(entry.id) + "Menu")
                if entry.parent is None:
                    window.menuBar().addMenu(menu)
                else:
                    self._place(entry.parent, entry.section).addMenu(menu)
                self.menus[entry.id] = menu
                setattr(window, f"{entry.id}_menu", menu)
                continue
            action = self._make(entry)
            if entry.menu is not None:
                self._place(entry.menu, entry.section).addAction(action)
            if entry.toolbar is not None:
                groups.append((entry.toolbar, action))
        for number, (group, action) in enumerate(groups):
            if number and group != groups[number - 1][0]:
                self.tool_bar.addSeparator()
            self.tool_bar.addAction(action)
        window.file_tool_bar = self.tool_bar

    def __getitem__(self, id: str) -> QAction:
        return self.actions[id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.actions)

    def specs(self) -> Iterator[Action]:
        return (entry for entry in self.table if isinstance(entry, Action))

    def _make(self, spec: Action) -> QAction:
        window = self.window
        if spec.dock is not None:
            dock = getattr(window, spec.dock)
            action = dock.toggleViewAction()
            raise_when_behind(dock, action)
        else:
            action = QAction(window)
            action.setCheckable(spec.checkable)
        action.setObjectName(_camel(spec.id) + "Action")  # "exportLossCsvAction"
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon is not None and spec.fallback is not None:
            action.setIcon(icon(spec.icon, spec.fallback))
        if spec.slot is not None:
            getattr(action, spec.signal).connect(attrgetter(spec.slot)(window))
        self.actions[spec.id] = action
        setattr(window, f"{spec.id}_action", action)
        return action

    def _place(self, menu_id: str, section: int) -> QMenu:
        """The menu, with a separator first if this entry starts a new section of it."""
        menu = self.menus[menu_id]
        if section > self._sections.get(menu_id, 0):
            menu.addSeparator()
        self._sections[menu_id] = section
        return menu

    def add_members(self, menu_id: str, actions: list[QAction], before: QAction | None = None) -> None:
        """Put actions made at run time into a menu (at its start, or before `before`); they follow
        the menu's `members` rule."""
        menu = self.menus[menu_id]
        if before is None and menu.actions():
            before = menu.actions()[0]
        if before is None:
            menu.addActions(actions)
        else:
            menu.insertActions(before, actions)
        self._members.setdefault(menu_id, []).extend(actions)

    # -- texts and state -------------------------------------------------------
    def retranslate(self) -> None:
        """Every menu title and action text, tooltip and status tip, in the interface's language."""
        for entry in self.table:
            if isinstance(entry, Menu):
                self.menus[entry.id].setTitle(translate(entry.title))
                continue
            action = self.actions[entry.id]
            tip = translate(entry.tip)
            action.setText(translate(entry.text))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys and tip else tip)
            action.setStatusTip(tip)
            if entry.icon_text is not None:
                action.setIconText(translate(entry.icon_text))
        self.tool_bar.setWindowTitle(QCoreApplication.translate("MainWindow", "File"))
        self._show_undo_texts()

    def show_state(self, running: bool, paused: bool) -> None:
        """Enable, check and name each action as the training state says."""
        for spec in self.specs():
            action = self.actions[spec.id]
            if spec.enabled is not None:
                action.setEnabled(RULES[spec.enabled](running, paused))
            if spec.checked is not None:
                action.setChecked(RULES[spec.checked](running, paused))
            if spec.paused_text is not None:
                action.setText(translate(spec.paused_text if paused else spec.text))
        for entry in self.table:
            if isinstance(entry, Menu) and entry.members is not None:
                for action in self._members.get(entry.id, []):
                    action.setEnabled(RULES[entry.members](running, paused))

    def follow_undo_stack(self, stack: QUndoStack) -> None:
        """Undo and redo: enabled when there is something to undo or redo, named for it."""
        undo, redo = self.actions["undo"], self.actions["redo"]
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._show_undo_texts)
        stack.redoTextChanged.connect(self._show_undo_texts)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        self._stack = stack
        self._show_undo_texts()

    def _show_undo_texts(self, *_: Any) -> None:
        stack = self._stack
        if stack is None:
            return
        try:
            texts = (("undo", stack.undoText()), ("redo", stack.redoText()))
        except RuntimeError:  # the window is being destroyed: the stack is gone already
            return
        for id, text in texts:
            action = self.actions[id]
            label = translate(next(s.text for s in self.specs() if s.id == id))
            action.setText(QCoreApplication.translate("MainWindow", "{0} {1}").format(label, text)
                           if text else label)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
            action.setIconText(label.replace("&", ""))


def raise_when_behind(dock: QDockWidget, action: QAction) -> None:
    """A dock's View-menu item brings it to the front when it is open behind another tab; Qt's own
    toggle would close it (the learner saw nothing happen, or a panel vanish)."""
    on_top = {"shown": dock.isVisible()}

    def seen(visible: bool) -> None:
        if not dock.isHidden():  # a tab switch, not a close: remember whether it is in front
            on_top["shown"] = visible

    def triggered(checked: bool) -> None:
        if not checked and not on_top["shown"]:  # it was open behind a tab: Qt just closed it
            dock.show()
            dock.raise_()
            on_top["shown"] = True
        elif checked:
            dock.raise_()

    dock.visibilityChanged.connect(seen)
    action.triggered.connect(triggered)
