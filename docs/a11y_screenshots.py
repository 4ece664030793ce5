"""docs/a11y-dark.png and docs/a11y-high-contrast.png: the window in a dark and a high-contrast palette.

After one Step (the network still answers some situations wrong: their marks show) with a weight
picked by the keys and the truth table open. Run under Xvfb with a window manager:
`xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox & sleep 1; .venv/bin/python docs/a11y_screenshots.py'`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NNGUI_SETTINGS_DIR", tempfile.mkdtemp(prefix="nngui-shots-"))

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nngui.qt import palettes  # noqa: E402
from nngui.qt.main_window import MainWindow  # noqa: E402

HERE = Path(__file__).resolve().parent


def settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    for name in palettes.NAMES:
        os.environ["NNGUI_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="nngui-shots-")
        palettes.use(app, name)
        window = MainWindow()
        window.resize(1366, 740)
        window.show()
        settle(app)
        window.step_action.trigger()
        window.truth_dock.show()
        window.truth_dock.raise_()
        window.diagram.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(3):  # the keys pick the weight from input 3, a negative one (dashed)
            QApplication.sendEvent(window.diagram, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                             Qt.KeyboardModifier.NoModifier))
        settle(app, 1.0)
        path = HERE / f"a11y-{name}.png"
        window.grab().save(str(path))
        print("wrote", path)
        window.document.undo_stack.setClean()
        window.session.shutdown()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
