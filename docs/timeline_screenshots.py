"""Screenshots of the training timeline: a scrubbed run and three compared runs (docs/timeline-*.png).

Run under a display with a window manager (Xvfb and openbox), for a language and a screen size:
``DISPLAY=:1 .venv/bin/python docs/timeline_screenshots.py en /tmp/en 1366x768`` writes
/tmp/en-scrubbed.png and /tmp/en-compared.png. The window is driven through its own widgets: the
Train button, the slider's keys (Home, PgUp, →, End) and "Run again from the same start".
"""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def run(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def until_trained(window, press) -> None:  # noqa: ANN001
    loop = QEventLoop()
    window.trainingFinished.connect(loop.quit)
    press()
    loop.exec()
    run(0.5)


def main() -> None:
    language, out = sys.argv[1], sys.argv[2]
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1366x768").split("x"))
    os.environ["NNGUI_SETTINGS_DIR"] = tempfile.mkdtemp()
    app = QApplication(sys.argv[:1])
    from nngui.qt import i18n
    from nngui.qt.main_window import MainWindow

    i18n.set_language(app, language)
    window = MainWindow()
    window.resize(width, height - 28)  # the title bar
    window.move(0, 0)
    window.show()
    run(1.5)
    window.weights_action.trigger()  # View → Weights over Time
    until_trained(window, lambda: QTest.mouseClick(window.train_button, Qt.MouseButton.LeftButton))
    slider = window.timeline_slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Home)
    for key, times in ((Qt.Key.Key_PageUp, 2), (Qt.Key.Key_Right, 40)):
        for _ in range(times):
            QTest.keyClick(slider, key)
    run(1.0)
    QApplication.primaryScreen().grabWindow(0).save(f"{out}-scrubbed.png")
    QTest.keyClick(slider, Qt.Key.Key_End)
    window.settings_bar.iterations_spin.setValue(1000)
    for rate in (0.1, 1.0, 10.0):
        window.settings_bar.learning_rate_spin.setValue(rate)
        run(0.2)
        if rate == 0.1:
            window.session.reset()
            button = window.train_button
        else:
            button = window.timeline_bar.run_again_button
        until_trained(window, lambda button=button: QTest.mouseClick(button, Qt.MouseButton.LeftButton))
    window.log_scale_action.setChecked(True)
    run(1.0)
    QApplication.primaryScreen().grabWindow(0).save(f"{out}-compared.png")
    window.document.set_scenario(window.document.scenario)  # no unsaved-changes question
    window.close()


if __name__ == "__main__":
    main()
