"""Train, Pause, Step, Reset, riddle clicks and speed changes in a seeded random order and rhythm."""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from helpers.cells import click_cell
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from nngui.qt.main_window import MainWindow
from nngui.qt.widgets.controls import SPEEDS

ACTIONS = 500
#: Qt messages that are not about our code (the offscreen platform cannot resize windows).
HARMLESS_QT_MESSAGES = ("propagateSizeHints",)




def the_moves(qtbot, window: MainWindow, rng: random.Random) -> dict[str, Callable[[], None]]:
    """What a restless learner does, each as one callable."""
    riddle = window.findChild(QTableView, "riddleTable")
    situations = window.findChild(QTableView, "situationsTable")
    n = window.document.scenario.n_inputs
    return {
        "train": window.train_action.trigger,
        "pause": window.pause_action.trigger,
        "step": window.step_action.trigger,
        "reset": window.reset_action.trigger,
        "riddle click": lambda: click_cell(qtbot, riddle, 0, rng.randrange(n)),
        "situation click": lambda: click_cell(qtbot, situations, rng.randrange(4), rng.randrange(n + 1)),
        "speed": lambda: window.settings_bar.speed_slider.setValue(rng.randrange(len(SPEEDS))),
        "log scale": window.log_scale_action.toggle,
        "undo": window.undo_action.trigger,
    }


def stop_training(qtbot, window: MainWindow) -> None:
    if window.trainer.is_running():
        with qtbot.waitSignal(window.trainingFinished, timeout=10_000):
            window.trainer.stop()
    qtbot.waitUntil(lambda: not window.trainer.is_running(), timeout=10_000)


def assert_consistent(window: MainWindow) -> None:
    assert window.iteration == window.loss_plot.count()  # every iteration has its loss, no more
    assert np.isfinite(window.loss_plot.losses()).all()
    for weights in window.network.weights:
        assert np.isfinite(weights).all()
    answer = window.riddle_answer()
    assert math.isfinite(answer)
    assert window.answer_card.value_label.text() == f"{answer:.5f}"
    assert window.locale().toString(window.iteration) in window.iteration_status.text()
    assert not window.document.is_locked()
    assert window.train_action.isEnabled() and window.step_action.isEnabled()
    assert not window.pause_action.isEnabled() and not window.pause_action.isChecked()


def child_processes() -> set[int]:
    """This process's children (the training processes of its windows); empty without Linux's /proc.

    multiprocessing's resource tracker, one per process for its whole life, is left out.
    """
    found = set()
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        alive = fields[0] not in ("Z", "X")
        if int(fields[1]) == os.getpid() and alive and b"resource_tracker" not in command:
            found.add(int(entry.name))
    return found


def close_discarding_changes(window: MainWindow) -> list[str]:
    """Close the window, answering Discard if it asks about unsaved changes; the boxes' names."""
    asked: list[str] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                asked.append(widget.objectName())
                widget.done(QMessageBox.StandardButton.Discard)

    timer = QTimer(interval=20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        assert window.close()
    finally:
        timer.stop()
    return asked


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_walk_of_the_training_controls(qtbot, qtlog, add_window, seed):
    before = child_processes()
    window = add_window(MainWindow())
    window.show()
    qtbot.waitExposed(window)
    window.settings_bar.iterations_spin.setValue(5000)
    rng = random.Random(seed)
    moves = the_moves(qtbot, window, rng)
    names = list(moves)
    done: list[str] = []
    try:
        for _ in range(ACTIONS):
            name = rng.choice(names)
            done.append(name)
            moves[name]()
            qtbot.wait(rng.randint(0, 30))
        stop_training(qtbot, window)
        qtbot.wait(50)  # let any last queued signal arrive
        assert_consistent(window)
    except BaseException:
        print("the last moves:", done[-20:])
        raise
    finally:
        window.trainer.shutdown()

    # The end: close the window in the middle of a run.
    window.settings_bar.speed_slider.setValue(len(SPEEDS) - 1)
    window.settings_bar.iterations_spin.setValue(10_000_000)
    window.train_action.trigger()
    qtbot.waitUntil(lambda: window.iteration > 0, timeout=10_000)
    assert window.trainer.is_running()
    if window.trainer.backend == "process" and Path("/proc/self/stat").exists():
        assert child_processes() - before  # the window's training process
    asked = close_discarding_changes(window)
    assert set(asked) <= {"unsavedChangesBox"}
    assert not window.isVisible()
    assert not window.trainer.is_running()
    qtbot.waitUntil(lambda: child_processes() <= before, timeout=10_000)  # its training process ended
    problems = [r.message for r in qtlog.records
                if not any(harmless in r.message for harmless in HARMLESS_QT_MESSAGES)]
    assert problems == []
