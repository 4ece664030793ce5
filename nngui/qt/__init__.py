"""Everything that imports Qt: the training session, the main window, its widgets and dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nngui.qt.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    # Loaded when first asked for: `import nngui.qt.app` must not build every widget module at once.
    if name == "MainWindow":
        from nngui.qt.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
