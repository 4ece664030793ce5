"""nngui's settings (QSettings) and where they live; the main window's remembered geometry and layout."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter


def settings() -> QSettings:
    """The app's settings; tests point NNGUI_SETTINGS_DIR at a temporary folder."""
    folder = os.environ.get("NNGUI_SETTINGS_DIR")
    if folder:
        return QSettings(str(Path(folder) / "nngui.ini"), QSettings.Format.IniFormat)
    return QSettings()


def settings_folder() -> Path:
    """Where settings-like files (the recovery file) live."""
    folder = os.environ.get("NNGUI_SETTINGS_DIR")
    if folder:
        return Path(folder)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".nngui")


def read_window_state(window: QMainWindow, splitters: Mapping[str, QSplitter], log_scale: QAction) -> None:
    """Give the window its remembered size, docks, splitter positions and loss scale."""
    s = settings()
    geometry = s.value("geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    for key, splitter in splitters.items():
        state = s.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
    state = s.value("windowState")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    log_scale.setChecked(str(s.value("logScale", "false")).lower() == "true")


def write_window_state(window: QMainWindow, splitters: Mapping[str, QSplitter], log_scale: QAction) -> None:
    """Remember the window's size, docks, splitter positions and loss scale (when it closes)."""
    s = settings()
    s.setValue("geometry", window.saveGeometry())
    s.setValue("windowState", window.saveState())
    for key, splitter in splitters.items():
        s.setValue(key, splitter.saveState())
    s.setValue("logScale", log_scale.isChecked())
    s.sync()
