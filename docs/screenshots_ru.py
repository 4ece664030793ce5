"""Make docs/ru-*.png: every panel, menu and dialog of nngui in Russian, on a 1366×768 screen.

They are there to be looked at for clipped or overflowing Russian (docs/glossary-ru.md). The window is
maximized on the screen; menus and dialogs are grabbed from the screen as a person sees them, with the
window manager's title bars. Run under Xvfb with a window manager:

    xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
        'openbox & sleep 1; .venv/bin/python docs/screenshots_ru.py [names]'
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("NNGUI_SETTINGS_DIR", tempfile.mkdtemp(prefix="nngui-shots-"))
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="nngui-shots-")  # Qt's file dialog as it starts

from PySide6.QtCore import QPoint, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QScrollArea, QWidget  # noqa: E402

from nngui.model.recovery import RecoveryStore  # noqa: E402
from nngui.model.scenario import load_preset  # noqa: E402
from nngui.qt import i18n  # noqa: E402
from nngui.qt.main_window import MainWindow  # noqa: E402
from nngui.qt.settings import settings, settings_folder  # noqa: E402

HERE = Path(__file__).resolve().parent


class Shots:
    """Takes the named shots (all when none is named) and answers the dialogs it opens."""

    def __init__(self, app: QApplication, only: list[str]) -> None:
        self.app = app
        self.only = set(only)
        self.taken: list[str] = []

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def settle(self, seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def save(self, name: str, widget: QWidget | None = None) -> None:
        """The widget as drawn, or the whole screen (menus, dialogs, title bars)."""
        if not self.wanted(name):
            return
        self.settle()
        picture = widget.grab() if widget is not None else QGuiApplication.primaryScreen().grabWindow(0)
        path = HERE / f"ru-{name}.png"
        picture.save(str(path))
        self.taken.append(path.name)
        print("wrote", path)

    def modal(self, name: str, opens: Callable[[], object], answer: Callable[[QWidget], None]) -> None:
        """Open a modal dialog (`opens` blocks in its exec), shoot the screen, then answer it."""
        if not self.wanted(name):
            return

        def shoot_when_shown() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(100, shoot_when_shown)
                return
            self.save(name)
            answer(dialog)

        QTimer.singleShot(300, shoot_when_shown)
        opens()
        self.settle()

    def menu(self, name: str, window: MainWindow, menu: QMenu, submenu: QMenu | None = None) -> None:
        """A menu of the menu bar opened (and one of its submenus beside it)."""
        if not self.wanted(name):
            return
        bar = window.menuBar()
        action = menu.menuAction()
        menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
        self.settle()
        if submenu is not None:
            item = menu.actionGeometry(submenu.menuAction())
            menu.setActiveAction(submenu.menuAction())
            submenu.popup(menu.mapToGlobal(QPoint(item.right(), item.top())))
        self.save(name)
        if submenu is not None:
            submenu.hide()
        menu.hide()
        self.settle(0.2)


def explain_page(window: MainWindow) -> QWidget:
    """The explain panel's whole page, not only the part its dock shows."""
    areas = [a for a in window.explain_dock.findChildren(QScrollArea) if a.isVisible() and a.widget()]
    return max(areas, key=lambda a: a.widget().height()).widget()


def train(shots: Shots, window: MainWindow) -> None:
    done: list[bool] = []
    window.trainingFinished.connect(lambda: done.append(True))
    window.train_action.trigger()
    while not done:
        shots.app.processEvents()
        time.sleep(0.01)
    shots.settle(0.5)


def press(text: str) -> Callable[[QWidget], None]:
    """Answer a dialog by the button whose text (without &) is `text`."""
    def answer(dialog: QWidget) -> None:
        for button in dialog.findChildren(QWidget):
            if hasattr(button, "text") and callable(button.text) and button.text().replace("&", "") == text \
                    and hasattr(button, "click"):
                button.click()
                return
        reject(dialog)
    return answer


