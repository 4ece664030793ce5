"""Scripts that drive the window: one without `if __name__ == "__main__":` (the spawn trap) still trains."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

# The whole script at module level, as a beginner writes it. The training process is spawned, and
# spawning re-imports the main module: without the guard, the child builds a second window.
SCRIPT = """
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QAbstractButton

from nngui.qt.app import create_application
from nngui.qt.main_window import MainWindow
from nngui.qt.training import TrainingController

app = create_application()
window = MainWindow()
window.show()
loop = QEventLoop()
window.trainingFinished.connect(loop.quit)
QTimer.singleShot(50_000, loop.quit)
window.findChild(QAbstractButton, "trainButton").click()
loop.exec()
print("backend", window.findChild(TrainingController).backend)
print(f"answer {window.riddle_answer():.5f}")
"""

# The same as people run it: the window stays up until the person at the screen quits. A training
# process that re-ran this would wait for a person who never comes. (The person, played here by a
# test of __name__, answers only the window of the script they started: a spawned process runs the
# script as "__mp_main__".)
WAITS_FOR_A_PERSON = """
import sys

from PySide6.QtWidgets import QAbstractButton

from nngui.qt.app import create_application
from nngui.qt.main_window import MainWindow

app = create_application()
window = MainWindow()
window.show()


def answered():
    print(f"answer {window.riddle_answer():.5f}", flush=True)
    if __name__ == "__main__":  # the person sees the answer in their window, and quits
        app.quit()


window.trainingFinished.connect(answered)
window.findChild(QAbstractButton, "trainButton").click()
sys.exit(app.exec())
"""

GUARDED = "def main():\n" + "".join(f"    {line}\n" if line else "\n" for line in SCRIPT.splitlines()) + (
    '\nif __name__ == "__main__":\n    main()\n'
)

TIMEOUT_S = 60


def run_script(path: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    began = time.perf_counter()
    result = subprocess.run([sys.executable, str(path)], env=env, capture_output=True, text=True,
                            timeout=TIMEOUT_S, cwd=path.parent)
    return result, time.perf_counter() - began


@pytest.mark.parametrize("text", [SCRIPT, WAITS_FOR_A_PERSON], ids=["waits-for-training", "waits-for-person"])
def test_a_script_without_the_main_guard_trains_and_finishes(tmp_path, text):
    script = tmp_path / "unguarded.py"
    script.write_text(text)
    result, seconds = run_script(script)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.split("\n")
    # Once: the training process that re-ran the script ended before it trained or printed anything.
    assert [line for line in lines if line.startswith("answer")] == ["answer 0.99994"], result.stdout
    assert 'if __name__ == "__main__":' in result.stderr  # and it says what to do about it
    assert seconds < TIMEOUT_S
    if text is SCRIPT:
        assert "backend thread" in lines


def test_a_guarded_script_trains_in_the_training_process(tmp_path):
    script = tmp_path / "guarded.py"
    script.write_text(GUARDED)
    result, _ = run_script(script)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split("\n")[:2] == ["backend process", "answer 0.99994"], result.stdout
    assert "__main__" not in result.stderr

