"""The application entry point: QApplication, command-line flags, the main window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start nngui; returns the process exit code."""
    from PySide6.QtWidgets import QApplication

    from nngui.main_window import MainWindow

    args = sys.argv if argv is None else [sys.argv[0], *argv]
    app = QApplication.instance() or QApplication(args)
    app.setApplicationName("nngui")
    app.setOrganizationName("nngui")
    window = MainWindow()
    window.show()
    return app.exec()
