"""Unsaved work written to a recovery file every few seconds, and offered back after a crash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from nngui.model.recovery import RecoveryStore
from nngui.model.scenario import ScenarioError
from nngui.qt.document import ScenarioDocument
from nngui.qt.files import reason
from nngui.qt.settings import settings_folder

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

# Unsaved work is written to the recovery file this often (milliseconds).
AUTOSAVE_INTERVAL_MS = 3000


class Autosave:
    """Keeps a recovery file of the document while it has unsaved changes (this process's own, in
    the settings folder), forgets it when the work is saved or the window closes normally, and
    after a crash offers the work other processes left behind.

    A plain object, not a QObject: the document's signals still arrive while the window is being
    destroyed, when a QObject child's Python side would already be gone.
    """

    def __init__(self, document: ScenarioDocument, window: QWidget,
                 show_message: Callable[[str], None]) -> None:
        self.document = document
        self.window = window
        self.show_message = show_message
        self.recovery = RecoveryStore(settings_folder())
        self._needs_autosave = False
        self._has_recovery_file = False
        document.changed.connect(self._note_change)
        document.undo_stack.indexChanged.connect(self._note_change)
        self.timer = QTimer(window, interval=AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    def autosave(self) -> None:
        """Write unsaved work to the recovery file when it changed since the last autosave."""
        doc = self.document
        if not doc.is_modified():
            if self._has_recovery_file:
                self.recovery.discard()
                self._has_recovery_file = False
            return
        if not self._needs_autosave:
            return
        try:
            self.recovery.save(doc.scenario, doc.path)
        except OSError as exc:
            text = translate("MainWindow", "Could not write the recovery file: {0}")
            self.show_message(text.format(reason(exc)))
            return
        self._needs_autosave = False
        self._has_recovery_file = True

    def _note_change(self, *args: object) -> None:
        self._needs_autosave = True

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore the unsaved work found in recovery files."""
        for path in self.recovery.orphans():
            try:
                recovered = self.recovery.read(path)
            except ScenarioError:
                self.recovery.remove(path)
                continue
            original = recovered.original_path
            name = original.name if original else translate("MainWindow", "an untitled scenario")
            box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Restore unsaved work?"),
                              translate("MainWindow", "nngui was closed unexpectedly while {0} had unsaved "
                                                      "changes. Restore them?").format(name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
            box.setObjectName("recoveryBox")
            box.button(QMessageBox.StandardButton.Yes).setText(translate("MainWindow", "Restore"))
            box.button(QMessageBox.StandardButton.No).setText(translate("MainWindow", "Discard"))
            answer = box.exec()
            self.recovery.remove(path)
            if answer == QMessageBox.StandardButton.Yes:
                self.document.set_scenario(recovered.scenario, recovered.original_path, modified=True)
                self.autosave()
                return True
        return False

    def stop(self) -> None:
        """The window closes normally: no more autosaves, and its recovery file goes."""
        self.timer.stop()
        self.recovery.discard()
