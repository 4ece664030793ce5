"""Real keys on a real window (issue 11, item 6): Xvfb, openbox and xdotool, as a person's keyboard.

Offscreen no window is active, so window shortcuts never fire there; here they do. Skipped where
Xvfb, openbox or xdotool is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not all(shutil.which(t) for t in ("Xvfb", "openbox", "xdotool")),
                                 reason="needs Xvfb, openbox and xdotool")]

SCRIPT = textwrap.dedent('''
    import subprocess, sys
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    def main():
        app = QApplication(sys.argv)
        from nngui.qt.main_window import MainWindow
        w = MainWindow(); w.show(); w.raise_(); w.activateWindow()
        grid = w.situations_view

        def wait(ms):
            loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()

        def key(*keys):
            subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
            wait(300)

        def run():
            wait(1500)
            print("active", QApplication.activeWindow() is w)
            w.diagram.setFocus(); wait(100)
            key("ctrl+Insert")
            print("ctrl+ins_from_the_diagram", w.document.scenario.n_situations == 5)
            key("ctrl+Delete")
            print("ctrl+del_from_the_diagram", w.document.scenario.n_situations == 4)
            grid.setFocus(); key("ctrl+Home", "Tab")
            button = QApplication.focusWidget()
            action = getattr(button, "defaultAction", lambda: None)()
            print("tab_leaves_the_grid", action is grid.add_situation_action)
            grid.setFocus(); key("shift+Tab")
            print("shift+tab_leaves_the_grid", QApplication.focusWidget() is w.settings_bar.speed_slider)
            grid.setFocus(); key("ctrl+Home", "minus", "1", "Return")
            print("minus_one_refused", w.document.scenario.inputs[0][0] == 0.0 and grid.note.isVisible())
            key("Escape", "ctrl+a", "ctrl+c")
            print("ctrl+c", QApplication.clipboard().text().startswith("0\\t0\\t1\\t0\\n"))
            QApplication.clipboard().setText("1\\t1\\t1\\t1\\n")
            grid.setFocus(); key("ctrl+End", "Home", "ctrl+v")
            print("ctrl+v", w.document.scenario.inputs[3] == [1.0, 1.0, 1.0])
            w.step_button.click(); wait(1000)
            w.explain_dock.show(); w.explain_dock.raise_(); w.explain_panel.setFocus(); key("ctrl+c")
            print("ctrl+c_in_explain_is_its_own", QApplication.clipboard().text().startswith("Iteration 1"))
            spin = w.settings_bar.iterations_spin
            spin.setFocus(); key("ctrl+a", "5", "0", "0", "Return", "ctrl+z")
            print("ctrl+z_in_a_settings_field_undoes", w.document.scenario.iterations == 10000)
            w.document.set_scenario(w.document.scenario)
            w.close(); app.quit()

        QTimer.singleShot(0, run)
        app.exec()

    if __name__ == "__main__":
        main()
''')


def test_real_keys_under_xvfb(tmp_path):
    display = f":{90 + os.getpid() % 9}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "NNGUI_SETTINGS_DIR": str(tmp_path)}
    try:
        time.sleep(1)
        manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1)
            script = tmp_path / "real_keys.py"
            script.write_text(SCRIPT, encoding="utf-8")
            done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                                  timeout=120)
        finally:
            manager.terminate()
            manager.wait(10)
    finally:
        server.terminate()
        server.wait(10)
    results = dict(line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
    assert len(results) == 10, done.stdout + done.stderr
    assert all(value == "True" for value in results.values()), results