def reject(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these shots (window, explain, menu-file, …)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("nngui")
    i18n.set_language(app, "ru")
    shots = Shots(app, args.names)
    os.environ.pop("NNGUI_NO_DIALOGS", None)

    window = MainWindow()
    window.showMaximized()
    shots.settle(1.0)
    shots.save("start")  # before any training: the explain panel's placeholder
    train(shots, window)
    shots.save("window")  # after a run: Train says how many more iterations it would do

    window.truth_dock.raise_()
    shots.save("truth-table", window.truth_dock)
    if hasattr(window, "input_space_dock"):
        window.input_space_dock.raise_()
        shots.save("input-space", window.input_space_dock)
    window.document.set_scenario(load_preset("worked-example"))
    window.explain_dock.raise_()
    window.step_action.trigger()
    shots.settle(0.5)
    shots.save("explain", window.explain_dock)
    shots.save("explain-window")
    shots.save("explain-all", explain_page(window))
    window.document.set_scenario(load_preset("xor"))
    window.document.set_setting("hidden_layers", [])
    window.truth_dock.raise_()
    shots.save("truth-table-xor", window.truth_dock)
    window.document.set_scenario(load_preset("two-layer"))
    train(shots, window)
    shots.save("two-layer")
    if hasattr(window, "input_space_dock"):
        window.input_space_dock.raise_()
        shots.save("input-space-two-layer", window.input_space_dock)
    window.explain_dock.raise_()
    window.step_action.trigger()
    shots.settle(0.5)
    shots.save("explain-two-layer-all", explain_page(window))

    # training in progress, slowly: the lock banner, Pause, the speed
    window.document.set_scenario(load_preset("article"))
    window.settings_bar.set_speed(5)
    window.train_action.trigger()
    shots.settle(1.5)
    shots.save("training")
    window.pause_action.trigger()
    shots.settle(0.5)
    shots.menu("menu-training-paused", window, window.training_menu)
    window.reset_action.trigger()
    shots.settle(1.0)
    window.settings_bar.set_speed(None)

    # the menus, with their submenus
    window.document.insert_situation(4)  # something to undo
    window.files._add_recent_file(HERE / "сценарий.nngui.json")
    shots.menu("menu-file", window, window.file_menu)
    shots.menu("menu-file-recent", window, window.file_menu, window.recent_menu)
    shots.menu("menu-file-presets", window, window.file_menu, window.presets_menu)
    shots.menu("menu-file-export", window, window.file_menu, window.export_menu)
    shots.menu("menu-edit", window, window.edit_menu)
    shots.menu("menu-training", window, window.training_menu)
    shots.menu("menu-view", window, window.view_menu, window.language_menu)
    shots.menu("menu-help", window, window.help_menu)

    # the dialogs
    code = window.show_code()
    shots.settle(0.5)
    shots.save("code")
    code.close()
    if hasattr(window, "show_getting_started"):
        guide = window.show_getting_started()
        shots.settle(0.5)
        shots.save("getting-started")
        guide.close()
    shots.modal("about", window.about, reject)
    shots.modal("unsaved", window.files.confirm_discard, press("Отмена"))
    folder = Path(tempfile.mkdtemp(prefix="nngui-shots-")) / "сценарии"
    (folder / "примеры").mkdir(parents=True)
    for name in ("article", "xor", "two-layer"):
        load_preset(name).save(folder / f"{name}.nngui.json")
    settings().setValue("lastFile", str(folder / "article.nngui.json"))
    window.document.set_scenario(window.document.scenario)  # nothing unsaved: no question first
    shots.modal("open", window.files.open_dialog, reject)
    shots.modal("save-as", window.files.save_as, reject)
    shots.modal("export-diagram", window.files.export_diagram_png, reject)
    broken = Path(tempfile.mkdtemp(prefix="nngui-shots-")) / "сломанный.nngui.json"
    broken.write_text('{"format": "nngui", "version": 1, "situations": [}', encoding="utf-8")
    shots.modal("cannot-open", lambda: window.files.open_file(broken, confirm=False), reject)

    # a recovery file left by a process that is gone: the restore question
    store = RecoveryStore(settings_folder())
    store.file = store.folder / store.file.name.replace(str(os.getpid()), "999999")
    store.save(load_preset("article"), None)
    shots.modal("restore", window.autosaver.offer_recovery, press("Не восстанавливать"))

    window.document.undo_stack.setClean()
    window.close()
    print(len(shots.taken), "screenshots")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
