"""The file dialog behind every open, save and export: Qt's own, the same everywhere, and scriptable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_path(parent: QWidget, title: str, filters: str, default: str | Path = "", folder: str = "",
             save: bool = True) -> Path | None:
    """Ask for a file to save (`save`) or an existing one to open; None if the user cancels.

    `default` is the name suggested for a save, shown in `folder` unless it is a full path. The
    dialog is Qt's widget dialog (objectName fileDialog), not the platform's, so that tests and
    accessibility tools can drive it like any other window.
    """
    default = Path(default)
    if default.is_absolute():
        folder = str(default.parent)
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(default.name)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()  # parented to the window: never left behind
    return Path(files[0]) if accepted and files else None
