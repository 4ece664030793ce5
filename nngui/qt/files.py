"""The main window's files: scenarios (new, open, save), presets, recent files, CSV and picture exports."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRectF, Qt, Slot
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QMessageBox

from nngui.model.scenario import (
    SUFFIX,
    Scenario,
    ScenarioError,
    article_scenario,
    atomic_path,
    load_preset,
    preset_names,
)
from nngui.qt.file_dialog import ask_path
from nngui.qt.messages import scenario_text, translate_error, translate_os_error
from nngui.qt.settings import settings
from nngui.qt.widgets.diagram import NetworkDiagram

if TYPE_CHECKING:
    from nngui.qt.actions import Actions
    from nngui.qt.main_window import MainWindow

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

MAX_RECENT_FILES = 8
# The presets' titles in the File → Presets menu (translation context "MainWindow").
PRESET_TITLES = {
    "article": QT_TRANSLATE_NOOP("MainWindow", "The article's task"),
    "worked-example": QT_TRANSLATE_NOOP("MainWindow", "The article's worked example"),
    "two-layer": QT_TRANSLATE_NOOP("MainWindow", "Two layers (hidden layer of 4)"),
    "and": QT_TRANSLATE_NOOP("MainWindow", "AND"),
    "or": QT_TRANSLATE_NOOP("MainWindow", "OR"),
    "nand": QT_TRANSLATE_NOOP("MainWindow", "NAND"),
    "xor": QT_TRANSLATE_NOOP("MainWindow", "XOR"),
    "xor-hidden": QT_TRANSLATE_NOOP("MainWindow", "XOR with a hidden layer"),
    "xnor": QT_TRANSLATE_NOOP("MainWindow", "First two equal (XNOR)"),
    "not-first": QT_TRANSLATE_NOOP("MainWindow", "NOT first input"),
    "majority": QT_TRANSLATE_NOOP("MainWindow", "Majority of three"),
    "parity": QT_TRANSLATE_NOOP("MainWindow", "Odd parity of three"),
}


def reason(exc: Exception) -> str:
    """Why a file operation failed, in the interface's language where nngui knows the words."""
    strerror = getattr(exc, "strerror", None)
    if strerror:
        return translate_os_error(strerror)
    return translate_error(exc)


