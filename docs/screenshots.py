"""Make the screenshots in docs/, in English and Russian (name.png, name-ru.png), and one in a dark palette.

Run under Xvfb: `xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots.py [names]`.
The first-hour shots, one screen size at a time, under a window manager (openbox):
`xvfb-run -a -s "-screen 0 1024x600x24" sh -c 'openbox & sleep 1; .venv/bin/python docs/screenshots.py
--first-hour 1024x600'` (and 1366x768, 1920x1080).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NNGUI_SETTINGS_DIR", tempfile.mkdtemp(prefix="nngui-shots-"))

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nngui.model.scenario import load_preset  # noqa: E402
from nngui.qt import i18n  # noqa: E402
from nngui.qt.main_window import MainWindow  # noqa: E402

HERE = Path(__file__).resolve().parent


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def train(app: QApplication, window: MainWindow) -> None:
    done: list[bool] = []
    window.trainingFinished.connect(lambda: done.append(True))
    window.train_action.trigger()
    while not done:
        app.processEvents()
        time.sleep(0.01)
    settle(app, 0.5)


def first_hour(app: QApplication, size: str) -> int:
    """docs/first-hour-<size>-<lang>-<before|after>.png: the window maximized on a screen of `size`
    (run each size under its own Xvfb screen with a window manager), before and after training."""
    for language in ("en", "ru"):
        os.environ["NNGUI_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="nngui-shots-")  # default layout
        i18n.set_language(app, language)
        window = MainWindow()
        window.showMaximized()
        settle(app, 1.0)
        window.grab().save(str(HERE / f"first-hour-{size}-{language}-before.png"))
        train(app, window)
        settle(app, 0.5)
        window.grab().save(str(HERE / f"first-hour-{size}-{language}-after.png"))
        print("wrote", size, language, window.width(), window.height())
        window.document.undo_stack.setClean()
        window.close()
    return 0


def main() -> int:
    app = QApplication(sys.argv)
    if sys.argv[1:2] == ["--first-hour"]:
        return first_hour(app, sys.argv[2])
    app.setApplicationName("nngui")
    only = sys.argv[1:]

    def shoot(name: str, widget) -> None:
        if only and name not in only:
            return
        path = HERE / f"{name}.png"
        widget.grab().save(str(path))
        print("wrote", path)

    for language in ("en", "ru"):
        os.environ["NNGUI_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="nngui-shots-")  # default layout
        i18n.set_language(app, language)
        suffix = "" if language == "en" else "-ru"
        window = MainWindow()
        window.resize(1400, 860)
        window.show()
        settle(app)
        train(app, window)
        window.truth_dock.raise_()
        settle(app)
        shoot(f"screenshot{suffix}", window)
        shoot(f"truth-table{suffix}", window.truth_dock)
        window.document.set_scenario(load_preset("worked-example"))
        window.explain_dock.raise_()
        window.step_action.trigger()
        settle(app)
        shoot(f"explain{suffix}", window.explain_dock)
        window.document.set_scenario(load_preset("two-layer"))
        train(app, window)
        shoot(f"two-layer{suffix}", window)
        window.document.set_scenario(load_preset("xor"))
        window.document.set_setting("hidden_layers", [])
        window.truth_dock.raise_()
        settle(app)
        shoot(f"truth-table-xor{suffix}", window.truth_dock)
        window.document.undo_stack.setClean()
        window.close()

    # A dark system palette (as a dark desktop theme gives Qt's Fusion style): everything readable.
    os.environ["NNGUI_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="nngui-shots-")
    i18n.set_language(app, "en")
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    settle(app)
    window.document.set_scenario(load_preset("two-layer"))
    train(app, window)
    shoot("screenshot-dark", window)
    window.document.undo_stack.setClean()
    window.close()
    return 0


def dark_palette() -> QPalette:
    """A dark palette like those of dark desktop themes."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb0",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Mid: "#444444", QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Light: "#505050", QPalette.ColorRole.Midlight: "#404040",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


if __name__ == "__main__":
    raise SystemExit(main())
