"""The file dialog behind every open, save and export: Qt's own, the same everywhere, and scriptable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QMimeDatabase,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView, QWidget

# Qt's own texts of this dialog that Qt's Russian catalogue (qtbase_ru.qm, as PySide6 6.11 ships it)
# lacks: Qt 6 changed them ("Look in:" became "&Look in:"). Listed here, they are in nngui's catalogue,
# which Qt asks after its own. (The type column's "Folder" is in FileListModel.data.)
_QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_SIZE, _TYPE, _DATE = 1, 2, 3  # QFileSystemModel's columns after the name


def ask_path(parent: QWidget, title: str, filters: str, default: str | Path = "", folder: str = "",
             save: bool = True) -> Path | None:
    """Ask for a file to save (`save`) or an existing one to open; None if the user cancels.

    `default` is the name suggested for a save, shown in `folder` unless it is a full path. The
    dialog is Qt's widget dialog (objectName fileDialog), not the platform's, so that tests and
    accessibility tools can drive it like any other window.
    """
    dialog = file_dialog(parent, title, filters, default, folder, save)
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()  # parented to the window: never left behind
    return Path(files[0]) if accepted and files else None


def file_dialog(parent: QWidget | None, title: str, filters: str, default: str | Path = "", folder: str = "",
                save: bool = True) -> QFileDialog:
    """The dialog ask_path shows (not shown yet): Qt's widget dialog, its file list in nngui's language."""
    default = Path(default)
    if default.is_absolute():
        folder = str(default.parent)
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setProxyModel(FileListModel(dialog))
    _fit_columns(dialog)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(default.name)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _fit_columns(dialog: QFileDialog) -> None:
    """Widen the file list's size, type and date columns to fit their words («02.12.2026 01:05»,
    «Изображение PNG» are longer than Qt's defaults allow), and the dialog with them."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    metrics, header = view.fontMetrics(), view.header()
    types = (QMimeDatabase().mimeTypeForName(name).comment() for name in ("image/png", "text/csv"))
    samples = {
        _SIZE: [data_size(999 * 1024**2 + 1000 * 1024)],
        _TYPE: [QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
                *types],
        _DATE: [QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)),
                                   QLocale.FormatType.ShortFormat)],
    }
    for column, texts in samples.items():
        header.resizeSection(column, max(header.sectionSize(column),
                                         max(metrics.horizontalAdvance(text) for text in texts) + 24))
    columns = sum(header.sectionSize(column) for column in range(header.count()))
    needed = columns + 200  # the places beside the list, the margins and a scroll bar
    screen = dialog.screen().availableGeometry().width() if dialog.screen() is not None else needed
    dialog.resize(max(dialog.width(), min(needed, int(screen * 0.9))), dialog.height())


class FileListModel(QIdentityProxyModel):
    """The dialog's files with their sizes and dates in the interface's language.

    Qt's file system model writes them with the system's locale ("2.93 KiB" on an English desktop
    whatever nngui speaks, and "KiB" even in Qt's Russian locale data): here «2,93 КБ».
    """

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        model = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(model, QFileSystemModel) and index.isValid():
            source = self.mapToSource(index)
            if index.column() == _SIZE and not model.isDir(source):
                return data_size(model.size(source))
            if index.column() == _TYPE and model.isDir(source):
                return QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                                  "All other platforms")  # Qt's own text
            if index.column() == _DATE:
                return QLocale().toString(model.lastModified(source), QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def data_size(size: int) -> str:
    """A file's size as the interface's language writes it: "2.93 KiB" (English), «2,93 КБ» (Russian)."""
    if size < 1024:
        return FileListModel.tr("%Ln bytes", "", size)
    power = min((size.bit_length() - 1) // 10, 4)  # 1 KiB, 2 MiB, … 4 TiB
    units = (FileListModel.tr("{0} KiB"), FileListModel.tr("{0} MiB"), FileListModel.tr("{0} GiB"),
             FileListModel.tr("{0} TiB"))
    return units[power - 1].format(QLocale().toString(size / 1024**power, "f", 2))