def recent_files() -> list[str]:
    """The files opened or saved lately, the latest first."""
    value = settings().value("recentFiles", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def last_folder() -> str:
    """The folder of the file opened or saved last (the home folder at first)."""
    last = settings().value("lastFile", "")
    return str(Path(str(last)).parent) if last else str(Path.home())


def render_diagram(diagram: NetworkDiagram, path: str | os.PathLike[str]) -> None:
    """Save the network diagram as PNG or SVG (by the file's suffix); the file appears whole or not at all."""
    scene = diagram.scene()
    source = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
    if Path(path).suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator  # only here: not loaded at start-up

        with atomic_path(path) as temporary:
            generator = QSvgGenerator()
            generator.setFileName(temporary)
            generator.setSize(source.size().toSize())
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle(translate("MainWindow", "nngui network diagram"))
            painter = QPainter(generator)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
            if not painter.end() or os.path.getsize(temporary) == 0:
                raise OSError(0, translate("MainWindow", "the drawing could not be written"))
            del painter, generator  # closes the file before it replaces the old one
        return
    scale = 2.0
    image = QImage((source.size() * scale).toSize(), QImage.Format.Format_ARGB32)
    brush = diagram.backgroundBrush()
    image.fill(brush.color() if brush.style() != Qt.BrushStyle.NoBrush else diagram.palette().base().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    with atomic_path(path) as temporary:
        if not image.save(temporary, "PNG"):
            raise OSError(0, translate("MainWindow", "the picture could not be written"))


class Files(QObject):
    """What the File menu does for a main window: it asks the window (dialogs, messages) and changes
    the window's document; the recent files are kept in the settings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.preset_actions: dict[str, QAction] = {}
        self.recent_actions: list[QAction] = []

    def make_menus(self, actions: Actions) -> None:
        """Put the presets and the recent files into their menus."""
        for name in preset_names():
            action = QAction(self.window)
            action.setData(name)
            action.triggered.connect(self._on_preset_action)
            self.preset_actions[name] = action
        actions.add_members("presets", list(self.preset_actions.values()))
        for _ in range(MAX_RECENT_FILES):
            action = QAction(self.window)
            action.setVisible(False)
            action.triggered.connect(self._on_recent_action)
            self.recent_actions.append(action)
        actions.add_members("recent", self.recent_actions)
        self.recent_menu = actions.menus["recent"]
        self._show_recent_files()

    def retranslate(self) -> None:
        for name, action in self.preset_actions.items():
            action.setText(translate("MainWindow", PRESET_TITLES[name]) if name in PRESET_TITLES else name)
            action.setStatusTip(translate("MainWindow", "Load the preset “{0}”").format(action.text()))

    # -- questions ----------------------------------------------------------------
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
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Unsaved changes"),
                          translate("MainWindow", "The scenario has unsaved changes. Save them first?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("unsavedChangesBox")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        # Qt's Russian says "Отклонить" (reject); "Не сохранять" is what the question needs.
        box.button(QMessageBox.StandardButton.Discard).setText(
            translate("MainWindow", "Discard", "unsaved changes"))
        return box

    def _may_replace(self) -> bool:
        """Whether the scenario may be replaced now: not while training, and not before unsaved
        changes are saved or given up."""
        if self.window.session.is_running():
            self.window.show_message(translate("MainWindow", "Stop training first."))
            return False
        return self.confirm_discard()

    def _ask_path(self, title: str, filters: str, default: str | Path, save: bool = True) -> Path | None:
        """Ask for a file to open or save, in the last folder used (see file_dialog.ask_path)."""
        return ask_path(self.window, title, filters, default, last_folder(), save)

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("errorBox")
        self.window.show_message(text)
        if os.environ.get("NNGUI_NO_DIALOGS"):
            return
        box.exec()

    # -- scenarios ------------------------------------------------------------------
    @Slot()
    def new_scenario(self) -> None:
        if not self._may_replace():
            return
        scenario = article_scenario()
        scenario.name = ""
        self.document.set_scenario(scenario, None)

    @Slot()
    def open_dialog(self) -> None:
        if not self._may_replace():
            return
        path = self._ask_path(translate("MainWindow", "Open Scenario"),
                              translate("MainWindow", "nngui scenarios (*{0});;All files (*)").format(SUFFIX),
                              "", save=False)
        if path:
            self.open_file(path, confirm=False)

    def open_file(self, path: str | os.PathLike[str], confirm: bool = True) -> bool:
        """Open a scenario file; on any problem show a clear message and keep the current one."""
        if confirm and not self._may_replace():
            return False
        try:
            scenario, trained = Scenario.load_trained(path)
        except ScenarioError as exc:
            self._error(translate("MainWindow", "Cannot open the scenario"), translate_error(exc))
            return False
        self.document.set_scenario(scenario, Path(path))
        self.window.session.restore(trained)  # the network as the file kept it, if it did
        self._add_recent_file(Path(path))
        self.window.show_message(translate("MainWindow", "Opened {0}.").format(Path(path).name))
        return True

    def load_preset(self, name: str) -> bool:
        if not self._may_replace():
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
        name = scenario_text(self.document.scenario.name) or translate("MainWindow", "scenario")
        suggested = self.document.path or Path(last_folder()) / (name + SUFFIX)
        path = self._ask_path(translate("MainWindow", "Save Scenario"),
                              translate("MainWindow", "nngui scenarios (*{0})").format(SUFFIX), suggested)
        if not path:
            return False
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name + SUFFIX)
        return self.save_to(path)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        path = Path(path)
        try:
            self.document.scenario.save(path, self.window.session.trained())  # and the trained network
        except (OSError, ScenarioError) as exc:
            self._error(translate("MainWindow", "Cannot save the scenario"),
                        translate("MainWindow", "{0}: {1}").format(path.name, reason(exc)))
            return False
        self.document.mark_saved(path)
        self._add_recent_file(path)
        self.window.show_message(translate("MainWindow", "Saved {0}.").format(path.name))
        return True

    # -- situations, loss and diagram -----------------------------------------------------
    @Slot()
    def import_csv(self, path: Path | None = None) -> None:
        """Replace the situations with a CSV file's (asked for when not given); errors in a dialog."""
        if not isinstance(path, Path):
            path = self._ask_path(translate("MainWindow", "Import Situations"),
                                  translate("MainWindow", "CSV files (*.csv);;All files (*)"), "", save=False)
        if not path:
            return
        refused: list[str] = []
        self.document.message.connect(refused.append)
        try:
            imported = self.window.situations_view.import_csv(path)
        finally:
            self.document.message.disconnect(refused.append)
        if not imported and refused:
            self._error(translate("MainWindow", "Cannot import the situations"), refused[-1])

    @Slot()
    def export_csv(self) -> None:
        path = self._ask_path(translate("MainWindow", "Export Situations"),
                              translate("MainWindow", "CSV files (*.csv)"), "situations.csv")
        if path:
            self.window.situations_view.export_csv(path)

    @Slot()
    def export_loss_csv(self) -> None:
        path = self._ask_path(translate("MainWindow", "Export Loss"),
                              translate("MainWindow", "CSV files (*.csv)"), "loss.csv")
        if path:
            self._export(lambda: self.window.loss_plot.export_csv(path), path)

    @Slot()
    def export_history_csv(self) -> None:
        path = self._ask_path(translate("MainWindow", "Export Training History"),
                              translate("MainWindow", "CSV files (*.csv)"), "history.csv")
        if path:
            self._export(lambda: self.window.history.export_csv(path), path)

    @Slot()
    def export_loss_png(self) -> None:
        path = self._ask_path(translate("MainWindow", "Export Loss Plot"),
                              translate("MainWindow", "PNG images (*.png)"), "loss.png")
        if path:
            self._export(lambda: self.window.loss_plot.export_png(path), path)

    @Slot()
    def export_diagram_png(self) -> None:
        path = self._ask_path(translate("MainWindow", "Export Diagram"),
                              translate("MainWindow", "PNG images (*.png)"), "network.png")
        if path:
            self._export(lambda: render_diagram(self.window.diagram, path), path)

    @Slot()
    def export_diagram_svg(self) -> None:
        path = self._ask_path(translate("MainWindow", "Export Diagram"),
                              translate("MainWindow", "SVG drawings (*.svg)"), "network.svg")
        if path:
            self._export(lambda: render_diagram(self.window.diagram, path), path)

    def _export(self, write: Callable[[], None], path: Path) -> None:
        try:
            write()
        except OSError as exc:
            self._error(translate("MainWindow", "Cannot export"),
                        translate("MainWindow", "{0}: {1}").format(path.name, reason(exc)))
            return
        self.window.show_message(translate("MainWindow", "Exported {0}.").format(path.name))

    # -- recent files -------------------------------------------------------------------
    def _add_recent_file(self, path: Path) -> None:
        resolved = str(path.resolve())
        files = [resolved] + [f for f in recent_files() if f != resolved]
        s = settings()
        s.setValue("recentFiles", files[:MAX_RECENT_FILES])
        s.setValue("lastFile", resolved)
        self._show_recent_files()

    @Slot()
    def clear_recent_files(self) -> None:
        settings().setValue("recentFiles", [])
        self._show_recent_files()

    def _show_recent_files(self) -> None:
        files = recent_files()
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
